import { connect, createServer, type Server, type Socket } from 'node:net';
import { getQueueToken } from '@nestjs/bullmq';
import { jest } from '@jest/globals';
import { Logger } from '@nestjs/common';
import type { Queue } from 'bullmq';
import pg from 'pg';
import type { QueryRunner } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver.js';
import {
  dataSourceOptions,
  GuardedDataSource,
  SecondConnectionError,
} from '../src/database/data-source.js';
import { QueueName } from '../src/queue/queue.constants.js';
import { createTestApp, TEST_SECRETS, type TestApp } from './app.js';
import { freePort, kill, start, waitForHttp } from './processes.js';
import { type ReferralWorld, referral, referralWorld, reportedCase } from './referral-world.js';
import { signIn } from './world.js';

const LIMITS = { LOGIN_RATE_LIMIT_PER_MINUTE: '10000', RATE_LIMIT_PER_MINUTE: '100000' };

/**
 * The database never hangs the API (issue 20): a burst of referrals, which once took every
 * connection of the pool inside transactions each waiting for one more, is answered while other
 * requests are; every wait has a limit and ends in a 503 the client can retry; the database out
 * of reach is a 503 too; a second connection borrowed inside a transaction is refused.
 */
describe('the database under a burst, a stuck wait and an outage', () => {
  let t: TestApp;
  let w: ReferralWorld;
  const referralBody = () => referral(w.ids.policeOrg, 'routine', { serviceType: 'legal_aid' });

  beforeAll(async () => {
    t = await createTestApp({ role: 'api', env: LIMITS });
    w = await referralWorld(t);
  });
  afterAll(() => t.close());

  /** A client of the test database outside the app's pool. */
  const outsideClient = async () => {
    const client = new pg.Client({ connectionString: t.databaseUrl });
    await client.connect();
    return client;
  };

  const stuckConnections = async () => {
    const client = await outsideClient();
    try {
      const { rows } = await client.query(
        `SELECT state, wait_event_type FROM pg_stat_activity
          WHERE datname = current_database() AND pid <> pg_backend_pid()
            AND (state LIKE 'idle in transaction%' OR wait_event_type = 'Lock')`,
      );
      return rows;
    } finally {
      await client.end();
    }
  };

  it('answers a burst of referrals on one case and on thirty, and other requests meanwhile', async () => {
    const one = await reportedCase(w, new Date().toISOString());
    const many: { id: string }[] = [];
    for (let i = 0; i < 30; i++) many.push(await reportedCase(w, new Date().toISOString()));

    const burst = [
      ...Array.from({ length: 12 }, () =>
        w.worker.post(`/api/v1/cases/${one.id}/referrals`).send(referralBody()),
      ),
      ...many.map((kase) =>
        w.worker.post(`/api/v1/cases/${kase.id}/referrals`).send(referralBody()),
      ),
    ].map((request) => request.then((response) => response));
    // While the burst runs: a sign-in and a read are answered.
    const [login, read] = await Promise.all([
      signIn(t, 'canbo'),
      w.worker.get(`/api/v1/cases/${one.id}`),
    ]);
    expect(login.accessToken).toEqual(expect.any(String));
    expect(read.status).toBe(200);

    const answers = await Promise.all(burst);
    expect(answers.map((response) => response.status)).toEqual(answers.map(() => 201));
    const onOne = await w.worker.get(`/api/v1/cases/${one.id}/referrals?limit=50`).expect(200);
    expect(onOne.body.items).toHaveLength(12);
    expect(await stuckConnections()).toEqual([]);
  }, 120_000);

  it('refuses a query that borrows a second connection inside a transaction', async () => {
    const guarded = t.dataSource as GuardedDataSource;
    expect(guarded).toBeInstanceOf(GuardedDataSource);
    await expect(
      guarded.transaction(async (tx) => {
        await tx.query('SELECT 1');
        await guarded.query('SELECT 1');
      }),
    ).rejects.toThrow(SecondConnectionError);
    // The transaction's own manager is fine, and so is the pool once the callback has settled.
    await expect(guarded.transaction((tx) => tx.query('SELECT 1 AS one'))).resolves.toEqual([
      { one: 1 },
    ]);
    let later: Promise<unknown> = Promise.resolve();
    await guarded.transaction(async () => {
      later = new Promise((resolve) => setTimeout(resolve, 50)).then(() =>
        guarded.query('SELECT 1'),
      );
    });
    await expect(later).resolves.toBeDefined();
  });

  it('logs the second connection in production and goes on', async () => {
    const production = new GuardedDataSource(
      dataSourceOptions(t.databaseUrl, { poolSize: 2 }),
      'log',
    );
    await production.initialize();
    const logged = jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
    try {
      await expect(
        production.transaction(async () => production.query('SELECT 2 AS two')),
      ).resolves.toEqual([{ two: 2 }]);
      expect(logged).toHaveBeenCalledWith(
        expect.objectContaining({ err: expect.any(SecondConnectionError) }),
        expect.stringMatching(/second connection/),
      );
    } finally {
      logged.mockRestore();
      await production.destroy();
    }
  });

  it('sets the time limits on every connection of the pool', async () => {
    const [settings] = await t.dataSource.query(
      `SELECT current_setting('statement_timeout') AS statement,
              current_setting('lock_timeout') AS lock,
              current_setting('idle_in_transaction_session_timeout') AS idle`,
    );
    expect(settings).toEqual({ statement: '30s', lock: '10s', idle: '2min' });
  });

  it('opens no more connections than DB_POOL_SIZE and, per queue, QUEUE_DB_POOL_SIZE', async () => {
    // A database of its own: every connection to it is this app's.
    const sized = await createTestApp({
      role: 'api',
      env: { ...LIMITS, DB_POOL_SIZE: '2', QUEUE_DB_POOL_SIZE: '1' },
    });
    const client = new pg.Client({ connectionString: sized.databaseUrl });
    await client.connect();
    try {
      const queues = Object.values(QueueName).map((name) =>
        sized.app.get<Queue>(getQueueToken(name)),
      );
      const connections = async () => {
        const { rows } = await client.query<{ name: string; n: number }>(
          `SELECT application_name AS name, count(*)::int AS n FROM pg_stat_activity
            WHERE datname = current_database() AND pid <> pg_backend_pid() GROUP BY 1`,
        );
        return Object.fromEntries(rows.map((r) => [r.name, r.n]));
      };
      // Twenty statements at once on the pool and on each queue's: each waits for its pool.
      const most: Record<string, number> = {};
      let done = false;
      const busy = Promise.all([
        ...Array.from({ length: 20 }, () => sized.dataSource.query('SELECT pg_sleep(0.05)')),
        ...queues.flatMap((queue) => Array.from({ length: 20 }, () => queue.getJobCounts())),
      ]).finally(() => (done = true));
      while (!done) {
        for (const [name, n] of Object.entries(await connections())) {
          most[name] = Math.max(most[name] ?? 0, n);
        }
      }
      await busy;
      expect(most.bvte).toBe(2);
      // On Redis the queues hold no connection to the database.
      expect(most['bvte-queue'] ?? 0).toBeLessThanOrEqual(
        process.env.REDIS_URL ? 0 : queues.length,
      );
    } finally {
      await client.end();
      await sized.close();
    }
  });

  describe('a wait cut short', () => {
    let short: TestApp;
    let statement: TestApp;

    beforeAll(async () => {
      short = await createTestApp({
        role: 'api',
        sharing: t,
        env: { ...LIMITS, DB_LOCK_TIMEOUT_MS: '300', DB_POOL_WAIT_MS: '300' },
      });
      statement = await createTestApp({
        role: 'api',
        sharing: t,
        env: { ...LIMITS, DB_LOCK_TIMEOUT_MS: '0', DB_STATEMENT_TIMEOUT_MS: '400' },
      });
    });
    afterAll(async () => {
      await short?.close();
      await statement?.close();
    });

    /** Holds the case's row lock from another connection while `during` runs. */
    const whileCaseLocked = async <T>(caseId: string, during: () => Promise<T>): Promise<T> => {
      const client = await outsideClient();
      try {
        await client.query('BEGIN');
        await client.query('SELECT 1 FROM cases WHERE id = $1 FOR UPDATE', [caseId]);
        return await during();
      } finally {
        await client.query('ROLLBACK');
        await client.end();
      }
    };

    const expectBusy = (response: {
      status: number;
      headers: Record<string, string>;
      body: Record<string, unknown>;
    }) => {
      expect(response.status).toBe(503);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(response.headers['retry-after']).toBe('5');
      expect(response.body).toMatchObject({ type: '/problems/database-busy', status: 503 });
    };

    it('answers a lock wait over DB_LOCK_TIMEOUT_MS with 503 and Retry-After, in Vietnamese', async () => {
      const kase = await reportedCase(w, new Date().toISOString());
      const worker = short.as((await signIn(short, 'ctxh')).accessToken);
      const response = await whileCaseLocked(kase.id, () =>
        worker.post(`/api/v1/cases/${kase.id}/referrals`).send(referralBody()),
      );
      expectBusy(response);
      expect(response.headers['content-language']).toBe('vi');
      expect(response.body.title).toBe('Hệ thống đang bận');
      expect(response.body.detail).toBe(
        'Hệ thống đang bận nên yêu cầu chưa hoàn tất. Vui lòng thử lại sau 5 giây.',
      );
      // Nothing was written, and the case takes the referral once the lock is gone.
      await worker.post(`/api/v1/cases/${kase.id}/referrals`).send(referralBody()).expect(201);
      const sent = await worker.get(`/api/v1/cases/${kase.id}/referrals`).expect(200);
      expect(sent.body.items).toHaveLength(1);
    });

    it('answers a statement over DB_STATEMENT_TIMEOUT_MS with 503, in English when asked', async () => {
      const kase = await reportedCase(w, new Date().toISOString());
      const worker = statement.as((await signIn(statement, 'ctxh')).accessToken);
      const response = await whileCaseLocked(kase.id, () =>
        worker
          .post(`/api/v1/cases/${kase.id}/referrals`)
          .set('Accept-Language', 'en')
          .send(referralBody()),
      );
      expectBusy(response);
      expect(response.body.title).toBe('Service busy');
    });

    it('answers a wait for a free connection over DB_POOL_WAIT_MS with 503', async () => {
      const worker = short.as((await signIn(short, 'ctxh')).accessToken);
      // The pool is filled one connection at a time: ten opened at once each had only
      // DB_POOL_WAIT_MS to open, and on a loaded machine one of them did not (CI).
      const poolSize = (short.dataSource.driver as PostgresDriver).master.options.max as number;
      const held: QueryRunner[] = [];
      for (let i = 0; i < poolSize; i++) {
        const runner = short.dataSource.createQueryRunner();
        await runner.connect();
        held.push(runner);
      }
      try {
        expectBusy(await worker.get('/api/v1/cases?limit=1'));
      } finally {
        await Promise.all(held.map((runner) => runner.release()));
      }
      await worker.get('/api/v1/cases?limit=1').expect(200);
    });
  });

  it('stops on SIGTERM within SHUTDOWN_TIMEOUT_MS though a request is stuck on the database', async () => {
    const port = await freePort();
    const api = start('dist/main.js', {
      ...TEST_SECRETS,
      DATABASE_URL: t.databaseUrl,
      PORT: String(port),
      HOST: '127.0.0.1',
      SHUTDOWN_TIMEOUT_MS: '1000',
      // No limit: the request waits on the lock for as long as it is held.
      DB_LOCK_TIMEOUT_MS: '0',
      DB_STATEMENT_TIMEOUT_MS: '0',
      // The rate limit is counted in the database this file's earlier tests signed in on: the
      // stuck sign-in must not be refused at once as over it.
      RATE_LIMIT_PER_MINUTE: '100000',
      LOGIN_RATE_LIMIT_PER_MINUTE: '100000',
    });
    const exited = new Promise<number | null>((resolve) => api.once('exit', resolve));
    const client = await outsideClient();
    try {
      await waitForHttp(`http://127.0.0.1:${port}/health`, 60_000);
      await client.query('BEGIN');
      await client.query('LOCK TABLE users IN ACCESS EXCLUSIVE MODE');
      const stuck = fetch(`http://127.0.0.1:${port}/api/v1/auth/login`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ username: 'ctxh', password: 'x' }),
      }).catch(() => 'no answer');
      await new Promise((resolve) => setTimeout(resolve, 1000));
      const signalled = Date.now();
      api.kill('SIGTERM');
      const code = await Promise.race([
        exited,
        new Promise((resolve) => setTimeout(() => resolve('still running'), 15_000)),
      ]);
      expect(code).toBe(1);
      expect(Date.now() - signalled).toBeLessThan(10_000);
      await stuck;
    } finally {
      await client.query('ROLLBACK').catch(() => undefined);
      await client.end();
      await kill(api);
    }
  }, 90_000);

  it('answers 503 with Retry-After while the database is out of reach, and recovers', async () => {
    // The app reaches PostgreSQL through a relay the test can cut, as a stopped server would be.
    const target = new URL(t.databaseUrl);
    const sockets = new Set<Socket>();
    let relay: Server | undefined;
    const open = (port: number) =>
      new Promise<number>((resolve) => {
        relay = createServer((socket) => {
          const upstream = connect(Number(target.port), target.hostname);
          for (const s of [socket, upstream]) {
            sockets.add(s);
            s.on('error', () => undefined);
            s.on('close', () => (socket.destroy(), upstream.destroy()));
          }
          socket.pipe(upstream).pipe(socket);
        });
        relay.listen(port, '127.0.0.1', () => resolve((relay!.address() as { port: number }).port));
      });
    const cut = () =>
      new Promise<void>((resolve) => {
        relay!.close(() => resolve());
        for (const socket of sockets) socket.destroy();
        sockets.clear();
      });
    const port = await open(0);
    const proxied = new URL(t.databaseUrl);
    proxied.hostname = '127.0.0.1';
    proxied.port = String(port);
    const app = await createTestApp({
      role: 'api',
      sharing: { ...t, database: { ...t.database, url: proxied.toString() } },
      env: LIMITS,
    });
    const printed = jest.spyOn(console, 'error');
    const warned = jest.spyOn(Logger.prototype, 'warn');
    try {
      const worker = app.as((await signIn(app, 'ctxh')).accessToken);
      await worker.get('/api/v1/cases?limit=1').expect(200);
      await cut();
      for (const request of [
        worker.get('/api/v1/cases?limit=1'),
        app.http.post('/api/v1/auth/login').send({ username: 'ctxh', password: 'x' }),
      ]) {
        const response = await request;
        expect(response.status).toBe(503);
        expect(response.headers['retry-after']).toBe('5');
        expect(response.body).toMatchObject({
          type: '/problems/database-unavailable',
          title: 'Tạm thời không truy cập được dữ liệu',
        });
      }
      await app.http.get('/health').expect(200);
      await app.http.get('/health/ready').expect(503);
      await open(port);
      await worker.get('/api/v1/cases?limit=1').expect(200);
      await app.http.get('/health/ready').expect(200);
      // The queues' connections, cut with the rest when they are in this database (no Redis),
      // are logged as the service's warnings.
      if (!process.env.REDIS_URL) {
        expect(warned).toHaveBeenCalledWith(
          expect.objectContaining({ err: expect.any(Error) }),
          expect.stringMatching(/^Queue \S+ lost its connection$/),
        );
      }
      expect(printed).not.toHaveBeenCalled();
    } finally {
      printed.mockRestore();
      warned.mockRestore();
      await cut();
      await app.close();
    }
  });
});
