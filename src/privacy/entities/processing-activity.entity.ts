import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/**
 * One activity of the processing register (Law 91/2025: the record of processing an impact
 * assessment is made from): what personal data the system processes, for what, on what basis,
 * about whom, who receives it, how long it is kept and how it is protected. Kept as data,
 * seeded with this system's activities, edited by an administrator.
 */
@Entity('processing_activities')
export class ProcessingActivity {
  @PrimaryColumn({ type: 'varchar', length: 40 })
  code!: string;

  /** Where it sits in the register. */
  @Column({ type: 'integer' })
  position!: number;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text' })
  purpose!: string;

  @Column({ type: 'text' })
  legalBasis!: string;

  @Column({ type: 'text' })
  dataSubjects!: string;

  @Column({ type: 'text' })
  dataCategories!: string;

  @Column({ type: 'text' })
  sensitiveCategories!: string;

  @Column({ type: 'text' })
  recipients!: string;

  @Column({ type: 'text' })
  transfersAbroad!: string;

  @Column({ type: 'text' })
  retention!: string;

  @Column({ type: 'text' })
  safeguards!: string;

  @Column({ type: 'uuid', nullable: true })
  updatedBy!: string | null;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
