import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { AreaScope } from '../access/actor.js';
import { scopeCondition } from '../access/scope.js';
import { type CorrectionStatus, CorrectionRequest } from './entities/correction-request.entity.js';

/** A request with the name of its child's record now. */
export type CorrectionRow = CorrectionRequest & { childName: string };

/**
 * All SQL on correction requests. A request is seen where its child's record lives now (the
 * commune that keeps the record answers it).
 */
@Injectable()
export class CorrectionRequestsRepository {
  constructor(private readonly dataSource: DataSource) {}

  insert(manager: EntityManager, request: Partial<CorrectionRequest>): Promise<CorrectionRequest> {
    return manager.save(CorrectionRequest, manager.create(CorrectionRequest, request));
  }

  /** The requests about these records (a record and those merged into it), newest first. */
  async ofChildren(childIds: string[]): Promise<CorrectionRequest[]> {
    return this.dataSource
      .getRepository(CorrectionRequest)
      .createQueryBuilder('r')
      .where('r.child_id = ANY(:childIds)', { childIds })
      .orderBy('r.received_on', 'DESC')
      .addOrderBy('r.created_at', 'DESC')
      .getMany();
  }

  /** A commune's requests in a state, oldest received first (at most 500). */
  async inCommune(
    scope: AreaScope,
    communeCode: string,
    status: CorrectionStatus,
  ): Promise<CorrectionRow[]> {
    return withNames(
      await this.scoped(scope)
        .andWhere('c.commune_code = :communeCode AND r.status = :status', { communeCode, status })
        .orderBy('r.received_on', 'ASC')
        .addOrderBy('r.created_at', 'ASC')
        .limit(500)
        .getRawAndEntities(),
    );
  }

  /** A request whose record is in the actor's areas, locked to answer it. */
  async lockInScope(
    manager: EntityManager,
    scope: AreaScope,
    id: string,
  ): Promise<CorrectionRow | null> {
    const area = scopeCondition(scope, { province: 'c.province_code', commune: 'c.commune_code' });
    const [row] = withNames(
      await manager
        .getRepository(CorrectionRequest)
        .createQueryBuilder('r')
        .innerJoin('children', 'c', 'c.id = r.child_id')
        .addSelect('c.full_name', 'child_name')
        .where(area.sql, area.params)
        .andWhere('r.id = :id', { id })
        .setLock('pessimistic_write', undefined, ['r'])
        .getRawAndEntities(),
    );
    return row ?? null;
  }

  async answer(
    manager: EntityManager,
    id: string,
    patch: Partial<CorrectionRequest>,
  ): Promise<void> {
    await manager.update(CorrectionRequest, { id }, patch);
  }

  private scoped(scope: AreaScope) {
    const area = scopeCondition(scope, { province: 'c.province_code', commune: 'c.commune_code' });
    return this.dataSource
      .getRepository(CorrectionRequest)
      .createQueryBuilder('r')
      .innerJoin('children', 'c', 'c.id = r.child_id')
      .addSelect('c.full_name', 'child_name')
      .where(area.sql, area.params);
  }
}

function withNames({
  entities,
  raw,
}: {
  entities: CorrectionRequest[];
  raw: { child_name: string }[];
}): CorrectionRow[] {
  return entities.map((entity, i) => ({ ...entity, childName: raw[i].child_name }));
}
