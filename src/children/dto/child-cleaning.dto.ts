import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsIn,
  IsInt,
  IsOptional,
  IsUUID,
  Matches,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { PageQuery } from '../../common/pagination.js';
import { DATA_PROBLEMS, type DataProblem } from '../child-data-quality.repository.js';
import { MERGE_SOURCES, type MergeChoices, type MergeSource } from '../child-merge.js';
import type { DuplicateReason } from '../duplicate-score.js';
import { ChildDto } from './child.dto.js';

export class DuplicateReasonDto implements DuplicateReason {
  @ApiProperty({
    enum: [
      'same_name',
      'similar_name',
      'different_given_name',
      'same_date_of_birth',
      'close_date_of_birth',
      'same_birth_year',
      'same_caregiver',
      'same_commune',
      'different_personal_ids',
      'different_sex',
    ] satisfies DuplicateReason['code'][],
    enumName: 'DuplicateReasonCode',
    example: 'same_date_of_birth',
  })
  code!: DuplicateReason['code'];
  @ApiProperty({ example: 0.25, description: 'What it adds to the score (negative: lowers it)' })
  weight!: number;
}

export class DuplicateDto {
  @ApiProperty({ type: ChildDto }) child!: ChildDto;
  @ApiProperty({ example: 0.85, description: '0 to 1; candidates score 0.6 or more' })
  score!: number;
  @ApiProperty({ type: [DuplicateReasonDto] }) reasons!: DuplicateReason[];
}

export class DuplicatePairDto {
  @ApiProperty({ type: ChildDto }) child!: ChildDto;
  @ApiProperty({ type: ChildDto }) duplicate!: ChildDto;
  @ApiProperty() score!: number;
  @ApiProperty({ type: [DuplicateReasonDto] }) reasons!: DuplicateReason[];
}

export class CommuneDuplicatesQuery {
  @ApiProperty({ example: '00004' })
  @Matches(/^\d{5}$/)
  communeCode!: string;

  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: 1000, default: 100 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(1000)
  limit = 100;
}

export class CommuneDuplicatesDto {
  @ApiProperty({ description: 'Candidate pairs found' }) total!: number;
  @ApiProperty({ type: [DuplicatePairDto], description: 'The most likely first, up to `limit`' })
  items!: DuplicatePairDto[];
}

const Source = (description?: string) =>
  applyDecorators(
    ApiPropertyOptional({ enum: MERGE_SOURCES, description }),
    IsOptional(),
    IsIn(MERGE_SOURCES),
  );

/** Which record's value each field keeps (child-merge.ts, MERGE_FIELDS). */
export class MergeChoicesDto implements MergeChoices {
  @Source() fullName?: MergeSource;
  @Source('The date of birth with its precision') dateOfBirth?: MergeSource;
  @Source() sex?: MergeSource;
  @Source() ethnicityCode?: MergeSource;
  @Source('The commune with its province') communeCode?: MergeSource;
  @Source() village?: MergeSource;
  @Source() address?: MergeSource;
  @Source() caregivers?: MergeSource;
  @Source() specialCircumstances?: MergeSource;
  @Source() riskFactors?: MergeSource;
  @Source() schoolStatus?: MergeSource;
  @Source() disability?: MergeSource;
  @Source() notes?: MergeSource;
}

export class MergeDto {
  @ApiProperty({ description: 'The record to merge into this one; it becomes a redirect' })
  @IsUUID()
  duplicateId!: string;

  @ApiPropertyOptional({
    type: MergeChoicesDto,
    description:
      'Which record’s value each field keeps, as it is (empty, or its list alone). A field left ' +
      'out keeps the survivor’s value, filled from the duplicate where empty; lists are joined.',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => MergeChoicesDto)
  values?: MergeChoicesDto;

  @ApiPropertyOptional({
    description: 'The duplicate’s version the caller read (its ETag): refused (412) if it changed',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  duplicateVersion?: number;
}

export class MergeResultDto extends ChildDto {
  @ApiProperty({ description: 'To undo: POST /children/merges/:mergeId/undo' }) mergeId!: string;
  @ApiProperty() mergedId!: string;
}

export class UndoMergeResultDto {
  @ApiProperty({ type: ChildDto }) survivor!: ChildDto;
  @ApiProperty({ type: ChildDto }) restored!: ChildDto;
}

const PROBLEM_NAMES = Object.keys(DATA_PROBLEMS) as DataProblem[];

export class DataQualityQuery extends PageQuery {
  @ApiProperty({ example: '00004', description: 'A current commune in the caller’s areas' })
  @Matches(/^\d{5}$/)
  communeCode!: string;

  @ApiPropertyOptional({
    enum: PROBLEM_NAMES,
    enumName: 'DataProblem',
    description: 'Only the records with this problem (the counts stay those of the commune)',
  })
  @IsOptional()
  @IsIn(PROBLEM_NAMES)
  problem?: DataProblem;
}

export class DataQualityItemDto {
  @ApiProperty({ type: ChildDto }) child!: ChildDto;
  @ApiProperty({ enum: PROBLEM_NAMES, enumName: 'DataProblem', isArray: true })
  problems!: DataProblem[];
}

export class DataQualityDto {
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'integer' },
    description: '`children` (records in the commune) and the number with each problem',
    example: Object.fromEntries([['children', 120], ...PROBLEM_NAMES.map((p) => [p, 3])]),
  })
  counts!: Record<DataProblem | 'children', number>;
  @ApiProperty({ type: [DataQualityItemDto] }) items!: DataQualityItemDto[];
  @ApiProperty({ nullable: true, type: String }) nextCursor!: string | null;
}
