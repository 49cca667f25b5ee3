import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { ChildSupport } from './entities/child-support.entity.js';

/** All SQL on the support children receive. */
@Injectable()
export class ChildSupportsRepository {
  constructor(private readonly dataSource: DataSource) {}

  insert(manager: EntityManager, support: Partial<ChildSupport>): Promise<ChildSupport> {
    return manager.save(ChildSupport, manager.create(ChildSupport, support));
  }

  /** The support of these records (a record and those merged into it), the latest first. */
  ofChildren(childIds: string[]): Promise<ChildSupport[]> {
    return this.dataSource
      .getRepository(ChildSupport)
      .createQueryBuilder('s')
      .where('s.child_id = ANY(:childIds)', { childIds })
      .orderBy('s.starts_on', 'DESC')
      .addOrderBy('s.created_at', 'DESC')
      .getMany();
  }

  /** One support of these records, locked to remove it; null when they have none by that id. */
  lockOf(manager: EntityManager, childIds: string[], id: string): Promise<ChildSupport | null> {
    return manager
      .getRepository(ChildSupport)
      .createQueryBuilder('s')
      .setLock('pessimistic_write')
      .where('s.id = :id AND s.child_id = ANY(:childIds)', { id, childIds })
      .getOne();
  }

  async remove(manager: EntityManager, id: string): Promise<void> {
    await manager.delete(ChildSupport, { id });
  }
}
