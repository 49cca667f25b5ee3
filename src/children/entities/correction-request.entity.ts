import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export const CORRECTION_STATUSES = ['open', 'corrected', 'refused'] as const;
export type CorrectionStatus = (typeof CORRECTION_STATUSES)[number];

/**
 * A request from a child or the child's carer to correct the record (Law 91/2025 on personal
 * data: the data subject's right to have their data corrected), tracked until it is answered:
 * corrected (the record's edit is in its history) or refused, with the answer given.
 */
@Entity('child_correction_requests')
@Index(['childId', 'receivedOn'])
@Index(['status', 'receivedOn'])
export class CorrectionRequest {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  childId!: string;

  /** Who asked: a name and how they are related to the child. */
  @Column({ type: 'text' })
  requester!: string;

  /** What they say is wrong, in their words. */
  @Column({ type: 'text' })
  request!: string;

  @Column({ type: 'date' })
  receivedOn!: string;

  @Column({ type: 'varchar', length: 10 })
  status!: CorrectionStatus;

  /** What they were told. */
  @Column({ type: 'text', nullable: true })
  answer!: string | null;

  @Column({ type: 'uuid', nullable: true })
  createdBy!: string | null;

  @Column({ type: 'text', nullable: true })
  createdByName!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'uuid', nullable: true })
  answeredBy!: string | null;

  @Column({ type: 'text', nullable: true })
  answeredByName!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  answeredAt!: Date | null;
}
