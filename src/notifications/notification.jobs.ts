import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { OnJob } from '../queue/on-job.decorator.js';
import { OutboxService } from '../queue/outbox.service.js';
import { JobName, type JobPayloads } from '../queue/queue.constants.js';
import { UsersService } from '../users/users.service.js';
import { Mailer } from './mailer.js';
import { NotificationsRepository } from './notifications.repository.js';
import { WebhooksService } from './webhooks.service.js';
import { EMAIL_SIGNATURE } from './notifications.messages.js';

/**
 * Delivery of published events. Each job is idempotent, so a job run twice (a retry, a worker
 * that died after committing) delivers nothing twice: the in-app notifications and the webhook
 * deliveries are written once per user or webhook and event, in one transaction with the email
 * and webhook jobs they call for; a worker killed mid-job leaves nothing, and the job runs again.
 */
@Injectable()
export class NotificationJobs {
  constructor(
    private readonly dataSource: DataSource,
    private readonly notifications: NotificationsRepository,
    private readonly users: UsersService,
    private readonly webhooks: WebhooksService,
    private readonly mailer: Mailer,
    private readonly outbox: OutboxService,
  ) {}

  @OnJob(JobName.DeliverNotification)
  deliver(event: JobPayloads[JobName.DeliverNotification]) {
    return this.dataSource.transaction(async (tx) => {
      const staff = await this.users.inOrganizations('agency_staff', event.organizationIds, tx);
      const recipients = [...new Set([...event.userIds, ...staff.map((user) => user.id)])];
      const added = await this.notifications.insert(
        tx,
        recipients.map((userId) => ({
          userId,
          kind: event.kind,
          entityType: event.entityType,
          entityId: event.entityId,
          text: event.text,
          data: event.data,
          dedupeKey: event.key,
        })),
      );
      if (this.mailer.enabled) {
        for (const { id } of added) {
          await this.outbox.enqueue(tx, JobName.SendEmail, { notificationId: id }, { key: id });
        }
      }
      const webhooks = await this.webhooks.queue(tx, event);
      return { notified: added.length, webhooks };
    });
  }

  /**
   * Emails a notification to its user. A crash between sending and recording it sends it again,
   * with the same Message-ID, which mail clients use to drop the copy.
   */
  @OnJob(JobName.SendEmail)
  async email({ notificationId }: JobPayloads[JobName.SendEmail]): Promise<string> {
    const notification = await this.notifications.forEmail(notificationId);
    if (!notification) return 'gone';
    if (notification.emailedAt) return 'sent before';
    if (!notification.email || !notification.active) return 'no address';
    await this.mailer.send({
      to: notification.email,
      subject: notification.text.vi,
      text: [notification.text.vi, '', notification.text.en, '', EMAIL_SIGNATURE].join('\n'),
      messageId: notification.id,
    });
    await this.notifications.markEmailed(notificationId);
    return 'sent';
  }

  @OnJob(JobName.DeliverWebhook)
  webhook(payload: JobPayloads[JobName.DeliverWebhook]): Promise<string> {
    return this.webhooks.attempt(payload);
  }
}
