import type { Child } from './entities/child.entity.js';
import { normalizeName } from './vietnamese-name.js';

export type DuplicateReasonCode =
  | 'same_name'
  | 'similar_name'
  | 'different_given_name'
  | 'same_date_of_birth'
  | 'close_date_of_birth'
  | 'same_birth_year'
  | 'same_caregiver'
  | 'same_commune'
  | 'different_personal_ids'
  | 'different_sex';

export interface DuplicateReason {
  code: DuplicateReasonCode;
  /** What the reason adds to the score; a negative or multiplying reason lowers it. */
  weight: number;
}

/** Pairs scoring at least this are shown as candidates. */
export const DUPLICATE_THRESHOLD = 0.6;

export type Scored = Pick<
  Child,
  | 'nameSearch'
  | 'dateOfBirth'
  | 'dobPrecision'
  | 'sex'
  | 'personalId'
  | 'communeCode'
  | 'caregivers'
>;

/** Edits (insert, delete, replace) from one word to another, stopping early past 2. */
function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 2) return 3;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(
        previous[j] + 1,
        current[j - 1] + 1,
        previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    }
    previous = current;
  }
  return previous[b.length];
}

const givenName = (nameSearch: string) => nameSearch.trim().split(' ').pop() ?? '';

function days(a: string, b: string): number {
  return Math.abs(Date.parse(a) - Date.parse(b)) / 86_400_000;
}

/**
 * How likely two records are the same child, from 0 to 1, and why. `nameSimilarity` is the
 * trigram similarity of the normalised names (PostgreSQL's `similarity`), 1 when they are equal
 * without diacritics. Name counts for half, unless the given names differ by more than a typo; the date of birth, a shared parent's or guardian's
 * name and the commune make up the rest. Two different personal IDs or two different known sexes
 * make a match unlikely, whatever else agrees.
 */
export function duplicateScore(
  a: Scored,
  b: Scored,
  nameSimilarity: number,
): { score: number; reasons: DuplicateReason[] } {
  const reasons: DuplicateReason[] = [];
  const add = (code: DuplicateReasonCode, weight: number) => reasons.push({ code, weight });
  if (editDistance(givenName(a.nameSearch), givenName(b.nameSearch)) > 1) {
    // Twins share everything but the given name: a different given name is not a typo.
    add('different_given_name', 0.1 * nameSimilarity);
  } else add(nameSimilarity >= 0.999 ? 'same_name' : 'similar_name', 0.5 * nameSimilarity);

  const exact = a.dobPrecision === 'exact' && b.dobPrecision === 'exact';
  const [ya, ma, da] = a.dateOfBirth.split('-');
  const [yb, mb, db] = b.dateOfBirth.split('-');
  if (exact && a.dateOfBirth === b.dateOfBirth) add('same_date_of_birth', 0.25);
  else if (
    exact &&
    (days(a.dateOfBirth, b.dateOfBirth) <= 31 || (ya === yb && ma === db && da === mb))
  )
    add('close_date_of_birth', 0.15); // a slip of a few days, or day and month swapped
  else if (ya === yb) add('same_birth_year', exact ? 0.1 : 0.2);

  const names = new Set(a.caregivers.map((c) => normalizeName(c.fullName)));
  if (b.caregivers.some((c) => names.has(normalizeName(c.fullName)))) add('same_caregiver', 0.2);
  if (a.communeCode === b.communeCode) add('same_commune', 0.05);

  let score = reasons.reduce((sum, r) => sum + r.weight, 0);
  if (a.personalId && b.personalId && a.personalId !== b.personalId) {
    add('different_personal_ids', -score * 0.7);
    score *= 0.3;
  }
  if (a.sex !== 'unknown' && b.sex !== 'unknown' && a.sex !== b.sex) {
    add('different_sex', -score * 0.5);
    score *= 0.5;
  }
  const round = (n: number) => Math.round(n * 100) / 100;
  return {
    score: round(Math.min(1, score)),
    reasons: reasons.map((r) => ({ ...r, weight: round(r.weight) })),
  };
}
