import { spawnSync } from 'node:child_process';
import type { AddressInfo } from 'node:net';
import { JwtService } from '@nestjs/jwt';
import ExcelJS from 'exceljs';
import { AuditService } from '../src/audit/audit.service.js';
import { createTestApp, type TestApp } from './app.js';
import { postStep, BODIES, caseWorld, type CaseWorld, forChildren } from './case-world.js';
import { AREA, binary, signIn } from './world.js';

/**
 * Input at the edge (issue 20): what an attacker or a newcomer sends gets a clear 4xx, never a
 * 500, a reset connection or a false alarm in the audit log; dates, If-Match and exports say and
 * do what a client expects.
 */
describe('input at the edge', () => {
  let t: TestApp;
  let w: CaseWorld;
  let admin: ReturnType<TestApp['as']>;

  const verifyAudit = () => {
    const result = spawnSync(process.execPath, ['dist/audit/verify-cli.js'], {
      env: { PATH: process.env.PATH, DATABASE_URL: t.databaseUrl, LOG_LEVEL: 'silent' },
      encoding: 'utf8',
    });
    return { code: result.status, output: result.stdout + result.stderr };
  };

  const newChild = (fields: object = {}) =>
    w.officer.post('/api/v1/children').send({
      fullName: 'Trần Thị Bình',
      dateOfBirth: '2016-05-04',
      sex: 'female',
      provinceCode: AREA.provinceA,
      communeCode: AREA.communeA1,
      ...fields,
    });

  beforeAll(async () => {
    t = await createTestApp();
    w = await caseWorld(t);
    admin = t.as((await signIn(t, 'admin')).accessToken);
  });
  afterAll(() => t.close());

  it('keeps the audit chain verifiable whatever text a sign-in attempt holds', async () => {
    const refused = await t.http
      .post('/api/v1/auth/login')
      .send({ username: '\ud800evil', password: 'x' })
      .expect(400);
    expect(refused.body.errors).toEqual([{ field: 'username', message: expect.any(String) }]);
    // Text that reaches the log by another way is hashed as it is stored.
    await t.app.get(AuditService).record({
      actor: null,
      actorName: '\udc00evil\ud800',
      action: 'auth.login_failed',
      details: { reason: 'unknown-user', tried: 'a\ud800b' },
    });
    const rows = await t.dataSource.query(
      `SELECT actor_name, details FROM audit_events ORDER BY id DESC LIMIT 1`,
    );
    expect(rows[0]).toEqual({
      actor_name: '\ufffdevil\ufffd',
      details: { reason: 'unknown-user', tried: 'a\ufffdb' },
    });
    const verified = verifyAudit();
    expect(verified.output).toMatch(/^Audit log intact/);
    expect(verified.code).toBe(0);
  });

  it('refuses JSON nested too deeply with a 400, anonymously too', async () => {
    const deep = `{"username":${'['.repeat(1500)}${']'.repeat(1500)},"password":"x"}`;
    for (const client of [t.http, admin]) {
      const res = await client
        .post('/api/v1/auth/login')
        .set('Content-Type', 'application/json')
        .send(deep)
        .expect(400);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(res.body).toMatchObject({ type: '/problems/json-too-deep', status: 400 });
      expect(res.body.detail).toContain('32');
    }
    const nested = { name: 'x', organizationId: w.ids.hotlineOrg, permissions: ['cases:intake'] };
    let body: unknown = nested;
    for (let i = 0; i < 40; i++) body = { inner: body };
    await admin
      .post('/api/v1/api-keys')
      .send(body as object)
      .expect(400);
  });

  it('refuses a lone surrogate in any text with a 400 naming the field', async () => {
    const lone = 'Nguyễn \ud800An';
    const cases: [Promise<{ status: number; body: { errors?: { field: string }[] } }>, string][] = [
      [newChild({ fullName: lone }), 'fullName'],
      [
        admin.post('/api/v1/organizations').send({
          name: lone,
          type: 'police',
          provinceCode: AREA.provinceA,
        }),
        'name',
      ],
      [admin.patch(`/api/v1/users/${w.ids.ctxh}`).send({ fullName: lone }), 'fullName'],
      [
        admin.post('/api/v1/api-keys').send({
          name: lone,
          organizationId: w.ids.hotlineOrg,
          permissions: ['cases:intake'],
        }),
        'name',
      ],
      [newChild({ caregivers: [{ relation: 'mother', fullName: lone }] }), 'caregivers.0.fullName'],
    ];
    for (const [request, field] of cases) {
      const res = await request;
      expect(res.status).toBe(400);
      expect(res.body.errors).toEqual([{ field, message: expect.any(String) }]);
    }
  });

  it('refuses null for a field a PATCH cannot empty, and still clears one it can', async () => {
    const org = await admin.patch(`/api/v1/organizations/${w.ids.hotlineOrg}`).send({
      name: null,
      active: null,
    });
    expect(org.status).toBe(400);
    expect(org.body.errors.map((e: { field: string }) => e.field)).toEqual(['name', 'active']);
    const user = await admin
      .patch(`/api/v1/users/${w.ids.ctxh}`)
      .send({ fullName: null })
      .set('Accept-Language', 'en')
      .expect(400);
    expect(user.body.errors).toEqual([{ field: 'fullName', message: 'fullName cannot be null' }]);
    await admin.patch(`/api/v1/users/${w.ids.ctxh}`).send({ phone: null }).expect(200);
  });

  it('refuses dates that do not exist, in queries and bodies, saying the form expected', async () => {
    const figures = await w.province
      .get('/api/v1/referrals/figures?from=2015-02-30')
      .set('Accept-Language', 'en')
      .expect(400);
    expect(figures.body.errors).toEqual([
      { field: 'from', message: 'from must be a real date YYYY-MM-DD, e.g. 2026-12-20' },
    ]);
    await w.province.get('/api/v1/referrals/figures?from=2015-02-28').expect(200);
    await w.province.get('/api/v1/audit?from=2015-02-30').expect(400);
    await w.province.get('/api/v1/audit?from=2015-02-28').expect(200);
    const flag = await newChild({
      specialCircumstances: [{ code: 'a', since: '30/02/2024' }],
    }).expect(400);
    expect(flag.body.errors).toEqual([
      { field: 'specialCircumstances.0.since', message: expect.stringContaining('2026-12-20') },
    ]);
    // A year alone: the message says how to send it.
    const year = await newChild({ dateOfBirth: '2015' }).expect(400);
    expect(year.body.errors).toEqual([
      { field: 'dateOfBirth', message: expect.stringMatching(/2015-01-01.*dobPrecision "year"/) },
    ]);
    await newChild({ dateOfBirth: '2015-01-01', dobPrecision: 'year' }).expect(201);
  });

  it('takes a plain date for a due time, as the end of that day in Vietnam', async () => {
    const kase = (
      await w.hotline
        .post('/api/v1/cases')
        .send({
          newChildren: [
            {
              fullName: 'Lê Văn Cường',
              dateOfBirth: '2014-07-01',
              sex: 'male',
              provinceCode: AREA.provinceA,
              communeCode: AREA.communeA1,
            },
          ],
          source: 'hotline_111',
          receivedAt: new Date(Date.now() - 3_600_000).toISOString(),
          summary: 'Trẻ bị bỏ đói.',
          concerns: ['neglect'],
        })
        .expect(201)
    ).body;
    const step = (action: string, body: object = BODIES[action]) =>
      postStep(t, w, action, `/api/v1/cases/${kase.id}/${action}`).send(
        forChildren(action, body, kase.childIds),
      );
    await step('initial-assessment').expect(200);
    await step('assessment').expect(200);
    const day = new Date(Date.now() + 40 * 86_400_000).toISOString().slice(0, 10);
    const plan = BODIES.plan as { actions: object[] };
    const wrong = await step('plan', {
      ...plan,
      actions: [{ ...plan.actions[0], dueAt: '20/12/2026' }],
    })
      .set('Accept-Language', 'en')
      .expect(400);
    expect(wrong.body.errors).toEqual([
      {
        field: 'actions.0.dueAt',
        message: expect.stringContaining('a date YYYY-MM-DD or an ISO 8601 time with an offset'),
      },
    ]);
    await step('plan', {
      ...plan,
      actions: [{ ...plan.actions[0], dueAt: day }],
      reviewAt: day,
    }).expect(200);
    const approved = await step('plan/approve').expect(200);
    expect(approved.body.deadlines.reviewDueAt).toBe(
      new Date(`${day}T23:59:59.999+07:00`).toISOString(),
    );
    const docs = (await t.http.get('/api/docs-json').expect(200)).body;
    expect(docs.components.schemas.PlanDto.properties.reviewAt).toMatchObject({
      example: '2026-12-20',
      description: expect.stringContaining('A date YYYY-MM-DD (the end of that day'),
    });
  });

  it('takes If-Match quoted, weak or bare, and says what a malformed one must look like', async () => {
    const child = (await newChild({ fullName: 'Phạm Minh Đức' }).expect(201)).body;
    const patch = (ifMatch: string, village: string) =>
      w.officer
        .patch(`/api/v1/children/${child.id}`)
        .set('If-Match', ifMatch)
        .set('Accept-Language', 'en')
        .send({ village });
    await patch('1', 'Tổ 1').expect(200);
    await patch('W/"2"', 'Tổ 2').expect(200);
    await patch('"3"', 'Tổ 3').expect(200);
    const malformed = await patch('version 4', 'Tổ 4').expect(400);
    expect(malformed.body).toMatchObject({ type: '/problems/malformed-if-match' });
    expect(malformed.body.detail).toContain('"3" (or 3)');
    expect(malformed.body.detail).toContain('version 4');
  });

  it('refuses a token without an expiry', async () => {
    const { accessToken } = await signIn(t, 'canbo');
    const claims = JSON.parse(Buffer.from(accessToken.split('.')[1], 'base64url').toString());
    const forever = await t.app
      .get(JwtService)
      .signAsync({ sub: claims.sub, sid: claims.sid, typ: 'access' });
    expect(JSON.parse(Buffer.from(forever.split('.')[1], 'base64url').toString()).exp).toBe(
      undefined,
    );
    await t.as(accessToken).get('/api/v1/auth/me').expect(200);
    await t.as(forever).get('/api/v1/auth/me').expect(401);
    const enrolment = await t.app
      .get(JwtService)
      .signAsync({ sub: claims.sub, typ: 'mfa-enrollment' });
    await t.as(enrolment).post('/api/v1/auth/mfa/enroll').expect(401);
  });

  it('marks every API answer, downloads included, as not to be stored', async () => {
    const answers = await Promise.all([
      w.officer.get('/api/v1/children'),
      w.officer.get('/api/v1/children/export').buffer(true).parse(binary),
      t.http.get('/api/v1/auth/me'),
      w.officer.get('/api/v1/nothing-here'),
    ]);
    expect(answers.map((r) => r.status)).toEqual([200, 200, 401, 404]);
    for (const answer of answers) expect(answer.headers['cache-control']).toBe('no-store');
  });

  it('exports texts a spreadsheet would run as formulas with a leading quote', async () => {
    await newChild({
      fullName: 'Hoàng Văn Em',
      village: '=HYPERLINK("http://example.com","x")',
      address: '@SUM(1,2)',
      notes: '+cmd|calc',
      caregivers: [{ relation: 'mother', fullName: 'Hoàng Thị Mai', phone: '+84912345678' }],
    }).expect(201);
    // With the notes, which an export holds only when asked for with a reason.
    const file = await w.officer
      .get('/api/v1/children/export')
      .query({ sensitive: true, reason: 'Kiểm tra tệp xuất' })
      .buffer(true)
      .parse(binary)
      .expect(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Uint8Array.from(file.body as Buffer).buffer);
    const sheet = workbook.worksheets[0];
    const headers = (sheet.getRow(1).values as string[]).slice(1);
    let found: Record<string, unknown> | undefined;
    sheet.eachRow((row) => {
      const values = (row.values as unknown[]).slice(1);
      if (values.includes('Hoàng Văn Em')) {
        found = Object.fromEntries(headers.map((h, i) => [h, values[i]]));
      }
    });
    expect(found).toMatchObject({
      'Thôn, tổ dân phố': `'=HYPERLINK("http://example.com","x")`,
      'Địa chỉ': "'@SUM(1,2)",
      'Ghi chú': "'+cmd|calc",
      // A phone number is a number to a spreadsheet, not a formula: left as it is.
      'Điện thoại của mẹ': '+84912345678',
    });
  });

  describe('long URLs', () => {
    let base: string;
    beforeAll(async () => {
      const server = t.app.getHttpServer();
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    });

    it('answers a URL over 8 KB with a 414 problem, and one over the header limit with a 431', async () => {
      for (const size of [12_000, 24_000]) {
        const res = await fetch(`${base}/api/v1/children?q=${'a'.repeat(size)}`);
        expect(res.status).toBe(414);
        expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
        expect(await res.json()).toMatchObject({ type: '/problems/uri-too-long', status: 414 });
      }
      // 100 KB: an answer, not a reset connection.
      const huge = await fetch(`${base}/api/v1/children?q=${'a'.repeat(100_000)}`);
      expect(huge.status).toBe(431);
      expect(await huge.json()).toMatchObject({ type: '/problems/headers-too-large', status: 431 });
      // And the server goes on answering.
      expect((await fetch(`${base}/health`)).status).toBe(200);
    });
  });
});
