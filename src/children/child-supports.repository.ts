import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { ChildSupport } from './entities/child-support.entity.js';

/** The support import's SQL (one row at a time is the annexes' own: ChildAnnexesRepository). */
@Injectable()
export class ChildSupportsRepository {
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
}
