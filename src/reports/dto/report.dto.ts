import { applyDecorators } from '@nestjs/common';
import {
  ApiExtraModels,
  ApiProperty,
  ApiPropertyOptional,
  getSchemaPath,
  IntersectionType,
} from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import { PageQuery } from '../../common/pagination.js';
import {
  PERIODIC_REPORT_STATES,
  type PeriodicReport,
  type PeriodicReportState,
} from '../entities/periodic-report.entity.js';
import type { PeriodicReportSubmission } from '../entities/periodic-report-submission.entity.js';
import { BREAKDOWNS, type Unit, UNITS } from '../indicators.js';
import { REPORT_TERMS, type ReportTerm } from '../report-term.js';

/** A report's year: a whole number, from a query string or a path too. */
export function ReportYear() {
  return applyDecorators(
    Type(() => Number),
    IsInt(),
    Min(2000),
    Max(2100),
  );
}

/** Which figures: a year, and an area within the caller's (their whole scope when none is given). */
export class ReportAreaQuery {
  @ApiPropertyOptional({ example: '01', description: 'A province in your areas' })
  @IsOptional()
  @Matches(/^\d{2}$/)
  provinceCode?: string;

  @ApiPropertyOptional({ example: '00004', description: 'A commune in your areas' })
  @IsOptional()
  @Matches(/^\d{5}$/)
  communeCode?: string;
}

/** A year (this one by default), and JSON or a spreadsheet. */
class YearAndFormatQuery {
  @ApiPropertyOptional({ example: 2026, description: 'Default: this year (figures as of today)' })
  @IsOptional()
  @ReportYear()
  year?: number;

  @ApiPropertyOptional({ enum: ['json', 'xlsx'], default: 'json' })
  @IsOptional()
  @IsIn(['json', 'xlsx'])
  format?: 'json' | 'xlsx';
}

export class IndicatorsQuery extends IntersectionType(ReportAreaQuery, YearAndFormatQuery) {}

export class IndicatorDto {
  @ApiProperty({ example: 'I', description: 'I: children’s situation; III: abuse' }) set!: string;
  @ApiProperty({ example: '0101' }) code!: string;
  @ApiProperty({ example: 'Dân số trẻ em' }) name!: string;
  @ApiProperty({ example: 'Child population' }) nameEn!: string;
  @ApiProperty({
    enum: UNITS,
    description:
      'children; ratio (a share); cases (abuse cases, violations detected, sanction decisions); violators (persons and organisations sanctioned); vnd (đồng); persons (abusers)',
  })
  unit!: Unit;
  @ApiProperty({ description: 'Whether the code was checked against the Circular’s appendix' })
  codeVerified!: boolean;
  @ApiProperty({
    type: Number,
    nullable: true,
    description:
      'A count, a fraction (0.0123) for a ratio, an amount in đồng; null when suppressed or undefined',
  })
  value!: number | null;
  @ApiPropertyOptional({
    type: Number,
    nullable: true,
    description: 'A ratio’s count, or an amount itself',
  })
  numerator?: number | null;
  @ApiPropertyOptional({
    type: Number,
    nullable: true,
    description: 'A ratio’s base, or the count of what an amount is the amount of',
  })
  denominator?: number | null;
  @ApiProperty({
    description: `By ${BREAKDOWNS.join(', ')}: each a map from code to value`,
    type: 'object',
    additionalProperties: {
      type: 'object',
      additionalProperties: { type: 'number', nullable: true },
    },
  })
  breakdowns!: Record<string, Record<string, number | null>>;
  @ApiProperty({ example: 2026 }) year!: number;
  @ApiProperty({ example: '2026-12-03', description: 'The day the figures are as of' })
  asOf!: string;
  @ApiProperty({ description: 'When the precomputed figures were last rebuilt' })
  refreshedAt!: string;
}

class ChildrenFiguresDto {
  @ApiProperty({ type: Number, nullable: true }) total!: number | null;
  @ApiProperty({ type: Number, nullable: true }) inSpecialCircumstances!: number | null;
  @ApiProperty({ type: Number, nullable: true }) specialCircumstanceRate!: number | null;
  @ApiProperty({ type: Number, nullable: true }) supported!: number | null;
  @ApiProperty({ type: Number, nullable: true }) supportedRate!: number | null;
}

class AbuseFiguresDto {
  @ApiProperty({ type: Number, nullable: true }) children!: number | null;
  @ApiProperty({ type: Number, nullable: true }) intervenedOnTime!: number | null;
  @ApiProperty({ type: Number, nullable: true }) intervenedOnTimeRate!: number | null;
}

class CaseFiguresDto {
  @ApiProperty({ type: Number, nullable: true }) open!: number | null;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'number', nullable: true } })
  byStatus!: Record<string, number | null>;
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'number', nullable: true },
    description: 'Open cases by protection level; `unassessed` before the initial assessment',
  })
  byLevel!: Record<string, number | null>;
  @ApiProperty({ type: Number, nullable: true, description: 'Open cases with a step past due' })
  overdue!: number | null;
  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'Cases closed this year (Vietnam’s calendar) and not reopened',
  })
  closedThisYear!: number | null;
}

/** One agency type's referrals on the dashboard; counts (and timings from them) may be hidden. */
export class AgencyFiguresDto {
  @ApiProperty({ type: Number, nullable: true }) total!: number | null;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'number', nullable: true } })
  byStatus!: Record<string, number | null>;
  @ApiProperty({ type: Number, nullable: true, description: 'Median hours to acknowledge' })
  medianHoursToAcknowledge!: number | null;
  @ApiProperty({ type: Number, nullable: true }) medianHoursToAccept!: number | null;
  @ApiProperty({ type: Number, nullable: true }) medianHoursToComplete!: number | null;
  @ApiProperty({ type: Number, nullable: true, description: 'Late share (0..1)' })
  overdueShare!: number | null;
}

@ApiExtraModels(AgencyFiguresDto)
class ReferralSummaryDto {
  @ApiProperty({ type: 'object', additionalProperties: { type: 'number', nullable: true } })
  byStatus!: Record<string, number | null>;
  @ApiProperty({
    type: 'object',
    additionalProperties: { $ref: getSchemaPath(AgencyFiguresDto) },
    description: 'By the receiving organisation’s type: counts, hours to each step, late share',
  })
  byAgencyType!: Record<string, AgencyFiguresDto>;
}

class TargetsDto {
  @ApiProperty({ example: 0.01, description: 'At most 1.0% of children in special circumstances' })
  specialCircumstanceRate!: number;
  @ApiProperty({ example: 1 }) supportedRate!: number;
  @ApiProperty({ example: 1 }) intervenedOnTimeRate!: number;
}

export class DashboardDto {
  @ApiProperty({
    description:
      'When the precomputed registry and abuse figures were rebuilt; cases and referrals are live',
  })
  asOf!: string;
  @ApiProperty() year!: number;
  @ApiProperty({ type: ChildrenFiguresDto }) children!: ChildrenFiguresDto;
  @ApiProperty({ type: AbuseFiguresDto }) abuse!: AbuseFiguresDto;
  @ApiProperty({ type: CaseFiguresDto }) cases!: CaseFiguresDto;
  @ApiProperty({ type: ReferralSummaryDto }) referrals!: ReferralSummaryDto;
  @ApiProperty({ type: TargetsDto }) targets!: TargetsDto;
  @ApiProperty({
    type: Number,
    nullable: true,
    example: 5,
    description:
      'Counts from 1 to this minus one are null for you (REPORT_SUPPRESSION_THRESHOLD), and so ' +
      'are rates taken from them; null when you see exact figures',
  })
  smallCountsBelow!: number | null;
}

/** A report's term: the year, or its first six months. */
function TermProperty(description: string) {
  return applyDecorators(
    ApiPropertyOptional({ enum: REPORT_TERMS, description }),
    IsOptional(),
    IsIn(REPORT_TERMS),
  );
}

export class PeriodicReportRequestDto {
  @ApiProperty({ example: 2026 })
  @ReportYear()
  year!: number;

  @TermProperty('The year’s report (by default), or that of its first six months')
  term?: ReportTerm;

  @ApiProperty({ example: '01' })
  @Matches(/^\d{2}$/)
  provinceCode!: string;

  @ApiPropertyOptional({
    example: '00004',
    description: 'A commune’s report; without it, the province’s',
  })
  @IsOptional()
  @Matches(/^\d{5}$/)
  communeCode?: string;
}

export class PeriodicReportQuery extends PageQuery {
  @ApiPropertyOptional({ example: 2026 })
  @IsOptional()
  @ReportYear()
  year?: number;

  @TermProperty('Only the year’s reports, or only those of its first six months')
  term?: ReportTerm;
}

/** The newest version of a report its area submitted. */
export class SubmissionSummaryDto {
  @ApiProperty({ example: 1 }) version!: number;
  @ApiProperty() submittedAt!: string;
  @ApiProperty({ example: 'Lê Quang Hưng' }) submittedByName!: string;
  @ApiProperty({ description: 'This version was submitted after its due date' }) late!: boolean;
  @ApiProperty({
    description:
      'The report as now made is the one submitted; false: made again since, to be submitted ' +
      'as a correction if its figures are to count',
  })
  current!: boolean;
}

export class PeriodicReportDto {
  @ApiProperty() id!: string;
  @ApiProperty({ example: 2026 }) year!: number;
  @ApiProperty({
    enum: REPORT_TERMS,
    description: 'annual: the year’s report; six_months: that of its first six months',
  })
  term!: ReportTerm;
  @ApiProperty({ example: '01' }) provinceCode!: string;
  @ApiProperty({ type: String, nullable: true, example: '00004' }) communeCode!: string | null;
  @ApiProperty({ enum: PERIODIC_REPORT_STATES }) state!: PeriodicReportState;
  @ApiProperty({ type: String, nullable: true, description: 'Null: the scheduled run' })
  requestedBy!: string | null;
  @ApiProperty() requestedAt!: string;
  @ApiProperty({ type: String, nullable: true }) generatedAt!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'The day the figures are as of' })
  asOf!: string | null;
  @ApiProperty({
    type: 'object',
    nullable: true,
    properties: { xlsx: { type: 'string' }, pdf: { type: 'string' } },
    description: 'Where to download it, once ready',
  })
  links!: { xlsx: string; pdf: string } | null;
  @ApiProperty({ example: '2026-11-25', description: 'Its due date by the reporting calendar' })
  dueOn!: string;
  @ApiProperty({
    type: SubmissionSummaryDto,
    nullable: true,
    description: 'Its newest submitted version; null: not submitted',
  })
  submission!: SubmissionSummaryDto | null;

  static from(
    report: PeriodicReport,
    dueOn: string,
    newest: PeriodicReportSubmission | undefined,
  ): PeriodicReportDto {
    const base = `/api/v1/reports/periodic/${report.id}`;
    return {
      id: report.id,
      year: report.year,
      term: report.term,
      provinceCode: report.provinceCode,
      communeCode: report.communeCode,
      state: report.state,
      requestedBy: report.requestedBy,
      requestedAt: report.requestedAt.toISOString(),
      generatedAt: report.generatedAt?.toISOString() ?? null,
      asOf: report.asOf,
      links: report.state === 'ready' ? { xlsx: `${base}.xlsx`, pdf: `${base}.pdf` } : null,
      dueOn,
      submission: newest
        ? {
            version: newest.version,
            submittedAt: newest.submittedAt.toISOString(),
            submittedByName: newest.submittedByName,
            late: newest.late,
            current: newest.generatedAt.getTime() === report.generatedAt?.getTime(),
          }
        : null,
    };
  }
}

export class PeriodicReportPageDto {
  @ApiProperty({ type: [PeriodicReportDto] }) items!: PeriodicReportDto[];
  @ApiProperty({ type: String, nullable: true }) nextCursor!: string | null;
}

/** The lists for action: children to reach, from the registry and the cases. */
export const ACTION_LISTS = [
  'special-circumstances',
  'abused',
  'injured-in-accidents',
  'at-risk-of-dropout',
] as const;
export type ActionList = (typeof ACTION_LISTS)[number];

/** `year`: for `abused`, the year of the reports. */
export class ActionListQuery extends IntersectionType(
  PageQuery,
  ReportAreaQuery,
  YearAndFormatQuery,
) {
  @ApiPropertyOptional({
    example: 'a',
    description: 'special-circumstances: one group (or sub-group) instead of all',
  })
  @IsOptional()
  @IsString()
  @MaxLength(20)
  group?: string;
}
