import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { openCaseNames } from '../cases/case-read-models.js';
import { agedOutCondition } from '../children/child-retention.js';
import { type RetentionKind, RetentionPolicy } from './entities/retention-policy.entity.js';

/** A record past its policy, and where it lives. */
export interface DueRecord {
  id: string;
  provinceCode: string;
  communeCode: string;
}

/** The policies, and which records they reach, through what children and cases publish. */
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
    await manager.update(RetentionPolicy, { kind }, patch as never);
  }

  /** The records past `lastBirthDay`, by province: those due, and those an open case keeps. */
  async dueByProvince(
    lastBirthDay: string,
  ): Promise<{ provinceCode: string; due: number; keptByCase: number }[]> {
    const rows: { province_code: string; due: number; kept: number }[] =
      await this.dataSource.query(
        `SELECT c.province_code,
                count(*) FILTER (WHERE NOT ${OPEN})::int AS due,
                count(*) FILTER (WHERE ${OPEN})::int AS kept
         FROM children c WHERE ${agedOutCondition('$1')}
         GROUP BY c.province_code ORDER BY c.province_code`,
        [lastBirthDay],
      );
    return rows.map((r) => ({ provinceCode: r.province_code, due: r.due, keptByCase: r.kept }));
  }

  /** The next due records, locked in the caller's transaction (another worker skips them). */
  async nextDue(manager: EntityManager, lastBirthDay: string, limit: number): Promise<DueRecord[]> {
    const rows: { id: string; province_code: string; commune_code: string }[] = await manager.query(
      `SELECT c.id, c.province_code, c.commune_code FROM children c
         WHERE ${agedOutCondition('$1')} AND NOT ${OPEN}
         ORDER BY c.id LIMIT $2 FOR UPDATE OF c SKIP LOCKED`,
      [lastBirthDay, limit],
    );
    return rows.map((r) => ({
      id: r.id,
      provinceCode: r.province_code,
      communeCode: r.commune_code,
    }));
  }
}

/** A case not closed names the child's record, or the record it was merged into. */
const OPEN = openCaseNames('c.id, c.merged_into');
