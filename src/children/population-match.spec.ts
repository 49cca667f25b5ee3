import { differences, outcomeOf } from './population-match.js';

const ours = {
  fullName: 'Nguyễn Văn An',
  dateOfBirth: '2015-03-02',
  sex: 'male' as const,
  personalId: '001215012345',
};

describe('population-match', () => {
  it('takes the database’s capitals and spacing for the same name', () => {
    expect(differences(ours, { ...ours, fullName: ' NGUYỄN  VĂN AN ' })).toEqual([]);
    // Decomposed diacritics (NFD) are the same letters.
    expect(differences(ours, { ...ours, fullName: 'Nguyễn Văn An'.normalize('NFD') })).toEqual([]);
  });

  it('names each field that differs, a diacritic included', () => {
    expect(
      differences(ours, { ...ours, fullName: 'Nguyễn Văn Ân', dateOfBirth: '2015-02-03' }),
    ).toEqual(['fullName', 'dateOfBirth']);
    expect(differences(ours, { ...ours, sex: 'female', personalId: '001315012345' })).toEqual([
      'sex',
      'personalId',
    ]);
  });

  it('counts a personal ID we lack as a difference (the database supplies it)', () => {
    expect(differences({ ...ours, personalId: null }, ours)).toEqual(['personalId']);
  });

  it('says verified, mismatch or not found', () => {
    expect(outcomeOf(ours, { ...ours, fullName: 'NGUYỄN VĂN AN' })).toBe('verified');
    expect(outcomeOf(ours, { ...ours, sex: 'female' })).toBe('mismatch');
    expect(outcomeOf(ours, null)).toBe('not_found');
  });
});
