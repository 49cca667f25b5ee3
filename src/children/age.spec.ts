import { ageOn, bornAtLeast, bornAtMost, todayInVietnam } from './age.js';

describe('ages and date-of-birth bounds', () => {
  it('counts whole years, a birthday counting from its day', () => {
    expect(ageOn('2015-03-02', '2026-03-01')).toBe(10);
    expect(ageOn('2015-03-02', '2026-03-02')).toBe(11);
    expect(ageOn('2024-02-29', '2025-02-28')).toBe(0);
    expect(ageOn('2024-02-29', '2025-03-01')).toBe(1);
  });

  it('turns an age range into date-of-birth bounds that agree with ageOn, 29 February included', () => {
    for (const today of ['2026-11-23', '2028-02-29', '2027-02-28', '2027-03-01']) {
      for (const age of [0, 1, 5, 15]) {
        const latest = bornAtMost(today, age);
        expect(ageOn(latest, today)).toBeGreaterThanOrEqual(age);
        expect(ageOn(nextDay(latest), today)).toBeLessThan(age);
        const earliest = bornAtLeast(today, age);
        expect(ageOn(earliest, today)).toBeLessThanOrEqual(age);
        expect(ageOn(previousDay(earliest), today)).toBeGreaterThan(age);
      }
    }
  });

  it('tells the date in Vietnam (UTC+7)', () => {
    expect(todayInVietnam(new Date('2026-11-23T16:59:00Z'))).toBe('2026-11-23');
    expect(todayInVietnam(new Date('2026-11-23T17:00:00Z'))).toBe('2026-11-24');
  });
});

function shift(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}
const nextDay = (day: string) => shift(day, 1);
const previousDay = (day: string) => shift(day, -1);
