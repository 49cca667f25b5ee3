/**
 * The steps taken on a case: the assessments (Mẫu 02, 03), the emergency measures, the reviews
 * (Mẫu 06), an approval, a reason (to close, reject, reopen, decline), and assigning the case.
 */
import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsObject,
  IsOptional,
  IsUUID,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { IsDueTime, IsInstant } from '../../common/fields.js';
import { Text, TextList } from '../../common/text.js';
import { PROTECTION_LEVELS, type ProtectionLevel } from '../case-workflow.js';
import { AbuseSettings } from './case.dto.js';
import { IsolationProposalDto } from './isolation.dto.js';

const RATINGS = ['high', 'medium', 'low'] as const; // cao, trung bình, thấp
type Rating = (typeof RATINGS)[number];
const REVIEW_OUTCOMES = ['continue', 'new_plan', 'propose_closure'] as const;

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

export class ApprovalDto {
  @ApiPropertyOptional({ description: 'The decision’s grounds or conditions' })
  @IsOptional()
  @Text(2000)
  reason?: string;
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
