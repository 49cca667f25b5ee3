import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Access } from '../access/access.decorator.js';
import { type Actor, CurrentActor } from '../access/actor.js';
import type { Page } from '../common/pagination.js';
import { ApiProblem } from '../common/openapi.js';
import { CaseTransfersService } from './case-transfers.service.js';
import { ReasonDto } from './dto/case-steps.dto.js';
import {
  CaseTransferDto,
  CreateTransferDto,
  type TransferListItemDto,
  TransferPageDto,
  TransferQuery,
} from './dto/transfer.dto.js';

/**
 * Transfers of a case between communes (Law on Children art. 52). Registered before the cases
 * controller, so that `GET /cases/transfers` is not read as a case id.
 */
@ApiTags('cases')
@Controller('cases')
export class CaseTransfersController {
  constructor(private readonly transfers: CaseTransfersService) {}

  @Get('transfers')
  @Access('cases:read')
  @ApiOperation({
    operationId: 'listCaseTransfers',
    summary: 'Transfers to (incoming) or from (outgoing) the caller’s communes, newest first',
    description:
      'A pending one carries what the receiving commune decides on: the case’s level, status and ' +
      'children (names, dates of birth). The read is audited.',
  })
  @ApiOkResponse({ type: TransferPageDto })
  list(
    @Query() query: TransferQuery,
    @CurrentActor() actor: Actor,
  ): Promise<Page<TransferListItemDto>> {
    return this.transfers.list(query, actor);
  }

  @Post(':id/transfer')
  @Access('cases:transfer')
  @ApiOperation({
    operationId: 'transferCase',
    summary: 'Ask another commune, any province, to take the case over (where the child lives)',
    description:
      'By the commune that holds the case. The case stays with it until the receiving commune ' +
      'accepts; its social workers and chair are notified. Refused: a closed case ' +
      '(transfer-case-closed), a second pending transfer (transfer-pending), the holding commune ' +
      'itself (transfer-same-commune), a code that is no current commune (unknown-area).',
  })
  @ApiCreatedResponse({ type: CaseTransferDto })
  @ApiProblem(409, 'The case is closed, or a transfer is pending, or the case was handed over')
  request(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: CreateTransferDto,
    @CurrentActor() actor: Actor,
  ): Promise<CaseTransferDto> {
    return this.transfers.request(id, dto, actor);
  }

  @Post(':id/transfer/accept')
  @Access('cases:transfer')
  @HttpCode(200)
  @ApiOperation({
    operationId: 'acceptCaseTransfer',
    summary: 'Accept the case: it becomes the receiving commune’s, with its code and deadlines',
    description:
      'By the receiving commune. The case’s commune and province become the receiver’s; no one ' +
      'is assigned until the receiver assigns a worker; open deadlines keep their due times. The ' +
      'former commune reads the case as it was handed over, and nothing after.',
  })
  @ApiOkResponse({ type: CaseTransferDto })
  @ApiProblem(409, 'The transfer is no longer pending (transfer-not-pending)')
  accept(
    @Param('id', ParseUUIDPipe) id: string,
    @CurrentActor() actor: Actor,
  ): Promise<CaseTransferDto> {
    return this.transfers.decide(id, 'accept', undefined, actor);
  }

  @Post(':id/transfer/decline')
  @Access('cases:transfer')
  @HttpCode(200)
  @ApiOperation({
    operationId: 'declineCaseTransfer',
    summary: 'Decline the case, with the reason: it stays with the sender',
  })
  @ApiOkResponse({ type: CaseTransferDto })
  @ApiProblem(409, 'The transfer is no longer pending (transfer-not-pending)')
  decline(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: ReasonDto,
    @CurrentActor() actor: Actor,
  ): Promise<CaseTransferDto> {
    return this.transfers.decide(id, 'decline', dto.reason, actor);
  }

  @Post(':id/transfer/cancel')
  @Access('cases:transfer')
  @HttpCode(200)
  @ApiOperation({
    operationId: 'cancelCaseTransfer',
    summary: 'Withdraw a pending transfer, with the reason (the sender)',
  })
  @ApiOkResponse({ type: CaseTransferDto })
  @ApiProblem(409, 'The transfer is no longer pending (transfer-not-pending)')
  cancel(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: ReasonDto,
    @CurrentActor() actor: Actor,
  ): Promise<CaseTransferDto> {
    return this.transfers.decide(id, 'cancel', dto.reason, actor);
  }
}
