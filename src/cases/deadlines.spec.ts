import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import {
  addWorkingDays,
  endOfVietnamDay,
  intakeDeadlines,
  isolationEndsAt,
  isWorkingDay,
  metDeadline,
  vietnamDay,
  type WorkingCalendar,
} from './deadlines.js';

/** The seeded holiday table, as the database starts with it. */
const seeded = JSON.parse(
  readFileSync(new URL('../database/reference-data/public-holidays.json', import.meta.url), 'utf8'),
) as { day: string; kind: 'day_off' | 'working_day' }[];
const CALENDAR: WorkingCalendar = {
  daysOff: new Set(seeded.filter((h) => h.kind === 'day_off').map((h) => h.day)),
  workingWeekendDays: new Set(seeded.filter((h) => h.kind === 'working_day').map((h) => h.day)),
};

describe('deadlines', () => {
  it('counts the day in Vietnam time', () => {
    expect(vietnamDay(new Date('2026-11-20T16:59:59Z'))).toBe('2026-11-20');
    expect(vietnamDay(new Date('2026-11-20T17:00:00Z'))).toBe('2026-11-21');
    expect(endOfVietnamDay('2026-11-27').toISOString()).toBe('2026-11-27T16:59:00.000Z');
  });

  it('gives emergency measures 12 hours and the plan five working days, skipping the weekend', () => {
    // Friday 20/11/2026, 10:00 in Vietnam.
    const due = intakeDeadlines(new Date('2026-11-20T10:00:00+07:00'), CALENDAR);
    expect(due.emergencyActionDueAt.toISOString()).toBe('2026-11-20T15:00:00.000Z');
    expect(due.initialAssessmentDueAt.toISOString()).toBe('2026-11-20T15:00:00.000Z');
    expect(vietnamDay(due.planDueAt)).toBe('2026-11-27'); // Mon 23 … Fri 27
    expect(vietnamDay(due.planApprovalDueAt)).toBe('2026-12-01'); // … Mon 30, Tue 1
  });

  it('counts from the Vietnam day of receipt, not the UTC one', () => {
    // 01:30 on Saturday 21/11 in Vietnam is still Friday in UTC.
    const due = intakeDeadlines(new Date('2026-11-20T18:30:00Z'), CALENDAR);
    expect(vietnamDay(due.planDueAt)).toBe('2026-11-27');
  });

  it('skips Tết Nguyên đán and the days off given for it', () => {
    // Thursday 4/2/2027; Tết runs from Friday 5/2 to Thursday 11/2 with the days in lieu.
    const due = intakeDeadlines(new Date('2027-02-04T09:00:00+07:00'), CALENDAR);
    expect(vietnamDay(due.planDueAt)).toBe('2027-02-18'); // Fri 12, Mon 15 … Thu 18
    expect(vietnamDay(due.planApprovalDueAt)).toBe('2027-02-22');
  });

  it('skips Giỗ Tổ Hùng Vương and counts a Saturday made a working day', () => {
    expect(isWorkingDay('2026-04-27', CALENDAR)).toBe(false); // in lieu of Sunday 26/4
    expect(isWorkingDay('2025-04-26', CALENDAR)).toBe(true); // Saturday worked for Friday 2/5
    expect(addWorkingDays('2025-04-24', 2, CALENDAR)).toBe('2025-04-26');
  });

  it('ends an isolation 15 days after it starts', () => {
    expect(isolationEndsAt(new Date('2026-11-20T08:00:00Z')).toISOString()).toBe(
      '2026-12-05T08:00:00.000Z',
    );
  });

  it('counts a step done within the due minute as on time', () => {
    const due = endOfVietnamDay('2026-11-27');
    expect(metDeadline(new Date('2026-11-27T23:59:59+07:00'), due)).toBe(true);
    expect(metDeadline(new Date('2026-11-28T00:00:00+07:00'), due)).toBe(false);
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
            d = new Date(Date.parse(`${d}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
            if (isWorkingDay(d, CALENDAR)) count += 1;
          }
          expect(count).toBe(n);
        },
      ),
    );
  });
});
