/**
 * The registry's list and count, in the actor's areas: a page of records in name order for a
 * filter, and how many the filter selects. Most of it is the name search's planner
 * (`nameSearchKeys`): each part of a search read in name order a window at a time, or through the
 * name-keys index where its matches are rare, as PostgreSQL's statistics of the keys price it.
 * Its pure pieces are in name-search.ts, the filter's conditions in child-filter.ts.
 */
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AreaScope } from '../access/actor.js';
import { scopeCondition } from '../access/scope.js';
import {
  areaConditions,
  type ChildFilter,
  type Condition,
  recordConditions,
} from './child-filter.js';
import { childrenInScope, namedQuery } from './child-sql.js';
import { ChildrenRepository } from './children.repository.js';
import type { Child } from './entities/child.entity.js';
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

/** The records' list and count, by a filter and name words, in the actor's areas. */
@Injectable()
export class ChildSearchRepository {
  private keyStatistics: { at: number; value: Promise<KeyStatistics> } | null = null;

  constructor(
    private readonly dataSource: DataSource,
    private readonly children: ChildrenRepository,
  ) {}

  /** A page of records in name order: its keys first (pageKeys or nameSearchKeys), then by id. */
  async list(scope: AreaScope, filter: ChildFilter): Promise<Child[]> {
    const keys =
      filter.words.length > 0
        ? await this.nameSearchKeys(scope, filter)
        : await this.pageKeys(scope, filter);
    const rows = new Map(
      (
        await this.children.byIds(
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
    const q = childrenInScope(this.dataSource.manager, scope)
      .select('1')
      .andWhere('c.merged_into IS NULL');
    for (const condition of [...areaConditions(filter), ...recordConditions(filter)]) {
      q.andWhere(condition.sql, condition.params);
    }
    filter.words.forEach((word, i) =>
      q.andWhere(`strpos(c.name_search, :word${i}) > 0`, { [`word${i}`]: ` ${word}` }),
    );
    q.limit(filter.limit + 1);
    const [{ count }] = await namedQuery<{ count: number }>(
      this.dataSource,
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
    const q = childrenInScope(this.dataSource.manager, scope)
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
      const rows = await namedQuery<{
        part: number;
        id: string;
        name_search: string;
        matched: boolean;
        n: string;
      }>(this.dataSource, reads.join(' UNION ALL '), sql.params);
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
      const rows = await namedQuery<{ id: string; name_search: string }>(
        this.dataSource,
        reads.join(' UNION ALL '),
        sql.params,
      );
      found.push(...rows.map((r): NameKey => [r.name_search, r.id]));
    }
    return found.sort(compareNameKeys).slice(0, take);
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
}
