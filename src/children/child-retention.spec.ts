import { lastDueBirthDay } from './child-retention.js';

describe('the last birth day a retention policy reaches', () => {
  it('is 16 years and the policy’s before today', () => {
    expect(lastDueBirthDay('2026-12-06', 2)).toBe('2008-12-06');
    expect(lastDueBirthDay('2026-12-06', 0)).toBe('2010-12-06');
  });

  it('takes 29 February, in a year without one, as 28 February', () => {
    expect(lastDueBirthDay('2028-02-29', 1)).toBe('2011-02-28');
    expect(lastDueBirthDay('2028-02-29', 0)).toBe('2012-02-29');
  });
});
