import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Post,
} from '@nestjs/common';
import {
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { Access } from '../access/access.decorator.js';
import { type Actor, CurrentActor } from '../access/actor.js';
import { ApiProblem } from '../common/openapi.js';
import { CaseSanctionsService } from './case-sanctions.service.js';
import {
  CaseSanctionDto,
  CreateCaseSanctionDto,
  DecideCaseSanctionDto,
} from './dto/case-sanction.dto.js';

/** The administrative violations of abuse in a case and the decisions sanctioning them. */
@ApiTags('cases')
@Controller('cases')
export class CaseSanctionsController {
  constructor(private readonly sanctions: CaseSanctionsService) {}

  @Get(':id/sanctions')
  @Access('cases:read')
  @ApiOperation({
    operationId: 'listCaseSanctions',
    summary:
      'The administrative violations of abuse and their sanctions, latest detected first (audited)',
  })
  @ApiOkResponse({ type: [CaseSanctionDto] })
  list(
    @Param('id', ParseUUIDPipe) id: string,
    @CurrentActor() actor: Actor,
  ): Promise<CaseSanctionDto[]> {
    return this.sanctions.list(id, actor);
  }

  @Post(':id/sanctions')
  @Access('cases:work')
  @ApiOperation({
    operationId: 'createCaseSanction',
    summary:
      'Record an administrative violation of abuse: when it was detected, who committed it, and its decision (number, day, fine) now or later',
  })
  @ApiCreatedResponse({ type: CaseSanctionDto })
  @ApiProblem(409, 'The case already records a decision of that number, or was handed over')
  @ApiProblem(410, 'The case was anonymised')
  @ApiProblem(
    422,
    'A form of abuse not in the list, a day after today, a decision before its detection or half given, penalties without a decision',
  )
  create(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: CreateCaseSanctionDto,
    @CurrentActor() actor: Actor,
  ): Promise<CaseSanctionDto> {
    return this.sanctions.add(id, dto, actor);
  }

  @Post(':id/sanctions/:sanctionId/decision')
  @HttpCode(200)
  @Access('cases:work')
  @ApiOperation({
    operationId: 'decideCaseSanction',
    summary: 'Record the decision sanctioning a violation recorded as detected',
  })
  @ApiOkResponse({ type: CaseSanctionDto })
  @ApiProblem(
    409,
    'The violation is decided already, the decision is recorded, or the case was handed over',
  )
  @ApiProblem(410, 'The case was anonymised')
  @ApiProblem(422, 'A day after today or before the violation was detected')
  decide(
    @Param('id', ParseUUIDPipe) id: string,
    @Param('sanctionId', ParseUUIDPipe) sanctionId: string,
    @Body() dto: DecideCaseSanctionDto,
    @CurrentActor() actor: Actor,
  ): Promise<CaseSanctionDto> {
    return this.sanctions.decide(id, sanctionId, dto, actor);
  }

  @Delete(':id/sanctions/:sanctionId')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Removed' })
  @Access('cases:work')
  @ApiOperation({
    operationId: 'deleteCaseSanction',
    summary: 'Remove a sanction recorded by mistake (kept in the audit log)',
  })
  @ApiProblem(409, 'The case was handed over')
  remove(
    @Param('id', ParseUUIDPipe) id: string,
    @Param('sanctionId', ParseUUIDPipe) sanctionId: string,
    @CurrentActor() actor: Actor,
  ): Promise<void> {
    return this.sanctions.remove(id, sanctionId, actor);
  }
}
