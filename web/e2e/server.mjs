// The server the browser tests use: the built app (npm run build) with the demo dataset on a
// fresh database, DATABASE_URL's server when set (CI), else an embedded PostgreSQL of its own.
import { randomBytes } from 'node:crypto';
import { rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

const root = fileURLToPath(new URL('../..', import.meta.url));
process.chdir(root);

const env = {
  HOST: '127.0.0.1',
  NODE_ENV: 'test',
  LOG_LEVEL: 'warn',
  DEMO_DATA: 'on',
  QUEUE_PREFIX: 'bvte_web_e2e',
  // Many sign-ins from one address in a few minutes: the limits are tested by the API's tests.
  RATE_LIMIT_PER_MINUTE: '100000',
  LOGIN_RATE_LIMIT_PER_MINUTE: '100000',
};

if (process.env.DATABASE_URL) {
  const server = new URL(process.env.DATABASE_URL);
  const database = 'bvte_web_e2e';
  server.pathname = '/postgres';
  const client = new pg.Client({ connectionString: server.toString() });
  await client.connect();
  await client.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
  await client.query(`CREATE DATABASE ${database}`);
  await client.end();
  server.pathname = `/${database}`;
  Object.assign(env, {
    DATABASE_URL: server.toString(),
    MIGRATIONS_RUN: 'auto',
    JWT_SECRET: randomBytes(32).toString('hex'),
    ENCRYPTION_KEYS: `e2e:${randomBytes(32).toString('base64')}`,
  });
} else {
  const dir = '.data/web-e2e-postgres';
  await rm(dir, { recursive: true, force: true });
  env.EMBEDDED_PG_DIR = dir;
}
// The population database's data-sharing service, played by the stand-in of the API's tests on
// the next port: the browser tests give it the people it knows (test/population-stand-in.mjs).
const { startPopulationStandIn } = await import('../../test/population-stand-in.mjs');
const standIn = await startPopulationStandIn({ port: Number(process.env.PORT ?? 3210) + 1 });
env.POPULATION_URL = standIn.url;
Object.assign(process.env, env);
await import('../../dist/start.js');
