import { DUPLICATE_THRESHOLD, duplicateScore, type Scored } from './duplicate-score.js';

const AN: Scored = {
  nameSearch: ' nguyen van an ',
  dateOfBirth: '2015-03-02',
  dobPrecision: 'exact',
  sex: 'male',
  personalId: null,
  communeCode: '00004',
  caregivers: [{ relation: 'mother', fullName: 'Trần Thị Hoa' }],
};
const codes = (r: { reasons: { code: string }[] }) => r.reasons.map((x) => x.code);

describe('duplicateScore', () => {
  it('scores the same name, date of birth, mother and commune as certain', () => {
    const result = duplicateScore(
      AN,
      { ...AN, caregivers: [{ relation: 'mother', fullName: 'TRAN THI HOA' }] },
      1,
    );
    expect(result.score).toBe(1);
    expect(codes(result)).toEqual([
      'same_name',
      'same_date_of_birth',
      'same_caregiver',
      'same_commune',
    ]);
  });

  it('counts a date a few days off, or with day and month swapped, as close', () => {
    expect(codes(duplicateScore(AN, { ...AN, dateOfBirth: '2015-03-05' }, 0.8))).toContain(
      'close_date_of_birth',
    );
    expect(codes(duplicateScore(AN, { ...AN, dateOfBirth: '2015-02-03' }, 0.8))).toContain(
      'close_date_of_birth',
    );
    expect(codes(duplicateScore(AN, { ...AN, dateOfBirth: '2015-09-20' }, 0.8))).toContain(
      'same_birth_year',
    );
  });

  it('gives a year-only date of birth more weight for the same year', () => {
    const year = duplicateScore(AN, { ...AN, dateOfBirth: '2015-01-01', dobPrecision: 'year' }, 1);
    expect(year.reasons).toContainEqual({ code: 'same_birth_year', weight: 0.2 });
  });

  it('keeps different personal IDs or different sexes below the threshold', () => {
    const ids = duplicateScore(
      { ...AN, personalId: '001215000001' },
      { ...AN, personalId: '001215000002' },
      1,
    );
    expect(ids.score).toBeLessThan(DUPLICATE_THRESHOLD);
    expect(codes(ids)).toContain('different_personal_ids');
    const sex = duplicateScore(AN, { ...AN, sex: 'female' }, 1);
    expect(sex.score).toBeLessThan(DUPLICATE_THRESHOLD);
    expect(duplicateScore(AN, { ...AN, sex: 'unknown' }, 1).score).toBe(1);
  });

  it('tells twins from duplicates by their given names, but forgives a typo in one', () => {
    const twin = duplicateScore(AN, { ...AN, nameSearch: ' nguyen van binh ' }, 0.5);
    expect(codes(twin)).toContain('different_given_name');
    expect(twin.score).toBeLessThan(DUPLICATE_THRESHOLD);
    const typo = duplicateScore(AN, { ...AN, nameSearch: ' nguyen van anh ' }, 0.8);
    expect(codes(typo)).toContain('similar_name');
    expect(typo.score).toBeGreaterThanOrEqual(DUPLICATE_THRESHOLD);
  });

  it('leaves a namesake born years apart elsewhere below the threshold', () => {
    const other = { ...AN, dateOfBirth: '2011-07-07', communeCode: '00008', caregivers: [] };
    expect(duplicateScore(AN, other, 1).score).toBeLessThan(DUPLICATE_THRESHOLD);
  });
});
