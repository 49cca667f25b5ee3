import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, type EntityTarget, type FindOptionsWhere } from 'typeorm';

/** A row of a register kept on a case (its sanctions, its abusers). */
export interface CaseRegisterRow {
  id: string;
  caseId: string;
}

/** All SQL on the registers kept on cases, whichever table keeps one. */
@Injectable()
export class CaseRegistersRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** A case's rows in `order`; those recorded up to `until` only, if given (a former holder's). */
  ofCase<E extends CaseRegisterRow>(
    target: EntityTarget<E>,
    caseId: string,
    until: Date | null,
    order: [column: string, direction: 'ASC' | 'DESC'][],
  ): Promise<E[]> {
    const q = this.dataSource
      .getRepository(target)
      .createQueryBuilder('r')
      .where('r.case_id = :caseId', { caseId });
    if (until) q.andWhere('r.created_at <= :until', { until });
    for (const [column, direction] of order) q.addOrderBy(`r.${column}`, direction);
    return q.getMany();
  }

  /** Whether the register holds a row like this one (say, the same decision) already. */
  exists<E extends CaseRegisterRow>(
    tx: EntityManager,
    target: EntityTarget<E>,
    where: FindOptionsWhere<E>,
  ): Promise<boolean> {
    return tx.getRepository(target).existsBy(where);
  }

  insert<E extends CaseRegisterRow>(
    tx: EntityManager,
    target: EntityTarget<E>,
    row: Partial<E>,
  ): Promise<E> {
    return tx.save(target, tx.create(target, row as E));
  }

  /** Writes a row changed in place, locked first with `lockOf`. */
  update<E extends CaseRegisterRow>(tx: EntityManager, target: EntityTarget<E>, row: E) {
    return tx.save(target, row);
  }

  /** One row of the case, locked to change or remove it; null when the case has none by that id. */
  lockOf<E extends CaseRegisterRow>(
    tx: EntityManager,
    target: EntityTarget<E>,
    caseId: string,
    id: string,
  ): Promise<E | null> {
    return tx
      .getRepository(target)
      .createQueryBuilder('r')
      .setLock('pessimistic_write')
      .where('r.id = :id AND r.case_id = :caseId', { id, caseId })
      .getOne();
  }

  async remove<E extends CaseRegisterRow>(tx: EntityManager, target: EntityTarget<E>, id: string) {
    await tx.getRepository(target).delete(id);
  }
}
