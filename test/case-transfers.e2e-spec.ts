import { DeadlineJobs } from '../src/cases/deadline-engine.js';
import { createTestApp, type TestApp, TestClock } from './app.js';
import {
  BODIES,
  type CaseWorld,
  caseChildIds,
  caseWorld,
  forChildren,
  hotlineReport,
} from './case-world.js';
import { referral } from './referral-world.js';
import {
  AREA,
  createAccount,
  createOrganization,
  eventually,
  signIn,
  withStepUp,
} from './world.js';

type Client = ReturnType<TestApp['as']>;

const HOUR = 3_600_000;

/**
 * A case goes to the commune where the child lives (Law on Children art. 52), across provinces
 * too: commune A1 (Hà Nội) hands it to commune B1 (Hồ Chí Minh). The receiver accepts or
 * declines; access follows the holder; commune A2 has no part in it.
 */
describe('transfer of a case between communes', () => {
  const clock = new TestClock();
  let t: TestApp;
  let w: CaseWorld;
  /** Commune B1's social worker and chair, and province B's officer. */
  let workerB: Client;
  let chairB: Client;
  let provinceB: Client;
  /** Staff of the police of province B, which A1 refers the child to before the hand-over. */
  let policeB: Client;
  const ids: Record<string, string> = {};

  const notifications = async (client: Client, kind: string) =>
    (await client.get('/api/v1/notifications?limit=200').expect(200)).body.items.filter(
      (n: { kind: string }) => n.kind === kind,
    );
  const newCase = async () => {
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
    return kase as { id: string; code: string; deadlines: Record<string, string | null> };
  };
  const transfer = (caseId: string, body: object = {}) =>
    w.worker.post(`/api/v1/cases/${caseId}/transfer`).send({
      toCommuneCode: AREA.communeB1,
      reason: 'Gia đình trẻ đã chuyển về sinh sống tại phường Thủ Dầu Một.',
      note: 'Mẹ trẻ: 0912345678.',
      ...body,
    });

  beforeAll(async () => {
    t = await createTestApp({ clock });
    w = await caseWorld(t);
    ids.communeB1 = await createOrganization(
      t,
      'UBND phường Thủ Dầu Một',
      'commune_committee',
      AREA.provinceB,
      AREA.communeB1,
    );
    ids.departmentB = await createOrganization(
      t,
      'Sở Y tế TP. Hồ Chí Minh',
      'provincial_department',
      AREA.provinceB,
    );
    const as = async (username: string, organization: string, role: 'social_worker') => {
      ids[username] = (await createAccount(t, username, organization, [role])).id;
      return t.as((await signIn(t, username)).accessToken);
    };
    workerB = await as('ctxh-b', ids.communeB1, 'social_worker');
    ids['chutich-b'] = (await createAccount(t, 'chutich-b', ids.communeB1, ['case_approver'])).id;
    chairB = t.as((await signIn(t, 'chutich-b')).accessToken);
    ids['so-b'] = (await createAccount(t, 'so-b', ids.departmentB, ['province_officer'])).id;
    provinceB = t.as((await signIn(t, 'so-b')).accessToken);
    ids.policeB = await createOrganization(t, 'Công an TP. Hồ Chí Minh', 'police', AREA.provinceB);
    await createAccount(t, 'congan-b', ids.policeB, ['agency_staff']);
    policeB = t.as((await signIn(t, 'congan-b')).accessToken);
  });
  afterAll(() => t.close());

  it('hands a case over on acceptance: the receiver acts, the sender reads up to the hand-over', async () => {
    const kase = await newCase();
    await w.worker
      .post(`/api/v1/cases/${kase.id}/notes`)
      .send({ text: 'Đã gặp mẹ của trẻ.' })
      .expect(201);
    const sent = (
      await w.worker
        .post(`/api/v1/cases/${kase.id}/referrals`)
        .send(referral(ids.policeB, 'urgent'))
        .expect(201)
    ).body;
    const before = (await w.worker.get(`/api/v1/cases/${kase.id}`).expect(200)).body;
    expect(before.holdings).toEqual([
      expect.objectContaining({
        communeCode: AREA.communeA1,
        communeName: 'Phường Ba Đình',
        heldFrom: before.receivedAt,
        heldUntil: null,
        handedOverBy: null,
        acceptedBy: null,
        reason: null,
      }),
    ]);

    // Commune A1 asks B1 to take the case over; B1 sees it and hears of it, A2 does not.
    const asked = (await transfer(kase.id).expect(201)).body;
    expect(asked).toMatchObject({
      caseId: kase.id,
      caseCode: kase.code,
      status: 'pending',
      from: { provinceCode: AREA.provinceA, communeCode: AREA.communeA1 },
      to: { provinceCode: AREA.provinceB, communeCode: AREA.communeB1 },
      reason: 'Gia đình trẻ đã chuyển về sinh sống tại phường Thủ Dầu Một.',
      note: 'Mẹ trẻ: 0912345678.',
      requestedBy: { id: w.ids.ctxh },
      decidedBy: null,
    });
    const pending = (await w.worker.get(`/api/v1/cases/${kase.id}`).expect(200)).body;
    expect(pending.transfer).toMatchObject({ id: asked.id, status: 'pending' });
    expect(pending.communeCode).toBe(AREA.communeA1);
    for (const client of [workerB, chairB]) {
      await eventually(async () =>
        expect(await notifications(client, 'case_transfer_requested')).toEqual([
          expect.objectContaining({ message: expect.stringContaining(kase.code) }),
        ]),
      );
    }
    expect(await notifications(w.outsider, 'case_transfer_requested')).toEqual([]);
    const incoming = (
      await workerB.get('/api/v1/cases/transfers?direction=incoming&status=pending').expect(200)
    ).body.items;
    expect(incoming).toEqual([
      expect.objectContaining({
        id: asked.id,
        caseCode: kase.code,
        reason: asked.reason,
        from: expect.objectContaining({ communeName: 'Phường Ba Đình' }),
        case: {
          level: 'support',
          status: 'assessed',
          children: [
            {
              id: expect.any(String),
              fullName: 'Bé Na',
              dateOfBirth: '2019-01-01',
              dobPrecision: 'estimated',
            },
          ],
        },
      }),
    ]);
    // Until it accepts, B1 reads the transfer, not the case; the case is not in A2's list either.
    await workerB.get(`/api/v1/cases/${kase.id}`).expect(404);
    expect(
      (await w.outsider.get('/api/v1/cases/transfers?direction=incoming').expect(200)).body.items,
    ).toEqual([]);
    expect(
      (await w.worker.get('/api/v1/cases/transfers?direction=outgoing').expect(200)).body.items.map(
        (i: { id: string }) => i.id,
      ),
    ).toContain(asked.id);

    // B1's chair accepts: the case is B1's, with its code and deadlines, and no one assigned.
    clock.advance(HOUR);
    const accepted = (await chairB.post(`/api/v1/cases/${kase.id}/transfer/accept`).expect(200))
      .body;
    expect(accepted).toMatchObject({ status: 'accepted', decidedBy: { id: ids['chutich-b'] } });
    await eventually(async () =>
      expect(await notifications(w.worker, 'case_transfer_accepted')).toHaveLength(1),
    );
    const held = (await workerB.get(`/api/v1/cases/${kase.id}`).expect(200)).body;
    expect(held).toMatchObject({
      code: kase.code,
      provinceCode: AREA.provinceB,
      communeCode: AREA.communeB1,
      assignedTo: null,
      heldUntil: null,
      readOnly: false,
      transfer: null,
      deadlines: before.deadlines,
    });
    expect(held.allowedActions).toContain('assessment');
    expect(held.holdings).toEqual([
      expect.objectContaining({ communeCode: AREA.communeA1, heldUntil: accepted.decidedAt }),
      {
        provinceCode: AREA.provinceB,
        communeCode: AREA.communeB1,
        communeName: expect.any(String),
        heldFrom: accepted.decidedAt,
        heldUntil: null,
        handedOverBy: { id: w.ids.ctxh, fullName: expect.any(String) },
        acceptedBy: { id: ids['chutich-b'], fullName: expect.any(String) },
        reason: asked.reason,
      },
    ]);
    // The same deadline rows, the same due times
    const open = await t.dataSource.query(
      "SELECT kind, due_at FROM deadlines WHERE case_id = $1 AND state = 'open' ORDER BY kind",
      [kase.id],
    );
    // (and the referral sent before, still owed by the police).
    expect(open.map((d: { kind: string }) => d.kind)).toEqual([
      'plan',
      'plan_approval',
      'referral_accept',
      'referral_acknowledge',
    ]);
    expect(open.find((d: { kind: string }) => d.kind === 'plan').due_at.toISOString()).toBe(
      before.deadlines.planDueAt,
    );

    // B1 acts on it: assigns its worker, records the assessment, adds a note.
    await workerB
      .post(`/api/v1/cases/${kase.id}/assign`)
      .send({ userId: ids['ctxh-b'] })
      .expect(200);
    await workerB
      .post(`/api/v1/cases/${kase.id}/assessment`)
      .send(forChildren('assessment', BODIES.assessment, await caseChildIds(t, kase.id)))
      .expect(200);
    await workerB
      .post(`/api/v1/cases/${kase.id}/notes`)
      .send({ text: 'Đã thăm gia đình tại nơi ở mới.' })
      .expect(201);

    // The referral A1 sent keeps working: its steps reach the case and B1's worker, not A1.
    await policeB.post(`/api/v1/referrals/${sent.id}/acknowledge`).send({}).expect(200);
    await eventually(async () =>
      expect(await notifications(workerB, 'referral_acknowledged')).toHaveLength(1),
    );
    expect(await notifications(w.worker, 'referral_acknowledged')).toEqual([]);
    const referralsOf = async (client: Client) =>
      (await client.get(`/api/v1/cases/${kase.id}/referrals`).expect(200)).body.items.map(
        (r: { id: string }) => r.id,
      );
    expect(await referralsOf(workerB)).toEqual([sent.id]);
    expect(await referralsOf(w.worker)).toEqual([]);
    await w.worker.post(`/api/v1/referrals/${sent.id}/cancel`).send({ reason: 'x' }).expect(404);
    // New referrals are sent by the new holder.
    await workerB
      .post(`/api/v1/cases/${kase.id}/referrals`)
      .send(referral(ids.policeB, 'routine'))
      .expect(201);

    // A1 can no longer act on it: each write names the rule.
    for (const [client, path, body] of [
      [w.worker, 'notes', { text: 'x' }],
      [w.worker, 'assign', { userId: w.ids.ctxh }],
      [w.worker, 'assessment', BODIES.assessment],
      [
        w.worker,
        'referrals',
        {
          toOrganizationId: ids.communeB1,
          serviceType: 'counselling',
          urgency: 'routine',
          reason: 'x',
        },
      ],
      [w.worker, 'transfer', { toCommuneCode: AREA.communeA2, reason: 'x' }],
      [w.approver, 'close/approve', {}],
    ] as const) {
      const request = client.post(`/api/v1/cases/${kase.id}/${path}`);
      const res = await (client === w.approver ? withStepUp(t, 'chutich', request) : request).send(
        body,
      );
      expect({ path, status: res.status, type: res.body.type }).toEqual({
        path,
        status: 409,
        type: expect.stringMatching(/case-handed-over$/),
      });
    }
    const refused = await w.worker
      .post(`/api/v1/cases/${kase.id}/notes`)
      .set('Accept-Language', 'en')
      .send({ text: 'x' })
      .expect(409);
    expect(refused.body.detail).toMatch(/handed over to another commune .* art\. 52/);

    // A1 reads the case as it was handed over, with its steps and notes up to then, nothing after.
    const former = (await w.worker.get(`/api/v1/cases/${kase.id}`).expect(200)).body;
    expect(former).toMatchObject({
      code: kase.code,
      communeCode: AREA.communeA1,
      assignedTo: w.ids.ctxh,
      heldUntil: accepted.decidedAt,
      readOnly: true,
      allowedActions: [],
      transfer: null,
      version: before.version,
    });
    expect(former.holdings.map((h: { communeCode: string }) => h.communeCode)).toEqual([
      AREA.communeA1,
      AREA.communeB1,
    ]);
    const steps = (await w.worker.get(`/api/v1/cases/${kase.id}/timeline`).expect(200)).body.steps;
    expect(steps.map((s: { action: string }) => s.action)).toEqual([
      'intake',
      'initial-assessment',
      'referral_sent',
      'transfer',
      'transfer/accept',
    ]);
    expect(steps[3].reason).toBe(asked.reason);
    const fullSteps = (await workerB.get(`/api/v1/cases/${kase.id}/timeline`).expect(200)).body
      .steps;
    expect(fullSteps.map((s: { action: string }) => s.action)).toEqual(
      expect.arrayContaining(['assign', 'transfer/accept', 'referral_acknowledged']),
    );
    expect(fullSteps.length).toBeGreaterThan(steps.length);
    const notes = (await w.worker.get(`/api/v1/cases/${kase.id}/notes`).expect(200)).body;
    expect(notes.map((n: { text: string }) => n.text)).toEqual(['Đã gặp mẹ của trẻ.']);
    expect(
      (await workerB.get(`/api/v1/cases/${kase.id}/notes`).expect(200)).body.map(
        (n: { text: string }) => n.text,
      ),
    ).toEqual(['Đã gặp mẹ của trẻ.', 'Đã thăm gia đình tại nơi ở mới.']);
    // It is no longer in A1's list; it is in B1's.
    const listed = async (client: Client) =>
      (await client.get('/api/v1/cases?limit=200').expect(200)).body.items.map(
        (c: { id: string }) => c.id,
      );
    expect(await listed(w.worker)).not.toContain(kase.id);
    expect(await listed(workerB)).toContain(kase.id);
    // Province officers follow the same rule by province; A2 has no part in it.
    expect((await w.province.get(`/api/v1/cases/${kase.id}`).expect(200)).body.readOnly).toBe(true);
    expect((await provinceB.get(`/api/v1/cases/${kase.id}`).expect(200)).body.readOnly).toBe(false);
    for (const path of ['', '/timeline', '/notes']) {
      await w.outsider.get(`/api/v1/cases/${kase.id}${path}`).expect(404);
    }
    await w.outsider.post(`/api/v1/cases/${kase.id}/notes`).send({ text: 'x' }).expect(404);

    // Its deadlines, past due, are escalated to B1's people, looked up when the job fires.
    clock.advance(20 * 24 * HOUR);
    const jobs = t.app.get(DeadlineJobs);
    await jobs.check({
      caseId: kase.id,
      kind: 'plan',
      item: '',
      dueAt: before.deadlines.planDueAt!,
      stage: 'escalation',
    });
    for (const client of [workerB, chairB]) {
      await eventually(async () =>
        expect(
          (await notifications(client, 'deadline_escalation')).map(
            (n: { data: { caseCode: string } }) => n.data.caseCode,
          ),
        ).toContain(kase.code),
      );
    }
    for (const client of [w.worker, w.approver]) {
      expect(
        (await notifications(client, 'deadline_escalation')).map(
          (n: { data: { caseCode: string } }) => n.data.caseCode,
        ),
      ).not.toContain(kase.code);
    }
    // So is the referral A1 sent, still not accepted: to B1's worker, no longer to its sender.
    const escalated = (client: Client) =>
      notifications(client, 'referral_escalation').then((found) =>
        found.filter((n: { data: { referralId: string } }) => n.data.referralId === sent.id),
      );
    await eventually(async () => expect(await escalated(workerB)).toHaveLength(1));
    expect(await escalated(w.worker)).toEqual([]);
  });

  it('keeps the case with the sender when the receiver declines, or the sender cancels', async () => {
    const kase = await newCase();
    await transfer(kase.id).expect(201);
    // A commune outside both can neither decide nor cancel it.
    await w.outsider.post(`/api/v1/cases/${kase.id}/transfer/accept`).expect(404);
    await w.outsider
      .post(`/api/v1/cases/${kase.id}/transfer/cancel`)
      .send({ reason: 'x' })
      .expect(404);
    // The sender does not accept its own transfer; the receiver does not cancel it.
    await w.worker.post(`/api/v1/cases/${kase.id}/transfer/accept`).expect(404);
    await workerB
      .post(`/api/v1/cases/${kase.id}/transfer/cancel`)
      .send({ reason: 'x' })
      .expect(404);
    const declined = (
      await workerB
        .post(`/api/v1/cases/${kase.id}/transfer/decline`)
        .send({ reason: 'Trẻ không cư trú tại phường.' })
        .expect(200)
    ).body;
    expect(declined).toMatchObject({
      status: 'declined',
      decisionReason: 'Trẻ không cư trú tại phường.',
      decidedBy: { id: ids['ctxh-b'] },
    });
    // Decided once.
    const again = await workerB.post(`/api/v1/cases/${kase.id}/transfer/accept`).expect(409);
    expect(again.body.type).toMatch(/transfer-not-pending$/);
    const kept = (await w.worker.get(`/api/v1/cases/${kase.id}`).expect(200)).body;
    expect(kept).toMatchObject({ communeCode: AREA.communeA1, transfer: null, readOnly: false });
    expect(kept.holdings).toHaveLength(1);
    await workerB.get(`/api/v1/cases/${kase.id}`).expect(404);

    // Asked again, then withdrawn by the sender.
    const second = (await transfer(kase.id).expect(201)).body;
    const cancelled = (
      await w.approver
        .post(`/api/v1/cases/${kase.id}/transfer/cancel`)
        .send({ reason: 'Gia đình quay lại phường Ba Đình.' })
        .expect(200)
    ).body;
    expect(cancelled).toMatchObject({ id: second.id, status: 'cancelled' });
    await eventually(async () =>
      expect(await notifications(workerB, 'case_transfer_cancelled')).toHaveLength(1),
    );
    await chairB.post(`/api/v1/cases/${kase.id}/transfer/accept`).expect(409);
    const steps = (await w.worker.get(`/api/v1/cases/${kase.id}/timeline`).expect(200)).body.steps;
    expect(steps.map((s: { action: string }) => s.action).slice(-4)).toEqual([
      'transfer',
      'transfer/decline',
      'transfer',
      'transfer/cancel',
    ]);
    const audited = await t.dataSource.query(
      "SELECT action FROM audit_events WHERE entity_id = $1 AND action LIKE 'case.transfer%' ORDER BY id",
      [kase.id],
    );
    expect(audited.map((a: { action: string }) => a.action)).toEqual([
      'case.transfer',
      'case.transfer_decline',
      'case.transfer',
      'case.transfer_cancel',
    ]);
  });

  it('refuses, naming the rule: a second pending transfer, a closed case, an unknown or the same commune', async () => {
    const kase = await newCase();
    const unknown = await transfer(kase.id, { toCommuneCode: '99999' }).expect(422);
    expect(unknown.body.type).toMatch(/unknown-area$/);
    const same = await transfer(kase.id, { toCommuneCode: AREA.communeA1 }).expect(422);
    expect(same.body.type).toMatch(/transfer-same-commune$/);
    await transfer(kase.id).expect(201);
    const twice = await transfer(kase.id, { toCommuneCode: AREA.communeA2 })
      .set('Accept-Language', 'en')
      .expect(409);
    expect(twice.body.type).toMatch(/transfer-pending$/);
    expect(twice.body.detail).toContain(AREA.communeB1);
    const vi = await transfer(kase.id, { toCommuneCode: AREA.communeA2 }).expect(409);
    expect(vi.body.detail).toMatch(/chỉ có một yêu cầu chuyển giao/);
    // Only the holder's people ask: not a commune outside it, not a province officer.
    await w.outsider
      .post(`/api/v1/cases/${kase.id}/transfer`)
      .send({ toCommuneCode: AREA.communeA2, reason: 'x' })
      .expect(404);
    await w.province
      .post(`/api/v1/cases/${kase.id}/transfer`)
      .send({ toCommuneCode: AREA.communeA2, reason: 'x' })
      .expect(403);

    const closed = await newCase();
    await w.worker.post(`/api/v1/cases/${closed.id}/close`).send(BODIES.close).expect(200);
    await withStepUp(t, 'chutich', w.approver.post(`/api/v1/cases/${closed.id}/close/approve`))
      .send({})
      .expect(200);
    const refused = await transfer(closed.id).expect(409);
    expect(refused.body.type).toMatch(/transfer-case-closed$/);
  });
});
