import { type ChildSource, SHAREABLE_FIELDS, snapshot } from './referral-sharing.js';

const child: ChildSource = {
  fullName: 'Nguyễn Thị Lan',
  age: 9,
  sex: 'female',
  communeCode: '00004',
  dateOfBirth: '2017-03-01',
  dobPrecision: 'exact',
  personalId: '001317000123',
  ethnicityCode: '01',
  village: 'Tổ 5',
  address: 'Số 3 ngõ 12',
  caregivers: [{ fullName: 'Nguyễn Văn Bình', relation: 'father' }],
  schoolStatus: 'in_school',
  disability: null,
  specialCircumstances: [],
  riskFactors: [{ code: 'violence' }],
};
const kase = {
  concerns: ['physical'],
  immediateDanger: true,
  level: 'intervention',
  summary: 'Bé bị đánh nhiều lần',
  location: { provinceCode: '01', communeCode: '00004' },
};
const names = new Map([['00004', 'Phường Ba Đình']]);

describe('what a referral shares', () => {
  it('shares only the basics when nothing is chosen', () => {
    expect(snapshot(kase, [child], names, [])).toEqual({
      children: [
        {
          fullName: 'Nguyễn Thị Lan',
          age: 9,
          sex: 'female',
          communeCode: '00004',
          communeName: 'Phường Ba Đình',
        },
      ],
      case: {},
    });
  });

  it('adds exactly the chosen fields', () => {
    const shared = snapshot(kase, [child], names, ['caregivers', 'reportSummary']);
    expect(Object.keys(shared.children[0]).sort()).toEqual(
      ['age', 'caregivers', 'communeCode', 'communeName', 'fullName', 'sex'].sort(),
    );
    expect(shared.children[0].caregivers).toEqual(child.caregivers);
    expect(shared.case).toEqual({ reportSummary: 'Bé bị đánh nhiều lần' });
    expect(JSON.stringify(shared)).not.toContain('001317000123');
  });

  it('can share every field it lists', () => {
    const shared = snapshot(kase, [child], names, SHAREABLE_FIELDS);
    expect(shared.children[0].personalId).toBe('001317000123');
    expect(shared.case.location).toEqual(kase.location);
  });
});
