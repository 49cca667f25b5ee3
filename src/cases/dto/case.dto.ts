/**
 * The case itself: its intake (Mẫu 01), how it reads alone and in a list, its deadlines, and the
 * queries on cases.
 */
import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional, OmitType } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { CreateChildDto } from '../../children/dto/child.dto.js';
import { PageQuery } from '../../common/pagination.js';
import { IsInstant } from '../../common/fields.js';
import { Text, toBoolean } from '../../common/text.js';
import {
  CASE_ACTIONS,
  CASE_STATUSES,
  type CaseAction,
  type CaseStatus,
  PROTECTION_LEVELS,
  type ProtectionLevel,
} from '../case-workflow.js';
import {
  CASE_CHANNELS,
  CASE_SOURCES,
  type CaseChannel,
  type CaseSource,
} from '../entities/case.entity.js';
import { codeList } from '../../common/openapi.js';
import { IsolationStateDto } from './isolation.dto.js';
import { CaseHoldingDto, CaseTransferDto } from './transfer.dto.js';

/** Where the harm happened (reference list abuse-settings: family, school, community, online). */
export function AbuseSettings(description: string) {
  return applyDecorators(
    ApiPropertyOptional({
      type: [String],
      example: ['family'],
      ...codeList('abuse-settings', description),
    }),
    IsOptional(),
    IsArray(),
    ArrayMaxSize(5),
    IsString({ each: true }),
    MaxLength(40, { each: true }),
  );
}

export class CaseLocationDto {
  @ApiProperty({ example: '01' })
  @Matches(/^\d{2}$/)
  provinceCode!: string;

  @ApiProperty({
    example: '00004',
    description: 'The commune where it happened: it takes the case',
  })
  @Matches(/^\d{5}$/)
  communeCode!: string;

  @ApiPropertyOptional({ example: 'Tổ dân phố 5, phố Đội Cấn' })
  @IsOptional()
  @Text(500)
  address?: string;
}

export class ReporterDto {
  @ApiPropertyOptional() @IsOptional() @Text(200) fullName?: string;

  @ApiPropertyOptional({ example: '0912345678' })
  @IsOptional()
  @Matches(/^\+?\d{8,15}$/)
  phone?: string;

  @ApiPropertyOptional({ example: 'hàng xóm' }) @IsOptional() @Text(100) relation?: string;

  @ApiPropertyOptional({ example: 'Số 5 ngõ 12 phố Đội Cấn', description: 'Mẫu 01, A.3: Địa chỉ' })
  @IsOptional()
  @Text(500)
  address?: string;

  @ApiPropertyOptional({ description: 'The reporter asked not to be named' })
  @IsOptional()
  @IsBoolean()
  anonymous?: boolean;
}

/**
 * A parent or guardian as the report names them (Mẫu 01, A.2: họ và tên, tuổi, nghề nghiệp). What
 * the reporter does not know is left out: the form prints a line to fill.
 */
export class IntakeParentDto {
  @ApiPropertyOptional({ example: 'Trần Văn Bình' }) @IsOptional() @Text(200) fullName?: string;

  @ApiPropertyOptional({ example: 38, description: 'Age in years, as the reporter gives it' })
  @IsOptional()
  @IsInt()
  @Min(10)
  @Max(120)
  age?: number;

  @ApiPropertyOptional({
    example: 1988,
    description: 'Year of birth, when known instead of the age',
  })
  @IsOptional()
  @IsInt()
  @Min(1900)
  @Max(2100)
  birthYear?: number;

  @ApiPropertyOptional({ example: 'lái xe' }) @IsOptional() @Text(200) occupation?: string;
}

/** Intake of a report (Mẫu 01). */
export class CreateCaseDto {
  @ApiPropertyOptional({ type: [String], description: 'Children already in the registry' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsUUID('all', { each: true })
  childIds?: string[];

  @ApiPropertyOptional({
    type: [CreateChildDto],
    description:
      'Children not yet in the registry: each becomes a record (sex may be unknown, ' +
      'the date of birth estimated)',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => CreateChildDto)
  newChildren?: CreateChildDto[];

  @ApiPropertyOptional({
    enum: CASE_SOURCES,
    ...codeList(
      'case-sources',
      'Who passed the report on. Required, except from the staff of a receiving point (police, ' +
        'school, health facility), whose organisation sets it',
    ),
  })
  @IsOptional()
  @IsIn(CASE_SOURCES)
  source?: CaseSource;

  @ApiPropertyOptional({ enum: CASE_CHANNELS, ...codeList('case-channels') })
  @IsOptional()
  @IsIn(CASE_CHANNELS)
  channel?: CaseChannel;

  @ApiProperty()
  @IsInstant('When the report was received')
  receivedAt!: string;

  @ApiProperty({ description: 'What was reported (encrypted at rest)' })
  @Text()
  summary!: string;

  @ApiProperty({ type: [String], example: ['violence'], ...codeList('abuse-forms') })
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(40, { each: true })
  concerns!: string[];

  @AbuseSettings('Where it happened')
  settings?: string[];

  @ApiPropertyOptional({
    description:
      'The child is in immediate danger as reported: flagged on the case at once and in the ' +
      'notice to the commune; the initial assessment confirms or clears it',
  })
  @IsOptional()
  @IsBoolean()
  immediateDanger?: boolean;

  @ApiPropertyOptional({
    type: CaseLocationDto,
    description: 'Where it happened; without it, the first child’s commune',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => CaseLocationDto)
  location?: CaseLocationDto;

  @ApiPropertyOptional({ type: ReporterDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => ReporterDto)
  reporter?: ReporterDto;

  // What Mẫu 01 (A.2) asks of the child and the family. Each is optional: a report taken at night
  // may know little, and the form prints a line to fill for what is missing. Encrypted at rest.

  @ApiPropertyOptional({
    description: 'Mẫu 01, A.2: Tình trạng trẻ em (the child’s condition now)',
  })
  @IsOptional()
  @Text(4000)
  childCondition?: string;

  @ApiPropertyOptional({
    description:
      'Mẫu 01, A.2: Phỏng đoán hậu quả xảy ra cho trẻ em nếu không có hỗ trợ, can thiệp ' +
      '(the likely harm without help)',
  })
  @IsOptional()
  @Text(4000)
  likelyHarm?: string;

  @ApiPropertyOptional({ type: IntakeParentDto, description: 'Mẫu 01, A.2: the father' })
  @IsOptional()
  @ValidateNested()
  @Type(() => IntakeParentDto)
  father?: IntakeParentDto;

  @ApiPropertyOptional({ type: IntakeParentDto, description: 'Mẫu 01, A.2: the mother' })
  @IsOptional()
  @ValidateNested()
  @Type(() => IntakeParentDto)
  mother?: IntakeParentDto;

  @ApiPropertyOptional({
    type: IntakeParentDto,
    description: 'A guardian (người giám hộ), when the child has one besides or instead of parents',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => IntakeParentDto)
  guardian?: IntakeParentDto;

  @ApiPropertyOptional({ description: 'Mẫu 01, A.2: Hoàn cảnh gia đình (the family situation)' })
  @IsOptional()
  @Text(4000)
  familySituation?: string;

  @ApiPropertyOptional({
    example: 'Bà ngoại',
    description: 'Mẫu 01, A.2: who cares for the child now (người chăm sóc trẻ em), if known',
  })
  @IsOptional()
  @Text(300)
  caregiver?: string;

  @ApiPropertyOptional({
    description:
      'Mẫu 01, A.2: Những hành động hỗ trợ, can thiệp đã thực hiện đối với trẻ em trước khi nhận ' +
      'được thông tin (actions already taken)',
  })
  @IsOptional()
  @Text(4000)
  actionsTaken?: string;
}

export class CaseQuery extends PageQuery {
  @ApiPropertyOptional({ enum: CASE_STATUSES })
  @IsOptional()
  @IsIn(CASE_STATUSES)
  status?: CaseStatus;

  @ApiPropertyOptional({ enum: PROTECTION_LEVELS })
  @IsOptional()
  @IsIn(PROTECTION_LEVELS)
  level?: ProtectionLevel;

  @ApiPropertyOptional({ description: '`me` or a user id' })
  @IsOptional()
  @Matches(/^(me|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i, {
    message: 'assignedTo must be "me" or a UUID',
  })
  assignedTo?: string;

  @ApiPropertyOptional({ description: 'Only cases with a step past its deadline' })
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  overdue?: boolean;

  @ApiPropertyOptional({
    description:
      'Only cases whose temporary isolation a social worker proposed (emergency-measures with ' +
      '`isolation`) and the chair has not decided yet, none being in progress: the chair’s queue',
  })
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  isolationProposed?: boolean;

  @ApiPropertyOptional() @IsOptional() @Matches(/^\d{5}$/) communeCode?: string;
  @ApiPropertyOptional() @IsOptional() @IsUUID() childId?: string;
}

/** Which child a form is printed for (GET /cases/:id/forms/:form). */
export class CaseFormQuery {
  @ApiPropertyOptional({
    description: 'One of the case’s childIds; default: the first of them',
  })
  @IsOptional()
  @IsUUID()
  childId?: string;
}

export class CaseDeadlinesDto {
  @ApiProperty() initialAssessmentDueAt!: string;
  @ApiProperty() emergencyActionDueAt!: string;
  @ApiProperty({ type: String, nullable: true }) planDueAt!: string | null;
  @ApiProperty({ type: String, nullable: true }) planApprovalDueAt!: string | null;
  @ApiProperty({
    type: Number,
    nullable: true,
    description:
      'While the plan waits for the chair: the working days left before its approval is due (0 on the last day)',
  })
  planApprovalWorkingDaysLeft!: number | null;
  @ApiProperty({ type: String, nullable: true }) isolationEndsAt!: string | null;
  @ApiProperty({ type: String, nullable: true }) reviewDueAt!: string | null;
}

export class CaseDto {
  @ApiProperty() id!: string;
  @ApiProperty({ example: 'BVTE-00004-2026-0001' }) code!: string;
  @ApiProperty({ enum: CASE_STATUSES }) status!: CaseStatus;
  @ApiProperty({ enum: PROTECTION_LEVELS, nullable: true }) level!: ProtectionLevel | null;
  @ApiProperty() version!: number;
  @ApiProperty({ type: [String] }) childIds!: string[];
  @ApiProperty() provinceCode!: string;
  @ApiProperty() communeCode!: string;
  @ApiProperty({ enum: CASE_SOURCES, ...codeList('case-sources') }) source!: CaseSource;
  @ApiProperty({ enum: CASE_CHANNELS, nullable: true, ...codeList('case-channels') })
  channel!: CaseChannel | null;
  @ApiProperty() receivedAt!: string;
  @ApiProperty({ type: [String] }) concerns!: string[];
  @ApiProperty({ type: [String], description: 'abuse-settings' }) settings!: string[];
  @ApiProperty() summary!: string;
  @ApiProperty({ type: CaseLocationDto, nullable: true }) location!: CaseLocationDto | null;
  @ApiProperty({ type: ReporterDto, nullable: true }) reporter!: ReporterDto | null;
  @ApiProperty({ type: String, nullable: true, description: 'Mẫu 01: the child’s condition' })
  childCondition!: string | null;
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Mẫu 01: the likely harm without help',
  })
  likelyHarm!: string | null;
  @ApiProperty({ type: IntakeParentDto, nullable: true }) father!: IntakeParentDto | null;
  @ApiProperty({ type: IntakeParentDto, nullable: true }) mother!: IntakeParentDto | null;
  @ApiProperty({ type: IntakeParentDto, nullable: true }) guardian!: IntakeParentDto | null;
  @ApiProperty({ type: String, nullable: true }) familySituation!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'Who cares for the child now' })
  caregiver!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'Actions taken before the report' })
  actionsTaken!: string | null;
  @ApiProperty({ type: Boolean, nullable: true }) immediateDanger!: boolean | null;
  @ApiProperty({ type: IsolationStateDto, nullable: true }) isolation!: IsolationStateDto | null;
  @ApiProperty({ type: CaseDeadlinesDto }) deadlines!: CaseDeadlinesDto;
  @ApiProperty({ description: 'A step is past its deadline' }) overdue!: boolean;
  @ApiProperty({ type: String, nullable: true }) assignedTo!: string | null;
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'The organisation (receiving point) where the report was recorded',
  })
  receivingOrganizationId!: string | null;
  @ApiProperty({ enum: CASE_ACTIONS, isArray: true }) allowedActions!: CaseAction[];
  @ApiProperty() createdAt!: string;
  @ApiProperty() updatedAt!: string;
  @ApiProperty({ type: String, nullable: true }) closedAt!: string | null;
  @ApiProperty({
    type: String,
    nullable: true,
    description:
      'When its retention policy anonymised the closed case: its report, forms and notes are gone',
  })
  anonymisedAt!: string | null;
  @ApiProperty({
    type: String,
    nullable: true,
    description:
      'For a commune that handed the case over: when. What it reads is the case as it was then, ' +
      'its steps up to then; null for the commune that holds the case',
  })
  heldUntil!: string | null;
  @ApiProperty({ description: 'The caller’s commune handed the case over: it can only read it' })
  readOnly!: boolean;
  @ApiProperty({
    type: CaseTransferDto,
    nullable: true,
    description: 'The transfer waiting for the receiving commune, if any',
  })
  transfer!: CaseTransferDto | null;
  @ApiProperty({ type: [CaseHoldingDto], description: 'The communes that held the case, in order' })
  holdings!: CaseHoldingDto[];
}

/** What a case's report says (Mẫu 01): read with the case, never in a list. */
/** What Mẫu 01 asks beyond the report's narrative, the place and the reporter. */
export const INTAKE_DETAILS = [
  'childCondition',
  'likelyHarm',
  'father',
  'mother',
  'guardian',
  'familySituation',
  'caregiver',
  'actionsTaken',
] as const;

export const REPORT_FIELDS = ['summary', 'location', 'reporter', ...INTAKE_DETAILS] as const;

/** What a case's list leaves out: its report, and the communes that held it. */
export const LIST_OMITS = [...REPORT_FIELDS, 'holdings'] as const;

class CaseChildNameDto {
  @ApiProperty() id!: string;
  @ApiProperty({ example: 'Nguyễn Văn An' }) fullName!: string;
}

/**
 * A case in a list: without the report's narrative, the family, the place, the reporter or its
 * holders; with its children's names, which a list shows.
 */
export class CaseListItemDto extends OmitType(CaseDto, LIST_OMITS) {
  @ApiProperty({ type: [CaseChildNameDto], description: 'The case’s children, as childIds' })
  children!: CaseChildNameDto[];
}

export class CasePageDto {
  @ApiProperty({ type: [CaseListItemDto] }) items!: CaseListItemDto[];
  @ApiProperty({ type: String, nullable: true }) nextCursor!: string | null;
}

/**
 * A report as the receiving point that recorded it sees it afterwards (need-to-know): which case
 * it became, where, and how far that has got; not the case file.
 */
export class ReportedCaseDto {
  @ApiProperty() id!: string;
  @ApiProperty({ example: 'BVTE-00004-2026-0001' }) code!: string;
  @ApiProperty({ enum: CASE_STATUSES }) status!: CaseStatus;
  @ApiProperty({ enum: CASE_SOURCES, ...codeList('case-sources') }) source!: CaseSource;
  @ApiProperty() receivedAt!: string;
  @ApiProperty({ description: 'When it was recorded' }) recordedAt!: string;
  @ApiProperty({ description: 'The province of the commune that handles it' })
  provinceCode!: string;
  @ApiProperty({ description: 'The commune that handles it: where the child lives' })
  communeCode!: string;
}

export class ReportedCasePageDto {
  @ApiProperty({ type: [ReportedCaseDto] }) items!: ReportedCaseDto[];
  @ApiProperty({ type: String, nullable: true }) nextCursor!: string | null;
}
