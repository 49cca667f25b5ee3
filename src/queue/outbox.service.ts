import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { OutboxMessage } from './entities/outbox-message.entity.js';
import type { JobName, JobPayloads } from './queue.constants.js';

/** BullMQ refuses ':' in job ids. */
const JOB_KEY = /^[\w.-]{1,120}$/;

export interface EnqueueOptions {
  /** Idempotency key: the same key is enqueued once. Letters, digits, '.', '-' and '_'. */
  key: string;
  /** Not before this instant (deadline checks); default now. */
  runAt?: Date;
}

/**
 * Enqueues jobs through the outbox (conventions.md rule 3): the message is written with the change
 * that calls for it, in the caller's transaction, and reaches BullMQ when the relay sees it.
 * Nothing is lost while Redis or the workers are down.
 */
@Injectable()
export class OutboxService {
  async enqueue<J extends JobName>(
    manager: EntityManager,
    job: J,
    payload: JobPayloads[J],
    { key, runAt = new Date() }: EnqueueOptions,
  ): Promise<void> {
    if (!JOB_KEY.test(key))
      throw new Error(`Invalid job key "${key}": use letters, digits, '.', '-', '_'`);
    await manager
      .createQueryBuilder()
      .insert()
      .into(OutboxMessage)
      .values({ jobName: job, jobKey: `${job}.${key}`, payload: payload as never, runAt })
      .orIgnore()
      .execute();
  }
}
