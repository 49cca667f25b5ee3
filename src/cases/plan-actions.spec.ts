import { PLAN_ACTION_ID, planActionId, trackPlanActions } from './plan-actions.js';

const now = new Date('2026-12-10T05:00:00Z');
const actions = [
  {
    description: 'Khám sức khỏe',
    organizationName: 'Trạm y tế',
    responsiblePerson: 'Bác sĩ Hà',
    dueAt: '2026-12-09T23:59:59.999+07:00',
  },
  // As plans submitted before the person responsible was asked for hold it.
  { description: 'Thăm nhà', dueAt: '2026-12-31T17:00:00+07:00' },
];

describe('a plan’s actions as they stand', () => {
  it('names each action by its plan’s step and its number, every one planned at first', () => {
    const tracked = trackPlanActions('4321', actions, [], { now, inForce: true });
    expect(tracked.map((a) => [a.id, a.number, a.status, a.statusAt])).toEqual([
      ['4321-1', 1, 'planned', null],
      ['4321-2', 2, 'planned', null],
    ]);
    expect(tracked[1].responsiblePerson).toBeUndefined();
    expect(PLAN_ACTION_ID.test(planActionId('4321', 12))).toBe(true);
    expect(PLAN_ACTION_ID.test('4321')).toBe(false);
  });

  it('keeps the latest status recorded for each action, with its reason or referral', () => {
    const at = (hour: number) => new Date(`2026-12-08T0${hour}:00:00Z`);
    const tracked = trackPlanActions(
      '4321',
      actions,
      [
        { actionId: '4321-1', status: 'in_progress', at: at(1) },
        { actionId: '4321-2', status: 'not_done', at: at(2), reason: 'Gia đình vắng nhà' },
        { actionId: '4321-1', status: 'done', at: at(3), referralId: 'r1' },
        // Another plan's action.
        { actionId: '1234-1', status: 'not_done', at: at(4), reason: 'x' },
      ],
      { now, inForce: true },
    );
    expect(tracked.map((a) => [a.status, a.statusAt, a.reason, a.referralId])).toEqual([
      ['done', at(3), null, 'r1'],
      ['not_done', at(2), 'Gia đình vắng nhà', null],
    ]);
  });

  it('is overdue when still open past its due minute while the plan is carried out', () => {
    const overdue = (status: 'planned' | 'in_progress' | 'done' | 'not_done', inForce: boolean) =>
      trackPlanActions(
        '4321',
        actions,
        status === 'planned' ? [] : [{ actionId: '4321-1', status, at: now }],
        { now, inForce },
      )[0].overdue;
    expect(overdue('planned', true)).toBe(true);
    expect(overdue('in_progress', true)).toBe(true);
    expect(overdue('done', true)).toBe(false);
    expect(overdue('not_done', true)).toBe(false);
    // Not yet approved, or the case moved on to a new plan or to closure.
    expect(overdue('planned', false)).toBe(false);
    // Within its due minute, and before it.
    const due = new Date('2026-12-09T16:59:59.999Z');
    const at = (time: Date) => trackPlanActions('1', actions, [], { now: time, inForce: true });
    expect(at(new Date(due.getTime() + 30_000))[0].overdue).toBe(false);
    expect(at(new Date(due.getTime() + 60_000))[0].overdue).toBe(true);
  });
});
