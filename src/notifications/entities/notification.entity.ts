import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { Language } from '../../common/i18n.js';

/**
 * A message to one user: a deadline reminder or escalation, a new referral, an outcome. Written by
 * the delivery job of the event that caused it; `dedupeKey` (the event's key) makes a second
 * delivery a no-op.
 * Holds no sensitive content: a case code and what to look at, never a narrative.
 */
@Entity('notifications')
@Index(['userId', 'dedupeKey'], { unique: true })
@Index(['userId', 'seq'])
export class Notification {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Order of arrival, for paging. */
  @Column({ type: 'bigint', generated: 'identity', generatedIdentity: 'ALWAYS' })
  seq!: string;

  @Column({ type: 'uuid' })
  userId!: string;

  /** deadline_reminder, deadline_escalation, case_assigned, … */
  @Column({ type: 'varchar', length: 40 })
  kind!: string;

  @Column({ type: 'varchar', length: 30 })
  entityType!: string;

  @Column({ type: 'uuid' })
  entityId!: string;

  /** The message in each language. */
  @Column({ type: 'jsonb' })
  text!: Record<Language, string>;

  /** Facts a client can act on (case code, due time), as given by the sender. */
  @Column({ type: 'jsonb', default: () => "'{}'" })
  data!: Record<string, unknown>;

  @Column({ type: 'varchar', length: 200 })
  dedupeKey!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  readAt!: Date | null;

  /** When it was emailed to the user (notification.jobs.ts). */
  @Column({ type: 'timestamptz', nullable: true })
  emailedAt!: Date | null;
}
