import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { AreasService } from '../areas/areas.service.js';
import { AuditService } from '../audit/audit.service.js';
import type { Actor } from '../access/actor.js';
import { inScope } from '../access/scope.js';
import { AppException } from '../common/app.exception.js';
import { changes } from '../common/changes.js';
import { decodeCursor, encodeCursor } from '../common/pagination.js';
import { bornAtMost } from './age.js';
import { combine } from './child-merge.js';
import { changedFields, checkChild, historyChanges } from './child-rules.js';
import { ChildDataQualityRepository } from './child-data-quality.repository.js';
import { ChildDuplicatesRepository } from './child-duplicates.repository.js';
import { ChildHistoryRepository } from './child-history.repository.js';
import { ChildrenRepository } from './children.repository.js';
import { ChildrenService } from './children.service.js';
import {
  type CommuneDuplicatesDto,
  type DataQualityDto,
  type DataQualityQuery,
  type DuplicateDto,
  type MergeDto,
  type MergeResultDto,
  type UndoMergeResultDto,
} from './dto/child-cleaning.dto.js';
import { ChildDto } from './dto/child.dto.js';
import type { Child } from './entities/child.entity.js';
import { DUPLICATE_THRESHOLD, duplicateScore } from './duplicate-score.js';

/**
 * Cleaning the registry (làm sạch dữ liệu): duplicate candidates for a child or a whole commune,
 * merging two records into one (reversibly), and the data-quality worklist of a commune.
 */
@Injectable()
export class ChildCleaningService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly children: ChildrenRepository,
    private readonly duplicates: ChildDuplicatesRepository,
    private readonly histories: ChildHistoryRepository,
    private readonly quality: ChildDataQualityRepository,
    private readonly registry: ChildrenService,
    private readonly areas: AreasService,
    private readonly audit: AuditService,
  ) {}

  async duplicatesOf(id: string, actor: Actor): Promise<DuplicateDto[]> {
    const child = await this.children.byId(actor.scope, id);
    if (!child || child.mergedInto) throw new AppException('not-found');
    const today = this.registry.today();
    const found = (await this.duplicates.candidatesFor(actor.scope, child))
      .map(({ child: other, nameSimilarity }) => ({
        other,
        ...duplicateScore(child, other, nameSimilarity),
      }))
      .filter((d) => d.score >= DUPLICATE_THRESHOLD)
      .sort((a, b) => b.score - a.score);
    await this.audit.record({
      actor,
      action: 'child.duplicates_read',
      entity: { type: 'child', id },
      area: child,
      details: { candidates: found.map((d) => d.other.id) },
    });
    return Promise.all(
      found.map(async (d) => ({
        child: await this.registry.shown(ChildDto.from(d.other, today), actor),
        score: d.score,
        reasons: d.reasons,
      })),
    );
  }

  async communeDuplicates(
    communeCode: string,
    limit: number,
    actor: Actor,
  ): Promise<CommuneDuplicatesDto> {
    const pairs = await this.duplicates.candidatePairs(actor.scope, communeCode);
    const ids = [...new Set(pairs.flatMap((p) => [p.a, p.b]))];
    const byId = new Map((await this.children.byIds(actor.scope, ids)).map((c) => [c.id, c]));
    const scored = pairs
      .map((p) => {
        const [a, b] = [byId.get(p.a)!, byId.get(p.b)!];
        return { a, b, ...duplicateScore(a, b, p.nameSimilarity) };
      })
      .filter((d) => d.score >= DUPLICATE_THRESHOLD)
      .sort((x, y) => y.score - x.score || x.a.nameSearch.localeCompare(y.a.nameSearch));
    const shown = scored.slice(0, limit);
    await this.audit.record({
      actor,
      action: 'child.duplicates_scanned',
      details: { communeCode, pairs: scored.length, shown: shown.length },
    });
    const today = this.registry.today();
    return {
      total: scored.length,
      items: await Promise.all(
        shown.map(async (d) => ({
          child: await this.registry.shown(ChildDto.from(d.a, today), actor),
          duplicate: await this.registry.shown(ChildDto.from(d.b, today), actor),
          score: d.score,
          reasons: d.reasons,
        })),
      ),
    };
  }

  async dataQuality(query: DataQualityQuery, actor: Actor): Promise<DataQualityDto> {
    const places = await this.areas.placeIndex();
    const provinceCode = places.provinceOf(query.communeCode);
    if (!provinceCode) throw new AppException('unknown-area', { codes: query.communeCode });
    if (!inScope(actor.scope, provinceCode, query.communeCode)) {
      throw new AppException('out-of-scope', { communeCode: query.communeCode });
    }
    const after = decodeCursor(query.cursor, ['text', 'uuid']) as [string, string] | null;
    const today = this.registry.today();
    const { counts, items } = await this.quality.dataQuality(
      query.communeCode,
      today,
      bornAtMost(today, 16),
      after,
      query.limit,
      query.problem,
    );
    await this.audit.record({
      actor,
      action: 'child.data_quality_read',
      area: { provinceCode, communeCode: query.communeCode },
      details: {
        communeCode: query.communeCode,
        problem: query.problem ?? null,
        shown: Math.min(items.length, query.limit),
      },
    });
    const last = items.length > query.limit ? items[query.limit - 1].child : null;
    return {
      counts,
      items: await Promise.all(
        items.slice(0, query.limit).map(async (i) => ({
          child: await this.registry.shown(ChildDto.from(i.child, today), actor),
          problems: i.problems,
        })),
      ),
      nextCursor: last ? encodeCursor([last.nameSearch, last.id]) : null,
    };
  }

  /**
   * Merges a duplicate into the survivor, in one transaction: the survivor takes the values the
   * caller chose and gains what only the duplicate knew, the duplicate becomes a redirect to it,
   * both histories say so, and both records as they were are kept for the undo. The caller chose
   * from the versions it read: when it names them, a record changed since refuses the merge.
   */
  async merge(
    survivorId: string,
    dto: MergeDto,
    survivorVersion: number | undefined,
    actor: Actor,
  ): Promise<MergeResultDto> {
    const { duplicateId } = dto;
    if (survivorId === duplicateId) throw new AppException('merge-same-child');
    const reference = await this.registry.registryReference();
    return this.dataSource.transaction(async (tx) => {
      const locked = await this.duplicates.lockForUpdate(
        actor.scope,
        [survivorId, duplicateId],
        tx,
      );
      const survivor = locked.find((c) => c.id === survivorId);
      const duplicate = locked.find((c) => c.id === duplicateId);
      if (!survivor || !duplicate) throw new AppException('not-found');
      for (const c of [survivor, duplicate]) {
        if (c.mergedInto) throw new AppException('child-merged', { survivorId: c.mergedInto });
      }
      for (const [c, read] of [
        [survivor, survivorVersion],
        [duplicate, dto.duplicateVersion],
      ] as const) {
        if (read !== undefined && c.version !== read) {
          throw new AppException('version-mismatch', { version: c.version });
        }
      }
      if (
        survivor.personalId &&
        duplicate.personalId &&
        survivor.personalId !== duplicate.personalId
      ) {
        throw new AppException('merge-personal-ids', {
          survivor: survivor.personalId,
          duplicate: duplicate.personalId,
        });
      }
      const fields = checkChild(
        combine(survivor, duplicate, dto.values),
        reference,
        actor.scope,
        this.registry.today(),
      );
      // The personal ID moves: the duplicate lets go of it before the survivor takes it.
      await this.save(tx, duplicate, { mergedInto: survivor.id, personalId: null }, actor);
      await this.save(tx, survivor, changedFields(survivor, fields), actor);
      const mergeId = await this.duplicates.addMerge(tx, {
        survivorId,
        mergedId: duplicateId,
        survivorBefore: snapshot(survivor),
        mergedBefore: snapshot(duplicate),
        survivorVersion: survivor.version + 1,
        mergedBy: actor.id,
      });
      const by = { actorId: actor.id, actorName: actor.fullName ?? actor.name };
      await this.histories.addHistory(tx, [
        {
          ...by,
          childId: survivorId,
          action: 'merged',
          changes: {
            ...historyChanges(survivor, fields),
            mergedRecord: { from: null, to: duplicateId },
          },
        },
        {
          ...by,
          childId: duplicateId,
          action: 'merged_into',
          changes: { mergedInto: { from: null, to: survivorId } },
        },
      ]);
      await this.audit.record(
        {
          actor,
          action: 'child.merged',
          entity: { type: 'child', id: survivorId },
          area: survivor,
          details: { mergeId, mergedId: duplicateId },
        },
        tx,
      );
      const after = (await this.children.byId(actor.scope, survivorId, tx))!;
      return { ...ChildDto.from(after, this.registry.today()), mergeId, mergedId: duplicateId };
    });
  }

  /**
   * Puts both records back as they were before the merge, while the survivor has not changed
   * since (otherwise those changes would be lost: 409).
   */
  async undoMerge(mergeId: string, actor: Actor): Promise<UndoMergeResultDto> {
    return this.dataSource.transaction(async (tx) => {
      const merge = await this.duplicates.openMerge(mergeId, tx);
      if (!merge) throw new AppException('not-found');
      const locked = await this.duplicates.lockForUpdate(
        actor.scope,
        [merge.survivorId, merge.mergedId],
        tx,
      );
      const survivor = locked.find((c) => c.id === merge.survivorId);
      const merged = locked.find((c) => c.id === merge.mergedId);
      if (!survivor || !merged) throw new AppException('not-found');
      if (survivor.version !== merge.survivorVersion) {
        throw new AppException('merge-undo-stale', { id: survivor.id });
      }
      const survivorBefore = restorable(merge.survivorBefore);
      const mergedBefore = restorable(merge.mergedBefore);
      await this.save(tx, survivor, survivorBefore, actor);
      await this.save(tx, merged, { ...mergedBefore, mergedInto: null }, actor);
      await this.duplicates.markUndone(tx, mergeId, actor.id);
      const by = { actorId: actor.id, actorName: actor.fullName ?? actor.name };
      await this.histories.addHistory(tx, [
        {
          ...by,
          childId: survivor.id,
          action: 'merge_undone',
          changes: changes(survivor as Partial<Child>, survivorBefore),
        },
        {
          ...by,
          childId: merged.id,
          action: 'merge_undone',
          changes: { mergedInto: { from: survivor.id, to: null } },
        },
      ]);
      await this.audit.record(
        {
          actor,
          action: 'child.merge_undone',
          entity: { type: 'child', id: survivor.id },
          area: survivor,
          details: { mergeId, mergedId: merged.id },
        },
        tx,
      );
      const [s, m] = await this.children
        .byIds(actor.scope, [survivor.id, merged.id], tx)
        .then((rows) => [survivor.id, merged.id].map((id) => rows.find((c) => c.id === id)!));
      const today = this.registry.today();
      return { survivor: ChildDto.from(s, today), restored: ChildDto.from(m, today) };
    });
  }

  private async save(
    tx: EntityManager,
    child: Child,
    patch: Partial<Child>,
    actor: Actor,
  ): Promise<void> {
    if (
      !(await this.children.update(tx, child.id, child.version, { ...patch, updatedBy: actor.id }))
    ) {
      throw new AppException('version-mismatch', { version: child.version + 1 });
    }
  }
}

/** What a merge keeps of a record: every stored field but the bookkeeping ones. */
function snapshot(child: Child): Partial<Child> {
  const {
    id: _id,
    version: _v,
    createdAt: _c,
    updatedAt: _u,
    createdBy: _cb,
    updatedBy: _ub,
    ...fields
  } = child;
  return fields;
}

/** A kept record as a patch (jsonb gives dates back as strings already). */
function restorable(kept: Partial<Child>): Partial<Child> {
  const { mergedInto: _merged, ...fields } = kept;
  return fields;
}
