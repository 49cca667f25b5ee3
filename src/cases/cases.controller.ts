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
  ApiParam,
  ApiTags,
} from '@nestjs/swagger';
import type { Response } from 'express';
import { Access } from '../auth/access.decorator.js';
import { StepUp } from '../auth/step-up.decorator.js';
import { type Actor, CurrentActor } from '../auth/actor.js';
import { AppException } from '../common/app.exception.js';
import { versionOf, withETag } from '../common/etag.js';
import { type Page, PageQuery } from '../common/pagination.js';
import { CASE_FORMS, type CaseForm } from './case-forms.js';
import { CasesService } from './cases.service.js';
import { PLAN_ACTION_ID } from './plan-actions.js';
import {
  ApprovalDto,
  PlanApprovalDto,
  AssessmentDto,
  AssignDto,
  CaseDto,
  CaseFormQuery,
  type CaseListItemDto,
  CasePageDto,
  CasePlanActionDto,
  CaseQuery,
  CreateCaseDto,
  CreateNoteDto,
  EmergencyMeasuresDto,
  InitialAssessmentDto,
  IsolationDecisionDto,
  IsolationEndDto,
  IsolationExtendDto,
  NoteDto,
  PlanActionStatusDto,
  PlanDto,
  ReasonDto,
  type ReportedCaseDto,
  ReportedCasePageDto,
  ReviewDto,
  TimelineDto,
} from './dto/case.dto.js';
import { ApiProblem, ApiFile, ETAG_HEADER as ETAG } from '../common/openapi.js';

/** A step of the workflow: 200 with the case, 409 listing the allowed actions when not allowed. */
function Step(operationId: string, summary: string): MethodDecorator {
  return applyDecorators(
    HttpCode(200),
    ApiOperation({
      operationId,
      summary,
      description: 'Not allowed in the case’s status: 409, the allowed actions in `detail`.',
    }),
    ApiHeader({
      name: 'If-Match',
      required: false,
      description: 'The ETag read ("<version>"); when sent, a stale one is refused (412)',
    }),
    ApiOkResponse({ type: CaseDto, headers: ETAG }),
  );
}

@ApiTags('cases')
@Controller('cases')
export class CasesController {
  constructor(private readonly cases: CasesService) {}

  @Post()
  @Access('cases:intake')
  @ApiOperation({
    operationId: 'createCase',
    summary: 'Intake of a report (Mẫu 01): a case in the commune where it happened',
    description:
      'Commune staff and the 111 hotline’s system: in their areas, in the commune where it ' +
      'happened (`location`, else the first child’s). The staff of a receiving point (police, ' +
      'school, health facility): about a child living anywhere; the case goes to the commune ' +
      'where the first child lives, its `source` their organisation’s kind. The commune’s social ' +
      'workers and chair are notified at once.',
  })
  @ApiCreatedResponse({ type: CaseDto, headers: ETAG })
  async intake(
    @Body() dto: CreateCaseDto,
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) res: Response,
  ): Promise<CaseDto> {
    return withETag(res, await this.cases.intake(dto, actor));
  }

  @Get()
  @Access('cases:read')
  @ApiOperation({ operationId: 'listCases', summary: 'Cases in the caller’s areas, newest first' })
  @ApiOkResponse({ type: CasePageDto })
  list(@Query() query: CaseQuery, @CurrentActor() actor: Actor): Promise<Page<CaseListItemDto>> {
    return this.cases.list(query, actor);
  }

  @Get('reported')
  @Access('cases:reported')
  @ApiOperation({
    operationId: 'listReportedCases',
    summary: 'The reports the caller recorded as a receiving point: code, commune and status only',
    description:
      'Need-to-know: the staff of a receiving point (police, school, health facility) follow what ' +
      'became of their reports, not the case file. Newest first; the read is audited.',
  })
  @ApiOkResponse({ type: ReportedCasePageDto })
  reported(
    @Query() query: PageQuery,
    @CurrentActor() actor: Actor,
  ): Promise<Page<ReportedCaseDto>> {
    return this.cases.reported(query, actor);
  }

  @Get(':id')
  @Access('cases:read')
  @ApiOperation({
    operationId: 'getCase',
    summary: 'A case, with its report (the read is audited)',
  })
  @ApiOkResponse({ type: CaseDto, headers: ETAG })
  async get(
    @Param('id', ParseUUIDPipe) id: string,
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) res: Response,
  ): Promise<CaseDto> {
    return withETag(res, await this.cases.get(id, actor));
  }

  @Get(':id/timeline')
  @Access('cases:read')
  @ApiOperation({
    operationId: 'getCaseTimeline',
    summary: 'Every step: who, when, and whether it met its deadline',
  })
  @ApiOkResponse({ type: TimelineDto })
  timeline(
    @Param('id', ParseUUIDPipe) id: string,
    @CurrentActor() actor: Actor,
  ): Promise<TimelineDto> {
    return this.cases.timeline(id, actor);
  }

  @Get(':id/forms/:form')
  @Access('cases:read')
  @ApiOperation({
    operationId: 'getCaseForm',
    summary: 'A statutory form (Decree 56/2017, Mẫu 01-06) filled from the case, as a PDF',
    description:
      'Each form concerns one child: in a case about several children, one PDF per child, chosen ' +
      'by childId (default: the first of the case’s childIds; the file name then ends in the ' +
      'child’s number). A form whose step has not been taken yet: 409. Mẫu 05 before approval ' +
      'is a draft.',
  })
  @ApiParam({ name: 'form', enum: CASE_FORMS })
  @ApiFile('The form (PDF)', 'application/pdf')
  @ApiProblem(422, 'childId is not one of the case’s children')
  @ApiProblem(409, 'The form’s step has not been taken yet')
  @ApiProblem(410, 'The case was anonymised by its retention policy')
  async form(
    @Param('id', ParseUUIDPipe) id: string,
    @Param('form') form: string,
    @Query() query: CaseFormQuery,
    @CurrentActor() actor: Actor,
    @Res() res: Response,
  ): Promise<void> {
    if (!CASE_FORMS.includes(form as CaseForm)) throw new AppException('not-found');
    const printed = await this.cases.form(id, form as CaseForm, actor, query.childId);
    const name = `${printed.code}-${form}${printed.of > 1 ? `-${printed.number}` : ''}.pdf`;
    res
      .status(200)
      .type('application/pdf')
      .setHeader('Content-Disposition', `inline; filename="${name}"`)
      .setHeader('Cache-Control', 'no-store')
      .send(printed.pdf);
  }

  @Post(':id/assign')
  @Access('cases:work')
  @Step('assignCase', 'Assign the case to a social worker of its commune')
  async assign(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: AssignDto,
    @Headers('if-match') ifMatch: string | undefined,
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) res: Response,
  ): Promise<CaseDto> {
    return withETag(res, await this.cases.assign(id, dto, actor, versionOf(ifMatch, false)));
  }

  @Post(':id/initial-assessment')
  @Access('cases:work')
  @Step(
    'recordInitialAssessment',
    'Initial assessment (Mẫu 02): ratings, immediate danger, protection level',
  )
  async initialAssessment(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: InitialAssessmentDto,
    @Headers('if-match') ifMatch: string | undefined,
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) res: Response,
  ): Promise<CaseDto> {
    const version = versionOf(ifMatch, false);
    return withETag(res, await this.cases.initialAssessment(id, dto, actor, version));
  }

  @Post(':id/emergency-measures')
  @Access('cases:work')
  @Step(
    'recordEmergencyMeasures',
    'Emergency protection measures; a temporary isolation proposed to the chair, who is notified',
  )
  async emergencyMeasures(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: EmergencyMeasuresDto,
    @Headers('if-match') ifMatch: string | undefined,
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) res: Response,
  ): Promise<CaseDto> {
    const version = versionOf(ifMatch, false);
    return withETag(res, await this.cases.emergencyMeasures(id, dto, actor, version));
  }

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
    return withETag(res, await this.cases.decideIsolation(id, dto, actor, version));
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
    const { code, pdf } = await this.cases.isolationDecision(id, actor);
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
    return withETag(res, await this.cases.extendIsolation(id, dto, actor, version));
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
    return withETag(res, await this.cases.endIsolation(id, dto, actor, version));
  }

  @Post(':id/assessment')
  @Access('cases:work')
  @Step('recordAssessment', 'Comprehensive assessment (Mẫu 03) and case conference')
  async assessment(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: AssessmentDto,
    @Headers('if-match') ifMatch: string | undefined,
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) res: Response,
  ): Promise<CaseDto> {
    return withETag(res, await this.cases.assessment(id, dto, actor, versionOf(ifMatch, false)));
  }

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
    return withETag(res, await this.cases.plan(id, dto, actor, versionOf(ifMatch, false)));
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
    return withETag(res, await this.cases.approvePlan(id, dto, actor, versionOf(ifMatch, false)));
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
    return withETag(res, await this.cases.rejectPlan(id, dto, actor, versionOf(ifMatch, false)));
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
    return this.cases.planActions(id, actor);
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
    return withETag(res, await this.cases.updatePlanAction(id, actionId, dto, actor, version));
  }

  @Post(':id/reviews')
  @Access('cases:work')
  @Step('recordReview', 'Review (Mẫu 06): continue, a new plan, or propose closure')
  async review(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: ReviewDto,
    @Headers('if-match') ifMatch: string | undefined,
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) res: Response,
  ): Promise<CaseDto> {
    return withETag(res, await this.cases.review(id, dto, actor, versionOf(ifMatch, false)));
  }

  @Post(':id/close')
  @Access('cases:work')
  @Step('proposeClosure', 'Propose closing the case, with the reason')
  async proposeClosure(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: ReasonDto,
    @Headers('if-match') ifMatch: string | undefined,
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) res: Response,
  ): Promise<CaseDto> {
    const version = versionOf(ifMatch, false);
    return withETag(res, await this.cases.proposeClosure(id, dto, actor, version));
  }

  @Post(':id/close/approve')
  @Access('cases:approve')
  @StepUp('close/approve')
  @Step('approveClosure', 'Close the case')
  async approveClosure(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: ApprovalDto,
    @Headers('if-match') ifMatch: string | undefined,
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) res: Response,
  ): Promise<CaseDto> {
    const version = versionOf(ifMatch, false);
    return withETag(res, await this.cases.approveClosure(id, dto, actor, version));
  }

  @Post(':id/close/reject')
  @Access('cases:approve')
  @StepUp('close/reject')
  @Step('rejectClosure', 'Refuse the closure: the case returns to where it was')
  async rejectClosure(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: ReasonDto,
    @Headers('if-match') ifMatch: string | undefined,
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) res: Response,
  ): Promise<CaseDto> {
    const version = versionOf(ifMatch, false);
    return withETag(res, await this.cases.rejectClosure(id, dto, actor, version));
  }

  @Post(':id/reopen')
  @Access('cases:approve')
  @StepUp('reopen')
  @Step('reopenCase', 'Reopen a closed case, with the reason: back to planning')
  async reopen(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: ReasonDto,
    @Headers('if-match') ifMatch: string | undefined,
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) res: Response,
  ): Promise<CaseDto> {
    return withETag(res, await this.cases.reopen(id, dto, actor, versionOf(ifMatch, false)));
  }

  @Post(':id/notes')
  @Access('cases:work')
  @ApiOperation({
    operationId: 'addCaseNote',
    summary: 'Add a note (encrypted at rest), for the case team or restricted',
  })
  @ApiCreatedResponse({ type: NoteDto })
  addNote(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: CreateNoteDto,
    @CurrentActor() actor: Actor,
  ): Promise<NoteDto> {
    return this.cases.addNote(id, dto, actor);
  }

  @Get(':id/notes')
  @Access('cases:read')
  @ApiOperation({
    operationId: 'listCaseNotes',
    summary: 'The notes the caller may read, oldest first (the read is audited)',
  })
  @ApiOkResponse({ type: [NoteDto] })
  notes(@Param('id', ParseUUIDPipe) id: string, @CurrentActor() actor: Actor): Promise<NoteDto[]> {
    return this.cases.notes(id, actor);
  }
}
