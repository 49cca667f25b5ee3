/**
 * The case workflow of Decree 56/2017 art. 25-30 as one pure state machine: which action each
 * status allows and where it leads. Everything else the cases module does (who may act, deadlines,
 * what is stored) sits on top of `apply`; an action it refuses is a 409 listing `allowedActions`.
 */

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
   * A temporary isolation (cách ly tạm thời): in progress from its start until it ends. Only then
   * can it be extended or ended. Recorded by the cases service with the emergency measures and
   * the end; the moves here leave it as it is.
   */
  isolationStartedAt?: Date | null;
  isolationEndedAt?: Date | null;
}

/** What an action's input says that decides where it leads. */
export interface ActionInput {
  /** initial-assessment: the child is in immediate danger. */
  immediateDanger?: boolean;
  /** reviews: the review's conclusion. */
  outcome?: ReviewOutcome;
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

function isolationInProgress(state: CaseState): boolean {
  return Boolean(state.isolationStartedAt) && !state.isolationEndedAt;
}

type Move = (input: ActionInput, state: CaseState) => CaseStatus;

/** The status each action leads to from each status that allows it. */
const MOVES: Record<CaseStatus, Partial<Record<CaseAction, Move>>> = {
  received: {
    'initial-assessment': ({ immediateDanger }) => (immediateDanger ? 'emergency' : 'assessed'),
  },
  assessed: {
    assessment: () => 'planning',
    // No protection concern found at the initial assessment.
    close: () => 'closure_proposed',
  },
  emergency: {
    'emergency-measures': () => 'emergency',
    assessment: () => 'planning',
  },
  planning: {
    // Mẫu 03 amended before the plan: after the case meeting, or before a new plan.
    assessment: () => 'planning',
    plan: ({ dossier }) => {
      if (!dossier?.assessment) throw new RuleNotMet('plan-needs-assessment', 'plan');
      if (!dossier.caseMeeting) throw new RuleNotMet('plan-needs-case-meeting', 'plan');
      return 'plan_submitted';
    },
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
  closed: { reopen: () => 'planning' },
};

export class ActionNotAllowed extends Error {
  constructor(
    readonly status: CaseStatus,
    readonly action: CaseAction,
    readonly allowed: CaseAction[],
  ) {
    super(`${action} is not allowed in status ${status}; allowed: ${allowed.join(', ')}`);
  }
}

/** The actions a case in this state allows, in the order of CASE_ACTIONS. */
export function allowedActions(state: CaseState): CaseAction[] {
  const moves = MOVES[state.status];
  const open = state.status !== 'closed';
  return CASE_ACTIONS.filter(
    (action) =>
      action in moves ||
      (open && ALONGSIDE.includes(action)) ||
      (open && ON_ISOLATION.includes(action) && isolationInProgress(state)),
  );
}

/**
 * The state after the action; throws ActionNotAllowed when the state does not allow it, and
 * RuleNotMet when it does but the case or the input does not meet a rule the step rests on.
 */
export function apply(state: CaseState, action: CaseAction, input: ActionInput = {}): CaseState {
  if (!allowedActions(state).includes(action)) {
    throw new ActionNotAllowed(state.status, action, allowedActions(state));
  }
  const move = MOVES[state.status][action];
  if (!move) return state;
  const status = move(input, state);
  return {
    status,
    statusBeforeClosure: status === 'closure_proposed' ? state.status : null,
    isolationStartedAt: state.isolationStartedAt,
    isolationEndedAt: state.isolationEndedAt,
  };
}

export const INITIAL_STATE: CaseState = { status: 'received', statusBeforeClosure: null };

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
