/**
 * The 12-digit personal identification number (số định danh cá nhân, Decree 137/2015 and
 * Circular 59/2021/TT-BCA): 3 digits of the province of birth registration, 1 digit for century
 * and sex, 2 digits of the birth year, 6 random digits. The century/sex digit is 0/1 for the
 * 20th century (male/female), 2/3 for the 21st, 4/5 the 22nd, 6/7 the 23rd, 8/9 the 24th.
 *
 * The rule's facts are the constants below: `personalIdProblem` reads them, and so does the
 * cleaning worklist's SQL (`malformedPersonalId` in child-data-quality.repository.ts), which
 * personal-id-agreement.spec.ts runs against this function on the same sample IDs.
 */
export type PersonalIdProblem = 'format' | 'birth-year' | 'sex';

/** 12 digits: a pattern JavaScript and PostgreSQL (`~`) read alike. */
export const PERSONAL_ID_PATTERN = '^[0-9]{12}$';

/** Where the century/sex digit stands, counted from 0. */
export const CENTURY_SEX_DIGIT = 3;

/** Where the birth year's last two digits stand, counted from 0. */
export const BIRTH_YEAR_DIGITS = { start: 4, length: 2 } as const;

/** The century whose digits are 0 and 1: the 1900s, as `year / 100`. */
export const FIRST_CENTURY = 19;

/** The century/sex digit's parity for each sex. */
export const SEX_PARITY = { male: 0, female: 1 } as const;

const FORMAT = new RegExp(PERSONAL_ID_PATTERN);

export function personalIdProblem(
  personalId: string,
  dateOfBirth: string,
  precision: 'exact' | 'year' | 'estimated',
  sex: 'male' | 'female' | 'unknown',
): PersonalIdProblem | null {
  if (!FORMAT.test(personalId)) return 'format';
  const code = Number(personalId[CENTURY_SEX_DIGIT]);
  if (precision !== 'estimated') {
    const year = Number(dateOfBirth.slice(0, 4));
    const century = Math.floor(year / 100) - FIRST_CENTURY; // 1900s → 0, 2000s → 1
    if (century < 0 || century > 4 || Math.floor(code / 2) !== century) return 'birth-year';
    const { start, length } = BIRTH_YEAR_DIGITS;
    if (personalId.slice(start, start + length) !== String(year % 100).padStart(length, '0')) {
      return 'birth-year';
    }
  }
  if (sex !== 'unknown' && code % 2 !== SEX_PARITY[sex]) return 'sex';
  return null;
}
