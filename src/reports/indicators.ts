/**
 * Indicators as data (Circular 13/2021): each definition names a source of precomputed cells, the
 * cells it counts, optionally the cells it is a rate of, and its breakdowns. Evaluating one is pure:
 * sums over the cells the database grouped for the area. A new count or rate over the same
 * dimensions is a new row in `indicator_definitions`, not new code.
 */

export const SOURCES = [
  'children',
  'abuse',
  'abuse_cases',
  'injuries',
  'sanctions',
  'abusers',
] as const;
export type Source = (typeof SOURCES)[number];

export const BREAKDOWNS = [
  'sex',
  'ageGroup',
  'area',
  'group',
  'support',
  'injury',
  'form',
  'setting',
  'violator',
  'relationship',
] as const;
export type Breakdown = (typeof BREAKDOWNS)[number];

/** Breakdowns the children's sources' cells carry as their grouping level (cases' have none). */
export const LEVELS = ['sex', 'ageGroup'] as const;
export type Level = 'total' | (typeof LEVELS)[number];

/**
 * Which cells an indicator counts. children: `kind` all (every child), special (in special
 * circumstances) or risk (at risk), `supported` (received support in the year; by `support`, the
 * kind of support, each child under each kind received). injuries: children injured in an
 * accident in the year (by `injury`, each under each kind of accident), `died` (of it). abuse: abused
 * children, `intervened` (given support or intervention), `onTime` (intervened within the legal
 * deadlines). abuse_cases: cases of abuse received in the year (each once, whatever its
 * children). sanctions: `measure` detected (administrative violations of abuse detected in the
 * year), decisions (those sanctioning them decided in the year), fines (their fines, in đồng) or
 * violators (the persons and organisations they sanction).
 * abusers: the persons who abused the children of those cases (by `relationship` to the child and
 * by `sex`, each once under each).
 */
export interface Where {
  kind?: 'all' | 'special' | 'risk';
  measure?: 'detected' | 'decisions' | 'fines' | 'violators';
  supported?: boolean;
  died?: boolean;
  intervened?: boolean;
  onTime?: boolean;
}

/**
 * What an indicator's value is: children, a share, cases or sanction decisions, persons and
 * organisations sanctioned, đồng, or persons (abusers).
 */
export const UNITS = ['children', 'ratio', 'cases', 'violators', 'vnd', 'persons'] as const;
export type Unit = (typeof UNITS)[number];

export interface IndicatorDefinition {
  set: string;
  code: string;
  nameVi: string;
  nameEn: string;
  unit: Unit;
  source: Source;
  count: Where;
  /**
   * For a ratio: the cells it is a share of. For an amount (vnd): the cells it is the amount of,
   * which hide it wherever they are hidden.
   */
  per: Where | null;
  breakdowns: Breakdown[];
  /** Whether the code was checked against the Circular's appendix. */
  codeVerified: boolean;
}

/** The breakdowns by a code of the source's own (group, form, setting), as opposed to a level. */
const CODE_BREAKDOWNS: Record<Source, Breakdown[]> = {
  children: ['group', 'support'],
  abuse: ['form', 'setting'],
  abuse_cases: ['form', 'setting'],
  injuries: ['injury'],
  sanctions: ['form', 'violator'],
  // An abuser's sex is a code of the source's own: the children's levels are theirs.
  abusers: ['relationship', 'sex'],
};

/**
 * One row of grouped cells. `codes` holds the source's code dimensions, '*' meaning "any" (each
 * child, or each decision, once); `flags` its yes/no dimensions; `area` the province or commune
 * (null: all of them); `level` which breakdown `key` is a value of; `value` the children, the
 * cases, the decisions or the đồng it counts.
 */
export interface Cell {
  codes: Record<string, string>;
  flags: Record<string, boolean>;
  area: string | null;
  level: Level;
  key: string | null;
  value: number;
}

/** Each source's cells, none yet. */
export const noCells = (): Record<Source, Cell[]> =>
  Object.fromEntries(SOURCES.map((source) => [source, []])) as unknown as Record<Source, Cell[]>;

export interface IndicatorValue {
  set: string;
  code: string;
  name: string;
  nameEn: string;
  unit: Unit;
  codeVerified: boolean;
  /**
   * A count, a fraction for a ratio, an amount; null when suppressed, when a ratio's denominator
   * is 0, or when an amount's count is hidden.
   */
  value: number | null;
  numerator?: number | null;
  denominator?: number | null;
  breakdowns: Partial<Record<Breakdown, Record<string, number | null>>>;
}

/** Counts under this are hidden (null) for someone who may see aggregates only; 0 stays 0. */
export type Suppress = (count: number) => number | null;
export const noSuppression: Suppress = (count) => count;
export const suppressUnder =
  (threshold: number): Suppress =>
  (count) =>
    count > 0 && count < threshold ? null : count;

/** Breakdowns whose keys split the total: each child (or abuser) counted under one key. */
const PARTITIONS: readonly Breakdown[] = [...LEVELS, 'area', 'relationship'];

/**
 * A breakdown's counts through `suppress`. Where the keys split the total and one count alone is
 * hidden, it would be the total less the others: the smallest other count above 0 is hidden too
 * (complementary suppression).
 */
function suppressBreakdown(
  counts: Map<string, number>,
  by: Breakdown,
  suppress: Suppress,
): Map<string, number | null> {
  const shown = new Map([...counts].map(([key, count]) => [key, suppress(count)]));
  const hidden = [...shown.values()].filter((value) => value === null).length;
  if (hidden === 1 && PARTITIONS.includes(by)) {
    const [smallest] = [...shown]
      .filter(([, value]) => value !== null && value > 0)
      .sort(([a, x], [b, y]) => x! - y! || (a < b ? -1 : 1));
    if (smallest) shown.set(smallest[0], null);
  }
  return shown;
}

/** Whether a cell is one `where` counts, the code dimension `open` (if any) taking any value but '*'. */
function matches(cell: Cell, source: Source, where: Where, open: Breakdown | null): boolean {
  for (const dimension of CODE_BREAKDOWNS[source]) {
    const value = cell.codes[dimension];
    if (dimension === open ? value === '*' : value !== '*') return false;
  }
  for (const code of ['kind', 'measure'] as const) {
    if (where[code] !== undefined && cell.codes[code] !== where[code]) return false;
  }
  for (const flag of ['supported', 'died', 'intervened', 'onTime'] as const) {
    if (where[flag] !== undefined && cell.flags[flag] !== where[flag]) return false;
  }
  return true;
}

/** The count of `where` in an area (null: all) by breakdown key ('' for the total). */
function sum(
  cells: Cell[],
  source: Source,
  where: Where,
  by: Breakdown | null,
  area: string | null,
): Map<string, number> {
  const open = by !== null && CODE_BREAKDOWNS[source].includes(by) ? by : null;
  const byArea = by === 'area';
  const level: Level = by === null || open || byArea ? 'total' : (by as Level);
  const totals = new Map<string, number>();
  for (const cell of cells) {
    if (cell.level !== level || !matches(cell, source, where, open)) continue;
    if (byArea ? cell.area === null : cell.area !== area) continue;
    const key = open ? cell.codes[open] : byArea ? cell.area! : (cell.key ?? '');
    totals.set(key, (totals.get(key) ?? 0) + cell.value);
  }
  return totals;
}

/** The total of `where` in an area (null: all of them). */
export function total(cells: Cell[], source: Source, where: Where, area: string | null = null) {
  return sum(cells, source, where, null, area).get('') ?? 0;
}

/**
 * The areas whose figures for `definition` a report hides wherever it prints them (their own rows
 * too): those whose count, or whose base for a rate, the area breakdown of `cells` hides, for being
 * small or as the complement of another. Otherwise a row would give back what the breakdown hid.
 */
export function hiddenAreas(
  definition: IndicatorDefinition,
  cells: Cell[],
  suppress: Suppress,
): Set<string> {
  const hidden = new Set<string>();
  if (suppress === noSuppression) return hidden;
  for (const where of definition.per ? [definition.count, definition.per] : [definition.count]) {
    const counts = sum(cells, definition.source, where, 'area', null);
    for (const [area, value] of suppressBreakdown(counts, 'area', suppress)) {
      if (value === null) hidden.add(area);
    }
  }
  return hidden;
}

/** An indicator's figures withheld: every count and rate null, but a zero, which is no secret. */
export function withheld(value: IndicatorValue): IndicatorValue {
  const hide = (n: number | null | undefined) => (n === 0 ? 0 : null);
  return {
    ...value,
    value: hide(value.value),
    ...(value.numerator !== undefined
      ? { numerator: hide(value.numerator), denominator: hide(value.denominator) }
      : {}),
    breakdowns: Object.fromEntries(
      Object.entries(value.breakdowns).map(([by, values]) => [
        by,
        Object.fromEntries(Object.entries(values).map(([key, n]) => [key, hide(n)])),
      ]),
    ),
  };
}

/** A fraction, or null when either side is suppressed or there is nothing to divide by. */
export function ratio(numerator: number | null, denominator: number | null): number | null {
  if (numerator === null || denominator === null || denominator === 0) return null;
  return Math.round((numerator / denominator) * 1e6) / 1e6;
}

/**
 * A ratio's denominator by a breakdown: by the same key where the denominator's cells have that
 * dimension (every level; a code dimension of the same kind), otherwise its total.
 */
function denominatorBy(definition: IndicatorDefinition, by: Breakdown): boolean {
  if (by === 'area' || (LEVELS as readonly string[]).includes(by)) return true;
  if (definition.source !== 'children') return true;
  return definition.per?.kind === definition.count.kind;
}

/** A ratio of its count to its base; an amount, hidden with the count it is the amount of. */
function valueOf(
  definition: IndicatorDefinition,
  count: number | null,
  base: number | null,
): number | null {
  if (definition.unit === 'ratio') return ratio(count, base);
  return base === null ? null : count;
}

/**
 * An indicator's value and breakdowns in an area (null: all the areas of the cells), counts
 * passed through `suppress` before any rate is taken from them.
 */
export function evaluate(
  definition: IndicatorDefinition,
  cells: Cell[],
  suppress: Suppress = noSuppression,
  area: string | null = null,
): IndicatorValue {
  const { source, count, per } = definition;
  const numerator = suppress(total(cells, source, count, area));
  const denominator = per ? suppress(total(cells, source, per, area)) : null;
  const breakdowns: IndicatorValue['breakdowns'] = {};
  for (const by of definition.breakdowns) {
    if (by === 'area' && area !== null) continue;
    const counts = suppressBreakdown(sum(cells, source, count, by, area), by, suppress);
    const bases =
      per && denominatorBy(definition, by)
        ? suppressBreakdown(sum(cells, source, per, by, area), by, suppress)
        : null;
    const values: Record<string, number | null> = {};
    const keys = [...new Set([...counts.keys(), ...(bases?.keys() ?? [])])].sort();
    // A key absent from one side counts 0 there; a hidden count is null, not absent.
    const at = (map: Map<string, number | null>, key: string) => (map.has(key) ? map.get(key)! : 0);
    for (const key of keys) {
      const value = at(counts, key);
      values[key] = per ? valueOf(definition, value, bases ? at(bases, key) : denominator) : value;
    }
    breakdowns[by] = values;
  }
  const value = per ? valueOf(definition, numerator, denominator) : numerator;
  return {
    set: definition.set,
    code: definition.code,
    name: definition.nameVi,
    nameEn: definition.nameEn,
    unit: definition.unit,
    codeVerified: definition.codeVerified,
    value,
    // An amount is its own numerator, hidden with its count as the value is.
    ...(per ? { numerator: definition.unit === 'ratio' ? numerator : value, denominator } : {}),
    breakdowns,
  };
}
