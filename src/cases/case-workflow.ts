/**
 * The case workflow of Decree 56/2017 art. 25-30 as one pure state machine: which action each
 * status (and protection level) allows and where it leads. Everything else the cases module does
 * (who may act, deadlines, what is stored) sits on top of `apply`; an action it refuses is a 409
 * listing `allowedActions`, a rule it refuses a LevelRuleBroken or RuleNotMet naming the rule.
 */

/** Law on Children art. 47-50: phòng ngừa, hỗ trợ, can thiệp. */
export const PROTECTION_LEVELS = ['prevention', 'support', 'intervention'] as const;
export type ProtectionLevel = (typeof PROTECTION_LEVELS)[number];

export const CASE_STATUSES = [
  'received', // tiếp nhận thông tin (Mẫu 01)
  'assessed', // đã đánh giá ban đầu (Mẫu 02)
  'emergency', // cần áp dụng biện pháp khẩn cấp
  'planning', // đánh giá toàn diện xong, đang xây dựng kế hoạch (Mẫu 03 → Mẫu 04)
  'plan_submitted', // kế hoạch chờ phê duyệt (Mẫu 05)
  'in_progress', // đang thực hiện kế hoạch, theo dõi, rà soát (Mẫu 06)
  'closure_proposed', // đề xuất đóng hồ sơ
  'closed', // đã đóng hồ sơ
] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

/** Actions, named as the API's paths under /cases/:id. */
export const CASE_ACTIONS = [
  'initial-assessment',
  'emergency-measures',
  'assessment',
  'plan',
  'plan/approve',
  'plan/reject',
  'plan/actions/status', // plan/actions/:actionId/status
  'reviews',
  'close',
  'close/approve',
  'close/reject',
  'reopen',
  'assign',
  'notes',
  'referrals',
  'isolation', // quyết định tạm thời cách ly, by the commune chair
  'isolation/extend',
  'isolation/end',
] as const;
export type CaseAction = (typeof CASE_ACTIONS)[number];

export type ReviewOutcome = 'continue' | 'new_plan' | 'propose_closure';

/**
 * The closure criteria of Decree 56/2017 art. 30.1.b, recorded by each review (Mẫu 06): the child
 * is no longer at risk of abuse, and the child's physical, psychological, cognitive and emotional
 * state is stable. Only a review that finds every one met may propose closing the case.
 */
export const CLOSURE_CRITERIA = [
  'noLongerAtRisk', // không còn nguy cơ bị xâm hại
  'physicallyStable', // thể chất ổn định
  'psychologicallyStable', // tâm lý ổn định
  'cognitivelyStable', // nhận thức ổn định
  'emotionallyStable', // tình cảm ổn định
] as const;
export type ClosureCriterion = (typeof CLOSURE_CRITERIA)[number];

export interface CaseState {
  status: CaseStatus;
  /** Where a refused closure proposal returns to; set only while `closure_proposed`. */
  statusBeforeClosure: CaseStatus | null;
  /**
   * The protection level (cấp độ bảo vệ, Law on Children art. 47-50): set by the initial
   * assessment (null or absent before), changed only by an assessing step, with a reason.
   */
  level?: ProtectionLevel | null;
  /**
   * A temporary isolation (cách ly tạm thời): in progress from its start until it ends. Only then
   * can it be extended or ended, and only while none is can one be decided. Recorded by the cases
   * service with the chair's decision and the end; the moves here leave it as it is.
   */
  isolationStartedAt?: Date | null;
  isolationEndedAt?: Date | null;
  /**
   * When its retention policy anonymised the closed case (privacy module): closed for good, as
   * reopening it would resume work whose record is gone.
   */
  anonymisedAt?: Date | null;
}

/** What an action's input says that decides where it leads. */
export interface ActionInput {
  /** initial-assessment: the child is in immediate danger. */
  immediateDanger?: boolean;
  /** reviews: the review's conclusion. */
  outcome?: ReviewOutcome;
  /** initial-assessment (always), assessment, reviews: the level the form finds. */
  level?: ProtectionLevel;
  /** Why the level changes: needed whenever a level already set changes. */
  levelReason?: string;
  /** initial-assessment, assessment: the reported abuse is confirmed (trẻ em bị xâm hại). */
  abuseConfirmed?: boolean;
  /** reviews: the closure criteria the review found not met (none: the child is safe and stable). */
  unmetCriteria?: ClosureCriterion[];
  /**
   * plan: what the dossier holds (Decree 56/2017 art. 28.2.b): the comprehensive assessment
   * (Mẫu 03), and with it the minutes of the case meeting (art. 27.2).
   */
  dossier?: { assessment: boolean; caseMeeting: boolean };
}

/** The rules a step must meet beyond its status; each is a problem the API names. */
export type StepRule =
  'plan-needs-assessment' | 'plan-needs-case-meeting' | 'closure-criteria-not-met';

/** The status allows the step, but the case or the step's input does not meet a rule of the law. */
export class RuleNotMet extends Error {
  constructor(
    readonly rule: StepRule,
    readonly action: CaseAction,
    readonly unmet: string[] = [],
  ) {
    super(`${action}: ${rule}${unmet.length > 0 ? ` (${unmet.join(', ')})` : ''}`);
  }
}

/** Actions that record something without moving the case: allowed in every status but closed. */
const ALONGSIDE: CaseAction[] = ['assign', 'notes', 'referrals'];

/** Actions on a temporary isolation: allowed, in every status but closed, while one is in progress. */
const ON_ISOLATION: CaseAction[] = ['isolation/extend', 'isolation/end'];

/**
 * The commune chair's decision on a temporary isolation (Decree 56/2017 art. 32): in every status
 * but closed, while none is in progress (the chair may decide on the report alone, within 12 hours
 * of it, without waiting for an assessment).
 */
const TO_ISOLATION: CaseAction[] = ['isolation'];

function isolationInProgress(state: CaseState): boolean {
  return Boolean(state.isolationStartedAt) && !state.isolationEndedAt;
}

/** The steps whose forms assess the level (Mẫu 02, 03, 06): no other step changes it. */
const ASSESSING: CaseAction[] = ['initial-assessment', 'assessment', 'reviews'];

/** The steps that can find the reported abuse confirmed (Mẫu 02, 03). */
const CONFIRMING: CaseAction[] = ['initial-assessment', 'assessment'];

/**
 * A plan and its approval (Mẫu 04, 05) belong to the support and intervention levels (Law on
 * Children art. 49, 50, 52; Decree 56 art. 28): a prevention-level case has none. Its path after
 * the assessment is the measures it was given (notes, referrals) and a closure proposal.
 */
const PLAN_STEPS: CaseAction[] = ['plan', 'plan/approve'];

/** The status a step leads to, given the state before it and the level after it. */
type Move = (input: ActionInput, state: CaseState, level: ProtectionLevel | null) => CaseStatus;

/** The comprehensive assessment (Mẫu 03) leads to the plan, unless there is none to make. */
const toPlanning: Move = (_, __, level) => (level === 'prevention' ? 'assessed' : 'planning');

/** The status each action leads to from each status that allows it. */
const MOVES: Record<CaseStatus, Partial<Record<CaseAction, Move>>> = {
  received: {
    'initial-assessment': ({ immediateDanger }) => (immediateDanger ? 'emergency' : 'assessed'),
  },
  assessed: {
    assessment: toPlanning,
    // No protection concern found at the initial assessment, or prevention level.
    close: () => 'closure_proposed',
  },
  emergency: {
    'emergency-measures': () => 'emergency',
    assessment: toPlanning,
  },
  planning: {
    // Mẫu 03 amended before the plan: after the case meeting, or before a new plan.
    assessment: toPlanning,
    plan: ({ dossier }) => {
      if (!dossier?.assessment) throw new RuleNotMet('plan-needs-assessment', 'plan');
      if (!dossier.caseMeeting) throw new RuleNotMet('plan-needs-case-meeting', 'plan');
      return 'plan_submitted';
    },
    // close: only at prevention level (levelAllows), for a case drafting a plan before that rule.
    close: () => 'closure_proposed',
  },
  plan_submitted: { 'plan/approve': () => 'in_progress', 'plan/reject': () => 'planning' },
  in_progress: {
    // The plan's actions are followed while it is carried out.
    'plan/actions/status': () => 'in_progress',
    // A case being helped is closed only on a review that finds the child safe and stable.
    reviews: ({ outcome, unmetCriteria = [...CLOSURE_CRITERIA] }) => {
      if (outcome === 'new_plan') return 'planning';
      if (outcome !== 'propose_closure') return 'in_progress';
      if (unmetCriteria.length > 0) {
        throw new RuleNotMet('closure-criteria-not-met', 'reviews', unmetCriteria);
      }
      return 'closure_proposed';
    },
  },
  closure_proposed: {
    'close/approve': () => 'closed',
    // Back where the proposal came from.
    'close/reject': (_, state) => state.statusBeforeClosure ?? 'in_progress',
  },
  closed: { reopen: (_, state) => toPlanning({}, state, state.level ?? null) },
};

/** Whether the case's level lets it take a step its status offers. */
function levelAllows(state: CaseState, action: CaseAction): boolean {
  const prevention = state.level === 'prevention';
  if (PLAN_STEPS.includes(action)) return !prevention;
  if (state.status === 'planning' && action === 'close') return prevention;
  return true;
}

export class ActionNotAllowed extends Error {
  constructor(
    readonly status: CaseStatus,
    readonly action: CaseAction,
    readonly allowed: CaseAction[],
  ) {
    super(`${action} is not allowed in status ${status}; allowed: ${allowed.join(', ')}`);
  }
}

/**
 * The rules of the protection level: `prevention-no-plan` (no plan, plan approval or plan carried
 * on at prevention level), `level-reason` (a level changes only with its reason),
 * `abuse-confirmed-intervention` (confirmed abuse puts the case at intervention level, Law on
 * Children art. 50).
 */
export type LevelRule = 'prevention-no-plan' | 'level-reason' | 'abuse-confirmed-intervention';

export class LevelRuleBroken extends Error {
  constructor(
    readonly rule: LevelRule,
    readonly action: CaseAction,
    readonly from: ProtectionLevel | null,
    readonly to: ProtectionLevel | null,
    readonly allowed: CaseAction[],
  ) {
    super(`${action} breaks the level rule ${rule} (${from ?? '-'} → ${to ?? '-'})`);
  }
}

/** The actions a case in this state allows, in the order of CASE_ACTIONS. */
export function allowedActions(state: CaseState): CaseAction[] {
  if (state.anonymisedAt) return [];
  const moves = MOVES[state.status];
  const open = state.status !== 'closed';
  return CASE_ACTIONS.filter(
    (action) =>
      (action in moves && levelAllows(state, action)) ||
      (open && ALONGSIDE.includes(action)) ||
      (open && ON_ISOLATION.includes(action) && isolationInProgress(state)) ||
      (open && TO_ISOLATION.includes(action) && !isolationInProgress(state)),
  );
}

/** The level after an assessing step: the form's, intervention when abuse is confirmed. */
function levelAfter(
  state: CaseState,
  action: CaseAction,
  input: ActionInput,
  allowed: CaseAction[],
): ProtectionLevel | null {
  const from = state.level ?? null;
  if (!ASSESSING.includes(action)) return from;
  const confirmed = CONFIRMING.includes(action) && input.abuseConfirmed === true;
  if (confirmed && input.level && input.level !== 'intervention') {
    throw new LevelRuleBroken('abuse-confirmed-intervention', action, from, input.level, allowed);
  }
  const to = confirmed ? 'intervention' : (input.level ?? from);
  if (from !== null && to !== from && !input.levelReason?.trim()) {
    throw new LevelRuleBroken('level-reason', action, from, to, allowed);
  }
  return to;
}

/**
 * The state after the action; throws ActionNotAllowed when the state does not allow it,
 * LevelRuleBroken when it breaks a rule of the protection level, and RuleNotMet when the case or
 * the input does not meet another rule the step rests on.
 */
export function apply(state: CaseState, action: CaseAction, input: ActionInput = {}): CaseState {
  const allowed = allowedActions(state);
  const move = MOVES[state.status][action];
  if (!allowed.includes(action)) {
    if (move && PLAN_STEPS.includes(action)) {
      throw new LevelRuleBroken('prevention-no-plan', action, 'prevention', 'prevention', allowed);
    }
    throw new ActionNotAllowed(state.status, action, allowed);
  }
  if (!move) return state;
  const level = levelAfter(state, action, input, allowed);
  // A review at prevention level ends the plan: it can only propose closing the case.
  if (action === 'reviews' && level === 'prevention' && input.outcome !== 'propose_closure') {
    throw new LevelRuleBroken('prevention-no-plan', action, state.level ?? null, level, allowed);
  }
  const status = move(input, state, level);
  return {
    status,
    statusBeforeClosure: status === 'closure_proposed' ? state.status : null,
    level,
    isolationStartedAt: state.isolationStartedAt,
    isolationEndedAt: state.isolationEndedAt,
  };
}

export const INITIAL_STATE: CaseState = {
  status: 'received',
  statusBeforeClosure: null,
  level: null,
};

/** A plan action's progress (Mẫu 04, followed until the review). */
export const PLAN_ACTION_STATUSES = ['planned', 'in_progress', 'done', 'not_done'] as const;
export type PlanActionStatus = (typeof PLAN_ACTION_STATUSES)[number];

/** Where an action can go from each status: forward only; done and not done are final. */
const PLAN_ACTION_MOVES: Record<PlanActionStatus, PlanActionStatus[]> = {
  planned: ['in_progress', 'done', 'not_done'],
  in_progress: ['done', 'not_done'],
  done: [],
  not_done: [],
};

export class PlanActionMoveNotAllowed extends Error {
  constructor(
    readonly from: PlanActionStatus,
    readonly to: PlanActionStatus,
  ) {
    super(`A plan action cannot go from ${from} to ${to}`);
  }
}

/** The statuses an action in this status can move to. */
export function planActionMoves(from: PlanActionStatus): PlanActionStatus[] {
  return PLAN_ACTION_MOVES[from];
}

/** Checks a plan action's move; throws PlanActionMoveNotAllowed when it goes back or stays. */
export function movePlanAction(from: PlanActionStatus, to: PlanActionStatus): PlanActionStatus {
  if (!PLAN_ACTION_MOVES[from].includes(to)) throw new PlanActionMoveNotAllowed(from, to);
  return to;
}
