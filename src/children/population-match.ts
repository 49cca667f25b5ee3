import type { PersonFields, VerificationOutcome } from './entities/child-verification.entity.js';

/** The fields a record is checked on against the national population database (Đề án 06). */
export const CHECKED_FIELDS = ['fullName', 'dateOfBirth', 'sex', 'personalId'] as const;
export type CheckedField = (typeof CHECKED_FIELDS)[number];

/**
 * The checked fields on which the database's person differs from ours. Names compare as written
 * apart from letter case and spacing (the database writes them in capitals: "NGUYỄN VĂN AN" is
 * "Nguyễn Văn An"), diacritics included ("Nguyễn Văn Ân" is another name).
 */
export function differences(ours: PersonFields, theirs: PersonFields): CheckedField[] {
  return CHECKED_FIELDS.filter((field) =>
    field === 'fullName'
      ? comparableName(ours.fullName) !== comparableName(theirs.fullName)
      : (ours[field] ?? null) !== (theirs[field] ?? null),
  );
}

/** What a check found: the database's person (or none) against our fields. */
export function outcomeOf(ours: PersonFields, theirs: PersonFields | null): VerificationOutcome {
  if (!theirs) return 'not_found';
  return differences(ours, theirs).length === 0 ? 'verified' : 'mismatch';
}

function comparableName(name: string): string {
  return name.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('vi');
}
