import pg from 'pg';
import { Redis } from 'ioredis';
import { loadConfig } from '../config/app-config.js';

/**
 * The worker container's health check (`node dist/health/worker-probe.js`): the worker serves no
 * HTTP, so this checks what it cannot work without, its database and its queue (Redis when
 * REDIS_URL is set; otherwise the queues are in the database). Exit 0 healthy, 1 with one line.
 */
const TIMEOUT_MS = 5000;

async function database(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: TIMEOUT_MS });
  await client.connect();
  try {
    await client.query('SELECT 1');
  } finally {
    await client.end();
  }
}

async function queue(url: string): Promise<void> {
  const client = new Redis(url, {
    lazyConnect: true,
    connectTimeout: TIMEOUT_MS,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
  });
  // The failure is reported by connect(); without a listener ioredis prints it as unhandled.
  client.on('error', () => undefined);
  try {
    await client.connect();
    await client.ping();
  } finally {
    client.disconnect();
  }
}

try {
  const config = loadConfig();
  if (!config.DATABASE_URL) throw new Error('DATABASE_URL is not set');
  await Promise.all([
    database(config.DATABASE_URL).catch((e: Error) => {
      throw new Error(`database: ${e.message}`);
    }),
    config.REDIS_URL &&
      queue(config.REDIS_URL).catch((e: Error) => {
        throw new Error(`queue (Redis): ${e.message}`);
      }),
  ]);
  process.exit(0);
} catch (error) {
  console.error(`Unhealthy: ${(error as Error).message}`);
  process.exit(1);
}
