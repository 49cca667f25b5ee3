import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { CaseAbuser } from './entities/case-abuser.entity.js';

/** All SQL on the abusers recorded on cases. */
@Injectable()
export class CaseAbusersRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** A case's abusers in the order recorded; recorded up to `until` only, if given. */
  ofCase(caseId: string, until: Date | null): Promise<CaseAbuser[]> {
    const q = this.dataSource
      .getRepository(CaseAbuser)
      .createQueryBuilder('a')
      .where('a.case_id = :caseId', { caseId });
    if (until) q.andWhere('a.created_at <= :until', { until });
    return q.orderBy('a.created_at', 'ASC').addOrderBy('a.id', 'ASC').getMany();
  }

  insert(tx: EntityManager, row: Partial<CaseAbuser>): Promise<CaseAbuser> {
    return tx.save(CaseAbuser, tx.create(CaseAbuser, row));
  }

  /** One abuser of the case, locked to remove it; null when the case has none by that id. */
  lockOf(tx: EntityManager, caseId: string, id: string): Promise<CaseAbuser | null> {
    return tx
      .getRepository(CaseAbuser)
      .createQueryBuilder('a')
      .setLock('pessimistic_write')
      .where('a.id = :id AND a.case_id = :caseId', { id, caseId })
      .getOne();
  }

  async remove(tx: EntityManager, id: string): Promise<void> {
    await tx.getRepository(CaseAbuser).delete(id);
  }
}
