import { Body, Controller, Get, Param, Put } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Access } from '../access/access.decorator.js';
import { type Actor, CurrentActor } from '../access/actor.js';
import { CalendarService } from './calendar.service.js';
import { HolidayYearDto, HolidayYearParam, ReplaceHolidaysDto } from './dto/holiday.dto.js';
import { ApiProblem } from '../common/openapi.js';

@ApiTags('calendar')
@Controller('calendar/holidays')
export class CalendarController {
  constructor(private readonly calendar: CalendarService) {}

  @Get(':year')
  @Access('reference:read')
  @ApiOperation({
    operationId: 'getHolidays',
    summary:
      "A year's public holidays, days off in lieu and Saturdays worked (the working-day calendar of every deadline)",
  })
  @ApiOkResponse({ type: HolidayYearDto })
  year(@Param() { year }: HolidayYearParam): Promise<HolidayYearDto> {
    return this.calendar.year(year);
  }

  @Put(':year')
  @Access('calendar:manage')
  @ApiOperation({
    operationId: 'replaceHolidays',
    summary:
      "Replace a year's list as the government announced it (system_admin); deadlines already set keep theirs",
  })
  @ApiOkResponse({ type: HolidayYearDto })
  @ApiProblem(422, 'A day outside the year, given twice, or a working day that is not a weekend')
  replace(
    @Param() { year }: HolidayYearParam,
    @Body() dto: ReplaceHolidaysDto,
    @CurrentActor() actor: Actor,
  ): Promise<HolidayYearDto> {
    return this.calendar.replaceYear(year, dto, actor);
  }
}
