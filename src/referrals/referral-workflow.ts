/**
 * The life of a referral (api.md: Referrals), as one pure state machine. The receiving
 * organisation acknowledges it, then accepts or declines it, and completes what it accepted; the
 * sending side can cancel it until it is completed. Anything else is refused.
 */
export const REFERRAL_STATUSES = [
  'pending', // sent, not yet seen: chờ tiếp nhận
  'acknowledged', // seen by the receiving organisation: đã tiếp nhận
  'accepted', // the organisation takes it on: đã nhận xử lý
  'declined', // refused, with a reason: từ chối
  'completed', // delivered, with an outcome: đã hoàn thành
  'cancelled', // withdrawn by the sender: đã hủy
] as const;
export type ReferralStatus = (typeof REFERRAL_STATUSES)[number];

export const REFERRAL_ACTIONS = ['acknowledge', 'accept', 'decline', 'complete', 'cancel'] as const;
export type ReferralAction = (typeof REFERRAL_ACTIONS)[number];

/** Who takes an action: the organisation the referral is addressed to, or the one that sent it. */
export type ReferralSide = 'receiving' | 'sending';

export const ACTION_SIDE: Readonly<Record<ReferralAction, ReferralSide>> = {
  acknowledge: 'receiving',
  accept: 'receiving',
  decline: 'receiving',
  complete: 'receiving',
  cancel: 'sending',
};

const MOVES: Readonly<Record<ReferralAction, Partial<Record<ReferralStatus, ReferralStatus>>>> = {
  acknowledge: { pending: 'acknowledged' },
  accept: { acknowledged: 'accepted' },
  decline: { acknowledged: 'declined' },
  complete: { accepted: 'completed' },
  cancel: { pending: 'cancelled', acknowledged: 'cancelled', accepted: 'cancelled' },
};

/** Statuses a referral ends in: each with an outcome or a reason. */
export const FINAL_STATUSES: readonly ReferralStatus[] = ['declined', 'completed', 'cancelled'];

/** While the receiving organisation may see what was shared: not once declined or cancelled. */
export function sharing(status: ReferralStatus): boolean {
  return status !== 'declined' && status !== 'cancelled';
}

export class ReferralActionNotAllowed extends Error {
  constructor(
    readonly status: ReferralStatus,
    readonly action: ReferralAction,
    readonly allowed: ReferralAction[],
  ) {
    super(`${action} is not allowed on a ${status} referral`);
  }
}

/** The actions a side may take on a referral in this status. */
export function allowedReferralActions(
  status: ReferralStatus,
  side?: ReferralSide,
): ReferralAction[] {
  return REFERRAL_ACTIONS.filter(
    (action) => MOVES[action][status] !== undefined && (!side || ACTION_SIDE[action] === side),
  );
}

/** The status after the action; throws ReferralActionNotAllowed when the status does not allow it. */
export function nextReferralStatus(status: ReferralStatus, action: ReferralAction): ReferralStatus {
  const next = MOVES[action][status];
  if (!next) throw new ReferralActionNotAllowed(status, action, allowedReferralActions(status));
  return next;
}
