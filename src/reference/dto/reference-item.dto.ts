import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsOptional, Matches } from 'class-validator';
import { toBoolean } from '../../common/text.js';
import type { ReferenceItem } from '../entities/reference-item.entity.js';

export class ReferenceItemDto {
  @ApiProperty({ example: 'a' })
  code!: string;

  @ApiProperty({ example: 'Trẻ em mồ côi cả cha và mẹ' })
  name!: string;

  @ApiPropertyOptional({
    example: 'Children orphaned of both parents',
    nullable: true,
    type: String,
  })
  nameEn!: string | null;

  @ApiPropertyOptional({
    description: 'The group a sub-group belongs to',
    nullable: true,
    type: String,
  })
  parentCode!: string | null;

  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description: 'List-specific facts (law article, code system, defaults)',
  })
  attributes!: Record<string, unknown>;

  @ApiProperty({
    description: 'In use; false: withdrawn (served with `retired=true` only, to name old records)',
  })
  active!: boolean;

  static from(item: ReferenceItem): ReferenceItemDto {
    return {
      code: item.code,
      name: item.name,
      nameEn: item.nameEn,
      parentCode: item.parentCode,
      attributes: item.attributes,
      active: item.active,
    };
  }
}

export class ReferenceListDto {
  @ApiProperty({ type: [ReferenceItemDto] })
  items!: ReferenceItemDto[];
}

export class ReferenceListQuery {
  @ApiPropertyOptional({
    description:
      'With the items withdrawn from use too (`active: false`), to name the codes kept in older ' +
      'records and their history; a form offers the active ones only',
  })
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  retired?: boolean;
}

export class ReferenceListParam {
  @ApiProperty({ example: 'special-circumstances' })
  @Matches(/^[a-z][a-z-]{1,39}$/, {
    message: 'list must be a code list name such as special-circumstances',
  })
  list!: string;
}
