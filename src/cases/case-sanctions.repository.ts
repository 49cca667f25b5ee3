import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { CaseSanction } from './entities/case-sanction.entity.js';

/** All SQL on the administrative sanctions recorded on cases. */
@Injectable()
export class CaseSanctionsRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** A case's sanctions, the latest decision first; recorded up to `until` only, if given. */
  ofCase(caseId: string, until: Date | null): Promise<CaseSanction[]> {
    const q = this.dataSource
      .getRepository(CaseSanction)
      .createQueryBuilder('s')
      .where('s.case_id = :caseId', { caseId });
    if (until) q.andWhere('s.created_at <= :until', { until });
    return q.orderBy('s.decided_on', 'DESC').addOrderBy('s.created_at', 'DESC').getMany();
  }

  /** Whether the case already records the decision of that number for that kind of violator. */
  async recorded(
    tx: EntityManager,
    caseId: string,
    decisionNumber: string,
    violatorKind: CaseSanction['violatorKind'],
  ): Promise<boolean> {
    return tx.getRepository(CaseSanction).existsBy({ caseId, decisionNumber, violatorKind });
  }

  insert(tx: EntityManager, row: Partial<CaseSanction>): Promise<CaseSanction> {
    return tx.save(CaseSanction, tx.create(CaseSanction, row));
  }

  /** One sanction of the case, locked to remove it; null when the case has none by that id. */
  lockOf(tx: EntityManager, caseId: string, id: string): Promise<CaseSanction | null> {
    return tx
      .getRepository(CaseSanction)
      .createQueryBuilder('s')
      .setLock('pessimistic_write')
      .where('s.id = :id AND s.case_id = :caseId', { id, caseId })
      .getOne();
  }

  async remove(tx: EntityManager, id: string): Promise<void> {
    await tx.getRepository(CaseSanction).delete(id);
  }
}
