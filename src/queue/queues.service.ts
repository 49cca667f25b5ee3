import { getQueueToken } from '@nestjs/bullmq';
import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationShutdown,
  type OnModuleInit,
} from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import type { Queue } from 'bullmq';
import { JOB_QUEUE, type JobName, QueueName } from './queue.constants.js';
import { QUEUE_OPTIONS, type QueueOptions } from './queue.options.js';

/**
 * The BullMQ queues of the service, by name or by the job they carry. A queue's lost connection
 * is logged (BullMQ reconnects by itself; without a listener it printed the bare error to
 * stderr). On shutdown it closes them, then the Redis client they shared (BullMQ leaves a
 * caller's client open).
 */
@Injectable()
export class Queues implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger(Queues.name);

  constructor(
    private readonly moduleRef: ModuleRef,
    @Inject(QUEUE_OPTIONS) private readonly options: QueueOptions,
  ) {}

  byName(name: QueueName): Queue {
    return this.moduleRef.get<Queue>(getQueueToken(name), { strict: false });
  }

  forJob(job: JobName): Queue {
    return this.byName(JOB_QUEUE[job]);
  }

  onModuleInit(): void {
    for (const name of Object.values(QueueName)) {
      this.byName(name).on('error', (error) =>
        this.logger.warn({ err: error }, `Queue ${name} lost its connection`),
      );
    }
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.all(Object.values(QueueName).map((name) => this.byName(name).close()));
    await this.options.close();
  }
}
