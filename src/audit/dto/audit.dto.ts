import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { IsDayOrInstant } from '../../common/fields.js';
import { PageQuery } from '../../common/pagination.js';
import type { ChainProblem, ChainVerifier } from '../audit-chain.js';
import type { ListedEntry } from '../audit.repository.js';

export class AuditQuery extends PageQuery {
  @ApiPropertyOptional({ example: 'child' })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  entityType?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(100)
  entityId?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID()
  actorId?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsDayOrInstant({ description: 'From, inclusive', day: 'start', as: 'date' })
  from?: Date;

  @ApiPropertyOptional()
  @IsOptional()
  @IsDayOrInstant({ description: 'Until, exclusive', day: 'start', as: 'date' })
  to?: Date;
}

export class AuditEventDto {
  @ApiProperty({ example: '1532', description: 'The order entries were written in' })
  id!: string;
  @ApiProperty({
    type: String,
    nullable: true,
    example: '1530',
    description: 'Its place in the hash chain; null for a second or so, until the sealer links it',
  })
  seq!: string | null;
  @ApiProperty() at!: string;
  @ApiProperty({
    type: 'object',
    properties: {
      type: { type: 'string', enum: ['user', 'api_key', 'system', 'anonymous'] },
      id: { type: 'string', nullable: true },
      name: { type: 'string', nullable: true },
    },
    example: { type: 'user', id: null, name: 'nguyenvana' },
  })
  actor!: { type: string; id: string | null; name: string | null };
  @ApiProperty({ example: 'auth.login' }) action!: string;
  @ApiProperty({
    nullable: true,
    type: 'object',
    properties: { type: { type: 'string' }, id: { type: 'string', nullable: true } },
  })
  entity!: { type: string; id: string | null } | null;
  @ApiProperty({ nullable: true, type: String }) provinceCode!: string | null;
  @ApiProperty({ nullable: true, type: String }) communeCode!: string | null;
  @ApiProperty({ nullable: true, type: String }) ip!: string | null;
  @ApiProperty({ nullable: true, type: String }) requestId!: string | null;
  @ApiProperty({ type: 'object', additionalProperties: true }) details!: Record<string, unknown>;

  static from(event: ListedEntry): AuditEventDto {
    return {
      id: event.id,
      seq: event.seq,
      at: event.at.toISOString(),
      actor: { type: event.actorType, id: event.actorId, name: event.actorName },
      action: event.action,
      entity: event.entityType ? { type: event.entityType, id: event.entityId } : null,
      provinceCode: event.provinceCode,
      communeCode: event.communeCode,
      ip: event.ip,
      requestId: event.requestId,
      details: event.details,
    };
  }
}

export class AuditPageDto {
  @ApiProperty({ type: [AuditEventDto] }) items!: AuditEventDto[];
  @ApiProperty({ nullable: true, type: String }) nextCursor!: string | null;
}

/** At most this many problems are listed (the CLI shows as many). */
const PROBLEMS_SHOWN = 20;

export class ChainProblemDto {
  @ApiProperty({
    type: String,
    nullable: true,
    example: '3',
    description: 'The link where it shows; null for an entry outside the chain',
  })
  seq!: string | null;
  @ApiProperty({
    enum: ['missing', 'altered', 'broken-link', 'unchained', 'head-mismatch'],
    description:
      'missing: entries before this link, or its own entry, are gone; altered: its entry does ' +
      'not match its hash; broken-link: it does not chain to the link before; unchained: an ' +
      'entry no link holds long after it was written (the sealer stopped, or it was slipped ' +
      'in); head-mismatch: a head published earlier is no longer in the chain',
  })
  problem!: ChainProblem['problem'];
  @ApiProperty({ example: 'content does not match its hash' }) detail!: string;
}

export class ChainHeadDto {
  @ApiProperty({ example: '1532' }) seq!: string;
  @ApiProperty({ description: 'SHA-256, hex' }) hash!: string;
}

export class AuditVerificationDto {
  @ApiProperty({ description: 'No entry altered, removed or re-chained' }) intact!: boolean;
  @ApiProperty({ example: 1532, description: 'Entries in the chain' }) entries!: number;
  @ApiProperty({
    type: ChainHeadDto,
    description:
      'The last entry: recorded elsewhere from time to time, it shows a later removal of the ' +
      'newest entries, which the chain alone cannot',
  })
  head!: ChainHeadDto;
  @ApiProperty({ example: 0 }) problemCount!: number;
  @ApiProperty({ type: [ChainProblemDto], description: `The first ${PROBLEMS_SHOWN}` })
  problems!: ChainProblemDto[];
  @ApiProperty() verifiedAt!: string;

  static from(verifier: ChainVerifier, at: Date): AuditVerificationDto {
    return {
      intact: verifier.problems.length === 0,
      entries: verifier.count,
      head: verifier.head,
      problemCount: verifier.problems.length,
      problems: verifier.problems.slice(0, PROBLEMS_SHOWN),
      verifiedAt: at.toISOString(),
    };
  }
}
