import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsIn,
  IsOptional,
  IsUrl,
  Matches,
  MaxLength,
} from 'class-validator';
import { Omittable } from '../../common/fields.js';
import { PageQuery } from '../../common/pagination.js';
import type {
  DeliveryState,
  Webhook,
  WebhookAttempt,
  WebhookDelivery,
} from '../entities/webhook.entity.js';

const URL_OPTIONS = { protocols: ['http', 'https'], require_protocol: true, require_tld: false };

export class CreateWebhookDto {
  @ApiProperty({ example: 'https://he-thong.congan.example.vn/bvte-events' })
  @IsUrl(URL_OPTIONS)
  @MaxLength(2000)
  url!: string;

  @ApiPropertyOptional({
    type: [String],
    example: ['referral_received', 'referral_escalation'],
    description: 'Event kinds to receive; empty or absent: all',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @ArrayUnique()
  @Matches(/^[a-z_]{1,40}$/, { each: true })
  events?: string[];
}

export class UpdateWebhookDto {
  @ApiPropertyOptional()
  @Omittable()
  @IsUrl(URL_OPTIONS)
  @MaxLength(2000)
  url?: string;

  @ApiPropertyOptional({ type: [String] })
  @Omittable()
  @IsArray()
  @ArrayMaxSize(50)
  @ArrayUnique()
  @Matches(/^[a-z_]{1,40}$/, { each: true })
  events?: string[];

  @ApiPropertyOptional()
  @Omittable()
  @IsBoolean()
  active?: boolean;
}

export class WebhookDto {
  @ApiProperty() id!: string;
  @ApiProperty() organizationId!: string;
  @ApiProperty() url!: string;
  @ApiProperty({ type: [String] }) events!: string[];
  @ApiProperty() active!: boolean;
  @ApiProperty() createdAt!: string;

  static from(webhook: Webhook): WebhookDto {
    return {
      id: webhook.id,
      organizationId: webhook.organizationId,
      url: webhook.url,
      events: webhook.events,
      active: webhook.active,
      createdAt: webhook.createdAt.toISOString(),
    };
  }
}

export class NewWebhookDto extends WebhookDto {
  @ApiProperty({
    description:
      'Signing secret (Standard Webhooks, `whsec_…`): shown once, here. Check `webhook-signature` with it.',
  })
  secret!: string;
}

export class DeliveryQuery extends PageQuery {
  @ApiPropertyOptional({ enum: ['pending', 'delivered', 'dead'] })
  @IsOptional()
  @IsIn(['pending', 'delivered', 'dead'])
  state?: DeliveryState;
}

export class WebhookAttemptDto {
  @ApiProperty() attempt!: number;
  @ApiProperty() at!: string;
  @ApiProperty({ type: Number, nullable: true }) status!: number | null;
  @ApiProperty({ type: String, nullable: true }) error!: string | null;
  @ApiProperty() durationMs!: number;

  static from(attempt: WebhookAttempt): WebhookAttemptDto {
    return {
      attempt: attempt.attempt,
      at: attempt.at.toISOString(),
      status: attempt.status,
      error: attempt.error,
      durationMs: attempt.durationMs,
    };
  }
}

export class WebhookDeliveryDto {
  @ApiProperty() id!: string;
  @ApiProperty() webhookId!: string;
  @ApiProperty({ description: 'The `webhook-id` header: the same on every attempt' })
  eventId!: string;
  @ApiProperty() kind!: string;
  @ApiProperty({ enum: ['pending', 'delivered', 'dead'] }) state!: DeliveryState;
  @ApiProperty() attempts!: number;
  @ApiProperty({ type: String, nullable: true }) nextAttemptAt!: string | null;
  @ApiProperty({ type: String, nullable: true }) deliveredAt!: string | null;
  @ApiProperty({ type: 'object', additionalProperties: true }) payload!: Record<string, unknown>;
  @ApiProperty() createdAt!: string;
  @ApiPropertyOptional({ type: [WebhookAttemptDto], description: 'On the single delivery only' })
  log?: WebhookAttemptDto[];

  static from(delivery: WebhookDelivery, log?: WebhookAttempt[]): WebhookDeliveryDto {
    return {
      id: delivery.id,
      webhookId: delivery.webhookId,
      eventId: delivery.eventId,
      kind: delivery.kind,
      state: delivery.state,
      attempts: delivery.attempts,
      nextAttemptAt:
        delivery.state === 'pending' ? (delivery.nextAttemptAt?.toISOString() ?? null) : null,
      deliveredAt: delivery.deliveredAt?.toISOString() ?? null,
      payload: delivery.payload,
      createdAt: delivery.createdAt.toISOString(),
      ...(log ? { log: log.map(WebhookAttemptDto.from) } : {}),
    };
  }
}

export class WebhookDeliveryPageDto {
  @ApiProperty({ type: [WebhookDeliveryDto] }) items!: WebhookDeliveryDto[];
  @ApiProperty({ type: String, nullable: true }) nextCursor!: string | null;
}
