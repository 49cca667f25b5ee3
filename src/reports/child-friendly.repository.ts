import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { AreaScope } from '../access/actor.js';
import { scopeCondition } from '../access/scope.js';
import { ChildFriendlyAssessment } from './entities/child-friendly-assessment.entity.js';

/** All SQL on the communes' assessments against the standard of a commune fit for children. */
@Injectable()
export class ChildFriendlyRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** The province's communes in the areas assessed for the year. */
  ofProvince(
    year: number,
    provinceCode: string,
    scope: AreaScope,
  ): Promise<ChildFriendlyAssessment[]> {
    const where = scopeCondition(scope, { province: 'a.province_code', commune: 'a.commune_code' });
    return this.dataSource
      .getRepository(ChildFriendlyAssessment)
      .createQueryBuilder('a')
      .where('a.year = :year AND a.province_code = :provinceCode', { year, provinceCode })
      .andWhere(where.sql, where.params)
      .getMany();
  }

  /** The commune's assessment for the year, replacing the one it had. */
  async save(tx: EntityManager, row: Omit<ChildFriendlyAssessment, 'updatedAt'>): Promise<void> {
    await tx.getRepository(ChildFriendlyAssessment).upsert(row, ['year', 'communeCode']);
  }
}
