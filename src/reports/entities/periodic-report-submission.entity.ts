import {
  Check,
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { PeriodicReport } from './periodic-report.entity.js';
import type { ReportTerm } from '../report-term.js';

/**
 * A periodic report as its area submitted it (nộp báo cáo), with the second factor: the figures
 * and files of that moment, frozen. A correction is a new version with its reason; the first
 * version says whether the report came in on time.
 */
@Entity('periodic_report_submissions')
@Index(['reportId', 'version'], { unique: true })
@Index(['provinceCode', 'year'])
@Check('("version" = 1) = ("reason" IS NULL)')
export class PeriodicReportSubmission {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  reportId!: string;

  @ManyToOne(() => PeriodicReport, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'report_id' })
  report?: PeriodicReport;

  @Column({ type: 'smallint' })
  version!: number;

  @Column({ type: 'smallint' })
  year!: number;

  /** Its report's term: the year, or its first six months. */
  @Column({ type: 'varchar', length: 10 })
  term!: ReportTerm;

  @Column({ type: 'varchar', length: 2 })
  provinceCode!: string;

  @Column({ type: 'varchar', length: 5, nullable: true })
  communeCode!: string | null;

  @Column({ type: 'timestamptz' })
  submittedAt!: Date;

  @Column({ type: 'uuid' })
  submittedBy!: string;

  @Column({ type: 'text' })
  submittedByName!: string;

  /** Why a correction was made; null for the first version. */
  @Column({ type: 'text', nullable: true })
  reason!: string | null;

  /** The due date in force when it was submitted, and whether the day was past it. */
  @Column({ type: 'date' })
  dueOn!: string;

  @Column({ type: 'boolean' })
  late!: boolean;

  /** The generation submitted: its time and the day its figures are as of. */
  @Column({ type: 'timestamptz' })
  generatedAt!: Date;

  @Column({ type: 'date' })
  asOf!: string;

  @Column({ type: 'bytea', select: false })
  xlsx!: Buffer;

  @Column({ type: 'bytea', select: false })
  pdf!: Buffer;
}
