import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import type { Actor } from '../access/actor.js';
import { AppException } from '../common/app.exception.js';
import { givenFields } from '../common/changes.js';
import { Clock } from '../common/clock.js';
import { FieldCipher } from '../common/field-cipher.js';
import { decodeCursor, type Page, toPage } from '../common/pagination.js';
import { AppConfig } from '../config/app-config.js';
import { OrganizationsService } from '../organizations/organizations.service.js';
import { OutboxService } from '../queue/outbox.service.js';
import { JobName, type JobPayloads } from '../queue/queue.constants.js';
import {
  type CreateWebhookDto,
  type DeliveryQuery,
  type NewWebhookDto,
  type UpdateWebhookDto,
  WebhookDeliveryDto,
  WebhookDto,
} from './dto/webhook.dto.js';
import type { WebhookDelivery } from './entities/webhook.entity.js';
import { newWebhookSecret, webhookHeaders } from './webhook-signature.js';
import { WebhooksRepository } from './webhooks.repository.js';

type Event = JobPayloads[JobName.DeliverNotification];

/**
 * Organisations' own systems, told of the events that concern them: registered by an
 * administrator, each event posted and signed (webhook-signature.ts), retried with the wait
 * doubling, dead-lettered after WEBHOOK_MAX_ATTEMPTS, every attempt logged and any delivery
 * replayable. Delivery is at least once: the receiver de-duplicates by `webhook-id`.
 */
@Injectable()
export class WebhooksService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly webhooks: WebhooksRepository,
    private readonly organizations: OrganizationsService,
    private readonly outbox: OutboxService,
    private readonly audit: AuditService,
    private readonly cipher: FieldCipher,
    private readonly clock: Clock,
    private readonly config: AppConfig,
  ) {}

  async create(
    organizationId: string,
    dto: CreateWebhookDto,
    actor: Actor,
  ): Promise<NewWebhookDto> {
    const organization = await this.organizations.require(organizationId);
    const secret = newWebhookSecret();
    return this.dataSource.transaction(async (tx) => {
      const webhook = await this.webhooks.insert(tx, {
        organizationId,
        url: dto.url,
        secret: this.cipher.encrypt(secret),
        events: dto.events ?? [],
      });
      await this.audit.record(
        {
          actor,
          action: 'webhook.created',
          entity: { type: 'webhook', id: webhook.id },
          area: organization,
          details: { organizationId, url: dto.url, events: webhook.events },
        },
        tx,
      );
      return { ...WebhookDto.from(webhook), secret };
    });
  }

  async list(organizationId: string): Promise<WebhookDto[]> {
    await this.organizations.require(organizationId);
    return (await this.webhooks.ofOrganization(organizationId)).map(WebhookDto.from);
  }

  async update(id: string, dto: UpdateWebhookDto, actor: Actor): Promise<WebhookDto> {
    const webhook = await this.require(id);
    const organization = await this.organizations.require(webhook.organizationId);
    const patch = givenFields(dto);
    await this.dataSource.transaction(async (tx) => {
      await this.webhooks.update(tx, id, patch);
      await this.audit.record(
        {
          actor,
          action: 'webhook.updated',
          entity: { type: 'webhook', id },
          area: organization,
          details: patch,
        },
        tx,
      );
    });
    return WebhookDto.from((await this.webhooks.byId(id))!);
  }

  async deliveries(id: string, query: DeliveryQuery): Promise<Page<WebhookDeliveryDto>> {
    await this.require(id);
    const before = decodeCursor(query.cursor, ['integer'])?.[0] ?? null;
    const rows = await this.webhooks.deliveries(id, query.state, before, query.limit);
    return toPage(
      rows,
      query.limit,
      (row) => [row.seq],
      (row) => WebhookDeliveryDto.from(row),
    );
  }

  async delivery(id: string): Promise<WebhookDeliveryDto> {
    const delivery = await this.webhooks.delivery(id);
    if (!delivery) throw new AppException('not-found');
    return WebhookDeliveryDto.from(delivery, await this.webhooks.attempts(id));
  }

  /** Posts a delivered or dead-lettered event again, from its next attempt number. */
  async replay(id: string, actor: Actor): Promise<WebhookDeliveryDto> {
    await this.dataSource.transaction(async (tx) => {
      // An attempt holds the delivery while it posts it (up to WEBHOOK_TIMEOUT_MS): refuse at once.
      const delivery = await this.webhooks.lockIdleDelivery(tx, id);
      if (!delivery) throw new AppException('not-found');
      if (delivery === 'busy' || delivery.state === 'pending')
        throw new AppException('delivery-pending');
      const now = this.clock.now();
      await this.webhooks.updateDelivery(tx, id, { state: 'pending', nextAttemptAt: now });
      await this.scheduleAttempt(tx, delivery, now);
      const organization = await this.organizations.require(delivery.webhook!.organizationId, tx);
      await this.audit.record(
        {
          actor,
          action: 'webhook.replayed',
          entity: { type: 'webhook', id: delivery.webhookId },
          area: organization,
          details: { deliveryId: id, eventId: delivery.eventId, from: delivery.state },
        },
        tx,
      );
    });
    return this.delivery(id);
  }

  /** For the delivery job of an event: one delivery per listening webhook of its organisations. */
  async queue(tx: EntityManager, event: Event): Promise<number> {
    if (event.organizationIds.length === 0) return 0;
    const webhooks = await this.webhooks.listening(tx, event.organizationIds, event.kind);
    const payload = {
      id: event.eventId,
      type: event.kind,
      occurredAt: event.occurredAt,
      data: { entityType: event.entityType, entityId: event.entityId, ...event.data },
    };
    const ids = await this.webhooks.addDeliveries(
      tx,
      webhooks.map((webhook) => ({
        webhookId: webhook.id,
        eventId: event.eventId,
        kind: event.kind,
        payload,
      })),
    );
    const now = this.clock.now();
    for (const id of ids) {
      await this.outbox.enqueue(
        tx,
        JobName.DeliverWebhook,
        { deliveryId: id, attempt: 1 },
        {
          key: `${id}.1`,
          runAt: now,
        },
      );
    }
    return ids.length;
  }

  /**
   * One attempt, under the delivery's lock so two workers never post it at once; a job for an
   * attempt already made does nothing. A failure schedules the next attempt through the outbox
   * (so it survives a queue restart) or, after the last, dead-letters the delivery.
   */
  attempt({ deliveryId, attempt }: JobPayloads[JobName.DeliverWebhook]): Promise<string> {
    return this.dataSource.transaction(async (tx) => {
      const delivery = await this.webhooks.lockDelivery(tx, deliveryId);
      if (!delivery || delivery.state !== 'pending' || delivery.attempts + 1 !== attempt) {
        return 'not due';
      }
      const webhook = delivery.webhook!;
      const started = this.clock.now();
      const result = webhook.active
        ? await this.post(webhook.url, this.cipher.decrypt(webhook.secret), delivery, started)
        : { status: null, error: 'webhook inactive' };
      const now = this.clock.now();
      await this.webhooks.addAttempt(tx, {
        deliveryId,
        attempt,
        at: started,
        status: result.status,
        error: result.error,
        durationMs: now.getTime() - started.getTime(),
      });
      if (result.error === null) {
        await this.webhooks.updateDelivery(tx, deliveryId, {
          state: 'delivered',
          attempts: attempt,
          deliveredAt: now,
          nextAttemptAt: null,
        });
        return 'delivered';
      }
      if (attempt >= this.config.WEBHOOK_MAX_ATTEMPTS) {
        await this.webhooks.updateDelivery(tx, deliveryId, {
          state: 'dead',
          attempts: attempt,
          nextAttemptAt: null,
        });
        return 'dead';
      }
      const next = new Date(now.getTime() + this.config.WEBHOOK_RETRY_BASE_MS * 2 ** (attempt - 1));
      await this.webhooks.updateDelivery(tx, deliveryId, {
        attempts: attempt,
        nextAttemptAt: next,
      });
      await this.scheduleAttempt(tx, { ...delivery, attempts: attempt }, next);
      return 'retrying';
    });
  }

  private async scheduleAttempt(tx: EntityManager, delivery: WebhookDelivery, runAt: Date) {
    const attempt = delivery.attempts + 1;
    await this.outbox.enqueue(
      tx,
      JobName.DeliverWebhook,
      { deliveryId: delivery.id, attempt },
      { key: `${delivery.id}.${attempt}`, runAt },
    );
  }

  private async post(
    url: string,
    secret: string,
    delivery: WebhookDelivery,
    at: Date,
  ): Promise<{ status: number | null; error: string | null }> {
    const body = JSON.stringify(delivery.payload);
    try {
      const response = await fetch(url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'user-agent': 'bvte-webhooks/1',
          ...webhookHeaders(secret, delivery.eventId, Math.floor(at.getTime() / 1000), body),
        },
        body,
        redirect: 'manual',
        signal: AbortSignal.timeout(this.config.WEBHOOK_TIMEOUT_MS),
      });
      await response.body?.cancel();
      return response.ok
        ? { status: response.status, error: null }
        : { status: response.status, error: `HTTP ${response.status}` };
    } catch (error) {
      const cause = (error as Error & { cause?: Error }).cause;
      return { status: null, error: (cause?.message ?? (error as Error).message).slice(0, 500) };
    }
  }

  private async require(id: string) {
    const webhook = await this.webhooks.byId(id);
    if (!webhook) throw new AppException('not-found');
    return webhook;
  }
}
