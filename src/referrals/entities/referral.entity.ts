import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { Case } from '../../cases/entities/case.entity.js';
import { Organization } from '../../organizations/entities/organization.entity.js';
import type { ReferralStatus } from '../referral-workflow.js';
import type { Urgency } from '../referral-due.js';

/**
 * A case referred to an organisation for a service (chuyển tuyến, chuyển gửi). It carries only what
 * the sending worker chose to share, sealed with FieldCipher and erased when the referral is declined
 * or cancelled; the receiving organisation never reads the case itself.
 */
@Entity('referrals')
@Index(['toOrganizationId', 'priority', 'seq'])
@Index(['fromOrganizationId', 'seq'])
@Index(['caseId'])
export class Referral {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Order of sending: a queue serves the oldest first within an urgency. */
  @Column({ type: 'bigint', generated: 'identity', generatedIdentity: 'ALWAYS' })
  seq!: string;

  @Column({ type: 'uuid' })
  caseId!: string;

  @ManyToOne(() => Case, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'case_id' })
  case?: Case;

  /**
   * The case's code and area when it was sent, copied: the receiving side sees the code, the
   * figures count by the area. The sending side reads and acts through the case's current area.
   */
  @Column({ type: 'varchar', length: 40 })
  caseCode!: string;

  @Column({ type: 'varchar', length: 2 })
  provinceCode!: string;

  @Column({ type: 'varchar', length: 5 })
  communeCode!: string;

  @Column({ type: 'uuid' })
  fromOrganizationId!: string;

  @ManyToOne(() => Organization, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'from_organization_id' })
  fromOrganization?: Organization;

  @Column({ type: 'uuid' })
  toOrganizationId!: string;

  @ManyToOne(() => Organization, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'to_organization_id' })
  toOrganization?: Organization;

  /** The worker who sent it: the receiving side's contact. */
  @Column({ type: 'uuid' })
  sentBy!: string;

  @Column({ type: 'varchar', length: 40 })
  serviceType!: string;

  /** The case's plan action it was made for (plan-actions.ts): its completion marks it done. */
  @Column({ type: 'varchar', length: 40, nullable: true })
  planActionId!: string | null;

  @Column({ type: 'varchar', length: 10 })
  urgency!: Urgency;

  /** URGENCY_RANK: the queue's order, most urgent first. */
  @Column({ type: 'smallint' })
  priority!: number;

  @Column({ type: 'varchar', length: 12, default: 'pending' })
  status!: ReferralStatus;

  /** Why the child needs the service: sealed. */
  @Column({ type: 'text' })
  reason!: string;

  /** The fields the worker chose to share (referral-sharing.ts). */
  @Column({ type: 'varchar', array: true, default: () => "'{}'" })
  sharedFields!: string[];

  /** The children's basics and the shared fields as sent, sealed; null once sharing stopped. */
  @Column({ type: 'text', nullable: true })
  shared!: string | null;

  /** Who handles it in the receiving organisation. */
  @Column({ type: 'uuid', nullable: true })
  assigneeId!: string | null;

  /** The decline or cancel reason, or the outcome with the services delivered: sealed JSON. */
  @Column({ type: 'text', nullable: true })
  resolution!: string | null;

  @Column({ type: 'timestamptz' })
  sentAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  acknowledgedAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  acceptedAt!: Date | null;

  /** When it was declined, completed or cancelled. */
  @Column({ type: 'timestamptz', nullable: true })
  closedAt!: Date | null;

  @Column({ type: 'integer', default: 1 })
  version!: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
