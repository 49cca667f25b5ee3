import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { AreaScope } from '../access/actor.js';
import { scopeCondition } from '../access/scope.js';
import type { TransferStatus } from './case-transfer.js';
import { CaseTransfer } from './entities/case-transfer.entity.js';

/** incoming: to a commune in the actor's areas; outgoing: from one. */
export type TransferDirection = 'incoming' | 'outgoing';

export interface TransferFilter {
  direction: TransferDirection;
  status?: TransferStatus;
  afterSeq: string | null;
  limit: number;
}

/** The SQL of case transfers: every read scoped by the side's commune, in the query. */
@Injectable()
export class CaseTransfersRepository {
  constructor(private readonly dataSource: DataSource) {}

  insert(manager: EntityManager, values: Partial<CaseTransfer>): Promise<CaseTransfer> {
    return manager.save(CaseTransfer, manager.create(CaseTransfer, values));
  }

  async update(manager: EntityManager, id: string, patch: Partial<CaseTransfer>): Promise<void> {
    await manager.update(CaseTransfer, { id }, patch);
  }

  /** A transfer with its case, for the parties' answer after a step. */
  async byId(id: string): Promise<CaseTransfer> {
    return this.dataSource
      .getRepository(CaseTransfer)
      .createQueryBuilder('t')
      .innerJoinAndSelect('t.case', 'c')
      .where('t.id = :id', { id })
      .getOneOrFail();
  }

  /** The pending transfer of each of these cases. */
  async pending(caseIds: string[], manager?: EntityManager): Promise<Map<string, CaseTransfer>> {
    const rows = await (manager ?? this.dataSource.manager)
      .getRepository(CaseTransfer)
      .createQueryBuilder('t')
      .where("t.case_id = ANY(:caseIds) AND t.status = 'pending'", { caseIds })
      .getMany();
    return new Map(rows.map((row) => [row.caseId, row]));
  }

  /**
   * The case's latest transfer whose receiving (incoming) or sending (outgoing) commune is in the
   * actor's areas, locked for a decision; null when there is none.
   */
  latest(
    scope: AreaScope,
    direction: TransferDirection,
    caseId: string,
    manager: EntityManager,
  ): Promise<CaseTransfer | null> {
    return this.scoped(scope, direction, manager)
      .andWhere('t.case_id = :caseId', { caseId })
      .orderBy('t.seq', 'DESC')
      .limit(1)
      .setLock('pessimistic_write')
      .getOne();
  }

  /** Newest first: a page after `afterSeq`, one row more. */
  list(scope: AreaScope, filter: TransferFilter): Promise<CaseTransfer[]> {
    const query = this.scoped(scope, filter.direction)
      .orderBy('t.seq', 'DESC')
      .limit(filter.limit + 1);
    if (filter.status) query.andWhere('t.status = :status', { status: filter.status });
    if (filter.afterSeq) query.andWhere('t.seq < :afterSeq', { afterSeq: filter.afterSeq });
    return query.getMany();
  }

  private scoped(scope: AreaScope, direction: TransferDirection, manager?: EntityManager) {
    const side = direction === 'incoming' ? 'to' : 'from';
    const { sql, params } = scopeCondition(scope, {
      province: `t.${side}_province_code`,
      commune: `t.${side}_commune_code`,
    });
    return (manager ?? this.dataSource.manager)
      .getRepository(CaseTransfer)
      .createQueryBuilder('t')
      .innerJoinAndSelect('t.case', 'c')
      .where(sql, params);
  }
}
