import {
  Body,
  Controller,
  Get,
  HttpCode,
  Logger,
  Param,
  ParseUUIDPipe,
  Post,
  Query,
  Res,
} from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Access } from '../access/access.decorator.js';
import { type Actor, CurrentActor } from '../access/actor.js';
import { streamDownload } from '../common/download.js';
import { ApiFile, ApiProblem } from '../common/openapi.js';
import { todayInVietnam } from './age.js';
import { ChildPersonalDataService } from './child-personal-data.service.js';
import {
  AnswerCorrectionRequestDto,
  CorrectionRequestDto,
  CorrectionRequestsQuery,
  CreateCorrectionRequestDto,
  PersonalDataQuery,
} from './dto/personal-data.dto.js';
import { XLSX } from './sheet-columns.js';

@ApiTags('children')
@Controller('children')
export class ChildPersonalDataController {
  private readonly logger = new Logger(ChildPersonalDataController.name);

  constructor(private readonly personalData: ChildPersonalDataService) {}

  @Get('correction-requests')
  @Access('personal-data:requests')
  @ApiOperation({
    operationId: 'listCorrectionRequests',
    summary:
      'A commune’s requests to correct a child’s record, oldest first (open ones by default)',
  })
  @ApiOkResponse({ type: [CorrectionRequestDto] })
  worklist(
    @Query() query: CorrectionRequestsQuery,
    @CurrentActor() actor: Actor,
  ): Promise<CorrectionRequestDto[]> {
    return this.personalData.correctionWorklist(query, actor);
  }

  @Post('correction-requests/:requestId/answer')
  @HttpCode(200)
  @Access('personal-data:requests')
  @ApiOperation({
    operationId: 'answerCorrectionRequest',
    summary: 'Answer a request to correct a record: corrected, or refused, with what was said',
  })
  @ApiOkResponse({ type: CorrectionRequestDto })
  @ApiProblem(409, 'The request was already answered')
  answer(
    @Param('requestId', ParseUUIDPipe) requestId: string,
    @Body() dto: AnswerCorrectionRequestDto,
    @CurrentActor() actor: Actor,
  ): Promise<CorrectionRequestDto> {
    return this.personalData.answer(requestId, dto, actor);
  }

  @Get(':id/personal-data')
  @Access('personal-data:requests')
  @ApiOperation({
    operationId: 'getChildPersonalData',
    summary:
      'The file for a request from the child or a carer: the record, its history, its checks and who read or changed it (.xlsx)',
  })
  @ApiFile('The child’s personal data (.xlsx)', XLSX)
  @ApiProblem(409, 'The record was merged into another')
  async file(
    @Param('id', ParseUUIDPipe) id: string,
    @Query() query: PersonalDataQuery,
    @CurrentActor() actor: Actor,
    @Res() res: Response,
  ): Promise<void> {
    await streamDownload(
      res,
      XLSX,
      `du-lieu-ca-nhan-${id.slice(0, 8)}-${todayInVietnam()}.xlsx`,
      (open) => this.personalData.exportFile(id, query.requester, actor, open),
      this.logger,
    );
  }

  @Get(':id/correction-requests')
  @Access('personal-data:requests')
  @ApiOperation({
    operationId: 'listChildCorrectionRequests',
    summary: 'A record’s requests to correct it, newest first',
  })
  @ApiOkResponse({ type: [CorrectionRequestDto] })
  list(
    @Param('id', ParseUUIDPipe) id: string,
    @CurrentActor() actor: Actor,
  ): Promise<CorrectionRequestDto[]> {
    return this.personalData.correctionsOf(id, actor);
  }

  @Post(':id/correction-requests')
  @Access('personal-data:requests')
  @ApiOperation({
    operationId: 'createCorrectionRequest',
    summary: 'Record a request from the child or a carer to correct the record',
  })
  @ApiCreatedResponse({ type: CorrectionRequestDto })
  create(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: CreateCorrectionRequestDto,
    @CurrentActor() actor: Actor,
  ): Promise<CorrectionRequestDto> {
    return this.personalData.createCorrection(id, dto, actor);
  }
}
