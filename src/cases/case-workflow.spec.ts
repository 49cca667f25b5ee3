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
  LevelRuleBroken,
  movePlanAction,
  PLAN_ACTION_STATUSES,
  PlanActionMoveNotAllowed,
  planActionMoves,
  type ReviewOutcome,
  RuleNotMet,
  PROTECTION_LEVELS,
  type ProtectionLevel,
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

/** A case in this status; past the initial assessment, at this level (support by default). */
function state(status: CaseStatus, level: ProtectionLevel = 'support'): CaseState {
  return {
    status,
    statusBeforeClosure: status === 'closure_proposed' ? 'in_progress' : null,
    level: status === 'received' ? null : level,
  };
}

/** The rule a refused step broke, or null when it was not refused for a level rule. */
function brokenRule(run: () => unknown): string | null {
  try {
    run();
  } catch (error) {
    if (error instanceof LevelRuleBroken) return error.rule;
    throw error;
  }
  return null;
}

/**
 * The paths of a prevention-level case (Law on Children art. 48; a plan belongs to the support
 * and intervention levels, art. 49, 50, 52): after the assessment, closure; no plan.
 */
const PREVENTION_TABLE: [CaseStatus, CaseAction, string, CaseStatus][] = [
  ['assessed', 'assessment', '', 'assessed'],
  ['emergency', 'assessment', '', 'assessed'],
  ['assessed', 'close', '', 'closure_proposed'],
  // A case drafting or submitting a plan from before this rule: closure, or the plan sent back.
  ['planning', 'close', '', 'closure_proposed'],
  ['plan_submitted', 'plan/reject', '', 'planning'],
  ['in_progress', 'reviews', 'propose_closure', 'closure_proposed'],
  ['closed', 'reopen', '', 'assessed'],
];

describe('case workflow', () => {
  it.each(TABLE)('%s --%s (%s)--> %s', (from, action, note, to) => {
    expect(apply(state(from), action, inputOf(note)).status).toBe(to);
  });

  it('refuses every move the table does not list, naming the allowed actions', () => {
    for (const status of CASE_STATUSES) {
      for (const action of CASE_ACTIONS) {
        const listed = TABLE.some(([from, a]) => from === status && a === action);
        const recording = [...RECORDING, 'isolation'].includes(action) && status !== 'closed';
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

  it('reopens a closed case unless its retention policy anonymised it', () => {
    expect(allowedActions(state('closed'))).toEqual(['reopen']);
    const anonymised = { ...state('closed'), anonymisedAt: new Date('2031-01-01T00:00:00Z') };
    expect(allowedActions(anonymised)).toEqual([]);
    expect(() => apply(anonymised, 'reopen')).toThrow(ActionNotAllowed);
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

  it('offers the chair’s isolation decision only while none is in progress, in every status but closed', () => {
    const startedAt = new Date('2026-11-24T14:00:00Z');
    for (const status of CASE_STATUSES) {
      const isolating = { ...state(status), isolationStartedAt: startedAt, isolationEndedAt: null };
      const ended = { ...isolating, isolationEndedAt: new Date('2026-11-25T14:00:00Z') };
      expect(allowedActions(isolating)).not.toContain('isolation');
      expect(() => apply(isolating, 'isolation')).toThrow(ActionNotAllowed);
      for (const free of [state(status), ended]) {
        if (status === 'closed') {
          expect(allowedActions(free)).not.toContain('isolation');
          expect(() => apply(free, 'isolation')).toThrow(ActionNotAllowed);
        } else {
          expect(allowedActions(free)).toContain('isolation');
          expect(apply(free, 'isolation')).toEqual(free);
        }
      }
    }
  });

  it.each(PREVENTION_TABLE)('at prevention level: %s --%s (%s)--> %s', (from, action, note, to) => {
    const after = apply(state(from, 'prevention'), action, inputOf(note));
    expect(after).toMatchObject({ status: to, level: 'prevention' });
  });

  it('offers no plan and no plan approval at prevention level, naming the rule', () => {
    const planning = state('planning', 'prevention');
    const submitted = state('plan_submitted', 'prevention');
    expect(allowedActions(planning)).toEqual([
      'assessment',
      'close',
      'assign',
      'notes',
      'referrals',
      'isolation',
    ]);
    expect(allowedActions(submitted)).toEqual([
      'plan/reject',
      'assign',
      'notes',
      'referrals',
      'isolation',
    ]);
    expect(brokenRule(() => apply(planning, 'plan'))).toBe('prevention-no-plan');
    expect(brokenRule(() => apply(submitted, 'plan/approve'))).toBe('prevention-no-plan');
    // At the other levels, closing while a plan is drafted is not a step the case has.
    expect(() => apply(state('planning', 'intervention'), 'close')).toThrow(ActionNotAllowed);
    const refused = (() => {
      try {
        apply(planning, 'plan');
      } catch (error) {
        return error as LevelRuleBroken;
      }
    })();
    expect(refused?.allowed).toEqual(allowedActions(planning));
  });

  it('lets a review at prevention level only propose closure', () => {
    const atPrevention = state('in_progress', 'prevention');
    for (const outcome of ['continue', 'new_plan'] as const) {
      expect(brokenRule(() => apply(atPrevention, 'reviews', { outcome }))).toBe(
        'prevention-no-plan',
      );
      // Stepping down to prevention ends the plan too.
      const stepDown = { outcome, level: 'prevention' as const, levelReason: 'Trẻ đã ổn định.' };
      expect(brokenRule(() => apply(state('in_progress'), 'reviews', stepDown))).toBe(
        'prevention-no-plan',
      );
    }
    const closing = apply(state('in_progress'), 'reviews', {
      outcome: 'propose_closure',
      unmetCriteria: [],
      level: 'prevention',
      levelReason: 'Trẻ đã ổn định.',
    });
    expect(closing).toMatchObject({ status: 'closure_proposed', level: 'prevention' });
    // Raised again, with its reason, the case can plan.
    const raised = apply(atPrevention, 'reviews', {
      outcome: 'new_plan',
      level: 'support',
      levelReason: 'Có dấu hiệu mới.',
    });
    expect(raised).toMatchObject({ status: 'planning', level: 'support' });
  });

  it('sets the level at the initial assessment, and changes it later only with a reason', () => {
    for (const level of PROTECTION_LEVELS) {
      expect(apply(INITIAL_STATE, 'initial-assessment', { level }).level).toBe(level);
    }
    for (const [action, status, input] of [
      ['assessment', 'assessed', {}],
      ['reviews', 'in_progress', { outcome: 'continue' }],
    ] as const) {
      const from = state(status, 'support');
      const change = { ...input, level: 'intervention' as const };
      expect(brokenRule(() => apply(from, action, change))).toBe('level-reason');
      expect(brokenRule(() => apply(from, action, { ...change, levelReason: '  ' }))).toBe(
        'level-reason',
      );
      expect(apply(from, action, { ...change, levelReason: 'Kết quả giám định.' }).level).toBe(
        'intervention',
      );
      // Naming the level it already has is no change.
      expect(apply(from, action, { ...input, level: 'support' }).level).toBe('support');
      expect(apply(from, action, input).level).toBe('support');
    }
    // No other step touches the level.
    expect(apply(state('assessed', 'prevention'), 'close').level).toBe('prevention');
  });

  it('puts confirmed abuse at intervention level, at the initial assessment or the assessment', () => {
    const confirmed = { abuseConfirmed: true, level: 'intervention' as const };
    expect(apply(INITIAL_STATE, 'initial-assessment', confirmed).level).toBe('intervention');
    expect(
      brokenRule(() =>
        apply(INITIAL_STATE, 'initial-assessment', { abuseConfirmed: true, level: 'support' }),
      ),
    ).toBe('abuse-confirmed-intervention');
    // Found at the assessment: the case rises to intervention, with the reason, and plans.
    const assessed = state('assessed', 'prevention');
    expect(brokenRule(() => apply(assessed, 'assessment', { abuseConfirmed: true }))).toBe(
      'level-reason',
    );
    expect(
      apply(assessed, 'assessment', { abuseConfirmed: true, levelReason: 'Kết quả giám định.' }),
    ).toMatchObject({ status: 'planning', level: 'intervention' });
    expect(
      brokenRule(() =>
        apply(state('assessed'), 'assessment', {
          abuseConfirmed: true,
          level: 'prevention',
          levelReason: 'x',
        }),
      ),
    ).toBe('abuse-confirmed-intervention');
  });

  it('returns a refused closure proposal to where it came from', () => {
    const fromAssessed = apply(state('assessed'), 'close');
    expect(fromAssessed).toEqual({
      status: 'closure_proposed',
      statusBeforeClosure: 'assessed',
      level: 'support',
    });
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
      level: fc.option(fc.constantFrom(...PROTECTION_LEVELS), { nil: undefined }),
      levelReason: fc.option(fc.constantFrom('Có thông tin mới.', ''), { nil: undefined }),
      abuseConfirmed: fc.boolean(),
      unmetCriteria: fc.subarray([...CLOSURE_CRITERIA]),
      dossier: fc.record({ assessment: fc.boolean(), caseMeeting: fc.boolean() }),
    });
    fc.assert(
      fc.property(fc.array(step, { maxLength: 60 }), (steps) => {
        let current = INITIAL_STATE;
        for (const { action, ...input } of steps) {
          // The initial assessment always states a level (its form requires one).
          if (action === 'initial-assessment') input.level ??= 'support';
          const allowed = allowedActions(current);
          if (!allowed.includes(action)) {
            const planStep =
              (current.status === 'planning' && action === 'plan') ||
              (current.status === 'plan_submitted' && action === 'plan/approve');
            expect(() => apply(current, action, input)).toThrow(
              planStep ? LevelRuleBroken : ActionNotAllowed,
            );
            continue;
          }
          const before = current;
          const error = refusal(() => apply(current, action, input));
          if (error) {
            // A step its status allows is refused only for a rule of its own, and changes nothing.
            if (error instanceof RuleNotMet) {
              const full = input.dossier.assessment && input.dossier.caseMeeting;
              if (action === 'plan') expect(full).toBe(false);
              else expect([action, input.outcome]).toEqual(['reviews', 'propose_closure']);
            } else {
              expect(error).toBeInstanceOf(LevelRuleBroken);
            }
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
          // No plan is drafted or approved at prevention level; none is in the making there.
          if (action === 'plan' || action === 'plan/approve') {
            expect(before.level).not.toBe('prevention');
          }
          if (['planning', 'plan_submitted'].includes(current.status)) {
            expect(current.level).not.toBe('prevention');
          }
          // A level once set changes only with a reason; confirmed abuse is intervention.
          if (before.level && current.level !== before.level) {
            expect(input.levelReason?.trim()).toBeTruthy();
          }
          if (input.abuseConfirmed && ['initial-assessment', 'assessment'].includes(action)) {
            expect(current.level).toBe('intervention');
          }
          expect(current.level === null).toBe(current.status === 'received');
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
