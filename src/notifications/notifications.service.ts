import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Actor } from '../access/actor.js';
import { AppException } from '../common/app.exception.js';
import type { Language } from '../common/i18n.js';
import { decodeCursor, type Page, toPage } from '../common/pagination.js';
import { OutboxService } from '../queue/outbox.service.js';
import { JobName, type JobPayloads } from '../queue/queue.constants.js';
import { NotificationDto, type NotificationQuery } from './dto/notification.dto.js';
import { NotificationsRepository } from './notifications.repository.js';

/** Something to tell people about, published by the module where it happened. */
export type NotificationEvent = Omit<
  JobPayloads[JobName.DeliverNotification],
  'eventId' | 'occurredAt' | 'organizationIds'
> & { organizationIds?: string[]; occurredAt: Date };

/**
 * The users' inboxes, and the one way anything is told to anyone: a module publishes an event in
 * the transaction of the change that caused it; the event reaches the outbox with the change and is
 * delivered by jobs (notification.jobs.ts): in-app, then email and webhooks.
 */
@Injectable()
export class NotificationsService {
  constructor(
    private readonly notifications: NotificationsRepository,
    private readonly outbox: OutboxService,
  ) {}

  /** Queues the event for delivery; publishing the same `key` again delivers nothing more. */
  async publish(manager: EntityManager, event: NotificationEvent): Promise<void> {
    await this.outbox.enqueue(
      manager,
      JobName.DeliverNotification,
      {
        ...event,
        eventId: randomUUID(),
        occurredAt: event.occurredAt.toISOString(),
        userIds: [...new Set(event.userIds)],
        organizationIds: [...new Set(event.organizationIds ?? [])],
      },
      { key: event.key },
    );
  }

  async list(
    actor: Actor,
    query: NotificationQuery,
    language: Language,
  ): Promise<Page<NotificationDto>> {
    const before = decodeCursor(query.cursor, ['integer'])?.[0] ?? null;
    const rows = await this.notifications.list(
      actor.id,
      query.unread ?? false,
      before,
      query.limit,
    );
    return toPage(
      rows,
      query.limit,
      (row) => [row.seq],
      (row) => NotificationDto.from(row, language),
    );
  }

  async markRead(actor: Actor, id: string): Promise<void> {
    if (!(await this.notifications.markRead(actor.id, id))) throw new AppException('not-found');
  }
}
