import { CalendarService } from '../src/calendar/calendar.service.js';
import { DeadlineJobs } from '../src/cases/deadline-engine.js';
import { workingDaysLeft } from '../src/cases/deadlines.js';
import { OutboxRelay } from '../src/queue/outbox-relay.service.js';
import { createTestApp, type TestApp, TestClock } from './app.js';
import {
  BODIES,
  caseChildIds,
  type CaseWorld,
  caseWorld,
  forChildren,
  hotlineReport,
} from './case-world.js';
import { eventually, withStepUp } from './world.js';

const HOUR = 3_600_000;

describe('case deadlines kept by jobs, with a clock the test moves', () => {
  const clock = new TestClock();
  let t: TestApp;
  let w: CaseWorld;

  beforeAll(async () => {
    t = await createTestApp({ clock });
    w = await caseWorld(t);
  });
  afterAll(() => t.close());

  const notifications = async (client: CaseWorld['worker'], kind: string) =>
    (await client.get('/api/v1/notifications?limit=200').expect(200)).body.items.filter(
      (n: { kind: string }) => n.kind === kind,
    );

  it('reminds before a deadline, escalates once past it, and shows the case overdue', async () => {
    const kase = (
      await w.hotline
        .post('/api/v1/cases')
        .send(hotlineReport(clock.now().toISOString()))
        .expect(201)
    ).body;
    await w.worker.post(`/api/v1/cases/${kase.id}/assign`).send({ userId: w.ids.ctxh }).expect(200);
    const listed = async (query: string) =>
      (await w.worker.get(`/api/v1/cases?${query}`).expect(200)).body.items.map(
        (c: { id: string }) => c.id,
      );
    expect(await listed('overdue=true')).not.toContain(kase.id);

    // 10½ hours on: the 12-hour deadlines are 1½ hours away; their reminders (2 hours ahead) are due.
    clock.advance(10.5 * HOUR);
    const reminders = await eventually(async () => {
      const found = await notifications(w.worker, 'deadline_reminder');
      expect(found).toHaveLength(2);
      return found;
    });
    expect(reminders.map((n: { data: { deadline: string } }) => n.data.deadline).sort()).toEqual([
      'emergency_action',
      'initial_assessment',
    ]);
    expect(reminders[0].message).toContain(kase.code);
    expect(await notifications(w.approver, 'deadline_reminder')).toEqual([]);
    expect(await listed('overdue=true')).not.toContain(kase.id);

    // 13 hours on: both are past; the worker in charge and the chair hear of it.
    clock.advance(2.5 * HOUR);
    for (const client of [w.worker, w.approver]) {
      await eventually(async () =>
        expect(await notifications(client, 'deadline_escalation')).toHaveLength(2),
      );
    }
    expect(await notifications(w.colleague, 'deadline_escalation')).toEqual([]);
    const escalation = (await notifications(w.approver, 'deadline_escalation'))[0];
    expect(escalation.message).toMatch(
      /^Hồ sơ BVTE-.*: đã quá hạn .* \(hạn \d\d:\d\d \d\d\/\d\d\/\d{4}\)\.$/,
    );
    expect(await listed('overdue=true')).toContain(kase.id);

    // Delivered again (a retry, a second relay, the same job run twice): nothing more is sent.
    const jobs = t.app.get(DeadlineJobs);
    for (const kind of ['initial_assessment', 'emergency_action']) {
      const payload = {
        caseId: kase.id,
        kind,
        item: '',
        dueAt: kase.deadlines.initialAssessmentDueAt,
        stage: 'escalation' as const,
      };
      expect(await jobs.check(payload)).toBe('escalated before');
      expect(await jobs.check({ ...payload, stage: 'reminder' })).toBe('no reminder');
    }
    await t.app.get(OutboxRelay).dispatchPending();
    expect(await notifications(w.worker, 'deadline_escalation')).toHaveLength(2);
    expect(await notifications(w.approver, 'deadline_escalation')).toHaveLength(2);

    // The late assessment is recorded as late; the timeline shows the escalations.
    await w.worker
      .post(`/api/v1/cases/${kase.id}/initial-assessment`)
      .send({
        ...BODIES['initial-assessment'],
        immediateDanger: true,
        emergencyMeasures: ['Đưa trẻ đi khám'],
      })
      .expect(200);
    const timeline = (await w.worker.get(`/api/v1/cases/${kase.id}/timeline`).expect(200)).body;
    const escalated = timeline.steps.filter(
      (s: { action: string }) => s.action === 'deadline_escalated',
    );
    expect(escalated.map((s: { facts: { deadline: string } }) => s.facts.deadline).sort()).toEqual([
      'emergency_action',
      'initial_assessment',
    ]);
    expect(escalated[0].actor).toBeNull();
    const assessed = timeline.steps.find(
      (s: { action: string }) => s.action === 'initial-assessment',
    );
    expect(assessed.deadlines).toEqual([
      { kind: 'initial_assessment', dueAt: kase.deadlines.initialAssessmentDueAt, met: false },
      { kind: 'emergency_action', dueAt: kase.deadlines.emergencyActionDueAt, met: false },
    ]);
    // Nothing past due is left open: no longer overdue (the plan is due days later).
    expect(await listed('overdue=true')).not.toContain(kase.id);

    // A notification is read once, by its owner only.
    await w.approver.post(`/api/v1/notifications/${escalation.id}/read`).expect(204);
    await w.worker.post(`/api/v1/notifications/${escalation.id}/read`).expect(404);
    const unread = (await w.approver.get('/api/v1/notifications?unread=true').expect(200)).body
      .items;
    expect(unread.map((n: { id: string }) => n.id)).not.toContain(escalation.id);
  });

  it('makes a job for a step already taken a no-op', async () => {
    const kase = (
      await w.worker
        .post('/api/v1/cases')
        .send(hotlineReport(clock.now().toISOString()))
        .expect(201)
    ).body;
    await w.worker
      .post(`/api/v1/cases/${kase.id}/initial-assessment`)
      .send(BODIES['initial-assessment'])
      .expect(200);
    const before = (await notifications(w.worker, 'deadline_escalation')).length;
    clock.advance(13 * HOUR);
    await t.app.get(OutboxRelay).dispatchPending();
    const jobs = t.app.get(DeadlineJobs);
    expect(
      await jobs.check({
        caseId: kase.id,
        kind: 'initial_assessment',
        item: '',
        dueAt: kase.deadlines.initialAssessmentDueAt,
        stage: 'escalation',
      }),
    ).toBe('no longer due');
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(await notifications(w.worker, 'deadline_escalation')).toHaveLength(before);
  });

  it('gives the chair the approval time once the plan is submitted: told what is left, reminded', async () => {
    const kase = (
      await w.hotline
        .post('/api/v1/cases')
        .send(hotlineReport(clock.now().toISOString()))
        .expect(201)
    ).body;
    const children = await caseChildIds(t, kase.id);
    await w.worker.post(`/api/v1/cases/${kase.id}/assign`).send({ userId: w.ids.ctxh }).expect(200);
    for (const action of ['initial-assessment', 'assessment', 'plan']) {
      await w.worker
        .post(`/api/v1/cases/${kase.id}/${action}`)
        .send(forChildren(action, BODIES[action], children))
        .expect(200);
    }
    const submitted = (await w.approver.get(`/api/v1/cases/${kase.id}`).expect(200)).body;
    const dueAt = new Date(submitted.deadlines.planApprovalDueAt);
    const calendar = await t.app.get(CalendarService).from(clock.now());
    const left = workingDaysLeft(clock.now(), dueAt, calendar);
    expect(left).toBeGreaterThanOrEqual(5);
    expect(submitted.deadlines.planApprovalWorkingDaysLeft).toBe(left);
    const told = await eventually(async () => {
      const found = await notifications(w.approver, 'plan_submitted');
      expect(found.map((n: { data: { caseCode: string } }) => n.data.caseCode)).toContain(
        kase.code,
      );
      return found.find((n: { data: { caseCode: string } }) => n.data.caseCode === kase.code);
    });
    expect(told.message).toContain(`còn ${left} ngày làm việc`);
    expect(told.data).toEqual({
      caseCode: kase.code,
      planApprovalDueAt: dueAt.toISOString(),
      workingDaysLeft: left,
    });
    // The worker's view says nothing of it: the plan is not waiting in her hands.
    expect(
      (await notifications(w.worker, 'plan_submitted')).map(
        (n: { data: { caseCode: string } }) => n.data.caseCode,
      ),
    ).not.toContain(kase.code);

    // A day before it is due, the reminder goes to the chair, not to the worker.
    clock.advance(dueAt.getTime() - clock.now().getTime() - 23 * HOUR);
    const reminded = (client: CaseWorld['worker']) =>
      notifications(client, 'deadline_reminder').then((found) =>
        found.filter(
          (n: { data: { caseCode: string; deadline: string } }) =>
            n.data.caseCode === kase.code && n.data.deadline === 'plan_approval',
        ),
      );
    await eventually(async () => expect(await reminded(w.approver)).toHaveLength(1));
    expect(await reminded(w.worker)).toEqual([]);
    const later = (await w.approver.get(`/api/v1/cases/${kase.id}`).expect(200)).body;
    expect(later.deadlines.planApprovalWorkingDaysLeft).toBe(0);

    // Approved, nothing is left to count.
    await withStepUp(t, 'chutich', w.approver.post(`/api/v1/cases/${kase.id}/plan/approve`))
      .send(BODIES['plan/approve'])
      .expect(200);
    const approved = (await w.approver.get(`/api/v1/cases/${kase.id}`).expect(200)).body;
    expect(approved.deadlines.planApprovalWorkingDaysLeft).toBeNull();
  });
});
