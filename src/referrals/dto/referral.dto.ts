import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
} from 'class-validator';
import { IsCalendarDate } from '../../common/fields.js';
import { PageQuery } from '../../common/pagination.js';
import { Text, TextList, toBoolean } from '../../common/text.js';
import { PLAN_ACTION_ID } from '../../cases/plan-actions.js';
import { URGENCIES, type Urgency } from '../referral-due.js';
import { SHAREABLE_FIELDS, type ShareableField } from '../referral-sharing.js';
import {
  REFERRAL_ACTIONS,
  REFERRAL_STATUSES,
  type ReferralAction,
  type ReferralStatus,
} from '../referral-workflow.js';
import { codeList } from '../../common/openapi.js';

export class CreateReferralDto {
  @ApiProperty({
    description: 'The receiving organisation (police unit, health facility, school…)',
  })
  @IsUUID()
  toOrganizationId!: string;

  @ApiProperty({ example: 'medical_care', ...codeList('service-types') })
  @IsString()
  @Matches(/^[a-z_]{1,40}$/)
  serviceType!: string;

  @ApiProperty({ enum: URGENCIES, ...codeList('referral-urgencies') })
  @IsIn(URGENCIES)
  urgency!: Urgency;

  @ApiProperty({ description: 'Why the child needs the service; shared with the receiving side' })
  @Text(4000)
  reason!: string;

  @ApiPropertyOptional({
    enum: SHAREABLE_FIELDS,
    isArray: true,
    description:
      'Beyond the children’s names, ages, sexes and communes and the case code, only these are shared',
  })
  @IsOptional()
  @IsArray()
  @ArrayUnique()
  @IsIn(SHAREABLE_FIELDS, { each: true })
  sharedFields?: ShareableField[];

  @ApiPropertyOptional({
    example: '1234-1',
    description:
      'The plan action the referral is made for (GET /cases/:id/plan/actions), still open: ' +
      'its completion marks the action done',
  })
  @IsOptional()
  @Matches(PLAN_ACTION_ID)
  planActionId?: string;
}

export class AcceptReferralDto {
  @ApiPropertyOptional({
    description: 'Who handles it: staff of the receiving organisation; default the caller',
  })
  @IsOptional()
  @IsUUID()
  assigneeId?: string;
}

export class ReferralReasonDto {
  @ApiProperty()
  @Text(2000)
  reason!: string;
}

export class CompleteReferralDto {
  @ApiProperty({ description: 'What was done and how the child is: reported back to the case' })
  @Text(4000)
  outcome!: string;

  @ApiPropertyOptional({ type: [String], example: ['Khám và điều trị vết thương'] })
  @IsOptional()
  @TextList(0, 30)
  servicesDelivered?: string[];
}

export class ReferralQuery extends PageQuery {
  @ApiPropertyOptional({ enum: REFERRAL_STATUSES })
  @IsOptional()
  @IsIn(REFERRAL_STATUSES)
  status?: ReferralStatus;

  @ApiPropertyOptional({ enum: URGENCIES })
  @IsOptional()
  @IsIn(URGENCIES)
  urgency?: Urgency;

  @ApiPropertyOptional({ description: 'Only those with a step past due' })
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  overdue?: boolean;
}

export class FiguresQuery {
  @ApiPropertyOptional({ example: '01' })
  @IsOptional()
  @Matches(/^\d{2}$/)
  provinceCode?: string;

  @ApiPropertyOptional({ example: '00004' })
  @IsOptional()
  @Matches(/^\d{5}$/)
  communeCode?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsCalendarDate('Referrals sent on or after this day')
  from?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsCalendarDate('Referrals sent on or before this day')
  to?: string;
}

class OrganizationRefDto {
  @ApiProperty() id!: string;
  @ApiProperty() name!: string;
  @ApiProperty() type!: string;
}

export class ContactDto {
  @ApiProperty() id!: string;
  @ApiProperty() fullName!: string;
  @ApiProperty({ type: String, nullable: true }) phone!: string | null;
  @ApiProperty({ type: String, nullable: true }) email!: string | null;
}

class SharedChildDto {
  @ApiProperty() fullName!: string;
  @ApiProperty({ description: 'Whole years when the referral was sent' }) age!: number;
  @ApiProperty() sex!: string;
  @ApiProperty() communeCode!: string;
  @ApiProperty() communeName!: string;
}

class ReferralFromDto {
  @ApiProperty({ type: OrganizationRefDto }) organization!: OrganizationRefDto;
  @ApiProperty({ type: ContactDto }) worker!: ContactDto;
}

class ReferralToDto {
  @ApiProperty({ type: OrganizationRefDto }) organization!: OrganizationRefDto;
}

export class ReferralDto {
  @ApiProperty() id!: string;
  @ApiProperty({
    enum: ['sending', 'receiving'],
    description: 'receiving: only what was shared; sending: the whole referral',
  })
  view!: 'sending' | 'receiving';
  @ApiProperty({ type: String, nullable: true, description: 'Sending side only' })
  caseId!: string | null;
  @ApiProperty() caseCode!: string;
  @ApiProperty({ enum: REFERRAL_STATUSES }) status!: ReferralStatus;
  @ApiProperty({ enum: URGENCIES }) urgency!: Urgency;
  @ApiProperty() serviceType!: string;
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'The plan action it was made for; sending side only',
  })
  planActionId!: string | null;
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Null on the receiving side once declined or cancelled',
  })
  reason!: string | null;
  @ApiProperty({ enum: SHAREABLE_FIELDS, isArray: true }) sharedFields!: ShareableField[];
  @ApiProperty({
    type: [SharedChildDto],
    description: 'With the shared child fields; empty once declined or cancelled',
  })
  children!: Record<string, unknown>[];
  @ApiProperty({ type: 'object', additionalProperties: true, description: 'Shared case fields' })
  case!: Record<string, unknown>;
  @ApiProperty({ type: () => ReferralFromDto })
  from!: { organization: OrganizationRefDto; worker: ContactDto };
  @ApiProperty({ type: () => ReferralToDto })
  to!: { organization: OrganizationRefDto };
  @ApiProperty({ type: ContactDto, nullable: true }) assignee!: ContactDto | null;
  @ApiProperty() sentAt!: string;
  @ApiProperty() acknowledgeDueAt!: string;
  @ApiProperty() acceptDueAt!: string;
  @ApiProperty({ type: String, nullable: true, description: 'Set when accepted' })
  completeDueAt!: string | null;
  @ApiProperty({ type: String, nullable: true }) acknowledgedAt!: string | null;
  @ApiProperty({ type: String, nullable: true }) acceptedAt!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'Declined, completed or cancelled' })
  closedAt!: string | null;
  @ApiProperty({ description: 'A step is past due' }) overdue!: boolean;
  @ApiProperty({ type: String, nullable: true }) declineReason!: string | null;
  @ApiProperty({ type: String, nullable: true }) cancelReason!: string | null;
  @ApiProperty({ type: String, nullable: true }) outcome!: string | null;
  @ApiProperty({ type: [String] }) servicesDelivered!: string[];
  @ApiProperty({ enum: REFERRAL_ACTIONS, isArray: true, description: 'For the caller’s side' })
  allowedActions!: ReferralAction[];
  @ApiProperty() version!: number;
}

export class ReferralHandlersDto {
  @ApiProperty({
    type: [ContactDto],
    description: 'Active staff of the caller’s organisation, by name: who may be named assigneeId',
  })
  items!: ContactDto[];
}

export class ReferralPageDto {
  @ApiProperty({ type: [ReferralDto] }) items!: ReferralDto[];
  @ApiProperty({ type: String, nullable: true }) nextCursor!: string | null;
}

class DurationDto {
  @ApiProperty({ description: 'How many referrals took the step' }) count!: number;
  @ApiProperty({ type: Number, nullable: true }) medianHours!: number | null;
  @ApiProperty({ type: Number, nullable: true }) p90Hours!: number | null;
}

export class ReferralFiguresRowDto {
  @ApiProperty({ type: OrganizationRefDto, required: false }) organization?: OrganizationRefDto;
  @ApiProperty({ required: false }) agencyType?: string;
  @ApiProperty() total!: number;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'number' } })
  byStatus!: Record<ReferralStatus, number>;
  @ApiProperty() toAcknowledge!: DurationDto;
  @ApiProperty() toAccept!: DurationDto;
  @ApiProperty() toComplete!: DurationDto;
  @ApiProperty({ description: 'Referrals with a step past due now or taken late' })
  overdue!: number;
  @ApiProperty({ description: 'overdue / total (0..1)' }) overdueShare!: number;
}

export class ReferralFiguresDto {
  @ApiProperty() asOf!: string;
  @ApiProperty({ type: [ReferralFiguresRowDto] }) byOrganization!: ReferralFiguresRowDto[];
  @ApiProperty({ type: [ReferralFiguresRowDto] }) byAgencyType!: ReferralFiguresRowDto[];
}
