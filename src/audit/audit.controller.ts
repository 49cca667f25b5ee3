import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Access } from '../access/access.decorator.js';
import { type Actor, CurrentActor } from '../access/actor.js';
import type { Page } from '../common/pagination.js';
import { AuditService } from './audit.service.js';
import { AuditEventDto, AuditPageDto, AuditQuery, AuditVerificationDto } from './dto/audit.dto.js';

@ApiTags('audit')
@Controller('audit')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  @Get()
  @Access('audit:read')
  @ApiOperation({
    operationId: 'listAuditEntries',
    summary: 'Who read or changed what, when and from where, in the caller’s areas',
  })
  @ApiOkResponse({ type: AuditPageDto })
  list(@CurrentActor() actor: Actor, @Query() query: AuditQuery): Promise<Page<AuditEventDto>> {
    return this.audit.list(actor, query);
  }

  @Get('verification')
  @Access('audit:read')
  @ApiOperation({
    operationId: 'verifyAuditChain',
    summary: 'Re-compute the whole log’s hash chain: intact or not, and the head to record',
    description:
      'What `npm run audit:verify` does, over HTTP: every entry of every province is read in ' +
      '`seq` order and re-hashed; the answer names the first problems by `seq` and kind only.',
  })
  @ApiOkResponse({ type: AuditVerificationDto })
  verify(): Promise<AuditVerificationDto> {
    return this.audit.verify();
  }
}
