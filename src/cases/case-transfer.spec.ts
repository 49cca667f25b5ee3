import fc from 'fast-check';
import { CASE_STATUSES } from './case-workflow.js';
import {
  checkTransfer,
  decideTransfer,
  TRANSFER_DECISIONS,
  TRANSFER_STATUSES,
  TransferNotPending,
  TransferRefused,
  type TransferStatus,
} from './case-transfer.js';

const refusal = (run: () => void) => {
  try {
    run();
    return null;
  } catch (error) {
    if (error instanceof TransferRefused) return error.rule;
    throw error;
  }
};

describe('checkTransfer', () => {
  const open = { status: 'in_progress' as const, communeCode: '00004' };

  it('lets an open case with no pending transfer go to another commune', () => {
    expect(refusal(() => checkTransfer(open, false, '25747'))).toBeNull();
  });

  it('refuses a closed case, a second pending transfer and the commune that holds it', () => {
    expect(refusal(() => checkTransfer({ ...open, status: 'closed' }, false, '25747'))).toBe(
      'transfer-case-closed',
    );
    expect(refusal(() => checkTransfer(open, true, '25747'))).toBe('transfer-pending');
    expect(refusal(() => checkTransfer(open, false, '00004'))).toBe('transfer-same-commune');
  });

  it('names the closed case first: reopening it comes before anything else', () => {
    expect(refusal(() => checkTransfer({ ...open, status: 'closed' }, true, '00004'))).toBe(
      'transfer-case-closed',
    );
  });

  it('allows a transfer in every status but closed', () => {
    fc.assert(
      fc.property(fc.constantFrom(...CASE_STATUSES), (status) => {
        const rule = refusal(() => checkTransfer({ status, communeCode: '00004' }, false, '00008'));
        expect(rule).toBe(status === 'closed' ? 'transfer-case-closed' : null);
      }),
    );
  });
});

describe('decideTransfer', () => {
  it('accepts, declines or cancels a pending transfer', () => {
    expect(decideTransfer('pending', 'accept')).toBe('accepted');
    expect(decideTransfer('pending', 'decline')).toBe('declined');
    expect(decideTransfer('pending', 'cancel')).toBe('cancelled');
  });

  it('decides a transfer once: any decision on a decided one is refused', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...TRANSFER_STATUSES.filter((s) => s !== 'pending')),
        fc.constantFrom(...TRANSFER_DECISIONS),
        (status: TransferStatus, decision) => {
          expect(() => decideTransfer(status, decision)).toThrow(TransferNotPending);
        },
      ),
    );
  });
});
