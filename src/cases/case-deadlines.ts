import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import { vietnamTimeAndDate } from '../calendar/working-days.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import { UsersService } from '../users/users.service.js';
import { CasesRepository } from './cases.repository.js';
import { type DeadlineFamily, DeadlineJobs } from './deadline-engine.js';
import { CASE_DEADLINE_KINDS } from './deadlines.js';
import type { DeadlineRef } from './deadlines.repository.js';
import type { Case } from './entities/case.entity.js';
import type { Deadline } from './entities/deadline.entity.js';
import { CASE_NOTICES, DEADLINE_STEPS, planActionStep } from './cases.messages.js';
import type { Text } from '../common/i18n.js';

/** The step a deadline waits for, in words: a plan action by its number in the plan. */
function stepName(deadline: Deadline): Text {
  if (deadline.kind !== 'plan_action') return DEADLINE_STEPS[deadline.kind]!;
  return planActionStep(deadline.item.split('-')[1]);
}

/**
 * Who hears of a case's deadlines (its own steps and its plan's actions). A reminder goes to
 * whoever owes the step: the chair for an approval once the plan is submitted (the approval time
 * is the chair's own), the worker in charge otherwise; an escalation to the worker and the chair.
 */
@Injectable()
export class CaseDeadlines implements DeadlineFamily<Case>, OnModuleInit {
  readonly kinds = CASE_DEADLINE_KINDS;
  private readonly logger = new Logger(CaseDeadlines.name);

  constructor(
    private readonly jobs: DeadlineJobs,
    private readonly cases: CasesRepository,
    private readonly users: UsersService,
    private readonly notifications: NotificationsService,
    private readonly audit: AuditService,
  ) {}

  onModuleInit(): void {
    this.jobs.register(this);
  }

  lock(tx: EntityManager, deadline: DeadlineRef): Promise<Case | null> {
    return this.cases.lockAny(deadline.caseId, tx);
  }

  async remind(tx: EntityManager, kase: Case, deadline: Deadline, now: Date): Promise<void> {
    const step = stepName(deadline);
    const when = vietnamTimeAndDate(deadline.dueAt);
    const chairs = deadline.kind === 'plan_approval' && kase.status === 'plan_submitted';
    await this.notifications.publish(tx, {
      key: `deadline_reminder.${this.key(deadline)}`,
      userIds: chairs ? await this.approvers(kase, tx) : await this.workers(kase, tx),
      occurredAt: now,
      kind: 'deadline_reminder',
      entityType: 'case',
      entityId: kase.id,
      text: CASE_NOTICES.deadlineDue(kase.code, step, when),
      data: this.data(kase, deadline),
    });
  }

  async escalate(tx: EntityManager, kase: Case, deadline: Deadline, now: Date): Promise<void> {
    const step = stepName(deadline);
    const dueAt = deadline.dueAt.toISOString();
    const when = vietnamTimeAndDate(deadline.dueAt);
    const recipients = [
      ...new Set([...(await this.workers(kase, tx)), ...(await this.approvers(kase, tx))]),
    ];
    const notified = recipients.length;
    await this.notifications.publish(tx, {
      key: `deadline_escalation.${this.key(deadline)}`,
      userIds: recipients,
      occurredAt: now,
      kind: 'deadline_escalation',
      entityType: 'case',
      entityId: kase.id,
      text: CASE_NOTICES.deadlineOverdue(kase.code, step, when),
      data: this.data(kase, deadline),
    });
    const facts = {
      deadline: deadline.kind,
      ...(deadline.item ? { item: deadline.item } : {}),
      dueAt,
      notified,
    };
    await this.cases.addEvent(tx, {
      caseId: kase.id,
      at: now,
      actorId: null,
      actorName: null,
      action: 'deadline_escalated',
      fromStatus: kase.status,
      toStatus: kase.status,
      facts,
      content: null,
    });
    await this.audit.record(
      {
        actor: null,
        action: 'case.deadline_escalated',
        entity: { type: 'case', id: kase.id },
        area: kase,
        details: facts,
      },
      tx,
    );
    if (notified === 0) {
      this.logger.warn(
        { case: kase.code, deadline: deadline.kind },
        'Overdue case with no one to tell',
      );
    }
  }

  /** A notification's cause: the deadline at its due time (moved, it is a new one). */
  private key(deadline: Deadline): string {
    const item = deadline.item ? `.${deadline.item}` : '';
    return `${deadline.caseId}.${deadline.kind}${item}.${deadline.dueAt.getTime()}`;
  }

  private data(kase: Case, deadline: Deadline): Record<string, unknown> {
    return {
      caseCode: kase.code,
      deadline: deadline.kind,
      ...(deadline.item ? { planActionId: deadline.item } : {}),
      dueAt: deadline.dueAt.toISOString(),
    };
  }

  /** The assigned worker; while no one is, every social worker of the commune. */
  private async workers(kase: Case, tx: EntityManager): Promise<string[]> {
    if (kase.assignedTo) return [kase.assignedTo];
    return (await this.users.withRoleIn('social_worker', kase, undefined, tx)).map((u) => u.id);
  }

  private async approvers(kase: Case, tx: EntityManager): Promise<string[]> {
    return (await this.users.withRoleIn('case_approver', kase, undefined, tx)).map((u) => u.id);
  }
}
