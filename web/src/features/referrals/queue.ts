import { type Schemas } from '../../api/client';

export type Referral = Schemas['ReferralDto'];

/** The queue's refresh: a referral sent shows within this, without a reload (issue 23: ≤ 30 s). */
export const INBOX_REFRESH_MS = 15_000;

const OPEN: Referral['status'][] = ['pending', 'acknowledged', 'accepted'];
const URGENCY_RANK: Record<Referral['urgency'], number> = { emergency: 0, urgent: 1, routine: 2 };

export const isOpen = (referral: Referral) => OPEN.includes(referral.status);

/** The next step the receiving side owes, and when: acknowledge, accept, then complete. */
export function nextDue(
  referral: Referral,
): { step: 'acknowledge' | 'accept' | 'complete'; at: string } | null {
  if (!isOpen(referral)) return null;
  if (!referral.acknowledgedAt) return { step: 'acknowledge', at: referral.acknowledgeDueAt };
  if (!referral.acceptedAt) return { step: 'accept', at: referral.acceptDueAt };
  return referral.completeDueAt ? { step: 'complete', at: referral.completeDueAt } : null;
}

/** Open ones first: emergencies, then by the next due time; the closed ones after, newest first. */
export function byInboxOrder(a: Referral, b: Referral): number {
  if (isOpen(a) !== isOpen(b)) return isOpen(a) ? -1 : 1;
  if (!isOpen(a)) return Date.parse(b.sentAt) - Date.parse(a.sentAt);
  const emergency = Number(b.urgency === 'emergency') - Number(a.urgency === 'emergency');
  if (emergency) return emergency;
  const due = Date.parse(nextDue(a)?.at ?? a.sentAt) - Date.parse(nextDue(b)?.at ?? b.sentAt);
  return due || URGENCY_RANK[a.urgency] - URGENCY_RANK[b.urgency];
}
