import { Body, Controller, Get, Headers, Param, ParseUUIDPipe, Post, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Access } from '../access/access.decorator.js';
import { StepUp } from '../access/step-up.decorator.js';
import { type Actor, CurrentActor } from '../access/actor.js';
import { AppException } from '../common/app.exception.js';
import { versionOf, withETag } from '../common/etag.js';
import { PLAN_ACTION_ID } from './plan-actions.js';
import { CaseDto } from './dto/case.dto.js';
import { ReasonDto } from './dto/case-steps.dto.js';
import {
  PlanApprovalDto,
  CasePlanActionDto,
  PlanActionStatusDto,
  PlanDto,
} from './dto/plan.dto.js';
import { ApiProblem } from '../common/openapi.js';
import { Step } from './case-step.decorator.js';
import { CaseQueries } from './case-queries.service.js';
import { CasePlans } from './case-plans.service.js';

/** The plan's routes: submitted, approved or sent back, its actions and their statuses. */
@ApiTags('cases')
@Controller('cases')
export class CasePlansController {
  constructor(
    private readonly plans: CasePlans,
    private readonly queries: CaseQueries,
  ) {}

  @Post(':id/plan')
  @Access('cases:work')
  @Step('submitPlan', 'Submit the support or intervention plan (Mẫu 04) for approval')
  async plan(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: PlanDto,
    @Headers('if-match') ifMatch: string | undefined,
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) res: Response,
  ): Promise<CaseDto> {
    return withETag(res, await this.plans.plan(id, dto, actor, versionOf(ifMatch, false)));
  }

  @Post(':id/plan/approve')
  @Access('cases:approve')
  @StepUp('plan/approve')
  @Step('approvePlan', 'Approve the plan (Mẫu 05)')
  async approvePlan(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: PlanApprovalDto,
    @Headers('if-match') ifMatch: string | undefined,
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) res: Response,
  ): Promise<CaseDto> {
    return withETag(res, await this.plans.approvePlan(id, dto, actor, versionOf(ifMatch, false)));
  }

  @Post(':id/plan/reject')
  @Access('cases:approve')
  @StepUp('plan/reject')
  @Step('rejectPlan', 'Send the plan back for redrafting, with the reason')
  async rejectPlan(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: ReasonDto,
    @Headers('if-match') ifMatch: string | undefined,
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) res: Response,
  ): Promise<CaseDto> {
    return withETag(res, await this.plans.rejectPlan(id, dto, actor, versionOf(ifMatch, false)));
  }

  @Get(':id/plan/actions')
  @Access('cases:read')
  @ApiOperation({
    operationId: 'listPlanActions',
    summary: 'The current plan’s actions: who answers for each, its due date, status and delay',
  })
  @ApiOkResponse({ type: [CasePlanActionDto] })
  planActions(
    @Param('id', ParseUUIDPipe) id: string,
    @CurrentActor() actor: Actor,
  ): Promise<CasePlanActionDto[]> {
    return this.queries.planActions(id, actor);
  }

  @Post(':id/plan/actions/:actionId/status')
  @Access('cases:work')
  @Step(
    'updatePlanActionStatus',
    'A plan action in progress, done, or not done with the reason (while the plan is carried out)',
  )
  @ApiParam({ name: 'actionId', example: '1234-1' })
  @ApiProblem(404, 'No such action in the current plan')
  async updatePlanAction(
    @Param('id', ParseUUIDPipe) id: string,
    @Param('actionId') actionId: string,
    @Body() dto: PlanActionStatusDto,
    @Headers('if-match') ifMatch: string | undefined,
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) res: Response,
  ): Promise<CaseDto> {
    if (!PLAN_ACTION_ID.test(actionId)) throw new AppException('not-found');
    const version = versionOf(ifMatch, false);
    return withETag(res, await this.plans.updatePlanAction(id, actionId, dto, actor, version));
  }
}
