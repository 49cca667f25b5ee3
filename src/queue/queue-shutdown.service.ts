import { getQueueToken } from '@nestjs/bullmq';
import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import type { Queue } from 'bullmq';
import { QueueName } from './queue.constants.js';
import { QUEUE_OPTIONS, type QueueOptions } from './queue.options.js';

/** Closes the queues, then the Redis client they shared (BullMQ leaves a caller's client open). */
@Injectable()
export class QueueShutdown implements OnApplicationShutdown {
  constructor(
    private readonly moduleRef: ModuleRef,
    @Inject(QUEUE_OPTIONS) private readonly options: QueueOptions,
  ) {}

  async onApplicationShutdown(): Promise<void> {
    await Promise.all(
      Object.values(QueueName).map((name) =>
        this.moduleRef.get<Queue>(getQueueToken(name), { strict: false }).close(),
      ),
    );
    await this.options.close();
  }
}
