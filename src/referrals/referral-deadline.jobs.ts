import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import { vietnamTimeAndDate } from '../calendar/working-days.js';
import { CasesService } from '../cases/cases.service.js';
import { Clock } from '../common/clock.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import { OnJob } from '../queue/on-job.decorator.js';
import { JobName, type JobPayloads } from '../queue/queue.constants.js';
import type { ReferralStep } from './referral-due.js';
import { ReferralsRepository } from './referrals.repository.js';
import { referralFacts, STEP_NAME } from './referrals.service.js';

/**
 * The referral deadline jobs: each re-reads the referral and its deadline under lock when it fires,
 * so a step taken meanwhile or a referral ended makes it a no-op. The reminder goes to the
 * receiving organisation before the due time; past it, the escalation goes to the sending worker
 * and the receiving organisation (its staff and its webhooks). The deadline row records each, so
 * neither is sent twice.
 */
@Injectable()
export class ReferralDeadlineJobs {
  private readonly logger = new Logger(ReferralDeadlineJobs.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly referrals: ReferralsRepository,
    private readonly cases: CasesService,
    private readonly notifications: NotificationsService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  @OnJob(JobName.ReferralDeadline)
  check(payload: JobPayloads[JobName.ReferralDeadline]): Promise<string> {
    const step = payload.step as ReferralStep;
    return this.dataSource.transaction(async (tx) => {
      const referral = await this.referrals.lockAny(payload.referralId, tx);
      const deadline = referral && (await this.referrals.lockDeadline(tx, referral.id, step));
      if (
        !referral ||
        !deadline ||
        deadline.state !== 'open' ||
        deadline.dueAt.getTime() !== Date.parse(payload.dueAt)
      ) {
        return 'no longer due';
      }
      const now = this.clock.now();
      const dueAt = deadline.dueAt;
      const name = STEP_NAME[step];
      const when = vietnamTimeAndDate(dueAt);
      const data = referralFacts(referral, { step, dueAt: dueAt.toISOString() });
      // Once accepted, the person handling it; before, the whole organisation's staff.
      const receivers = referral.assigneeId
        ? { userIds: [referral.assigneeId], organizationIds: [] }
        : { userIds: [], organizationIds: [referral.toOrganizationId] };

      if (payload.stage === 'reminder') {
        if (deadline.remindedAt || now >= dueAt) return 'no reminder';
        await this.notifications.publish(tx, {
          key: `referral_reminder.${referral.id}.${step}`,
          kind: 'referral_reminder',
          entityType: 'referral',
          entityId: referral.id,
          occurredAt: now,
          ...receivers,
          text: {
            vi: `Yêu cầu chuyển gửi của hồ sơ ${referral.caseCode}: hạn ${name.vi} là ${when}.`,
            en: `Referral of case ${referral.caseCode}: ${name.en} is due at ${when} (Vietnam time).`,
          },
          data,
        });
        await this.referrals.markDeadline(tx, referral.id, step, { remindedAt: now });
        return 'reminded';
      }

      // Fired early (clocks of two machines apart): fail, and BullMQ retries it a little later.
      if (now < dueAt) throw new Error(`Referral ${referral.id} ${step} is not due yet`);
      if (deadline.escalatedAt) return 'escalated before';
      await this.notifications.publish(tx, {
        key: `referral_escalation.${referral.id}.${step}`,
        kind: 'referral_escalation',
        entityType: 'referral',
        entityId: referral.id,
        occurredAt: now,
        userIds: [referral.sentBy, ...receivers.userIds],
        organizationIds: [referral.toOrganizationId],
        text: {
          vi: `Yêu cầu chuyển gửi của hồ sơ ${referral.caseCode} tới ${referral.toOrganization!.name}: đã quá hạn ${name.vi} (hạn ${when}).`,
          en: `Referral of case ${referral.caseCode} to ${referral.toOrganization!.name}: ${name.en} is overdue (due at ${when}, Vietnam time).`,
        },
        data,
      });
      await this.referrals.markDeadline(tx, referral.id, step, { escalatedAt: now });
      await this.cases.addReferralStep(tx, referral.caseId, {
        actor: null,
        action: 'referral_escalated',
        at: now,
        facts: { referralId: referral.id, step, dueAt: dueAt.toISOString() },
      });
      await this.audit.record(
        {
          actor: null,
          action: 'referral.escalated',
          entity: { type: 'referral', id: referral.id },
          area: referral,
          details: { step, dueAt: dueAt.toISOString() },
        },
        tx,
      );
      this.logger.log({ referral: referral.id, step }, 'Referral overdue: escalated');
      return 'escalated';
    });
  }
}
