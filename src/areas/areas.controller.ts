import { Controller, Get, Param } from '@nestjs/common';
import { Access } from '../access/access.decorator.js';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AreaCodeParam } from './dto/area-code.param.js';
import { AreaListDto, CrosswalkDto } from './dto/area.dto.js';
import { AreasService } from './areas.service.js';

@ApiTags('areas')
@Access('areas:read')
@Controller('areas')
export class AreasController {
  constructor(private readonly areas: AreasService) {}

  @Get('provinces')
  @ApiOperation({
    operationId: 'listProvinces',
    summary: 'The 34 provinces in force since 01/07/2025',
  })
  @ApiOkResponse({ type: AreaListDto })
  provinces(): Promise<AreaListDto> {
    return this.areas.provinces();
  }

  @Get('provinces/:code/communes')
  @ApiOperation({
    operationId: 'listCommunesOfProvince',
    summary: 'The commune-level units (phường, xã, đặc khu) of a province',
  })
  @ApiOkResponse({ type: AreaListDto })
  communes(@Param() { code }: AreaCodeParam): Promise<AreaListDto> {
    return this.areas.communes(code);
  }

  @Get('historical/communes/:code')
  @ApiOperation({
    operationId: 'getHistoricalCommune',
    summary: 'Where a pre-2025 commune went in the 2025 merger (crosswalk)',
  })
  @ApiOkResponse({ type: CrosswalkDto })
  oldCommune(@Param() { code }: AreaCodeParam): Promise<CrosswalkDto> {
    return this.areas.oldCommune(code);
  }
}
