/** The administrative sanctions decided for the abuse in a case. */
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

export class CreateCaseSanctionDto {
  @ApiProperty({ example: '12/QĐ-XPVPHC', description: 'The decision’s number as written on it' })
  @Text(60)
  decisionNumber!: string;

  @ApiProperty({ example: '2026-06-20', description: 'The day it was decided: not after today' })
  @IsCalendarDate()
  decidedOn!: string;

  @ApiProperty({ example: 'Chủ tịch UBND xã Đông Hải', description: 'Who decided it' })
  @Text(200)
  authority!: string;

  @ApiProperty({ enum: VIOLATOR_KINDS, description: 'Persons or organisations' })
  @IsIn(VIOLATOR_KINDS)
  violatorKind!: ViolatorKind;

  @ApiPropertyOptional({
    default: 1,
    description: 'How many persons or organisations the decision sanctions (for the same act)',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_VIOLATORS)
  violators?: number;

  @ApiProperty({ example: 'violence', ...codeList('abuse-forms', 'The act sanctioned') })
  @Text(40)
  form!: string;

  @ApiPropertyOptional({
    example: 5000000,
    description:
      'The fine in đồng of those this row sanctions, all of them together (a decision recorded as two parts: each part’s); left out where it fined nothing',
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(MAX_FINE)
  fine?: number;

  @ApiPropertyOptional({
    description: 'Other penalties and remedial measures (details of the abuser, sealed at rest)',
  })
  @IsOptional()
  @Text(2000)
  measures?: string;
}

export class CaseSanctionDto {
  @ApiProperty() id!: string;
  @ApiProperty() caseId!: string;
  @ApiProperty() decisionNumber!: string;
  @ApiProperty() decidedOn!: string;
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
