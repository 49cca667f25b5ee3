import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { AreaScope } from '../access/actor.js';
import { scopeCondition } from '../access/scope.js';
import {
  ChildVerification,
  type PersonFields,
  type VerificationMethod,
  type VerificationOutcome,
} from './entities/child-verification.entity.js';
import { Child, type VerificationStatus } from './entities/child.entity.js';

/** A record as a check needs it: the fields sent, and the version they were read at. */
export type CheckedRecord = Pick<
  Child,
  'id' | 'version' | 'fullName' | 'dateOfBirth' | 'sex' | 'personalId'
>;

/** A check's result, to record against the version of the record that was sent. */
export interface CheckResult {
  child: CheckedRecord;
  outcome: VerificationOutcome;
  sent: PersonFields;
  found: PersonFields | null;
}

/** A record of the reconciliation worklist with its last check. */
export type WorklistRow = Child & { check: ChildVerification };

/** All SQL on checks against the population database and on the records' verification state. */
@Injectable()
export class ChildVerificationsRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * The next records of a commune to check, in id order after `after`: every current record, or
   * with `checkedBefore` those whose last check before then no longer speaks for them (a run
   * skips the records checked today, unless they changed since).
   */
  async toCheck(
    communeCode: string,
    after: string | null,
    checkedBefore: Date | null,
    limit: number,
  ): Promise<CheckedRecord[]> {
    const q = this.pending(communeCode, checkedBefore)
      .select(['c.id', 'c.version', 'c.fullName', 'c.dateOfBirth', 'c.sex', 'c.personalId'])
      .orderBy('c.id')
      .limit(limit);
    if (after) q.andWhere('c.id > :after', { after });
    return q.getMany();
  }

  countToCheck(communeCode: string, checkedBefore: Date | null): Promise<number> {
    return this.pending(communeCode, checkedBefore).getCount();
  }

  private pending(communeCode: string, checkedBefore: Date | null) {
    const q = this.dataSource
      .getRepository(Child)
      .createQueryBuilder('c')
      .where('c.commune_code = :communeCode AND c.merged_into IS NULL', { communeCode });
    if (checkedBefore) {
      // A record changed since its last check (unchecked again) is asked about again.
      q.andWhere(
        `(c.verification_id IS NULL OR c.verification_status = 'unchecked'
          OR (SELECT v.checked_at FROM child_verifications v WHERE v.id = c.verification_id) < :checkedBefore)`,
        { checkedBefore },
      );
    }
    return q;
  }

  /** The commune's current records for a check by file, in name order: those not verified, or all. */
  forFile(scope: AreaScope, communeCode: string, all: boolean): Promise<Child[]> {
    const area = scopeCondition(scope, { province: 'c.province_code', commune: 'c.commune_code' });
    const q = this.dataSource
      .getRepository(Child)
      .createQueryBuilder('c')
      .where(area.sql, area.params)
      .andWhere('c.commune_code = :communeCode AND c.merged_into IS NULL', { communeCode })
      .orderBy('c.name_search')
      .addOrderBy('c.id');
    if (!all) q.andWhere("c.verification_status <> 'verified'");
    return q.getMany();
  }

  /**
   * Records checks and sets each record's state, in one statement, for the records still at the
   * version that was sent; returns the ids recorded. A record changed meanwhile is left as it is
   * (the answer speaks of values it no longer holds): the next run checks it again.
   */
  async record(
    manager: EntityManager,
    results: CheckResult[],
    how: {
      method: VerificationMethod;
      runId: string | null;
      actorId: string | null;
      actorName: string | null;
    },
  ): Promise<Set<string>> {
    if (results.length === 0) return new Set();
    const rows = results.map((r) => ({
      child_id: r.child.id,
      version: r.child.version,
      outcome: r.outcome,
      sent: r.sent,
      found: r.found,
    }));
    const recorded = await manager.query<{ child_id: string }[]>(
      `WITH v AS (
         SELECT gen_random_uuid() AS id, v.* FROM jsonb_to_recordset($1::jsonb)
           AS v(child_id uuid, version int, outcome text, sent jsonb, found jsonb)
       ), applied AS (
         UPDATE children c SET verification_status = v.outcome, verification_id = v.id
         FROM v WHERE c.id = v.child_id AND c.version = v.version AND c.merged_into IS NULL
         RETURNING c.id
       )
       INSERT INTO child_verifications
         (id, child_id, run_id, method, outcome, sent, found, actor_id, actor_name)
       SELECT v.id, v.child_id, $2, $3, v.outcome, v.sent, v.found, $4, $5
       FROM v WHERE v.child_id IN (SELECT id FROM applied)
       RETURNING child_id`,
      [JSON.stringify(rows), how.runId, how.method, how.actorId, how.actorName],
    );
    return new Set(recorded.map((r) => r.child_id));
  }

  /** A page of the commune's records in these states, in name order, with their last check. */
  async worklist(
    scope: AreaScope,
    communeCode: string,
    statuses: VerificationStatus[],
    after: [string, string] | null,
    limit: number,
  ): Promise<WorklistRow[]> {
    const area = scopeCondition(scope, { province: 'c.province_code', commune: 'c.commune_code' });
    const q = this.dataSource
      .getRepository(Child)
      .createQueryBuilder('c')
      .innerJoinAndMapOne('c.check', ChildVerification, 'v', 'v.id = c.verification_id')
      .where(area.sql, area.params)
      .andWhere('c.commune_code = :communeCode AND c.merged_into IS NULL', { communeCode })
      .andWhere('c.verification_status IN (:...statuses)', { statuses })
      .orderBy('c.name_search', 'ASC')
      .addOrderBy('c.id', 'ASC')
      .limit(limit + 1);
    if (after) {
      q.andWhere('(c.name_search, c.id) > (:name COLLATE "C", :id)', {
        name: after[0],
        id: after[1],
      });
    }
    return (await q.getMany()) as WorklistRow[];
  }

  /** How many of the commune's records are in each state. */
  async counts(scope: AreaScope, communeCode: string): Promise<Record<string, number>> {
    const area = scopeCondition(scope, { province: 'c.province_code', commune: 'c.commune_code' });
    const rows = await this.dataSource
      .getRepository(Child)
      .createQueryBuilder('c')
      .select('c.verification_status', 'status')
      .addSelect('count(*)::int', 'count')
      .where(area.sql, area.params)
      .andWhere('c.commune_code = :communeCode AND c.merged_into IS NULL', { communeCode })
      .groupBy('c.verification_status')
      .getRawMany<{ status: string; count: number }>();
    return Object.fromEntries(rows.map((r) => [r.status, r.count]));
  }

  /**
   * The commune's current records without a personal ID born on these days whose name reads the
   * same (searchColumn): the records a child the database registers may already be.
   */
  withoutPersonalId(
    scope: AreaScope,
    communeCode: string,
    people: { nameSearch: string; dateOfBirth: string }[],
  ): Promise<Pick<Child, 'id' | 'fullName' | 'dateOfBirth' | 'nameSearch'>[]> {
    if (people.length === 0) return Promise.resolve([]);
    const area = scopeCondition(scope, { province: 'c.province_code', commune: 'c.commune_code' });
    return this.dataSource
      .getRepository(Child)
      .createQueryBuilder('c')
      .select(['c.id', 'c.fullName', 'c.dateOfBirth', 'c.nameSearch'])
      .where(area.sql, area.params)
      .andWhere(
        `c.commune_code = :communeCode AND c.merged_into IS NULL AND c.personal_id IS NULL
         AND (c.name_search, c.date_of_birth) IN
           (SELECT p.name_search, p.date_of_birth::date
            FROM jsonb_to_recordset(:people::jsonb) AS p(name_search text, date_of_birth text))`,
        {
          communeCode,
          people: JSON.stringify(
            people.map((p) => ({ name_search: p.nameSearch, date_of_birth: p.dateOfBirth })),
          ),
        },
      )
      .getMany();
  }

  byId(id: string, manager: EntityManager = this.dataSource.manager) {
    return manager.getRepository(ChildVerification).findOneBy({ id });
  }

  /** The checks of a record, newest first. */
  ofChild(childId: string): Promise<ChildVerification[]> {
    return this.dataSource
      .getRepository(ChildVerification)
      .find({ where: { childId }, order: { checkedAt: 'DESC' }, take: 50 });
  }
}
