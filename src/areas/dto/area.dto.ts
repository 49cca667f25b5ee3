import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { Area } from '../entities/area.entity.js';

export class AreaDto {
  @ApiProperty({ example: '00004' })
  code!: string;

  @ApiProperty({ example: 'Ba Đình' })
  name!: string;

  @ApiProperty({ example: 'Phường Ba Đình' })
  fullName!: string;

  @ApiPropertyOptional({ example: 'Ba Dinh', nullable: true, type: String })
  nameEn!: string | null;

  @ApiProperty({ example: 'Phường' })
  unitType!: string;

  @ApiPropertyOptional({ example: '01', nullable: true, type: String })
  provinceCode!: string | null;

  static from(area: Area): AreaDto {
    return {
      code: area.code,
      name: area.name,
      fullName: area.fullName,
      nameEn: area.nameEn,
      unitType: area.unitType,
      provinceCode: area.provinceCode,
    };
  }
}

export class AreaListDto {
  @ApiProperty({ type: [AreaDto] })
  items!: AreaDto[];
}

export class CrosswalkDto {
  @ApiProperty({ example: '00001' })
  oldCode!: string;

  @ApiProperty({ example: 'Phường Phúc Xá' })
  oldFullName!: string;

  @ApiProperty({ description: 'The current units the old one went into', type: [AreaDto] })
  currentUnits!: AreaDto[];

  @ApiProperty({ description: 'Split between several current units: a person must choose' })
  ambiguous!: boolean;
}
