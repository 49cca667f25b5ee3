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

  /**
   * The support kept with these standing records, on them or on records merged into them along
   * a chain of merges, each with the standing record it belongs to; locked for an import to
   * change.
   */
  async ofStanding(
    manager: EntityManager,
    standingIds: string[],
  ): Promise<(ChildSupport & { standingId: string })[]> {
    if (standingIds.length === 0) return [];
    const rows: Record<string, unknown>[] = await manager.query(
      `WITH RECURSIVE chain(id, standing) AS (
         SELECT id, id FROM unnest($1::uuid[]) AS id
         UNION
         SELECT c.id, chain.standing FROM children c JOIN chain ON c.merged_into = chain.id
       )
       SELECT s.id, chain.standing FROM child_supports s JOIN chain ON s.child_id = chain.id`,
      [standingIds],
    );
    if (rows.length === 0) return [];
    const standing = new Map(rows.map((r) => [r.id as string, r.standing as string]));
    const supports = await manager
      .getRepository(ChildSupport)
      .createQueryBuilder('s')
      .setLock('pessimistic_write')
      .where('s.id = ANY(:ids)', { ids: [...standing.keys()] })
      .getMany();
    return supports.map((s) => Object.assign(s, { standingId: standing.get(s.id)! }));
  }

  async insertMany(manager: EntityManager, supports: Partial<ChildSupport>[]): Promise<void> {
    if (supports.length > 0) await manager.insert(ChildSupport, supports);
  }

  async update(
    manager: EntityManager,
    id: string,
    changes: Pick<ChildSupport, 'provider' | 'providerName' | 'endsOn' | 'amount' | 'programme'>,
  ): Promise<void> {
    await manager.update(ChildSupport, { id }, changes);
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
