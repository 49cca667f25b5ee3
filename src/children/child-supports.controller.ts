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
import { ChildSupportsService } from './child-supports.service.js';
import { ChildSupportDto, CreateChildSupportDto } from './dto/child-support.dto.js';

/** The help a child receives, on the child's record. */
@ApiTags('children')
@Controller('children')
export class ChildSupportsController {
  constructor(private readonly supports: ChildSupportsService) {}

  @Get(':id/supports')
  @Access('children:read')
  @ApiOperation({
    operationId: 'listChildSupports',
    summary: 'The help the child receives (allowances, cards, exemptions, gifts…), latest first',
  })
  @ApiOkResponse({ type: [ChildSupportDto] })
  @ApiProblem(409, 'The record was merged into another')
  list(
    @Param('id', ParseUUIDPipe) id: string,
    @CurrentActor() actor: Actor,
  ): Promise<ChildSupportDto[]> {
    return this.supports.list(id, actor);
  }

  @Post(':id/supports')
  @Access('children:write')
  @ApiOperation({
    operationId: 'createChildSupport',
    summary: 'Record help the child receives: what, from whom, when, the amount and programme',
  })
  @ApiCreatedResponse({ type: ChildSupportDto })
  @ApiProblem(409, 'The record was merged into another')
  @ApiProblem(422, 'A kind not in the list, an end before the start, or no name for the giver')
  create(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: CreateChildSupportDto,
    @CurrentActor() actor: Actor,
  ): Promise<ChildSupportDto> {
    return this.supports.add(id, dto, actor);
  }

  @Delete(':id/supports/:supportId')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Removed' })
  @Access('children:write')
  @ApiOperation({
    operationId: 'deleteChildSupport',
    summary: 'Remove a support recorded by mistake (kept in the audit log)',
  })
  @ApiProblem(409, 'The record was merged into another')
  remove(
    @Param('id', ParseUUIDPipe) id: string,
    @Param('supportId', ParseUUIDPipe) supportId: string,
    @CurrentActor() actor: Actor,
  ): Promise<void> {
    return this.supports.remove(id, supportId, actor);
  }
}
