/**
 * The legal deadlines of a case (Decree 56/2017 art. 25-30), counted in Vietnam time with the
 * working-day calendar. Vietnam (Asia/Ho_Chi_Minh) has kept UTC+07:00 without daylight saving
 * since 1975, so a Vietnam day is the UTC day of the instant shifted by seven hours.
 */

const VIETNAM_OFFSET_MS = 7 * 3_600_000;
const DAY_MS = 86_400_000;

/** Days that differ from the rule "Monday to Friday are working days" (the holiday table). */
export interface WorkingCalendar {
  /** Public holidays and the days off given in their place (YYYY-MM-DD). */
  daysOff: ReadonlySet<string>;
  /** Weekend days declared working days in exchange for a bridge day off (làm bù). */
  workingWeekendDays: ReadonlySet<string>;
}

/** The day (YYYY-MM-DD) an instant falls on in Vietnam. */
export function vietnamDay(instant: Date): string {
  return new Date(instant.getTime() + VIETNAM_OFFSET_MS).toISOString().slice(0, 10);
}

function nextDay(day: string): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + DAY_MS).toISOString().slice(0, 10);
}

export function isWorkingDay(day: string, calendar: WorkingCalendar): boolean {
  if (calendar.daysOff.has(day)) return false;
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
  return (weekday !== 0 && weekday !== 6) || calendar.workingWeekendDays.has(day);
}

/** The n-th working day after `day` (n ≥ 1). */
export function addWorkingDays(day: string, n: number, calendar: WorkingCalendar): string {
  let current = day;
  for (let counted = 0; counted < n;) {
    current = nextDay(current);
    if (isWorkingDay(current, calendar)) counted += 1;
  }
  return current;
}

/** 23:59 Vietnam time on that day: how the contract states a day's deadline. */
export function endOfVietnamDay(day: string): Date {
  return new Date(Date.parse(`${day}T23:59:00Z`) - VIETNAM_OFFSET_MS);
}

/** A step done within the minute its deadline names has met it. */
export function metDeadline(doneAt: Date, dueAt: Date): boolean {
  return doneAt.getTime() < dueAt.getTime() + 60_000;
}

export interface DeadlineRules {
  /** Initial assessment (Mẫu 02) after receipt, in hours. */
  initialAssessmentHours: number;
  /** Emergency protection measures after receipt, in hours (12 in the decree). */
  emergencyActionHours: number;
  /** The plan (Mẫu 04) drafted by the end of this working day after the day of receipt (5). */
  planWorkingDays: number;
  /** The approval procedure (Mẫu 05) done by the end of this working day after it (7). */
  planApprovalWorkingDays: number;
  /** Temporary isolation from the harmful person or place, at most, in days (15). */
  isolationDays: number;
}

export const LEGAL_DEADLINES: DeadlineRules = {
  initialAssessmentHours: 12,
  emergencyActionHours: 12,
  planWorkingDays: 5,
  planApprovalWorkingDays: 7,
  isolationDays: 15,
};

export interface IntakeDeadlines {
  initialAssessmentDueAt: Date;
  emergencyActionDueAt: Date;
  planDueAt: Date;
  planApprovalDueAt: Date;
}

/** The deadlines a report starts, from the time it was received. */
export function intakeDeadlines(
  receivedAt: Date,
  calendar: WorkingCalendar,
  rules: DeadlineRules = LEGAL_DEADLINES,
): IntakeDeadlines {
  const day = vietnamDay(receivedAt);
  return {
    initialAssessmentDueAt: new Date(
      receivedAt.getTime() + rules.initialAssessmentHours * 3_600_000,
    ),
    emergencyActionDueAt: new Date(receivedAt.getTime() + rules.emergencyActionHours * 3_600_000),
    planDueAt: endOfVietnamDay(addWorkingDays(day, rules.planWorkingDays, calendar)),
    planApprovalDueAt: endOfVietnamDay(
      addWorkingDays(day, rules.planApprovalWorkingDays, calendar),
    ),
  };
}

/** When an isolation that started then must end, unless extended with a reason. */
export function isolationEndsAt(startedAt: Date, rules: DeadlineRules = LEGAL_DEADLINES): Date {
  return new Date(startedAt.getTime() + rules.isolationDays * DAY_MS);
}
