import type { Actor } from '../access/actor.js';
import { AppException } from '../common/app.exception.js';

/**
 * What concerns a whole province (its reporting calendar, its communes' assessments) is for those
 * who cover the whole province: 403 otherwise.
 */
export function requireWholeProvince(provinceCode: string, actor: Actor): void {
  if (!actor.scope.provinces.includes(provinceCode)) {
    throw new AppException('report-area-out-of-scope', { code: provinceCode });
  }
}
