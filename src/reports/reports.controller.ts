import {
  Body,
  Controller,
  Get,
  HttpCode,
  Logger,
  Param,
  ParseEnumPipe,
  ParseUUIDPipe,
  Post,
  Query,
  Res,
} from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import type { Response } from 'express';
import { Access } from '../access/access.decorator.js';
import { type Actor, CurrentActor } from '../access/actor.js';
import { todayInVietnam } from '../children/age.js';
import { type ChildDto, ChildPageDto } from '../children/dto/child.dto.js';
import { XLSX } from '../children/sheet-columns.js';
import { streamDownload } from '../common/download.js';
import type { Page } from '../common/pagination.js';
import {
  ACTION_LISTS,
  type ActionList,
  ActionListQuery,
  DashboardDto,
  IndicatorDto,
  IndicatorsQuery,
  PeriodicReportDto,
  PeriodicReportPageDto,
  PeriodicReportQuery,
  PeriodicReportRequestDto,
  ReportAreaQuery,
} from './dto/report.dto.js';
import { PeriodicReportsService } from './periodic-reports.service.js';
import { indicatorWorkbook } from './report-workbook.js';
import { ReportsService } from './reports.service.js';
import { termSlug } from './report-term.js';
import { ApiProblem, ApiFile } from '../common/openapi.js';

const PERIODIC_FORMATS = { xlsx: 'xlsx', pdf: 'pdf' } as const;

@ApiTags('reports')
@Controller('reports')
export class ReportsController {
  private readonly logger = new Logger(ReportsController.name);

  constructor(
    private readonly reports: ReportsService,
    private readonly periodic: PeriodicReportsService,
  ) {}

  @Get('indicators')
  @Access('reports:aggregate')
  @ApiOperation({
    operationId: 'getIndicators',
    summary: 'The Circular 13/2021 indicators the data supports, for a year and an area',
    description:
      'Counts and rates with their breakdowns, from figures precomputed by a scheduled job ' +
      '(`asOf`, `refreshedAt`). `format=xlsx`: the official tables. Counts under ' +
      'REPORT_SUPPRESSION_THRESHOLD are null for roles that see aggregates only, with a ' +
      'second count of a sex, age or area breakdown where the total would give one away.',
  })
  @ApiOkResponse({ type: [IndicatorDto] })
  @ApiProduces('application/json', XLSX)
  @ApiProblem(
    422,
    'A year still to come, or an unknown area, or a commune outside the province given',
  )
  async indicators(
    @Query() query: IndicatorsQuery,
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) res: Response,
  ): Promise<IndicatorDto[] | undefined> {
    const report = await this.reports.indicators(query, actor);
    if (query.format === 'xlsx') {
      const buffer = await indicatorWorkbook(report).xlsx.writeBuffer();
      res
        .status(200)
        .type(XLSX)
        .attachment(`chi-tieu-tre-em-${report.year}.xlsx`)
        .send(Buffer.from(buffer));
      return undefined;
    }
    return report.items.map((item) => ({
      ...item,
      year: report.year,
      asOf: report.asOf,
      refreshedAt: report.refreshedAt.toISOString(),
    }));
  }

  @Get('dashboard')
  @Access('reports:aggregate')
  @ApiOperation({
    operationId: 'getDashboard',
    summary: 'The seeds’ targets beside the data; open cases, overdue steps, referrals',
    description:
      'Registry and abuse figures are precomputed (`asOf` says when); cases and referrals are live.',
  })
  @ApiOkResponse({ type: DashboardDto })
  @ApiProblem(422, 'An unknown area, or a commune outside the province given')
  dashboard(@Query() query: ReportAreaQuery, @CurrentActor() actor: Actor): Promise<DashboardDto> {
    return this.reports.dashboard(query, actor);
  }

  @Get('periodic')
  @Access('reports:periodic')
  @ApiOperation({
    operationId: 'listPeriodicReports',
    summary:
      'The periodic reports (of the year, or of its first six months) of the caller’s areas, newest year first, with their files',
  })
  @ApiOkResponse({ type: PeriodicReportPageDto })
  periodicList(
    @Query() query: PeriodicReportQuery,
    @CurrentActor() actor: Actor,
  ): Promise<PeriodicReportPageDto> {
    return this.periodic.list(query, actor);
  }

  @Post('periodic')
  @HttpCode(202)
  @Access('reports:periodic')
  @ApiOperation({
    operationId: 'requestPeriodicReport',
    summary:
      'Make an area’s report of the year or of its first six months now (a job): .xlsx and PDF, listed when ready',
  })
  @ApiAcceptedResponse({ type: PeriodicReportDto })
  periodicRequest(
    @Body() dto: PeriodicReportRequestDto,
    @CurrentActor() actor: Actor,
  ): Promise<PeriodicReportDto> {
    return this.periodic.request(dto, actor);
  }

  @Get('periodic/:id.:format')
  @Access('reports:periodic')
  @ApiOperation({
    operationId: 'getPeriodicReportFile',
    summary: 'A ready periodic report’s spreadsheet or PDF (the read is audited)',
  })
  @ApiParam({ name: 'format', enum: ['xlsx', 'pdf'] })
  @ApiFile('The report (.xlsx or PDF)', XLSX, 'application/pdf')
  async periodicFile(
    @Param('id', ParseUUIDPipe) id: string,
    @Param('format', new ParseEnumPipe(PERIODIC_FORMATS)) format: 'xlsx' | 'pdf',
    @CurrentActor() actor: Actor,
    @Res() res: Response,
  ): Promise<void> {
    const { report, content } = await this.periodic.file(id, format, actor);
    res
      .status(200)
      .type(format === 'xlsx' ? XLSX : 'application/pdf')
      .attachment(
        `bao-cao-tre-em-${termSlug(report.year, report.term)}-${report.areaCode}.${format}`,
      )
      .send(content);
  }

  @Get('lists/:list')
  @Access('reports:lists')
  @ApiOperation({
    operationId: 'getActionList',
    summary: 'Children to act for, in the caller’s areas; `format=xlsx` to export (audited)',
    description:
      'special-circumstances (under 16, `group` for one group), abused (children of the ' +
      'year’s intervention-level cases), injured-in-accidents (in the year, from the accidents register), at-risk-of-dropout (a risk factor).',
  })
  @ApiParam({ name: 'list', enum: ACTION_LISTS })
  @ApiOkResponse({ type: ChildPageDto })
  @ApiProduces('application/json', XLSX)
  @ApiProblem(
    422,
    'A year still to come, or an unknown area, or a commune outside the province given',
  )
  async actionList(
    @Param('list', new ParseEnumPipe(Object.fromEntries(ACTION_LISTS.map((l) => [l, l]))))
    list: ActionList,
    @Query() query: ActionListQuery,
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) res: Response,
  ): Promise<Page<ChildDto> | undefined> {
    if (query.format !== 'xlsx') return this.reports.actionList(list, query, actor);
    await streamDownload(
      res,
      XLSX,
      `${list}-${todayInVietnam()}.xlsx`,
      (open) => this.reports.exportActionList(list, query, actor, open),
      this.logger,
    );
    return undefined;
  }
}
