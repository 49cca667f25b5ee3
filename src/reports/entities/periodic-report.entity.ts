import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export const PERIODIC_REPORT_STATES = ['queued', 'ready', 'failed'] as const;
export type PeriodicReportState = (typeof PERIODIC_REPORT_STATES)[number];

/**
 * A commune's or a province's annual report (báo cáo định kỳ), one per area and year: generated
 * by the scheduled job before the due date, or on demand, the newest generation replacing the one
 * before. The spreadsheet and the PDF are kept with it.
 */
@Entity('periodic_reports')
@Index(['year', 'areaCode'], { unique: true })
@Index(['provinceCode', 'year'])
export class PeriodicReport {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'smallint' })
  year!: number;

  /** The province's 2-digit code, or the commune's 5-digit code. */
  @Column({ type: 'varchar', length: 5 })
  areaCode!: string;

  @Column({ type: 'varchar', length: 2 })
  provinceCode!: string;

  @Column({ type: 'varchar', length: 5, nullable: true })
  communeCode!: string | null;

  @Column({ type: 'varchar', length: 10 })
  state!: PeriodicReportState;

  /** Who asked for it; null for the scheduled run. */
  @Column({ type: 'uuid', nullable: true })
  requestedBy!: string | null;

  @Column({ type: 'timestamptz' })
  requestedAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  generatedAt!: Date | null;

  /** The day the figures are as of. */
  @Column({ type: 'date', nullable: true })
  asOf!: string | null;

  @Column({ type: 'bytea', nullable: true, select: false })
  xlsx!: Buffer | null;

  @Column({ type: 'bytea', nullable: true, select: false })
  pdf!: Buffer | null;

  @Column({ type: 'text', nullable: true })
  error!: string | null;
}
