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

  /**
   * The current place a record belongs to. A pre-2025 commune code is mapped through the
   * crosswalk; a split commune is refused with its candidates, since a person must choose. The
   * province may be given by its old code too.
   */
  async resolvePlace(
    provinceCode: string,
    communeCode: string,
  ): Promise<{ provinceCode: string; communeCode: string; mappedFrom: string | null }> {
    let [commune] = (await this.areas.byCodes([communeCode])).filter((a) => a.level === 'commune');
    let mappedFrom: string | null = null;
    if (!commune) {
      const crosswalk = await this.areas.crosswalk('commune', communeCode);
      if (!crosswalk || crosswalk.newCodes.length === 0) {
        throw new AppException('unknown-area', { codes: communeCode });
      }
      const candidates = await this.areas.byCodes(crosswalk.newCodes);
      if (crosswalk.ambiguous) {
        throw new AppException('ambiguous-commune', {
          code: communeCode,
          candidates: candidates.map((a) => `${a.code} ${a.fullName}`).join('; '),
        });
      }
      commune = candidates[0];
      mappedFrom = communeCode;
    }
    const province = commune.provinceCode!;
    if (provinceCode !== province) {
      const old = await this.areas.crosswalk('province', provinceCode);
      if (!old?.newCodes.includes(province)) {
        throw new AppException('commune-not-in-province', { communeCode, provinceCode });
      }
    }
    return { provinceCode: province, communeCode: commune.code, mappedFrom };
  }

  /** Current units with these codes; 422 naming any code that is not one. */
  async requireCodes(codes: string[]): Promise<AreaDto[]> {
    const found = await this.areas.byCodes(codes);
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
