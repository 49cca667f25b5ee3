import type { Schemas } from '../../api/client';
import type { Translate } from '../../i18n';
import type { MessageKey } from '../../i18n/vi';

export type Case = Schemas['CaseDto'];
export type CaseListItem = Schemas['CaseListItemDto'];
export type CaseStatus = Case['status'];
export type CaseAction = Case['allowedActions'][number];
export type DeadlineKind = Schemas['DeadlineStatusDto']['kind'];

export const CASE_STATUSES: CaseStatus[] = [
  'received',
  'assessed',
  'emergency',
  'planning',
  'plan_submitted',
  'in_progress',
  'closure_proposed',
  'closed',
];

export const LEVELS = ['prevention', 'support', 'intervention'] as const;
export const RATINGS = ['high', 'medium', 'low'] as const;
export const CRITERIA = ['harm', 'abuserAccess', 'careEnvironment', 'selfProtection'] as const;
export const CLOSURE_CRITERIA = [
  'noLongerAtRisk',
  'physicallyStable',
  'psychologicallyStable',
  'cognitivelyStable',
  'emotionallyStable',
] as const;
export const CASE_FORMS = ['mau-01', 'mau-02', 'mau-03', 'mau-04', 'mau-05', 'mau-06'] as const;
/** The step whose taking makes each statutory form printable (the server's case-form-sources.ts). */
export const FORM_STEP: Record<(typeof CASE_FORMS)[number], string> = {
  'mau-01': 'intake',
  'mau-02': 'initial-assessment',
  'mau-03': 'assessment',
  'mau-04': 'plan',
  'mau-05': 'plan',
  'mau-06': 'reviews',
};

export function statusLabel(status: string, t: Translate): string {
  return t(`cases.status.${status}` as MessageKey);
}

export function levelLabel(level: string | null | undefined, t: Translate): string {
  return level ? t(`cases.level.${level}` as MessageKey) : t('cases.level.none');
}

const ACTIONS = new Set<string>([
  'intake',
  'initial-assessment',
  'emergency-measures',
  'assessment',
  'plan',
  'plan/approve',
  'plan/reject',
  'plan/actions/status',
  'reviews',
  'close',
  'close/approve',
  'close/reject',
  'reopen',
  'assign',
  'notes',
  'referrals',
  'isolation',
  'isolation/extend',
  'isolation/end',
  'referral_sent',
  'referral_acknowledged',
  'referral_accepted',
  'referral_declined',
  'referral_completed',
  'referral_cancelled',
  'transfer',
  'transfer/accept',
  'transfer/decline',
  'transfer/cancel',
]);

/** A timeline step's action in the user's words (the API's name when it is new to the app). */
export function actionLabel(action: string, t: Translate): string {
  return ACTIONS.has(action) ? t(`cases.action.${action}` as MessageKey) : action;
}

export function deadlineLabel(kind: string, t: Translate): string {
  return t(`cases.deadline.${kind}` as MessageKey);
}

/**
 * The deadline a case in a list answers next, by its status: the step the status waits for
 * (a list item carries each kind's due time, not which are still open).
 */
export function nextDeadline(item: CaseListItem): { kind: DeadlineKind; dueAt: string } | null {
  const due = item.deadlines;
  const pick = (kind: DeadlineKind, dueAt: string | null) => (dueAt ? { kind, dueAt } : null);
  switch (item.status) {
    case 'received':
      return pick('initial_assessment', due.initialAssessmentDueAt);
    case 'emergency':
      return pick('emergency_action', due.emergencyActionDueAt);
    case 'assessed':
    case 'planning':
      return pick('plan', due.planDueAt);
    case 'plan_submitted':
      return pick('plan_approval', due.planApprovalDueAt);
    case 'in_progress':
      return pick('review', due.reviewDueAt);
    default:
      return null;
  }
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** "còn 3 giờ", "quá hạn 2 ngày": the time left before `dueAt`, or past it. */
export function countdown(dueAt: string, now: number, t: Translate): string {
  const left = new Date(dueAt).getTime() - now;
  const span = Math.abs(left);
  const [unit, n] =
    span >= 2 * DAY
      ? (['days', Math.floor(span / DAY)] as const)
      : span >= HOUR
        ? (['hours', Math.floor(span / HOUR)] as const)
        : (['minutes', Math.max(1, Math.floor(span / MINUTE))] as const);
  return t(`cases.${left < 0 ? 'late' : 'left'}.${unit}` as MessageKey, { n });
}

/** Who an administrative sanction was decided against: one, or `{count}` of them. */
export const VIOLATOR_LABEL: Record<Schemas['CaseSanctionDto']['violatorKind'], MessageKey> = {
  individual: 'sanction.violator.individual',
  organization: 'sanction.violator.organization',
};
export const VIOLATORS_LABEL: Record<Schemas['CaseSanctionDto']['violatorKind'], MessageKey> = {
  individual: 'sanction.violators.individual',
  organization: 'sanction.violators.organization',
};
