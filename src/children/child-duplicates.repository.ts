/**
 * Duplicate records and their merges: the records that may be the same child as one record, the
 * pairs in a commune that may be, locking records for a merge, and the merges themselves, kept
 * (their snapshots sealed as the records are) so that one can be undone.
 */
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { openText, sealText } from '../common/field-cipher.js';
import type { AreaScope } from '../access/actor.js';
import { scopeCondition } from '../access/scope.js';
import { childrenInScope, namedQuery } from './child-sql.js';
import { ChildMerge } from './entities/child-merge.entity.js';
import type { Child } from './entities/child.entity.js';
import { sealedFields } from './sealed-fields.js';

/** The SQL of finding duplicates and merging them, in the actor's areas. */
@Injectable()
export class ChildDuplicatesRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Records that may be the same child as this one, in the actor's areas, found by blocking in its
   * province (through the name-keys index and the date-of-birth index): the same family and given
   * name (without diacritics; the middle name may differ) and a birth year at most one apart; the
   * same date of birth and the family or the given name (one of them misspelt); or the same date
   * of birth in the same commune. With the names' trigram similarity, for scoring.
   */
  async candidatesFor(
    scope: AreaScope,
    child: Child,
  ): Promise<{ child: Child; nameSimilarity: number }[]> {
    const year = Number(child.dateOfBirth.slice(0, 4));
    const words = child.nameSearch.trim().split(' ');
    const family = `^${words[0]}`;
    const given = words.length > 1 ? words[words.length - 1] : family;
    const { entities, raw } = await childrenInScope(this.dataSource.manager, scope)
      .addSelect('similarity(c.name_search, :name)', 'name_similarity')
      .andWhere('c.id <> :id AND c.merged_into IS NULL AND c.province_code = :province')
      .andWhere(
        `((child_name_keys(c.name_search) @> CAST(:both AS text[]) AND c.date_of_birth BETWEEN :from AND :to)
          OR (child_name_keys(c.name_search) && CAST(:both AS text[]) AND c.date_of_birth = :dob)
          OR (c.date_of_birth = :dob AND c.commune_code = :commune))`,
      )
      .setParameters({
        id: child.id,
        name: child.nameSearch,
        both: [family, given],
        province: child.provinceCode,
        commune: child.communeCode,
        dob: child.dateOfBirth,
        from: `${year - 1}-01-01`,
        to: `${year + 1}-12-31`,
      })
      .orderBy('name_similarity', 'DESC')
      .limit(200)
      .getRawAndEntities<{ c_id: string; name_similarity: number }>();
    const similarity = new Map(raw.map((r) => [r.c_id, Number(r.name_similarity)]));
    return entities.map((c) => ({ child: c, nameSimilarity: similarity.get(c.id) ?? 0 }));
  }

  /**
   * Pairs of records in a commune that may be the same child, found by blocking: the same family
   * and given name (without diacritics; the middle name may differ) and birth years at most one
   * apart, or the same date of birth (which catches a misspelt name). Only pairs whose names are
   * at least a little alike are scored.
   */
  async candidatePairs(
    scope: AreaScope,
    communeCode: string,
  ): Promise<{ a: string; b: string; nameSimilarity: number }[]> {
    const area = scopeCondition(scope, { province: 'province_code', commune: 'commune_code' });
    const rows = await namedQuery<{ a: string; b: string; name_similarity: number }>(
      this.dataSource,
      `WITH c AS MATERIALIZED (
         SELECT id, name_search, date_of_birth,
                split_part(btrim(name_search), ' ', 1) || ' ' || split_part(btrim(name_search), ' ', -1) AS key
         FROM children
         WHERE commune_code = :communeCode AND merged_into IS NULL AND ${area.sql}
       )
       SELECT a.id AS a, b.id AS b, similarity(a.name_search, b.name_search) AS name_similarity
       FROM c a JOIN c b ON b.key = a.key AND a.id < b.id
       WHERE abs(extract(year FROM a.date_of_birth) - extract(year FROM b.date_of_birth)) <= 1
         AND similarity(a.name_search, b.name_search) >= 0.4
       UNION
       SELECT a.id, b.id, similarity(a.name_search, b.name_search)
       FROM c a JOIN c b ON b.date_of_birth = a.date_of_birth AND a.id < b.id
       WHERE similarity(a.name_search, b.name_search) >= 0.4`,
      { ...area.params, communeCode },
    );
    return rows.map((r) => ({ a: r.a, b: r.b, nameSimilarity: Number(r.name_similarity) }));
  }

  /** Locks records in the actor's areas for a change that spans them (a merge). */
  lockForUpdate(scope: AreaScope, ids: string[], manager: EntityManager): Promise<Child[]> {
    return childrenInScope(manager, scope)
      .andWhere('c.id = ANY(:ids)', { ids })
      .orderBy('c.id')
      .setLock('pessimistic_write')
      .getMany();
  }

  /** Records a merge, the records' sealed fields sealed in its snapshots as in the records. */
  async addMerge(manager: EntityManager, merge: Partial<ChildMerge>): Promise<string> {
    const result = await manager.insert(ChildMerge, {
      ...merge,
      survivorBefore: sealedFields(merge.survivorBefore, sealText),
      mergedBefore: sealedFields(merge.mergedBefore, sealText),
    });
    return (result.identifiers[0] as { id: string }).id;
  }

  /** A merge not yet undone, locked for its undo. */
  async openMerge(id: string, manager: EntityManager): Promise<ChildMerge | null> {
    const merge = await manager
      .getRepository(ChildMerge)
      .createQueryBuilder('m')
      .where('m.id = :id AND m.undone_at IS NULL', { id })
      .setLock('pessimistic_write')
      .getOne();
    return merge
      ? {
          ...merge,
          survivorBefore: sealedFields(merge.survivorBefore, openText)!,
          mergedBefore: sealedFields(merge.mergedBefore, openText)!,
        }
      : null;
  }

  async markUndone(manager: EntityManager, id: string, actorId: string): Promise<void> {
    await manager
      .getRepository(ChildMerge)
      .update(id, { undoneBy: actorId, undoneAt: () => 'now()' });
  }
}
