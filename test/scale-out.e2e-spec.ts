import { type ChildProcess, spawnSync } from 'node:child_process';
import supertest from 'supertest';
import { createTestApp, TEST_SECRETS, type TestApp } from './app.js';
import { hotlineReport } from './case-world.js';
import { type ImportStatus } from './imports.js';
import { freePort, kill, output, start, waitForHttp } from './processes.js';
import { type ReferralWorld, receivedReferral, referral, referralWorld } from './referral-world.js';
import { AREA, eventually, signIn } from './world.js';

type Client = ReturnType<typeof supertest.agent>;

const CASES = 6;
const IMPORTED = 200;
/** The rate limits are counted across the processes: this test signs in more than a person. */
const LIMITS = { RATE_LIMIT_PER_MINUTE: '100000', LOGIN_RATE_LIMIT_PER_MINUTE: '1000' };
/** The initial assessment falls due this long after the reports are taken in. */
const DUE_IN_MS = 20_000;

/**
 * The production layout of the README (issue 24): two API processes and two worker processes on
 * one PostgreSQL and one Redis, each `node dist/main.js` or
 * `node dist/worker.js` as a deployment runs them. Requests go to both APIs; the workers share the
 * jobs. Nothing is lost or done twice: every report and referral is answered, each notification
 * reaches each person once, an import creates each row once, each deadline reminds and escalates
 * once, and the audit log is chained whole by one sealer at a time.
 */
/**
 * Run with REDIS_URL (CI's second pass), as the layout is deployed (docker/compose.yml): BullMQ's
 * PostgreSQL backend opens pools of its own per queue in each process, and four processes'
 * of them pass a default server's 100 connections beside another test file's.
 */
const layout = process.env.REDIS_URL ? describe : describe.skip;

layout('two API processes and two workers on one database and one Redis', () => {
  let t: TestApp;
  let w: ReferralWorld;
  const processes: ChildProcess[] = [];
  const apis: string[] = [];

  /** A client of one API process, signed in as `username`. */
  const as = async (api: string, username: string): Promise<Client> =>
    supertest.agent(api).set('Authorization', `Bearer ${(await signIn(t, username)).accessToken}`);

  const run = (script: string, env: Record<string, string>) => {
    const child = start(script, {
      ...TEST_SECRETS,
      DATABASE_URL: t.database.url,
      QUEUE_PREFIX: t.database.name,
      ...(process.env.REDIS_URL ? { REDIS_URL: process.env.REDIS_URL } : {}),
      OUTBOX_POLL_MS: '100',
      MIGRATIONS_RUN: 'off',
      ...LIMITS,
      LOG_LEVEL: 'warn',
      ...env,
    });
    processes.push(child);
    return child;
  };

  beforeAll(async () => {
    // The accounts and organisations, made by an API-only instance (it runs no job).
    t = await createTestApp({ role: 'api', env: LIMITS });
    w = await referralWorld(t);
    for (let i = 0; i < 2; i++) {
      const port = await freePort();
      run('dist/main.js', { PORT: String(port), HOST: '127.0.0.1' });
      apis.push(`http://127.0.0.1:${port}`);
    }
    run('dist/worker.js', {});
    run('dist/worker.js', {});
    try {
      for (const api of apis) await waitForHttp(`${api}/health/ready`, 30_000);
    } catch (error) {
      throw new Error(
        `${(error as Error).message}\n${processes.map((p) => output.get(p)).join('\n')}`,
      );
    }
  }, 60_000);

  afterAll(async () => {
    for (const child of processes) await kill(child);
    await t.close();
  });

  it('serves, imports, keeps deadlines and delivers referrals, each once; the audit chain whole', async () => {
    const workers = await Promise.all(apis.map((api) => as(api, 'ctxh')));
    const officer = await as(apis[1], 'canbo');

    // Reports taken in through both APIs at once, received long enough ago that the initial
    // assessment falls due in a few seconds (12 hours from receipt).
    const receivedAt = new Date(Date.now() - 12 * 3_600_000 + DUE_IN_MS).toISOString();
    const cases = await Promise.all(
      Array.from({ length: CASES }, async (_, i) => {
        const api = workers[i % 2];
        const kase = (
          await api
            .post('/api/v1/cases')
            .send({ ...hotlineReport(receivedAt), source: 'public' })
            .expect(201)
        ).body as { id: string; code: string };
        await api.post(`/api/v1/cases/${kase.id}/assign`).send({ userId: w.ids.ctxh }).expect(200);
        return kase;
      }),
    );
    expect(new Set(cases.map((c) => c.code)).size).toBe(CASES);

    // A referral of each case to the police, through the other API, all at once.
    const referrals = await Promise.all(
      cases.map(
        async (kase, i) =>
          (
            await workers[(i + 1) % 2]
              .post(`/api/v1/cases/${kase.id}/referrals`)
              .send(referral(w.ids.policeOrg, 'urgent'))
              .expect(201)
          ).body.id as string,
      ),
    );

    // An import while the rest runs: one of the workers takes it.
    const rows = Array.from(
      { length: IMPORTED },
      (_, i) => `Nguyễn Văn Tỏa ${i},${String(1 + (i % 28)).padStart(2, '0')}/05/2015,Nam,1,4`,
    );
    const file = Buffer.from(
      `\uFEFFHọ và tên,Ngày sinh,Giới tính,Mã tỉnh,Mã xã\r\n${rows.join('\r\n')}\r\n`,
    );
    const queued = await officer
      .post('/api/v1/children/imports')
      .attach('file', file, 'danh-sach.csv')
      .expect(202);

    // Each referral reaches each police officer once.
    for (const id of referrals) {
      for (const client of [w.police, w.police2]) {
        await eventually(
          async () => expect(await receivedReferral(client, id)).toHaveLength(1),
          30_000,
        );
      }
    }
    const imported = await eventually(async () => {
      const status = (await officer.get(`/api/v1/children/imports/${queued.body.id}`).expect(200))
        .body as ImportStatus;
      expect(status.status).toBe('done');
      return status;
    }, 60_000);
    expect(imported).toMatchObject({ created: IMPORTED, rejected: 0 });
    const [{ n: children }] = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM children WHERE full_name LIKE 'Nguyễn Văn Tỏa %' AND commune_code = $1`,
      [AREA.communeA1],
    );
    expect(children).toBe(IMPORTED);

    // The cases' own deadlines from the report (the initial assessment, the emergency measures)
    // fall due now: each reminded once, then escalated once past its due time.
    const caseIds = cases.map((c) => c.id);
    // (The plan's, due days later, stay open.)
    const due = `case_id = ANY($1) AND kind NOT LIKE 'referral_%' AND due_at < now() + interval '1 hour'`;
    await eventually(async () => {
      const [{ open }] = await t.dataSource.query(
        `SELECT count(*)::int AS open FROM deadlines WHERE ${due} AND escalated_at IS NULL`,
        [caseIds],
      );
      expect(open).toBe(0);
    }, DUE_IN_MS + 30_000);
    const [{ deadlines }] = await t.dataSource.query(
      `SELECT count(*)::int AS deadlines FROM deadlines WHERE ${due} AND reminded_at IS NOT NULL`,
      [caseIds],
    );
    expect(deadlines).toBeGreaterThanOrEqual(CASES);
    // Their notifications go out by a job of their own, after.
    for (const kind of ['deadline_reminder', 'deadline_escalation']) {
      await eventually(async () => {
        const told = await t.dataSource.query<{ userId: string; n: number }[]>(
          `SELECT dedupe_key, user_id AS "userId", count(*)::int AS n FROM notifications
           WHERE kind = $1 AND entity_id = ANY($2) GROUP BY 1, 2`,
          [kind, caseIds],
        );
        expect(told.filter((row) => row.userId === w.ids.ctxh)).toHaveLength(deadlines);
        expect(told.every((row) => row.n === 1)).toBe(true);
      });
    }

    // Every entry of the audit log linked once, in one chain, by the workers' sealers.
    await eventually(async () => {
      const [{ n }] = await t.dataSource.query(
        `SELECT count(*)::int AS n FROM audit_events e
         WHERE NOT EXISTS (SELECT 1 FROM audit_chain c WHERE c.event_id = e.id)`,
      );
      expect(n).toBe(0);
    }, 10_000);
    const verified = spawnSync(process.execPath, ['dist/audit/verify-cli.js'], {
      env: { PATH: process.env.PATH, DATABASE_URL: t.database.url, LOG_LEVEL: 'silent' },
      encoding: 'utf8',
    });
    expect(verified.stdout + verified.stderr).toMatch(/^Audit log intact/);
    expect(verified.status).toBe(0);
  }, 150_000);

  it('ends access in every API process within a second of a deactivation', async () => {
    const colleague = await as(apis[1], 'ctxh2');
    await colleague.get('/api/v1/auth/me').expect(200);
    const admin = await as(apis[0], 'admin');
    await admin.patch(`/api/v1/users/${w.ids.ctxh2}`).send({ active: false }).expect(200);
    // The other process keeps the session's check until the database notifies it of the change.
    await eventually(() => colleague.get('/api/v1/auth/me').expect(401), 1_000);
  });
});
