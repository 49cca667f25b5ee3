import { Injectable, Logger } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { Clock } from '../common/clock.js';
import { OnJob } from '../queue/on-job.decorator.js';
import { OutboxService } from '../queue/outbox.service.js';
import { JobName, type JobPayloads } from '../queue/queue.constants.js';
import {
  DEADLINE_TABLE,
  type DeadlineKind,
  type DeadlineStep,
  reminderLeadMs,
} from './deadlines.js';
import { type DeadlineRef, DeadlinesRepository } from './deadlines.repository.js';
import type { Deadline } from './entities/deadline.entity.js';

/**
 * When each deadline a step opens is due: one instant per kind, or, for a kind with items (the
 * plan's actions), one per item.
 */
export type DueTimes = Partial<Record<DeadlineKind, Date | ReadonlyMap<string, Date>>>;

/**
 * The deadline engine: a step (deadlines.ts's table) closes the deadlines it answers or makes moot
 * and opens those it starts, each with its two jobs through the outbox, in the step's transaction:
 * a reminder before it is due and an escalation when it is. Job keys name the due time, so opening
 * the same deadline twice schedules once, and moving it schedules anew (the old jobs find it moved).
 */
@Injectable()
export class DeadlineEngine {
  constructor(
    private readonly store: DeadlinesRepository,
    private readonly outbox: OutboxService,
  ) {}

  /**
   * Takes `step` for a case (for one plan action or referral of it when `item` is given). Returns
   * the deadlines it closed: answered (the timeline records whether each was met) and dropped.
   */
  async step(
    tx: EntityManager,
    step: DeadlineStep,
    target: { caseId: string; item?: string },
    now: Date,
    due: DueTimes = {},
  ): Promise<{ answered: Deadline[]; dropped: Deadline[] }> {
    const { opens, done, failed, moot } = DEADLINE_TABLE[step];
    const answered = await this.store.close(tx, { ...target, kinds: done }, 'done', now);
    await this.store.close(tx, { ...target, kinds: failed }, 'not_done', now);
    const dropped = await this.store.close(tx, { ...target, kinds: moot }, 'not_needed', now);
    for (const kind of opens) {
      const when = due[kind];
      if (!when) throw new Error(`Step ${step} opens ${kind}: its due time is missing`);
      const items = when instanceof Date ? [[target.item ?? '', when] as const] : [...when];
      for (const [item, dueAt] of items) {
        await this.open(tx, { caseId: target.caseId, kind, item }, now, dueAt);
      }
    }
    return { answered, dropped };
  }

  /** The case's own deadlines of these cases, or those of these plan actions or referrals. */
  find(where: { caseIds: string[] } | { items: string[] }, manager?: EntityManager) {
    return this.store.find(where, manager);
  }

  private async open(tx: EntityManager, ref: DeadlineRef, now: Date, dueAt: Date) {
    await this.store.open(tx, ref, now, dueAt);
    const key = `${ref.caseId}.${ref.kind}.${ref.item}.${dueAt.getTime()}`;
    const payload = { ...ref, dueAt: dueAt.toISOString() };
    const remindAt = new Date(dueAt.getTime() - reminderLeadMs(ref.kind, now, dueAt));
    if (remindAt > now) {
      await this.outbox.enqueue(
        tx,
        JobName.Deadline,
        { ...payload, stage: 'reminder' },
        { key: `${key}.reminder`, runAt: remindAt },
      );
    }
    await this.outbox.enqueue(
      tx,
      JobName.Deadline,
      { ...payload, stage: 'escalation' },
      { key: `${key}.escalation`, runAt: dueAt },
    );
  }
}

/**
 * Who hears of a family of deadlines (the case's steps and plan actions, a referral's steps) and
 * what: the module that owns the subject says, through this interface the engine owns.
 */
export interface DeadlineFamily<S = unknown> {
  readonly kinds: readonly DeadlineKind[];
  /**
   * Locks the subject a step on this deadline locks first (its case, its referral), so a job and a
   * step take their locks in one order; null when it is gone.
   */
  lock(tx: EntityManager, deadline: DeadlineRef): Promise<S | null>;
  remind(tx: EntityManager, subject: S, deadline: Deadline, now: Date): Promise<void>;
  escalate(tx: EntityManager, subject: S, deadline: Deadline, now: Date): Promise<void>;
}

/**
 * The one deadline job: it re-reads the deadline under lock when it fires, so a step taken
 * meanwhile, a deadline moved or a subject ended makes it a no-op. A reminder goes out before the
 * due time, an escalation after it, each at most once (the deadline row records it).
 */
@Injectable()
export class DeadlineJobs {
  private readonly logger = new Logger(DeadlineJobs.name);
  private readonly families = new Map<DeadlineKind, DeadlineFamily>();

  constructor(
    private readonly dataSource: DataSource,
    private readonly store: DeadlinesRepository,
    private readonly clock: Clock,
  ) {}

  /** Called by the module owning a family, when it starts. */
  register<S>(family: DeadlineFamily<S>): void {
    for (const kind of family.kinds) {
      if (this.families.has(kind)) throw new Error(`Deadline kind ${kind} has two families`);
      this.families.set(kind, family);
    }
  }

  @OnJob(JobName.Deadline)
  check(payload: JobPayloads[JobName.Deadline]): Promise<string> {
    const ref: DeadlineRef = {
      caseId: payload.caseId,
      kind: payload.kind as DeadlineKind,
      item: payload.item,
    };
    const family = this.families.get(ref.kind);
    if (!family) throw new Error(`No deadline family for ${ref.kind}`);
    return this.dataSource.transaction(async (tx) => {
      const subject = await family.lock(tx, ref);
      const deadline = subject === null ? null : await this.store.lock(tx, ref);
      if (
        !deadline ||
        deadline.state !== 'open' ||
        deadline.dueAt.getTime() !== Date.parse(payload.dueAt)
      ) {
        return 'no longer due';
      }
      const now = this.clock.now();
      if (payload.stage === 'reminder') {
        // Past due, the escalation speaks instead.
        if (deadline.remindedAt || now >= deadline.dueAt) return 'no reminder';
        await family.remind(tx, subject, deadline, now);
        await this.store.mark(tx, ref, { remindedAt: now });
        return 'reminded';
      }
      // Fired early (clocks of two machines apart): fail, and BullMQ retries it a little later.
      if (now < deadline.dueAt) {
        throw new Error(`Deadline ${ref.kind} ${ref.item} of case ${ref.caseId} is not due yet`);
      }
      if (deadline.escalatedAt) return 'escalated before';
      await family.escalate(tx, subject, deadline, now);
      await this.store.mark(tx, ref, { escalatedAt: now });
      this.logger.log(
        { case: ref.caseId, deadline: ref.kind, item: ref.item },
        'Overdue: escalated',
      );
      return 'escalated';
    });
  }
}
