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

/**
 * What the caller may choose between when two records differ: which record's value of a field the
 * merged record keeps. A date of birth goes with its precision, a commune with its province. The
 * personal ID is no choice: two different ones refuse the merge, and one is always kept.
 */
export const MERGE_FIELDS = [
  'fullName',
  'dateOfBirth',
  'sex',
  'ethnicityCode',
  'communeCode',
  'village',
  'address',
  'caregivers',
  'specialCircumstances',
  'riskFactors',
  'schoolStatus',
  'disability',
  'notes',
] as const;
export type MergeField = (typeof MERGE_FIELDS)[number];
export const MERGE_SOURCES = ['survivor', 'duplicate'] as const;
export type MergeSource = (typeof MERGE_SOURCES)[number];
export type MergeChoices = Partial<Record<MergeField, MergeSource>>;

/** The stored columns a choice takes together. */
const COLUMNS: Partial<Record<MergeField, (keyof CreateChildDto & keyof Child)[]>> = {
  dateOfBirth: ['dateOfBirth', 'dobPrecision'],
  communeCode: ['provinceCode', 'communeCode'],
};

function union<T>(a: T[], b: T[], key: (item: T) => string): T[] {
  const keys = new Set(a.map(key));
  return [...a, ...b.filter((item) => !keys.has(key(item)))];
}

/**
 * The record two duplicates become (gộp hồ sơ trùng): the survivor's values, with what only the
 * duplicate knows added: empty fields filled, an exact date of birth or a known sex preferred to
 * an estimated or unknown one, and the caregivers, special circumstances and risk factors of
 * both. A field the caller chose takes the chosen record's value as it is, empty or a list alone.
 */
export function combine(
  survivor: Child,
  duplicate: Child,
  chosen: MergeChoices = {},
): CreateChildDto {
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
  for (const [field, source] of Object.entries(chosen) as [MergeField, MergeSource | undefined][]) {
    if (!source) continue;
    const from = source === 'duplicate' ? duplicate : survivor;
    for (const column of COLUMNS[field] ?? [field]) {
      const value = from[column];
      if (value === null) delete body[column];
      else (body as unknown as Record<string, unknown>)[column] = value;
    }
  }
  return body;
}
