import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { AreaScope } from '../access/actor.js';
import { scopeCondition } from '../access/scope.js';
import {
  type ChangeStatus,
  PopulationChange,
  PopulationChangeRead,
} from './entities/population-change.entity.js';

/** Rows of one INSERT: 11 parameters each, well under PostgreSQL's 65,535 a statement. */
const INSERT_ROWS = 1000;

/** All SQL on the births and moves received from the population database. */
@Injectable()
export class PopulationChangesRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Keeps the changes not received before; returns those it kept. In statements of INSERT_ROWS,
   * under PostgreSQL's limit of parameters per statement whatever the list's length.
   */
  async insertNew(
    manager: EntityManager,
    changes: Partial<PopulationChange>[],
  ): Promise<PopulationChange[]> {
    const kept: PopulationChange[] = [];
    for (let i = 0; i < changes.length; i += INSERT_ROWS) {
      const result = await manager
        .createQueryBuilder()
        .insert()
        .into(PopulationChange)
        .values(changes.slice(i, i + INSERT_ROWS))
        .orIgnore()
        .returning(['id', 'status'])
        .execute();
      kept.push(...(result.raw as PopulationChange[]));
    }
    return kept;
  }

  /** A page of a commune's changes in these states, in date order then id, and the counts. */
  async page(
    scope: AreaScope,
    communeCode: string,
    statuses: ChangeStatus[],
    after: [string, string] | null,
    limit: number,
  ): Promise<PopulationChange[]> {
    const q = this.scoped(scope)
      .andWhere('p.commune_code = :communeCode AND p.status IN (:...statuses)', {
        communeCode,
        statuses,
      })
      .orderBy('p.date', 'ASC')
      .addOrderBy('p.id', 'ASC')
      .limit(limit + 1);
    if (after) q.andWhere('(p.date, p.id) > (:date, :id)', { date: after[0], id: after[1] });
    return q.getMany();
  }

  async counts(scope: AreaScope, communeCode: string): Promise<Record<ChangeStatus, number>> {
    const rows = await this.scoped(scope)
      .select('p.status', 'status')
      .addSelect('count(*)::int', 'count')
      .andWhere('p.commune_code = :communeCode', { communeCode })
      .groupBy('p.status')
      .getRawMany<{ status: ChangeStatus; count: number }>();
    const counts = { open: 0, done: 0, dismissed: 0, settled: 0 };
    for (const row of rows) counts[row.status] = row.count;
    return counts;
  }

  /** A change in the actor's areas. */
  inScope(scope: AreaScope, id: string): Promise<PopulationChange | null> {
    return this.scoped(scope).andWhere('p.id = :id', { id }).getOne();
  }

  /** A change in the actor's areas, locked for a decision. */
  lockInScope(
    manager: EntityManager,
    scope: AreaScope,
    id: string,
  ): Promise<PopulationChange | null> {
    const area = scopeCondition(scope, { province: 'p.province_code', commune: 'p.commune_code' });
    return manager
      .getRepository(PopulationChange)
      .createQueryBuilder('p')
      .where(area.sql, area.params)
      .andWhere('p.id = :id', { id })
      .setLock('pessimistic_write')
      .getOne();
  }

  async decide(
    manager: EntityManager,
    id: string,
    patch: Partial<PopulationChange>,
  ): Promise<void> {
    await manager.update(PopulationChange, { id }, patch);
  }

  /** Removes the changes about these records or personal IDs (their retention is over). */
  async forget(manager: EntityManager, childIds: string[], personalIds: string[]): Promise<void> {
    await manager.query(
      'DELETE FROM population_changes WHERE child_id = ANY($1) OR personal_id = ANY($2)',
      [childIds, personalIds],
    );
  }

  async readTo(communeCode: string): Promise<string | null> {
    const row = await this.dataSource
      .getRepository(PopulationChangeRead)
      .findOneBy({ communeCode });
    return row?.readTo ?? null;
  }

  async setReadTo(manager: EntityManager, communeCode: string, readTo: string): Promise<void> {
    await manager.upsert(PopulationChangeRead, { communeCode, readTo, readAt: new Date() }, [
      'communeCode',
    ]);
  }

  private scoped(scope: AreaScope) {
    const area = scopeCondition(scope, { province: 'p.province_code', commune: 'p.commune_code' });
    return this.dataSource
      .getRepository(PopulationChange)
      .createQueryBuilder('p')
      .where(area.sql, area.params);
  }
}
