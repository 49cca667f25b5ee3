import { Check, Column, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { ReportTerm } from '../report-term.js';

/**
 * The reports the reporting calendar gives a due date, in the year's order: the commune's annual
 * plan, the commune's and the province's reports of the first six months, the commune's annual
 * report, the departments' and sectors' reports to the department, the province's annual report.
 */
export const DEADLINE_REPORTS = [
  'commune_plan',
  'commune_six_months',
  'province_six_months',
  'commune_annual',
  'department_annual',
  'province_annual',
] as const;
export type DeadlineReport = (typeof DEADLINE_REPORTS)[number];

/** The reports the system makes and its areas submit, by area and term; the others go outside. */
export const SUBMITTED_REPORTS = {
  commune: { annual: 'commune_annual', six_months: 'commune_six_months' },
  province: { annual: 'province_annual', six_months: 'province_six_months' },
} as const satisfies Record<'commune' | 'province', Record<ReportTerm, DeadlineReport>>;

/** Whether the system makes a report and its area submits it here. */
export function submittedHere(report: DeadlineReport): boolean {
  return Object.values(SUBMITTED_REPORTS).some((terms) =>
    (Object.values(terms) as DeadlineReport[]).includes(report),
  );
}

/**
 * A due date of the reporting calendar (lịch báo cáo): the day of the year by which a report is
 * due, from the plans by default (`provinceCode` null) or as a province set it for its own areas.
 */
@Entity('report_deadlines')
@Index(['report'], { unique: true, where: 'province_code IS NULL' })
@Index(['report', 'provinceCode'], { unique: true, where: 'province_code IS NOT NULL' })
@Check('"month" BETWEEN 1 AND 12 AND "day" BETWEEN 1 AND 31')
export class ReportDeadline {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 20 })
  report!: DeadlineReport;

  /** The province it applies to; null: the default from the plans, for every province. */
  @Column({ type: 'varchar', length: 2, nullable: true })
  provinceCode!: string | null;

  @Column({ type: 'smallint' })
  month!: number;

  @Column({ type: 'smallint' })
  day!: number;

  /** Where the date comes from: the plan that sets it, or the province's decision. */
  @Column({ type: 'text' })
  source!: string;

  @Column({ type: 'uuid', nullable: true })
  updatedBy!: string | null;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
