import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { AreaScope } from '../access/actor.js';
import { scopeCondition } from '../access/scope.js';
import type { CaseStatus, ProtectionLevel } from './case-workflow.js';
import { CaseChild } from './entities/case-child.entity.js';
import { CASE_OWN_DEADLINE } from './deadlines.repository.js';
import { CaseEvent } from './entities/case-event.entity.js';
import { CaseHolding } from './entities/case-holding.entity.js';
import { CaseNote } from './entities/case-note.entity.js';
import { Case } from './entities/case.entity.js';

export interface CaseFilter {
  status?: CaseStatus;
  level?: ProtectionLevel;
  assignedTo?: string;
  communeCode?: string;
  /** The child and the records merged into it. */
  childIds?: string[];
  /** With a step past its deadline at this instant. */
  overdueAt?: Date;
  /** Only cases whose isolation proposal awaits the chair's decision. */
  isolationProposed?: boolean;
  afterSeq: string | null;
  limit: number;
}

@Injectable()
export class CasesRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** The next number of a commune's year, taken inside the intake's transaction. */
  async nextSequence(manager: EntityManager, communeCode: string, year: number): Promise<number> {
    const [row] = await manager.query<{ last: number }[]>(
      `INSERT INTO case_code_counters (commune_code, year, last) VALUES ($1, $2, 1)
       ON CONFLICT (commune_code, year) DO UPDATE SET last = case_code_counters.last + 1
       RETURNING last`,
      [communeCode, year],
    );
    return row.last;
  }

  async insert(manager: EntityManager, values: Partial<Case>, childIds: string[]): Promise<Case> {
    const row = await manager.save(Case, manager.create(Case, values));
    await manager.insert(
      CaseChild,
      childIds.map((childId) => ({ caseId: row.id, childId })),
    );
    // Its first holder: the commune that took the report in, from its receipt.
    await manager.insert(CaseHolding, {
      caseId: row.id,
      provinceCode: row.provinceCode,
      communeCode: row.communeCode,
      heldFrom: row.receivedAt,
    });
    return row;
  }

  /**
   * The latest holding of the case in the actor's areas that has ended (a former holder's read),
   * or null: the filter is in the query (conventions.md rule 2), like the case's own scope.
   */
  heldBefore(scope: AreaScope, id: string, manager?: EntityManager): Promise<CaseHolding | null> {
    const { sql, params } = scopeCondition(scope, {
      province: 'h.province_code',
      commune: 'h.commune_code',
    });
    return (manager ?? this.dataSource.manager)
      .getRepository(CaseHolding)
      .createQueryBuilder('h')
      .where('h.case_id = :id AND h.held_until IS NOT NULL', { id })
      .andWhere(sql, params)
      .orderBy('h.held_until', 'DESC')
      .limit(1)
      .getOne();
  }

  /** The case's holders in order, each with the transfer that brought the case to it. */
  holdings(caseId: string, until?: Date): Promise<CaseHolding[]> {
    const query = this.dataSource
      .getRepository(CaseHolding)
      .createQueryBuilder('h')
      .leftJoinAndSelect('h.transfer', 't')
      .where('h.case_id = :caseId', { caseId })
      .orderBy('h.held_from')
      .addOrderBy('h.held_until', 'ASC', 'NULLS LAST');
    if (until) query.andWhere('h.held_from <= :until', { until });
    return query.getMany();
  }

  /**
   * Hands the case over: the current holding ends, keeping the cut its commune still reads, and
   * the receiver's begins.
   */
  async handOver(
    manager: EntityManager,
    caseId: string,
    ended: Pick<CaseHolding, 'heldUntil' | 'lastEventId' | 'snapshot'>,
    next: Pick<CaseHolding, 'provinceCode' | 'communeCode' | 'heldFrom' | 'transferId'>,
  ): Promise<void> {
    await manager
      .createQueryBuilder()
      .update(CaseHolding)
      .set(ended)
      .where('case_id = :caseId AND held_until IS NULL', { caseId })
      .execute();
    await manager.insert(CaseHolding, { caseId, ...next });
  }

  /** The case's latest step, for the cut of a hand-over. */
  async lastEventId(manager: EntityManager, caseId: string): Promise<string> {
    const [row] = await manager.query<{ id: string }[]>(
      'SELECT max(id)::text AS id FROM case_events WHERE case_id = $1',
      [caseId],
    );
    return row.id;
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
      .set({ ...patch, version: () => 'version + 1' })
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
    if (filter.isolationProposed) {
      // Proposed with the emergency measures, no decision taken since, and none in progress.
      query.andWhere(
        `c.status <> 'closed' AND (c.isolation_started_at IS NULL OR c.isolation_ended_at IS NOT NULL)
         AND EXISTS (SELECT 1 FROM case_events p
                     WHERE p.case_id = c.id AND p.action = 'emergency-measures'
                       AND p.facts @> '{"isolationProposed": true}'
                       AND NOT EXISTS (SELECT 1 FROM case_events d
                                       WHERE d.case_id = c.id AND d.action = 'isolation'
                                         AND d.id > p.id))`,
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

  /** Oldest first; up to the step `upTo` only, for a former holder (null: every step). */
  events(caseId: string, upTo: string | null = null): Promise<CaseEvent[]> {
    return this.stepsOf(caseId, upTo).orderBy('e.id').getMany();
  }

  /** The steps of these actions after a given step, oldest first (a plan's action statuses). */
  eventsAfter(
    caseId: string,
    actions: string[],
    afterId: string,
    manager?: EntityManager,
    upTo: string | null = null,
  ): Promise<CaseEvent[]> {
    return this.stepsOf(caseId, upTo, manager)
      .andWhere('e.action = ANY(:actions) AND e.id > :afterId', { actions, afterId })
      .orderBy('e.id')
      .getMany();
  }

  /** The latest step of this action (the plan being approved, the assessment to print). */
  lastEvent(
    caseId: string,
    action: string,
    manager?: EntityManager,
    upTo: string | null = null,
  ): Promise<CaseEvent | null> {
    return this.stepsOf(caseId, upTo, manager)
      .andWhere('e.action = :action', { action })
      .orderBy('e.id', 'DESC')
      .limit(1)
      .getOne();
  }

  async addNote(manager: EntityManager, note: Partial<CaseNote>): Promise<CaseNote> {
    return manager.save(CaseNote, manager.create(CaseNote, note));
  }

  /**
   * Oldest first; restricted ones only when `restricted` is true or the reader wrote them; up to
   * `until` only, for a former holder.
   */
  notes(
    caseId: string,
    readerId: string,
    restricted: boolean,
    until: Date | null = null,
  ): Promise<CaseNote[]> {
    const query = this.dataSource
      .getRepository(CaseNote)
      .createQueryBuilder('n')
      .where('n.case_id = :caseId', { caseId })
      .orderBy('n.created_at')
      .addOrderBy('n.id');
    if (until) query.andWhere('n.created_at <= :until', { until });
    if (!restricted) {
      query.andWhere("(n.visibility = 'case_team' OR n.author_id = :readerId)", { readerId });
    }
    return query.getMany();
  }

  /** The case's steps, up to the step `upTo` when a former holder reads (the cut in SQL). */
  private stepsOf(caseId: string, upTo: string | null, manager?: EntityManager) {
    const query = (manager ?? this.dataSource.manager)
      .getRepository(CaseEvent)
      .createQueryBuilder('e')
      .where('e.case_id = :caseId', { caseId });
    if (upTo !== null) query.andWhere('e.id <= :upTo', { upTo });
    return query;
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
