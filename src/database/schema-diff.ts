import { createDataSource } from './data-source.js';

/**
 * The SQL TypeORM would run to bring the database to the entities: empty when the migrations
 * and the entities agree (conventions.md rule 10).
 */
export async function pendingSchemaChanges(url: string): Promise<{ up: string[]; down: string[] }> {
  const dataSource = await createDataSource(url, 1).initialize();
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
