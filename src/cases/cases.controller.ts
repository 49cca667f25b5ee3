import {
  Body,
  Controller,
  Get,
  Headers,
  Param,
  ParseUUIDPipe,
  Post,
  Query,
  Res,
} from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiParam } from '@nestjs/swagger';
import type { Response } from 'express';
import { Access } from '../access/access.decorator.js';
import { StepUp } from '../access/step-up.decorator.js';
import { type Actor, CurrentActor } from '../access/actor.js';
import { AppException } from '../common/app.exception.js';
import { versionOf, withETag } from '../common/etag.js';
import { type Page, PageQuery } from '../common/pagination.js';
import { CASE_FORMS, type CaseForm } from './case-form-sources.js';
import { CasesService } from './cases.service.js';
import {
  CaseDto,
  CaseFormQuery,
  type CaseListItemDto,
  CasePageDto,
  CaseQuery,
  CreateCaseDto,
  type ReportedCaseDto,
  ReportedCasePageDto,
} from './dto/case.dto.js';
import {
  ApprovalDto,
  AssessmentDto,
  AssignDto,
  EmergencyMeasuresDto,
  InitialAssessmentDto,
  ReasonDto,
  ReviewDto,
} from './dto/case-steps.dto.js';
import { TimelineDto } from './dto/timeline.dto.js';
import { CreateNoteDto, NoteDto } from './dto/note.dto.js';
import { ApiProblem, ApiFile, ETAG_HEADER as ETAG } from '../common/openapi.js';
import { Step } from './case-step.decorator.js';
import { CaseQueries } from './case-queries.service.js';
import { CaseDocuments } from './case-documents.service.js';

@Controller('cases')
export class CasesController {
  constructor(
    private readonly cases: CasesService,
    private readonly queries: CaseQueries,
    private readonly documents: CaseDocuments,
  ) {}

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
    return this.queries.list(query, actor);
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
    return this.queries.reported(query, actor);
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
    return withETag(res, await this.queries.get(id, actor));
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
    return this.queries.timeline(id, actor);
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
    const printed = await this.documents.form(id, form as CaseForm, actor, query.childId);
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
    return this.queries.notes(id, actor);
  }
}
