/**
 * A list's filter (the registry's list, count and export) and its conditions on a record `c` as
 * SQL: the areas, which an (area, name, id) index can serve, apart from the rest. The name words
 * are not among them: the search reads them in its own way (child-search.repository.ts).
 */
import { IN_FORCE } from './child-sql.js';

export interface ChildFilter {
  /** Words, each matching the start of a word of the name. */
  words: string[];
  personalId?: string;
  provinceCode?: string;
  communeCode?: string;
  specialCircumstance?: string;
  inSpecialCircumstances?: boolean;
  riskFactor?: string;
  ids?: string[];
  /** The day flags must be in force on (Vietnam). */
  today: string;
  /** Born on or after / on or before (from the age range). */
  bornFrom?: string;
  bornTo?: string;
  sex?: string;
  hasPersonalId?: boolean;
  /** Last (nameSearch, id) served. */
  after: [string, string] | null;
  limit: number;
}

/** A condition on a record `c`, with its named parameters. */
export interface Condition {
  sql: string;
  params: Record<string, unknown>;
}

/** The filter's areas: equalities an (area, name, id) index can serve. */
export function areaConditions(filter: ChildFilter): Condition[] {
  const { provinceCode, communeCode } = filter;
  return [
    ...(provinceCode ? [{ sql: 'c.province_code = :provinceCode', params: { provinceCode } }] : []),
    ...(communeCode ? [{ sql: 'c.commune_code = :communeCode', params: { communeCode } }] : []),
  ];
}

/** The filter's conditions on the rest of the record. */
export function recordConditions(filter: ChildFilter): Condition[] {
  const conditions: Condition[] = [];
  const add = (sql: string, params: Record<string, unknown> = {}) =>
    conditions.push({ sql, params });
  if (filter.personalId) add('c.personal_id = :personalId', { personalId: filter.personalId });
  if (filter.specialCircumstance) {
    // A group (`a`) or a sub-group (`a.1`), each found through the containment index first.
    const sc = filter.specialCircumstance;
    const key = sc.includes('.') ? 'subCode' : 'code';
    add(
      `c.special_circumstances @> :scContains AND EXISTS (SELECT 1 FROM jsonb_array_elements(c.special_circumstances) e
        WHERE e->>'${key}' = :sc AND ${IN_FORCE})`,
      { scContains: JSON.stringify([{ [key]: sc }]), sc, today: filter.today },
    );
  }
  if (filter.inSpecialCircumstances !== undefined) {
    add(
      `${filter.inSpecialCircumstances ? '' : 'NOT '}EXISTS (SELECT 1 FROM jsonb_array_elements(c.special_circumstances) e
        WHERE ${IN_FORCE})`,
      { today: filter.today },
    );
  }
  if (filter.ids) add('c.id = ANY(:ids)', { ids: filter.ids });
  if (filter.riskFactor) {
    add(
      `EXISTS (SELECT 1 FROM jsonb_array_elements(c.risk_factors) e WHERE e->>'code' = :rf AND ${IN_FORCE})`,
      { rf: filter.riskFactor, today: filter.today },
    );
  }
  if (filter.bornFrom) add('c.date_of_birth >= :bornFrom', { bornFrom: filter.bornFrom });
  if (filter.bornTo) add('c.date_of_birth <= :bornTo', { bornTo: filter.bornTo });
  if (filter.sex) add('c.sex = :sex', { sex: filter.sex });
  if (filter.hasPersonalId !== undefined) {
    add(filter.hasPersonalId ? 'c.personal_id IS NOT NULL' : 'c.personal_id IS NULL');
  }
  return conditions;
}
