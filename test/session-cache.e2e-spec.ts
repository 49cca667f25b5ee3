import { jest } from '@jest/globals';
import pg from 'pg';
import { AuthRepository } from '../src/auth/auth.repository.js';
import { createTestApp, type TestApp } from './app.js';
import { AREA, createAccount, createOrganization, eventually, signIn } from './world.js';

const LIMITS = { RATE_LIMIT_PER_MINUTE: '100000', LOGIN_RATE_LIMIT_PER_MINUTE: '1000' };

/**
 * The sign-in check of a request is kept in memory (issue 24): a session's next requests read
 * nothing from the database, and a change to the session, the account or its organisation,
 * made by any process or straight in the database, ends access in every API process within a
 * second. Two API processes of one deployment, `a` and `b`, on one database.
 */
describe('the sign-in check kept in memory by each API process', () => {
  let a: TestApp;
  let b: TestApp;
  let organizationId: string;
  let outside: pg.Client;
  /** How often `b` read a session from the database. */
  let reads: jest.SpiedFunction<AuthRepository['sessionWithUser']>;

  beforeAll(async () => {
    a = await createTestApp({ role: 'api', env: LIMITS });
    b = await createTestApp({ role: 'api', sharing: a, env: LIMITS });
    organizationId = await createOrganization(
      a,
      'UBND phường Ba Đình',
      'commune_committee',
      AREA.provinceA,
      AREA.communeA1,
    );
    await createAccount(a, 'admin', organizationId, ['system_admin']);
    outside = new pg.Client({ connectionString: a.databaseUrl });
    await outside.connect();
    reads = jest.spyOn(b.app.get(AuthRepository), 'sessionWithUser');
  });
  afterAll(async () => {
    await outside?.end();
    await b?.close();
    await a?.close();
  });

  /** How often `b` read the session from the database for `requests` requests of the client. */
  const readsFor = async (client: () => ReturnType<TestApp['as']>, requests: number) => {
    const before = reads.mock.calls.length;
    for (let i = 0; i < requests; i++) await client().get('/api/v1/auth/me').expect(200);
    return reads.mock.calls.length - before;
  };

  /** Until `b` keeps the client's check: a request, and the next one served from memory. */
  const kept = (client: () => ReturnType<TestApp['as']>) =>
    eventually(async () => {
      await readsFor(client, 1);
      expect(await readsFor(client, 1)).toBe(0);
    }, 5_000);

  let n = 0;
  /** A new account of the organisation, signed in; its client of `b` once `b` keeps its check. */
  const signedIn = async () => {
    const username = `officer${++n}`;
    const account = await createAccount(a, username, organizationId, ['commune_officer']);
    const { accessToken } = await signIn(a, username);
    const client = () => b.as(accessToken);
    // `b` listens from its first request on: until then it keeps nothing.
    await kept(client);
    return { account, accessToken, client };
  };

  /** Milliseconds until `b` refuses the client, polled every 10 ms, at most 3 s. */
  const untilRefused = async (client: () => ReturnType<TestApp['as']>): Promise<number> => {
    const started = Date.now();
    for (;;) {
      const { status } = await client().get('/api/v1/auth/me');
      if (status === 401) return Date.now() - started;
      if (Date.now() - started > 3_000) throw new Error(`still ${status} after 3 s`);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  };

  it('reads a session from the database once for its requests', async () => {
    const { client } = await signedIn();
    expect(await readsFor(client, 5)).toBe(0);
  });

  it('ends access in the other process within a second of a deactivation', async () => {
    const { account, client } = await signedIn();
    const admin = a.as((await signIn(a, 'admin')).accessToken);
    await admin.patch(`/api/v1/users/${account.id}`).send({ active: false }).expect(200);
    expect(await untilRefused(client)).toBeLessThan(1_000);
  });

  it('ends access within a second of a change made straight in the database', async () => {
    const session = await signedIn();
    await outside.query('UPDATE users SET roles = $2 WHERE id = $1', [
      session.account.id,
      ['social_worker'],
    ]);
    // Still signed in, with the new role within a second.
    await eventually(async () => {
      const me = await session.client().get('/api/v1/auth/me').expect(200);
      expect(me.body.roles).toEqual(['social_worker']);
    }, 1_000);
    await outside.query(`UPDATE auth_sessions SET revoked_at = now() WHERE user_id = $1`, [
      session.account.id,
    ]);
    expect(await untilRefused(session.client)).toBeLessThan(1_000);
    const other = await signedIn();
    await outside.query('UPDATE organizations SET active = false WHERE id = $1', [organizationId]);
    try {
      expect(await untilRefused(other.client)).toBeLessThan(1_000);
    } finally {
      await outside.query('UPDATE organizations SET active = true WHERE id = $1', [organizationId]);
    }
  });

  it('ends access in its own process with the next request after a sign-out', async () => {
    const { accessToken } = await signedIn();
    // Without the database's notification: the process drops what it changed itself.
    await outside.query('ALTER TABLE auth_sessions DISABLE TRIGGER access_changes_notify');
    try {
      await b.as(accessToken).post('/api/v1/auth/logout').expect(204);
      await b.as(accessToken).get('/api/v1/auth/me').expect(401);
    } finally {
      await outside.query('ALTER TABLE auth_sessions ENABLE TRIGGER access_changes_notify');
    }
  });

  it('keeps nothing while it cannot listen, and keeps again once it listens', async () => {
    const { client } = await signedIn();
    const listeners = async () =>
      (
        await outside.query(
          `SELECT pid FROM pg_stat_activity
           WHERE datname = current_database() AND application_name = 'bvte-session-cache'`,
        )
      ).rows as { pid: number }[];
    // Every process that took a request listens (`b` among them); the test cuts them all, as a
    // restarted database would.
    const listening = await listeners();
    expect(listening.length).toBeGreaterThan(0);
    await outside.query('SELECT pg_terminate_backend(pid) FROM unnest($1::int[]) pid', [
      listening.map((row) => row.pid),
    ]);
    // Until `b` listens again it reads the session on every request.
    await eventually(async () => expect(await readsFor(client, 2)).toBe(2), 1_000);
    await eventually(async () => expect(await listeners()).toHaveLength(listening.length), 5_000);
    await kept(client);
  });
});
