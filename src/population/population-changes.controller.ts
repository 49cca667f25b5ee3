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
  UploadedFile,
  UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import type { Response } from 'express';
import { ApiBody, ApiConsumes, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Access } from '../access/access.decorator.js';
import { type Actor, CurrentActor } from '../access/actor.js';
import { XLSX } from '../children/sheet-columns.js';
import { MAX_UPLOAD_BYTES } from '../children/sheet-limits.js';
import { FILE_FIELD, UploadProblems } from '../children/sheet-upload.js';
import { streamDownload } from '../common/download.js';
import { pickLanguage } from '../common/i18n.js';
import { ApiFile, ApiProblem } from '../common/openapi.js';
import {
  ChangesFileBodyDto,
  ChangesPageDto,
  ChangesQuery,
  ChangesReceivedDto,
  CommuneQuery,
  DismissChangeDto,
  PopulationChangeDto,
} from './dto/population-change.dto.js';
import { PopulationChangesService } from './population-changes.service.js';

@ApiTags('population')
@Controller('population/changes')
export class PopulationChangesController {
  private readonly logger = new Logger(PopulationChangesController.name);

  constructor(private readonly changes: PopulationChangesService) {}

  @Get()
  @Access('children:verify')
  @ApiOperation({
    operationId: 'listPopulationChanges',
    summary: 'A commune’s births and moves from the population database, to act on or acted on',
  })
  @ApiOkResponse({ type: ChangesPageDto })
  list(@Query() query: ChangesQuery, @CurrentActor() actor: Actor): Promise<ChangesPageDto> {
    return this.changes.list(query, actor);
  }

  @Post('fetch')
  @HttpCode(200)
  @Access('children:verify')
  @ApiOperation({
    operationId: 'fetchPopulationChanges',
    summary: 'Read a commune’s births and moves online since the last read',
  })
  @ApiOkResponse({ type: ChangesReceivedDto })
  @ApiProblem(409, 'The system is not connected online to the population database')
  @ApiProblem(503, 'The population database cannot be reached now, or the day’s quota is spent')
  @ApiProblem(502, 'The population database refused the request (the connection’s settings)')
  fetch(@Body() body: CommuneQuery, @CurrentActor() actor: Actor): Promise<ChangesReceivedDto> {
    return this.changes.fetch(body.communeCode, actor);
  }

  @Get('file-template')
  @Access('children:verify')
  @ApiOperation({
    operationId: 'getPopulationChangesTemplate',
    summary: 'The blank list of births and moves for the commune police (.xlsx)',
  })
  @ApiFile('The list’s headers (.xlsx)', XLSX)
  async template(@Res() res: Response): Promise<void> {
    await streamDownload(
      res,
      XLSX,
      'bien-dong-dan-cu.xlsx',
      (open) => this.changes.template(open),
      this.logger,
    );
  }

  @Post('file')
  @HttpCode(200)
  @Access('children:verify')
  @UseInterceptors(
    UploadProblems,
    FileInterceptor(FILE_FIELD, { limits: { fileSize: MAX_UPLOAD_BYTES, files: 1 } }),
  )
  @ApiOperation({
    operationId: 'importPopulationChanges',
    summary: 'Read the commune police’s list of births and moves for a commune',
  })
  @ApiConsumes('multipart/form-data')
  @ApiBody({ type: ChangesFileBodyDto })
  @ApiOkResponse({ type: ChangesReceivedDto })
  @ApiProblem(422, 'Not an .xlsx or .csv file, unreadable, or without the list’s columns')
  importFile(
    @Query() query: CommuneQuery,
    @UploadedFile() file: { buffer: Buffer; originalname: string } | undefined,
    @CurrentActor() actor: Actor,
    @Headers('accept-language') acceptLanguage: string | undefined,
  ): Promise<ChangesReceivedDto> {
    return this.changes.importFile(query.communeCode, file, actor, pickLanguage(acceptLanguage));
  }

  @Post(':id/accept')
  @HttpCode(200)
  @Access('children:verify')
  @ApiOperation({
    operationId: 'acceptPopulationChange',
    summary:
      'Do what the change asks: add the child, move the record here or to where the child went',
  })
  @ApiOkResponse({ type: PopulationChangeDto })
  @ApiProblem(409, 'The change was already dealt with')
  @ApiProblem(422, 'The commune the child went to is not known: dismiss it instead')
  accept(
    @Param('id', ParseUUIDPipe) id: string,
    @CurrentActor() actor: Actor,
  ): Promise<PopulationChangeDto> {
    return this.changes.accept(id, actor);
  }

  @Post(':id/dismiss')
  @HttpCode(200)
  @Access('children:verify')
  @ApiOperation({
    operationId: 'dismissPopulationChange',
    summary: 'Close a change without touching the registry, with why',
  })
  @ApiOkResponse({ type: PopulationChangeDto })
  @ApiProblem(409, 'The change was already dealt with')
  dismiss(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: DismissChangeDto,
    @CurrentActor() actor: Actor,
  ): Promise<PopulationChangeDto> {
    return this.changes.dismiss(id, body.note, actor);
  }
}
