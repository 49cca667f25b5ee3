import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Actor } from '../auth/actor.js';
import { AppException } from '../common/app.exception.js';
import type { Language } from '../common/i18n.js';
import { decodeCursor, type Page, toPage } from '../common/pagination.js';
import { NotificationDto, type NotificationQuery } from './dto/notification.dto.js';
import { type NewNotification, NotificationsRepository } from './notifications.repository.js';

export type NotificationInput = Omit<NewNotification, 'userId'>;

/** The users' inboxes. Senders (cases, referrals) write in their own transaction. */
@Injectable()
export class NotificationsService {
  constructor(private readonly notifications: NotificationsRepository) {}

  /**
   * One notification to each user, once per user and `dedupeKey`; returns how many were new (0 when
   * the cause is delivered twice).
   */
  notify(manager: EntityManager, userIds: string[], input: NotificationInput): Promise<number> {
    const unique = [...new Set(userIds)];
    return this.notifications.insert(
      manager,
      unique.map((userId) => ({ ...input, userId })),
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
