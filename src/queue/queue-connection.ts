import { createPostgresBackend, createRedisBackend, setDefaultBackendFactory } from 'bullmq';
import { Redis } from 'ioredis';

export type QueueBackend = 'postgres' | 'redis';

/**
 * BullMQ's connection: Redis when REDIS_URL is set, otherwise BullMQ's PostgreSQL backend in the
 * service's own database. The backend is chosen process-wide, so the same Queue and Worker code
 * runs on both. On PostgreSQL each queue and worker opens a pool of `poolSize` connections.
 */
export function queueConnection(
  databaseUrl: string,
  redisUrl: string | undefined,
  poolSize: number,
) {
  if (redisUrl) {
    setDefaultBackendFactory(createRedisBackend);
    // Under ESM BullMQ takes a client, not options; workers duplicate it for their blocking reads.
    const client = new Redis(redisUrl, { maxRetriesPerRequest: null, lazyConnect: true });
    return {
      backend: 'redis' as QueueBackend,
      connection: client,
      close: async () => {
        if (client.status !== 'end') await client.quit().catch(() => client.disconnect());
      },
    };
  }
  setDefaultBackendFactory(createPostgresBackend);
  return {
    backend: 'postgres' as QueueBackend,
    // The schema is created by `migrate` (npm run migration:run, or the start in auto mode).
    connection: { connectionString: databaseUrl, max: poolSize, application_name: 'bvte-queue' },
    close: () => Promise.resolve(),
  };
}
