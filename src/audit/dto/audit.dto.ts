import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { IsDayOrInstant } from '../../common/fields.js';
import { PageQuery } from '../../common/pagination.js';
import type { AuditEvent } from '../entities/audit-event.entity.js';

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
  @ApiProperty() seq!: string;
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

  static from(event: AuditEvent): AuditEventDto {
    return {
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
