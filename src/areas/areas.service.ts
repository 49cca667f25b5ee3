import { Injectable } from '@nestjs/common';
import { AppException } from '../common/app.exception.js';
import { AreasRepository } from './areas.repository.js';
import { AreaDto, type AreaListDto, type CrosswalkDto } from './dto/area.dto.js';

@Injectable()
export class AreasService {
  constructor(private readonly areas: AreasRepository) {}

  async provinces(): Promise<AreaListDto> {
    return { items: (await this.areas.provinces()).map(AreaDto.from) };
  }

  async communes(provinceCode: string): Promise<AreaListDto> {
    if (!(await this.areas.province(provinceCode))) {
      throw new AppException('area-not-found', { code: provinceCode });
    }
    return { items: (await this.areas.communes(provinceCode)).map(AreaDto.from) };
  }

  /** Where a pre-2025 commune went in the merger. */
  async oldCommune(oldCode: string): Promise<CrosswalkDto> {
    const [old, crosswalk] = await Promise.all([
      this.areas.historical('commune', oldCode),
      this.areas.crosswalk('commune', oldCode),
    ]);
    if (!old || !crosswalk) throw new AppException('old-commune-not-found', { code: oldCode });
    const current = await this.areas.byCodes(crosswalk.newCodes);
    return {
      oldCode,
      oldFullName: old.fullName,
      currentUnits: current.map(AreaDto.from),
      ambiguous: crosswalk.ambiguous,
    };
  }
}
