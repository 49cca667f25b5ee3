import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional, IsString, IsUUID, Length, Matches } from 'class-validator';
import { Omittable } from '../../common/fields.js';
import { PageQuery } from '../../common/pagination.js';
import { toBoolean, toNfc } from '../../common/text.js';
import { ORGANIZATION_TYPES, type OrganizationType } from '../../access/organization-types.js';
import type { Organization } from '../entities/organization.entity.js';
import { codeList } from '../../common/openapi.js';

export class CreateOrganizationDto {
  @ApiProperty({ example: 'Công an xã Minh Châu' })
  @Transform(toNfc)
  @IsString()
  @Length(1, 300)
  name!: string;

  @ApiProperty({ enum: ORGANIZATION_TYPES, ...codeList('organization-types') })
  @IsIn(ORGANIZATION_TYPES)
  type!: OrganizationType;

  @ApiProperty({ example: '01' })
  @Matches(/^\d{2}$/)
  provinceCode!: string;

  @ApiPropertyOptional({ example: '00004' })
  @IsOptional()
  @Matches(/^\d{5}$/)
  communeCode?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID()
  parentId?: string;
}

export class UpdateOrganizationDto {
  @ApiPropertyOptional()
  @Omittable()
  @Transform(toNfc)
  @IsString()
  @Length(1, 300)
  name?: string;

  @ApiPropertyOptional()
  @Omittable()
  @IsBoolean()
  active?: boolean;
}

export class OrganizationQuery extends PageQuery {
  @ApiPropertyOptional({ enum: ORGANIZATION_TYPES })
  @IsOptional()
  @IsIn(ORGANIZATION_TYPES)
  type?: OrganizationType;

  @ApiPropertyOptional()
  @IsOptional()
  @Matches(/^\d{2}$/)
  provinceCode?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @Matches(/^\d{5}$/)
  communeCode?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  active?: boolean;
}

export class OrganizationDto {
  @ApiProperty() id!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ enum: ORGANIZATION_TYPES, ...codeList('organization-types') })
  type!: OrganizationType;
  @ApiProperty() provinceCode!: string;
  @ApiProperty({ nullable: true, type: String }) communeCode!: string | null;
  @ApiProperty({ nullable: true, type: String }) parentId!: string | null;
  @ApiProperty() active!: boolean;
  @ApiProperty() createdAt!: string;

  static from(o: Organization): OrganizationDto {
    return {
      id: o.id,
      name: o.name,
      type: o.type,
      provinceCode: o.provinceCode,
      communeCode: o.communeCode,
      parentId: o.parentId,
      active: o.active,
      createdAt: o.createdAt.toISOString(),
    };
  }
}

export class OrganizationPageDto {
  @ApiProperty({ type: [OrganizationDto] }) items!: OrganizationDto[];
  @ApiProperty({ nullable: true, type: String }) nextCursor!: string | null;
}
