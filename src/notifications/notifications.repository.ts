import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { Notification } from './entities/notification.entity.js';

export type NewNotification = Pick<
  Notification,
  'userId' | 'kind' | 'entityType' | 'entityId' | 'text' | 'data' | 'dedupeKey'
>;

@Injectable()
export class NotificationsRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Inserts those not sent before (same user and key); returns the new ones. */
  async insert(
    manager: EntityManager,
    rows: NewNotification[],
  ): Promise<{ id: string; user_id: string }[]> {
    if (rows.length === 0) return [];
    const result = await manager
      .createQueryBuilder()
      .insert()
      .into(Notification)
      .values(rows as never)
      .orIgnore()
      .returning(['id', 'user_id'])
      .execute();
    return result.raw as { id: string; user_id: string }[];
  }

  /** The notification with its user's email address, for the email job. */
  async forEmail(
    id: string,
  ): Promise<(Notification & { email: string | null; active: boolean }) | null> {
    const row = await this.dataSource
      .getRepository(Notification)
      .createQueryBuilder('n')
      .innerJoin('users', 'u', 'u.id = n.user_id')
      .addSelect(['u.email AS email', 'u.active AS active'])
      .where('n.id = :id', { id })
      .getRawAndEntities();
    const [notification] = row.entities;
    if (!notification) return null;
    const raw = row.raw[0] as { email: string | null; active: boolean };
    return Object.assign(notification, { email: raw.email, active: raw.active });
  }

  async markEmailed(id: string): Promise<void> {
    await this.dataSource.getRepository(Notification).update(id, { emailedAt: () => 'now()' });
  }

  /** Newest first. */
  list(userId: string, unread: boolean, beforeSeq: string | null, limit: number) {
    const query = this.dataSource
      .getRepository(Notification)
      .createQueryBuilder('n')
      .where('n.user_id = :userId', { userId })
      .orderBy('n.seq', 'DESC')
      .limit(limit + 1);
    if (unread) query.andWhere('n.read_at IS NULL');
    if (beforeSeq) query.andWhere('n.seq < :beforeSeq', { beforeSeq });
    return query.getMany();
  }

  /** Marks the user's own notification read; false when it is not theirs or does not exist. */
  async markRead(userId: string, id: string): Promise<boolean> {
    const result = await this.dataSource
      .createQueryBuilder()
      .update(Notification)
      .set({ readAt: () => 'COALESCE(read_at, now())' })
      .where('id = :id AND user_id = :userId', { id, userId })
      .execute();
    return (result.affected ?? 0) > 0;
  }
}
