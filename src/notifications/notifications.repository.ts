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

  /** Inserts those not sent before (same user and key); returns how many were new. */
  async insert(manager: EntityManager, rows: NewNotification[]): Promise<number> {
    if (rows.length === 0) return 0;
    const result = await manager
      .createQueryBuilder()
      .insert()
      .into(Notification)
      .values(rows as never)
      .orIgnore()
      .returning('id')
      .execute();
    return result.raw.length as number;
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
