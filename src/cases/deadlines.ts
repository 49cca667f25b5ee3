/**
 * The legal deadlines of a case (Decree 56/2017 art. 25-30), counted in Vietnam time with the
 * working-day calendar.
 */
import {
  addWorkingDays,
  endOfVietnamDay,
  isWorkingDay,
  nextDay,
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

/**
 * The working days left before a deadline, in Vietnam: those after today up to the day it falls
 * on (0 on that day, and once it is past).
 */
export function workingDaysLeft(now: Date, dueAt: Date, calendar: WorkingCalendar): number {
  const last = vietnamDay(dueAt);
  let left = 0;
  for (let day = nextDay(vietnamDay(now)); day <= last; day = nextDay(day)) {
    if (isWorkingDay(day, calendar)) left++;
  }
  return left;
}

/** When an isolation that started then must end, unless extended with a reason. */
export function isolationEndsAt(startedAt: Date, rules: DeadlineRules = LEGAL_DEADLINES): Date {
  return new Date(startedAt.getTime() + rules.isolationDays * 86_400_000);
}

/**
 * Every deadline the service keeps, in one store (entities/deadline.entity.ts): the case's own
 * steps, each action of its plan in force, and each step a referral's receiver owes.
 */
export const DEADLINE_KINDS = [
  'initial_assessment', // đánh giá ban đầu (Mẫu 02), 12 giờ
  'emergency_action', // biện pháp bảo vệ khẩn cấp, 12 giờ
  'plan', // kế hoạch hỗ trợ, can thiệp (Mẫu 04), 5 ngày làm việc
  'plan_approval', // phê duyệt kế hoạch (Mẫu 05): the procedure's 7 working days
  'isolation', // cách ly tạm thời: its end, as decided (at most 15 days unless extended)
  'review', // rà soát, đánh giá (Mẫu 06), as the plan sets
  'plan_action', // one action of the plan in force, by the date the plan gives it
  'referral_acknowledge', // the receiving organisation acknowledges a referral
  'referral_accept', // … accepts or declines it
  'referral_complete', // … completes the service
] as const;
export type DeadlineKind = (typeof DEADLINE_KINDS)[number];

/** The case's own deadlines: what makes a case overdue (referrals are their receivers'). */
export const CASE_DEADLINE_KINDS: readonly DeadlineKind[] = DEADLINE_KINDS.filter(
  (kind) => !kind.startsWith('referral_'),
);

/** The steps that open or close deadlines: case actions, and a referral's steps. */
export const DEADLINE_STEPS = [
  'case.received',
  'case.assessed_no_danger',
  'case.assessed_in_danger',
  'case.assessed_measures_taken',
  'case.emergency_measures',
  'case.isolation_decided',
  'case.isolation_extended',
  'case.isolation_ended',
  'case.level_prevention',
  'case.level_raised_from_prevention',
  'case.plan_submitted',
  'case.plan_approved',
  'case.plan_in_force',
  'case.plan_out_of_force',
  'case.reviewed',
  'case.reviewed_continue',
  'case.closed',
  'plan_action.done',
  'plan_action.not_done',
  'referral.sent',
  'referral.acknowledged',
  'referral.accepted',
  'referral.declined',
  'referral.completed',
  'referral.ended',
] as const;
export type DeadlineStep = (typeof DEADLINE_STEPS)[number];

export interface DeadlineEffects {
  /** Where the law (or the issue that set the rule) says so. */
  source: string;
  /** Opened (or moved, when already there), due when the step's caller says. */
  opens: readonly DeadlineKind[];
  /** Closed as met or missed: the step they waited for was taken. */
  done: readonly DeadlineKind[];
  /** Closed as not done: the step will not be taken (a plan action, with its reason). */
  failed: readonly DeadlineKind[];
  /** Closed as no longer owed: the step made them moot. */
  moot: readonly DeadlineKind[];
}

const effects = (source: string, e: Partial<Omit<DeadlineEffects, 'source'>>): DeadlineEffects => ({
  source,
  opens: [],
  done: [],
  failed: [],
  moot: [],
  ...e,
});

const CASE_STEPS: readonly DeadlineKind[] = [
  'initial_assessment',
  'emergency_action',
  'plan',
  'plan_approval',
  'isolation',
  'review',
  'plan_action',
];
const REFERRAL_STEPS: readonly DeadlineKind[] = [
  'referral_acknowledge',
  'referral_accept',
  'referral_complete',
];

/**
 * Which deadlines each step opens and closes: the one table of the deadline engine. Due times are
 * the caller's (they depend on the step's input: a review date, an isolation's days, a referral's
 * urgency); which deadlines a step touches is this table's alone.
 *
 * The exception for emergencies (Decree 56 art. 28.1 "trừ trường hợp khẩn cấp"): a child in
 * immediate danger is protected by emergency measures and temporary isolation within 12 hours of
 * receipt (art. 26.3, 31, 32), which wait for no plan and no approval: the initial assessment that
 * finds the danger keeps the 12-hour emergency deadline open, and the plan's deadlines run on.
 */
export const DEADLINE_TABLE: Readonly<Record<DeadlineStep, DeadlineEffects>> = {
  'case.received': effects('Decree 56 art. 25-28; TTHC 7 working days from receipt', {
    opens: ['initial_assessment', 'emergency_action', 'plan', 'plan_approval'],
  }),
  'case.assessed_no_danger': effects('Decree 56 art. 26.2: no emergency measure is owed', {
    done: ['initial_assessment'],
    moot: ['emergency_action'],
  }),
  'case.assessed_in_danger': effects('Decree 56 art. 26.2-3: measures within 12 hours', {
    done: ['initial_assessment'],
  }),
  'case.assessed_measures_taken': effects('Decree 56 art. 26.3: measures taken at assessment', {
    done: ['initial_assessment', 'emergency_action'],
  }),
  'case.emergency_measures': effects('Decree 56 art. 26.3, 31', { done: ['emergency_action'] }),
  'case.isolation_decided': effects(
    'Decree 56 art. 26.3, 32: the chair’s decision is the emergency measure, and states its duration',
    { done: ['emergency_action'], opens: ['isolation'] },
  ),
  'case.isolation_extended': effects('Decree 56 art. 32: an extension moves its end', {
    opens: ['isolation'],
  }),
  'case.isolation_ended': effects('Decree 56 art. 32', { done: ['isolation'] }),
  'case.level_prevention': effects('Law on Children art. 48: no plan at prevention level', {
    moot: ['plan', 'plan_approval'],
  }),
  'case.level_raised_from_prevention': effects(
    'Decree 56 art. 28.1: as from new information received, the day the level rose',
    { opens: ['plan', 'plan_approval'] },
  ),
  'case.plan_submitted': effects(
    'Decree 56 art. 28.1-2: the plan is the worker’s; its approval is now the chair’s',
    { done: ['plan'] },
  ),
  'case.plan_approved': effects('Decree 56 art. 28.4, 30.1: the plan sets its first review', {
    done: ['plan_approval'],
    opens: ['review'],
  }),
  'case.plan_in_force': effects('Decree 56 art. 29: the plan’s actions by their dates', {
    opens: ['plan_action'],
  }),
  'case.plan_out_of_force': effects('Decree 56 art. 30.1: reviewed, closing, or a new plan', {
    moot: ['plan_action'],
  }),
  'case.reviewed': effects('Decree 56 art. 30.1 (Mẫu 06)', { done: ['review'] }),
  'case.reviewed_continue': effects('Decree 56 art. 30.1: the next periodic review', {
    done: ['review'],
    opens: ['review'],
  }),
  'case.closed': effects('Decree 56 art. 30.1.b: nothing is owed once closed', {
    moot: CASE_STEPS,
  }),
  'plan_action.done': effects('Decree 56 art. 29', { done: ['plan_action'] }),
  'plan_action.not_done': effects('Decree 56 art. 29, 30.1: not done, with the reason', {
    failed: ['plan_action'],
  }),
  'referral.sent': effects('Issue 6: acknowledged and accepted by urgency', {
    opens: ['referral_acknowledge', 'referral_accept'],
  }),
  'referral.acknowledged': effects('Issue 6', { done: ['referral_acknowledge'] }),
  'referral.accepted': effects('Issue 6: completion counts from acceptance', {
    done: ['referral_accept'],
    opens: ['referral_complete'],
  }),
  'referral.declined': effects('Issue 6: a decline answers the referral', {
    done: ['referral_accept'],
    moot: REFERRAL_STEPS,
  }),
  'referral.completed': effects('Issue 6', { done: ['referral_complete'] }),
  'referral.ended': effects('Issue 6: cancelled or withdrawn, nothing more is owed', {
    moot: REFERRAL_STEPS,
  }),
};

const HOUR = 3_600_000;

/**
 * How long before a deadline its reminder goes out: a quarter of the time it gave, and at most
 * two hours for the 12-hour steps, a day for the others.
 */
export function reminderLeadMs(kind: DeadlineKind, openedAt: Date, dueAt: Date): number {
  const most = kind === 'initial_assessment' || kind === 'emergency_action' ? 2 * HOUR : 24 * HOUR;
  return Math.max(0, Math.min((dueAt.getTime() - openedAt.getTime()) / 4, most));
}
