import { canonicalJson } from '../common/canonical-json.js';
import { asBody } from './child-rules.js';
import type { CreateChildDto } from './dto/child.dto.js';
import type { Child } from './entities/child.entity.js';
import { normalizeName } from './vietnamese-name.js';

/** Optional fields the survivor takes from the duplicate when it has none. */
const FILLED = [
  'ethnicityCode',
  'personalId',
  'village',
  'address',
  'schoolStatus',
  'disability',
  'notes',
] as const;

function union<T>(a: T[], b: T[], key: (item: T) => string): T[] {
  const keys = new Set(a.map(key));
  return [...a, ...b.filter((item) => !keys.has(key(item)))];
}

/**
 * The record two duplicates become (gộp hồ sơ trùng): the survivor's values, with what only the
 * duplicate knows added: empty fields filled, an exact date of birth or a known sex preferred to
 * an estimated or unknown one, and the caregivers, special circumstances and risk factors of
 * both.
 */
export function combine(survivor: Child, duplicate: Child): CreateChildDto {
  const body = asBody(survivor);
  for (const field of FILLED) {
    if (survivor[field] === null && duplicate[field] !== null) body[field] = duplicate[field]!;
  }
  if (survivor.dobPrecision !== 'exact' && duplicate.dobPrecision === 'exact') {
    body.dateOfBirth = duplicate.dateOfBirth;
    body.dobPrecision = 'exact';
  }
  if (survivor.sex === 'unknown') body.sex = duplicate.sex;
  body.caregivers = union(
    survivor.caregivers,
    duplicate.caregivers,
    (c) => `${c.relation}|${normalizeName(c.fullName)}`,
  ) as CreateChildDto['caregivers'];
  body.specialCircumstances = union(
    survivor.specialCircumstances,
    duplicate.specialCircumstances,
    canonicalJson,
  ) as CreateChildDto['specialCircumstances'];
  body.riskFactors = union(
    survivor.riskFactors,
    duplicate.riskFactors,
    canonicalJson,
  ) as CreateChildDto['riskFactors'];
  return body;
}
