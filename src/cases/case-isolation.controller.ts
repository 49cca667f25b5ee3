import { Body, Controller, Get, Headers, Param, ParseUUIDPipe, Post, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Access } from '../access/access.decorator.js';
import { StepUp } from '../access/step-up.decorator.js';
import { type Actor, CurrentActor } from '../access/actor.js';
import { versionOf, withETag } from '../common/etag.js';
import { CaseDto } from './dto/case.dto.js';
import { IsolationDecisionDto, IsolationEndDto, IsolationExtendDto } from './dto/isolation.dto.js';
import { ApiProblem, ApiFile } from '../common/openapi.js';
import { Step } from './case-step.decorator.js';
import { CaseDocuments } from './case-documents.service.js';
import { CaseIsolation } from './case-isolation.service.js';

/** The temporary isolation's routes: the chair's decision and extension, its end, its PDF. */
@ApiTags('cases')
@Controller('cases')
export class CaseIsolationController {
  constructor(
    private readonly isolation: CaseIsolation,
    private readonly documents: CaseDocuments,
  ) {}

  @Post(':id/isolation')
  @Access('cases:approve')
  @StepUp('isolation')
  @Step(
    'decideIsolation',
    'The commune chair’s decision on a temporary isolation (Decree 56/2017 art. 32): 15 days at most',
  )
  @ApiProblem(403, 'A session signed in without the second factor, or an API key')
  @ApiProblem(422, 'More than 15 days, naming the rule; or invalid fields')
  async decideIsolation(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: IsolationDecisionDto,
    @Headers('if-match') ifMatch: string | undefined,
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) res: Response,
  ): Promise<CaseDto> {
    const version = versionOf(ifMatch, false);
    return withETag(res, await this.isolation.decideIsolation(id, dto, actor, version));
  }

  @Get(':id/isolation/decision')
  @Access('cases:read')
  @ApiOperation({
    operationId: 'getIsolationDecision',
    summary: 'The commune chair’s latest isolation decision, with its extensions, as a PDF',
    description:
      'None yet (or only an isolation a social worker recorded before decisions were required): 409.',
  })
  @ApiFile('The decision (PDF)', 'application/pdf')
  @ApiProblem(409, 'The case has no isolation decision')
  @ApiProblem(410, 'The case was anonymised by its retention policy')
  async isolationDecision(
    @Param('id', ParseUUIDPipe) id: string,
    @CurrentActor() actor: Actor,
    @Res() res: Response,
  ): Promise<void> {
    const { code, pdf } = await this.documents.isolationDecision(id, actor);
    res
      .status(200)
      .type('application/pdf')
      .setHeader('Content-Disposition', `inline; filename="${code}-isolation-decision.pdf"`)
      .setHeader('Cache-Control', 'no-store')
      .send(pdf);
  }

  @Post(':id/isolation/extend')
  @Access('cases:approve')
  @StepUp('isolation/extend')
  @Step(
    'extendIsolation',
    'Extend the temporary isolation (the chair, with the second factor): past 15 days in all only ' +
      'with the legal ground and the requesting authority',
  )
  @ApiProblem(403, 'A session signed in without the second factor, or an API key')
  @ApiProblem(422, 'Past 15 days without the legal ground or the requesting authority')
  async extendIsolation(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: IsolationExtendDto,
    @Headers('if-match') ifMatch: string | undefined,
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) res: Response,
  ): Promise<CaseDto> {
    const version = versionOf(ifMatch, false);
    return withETag(res, await this.isolation.extendIsolation(id, dto, actor, version));
  }

  @Post(':id/isolation/end')
  @Access('cases:work')
  @Step(
    'endIsolation',
    'Record that the temporary isolation ended (at its term, or on the chair’s revocation)',
  )
  async endIsolation(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: IsolationEndDto,
    @Headers('if-match') ifMatch: string | undefined,
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) res: Response,
  ): Promise<CaseDto> {
    const version = versionOf(ifMatch, false);
    return withETag(res, await this.isolation.endIsolation(id, dto, actor, version));
  }
}
