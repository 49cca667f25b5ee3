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
  /** Run workers and the outbox relay in this process. */
  workers: boolean;
  outboxPollMs: number;
}
