/**
 * The case workflow of Decree 56/2017 art. 25-30 as one pure state machine: which action each
 * status (and protection level) allows and where it leads. Everything else the cases module does
 * (who may act, deadlines, what is stored) sits on top of `apply`; an action it refuses is a 409
 * listing `allowedActions`, a level rule it refuses a LevelRuleBroken naming the rule.
 */
import type { ProtectionLevel } from './entities/case.entity.js';

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
  /** initial-assessment (always), assessment, reviews: the level the form finds. */
  level?: ProtectionLevel;
  /** Why the level changes: needed whenever a level already set changes. */
  levelReason?: string;
  /** initial-assessment, assessment: the reported abuse is confirmed (trẻ em bị xâm hại). */
  abuseConfirmed?: boolean;
}

/** Actions that record something without moving the case: allowed in every status but closed. */
const ALONGSIDE: CaseAction[] = ['assign', 'notes', 'referrals'];

/** Actions on a temporary isolation: allowed, in every status but closed, while one is in progress. */
const ON_ISOLATION: CaseAction[] = ['isolation/extend', 'isolation/end'];

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
  // close: only at prevention level (levelAllows), for a case drafting a plan before that rule.
  planning: { plan: () => 'plan_submitted', close: () => 'closure_proposed' },
  plan_submitted: { 'plan/approve': () => 'in_progress', 'plan/reject': () => 'planning' },
  in_progress: {
    reviews: ({ outcome }) =>
      outcome === 'new_plan'
        ? 'planning'
        : outcome === 'propose_closure'
          ? 'closure_proposed'
          : 'in_progress',
    close: () => 'closure_proposed',
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
  const moves = MOVES[state.status];
  const open = state.status !== 'closed';
  return CASE_ACTIONS.filter(
    (action) =>
      (action in moves && levelAllows(state, action)) ||
      (open && ALONGSIDE.includes(action)) ||
      (open && ON_ISOLATION.includes(action) && isolationInProgress(state)),
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
 * The state after the action; throws ActionNotAllowed when the state does not allow it, and
 * LevelRuleBroken when it breaks a rule of the protection level.
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
