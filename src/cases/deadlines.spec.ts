import { readFileSync } from 'node:fs';
import { endOfVietnamDay, vietnamDay, workingCalendar } from '../calendar/working-days.js';
import {
  CASE_DEADLINE_KINDS,
  DEADLINE_KINDS,
  DEADLINE_STEPS,
  DEADLINE_TABLE,
  intakeDeadlines,
  isolationEndsAt,
  metDeadline,
  reminderLeadMs,
  workingDaysLeft,
} from './deadlines.js';

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

  it('counts the working days left before a deadline, from the day after today to its day', () => {
    const due = endOfVietnamDay('2026-12-01'); // Tuesday
    // Friday 20/11: Mon 23 … Fri 27, Mon 30, Tue 1.
    expect(workingDaysLeft(new Date('2026-11-20T10:00:00+07:00'), due, CALENDAR)).toBe(7);
    expect(workingDaysLeft(new Date('2026-11-28T10:00:00+07:00'), due, CALENDAR)).toBe(2);
    expect(workingDaysLeft(new Date('2026-12-01T10:00:00+07:00'), due, CALENDAR)).toBe(0);
    expect(workingDaysLeft(new Date('2026-12-03T10:00:00+07:00'), due, CALENDAR)).toBe(0);
    // Thursday 4/2/2027: Tết off until Thursday 11/2; Fri 12, Mon 15 … Mon 22.
    expect(
      workingDaysLeft(
        new Date('2027-02-04T09:00:00+07:00'),
        endOfVietnamDay('2027-02-22'),
        CALENDAR,
      ),
    ).toBe(7);
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

  it('reminds a quarter of the way before, at most two hours for the 12-hour steps and a day for others', () => {
    const start = new Date('2026-03-02T00:00:00Z');
    const hours = (n: number) => new Date(start.getTime() + n * 3_600_000);
    expect(reminderLeadMs('referral_acknowledge', start, hours(1))).toBe(900_000);
    expect(reminderLeadMs('referral_complete', start, hours(30 * 24))).toBe(86_400_000);
    expect(reminderLeadMs('initial_assessment', start, hours(12))).toBe(2 * 3_600_000);
    expect(reminderLeadMs('plan_action', start, hours(8))).toBe(2 * 3_600_000);
    expect(reminderLeadMs('review', start, hours(-1))).toBe(0);
  });
});

describe('the deadline table: which step opens and closes which deadline', () => {
  const touched = (step: (typeof DEADLINE_STEPS)[number]) => {
    const { opens, done, failed, moot } = DEADLINE_TABLE[step];
    return [...opens, ...done, ...failed, ...moot];
  };

  it('starts, on receipt, the 12-hour steps and the plan with its approval (art. 25-28)', () => {
    expect(DEADLINE_TABLE['case.received'].opens).toEqual([
      'initial_assessment',
      'emergency_action',
      'plan',
      'plan_approval',
    ]);
  });

  it('owes emergency measures only for a child found in danger (art. 26.2-3)', () => {
    expect(DEADLINE_TABLE['case.assessed_no_danger']).toMatchObject({
      done: ['initial_assessment'],
      moot: ['emergency_action'],
    });
    expect(DEADLINE_TABLE['case.assessed_in_danger']).toMatchObject({
      done: ['initial_assessment'],
      moot: [],
    });
    expect(DEADLINE_TABLE['case.assessed_measures_taken'].done).toEqual([
      'initial_assessment',
      'emergency_action',
    ]);
  });

  it('leaves the approval open when the plan is submitted: it is now the chair’s (art. 28)', () => {
    expect(DEADLINE_TABLE['case.plan_submitted']).toMatchObject({ done: ['plan'], opens: [] });
    expect(DEADLINE_TABLE['case.plan_approved']).toMatchObject({
      done: ['plan_approval'],
      opens: ['review'],
    });
  });

  it('owes no plan at prevention level, and a new one when the level rises from it', () => {
    expect(DEADLINE_TABLE['case.level_prevention'].moot).toEqual(['plan', 'plan_approval']);
    expect(DEADLINE_TABLE['case.level_raised_from_prevention'].opens).toEqual([
      'plan',
      'plan_approval',
    ]);
  });

  it('follows the plan’s actions while it is carried out, and isolation by its decision', () => {
    expect(DEADLINE_TABLE['case.plan_in_force'].opens).toEqual(['plan_action']);
    expect(DEADLINE_TABLE['case.plan_out_of_force'].moot).toEqual(['plan_action']);
    expect(DEADLINE_TABLE['plan_action.not_done'].failed).toEqual(['plan_action']);
    expect(DEADLINE_TABLE['case.isolation_extended'].opens).toEqual(['isolation']);
  });

  it('owes nothing of a closed case, and leaves its referrals to their own steps', () => {
    expect([...DEADLINE_TABLE['case.closed'].moot].sort()).toEqual([...CASE_DEADLINE_KINDS].sort());
    for (const step of DEADLINE_STEPS) {
      const kinds = touched(step);
      if (step.startsWith('referral.')) {
        expect(kinds.every((kind) => kind.startsWith('referral_'))).toBe(true);
      } else {
        expect(kinds.some((kind) => kind.startsWith('referral_'))).toBe(false);
      }
    }
  });

  it('opens every deadline at some step and closes it at another, and names a source', () => {
    for (const kind of DEADLINE_KINDS) {
      const opened = DEADLINE_STEPS.filter((step) => DEADLINE_TABLE[step].opens.includes(kind));
      const closed = DEADLINE_STEPS.filter((step) =>
        [...DEADLINE_TABLE[step].done, ...DEADLINE_TABLE[step].moot].includes(kind),
      );
      expect([kind, opened.length > 0, closed.length > 0]).toEqual([kind, true, true]);
    }
    for (const step of DEADLINE_STEPS) expect(DEADLINE_TABLE[step].source).not.toBe('');
  });
});
