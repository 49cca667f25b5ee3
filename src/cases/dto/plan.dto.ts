/**
 * The plan of support and intervention (Mẫu 04): its actions, the consents to it, and the chair's
 * decision approving it (Mẫu 05).
 */
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { IsDueTime } from '../../common/fields.js';
import { Text, TextList } from '../../common/text.js';
import { PLAN_ACTION_STATUSES, type PlanActionStatus } from '../case-workflow.js';
import { codeList } from '../../common/openapi.js';
import { ApprovalDto } from './case-steps.dto.js';

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
