import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { AreaScope } from '../access/actor.js';
import { scopeCondition } from '../access/scope.js';
import { PopulationQuotaDay, VerificationRun } from './entities/verification-run.entity.js';

const ACTIVE = ['queued', 'running', 'waiting'];

/** All SQL on verification runs and the day's quota of lookups. */
@Injectable()
export class VerificationRunsRepository {
  constructor(private readonly dataSource: DataSource) {}

  async insert(manager: EntityManager, run: Partial<VerificationRun>): Promise<VerificationRun> {
    return manager.save(VerificationRun, manager.create(VerificationRun, run));
  }

  byId(id: string): Promise<VerificationRun | null> {
    return this.dataSource.getRepository(VerificationRun).findOneBy({ id });
  }

  /** A run in the actor's areas. */
  inScope(scope: AreaScope, id: string): Promise<VerificationRun | null> {
    return this.scoped(scope).andWhere('r.id = :id', { id }).getOne();
  }

  /** The commune's runs, newest first. */
  ofCommune(scope: AreaScope, communeCode: string, limit: number): Promise<VerificationRun[]> {
    return this.scoped(scope)
      .andWhere('r.commune_code = :communeCode', { communeCode })
      .orderBy('r.created_at', 'DESC')
      .limit(limit)
      .getMany();
  }

  /** The commune's run that has not ended, locked (one at a time per commune). */
  active(manager: EntityManager, communeCode: string): Promise<VerificationRun | null> {
    return manager
      .getRepository(VerificationRun)
      .createQueryBuilder('r')
      .where('r.commune_code = :communeCode AND r.status IN (:...active)', {
        communeCode,
        active: ACTIVE,
      })
      .orderBy('r.created_at', 'DESC')
      .setLock('pessimistic_write')
      .getOne();
  }

  async update(manager: EntityManager, id: string, patch: Partial<VerificationRun>): Promise<void> {
    await manager.update(VerificationRun, { id }, patch);
  }

  /**
   * Moves the run past a batch and adds its counts, only from the cursor it was read at: false
   * when another worker moved it meanwhile (the caller's transaction is then rolled back).
   */
  async advance(
    manager: EntityManager,
    run: VerificationRun,
    to: string,
    counts: { processed: number; verified: number; mismatched: number; notFound: number },
  ): Promise<boolean> {
    const [, affected] = await manager.query<[unknown, number]>(
      `UPDATE verification_runs SET cursor = $3, processed = processed + $4, verified = verified + $5,
         mismatched = mismatched + $6, not_found = not_found + $7
       WHERE id = $1 AND cursor IS NOT DISTINCT FROM $2::uuid`,
      [
        run.id,
        run.cursor,
        to,
        counts.processed,
        counts.verified,
        counts.mismatched,
        counts.notFound,
      ],
    );
    return affected === 1;
  }

  /**
   * Takes up to `wanted` lookups from the day's quota, shared by every worker; returns how many it
   * got (0 when the day's are spent).
   */
  async takeQuota(day: string, wanted: number, quota: number): Promise<number> {
    await this.dataSource
      .createQueryBuilder()
      .insert()
      .into(PopulationQuotaDay)
      .values({ day, used: 0 })
      .orIgnore()
      .execute();
    const rows = await this.dataSource.query<[{ taken: number }[], number]>(
      `UPDATE population_quota_days q SET used = q.used + t.taken
       FROM (SELECT least($2::int, greatest($3::int - used, 0)) AS taken
             FROM population_quota_days WHERE day = $1 FOR UPDATE) t
       WHERE q.day = $1
       RETURNING t.taken`,
      [day, wanted, quota],
    );
    return rows[0][0]?.taken ?? 0;
  }

  /** Gives back lookups taken but not sent (the service could not be reached). */
  async returnQuota(day: string, count: number): Promise<void> {
    await this.dataSource.query(
      'UPDATE population_quota_days SET used = greatest(used - $2, 0) WHERE day = $1',
      [day, count],
    );
  }

  private scoped(scope: AreaScope) {
    const area = scopeCondition(scope, { province: 'r.province_code', commune: 'r.commune_code' });
    return this.dataSource
      .getRepository(VerificationRun)
      .createQueryBuilder('r')
      .where(area.sql, area.params);
  }
}
