import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { AreaScope } from '../auth/actor.js';
import { scopeCondition } from '../auth/scope.js';
import type { CaseStatus } from './case-workflow.js';
import { CaseChild } from './entities/case-child.entity.js';
import { CASE_OWN_DEADLINE } from './deadlines.repository.js';
import { CaseEvent } from './entities/case-event.entity.js';
import { CaseNote } from './entities/case-note.entity.js';
import { Case, type ProtectionLevel } from './entities/case.entity.js';

export interface CaseFilter {
  status?: CaseStatus;
  level?: ProtectionLevel;
  assignedTo?: string;
  communeCode?: string;
  /** The child and the records merged into it. */
  childIds?: string[];
  /** With a step past its deadline at this instant. */
  overdueAt?: Date;
  afterSeq: string | null;
  limit: number;
}

@Injectable()
export class CasesRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** The next number of a commune's year, taken inside the intake's transaction. */
  async nextSequence(manager: EntityManager, communeCode: string, year: number): Promise<number> {
    const [row] = (await manager.query(
      `INSERT INTO case_code_counters (commune_code, year, last) VALUES ($1, $2, 1)
       ON CONFLICT (commune_code, year) DO UPDATE SET last = case_code_counters.last + 1
       RETURNING last`,
      [communeCode, year],
    )) as { last: number }[];
    return row.last;
  }

  async insert(manager: EntityManager, values: Partial<Case>, childIds: string[]): Promise<Case> {
    const row = await manager.save(Case, manager.create(Case, values));
    await manager.insert(
      CaseChild,
      childIds.map((childId) => ({ caseId: row.id, childId })),
    );
    return row;
  }

  /** A case in the actor's areas, or null (absent and out of scope read the same). */
  byId(scope: AreaScope, id: string, manager?: EntityManager): Promise<Case | null> {
    return this.scoped(scope, manager).andWhere('c.id = :id', { id }).getOne();
  }

  /** A case the actor recorded (a report's own scope), wherever it lies; null otherwise. */
  recordedBy(actorId: string, id: string): Promise<Case | null> {
    return this.recorded(actorId).andWhere('c.id = :id', { id }).getOne();
  }

  /** The cases the actor recorded, newest first: a page after `afterSeq`, one row more. */
  reportedBy(actorId: string, afterSeq: string | null, limit: number): Promise<Case[]> {
    const query = this.recorded(actorId)
      .orderBy('c.seq', 'DESC')
      .limit(limit + 1);
    if (afterSeq) query.andWhere('c.seq < :afterSeq', { afterSeq });
    return query.getMany();
  }

  /** The same, locked for the change about to be made. */
  lock(scope: AreaScope, id: string, manager: EntityManager): Promise<Case | null> {
    return this.scoped(scope, manager)
      .andWhere('c.id = :id', { id })
      .setLock('pessimistic_write')
      .getOne();
  }

  /** For the system (deadline jobs): any case, locked. */
  lockAny(id: string, manager: EntityManager): Promise<Case | null> {
    return manager
      .getRepository(Case)
      .createQueryBuilder('c')
      .where('c.id = :id', { id })
      .setLock('pessimistic_write')
      .getOne();
  }

  async update(manager: EntityManager, id: string, patch: Partial<Case>): Promise<void> {
    await manager
      .createQueryBuilder()
      .update(Case)
      .set({ ...patch, version: () => 'version + 1' } as never)
      .where('id = :id', { id })
      .execute();
  }

  async list(scope: AreaScope, filter: CaseFilter): Promise<Case[]> {
    const query = this.scoped(scope)
      .orderBy('c.seq', 'DESC')
      .limit(filter.limit + 1);
    if (filter.status) query.andWhere('c.status = :status', { status: filter.status });
    if (filter.level) query.andWhere('c.level = :level', { level: filter.level });
    if (filter.assignedTo) {
      query.andWhere('c.assigned_to = :assignedTo', { assignedTo: filter.assignedTo });
    }
    if (filter.communeCode) {
      query.andWhere('c.commune_code = :communeCode', { communeCode: filter.communeCode });
    }
    if (filter.childIds) {
      query.andWhere(
        'EXISTS (SELECT 1 FROM case_children cc WHERE cc.case_id = c.id AND cc.child_id = ANY(:childIds))',
        { childIds: filter.childIds },
      );
    }
    if (filter.overdueAt) {
      query.andWhere(
        `EXISTS (SELECT 1 FROM deadlines d
                 WHERE d.case_id = c.id AND ${CASE_OWN_DEADLINE}
                   AND d.state = 'open' AND d.due_at < :overdueAt)`,
        { overdueAt: filter.overdueAt },
      );
    }
    if (filter.afterSeq) query.andWhere('c.seq < :afterSeq', { afterSeq: filter.afterSeq });
    return query.getMany();
  }

  async childIds(caseIds: string[], manager?: EntityManager): Promise<Map<string, string[]>> {
    const rows = await (manager ?? this.dataSource.manager)
      .getRepository(CaseChild)
      .createQueryBuilder('cc')
      .where('cc.case_id = ANY(:caseIds)', { caseIds })
      .orderBy('cc.child_id')
      .getMany();
    const byCase = new Map<string, string[]>(caseIds.map((id) => [id, []]));
    for (const row of rows) byCase.get(row.caseId)!.push(row.childId);
    return byCase;
  }

  async addEvent(manager: EntityManager, event: Partial<CaseEvent>): Promise<void> {
    await manager.insert(CaseEvent, event as never);
  }

  events(caseId: string): Promise<CaseEvent[]> {
    return this.dataSource
      .getRepository(CaseEvent)
      .createQueryBuilder('e')
      .where('e.case_id = :caseId', { caseId })
      .orderBy('e.id')
      .getMany();
  }

  /** The steps of this action after a given step, oldest first (a plan's action statuses). */
  eventsAfter(
    caseId: string,
    action: string,
    afterId: string,
    manager?: EntityManager,
  ): Promise<CaseEvent[]> {
    return (manager ?? this.dataSource.manager)
      .getRepository(CaseEvent)
      .createQueryBuilder('e')
      .where('e.case_id = :caseId AND e.action = :action AND e.id > :afterId', {
        caseId,
        action,
        afterId,
      })
      .orderBy('e.id')
      .getMany();
  }

  /** The latest step of this action (the plan being approved, the assessment to print). */
  lastEvent(caseId: string, action: string, manager?: EntityManager): Promise<CaseEvent | null> {
    return (manager ?? this.dataSource.manager)
      .getRepository(CaseEvent)
      .createQueryBuilder('e')
      .where('e.case_id = :caseId AND e.action = :action', { caseId, action })
      .orderBy('e.id', 'DESC')
      .limit(1)
      .getOne();
  }

  async addNote(manager: EntityManager, note: Partial<CaseNote>): Promise<CaseNote> {
    return manager.save(CaseNote, manager.create(CaseNote, note));
  }

  /** Oldest first; restricted ones only when `restricted` is true or the reader wrote them. */
  notes(caseId: string, readerId: string, restricted: boolean): Promise<CaseNote[]> {
    const query = this.dataSource
      .getRepository(CaseNote)
      .createQueryBuilder('n')
      .where('n.case_id = :caseId', { caseId })
      .orderBy('n.created_at')
      .addOrderBy('n.id');
    if (!restricted) {
      query.andWhere("(n.visibility = 'case_team' OR n.author_id = :readerId)", { readerId });
    }
    return query.getMany();
  }

  private recorded(actorId: string) {
    return this.dataSource
      .getRepository(Case)
      .createQueryBuilder('c')
      .where('c.created_by = :actorId', { actorId });
  }

  private scoped(scope: AreaScope, manager?: EntityManager) {
    const { sql, params } = scopeCondition(scope, {
      province: 'c.province_code',
      commune: 'c.commune_code',
    });
    return (manager ?? this.dataSource.manager)
      .getRepository(Case)
      .createQueryBuilder('c')
      .where(sql, params);
  }
}
