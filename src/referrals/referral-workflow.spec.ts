import fc from 'fast-check';
import {
  ACTION_SIDE,
  allowedReferralActions,
  FINAL_STATUSES,
  nextReferralStatus,
  REFERRAL_ACTIONS,
  ReferralActionNotAllowed,
  type ReferralStatus,
  sharing,
} from './referral-workflow.js';

describe('referral workflow', () => {
  it('follows the contract: acknowledge, then accept or decline; complete; cancel until done', () => {
    expect(nextReferralStatus('pending', 'acknowledge')).toBe('acknowledged');
    expect(nextReferralStatus('acknowledged', 'accept')).toBe('accepted');
    expect(nextReferralStatus('acknowledged', 'decline')).toBe('declined');
    expect(nextReferralStatus('accepted', 'complete')).toBe('completed');
    for (const status of ['pending', 'acknowledged', 'accepted'] as const) {
      expect(nextReferralStatus(status, 'cancel')).toBe('cancelled');
    }
  });

  it('refuses anything else, naming what the status allows', () => {
    expect(() => nextReferralStatus('pending', 'accept')).toThrow(ReferralActionNotAllowed);
    try {
      nextReferralStatus('pending', 'complete');
    } catch (error) {
      expect(error).toMatchObject({
        status: 'pending',
        action: 'complete',
        allowed: ['acknowledge', 'cancel'],
      });
    }
    for (const status of FINAL_STATUSES) expect(allowedReferralActions(status)).toEqual([]);
  });

  it('splits the actions between the receiving and the sending side', () => {
    expect(allowedReferralActions('acknowledged', 'receiving')).toEqual(['accept', 'decline']);
    expect(allowedReferralActions('acknowledged', 'sending')).toEqual(['cancel']);
    expect(ACTION_SIDE.cancel).toBe('sending');
  });

  it('never leaves a final status, and stops sharing once declined or cancelled', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...REFERRAL_ACTIONS), { maxLength: 12 }), (actions) => {
        let status: ReferralStatus = 'pending';
        const seen: ReferralStatus[] = [status];
        for (const action of actions) {
          const allowed = allowedReferralActions(status);
          if (!allowed.includes(action)) {
            expect(() => nextReferralStatus(status, action)).toThrow(ReferralActionNotAllowed);
            continue;
          }
          expect(FINAL_STATUSES).not.toContain(status);
          status = nextReferralStatus(status, action);
          seen.push(status);
        }
        // Once a referral stops sharing it never shares again.
        const stopped = seen.findIndex((s) => !sharing(s));
        if (stopped >= 0) expect(seen.slice(stopped).every((s) => !sharing(s))).toBe(true);
      }),
    );
  });
});
