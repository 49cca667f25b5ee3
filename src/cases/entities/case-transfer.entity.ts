import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { TransferStatus } from '../case-transfer.js';
import { Case } from './case.entity.js';

/**
 * A request to hand a case over to another commune (case-transfer.ts), any province: pending
 * until the receiving commune accepts or declines it, or the sender cancels it. At most one is
 * pending per case. The reason, the note and the decision's reason are sealed with FieldCipher.
 */
@Entity('case_transfers')
@Index(['caseId'], { unique: true, where: "status = 'pending'" })
@Index(['toCommuneCode', 'seq'])
@Index(['fromCommuneCode', 'seq'])
@Index(['caseId', 'seq'])
export class CaseTransfer {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Order of requests, for lists (newest first). */
  @Column({ type: 'bigint', generated: 'identity', generatedIdentity: 'ALWAYS', unique: true })
  seq!: string;

  @Column({ type: 'uuid' })
  caseId!: string;

  @ManyToOne(() => Case, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'case_id' })
  case?: Case;

  /** The commune that held the case when it was asked for. */
  @Column({ type: 'varchar', length: 2 })
  fromProvinceCode!: string;

  @Column({ type: 'varchar', length: 5 })
  fromCommuneCode!: string;

  /** The receiving commune: where the child lives. */
  @Column({ type: 'varchar', length: 2 })
  toProvinceCode!: string;

  @Column({ type: 'varchar', length: 5 })
  toCommuneCode!: string;

  @Column({ type: 'varchar', length: 10 })
  status!: TransferStatus;

  /** Why the case goes there (e.g. the child lives there): sealed. */
  @Column({ type: 'text' })
  reason!: string;

  /** For the receiver: sealed. */
  @Column({ type: 'text', nullable: true })
  note!: string | null;

  @Column({ type: 'uuid' })
  requestedBy!: string;

  @Column({ type: 'text' })
  requestedByName!: string;

  @Column({ type: 'timestamptz' })
  requestedAt!: Date;

  /** Who accepted, declined or cancelled it. */
  @Column({ type: 'uuid', nullable: true })
  decidedBy!: string | null;

  @Column({ type: 'text', nullable: true })
  decidedByName!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  decidedAt!: Date | null;

  /** Why it was declined or cancelled: sealed. */
  @Column({ type: 'text', nullable: true })
  decisionReason!: string | null;
}
