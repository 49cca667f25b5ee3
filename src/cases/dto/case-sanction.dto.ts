/** The administrative violations of abuse in a case and the decisions sanctioning them. */
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';
import { IsCalendarDate } from '../../common/fields.js';
import { codeList, PERSON } from '../../common/openapi.js';
import { Text } from '../../common/text.js';
import {
  type CaseSanction,
  VIOLATOR_KINDS,
  type ViolatorKind,
} from '../entities/case-sanction.entity.js';

/** The largest fine one decision records, in đồng (a column of 32 bits). */
export const MAX_FINE = 2_000_000_000;
/** The most persons or organisations one decision sanctions. */
export const MAX_VIOLATORS = 100;

/** What a decision sanctioning a violation decided besides its number and day. */
class Penalties {
  @ApiPropertyOptional({
    example: 5000000,
    description:
      'The fine in đồng of those this row sanctions, all of them together (a decision recorded as two parts: each part’s); left out where it fined nothing, and before a decision',
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(MAX_FINE)
  fine?: number;

  @ApiPropertyOptional({
    description:
      'Other penalties and remedial measures decided (details of the abuser, sealed at rest)',
  })
  @IsOptional()
  @Text(2000)
  measures?: string;
}

/**
 * An administrative violation of child abuse: detected (its record's day), and decided at once or
 * later (`POST …/decision`).
 */
export class CreateCaseSanctionDto extends Penalties {
  @ApiPropertyOptional({
    example: '12/QĐ-XPVPHC',
    description: 'The decision’s number as written on it, with `decidedOn`; left out until decided',
  })
  @IsOptional()
  @Text(60)
  decisionNumber?: string;

  @ApiPropertyOptional({
    example: '2026-06-20',
    description: 'The day it was decided, with `decisionNumber`: not after today',
  })
  @IsOptional()
  @IsCalendarDate()
  decidedOn?: string;

  @ApiPropertyOptional({
    example: '2026-06-15',
    description:
      'The day the violation was detected, its violation record drawn up: not after today; left out, the decision’s day',
  })
  @IsOptional()
  @IsCalendarDate()
  detectedOn?: string;

  @ApiProperty({
    example: 'Chủ tịch UBND xã Đông Hải',
    description: 'Who decided it, or until then who drew up the violation record',
  })
  @Text(200)
  authority!: string;

  @ApiProperty({ enum: VIOLATOR_KINDS, description: 'Persons or organisations' })
  @IsIn(VIOLATOR_KINDS)
  violatorKind!: ViolatorKind;

  @ApiPropertyOptional({
    default: 1,
    description: 'How many persons or organisations committed it (the same act)',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_VIOLATORS)
  violators?: number;

  @ApiProperty({ example: 'violence', ...codeList('abuse-forms', 'The act') })
  @Text(40)
  form!: string;
}

/** The decision on a violation recorded as detected. */
export class DecideCaseSanctionDto extends Penalties {
  @ApiProperty({ example: '12/QĐ-XPVPHC', description: 'The decision’s number as written on it' })
  @Text(60)
  decisionNumber!: string;

  @ApiProperty({
    example: '2026-06-20',
    description: 'The day it was decided: not before the violation’s detection nor after today',
  })
  @IsCalendarDate()
  decidedOn!: string;

  @ApiPropertyOptional({ description: 'Who decided it, where not who drew up the record' })
  @IsOptional()
  @Text(200)
  authority?: string;
}

export class CaseSanctionDto {
  @ApiProperty() id!: string;
  @ApiProperty() caseId!: string;
  @ApiProperty({ format: 'date', description: 'The day the violation was detected' })
  detectedOn!: string;
  @ApiProperty({ type: String, nullable: true, description: 'Null until it is decided' })
  decisionNumber!: string | null;
  @ApiProperty({ type: String, format: 'date', nullable: true }) decidedOn!: string | null;
  @ApiProperty() authority!: string;
  @ApiProperty({ enum: VIOLATOR_KINDS }) violatorKind!: ViolatorKind;
  @ApiProperty() violators!: number;
  @ApiProperty(codeList('abuse-forms')) form!: string;
  @ApiProperty({ description: 'The form’s name, in Vietnamese' }) formName!: string;
  @ApiProperty({ nullable: true, type: Number, description: 'In đồng' }) fine!: number | null;
  @ApiProperty({ nullable: true, type: String }) measures!: string | null;
  @ApiProperty({ ...PERSON, description: 'Who recorded it' }) recordedBy!: {
    id: string | null;
    fullName: string | null;
  };
  @ApiProperty() recordedAt!: string;

  static from(sanction: CaseSanction, formName: string): CaseSanctionDto {
    return {
      id: sanction.id,
      caseId: sanction.caseId,
      detectedOn: sanction.detectedOn,
      decisionNumber: sanction.decisionNumber,
      decidedOn: sanction.decidedOn,
      authority: sanction.authority,
      violatorKind: sanction.violatorKind,
      violators: sanction.violators,
      form: sanction.form,
      formName,
      fine: sanction.fine,
      measures: sanction.measures,
      recordedBy: { id: sanction.createdBy, fullName: sanction.createdByName },
      recordedAt: sanction.createdAt.toISOString(),
    };
  }
}
