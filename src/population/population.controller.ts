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
import {
  ApiAcceptedResponse,
  ApiBody,
  ApiConsumes,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { todayInVietnam } from '../children/age.js';
import { XLSX } from '../children/sheet-columns.js';
import { MAX_UPLOAD_BYTES } from '../children/sheet-limits.js';
import { FILE_FIELD, UploadProblems } from '../children/sheet-upload.js';
import { streamDownload } from '../common/download.js';
import { Access } from '../access/access.decorator.js';
import { type Actor, CurrentActor } from '../access/actor.js';
import { pickLanguage } from '../common/i18n.js';
import { ApiFile, ApiProblem } from '../common/openapi.js';
import {
  AnswerFileBodyDto,
  AnswerFileResultDto,
  StartVerificationDto,
  VerificationFileQuery,
  VerificationRunDto,
  VerificationRunsQuery,
} from './dto/verification-run.dto.js';
import { PopulationService } from './population.service.js';

@ApiTags('population')
@Controller('population')
export class PopulationController {
  private readonly logger = new Logger(PopulationController.name);

  constructor(private readonly population: PopulationService) {}

  @Post('verification-runs')
  @HttpCode(202)
  @Access('children:verify')
  @ApiOperation({
    operationId: 'startVerificationRun',
    summary:
      'Check a commune’s children online against the national population database (a job; the run under way there if there is one)',
  })
  @ApiAcceptedResponse({ type: VerificationRunDto })
  @ApiProblem(409, 'The system is not connected online to the population database')
  start(
    @Body() dto: StartVerificationDto,
    @CurrentActor() actor: Actor,
    @Headers('accept-language') acceptLanguage: string | undefined,
  ): Promise<VerificationRunDto> {
    return this.population.start(
      dto.communeCode,
      dto.force ?? false,
      actor,
      pickLanguage(acceptLanguage),
    );
  }

  @Get('verification-runs')
  @Access('children:verify')
  @ApiOperation({ operationId: 'listVerificationRuns', summary: 'A commune’s runs, newest first' })
  @ApiOkResponse({ type: [VerificationRunDto] })
  list(
    @Query() query: VerificationRunsQuery,
    @CurrentActor() actor: Actor,
    @Headers('accept-language') acceptLanguage: string | undefined,
  ): Promise<VerificationRunDto[]> {
    return this.population.ofCommune(query.communeCode, actor, pickLanguage(acceptLanguage));
  }

  @Get('verification-runs/:id')
  @Access('children:verify')
  @ApiOperation({ operationId: 'getVerificationRun', summary: 'A run’s progress' })
  @ApiOkResponse({ type: VerificationRunDto })
  get(
    @Param('id', ParseUUIDPipe) id: string,
    @CurrentActor() actor: Actor,
    @Headers('accept-language') acceptLanguage: string | undefined,
  ): Promise<VerificationRunDto> {
    return this.population.run(id, actor, pickLanguage(acceptLanguage));
  }

  @Get('verification-file')
  @Access('children:verify')
  @ApiOperation({
    operationId: 'getVerificationFile',
    summary:
      'The file to check a commune’s records with the commune police (.xlsx): our values, columns for the answer',
  })
  @ApiFile('The records to check (.xlsx)', XLSX)
  async file(
    @Query() query: VerificationFileQuery,
    @CurrentActor() actor: Actor,
    @Res() res: Response,
  ): Promise<void> {
    await streamDownload(
      res,
      XLSX,
      `doi-chieu-dan-cu-${query.communeCode}-${todayInVietnam()}.xlsx`,
      (open) => this.population.exportFile(query.communeCode, query.all ?? false, actor, open),
      this.logger,
    );
  }

  @Post('verification-file')
  @HttpCode(200)
  @Access('children:verify')
  @UseInterceptors(
    UploadProblems,
    FileInterceptor(FILE_FIELD, { limits: { fileSize: MAX_UPLOAD_BYTES, files: 1 } }),
  )
  @ApiOperation({
    operationId: 'recordVerificationFile',
    summary: 'Record the answers the commune police wrote in the exported file',
  })
  @ApiConsumes('multipart/form-data')
  @ApiBody({ type: AnswerFileBodyDto })
  @ApiOkResponse({ type: AnswerFileResultDto })
  @ApiProblem(422, 'Not an .xlsx or .csv file, unreadable, or without the file’s columns')
  answers(
    @UploadedFile() file: { buffer: Buffer; originalname: string } | undefined,
    @CurrentActor() actor: Actor,
    @Headers('accept-language') acceptLanguage: string | undefined,
  ): Promise<AnswerFileResultDto> {
    return this.population.importAnswers(file, actor, pickLanguage(acceptLanguage));
  }
}
