import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { Organization } from '../../organizations/entities/organization.entity.js';

/** An organisation's own system, told of the events that concern it (a new referral, an escalation). */
@Entity('webhooks')
@Index(['organizationId'])
export class Webhook {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  organizationId!: string;

  @ManyToOne(() => Organization, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id' })
  organization?: Organization;

  @Column({ type: 'text' })
  url!: string;

  /** The signing secret (webhook-signature.ts), sealed with FieldCipher. */
  @Column({ type: 'text' })
  secret!: string;

  /** Event kinds it wants; empty: all. */
  @Column({ type: 'varchar', array: true, default: () => "'{}'" })
  events!: string[];

  @Column({ type: 'boolean', default: true })
  active!: boolean;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}

export type DeliveryState = 'pending' | 'delivered' | 'dead';

/**
 * One event for one webhook: posted until the receiver answers 2xx, with the wait doubling after
 * each failure, then dead-lettered; an administrator can read the log and replay it. The event id
 * stays the same across attempts, so the receiver drops a second copy.
 */
@Entity('webhook_deliveries')
@Index(['webhookId', 'eventId'], { unique: true })
@Index(['webhookId', 'seq'])
export class WebhookDelivery {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Order of creation, for paging the log. */
  @Column({ type: 'bigint', generated: 'identity', generatedIdentity: 'ALWAYS' })
  seq!: string;

  @Column({ type: 'uuid' })
  webhookId!: string;

  @ManyToOne(() => Webhook, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'webhook_id' })
  webhook?: Webhook;

  @Column({ type: 'uuid' })
  eventId!: string;

  @Column({ type: 'varchar', length: 40 })
  kind!: string;

  /** The body posted: `{id, type, occurredAt, data}`, no personal data. */
  @Column({ type: 'jsonb' })
  payload!: Record<string, unknown>;

  @Column({ type: 'varchar', length: 10, default: 'pending' })
  state!: DeliveryState;

  @Column({ type: 'integer', default: 0 })
  attempts!: number;

  @Column({ type: 'timestamptz', nullable: true })
  nextAttemptAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  deliveredAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}

/** One try at posting a delivery: the delivery log (append-only). */
@Entity('webhook_attempts')
@Index(['deliveryId', 'attempt'])
export class WebhookAttempt {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id!: string;

  @Column({ type: 'uuid' })
  deliveryId!: string;

  @ManyToOne(() => WebhookDelivery, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'delivery_id' })
  delivery?: WebhookDelivery;

  @Column({ type: 'integer' })
  attempt!: number;

  @Column({ type: 'timestamptz' })
  at!: Date;

  /** The receiver's HTTP status; null when there was no answer. */
  @Column({ type: 'integer', nullable: true })
  status!: number | null;

  @Column({ type: 'text', nullable: true })
  error!: string | null;

  @Column({ type: 'integer' })
  durationMs!: number;
}
