import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { DeadlineKind } from './deadlines.js';
import { Deadline, type DeadlineState } from './entities/deadline.entity.js';

/** A deadline's key: its case, its kind, and which plan action or referral ('' for the case's). */
export interface DeadlineRef {
  caseId: string;
  kind: DeadlineKind;
  item: string;
}

/** Where the SQL of other queries finds a case's own deadlines (not its referrals'). */
export const CASE_OWN_DEADLINE = `d.kind NOT LIKE 'referral\\_%'`;

/** All SQL of the deadline store (deadlines.ts's table decides what is opened and closed). */
@Injectable()
export class DeadlinesRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * The case's own deadlines (its steps and its plan's actions) of these cases, or the deadlines of
   * these items (plan actions, referrals) of any case.
   */
  find(
    where: { caseIds: string[] } | { items: string[] },
    manager?: EntityManager,
  ): Promise<Deadline[]> {
    const builder = (manager ?? this.dataSource.manager)
      .getRepository(Deadline)
      .createQueryBuilder('d')
      .orderBy('d.due_at')
      .addOrderBy('d.kind')
      .addOrderBy('d.item');
    return 'caseIds' in where
      ? builder
          .where(`d.case_id = ANY(:ids) AND ${CASE_OWN_DEADLINE}`, { ids: where.caseIds })
          .getMany()
      : builder.where("d.item = ANY(:ids) AND d.item <> ''", { ids: where.items }).getMany();
  }

  /** Opens a deadline (again): open, due then, neither reminded nor escalated yet. */
  async open(manager: EntityManager, ref: DeadlineRef, openedAt: Date, dueAt: Date) {
    await manager
      .createQueryBuilder()
      .insert()
      .into(Deadline)
      .values({ ...ref, openedAt, dueAt, state: 'open', doneAt: null })
      .orUpdate(
        ['opened_at', 'due_at', 'state', 'done_at', 'reminded_at', 'escalated_at'],
        ['case_id', 'kind', 'item'],
      )
      .execute();
  }

  /**
   * Closes the open deadlines of these kinds of a case (of one item when given: a plan action, a
   * referral; of every item otherwise); returns those it closed.
   */
  async close(
    manager: EntityManager,
    target: { caseId: string; kinds: readonly DeadlineKind[]; item?: string },
    state: Exclude<DeadlineState, 'open'>,
    at: Date,
  ): Promise<Deadline[]> {
    if (target.kinds.length === 0) return [];
    const builder = manager
      .createQueryBuilder()
      .update(Deadline)
      .set({ state, doneAt: at })
      .where("case_id = :caseId AND kind = ANY(:kinds) AND state = 'open'", {
        caseId: target.caseId,
        kinds: target.kinds,
      });
    if (target.item !== undefined) builder.andWhere('item = :item', { item: target.item });
    const result = await builder.returning('*').execute();
    return (result.raw as Record<string, unknown>[]).map((raw) =>
      manager.create(Deadline, {
        caseId: raw.case_id as string,
        kind: raw.kind as DeadlineKind,
        item: raw.item as string,
        dueAt: new Date(raw.due_at as string),
      }),
    );
  }

  lock(manager: EntityManager, ref: DeadlineRef): Promise<Deadline | null> {
    return manager
      .getRepository(Deadline)
      .createQueryBuilder('d')
      .where('d.case_id = :caseId AND d.kind = :kind AND d.item = :item', ref)
      .setLock('pessimistic_write')
      .getOne();
  }

  async mark(
    manager: EntityManager,
    ref: DeadlineRef,
    patch: Pick<Partial<Deadline>, 'remindedAt' | 'escalatedAt'>,
  ): Promise<void> {
    await manager.update(Deadline, { ...ref }, patch);
  }
}
