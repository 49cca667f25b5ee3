/**
 * The 12-digit personal identification number (số định danh cá nhân, Decree 137/2015 and
 * Circular 59/2021/TT-BCA): 3 digits of the province of birth registration, 1 digit for century
 * and sex, 2 digits of the birth year, 6 random digits. The century/sex digit is 0/1 for the
 * 20th century (male/female), 2/3 for the 21st, 4/5 the 22nd, 6/7 the 23rd, 8/9 the 24th.
 */
export type PersonalIdProblem = 'format' | 'birth-year' | 'sex';

export function personalIdProblem(
  personalId: string,
  dateOfBirth: string,
  precision: 'exact' | 'year' | 'estimated',
  sex: 'male' | 'female' | 'unknown',
): PersonalIdProblem | null {
  if (!/^\d{12}$/.test(personalId)) return 'format';
  const code = Number(personalId[3]);
  if (precision !== 'estimated') {
    const year = Number(dateOfBirth.slice(0, 4));
    const century = Math.floor(year / 100) - 19; // 1900s → 0, 2000s → 1
    if (century < 0 || century > 4 || Math.floor(code / 2) !== century) return 'birth-year';
    if (personalId.slice(4, 6) !== String(year % 100).padStart(2, '0')) return 'birth-year';
  }
  if (sex !== 'unknown' && code % 2 !== (sex === 'female' ? 1 : 0)) return 'sex';
  return null;
}
