/**
 * Handing a case over to another commune (Law on Children art. 52), and the communes that held it.
 */
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, Matches } from 'class-validator';
import { PageQuery } from '../../common/pagination.js';
import { Text } from '../../common/text.js';
import {
  CASE_STATUSES,
  type CaseStatus,
  PROTECTION_LEVELS,
  type ProtectionLevel,
} from '../case-workflow.js';
import { TRANSFER_STATUSES, type TransferStatus } from '../case-transfer.js';
import { DOB_PRECISIONS, type DobPrecision } from '../../children/entities/child.entity.js';
import { PERSON } from '../../common/openapi.js';

/** A commune a transfer leaves or reaches. */
export class TransferPlaceDto {
  @ApiProperty({ example: '01' }) provinceCode!: string;
  @ApiProperty({ example: '00004' }) communeCode!: string;
  @ApiProperty({ example: 'Phường Ba Đình' }) communeName!: string;
}

/** Handing a case over to another commune (Law on Children art. 52). */
export class CreateTransferDto {
  @ApiProperty({
    example: '25747',
    description: 'The receiving commune: a current commune of any province, where the child lives',
  })
  @Matches(/^\d{5}$/)
  toCommuneCode!: string;

  @ApiProperty({
    example: 'Gia đình trẻ đã chuyển về sinh sống tại phường Thủ Dầu Một.',
    description: 'Why the case goes there, e.g. the child lives there (encrypted at rest)',
  })
  @Text(2000)
  reason!: string;

  @ApiPropertyOptional({ description: 'For the receiving commune (encrypted at rest)' })
  @IsOptional()
  @Text(2000)
  note?: string;
}

export class CaseTransferDto {
  @ApiProperty() id!: string;
  @ApiProperty() caseId!: string;
  @ApiProperty({ example: 'BVTE-00004-2026-0001' }) caseCode!: string;
  @ApiProperty({ enum: TRANSFER_STATUSES }) status!: TransferStatus;
  @ApiProperty({ type: TransferPlaceDto, description: 'The commune handing the case over' })
  from!: TransferPlaceDto;
  @ApiProperty({ type: TransferPlaceDto, description: 'The receiving commune' })
  to!: TransferPlaceDto;
  @ApiProperty() reason!: string;
  @ApiProperty({ type: String, nullable: true, description: 'For the receiver' })
  note!: string | null;
  @ApiProperty(PERSON) requestedBy!: { id: string; fullName: string };
  @ApiProperty() requestedAt!: string;
  @ApiProperty({
    description: 'Who accepted, declined or cancelled it',
    nullable: true,
    type: 'object',
    properties: PERSON.properties,
  })
  decidedBy!: { id: string; fullName: string } | null;
  @ApiProperty({ type: String, nullable: true }) decidedAt!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'Why it was declined or cancelled' })
  decisionReason!: string | null;
}

export class TransferChildDto {
  @ApiProperty() id!: string;
  @ApiProperty() fullName!: string;
  @ApiProperty() dateOfBirth!: string;
  @ApiProperty({ enum: DOB_PRECISIONS }) dobPrecision!: DobPrecision;
}

/** What the receiving commune decides on: the case's level, status and children. */
export class TransferCaseDto {
  @ApiProperty({ enum: PROTECTION_LEVELS, nullable: true }) level!: ProtectionLevel | null;
  @ApiProperty({ enum: CASE_STATUSES }) status!: CaseStatus;
  @ApiProperty({ type: [TransferChildDto] }) children!: TransferChildDto[];
}

export class TransferListItemDto extends CaseTransferDto {
  @ApiProperty({
    type: TransferCaseDto,
    nullable: true,
    description: 'While the transfer is pending: what there is to decide on; null once decided',
  })
  case!: TransferCaseDto | null;
}

export class TransferPageDto {
  @ApiProperty({ type: [TransferListItemDto] }) items!: TransferListItemDto[];
  @ApiProperty({ type: String, nullable: true }) nextCursor!: string | null;
}

export class TransferQuery extends PageQuery {
  @ApiProperty({
    enum: ['incoming', 'outgoing'],
    description: 'incoming: to a commune in your areas; outgoing: from one',
  })
  @IsIn(['incoming', 'outgoing'])
  direction!: 'incoming' | 'outgoing';

  @ApiPropertyOptional({ enum: TRANSFER_STATUSES })
  @IsOptional()
  @IsIn(TRANSFER_STATUSES)
  status?: TransferStatus;
}

/** A commune that held the case, from when until when, and how the case reached it. */
export class CaseHoldingDto {
  @ApiProperty() provinceCode!: string;
  @ApiProperty() communeCode!: string;
  @ApiProperty() communeName!: string;
  @ApiProperty({ description: 'The case’s receipt, or when the commune accepted it' })
  heldFrom!: string;
  @ApiProperty({ type: String, nullable: true, description: 'null: the commune holds it' })
  heldUntil!: string | null;
  @ApiProperty({
    description: 'Who handed the case over to this commune; null for the first holder',
    nullable: true,
    type: 'object',
    properties: PERSON.properties,
  })
  handedOverBy!: { id: string; fullName: string } | null;
  @ApiProperty({
    description: 'Who accepted it for this commune; null for the first holder',
    nullable: true,
    type: 'object',
    properties: PERSON.properties,
  })
  acceptedBy!: { id: string; fullName: string } | null;
  @ApiProperty({ type: String, nullable: true, description: 'Why the case came here' })
  reason!: string | null;
}
