// The reporting calendar over the API: due dates, submissions of periodic reports, a province's
// view of its communes' submissions and the reminders it sends.
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsOptional, Matches, Max, Min } from 'class-validator';
import { Text } from '../../common/text.js';
import { ReportYear } from './report.dto.js';
import {
  DEADLINE_REPORTS,
  type DeadlineReport,
  type ReportDeadline,
  submittedHere,
} from '../entities/report-deadline.entity.js';
import { REPORT_TERMS, type ReportTerm } from '../report-term.js';
import type { PeriodicReportSubmission } from '../entities/periodic-report-submission.entity.js';
import {
  PERIODIC_REPORT_STATES,
  type PeriodicReportState,
} from '../entities/periodic-report.entity.js';

export class SubmitReportDto {
  @ApiPropertyOptional({
    example: 'Bổ sung 2 trẻ em có hoàn cảnh đặc biệt được phát hiện sau khi đã nộp',
    description: 'Why the report is submitted again (a correction); not given the first time',
  })
  @IsOptional()
  @Text(2000)
  reason?: string;
}

export class ReportSubmissionDto {
  @ApiProperty() id!: string;
  @ApiProperty() reportId!: string;
  @ApiProperty({ example: 1, description: '1 the first time; each correction the next' })
  version!: number;
  @ApiProperty({ example: 2026 }) year!: number;
  @ApiProperty({ enum: REPORT_TERMS }) term!: ReportTerm;
  @ApiProperty({ example: '01' }) provinceCode!: string;
  @ApiProperty({ type: String, nullable: true, example: '00004' }) communeCode!: string | null;
  @ApiProperty() submittedAt!: string;
  @ApiProperty({ example: 'Lê Quang Hưng' }) submittedByName!: string;
  @ApiProperty({ type: String, nullable: true, description: 'A correction’s reason' })
  reason!: string | null;
  @ApiProperty({ example: '2026-11-25', description: 'The due date in force when submitted' })
  dueOn!: string;
  @ApiProperty({ description: 'Submitted on a day after the due date' }) late!: boolean;
  @ApiProperty({ description: 'The day its figures are as of' }) asOf!: string;
  @ApiProperty({ description: 'When the submitted report was made' }) generatedAt!: string;
  @ApiProperty({
    type: 'object',
    properties: { xlsx: { type: 'string' }, pdf: { type: 'string' } },
    description: 'The files as submitted, frozen',
  })
  links!: { xlsx: string; pdf: string };

  static from(s: PeriodicReportSubmission): ReportSubmissionDto {
    const base = `/api/v1/reports/submissions/${s.id}`;
    return {
      id: s.id,
      reportId: s.reportId,
      version: s.version,
      year: s.year,
      term: s.term,
      provinceCode: s.provinceCode,
      communeCode: s.communeCode,
      submittedAt: s.submittedAt.toISOString(),
      submittedByName: s.submittedByName,
      reason: s.reason,
      dueOn: s.dueOn,
      late: s.late,
      asOf: s.asOf,
      generatedAt: s.generatedAt.toISOString(),
      links: { xlsx: `${base}.xlsx`, pdf: `${base}.pdf` },
    };
  }
}

export class ReportSubmissionListDto {
  @ApiProperty({ type: [ReportSubmissionDto], description: 'Oldest version first' })
  items!: ReportSubmissionDto[];
}

/** A year and a province. */
export class ProvinceYearDto {
  @ApiProperty({ example: 2026 })
  @ReportYear()
  year!: number;

  @ApiProperty({ example: '01' })
  @Matches(/^\d{2}$/)
  provinceCode!: string;
}

/** A year's report of a term (the year's by default) and a province. */
export class SubmissionsQuery extends ProvinceYearDto {
  @ApiPropertyOptional({
    enum: REPORT_TERMS,
    default: 'annual',
    description: 'The year’s reports, or those of its first six months',
  })
  @IsOptional()
  @IsIn(REPORT_TERMS)
  term?: ReportTerm;
}

/** Where an area's report stands against its due date. */
export const SUBMISSION_STATUSES = ['on_time', 'late', 'pending', 'overdue'] as const;
export type SubmissionStatus = (typeof SUBMISSION_STATUSES)[number];

export class AreaSubmissionDto {
  @ApiProperty({ example: '00004' }) code!: string;
  @ApiProperty({ example: 'Phường Ba Đình' }) name!: string;
  @ApiProperty({
    enum: SUBMISSION_STATUSES,
    description:
      'on_time / late: submitted (its first version) by or after the due date; pending: not ' +
      'yet, the due date not passed; overdue: not submitted and the due date passed',
  })
  status!: SubmissionStatus;
  @ApiProperty({ example: '2026-11-25' }) dueOn!: string;
  @ApiProperty({ type: String, nullable: true }) reportId!: string | null;
  @ApiProperty({ enum: PERIODIC_REPORT_STATES, nullable: true, description: 'The report made' })
  reportState!: PeriodicReportState | null;
  @ApiProperty({ type: Number, nullable: true, description: 'The newest version submitted' })
  version!: number | null;
  @ApiProperty({ type: String, nullable: true, description: 'The first version’s submission' })
  submittedAt!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'The newest version’s submission' })
  correctedAt!: string | null;
}

export class SubmissionCountsDto {
  @ApiProperty() communes!: number;
  @ApiProperty() onTime!: number;
  @ApiProperty() late!: number;
  @ApiProperty() pending!: number;
  @ApiProperty() overdue!: number;
}

export class SubmissionOverviewDto {
  @ApiProperty({ example: 2026 }) year!: number;
  @ApiProperty({ enum: REPORT_TERMS }) term!: ReportTerm;
  @ApiProperty({ example: '2026-12-07', description: 'Today in Vietnam' }) today!: string;
  @ApiProperty({ type: AreaSubmissionDto, description: 'The province’s own report' })
  province!: AreaSubmissionDto;
  @ApiProperty({ type: [AreaSubmissionDto], description: 'Every current commune of the province' })
  communes!: AreaSubmissionDto[];
  @ApiProperty({ type: SubmissionCountsDto, description: 'The communes by status' })
  counts!: SubmissionCountsDto;
}

export class ReminderResultDto {
  @ApiProperty({
    type: [String],
    description: 'The communes reminded: not submitted yet, with someone to tell',
  })
  communeCodes!: string[];
  @ApiProperty({ description: 'People told (the communes’ officers and chairs)' })
  people!: number;
}

export class DeadlinesQuery {
  @ApiProperty({ example: '01' })
  @Matches(/^\d{2}$/)
  provinceCode!: string;
}

export class SetDeadlineDto {
  @ApiProperty({ example: '01' })
  @Matches(/^\d{2}$/)
  provinceCode!: string;

  @ApiProperty({ example: 11, minimum: 1, maximum: 12 })
  @IsInt()
  @Min(1)
  @Max(12)
  month!: number;

  @ApiProperty({ example: 20, minimum: 1, maximum: 31 })
  @IsInt()
  @Min(1)
  @Max(31)
  day!: number;

  @ApiPropertyOptional({
    example: 'Kế hoạch số 123/KH-UBND ngày 10/01/2026 của UBND tỉnh',
    description: 'The province’s document that sets the date',
  })
  @IsOptional()
  @Text(500)
  source?: string;
}

export class DeadlineDto {
  @ApiProperty({
    enum: DEADLINE_REPORTS,
    description:
      'commune_plan: the commune’s annual plan; commune_six_months, province_six_months: the commune’s and the province’s reports of the first six months (their figures close on 14 June); commune_annual: the commune’s report of the year; department_annual: the departments’ and sectors’ reports to the department; province_annual: the province’s report of the year',
  })
  report!: DeadlineReport;
  @ApiProperty({
    description: 'Whether the report is made and submitted here (false: sent outside the system)',
  })
  submittedHere!: boolean;
  @ApiProperty({ example: 11 }) month!: number;
  @ApiProperty({ example: 25 }) day!: number;
  @ApiProperty({ description: 'The plan or the province’s decision that sets it' }) source!: string;
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'The province that set it; null: the plans’ date, for every province',
  })
  provinceCode!: string | null;
  @ApiProperty() updatedAt!: string;

  static from(d: ReportDeadline): DeadlineDto {
    return {
      report: d.report,
      submittedHere: submittedHere(d.report),
      month: d.month,
      day: d.day,
      source: d.source,
      provinceCode: d.provinceCode,
      updatedAt: d.updatedAt.toISOString(),
    };
  }
}

export class DeadlineListDto {
  @ApiProperty({ type: [DeadlineDto] }) items!: DeadlineDto[];
}
