import { spawnSync } from 'node:child_process';
import { jest } from '@jest/globals';
import { AuditSealer } from '../src/audit/audit-sealer.service.js';
import { AuditRepository } from '../src/audit/audit.repository.js';
import { AuditService } from '../src/audit/audit.service.js';
import { SecondConnectionError } from '../src/database/data-source.js';
import { createTestApp, type TestApp } from './app.js';
import { AREA, createAccount, createOrganization, signIn } from './world.js';

describe('audit log: append-only, hash-chained, verifiable, read in one’s own province', () => {
  let t: TestApp;
  /** The sealer's passes are the tests' to make (its own turn comes once an hour here). */
  const seal = () => t.app.get(AuditSealer).sealPending();
  /** The actions of the newest links, oldest first. */
  const linked = async (count: number) =>
    (
      await t.dataSource.query(
        `SELECT e.action, e.actor_name FROM audit_chain c JOIN audit_events e ON e.id = c.event_id
         ORDER BY c.seq DESC LIMIT $1`,
        [count],
      )
    )
      .reverse()
      .map(
        (row: { action: string; actor_name: string | null }) => `${row.action} ${row.actor_name}`,
      );

  beforeAll(async () => {
    t = await createTestApp({ env: { AUDIT_SEAL_INTERVAL_MS: '3600000' } });
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

  /** What only a database superuser can do: switch the guards off, change the past, switch on. */
  const tamper = (sql: string) =>
    t.dataSource.query(`
      ALTER TABLE audit_events DISABLE TRIGGER audit_events_append_only;
      ALTER TABLE audit_chain DISABLE TRIGGER audit_chain_append_only;
      ${sql};
      ALTER TABLE audit_chain ENABLE TRIGGER audit_chain_append_only;
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
      (e: { id: string }) => e.id,
    );
    const paged: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { body: { items: { id: string }[]; nextCursor: string | null } } = await reader
        .get('/api/v1/audit')
        .query({ limit: 2, ...(cursor ? { cursor } : {}) })
        .expect(200);
      paged.push(...page.body.items.map((e) => e.id));
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(paged).toEqual(all);
    await reader.get('/api/v1/audit?cursor=garbage').expect(400);
  });

  it('refuses UPDATE, DELETE and TRUNCATE from the application, of the log and of its chain', async () => {
    await seal();
    await t.app.get(AuditRepository).publishHead();
    for (const [table, column] of [
      ['audit_events', 'action'],
      ['audit_chain', 'hash'],
      ['audit_heads', 'hash'],
    ]) {
      await expect(t.dataSource.query(`UPDATE ${table} SET ${column} = ${column}`)).rejects.toThrow(
        /append-only/,
      );
      await expect(t.dataSource.query(`DELETE FROM ${table}`)).rejects.toThrow(/append-only/);
      await expect(t.dataSource.query(`TRUNCATE ${table}`)).rejects.toThrow(/append-only/);
    }
  });

  it('writes an entry with no lock held to its commit; the sealer links what committed, in order', async () => {
    const audit = t.app.get(AuditService);
    await seal();
    // A transaction that recorded an entry and has not committed yet (a slow job, say).
    const slow = t.dataSource.createQueryRunner();
    await slow.connect();
    await slow.startTransaction();
    await audit.record({ actor: null, actorName: 'slow', action: 'test.slow' }, slow.manager);
    try {
      // Meanwhile a sign-in records its entry and is answered: nothing waits on the slow one.
      const started = Date.now();
      await t.http
        .post('/api/v1/auth/login')
        .send({ username: 'officer-b', password: 'wrong-password-1' })
        .expect(401);
      expect(Date.now() - started).toBeLessThan(2_000);
      // An entry whose change rolled back is not kept, so never linked.
      await expect(
        t.dataSource.transaction(async (tx) => {
          await audit.record({ actor: null, actorName: 'undone', action: 'test.undone' }, tx);
          throw new Error('the change failed');
        }),
      ).rejects.toThrow('the change failed');
      // Two passes at once (two workers): one links, the other skips its turn.
      const passes = await Promise.all([seal(), seal()]);
      expect(passes.reduce((sum, n) => sum + n, 0)).toBe(1);
      expect(await linked(1)).toEqual(['auth.login_failed officer-b']);
    } finally {
      await slow.commitTransaction();
      await slow.release();
    }
    // Committed later, linked after: the chain is in the order of commits, not of writing.
    expect(await seal()).toBe(1);
    expect(await linked(2)).toEqual(['auth.login_failed officer-b', 'test.slow slow']);
    const [{ undone }] = await t.dataSource.query(
      "SELECT count(*)::int AS undone FROM audit_events WHERE action = 'test.undone'",
    );
    expect(undone).toBe(0);
    expect(verify()).toMatchObject({ code: 0 });
  });

  it('links a pass of more entries than it hashes at a time into one unbroken chain', async () => {
    const audit = t.app.get(AuditService);
    await seal();
    // More than a slice (HASH_SLICE, 100) and not a multiple of it: each slice goes on from the
    // link before it.
    await t.dataSource.transaction(async (tx) => {
      for (let i = 0; i < 250; i++) {
        await audit.record({ actor: null, actorName: `bulk ${i}`, action: 'test.bulk' }, tx);
      }
    });
    expect(await seal()).toBe(250);
    expect(await linked(250)).toEqual(Array.from({ length: 250 }, (_, i) => `test.bulk bulk ${i}`));
    expect(verify()).toMatchObject({ code: 0 });
  });

  it('writes the entries of concurrent reads together, each written before its read is answered', async () => {
    const audit = t.app.get(AuditService);
    const statements = jest.spyOn(t.app.get(AuditRepository), 'append');
    try {
      const recorded = async (i: number) => {
        await audit.record({ actor: null, actorName: `reader ${i}`, action: 'test.read' });
        // Resolved once written: the entry is there to be read.
        const [{ n }] = await t.dataSource.query(
          `SELECT count(*)::int AS n FROM audit_events WHERE action = 'test.read' AND actor_name = $1`,
          [`reader ${i}`],
        );
        return n as number;
      };
      const counts = await Promise.all(Array.from({ length: 40 }, (_, i) => recorded(i)));
      expect(counts).toEqual(Array.from({ length: 40 }, () => 1));
      expect(statements.mock.calls.length).toBeLessThan(40);
      // An entry the database refuses (a NUL in jsonb) fails alone; the others are written.
      statements.mockClear();
      const results = await Promise.allSettled(
        ['fine 1', 'bad', 'fine 2'].map((name) =>
          audit.record({
            actor: null,
            actorName: name,
            action: 'test.refused',
            details: name === 'bad' ? { note: 'a\u0000b' } : {},
          }),
        ),
      );
      expect(results.map((result) => result.status)).toEqual([
        'fulfilled',
        'rejected',
        'fulfilled',
      ]);
      const written = await t.dataSource.query(
        "SELECT actor_name FROM audit_events WHERE action = 'test.refused' ORDER BY actor_name",
      );
      expect(written.map((row: { actor_name: string }) => row.actor_name)).toEqual([
        'fine 1',
        'fine 2',
      ]);
    } finally {
      statements.mockRestore();
    }
    // Inside a transaction an entry recorded without it is refused, as a second connection is.
    await expect(
      t.dataSource.transaction(() =>
        audit.record({ actor: null, actorName: 'misplaced', action: 'test.misplaced' }),
      ),
    ).rejects.toThrow(SecondConnectionError);
    expect(verify()).toMatchObject({ code: 0 });
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
    await seal();
    const before = await overHttp();
    expect(before).toMatchObject({ intact: true, problemCount: 0, problems: [] });
    expect(before.head.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(before.entries).toBe(Number(before.head.seq));

    const intact = verify();
    expect(intact.output).toMatch(
      /^Audit log intact: \d+ entries; head seq \d+, hash [0-9a-f]{64}/,
    );
    expect(intact.code).toBe(0);

    await tamper(
      `UPDATE audit_events SET details = '{"reason":"nothing happened"}'
       WHERE id = (SELECT event_id FROM audit_chain WHERE seq = 3)`,
    );
    const altered = verify();
    expect(altered.code).toBe(1);
    expect(altered.output).toContain('seq 3: altered');
    expect(await overHttp()).toMatchObject({
      intact: false,
      problemCount: 1,
      problems: [{ seq: '3', problem: 'altered' }],
    });

    await tamper(`DELETE FROM audit_chain WHERE seq = 5`);
    const removed = verify();
    expect(removed.code).toBe(1);
    expect(removed.output).toContain('seq 6: missing: entries 5..5 are missing');
    const [{ id: seventh }] = await t.dataSource.query(
      'SELECT event_id AS id FROM audit_chain WHERE seq = 7',
    );
    await tamper(`DELETE FROM audit_events WHERE id = ${seventh}`);
    expect((await overHttp()).problems).toEqual(
      expect.arrayContaining([
        { seq: '6', problem: 'missing', detail: 'entries 5..5 are missing' },
        { seq: '7', problem: 'missing', detail: `entry ${seventh} of this link was removed` },
      ]),
    );
  });

  it('reports an entry slipped in outside the chain, and a published head the chain lost', async () => {
    const before = verify().output;
    // A row written straight into the table, backdated: the sealer never links it.
    const [{ id: slipped }] = await t.dataSource.query(
      `INSERT INTO audit_events (at, actor_type, action, xact)
       VALUES (now() - interval '2 minutes', 'system', 'auth.login', NULL) RETURNING id`,
    );
    await seal();
    const found = verify();
    expect(found.code).toBe(1);
    expect(found.output).toMatch(
      new RegExp(`outside the chain: unchained: entry ${slipped} of .* is in no link of the chain`),
    );
    expect(before).not.toContain('unchained');

    // The head is published, then the newest link replaced: the chain no longer holds it.
    const head = await t.app.get(AuditRepository).publishHead();
    expect(head).toEqual({
      seq: expect.any(String),
      hash: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
    await tamper(`DELETE FROM audit_chain WHERE seq = ${head!.seq}`);
    expect(verify().output).toContain(
      `seq ${head!.seq}: head-mismatch: the chain ends before a head published earlier`,
    );
  });
});
