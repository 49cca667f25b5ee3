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
import { CaseAbusersService } from './case-abusers.service.js';
import { CaseAbuserDto, CreateCaseAbuserDto } from './dto/case-abuser.dto.js';

/** The persons who abused the children of a case. */
@ApiTags('cases')
@Controller('cases')
export class CaseAbusersController {
  constructor(private readonly abusers: CaseAbusersService) {}

  @Get(':id/abusers')
  @Access('cases:read')
  @ApiOperation({
    operationId: 'listCaseAbusers',
    summary: 'The persons who abused the children: relationship, sex, minor or not (audited)',
  })
  @ApiOkResponse({ type: [CaseAbuserDto] })
  list(
    @Param('id', ParseUUIDPipe) id: string,
    @CurrentActor() actor: Actor,
  ): Promise<CaseAbuserDto[]> {
    return this.abusers.list(id, actor);
  }

  @Post(':id/abusers')
  @Access('cases:work')
  @ApiOperation({
    operationId: 'createCaseAbuser',
    summary: 'Record a person who abused the children: no name, what the statistics count',
  })
  @ApiCreatedResponse({ type: CaseAbuserDto })
  @ApiProblem(409, 'The case was handed over')
  @ApiProblem(410, 'The case was anonymised')
  @ApiProblem(422, 'A relationship not in the list')
  create(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: CreateCaseAbuserDto,
    @CurrentActor() actor: Actor,
  ): Promise<CaseAbuserDto> {
    return this.abusers.add(id, dto, actor);
  }

  @Delete(':id/abusers/:abuserId')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Removed' })
  @Access('cases:work')
  @ApiOperation({
    operationId: 'deleteCaseAbuser',
    summary: 'Remove an abuser recorded by mistake (kept in the audit log)',
  })
  @ApiProblem(409, 'The case was handed over')
  remove(
    @Param('id', ParseUUIDPipe) id: string,
    @Param('abuserId', ParseUUIDPipe) abuserId: string,
    @CurrentActor() actor: Actor,
  ): Promise<void> {
    return this.abusers.remove(id, abuserId, actor);
  }
}
