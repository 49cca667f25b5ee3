import { runMigrations as runQueueMigrations } from 'bullmq';
import pg from 'pg';
import { createDataSource } from './data-source.js';

export interface MigrateOptions {
  /** Also create or upgrade BullMQ's own schema (when the queues run on PostgreSQL). */
  queueOnPostgres: boolean;
  log?: (line: string) => void;
}

/**
 * Applies pending TypeORM migrations (schema and reference data) and, for the PostgreSQL queue
 * backend, BullMQ's schema. Safe to run from several processes at once: TypeORM and BullMQ each
 * hold a lock while migrating.
 */
export async function migrate(
  url: string,
  { queueOnPostgres, log = () => undefined }: MigrateOptions,
): Promise<void> {
  const dataSource = createDataSource(url, 2);
  await dataSource.initialize();
  try {
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    for (const migration of applied) log(`Applied migration ${migration.name}`);
  } finally {
    await dataSource.destroy();
  }
  if (queueOnPostgres) {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      await runQueueMigrations(client);
    } finally {
      await client.end();
    }
  }
}
