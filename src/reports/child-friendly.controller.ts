import { Body, Controller, Get, Param, Put, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Access } from '../access/access.decorator.js';
import { type Actor, CurrentActor } from '../access/actor.js';
import { ApiProblem } from '../common/openapi.js';
import {
  AssessChildFriendlyDto,
  ChildFriendlyCommuneDto,
  ChildFriendlyOverviewDto,
  ChildFriendlyParams,
} from './dto/child-friendly.dto.js';
import { ProvinceYearDto } from './dto/report-calendar.dto.js';
import { ChildFriendlyService } from './child-friendly.service.js';

/** Communes fit for children: the province's view of a year, and a commune's assessment. */
@ApiTags('reports')
@Controller('reports/child-friendly')
export class ChildFriendlyController {
  constructor(private readonly childFriendly: ChildFriendlyService) {}

  @Get()
  @Access('reports:oversee')
  @ApiOperation({
    operationId: 'getChildFriendlyCommunes',
    summary: 'Which communes of the province meet the standard of a commune fit for children',
    description:
      'Decision 06/2019/QĐ-TTg: the criteria (list `child-friendly-criteria`), each commune’s ' +
      'criteria met for the year and its recognition decision, and the counts.',
  })
  @ApiOkResponse({ type: ChildFriendlyOverviewDto })
  overview(
    @Query() query: ProvinceYearDto,
    @CurrentActor() actor: Actor,
  ): Promise<ChildFriendlyOverviewDto> {
    return this.childFriendly.overview(query, actor);
  }

  @Put(':year/:communeCode')
  @Access('reports:oversee')
  @ApiOperation({
    operationId: 'assessChildFriendlyCommune',
    summary: 'Record a commune’s criteria met for the year and its recognition (audited)',
  })
  @ApiOkResponse({ type: ChildFriendlyCommuneDto })
  @ApiProblem(
    422,
    'An unknown criterion, a decision without its day, or one for a commune short of the standard',
  )
  assess(
    @Param() { year, communeCode }: ChildFriendlyParams,
    @Body() dto: AssessChildFriendlyDto,
    @CurrentActor() actor: Actor,
  ): Promise<ChildFriendlyCommuneDto> {
    return this.childFriendly.assess(year, communeCode, dto, actor);
  }
}
