import {
  applyDecorators,
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
import {
  ApiCreatedResponse,
  ApiHeader,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type { Response } from 'express';
import { Access } from '../access/access.decorator.js';
import { type Actor, CurrentActor } from '../access/actor.js';
import { versionOf, withETag } from '../common/etag.js';
import type { Page } from '../common/pagination.js';
import {
  AcceptReferralDto,
  CompleteReferralDto,
  CreateReferralDto,
  FiguresQuery,
  ReferralDto,
  ReferralFiguresDto,
  ReferralHandlersDto,
  ReferralPageDto,
  ReferralQuery,
  ReferralReasonDto,
} from './dto/referral.dto.js';
import { ReferralReadsService } from './referral-reads.service.js';
import { ReferralStatisticsService } from './referral-statistics.service.js';
import { ReferralsService } from './referrals.service.js';
import { ApiProblem, ETAG_HEADER as ETAG } from '../common/openapi.js';

/** A step of a referral: 200 with it, 409 listing the allowed actions when not allowed. */
function Step(operationId: string, summary: string): MethodDecorator {
  return applyDecorators(
    HttpCode(200),
    ApiOperation({
      operationId,
      summary,
      description: 'Not allowed in the referral’s status: 409, the allowed actions in `detail`.',
    }),
    ApiHeader({
      name: 'If-Match',
      required: false,
      description: 'The ETag read ("<version>"); when sent, a stale one is refused (412)',
    }),
    ApiOkResponse({ type: ReferralDto, headers: ETAG }),
  );
}

@ApiTags('referrals')
@Controller()
export class ReferralsController {
  constructor(
    private readonly referrals: ReferralsService,
    private readonly reads: ReferralReadsService,
    private readonly statistics: ReferralStatisticsService,
  ) {}

  @Post('cases/:id/referrals')
  @Access('referrals:send')
  @ApiOperation({
    operationId: 'createReferral',
    summary: 'Refer a case to an organisation’s queue, sharing only the fields chosen',
  })
  @ApiCreatedResponse({ type: ReferralDto, headers: ETAG })
  async create(
    @Param('id', ParseUUIDPipe) caseId: string,
    @Body() dto: CreateReferralDto,
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) res: Response,
  ): Promise<ReferralDto> {
    return withETag(res, await this.referrals.create(caseId, dto, actor));
  }

  @Get('cases/:id/referrals')
  @Access('cases:read')
  @ApiOperation({
    operationId: 'listCaseReferrals',
    summary: 'The referrals of a case, with their outcomes, newest first',
  })
  @ApiOkResponse({ type: ReferralPageDto })
  ofCase(
    @Param('id', ParseUUIDPipe) caseId: string,
    @Query() query: ReferralQuery,
    @CurrentActor() actor: Actor,
  ): Promise<Page<ReferralDto>> {
    return this.reads.ofCase(caseId, query, actor);
  }

  @Get('referrals/inbox')
  @Access('referrals:receive')
  @ApiOperation({
    operationId: 'listReferralInbox',
    summary: 'The caller’s organisation’s queue: most urgent first, then oldest',
  })
  @ApiOkResponse({ type: ReferralPageDto })
  inbox(@Query() query: ReferralQuery, @CurrentActor() actor: Actor): Promise<Page<ReferralDto>> {
    return this.reads.inbox(query, actor);
  }

  @Get('referrals/handlers')
  @Access('referrals:receive')
  @ApiOperation({
    operationId: 'listReferralHandlers',
    summary: 'Who may handle a referral the caller’s organisation accepts (assigneeId): its staff',
  })
  @ApiOkResponse({ type: ReferralHandlersDto })
  handlers(@CurrentActor() actor: Actor): Promise<ReferralHandlersDto> {
    return this.reads.handlers(actor);
  }

  @Get('referrals/outbox')
  @Access('referrals:send')
  @ApiOperation({
    operationId: 'listReferralOutbox',
    summary: 'Referrals sent from the caller’s organisation, newest first',
  })
  @ApiOkResponse({ type: ReferralPageDto })
  outbox(@Query() query: ReferralQuery, @CurrentActor() actor: Actor): Promise<Page<ReferralDto>> {
    return this.reads.outbox(query, actor);
  }

  @Get('referrals/figures')
  @Access('reports:aggregate')
  @ApiOperation({
    operationId: 'getReferralFigures',
    summary:
      'Per receiving organisation and agency type: counts by status, time to each step, late share',
  })
  @ApiOkResponse({ type: ReferralFiguresDto })
  @ApiProblem(422, 'An unknown area, or a commune outside the province given')
  figures(@Query() query: FiguresQuery, @CurrentActor() actor: Actor): Promise<ReferralFiguresDto> {
    return this.statistics.figures(query, actor);
  }

  @Get('referrals/:id')
  @Access.authenticated()
  @ApiOperation({
    operationId: 'getReferral',
    summary: 'A referral: to the receiving organisation only what was shared (the read is audited)',
    description:
      'Staff of the receiving organisation, or the sending side in the case’s area; anyone else: 404.',
  })
  @ApiOkResponse({ type: ReferralDto, headers: ETAG })
  async get(
    @Param('id', ParseUUIDPipe) id: string,
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) res: Response,
  ): Promise<ReferralDto> {
    return withETag(res, await this.reads.get(id, actor));
  }

  @Post('referrals/:id/acknowledge')
  @Access('referrals:receive')
  @Step('acknowledgeReferral', 'The receiving organisation has seen it')
  async acknowledge(
    @Param('id', ParseUUIDPipe) id: string,
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) res: Response,
    @Headers('if-match') ifMatch?: string,
  ): Promise<ReferralDto> {
    return withETag(res, await this.referrals.acknowledge(id, actor, versionOf(ifMatch, false)));
  }

  @Post('referrals/:id/accept')
  @Access('referrals:receive')
  @Step('acceptReferral', 'The receiving organisation takes it on, naming who handles it')
  async accept(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: AcceptReferralDto,
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) res: Response,
    @Headers('if-match') ifMatch?: string,
  ): Promise<ReferralDto> {
    return withETag(res, await this.referrals.accept(id, dto, actor, versionOf(ifMatch, false)));
  }

  @Post('referrals/:id/decline')
  @Access('referrals:receive')
  @Step('declineReferral', 'The receiving organisation declines it, with a reason; sharing stops')
  async decline(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: ReferralReasonDto,
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) res: Response,
    @Headers('if-match') ifMatch?: string,
  ): Promise<ReferralDto> {
    return withETag(res, await this.referrals.decline(id, dto, actor, versionOf(ifMatch, false)));
  }

  @Post('referrals/:id/complete')
  @Access('referrals:receive')
  @Step('completeReferral', 'The service is delivered: the outcome goes back to the case')
  async complete(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: CompleteReferralDto,
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) res: Response,
    @Headers('if-match') ifMatch?: string,
  ): Promise<ReferralDto> {
    return withETag(res, await this.referrals.complete(id, dto, actor, versionOf(ifMatch, false)));
  }

  @Post('referrals/:id/cancel')
  @Access('referrals:send')
  @Step('cancelReferral', 'The sending side withdraws it, with a reason; sharing stops')
  async cancel(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: ReferralReasonDto,
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) res: Response,
    @Headers('if-match') ifMatch?: string,
  ): Promise<ReferralDto> {
    return withETag(res, await this.referrals.cancel(id, dto, actor, versionOf(ifMatch, false)));
  }
}
