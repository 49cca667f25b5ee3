import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import type { ReferralStep } from '../referral-due.js';
import { Referral } from './referral.entity.js';

/**
 * When the receiving organisation must acknowledge, accept and complete a referral (referral-due.ts),
 * with the reminder and the escalation each sent at most once. open: still owed; done: the step
 * was taken (on time or late); not_needed: the referral ended without it.
 */
@Entity('referral_deadlines')
@Index(['dueAt'], { where: "state = 'open'" })
export class ReferralDeadline {
  @PrimaryColumn({ type: 'uuid' })
  referralId!: string;

  @ManyToOne(() => Referral, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'referral_id' })
  referral?: Referral;

  @PrimaryColumn({ type: 'varchar', length: 12 })
  step!: ReferralStep;

  @Column({ type: 'timestamptz' })
  dueAt!: Date;

  @Column({ type: 'varchar', length: 12, default: 'open' })
  state!: 'open' | 'done' | 'not_needed';

  @Column({ type: 'timestamptz', nullable: true })
  doneAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  remindedAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  escalatedAt!: Date | null;
}
