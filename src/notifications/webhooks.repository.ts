import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, QueryFailedError } from 'typeorm';
import {
  type DeliveryState,
  Webhook,
  WebhookAttempt,
  WebhookDelivery,
} from './entities/webhook.entity.js';

@Injectable()
export class WebhooksRepository {
  constructor(private readonly dataSource: DataSource) {}

  insert(
    manager: EntityManager,
    row: Pick<Webhook, 'organizationId' | 'url' | 'secret' | 'events'>,
  ) {
    return manager.getRepository(Webhook).save(manager.getRepository(Webhook).create(row));
  }

  byId(id: string): Promise<Webhook | null> {
    return this.dataSource.getRepository(Webhook).findOneBy({ id });
  }

  ofOrganization(organizationId: string): Promise<Webhook[]> {
    return this.dataSource
      .getRepository(Webhook)
      .find({ where: { organizationId }, order: { createdAt: 'ASC' } });
  }

  /** Sets the fields given; an empty patch changes nothing (TypeORM refuses an UPDATE without values). */
  async update(manager: EntityManager, id: string, patch: Partial<Webhook>): Promise<void> {
    if (Object.keys(patch).length > 0) await manager.getRepository(Webhook).update(id, patch);
  }

  /** The active webhooks of these organisations that want this kind of event. */
  listening(manager: EntityManager, organizationIds: string[], kind: string): Promise<Webhook[]> {
    return manager
      .getRepository(Webhook)
      .createQueryBuilder('w')
      .where('w.active AND w.organization_id = ANY(:organizationIds)', { organizationIds })
      .andWhere('(cardinality(w.events) = 0 OR :kind = ANY(w.events))', { kind })
      .getMany();
  }

  /** New deliveries, once per webhook and event; returns the ids of those not there before. */
  async addDeliveries(
    manager: EntityManager,
    rows: Pick<WebhookDelivery, 'webhookId' | 'eventId' | 'kind' | 'payload'>[],
  ): Promise<string[]> {
    if (rows.length === 0) return [];
    const result = await manager
      .createQueryBuilder()
      .insert()
      .into(WebhookDelivery)
      .values(rows as never)
      .orIgnore()
      .returning('id')
      .execute();
    return (result.raw as { id: string }[]).map((row) => row.id);
  }

  /** The delivery and its webhook, locked (waiting for another that holds it): one attempt at a time. */
  lockDelivery(manager: EntityManager, id: string): Promise<WebhookDelivery | null> {
    return this.deliveryForUpdate(manager, id).getOne();
  }

  /** The delivery and its webhook, locked, or `busy` at once when another transaction holds it. */
  async lockIdleDelivery(
    manager: EntityManager,
    id: string,
  ): Promise<WebhookDelivery | null | 'busy'> {
    try {
      return await this.deliveryForUpdate(manager, id).setOnLocked('nowait').getOne();
    } catch (error) {
      const code = (error as { driverError?: { code?: string } }).driverError?.code;
      if (error instanceof QueryFailedError && code === '55P03') return 'busy'; // lock_not_available
      throw error;
    }
  }

  private deliveryForUpdate(manager: EntityManager, id: string) {
    return manager
      .getRepository(WebhookDelivery)
      .createQueryBuilder('d')
      .innerJoinAndSelect('d.webhook', 'w')
      .where('d.id = :id', { id })
      .setLock('pessimistic_write', undefined, ['d']);
  }

  delivery(id: string): Promise<WebhookDelivery | null> {
    return this.dataSource
      .getRepository(WebhookDelivery)
      .createQueryBuilder('d')
      .innerJoinAndSelect('d.webhook', 'w')
      .where('d.id = :id', { id })
      .getOne();
  }

  async updateDelivery(
    manager: EntityManager,
    id: string,
    patch: Partial<Pick<WebhookDelivery, 'state' | 'attempts' | 'nextAttemptAt' | 'deliveredAt'>>,
  ): Promise<void> {
    await manager.getRepository(WebhookDelivery).update(id, patch);
  }

  async addAttempt(
    manager: EntityManager,
    attempt: Omit<WebhookAttempt, 'id' | 'delivery'>,
  ): Promise<void> {
    await manager.getRepository(WebhookAttempt).insert(attempt);
  }

  attempts(deliveryId: string): Promise<WebhookAttempt[]> {
    return this.dataSource
      .getRepository(WebhookAttempt)
      .find({ where: { deliveryId }, order: { id: 'ASC' } });
  }

  /** Newest first. */
  deliveries(
    webhookId: string,
    state: DeliveryState | undefined,
    beforeSeq: string | null,
    limit: number,
  ): Promise<WebhookDelivery[]> {
    const query = this.dataSource
      .getRepository(WebhookDelivery)
      .createQueryBuilder('d')
      .where('d.webhook_id = :webhookId', { webhookId })
      .orderBy('d.seq', 'DESC')
      .limit(limit + 1);
    if (state) query.andWhere('d.state = :state', { state });
    if (beforeSeq) query.andWhere('d.seq < :beforeSeq', { beforeSeq });
    return query.getMany();
  }
}
