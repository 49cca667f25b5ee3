import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsInt,
  IsString,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { IsCalendarDate } from '../../common/fields.js';
import type { PublicHoliday } from '../entities/public-holiday.entity.js';
import type { HolidayKind } from '../working-days.js';

export class HolidayDto {
  @ApiProperty()
  @IsCalendarDate('The day')
  day!: string;

  @ApiProperty({
    enum: ['day_off', 'working_day'],
    description:
      'day_off: a public holiday or a day off in its place; working_day: a weekend day worked in exchange for a bridge day (làm bù)',
  })
  @IsIn(['day_off', 'working_day'])
  kind!: HolidayKind;

  @ApiProperty({ example: 'Tết Nguyên đán' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name!: string;

  static from(holiday: PublicHoliday): HolidayDto {
    return { day: holiday.day, kind: holiday.kind, name: holiday.name };
  }
}

export class HolidayYearParam {
  @ApiProperty({ example: 2027 })
  @Type(() => Number)
  @IsInt()
  @Min(2000)
  @Max(2100)
  year!: number;
}

export class ReplaceHolidaysDto {
  @ApiProperty({
    type: [HolidayDto],
    description: "The year's whole list; it replaces the stored one",
  })
  @IsArray()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => HolidayDto)
  days!: HolidayDto[];
}

export class HolidayYearDto {
  @ApiProperty({ example: 2027 })
  year!: number;

  @ApiProperty({ type: [HolidayDto] })
  days!: HolidayDto[];
}
