import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import { vietnamTimeAndDate } from '../calendar/working-days.js';
import { type DeadlineFamily, DeadlineJobs } from '../cases/deadline-engine.js';
import type { DeadlineKind } from '../cases/deadlines.js';
import type { DeadlineRef } from '../cases/deadlines.repository.js';
import type { Deadline } from '../cases/entities/deadline.entity.js';
import { CasesForReferrals } from '../cases/cases-for-referrals.service.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import type { Referral } from './entities/referral.entity.js';
import { referralDeadline, REFERRAL_STEPS, type ReferralStep } from './referral-due.js';
import { ReferralNotices, referralFacts } from './referral-notices.js';
import { ReferralsRepository } from './referrals.repository.js';
import { REFERRAL_NOTICES, REFERRAL_STEP_NAMES } from './referrals.messages.js';

function stepOf(kind: DeadlineKind): ReferralStep {
  return kind.replace(/^referral_/, '') as ReferralStep;
}

/**
 * Who hears of a referral's deadlines: the reminder goes to the receiving organisation before the
 * due time; past it, the escalation goes to the sending side (the worker who sent it and the case's
 * worker, or the commune that holds the case now) and the receiving organisation (its staff and its
 * webhooks).
 */
@Injectable()
export class ReferralDeadlines implements DeadlineFamily<Referral>, OnModuleInit {
  readonly kinds = REFERRAL_STEPS.map(referralDeadline);

  constructor(
    private readonly jobs: DeadlineJobs,
    private readonly referrals: ReferralsRepository,
    private readonly notices: ReferralNotices,
    private readonly cases: CasesForReferrals,
    private readonly notifications: NotificationsService,
    private readonly audit: AuditService,
  ) {}

  onModuleInit(): void {
    this.jobs.register(this);
  }

  lock(tx: EntityManager, deadline: DeadlineRef): Promise<Referral | null> {
    return this.referrals.lockAny(deadline.item, tx);
  }

  async remind(tx: EntityManager, referral: Referral, deadline: Deadline, now: Date) {
    const step = stepOf(deadline.kind);
    const name = REFERRAL_STEP_NAMES[step];
    const when = vietnamTimeAndDate(deadline.dueAt);
    await this.notifications.publish(tx, {
      key: `referral_reminder.${referral.id}.${step}`,
      kind: 'referral_reminder',
      entityType: 'referral',
      entityId: referral.id,
      occurredAt: now,
      ...this.receivers(referral),
      text: REFERRAL_NOTICES.due(referral.caseCode, name, when),
      data: referralFacts(referral, { step, dueAt: deadline.dueAt.toISOString() }),
    });
  }

  async escalate(tx: EntityManager, referral: Referral, deadline: Deadline, now: Date) {
    const step = stepOf(deadline.kind);
    const name = REFERRAL_STEP_NAMES[step];
    const dueAt = deadline.dueAt.toISOString();
    const when = vietnamTimeAndDate(deadline.dueAt);
    const holder = await this.cases.addReferralStep(tx, referral.caseId, {
      actor: null,
      action: 'referral_escalated',
      at: now,
      facts: { referralId: referral.id, step, dueAt },
    });
    await this.notifications.publish(tx, {
      key: `referral_escalation.${referral.id}.${step}`,
      kind: 'referral_escalation',
      entityType: 'referral',
      entityId: referral.id,
      occurredAt: now,
      userIds: [
        ...(await this.notices.sendingSide(tx, referral, holder)),
        ...this.receivers(referral).userIds,
      ],
      organizationIds: [referral.toOrganizationId],
      text: REFERRAL_NOTICES.overdue(referral.caseCode, referral.toOrganization!.name, name, when),
      data: referralFacts(referral, { step, dueAt }),
    });
    await this.audit.record(
      {
        actor: null,
        action: 'referral.escalated',
        entity: { type: 'referral', id: referral.id },
        area: referral,
        details: { step, dueAt },
      },
      tx,
    );
  }

  /** Once accepted, the person handling it; before, the whole organisation's staff. */
  private receivers(referral: Referral) {
    return referral.assigneeId
      ? { userIds: [referral.assigneeId], organizationIds: [] }
      : { userIds: [], organizationIds: [referral.toOrganizationId] };
  }
}
