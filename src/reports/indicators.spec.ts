import {
  type Cell,
  evaluate,
  hiddenAreas,
  type IndicatorDefinition,
  suppressUnder,
  withheld,
} from './indicators.js';

const cell = (
  group: string,
  supported: boolean,
  children: number,
  at: Partial<Pick<Cell, 'area' | 'level' | 'key'>> = {},
  kind = 'special',
  support = '*',
): Cell => ({
  codes: { kind, group, support },
  flags: { supported },
  area: at.area ?? null,
  level: at.level ?? 'total',
  key: at.key ?? null,
  value: children,
});
const all = (children: number, at: Partial<Pick<Cell, 'area' | 'level' | 'key'>> = {}) =>
  cell('*', false, children, at, 'all');

const definition = (over: Partial<IndicatorDefinition>): IndicatorDefinition => ({
  set: 'I',
  code: '0000',
  nameVi: 'x',
  nameEn: 'x',
  unit: 'children',
  source: 'children',
  count: { kind: 'special' },
  per: null,
  breakdowns: [],
  codeVerified: false,
  ...over,
});

// Ten children in two communes; three in special circumstances (two in group a, one of them
// also in a.1, one in c), one of them supported, by an allowance and a card.
const cells: Cell[] = [
  all(10),
  all(6, { area: 'X' }),
  all(4, { area: 'Y' }),
  all(5, { level: 'sex', key: 'male' }),
  all(5, { level: 'sex', key: 'female' }),
  cell('*', false, 2),
  cell('*', true, 1),
  cell('*', false, 2, { area: 'X' }),
  cell('*', true, 1, { area: 'Y' }),
  cell('*', false, 2, { level: 'sex', key: 'female' }),
  cell('*', true, 1, { level: 'sex', key: 'male' }),
  cell('a', false, 1),
  cell('a', true, 1),
  cell('a.1', false, 1),
  cell('c', false, 1),
  cell('*', true, 1, {}, 'special', 'social_allowance'),
  cell('*', true, 1, {}, 'special', 'health_insurance'),
];

describe('evaluate', () => {
  it('counts each child once, and by group counts each group', () => {
    const value = evaluate(definition({ breakdowns: ['group', 'sex', 'area'] }), cells);
    expect(value.value).toBe(3);
    expect(value.breakdowns).toEqual({
      group: { a: 2, 'a.1': 1, c: 1 },
      sex: { female: 2, male: 1 },
      area: { X: 2, Y: 1 },
    });
  });

  it('counts the supported under each kind of support they received', () => {
    const value = evaluate(
      definition({ count: { kind: 'special', supported: true }, breakdowns: ['support', 'group'] }),
      cells,
    );
    expect(value.value).toBe(1);
    expect(value.breakdowns).toEqual({
      support: { health_insurance: 1, social_allowance: 1 },
      group: { a: 1 },
    });
  });

  it('takes a rate against the denominator of the same breakdown, or its total', () => {
    const rate = evaluate(
      definition({ unit: 'ratio', per: { kind: 'all' }, breakdowns: ['sex', 'group', 'area'] }),
      cells,
    );
    expect(rate).toMatchObject({ value: 0.3, numerator: 3, denominator: 10 });
    expect(rate.breakdowns.sex).toEqual({ female: 0.4, male: 0.2 });
    // Groups are shares of all children, who have no group.
    expect(rate.breakdowns.group).toEqual({ a: 0.2, 'a.1': 0.1, c: 0.1 });
    expect(rate.breakdowns.area).toEqual({ X: 0.333333, Y: 0.25 });
  });

  it('rates the supported among those of the same group', () => {
    const rate = evaluate(
      definition({
        unit: 'ratio',
        count: { kind: 'special', supported: true },
        per: { kind: 'special' },
        breakdowns: ['group'],
      }),
      cells,
    );
    expect(rate.value).toBe(0.333333);
    expect(rate.breakdowns.group).toEqual({ a: 0.5, 'a.1': 0, c: 0 });
  });

  it('evaluates one area of the cells', () => {
    const value = evaluate(definition({ breakdowns: ['area', 'sex'] }), cells, undefined, 'X');
    expect(value.value).toBe(2);
    expect(value.breakdowns).toEqual({ sex: {} });
  });

  it('hides counts under the threshold, and the rates taken from them; a zero stays', () => {
    const suppress = suppressUnder(3);
    expect(
      evaluate(definition({ breakdowns: ['group'] }), cells, suppress).breakdowns.group,
    ).toEqual({ a: null, 'a.1': null, c: null });
    const rate = evaluate(
      definition({ unit: 'ratio', per: { kind: 'all' }, breakdowns: ['sex'] }),
      cells,
      suppress,
    );
    expect(rate).toMatchObject({ value: 0.3, numerator: 3, denominator: 10 });
    expect(rate.breakdowns.sex).toEqual({ female: null, male: null });
    expect(suppress(0)).toBe(0);
    expect(suppress(3)).toBe(3);
  });

  it('hides a second count where one hidden count could be had from the total and the others', () => {
    const suppress = suppressUnder(5);
    // Y's 4 would be 10 - 6: X is hidden too; the total stays.
    const byArea = evaluate(
      definition({ count: { kind: 'all' }, breakdowns: ['area'] }),
      cells,
      suppress,
    );
    expect(byArea).toMatchObject({ value: 10, breakdowns: { area: { X: null, Y: null } } });
    // Three ages: the smallest other count goes with the hidden one, the largest stays.
    const ages = [
      all(30),
      ...[
        [2, 'a'],
        [12, 'b'],
        [16, 'c'],
      ].map(([n, key]) => all(n as number, { level: 'ageGroup', key: key as string })),
    ];
    expect(
      evaluate(definition({ count: { kind: 'all' }, breakdowns: ['ageGroup'] }), ages, suppress)
        .breakdowns.ageGroup,
    ).toEqual({ a: null, b: null, c: 16 });
    const bySex = (counts: [string, number][]) =>
      evaluate(
        definition({ count: { kind: 'all' }, breakdowns: ['sex'] }),
        [
          all(counts.reduce((n, [, c]) => n + c, 0)),
          ...counts.map(([key, c]) => all(c, { level: 'sex', key })),
        ],
        suppress,
      ).breakdowns.sex;
    // The complement is never a zero: a zero is no secret.
    expect(
      bySex([
        ['male', 5],
        ['female', 4],
        ['unknown', 0],
      ]),
    ).toEqual({ female: null, male: null, unknown: 0 });
    // Two hidden already, or none: nothing more.
    expect(
      bySex([
        ['male', 3],
        ['female', 4],
        ['unknown', 10],
      ]),
    ).toEqual({ female: null, male: null, unknown: 10 });
    expect(
      bySex([
        ['male', 5],
        ['female', 5],
      ]),
    ).toEqual({ female: 5, male: 5 });
    // Groups do not split the total (a child may be in several): a hidden one stays alone.
    const groups = [
      cell('*', false, 9),
      cell('a', false, 6),
      cell('b', false, 2),
      cell('c', false, 7),
    ];
    expect(
      evaluate(definition({ breakdowns: ['group'] }), groups, suppress).breakdowns.group,
    ).toEqual({ a: 6, b: null, c: 7 });
  });

  it('names the areas a report hides in their own rows too, and withholds their figures', () => {
    const byArea = definition({ count: { kind: 'all' } });
    // Y's 4 is small, X's 6 its complement; a rate's small base hides its area as well.
    expect(hiddenAreas(byArea, cells, suppressUnder(5))).toEqual(new Set(['X', 'Y']));
    expect(hiddenAreas(byArea, cells, suppressUnder(3))).toEqual(new Set());
    const rate = definition({ unit: 'ratio', per: { kind: 'all' } });
    expect(hiddenAreas(rate, cells, suppressUnder(3))).toEqual(new Set(['X', 'Y']));
    const rateValue = evaluate(
      definition({ unit: 'ratio', per: { kind: 'all' }, breakdowns: ['sex'] }),
      cells,
    );
    expect(rateValue).toMatchObject({ value: 0.3, numerator: 3, denominator: 10 });
    expect(withheld({ ...rateValue, breakdowns: { sex: { female: 0.4, male: 0 } } })).toMatchObject(
      {
        value: null,
        numerator: null,
        denominator: null,
        breakdowns: { sex: { female: null, male: 0 } },
      },
    );
  });

  it('has no rate over nothing', () => {
    const empty = evaluate(definition({ unit: 'ratio', per: { kind: 'all' } }), []);
    expect(empty).toMatchObject({ value: null, numerator: 0, denominator: 0 });
  });

  it('hides an amount wherever the count it is the amount of is hidden', () => {
    const sanction = (measure: string, form: string, value: number, area: string | null) => ({
      codes: { measure, form, violator: '*' },
      flags: {},
      area,
      level: 'total' as const,
      key: null,
      value,
    });
    // X: 2 decisions fining 9,000,000 (violence 1 of 4,000,000, neglect 1 of 5,000,000); Y: 6.
    const sanctions: Cell[] = [
      ['X', 'violence', 1, 4_000_000],
      ['X', 'neglect', 1, 5_000_000],
      ['X', '*', 2, 9_000_000],
      ['Y', 'violence', 6, 30_000_000],
      ['Y', '*', 6, 30_000_000],
      [null, 'violence', 7, 34_000_000],
      [null, 'neglect', 1, 5_000_000],
      [null, '*', 8, 39_000_000],
    ].flatMap(([area, form, decisions, fines]) => [
      sanction('decisions', form as string, decisions as number, area as string | null),
      sanction('fines', form as string, fines as number, area as string | null),
    ]);
    const fines = definition({
      unit: 'vnd',
      source: 'sanctions',
      count: { measure: 'fines' },
      per: { measure: 'decisions' },
      breakdowns: ['form', 'area'],
    });
    expect(evaluate(fines, sanctions)).toMatchObject({
      value: 39_000_000,
      numerator: 39_000_000,
      denominator: 8,
      breakdowns: {
        form: { violence: 34_000_000, neglect: 5_000_000 },
        area: { X: 9_000_000, Y: 30_000_000 },
      },
    });
    // Under 5 hidden: neglect's one decision, and X's two (Y's six its complement), with their fines.
    expect(evaluate(fines, sanctions, suppressUnder(5))).toMatchObject({
      value: 39_000_000,
      breakdowns: {
        form: { violence: 34_000_000, neglect: null },
        area: { X: null, Y: null },
      },
    });
    expect(evaluate(fines, sanctions, suppressUnder(5), 'X')).toMatchObject({
      value: null,
      numerator: null,
      denominator: null,
    });
    expect(hiddenAreas(fines, sanctions, suppressUnder(5))).toEqual(new Set(['X', 'Y']));
  });

  it('counts abusers by relationship and by sex, each a partition of them', () => {
    const abuser = (relationship: string, sex: string, value: number): Cell => ({
      codes: { relationship, sex },
      flags: {},
      area: null,
      level: 'total',
      key: null,
      value,
    });
    // Twelve abusers: seven parents (five men), four acquaintances (all men), one stranger.
    const abusers: Cell[] = [
      abuser('*', '*', 12),
      abuser('parent', '*', 7),
      abuser('acquaintance', '*', 4),
      abuser('stranger', '*', 1),
      abuser('*', 'male', 10),
      abuser('*', 'female', 2),
    ];
    const persons = definition({
      unit: 'persons',
      source: 'abusers',
      count: {},
      breakdowns: ['relationship', 'sex'],
    });
    expect(evaluate(persons, abusers)).toMatchObject({
      value: 12,
      breakdowns: {
        relationship: { parent: 7, acquaintance: 4, stranger: 1 },
        sex: { male: 10, female: 2 },
      },
    });
    // Each abuser has one relationship: the stranger hidden, the acquaintances go with it (or
    // they would be 12 - 7 - 4); the two women, and the men with them.
    expect(evaluate(persons, abusers, suppressUnder(5))).toMatchObject({
      value: 12,
      breakdowns: {
        relationship: { parent: 7, acquaintance: null, stranger: null },
        sex: { male: null, female: null },
      },
    });
  });
});
