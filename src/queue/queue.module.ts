import { BullModule } from '@nestjs/bullmq';
import { type DynamicModule, Global, Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { JobRunner } from './job-runner.service.js';
import { MaintenanceJobs } from './maintenance.jobs.js';
import { OutboxRelay } from './outbox-relay.service.js';
import { OutboxService } from './outbox.service.js';
import { QueueName } from './queue.constants.js';
import { QUEUE_OPTIONS, type QueueOptions } from './queue.options.js';
import { Queues } from './queues.service.js';

@Global()
@Module({})
export class QueueModule {
  static forRoot(options: QueueOptions): DynamicModule {
    const queues = Object.values(QueueName).map((name) => ({ name }));
    return {
      module: QueueModule,
      imports: [
        DiscoveryModule,
        BullModule.forRoot({ connection: options.connection, prefix: options.prefix }),
        BullModule.registerQueue(...queues),
      ],
      providers: [
        { provide: QUEUE_OPTIONS, useValue: options },
        OutboxService,
        MaintenanceJobs,
        Queues,
        ...(options.workers ? [JobRunner, OutboxRelay] : []),
      ],
      exports: [OutboxService, Queues, QUEUE_OPTIONS],
    };
  }
}
