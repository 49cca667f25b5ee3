import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsOptional, IsString, Length, Matches } from 'class-validator';
import { PageQuery } from '../../common/pagination.js';
import { PERSON } from '../../common/openapi.js';
import { toNfc } from '../../common/text.js';
import {
  CHANGE_SOURCES,
  CHANGE_STATUSES,
  type ChangeSource,
  type ChangeStatus,
} from '../entities/population-change.entity.js';
import { CHANGE_KINDS, type ChangeKind } from '../population-gateway.js';
import { RejectedAnswerDto } from './verification-run.dto.js';

/**
 * What accepting a change does, as the registry stands now: `add` a record for a child no record
 * holds; `move_here` the record that holds the child in another commune; `move_away` the record
 * here to the commune the child went to; `check` a child gone where the database does not say
 * (only dismissed, with a note); `none` when the registry already agrees (accepting closes it).
 */
export const CHANGE_ACTIONS = ['add', 'move_here', 'move_away', 'check', 'none'] as const;
export type ChangeAction = (typeof CHANGE_ACTIONS)[number];

export class CommuneQuery {
  @ApiProperty({ example: '00004' })
  @Matches(/^\d{5}$/)
  communeCode!: string;
}

export class ChangesQuery extends PageQuery {
  @ApiProperty({ example: '00004' })
  @Matches(/^\d{5}$/)
  communeCode!: string;

  @ApiPropertyOptional({
    enum: ['open', 'decided'],
    default: 'open',
    description: 'Those to act on, or those acted on (done, dismissed)',
  })
  @IsOptional()
  @IsIn(['open', 'decided'])
  status: 'open' | 'decided' = 'open';
}

export class DismissChangeDto {
  @ApiProperty({ description: 'Why nothing is done, kept with the change' })
  @Transform(toNfc)
  @IsString()
  @Length(3, 1000)
  note!: string;
}

export class ChangePersonDto {
  @ApiProperty() fullName!: string;
  @ApiProperty() dateOfBirth!: string;
  @ApiProperty({ enum: ['male', 'female', 'unknown'] }) sex!: string;
  @ApiProperty() personalId!: string;
}

export class ChangePlaceDto {
  @ApiProperty() code!: string;
  @ApiProperty({ nullable: true, type: String, description: 'Null for no current commune' })
  name!: string | null;
}

export class ChangeRecordDto {
  @ApiProperty() id!: string;
  @ApiProperty({ type: ChangePlaceDto, description: 'Where the record lives now' })
  commune!: ChangePlaceDto;
}

export class SameChildDto {
  @ApiProperty() id!: string;
  @ApiProperty() fullName!: string;
  @ApiProperty() dateOfBirth!: string;
}

export class PopulationChangeDto {
  @ApiProperty() id!: string;
  @ApiProperty({ enum: CHANGE_KINDS }) kind!: ChangeKind;
  @ApiProperty({ description: 'The day of the change' }) date!: string;
  @ApiProperty({ type: ChangePersonDto, description: 'The child as the database holds them' })
  person!: ChangePersonDto;
  @ApiProperty({
    type: ChangePlaceDto,
    nullable: true,
    description: 'Where the child came from or went',
  })
  otherCommune!: ChangePlaceDto | null;
  @ApiProperty({ enum: CHANGE_SOURCES }) source!: ChangeSource;
  @ApiProperty({ enum: CHANGE_STATUSES }) status!: ChangeStatus;
  @ApiProperty({ enum: CHANGE_ACTIONS, nullable: true, description: 'Null once acted on' })
  action!: ChangeAction | null;
  @ApiProperty({
    type: ChangeRecordDto,
    nullable: true,
    description: 'The record that holds the child’s personal ID',
  })
  record!: ChangeRecordDto | null;
  @ApiProperty({
    type: [SameChildDto],
    description:
      'For a child to add: the commune’s records without a personal ID of the same name and birth day',
  })
  sameChild!: SameChildDto[];
  @ApiProperty({ nullable: true, type: String, description: 'The record added or moved' })
  childId!: string | null;
  @ApiProperty({ nullable: true, type: String, description: 'Why it was dismissed' })
  note!: string | null;
  @ApiProperty() receivedAt!: string;
  @ApiProperty({ ...PERSON, nullable: true }) decidedBy!: {
    id: string | null;
    fullName: string | null;
  } | null;
  @ApiProperty({ nullable: true, type: String }) decidedAt!: string | null;
}

export class ChangeCountsDto {
  @ApiProperty() open!: number;
  @ApiProperty() done!: number;
  @ApiProperty() dismissed!: number;
  @ApiProperty({ description: 'The registry already agreed when they came' }) settled!: number;
}

export class ChangesPageDto {
  @ApiProperty({ type: [PopulationChangeDto] }) items!: PopulationChangeDto[];
  @ApiProperty({ nullable: true, type: String }) nextCursor!: string | null;
  @ApiProperty({ type: ChangeCountsDto }) counts!: ChangeCountsDto;
  @ApiProperty({
    nullable: true,
    type: String,
    description: 'The last day read online; the next read starts there',
  })
  readTo!: string | null;
}

export class ChangesFileBodyDto {
  @ApiProperty({
    type: 'string',
    format: 'binary',
    description: 'The commune police’s list of births and moves (.xlsx or .csv)',
  })
  file!: unknown;
}

/** What a read of changes (online or a file) brought. */
export class ChangesReceivedDto {
  @ApiProperty({ nullable: true, type: String, description: 'The days read online, from' })
  from!: string | null;
  @ApiProperty({ nullable: true, type: String, description: 'to' }) to!: string | null;
  @ApiProperty({ description: 'Changes read' }) received!: number;
  @ApiProperty({ description: 'Of them, not received before' }) new!: number;
  @ApiProperty({ description: 'Of the new ones, those to act on' }) open!: number;
  @ApiProperty({ type: [RejectedAnswerDto], description: 'Rows of a file not read, with why' })
  rejected!: RejectedAnswerDto[];
}
