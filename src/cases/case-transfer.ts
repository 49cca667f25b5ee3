/**
 * The transfer of a case between communes (Law on Children art. 52: the plan belongs to the
 * commune where the child lives; emergency measures are taken where the child is, and the case
 * then goes to the commune of residence). A pure module: which transfer a case allows, and where
 * each decision on a pending one leads. The cases module stores and enforces them; a refusal is
 * a problem naming its rule.
 */
import type { CaseStatus } from './case-workflow.js';

export const TRANSFER_STATUSES = ['pending', 'accepted', 'declined', 'cancelled'] as const;
export type TransferStatus = (typeof TRANSFER_STATUSES)[number];

/** The decisions on a pending transfer, named as the API's paths under /cases/:id/transfer. */
export const TRANSFER_DECISIONS = ['accept', 'decline', 'cancel'] as const;
export type TransferDecision = (typeof TRANSFER_DECISIONS)[number];

/** Who takes each decision: the receiving commune accepts or declines, the sender cancels. */
export const DECISION_SIDE: Record<TransferDecision, 'receiver' | 'sender'> = {
  accept: 'receiver',
  decline: 'receiver',
  cancel: 'sender',
};

const OUTCOME: Record<TransferDecision, TransferStatus> = {
  accept: 'accepted',
  decline: 'declined',
  cancel: 'cancelled',
};

/**
 * The rules a transfer request must meet: `transfer-case-closed` (a closed case is not
 * transferred: reopen it first), `transfer-pending` (one pending transfer at a time),
 * `transfer-same-commune` (the receiver is another commune).
 */
export type TransferRule = 'transfer-case-closed' | 'transfer-pending' | 'transfer-same-commune';

export class TransferRefused extends Error {
  constructor(readonly rule: TransferRule) {
    super(`The transfer is refused: ${rule}`);
  }
}

/** A decision on a transfer that is no longer pending. */
export class TransferNotPending extends Error {
  constructor(
    readonly status: TransferStatus,
    readonly decision: TransferDecision,
  ) {
    super(`A ${status} transfer cannot be ${OUTCOME[decision]}`);
  }
}

/** Checks a request to transfer the case to commune `to`; throws TransferRefused naming the rule. */
export function checkTransfer(
  kase: { status: CaseStatus; communeCode: string },
  pending: boolean,
  to: string,
): void {
  if (kase.status === 'closed') throw new TransferRefused('transfer-case-closed');
  if (pending) throw new TransferRefused('transfer-pending');
  if (to === kase.communeCode) throw new TransferRefused('transfer-same-commune');
}

/** Where a decision leads: only a pending transfer is decided, once. */
export function decideTransfer(status: TransferStatus, decision: TransferDecision): TransferStatus {
  if (status !== 'pending') throw new TransferNotPending(status, decision);
  return OUTCOME[decision];
}
