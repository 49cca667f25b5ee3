import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnModuleDestroy,
} from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Clock } from '../common/clock.js';
import { safeMessage } from '../common/safe-error.js';
import { PgListener } from '../database/pg-listener.js';
import { OutboxMessage } from './entities/outbox-message.entity.js';
import type { JobName } from './queue.constants.js';
import { Queues } from './queues.service.js';
import { QUEUE_OPTIONS, type QueueOptions } from './queue.options.js';

const BATCH = 100;

/**
 * A message due later than this stays in the outbox: a deadline weeks away waits in PostgreSQL,
 * where a Redis restart cannot lose it, and reaches BullMQ as a delayed job shortly before it is due.
 */
export const DISPATCH_HORIZON_MS = 10 * 60_000;

export const JOB_DEFAULTS = {
  attempts: 8,
  backoff: { type: 'exponential', delay: 5_000 },
  removeOnComplete: { age: 24 * 3600, count: 10_000 },
  removeOnFail: { age: 14 * 24 * 3600 },
} as const;

/** The channel the outbox's trigger notifies when a transaction that wrote to it commits. */
const CHANNEL = 'outbox_messages';

/**
 * Moves outbox messages to BullMQ once they are due within DISPATCH_HORIZON_MS (by the Clock, so
 * tests can move time forward). Several relays (one per worker process) share the work through
 * `FOR UPDATE SKIP LOCKED`; a message is marked dispatched only after BullMQ accepted it, and the
 * job id is the message key, so a retry after a crash cannot enqueue it twice.
 *
 * A relay runs when the database notifies it of a committed message (migration OutboxNotify), from
 * any process, and every `outboxPollMs` besides: the poll brings deadlines into the horizon and
 * covers notifications lost while the listening connection was down.
 */
@Injectable()
export class OutboxRelay implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(OutboxRelay.name);
  private timer?: NodeJS.Timeout;
  private running?: Promise<number>;
  /** A notification came during a run: run again right after it. */
  private again = false;
  /** A connection lost is opened again, then followed by a run for what it missed. */
  private readonly listener: PgListener;
  private stopped = false;

  constructor(
    private readonly dataSource: DataSource,
    private readonly queues: Queues,
    private readonly clock: Clock,
    @Inject(QUEUE_OPTIONS) private readonly options: QueueOptions,
  ) {
    this.listener = new PgListener(
      options.databaseUrl,
      CHANNEL,
      'bvte-outbox-relay',
      { notification: () => this.wake(), up: () => this.wake(), down: () => undefined },
      this.logger,
    );
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.listener.start();
    this.wake();
  }

  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.listener.stop();
    await this.running;
  }

  /** Dispatches every pending message; returns how many were dispatched. */
  async dispatchPending(): Promise<number> {
    let total = 0;
    for (;;) {
      const count = await this.dispatchBatch();
      total += count;
      if (count < BATCH) return total;
    }
  }

  /** Runs now, or right after the run in progress. */
  private wake(): void {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.schedule(0);
  }

  /** The one timer of the relay's loop: a run, then the next after `delay`. */
  private schedule(delay: number): void {
    clearTimeout(this.timer);
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      if (this.stopped) return;
      this.again = false;
      const run = this.dispatchPending().catch((error: Error) => {
        this.logger.warn({ err: error }, 'Outbox relay failed; retrying');
        return 0;
      });
      this.running = run;
      void run.then(() => {
        this.running = undefined;
        this.schedule(this.again ? 0 : this.options.outboxPollMs);
      });
    }, delay);
  }

  private dispatchBatch(): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      const now = this.clock.now().getTime();
      const messages = await manager
        .createQueryBuilder(OutboxMessage, 'm')
        .where('m.dispatched_at IS NULL')
        .andWhere('m.run_at <= :until', { until: new Date(now + DISPATCH_HORIZON_MS) })
        // A message that keeps failing sorts after the others instead of blocking them.
        .orderBy('m.attempts')
        .addOrderBy('m.id')
        .limit(BATCH)
        .setLock('pessimistic_write')
        .setOnLocked('skip_locked')
        .getMany();
      const dispatched: string[] = [];
      for (const message of messages) {
        const queue = this.queues.forJob(message.jobName as JobName);
        try {
          await queue.add(message.jobName, message.payload, {
            ...JOB_DEFAULTS,
            jobId: message.jobKey,
            delay: Math.max(0, message.runAt.getTime() - now),
          });
          dispatched.push(message.id);
        } catch (error) {
          await manager.update(OutboxMessage, message.id, {
            attempts: () => 'attempts + 1',
            lastError: safeMessage(error),
          });
          this.logger.warn(
            { err: error, job: message.jobName },
            'Could not enqueue an outbox message',
          );
        }
      }
      if (dispatched.length > 0) {
        await manager.update(OutboxMessage, dispatched, { dispatchedAt: () => 'now()' });
      }
      return messages.length === dispatched.length ? dispatched.length : 0;
    });
  }
}
