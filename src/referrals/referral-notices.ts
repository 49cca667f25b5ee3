/** Who hears of a referral's steps, and what the notification says. */
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { NotificationsService } from '../notifications/notifications.service.js';
import { UsersService } from '../users/users.service.js';
import type { Referral } from './entities/referral.entity.js';
import { REFERRAL_NOTICES, REFERRAL_STATUS_NAMES } from './referrals.messages.js';

/**
 * A referral's notifications, published through the outbox in the caller's transaction: the step
 * either side took, told to the other; who on the sending side hears of a step or an escalation.
 */
@Injectable()
export class ReferralNotices {
  constructor(
    private readonly users: UsersService,
    private readonly notifications: NotificationsService,
  ) {}

  /**
   * Who hears of a referral's step on the sending side: the worker who sent it and the case's
   * worker; once the case was handed over to another commune, that commune's people instead (the
   * case's worker, or its social workers while none is assigned): the former one hears nothing after.
   */
  async sendingSide(
    tx: EntityManager,
    referral: Referral,
    holder: { assignedTo: string | null; provinceCode: string; communeCode: string },
  ): Promise<string[]> {
    const worker = holder.assignedTo ? [holder.assignedTo] : [];
    if (holder.communeCode === referral.communeCode) return [referral.sentBy, ...worker];
    if (worker.length > 0) return worker;
    return (await this.users.withRoleIn('social_worker', holder, undefined, tx)).map((u) => u.id);
  }

  /** The other side hears of the step: the sending side (sendingSide), or the receiving organisation. */
  async tell(
    tx: EntityManager,
    referral: Referral,
    status: string,
    now: Date,
    effects: { tell: 'sender' | 'receiver'; alsoTell?: string[] },
    sendingSide: string[],
  ): Promise<void> {
    const to = referral.toOrganization!;
    const from = referral.fromOrganization!;
    const statusName = REFERRAL_STATUS_NAMES[status as keyof typeof REFERRAL_STATUS_NAMES];
    const toSender = effects.tell === 'sender';
    await this.notifications.publish(tx, {
      key: `referral_${status}.${referral.id}`,
      kind: `referral_${status}`,
      entityType: 'referral',
      entityId: referral.id,
      occurredAt: now,
      userIds: toSender
        ? [...sendingSide, ...(effects.alsoTell ?? [])]
        : referral.assigneeId
          ? [referral.assigneeId]
          : [],
      organizationIds: toSender ? [] : [to.id],
      text: REFERRAL_NOTICES.step(toSender ? to.name : from.name, statusName, referral.caseCode),
      data: referralFacts(referral, { status }),
    });
  }
}

/** What a notification or webhook says of a referral: no personal data. */
export function referralFacts(referral: Referral, extra: Record<string, unknown> = {}) {
  return {
    referralId: referral.id,
    caseCode: referral.caseCode,
    urgency: referral.urgency,
    serviceType: referral.serviceType,
    toOrganizationId: referral.toOrganizationId,
    ...extra,
  };
}
