import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Case } from './case.entity.js';
import { CaseTransfer } from './case-transfer.entity.js';

/**
 * Which commune held a case, from when until when (the history of holders, Law on Children
 * art. 52). The first holding starts at the case's receipt; each accepted transfer ends one and
 * starts the next. A holding that ended keeps what its commune may still read: the last step of
 * the case up to the hand-over and the case as it was then, sealed.
 */
@Entity('case_holdings')
@Index(['caseId', 'heldFrom'])
@Index(['caseId'], { unique: true, where: 'held_until IS NULL' })
export class CaseHolding {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  caseId!: string;

  @ManyToOne(() => Case, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'case_id' })
  case?: Case;

  @Column({ type: 'varchar', length: 2 })
  provinceCode!: string;

  @Column({ type: 'varchar', length: 5 })
  communeCode!: string;

  @Column({ type: 'timestamptz' })
  heldFrom!: Date;

  /** When it was handed over; null while the commune holds the case. */
  @Column({ type: 'timestamptz', nullable: true })
  heldUntil!: Date | null;

  /** The accepted transfer that brought the case here; null for the first holder. */
  @Column({ type: 'uuid', nullable: true })
  transferId!: string | null;

  @ManyToOne(() => CaseTransfer, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'transfer_id' })
  transfer?: CaseTransfer;

  /** The case's last step (case_events.id) at the hand-over: the former holder reads up to it. */
  @Column({ type: 'bigint', nullable: true })
  lastEventId!: string | null;

  /** The case as it was handed over (its row, children and deadlines), sealed JSON. */
  @Column({ type: 'text', nullable: true })
  snapshot!: string | null;
}
