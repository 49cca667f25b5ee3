import { createHash } from 'node:crypto';
import type { Caregiver } from './entities/child.entity.js';
import { normalizeName } from './vietnamese-name.js';

/** Whose name goes into the fingerprint: the first caregiver of these relations that is named. */
const FINGERPRINT_RELATIONS: Caregiver['relation'][] = ['mother', 'father', 'guardian', 'other'];

/**
 * The matching key of a child without a personal ID: a hash of the normalised name, the date of
 * birth, the commune and one caregiver's normalised name (the mother's, else the father's, else a
 * guardian's). Spelling with or without diacritics, case and spacing do not change it.
 */
export function childFingerprint(child: {
  fullName: string;
  dateOfBirth: string;
  communeCode: string;
  caregivers: Pick<Caregiver, 'relation' | 'fullName'>[];
}): string {
  const caregiver = FINGERPRINT_RELATIONS.map((relation) =>
    child.caregivers.find((c) => c.relation === relation),
  ).find(Boolean);
  const parts = [
    normalizeName(child.fullName),
    child.dateOfBirth,
    child.communeCode,
    caregiver ? normalizeName(caregiver.fullName) : '',
  ];
  return createHash('sha256').update(parts.join('|')).digest('base64url').slice(0, 32);
}
