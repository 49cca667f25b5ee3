// Communes fit for children (xã, phường phù hợp với trẻ em) over the API: the province's view of a
// year and a commune's assessment.
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { IsCalendarDate } from '../../common/fields.js';
import { codeList } from '../../common/openapi.js';
import { Text } from '../../common/text.js';
import { ReportYear } from './report.dto.js';

/** The list of the standard's criteria. */
export const CHILD_FRIENDLY_CRITERIA = 'child-friendly-criteria';

/** A commune's assessment's place: the year and the commune. */
export class ChildFriendlyParams {
  @ApiProperty({ example: 2026 })
  @ReportYear()
  year!: number;

  @ApiProperty({ example: '00004' })
  @Matches(/^\d{5}$/)
  communeCode!: string;
}

export class AssessChildFriendlyDto {
  @ApiProperty({
    type: [String],
    example: ['birth_registration', 'immunisation'],
    ...codeList(CHILD_FRIENDLY_CRITERIA, 'the criteria the commune met; every one: the standard'),
  })
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @MaxLength(40, { each: true })
  criteriaMet!: string[];

  @ApiPropertyOptional({
    example: '1234/QĐ-UBND',
    description:
      'The recognition decision’s number, with `decidedOn`; only when every criterion is met',
  })
  @IsOptional()
  @Text(100)
  decisionNumber?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsCalendarDate('The recognition decision’s day, with `decisionNumber`; not after today')
  decidedOn?: string;
}

export class ChildFriendlyCommuneDto {
  @ApiProperty({ example: '00004' }) code!: string;
  @ApiProperty({ example: 'Phường Ba Đình' }) name!: string;
  @ApiProperty({ description: 'Assessed for the year' }) assessed!: boolean;
  @ApiProperty({ type: [String], ...codeList(CHILD_FRIENDLY_CRITERIA) }) criteriaMet!: string[];
  @ApiProperty({ description: 'Every criterion met' }) meetsStandard!: boolean;
  @ApiProperty({ type: String, nullable: true }) decisionNumber!: string | null;
  @ApiProperty({ type: String, nullable: true }) decidedOn!: string | null;
  @ApiProperty({ type: String, nullable: true }) assessedByName!: string | null;
}

class CriterionDto {
  @ApiProperty({ example: 'birth_registration' }) code!: string;
  @ApiProperty({ example: 'Trẻ em được khai sinh đúng quy định' }) name!: string;
}

class ChildFriendlyCountsDto {
  @ApiProperty() communes!: number;
  @ApiProperty() assessed!: number;
  @ApiProperty({ description: 'Meeting every criterion' }) meetingStandard!: number;
  @ApiProperty({ description: 'With a recognition decision' }) recognised!: number;
}

export class ChildFriendlyOverviewDto {
  @ApiProperty({ example: 2026 }) year!: number;
  @ApiProperty({ type: [CriterionDto], description: 'The standard’s criteria, in order' })
  criteria!: CriterionDto[];
  @ApiProperty({ type: [ChildFriendlyCommuneDto], description: 'Every current commune' })
  communes!: ChildFriendlyCommuneDto[];
  @ApiProperty({ type: ChildFriendlyCountsDto }) counts!: ChildFriendlyCountsDto;
}
