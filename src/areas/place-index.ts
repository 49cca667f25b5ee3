import { AppException } from '../common/app.exception.js';
import type { AreaCrosswalk } from './entities/area-crosswalk.entity.js';
import type { Area } from './entities/area.entity.js';

export interface ResolvedPlace {
  provinceCode: string;
  communeCode: string;
  /** The pre-2025 commune code given, when one was mapped. */
  mappedFrom: string | null;
}

/**
 * The current units and the 2025 crosswalk in memory. Administrative units are reference data
 * that change only with a migration, so a process loads them once; resolving a place (one per
 * record, a hundred thousand per import) then needs no query.
 */
export class PlaceIndex {
  private readonly communes = new Map<string, Area>();
  private readonly crosswalk = new Map<string, AreaCrosswalk>();

  constructor(areas: Area[], crosswalk: AreaCrosswalk[]) {
    for (const area of areas) if (area.level === 'commune') this.communes.set(area.code, area);
    for (const entry of crosswalk) this.crosswalk.set(`${entry.oldLevel}:${entry.oldCode}`, entry);
  }

  /** The province of a current commune; null for any other code. */
  provinceOf(communeCode: string): string | null {
    return this.communes.get(communeCode)?.provinceCode ?? null;
  }

  /** The full name of a current commune ("Phường Ba Đình"); null for any other code. */
  communeName(communeCode: string): string | null {
    return this.communes.get(communeCode)?.fullName ?? null;
  }

  /**
   * The current place a record belongs to. A pre-2025 commune code is mapped through the
   * crosswalk; a split commune is refused with its candidates, since a person must choose. The
   * province may be given by its old code too. 422 otherwise.
   */
  resolve(provinceCode: string, communeCode: string): ResolvedPlace {
    let commune = this.communes.get(communeCode);
    let mappedFrom: string | null = null;
    if (!commune) {
      const entry = this.crosswalk.get(`commune:${communeCode}`);
      const candidates = (entry?.newCodes ?? []).flatMap((code) => {
        const area = this.communes.get(code);
        return area ? [area] : [];
      });
      if (candidates.length === 0) throw new AppException('unknown-area', { codes: communeCode });
      if (entry!.ambiguous) {
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
      const old = this.crosswalk.get(`province:${provinceCode}`);
      if (!old?.newCodes.includes(province)) {
        throw new AppException('commune-not-in-province', { communeCode, provinceCode });
      }
    }
    return { provinceCode: province, communeCode: commune.code, mappedFrom };
  }
}
