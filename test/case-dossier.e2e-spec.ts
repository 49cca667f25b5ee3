import { FieldCipher } from '../src/common/field-cipher.js';
import { createTestApp, type TestApp } from './app.js';
import { postStep, BODIES, criteria, forChildren } from './case-world.js';
import { referral, type ReferralWorld, referralWorld } from './referral-world.js';
import { pdfText } from './pdf-text.js';
import { AREA, binary, eventually } from './world.js';

type Client = ReferralWorld['worker'];

const DAY = 86_400_000;

/**
 * What the dossier of a case holds (issue 22): the assessment and the case meeting's minutes
 * before a plan, the plan's actions followed to the end, closure only on a review finding the
 * child safe and stable, and the say of every child aged 7 or more.
 */
describe('the case dossier, over HTTP', () => {
  let t: TestApp;
  let w: ReferralWorld;
  /** Registry children of commune A1: aged 11, and aged 4 (too young to be asked). */
  let older: string;
  let younger: string;

  const step = (kase: string, action: string, body: object = BODIES[action]) =>
    postStep(t, w, action, `/api/v1/cases/${kase}/${action}`).send(body);

  /** A case about the given children, received an hour ago, taken to a status step by step. */
  const caseAbout = async (childIds: string[], ...actions: string[]) => {
    const kase = (
      await w.worker
        .post('/api/v1/cases')
        .send({
          childIds,
          source: 'school',
          receivedAt: new Date(Date.now() - 3_600_000).toISOString(),
          summary: 'Cô giáo thấy trẻ có nhiều vết bầm.',
          concerns: ['violence'],
        })
        .expect(201)
    ).body;
    for (const action of actions) {
      await step(kase.id, action, forChildren(action, BODIES[action], childIds)).expect(200);
    }
    return kase as { id: string; code: string };
  };
  const read = async (kase: string) => (await w.worker.get(`/api/v1/cases/${kase}`)).body;
  const actionsOf = async (kase: string, client: Client = w.worker) =>
    (await client.get(`/api/v1/cases/${kase}/plan/actions`).expect(200)).body;
  const toPlanning = ['initial-assessment', 'assessment'];
  const toInProgress = [...toPlanning, 'plan', 'plan/approve'];

  beforeAll(async () => {
    t = await createTestApp();
    w = await referralWorld(t);
    const child = async (fullName: string, dateOfBirth: string) =>
      (
        await w.officer
          .post('/api/v1/children')
          .send({
            fullName,
            dateOfBirth,
            sex: 'female',
            provinceCode: AREA.provinceA,
            communeCode: AREA.communeA1,
          })
          .expect(201)
      ).body.id as string;
    older = await child('Trần Thị Mai', '2015-06-01');
    younger = await child('Trần Thị Cúc', '2022-06-01');
  });
  afterAll(() => t.close());

  it('submits a plan only with the assessment (Mẫu 03) and the case meeting’s minutes', async () => {
    // Closed at the initial assessment (no concern), then reopened: planning without a Mẫu 03.
    const reopened = await caseAbout([older], 'initial-assessment', 'close', 'close/approve');
    await step(reopened.id, 'reopen').expect(200);
    const plan = forChildren('plan', BODIES.plan, [older]);
    const noAssessment = await step(reopened.id, 'plan', plan).expect(409);
    expect(noAssessment.body.type).toMatch(/plan-needs-assessment$/);
    expect(noAssessment.body.detail).toContain('báo cáo đánh giá toàn diện (Mẫu 03)');
    expect(noAssessment.body.detail).toContain('Điều 28');

    // An assessment before the meeting was held: the plan waits for its minutes.
    const { conference: _conference, ...beforeMeeting } = BODIES.assessment as {
      conference: object;
    };
    const kase = await caseAbout([older], 'initial-assessment');
    await step(kase.id, 'assessment', forChildren('assessment', beforeMeeting, [older])).expect(
      200,
    );
    const before = await read(kase.id);
    expect(before.status).toBe('planning');
    const noMinutes = await step(kase.id, 'plan', plan).set('Accept-Language', 'en').expect(409);
    expect(noMinutes.body).toMatchObject({
      type: expect.stringMatching(/plan-needs-case-meeting$/),
      title: 'No case meeting minutes',
      detail: expect.stringContaining('who took part (organisation, role) and what was agreed'),
    });
    expect((await read(kase.id)).version).toBe(before.version);

    // The minutes name who took part, with their organisation or role, and what was agreed.
    const conference = (BODIES.assessment as { conference: Record<string, unknown> }).conference;
    const assessmentWith = (change: object) =>
      forChildren(
        'assessment',
        { ...BODIES.assessment, conference: { ...conference, ...change } },
        [older],
      );
    const badMinutes = await step(
      kase.id,
      'assessment',
      assessmentWith({ participants: ['Cán bộ xã', 'Công an'], agreed: [] }),
    ).expect(400);
    expect(badMinutes.body.errors.map((e: { field: string }) => e.field).sort()).toEqual([
      'conference.agreed',
      'conference.participants.0',
      'conference.participants.1',
    ]);
    const future = await step(
      kase.id,
      'assessment',
      assessmentWith({ heldAt: new Date(Date.now() + DAY).toISOString() }),
    ).expect(422);
    expect(future.body.errors).toEqual([
      { field: 'conference.heldAt', message: 'Thời điểm này không được ở tương lai.' },
    ]);
    // Held: the assessment recorded again, in planning, with the minutes; then the plan goes.
    const amended = await step(kase.id, 'assessment', assessmentWith({})).expect(200);
    expect(amended.body.status).toBe('planning');
    expect((await step(kase.id, 'plan', plan).expect(200)).body.status).toBe('plan_submitted');
    await w.worker.get(`/api/v1/cases/${kase.id}/forms/mau-03`).expect(200);
  });

  it('hears every child aged 7 or more at the assessment, and asks for consent at the plan', async () => {
    const kase = await caseAbout([older, younger], 'initial-assessment');
    const assessment = BODIES.assessment;
    const notHeard = await step(kase.id, 'assessment', assessment).expect(422);
    expect(notHeard.body).toMatchObject({
      type: expect.stringMatching(/child-not-heard$/),
      title: 'Chưa lấy ý kiến của trẻ em',
      detail: expect.stringContaining('Luật Trẻ em 2016, Điều 34'),
    });
    // Only the older child is owed a hearing.
    expect(notHeard.body.errors).toEqual([
      {
        field: 'childViews',
        message:
          'Trẻ em từ đủ 7 tuổi trở lên: cần ghi việc trẻ được lấy ý kiến và ý kiến của trẻ (Luật Trẻ em, Điều 34).',
      },
    ]);
    const english = await step(kase.id, 'assessment', assessment)
      .set('Accept-Language', 'en')
      .expect(422);
    expect(english.body.errors[0].message).toBe(
      `child ${older} is aged 7 or more: record that the child was heard and what the child said`,
    );
    // Heard, the child's words are recorded; not heard, why.
    await step(kase.id, 'assessment', {
      ...assessment,
      childViews: [{ childId: older, heard: true }],
    }).expect(400);
    await step(kase.id, 'assessment', {
      ...assessment,
      childViews: [{ childId: older, heard: false }],
    }).expect(400);
    const strangers = await step(kase.id, 'assessment', {
      ...assessment,
      childViews: [
        { childId: older, heard: true, views: 'Con sợ bố.' },
        { childId: w.ids.ctxh, heard: true, views: 'x' },
        { childId: older, heard: true, views: 'Con sợ bố.' },
      ],
    }).expect(422);
    expect(strangers.body.errors).toEqual([
      { field: 'childViews.1.childId', message: 'Trẻ em này không thuộc hồ sơ.' },
      {
        field: 'childViews.2.childId',
        message: 'Trẻ em này đã được ghi ở phần tử khác của danh sách.',
      },
    ]);
    const heard = await step(kase.id, 'assessment', {
      ...assessment,
      childViews: [{ childId: older, heard: true, views: 'Con muốn ở với bà ngoại.' }],
    }).expect(200);
    expect(heard.body.status).toBe('planning');

    const representatives = [
      {
        childId: older,
        asked: true,
        fullName: 'Nguyễn Thị Lan',
        relationship: 'Mẹ',
        agrees: false,
        views: 'Tôi không muốn công an đến nhà.',
      },
      { childId: younger, asked: false, reason: 'Cha là người gây tổn hại cho trẻ.' },
    ];
    const noConsent = await step(kase.id, 'plan', {
      ...BODIES.plan,
      representativeConsents: representatives,
    }).expect(422);
    expect(noConsent.body.type).toMatch(/child-consent-missing$/);
    expect(noConsent.body.errors.map((e: { field: string }) => e.field)).toEqual(['childConsents']);
    const childConsents = [{ childId: older, agrees: false, views: 'Con không muốn gặp công an.' }];
    // The parent's or guardian's say, for every child whatever the age: asked, or why not.
    const noParent = await step(kase.id, 'plan', {
      ...BODIES.plan,
      childConsents,
      representativeConsents: representatives.slice(0, 1),
    }).expect(422);
    expect(noParent.body).toMatchObject({
      type: expect.stringMatching(/representative-consent-missing$/),
      detail: expect.stringContaining('Luật Bảo vệ dữ liệu cá nhân 2025, Điều 24'),
      errors: [
        {
          field: 'representativeConsents',
          message:
            'Cần ghi cha mẹ, người giám hộ của trẻ có đồng ý với kế hoạch và việc chia sẻ thông tin hay không, hoặc lý do không hỏi được ý kiến.',
        },
      ],
    });
    // Asked: who, and whether they agree; not asked: why.
    for (const incomplete of [
      [{ childId: older, asked: true, agrees: true }, representatives[1]],
      [representatives[0], { childId: younger, asked: false }],
    ]) {
      await step(kase.id, 'plan', {
        ...BODIES.plan,
        childConsents,
        representativeConsents: incomplete,
      }).expect(400);
    }
    // The refusals are recorded for the chair; the plan still goes (statutory protection).
    const submitted = await step(kase.id, 'plan', {
      ...BODIES.plan,
      childConsents,
      representativeConsents: representatives,
    }).expect(200);
    expect(submitted.body.status).toBe('plan_submitted');
    await w.worker.get(`/api/v1/cases/${kase.id}/forms/mau-03`).expect(200);
    const mau04 = async (childId: string) =>
      pdfText(
        (
          await w.worker
            .get(`/api/v1/cases/${kase.id}/forms/mau-04?childId=${childId}`)
            .buffer(true)
            .parse(binary)
            .expect(200)
        ).body,
      );
    expect(await mau04(older)).toContain(
      [
        '5. Ý kiến và sự đồng ý của cha mẹ, người giám hộ',
        'Trần Thị Mai:',
        'Người được hỏi ý kiến: Nguyễn Thị Lan (Mẹ)',
        'Đồng ý với kế hoạch và việc chia sẻ thông tin với cơ quan, tổ chức thực hiện: Không',
        'Tôi không muốn công an đến nhà.',
      ].join('\n'),
    );
    expect(await mau04(younger)).toContain(
      'Không hỏi được ý kiến, lý do: Cha là người gây tổn hại cho trẻ.',
    );
    // What the children and their parents said stays sealed.
    const stored = JSON.stringify(
      await t.dataSource.query('SELECT facts, content FROM case_events WHERE case_id = $1', [
        kase.id,
      ]),
    );
    for (const said of ['bà ngoại', 'gặp công an', 'Nguyễn Thị Lan', 'gây tổn hại']) {
      expect(stored).not.toContain(said);
    }
  });

  it('follows each plan action: who answers for it, its status, its delay', async () => {
    const kase = await caseAbout([older], ...toPlanning);
    const yesterday = new Date(Date.now() - DAY).toISOString();
    const plan = forChildren(
      'plan',
      {
        ...BODIES.plan,
        actions: [
          {
            description: 'Khám sức khỏe cho trẻ',
            serviceType: 'medical_care',
            organizationId: w.ids.healthOrg,
            responsiblePerson: 'Bác sĩ Hà, trạm trưởng',
            dueAt: yesterday,
          },
          {
            description: 'Họp gia đình hằng tháng',
            organizationName: 'Gia đình trẻ',
            responsiblePerson: 'Bà ngoại của trẻ',
            dueAt: new Date(Date.now() + 20 * DAY).toISOString(),
          },
        ],
      },
      [older],
    );
    // Each action names the organisation that answers for it, known to the system or by name.
    const actions = (plan as { actions: object[] }).actions;
    const unnamed = await step(kase.id, 'plan', {
      ...plan,
      actions: [{ ...actions[1], organizationName: undefined }, actions[0]],
    }).expect(422);
    expect(unnamed.body.errors).toEqual([
      {
        field: 'actions.0.organizationId',
        message:
          'Cần ghi cơ quan, tổ chức chịu trách nhiệm (organizationId hoặc organizationName).',
      },
    ]);
    await step(kase.id, 'plan', {
      ...plan,
      actions: [{ ...actions[0], organizationId: w.ids.ctxh }],
    }).expect(422);
    await step(kase.id, 'plan', {
      ...plan,
      actions: [{ ...actions[0], responsiblePerson: undefined }],
    }).expect(400);
    await step(kase.id, 'plan', plan).expect(200);

    // Submitted, not yet approved: nothing is late, and nothing can move yet.
    const submitted = await actionsOf(kase.id);
    expect(submitted.map((a: { overdue: boolean }) => a.overdue)).toEqual([false, false]);
    const [first, second] = submitted as { id: string }[];
    const status = (actionId: string, body: object) =>
      w.worker.post(`/api/v1/cases/${kase.id}/plan/actions/${actionId}/status`).send(body);
    expect((await status(first.id, { status: 'in_progress' }).expect(409)).body.type).toMatch(
      /action-not-allowed$/,
    );

    await step(kase.id, 'plan/approve').expect(200);
    expect(await actionsOf(kase.id)).toMatchObject([
      {
        id: expect.stringMatching(/^\d+-1$/),
        number: 1,
        description: 'Khám sức khỏe cho trẻ',
        serviceType: 'medical_care',
        organization: { id: w.ids.healthOrg, name: 'Trạm y tế phường Ba Đình' },
        responsiblePerson: 'Bác sĩ Hà, trạm trưởng',
        dueAt: yesterday,
        status: 'planned',
        statusAt: null,
        overdue: true,
        allowedStatuses: ['in_progress', 'done', 'not_done'],
      },
      {
        number: 2,
        organization: { id: null, name: 'Gia đình trẻ' },
        status: 'planned',
        overdue: false,
      },
    ]);
    // The case's deadlines list the actions too; the one past its date makes the case overdue,
    // and is escalated like every other deadline: the worker and the chair hear of it.
    expect((await read(kase.id)).overdue).toBe(true);
    const listed = await eventually(async () => {
      const deadlines = (await w.worker.get(`/api/v1/cases/${kase.id}/timeline`).expect(200)).body
        .deadlines;
      expect(
        deadlines.find((d: { actionId: string }) => d.actionId === first.id).escalatedAt,
      ).not.toBeNull();
      return deadlines;
    });
    expect(listed.filter((d: { kind: string }) => d.kind === 'plan_action')).toEqual([
      {
        kind: 'plan_action',
        actionId: first.id,
        dueAt: yesterday,
        state: 'open',
        doneAt: null,
        met: false,
        escalatedAt: expect.any(String),
      },
      expect.objectContaining({ actionId: second.id, state: 'open', met: null, escalatedAt: null }),
    ]);
    // Delivered by a job of its own once the escalation has committed.
    for (const client of [w.worker, w.approver]) {
      await eventually(async () => {
        const told = (await client.get('/api/v1/notifications?limit=200').expect(200)).body.items;
        expect(
          told.filter(
            (n: { kind: string; data: { planActionId?: string } }) =>
              n.kind === 'deadline_escalation' && n.data.planActionId === first.id,
          ),
        ).toEqual([
          expect.objectContaining({
            message: expect.stringContaining('đã quá hạn hoạt động số 1 của kế hoạch'),
          }),
        ]);
      });
    }

    // A worker moves an action on, naming the case's version when she wants.
    const { version } = await read(kase.id);
    const started = await status(first.id, { status: 'in_progress' })
      .set('If-Match', `"${version}"`)
      .expect(200);
    expect(started.body.version).toBe(version + 1);
    await status(first.id, { status: 'done' }).set('If-Match', `"${version}"`).expect(412);
    // Not done needs its reason, and only not done takes one.
    await status(second.id, { status: 'not_done' }).expect(422);
    const reasonless = await status(second.id, { status: 'done', reason: 'x' }).expect(422);
    expect(reasonless.body.errors[0].field).toBe('reason');
    await status(second.id, { status: 'planned' }).expect(400);
    await status(second.id, {
      status: 'not_done',
      reason: 'Bà ngoại đi làm xa, chưa sắp xếp được.',
    }).expect(200);
    await status(first.id, { status: 'done' }).expect(200);
    // Done and not done are final.
    const back = await status(first.id, { status: 'in_progress' })
      .set('Accept-Language', 'en')
      .expect(409);
    expect(back.body).toMatchObject({
      type: expect.stringMatching(/plan-action-move$/),
      detail: 'The action is done; it cannot become in_progress. It can become: —.',
    });
    await status(`${first.id.split('-')[0]}-9`, { status: 'done' }).expect(404);
    await status('first', { status: 'done' }).expect(404);
    await w.outsider
      .post(`/api/v1/cases/${kase.id}/plan/actions/${first.id}/status`)
      .send({ status: 'done' })
      .expect(404);

    const after = await actionsOf(kase.id, w.approver);
    expect(after).toMatchObject([
      { status: 'done', overdue: false, reason: null, allowedStatuses: [] },
      { status: 'not_done', reason: 'Bà ngoại đi làm xa, chưa sắp xếp được.', overdue: false },
    ]);
    const timeline = (await w.worker.get(`/api/v1/cases/${kase.id}/timeline`).expect(200)).body;
    const moves = timeline.steps.filter(
      (s: { action: string }) => s.action === 'plan/actions/status',
    );
    expect(moves.map((s: { facts: object }) => s.facts)).toEqual([
      { actionId: first.id, from: 'planned', to: 'in_progress' },
      { actionId: second.id, from: 'planned', to: 'not_done' },
      { actionId: first.id, from: 'in_progress', to: 'done' },
    ]);
    expect(
      timeline.deadlines
        .filter((d: { kind: string }) => d.kind === 'plan_action')
        .map((d: { state: string; met: boolean }) => [d.state, d.met]),
    ).toEqual([
      ['done', false], // done a day late
      ['not_done', false],
    ]);
    const audit = await t.dataSource.query(
      "SELECT action FROM audit_events WHERE entity_id = $1 AND action LIKE 'case.plan%' ORDER BY id",
      [kase.id],
    );
    expect(audit.map((a: { action: string }) => a.action)).toEqual([
      'case.plan',
      'case.plan_actions_read',
      'case.plan_approve',
      'case.plan_actions_read',
      'case.plan_actions_status',
      'case.plan_actions_status',
      'case.plan_actions_status',
      'case.plan_actions_read',
    ]);
  });

  it('keeps plans and assessments recorded before: their actions planned, their minutes valid', async () => {
    // A case in planning whose Mẫu 03 was recorded with the minutes as they were then kept:
    // participants by name alone, what was said as one text.
    const kase = await caseAbout([older], 'initial-assessment');
    const { conference: _conference, ...withoutMeeting } = BODIES.assessment as {
      conference: object;
    };
    await step(kase.id, 'assessment', forChildren('assessment', withoutMeeting, [older])).expect(
      200,
    );
    const cipher = t.app.get(FieldCipher);
    const seal = (content: object) => cipher.encrypt(JSON.stringify(content));
    await t.dataSource.query(
      `INSERT INTO case_events (case_id, at, actor_id, actor_name, action, from_status, to_status, facts, content)
       VALUES ($1, now(), $2, 'Người dùng ctxh', 'assessment', 'planning', 'planning', $3, $4)`,
      [
        kase.id,
        w.ids.ctxh,
        { conference: true },
        seal({
          childSituation: 'Trẻ sợ hãi.',
          familySituation: 'Cha nghiện rượu.',
          needs: [],
          conference: {
            heldAt: new Date(Date.now() - DAY).toISOString(),
            participants: ['Cán bộ xã', 'Công an phường'],
            minutes: 'Thống nhất lập kế hoạch.',
          },
        }),
      ],
    );
    await step(kase.id, 'plan', forChildren('plan', BODIES.plan, [older])).expect(200);
    await w.worker.get(`/api/v1/cases/${kase.id}/forms/mau-03`).expect(200);
    await step(kase.id, 'plan/approve').expect(200);
    // A plan submitted before actions were followed: no one named, every action planned.
    const [approval] = await t.dataSource.query(
      "SELECT id FROM case_events WHERE case_id = $1 AND action = 'plan/approve'",
      [kase.id],
    );
    const [old] = await t.dataSource.query(
      `INSERT INTO case_events (case_id, at, actor_id, actor_name, action, from_status, to_status, facts, content)
       VALUES ($1, now(), $2, 'Người dùng ctxh', 'plan', 'planning', 'plan_submitted', '{}', $3)
       RETURNING id`,
      [
        kase.id,
        w.ids.ctxh,
        seal({
          goals: ['Trẻ an toàn'],
          actions: [
            { description: 'Tham vấn', dueAt: new Date(Date.now() + DAY).toISOString() },
            { description: 'Thăm nhà', dueAt: new Date(Date.now() - DAY).toISOString() },
          ],
          reviewAt: new Date(Date.now() + 30 * DAY).toISOString(),
        }),
      ],
    );
    expect(Number(old.id)).toBeGreaterThan(Number(approval.id));
    expect(await actionsOf(kase.id)).toMatchObject([
      { id: `${old.id}-1`, organization: null, responsiblePerson: null, status: 'planned' },
      { id: `${old.id}-2`, status: 'planned', overdue: true },
    ]);
    await w.worker
      .post(`/api/v1/cases/${kase.id}/plan/actions/${old.id}-2/status`)
      .send({ status: 'done' })
      .expect(200);
    await w.worker.get(`/api/v1/cases/${kase.id}/forms/mau-04`).expect(200);
  });

  it('closes a case being helped only on a review (Mẫu 06) finding the child safe and stable', async () => {
    const kase = await caseAbout([older], ...toInProgress);
    const proposal = await step(kase.id, 'close').expect(409);
    expect(proposal.body.type).toMatch(/action-not-allowed$/);
    expect((await read(kase.id)).allowedActions).not.toContain('close');

    const review = (met: boolean, outcome: string) => ({
      ...BODIES.reviews,
      criteria: criteria(met),
      outcome,
    });
    const { criteria: _criteria, ...withoutCriteria } = review(true, 'propose_closure');
    const missing = await step(kase.id, 'reviews', withoutCriteria).expect(400);
    expect(missing.body.errors).toEqual([
      { field: 'criteria', message: 'Trường này là bắt buộc.' },
    ]);
    const { ratings: _ratings, ...withoutRatings } = BODIES.reviews as { ratings: object };
    await step(kase.id, 'reviews', withoutRatings).expect(400);
    const before = await read(kase.id);
    const unsafe = await step(kase.id, 'reviews', review(false, 'propose_closure')).expect(422);
    expect(unsafe.body).toMatchObject({
      type: expect.stringMatching(/closure-criteria-not-met$/),
      detail: expect.stringContaining('Nghị định 56/2017/NĐ-CP, Điều 30 khoản 1 điểm b'),
      errors: ['noLongerAtRisk', 'physicallyStable', 'emotionallyStable'].map((criterion) => ({
        field: `criteria.${criterion}`,
        message:
          'Tiêu chí này chưa đạt nên chưa thể đề xuất đóng hồ sơ (Nghị định 56/2017, Điều 30).',
      })),
    });
    const inEnglish = await step(kase.id, 'reviews', review(false, 'propose_closure'))
      .set('Accept-Language', 'en')
      .expect(422);
    expect(inEnglish.body.title).toBe('Closure criteria not met');
    expect((await read(kase.id)).version).toBe(before.version);

    // Not yet safe and stable: a new plan.
    const newPlan = await step(kase.id, 'reviews', review(false, 'new_plan')).expect(200);
    expect(newPlan.body.status).toBe('planning');
    await step(kase.id, 'plan', forChildren('plan', BODIES.plan, [older])).expect(200);
    await step(kase.id, 'plan/approve').expect(200);
    const safe = await step(kase.id, 'reviews', review(true, 'propose_closure')).expect(200);
    expect(safe.body.status).toBe('closure_proposed');
    await w.worker.get(`/api/v1/cases/${kase.id}/forms/mau-06`).expect(200);
    // Refused by the chair, the case goes back to being helped: a new review proposes again.
    const refused = await step(kase.id, 'close/reject').expect(200);
    expect(refused.body.status).toBe('in_progress');
    await step(kase.id, 'close').expect(409);
    const timeline = (await w.worker.get(`/api/v1/cases/${kase.id}/timeline`).expect(200)).body;
    expect(
      timeline.steps
        .filter((s: { action: string }) => s.action === 'reviews')
        .map((s: { facts: object }) => s.facts),
    ).toEqual([
      { outcome: 'new_plan', criteriaMet: false },
      { outcome: 'propose_closure', criteriaMet: true },
    ]);
  });

  it('marks a plan action done when the referral made for it is completed', async () => {
    const kase = await caseAbout([older], ...toInProgress);
    const [action] = await actionsOf(kase.id);
    const refer = (planActionId: string) =>
      w.worker
        .post(`/api/v1/cases/${kase.id}/referrals`)
        .send(referral(w.ids.policeOrg, 'urgent', { planActionId }));
    const wrong = await refer(`${action.id.split('-')[0]}-5`).expect(422);
    expect(wrong.body.errors).toEqual([
      {
        field: 'planActionId',
        message: 'Phải là một hoạt động chưa hoàn thành của kế hoạch hiện hành của hồ sơ.',
      },
    ]);
    await refer('5').expect(400);
    // A referral withdrawn leaves the action to be referred again.
    const withdrawn = (await refer(action.id).expect(201)).body;
    await w.worker
      .post(`/api/v1/referrals/${withdrawn.id}/cancel`)
      .send({ reason: 'Gửi nhầm cơ quan.' })
      .expect(200);
    expect((await actionsOf(kase.id))[0]).toMatchObject({ openReferralId: null });
    const sent = (await refer(action.id).expect(201)).body;
    expect(sent.planActionId).toBe(action.id);
    // While it is under way the action shows it, and no second referral is made for it.
    expect((await actionsOf(kase.id))[0]).toMatchObject({
      status: 'planned',
      openReferralId: sent.id,
    });
    const twice = await refer(action.id).expect(422);
    expect(twice.body.errors).toEqual([
      {
        field: 'planActionId',
        message:
          'Hoạt động này đang được chuyển gửi. Chỉ chuyển gửi lại khi yêu cầu đó đã hoàn thành, bị từ chối hoặc bị hủy.',
      },
    ]);
    const path = `/api/v1/referrals/${sent.id}`;
    const received = (await w.police.get(path).expect(200)).body;
    expect(received.planActionId).toBeNull(); // the receiving side does not see the case
    await w.police.post(`${path}/acknowledge`).expect(200);
    await w.police.post(`${path}/accept`).send({}).expect(200);
    await w.police
      .post(`${path}/complete`)
      .send({ outcome: 'Đã làm việc với gia đình, người cha cam kết.' })
      .expect(200);

    const [done] = await actionsOf(kase.id);
    expect(done).toMatchObject({
      id: action.id,
      status: 'done',
      referralId: sent.id,
      openReferralId: null,
    });
    const timeline = (await w.worker.get(`/api/v1/cases/${kase.id}/timeline`).expect(200)).body;
    expect(timeline.steps.map((s: { action: string }) => s.action).slice(-2)).toEqual([
      'referral_completed',
      'plan/actions/status',
    ]);
    expect(timeline.steps.at(-1).facts).toEqual({
      actionId: action.id,
      from: 'planned',
      to: 'done',
      referralId: sent.id,
    });
    // An action done is no longer one to refer for.
    await refer(action.id).expect(422);
  });
});
