import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AppException } from '../common/app.exception.js';
import { AreasRepository } from './areas.repository.js';
import { PlaceIndex, type ResolvedPlace } from './place-index.js';
import { AreaDto, type AreaListDto, type CrosswalkDto } from './dto/area.dto.js';

@Injectable()
export class AreasService {
  private index?: Promise<PlaceIndex>;

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

  /**
   * A place named in a request body: the province exists and the commune, when given, is one of
   * its current communes; otherwise 422.
   */
  async requirePlace(provinceCode: string, communeCode: string | null): Promise<void> {
    const found = await this.areas.byCodes(
      communeCode ? [provinceCode, communeCode] : [provinceCode],
    );
    const province = found.find((a) => a.code === provinceCode && a.level === 'province');
    if (!province) throw new AppException('unknown-area', { codes: provinceCode });
    if (!communeCode) return;
    const commune = found.find((a) => a.code === communeCode && a.level === 'commune');
    if (commune?.provinceCode !== provinceCode) {
      throw new AppException('commune-not-in-province', { communeCode, provinceCode });
    }
  }

  /** The current units and the crosswalk, loaded once per process (see PlaceIndex). */
  placeIndex(): Promise<PlaceIndex> {
    this.index ??= Promise.all([this.areas.all(), this.areas.crosswalks()]).then(
      ([areas, crosswalk]) => new PlaceIndex(areas, crosswalk),
    );
    this.index.catch(() => (this.index = undefined));
    return this.index;
  }

  /** See PlaceIndex.resolve. */
  async resolvePlace(provinceCode: string, communeCode: string): Promise<ResolvedPlace> {
    return (await this.placeIndex()).resolve(provinceCode, communeCode);
  }

  /** Current units with these codes; 422 naming any code that is not one. */
  async requireCodes(codes: string[], manager?: EntityManager): Promise<AreaDto[]> {
    const found = await this.areas.byCodes(codes, manager);
    const missing = codes.filter((code) => !found.some((a) => a.code === code));
    if (missing.length > 0) throw new AppException('unknown-area', { codes: missing.join(', ') });
    return found.map(AreaDto.from);
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
