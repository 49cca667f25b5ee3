import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsOptional } from 'class-validator';
import type { Language } from '../../common/i18n.js';
import { PageQuery } from '../../common/pagination.js';
import { toBoolean } from '../../common/text.js';
import type { Notification } from '../entities/notification.entity.js';

export class NotificationQuery extends PageQuery {
  @ApiPropertyOptional({ description: 'Only those not yet read' })
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  unread?: boolean;
}

export class NotificationDto {
  @ApiProperty() id!: string;
  @ApiProperty({ example: 'deadline_escalation' }) kind!: string;
  @ApiProperty({ example: 'case' }) entityType!: string;
  @ApiProperty() entityId!: string;
  @ApiProperty({ description: 'In the language the client asked for' }) message!: string;
  @ApiProperty({ type: 'object', additionalProperties: true }) data!: Record<string, unknown>;
  @ApiProperty() createdAt!: string;
  @ApiProperty({ type: String, nullable: true }) readAt!: string | null;

  static from(row: Notification, language: Language): NotificationDto {
    return {
      id: row.id,
      kind: row.kind,
      entityType: row.entityType,
      entityId: row.entityId,
      message: row.text[language],
      data: row.data,
      createdAt: row.createdAt.toISOString(),
      readAt: row.readAt?.toISOString() ?? null,
    };
  }
}

export class NotificationPageDto {
  @ApiProperty({ type: [NotificationDto] }) items!: NotificationDto[];
  @ApiProperty({ type: String, nullable: true }) nextCursor!: string | null;
}
