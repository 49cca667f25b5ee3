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
  INITIAL_STATE,
  type ReviewOutcome,
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
  ['planning', 'plan', '', 'plan_submitted'],
  ['plan_submitted', 'plan/approve', '', 'in_progress'],
  ['plan_submitted', 'plan/reject', '', 'planning'],
  ['in_progress', 'reviews', 'continue', 'in_progress'],
  ['in_progress', 'reviews', 'new_plan', 'planning'],
  ['in_progress', 'reviews', 'propose_closure', 'closure_proposed'],
  ['in_progress', 'close', '', 'closure_proposed'],
  ['closure_proposed', 'close/approve', '', 'closed'],
  ['closed', 'reopen', '', 'planning'],
];

function inputOf(note: string) {
  return {
    immediateDanger: note === 'immediate danger',
    outcome: (['continue', 'new_plan', 'propose_closure'].includes(note) ? note : undefined) as
      ReviewOutcome | undefined,
  };
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
    const fromReview = apply(state('in_progress'), 'reviews', { outcome: 'propose_closure' });
    expect(apply(fromReview, 'close/reject')).toEqual(state('in_progress'));
  });

  it('never reaches an invalid state under random sequences of actions', () => {
    const step = fc.record({
      action: fc.constantFrom(...CASE_ACTIONS),
      immediateDanger: fc.boolean(),
      outcome: fc.constantFrom<ReviewOutcome>('continue', 'new_plan', 'propose_closure'),
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
          current = apply(current, action, input);
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
