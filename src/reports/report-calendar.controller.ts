import {
  Body,
  Controller,
  Get,
  HttpCode,
  Param,
  ParseEnumPipe,
  ParseUUIDPipe,
  Post,
  Put,
  Query,
  Res,
} from '@nestjs/common';
import {
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiTags,
} from '@nestjs/swagger';
import type { Response } from 'express';
import { Access } from '../access/access.decorator.js';
import { type Actor, CurrentActor } from '../access/actor.js';
import { StepUp } from '../access/step-up.decorator.js';
import { XLSX } from '../children/sheet-columns.js';
import { ApiFile, ApiProblem } from '../common/openapi.js';
import {
  DeadlineListDto,
  DeadlinesQuery,
  ReminderResultDto,
  ReportSubmissionDto,
  ReportSubmissionListDto,
  SetDeadlineDto,
  SubmissionOverviewDto,
  SubmissionsQuery,
  SubmitReportDto,
} from './dto/report-calendar.dto.js';
import { DEADLINE_REPORTS, type DeadlineReport } from './entities/report-deadline.entity.js';
import { ReportCalendarService } from './report-calendar.service.js';
import { termSlug } from './report-term.js';

const FORMATS = { xlsx: 'xlsx', pdf: 'pdf' } as const;
const REPORTS = Object.fromEntries(DEADLINE_REPORTS.map((r) => [r, r])) as Record<
  DeadlineReport,
  DeadlineReport
>;

/** The reporting calendar: due dates, submissions, the province's view and its reminders. */
@ApiTags('reports')
@Controller('reports')
export class ReportCalendarController {
  constructor(private readonly calendar: ReportCalendarService) {}

  @Get('deadlines')
  @Access('reports:periodic')
  @ApiOperation({
    operationId: 'listReportDeadlines',
    summary: 'The due dates of the periodic reports in a province (its own, else the plans’)',
  })
  @ApiOkResponse({ type: DeadlineListDto })
  deadlines(@Query() query: DeadlinesQuery): Promise<DeadlineListDto> {
    return this.calendar.deadlines(query.provinceCode);
  }

  @Put('deadlines/:report')
  @Access('reports:oversee')
  @ApiOperation({
    operationId: 'setReportDeadline',
    summary: 'Set the province’s due date of a report (a day of every year; audited)',
  })
  @ApiParam({ name: 'report', enum: DEADLINE_REPORTS })
  @ApiOkResponse({ type: DeadlineListDto })
  @ApiProblem(422, 'A day not in every year (31/4, 29/2)')
  setDeadline(
    @Param('report', new ParseEnumPipe(REPORTS)) report: DeadlineReport,
    @Body() dto: SetDeadlineDto,
    @CurrentActor() actor: Actor,
  ): Promise<DeadlineListDto> {
    return this.calendar.setDeadline(report, dto, actor);
  }

  @Post('periodic/:id/submissions')
  @Access('reports:submit')
  @StepUp('report/submit')
  @ApiOperation({
    operationId: 'submitPeriodicReport',
    summary: 'Submit the report as now made, with the second factor; again, a correction',
    description:
      'Its files are copied as they are and never change. A commune submits its own report, a ' +
      'province its own. Submitting again, after the report was made again, is a correction: ' +
      'a new version, with its `reason`. Late when submitted on a day after the due date.',
  })
  @ApiCreatedResponse({ type: ReportSubmissionDto })
  @ApiProblem(409, 'The report is being made, or this making of it was submitted already')
  submit(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: SubmitReportDto,
    @CurrentActor() actor: Actor,
  ): Promise<ReportSubmissionDto> {
    return this.calendar.submit(id, dto, actor);
  }

  @Get('periodic/:id/submissions')
  @Access('reports:periodic')
  @ApiOperation({
    operationId: 'listReportSubmissions',
    summary: 'A report’s submitted versions, with their reasons and files',
  })
  @ApiOkResponse({ type: ReportSubmissionListDto })
  submissions(
    @Param('id', ParseUUIDPipe) id: string,
    @CurrentActor() actor: Actor,
  ): Promise<ReportSubmissionListDto> {
    return this.calendar.submissions(id, actor);
  }

  @Get('submissions/:id.:format')
  @Access('reports:periodic')
  @ApiOperation({
    operationId: 'getReportSubmissionFile',
    summary: 'A submitted version’s spreadsheet or PDF, as submitted (the read is audited)',
  })
  @ApiParam({ name: 'format', enum: ['xlsx', 'pdf'] })
  @ApiFile('The report as submitted (.xlsx or PDF)', XLSX, 'application/pdf')
  async submissionFile(
    @Param('id', ParseUUIDPipe) id: string,
    @Param('format', new ParseEnumPipe(FORMATS)) format: 'xlsx' | 'pdf',
    @CurrentActor() actor: Actor,
    @Res() res: Response,
  ): Promise<void> {
    const { submission, content } = await this.calendar.submissionFile(id, format, actor);
    const area = submission.communeCode ?? submission.provinceCode;
    res
      .status(200)
      .type(format === 'xlsx' ? XLSX : 'application/pdf')
      .attachment(
        `bao-cao-tre-em-${termSlug(submission.year, submission.term)}-${area}-lan-${submission.version}.${format}`,
      )
      .send(content);
  }

  @Get('submissions')
  @Access('reports:oversee')
  @ApiOperation({
    operationId: 'getSubmissionOverview',
    summary:
      'Which communes of the province have submitted the report of the year (or of its first six months), on time or late',
  })
  @ApiOkResponse({ type: SubmissionOverviewDto })
  overview(
    @Query() query: SubmissionsQuery,
    @CurrentActor() actor: Actor,
  ): Promise<SubmissionOverviewDto> {
    return this.calendar.overview(query, actor);
  }

  @Post('submissions/reminders')
  @HttpCode(200)
  @Access('reports:oversee')
  @ApiOperation({
    operationId: 'remindCommunes',
    summary:
      'Remind the communes that have not submitted the report of the year or of its first six months (once a day each)',
  })
  @ApiOkResponse({ type: ReminderResultDto })
  remind(@Body() dto: SubmissionsQuery, @CurrentActor() actor: Actor): Promise<ReminderResultDto> {
    return this.calendar.remind(dto, actor);
  }
}
