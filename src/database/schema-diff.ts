import type { QueryRunner } from 'typeorm';
import { createDataSource } from './data-source.js';

/**
 * The SQL TypeORM would run to bring the database to the entities: empty when the migrations
 * and the entities agree (conventions.md rule 10).
 */
export async function pendingSchemaChanges(url: string): Promise<{ up: string[]; down: string[] }> {
  const dataSource = await createDataSource(url, 1).initialize();
  // TypeORM's schema loader sends a table's column queries at once on its one connection
  // (Promise.all in PostgresQueryRunner.loadTables): pg queues them with a deprecation warning,
  // and pg 9 refuses. Its runner here sends them one after the other.
  const create = dataSource.createQueryRunner.bind(dataSource);
  dataSource.createQueryRunner = (mode) => oneQueryAtATime(create(mode));
  try {
    const sql = await dataSource.driver.createSchemaBuilder().log();
    return {
      up: sql.upQueries.map((q) => q.query),
      down: sql.downQueries.map((q) => q.query).reverse(),
    };
  } finally {
    await dataSource.destroy();
  }
}

function oneQueryAtATime(runner: QueryRunner): QueryRunner {
  const query = runner.query.bind(runner);
  let previous: Promise<unknown> = Promise.resolve();
  runner.query = ((...args: Parameters<typeof query>) => {
    const next = previous.then(() => query(...args));
    previous = next.catch(() => undefined);
    return next;
  }) as QueryRunner['query'];
  return runner;
}
