import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnModuleDestroy,
} from '@nestjs/common';
import { DiscoveryService, MetadataScanner } from '@nestjs/core';
import { type Job, Worker } from 'bullmq';
import { scrubError } from '../common/safe-error.js';
import { ON_JOB } from './on-job.decorator.js';
import { JobName, QueueName, RETIRED_JOBS, SCHEDULED_JOBS } from './queue.constants.js';
import { Queues } from './queues.service.js';
import { QUEUE_OPTIONS, type QueueOptions } from './queue.options.js';

type Handler = (payload: unknown, job: Job) => Promise<unknown>;

/** Finds the `@OnJob` handler of every job name; throws on a missing or duplicate one. */
export function collectHandlers(
  providers: { instance: object; name: string }[],
  scanner: MetadataScanner,
): Map<JobName, Handler> {
  const handlers = new Map<JobName, Handler>();
  const owners = new Map<JobName, string>();
  for (const { instance, name } of providers) {
    const prototype = Object.getPrototypeOf(instance) as object;
    for (const method of scanner.getAllMethodNames(prototype)) {
      const fn = (instance as Record<string, unknown>)[method] as Handler;
      const job = Reflect.getMetadata(ON_JOB, fn) as JobName | undefined;
      if (!job) continue;
      if (handlers.has(job)) {
        throw new Error(`Job ${job} has two handlers: ${owners.get(job)} and ${name}.${method}`);
      }
      handlers.set(job, fn.bind(instance));
      owners.set(job, `${name}.${method}`);
    }
  }
  const missing = Object.values(JobName).filter((job) => !handlers.has(job));
  if (missing.length > 0) throw new Error(`Jobs without a handler: ${missing.join(', ')}`);
  return handlers;
}

/**
 * Runs the queue workers of this process: one BullMQ worker per queue, dispatching each job to
 * its handler, plus the recurring jobs. Closing waits for the jobs in progress.
 */
@Injectable()
export class JobRunner implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(JobRunner.name);
  private workers: Worker[] = [];

  constructor(
    private readonly discovery: DiscoveryService,
    private readonly scanner: MetadataScanner,
    private readonly queues: Queues,
    @Inject(QUEUE_OPTIONS) private readonly options: QueueOptions,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const providers = this.discovery
      .getProviders()
      .filter(
        (wrapper) =>
          wrapper.isDependencyTreeStatic() &&
          wrapper.instance &&
          typeof wrapper.instance === 'object',
      )
      .map((wrapper) => ({ instance: wrapper.instance as object, name: wrapper.name as string }));
    const handlers = collectHandlers(providers, this.scanner);

    for (const queueName of Object.values(QueueName)) {
      const worker = new Worker(
        queueName,
        async (job: Job) => {
          const handler = handlers.get(job.name as JobName);
          if (!handler && RETIRED_JOBS.includes(job.name)) {
            this.logger.log({ job: job.name, jobId: job.id }, 'Retired job: nothing to do');
            return 'retired';
          }
          if (!handler) throw new Error(`No handler for job ${job.name}`);
          // BullMQ stores a failure's message and stack with the job: without their values.
          try {
            return await handler(job.data, job);
          } catch (error) {
            throw scrubError(error);
          }
        },
        {
          connection: this.options.connection,
          prefix: this.options.prefix,
          concurrency: this.options.concurrency,
          lockDuration: this.options.lockMs,
          stalledInterval: this.options.lockMs,
          // A job whose worker died is run again; BullMQ fails it for good (whatever its attempts)
          // only after this many deaths, so one unlucky job survives a few crashes.
          maxStalledCount: 3,
        },
      );
      worker.on('failed', (job, error) =>
        this.logger.warn(
          { job: job?.name, jobId: job?.id, attempts: job?.attemptsMade, err: error },
          'Job failed',
        ),
      );
      worker.on('error', (error) => this.logger.error({ err: error }, `Worker ${queueName} error`));
      this.workers.push(worker);
    }

    for (const { job, pattern, payload } of SCHEDULED_JOBS) {
      await this.queues
        .forJob(job)
        .upsertJobScheduler(job, { pattern, tz: 'Asia/Ho_Chi_Minh' }, { name: job, data: payload });
    }
    this.logger.log(
      `Workers started on ${this.options.backend}: ${Object.values(QueueName).join(', ')}`,
    );
  }

  async onModuleDestroy(): Promise<void> {
    await Promise.all(this.workers.map((worker) => worker.close()));
    this.workers = [];
  }
}
