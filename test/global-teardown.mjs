import pg from 'pg';
import { withDatabase } from '../dist/database/postgres-url.js';
import { TEMPLATE_DATABASE } from './global-setup.mjs';

export default async function globalTeardown() {
  const client = new pg.Client({
    connectionString: withDatabase(process.env.TEST_PG_SERVER_URL, 'postgres'),
  });
  await client.connect();
  await client.query(`DROP DATABASE IF EXISTS ${TEMPLATE_DATABASE} WITH (FORCE)`);
  await client.end();
  await globalThis.embeddedPostgres?.stop();
}
