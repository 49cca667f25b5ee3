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
import { ChildInjuriesService } from './child-injuries.service.js';
import { ChildInjuryDto, CreateChildInjuryDto } from './dto/child-injury.dto.js';

/** The accidents and injuries a child suffered, on the child's record. */
@ApiTags('children')
@Controller('children')
export class ChildInjuriesController {
  constructor(private readonly injuries: ChildInjuriesService) {}

  @Get(':id/injuries')
  @Access('children:read')
  @ApiOperation({
    operationId: 'listChildInjuries',
    summary: 'The accidents and injuries the child suffered, latest first',
  })
  @ApiOkResponse({ type: [ChildInjuryDto] })
  @ApiProblem(409, 'The record was merged into another')
  list(
    @Param('id', ParseUUIDPipe) id: string,
    @CurrentActor() actor: Actor,
  ): Promise<ChildInjuryDto[]> {
    return this.injuries.list(id, actor);
  }

  @Post(':id/injuries')
  @Access('children:write')
  @ApiOperation({
    operationId: 'createChildInjury',
    summary: 'Record an accident or injury: what, when, where and how it ended',
  })
  @ApiCreatedResponse({ type: ChildInjuryDto })
  @ApiProblem(409, 'The record was merged into another')
  @ApiProblem(422, 'A kind not in the list, or a day after today')
  create(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: CreateChildInjuryDto,
    @CurrentActor() actor: Actor,
  ): Promise<ChildInjuryDto> {
    return this.injuries.add(id, dto, actor);
  }

  @Delete(':id/injuries/:injuryId')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Removed' })
  @Access('children:write')
  @ApiOperation({
    operationId: 'deleteChildInjury',
    summary: 'Remove an injury recorded by mistake (kept in the audit log)',
  })
  @ApiProblem(409, 'The record was merged into another')
  remove(
    @Param('id', ParseUUIDPipe) id: string,
    @Param('injuryId', ParseUUIDPipe) injuryId: string,
    @CurrentActor() actor: Actor,
  ): Promise<void> {
    return this.injuries.remove(id, injuryId, actor);
  }
}
