import { Injectable, Logger } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import { vietnamTimeAndDate } from '../calendar/working-days.js';
import { Clock } from '../common/clock.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import { OnJob } from '../queue/on-job.decorator.js';
import { JobName, type JobPayloads } from '../queue/queue.constants.js';
import { UsersService } from '../users/users.service.js';
import { CasesRepository } from './cases.repository.js';
import type { DeadlineKind } from './entities/case-deadline.entity.js';
import type { Case } from './entities/case.entity.js';

const STEP: Record<DeadlineKind, { vi: string; en: string }> = {
  initial_assessment: { vi: 'đánh giá ban đầu (Mẫu 02)', en: 'initial assessment (form 02)' },
  emergency_action: {
    vi: 'áp dụng biện pháp bảo vệ khẩn cấp',
    en: 'emergency protection measures',
  },
  plan: {
    vi: 'xây dựng kế hoạch hỗ trợ, can thiệp (Mẫu 04)',
    en: 'support and intervention plan (form 04)',
  },
  plan_approval: { vi: 'phê duyệt kế hoạch (Mẫu 05)', en: 'plan approval (form 05)' },
  isolation: { vi: 'kết thúc cách ly tạm thời', en: 'end of temporary isolation' },
  review: { vi: 'rà soát, đánh giá (Mẫu 06)', en: 'review (form 06)' },
};

/**
 * The deadline jobs: each re-reads the case when it fires, so a step taken meanwhile, a deadline
 * moved or a case closed makes it a no-op. A reminder goes out before the due time, an escalation
 * after it, each at most once (the deadline row records it, under the case's lock).
 */
@Injectable()
export class CaseDeadlineJobs {
  private readonly logger = new Logger(CaseDeadlineJobs.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly cases: CasesRepository,
    private readonly users: UsersService,
    private readonly notifications: NotificationsService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  @OnJob(JobName.CaseDeadline)
  check(payload: JobPayloads[JobName.CaseDeadline]): Promise<string> {
    const kind = payload.kind as DeadlineKind;
    return this.dataSource.transaction(async (tx) => {
      const kase = await this.cases.lockAny(payload.caseId, tx);
      const deadline = kase && (await this.cases.lockDeadline(tx, kase.id, kind));
      if (
        !kase ||
        !deadline ||
        deadline.state !== 'open' ||
        deadline.dueAt.getTime() !== Date.parse(payload.dueAt)
      ) {
        return 'no longer due';
      }
      const now = this.clock.now();
      const dueAt = deadline.dueAt;
      const key = `${kase.id}.${kind}.${dueAt.getTime()}`;
      const step = STEP[kind];
      const when = vietnamTimeAndDate(dueAt);

      if (payload.stage === 'reminder') {
        // Past due, the escalation speaks instead.
        if (deadline.remindedAt || now >= dueAt) return 'no reminder';
        await this.notifications.publish(tx, {
          key: `deadline_reminder.${key}`,
          userIds: await this.workers(kase, tx),
          occurredAt: now,
          kind: 'deadline_reminder',
          entityType: 'case',
          entityId: kase.id,
          text: {
            vi: `Hồ sơ ${kase.code}: hạn ${step.vi} là ${when}.`,
            en: `Case ${kase.code}: ${step.en} is due at ${when} (Vietnam time).`,
          },
          data: { caseCode: kase.code, deadline: kind, dueAt: dueAt.toISOString() },
        });
        await this.cases.markDeadline(tx, kase.id, kind, { remindedAt: now });
        return 'reminded';
      }

      // Fired early (clocks of two machines apart): fail, and BullMQ retries it a little later.
      if (now < dueAt) throw new Error(`Deadline ${key} is not due yet`);
      if (deadline.escalatedAt) return 'escalated before';
      const approvers = await this.users.withRoleIn('case_approver', kase, undefined, tx);
      const recipients = [
        ...new Set([...(await this.workers(kase, tx)), ...approvers.map((u) => u.id)]),
      ];
      const notified = recipients.length;
      await this.notifications.publish(tx, {
        key: `deadline_escalation.${key}`,
        userIds: recipients,
        occurredAt: now,
        kind: 'deadline_escalation',
        entityType: 'case',
        entityId: kase.id,
        text: {
          vi: `Hồ sơ ${kase.code}: đã quá hạn ${step.vi} (hạn ${when}).`,
          en: `Case ${kase.code}: ${step.en} is overdue (due at ${when}, Vietnam time).`,
        },
        data: { caseCode: kase.code, deadline: kind, dueAt: dueAt.toISOString() },
      });
      await this.cases.markDeadline(tx, kase.id, kind, { escalatedAt: now });
      await this.cases.addEvent(tx, {
        caseId: kase.id,
        at: now,
        actorId: null,
        actorName: null,
        action: 'deadline_escalated',
        fromStatus: kase.status,
        toStatus: kase.status,
        facts: { deadline: kind, dueAt: dueAt.toISOString(), notified },
        content: null,
      });
      await this.audit.record(
        {
          actor: null,
          action: 'case.deadline_escalated',
          entity: { type: 'case', id: kase.id },
          area: kase,
          details: { deadline: kind, dueAt: dueAt.toISOString(), notified },
        },
        tx,
      );
      if (recipients.length === 0) {
        this.logger.warn({ case: kase.code, deadline: kind }, 'Overdue case with no one to tell');
      }
      return 'escalated';
    });
  }

  /** The assigned worker; while no one is, every social worker of the commune. */
  private async workers(kase: Case, tx: EntityManager): Promise<string[]> {
    if (kase.assignedTo) return [kase.assignedTo];
    return (await this.users.withRoleIn('social_worker', kase, undefined, tx)).map((u) => u.id);
  }
}
