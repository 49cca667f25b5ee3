import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsInt, IsOptional, Max, Min } from 'class-validator';
import { RETENTION_KINDS, type RetentionKind } from '../entities/retention-policy.entity.js';

export class UpdateRetentionPolicyDto {
  @ApiPropertyOptional({ description: 'Whether the daily job applies the policy' })
  @IsOptional()
  @IsBoolean()
  enabled?: boolean;

  @ApiPropertyOptional({
    minimum: 0,
    maximum: 100,
    description:
      'child_record: years a record is kept after the child turns 16; closed_case: years a case is kept after it was closed',
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100)
  keepYears?: number;
}

export class DueInProvinceDto {
  @ApiProperty() provinceCode!: string;
  @ApiProperty({ description: 'Records the job would anonymise now' }) due!: number;
  @ApiProperty({ description: 'Records past the policy an open case still keeps' })
  keptByCase!: number;
}

/** A policy, and what applying it now would do (the dry run). */
export class RetentionPolicyDto {
  @ApiProperty({ enum: RETENTION_KINDS }) kind!: RetentionKind;
  @ApiProperty() enabled!: boolean;
  @ApiProperty() keepYears!: number;
  @ApiProperty({
    description:
      'The last day of a record past it: child_record, born on or before it; closed_case, closed on or before it',
  })
  lastDueDay!: string;
  @ApiProperty({ description: 'Records the job would anonymise now, in all' }) due!: number;
  @ApiProperty({ description: 'Records past it an open case still keeps, in all' })
  keptByCase!: number;
  @ApiProperty({ type: [DueInProvinceDto] }) byProvince!: DueInProvinceDto[];
  @ApiProperty() updatedAt!: string;
}

export class RetentionRunDto {
  @ApiProperty({ enum: RETENTION_KINDS }) kind!: RetentionKind;
  @ApiProperty({ description: 'The job is queued; it anonymises what is due then' })
  queued!: boolean;
}
