import { OutboxRelay } from '../src/queue/outbox-relay.service.js';
import { DeadlineJobs } from '../src/cases/deadline-engine.js';
import { createTestApp, type TestApp, TestClock } from './app.js';
import { type ReferralWorld, referral, referralWorld, reportedCase } from './referral-world.js';
import { eventually, withStepUp } from './world.js';

const HOUR = 3_600_000;
type Client = ReferralWorld['worker'];

describe('referrals: three agencies work their queues over HTTP', () => {
  const clock = new TestClock();
  let t: TestApp;
  let w: ReferralWorld;

  beforeAll(async () => {
    t = await createTestApp({ clock });
    w = await referralWorld(t);
  });
  afterAll(() => t.close());

  const notifications = async (client: Client, kind: string) =>
    (await client.get('/api/v1/notifications?limit=200').expect(200)).body.items.filter(
      (n: { kind: string }) => n.kind === kind,
    );
  const inbox = async (client: Client, query = '') =>
    (await client.get(`/api/v1/referrals/inbox?limit=200${query}`).expect(200)).body.items;

  it('refers a case to police, health and a school; each acknowledges, accepts and completes', async () => {
    const kase = await reportedCase(w, clock.now().toISOString());
    const sent = clock.now().getTime();
    const toPolice = (
      await w.worker
        .post(`/api/v1/cases/${kase.id}/referrals`)
        .send(referral(w.ids.policeOrg, 'emergency', { sharedFields: ['reportSummary'] }))
        .expect(201)
    ).body;
    expect(toPolice).toMatchObject({ status: 'pending', urgency: 'emergency', view: 'sending' });
    expect(Date.parse(toPolice.acknowledgeDueAt) - sent).toBeGreaterThanOrEqual(HOUR - 1000);
    expect(Date.parse(toPolice.acknowledgeDueAt) - sent).toBeLessThan(HOUR + 5000);
    const toHealth = (
      await w.worker
        .post(`/api/v1/cases/${kase.id}/referrals`)
        .send(
          referral(w.ids.healthOrg, 'urgent', {
            serviceType: 'medical_care',
            sharedFields: ['dateOfBirth'],
          }),
        )
        .expect(201)
    ).body;
    expect(Date.parse(toHealth.acknowledgeDueAt) - sent).toBeGreaterThanOrEqual(24 * HOUR - 1000);
    const toSchool = (
      await w.worker
        .post(`/api/v1/cases/${kase.id}/referrals`)
        .send(referral(w.ids.schoolOrg, 'routine', { serviceType: 'education_support' }))
        .expect(201)
    ).body;

    // Each queue holds its own referral; the police staff hear of theirs.
    expect((await inbox(w.police)).map((r: { id: string }) => r.id)).toEqual([toPolice.id]);
    expect((await inbox(w.health)).map((r: { id: string }) => r.id)).toEqual([toHealth.id]);
    expect((await inbox(w.school)).map((r: { id: string }) => r.id)).toEqual([toSchool.id]);
    expect(await inbox(w.otherPolice)).toEqual([]);
    for (const client of [w.police, w.police2]) {
      await eventually(async () => {
        const [received] = await notifications(client, 'referral_received');
        expect(received.entityId).toBe(toPolice.id);
        expect(received.message).toContain(kase.code);
        expect(received.message).toContain('khẩn cấp');
      });
    }

    // Acceptance comes after acknowledgement, and the refusal says what is allowed.
    const early = await w.police.post(`/api/v1/referrals/${toPolice.id}/accept`).send({});
    expect(early.status).toBe(409);
    expect(early.body.detail).toContain('acknowledge');

    const outcomes: Record<string, string> = {
      police: 'Đã xác minh; người cha bị xử phạt hành chính và cam kết không tái phạm.',
      health: 'Đã khám, điều trị vết bầm; không có tổn thương nặng.',
      school: 'Giáo viên chủ nhiệm theo dõi, hỗ trợ học tập hằng tuần.',
    };
    const pairs: [string, Client, { id: string }, string][] = [
      ['police', w.police, toPolice, 'ca-badinh'],
      ['health', w.health, toHealth, 'yte-badinh'],
      ['school', w.school, toSchool, 'th-badinh'],
    ];
    for (const [agency, client, sentReferral, staff] of pairs) {
      const path = `/api/v1/referrals/${sentReferral.id}`;
      const acknowledged = await client.post(`${path}/acknowledge`).expect(200);
      expect(acknowledged.body.status).toBe('acknowledged');
      expect(acknowledged.headers.etag).toBe(`"${acknowledged.body.version}"`);
      const accepted = await client
        .post(`${path}/accept`)
        .set('If-Match', acknowledged.headers.etag)
        .send({})
        .expect(200);
      expect(accepted.body.status).toBe('accepted');
      expect(accepted.body.completeDueAt).not.toBeNull();
      expect(accepted.body.assignee.id).toBe(w.ids[staff]);
      const completed = await client
        .post(`${path}/complete`)
        .send({ outcome: outcomes[agency], servicesDelivered: [`Dịch vụ của ${agency}`] })
        .expect(200);
      expect(completed.body).toMatchObject({ status: 'completed', outcome: outcomes[agency] });
      await client.post(`${path}/complete`).send({ outcome: 'lần hai' }).expect(409);
    }
    // A stale If-Match is refused.
    await w.police
      .post(`/api/v1/referrals/${toPolice.id}/complete`)
      .set('If-Match', '"1"')
      .send({ outcome: 'x' })
      .expect(412);

    // The outcomes are on the case: its referrals and its timeline; the worker was told.
    const ofCase = (await w.worker.get(`/api/v1/cases/${kase.id}/referrals`).expect(200)).body
      .items;
    expect(
      Object.fromEntries(
        ofCase.map((r: { to: { organization: { type: string } }; outcome: string }) => [
          r.to.organization.type,
          r.outcome,
        ]),
      ),
    ).toEqual({
      police: outcomes.police,
      health_facility: outcomes.health,
      school: outcomes.school,
    });
    const timeline = (await w.approver.get(`/api/v1/cases/${kase.id}/timeline`).expect(200)).body;
    const actions = timeline.steps.map((s: { action: string }) => s.action);
    expect(actions.filter((a: string) => a === 'referral_sent')).toHaveLength(3);
    expect(actions.filter((a: string) => a === 'referral_completed')).toHaveLength(3);
    await eventually(async () =>
      expect(await notifications(w.worker, 'referral_completed')).toHaveLength(3),
    );
    const [latest] = await notifications(w.worker, 'referral_completed');
    expect(latest.message).toMatch(/đã hoàn thành và báo cáo kết quả/);
    expect(latest.message).not.toContain(outcomes.school);
  });

  it('orders a queue by urgency, then age; filters by status and urgency', async () => {
    const kase = await reportedCase(w, clock.now().toISOString());
    const ids: string[] = [];
    for (const urgency of ['routine', 'urgent', 'emergency', 'routine'] as const) {
      ids.push(
        (
          await w.worker
            .post(`/api/v1/cases/${kase.id}/referrals`)
            .send(referral(w.ids.otherPoliceOrg, urgency))
            .expect(201)
        ).body.id,
      );
    }
    const queue = (await inbox(w.otherPolice, '&status=pending')).map((r: { id: string }) => r.id);
    expect(queue).toEqual([ids[2], ids[1], ids[0], ids[3]]);
    const page1 = (await w.otherPolice.get('/api/v1/referrals/inbox?limit=2').expect(200)).body;
    const page2 = (
      await w.otherPolice
        .get(`/api/v1/referrals/inbox?limit=2&cursor=${page1.nextCursor}`)
        .expect(200)
    ).body;
    expect([...page1.items, ...page2.items].map((r: { id: string }) => r.id)).toEqual(queue);
    expect((await inbox(w.otherPolice, '&urgency=routine')).length).toBe(2);
    const sent = (await w.worker.get('/api/v1/referrals/outbox?limit=200').expect(200)).body.items;
    expect(sent.map((r: { id: string }) => r.id)).toEqual(expect.arrayContaining(ids));
  });

  it('shows the receiving side only what was shared, and audits every read', async () => {
    const kase = await reportedCase(w, clock.now().toISOString());
    const shared = (
      await w.worker
        .post(`/api/v1/cases/${kase.id}/referrals`)
        .send(referral(w.ids.policeOrg, 'urgent', { sharedFields: ['reportSummary', 'location'] }))
        .expect(201)
    ).body;
    const bare = (
      await w.worker
        .post(`/api/v1/cases/${kase.id}/referrals`)
        .send(referral(w.ids.schoolOrg, 'routine'))
        .expect(201)
    ).body;
    const view = (await w.police.get(`/api/v1/referrals/${shared.id}`).expect(200)).body;
    expect(view).toMatchObject({
      view: 'receiving',
      caseId: null,
      caseCode: kase.code,
      sharedFields: ['reportSummary', 'location'],
      children: [
        {
          fullName: 'Bé Na',
          sex: 'unknown',
          communeCode: '00004',
          communeName: expect.any(String),
        },
      ],
      case: {
        reportSummary: 'Hàng xóm nghe tiếng trẻ khóc và tiếng đánh đập nhiều đêm liền.',
        location: expect.objectContaining({ address: 'Ngõ 12 phố Đội Cấn' }),
      },
      from: {
        organization: { id: w.ids.communeA1 },
        worker: { id: w.ids.ctxh, fullName: 'Người dùng ctxh' },
      },
    });
    expect(Object.keys(view.children[0]).sort()).toEqual(
      ['age', 'communeCode', 'communeName', 'fullName', 'sex'].sort(),
    );
    const schoolView = (await w.school.get(`/api/v1/referrals/${bare.id}`).expect(200)).body;
    expect(schoolView.case).toEqual({});
    expect(JSON.stringify(schoolView)).not.toContain('đánh đập');
    expect(JSON.stringify(schoolView)).not.toContain('Đội Cấn');
    expect(JSON.stringify(schoolView)).not.toContain(kase.id);

    // Another organisation's staff, another commune's worker: as if it did not exist.
    await w.otherPolice.get(`/api/v1/referrals/${shared.id}`).expect(404);
    await w.otherPolice.post(`/api/v1/referrals/${shared.id}/acknowledge`).expect(404);
    await w.school.get(`/api/v1/referrals/${shared.id}`).expect(404);
    await w.outsider.get(`/api/v1/referrals/${shared.id}`).expect(404);
    await w.outsider
      .post(`/api/v1/referrals/${shared.id}/cancel`)
      .send({ reason: 'x' })
      .expect(404);
    // Agency staff never read the case itself.
    await w.police.get(`/api/v1/cases/${kase.id}`).expect(403);

    const [read] = await t.dataSource.query(
      `SELECT actor_id, details FROM audit_events
        WHERE action = 'referral.read' AND entity_id = $1`,
      [shared.id],
    );
    expect(read).toMatchObject({ actor_id: w.ids['ca-badinh'], details: { view: 'receiving' } });
    // Sealed at rest: neither the reason nor the shared report is readable in the table.
    const [row] = await t.dataSource.query('SELECT reason, shared FROM referrals WHERE id = $1', [
      shared.id,
    ]);
    expect(`${row.reason}${row.shared}`).not.toMatch(/bạo lực|đánh đập|Bé Na/);
  });

  it('ends a declined or a cancelled referral with its reason, and stops sharing', async () => {
    const kase = await reportedCase(w, clock.now().toISOString());
    const declined = (
      await w.worker
        .post(`/api/v1/cases/${kase.id}/referrals`)
        .send(referral(w.ids.healthOrg, 'urgent', { sharedFields: ['reportSummary'] }))
        .expect(201)
    ).body;
    await w.health.post(`/api/v1/referrals/${declined.id}/acknowledge`).expect(200);
    const refused = await w.health.post(`/api/v1/referrals/${declined.id}/decline`).send({});
    expect(refused.status).toBe(400);
    expect(refused.body.errors[0].field).toBe('reason');
    const reason = 'Trạm không có bác sĩ pháp y; đề nghị chuyển bệnh viện tỉnh.';
    const after = (
      await w.health.post(`/api/v1/referrals/${declined.id}/decline`).send({ reason }).expect(200)
    ).body;
    expect(after).toMatchObject({
      status: 'declined',
      declineReason: reason,
      reason: null,
      children: [],
      case: {},
    });
    const senderView = (await w.worker.get(`/api/v1/referrals/${declined.id}`).expect(200)).body;
    expect(senderView).toMatchObject({ status: 'declined', declineReason: reason });
    expect(senderView.reason).toContain('bạo lực');
    await eventually(async () => {
      const [told] = await notifications(w.worker, 'referral_declined');
      expect(told.entityId).toBe(declined.id);
    });

    const cancelled = (
      await w.worker
        .post(`/api/v1/cases/${kase.id}/referrals`)
        .send(referral(w.ids.schoolOrg, 'routine'))
        .expect(201)
    ).body;
    await w.school
      .post(`/api/v1/referrals/${cancelled.id}/cancel`)
      .send({ reason: 'x' })
      .expect(403);
    await w.worker
      .post(`/api/v1/referrals/${cancelled.id}/cancel`)
      .send({ reason: 'Gia đình đã chuyển trường cho trẻ.' })
      .expect(200);
    const schoolView = (await w.school.get(`/api/v1/referrals/${cancelled.id}`).expect(200)).body;
    expect(schoolView).toMatchObject({
      status: 'cancelled',
      cancelReason: 'Gia đình đã chuyển trường cho trẻ.',
      children: [],
      allowedActions: [],
    });
    await w.school.post(`/api/v1/referrals/${cancelled.id}/acknowledge`).expect(409);
    await eventually(async () => {
      const [told] = await notifications(w.school, 'referral_cancelled');
      expect(told.entityId).toBe(cancelled.id);
    });
    const timeline = (await w.worker.get(`/api/v1/cases/${kase.id}/timeline`).expect(200)).body;
    expect(timeline.steps.map((s: { action: string }) => s.action)).toEqual(
      expect.arrayContaining(['referral_declined', 'referral_cancelled']),
    );
  });

  it('refuses a referral to an unknown service, a commune office or from a closed case', async () => {
    const kase = await reportedCase(w, clock.now().toISOString());
    const bad = await w.worker
      .post(`/api/v1/cases/${kase.id}/referrals`)
      .send(referral(w.ids.communeA2, 'urgent', { serviceType: 'teleportation' }))
      .expect(422);
    expect(bad.headers['content-type']).toMatch(/problem\+json/);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual([
      'serviceType',
      'toOrganizationId',
    ]);
    expect(bad.body.errors[0].message).toMatch(/[ăâđêôơư]/);
    await w.worker
      .post(`/api/v1/cases/${kase.id}/referrals`)
      .send({
        ...referral(w.ids.policeOrg, 'urgent'),
        urgency: 'soon',
        sharedFields: ['everything'],
      })
      .expect(400);
    await w.outsider
      .post(`/api/v1/cases/${kase.id}/referrals`)
      .send(referral(w.ids.policeOrg, 'urgent'))
      .expect(404);
    await w.worker
      .post(`/api/v1/cases/${kase.id}/initial-assessment`)
      .send({
        ratings: {
          harm: 'low',
          abuserAccess: 'low',
          careEnvironment: 'low',
          selfProtection: 'low',
        },
        immediateDanger: false,
        level: 'prevention',
      })
      .expect(200);
    await w.worker
      .post(`/api/v1/cases/${kase.id}/close`)
      .send({ reason: 'Không có dấu hiệu.' })
      .expect(200);
    await withStepUp(t, 'chutich', w.approver.post(`/api/v1/cases/${kase.id}/close/approve`))
      .send({})
      .expect(200);
    await w.worker
      .post(`/api/v1/cases/${kase.id}/referrals`)
      .send(referral(w.ids.policeOrg, 'urgent'))
      .expect(409);
  });

  it('reminds, then escalates an overdue referral exactly once to both sides', async () => {
    const kase = await reportedCase(w, clock.now().toISOString());
    const late = (
      await w.worker
        .post(`/api/v1/cases/${kase.id}/referrals`)
        .send(referral(w.ids.policeOrg, 'emergency'))
        .expect(201)
    ).body;
    const escalations = async (client: Client) =>
      (await notifications(client, 'referral_escalation')).filter(
        (n: { entityId: string }) => n.entityId === late.id,
      );

    // 46 minutes on: the acknowledgement is due in 14 (the reminder goes a quarter of the hour
    // ahead); the police are reminded. (The escalation, over 10 minutes away, waits in the outbox.)
    clock.advance(46 * 60_000);
    await eventually(async () => {
      const reminders = (await notifications(w.police, 'referral_reminder')).filter(
        (n: { entityId: string }) => n.entityId === late.id,
      );
      expect(reminders).toHaveLength(1);
    });
    expect((await inbox(w.police, '&overdue=true')).map((r: { id: string }) => r.id)).not.toContain(
      late.id,
    );

    // 61 minutes on: overdue. The worker and every officer of the unit hear of it once.
    clock.advance(15 * 60_000);
    for (const client of [w.worker, w.police, w.police2]) {
      await eventually(async () => expect(await escalations(client)).toHaveLength(1));
    }
    expect(await escalations(w.health)).toEqual([]);
    const overdue = await inbox(w.police, '&overdue=true');
    expect(overdue.map((r: { id: string }) => r.id)).toContain(late.id);
    expect(overdue.find((r: { id: string }) => r.id === late.id).overdue).toBe(true);

    // The job delivered again, the relay run again: nothing more.
    const jobs = t.app.get(DeadlineJobs);
    const payload = {
      caseId: kase.id,
      kind: 'referral_acknowledge',
      item: late.id,
      dueAt: late.acknowledgeDueAt,
      stage: 'escalation' as const,
    };
    expect(await jobs.check(payload)).toBe('escalated before');
    await t.app.get(OutboxRelay).dispatchPending();
    await new Promise((resolve) => setTimeout(resolve, 500));
    for (const client of [w.worker, w.police, w.police2]) {
      expect(await escalations(client)).toHaveLength(1);
    }
    const timeline = (await w.worker.get(`/api/v1/cases/${kase.id}/timeline`).expect(200)).body;
    expect(
      timeline.steps.filter((s: { action: string }) => s.action === 'referral_escalated'),
    ).toHaveLength(1);

    // Acknowledged late, the step is done: no longer overdue for acknowledgement.
    await w.police.post(`/api/v1/referrals/${late.id}/acknowledge`).expect(200);
    expect(await jobs.check(payload)).toBe('no longer due');
  });

  it('gives referral figures per organisation and agency type', async () => {
    const figures = (await w.province.get('/api/v1/referrals/figures').expect(200)).body;
    const police = figures.byOrganization.find(
      (row: { organization: { id: string } }) => row.organization.id === w.ids.policeOrg,
    );
    expect(police.byStatus.completed).toBeGreaterThanOrEqual(1);
    expect(police.toAcknowledge.count).toBeGreaterThanOrEqual(1);
    expect(police.toAcknowledge.medianHours).toEqual(expect.any(Number));
    expect(police.overdue).toBeGreaterThanOrEqual(1);
    expect(police.overdueShare).toBeCloseTo(police.overdue / police.total, 3);
    const byType = figures.byAgencyType.find(
      (row: { agencyType: string }) => row.agencyType === 'police',
    );
    expect(byType.total).toBe(
      figures.byOrganization
        .filter((row: { organization: { type: string } }) => row.organization.type === 'police')
        .reduce((sum: number, row: { total: number }) => sum + row.total, 0),
    );
    const total = figures.byAgencyType.reduce(
      (sum: number, row: { total: number }) => sum + row.total,
      0,
    );
    const [{ count }] = await t.dataSource.query('SELECT count(*)::int AS count FROM referrals');
    expect(total).toBe(count);
  });

  it('names who may handle an accepted referral: the organisation’s own staff', async () => {
    const own = (await w.police.get('/api/v1/referrals/handlers').expect(200)).body.items;
    expect(own.map((h: { id: string }) => h.id).sort()).toEqual(
      [w.ids['ca-badinh'], w.ids['ca-badinh-2']].sort(),
    );
    expect(Object.keys(own[0]).sort()).toEqual(['email', 'fullName', 'id', 'phone']);
    const other = (await w.otherPolice.get('/api/v1/referrals/handlers').expect(200)).body.items;
    expect(other.map((h: { id: string }) => h.id)).not.toContain(w.ids['ca-badinh']);
    await w.worker.get('/api/v1/referrals/handlers').expect(403);
  });
});
