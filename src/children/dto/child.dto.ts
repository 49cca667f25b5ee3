import { ApiProperty, ApiPropertyOptional, IntersectionType, PartialType } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
  ValidateIf,
} from 'class-validator';
import { IsDateForm } from '../../common/fields.js';
import { PageQuery } from '../../common/pagination.js';
import { toBoolean, toNfc } from '../../common/text.js';
import { ageOn } from '../age.js';
import {
  CAREGIVER_RELATIONS,
  type Caregiver,
  type Child,
  DOB_PRECISIONS,
  type DobPrecision,
  type FlagEntry,
  SEXES,
  type Sex,
  VERIFICATION_STATUSES,
  type VerificationStatus,
} from '../entities/child.entity.js';
import { codeList, PERSON } from '../../common/openapi.js';

export class CaregiverDto implements Caregiver {
  @ApiProperty({ enum: CAREGIVER_RELATIONS, ...codeList('caregiver-relations') })
  @IsIn(CAREGIVER_RELATIONS)
  relation!: Caregiver['relation'];

  @ApiProperty({ example: 'Nguyễn Văn Bình' })
  @Transform(toNfc)
  @IsString()
  @Length(1, 200)
  fullName!: string;

  @ApiPropertyOptional({ example: '001085012345' })
  @IsOptional()
  @Matches(/^\d{12}$/)
  personalId?: string;

  @ApiPropertyOptional({ example: '0912345678' })
  @IsOptional()
  @Matches(/^\+?\d{8,15}$/)
  phone?: string;
}

export class SpecialCircumstanceDto implements FlagEntry {
  @ApiProperty({ example: 'a', ...codeList('special-circumstances', 'A group') })
  @IsString()
  @MaxLength(20)
  code!: string;

  @ApiPropertyOptional({
    example: 'a.1',
    ...codeList('special-circumstances', 'A sub-group of that group'),
  })
  @IsOptional()
  @IsString()
  @MaxLength(20)
  subCode?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsDateForm('Since when')
  since?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsDateForm('When it ended (PATCH the entry with it)')
  until?: string;
}

export class RiskFactorDto implements FlagEntry {
  @ApiProperty({ example: 'domestic_violence', ...codeList('risk-factors') })
  @IsString()
  @MaxLength(40)
  code!: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsDateForm('Since when')
  since?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsDateForm('When it ended (PATCH the entry with it)')
  until?: string;
}

export class CreateChildDto {
  @ApiProperty({ example: 'Nguyễn Văn An' })
  @Transform(toNfc)
  @IsString()
  @Length(1, 200)
  fullName!: string;

  @ApiProperty()
  @IsDateForm(
    'Date of birth. When only the year is known: 1 January of it (2015-01-01) with dobPrecision year',
    {
      constraint: 'dateOfBirth:format',
      message:
        'dateOfBirth must be a date YYYY-MM-DD, e.g. 2015-03-02; when only the year is ' +
        'known, send 1 January of it (2015-01-01) with dobPrecision "year"',
    },
  )
  dateOfBirth!: string;

  @ApiPropertyOptional({ enum: DOB_PRECISIONS, default: 'exact' })
  @IsOptional()
  @IsIn(DOB_PRECISIONS)
  dobPrecision?: DobPrecision;

  @ApiProperty({ enum: SEXES })
  @IsIn(SEXES)
  sex!: Sex;

  @ApiPropertyOptional({ example: '01', ...codeList('ethnicities', 'GSO 1979 codes') })
  @IsOptional()
  @IsString()
  @MaxLength(10)
  ethnicityCode?: string;

  @ApiPropertyOptional({ example: '001215012345' })
  @IsOptional()
  @Matches(/^\d{12}$/, { message: 'personalId must be 12 digits' })
  personalId?: string;

  @ApiProperty({ example: '01' })
  @Matches(/^\d{2}$/)
  provinceCode!: string;

  @ApiProperty({ example: '00004', description: 'A current commune; a pre-2025 code is mapped' })
  @Matches(/^\d{5}$/)
  communeCode!: string;

  @ApiPropertyOptional({ example: 'Tổ dân phố 5' })
  @IsOptional()
  @Transform(toNfc)
  @IsString()
  @MaxLength(200)
  village?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @Transform(toNfc)
  @IsString()
  @MaxLength(500)
  address?: string;

  @ApiPropertyOptional({ type: [CaregiverDto] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  @Type(() => CaregiverDto)
  caregivers?: CaregiverDto[];

  @ApiPropertyOptional({ type: [SpecialCircumstanceDto] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(30)
  @ValidateNested({ each: true })
  @Type(() => SpecialCircumstanceDto)
  specialCircumstances?: SpecialCircumstanceDto[];

  @ApiPropertyOptional({ type: [RiskFactorDto] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(30)
  @ValidateNested({ each: true })
  @Type(() => RiskFactorDto)
  riskFactors?: RiskFactorDto[];

  @ApiPropertyOptional({ example: 'in_school', ...codeList('school-statuses') })
  @IsOptional()
  @IsString()
  @MaxLength(30)
  schoolStatus?: string;

  @ApiPropertyOptional({ description: 'The kind of disability, when there is one' })
  @IsOptional()
  @Transform(toNfc)
  @IsString()
  @MaxLength(500)
  disability?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @Transform(toNfc)
  @IsString()
  @MaxLength(4000)
  notes?: string;
}

/**
 * Any subset of the fields; a list given replaces the list stored. An optional field may be
 * cleared with null; one every record has may be left out but not nulled (IsOptional's null would
 * skip its checks).
 */
export class UpdateChildDto extends PartialType(CreateChildDto, { skipNullProperties: false }) {
  @ApiPropertyOptional({
    description:
      'Why a field the population database verified (name, date of birth, sex, personal ID) ' +
      'changes: required for such a change, kept in the history',
  })
  @IsOptional()
  @Transform(toNfc)
  @IsString()
  @Length(3, 1000)
  reason?: string;
}

const toInt = ({ value }: { value: unknown }) => (value === undefined ? undefined : Number(value));

/** The filters of the list and the export. */
export class ChildFilterQuery {
  @ApiPropertyOptional({
    description: 'Name words, with or without diacritics, any order; or a personal ID',
  })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @Matches(/^\d{2}$/)
  provinceCode?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @Matches(/^\d{5}$/)
  communeCode?: string;

  @ApiPropertyOptional(codeList('special-circumstances', 'A current one (group code)'))
  @IsOptional()
  @IsString()
  @MaxLength(20)
  specialCircumstance?: string;

  @ApiPropertyOptional({ description: 'Has a current special circumstance, of any group' })
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  inSpecialCircumstances?: boolean;

  @ApiPropertyOptional(codeList('risk-factors', 'A current one'))
  @IsOptional()
  @IsString()
  @MaxLength(40)
  riskFactor?: string;

  /**
   * Only these records: set by another module's list (the reports' abused children), never from
   * a request (it has no validator, so the validation pipe refuses it).
   */
  declare ids?: string[];

  @ApiPropertyOptional()
  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(30)
  ageFrom?: number;

  @ApiPropertyOptional()
  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(30)
  ageTo?: number;

  @ApiPropertyOptional({ enum: SEXES })
  @IsOptional()
  @IsIn(SEXES)
  sex?: Sex;

  @ApiPropertyOptional()
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  hasPersonalId?: boolean;
}

export class ChildQuery extends IntersectionType(PageQuery, ChildFilterQuery) {}

/** The export's filters, and whether it holds the sensitive data, for which a reason is kept. */
export class ChildExportQuery extends ChildFilterQuery {
  @ApiPropertyOptional({
    default: false,
    description:
      'With the sensitive data (needs children:sensitive and a reason); without it, the ' +
      'disability and notes are blank and the sensitive circumstances and risks left out',
  })
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  sensitive?: boolean;

  @ApiPropertyOptional({ description: 'Why the sensitive data is exported: kept in the audit log' })
  @ValidateIf((query: ChildExportQuery) => query.sensitive === true)
  @Transform(toNfc)
  @IsString()
  @Length(3, 500)
  reason?: string;
}

/** How many children the filters select: exact up to CHILD_COUNT_LIMIT, "more than" past it. */
export class ChildCountDto {
  @ApiProperty({
    type: 'integer',
    description: 'The number of children, or the limit when there are more (exact is false)',
  })
  total!: number;

  @ApiProperty({ description: 'False when there are more children than total' })
  exact!: boolean;
}

export class ChildDto {
  @ApiProperty() id!: string;
  @ApiProperty() version!: number;
  @ApiProperty() fullName!: string;
  @ApiProperty() dateOfBirth!: string;
  @ApiProperty({ enum: DOB_PRECISIONS }) dobPrecision!: DobPrecision;
  @ApiProperty({ enum: SEXES }) sex!: Sex;
  @ApiProperty({ nullable: true, type: String, ...codeList('ethnicities') })
  ethnicityCode!: string | null;
  @ApiProperty({ nullable: true, type: String }) personalId!: string | null;
  @ApiProperty() provinceCode!: string;
  @ApiProperty() communeCode!: string;
  @ApiProperty({ nullable: true, type: String }) village!: string | null;
  @ApiProperty({ nullable: true, type: String }) address!: string | null;
  @ApiProperty({ type: [CaregiverDto] }) caregivers!: Caregiver[];
  @ApiProperty({ type: [SpecialCircumstanceDto] }) specialCircumstances!: FlagEntry[];
  @ApiProperty({ type: [RiskFactorDto] }) riskFactors!: FlagEntry[];
  @ApiProperty({ nullable: true, type: String, ...codeList('school-statuses') })
  schoolStatus!: string | null;
  @ApiProperty({ nullable: true, type: String }) disability!: string | null;
  @ApiProperty({ nullable: true, type: String }) notes!: string | null;
  @ApiProperty({
    enum: VERIFICATION_STATUSES,
    description: 'Against the national population database (GET …/verification for the check)',
  })
  verificationStatus!: VerificationStatus;
  @ApiProperty({
    description:
      'Sensitive data left out (special circumstances and risks marked sensitive, the disability, ' +
      'the notes): in a list, or for a caller without children:sensitive',
  })
  sensitiveWithheld!: boolean;
  @ApiProperty({ description: 'Whole years today (Vietnam time)' }) age!: number;
  @ApiProperty({ description: 'Under 16 today' }) isChild!: boolean;
  @ApiProperty() createdAt!: string;
  @ApiProperty() updatedAt!: string;

  static from(child: Child, today: string): ChildDto {
    const age = ageOn(child.dateOfBirth, today);
    return {
      id: child.id,
      version: child.version,
      fullName: child.fullName,
      dateOfBirth: child.dateOfBirth,
      dobPrecision: child.dobPrecision,
      sex: child.sex,
      ethnicityCode: child.ethnicityCode,
      personalId: child.personalId,
      provinceCode: child.provinceCode,
      communeCode: child.communeCode,
      village: child.village,
      address: child.address,
      caregivers: child.caregivers,
      specialCircumstances: child.specialCircumstances,
      riskFactors: child.riskFactors,
      schoolStatus: child.schoolStatus,
      disability: child.disability,
      notes: child.notes,
      verificationStatus: child.verificationStatus,
      sensitiveWithheld: false,
      age,
      isChild: age < 16,
      createdAt: child.createdAt.toISOString(),
      updatedAt: child.updatedAt.toISOString(),
    };
  }
}

export class ChildPageDto {
  @ApiProperty({ type: [ChildDto] }) items!: ChildDto[];
  @ApiProperty({ nullable: true, type: String }) nextCursor!: string | null;
}

export class ChildHistoryEntryDto {
  @ApiProperty() at!: string;
  @ApiProperty({ description: 'The record changed: this one, or one merged into it' })
  childId!: string;
  @ApiProperty({ ...PERSON, description: 'Who made the change; nulls: the system' })
  actor!: { id: string | null; fullName: string | null };
  @ApiProperty({ example: 'updated' }) action!: string;
  @ApiProperty({
    type: 'object',
    additionalProperties: {
      type: 'object',
      properties: { from: {}, to: {} },
    },
    example: { village: { from: 'Tổ 4', to: 'Tổ 5' } },
  })
  changes!: Record<string, { from: unknown; to: unknown }>;
  @ApiProperty({
    nullable: true,
    type: String,
    description: 'Why: a verified field changed, or the population database’s value disputed',
  })
  reason!: string | null;
}
