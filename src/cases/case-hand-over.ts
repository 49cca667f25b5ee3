/**
 * What the cases module keeps of a hand-over and shows of a transfer: the case as it was handed
 * over (sealed into its former holder's holding), and the transfer and holding DTOs.
 */
import type { FieldCipher } from '../common/field-cipher.js';
import type { CaseHoldingDto, CaseTransferDto } from './dto/transfer.dto.js';
import type { Deadline } from './entities/deadline.entity.js';
import type { CaseHolding } from './entities/case-holding.entity.js';
import type { CaseTransfer } from './entities/case-transfer.entity.js';
import type { Case } from './entities/case.entity.js';

/** What a former holder reads: the case as handed over, its steps up to `lastEventId`. */
export interface HandOverCut {
  at: Date;
  lastEventId: string;
  kase: Case;
  childIds: string[];
  deadlines: Deadline[];
}

const CASE_INSTANTS = [
  'receivedAt',
  'isolationStartedAt',
  'isolationEndsAt',
  'isolationEndedAt',
  'createdAt',
  'updatedAt',
  'closedAt',
  'anonymisedAt',
] as const;
const DEADLINE_INSTANTS = ['openedAt', 'dueAt', 'doneAt', 'remindedAt', 'escalatedAt'] as const;

function revive<T>(row: Record<string, unknown>, instants: readonly string[]): T {
  const copy = { ...row };
  for (const key of instants) {
    if (typeof copy[key] === 'string') copy[key] = new Date(copy[key]);
  }
  return copy as T;
}

/** The case, its children and deadlines at the hand-over, sealed. */
export function sealSnapshot(
  cipher: FieldCipher,
  kase: Case,
  childIds: string[],
  deadlines: Deadline[],
): string {
  return cipher.encrypt(JSON.stringify({ case: kase, childIds, deadlines }));
}

/** A holding that ended, opened for its commune's read. */
export function openCut(cipher: FieldCipher, holding: CaseHolding): HandOverCut {
  const snapshot = JSON.parse(cipher.decrypt(holding.snapshot!)) as {
    case: Record<string, unknown>;
    childIds: string[];
    deadlines: Record<string, unknown>[];
  };
  return {
    at: holding.heldUntil!,
    lastEventId: holding.lastEventId!,
    kase: revive<Case>(snapshot.case, CASE_INSTANTS),
    childIds: snapshot.childIds,
    deadlines: snapshot.deadlines.map((d) => revive<Deadline>(d, DEADLINE_INSTANTS)),
  };
}

const person = (id: string | null, fullName: string | null) =>
  id && fullName ? { id, fullName } : null;

export function transferDto(
  cipher: FieldCipher,
  t: CaseTransfer,
  caseCode: string,
  names: Map<string, string>,
): CaseTransferDto {
  const place = (provinceCode: string, communeCode: string) => ({
    provinceCode,
    communeCode,
    communeName: names.get(communeCode) ?? communeCode,
  });
  return {
    id: t.id,
    caseId: t.caseId,
    caseCode,
    status: t.status,
    from: place(t.fromProvinceCode, t.fromCommuneCode),
    to: place(t.toProvinceCode, t.toCommuneCode),
    reason: cipher.decrypt(t.reason),
    note: t.note ? cipher.decrypt(t.note) : null,
    requestedBy: { id: t.requestedBy, fullName: t.requestedByName },
    requestedAt: t.requestedAt.toISOString(),
    decidedBy: person(t.decidedBy, t.decidedByName),
    decidedAt: t.decidedAt?.toISOString() ?? null,
    decisionReason: t.decisionReason ? cipher.decrypt(t.decisionReason) : null,
  };
}

/**
 * The holders in order. A former holder sees them up to its hand-over: the commune it handed the
 * case to, not how long that one held it.
 */
export function holdingDtos(
  cipher: FieldCipher,
  holdings: CaseHolding[],
  names: Map<string, string>,
  cut: Date | null,
): CaseHoldingDto[] {
  return holdings.map((h) => ({
    provinceCode: h.provinceCode,
    communeCode: h.communeCode,
    communeName: names.get(h.communeCode) ?? h.communeCode,
    heldFrom: h.heldFrom.toISOString(),
    heldUntil: h.heldUntil && (!cut || h.heldUntil <= cut) ? h.heldUntil.toISOString() : null,
    handedOverBy: h.transfer
      ? { id: h.transfer.requestedBy, fullName: h.transfer.requestedByName }
      : null,
    acceptedBy: h.transfer ? person(h.transfer.decidedBy, h.transfer.decidedByName) : null,
    reason: h.transfer ? cipher.decrypt(h.transfer.reason) : null,
  }));
}
