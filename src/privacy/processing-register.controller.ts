import { Body, Controller, Get, Logger, Param, Patch, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Access } from '../access/access.decorator.js';
import { type Actor, CurrentActor } from '../access/actor.js';
import { todayInVietnam } from '../children/age.js';
import { XLSX } from '../children/sheet-columns.js';
import { streamDownload } from '../common/download.js';
import { ApiFile } from '../common/openapi.js';
import {
  ProcessingActivityDto,
  UpdateProcessingActivityDto,
} from './dto/processing-register.dto.js';
import { ProcessingRegisterService } from './processing-register.service.js';

@ApiTags('privacy')
@Controller('privacy/register')
export class ProcessingRegisterController {
  private readonly logger = new Logger(ProcessingRegisterController.name);

  constructor(private readonly register: ProcessingRegisterService) {}

  @Get()
  @Access('privacy:manage')
  @ApiOperation({
    operationId: 'listProcessingActivities',
    summary: 'The processing register: each processing activity of personal data',
  })
  @ApiOkResponse({ type: [ProcessingActivityDto] })
  list(): Promise<ProcessingActivityDto[]> {
    return this.register.list();
  }

  @Get('file')
  @Access('privacy:manage')
  @ApiOperation({
    operationId: 'getProcessingRegisterFile',
    summary: 'The processing register as a spreadsheet, for the impact assessment (.xlsx)',
  })
  @ApiFile('The processing register (.xlsx)', XLSX)
  async file(@CurrentActor() actor: Actor, @Res() res: Response): Promise<void> {
    await streamDownload(
      res,
      XLSX,
      `so-dang-ky-xu-ly-du-lieu-${todayInVietnam()}.xlsx`,
      (open) => this.register.exportFile(actor, open),
      this.logger,
    );
  }

  @Patch(':code')
  @Access('privacy:manage')
  @ApiOperation({ operationId: 'updateProcessingActivity', summary: 'Change an activity’s text' })
  @ApiOkResponse({ type: ProcessingActivityDto })
  update(
    @Param('code') code: string,
    @Body() dto: UpdateProcessingActivityDto,
    @CurrentActor() actor: Actor,
  ): Promise<ProcessingActivityDto> {
    return this.register.update(code, dto, actor);
  }
}
