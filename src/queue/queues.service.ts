import { getQueueToken } from '@nestjs/bullmq';
import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import type { Queue } from 'bullmq';
import { JOB_QUEUE, type JobName, QueueName } from './queue.constants.js';
import { QUEUE_OPTIONS, type QueueOptions } from './queue.options.js';

/**
 * The BullMQ queues of the service, by name or by the job they carry. On shutdown it closes them,
 * then the Redis client they shared (BullMQ leaves a caller's client open).
 */
@Injectable()
export class Queues implements OnApplicationShutdown {
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

  async onApplicationShutdown(): Promise<void> {
    await Promise.all(Object.values(QueueName).map((name) => this.byName(name).close()));
    await this.options.close();
  }
}
