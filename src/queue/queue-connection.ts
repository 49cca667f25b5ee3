import { createPostgresBackend, createRedisBackend, setDefaultBackendFactory } from 'bullmq';

export type QueueBackend = 'postgres' | 'redis';

/**
 * BullMQ's connection: Redis when REDIS_URL is set, otherwise BullMQ's PostgreSQL backend in the
 * service's own database. The backend is chosen process-wide, so the same Queue and Worker code
 * runs on both.
 */
export function queueConnection(databaseUrl: string, redisUrl: string | undefined) {
  if (redisUrl) {
    setDefaultBackendFactory(createRedisBackend);
    const url = new URL(redisUrl);
    return {
      backend: 'redis' as QueueBackend,
      connection: {
        host: url.hostname,
        port: Number(url.port || 6379),
        username: url.username || undefined,
        password: url.password ? decodeURIComponent(url.password) : undefined,
        db: url.pathname.length > 1 ? Number(url.pathname.slice(1)) : 0,
        tls: url.protocol === 'rediss:' ? {} : undefined,
        maxRetriesPerRequest: null,
      },
    };
  }
  setDefaultBackendFactory(createPostgresBackend);
  return {
    backend: 'postgres' as QueueBackend,
    // The schema is created by `migrate` (npm run migration:run, or the start in auto mode).
    connection: { connectionString: databaseUrl, max: 3, application_name: 'bvte-queue' },
  };
}
