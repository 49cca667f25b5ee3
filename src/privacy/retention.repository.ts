import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { OPEN_CASE_CHILD_IDS } from '../cases/case-read-models.js';
import { CHILD_IN_OPEN_CASE, closedBeforeCondition } from '../cases/case-retention.js';
import { recordsOfChildren } from '../children/child-read-models.js';
import { agedOutCondition } from '../children/child-retention.js';
import { type RetentionKind, RetentionPolicy } from './entities/retention-policy.entity.js';

/** A record past its policy, and where it lives. */
export interface DueRecord {
  id: string;
  provinceCode: string;
  communeCode: string;
}

/**
 * Each kind's records, through what children and cases publish: the table and its alias, the
 * records past the policy's last due day (`$1`), and those among them an open case still keeps.
 */
const RECORDS: Record<RetentionKind, { from: string; alias: string; past: string; kept: string }> =
  {
    child_record: {
      from: 'children c',
      alias: 'c',
      past: agedOutCondition('$1'),
      // A case not closed names the child: this record, or another of the child's.
      kept: `c.id IN ${recordsOfChildren(OPEN_CASE_CHILD_IDS)}`,
    },
    closed_case: {
      from: 'cases k',
      alias: 'k',
      past: closedBeforeCondition('$1'),
      kept: CHILD_IN_OPEN_CASE,
    },
  };

/** The policies, and which records they reach. */
@Injectable()
export class RetentionRepository {
  constructor(private readonly dataSource: DataSource) {}

  policies(): Promise<RetentionPolicy[]> {
    return this.dataSource.getRepository(RetentionPolicy).find({ order: { kind: 'ASC' } });
  }

  policy(kind: RetentionKind, manager = this.dataSource.manager): Promise<RetentionPolicy | null> {
    return manager.getRepository(RetentionPolicy).findOneBy({ kind });
  }

  async update(manager: EntityManager, kind: RetentionKind, patch: Partial<RetentionPolicy>) {
    await manager.update(RetentionPolicy, { kind }, patch);
  }

  /** The records past `lastDueDay`, by province: those due, and those an open case keeps. */
  async dueByProvince(
    kind: RetentionKind,
    lastDueDay: string,
  ): Promise<{ provinceCode: string; due: number; keptByCase: number }[]> {
    const { from, alias, past, kept } = RECORDS[kind];
    const rows: { province_code: string; due: number; kept: number }[] =
      await this.dataSource.query(
        `SELECT ${alias}.province_code,
                count(*) FILTER (WHERE NOT ${kept})::int AS due,
                count(*) FILTER (WHERE ${kept})::int AS kept
         FROM ${from} WHERE ${past}
         GROUP BY ${alias}.province_code ORDER BY ${alias}.province_code`,
        [lastDueDay],
      );
    return rows.map((r) => ({ provinceCode: r.province_code, due: r.due, keptByCase: r.kept }));
  }

  /** The next due records, locked in the caller's transaction (another worker skips them). */
  async nextDue(
    manager: EntityManager,
    kind: RetentionKind,
    lastDueDay: string,
    limit: number,
  ): Promise<DueRecord[]> {
    const { from, alias, past, kept } = RECORDS[kind];
    const rows: { id: string; province_code: string; commune_code: string }[] = await manager.query(
      `SELECT ${alias}.id, ${alias}.province_code, ${alias}.commune_code FROM ${from}
         WHERE ${past} AND NOT ${kept}
         ORDER BY ${alias}.id LIMIT $2 FOR UPDATE OF ${alias} SKIP LOCKED`,
      [lastDueDay, limit],
    );
    return rows.map((r) => ({
      id: r.id,
      provinceCode: r.province_code,
      communeCode: r.commune_code,
    }));
  }
}
