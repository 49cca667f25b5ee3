import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import type { AreaScope } from '../auth/actor.js';
import { scopeCondition } from '../auth/scope.js';
import { ChildHistory } from './entities/child-history.entity.js';
import { Child } from './entities/child.entity.js';

export interface ChildFilter {
  /** Words, each matching the start of a word of the name. */
  words: string[];
  personalId?: string;
  provinceCode?: string;
  communeCode?: string;
  specialCircumstance?: string;
  riskFactor?: string;
  /** Born on or after / on or before (from the age range). */
  bornFrom?: string;
  bornTo?: string;
  sex?: string;
  hasPersonalId?: boolean;
  /** Last (nameSearch, id) served. */
  after: [string, string] | null;
  limit: number;
}

/**
 * All SQL on children. Every read takes the actor's scope and filters by it in the query itself
 * (conventions.md rule 2): a child outside it is never loaded.
 */
@Injectable()
export class ChildrenRepository {
  constructor(private readonly dataSource: DataSource) {}

  private scoped(scope: AreaScope, manager?: EntityManager): SelectQueryBuilder<Child> {
    const area = scopeCondition(scope, { province: 'c.province_code', commune: 'c.commune_code' });
    return (manager ?? this.dataSource.manager)
      .getRepository(Child)
      .createQueryBuilder('c')
      .where(area.sql, area.params);
  }

  byId(scope: AreaScope, id: string, manager?: EntityManager): Promise<Child | null> {
    return this.scoped(scope, manager).andWhere('c.id = :id', { id }).getOne();
  }

  /** Who holds these personal IDs, whatever the scope: for the uniqueness check only. */
  holdersOfPersonalIds(
    personalIds: string[],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<Pick<Child, 'id' | 'personalId' | 'provinceCode' | 'communeCode'>[]> {
    return manager
      .getRepository(Child)
      .createQueryBuilder('c')
      .select(['c.id', 'c.personalId', 'c.provinceCode', 'c.communeCode'])
      .where('c.personal_id = ANY(:personalIds)', { personalIds })
      .getMany();
  }

  list(scope: AreaScope, filter: ChildFilter): Promise<Child[]> {
    const q = this.scoped(scope)
      .andWhere('c.merged_into IS NULL')
      .orderBy('c.name_search', 'ASC')
      .addOrderBy('c.id', 'ASC')
      .take(filter.limit + 1);
    filter.words.forEach((word, i) => {
      q.andWhere(`c.name_search LIKE :w${i}`, { [`w${i}`]: `% ${escapeLike(word)}%` });
    });
    if (filter.personalId) q.andWhere('c.personal_id = :personalId', filter);
    if (filter.provinceCode) q.andWhere('c.province_code = :provinceCode', filter);
    if (filter.communeCode) q.andWhere('c.commune_code = :communeCode', filter);
    if (filter.specialCircumstance) {
      q.andWhere(
        `c.special_circumstances @> :scContains AND EXISTS (SELECT 1 FROM jsonb_array_elements(c.special_circumstances) e
          WHERE e->>'code' = :sc AND (e->>'until') IS NULL)`,
        {
          scContains: JSON.stringify([{ code: filter.specialCircumstance }]),
          sc: filter.specialCircumstance,
        },
      );
    }
    if (filter.riskFactor) {
      q.andWhere(
        `EXISTS (SELECT 1 FROM jsonb_array_elements(c.risk_factors) e WHERE e->>'code' = :rf AND (e->>'until') IS NULL)`,
        { rf: filter.riskFactor },
      );
    }
    if (filter.bornFrom) q.andWhere('c.date_of_birth >= :bornFrom', filter);
    if (filter.bornTo) q.andWhere('c.date_of_birth <= :bornTo', filter);
    if (filter.sex) q.andWhere('c.sex = :sex', filter);
    if (filter.hasPersonalId !== undefined) {
      q.andWhere(filter.hasPersonalId ? 'c.personal_id IS NOT NULL' : 'c.personal_id IS NULL');
    }
    if (filter.after) {
      q.andWhere('(c.name_search, c.id) > (:afterName, :afterId)', {
        afterName: filter.after[0],
        afterId: filter.after[1],
      });
    }
    return q.getMany();
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
    return this.scoped(scope, manager)
      .andWhere('c.merged_into IS NULL')
      .andWhere(
        '(c.id = ANY(:ids) OR c.personal_id = ANY(:personalIds) OR c.fingerprint = ANY(:fingerprints))',
        keys,
      )
      .getMany();
  }

  /** Adds records in one statement; returns their ids in order. */
  async insertMany(manager: EntityManager, children: Partial<Child>[]): Promise<string[]> {
    if (children.length === 0) return [];
    const result = await manager
      .createQueryBuilder()
      .insert()
      .into(Child)
      .values(children as never[])
      .returning('id')
      .execute();
    return (result.raw as { id: string }[]).map((row) => row.id);
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
      .set(patch as never)
      .where('id = :id AND version = :version', { id, version })
      .execute();
    return result.affected === 1;
  }

  async addHistory(
    manager: EntityManager,
    entries: Partial<ChildHistory> | Partial<ChildHistory>[],
  ): Promise<void> {
    if (Array.isArray(entries) && entries.length === 0) return;
    await manager.insert(ChildHistory, entries as never);
  }

  history(childId: string): Promise<ChildHistory[]> {
    return this.dataSource
      .getRepository(ChildHistory)
      .find({ where: { childId }, order: { id: 'ASC' } });
  }
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}
