/**
 * Writing many rows in one statement whose one parameter is their JSON, read back by PostgreSQL's
 * `jsonb_populate_recordset` (the query builder spends longer building a thousand-row INSERT than
 * PostgreSQL takes to run it): the rows as that JSON, and an INSERT of them.
 */
import type { EntityManager, EntityMetadata } from 'typeorm';
import type { ChildHistory } from './entities/child-history.entity.js';
import type { Child } from './entities/child.entity.js';

/** `INSERT … SELECT … FROM jsonb_populate_recordset`: the given properties of each row. */
export async function insertJson(
  manager: EntityManager,
  entity: typeof Child | typeof ChildHistory,
  rows: object[],
): Promise<void> {
  if (rows.length === 0) return;
  const metadata = manager.connection.getMetadata(entity);
  const { columns, json } = recordset(metadata, rows);
  const names = columns.map((c) => `"${c.databaseName}"`).join(', ');
  await manager.query(
    `INSERT INTO "${metadata.tableName}" (${names})
       SELECT ${names} FROM jsonb_populate_recordset(NULL::"${metadata.tableName}", $1::jsonb)`,
    [json],
  );
}

/**
 * Rows as one JSON array for `jsonb_populate_recordset`: each row's given properties under their
 * column names, and those columns.
 */
export function recordset(
  metadata: EntityMetadata,
  rows: object[],
): { columns: EntityMetadata['columns']; json: string } {
  const given = new Set(rows.flatMap((r) => Object.keys(r)));
  const columns = metadata.columns.filter((c) => given.has(c.propertyName));
  // As TypeORM writes them: a sealed column's value sealed (SEALED_TEXT).
  const stored = (c: (typeof columns)[number], value: unknown) =>
    c.transformer && !Array.isArray(c.transformer) ? (c.transformer.to(value) as unknown) : value;
  const json = rows.map((row) =>
    Object.fromEntries(
      columns.map((c) => [
        c.databaseName,
        stored(c, (row as Record<string, unknown>)[c.propertyName]),
      ]),
    ),
  );
  return { columns, json: JSON.stringify(json) };
}
