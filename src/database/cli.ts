import { writeFileSync } from 'node:fs';
import { withCommandDatabase } from './command-database.js';
import { createDataSource } from './data-source.js';
import { migrate } from './migrate.js';
import { pendingSchemaChanges } from './schema-diff.js';

/**
 * `npm run migration:run | migration:revert | migration:generate -- <Name>` against DATABASE_URL,
 * or against the embedded server when it is not set.
 */
async function main(): Promise<void> {
  const [command, name] = process.argv.slice(2);
  await withCommandDatabase(async (url, config) => {
    switch (command) {
      case 'run':
        await migrate(url, { queueOnPostgres: !config.REDIS_URL, log: console.log });
        console.log('Migrations are up to date');
        break;
      case 'revert': {
        const dataSource = await createDataSource(url, 1).initialize();
        await dataSource.undoLastMigration({ transaction: 'each' });
        await dataSource.destroy();
        break;
      }
      case 'generate':
        await generate(url, name);
        break;
      default:
        throw new Error('Usage: cli run | revert | generate <Name>');
    }
  });
}

async function generate(url: string, name: string | undefined): Promise<void> {
  if (!name || !/^[A-Z][A-Za-z0-9]+$/.test(name))
    throw new Error('Give the migration a PascalCase name');
  await migrate(url, { queueOnPostgres: false });
  const { up, down } = await pendingSchemaChanges(url);
  if (up.length === 0) {
    console.log('No changes: the entities match the migrated schema');
    return;
  }
  const timestamp = Date.now();
  const className = `${name}${timestamp}`;
  const lines = (queries: string[]) =>
    queries.map((q) => `    await queryRunner.query(${JSON.stringify(q)});`).join('\n');
  const file = `src/database/migrations/${timestamp}-${name}.ts`;
  writeFileSync(
    file,
    `import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ${className} implements MigrationInterface {
  name = '${className}';

  async up(queryRunner: QueryRunner): Promise<void> {
${lines(up)}
  }

  async down(queryRunner: QueryRunner): Promise<void> {
${lines(down)}
  }
}
`,
  );
  console.log(`Wrote ${file}; add ${className} to src/database/migrations/index.ts`);
}

main().catch((error: Error) => {
  console.error(error.message);
  process.exitCode = 1;
});
