import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import {
  addWorkingDays,
  endOfVietnamDay,
  isWorkingDay,
  nextDay,
  vietnamDay,
  vietnamTimeAndDate,
  workingCalendar,
} from './working-days.js';

/** The seeded holiday table, as the database starts with it. */
const CALENDAR = workingCalendar(
  JSON.parse(
    readFileSync(
      new URL('../database/reference-data/public-holidays.json', import.meta.url),
      'utf8',
    ),
  ),
);

describe('working days', () => {
  it('writes an instant as messages give it, in Vietnam time', () => {
    expect(vietnamTimeAndDate(new Date('2026-02-26T16:59:00Z'))).toBe('23:59 26/02/2026');
    expect(vietnamTimeAndDate(new Date('2026-12-31T17:05:00Z'))).toBe('00:05 01/01/2027');
  });

  it('counts the day in Vietnam time', () => {
    expect(vietnamDay(new Date('2026-11-20T16:59:59Z'))).toBe('2026-11-20');
    expect(vietnamDay(new Date('2026-11-20T17:00:00Z'))).toBe('2026-11-21');
    expect(endOfVietnamDay('2026-11-27').toISOString()).toBe('2026-11-27T16:59:00.000Z');
  });

  it('skips Giỗ Tổ Hùng Vương and counts a Saturday made a working day', () => {
    expect(isWorkingDay('2026-04-27', CALENDAR)).toBe(false); // in lieu of Sunday 26/4
    expect(isWorkingDay('2025-04-26', CALENDAR)).toBe(true); // Saturday worked for Friday 2/5
    expect(addWorkingDays('2025-04-24', 2, CALENDAR)).toBe('2025-04-26');
  });

  it('always lands on a working day, later than the day of receipt', () => {
    fc.assert(
      fc.property(
        fc.date({
          min: new Date('2025-01-01T00:00:00Z'),
          max: new Date('2030-11-30T00:00:00Z'),
          noInvalidDate: true,
        }),
        fc.integer({ min: 1, max: 10 }),
        (received, n) => {
          const day = vietnamDay(received);
          const due = addWorkingDays(day, n, CALENDAR);
          expect(due > day).toBe(true);
          expect(isWorkingDay(due, CALENDAR)).toBe(true);
          // Exactly n working days in (day, due].
          let count = 0;
          for (let d = day; d < due;) {
            d = nextDay(d);
            if (isWorkingDay(d, CALENDAR)) count += 1;
          }
          expect(count).toBe(n);
        },
      ),
    );
  });
});
