import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, type EntityTarget } from 'typeorm';

/** A row kept beside a child's record (its support, its injuries). */
export interface Annex {
  id: string;
  childId: string;
}

/** All SQL on what is kept beside a child's record, whichever table keeps it. */
@Injectable()
export class ChildAnnexesRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** The rows of these records (a record and those merged into it), in `order`. */
  ofChildren<E extends Annex>(
    target: EntityTarget<E>,
    childIds: string[],
    order: [column: string, direction: 'ASC' | 'DESC'][],
  ): Promise<E[]> {
    const q = this.dataSource
      .getRepository(target)
      .createQueryBuilder('a')
      .where('a.child_id = ANY(:childIds)', { childIds });
    for (const [column, direction] of order) q.addOrderBy(`a.${column}`, direction);
    return q.getMany();
  }

  insert<E extends Annex>(
    manager: EntityManager,
    target: EntityTarget<E>,
    row: Partial<E>,
  ): Promise<E> {
    return manager.save(target, manager.create(target, row as E));
  }

  /** One row of these records, locked to remove it; null when they have none by that id. */
  lockOf<E extends Annex>(
    manager: EntityManager,
    target: EntityTarget<E>,
    childIds: string[],
    id: string,
  ): Promise<E | null> {
    return manager
      .getRepository(target)
      .createQueryBuilder('a')
      .setLock('pessimistic_write')
      .where('a.id = :id AND a.child_id = ANY(:childIds)', { id, childIds })
      .getOne();
  }

  async remove<E extends Annex>(manager: EntityManager, target: EntityTarget<E>, id: string) {
    await manager.getRepository(target).delete(id);
  }
}
