import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { ChildFriendlyAssessment } from './entities/child-friendly-assessment.entity.js';

/** All SQL on the communes' assessments against the standard of a commune fit for children. */
@Injectable()
export class ChildFriendlyRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** The province's communes assessed for the year. */
  ofProvince(year: number, provinceCode: string): Promise<ChildFriendlyAssessment[]> {
    return this.dataSource.getRepository(ChildFriendlyAssessment).findBy({ year, provinceCode });
  }

  /** The commune's assessment for the year, replacing the one it had. */
  async save(tx: EntityManager, row: Omit<ChildFriendlyAssessment, 'updatedAt'>): Promise<void> {
    await tx.getRepository(ChildFriendlyAssessment).upsert(row, ['year', 'communeCode']);
  }
}
