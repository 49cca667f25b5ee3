import type { QueueBackend } from './queue-connection.js';

export const QUEUE_OPTIONS = Symbol('QUEUE_OPTIONS');

export interface QueueOptions {
  backend: QueueBackend;
  connection: object;
  /** Closes what the service opened for the connection, after the queues closed. */
  close: () => Promise<void>;
  prefix: string;
  concurrency: number;
  /** A job's lock; a worker gone silent this long has its job taken over (stalled). */
  lockMs: number;
  /** The service's database: the outbox relay listens there for committed messages. */
  databaseUrl: string;
  /** Run workers and the outbox relay in this process. */
  workers: boolean;
  /** How often the outbox relay runs when no notification wakes it. */
  outboxPollMs: number;
}
