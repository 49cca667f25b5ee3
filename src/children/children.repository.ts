import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import {
  DataSource,
  type EntityManager,
  type EntityMetadata,
  type SelectQueryBuilder,
} from 'typeorm';
import { openText, sealText } from '../common/field-cipher.js';
import type { AreaScope } from '../auth/actor.js';
import { scopeCondition } from '../auth/scope.js';
import { ChildHistory } from './entities/child-history.entity.js';
import { ChildMerge } from './entities/child-merge.entity.js';
import { Child } from './entities/child.entity.js';
import { sealedChanges, sealedFields } from './sealed-fields.js';
import {
  byteOrder,
  compareNameKeys,
  estimatedNames,
  type KeyStatistics,
  keysCost,
  type NamePart,
  nameParts,
  nextWindow,
} from './name-search.js';

/** A special circumstance or risk factor `e` in force on :today (as the statistics count them). */
const IN_FORCE = `coalesce(e->>'since', '') <= :today
  AND coalesce(nullif(e->>'until', ''), :today) >= :today`;

/**
 * The cleaning worklist of the national campaign (làm sạch dữ liệu trẻ em): each problem as a
 * condition on a record `c`. `:sixteenYearsAgo` is the latest date of birth of a 16-year-old,
 * `:today` the day in Vietnam.
 */
export const DATA_PROBLEMS = {
  missingPersonalId: 'c.personal_id IS NULL',
  malformedPersonalId: `c.personal_id IS NOT NULL AND CASE
      WHEN c.personal_id !~ '^[0-9]{12}$' THEN TRUE
      ELSE (c.dob_precision <> 'estimated' AND (
              substr(c.personal_id, 4, 1)::int / 2 <> extract(year FROM c.date_of_birth)::int / 100 - 19
              OR substr(c.personal_id, 5, 2) <> lpad((extract(year FROM c.date_of_birth)::int % 100)::text, 2, '0')))
        OR (c.sex <> 'unknown' AND substr(c.personal_id, 4, 1)::int % 2 <> CASE c.sex WHEN 'female' THEN 1 ELSE 0 END)
    END`,
  unknownSex: "c.sex = 'unknown'",
  estimatedDateOfBirth: "c.dob_precision = 'estimated'",
  missingEthnicity: 'c.ethnicity_code IS NULL',
  missingParentOrGuardian: `NOT jsonb_path_exists(c.caregivers,
      '$[*] ? (@.relation == "mother" || @.relation == "father" || @.relation == "guardian")')`,
  specialCircumstancesPast16: `c.date_of_birth <= :sixteenYearsAgo
    AND EXISTS (SELECT 1 FROM jsonb_array_elements(c.special_circumstances) e WHERE ${IN_FORCE})`,
  pre2025CommuneCode: `NOT EXISTS (SELECT 1 FROM areas a WHERE a.code = c.commune_code AND a.level = 'commune')`,
} as const;
export type DataProblem = keyof typeof DATA_PROBLEMS;

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

/** A record's place in name order: (name_search, id). */
type NameKey = [string, string];

/** How long the statistics of the name keys are used before they are read again. */
const KEY_STATISTICS_TTL_MS = 10 * 60_000;

/**
 * The most areas (provinces and communes) of a caller whose name search reads each in name order;
 * past it, every part of the search is read through the keys index (a read per area and part).
 */
const MAX_AREAS_IN_NAME_ORDER = 4;

/**
 * The share of the registry (by the keys' statistics) a family's run, or a middle name's run
 * within it, holds before a name search reads it as parts of its own (nameParts): 10,000 names
 * of 1,000,000.
 */
const SPLIT_SHARE = 0.01;

/** After the last record served, in name order. */
const AFTER = '(c.name_search, c.id) > (:afterName, :afterId)';

interface Condition {
  sql: string;
  params: Record<string, unknown>;
}

/** The filter's areas: equalities an (area, name, id) index can serve. */
function areaConditions(filter: ChildFilter): Condition[] {
  const { provinceCode, communeCode } = filter;
  return [
    ...(provinceCode ? [{ sql: 'c.province_code = :provinceCode', params: { provinceCode } }] : []),
    ...(communeCode ? [{ sql: 'c.commune_code = :communeCode', params: { communeCode } }] : []),
  ];
}

/** The filter's conditions on the rest of the record. */
function recordConditions(filter: ChildFilter): Condition[] {
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

/** Named parameters for SQL put together from pieces: each value gets a fresh name. */
class SqlParams {
  readonly params: Record<string, unknown> = {};
  private count = 0;

  add(value: unknown): string {
    const name = `p${this.count++}`;
    this.params[name] = value;
    return `:${name}`;
  }

  /** A condition whose parameters have names of their own (shared by every use). */
  condition({ sql, params }: Condition): string {
    Object.assign(this.params, params);
    return `(${sql})`;
  }
}

/**
 * All SQL on children. Every read takes the actor's scope and filters by it in the query itself
 * (conventions.md rule 2): a child outside it is never loaded.
 */
@Injectable()
export class ChildrenRepository {
  private keyStatistics: { at: number; value: Promise<KeyStatistics> } | null = null;

  constructor(private readonly dataSource: DataSource) {}

  private scoped(scope: AreaScope, manager?: EntityManager): SelectQueryBuilder<Child> {
    const area = scopeCondition(scope, { province: 'c.province_code', commune: 'c.commune_code' });
    return (manager ?? this.dataSource.manager)
      .getRepository(Child)
      .createQueryBuilder('c')
      .where(area.sql, area.params);
  }

  byId(scope: AreaScope, id: string, manager?: EntityManager): Promise<Child | null> {
    return this.scoped(scope, manager).andWhere('c.id = :id', { id }).getOne();
  }

  /** Who holds these personal IDs, whatever the scope: for the uniqueness check only. */
  holdersOfPersonalIds(
    personalIds: string[],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<Pick<Child, 'id' | 'personalId' | 'provinceCode' | 'communeCode' | 'mergedInto'>[]> {
    return manager
      .getRepository(Child)
      .createQueryBuilder('c')
      .select(['c.id', 'c.personalId', 'c.provinceCode', 'c.communeCode', 'c.mergedInto'])
      .where('c.personal_id = ANY(:personalIds)', { personalIds })
      .getMany();
  }

  /** A page of records in name order: its keys first (pageKeys or nameSearchKeys), then by id. */
  async list(scope: AreaScope, filter: ChildFilter): Promise<Child[]> {
    const keys =
      filter.words.length > 0
        ? await this.nameSearchKeys(scope, filter)
        : await this.pageKeys(scope, filter);
    const rows = new Map(
      (
        await this.byIds(
          scope,
          keys.map(([, id]) => id),
        )
      ).map((c) => [c.id, c]),
    );
    return keys.flatMap(([, id]) => rows.get(id) ?? []);
  }

  /**
   * How many records the filter selects, counted up to `limit` + 1 (the rest is not read): every
   * name word starts a word of the name, as in the list (name-search.ts).
   */
  async count(scope: AreaScope, filter: ChildFilter): Promise<number> {
    const q = this.scoped(scope).select('1').andWhere('c.merged_into IS NULL');
    for (const condition of [...areaConditions(filter), ...recordConditions(filter)]) {
      q.andWhere(condition.sql, condition.params);
    }
    filter.words.forEach((word, i) =>
      q.andWhere(`strpos(c.name_search, :word${i}) > 0`, { [`word${i}`]: ` ${word}` }),
    );
    q.limit(filter.limit + 1);
    const [{ count }] = await this.raw<{ count: number }>(
      `SELECT count(*)::int AS count FROM (${q.getQuery()}) selected`,
      q.getParameters(),
    );
    return count;
  }

  /**
   * A page's keys without name words: from the (area, name, id) index alone when the filters are
   * areas (no table row is read).
   */
  private async pageKeys(scope: AreaScope, filter: ChildFilter): Promise<NameKey[]> {
    const q = this.scoped(scope)
      .select(['c.id', 'c.nameSearch'])
      .andWhere('c.merged_into IS NULL')
      .orderBy('c.name_search', 'ASC')
      .addOrderBy('c.id', 'ASC')
      .take(filter.limit + 1);
    for (const condition of [...areaConditions(filter), ...recordConditions(filter)]) {
      q.andWhere(condition.sql, condition.params);
    }
    if (filter.after) q.andWhere(AFTER, { afterName: filter.after[0], afterId: filter.after[1] });
    return (await q.getMany()).map((c) => [c.nameSearch, c.id]);
  }

  /**
   * A name search's page: each part of `nameParts` (name-search.ts) read on its own, then merged.
   *
   * Where an index gives the name order of each of the caller's areas (a province or a commune:
   * the one the filter names, or each of the caller's few), a part is first read in that order,
   * in each area on its own, a window of entries at a time (`nextWindow`), keeping its matches
   * and stopping at a page's worth: cheap wherever matches are common, and bounded. A part whose
   * matches, as counted in its windows so far, are too rare for another window costing less than
   * the keys index (priced from PostgreSQL's statistics of the keys: `keysCost`) has the rest of
   * them read through that index and sorted, which is cheap for few. So the plan follows how many
   * matches there are and where, not only how common each word is.
   */
  private async nameSearchKeys(scope: AreaScope, filter: ChildFilter): Promise<NameKey[]> {
    const take = filter.limit + 1;
    const sql = new SqlParams();
    const area = scopeCondition(scope, { province: 'c.province_code', commune: 'c.commune_code' });
    const where = [area, { sql: 'c.merged_into IS NULL', params: {} }, ...areaConditions(filter)]
      .map((condition) => sql.condition(condition))
      .join(' AND ');
    const after = (key: NameKey | null) =>
      key ? `AND (c.name_search, c.id) > (${sql.add(key[0])}, ${sql.add(key[1])})` : '';
    const range = ({ from, to }: NamePart) =>
      [
        ...(from === null ? [] : [`AND c.name_search >= ${sql.add(from)}`]),
        ...(to === null ? [] : [`AND c.name_search < ${sql.add(to)}`]),
      ].join(' ');
    const checks = recordConditions(filter).map((condition) => sql.condition(condition));
    const statistics = await this.nameKeyStatistics();
    const large = (keys: string[]) =>
      estimatedNames(keys, statistics) >= SPLIT_SHARE * statistics.total;
    // The areas read in name order, each through its (area, name, id) index: the one the filter
    // names, or each of the caller's few areas; none for more (a national body's accounts, over
    // every province), whose parts are all read through the keys index.
    const ordering: string[] =
      filter.provinceCode || filter.communeCode
        ? ['TRUE']
        : scope.provinces.length + scope.communes.length > MAX_AREAS_IN_NAME_ORDER
          ? []
          : [
              ...scope.provinces.map((code) => `c.province_code = ${sql.add(code)}`),
              ...scope.communes.map((code) => `c.commune_code = ${sql.add(code)}`),
            ];
    const inNameOrder = ordering.length > 0;
    const parts = nameParts(filter.words, large)
      .flatMap((part) => (inNameOrder ? ordering : ['TRUE']).map((area) => ({ part, area })))
      .map(({ part, area }, i) => ({
        part,
        area,
        i,
        after: filter.after,
        found: [] as NameKey[],
        read: 0,
        keysCost: keysCost(part.keys, statistics),
      }));
    let ordered = inNameOrder ? parts : [];
    let rare = inNameOrder ? [] : [...parts];
    // Once a page's worth is found, a part whose rest lies after the page's last match so far
    // has nothing for this page.
    const useful = () => {
      const found = parts.flatMap((entry) => entry.found).sort(compareNameKeys);
      if (found.length < take) return () => true;
      const last = found[take - 1];
      return ({ part, after: key }: (typeof parts)[number]) =>
        (part.from === null || byteOrder(part.from, last[0]) <= 0) &&
        (key === null || compareNameKeys(key, last) < 0);
    };

    while ((ordered = ordered.filter(useful())).length > 0) {
      const windows = new Map(
        ordered.map((entry) => [
          entry,
          nextWindow(entry.read, entry.found.length, take, entry.keysCost),
        ]),
      );
      rare.push(...ordered.filter((entry) => windows.get(entry) === null));
      ordered = ordered.filter((entry) => windows.get(entry) !== null);
      if (ordered.length === 0) break;
      // Per part: its matches among its next window of entries, up to a page's worth, and the
      // window's last entry (n = window) when the window is used up first. The outer ORDER BY is
      // the window's own order: it sorts nothing and keeps the scan stopping at a page's worth.
      const reads = ordered.map((entry) => {
        const { part, area, i, after: key } = entry;
        const window = sql.add(windows.get(entry));
        const matched = [
          'TRUE',
          ...part.anywhere.map((word) => `strpos(c.name_search, ${sql.add(word)}) > 0`),
          ...checks,
        ].join(' AND ');
        return `(SELECT ${i} AS part, w.id, w.name_search, w.matched, w.n FROM (
            SELECT c.id, c.name_search, (${matched}) AS matched,
                   row_number() OVER (ORDER BY c.name_search, c.id) AS n
            FROM children c WHERE ${where} AND ${area} ${range(part)} ${after(key)}
            ORDER BY c.name_search, c.id LIMIT ${window}) w
          WHERE w.matched OR w.n = ${window} ORDER BY w.name_search, w.id LIMIT ${sql.add(take + 1)})`;
      });
      const rows = await this.raw<{
        part: number;
        id: string;
        name_search: string;
        matched: boolean;
        n: string;
      }>(reads.join(' UNION ALL '), sql.params);
      ordered = ordered.filter((entry) => {
        const window = windows.get(entry) as number;
        const mine = rows.filter((r) => r.part === entry.i);
        entry.found.push(
          ...mine.filter((r) => r.matched).map((r): NameKey => [r.name_search, r.id]),
        );
        const end = mine.find((r) => Number(r.n) === window);
        if (entry.found.length >= take || !end) return false;
        entry.after = [end.name_search, end.id];
        entry.read += window;
        return true;
      });
    }

    const found = parts.flatMap((entry) => entry.found);
    if ((rare = rare.filter(useful())).length > 0) {
      // Parts with the same keys (the runs of one part of nameParts' list) are read at once.
      const byKeys = new Map<string, typeof rare>();
      for (const entry of rare) {
        const keys = JSON.stringify(entry.part.keys);
        byKeys.set(keys, [...(byKeys.get(keys) ?? []), entry]);
      }
      // OFFSET 0: the matches of the keys are found as a whole through the keys index, then each
      // part's run and the page's position are checked on each: were they inside, the planner
      // could steer to a scan in name order (the LIMIT outside), or read a range of an (area,
      // name) index as a bitmap to AND with the keys' one, which costs more than all the keys'
      // matches when the range is long. Where the search read its areas in name order, the
      // area is checked outside too (the parts left are those rare enough, as `keysCost` prices
      // them): a province's whole index ANDed as a bitmap (2,500,000 entries) is too large for
      // memory, and every row is then checked again (seconds). Where it has more areas than it
      // reads so, every part comes here, the common ones too, and the areas' own indexes keep the
      // read to them ("nguyen" in two large communes at 5,000,000 children: 0.8 s with them, 22 s
      // without).
      const [inside, outside] = inNameOrder ? ['TRUE', where] : [where, 'TRUE'];
      const reads = [...byKeys.values()].map((group) => {
        const runs = group.map(
          ({ part, area, after: key }) => `(${area} ${range(part)} ${after(key)})`,
        );
        return `(SELECT c.id, c.name_search FROM (
            SELECT c.id, c.name_search, c.province_code, c.commune_code, c.merged_into FROM children c
            WHERE ${inside} AND child_name_keys(c.name_search) @> CAST(${sql.add(group[0].part.keys)} AS text[])
              ${checks.map((condition) => `AND ${condition}`).join(' ')}
            OFFSET 0) c
          WHERE ${outside} AND (${runs.join(' OR ')})
          ORDER BY c.name_search, c.id LIMIT ${sql.add(take)})`;
      });
      const rows = await this.raw<{ id: string; name_search: string }>(
        reads.join(' UNION ALL '),
        sql.params,
      );
      found.push(...rows.map((r): NameKey => [r.name_search, r.id]));
    }
    return found.sort(compareNameKeys).slice(0, take);
  }

  /**
   * Records in the actor's areas, not merged away, that an import row may be: by id, personal ID
   * or fingerprint.
   */
  matches(
    scope: AreaScope,
    keys: { ids: string[]; personalIds: string[]; fingerprints: string[] },
    manager: EntityManager,
  ): Promise<Child[]> {
    return this.scoped(scope, manager)
      .andWhere('c.merged_into IS NULL')
      .andWhere(
        '(c.id = ANY(:ids) OR c.personal_id = ANY(:personalIds) OR c.fingerprint = ANY(:fingerprints))',
        keys,
      )
      .getMany();
  }

  /**
   * Adds records in one statement whose one parameter is their JSON (the query builder spends
   * longer building a thousand-row INSERT than PostgreSQL takes to run it); returns their ids in
   * order.
   */
  async insertMany(manager: EntityManager, children: Partial<Child>[]): Promise<string[]> {
    const rows = children.map((c) => ({ ...c, id: randomUUID(), version: 1 }));
    await this.insertJson(manager, Child, rows);
    return rows.map((r) => r.id);
  }

  /**
   * Replaces records in one statement, each only if it is still at the version given (the optimistic
   * lock of `update`), and moves each to the next version; returns the ids replaced. Every row
   * gives the same properties, which are the columns set.
   */
  async updateMany(
    manager: EntityManager,
    children: (Partial<Child> & Pick<Child, 'id' | 'version'>)[],
  ): Promise<Set<string>> {
    if (children.length === 0) return new Set();
    const given = Object.keys(children[0]);
    if (
      children.some((c) => Object.keys(c).length !== given.length || given.some((k) => !(k in c)))
    ) {
      throw new Error('updateMany: every row must give the same properties');
    }
    const { columns, json } = recordset(manager.connection.getMetadata(Child), children);
    const set = columns
      .filter((c) => !['id', 'version', 'updatedAt'].includes(c.propertyName))
      .map((c) => `"${c.databaseName}" = v."${c.databaseName}"`);
    // TypeORM answers an UPDATE with its rows and their count.
    const [rows] = (await manager.query(
      `UPDATE "children" c SET ${set.join(', ')}, "version" = c."version" + 1, "updated_at" = now()
       FROM jsonb_populate_recordset(NULL::"children", $1::jsonb) v
       WHERE c."id" = v."id" AND c."version" = v."version"
       RETURNING c."id"`,
      [json],
    )) as [{ id: string }[], number];
    return new Set(rows.map((r) => r.id));
  }

  /** `INSERT … SELECT … FROM jsonb_populate_recordset`: the given properties of each row. */
  private async insertJson(
    manager: EntityManager,
    entity: typeof Child | typeof ChildHistory,
    rows: object[],
  ): Promise<void> {
    if (rows.length === 0) return;
    const metadata = manager.connection.getMetadata(entity);
    const { columns, json } = recordset(metadata, rows);
    const names = columns.map((c) => `"${c.databaseName}"`).join(', ');
    await manager.query(
      `INSERT INTO "${metadata.tableName}" (${names})
       SELECT ${names} FROM jsonb_populate_recordset(NULL::"${metadata.tableName}", $1::jsonb)`,
      [json],
    );
  }

  /**
   * How often each name key occurs, from the statistics ANALYZE keeps on the keys index (its most
   * common keys; the others less often than the least of those), read again every few minutes.
   * Without statistics (a table never analysed) every key counts as common.
   */
  private nameKeyStatistics(): Promise<KeyStatistics> {
    if (this.keyStatistics && Date.now() - this.keyStatistics.at < KEY_STATISTICS_TTL_MS) {
      return this.keyStatistics.value;
    }
    const value = this.dataSource
      .query(
        `SELECT c.reltuples AS total, s.most_common_elems::text::text[] AS keys,
                s.most_common_elem_freqs AS frequencies
         FROM pg_class c
         LEFT JOIN pg_stats s ON s.schemaname = current_schema() AND s.tablename = 'children_name_keys'
         WHERE c.oid = 'children'::regclass`,
      )
      .then(([row]: { total: number; keys: string[] | null; frequencies: number[] | null }[]) => {
        if (!row?.keys || !row.frequencies || row.total <= 0) {
          return { total: Infinity, frequency: () => 1 };
        }
        const listed = row.frequencies.slice(0, row.keys.length);
        const frequencies = new Map(row.keys.map((key, i) => [key, listed[i]]));
        const unlisted = Math.min(...listed) / 2;
        return { total: row.total, frequency: (key: string) => frequencies.get(key) ?? unlisted };
      });
    this.keyStatistics = { at: Date.now(), value };
    value.catch(() => {
      this.keyStatistics = null;
    });
    return value;
  }

  /** SQL with named parameters (`:name`), for what the query builder cannot say. */
  private async raw<T>(sql: string, params: Record<string, unknown>): Promise<T[]> {
    const [text, values] = this.dataSource.driver.escapeQueryWithParameters(sql, params);
    return (await this.dataSource.query(text, values)) as T[];
  }

  /** Records in the actor's areas by id (merged ones included). */
  byIds(scope: AreaScope, ids: string[], manager?: EntityManager): Promise<Child[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.scoped(scope, manager).andWhere('c.id = ANY(:ids)', { ids }).getMany();
  }

  /** The record and those merged into it, directly or along a chain of merges. */
  async mergedInto(id: string): Promise<string[]> {
    const rows: { id: string }[] = await this.dataSource.query(
      `WITH RECURSIVE merged(id) AS (
         SELECT $1::uuid
         UNION
         SELECT c.id FROM children c JOIN merged m ON c.merged_into = m.id
       )
       SELECT id FROM merged`,
      [id],
    );
    return rows.map((row) => row.id);
  }

  /** Records by id, in any area (for a case that names them), in the order asked. */
  async byIdsAnywhere(ids: string[], manager?: EntityManager): Promise<Child[]> {
    if (ids.length === 0) return [];
    const rows = await (manager ?? this.dataSource.manager)
      .getRepository(Child)
      .createQueryBuilder('c')
      .where('c.id = ANY(:ids)', { ids })
      .getMany();
    return ids.flatMap((id) => rows.filter((row) => row.id === id));
  }

  /** Locks records in the actor's areas for a change that spans them (a merge). */
  lockForUpdate(scope: AreaScope, ids: string[], manager: EntityManager): Promise<Child[]> {
    return this.scoped(scope, manager)
      .andWhere('c.id = ANY(:ids)', { ids })
      .orderBy('c.id')
      .setLock('pessimistic_write')
      .getMany();
  }

  /**
   * Records that may be the same child as this one, in the actor's areas, found by blocking in its
   * province (through the name-keys index and the date-of-birth index): the same family and given
   * name (without diacritics; the middle name may differ) and a birth year at most one apart; the
   * same date of birth and the family or the given name (one of them misspelt); or the same date
   * of birth in the same commune. With the names' trigram similarity, for scoring.
   */
  async candidatesFor(
    scope: AreaScope,
    child: Child,
  ): Promise<{ child: Child; nameSimilarity: number }[]> {
    const year = Number(child.dateOfBirth.slice(0, 4));
    const words = child.nameSearch.trim().split(' ');
    const family = `^${words[0]}`;
    const given = words.length > 1 ? words[words.length - 1] : family;
    const { entities, raw } = await this.scoped(scope)
      .addSelect('similarity(c.name_search, :name)', 'name_similarity')
      .andWhere('c.id <> :id AND c.merged_into IS NULL AND c.province_code = :province')
      .andWhere(
        `((child_name_keys(c.name_search) @> CAST(:both AS text[]) AND c.date_of_birth BETWEEN :from AND :to)
          OR (child_name_keys(c.name_search) && CAST(:both AS text[]) AND c.date_of_birth = :dob)
          OR (c.date_of_birth = :dob AND c.commune_code = :commune))`,
      )
      .setParameters({
        id: child.id,
        name: child.nameSearch,
        both: [family, given],
        province: child.provinceCode,
        commune: child.communeCode,
        dob: child.dateOfBirth,
        from: `${year - 1}-01-01`,
        to: `${year + 1}-12-31`,
      })
      .orderBy('name_similarity', 'DESC')
      .limit(200)
      .getRawAndEntities<{ c_id: string; name_similarity: number }>();
    const similarity = new Map(raw.map((r) => [r.c_id, Number(r.name_similarity)]));
    return entities.map((c) => ({ child: c, nameSimilarity: similarity.get(c.id) ?? 0 }));
  }

  /**
   * Pairs of records in a commune that may be the same child, found by blocking: the same family
   * and given name (without diacritics; the middle name may differ) and birth years at most one
   * apart, or the same date of birth (which catches a misspelt name). Only pairs whose names are
   * at least a little alike are scored.
   */
  async candidatePairs(
    scope: AreaScope,
    communeCode: string,
  ): Promise<{ a: string; b: string; nameSimilarity: number }[]> {
    const area = scopeCondition(scope, { province: 'province_code', commune: 'commune_code' });
    const rows = await this.raw<{ a: string; b: string; name_similarity: number }>(
      `WITH c AS MATERIALIZED (
         SELECT id, name_search, date_of_birth,
                split_part(btrim(name_search), ' ', 1) || ' ' || split_part(btrim(name_search), ' ', -1) AS key
         FROM children
         WHERE commune_code = :communeCode AND merged_into IS NULL AND ${area.sql}
       )
       SELECT a.id AS a, b.id AS b, similarity(a.name_search, b.name_search) AS name_similarity
       FROM c a JOIN c b ON b.key = a.key AND a.id < b.id
       WHERE abs(extract(year FROM a.date_of_birth) - extract(year FROM b.date_of_birth)) <= 1
         AND similarity(a.name_search, b.name_search) >= 0.4
       UNION
       SELECT a.id, b.id, similarity(a.name_search, b.name_search)
       FROM c a JOIN c b ON b.date_of_birth = a.date_of_birth AND a.id < b.id
       WHERE similarity(a.name_search, b.name_search) >= 0.4`,
      { ...area.params, communeCode },
    );
    return rows.map((r) => ({ a: r.a, b: r.b, nameSimilarity: Number(r.name_similarity) }));
  }

  /**
   * A commune's records with their data problems, counted and paged: those filed under the
   * commune's current code and under the pre-2025 codes that became it. The caller checked the
   * commune is in the actor's areas; the commune condition is the scope.
   */
  async dataQuality(
    communeCode: string,
    today: string,
    sixteenYearsAgo: string,
    after: [string, string] | null,
    limit: number,
    only?: DataProblem,
  ): Promise<{
    counts: Record<DataProblem | 'children', number>;
    items: { child: Child; problems: DataProblem[] }[];
  }> {
    const problems = Object.keys(DATA_PROBLEMS) as DataProblem[];
    const flags = problems.map((p) => `(${DATA_PROBLEMS[p]}) AS "${p}"`).join(', ');
    const base = `WITH q AS (
        SELECT c.id, c.name_search, ${flags}
        FROM children c
        WHERE c.merged_into IS NULL AND (c.commune_code = :communeCode OR c.commune_code IN (
          SELECT old_code FROM area_crosswalk WHERE old_level = 'commune' AND :communeCode = ANY(new_codes)))
      )`;
    const params = { communeCode, today, sixteenYearsAgo };
    const [countRow] = await this.raw<Record<string, string>>(
      `${base} SELECT count(*) AS children, ${problems
        .map((p) => `count(*) FILTER (WHERE "${p}") AS "${p}"`)
        .join(', ')} FROM q`,
      params,
    );
    // The records with any problem, or with the one asked for (a name of DATA_PROBLEMS).
    const listed = problems.filter((p) => !only || p === only);
    const rows = await this.raw<Record<DataProblem, boolean> & { id: string }>(
      `${base} SELECT * FROM q WHERE (${listed.map((p) => `"${p}"`).join(' OR ')})
        ${after ? 'AND (name_search, id) > (:afterName, :afterId)' : ''}
        ORDER BY name_search, id LIMIT :limit`,
      { ...params, afterName: after?.[0], afterId: after?.[1], limit: limit + 1 },
    );
    const children = new Map(
      (
        await this.dataSource
          .getRepository(Child)
          .createQueryBuilder('c')
          .where('c.id = ANY(:ids)', { ids: rows.map((r) => r.id) })
          .getMany()
      ).map((c) => [c.id, c]),
    );
    return {
      counts: Object.fromEntries(
        Object.entries(countRow).map(([key, value]) => [key, Number(value)]),
      ) as Record<DataProblem | 'children', number>,
      items: rows.map((r) => ({
        child: children.get(r.id)!,
        problems: problems.filter((p) => r[p]),
      })),
    };
  }

  /** Records a merge, the records' sealed fields sealed in its snapshots as in the records. */
  async addMerge(manager: EntityManager, merge: Partial<ChildMerge>): Promise<string> {
    const result = await manager.insert(ChildMerge, {
      ...merge,
      survivorBefore: sealedFields(merge.survivorBefore, sealText),
      mergedBefore: sealedFields(merge.mergedBefore, sealText),
    } as never);
    return (result.identifiers[0] as { id: string }).id;
  }

  /** A merge not yet undone, locked for its undo. */
  async openMerge(id: string, manager: EntityManager): Promise<ChildMerge | null> {
    const merge = await manager
      .getRepository(ChildMerge)
      .createQueryBuilder('m')
      .where('m.id = :id AND m.undone_at IS NULL', { id })
      .setLock('pessimistic_write')
      .getOne();
    return merge
      ? {
          ...merge,
          survivorBefore: sealedFields(merge.survivorBefore, openText)!,
          mergedBefore: sealedFields(merge.mergedBefore, openText)!,
        }
      : null;
  }

  async markUndone(manager: EntityManager, id: string, actorId: string): Promise<void> {
    await manager
      .getRepository(ChildMerge)
      .update(id, { undoneBy: actorId, undoneAt: () => 'now()' } as never);
  }

  insert(manager: EntityManager, child: Partial<Child>): Promise<Child> {
    return manager.save(Child, manager.create(Child, child));
  }

  /** Applies a change only to the version the caller read; false when it moved on. */
  async update(
    manager: EntityManager,
    id: string,
    version: number,
    patch: Partial<Child>,
  ): Promise<boolean> {
    const result = await manager
      .createQueryBuilder()
      .update(Child)
      .set(patch as never)
      .where('id = :id AND version = :version', { id, version })
      .execute();
    return result.affected === 1;
  }

  /** Adds history entries, the sealed fields' values sealed in their changes as in the record. */
  async addHistory(
    manager: EntityManager,
    entries: Partial<ChildHistory> | Partial<ChildHistory>[],
  ): Promise<void> {
    const sealed = (Array.isArray(entries) ? entries : [entries]).map((entry) =>
      entry.changes ? { ...entry, changes: sealedChanges(entry.changes, sealText) } : entry,
    );
    await this.insertJson(manager, ChildHistory, sealed);
  }

  /** The history of a record and of the records merged into it, oldest first. */
  async history(childId: string): Promise<ChildHistory[]> {
    const entries = await this.dataSource
      .getRepository(ChildHistory)
      .createQueryBuilder('h')
      .where(
        'h.child_id = :childId OR h.child_id IN (SELECT id FROM children WHERE merged_into = :childId)',
        { childId },
      )
      .orderBy('h.id', 'ASC')
      .getMany();
    return entries.map((entry) => ({ ...entry, changes: sealedChanges(entry.changes, openText) }));
  }
}

/**
 * Rows as one JSON array for `jsonb_populate_recordset`: each row's given properties under their
 * column names, and those columns.
 */
function recordset(
  metadata: EntityMetadata,
  rows: object[],
): { columns: EntityMetadata['columns']; json: string } {
  const given = new Set(rows.flatMap((r) => Object.keys(r)));
  const columns = metadata.columns.filter((c) => given.has(c.propertyName));
  // As TypeORM writes them: a sealed column's value sealed (SEALED_TEXT).
  const stored = (c: (typeof columns)[number], value: unknown) =>
    c.transformer && !Array.isArray(c.transformer) ? (c.transformer.to(value) as unknown) : value;
  const json = rows.map((row) =>
    Object.fromEntries(
      columns.map((c) => [
        c.databaseName,
        stored(c, (row as Record<string, unknown>)[c.propertyName]),
      ]),
    ),
  );
  return { columns, json: JSON.stringify(json) };
}
