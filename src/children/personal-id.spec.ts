import { personalIdProblem } from './personal-id.js';

describe('personal identification number', () => {
  it.each([
    ['001215012345', '2015-03-02', 'exact', 'male', null],
    ['001315012345', '2015-03-02', 'exact', 'female', null],
    ['001315012345', '2015-03-02', 'exact', 'unknown', null],
    ['001215012345', '2015-03-02', 'exact', 'female', 'sex'],
    ['001216012345', '2015-03-02', 'exact', 'male', 'birth-year'],
    ['001015012345', '2015-03-02', 'exact', 'male', 'birth-year'],
    ['001099012345', '1999-12-31', 'exact', 'male', null],
    ['001215012345', '2015-01-01', 'year', 'male', null],
    ['001216012345', '2015-01-01', 'estimated', 'male', null],
    ['00121501234', '2015-03-02', 'exact', 'male', 'format'],
    ['00121501234a', '2015-03-02', 'exact', 'male', 'format'],
  ] as const)('%s born %s (%s, %s) → %s', (id, dob, precision, sex, problem) => {
    expect(personalIdProblem(id, dob, precision, sex)).toBe(problem);
  });
});
