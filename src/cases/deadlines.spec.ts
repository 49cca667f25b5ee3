import { readFileSync } from 'node:fs';
import { endOfVietnamDay, vietnamDay, workingCalendar } from '../calendar/working-days.js';
import { intakeDeadlines, isolationEndsAt, metDeadline } from './deadlines.js';

/** The seeded holiday table, as the database starts with it. */
const CALENDAR = workingCalendar(
  JSON.parse(
    readFileSync(
      new URL('../database/reference-data/public-holidays.json', import.meta.url),
      'utf8',
    ),
  ),
);

describe('deadlines', () => {
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
});
