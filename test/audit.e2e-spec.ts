import { spawnSync } from 'node:child_process';
import { createTestApp, type TestApp } from './app.js';
import { AREA, createAccount, createOrganization, signIn } from './world.js';

describe('audit log: append-only, hash-chained, verifiable, read in one’s own province', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
    const communeA = await createOrganization(
      t,
      'UBND phường Ba Đình',
      'commune_committee',
      AREA.provinceA,
      AREA.communeA1,
    );
    const communeB = await createOrganization(
      t,
      'UBND phường Thủ Dầu Một',
      'commune_committee',
      AREA.provinceB,
      AREA.communeB1,
    );
    const departmentA = await createOrganization(
      t,
      'Sở Y tế Hà Nội',
      'provincial_department',
      AREA.provinceA,
    );
    await createAccount(t, 'officer-a', communeA, ['commune_officer']);
    await createAccount(t, 'officer-b', communeB, ['commune_officer']);
    await createAccount(t, 'province-a', departmentA, ['province_officer']);
    await createAccount(t, 'admin', departmentA, ['system_admin']);
    await signIn(t, 'officer-a');
    await signIn(t, 'officer-b');
    await t.http
      .post('/api/v1/auth/login')
      .send({ username: 'officer-b', password: 'wrong-password-1' });
  });
  afterAll(() => t.close());

  const verify = () => {
    const result = spawnSync(process.execPath, ['dist/audit/verify-cli.js'], {
      env: { PATH: process.env.PATH, DATABASE_URL: t.databaseUrl, LOG_LEVEL: 'silent' },
      encoding: 'utf8',
    });
    return { code: result.status, output: result.stdout + result.stderr };
  };

  /** What only a database superuser can do: switch the guard off, change the past, switch it on. */
  const tamper = (sql: string) =>
    t.dataSource.query(`
      ALTER TABLE audit_events DISABLE TRIGGER audit_events_append_only;
      ${sql};
      ALTER TABLE audit_events ENABLE TRIGGER audit_events_append_only;`);

  it('lets a province officer read the log of their province only; nobody else', async () => {
    const reader = t.as((await signIn(t, 'province-a')).accessToken);
    const page = await reader.get('/api/v1/audit?limit=200').expect(200);
    const provinces = new Set(page.body.items.map((e: { provinceCode: string }) => e.provinceCode));
    expect([...provinces]).toEqual([AREA.provinceA]);
    expect(page.body.items.map((e: { action: string }) => e.action)).toEqual(
      expect.arrayContaining(['auth.login', 'user.created']),
    );
    const failed = await reader
      .get('/api/v1/audit?actorId=00000000-0000-0000-0000-000000000000')
      .expect(200);
    expect(failed.body.items).toEqual([]);
    await t
      .as((await signIn(t, 'officer-a')).accessToken)
      .get('/api/v1/audit')
      .expect(403);
  });

  it('pages without gaps or repeats', async () => {
    const reader = t.as((await signIn(t, 'province-a')).accessToken);
    const all = (await reader.get('/api/v1/audit?limit=200').expect(200)).body.items.map(
      (e: { seq: string }) => e.seq,
    );
    const paged: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { body: { items: { seq: string }[]; nextCursor: string | null } } = await reader
        .get('/api/v1/audit')
        .query({ limit: 2, ...(cursor ? { cursor } : {}) })
        .expect(200);
      paged.push(...page.body.items.map((e) => e.seq));
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(paged).toEqual(all);
    await reader.get('/api/v1/audit?cursor=garbage').expect(400);
  });

  it('refuses UPDATE, DELETE and TRUNCATE from the application', async () => {
    await expect(
      t.dataSource.query(`UPDATE audit_events SET action = 'x' WHERE seq = 1`),
    ).rejects.toThrow(/append-only/);
    await expect(t.dataSource.query(`DELETE FROM audit_events WHERE seq = 1`)).rejects.toThrow(
      /append-only/,
    );
    await expect(t.dataSource.query(`TRUNCATE audit_events`)).rejects.toThrow(/append-only/);
  });

  it('verifies an intact chain, and finds an altered entry and a removed one', async () => {
    const reader = t.as((await signIn(t, 'province-a')).accessToken);
    const overHttp = async () =>
      (await reader.get('/api/v1/audit/verification').expect(200)).body as {
        intact: boolean;
        entries: number;
        head: { seq: string; hash: string };
        problemCount: number;
        problems: { seq: string; problem: string; detail: string }[];
      };
    const before = await overHttp();
    expect(before).toMatchObject({ intact: true, problemCount: 0, problems: [] });
    expect(before.head.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(before.entries).toBe(Number(before.head.seq));

    const intact = verify();
    expect(intact.output).toMatch(
      /^Audit log intact: \d+ entries; head seq \d+, hash [0-9a-f]{64}/,
    );
    expect(intact.code).toBe(0);

    await tamper(`UPDATE audit_events SET details = '{"reason":"nothing happened"}' WHERE seq = 3`);
    const altered = verify();
    expect(altered.code).toBe(1);
    expect(altered.output).toContain('seq 3: altered');
    expect(await overHttp()).toMatchObject({
      intact: false,
      problemCount: 1,
      problems: [{ seq: '3', problem: 'altered' }],
    });

    await tamper(`DELETE FROM audit_events WHERE seq = 5`);
    const removed = verify();
    expect(removed.code).toBe(1);
    expect(removed.output).toContain('seq 6: missing: entries 5..5 are missing');
    expect((await overHttp()).problems).toEqual(
      expect.arrayContaining([
        { seq: '6', problem: 'missing', detail: 'entries 5..5 are missing' },
      ]),
    );
  });
});
