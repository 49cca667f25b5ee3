import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional, OmitType } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { CreateChildDto } from '../../children/dto/child.dto.js';
import { PageQuery } from '../../common/pagination.js';
import { IsCalendarDate, IsDueTime, IsInstant } from '../../common/fields.js';
import { Text, TextList, toBoolean } from '../../common/text.js';
import {
  CASE_ACTIONS,
  CASE_STATUSES,
  type CaseAction,
  type CaseStatus,
  PLAN_ACTION_STATUSES,
  type PlanActionStatus,
  PROTECTION_LEVELS,
  type ProtectionLevel,
} from '../case-workflow.js';
import {
  CASE_CHANNELS,
  CASE_SOURCES,
  type CaseChannel,
  type CaseSource,
} from '../entities/case.entity.js';
import { CASE_DEADLINE_KINDS, type DeadlineKind } from '../deadlines.js';
import { TRANSFER_STATUSES, type TransferStatus } from '../case-transfer.js';
import { DOB_PRECISIONS, type DobPrecision } from '../../children/entities/child.entity.js';
import { NOTE_VISIBILITIES, type NoteVisibility } from '../entities/case-note.entity.js';
import { codeList, PERSON } from '../../common/openapi.js';

const RATINGS = ['high', 'medium', 'low'] as const; // cao, trung bình, thấp
type Rating = (typeof RATINGS)[number];
const REVIEW_OUTCOMES = ['continue', 'new_plan', 'propose_closure'] as const;

/** Where the harm happened (reference list abuse-settings: family, school, community, online). */
function AbuseSettings(description: string) {
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

/** A change of the protection level at an assessing step; its reason goes in `levelReason`. */
function LevelChange() {
  return applyDecorators(
    ApiPropertyOptional({
      enum: PROTECTION_LEVELS,
      description:
        'A change of level, if any, with levelReason. prevention: no plan (Law on Children art. 48, 52)',
    }),
    IsOptional(),
    IsIn(PROTECTION_LEVELS),
  );
}

function LevelReason() {
  return applyDecorators(
    ApiPropertyOptional({
      description: 'Why the level changes: required when it does (encrypted at rest)',
    }),
    IsOptional(),
    Text(2000),
  );
}

function AbuseConfirmed() {
  return applyDecorators(
    ApiPropertyOptional({
      description:
        'The reported abuse is confirmed (trẻ em bị xâm hại): the case is at intervention level',
    }),
    IsOptional(),
    IsBoolean(),
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

/**
 * Per criterion of Mẫu 02 and Mẫu 06: high, medium or low; the forms have no score. Mẫu 06 rates
 * the harm (1.a: harm, abuserAccess, careEnvironment; high is bad) apart from the child's capacity
 * to protect themself and recover (1.b: selfProtection; high is good), and the forms print them
 * in two tables.
 */
export class RatingsDto {
  @ApiProperty({ enum: RATINGS, description: 'Severity of harm' }) @IsIn(RATINGS) harm!: Rating;
  @ApiProperty({ enum: RATINGS, description: 'The abuser’s access to the child' })
  @IsIn(RATINGS)
  abuserAccess!: Rating;

  @ApiProperty({ enum: RATINGS, description: 'Obstacles to safety in the care environment' })
  @IsIn(RATINGS)
  careEnvironment!: Rating;

  @ApiProperty({
    enum: RATINGS,
    description: 'The child’s capacity to protect themself and recover: high is good (Mẫu 06, 1.b)',
  })
  @IsIn(RATINGS)
  selfProtection!: Rating;
}

/** Mẫu 02. */
export class InitialAssessmentDto {
  @ApiProperty({ type: RatingsDto })
  @IsObject()
  @ValidateNested()
  @Type(() => RatingsDto)
  ratings!: RatingsDto;

  @ApiProperty() @IsBoolean() immediateDanger!: boolean;

  @ApiProperty({
    enum: PROTECTION_LEVELS,
    description: 'intervention when abuseConfirmed (Law on Children art. 50)',
  })
  @IsIn(PROTECTION_LEVELS)
  level!: ProtectionLevel;

  @AbuseConfirmed()
  abuseConfirmed?: boolean;

  @AbuseSettings('Where the harm happened, as the assessment found it; replaces the intake’s')
  settings?: string[];

  @ApiPropertyOptional({ type: [String], description: 'Emergency measures already taken' })
  @IsOptional()
  @TextList()
  emergencyMeasures?: string[];

  @ApiPropertyOptional() @IsOptional() @Text() notes?: string;
}

/**
 * A social worker's proposal of a temporary isolation, made with the emergency measures: it
 * starts nothing; the commune's chair is told, and decides (POST /cases/:id/isolation).
 */
export class IsolationProposalDto {
  @ApiProperty({
    example: 'Người cha, ông Nguyễn Văn B',
    description: 'From whom or what the child would be isolated (encrypted at rest)',
  })
  @Text(500)
  isolatedFrom!: string;

  @ApiProperty({ description: 'Where the child would stay (encrypted at rest)' })
  @Text(500)
  placement!: string;

  @ApiProperty({ description: 'Why (encrypted at rest)' }) @Text(2000) reason!: string;
}

export class EmergencyMeasuresDto {
  @ApiProperty({ type: [String] }) @TextList(1) measures!: string[];

  @ApiPropertyOptional({
    type: IsolationProposalDto,
    description:
      'A temporary isolation proposed to the commune chair, who decides it: the chair is notified',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => IsolationProposalDto)
  isolation?: IsolationProposalDto;
}

/**
 * The commune chair's decision on a temporary isolation (quyết định tạm thời cách ly, Decree
 * 56/2017 art. 32), taken in a session signed in with the second factor.
 */
export class IsolationDecisionDto {
  @ApiProperty({ example: '15/QĐ-UBND', description: 'Số quyết định, as issued' })
  @Text(50)
  decisionNumber!: string;

  @IsCalendarDate('The decision’s date (not in the future)')
  decidedOn!: string;

  @ApiProperty()
  @IsInstant('When the isolation starts (at the earliest when the report was received)')
  startsAt!: string;

  @ApiProperty({
    minimum: 1,
    maximum: 15,
    description:
      'How many days it lasts: 15 at most (Decree 56/2017 art. 32); more is refused naming the rule',
  })
  @IsInt()
  @Min(1)
  days!: number;

  @ApiProperty({ description: 'Where the child stays: the safe place (encrypted at rest)' })
  @Text(500)
  placement!: string;

  @ApiProperty({
    example: 'Người cha, ông Nguyễn Văn B',
    description: 'From whom or what the child is isolated (encrypted at rest)',
  })
  @Text(500)
  isolatedFrom!: string;

  @ApiPropertyOptional({
    type: [String],
    description:
      'The legal bases the decision cites (Căn cứ …), one a line. Default: the Law on Children ' +
      '2016 (art. 50.2.b, 52.3) and Decree 56/2017 (art. 26.3, 32)',
  })
  @IsOptional()
  @TextList(1, 10)
  legalBases?: string[];

  @ApiPropertyOptional({
    type: [String],
    description: 'The children of the case it isolates. Default: every child of the case',
  })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @IsUUID('all', { each: true })
  childIds?: string[];

  @ApiProperty({ description: 'Why (encrypted at rest)' }) @Text(2000) reason!: string;
}

/** An extension by the commune chair, with the second factor; moves the isolation's deadline. */
export class IsolationExtendDto {
  @ApiProperty()
  @IsDueTime('The new end, later than the current one')
  until!: string;

  @ApiProperty({ description: 'Why (encrypted at rest)' })
  @Text(2000)
  reason!: string;

  @ApiPropertyOptional({
    example: 'Công văn số 123/CAP-ĐTTH ngày 05/12/2026 đề nghị tiếp tục cách ly',
    description:
      'The legal ground for continuing past 15 days in all: required then (Decree 56/2017 art. 32)',
  })
  @IsOptional()
  @Text(500)
  legalGround?: string;

  @ApiPropertyOptional({
    example: 'Công an phường Ba Đình',
    description:
      'The competent authority requiring the isolation to continue (the police, a court): ' +
      'required past 15 days in all',
  })
  @IsOptional()
  @Text(300)
  requestingAuthority?: string;
}

export class IsolationEndDto {
  @ApiPropertyOptional() @IsOptional() @IsInstant('Default: now') endedAt?: string;
  @ApiPropertyOptional() @IsOptional() @Text(2000) notes?: string;
}

export class CaseMeetingParticipantDto {
  @ApiProperty({ example: 'Trần Văn Bình' }) @Text(200) fullName!: string;

  @ApiPropertyOptional({
    example: 'Công an phường Ba Đình',
    description: 'Their agency or organisation; none for the family',
  })
  @IsOptional()
  @Text(300)
  organization?: string;

  @ApiProperty({
    example: 'cán bộ điều tra',
    description: 'Their role: an office, or “mẹ của trẻ”',
  })
  @Text(200)
  role!: string;
}

/** The minutes of the case meeting (họp xác định nhu cầu hỗ trợ, can thiệp, Decree 56 art. 27.2). */
export class ConferenceDto {
  @ApiProperty() @IsInstant('When the meeting was held') heldAt!: string;

  @ApiPropertyOptional({ example: 'Trụ sở UBND phường' }) @IsOptional() @Text(500) place?: string;

  @ApiProperty({ type: [CaseMeetingParticipantDto], description: 'Who took part' })
  @IsArray()
  @ArrayMinSize(2)
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => CaseMeetingParticipantDto)
  participants!: CaseMeetingParticipantDto[];

  @ApiPropertyOptional({ description: 'What was discussed' })
  @IsOptional()
  @Text()
  minutes?: string;

  @ApiProperty({
    type: [String],
    description: 'What was agreed: the child’s needs, the help, who does what',
  })
  @TextList(1)
  agreed!: string[];
}

/** A child heard at the assessment (Law on Children art. 34): required from the age of 7. */
export class ChildViewsDto {
  @ApiProperty({ description: 'One of the case’s childIds' }) @IsUUID() childId!: string;

  @ApiProperty({ description: 'The child was heard' }) @IsBoolean() heard!: boolean;

  @ApiPropertyOptional({ description: 'What the child said (required when heard)' })
  @ValidateIf((o: ChildViewsDto) => o.heard === true || o.views !== undefined)
  @Text()
  views?: string;

  @ApiPropertyOptional({ description: 'Why the child could not be heard (required when not)' })
  @ValidateIf((o: ChildViewsDto) => o.heard === false || o.reason !== undefined)
  @Text(2000)
  reason?: string;
}

/** Mẫu 03 (+ the case conference's minutes). */
export class AssessmentDto {
  @ApiProperty() @Text() childSituation!: string;
  @ApiProperty() @Text() familySituation!: string;
  @ApiProperty({ type: [String] }) @TextList() needs!: string[];

  @ApiPropertyOptional({
    type: ConferenceDto,
    description:
      'The case meeting’s minutes: a plan is submitted only when the latest assessment has them ' +
      '(record the assessment again, in planning, once the meeting was held)',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => ConferenceDto)
  conference?: ConferenceDto;

  @ApiPropertyOptional({
    type: [ChildViewsDto],
    description: 'Each child aged 7 or more on the day: heard, and what the child said',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => ChildViewsDto)
  childViews?: ChildViewsDto[];

  @LevelChange()
  level?: ProtectionLevel;

  @LevelReason()
  levelReason?: string;

  @AbuseConfirmed()
  abuseConfirmed?: boolean;
}

export class PlanActionDto {
  @ApiProperty() @Text(2000) description!: string;

  @ApiPropertyOptional(codeList('service-types'))
  @IsOptional()
  @IsString()
  @MaxLength(40)
  serviceType?: string;

  @ApiPropertyOptional({
    description: 'The organisation responsible, when it is in the system (or organizationName)',
  })
  @IsOptional()
  @IsUUID()
  organizationId?: string;

  @ApiPropertyOptional({
    example: 'Trường Tiểu học Kim Đồng',
    description: 'The organisation responsible, when it is not in the system (or the family)',
  })
  @IsOptional()
  @Text(300)
  organizationName?: string;

  @ApiProperty({ example: 'Cô Lê Thị Mai, giáo viên chủ nhiệm', description: 'Who answers for it' })
  @Text(300)
  responsiblePerson!: string;

  @ApiProperty() @IsDueTime('When it is due') dueAt!: string;
}

/** A child's say on the plan: from the age of 7, whether the child agrees. */
export class ChildConsentDto {
  @ApiProperty({ description: 'One of the case’s childIds' }) @IsUUID() childId!: string;

  @ApiProperty({
    description:
      'The child agrees with the plan and with their information going to the organisations ' +
      'that carry it out',
  })
  @IsBoolean()
  agrees!: boolean;

  @ApiPropertyOptional({ description: 'What the child said about the plan' })
  @IsOptional()
  @Text()
  views?: string;
}

/**
 * The say of a child's parent or guardian on the plan: asked (who, agrees or not, what they said),
 * or why they could not be asked (the person harming the child, not found).
 */
export class RepresentativeConsentDto {
  @ApiProperty({ description: 'One of the case’s childIds' }) @IsUUID() childId!: string;

  @ApiProperty({ description: 'The parent or guardian was asked' }) @IsBoolean() asked!: boolean;

  @ApiPropertyOptional({ example: 'Nguyễn Thị Hoa', description: 'Who (required when asked)' })
  @ValidateIf((o: RepresentativeConsentDto) => o.asked === true || o.fullName !== undefined)
  @Text(200)
  fullName?: string;

  @ApiPropertyOptional({ example: 'Mẹ', description: 'Their relation to the child (when asked)' })
  @ValidateIf((o: RepresentativeConsentDto) => o.asked === true || o.relationship !== undefined)
  @Text(100)
  relationship?: string;

  @ApiPropertyOptional({
    description:
      'They agree with the plan and with the child’s information going to the organisations ' +
      'that carry it out (required when asked)',
  })
  @ValidateIf((o: RepresentativeConsentDto) => o.asked === true || o.agrees !== undefined)
  @IsBoolean()
  agrees?: boolean;

  @ApiPropertyOptional({ description: 'What they said about the plan' })
  @IsOptional()
  @Text()
  views?: string;

  @ApiPropertyOptional({ description: 'Why they could not be asked (required when not)' })
  @ValidateIf((o: RepresentativeConsentDto) => o.asked === false || o.reason !== undefined)
  @Text(2000)
  reason?: string;
}

/** Mẫu 04. */
export class PlanDto {
  @ApiProperty({ type: [String] }) @TextList(1) goals!: string[];

  @ApiProperty({ type: [PlanActionDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => PlanActionDto)
  actions!: PlanActionDto[];

  @ApiProperty()
  @IsDueTime('When the plan is first reviewed (Mẫu 06)')
  reviewAt!: string;

  @ApiPropertyOptional({
    type: [ChildConsentDto],
    description: 'Each child aged 7 or more on the day: agrees or not, and what the child said',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => ChildConsentDto)
  childConsents?: ChildConsentDto[];

  @ApiPropertyOptional({
    type: [RepresentativeConsentDto],
    description:
      'Each child of the case: their parent or guardian asked (agrees or not), or why not ' +
      '(required for every child)',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => RepresentativeConsentDto)
  representativeConsents?: RepresentativeConsentDto[];
}

/** The statuses a worker moves an action to: it starts planned. */
const ACTION_MOVES = PLAN_ACTION_STATUSES.filter((s) => s !== 'planned');

export class PlanActionStatusDto {
  @ApiProperty({ enum: ACTION_MOVES }) @IsIn(ACTION_MOVES) status!: PlanActionStatus;

  @ApiPropertyOptional({ description: 'Why it was not done: with not_done, and only with it' })
  @IsOptional()
  @Text(2000)
  reason?: string;
}

class PlanActionOrganizationDto {
  @ApiProperty({ type: String, nullable: true, description: 'null: not in the system' })
  id!: string | null;
  @ApiProperty() name!: string;
}

/** An action of the current plan (Mẫu 04) as it stands. */
export class CasePlanActionDto {
  @ApiProperty({ example: '1234-1', description: 'The plan’s step and the action’s number' })
  id!: string;
  @ApiProperty({ description: 'Its number in the plan, from 1' }) number!: number;
  @ApiProperty() description!: string;
  @ApiProperty({ type: String, nullable: true, ...codeList('service-types') })
  serviceType!: string | null;
  @ApiProperty({ type: PlanActionOrganizationDto, nullable: true })
  organization!: PlanActionOrganizationDto | null;
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'null in plans submitted before it was asked for',
  })
  responsiblePerson!: string | null;
  @ApiProperty() dueAt!: string;
  @ApiProperty({ enum: PLAN_ACTION_STATUSES }) status!: PlanActionStatus;
  @ApiProperty({ type: String, nullable: true, description: 'When it last changed' })
  statusAt!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'Why it was not done' })
  reason!: string | null;
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'The referral whose completion marked it done',
  })
  referralId!: string | null;
  @ApiProperty({
    type: String,
    nullable: true,
    description:
      'A referral made for it and not yet ended (completed, declined or cancelled): no other ' +
      'can be made for it meanwhile',
  })
  openReferralId!: string | null;
  @ApiProperty({ description: 'Not done or in progress past its due time while the plan runs' })
  overdue!: boolean;
  @ApiProperty({ enum: PLAN_ACTION_STATUSES, isArray: true, description: 'Where it can go' })
  allowedStatuses!: PlanActionStatus[];
}

export class ApprovalDto {
  @ApiPropertyOptional({ description: 'The decision’s grounds or conditions' })
  @IsOptional()
  @Text(2000)
  reason?: string;
}

/** The commune chair's decision approving the plan (Mẫu 05, Decree 56/2017 art. 28.3). */
export class PlanApprovalDto extends ApprovalDto {
  @ApiProperty({
    example: '15/QĐ-UBND',
    description: 'The decision’s number (số quyết định), as the commune’s register gives it',
  })
  @Text(50)
  decisionNumber!: string;

  @ApiPropertyOptional({
    type: [String],
    example: ['Luật Trẻ em ngày 05 tháng 4 năm 2016'],
    description:
      'The legal bases (căn cứ), each printed as “Căn cứ …;”. Default: the Law on Children ' +
      '2016, Decree 56/2017/NĐ-CP and the law on the organisation of local government in force ' +
      'on the day',
  })
  @IsOptional()
  @TextList(1, 10)
  legalBases?: string[];
}

export class ReasonDto {
  @ApiProperty() @Text(2000) reason!: string;
}

/** Decree 56/2017 art. 30.1.b: is the child safe and stable? Each review records it. */
export class ClosureCriteriaDto {
  @ApiProperty({ description: 'No longer at risk of abuse' }) @IsBoolean() noLongerAtRisk!: boolean;
  @ApiProperty({ description: 'Physically stable' }) @IsBoolean() physicallyStable!: boolean;
  @ApiProperty({ description: 'Psychologically stable' })
  @IsBoolean()
  psychologicallyStable!: boolean;
  @ApiProperty({ description: 'Cognitively stable' }) @IsBoolean() cognitivelyStable!: boolean;
  @ApiProperty({ description: 'Emotionally stable' }) @IsBoolean() emotionallyStable!: boolean;
}

/** Mẫu 06. */
export class ReviewDto {
  @ApiProperty({ type: RatingsDto })
  @IsObject()
  @ValidateNested()
  @Type(() => RatingsDto)
  ratings!: RatingsDto;

  @ApiProperty({
    type: ClosureCriteriaDto,
    description: 'propose_closure only when every criterion is met',
  })
  @IsObject()
  @ValidateNested()
  @Type(() => ClosureCriteriaDto)
  criteria!: ClosureCriteriaDto;

  @ApiProperty({ enum: REVIEW_OUTCOMES })
  @IsIn(REVIEW_OUTCOMES)
  outcome!: (typeof REVIEW_OUTCOMES)[number];

  @ApiProperty() @Text() notes!: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsDueTime('outcome continue: the next review (default: 30 days on)')
  nextReviewAt?: string;

  @LevelChange()
  level?: ProtectionLevel;

  @LevelReason()
  levelReason?: string;
}

export class AssignDto {
  @ApiProperty({ description: 'A social worker of the case’s commune' }) @IsUUID() userId!: string;
}

export class CreateNoteDto {
  @ApiProperty() @Text() text!: string;

  @ApiPropertyOptional({
    enum: NOTE_VISIBILITIES,
    default: 'case_team',
    description: 'restricted: the assigned worker, the approvers and the author only',
  })
  @IsOptional()
  @IsIn(NOTE_VISIBILITIES)
  visibility?: NoteVisibility;
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

export class IsolationDecisionSummaryDto {
  @ApiProperty({ example: '15/QĐ-UBND' }) number!: string;
  @ApiProperty({ format: 'date' }) decidedOn!: string;
  @ApiProperty({ description: 'The commune chair who decided (a user id)' }) decidedBy!: string;
  @ApiProperty({ type: [String], description: 'The children it isolates' }) childIds!: string[];
}

export class IsolationStateDto {
  @ApiProperty() startedAt!: string;
  @ApiProperty({ description: 'The end decided, as extended' }) endsAt!: string;
  @ApiProperty({ description: 'Days from the start to that end, extensions included' })
  days!: number;
  @ApiProperty({ type: String, nullable: true }) endedAt!: string | null;
  @ApiProperty({
    type: IsolationDecisionSummaryDto,
    nullable: true,
    description:
      'The commune chair’s decision (printed at GET /cases/:id/isolation/decision). null: an ' +
      'isolation a social worker recorded before the chair’s decision was required, kept as it ' +
      'was recorded (no decision to print)',
  })
  decision!: IsolationDecisionSummaryDto | null;
}

/** A commune a transfer leaves or reaches. */
export class TransferPlaceDto {
  @ApiProperty({ example: '01' }) provinceCode!: string;
  @ApiProperty({ example: '00004' }) communeCode!: string;
  @ApiProperty({ example: 'Phường Ba Đình' }) communeName!: string;
}

/** Handing a case over to another commune (Law on Children art. 52). */
export class CreateTransferDto {
  @ApiProperty({
    example: '25747',
    description: 'The receiving commune: a current commune of any province, where the child lives',
  })
  @Matches(/^\d{5}$/)
  toCommuneCode!: string;

  @ApiProperty({
    example: 'Gia đình trẻ đã chuyển về sinh sống tại phường Thủ Dầu Một.',
    description: 'Why the case goes there, e.g. the child lives there (encrypted at rest)',
  })
  @Text(2000)
  reason!: string;

  @ApiPropertyOptional({ description: 'For the receiving commune (encrypted at rest)' })
  @IsOptional()
  @Text(2000)
  note?: string;
}

export class CaseTransferDto {
  @ApiProperty() id!: string;
  @ApiProperty() caseId!: string;
  @ApiProperty({ example: 'BVTE-00004-2026-0001' }) caseCode!: string;
  @ApiProperty({ enum: TRANSFER_STATUSES }) status!: TransferStatus;
  @ApiProperty({ type: TransferPlaceDto, description: 'The commune handing the case over' })
  from!: TransferPlaceDto;
  @ApiProperty({ type: TransferPlaceDto, description: 'The receiving commune' })
  to!: TransferPlaceDto;
  @ApiProperty() reason!: string;
  @ApiProperty({ type: String, nullable: true, description: 'For the receiver' })
  note!: string | null;
  @ApiProperty(PERSON) requestedBy!: { id: string; fullName: string };
  @ApiProperty() requestedAt!: string;
  @ApiProperty({
    description: 'Who accepted, declined or cancelled it',
    nullable: true,
    type: 'object',
    properties: PERSON.properties,
  })
  decidedBy!: { id: string; fullName: string } | null;
  @ApiProperty({ type: String, nullable: true }) decidedAt!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'Why it was declined or cancelled' })
  decisionReason!: string | null;
}

export class TransferChildDto {
  @ApiProperty() id!: string;
  @ApiProperty() fullName!: string;
  @ApiProperty() dateOfBirth!: string;
  @ApiProperty({ enum: DOB_PRECISIONS }) dobPrecision!: DobPrecision;
}

/** What the receiving commune decides on: the case's level, status and children. */
export class TransferCaseDto {
  @ApiProperty({ enum: PROTECTION_LEVELS, nullable: true }) level!: ProtectionLevel | null;
  @ApiProperty({ enum: CASE_STATUSES }) status!: CaseStatus;
  @ApiProperty({ type: [TransferChildDto] }) children!: TransferChildDto[];
}

export class TransferListItemDto extends CaseTransferDto {
  @ApiProperty({
    type: TransferCaseDto,
    nullable: true,
    description: 'While the transfer is pending: what there is to decide on; null once decided',
  })
  case!: TransferCaseDto | null;
}

export class TransferPageDto {
  @ApiProperty({ type: [TransferListItemDto] }) items!: TransferListItemDto[];
  @ApiProperty({ type: String, nullable: true }) nextCursor!: string | null;
}

export class TransferQuery extends PageQuery {
  @ApiProperty({
    enum: ['incoming', 'outgoing'],
    description: 'incoming: to a commune in your areas; outgoing: from one',
  })
  @IsIn(['incoming', 'outgoing'])
  direction!: 'incoming' | 'outgoing';

  @ApiPropertyOptional({ enum: TRANSFER_STATUSES })
  @IsOptional()
  @IsIn(TRANSFER_STATUSES)
  status?: TransferStatus;
}

/** A commune that held the case, from when until when, and how the case reached it. */
export class CaseHoldingDto {
  @ApiProperty() provinceCode!: string;
  @ApiProperty() communeCode!: string;
  @ApiProperty() communeName!: string;
  @ApiProperty({ description: 'The case’s receipt, or when the commune accepted it' })
  heldFrom!: string;
  @ApiProperty({ type: String, nullable: true, description: 'null: the commune holds it' })
  heldUntil!: string | null;
  @ApiProperty({
    description: 'Who handed the case over to this commune; null for the first holder',
    nullable: true,
    type: 'object',
    properties: PERSON.properties,
  })
  handedOverBy!: { id: string; fullName: string } | null;
  @ApiProperty({
    description: 'Who accepted it for this commune; null for the first holder',
    nullable: true,
    type: 'object',
    properties: PERSON.properties,
  })
  acceptedBy!: { id: string; fullName: string } | null;
  @ApiProperty({ type: String, nullable: true, description: 'Why the case came here' })
  reason!: string | null;
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

export class StepDeadlineDto {
  @ApiProperty({ enum: CASE_DEADLINE_KINDS }) kind!: DeadlineKind;
  @ApiProperty() dueAt!: string;
  @ApiProperty() met!: boolean;
}

export class TimelineStepDto {
  @ApiProperty() at!: string;
  @ApiProperty({ example: 'initial-assessment' }) action!: string;
  @ApiProperty({
    description: 'null: the system (a deadline job)',
    nullable: true,
    type: 'object',
    properties: PERSON.properties,
  })
  actor!: { id: string | null; fullName: string | null } | null;
  @ApiProperty({ enum: CASE_STATUSES, nullable: true }) fromStatus!: CaseStatus | null;
  @ApiProperty({ enum: CASE_STATUSES, nullable: true }) toStatus!: CaseStatus | null;
  @ApiProperty({ type: 'object', additionalProperties: true }) facts!: Record<string, unknown>;
  @ApiProperty({
    type: String,
    nullable: true,
    description:
      'Why: the reason given with a change of level, a rejection, a closure, a reopening',
  })
  reason!: string | null;
  @ApiProperty({
    type: IsolationProposalDto,
    nullable: true,
    description: 'Emergency measures proposing a temporary isolation: what the chair decides on',
  })
  isolationProposal!: IsolationProposalDto | null;
  @ApiProperty({ type: [StepDeadlineDto], description: 'The deadlines this step answered' })
  deadlines!: StepDeadlineDto[];
}

export class DeadlineStatusDto {
  @ApiProperty({ enum: CASE_DEADLINE_KINDS }) kind!: DeadlineKind;
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'plan_action: the action (GET /cases/:id/plan/actions)',
  })
  actionId!: string | null;
  @ApiProperty() dueAt!: string;
  @ApiProperty({
    enum: ['open', 'done', 'not_needed', 'not_done'],
    description: 'not_done: a plan action that was not carried out',
  })
  state!: string;
  @ApiProperty({ type: String, nullable: true }) doneAt!: string | null;
  @ApiProperty({ type: Boolean, nullable: true, description: 'null while open and not yet due' })
  met!: boolean | null;
  @ApiProperty({ type: String, nullable: true }) escalatedAt!: string | null;
}

export class TimelineDto {
  @ApiProperty() caseId!: string;
  @ApiProperty({ type: [TimelineStepDto] }) steps!: TimelineStepDto[];
  @ApiProperty({ type: [DeadlineStatusDto] }) deadlines!: DeadlineStatusDto[];
}

export class NoteDto {
  @ApiProperty() id!: string;
  @ApiProperty() text!: string;
  @ApiProperty({ enum: NOTE_VISIBILITIES }) visibility!: NoteVisibility;
  @ApiProperty(PERSON) author!: { id: string; fullName: string };
  @ApiProperty() createdAt!: string;
}
