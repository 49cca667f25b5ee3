import type { ChildProcess } from 'node:child_process';
import pg from 'pg';
import { Queues } from '../src/queue/queues.service.js';
import { JobName } from '../src/queue/queue.constants.js';
import { createTestApp, TEST_SECRETS, type TestApp } from './app.js';
import { kill, output, start } from './processes.js';
import {
  type ReferralWorld,
  receivedReferral,
  referral,
  referralWorld,
  reportedCase,
} from './referral-world.js';
import { Receiver, registerWebhook } from './webhook-receiver.js';
import { eventually, signIn } from './world.js';

/**
 * Fault (issue 6): a worker process killed (SIGKILL, no clean-up) in the middle of a job. BullMQ
 * gives the job, whose lock the dead worker no longer renews, to another worker; the job must
 * then deliver once: not zero times (the dead worker's half-done work lost) and not twice (its
 * half-done work kept and done again). Twice over: in the middle of writing the in-app
 * notifications, and in the middle of posting a webhook.
 */
describe('referral notifications: a worker killed mid-job delivers once', () => {
  let api: TestApp;
  let worker: TestApp | undefined;
  let w: ReferralWorld;
  const children: ChildProcess[] = [];
  // The police's system answers nothing to the first request it gets.
  const police = new Receiver([], 1);
  const LOCK_MS = '2000';

  beforeAll(async () => {
    api = await createTestApp({ role: 'api' });
    w = await referralWorld(api);
    const admin = api.as((await signIn(api, 'admin')).accessToken);
    await registerWebhook(admin, police, w.ids.policeOrg);
  });
  afterAll(async () => {
    for (const child of children) await kill(child);
    await worker?.close();
    await api.close();
    await police.stop();
  });

  /** `node dist/worker.js` on the test's database and queues, as a deployment runs it. */
  const workerProcess = () => {
    const child = start('dist/worker.js', {
      ...TEST_SECRETS,
      DATABASE_URL: api.database.url,
      QUEUE_PREFIX: api.database.name,
      ...(process.env.REDIS_URL ? { REDIS_URL: process.env.REDIS_URL } : {}),
      QUEUE_LOCK_MS: LOCK_MS,
      OUTBOX_POLL_MS: '100',
      MIGRATIONS_RUN: 'off',
      LOG_LEVEL: 'warn',
    });
    children.push(child);
    return child;
  };
  /** The database sessions of a worker waiting for a lock while running this statement. */
  const blockedOn = async (statement: string) =>
    (
      await api.dataSource.query(
        `SELECT count(*)::int AS n FROM pg_stat_activity
          WHERE datname = current_database() AND wait_event_type = 'Lock' AND query LIKE $1`,
        [`${statement}%`],
      )
    )[0].n as number;

  it('runs the job again after the kill, and each recipient has the notification once', async () => {
    const first = workerProcess();
    // The case's own notifications delivered first, so the referral's is the only job left to run.
    const kase = await reportedCase(w, new Date().toISOString());
    const notifications = api.app.get(Queues).forJob(JobName.DeliverNotification);
    await eventually(async () => {
      const [{ n }] = await api.dataSource.query(
        `SELECT count(*)::int AS n FROM outbox_messages
          WHERE dispatched_at IS NULL AND job_name = $1`,
        [JobName.DeliverNotification],
      );
      expect(n).toBe(0);
      expect(await notifications.getJobCounts('wait', 'active', 'delayed')).toEqual({
        wait: 0,
        active: 0,
        delayed: 0,
      });
    }, 30_000);

    // 1. Killed while writing the in-app notifications: the test holds a lock that makes the
    // worker wait in the middle of its transaction, and kills it there.
    const holder = new pg.Client({ connectionString: api.database.url });
    await holder.connect();
    await holder.query('BEGIN');
    await holder.query('LOCK TABLE notifications IN SHARE MODE');
    const sent = (
      await w.worker
        .post(`/api/v1/cases/${kase.id}/referrals`)
        .send(referral(w.ids.policeOrg, 'emergency'))
        .expect(201)
    ).body;
    await eventually(
      async () => expect(await blockedOn('INSERT INTO "notifications"')).toBe(1),
      30_000,
    ).catch((error: Error) => {
      throw new Error(`${error.message}\nworker output:\n${output.get(first)}`);
    });
    await kill(first);
    await holder.query('ROLLBACK');
    await holder.end();
    // The dead worker's transaction is rolled back: nobody has been told.
    await eventually(async () => expect(await blockedOn('INSERT INTO "notifications"')).toBe(0));
    expect(await receivedReferral(w.police, sent.id)).toEqual([]);

    // 2. Another worker takes the job over once the dead one's lock expires, writes the
    // notifications and posts the webhook; it is killed while the police's system holds the
    // request unanswered.
    const second = workerProcess();
    for (const client of [w.police, w.police2]) {
      await eventually(
        async () => expect(await receivedReferral(client, sent.id)).toHaveLength(1),
        30_000,
      );
    }
    await eventually(async () => expect(police.requests).toHaveLength(1), 30_000);
    await kill(second);

    // 3. A third worker posts the webhook again: the police's system gets the same event id twice
    // and keeps it once; our delivery log records the delivery.
    worker = await createTestApp({
      role: 'worker',
      sharing: api,
      env: { QUEUE_LOCK_MS: LOCK_MS },
    });
    await eventually(async () => expect(police.events.size).toBe(1), 30_000);
    expect(police.requests.map((r) => r.id)).toEqual([
      police.requests[0].id,
      police.requests[0].id,
    ]);
    // The worker records the delivery once the receiver has answered.
    await eventually(async () => {
      const [delivery] = await api.dataSource.query(
        `SELECT state, attempts, event_id FROM webhook_deliveries`,
      );
      expect(delivery).toEqual({
        state: 'delivered',
        attempts: 1,
        event_id: police.requests[0].id,
      });
    });

    // Some time later, still once each.
    await new Promise((resolve) => setTimeout(resolve, Number(LOCK_MS) * 2));
    for (const client of [w.police, w.police2]) {
      expect(await receivedReferral(client, sent.id)).toHaveLength(1);
    }
    expect(police.requests).toHaveLength(2);
  });
});
