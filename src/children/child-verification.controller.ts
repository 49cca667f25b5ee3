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
  Res,
} from '@nestjs/common';
import { ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Access } from '../access/access.decorator.js';
import { type Actor, CurrentActor } from '../access/actor.js';
import { versionOf, withETag } from '../common/etag.js';
import { ApiProblem } from '../common/openapi.js';
import { ChildVerificationService } from './child-verification.service.js';
import {
  ChildVerificationDto,
  ResolveVerificationDto,
  VerificationWorklistDto,
  VerificationWorklistQuery,
} from './dto/child-verification.dto.js';
import { ChildDto } from './dto/child.dto.js';

/** Records against the national population database: a record's checks, the commune's worklist. */
@ApiTags('children')
@Controller('children')
export class ChildVerificationController {
  constructor(private readonly verification: ChildVerificationService) {}

  @Get('verification-worklist')
  @Access('children:verify')
  @ApiOperation({
    operationId: 'getVerificationWorklist',
    summary:
      'The commune’s records the population database disagrees with, the database’s values beside ours',
  })
  @ApiOkResponse({ type: VerificationWorklistDto })
  worklist(
    @Query() query: VerificationWorklistQuery,
    @CurrentActor() actor: Actor,
  ): Promise<VerificationWorklistDto> {
    return this.verification.worklist(query, actor);
  }

  @Get(':id/verification')
  @Access('children:read')
  @ApiOperation({
    operationId: 'getChildVerification',
    summary: 'The record against the population database: its state, differences and checks',
  })
  @ApiOkResponse({ type: ChildVerificationDto })
  status(
    @Param('id', ParseUUIDPipe) id: string,
    @CurrentActor() actor: Actor,
  ): Promise<ChildVerificationDto> {
    return this.verification.status(id, actor);
  }

  @Post(':id/verification/resolve')
  @HttpCode(200)
  @Access('children:verify')
  @ApiOperation({
    operationId: 'resolveChildVerification',
    summary:
      'Take the database’s values field by field, or keep ours with a note (the record is then disputed)',
  })
  @ApiHeader({ name: 'If-Match', required: true, description: 'The ETag read: "<version>"' })
  @ApiOkResponse({ type: ChildDto })
  @ApiProblem(409, 'The record is not on the worklist, or a value taken belongs to another child')
  @ApiProblem(422, 'A field that does not differ, or a value kept without a note')
  async resolve(
    @Param('id', ParseUUIDPipe) id: string,
    @Headers('if-match') ifMatch: string | undefined,
    @Body() dto: ResolveVerificationDto,
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) res: Response,
  ): Promise<ChildDto> {
    return withETag(res, await this.verification.resolve(id, versionOf(ifMatch, true), dto, actor));
  }
}
