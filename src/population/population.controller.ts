import {
  Body,
  Controller,
  Get,
  Headers,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Post,
  Query,
} from '@nestjs/common';
import { ApiAcceptedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Access } from '../auth/access.decorator.js';
import { type Actor, CurrentActor } from '../auth/actor.js';
import { pickLanguage } from '../common/i18n.js';
import { ApiProblem } from '../common/openapi.js';
import {
  StartVerificationDto,
  VerificationRunDto,
  VerificationRunsQuery,
} from './dto/verification-run.dto.js';
import { PopulationService } from './population.service.js';

@ApiTags('population')
@Controller('population/verification-runs')
export class PopulationController {
  constructor(private readonly population: PopulationService) {}

  @Post()
  @HttpCode(202)
  @Access('children:verify')
  @ApiOperation({
    operationId: 'startVerificationRun',
    summary:
      'Check a commune’s children online against the national population database (a job; the run under way there if there is one)',
  })
  @ApiAcceptedResponse({ type: VerificationRunDto })
  @ApiProblem(409, 'The system is not connected online to the population database')
  start(
    @Body() dto: StartVerificationDto,
    @CurrentActor() actor: Actor,
    @Headers('accept-language') acceptLanguage: string | undefined,
  ): Promise<VerificationRunDto> {
    return this.population.start(
      dto.communeCode,
      dto.force ?? false,
      actor,
      pickLanguage(acceptLanguage),
    );
  }

  @Get()
  @Access('children:verify')
  @ApiOperation({ operationId: 'listVerificationRuns', summary: 'A commune’s runs, newest first' })
  @ApiOkResponse({ type: [VerificationRunDto] })
  list(
    @Query() query: VerificationRunsQuery,
    @CurrentActor() actor: Actor,
    @Headers('accept-language') acceptLanguage: string | undefined,
  ): Promise<VerificationRunDto[]> {
    return this.population.ofCommune(query.communeCode, actor, pickLanguage(acceptLanguage));
  }

  @Get(':id')
  @Access('children:verify')
  @ApiOperation({ operationId: 'getVerificationRun', summary: 'A run’s progress' })
  @ApiOkResponse({ type: VerificationRunDto })
  get(
    @Param('id', ParseUUIDPipe) id: string,
    @CurrentActor() actor: Actor,
    @Headers('accept-language') acceptLanguage: string | undefined,
  ): Promise<VerificationRunDto> {
    return this.population.run(id, actor, pickLanguage(acceptLanguage));
  }
}
