import { totpCode } from '../src/auth/totp.js';
import { todayInVietnam } from '../src/children/age.js';
import { FieldCipher } from '../src/common/field-cipher.js';
import { createTestApp, type TestApp } from './app.js';
import { BODIES, type CaseWorld, caseWorld, RATINGS } from './case-world.js';
import { pdfText } from './pdf-text.js';
import {
  AREA,
  binary,
  createAccount,
  eventually,
  PASSWORD,
  rememberSecondFactor,
  signIn,
  stepUpCode,
  withStepUp,
} from './world.js';

type Client = ReturnType<TestApp['as']>;
const DAY = 86_400_000;
/** What the world's decision body says of the place and the reason. */
const DECIDED = BODIES.isolation as { placement: string; reason: string };

/**
 * Temporary isolation (Decree 56/2017 art. 32) over HTTP: the social worker proposes, the commune
 * chair decides with the second factor, 15 days at most unless a competent authority requires
 * more; the decision prints as a PDF. The chairs here need no second factor to sign in
 * (MFA_REQUIRED_ROLES names the administrators only), so a session without one can be refused.
 */
describe('temporary isolation, decided by the commune chair', () => {
  let t: TestApp;
  let w: CaseWorld;
  /** The commune chair, signed in with the second factor (w.approver signed in without). */
  let chair: Client;
  let chairId: string;
  let childId: string;
  let otherChildId: string;
  let kase: { id: string; code: string };

  /** Enrols a second factor of their own accord, then signs in with a code. */
  async function signedInWithSecondFactor(username: string): Promise<Client> {
    const first = t.as((await signIn(t, username)).accessToken);
    const enrolled = (await first.post('/api/v1/auth/mfa/enroll').expect(200)).body;
    secret = enrolled.secret;
    recoveryCodes = enrolled.recoveryCodes;
    const now = Date.now();
    await first
      .post('/api/v1/auth/mfa/activate')
      .send({ otp: totpCode(secret, now) })
      .expect(204);
    const login = await t.http
      .post('/api/v1/auth/login')
      .send({ username, password: PASSWORD, otp: totpCode(secret, now + 30_000) })
      .expect(200);
    rememberSecondFactor(username, secret, Math.floor((now + 30_000) / 30_000));
    return t.as(login.body.accessToken);
  }
  let secret: string;
  let recoveryCodes: string[];
  /** The chair's decision, with a fresh code of the chair's authenticator (X-OTP). */
  const decide = (path: string) => withStepUp(t, 'chutich-totp', chair.post(path));

  /** The cases whose isolation proposal awaits the chair. */
  const proposals = async () =>
    (await chair.get('/api/v1/cases?isolationProposed=true').expect(200)).body.items.map(
      (c: { id: string }) => c.id,
    );
  const read = async (id: string) => (await w.worker.get(`/api/v1/cases/${id}`).expect(200)).body;
  const deadlineRow = async (id: string) =>
    (
      await t.dataSource.query(
        "SELECT due_at, state FROM deadlines WHERE case_id = $1 AND kind = 'isolation'",
        [id],
      )
    )[0] as { due_at: Date; state: string } | undefined;
  const decision = (overrides: object = {}) => ({
    ...BODIES.isolation,
    decisionNumber: '27/QĐ-UBND',
    days: 10,
    childIds: [childId],
    ...overrides,
  });

  beforeAll(async () => {
    t = await createTestApp({ env: { MFA_REQUIRED_ROLES: 'system_admin' } });
    w = await caseWorld(t);
    chairId = (await createAccount(t, 'chutich-totp', w.ids.communeA1, ['case_approver'])).id;
    chair = await signedInWithSecondFactor('chutich-totp');
    const child = (fullName: string, dateOfBirth: string) =>
      w.officer
        .post('/api/v1/children')
        .send({
          fullName,
          dateOfBirth,
          sex: 'male',
          provinceCode: AREA.provinceA,
          communeCode: AREA.communeA1,
          address: 'Số 5 ngõ 12 phố Đội Cấn',
        })
        .expect(201);
    childId = (await child('Nguyễn Văn An', '2015-03-02')).body.id;
    otherChildId = (await child('Nguyễn Văn Bình', '2018-07-09')).body.id;
    kase = (
      await w.worker
        .post('/api/v1/cases')
        .send({
          childIds: [childId, otherChildId],
          source: 'police',
          channel: 'in_person',
          receivedAt: new Date(Date.now() - 3_600_000).toISOString(),
          summary: 'Công an phường báo người cha đánh con trai lớn.',
          concerns: ['violence'],
        })
        .expect(201)
    ).body;
    await w.worker
      .post(`/api/v1/cases/${kase.id}/initial-assessment`)
      .send({ ratings: RATINGS, immediateDanger: true, level: 'intervention' })
      .expect(200);
  });
  afterAll(() => t.close());

  it('takes a social worker’s isolation as a proposal: the chairs are told, nothing starts', async () => {
    const proposed = await w.worker
      .post(`/api/v1/cases/${kase.id}/emergency-measures`)
      .send({
        measures: ['Công an phường ngăn chặn hành vi bạo lực'],
        isolation: {
          isolatedFrom: 'Người cha, ông Nguyễn Văn B',
          placement: 'Nhà bà ngoại',
          reason: 'Người cha đe dọa trẻ.',
        },
      })
      .expect(200);
    expect(proposed.body.isolation).toBeNull();
    expect(proposed.body.allowedActions).toContain('isolation');
    for (const action of ['isolation/extend', 'isolation/end']) {
      expect(proposed.body.allowedActions).not.toContain(action);
    }
    expect(await deadlineRow(kase.id)).toBeUndefined();
    // It waits in the chair's queue, what was proposed to read in the case's steps.
    expect(await proposals()).toContain(kase.id);
    const steps = (await chair.get(`/api/v1/cases/${kase.id}/timeline`).expect(200)).body.steps;
    expect(steps.at(-1)).toMatchObject({
      action: 'emergency-measures',
      isolationProposal: {
        isolatedFrom: 'Người cha, ông Nguyễn Văn B',
        placement: 'Nhà bà ngoại',
        reason: 'Người cha đe dọa trẻ.',
      },
    });
    expect(steps[0].isolationProposal).toBeNull();
    for (const client of [chair, w.approver]) {
      await eventually(async () => {
        const items = (await client.get('/api/v1/notifications').expect(200)).body.items;
        const told = items.find((n: { kind: string }) => n.kind === 'isolation_proposed');
        expect(told.message).toContain(kase.code);
      });
    }
    // The worker who proposed and the other workers are not the ones to decide.
    const workers = (await w.colleague.get('/api/v1/notifications').expect(200)).body.items;
    expect(workers.map((n: { kind: string }) => n.kind)).not.toContain('isolation_proposed');
  });

  it('lets only the chair decide, with the second factor, for 15 days at most, naming the rule', async () => {
    const path = `/api/v1/cases/${kase.id}/isolation`;
    await w.worker.post(path).send(decision()).expect(403);
    // A chair without a second factor of their own does not decide.
    const noSecondFactor = await w.approver.post(path).send(decision()).expect(403);
    expect(noSecondFactor.body.type).toMatch(/second-factor-required$/);
    expect(noSecondFactor.body.detail).toContain('Nghị định 56/2017/NĐ-CP, Điều 32');
    expect(noSecondFactor.body.detail).toContain('mã TOTP');
    const english = await w.approver
      .post(path)
      .set('Accept-Language', 'en')
      .send(decision())
      .expect(403);
    expect(english.body.detail).toContain('a TOTP code from their own authenticator app');

    // The chair enters a code at the moment of deciding: none, an expired one, or one already
    // used (sign-in included) is refused, naming what is missing.
    const missing = await chair.post(path).send(decision()).expect(403);
    expect(missing.body.type).toMatch(/step-up-required$/);
    expect(missing.body.detail).toContain('X-OTP');
    const expired = await chair
      .post(path)
      .set('X-OTP', totpCode(secret, Date.now() - 10 * 60_000))
      .set('Accept-Language', 'en')
      .send(decision())
      .expect(403);
    expect(expired.body.type).toMatch(/step-up-invalid$/);
    expect(expired.body.detail).toContain('the decision "isolation" was not recorded');
    const code = await stepUpCode(t, 'chutich-totp');
    await chair
      .post(path)
      .set('X-OTP', code)
      .send(decision({ days: 16 }))
      .expect(422);
    const replayed = await chair.post(path).set('X-OTP', code).send(decision()).expect(403);
    expect(replayed.body.type).toMatch(/step-up-invalid$/);
    const [failures] = await t.dataSource.query(
      "SELECT count(*)::int AS n FROM audit_events WHERE actor_name = 'chutich-totp' AND action = 'auth.step_up_failed'",
    );
    expect(failures.n).toBe(2);

    const tooLong = await decide(path)
      .send(decision({ days: 16 }))
      .expect(422);
    expect(tooLong.body.type).toMatch(/isolation-over-15-days$/);
    expect(tooLong.body.detail).toContain('tối đa không quá 15 ngày');
    expect(tooLong.body.detail).toContain('Điều 32');
    expect(tooLong.body.detail).toContain('16 ngày');
    expect(tooLong.body.errors).toEqual([expect.objectContaining({ field: 'days' })]);
    const foreign = await decide(path)
      .send(decision({ childIds: [w.ids.ctxh] }))
      .expect(422);
    expect(foreign.body.errors).toEqual([expect.objectContaining({ field: 'childIds.0' })]);
    const tomorrow = new Date(Date.now() + 2 * DAY).toISOString().slice(0, 10);
    await decide(path)
      .send(decision({ decidedOn: tomorrow }))
      .expect(422);
    expect(await deadlineRow(kase.id)).toBeUndefined();
    expect((await read(kase.id)).isolation).toBeNull();

    const startsAt = new Date(Date.now() - 60_000);
    const decided = await decide(path)
      .set('If-Match', `"${(await read(kase.id)).version}"`)
      .send(decision({ startsAt: startsAt.toISOString() }))
      .expect(200);
    const endsAt = new Date(startsAt.getTime() + 10 * DAY).toISOString();
    expect(decided.body.isolation).toEqual({
      startedAt: startsAt.toISOString(),
      endsAt,
      days: 10,
      endedAt: null,
      decision: {
        number: '27/QĐ-UBND',
        decidedOn: todayInVietnam(),
        decidedBy: chairId,
        childIds: [childId],
      },
    });
    expect(decided.body.deadlines.isolationEndsAt).toBe(endsAt);
    expect(await deadlineRow(kase.id)).toEqual({ due_at: new Date(endsAt), state: 'open' });
    // Only what would succeed is offered: no second decision while this one runs.
    expect(decided.body.allowedActions).toEqual(
      expect.arrayContaining(['isolation/extend', 'isolation/end']),
    );
    expect(decided.body.allowedActions).not.toContain('isolation');
    expect(await proposals()).not.toContain(kase.id);
    expect((await decide(path).send(decision()).expect(409)).body.type).toMatch(
      /action-not-allowed$/,
    );

    // The worker in charge hears of it.
    await eventually(async () => {
      const items = (await w.worker.get('/api/v1/notifications').expect(200)).body.items;
      const told = items.find((n: { kind: string }) => n.kind === 'isolation_decided');
      expect(told.message).toContain('27/QĐ-UBND');
    });
    const timeline = (await w.worker.get(`/api/v1/cases/${kase.id}/timeline`).expect(200)).body;
    expect(timeline.steps.at(-1)).toMatchObject({
      action: 'isolation',
      actor: { id: chairId, fullName: 'Người dùng chutich-totp' },
      reason: DECIDED.reason,
      facts: { isolation: { number: '27/QĐ-UBND', days: 10, endsAt, childIds: [childId] } },
    });
    const [audit] = await t.dataSource.query(
      "SELECT actor_id, details FROM audit_events WHERE entity_id = $1 AND action = 'case.isolation'",
      [kase.id],
    );
    expect(audit).toMatchObject({
      actor_id: chairId,
      details: { isolation: { number: '27/QĐ-UBND', days: 10, endsAt } },
    });
  });

  it('extends past 15 days in all only with the legal ground and the requesting authority', async () => {
    const { isolation } = await read(kase.id);
    const start = new Date(isolation.startedAt).getTime();
    const path = `/api/v1/cases/${kase.id}/isolation/extend`;
    const fifteen = new Date(start + 15 * DAY).toISOString();
    await w.approver.post(path).send({ until: fifteen, reason: 'x' }).expect(403);

    // A chair without their phone decides with one of their recovery codes, spent once.
    const within = await chair
      .post(path)
      .set('X-OTP', recoveryCodes[0])
      .send({ until: fifteen, reason: 'Chưa bố trí được nơi ở an toàn lâu dài.' })
      .expect(200);
    const spent = await chair
      .post(path)
      .set('X-OTP', recoveryCodes[0])
      .send({ until: fifteen, reason: 'x' })
      .expect(403);
    expect(spent.body.type).toMatch(/step-up-invalid$/);
    const [recovery] = await t.dataSource.query(
      "SELECT details FROM audit_events WHERE actor_id = $1 AND action = 'auth.step_up_recovery_code'",
      [chairId],
    );
    expect(recovery.details).toEqual({ action: 'isolation/extend' });
    expect(within.body.isolation).toMatchObject({ endsAt: fifteen, days: 15 });
    expect(await deadlineRow(kase.id)).toEqual({ due_at: new Date(fifteen), state: 'open' });

    const twenty = new Date(start + 20 * DAY).toISOString();
    const refused = await decide(path)
      .send({ until: twenty, reason: 'Cơ quan điều tra đề nghị.' })
      .expect(422);
    expect(refused.body.type).toMatch(/isolation-extension-authority$/);
    expect(refused.body.detail).toContain('20 ngày');
    expect(refused.body.detail).toContain('cơ quan có thẩm quyền');
    expect(refused.body.errors.map((e: { field: string }) => e.field)).toEqual([
      'legalGround',
      'requestingAuthority',
    ]);
    const halfway = await decide(path)
      .set('Accept-Language', 'en')
      .send({ until: twenty, reason: 'x', requestingAuthority: 'Công an phường Ba Đình' })
      .expect(422);
    expect(halfway.body.detail).toContain('competent authority');
    expect(halfway.body.errors.map((e: { field: string }) => e.field)).toEqual(['legalGround']);
    expect(await deadlineRow(kase.id)).toEqual({ due_at: new Date(fifteen), state: 'open' });

    const granted = await decide(path)
      .send({
        until: twenty,
        reason: 'Cơ quan điều tra đề nghị tiếp tục cách ly.',
        legalGround: 'Công văn số 123/CAP-ĐTTH ngày 05/12/2026',
        requestingAuthority: 'Công an phường Ba Đình',
      })
      .expect(200);
    expect(granted.body.isolation).toMatchObject({ endsAt: twenty, days: 20 });
    expect(granted.body.deadlines.isolationEndsAt).toBe(twenty);
    expect(await deadlineRow(kase.id)).toEqual({ due_at: new Date(twenty), state: 'open' });

    const timeline = (await w.worker.get(`/api/v1/cases/${kase.id}/timeline`).expect(200)).body;
    const extensions = timeline.steps.filter(
      (s: { action: string }) => s.action === 'isolation/extend',
    );
    expect(extensions).toMatchObject([
      {
        actor: { id: chairId },
        reason: 'Chưa bố trí được nơi ở an toàn lâu dài.',
        facts: { isolation: { endsAt: fifteen, days: 15, pastCap: false } },
      },
      {
        actor: { id: chairId },
        reason: 'Cơ quan điều tra đề nghị tiếp tục cách ly.',
        facts: {
          isolation: {
            endsAt: twenty,
            previousEndsAt: fifteen,
            days: 20,
            pastCap: true,
            requestingAuthority: 'Công an phường Ba Đình',
          },
        },
      },
    ]);
    const audit = await t.dataSource.query(
      `SELECT details FROM audit_events WHERE entity_id = $1 AND action = 'case.isolation_extend'
       ORDER BY id`,
      [kase.id],
    );
    expect(audit.map((a: { details: { isolation: object } }) => a.details.isolation)).toEqual([
      expect.objectContaining({ endsAt: fifteen, days: 15 }),
      expect.objectContaining({
        endsAt: twenty,
        days: 20,
        legalGround: 'Công văn số 123/CAP-ĐTTH ngày 05/12/2026',
        requestingAuthority: 'Công an phường Ba Đình',
      }),
    ]);
  });

  it('prints the decision as a PDF whose text names the number, date, bases, child, place and duration', async () => {
    const pdf = (id: string, client: Client = w.worker) =>
      client.get(`/api/v1/cases/${id}/isolation/decision`).buffer(true).parse(binary);
    const res = await pdf(kase.id).expect(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toBe(
      `inline; filename="${kase.code}-isolation-decision.pdf"`,
    );
    const text = pdfText(res.body as Buffer).replace(/\s+/g, ' ');
    const { isolation } = await read(kase.id);
    const day = todayInVietnam().split('-');
    const at = (iso: string) => {
      const vn = new Date(new Date(iso).getTime() + 7 * 3_600_000).toISOString();
      return `${vn.slice(11, 13)} giờ ${vn.slice(14, 16)}, ngày ${vn.slice(8, 10)}/${vn.slice(5, 7)}/${vn.slice(0, 4)}`;
    };
    const tenDays = new Date(new Date(isolation.startedAt).getTime() + 10 * DAY).toISOString();
    for (const printed of [
      'ỦY BAN NHÂN DÂN PHƯỜNG BA ĐÌNH',
      'Số: 27/QĐ-UBND',
      `Ba Đình, ngày ${day[2]} tháng ${day[1]} năm ${day[0]}`,
      'QUYẾT ĐỊNH Về việc áp dụng biện pháp tạm thời cách ly trẻ em',
      'Căn cứ Luật Trẻ em ngày 05 tháng 4 năm 2016 (điểm b khoản 2 Điều 50, khoản 3 Điều 52);',
      'Căn cứ Nghị định số 56/2017/NĐ-CP ngày 09 tháng 5 năm 2017',
      '(khoản 3 Điều 26, Điều 32);',
      'Điều 1.',
      'Họ và tên: Nguyễn Văn An',
      'Ngày sinh: 02/03/2015',
      'Nơi cư trú: Số 5 ngõ 12 phố Đội Cấn',
      'Cách ly khỏi: Người cha, ông Nguyễn Văn B',
      `Nơi tạm trú an toàn của trẻ em: ${DECIDED.placement}`,
      `Thời hạn cách ly: 10 ngày, từ ${at(isolation.startedAt)} đến ${at(tenDays)}`,
      'Điều 2.',
      'Điều 3. Quyết định này có hiệu lực kể từ ngày ký.',
      'GIA HẠN THỜI HẠN CÁCH LY',
      `Gia hạn đến: ${at(isolation.endsAt)}; tổng thời gian cách ly 20 ngày`,
      'Cơ quan yêu cầu: Công an phường Ba Đình',
      'Căn cứ pháp lý: Công văn số 123/CAP-ĐTTH ngày 05/12/2026',
      'CHỦ TỊCH',
      'Người dùng chutich-totp',
    ]) {
      expect(text).toContain(printed);
    }
    // The decision names the child it isolates, not the case's other child.
    expect(text).not.toContain('Nguyễn Văn Bình');
    await pdf(kase.id, w.outsider).expect(404);
    const [audit] = await t.dataSource.query(
      "SELECT details FROM audit_events WHERE entity_id = $1 AND action = 'case.form_printed'",
      [kase.id],
    );
    expect(audit.details).toEqual({ form: 'isolation-decision' });

    // A case without a decision has none to print.
    const other = await w.worker
      .post('/api/v1/cases')
      .send({
        childIds: [otherChildId],
        source: 'school',
        receivedAt: new Date().toISOString(),
        summary: 'x',
        concerns: ['neglect'],
      })
      .expect(201);
    const none = await pdf(other.body.id).expect(409);
    expect(JSON.parse(none.body.toString()).type).toMatch(/form-not-available$/);
    // Decided on the report alone, within its 12 hours: the emergency step it owed is taken.
    await decide(`/api/v1/cases/${other.body.id}/isolation`)
      .send(decision({ days: 1, childIds: undefined }))
      .expect(200);
    const steps = (await w.worker.get(`/api/v1/cases/${other.body.id}/timeline`).expect(200)).body
      .steps;
    expect(steps.at(-1)).toMatchObject({
      action: 'isolation',
      fromStatus: 'received',
      facts: { isolation: { days: 1, childIds: [otherChildId] } },
      deadlines: [{ kind: 'emergency_action', met: true }],
    });
    await pdf(other.body.id).expect(200);
  });

  it('lets the worker record the end; a new decision is offered again', async () => {
    const ended = await w.worker
      .post(`/api/v1/cases/${kase.id}/isolation/end`)
      .send({})
      .expect(200);
    expect(ended.body.isolation.endedAt).not.toBeNull();
    expect(ended.body.allowedActions).toContain('isolation');
    expect(ended.body.allowedActions).not.toContain('isolation/extend');
    expect((await deadlineRow(kase.id))?.state).toBe('done');
  });

  it('keeps an isolation a social worker started before the chair decided readable, its deadline open', async () => {
    // What a database migrated from before holds: the isolation on the case, no decision, its
    // deadline open, and the worker's emergency-measures step with the isolation in it.
    const old = (
      await w.worker
        .post('/api/v1/cases')
        .send({
          childIds: [otherChildId],
          source: 'commune',
          receivedAt: new Date(Date.now() - 2 * DAY).toISOString(),
          summary: 'Báo cáo cũ.',
          concerns: ['violence'],
        })
        .expect(201)
    ).body;
    await w.worker
      .post(`/api/v1/cases/${old.id}/initial-assessment`)
      .send({ ratings: RATINGS, immediateDanger: true, level: 'intervention' })
      .expect(200);
    const startedAt = new Date(Date.now() - DAY);
    const endsAt = new Date(startedAt.getTime() + 15 * DAY);
    const cipher = t.app.get(FieldCipher);
    await t.dataSource.transaction(async (tx) => {
      await tx.query(
        'UPDATE cases SET isolation_started_at = $2, isolation_ends_at = $3 WHERE id = $1',
        [old.id, startedAt, endsAt],
      );
      await tx.query(
        `INSERT INTO deadlines (case_id, kind, opened_at, due_at, state)
         VALUES ($1, 'isolation', $2, $3, 'open')`,
        [old.id, startedAt, endsAt],
      );
      await tx.query(
        `INSERT INTO case_events (case_id, at, actor_id, actor_name, action, from_status, to_status, facts, content)
         VALUES ($1, $2, $3, 'Người dùng ctxh', 'emergency-measures', 'emergency', 'emergency', $4, $5)`,
        [
          old.id,
          startedAt,
          w.ids.ctxh,
          { measures: 1, isolation: { startedAt, endsAt } },
          cipher.encrypt(
            JSON.stringify({
              measures: ['Đưa trẻ đến nhà bà ngoại'],
              isolation: { startedAt, placement: 'Nhà bà ngoại', reason: 'Người cha say rượu.' },
            }),
          ),
        ],
      );
    });

    const migrated = await read(old.id);
    expect(migrated.isolation).toEqual({
      startedAt: startedAt.toISOString(),
      endsAt: endsAt.toISOString(),
      days: 15,
      endedAt: null,
      decision: null, // recorded without a chair's decision
    });
    expect(migrated.deadlines.isolationEndsAt).toBe(endsAt.toISOString());
    expect(migrated.allowedActions).toEqual(
      expect.arrayContaining(['isolation/extend', 'isolation/end']),
    );
    expect(migrated.allowedActions).not.toContain('isolation');
    const timeline = (await w.worker.get(`/api/v1/cases/${old.id}/timeline`).expect(200)).body;
    expect(
      timeline.steps.find((s: { action: string }) => s.action === 'emergency-measures'),
    ).toMatchObject({
      actor: { id: w.ids.ctxh },
      facts: { isolation: { endsAt: endsAt.toISOString() } },
    });
    expect(timeline.deadlines).toContainEqual(
      expect.objectContaining({ kind: 'isolation', state: 'open', dueAt: endsAt.toISOString() }),
    );
    expect(
      (await w.worker.get(`/api/v1/cases/${old.id}/isolation/decision`).expect(409)).body.type,
    ).toMatch(/form-not-available$/);
    // Its 15 days count from when the worker started it: past them only with an authority.
    const past = await decide(`/api/v1/cases/${old.id}/isolation/extend`)
      .send({ until: new Date(startedAt.getTime() + 16 * DAY).toISOString(), reason: 'x' })
      .expect(422);
    expect(past.body.type).toMatch(/isolation-extension-authority$/);
  });
});
