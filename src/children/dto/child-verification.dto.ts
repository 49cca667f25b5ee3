import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsOptional,
  IsString,
  Length,
  Matches,
} from 'class-validator';
import { PERSON } from '../../common/openapi.js';
import { PageQuery } from '../../common/pagination.js';
import { toNfc } from '../../common/text.js';
import {
  type ChildVerification,
  type PersonFields,
  VERIFICATION_METHODS,
  VERIFICATION_OUTCOMES,
  type VerificationMethod,
  type VerificationOutcome,
} from '../entities/child-verification.entity.js';
import {
  type Child,
  SEXES,
  type Sex,
  VERIFICATION_STATUSES,
  type VerificationStatus,
} from '../entities/child.entity.js';
import { CHECKED_FIELDS, type CheckedField, differences } from '../population-match.js';

export class PersonFieldsDto implements PersonFields {
  @ApiProperty() fullName!: string;
  @ApiProperty() dateOfBirth!: string;
  @ApiProperty({ enum: SEXES }) sex!: Sex;
  @ApiProperty({ nullable: true, type: String }) personalId!: string | null;
}

/** One check of the record against the population database. */
export class VerificationCheckDto {
  @ApiProperty() id!: string;
  @ApiProperty() checkedAt!: string;
  @ApiProperty({ enum: VERIFICATION_METHODS }) method!: VerificationMethod;
  @ApiProperty({ enum: VERIFICATION_OUTCOMES }) outcome!: VerificationOutcome;
  @ApiProperty({ type: PersonFieldsDto, description: 'Our fields as sent' }) sent!: PersonFields;
  @ApiProperty({
    type: PersonFieldsDto,
    nullable: true,
    description: 'The database’s fields; null: no such person',
  })
  found!: PersonFields | null;
  @ApiProperty({ ...PERSON, description: 'On whose behalf' })
  actor!: { id: string | null; fullName: string | null };

  static from(check: ChildVerification): VerificationCheckDto {
    return {
      id: check.id,
      checkedAt: check.checkedAt.toISOString(),
      method: check.method,
      outcome: check.outcome,
      sent: check.sent,
      found: check.found,
      actor: { id: check.actorId, fullName: check.actorName },
    };
  }
}

/** A field on which the record differs from the database's person. */
export class FieldDifferenceDto {
  @ApiProperty({ enum: CHECKED_FIELDS }) field!: CheckedField;
  @ApiProperty({ nullable: true, type: String }) ours!: string | null;
  @ApiProperty({ nullable: true, type: String }) theirs!: string | null;
}

/** The record's fields now against the database's person of its last check. */
export function fieldDifferences(child: Child, check: ChildVerification): FieldDifferenceDto[] {
  if (!check.found) return [];
  const found = check.found;
  return differences(personOf(child), found).map((field) => ({
    field,
    ours: child[field],
    theirs: found[field],
  }));
}

export function personOf(child: Pick<Child, CheckedField>): PersonFields {
  return {
    fullName: child.fullName,
    dateOfBirth: child.dateOfBirth,
    sex: child.sex,
    personalId: child.personalId,
  };
}

export class ChildVerificationDto {
  @ApiProperty({ enum: VERIFICATION_STATUSES }) status!: VerificationStatus;
  @ApiProperty({
    type: [FieldDifferenceDto],
    description: 'Where the record differs from the last check’s person (none when not found)',
  })
  differences!: FieldDifferenceDto[];
  @ApiProperty({ type: [VerificationCheckDto], description: 'Newest first (the last 50)' })
  checks!: VerificationCheckDto[];
}

export const WORKLIST_STATUSES = ['mismatch', 'not_found', 'disputed'] as const;

export class VerificationWorklistQuery extends PageQuery {
  @ApiProperty({ example: '00004' })
  @Matches(/^\d{5}$/)
  communeCode!: string;

  @ApiPropertyOptional({
    enum: WORKLIST_STATUSES,
    description: 'One state; default: mismatch and not_found (what is left to do)',
  })
  @IsOptional()
  @IsIn(WORKLIST_STATUSES)
  status?: (typeof WORKLIST_STATUSES)[number];
}

export class WorklistChildDto {
  @ApiProperty() id!: string;
  @ApiProperty() version!: number;
  @ApiProperty() fullName!: string;
  @ApiProperty() dateOfBirth!: string;
  @ApiProperty({ enum: SEXES }) sex!: Sex;
  @ApiProperty({ nullable: true, type: String }) personalId!: string | null;
  @ApiProperty({ nullable: true, type: String }) village!: string | null;
  @ApiProperty({ enum: VERIFICATION_STATUSES }) verificationStatus!: VerificationStatus;
}

export class WorklistItemDto {
  @ApiProperty({ type: WorklistChildDto }) child!: WorklistChildDto;
  @ApiProperty({ type: VerificationCheckDto }) check!: VerificationCheckDto;
  @ApiProperty({ type: [FieldDifferenceDto] }) differences!: FieldDifferenceDto[];
}

export class VerificationCountsDto {
  @ApiProperty() unchecked!: number;
  @ApiProperty() verified!: number;
  @ApiProperty() mismatch!: number;
  @ApiProperty() notFound!: number;
  @ApiProperty() disputed!: number;
}

export class VerificationWorklistDto {
  @ApiProperty({ type: [WorklistItemDto] }) items!: WorklistItemDto[];
  @ApiProperty({ nullable: true, type: String }) nextCursor!: string | null;
  @ApiProperty({ type: VerificationCountsDto, description: 'The commune’s records by state' })
  counts!: VerificationCountsDto;
}

export class ResolveVerificationDto {
  @ApiProperty({
    enum: CHECKED_FIELDS,
    isArray: true,
    description: 'The fields to take from the population database (those that differ)',
  })
  @IsArray()
  @ArrayUnique()
  @ArrayMaxSize(CHECKED_FIELDS.length)
  @IsIn(CHECKED_FIELDS, { each: true })
  accept!: CheckedField[];

  @ApiPropertyOptional({
    description:
      'Why the record keeps its own values (required when a difference is not accepted, or the ' +
      'person was not found): kept in the history',
  })
  @IsOptional()
  @Transform(toNfc)
  @IsString()
  @Length(3, 1000)
  note?: string;
}
