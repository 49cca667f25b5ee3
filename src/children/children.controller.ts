import {
  Body,
  Controller,
  Get,
  Headers,
  HttpCode,
  Logger,
  Param,
  ParseUUIDPipe,
  Patch,
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
import { streamDownload } from '../common/download.js';
import { versionOf, withETag } from '../common/etag.js';
import type { Page } from '../common/pagination.js';
import { todayInVietnam } from './age.js';
import { ChildCleaningService } from './child-cleaning.service.js';
import { ChildExportService } from './child-export.service.js';
import { ChildrenService } from './children.service.js';
import { XLSX } from './sheet-columns.js';
import {
  CommuneDuplicatesDto,
  CommuneDuplicatesQuery,
  DataQualityDto,
  DataQualityQuery,
  DuplicateDto,
  MergeDto,
  MergeResultDto,
  UndoMergeResultDto,
} from './dto/child-cleaning.dto.js';
import {
  ChildCountDto,
  ChildDto,
  ChildExportQuery,
  ChildFilterQuery,
  ChildHistoryEntryDto,
  ChildPageDto,
  ChildQuery,
  CreateChildDto,
  UpdateChildDto,
} from './dto/child.dto.js';
import { ApiProblem, ApiFile, ETAG_HEADER } from '../common/openapi.js';

@ApiTags('children')
@Controller('children')
export class ChildrenController {
  private readonly logger = new Logger(ChildrenController.name);

  constructor(
    private readonly children: ChildrenService,
    private readonly exports: ChildExportService,
    private readonly cleaning: ChildCleaningService,
  ) {}

  @Post()
  @Access('children:write')
  @ApiOperation({
    operationId: 'createChild',
    summary: 'Add a child to the registry, in one of the caller’s communes',
  })
  @ApiCreatedResponse({ type: ChildDto, headers: ETAG_HEADER })
  async create(
    @Body() dto: CreateChildDto,
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) res: Response,
  ): Promise<ChildDto> {
    return withETag(res, await this.children.create(dto, actor));
  }

  @Get()
  @Access('children:read')
  @ApiOperation({
    operationId: 'listChildren',
    summary:
      'Find children in the caller’s areas (name with or without diacritics, personal ID, filters)',
  })
  @ApiOkResponse({ type: ChildPageDto })
  list(@Query() query: ChildQuery, @CurrentActor() actor: Actor): Promise<Page<ChildDto>> {
    return this.children.list(query, actor);
  }

  @Get('count')
  @Access('children:read')
  @ApiOperation({
    operationId: 'countChildren',
    summary: 'How many children the list’s filters select (exact up to 10,000)',
  })
  @ApiOkResponse({ type: ChildCountDto })
  count(@Query() query: ChildFilterQuery, @CurrentActor() actor: Actor): Promise<ChildCountDto> {
    return this.children.count(query, actor);
  }

  @Get('export')
  @Access('children:export')
  @ApiOperation({
    operationId: 'exportChildren',
    summary: 'The filtered list as .xlsx, in the import template’s columns (streamed, audited)',
  })
  @ApiProblem(403, 'The sensitive data asked for, or filtered by, without children:sensitive')
  @ApiFile('The children (.xlsx)', XLSX)
  async export(
    @Query() query: ChildExportQuery,
    @CurrentActor() actor: Actor,
    @Res() res: Response,
  ): Promise<void> {
    await streamDownload(
      res,
      XLSX,
      `danh-sach-tre-em-${todayInVietnam()}.xlsx`,
      (open) => this.exports.export(query, actor, open),
      this.logger,
    );
  }

  @Get('duplicates')
  @Access('children:read')
  @ApiOperation({
    operationId: 'listCommuneDuplicates',
    summary: 'Likely duplicate pairs in a commune, the most likely first',
  })
  @ApiOkResponse({ type: CommuneDuplicatesDto })
  communeDuplicates(
    @Query() query: CommuneDuplicatesQuery,
    @CurrentActor() actor: Actor,
  ): Promise<CommuneDuplicatesDto> {
    return this.cleaning.communeDuplicates(query.communeCode, query.limit, actor);
  }

  @Get('data-quality')
  @Access('children:read')
  @ApiOperation({
    operationId: 'getDataQuality',
    summary: 'The cleaning worklist of a commune: each record with its problems, and the counts',
  })
  @ApiOkResponse({ type: DataQualityDto })
  dataQuality(
    @Query() query: DataQualityQuery,
    @CurrentActor() actor: Actor,
  ): Promise<DataQualityDto> {
    return this.cleaning.dataQuality(query, actor);
  }

  @Post('merges/:mergeId/undo')
  @HttpCode(200)
  @Access('children:merge')
  @ApiOperation({
    operationId: 'undoChildMerge',
    summary: 'Undo a merge while the surviving record has not changed since',
  })
  @ApiOkResponse({ type: UndoMergeResultDto })
  undoMerge(
    @Param('mergeId', ParseUUIDPipe) mergeId: string,
    @CurrentActor() actor: Actor,
  ): Promise<UndoMergeResultDto> {
    return this.cleaning.undoMerge(mergeId, actor);
  }

  @Get(':id')
  @Access('children:read')
  @ApiOperation({
    operationId: 'getChild',
    summary: 'A child; a record merged into another redirects (307) to it',
  })
  @ApiOkResponse({ type: ChildDto, headers: ETAG_HEADER })
  async get(
    @Param('id', ParseUUIDPipe) id: string,
    @CurrentActor() actor: Actor,
    @Res() res: Response,
  ): Promise<void> {
    const child = await this.children.get(id, actor);
    if ('mergedInto' in child) {
      res.redirect(307, `/api/v1/children/${child.mergedInto}`);
      return;
    }
    withETag(res, child);
    res.json(child);
  }

  @Get(':id/duplicates')
  @Access('children:read')
  @ApiOperation({
    operationId: 'listChildDuplicates',
    summary: 'Records that may be the same child, with a score and the reasons',
  })
  @ApiOkResponse({ type: [DuplicateDto] })
  duplicates(
    @Param('id', ParseUUIDPipe) id: string,
    @CurrentActor() actor: Actor,
  ): Promise<DuplicateDto[]> {
    return this.cleaning.duplicatesOf(id, actor);
  }

  @Post(':id/merge')
  @HttpCode(200)
  @Access('children:merge')
  @ApiOperation({
    operationId: 'mergeChild',
    summary: 'Merge a duplicate into this record; the duplicate becomes a redirect (undoable)',
  })
  @ApiHeader({
    name: 'If-Match',
    required: false,
    description: 'The ETag of this record as read ("<version>"): refused (412) if it changed since',
  })
  @ApiOkResponse({ type: MergeResultDto })
  @ApiProblem(
    409,
    'Different personal IDs, a record merged already, or an Idempotency-Key still running',
  )
  async merge(
    @Param('id', ParseUUIDPipe) id: string,
    @Headers('if-match') ifMatch: string | undefined,
    @Body() dto: MergeDto,
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) res: Response,
  ): Promise<MergeResultDto> {
    return withETag(res, await this.cleaning.merge(id, dto, versionOf(ifMatch, false), actor));
  }

  @Patch(':id')
  @Access('children:write')
  @ApiOperation({
    operationId: 'updateChild',
    summary:
      'Correct a record; lists given replace the stored ones (end a circumstance with `until`)',
  })
  @ApiHeader({ name: 'If-Match', required: true, description: 'The ETag read: "<version>"' })
  @ApiOkResponse({ type: ChildDto })
  @ApiProblem(
    409,
    'The personal ID belongs to another child, or the record was merged into another',
  )
  @ApiProblem(
    422,
    'Refused by a registry rule (an unknown code, a date, an area outside the caller’s)',
  )
  async update(
    @Param('id', ParseUUIDPipe) id: string,
    @Headers('if-match') ifMatch: string | undefined,
    @Body() dto: UpdateChildDto,
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) res: Response,
  ): Promise<ChildDto> {
    return withETag(res, await this.children.update(id, versionOf(ifMatch, true), dto, actor));
  }

  @Get(':id/history')
  @Access('children:read')
  @ApiOperation({
    operationId: 'getChildHistory',
    summary: 'Every change: who, when, which fields from what to what',
  })
  @ApiOkResponse({ type: [ChildHistoryEntryDto] })
  history(
    @Param('id', ParseUUIDPipe) id: string,
    @CurrentActor() actor: Actor,
  ): Promise<ChildHistoryEntryDto[]> {
    return this.children.history(id, actor);
  }
}
