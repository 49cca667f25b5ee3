/**
 * The records' own reads and writes: a record or several by id (in the actor's areas, or anywhere
 * for a case that names them), who holds a personal ID, the chain of merges into a record, an
 * import row's possible records, and adding and changing records one at a time or many in one
 * statement. The list and search, duplicates and merges, history and data quality have
 * repositories of their own beside this one.
 */
import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { AreaScope } from '../access/actor.js';
import { scopeCondition } from '../access/scope.js';
import { Child } from './entities/child.entity.js';
import { insertJson, recordset } from './json-recordset.js';

/**
 * The SQL of the records themselves. Every read takes the actor's scope and filters by it in the
 * query itself (conventions.md rule 2): a child outside it is never loaded.
 */
@Injectable()
export class ChildrenRepository {
  /** The columns `records` selects (of the entity's metadata, the same in every data source). */
  private columns?: string;

  constructor(private readonly dataSource: DataSource) {}

  /**
   * Whole records meeting `condition` (SQL on `c`, named parameters), in the actor's areas or, with
   * no scope, anywhere: the rows made entities as the query builder makes them, each column by its
   * type and transformer (the sealed ones opened). Not the query builder: building the query and
   * the entities with it took about a sixth of the server's time for a record's read, the request
   * behind every record's page (bench/RESULTS.md, 2026-12-07).
   */
  private async records(
    scope: AreaScope | null,
    condition: string,
    params: Record<string, unknown>,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<Child[]> {
    const { driver } = manager.connection;
    const metadata = manager.connection.getMetadata(Child);
    const area = scope
      ? scopeCondition(scope, { province: 'c.province_code', commune: 'c.commune_code' })
      : { sql: 'TRUE', params: {} };
    this.columns ??= metadata.columns.map((c) => `c."${c.databaseName}"`).join(', ');
    const [sql, values] = driver.escapeQueryWithParameters(
      `SELECT ${this.columns} FROM "children" c WHERE ${area.sql} AND (${condition})`,
      { ...params, ...area.params },
    );
    const rows = await manager.query<Record<string, unknown>[]>(sql, values);
    return rows.map((row) => {
      const child = metadata.create(undefined, { fromDeserializer: true }) as Child;
      for (const column of metadata.columns) {
        column.setEntityValue(child, driver.prepareHydratedValue(row[column.databaseName], column));
      }
      return child;
    });
  }

  async byId(scope: AreaScope, id: string, manager?: EntityManager): Promise<Child | null> {
    const [child] = await this.records(scope, 'c.id = :id', { id }, manager);
    return child ?? null;
  }

  /** Who holds these personal IDs, whatever the scope: for the uniqueness check only. */
  holdersOfPersonalIds(
    personalIds: string[],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<Pick<Child, 'id' | 'personalId' | 'provinceCode' | 'communeCode' | 'mergedInto'>[]> {
    return manager
      .getRepository(Child)
      .createQueryBuilder('c')
      .select(['c.id', 'c.personalId', 'c.provinceCode', 'c.communeCode', 'c.mergedInto'])
      .where('c.personal_id = ANY(:personalIds)', { personalIds })
      .getMany();
  }

  /** Records in the actor's areas by id (merged ones included). */
  byIds(scope: AreaScope, ids: string[], manager?: EntityManager): Promise<Child[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.records(scope, 'c.id = ANY(:ids)', { ids }, manager);
  }

  /** The record and those merged into it, directly or along a chain of merges. */
  async mergedInto(id: string): Promise<string[]> {
    const rows: { id: string }[] = await this.dataSource.query(
      `WITH RECURSIVE merged(id) AS (
         SELECT $1::uuid
         UNION
         SELECT c.id FROM children c JOIN merged m ON c.merged_into = m.id
       )
       SELECT id FROM merged`,
      [id],
    );
    return rows.map((row) => row.id);
  }

  /** Records by id, in any area (for a case that names them), in the order asked. */
  async byIdsAnywhere(ids: string[], manager?: EntityManager): Promise<Child[]> {
    if (ids.length === 0) return [];
    const rows = await this.records(null, 'c.id = ANY(:ids)', { ids }, manager);
    return ids.flatMap((id) => rows.filter((row) => row.id === id));
  }

  /**
   * Records in the actor's areas, not merged away, that an import row may be: by id, personal ID
   * or fingerprint.
   */
  matches(
    scope: AreaScope,
    keys: { ids: string[]; personalIds: string[]; fingerprints: string[] },
    manager: EntityManager,
  ): Promise<Child[]> {
    return this.records(
      scope,
      'c.merged_into IS NULL AND (c.id = ANY(:ids) OR c.personal_id = ANY(:personalIds) OR c.fingerprint = ANY(:fingerprints))',
      keys,
      manager,
    );
  }

  /**
   * Records in the actor's areas, not merged away, a support import's rows may name: by id,
   * personal ID or date of birth (the name is compared by the caller).
   */
  named(
    scope: AreaScope,
    keys: { ids: string[]; personalIds: string[]; birthDates: string[] },
    manager: EntityManager,
  ): Promise<Child[]> {
    return this.records(
      scope,
      'c.merged_into IS NULL AND (c.id = ANY(:ids) OR c.personal_id = ANY(:personalIds) OR c.date_of_birth = ANY(:birthDates::date[]))',
      keys,
      manager,
    );
  }

  /**
   * Adds records in one statement whose one parameter is their JSON (the query builder spends
   * longer building a thousand-row INSERT than PostgreSQL takes to run it); returns their ids in
   * order.
   */
  async insertMany(manager: EntityManager, children: Partial<Child>[]): Promise<string[]> {
    const rows = children.map((c) => ({ ...c, id: randomUUID(), version: 1 }));
    await insertJson(manager, Child, rows);
    return rows.map((r) => r.id);
  }

  /**
   * Replaces records in one statement, each only if it is still at the version given (the optimistic
   * lock of `update`), and moves each to the next version; returns the ids replaced. Every row
   * gives the same properties, which are the columns set.
   */
  async updateMany(
    manager: EntityManager,
    children: (Partial<Child> & Pick<Child, 'id' | 'version'>)[],
  ): Promise<Set<string>> {
    if (children.length === 0) return new Set();
    const given = Object.keys(children[0]);
    if (
      children.some((c) => Object.keys(c).length !== given.length || given.some((k) => !(k in c)))
    ) {
      throw new Error('updateMany: every row must give the same properties');
    }
    const { columns, json } = recordset(manager.connection.getMetadata(Child), children);
    const set = columns
      .filter((c) => !['id', 'version', 'updatedAt'].includes(c.propertyName))
      .map((c) => `"${c.databaseName}" = v."${c.databaseName}"`);
    // TypeORM answers an UPDATE with its rows and their count.
    const [rows] = await manager.query<[{ id: string }[], number]>(
      `UPDATE "children" c SET ${set.join(', ')}, "version" = c."version" + 1, "updated_at" = now()
       FROM jsonb_populate_recordset(NULL::"children", $1::jsonb) v
       WHERE c."id" = v."id" AND c."version" = v."version"
       RETURNING c."id"`,
      [json],
    );
    return new Set(rows.map((r) => r.id));
  }

  insert(manager: EntityManager, child: Partial<Child>): Promise<Child> {
    return manager.save(Child, manager.create(Child, child));
  }

  /** Applies a change only to the version the caller read; false when it moved on. */
  async update(
    manager: EntityManager,
    id: string,
    version: number,
    patch: Partial<Child>,
  ): Promise<boolean> {
    const result = await manager
      .createQueryBuilder()
      .update(Child)
      .set(patch)
      .where('id = :id AND version = :version', { id, version })
      .execute();
    return result.affected === 1;
  }
}
