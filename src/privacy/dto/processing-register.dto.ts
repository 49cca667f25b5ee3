import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsOptional, IsString, Length } from 'class-validator';
import { toNfc } from '../../common/text.js';
import type { ProcessingActivity } from '../entities/processing-activity.entity.js';

/** The register's columns: each activity's fields, as the file heads them. */
export const REGISTER_FIELDS = [
  ['name', 'Hoạt động xử lý', 30],
  ['purpose', 'Mục đích', 50],
  ['legalBasis', 'Căn cứ pháp lý', 40],
  ['dataSubjects', 'Chủ thể dữ liệu', 36],
  ['dataCategories', 'Loại dữ liệu cá nhân', 50],
  ['sensitiveCategories', 'Dữ liệu cá nhân nhạy cảm', 40],
  ['recipients', 'Bên nhận', 40],
  ['transfersAbroad', 'Chuyển ra nước ngoài', 16],
  ['retention', 'Thời hạn lưu trữ', 36],
  ['safeguards', 'Biện pháp bảo vệ', 40],
] as const;
export type RegisterField = (typeof REGISTER_FIELDS)[number][0];

/** A text of the register: optional in a change, never emptied. */
const Text = () =>
  applyDecorators(
    ApiPropertyOptional(),
    IsOptional(),
    Transform(toNfc),
    IsString(),
    Length(1, 4000),
  );

export class UpdateProcessingActivityDto {
  @Text() name?: string;
  @Text() purpose?: string;
  @Text() legalBasis?: string;
  @Text() dataSubjects?: string;
  @Text() dataCategories?: string;
  @Text() sensitiveCategories?: string;
  @Text() recipients?: string;
  @Text() transfersAbroad?: string;
  @Text() retention?: string;
  @Text() safeguards?: string;
}

export class ProcessingActivityDto {
  @ApiProperty() code!: string;
  @ApiProperty() name!: string;
  @ApiProperty() purpose!: string;
  @ApiProperty() legalBasis!: string;
  @ApiProperty() dataSubjects!: string;
  @ApiProperty() dataCategories!: string;
  @ApiProperty() sensitiveCategories!: string;
  @ApiProperty() recipients!: string;
  @ApiProperty() transfersAbroad!: string;
  @ApiProperty() retention!: string;
  @ApiProperty() safeguards!: string;
  @ApiProperty() updatedAt!: string;

  static from(activity: ProcessingActivity): ProcessingActivityDto {
    const { position: _position, updatedBy: _by, updatedAt, ...fields } = activity;
    return { ...fields, updatedAt: updatedAt.toISOString() };
  }
}
