import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsOptional, IsString, Length } from 'class-validator';
import { IsCalendarDate } from '../../common/fields.js';
import { codeList, PERSON } from '../../common/openapi.js';
import { toNfc } from '../../common/text.js';
import {
  type ChildInjury,
  INJURY_OUTCOMES,
  type InjuryOutcome,
} from '../entities/child-injury.entity.js';

export class CreateChildInjuryDto {
  @ApiProperty({ example: 'drowning', ...codeList('injury-kinds') })
  @IsString()
  @Length(1, 40)
  kind!: string;

  @ApiProperty({ example: '2026-06-14', description: 'The day it happened: not after today' })
  @IsCalendarDate()
  occurredOn!: string;

  @ApiPropertyOptional({ example: 'Ao làng, thôn Đông' })
  @IsOptional()
  @Transform(toNfc)
  @IsString()
  @Length(2, 300)
  place?: string;

  @ApiProperty({
    enum: INJURY_OUTCOMES,
    description: 'Recovered, with lasting harm, died, or not known yet',
  })
  @IsIn(INJURY_OUTCOMES)
  outcome!: InjuryOutcome;

  @ApiPropertyOptional({ description: 'What happened and the care given (health data)' })
  @IsOptional()
  @Transform(toNfc)
  @IsString()
  @Length(1, 2000)
  description?: string;
}

export class ChildInjuryDto {
  @ApiProperty() id!: string;
  @ApiProperty() childId!: string;
  @ApiProperty(codeList('injury-kinds')) kind!: string;
  @ApiProperty({ description: 'The kind’s name, in Vietnamese' }) kindName!: string;
  @ApiProperty() occurredOn!: string;
  @ApiProperty({ nullable: true, type: String }) place!: string | null;
  @ApiProperty({ enum: INJURY_OUTCOMES }) outcome!: InjuryOutcome;
  @ApiProperty({ nullable: true, type: String }) description!: string | null;
  @ApiProperty({ ...PERSON, description: 'Who recorded it' }) recordedBy!: {
    id: string | null;
    fullName: string | null;
  };
  @ApiProperty() recordedAt!: string;

  static from(injury: ChildInjury, kindName: string): ChildInjuryDto {
    return {
      id: injury.id,
      childId: injury.childId,
      kind: injury.kind,
      kindName,
      occurredOn: injury.occurredOn,
      place: injury.place,
      outcome: injury.outcome,
      description: injury.description,
      recordedBy: { id: injury.createdBy, fullName: injury.createdByName },
      recordedAt: injury.createdAt.toISOString(),
    };
  }
}
