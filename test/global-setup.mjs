// Runs once before all test files, outside Jest's module system, so it uses the compiled
// sources (`npm test` builds first). It picks the PostgreSQL server (DATABASE_URL's, or an
// embedded one), drops databases left by interrupted runs, and builds the migrated template
// every test file copies.
import pg from 'pg';
import { EmbeddedPostgres } from '../dist/database/embedded-postgres.js';
import { migrate } from '../dist/database/migrate.js';
import { withDatabase } from '../dist/database/postgres-url.js';

export const TEMPLATE_DATABASE = 'bvte_test_template';

export default async function globalSetup() {
  let serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    const embedded = new EmbeddedPostgres('.data/test-postgres', 0, () => undefined);
    serverUrl = await embedded.start();
    globalThis.embeddedPostgres = embedded;
  }
  process.env.TEST_PG_SERVER_URL = serverUrl;

  const client = new pg.Client({ connectionString: withDatabase(serverUrl, 'postgres') });
  await client.connect();
  try {
    const { rows } = await client.query(
      `SELECT datname FROM pg_database WHERE datname LIKE 'bvte\\_test\\_%'`,
    );
    for (const { datname } of rows)
      await client.query(`DROP DATABASE IF EXISTS ${datname} WITH (FORCE)`);
    await client.query(`CREATE DATABASE ${TEMPLATE_DATABASE}`);
  } finally {
    await client.end();
  }
  await migrate(withDatabase(serverUrl, TEMPLATE_DATABASE), { queueOnPostgres: true });
}
