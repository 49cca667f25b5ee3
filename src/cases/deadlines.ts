/**
 * The legal deadlines of a case (Decree 56/2017 art. 25-30), counted in Vietnam time with the
 * working-day calendar.
 */
import {
  addWorkingDays,
  endOfVietnamDay,
  vietnamDay,
  type WorkingCalendar,
} from '../calendar/working-days.js';

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
  return new Date(startedAt.getTime() + rules.isolationDays * 86_400_000);
}
