import {
  Body,
  Controller,
  Get,
  Headers,
  HttpCode,
  Logger,
  Param,
  ParseUUIDPipe,
  Post,
  Query,
  Res,
  StreamableFile,
  UploadedFile,
  UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import {
  ApiAcceptedResponse,
  ApiBody,
  ApiConsumes,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type { Response } from 'express';
import { Access } from '../access/access.decorator.js';
import { type Actor, CurrentActor } from '../access/actor.js';
import { streamDownload } from '../common/download.js';
import { pickLanguage } from '../common/i18n.js';
import { ChildImportReport } from './child-import-report.js';
import { ChildImportsService } from './child-imports.service.js';
import { XLSX } from './sheet-columns.js';
import { MAX_UPLOAD_BYTES } from './sheet-limits.js';
import { FILE_FIELD, UploadProblems } from './sheet-upload.js';
import {
  ChildImportDto,
  ImportKindQueryDto,
  StartImportBodyDto,
  StartImportDto,
} from './dto/child-import.dto.js';
import type { ImportKind } from './entities/child-import.entity.js';

const TEMPLATE_FILES: Record<ImportKind, string> = {
  children: 'mau-nhap-tre-em.xlsx',
  supports: 'mau-nhap-ho-tro-tre-em.xlsx',
};
import { ApiProblem, ApiFile } from '../common/openapi.js';

@ApiTags('children')
@Controller('children/imports')
export class ChildImportsController {
  private readonly logger = new Logger(ChildImportsController.name);

  constructor(
    private readonly imports: ChildImportsService,
    private readonly reports: ChildImportReport,
  ) {}

  @Post()
  @HttpCode(202)
  @Access('children:import')
  @UseInterceptors(
    UploadProblems,
    FileInterceptor(FILE_FIELD, { limits: { fileSize: MAX_UPLOAD_BYTES, files: 1 } }),
  )
  @ApiOperation({
    operationId: 'startChildImport',
    summary:
      'Import children, or the support they receive (kind=supports), from an .xlsx or .csv file (as the template); runs as a job, see GET …/imports/:id',
  })
  @ApiConsumes('multipart/form-data')
  @ApiBody({ type: StartImportBodyDto })
  @ApiAcceptedResponse({ schema: { properties: { id: { type: 'string', format: 'uuid' } } } })
  @ApiProblem(
    422,
    'Not an .xlsx or .csv file, unreadable, empty, or without the template’s columns',
  )
  start(
    @UploadedFile() file: { buffer: Buffer; originalname: string } | undefined,
    @Body() body: StartImportDto,
    @CurrentActor() actor: Actor,
  ): Promise<{ id: string }> {
    return this.imports.start(file, body.dryRun ?? false, body.kind ?? 'children', actor);
  }

  @Get('template')
  @Access('children:import')
  @ApiOperation({
    operationId: 'getChildImportTemplate',
    summary:
      'The import template of children or of supports: Vietnamese headers, an example, the codes',
  })
  @ApiFile('The template (.xlsx)', XLSX)
  async template(@Query() query: ImportKindQueryDto): Promise<StreamableFile> {
    const kind = query.kind ?? 'children';
    return new StreamableFile(await this.imports.template(kind), {
      type: XLSX,
      disposition: `attachment; filename="${TEMPLATE_FILES[kind]}"`,
    });
  }

  @Get(':id/report')
  @Access('children:import')
  @ApiOperation({
    operationId: 'getChildImportReport',
    summary: 'Every rejected row of one of the caller’s imports, as .xlsx (row, column, reason)',
  })
  @ApiFile('The report (.xlsx)', XLSX)
  async report(
    @Param('id', ParseUUIDPipe) id: string,
    @Headers('accept-language') acceptLanguage: string | undefined,
    @CurrentActor() actor: Actor,
    @Res() res: Response,
  ): Promise<void> {
    const language = pickLanguage(acceptLanguage);
    await streamDownload(
      res,
      XLSX,
      language === 'vi' ? 'bao-cao-nhap-tre-em.xlsx' : 'child-import-report.xlsx',
      (open) => this.reports.write(id, actor, language, open),
      this.logger,
    );
  }

  @Get(':id')
  @Access('children:import')
  @ApiOperation({
    operationId: 'getChildImport',
    summary: 'Progress and per-row report of one of the caller’s imports',
  })
  @ApiOkResponse({ type: ChildImportDto })
  status(
    @Param('id', ParseUUIDPipe) id: string,
    @Headers('accept-language') acceptLanguage: string | undefined,
    @CurrentActor() actor: Actor,
  ): Promise<ChildImportDto> {
    return this.imports.status(id, actor, pickLanguage(acceptLanguage));
  }
}
