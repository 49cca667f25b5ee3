import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { OutboxService } from '../queue/outbox.service.js';
import { JobName } from '../queue/queue.constants.js';
import { CasesRepository } from './cases.repository.js';
import type { DeadlineKind } from './entities/case-deadline.entity.js';

const HOUR = 3_600_000;

/** How long before a deadline its reminder goes out: hours for the 12-hour ones, a day otherwise. */
export const REMINDER_LEAD_MS: Record<DeadlineKind, number> = {
  initial_assessment: 2 * HOUR,
  emergency_action: 2 * HOUR,
  plan: 24 * HOUR,
  plan_approval: 24 * HOUR,
  isolation: 24 * HOUR,
  review: 24 * HOUR,
};

/**
 * Sets a case deadline and, in the same transaction, its two jobs through the outbox: a reminder
 * before it is due and an escalation when it is. The job keys name the due time, so setting the
 * same deadline twice schedules once, and moving it schedules anew (the old jobs find it moved).
 */
@Injectable()
export class CaseDeadlineScheduler {
  constructor(
    private readonly cases: CasesRepository,
    private readonly outbox: OutboxService,
  ) {}

  async set(
    manager: EntityManager,
    caseId: string,
    kind: DeadlineKind,
    dueAt: Date,
    now: Date,
  ): Promise<void> {
    await this.cases.setDeadline(manager, caseId, kind, dueAt);
    const key = `${caseId}.${kind}.${dueAt.getTime()}`;
    const payload = { caseId, kind, dueAt: dueAt.toISOString() };
    const remindAt = new Date(dueAt.getTime() - REMINDER_LEAD_MS[kind]);
    if (remindAt > now) {
      await this.outbox.enqueue(
        manager,
        JobName.CaseDeadline,
        { ...payload, stage: 'reminder' },
        { key: `${key}.reminder`, runAt: remindAt },
      );
    }
    await this.outbox.enqueue(
      manager,
      JobName.CaseDeadline,
      { ...payload, stage: 'escalation' },
      { key: `${key}.escalation`, runAt: dueAt },
    );
  }
}
