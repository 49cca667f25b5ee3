import { createDataSource } from '../src/database/data-source.js';
import { migrate } from '../src/database/migrate.js';
import { MIGRATIONS } from '../src/database/migrations/index.js';
import { pendingSchemaChanges } from '../src/database/schema-diff.js';
import { createTestDatabase, dropTestDatabase } from './database.js';

describe('migrations', () => {
  let database: { name: string; url: string };

  beforeAll(async () => {
    database = await createTestDatabase(null);
  });
  afterAll(() => dropTestDatabase(database.name));

  it('apply to an empty database and leave nothing for migration:generate to find', async () => {
    await migrate(database.url, { queueOnPostgres: true });
    expect(await pendingSchemaChanges(database.url)).toEqual({ up: [], down: [] });
  });

  it('are idempotent: a second run applies nothing', async () => {
    const applied: string[] = [];
    await migrate(database.url, { queueOnPostgres: true, log: (line) => applied.push(line) });
    expect(applied).toEqual([]);
  });

  it('revert one by one down to an empty schema, and apply again', async () => {
    const dataSource = await createDataSource(database.url, 1).initialize();
    try {
      for (let i = 0; i < MIGRATIONS.length; i++)
        await dataSource.undoLastMigration({ transaction: 'each' });
      const tables = await dataSource.query(
        `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> 'migrations'`,
      );
      expect(tables).toEqual([]);
    } finally {
      await dataSource.destroy();
    }
    await migrate(database.url, { queueOnPostgres: true });
    expect(await pendingSchemaChanges(database.url)).toEqual({ up: [], down: [] });
  });
});
