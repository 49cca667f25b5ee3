import pg from 'pg';
import { withDatabase } from '../src/database/postgres-url.js';

export const TEMPLATE_DATABASE = 'bvte_test_template';
export const TEST_DATABASE_PREFIX = 'bvte_test_';

/** The PostgreSQL server the tests use: DATABASE_URL's, or the embedded one global-setup started. */
export function testServerUrl(): string {
  const url = process.env.TEST_PG_SERVER_URL;
  if (!url)
    throw new Error('TEST_PG_SERVER_URL is not set: run the tests through jest (global-setup)');
  return url;
}

export async function adminQuery(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: withDatabase(testServerUrl(), 'postgres') });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** A fresh database for one test file: a copy of the migrated template. */
export async function createTestDatabase(
  template: string | null = TEMPLATE_DATABASE,
): Promise<{ name: string; url: string }> {
  const name = `${TEST_DATABASE_PREFIX}${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  await adminQuery(`CREATE DATABASE ${name}${template ? ` TEMPLATE ${template}` : ''}`);
  return { name, url: withDatabase(testServerUrl(), name) };
}

export async function dropTestDatabase(name: string): Promise<void> {
  await adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
}
