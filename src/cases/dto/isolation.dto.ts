/**
 * A child's temporary isolation (Decree 56/2017 art. 32): proposed, decided by the commune chair,
 * extended, ended, and as the case shows it.
 */
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsInt,
  IsOptional,
  IsUUID,
  Min,
} from 'class-validator';
import { IsCalendarDate, IsDueTime, IsInstant } from '../../common/fields.js';
import { Text, TextList } from '../../common/text.js';

/**
 * A social worker's proposal of a temporary isolation, made with the emergency measures: it
 * starts nothing; the commune's chair is told, and decides (POST /cases/:id/isolation).
 */
export class IsolationProposalDto {
  @ApiProperty({
    example: 'Người cha, ông Nguyễn Văn B',
    description: 'From whom or what the child would be isolated (encrypted at rest)',
  })
  @Text(500)
  isolatedFrom!: string;

  @ApiProperty({ description: 'Where the child would stay (encrypted at rest)' })
  @Text(500)
  placement!: string;

  @ApiProperty({ description: 'Why (encrypted at rest)' }) @Text(2000) reason!: string;
}

/**
 * The commune chair's decision on a temporary isolation (quyết định tạm thời cách ly, Decree
 * 56/2017 art. 32), taken in a session signed in with the second factor.
 */
export class IsolationDecisionDto {
  @ApiProperty({ example: '15/QĐ-UBND', description: 'Số quyết định, as issued' })
  @Text(50)
  decisionNumber!: string;

  @IsCalendarDate('The decision’s date (not in the future)')
  decidedOn!: string;

  @ApiProperty()
  @IsInstant('When the isolation starts (at the earliest when the report was received)')
  startsAt!: string;

  @ApiProperty({
    minimum: 1,
    maximum: 15,
    description:
      'How many days it lasts: 15 at most (Decree 56/2017 art. 32); more is refused naming the rule',
  })
  @IsInt()
  @Min(1)
  days!: number;

  @ApiProperty({ description: 'Where the child stays: the safe place (encrypted at rest)' })
  @Text(500)
  placement!: string;

  @ApiProperty({
    example: 'Người cha, ông Nguyễn Văn B',
    description: 'From whom or what the child is isolated (encrypted at rest)',
  })
  @Text(500)
  isolatedFrom!: string;

  @ApiPropertyOptional({
    type: [String],
    description:
      'The legal bases the decision cites (Căn cứ …), one a line. Default: the Law on Children ' +
      '2016 (art. 50.2.b, 52.3) and Decree 56/2017 (art. 26.3, 32)',
  })
  @IsOptional()
  @TextList(1, 10)
  legalBases?: string[];

  @ApiPropertyOptional({
    type: [String],
    description: 'The children of the case it isolates. Default: every child of the case',
  })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @IsUUID('all', { each: true })
  childIds?: string[];

  @ApiProperty({ description: 'Why (encrypted at rest)' }) @Text(2000) reason!: string;
}

/** An extension by the commune chair, with the second factor; moves the isolation's deadline. */
export class IsolationExtendDto {
  @ApiProperty()
  @IsDueTime('The new end, later than the current one')
  until!: string;

  @ApiProperty({ description: 'Why (encrypted at rest)' })
  @Text(2000)
  reason!: string;

  @ApiPropertyOptional({
    example: 'Công văn số 123/CAP-ĐTTH ngày 05/12/2026 đề nghị tiếp tục cách ly',
    description:
      'The legal ground for continuing past 15 days in all: required then (Decree 56/2017 art. 32)',
  })
  @IsOptional()
  @Text(500)
  legalGround?: string;

  @ApiPropertyOptional({
    example: 'Công an phường Ba Đình',
    description:
      'The competent authority requiring the isolation to continue (the police, a court): ' +
      'required past 15 days in all',
  })
  @IsOptional()
  @Text(300)
  requestingAuthority?: string;
}

export class IsolationEndDto {
  @ApiPropertyOptional() @IsOptional() @IsInstant('Default: now') endedAt?: string;
  @ApiPropertyOptional() @IsOptional() @Text(2000) notes?: string;
}

export class IsolationDecisionSummaryDto {
  @ApiProperty({ example: '15/QĐ-UBND' }) number!: string;
  @ApiProperty({ format: 'date' }) decidedOn!: string;
  @ApiProperty({ description: 'The commune chair who decided (a user id)' }) decidedBy!: string;
  @ApiProperty({ type: [String], description: 'The children it isolates' }) childIds!: string[];
}

export class IsolationStateDto {
  @ApiProperty() startedAt!: string;
  @ApiProperty({ description: 'The end decided, as extended' }) endsAt!: string;
  @ApiProperty({ description: 'Days from the start to that end, extensions included' })
  days!: number;
  @ApiProperty({ type: String, nullable: true }) endedAt!: string | null;
  @ApiProperty({
    type: IsolationDecisionSummaryDto,
    nullable: true,
    description:
      'The commune chair’s decision (printed at GET /cases/:id/isolation/decision). null: an ' +
      'isolation a social worker recorded before the chair’s decision was required, kept as it ' +
      'was recorded (no decision to print)',
  })
  decision!: IsolationDecisionSummaryDto | null;
}
