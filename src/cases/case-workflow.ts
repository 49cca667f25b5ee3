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
  planning: { plan: () => 'plan_submitted' },
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

/** The state after the action; throws ActionNotAllowed when the state does not allow it. */
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
