import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  Length,
} from 'class-validator';
import { IsDayOrInstant } from '../../common/fields.js';
import { toNfc } from '../../common/text.js';
import type { ApiKey } from '../entities/api-key.entity.js';
import { API_KEY_PERMISSIONS, type Permission } from '../../access/permissions.js';

export class CreateApiKeyDto {
  @ApiProperty({ example: 'Tổng đài 111 — tiếp nhận tin báo' })
  @Transform(toNfc)
  @IsString()
  @Length(1, 200)
  name!: string;

  @ApiProperty({ description: 'The system client’s organisation: its area is the key’s scope' })
  @IsUUID()
  organizationId!: string;

  @ApiProperty({ enum: API_KEY_PERMISSIONS, isArray: true })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayUnique()
  @IsIn(API_KEY_PERMISSIONS, { each: true })
  permissions!: Permission[];

  @ApiPropertyOptional()
  @IsOptional()
  @IsDayOrInstant({ description: 'When the key stops working', day: 'end', as: 'date' })
  expiresAt?: Date;
}

export class ApiKeyDto {
  @ApiProperty() id!: string;
  @ApiProperty() name!: string;
  @ApiProperty() organizationId!: string;
  @ApiProperty({ isArray: true, type: String }) permissions!: Permission[];
  @ApiProperty({ description: 'Identifies the key in logs; not secret' }) prefix!: string;
  @ApiProperty() createdAt!: string;
  @ApiProperty({ nullable: true, type: String }) expiresAt!: string | null;
  @ApiProperty({ nullable: true, type: String }) lastUsedAt!: string | null;
  @ApiProperty({ nullable: true, type: String }) revokedAt!: string | null;

  static from(key: ApiKey): ApiKeyDto {
    return {
      id: key.id,
      name: key.name,
      organizationId: key.organizationId,
      permissions: key.permissions,
      prefix: key.prefix,
      createdAt: key.createdAt.toISOString(),
      expiresAt: key.expiresAt?.toISOString() ?? null,
      lastUsedAt: key.lastUsedAt?.toISOString() ?? null,
      revokedAt: key.revokedAt?.toISOString() ?? null,
    };
  }
}

export class CreatedApiKeyDto extends ApiKeyDto {
  @ApiProperty({ description: 'The key, shown only in this response: send it as X-API-Key' })
  key!: string;
}

export class ApiKeyListDto {
  @ApiProperty({ type: [ApiKeyDto] }) items!: ApiKeyDto[];
}
