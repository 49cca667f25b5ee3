import { getQueueToken } from '@nestjs/bullmq';
import type { Queue } from 'bullmq';
import { OutboxMessage } from '../src/queue/entities/outbox-message.entity.js';
import { DISPATCH_HORIZON_MS, OutboxRelay } from '../src/queue/outbox-relay.service.js';
import { OutboxService } from '../src/queue/outbox.service.js';
import { JobName, QueueName } from '../src/queue/queue.constants.js';
import { createTestApp, type TestApp } from './app.js';

const backend = process.env.REDIS_URL ? 'redis' : 'postgres';

async function waitFor<T>(probe: () => Promise<T | undefined>, timeoutMs = 20_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > until) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe(`queues on ${backend}: outbox → BullMQ → handler`, () => {
  let t: TestApp;
  let queue: Queue;

  beforeAll(async () => {
    t = await createTestApp();
    queue = t.app.get(getQueueToken(QueueName.Maintenance));
  });
  afterAll(() => t.close());

  it('runs a job written to the outbox in a transaction, once per key', async () => {
    // Two dispatched messages, one old enough to be purged.
    await t.dataSource.query(
      `INSERT INTO outbox_messages (job_name, job_key, payload, run_at, dispatched_at)
       VALUES ('x', 'old', '{}', now(), now() - interval '30 days'),
              ('x', 'recent', '{}', now(), now() - interval '1 day')`,
    );
    const outbox = t.app.get(OutboxService);
    await t.dataSource.transaction(async (manager) => {
      await outbox.enqueue(manager, JobName.PurgeOutbox, { retentionDays: 7 }, { key: 'test-1' });
      await outbox.enqueue(manager, JobName.PurgeOutbox, { retentionDays: 7 }, { key: 'test-1' });
    });
    const rows = await t.dataSource
      .getRepository(OutboxMessage)
      .findBy({ jobKey: `${JobName.PurgeOutbox}.test-1` });
    expect(rows).toHaveLength(1);

    const job = await waitFor(async () => {
      const found = await queue.getJob(`${JobName.PurgeOutbox}.test-1`);
      // Read again once completed: a job read while it ran carries no return value.
      return found && (await found.isCompleted()) ? queue.getJob(found.id!) : undefined;
    });
    expect(job.returnvalue).toEqual({ deleted: 1 });
    const keys = (await t.dataSource.getRepository(OutboxMessage).find())
      .map((m) => m.jobKey)
      .sort();
    expect(keys).toEqual([`${JobName.PurgeOutbox}.test-1`, 'recent']);
    const message = await t.dataSource
      .getRepository(OutboxMessage)
      .findOneByOrFail({ jobKey: `${JobName.PurgeOutbox}.test-1` });
    expect(message.dispatchedAt).toBeInstanceOf(Date);
  });

  it('does not enqueue anything when the transaction rolls back', async () => {
    const outbox = t.app.get(OutboxService);
    await expect(
      t.dataSource.transaction(async (manager) => {
        await outbox.enqueue(
          manager,
          JobName.PurgeOutbox,
          { retentionDays: 7 },
          { key: 'rolled-back' },
        );
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    expect(
      await t.dataSource
        .getRepository(OutboxMessage)
        .countBy({ jobKey: `${JobName.PurgeOutbox}.rolled-back` }),
    ).toBe(0);
  });

  it('keeps going past a message BullMQ refuses, recording why', async () => {
    await t.dataSource.query(
      `INSERT INTO outbox_messages (job_name, job_key, payload, run_at)
       VALUES ($1, 'refused:id', '{"retentionDays": 7}', now())`,
      [JobName.PurgeOutbox],
    );
    const outbox = t.app.get(OutboxService);
    await t.dataSource.transaction((manager) =>
      outbox.enqueue(manager, JobName.PurgeOutbox, { retentionDays: 7 }, { key: 'after-refused' }),
    );
    const job = await waitFor(async () => {
      const found = await queue.getJob(`${JobName.PurgeOutbox}.after-refused`);
      // Read again once completed: a job read while it ran carries no return value.
      return found && (await found.isCompleted()) ? queue.getJob(found.id!) : undefined;
    });
    expect(job.returnvalue).toEqual({ deleted: expect.any(Number) });
    const refused = await t.dataSource
      .getRepository(OutboxMessage)
      .findOneByOrFail({ jobKey: 'refused:id' });
    expect(refused.dispatchedAt).toBeNull();
    expect(refused.attempts).toBeGreaterThan(0);
    expect(refused.lastError).toMatch(/cannot contain :/);
  });

  it('refuses a job key BullMQ could not use, before writing anything', async () => {
    const outbox = t.app.get(OutboxService);
    await expect(
      t.dataSource.transaction((manager) =>
        outbox.enqueue(manager, JobName.PurgeOutbox, { retentionDays: 7 }, { key: 'a:b' }),
      ),
    ).rejects.toThrow('Invalid job key');
  });

  it('delays a job to its run time, keeping it in the outbox until it is nearly due', async () => {
    const outbox = t.app.get(OutboxService);
    const soon = new Date(Date.now() + DISPATCH_HORIZON_MS / 2);
    const later = new Date(Date.now() + 2 * DISPATCH_HORIZON_MS);
    await t.dataSource.transaction(async (manager) => {
      await outbox.enqueue(
        manager,
        JobName.PurgeOutbox,
        { retentionDays: 7 },
        { key: 'soon', runAt: soon },
      );
      await outbox.enqueue(
        manager,
        JobName.PurgeOutbox,
        { retentionDays: 7 },
        { key: 'later', runAt: later },
      );
    });
    const job = await waitFor(() => queue.getJob(`${JobName.PurgeOutbox}.soon`));
    expect(await job.isDelayed()).toBe(true);
    await t.app.get(OutboxRelay).dispatchPending();
    expect(await queue.getJob(`${JobName.PurgeOutbox}.later`)).toBeUndefined();
    const [waiting] = await t.dataSource.query(
      'SELECT dispatched_at FROM outbox_messages WHERE job_key = $1',
      [`${JobName.PurgeOutbox}.later`],
    );
    expect(waiting.dispatched_at).toBeNull();
  });

  it('schedules the recurring maintenance job', async () => {
    const schedulers = await queue.getJobSchedulers();
    expect(schedulers.map((s) => s.key ?? s.id)).toContain(JobName.PurgeOutbox);
  });
});

describe(`queues on ${backend}: the outbox notifies the relays`, () => {
  let api: TestApp;
  let worker: TestApp;
  let queue: Queue;

  // The worker polls once an hour: only the outbox's notifications can start these jobs in time.
  beforeAll(async () => {
    api = await createTestApp({ role: 'api' });
    worker = await createTestApp({
      role: 'worker',
      sharing: api,
      env: { OUTBOX_POLL_MS: String(3_600_000) },
    });
    queue = worker.app.get(getQueueToken(QueueName.Maintenance));
    await new Promise((r) => setTimeout(r, 500)); // the worker's first run, at its start, is over
  });
  afterAll(async () => {
    await worker.close();
    await api.close();
  });

  const enqueueFromApi = (key: string) =>
    api.dataSource.transaction((manager) =>
      api.app
        .get(OutboxService)
        .enqueue(manager, JobName.PurgeOutbox, { retentionDays: 7 }, { key }),
    );
  const completed = (key: string) =>
    waitFor(async () => {
      const job = await queue.getJob(`${JobName.PurgeOutbox}.${key}`);
      return job && (await job.isCompleted()) ? job : undefined;
    }, 5_000);

  it('runs a job committed in another process at once, and the next one too', async () => {
    await enqueueFromApi('notified-1');
    await completed('notified-1');
    await enqueueFromApi('notified-2');
    await completed('notified-2');
  });

  it('listens again after losing its connection, and runs what was committed meanwhile', async () => {
    const [{ count }] = await api.dataSource.query(
      `SELECT count(pg_terminate_backend(pid))::int AS count FROM pg_stat_activity
       WHERE datname = current_database() AND application_name = 'bvte-outbox-relay'`,
    );
    expect(count).toBe(1);
    await enqueueFromApi('while-listener-down');
    await completed('while-listener-down');
    await new Promise((r) => setTimeout(r, 300)); // the new connection's LISTEN is done
    await enqueueFromApi('after-listening-again');
    await completed('after-listening-again');
  });
});
