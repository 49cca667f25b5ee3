import fc from 'fast-check';
import {
  ActionNotAllowed,
  allowedActions,
  apply,
  CASE_ACTIONS,
  CASE_STATUSES,
  type CaseAction,
  type CaseState,
  type CaseStatus,
  CLOSURE_CRITERIA,
  INITIAL_STATE,
  movePlanAction,
  PLAN_ACTION_STATUSES,
  PlanActionMoveNotAllowed,
  planActionMoves,
  type ReviewOutcome,
  RuleNotMet,
} from './case-workflow.js';

const RECORDING: CaseAction[] = ['assign', 'notes', 'referrals'];
const ON_ISOLATION: CaseAction[] = ['isolation/extend', 'isolation/end'];

/** The contract's table (api.md, Cases), written out independently of the implementation. */
const TABLE: [CaseStatus, CaseAction, string, CaseStatus][] = [
  ['received', 'initial-assessment', 'no danger', 'assessed'],
  ['received', 'initial-assessment', 'immediate danger', 'emergency'],
  ['emergency', 'emergency-measures', '', 'emergency'],
  ['assessed', 'assessment', '', 'planning'],
  ['emergency', 'assessment', '', 'planning'],
  ['assessed', 'close', '', 'closure_proposed'],
  ['planning', 'assessment', '', 'planning'],
  ['planning', 'plan', '', 'plan_submitted'],
  ['plan_submitted', 'plan/approve', '', 'in_progress'],
  ['plan_submitted', 'plan/reject', '', 'planning'],
  ['in_progress', 'plan/actions/status', '', 'in_progress'],
  ['in_progress', 'reviews', 'continue', 'in_progress'],
  ['in_progress', 'reviews', 'new_plan', 'planning'],
  ['in_progress', 'reviews', 'propose_closure', 'closure_proposed'],
  ['closure_proposed', 'close/approve', '', 'closed'],
  ['closed', 'reopen', '', 'planning'],
];

/** The input of a step that meets every rule: a full dossier, a child found safe and stable. */
function inputOf(note: string) {
  return {
    immediateDanger: note === 'immediate danger',
    outcome: (['continue', 'new_plan', 'propose_closure'].includes(note) ? note : undefined) as
      ReviewOutcome | undefined,
    dossier: { assessment: true, caseMeeting: true },
    unmetCriteria: [],
  };
}

function refusal(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  return undefined;
}

function state(status: CaseStatus): CaseState {
  return { status, statusBeforeClosure: status === 'closure_proposed' ? 'in_progress' : null };
}

describe('case workflow', () => {
  it.each(TABLE)('%s --%s (%s)--> %s', (from, action, note, to) => {
    expect(apply(state(from), action, inputOf(note)).status).toBe(to);
  });

  it('refuses every move the table does not list, naming the allowed actions', () => {
    for (const status of CASE_STATUSES) {
      for (const action of CASE_ACTIONS) {
        const listed = TABLE.some(([from, a]) => from === status && a === action);
        const recording = RECORDING.includes(action) && status !== 'closed';
        const closeReject = status === 'closure_proposed' && action === 'close/reject';
        if (listed || recording || closeReject) {
          expect(() => apply(state(status), action, inputOf('continue'))).not.toThrow();
          continue;
        }
        let error: unknown;
        try {
          apply(state(status), action);
        } catch (e) {
          error = e;
        }
        expect(error).toBeInstanceOf(ActionNotAllowed);
        expect((error as ActionNotAllowed).allowed).toEqual(allowedActions(state(status)));
      }
    }
  });

  it('records notes, assignments and referrals in every status but closed', () => {
    for (const status of CASE_STATUSES) {
      for (const action of RECORDING) {
        if (status === 'closed') expect(() => apply(state(status), action)).toThrow();
        else expect(apply(state(status), action)).toEqual(state(status));
      }
    }
  });

  it('offers to extend or end an isolation only while one is in progress, in every status but closed', () => {
    const startedAt = new Date('2026-11-24T14:00:00Z');
    for (const status of CASE_STATUSES) {
      const isolating = { ...state(status), isolationStartedAt: startedAt, isolationEndedAt: null };
      const ended = { ...isolating, isolationEndedAt: new Date('2026-11-25T14:00:00Z') };
      for (const action of ON_ISOLATION) {
        expect(allowedActions(state(status))).not.toContain(action);
        expect(allowedActions(ended)).not.toContain(action);
        expect(() => apply(state(status), action)).toThrow(ActionNotAllowed);
        if (status === 'closed') expect(() => apply(isolating, action)).toThrow(ActionNotAllowed);
        else expect(apply(isolating, action)).toEqual(isolating);
      }
    }
  });

  it('returns a refused closure proposal to where it came from', () => {
    const fromAssessed = apply(state('assessed'), 'close');
    expect(fromAssessed).toEqual({ status: 'closure_proposed', statusBeforeClosure: 'assessed' });
    expect(apply(fromAssessed, 'close/reject')).toEqual(state('assessed'));
    const fromReview = apply(state('in_progress'), 'reviews', inputOf('propose_closure'));
    expect(apply(fromReview, 'close/reject')).toEqual(state('in_progress'));
  });

  // Decree 56/2017 art. 28.2.b: the dossier submitted for approval holds the comprehensive
  // assessment report and the minutes of the case meeting (art. 27.2).
  it('submits a plan only with the assessment (Mẫu 03) and the case meeting’s minutes', () => {
    const planning = state('planning');
    const rule = (dossier?: { assessment: boolean; caseMeeting: boolean }) =>
      (refusal(() => apply(planning, 'plan', { dossier })) as RuleNotMet | undefined)?.rule;
    expect(rule(undefined)).toBe('plan-needs-assessment');
    expect(rule({ assessment: false, caseMeeting: false })).toBe('plan-needs-assessment');
    expect(rule({ assessment: true, caseMeeting: false })).toBe('plan-needs-case-meeting');
    expect(rule({ assessment: true, caseMeeting: true })).toBeUndefined();
    // Missing pieces are added by recording the assessment again, without leaving planning.
    expect(allowedActions(planning)).toEqual(expect.arrayContaining(['assessment', 'plan']));
  });

  // Decree 56/2017 art. 30.1.b-c: closed when the child is no longer at risk and stable;
  // otherwise a new plan.
  it('proposes closure of a case being helped only on a review that finds every criterion met', () => {
    const inProgress = state('in_progress');
    expect(allowedActions(inProgress)).not.toContain('close');
    expect(refusal(() => apply(inProgress, 'close'))).toBeInstanceOf(ActionNotAllowed);
    for (const criterion of CLOSURE_CRITERIA) {
      const error = refusal(() =>
        apply(inProgress, 'reviews', { outcome: 'propose_closure', unmetCriteria: [criterion] }),
      ) as RuleNotMet;
      expect(error).toBeInstanceOf(RuleNotMet);
      expect(error.rule).toBe('closure-criteria-not-met');
      expect(error.unmet).toEqual([criterion]);
    }
    // Criteria not told are criteria not met.
    expect(refusal(() => apply(inProgress, 'reviews', { outcome: 'propose_closure' }))).toEqual(
      new RuleNotMet('closure-criteria-not-met', 'reviews', [...CLOSURE_CRITERIA]),
    );
    // Not yet safe and stable: the review continues the plan or leads to a new one.
    for (const outcome of ['continue', 'new_plan'] as const) {
      expect(() =>
        apply(inProgress, 'reviews', { outcome, unmetCriteria: ['noLongerAtRisk'] }),
      ).not.toThrow();
    }
    // No protection concern at the initial assessment: closed without a plan or a review.
    expect(apply(state('assessed'), 'close').status).toBe('closure_proposed');
  });

  it('moves a plan action forward only, done and not done being final', () => {
    expect(planActionMoves('planned')).toEqual(['in_progress', 'done', 'not_done']);
    expect(movePlanAction('planned', 'in_progress')).toBe('in_progress');
    expect(movePlanAction('in_progress', 'not_done')).toBe('not_done');
    for (const from of PLAN_ACTION_STATUSES) {
      expect(() => movePlanAction(from, from)).toThrow(PlanActionMoveNotAllowed);
      if (from === 'done' || from === 'not_done') {
        for (const to of PLAN_ACTION_STATUSES) {
          expect(() => movePlanAction(from, to)).toThrow(PlanActionMoveNotAllowed);
        }
      }
    }
    expect(() => movePlanAction('in_progress', 'planned')).toThrow(PlanActionMoveNotAllowed);
  });

  it('never reaches an invalid state under random sequences of actions', () => {
    const step = fc.record({
      action: fc.constantFrom(...CASE_ACTIONS),
      immediateDanger: fc.boolean(),
      outcome: fc.constantFrom<ReviewOutcome>('continue', 'new_plan', 'propose_closure'),
      unmetCriteria: fc.subarray([...CLOSURE_CRITERIA]),
      dossier: fc.record({ assessment: fc.boolean(), caseMeeting: fc.boolean() }),
    });
    fc.assert(
      fc.property(fc.array(step, { maxLength: 60 }), (steps) => {
        let current = INITIAL_STATE;
        for (const { action, ...input } of steps) {
          const allowed = allowedActions(current);
          if (!allowed.includes(action)) {
            expect(() => apply(current, action, input)).toThrow(ActionNotAllowed);
            continue;
          }
          const before = current;
          const error = refusal(() => apply(current, action, input));
          if (error) {
            // A step its status allows is refused only for a rule of its own, and changes nothing.
            expect(error).toBeInstanceOf(RuleNotMet);
            const full = input.dossier.assessment && input.dossier.caseMeeting;
            if (action === 'plan') expect(full).toBe(false);
            else expect([action, input.outcome]).toEqual(['reviews', 'propose_closure']);
            continue;
          }
          current = apply(current, action, input);
          // A plan is submitted only with its dossier; a case being helped is proposed for
          // closure only by a review finding the child safe and stable.
          if (current.status === 'plan_submitted' && before.status === 'planning') {
            expect(input.dossier).toEqual({ assessment: true, caseMeeting: true });
          }
          if (current.status === 'closure_proposed' && before.status === 'in_progress') {
            expect(action).toBe('reviews');
            expect(input.unmetCriteria).toEqual([]);
          }
          // Only an approval closes a case, and only reopening leaves closed.
          if (current.status === 'closed' && before.status !== 'closed') {
            expect(action).toBe('close/approve');
          }
          if (before.status === 'closed') expect(action).toBe('reopen');
          expect(CASE_STATUSES).toContain(current.status);
          expect(current.statusBeforeClosure !== null).toBe(current.status === 'closure_proposed');
          if (current.statusBeforeClosure) {
            expect(['assessed', 'in_progress']).toContain(current.statusBeforeClosure);
          }
          // A case is never stuck: some action is always allowed.
          expect(allowedActions(current).length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 2000 },
    );
  });
});
