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
import { CaseSanctionDto, CreateCaseSanctionDto } from './dto/case-sanction.dto.js';

/** The administrative sanctions decided for the abuse in a case. */
@ApiTags('cases')
@Controller('cases')
export class CaseSanctionsController {
  constructor(private readonly sanctions: CaseSanctionsService) {}

  @Get(':id/sanctions')
  @Access('cases:read')
  @ApiOperation({
    operationId: 'listCaseSanctions',
    summary: 'The administrative sanctions decided for the abuse, latest first (audited)',
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
      'Record a decision sanctioning an act of abuse: its number and day, who decided, who was sanctioned, the fine',
  })
  @ApiCreatedResponse({ type: CaseSanctionDto })
  @ApiProblem(409, 'The case already records a decision of that number, or was handed over')
  @ApiProblem(410, 'The case was anonymised')
  @ApiProblem(422, 'A form of abuse not in the list, or a day after today')
  create(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: CreateCaseSanctionDto,
    @CurrentActor() actor: Actor,
  ): Promise<CaseSanctionDto> {
    return this.sanctions.add(id, dto, actor);
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
