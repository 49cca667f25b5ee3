import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { AreaScope } from '../access/actor.js';
import { scopeCondition } from '../access/scope.js';
import {
  CASE_CHILD_IDS,
  caseHelpedBy,
  caseReachedIntervention,
} from '../cases/case-read-models.js';
import { CASE_OWN_DEADLINE } from '../cases/deadlines.repository.js';
import { standingRecords, supportsReceived } from '../children/child-read-models.js';
import { IndicatorDefinitionEntity } from './entities/indicator-definition.entity.js';
import { ReportRefresh } from './entities/report-cells.entity.js';
import type { Cell, Source } from './indicators.js';
import type { ReportTerm } from './report-term.js';

/** Where figures are read: the areas, and whether the `area` breakdown is by province or commune. */
export interface ReportArea {
  scope: AreaScope;
  by: 'province' | 'commune';
}

/** The span a term's figures cover, in Vietnam time. */
export interface ReportPeriod {
  year: number;
  term: ReportTerm;
  /** The day the registry figures are as of: the term's last day, or today before it. */
  asOf: string;
  /** 00:00 on 1 January, and the end of `asOf`, as instants. */
  from: Date;
  until: Date;
  /** The instant the figures are as of: now for this year, `until` for a past one. */
  at: Date;
}

/**
 * How each source's cells are laid out: its code dimensions and yes/no dimensions, the column it
 * counts in, and whether it is broken down by the children's sex and age group.
 */
const LAYOUT: Record<
  Source,
  {
    table: string;
    codes: string[];
    anyCodes: string[];
    flags: Record<string, string>;
    value: string;
    levels: boolean;
  }
> = {
  children: {
    table: 'report_child_cells',
    codes: ['kind', 'code', 'support'],
    anyCodes: ['code', 'support'],
    flags: { supported: 'supported' },
    value: 'children',
    levels: true,
  },
  abuse: {
    table: 'report_abuse_cells',
    codes: ['form', 'setting'],
    anyCodes: ['form', 'setting'],
    flags: { intervened: 'intervened', onTime: 'on_time' },
    value: 'children',
    levels: true,
  },
  abuse_cases: {
    table: 'report_abuse_case_cells',
    codes: ['form', 'setting'],
    anyCodes: ['form', 'setting'],
    flags: {},
    value: 'cases',
    levels: false,
  },
  injuries: {
    table: 'report_injury_cells',
    codes: ['injury'],
    anyCodes: ['injury'],
    flags: { died: 'died' },
    value: 'children',
    levels: true,
  },
  sanctions: {
    table: 'report_sanction_cells',
    codes: ['measure', 'form', 'violator'],
    anyCodes: ['form', 'violator'],
    flags: {},
    value: 'amount',
    levels: false,
  },
  abusers: {
    table: 'report_abuser_cells',
    codes: ['relationship', 'sex'],
    anyCodes: ['relationship', 'sex'],
    flags: {},
    value: 'abusers',
    levels: false,
  },
};
/** The evaluator's name for the children's `code` column. */
const CODE_NAMES: Record<string, string> = { code: 'group' };

/** The age groups of the reference list, as a CTE. */
const AGES = `ages AS (
  SELECT code, (attributes->>'minAge')::int AS min_age, (attributes->>'maxAge')::int AS max_age
    FROM reference_items WHERE list = 'age-groups' AND active)`;
/** Cases' children as the records that stand now: a merged record's cases are its survivor's. */
const LINKS = `links AS (
  SELECT key AS case_id, child_id FROM ${standingRecords(CASE_CHILD_IDS)} AS standing)`;
/** Deadlines that decide whether an intervention came on time (12 hours, 5 working days). */
const TIMELY_DEADLINES = ['emergency_action', 'plan'];

@Injectable()
export class ReportsRepository {
  constructor(private readonly dataSource: DataSource) {}

  definitions(): Promise<IndicatorDefinitionEntity[]> {
    return this.dataSource
      .getRepository(IndicatorDefinitionEntity)
      .find({ where: { active: true }, order: { position: 'ASC' } });
  }

  refreshOf(year: number, term: ReportTerm): Promise<ReportRefresh | null> {
    return this.dataSource.getRepository(ReportRefresh).findOneBy({ year, term });
  }

  /**
   * Rebuilds a term's cells in one transaction: readers see the old figures until it commits.
   * Refreshes of the same term queue on an advisory lock; one that finds, once it holds the lock,
   * figures `fresh` enough (another request just made them) returns those instead.
   */
  async refresh(
    period: ReportPeriod,
    refreshedAt: () => Date,
    fresh: (existing: ReportRefresh) => boolean = () => false,
  ): Promise<ReportRefresh> {
    return this.dataSource.transaction(async (tx) => {
      const { year, term } = period;
      await tx.query(`SELECT pg_advisory_xact_lock(hashtext('report_refresh.' || $2), $1)`, [
        year,
        term,
      ]);
      const existing = await tx.getRepository(ReportRefresh).findOneBy({ year, term });
      if (existing && fresh(existing)) return existing;
      const started = Date.now();
      for (const { table } of Object.values(LAYOUT)) {
        await tx.query(`DELETE FROM ${table} WHERE year = $1 AND term = $2`, [year, term]);
      }
      await this.insertChildCells(tx, period);
      await this.insertAbuseCells(tx, period);
      await this.insertAbuseCaseCells(tx, period);
      await this.insertInjuryCells(tx, period);
      await this.insertSanctionCells(tx, period);
      await this.insertAbuserCells(tx, period);
      const refresh = {
        year,
        term,
        asOf: period.asOf,
        refreshedAt: refreshedAt(),
        durationMs: Date.now() - started,
      };
      await tx.getRepository(ReportRefresh).upsert(refresh, ['year', 'term']);
      return refresh;
    });
  }

  /**
   * Children under 16 on `asOf`, not merged away, each counted once as `all`, once per special
   * circumstance group and sub-group and per risk factor in force that day, and once as `*` of
   * each kind they have. Supported: one of their cases (cases of a record merged into theirs
   * included) at support or intervention level had helped them by then (`caseHelpedBy`), and was
   * still open during the year (support `case`); or support recorded on their record (an
   * allowance, a card, a scholarship…) was given on some day of the year up to `asOf`
   * (`supportsReceived`, support its kind). Each child is counted once more per kind of support, in
   * the rows of each kind of flag's `*` code.
   */
  private insertChildCells(tx: EntityManager, p: ReportPeriod) {
    return tx.query(
      `WITH ${AGES}, ${LINKS}, kids AS (
         SELECT c.id, c.province_code, c.commune_code, c.sex, c.special_circumstances, c.risk_factors,
                extract(year FROM age($2::date, c.date_of_birth))::int AS age
           FROM children c
          WHERE c.merged_into IS NULL
            AND c.date_of_birth <= $2::date AND c.date_of_birth > $2::date - interval '16 years'
       ), supports AS (
         SELECT l.child_id, 'case' AS support
           FROM cases k JOIN links l ON l.case_id = k.id
          WHERE k.level IN ('support', 'intervention')
            AND (k.closed_at IS NULL OR k.closed_at >= $3)
            AND ${caseHelpedBy('$4')}
         UNION
         SELECT child_id, kind FROM ${supportsReceived('make_date($1::int, 1, 1)', '$2::date')} AS s
       ), supported AS (
         SELECT DISTINCT child_id FROM supports
       ), flags AS (
         SELECT id, 'all' AS kind, '*' AS code FROM kids
         UNION
         SELECT k.id, f.kind, x.code
           FROM kids k
           CROSS JOIN LATERAL (
             SELECT 'special' AS kind, e FROM jsonb_array_elements(k.special_circumstances) e
             UNION ALL
             SELECT 'risk', e FROM jsonb_array_elements(k.risk_factors) e
           ) f
           CROSS JOIN LATERAL (VALUES (f.e->>'code'), (nullif(f.e->>'subCode', '')), ('*')) x(code)
          WHERE x.code IS NOT NULL
            -- As text (YYYY-MM-DD sorts as dates), so no stored value can fail a cast.
            AND coalesce(f.e->>'since', '') <= $5
            AND coalesce(nullif(f.e->>'until', ''), $5) >= $5
       )
       INSERT INTO report_child_cells
         (year, term, province_code, commune_code, sex, age_group, kind, code, supported, support,
          children)
       SELECT $1, $6, k.province_code, k.commune_code, k.sex, a.code, f.kind, f.code,
              s.child_id IS NOT NULL, h.support, count(*)
         FROM flags f
         JOIN kids k ON k.id = f.id
         JOIN ages a ON k.age BETWEEN a.min_age AND a.max_age
         LEFT JOIN supported s ON s.child_id = k.id
         CROSS JOIN LATERAL (
           SELECT '*' AS support
           UNION ALL
           SELECT x.support FROM supports x WHERE x.child_id = k.id AND f.code = '*'
         ) h
        GROUP BY 3, 4, 5, 6, 7, 8, 9, 10`,
      [p.year, p.asOf, p.from, p.at, p.asOf, p.term],
    );
  }

  /**
   * Children of cases received in the year that were at intervention level (then or since),
   * counted once per child (a merged record's cases with its survivor's) in the area of their
   * first such case, at their age then, under each form of abuse and setting of any of those
   * cases. Intervened: `caseHelpedBy`; on time: intervened, and no 12-hour or 5-working-day
   * deadline of those cases met late, past due and still open, or dropped after it was due (the
   * case closed without it) where it was owed.
   */
  private insertAbuseCells(tx: EntityManager, p: ReportPeriod) {
    return tx.query(
      `WITH ${AGES}, ${LINKS}, abused AS (
         SELECT l.child_id, k.province_code, k.commune_code, k.received_at, k.concerns, k.settings,
                i.intervened,
                i.intervened AND NOT EXISTS (
                  SELECT 1 FROM deadlines d
                   WHERE d.case_id = k.id AND d.kind = ANY($4)
                     AND ((d.state = 'done' AND d.done_at > d.due_at)
                       OR (d.state = 'open' AND d.due_at < $3)
                       OR (d.state = 'not_needed' AND d.done_at > d.due_at
                           AND (d.kind = 'plan' OR k.immediate_danger)))) AS on_time
           FROM cases k
           JOIN links l ON l.case_id = k.id
           CROSS JOIN LATERAL (SELECT ${caseHelpedBy('$3')} AS intervened) i
          WHERE k.received_at >= $2 AND k.received_at <= $3
            AND ${caseReachedIntervention('$3')}
       ), per_child AS (
         SELECT child_id,
                (array_agg(province_code ORDER BY received_at))[1] AS province_code,
                (array_agg(commune_code ORDER BY received_at))[1] AS commune_code,
                min(received_at) AS first_at,
                bool_or(intervened) AS intervened, bool_and(on_time) AS on_time,
                -- The codes of all their cases, as text: expanded per child below, so the plan
                -- never joins one large intermediate result to another.
                string_agg(array_to_string(concerns, ','), ',') AS forms,
                string_agg(array_to_string(settings, ','), ',') AS settings
           FROM abused GROUP BY child_id
       )
       INSERT INTO report_abuse_cells
         (year, term, province_code, commune_code, sex, age_group, form, setting, intervened, on_time,
          children)
       SELECT $1, $5, p.province_code, p.commune_code, c.sex, a.code, f.form, s.setting,
              p.intervened, p.on_time, count(*)
         FROM per_child p
         JOIN children c ON c.id = p.child_id
         JOIN ages a ON extract(year FROM age((p.first_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date,
                                               c.date_of_birth))::int BETWEEN a.min_age AND a.max_age
         CROSS JOIN LATERAL (
           SELECT x FROM unnest(string_to_array(p.forms, ',')) x WHERE x <> ''
           UNION SELECT '*'
         ) f(form)
         CROSS JOIN LATERAL (
           SELECT x FROM unnest(string_to_array(p.settings, ',')) x WHERE x <> ''
           UNION SELECT '*'
           UNION SELECT 'unspecified'
            WHERE NOT EXISTS (SELECT 1 FROM unnest(string_to_array(p.settings, ',')) y WHERE y <> '')
         ) s(setting)
        GROUP BY 3, 4, 5, 6, 7, 8, 9, 10`,
      [p.year, p.from, p.at, TIMELY_DEADLINES, p.term],
    );
  }

  /**
   * Cases received in the year that were at intervention level (then or since), each once in its
   * area, under each of its forms of abuse and '*', and each of its settings and '*'
   * ('unspecified' where it names none): the same cases whose children the abuse cells count.
   */
  private insertAbuseCaseCells(tx: EntityManager, p: ReportPeriod) {
    return tx.query(
      `INSERT INTO report_abuse_case_cells
         (year, term, province_code, commune_code, form, setting, cases)
       SELECT $1::int, $4, k.province_code, k.commune_code, f.form, s.setting, count(*)
         FROM cases k
         CROSS JOIN LATERAL (SELECT unnest(k.concerns) UNION SELECT '*') f(form)
         CROSS JOIN LATERAL (
           SELECT unnest(k.settings)
           UNION SELECT '*'
           UNION SELECT 'unspecified' WHERE cardinality(k.settings) = 0
         ) s(setting)
        WHERE k.received_at >= $2 AND k.received_at <= $3 AND ${caseReachedIntervention('$3')}
        GROUP BY 3, 4, 5, 6`,
      [p.year, p.from, p.at, p.term],
    );
  }

  /**
   * Children injured in an accident from 1 January to `asOf` (an injury on any of their records,
   * counted as the record that stands now), once each in their area, at their age at their first
   * injury of the year (under 16), under each kind of accident they suffered and '*'; died: one of
   * the injuries ended in death.
   */
  private insertInjuryCells(tx: EntityManager, p: ReportPeriod) {
    return tx.query(
      `WITH ${AGES}, injured AS (
         SELECT h.child_id, i.kind, i.occurred_on, i.outcome
           FROM ${standingRecords(
             `SELECT i.id, i.child_id FROM child_injuries i
               WHERE i.occurred_on >= make_date($1::int, 1, 1) AND i.occurred_on <= $2::date`,
           )} AS h
           JOIN child_injuries i ON i.id = h.key
       ), per_child AS (
         SELECT child_id, min(occurred_on) AS first_on, bool_or(outcome = 'died') AS died,
                array_agg(DISTINCT kind) AS kinds
           FROM injured GROUP BY child_id
       )
       INSERT INTO report_injury_cells
         (year, term, province_code, commune_code, sex, age_group, injury, died, children)
       SELECT $1, $3, c.province_code, c.commune_code, c.sex, a.code, k.injury, p.died, count(*)
         FROM per_child p
         JOIN children c ON c.id = p.child_id
         JOIN ages a ON extract(year FROM age(p.first_on, c.date_of_birth))::int
                        BETWEEN a.min_age AND a.max_age
         CROSS JOIN LATERAL (SELECT unnest(p.kinds) UNION SELECT '*') k(injury)
        GROUP BY 3, 4, 5, 6, 7, 8`,
      [p.year, p.asOf, p.term],
    );
  }

  /**
   * Administrative violations of abuse in their case's area, from 1 January to `asOf`: those
   * detected (`detected`, by their detection's day) and the decisions sanctioning them (by the
   * decision's day): each violation or decision counted once, its fine and the persons or
   * organisations it sanctions summed, under its form of abuse and '*', and under who committed it
   * and '*'.
   */
  private insertSanctionCells(tx: EntityManager, p: ReportPeriod) {
    return tx.query(
      `INSERT INTO report_sanction_cells
         (year, term, province_code, commune_code, measure, form, violator, amount)
       SELECT $1::int, $3, k.province_code, k.commune_code, m.measure, f.form, v.violator,
              -- A decision sanctioning persons and organisations is two rows, one decision (one
              -- violation); a violation not decided yet is its row.
              CASE m.measure
                WHEN 'detected' THEN count(DISTINCT (s.case_id, coalesce(s.decision_number, s.id::text)))
                WHEN 'decisions' THEN count(DISTINCT (s.case_id, s.decision_number))
                WHEN 'violators' THEN sum(s.violators)
                ELSE sum(coalesce(s.fine, 0)) END
         FROM case_sanctions s
         JOIN cases k ON k.id = s.case_id
         CROSS JOIN LATERAL (VALUES ('detected', s.detected_on), ('decisions', s.decided_on),
                                    ('fines', s.decided_on), ('violators', s.decided_on)) m(measure, day)
         CROSS JOIN LATERAL (VALUES (s.form), ('*')) f(form)
         CROSS JOIN LATERAL (VALUES (s.violator_kind), ('*')) v(violator)
        WHERE m.day >= make_date($1::int, 1, 1) AND m.day <= $2::date
        GROUP BY 3, 4, 5, 6, 7`,
      [p.year, p.asOf, p.term],
    );
  }

  /**
   * The persons recorded as having abused the children of the cases received in the term that
   * reached intervention level (then or since), in their case's area: each under their
   * relationship to the child and '*', and their sex and '*'. Nothing names them, so a person
   * recorded on two cases counts twice.
   */
  private insertAbuserCells(tx: EntityManager, p: ReportPeriod) {
    return tx.query(
      `INSERT INTO report_abuser_cells
         (year, term, province_code, commune_code, relationship, sex, abusers)
       SELECT $1::int, $4, k.province_code, k.commune_code, r.relationship, x.sex, count(*)
         FROM case_abusers a
         JOIN cases k ON k.id = a.case_id
         CROSS JOIN LATERAL (VALUES (a.relationship), ('*')) r(relationship)
         CROSS JOIN LATERAL (VALUES (a.sex), ('*')) x(sex)
        WHERE k.received_at >= $2 AND k.received_at <= $3 AND ${caseReachedIntervention('$3')}
        GROUP BY 3, 4, 5, 6`,
      [p.year, p.from, p.at, p.term],
    );
  }

  /**
   * A source's cells for a term and areas, summed as the evaluator needs them, for all the areas
   * together and for each: by every code and flag (totals and code breakdowns), and for each
   * child once ('*' codes) by sex and by age group where the source has them.
   */
  async cells(
    source: Source,
    { year, term }: Pick<ReportPeriod, 'year' | 'term'>,
    area: ReportArea,
    perArea = true,
  ): Promise<Cell[]> {
    const { table, codes, anyCodes, flags, value, levels } = LAYOUT[source];
    const where = scopeCondition(area.scope, {
      province: 'province_code',
      commune: 'commune_code',
    });
    // Without the areas one by one (the dashboard), only the sums over all of them.
    const by = perArea ? (area.by === 'province' ? 'province_code' : 'commune_code') : 'NULL';
    const keys = [...codes, ...Object.values(flags)].join(', ');
    const sets = (extra: string) =>
      perArea ? `(${keys}${extra}), (${keys}, ${by}${extra})` : `(${keys}${extra})`;
    const totals = `
      SELECT ${keys}, ${by} AS area, 'total' AS level, NULL AS key, sum(${value}) AS value
        FROM ${table} WHERE year = :year AND term = :term AND ${where.sql}
       GROUP BY GROUPING SETS (${sets('')})`;
    const bySexAndAge = `
      SELECT ${keys}, ${by}, CASE WHEN GROUPING(sex) = 0 THEN 'sex' ELSE 'ageGroup' END,
             coalesce(sex, age_group), sum(${value})
        FROM ${table}
       WHERE year = :year AND term = :term AND ${where.sql} AND ${anyCodes.map((c) => `${c} = '*'`).join(' AND ')}
       GROUP BY GROUPING SETS (${sets(', sex')}, ${sets(', age_group')})`;
    const sql = levels ? `${totals} UNION ALL ${bySexAndAge}` : totals;
    const [query, parameters] = this.dataSource.driver.escapeQueryWithParameters(sql, {
      year,
      term,
      ...where.params,
    });
    const rows = await this.dataSource.query<Record<string, unknown>[]>(query, parameters);
    return rows.map((row) => ({
      codes: Object.fromEntries(codes.map((c) => [CODE_NAMES[c] ?? c, row[c] as string])),
      flags: Object.fromEntries(
        Object.entries(flags).map(([name, column]) => [name, row[column] as boolean]),
      ),
      area: row.area as string | null,
      level: row.level as Cell['level'],
      key: row.key as string | null,
      // A sum is numeric (bigint for đồng); fines stay far below 2^53.
      value: Number(row.value),
    }));
  }

  /** The provinces and communes a term's figures count children in. */
  async areasWithChildren(
    year: number,
    term: ReportTerm,
  ): Promise<{ provinceCode: string; communeCode: string }[]> {
    const rows = await this.dataSource.query<{ province_code: string; commune_code: string }[]>(
      `SELECT DISTINCT province_code, commune_code FROM report_child_cells
        WHERE year = $1 AND term = $2`,
      [year, term],
    );
    return rows.map((r) => ({ provinceCode: r.province_code, communeCode: r.commune_code }));
  }

  /** The children (as they stand now) of the year's cases at intervention level, in the areas. */
  async abusedChildIds(period: ReportPeriod, scope: AreaScope): Promise<string[]> {
    const where = scopeCondition(scope, { province: 'k.province_code', commune: 'k.commune_code' });
    const [query, parameters] = this.dataSource.driver.escapeQueryWithParameters(
      `WITH ${LINKS}
       SELECT DISTINCT l.child_id FROM cases k JOIN links l ON l.case_id = k.id
        WHERE k.received_at >= :from AND k.received_at <= :at AND ${where.sql}
          AND ${caseReachedIntervention()}`,
      { from: period.from, at: period.at, ...where.params },
    );
    const rows = await this.dataSource.query<{ child_id: string }[]>(query, parameters);
    return rows.map((row) => row.child_id);
  }

  /** The children (as they stand now) injured in an accident in the year, living in the areas. */
  async injuredChildIds(period: ReportPeriod, scope: AreaScope): Promise<string[]> {
    const where = scopeCondition(scope, { province: 'c.province_code', commune: 'c.commune_code' });
    const [query, parameters] = this.dataSource.driver.escapeQueryWithParameters(
      `SELECT DISTINCT c.id
         FROM ${standingRecords(
           `SELECT i.id, i.child_id FROM child_injuries i
             WHERE i.occurred_on >= make_date(:year, 1, 1) AND i.occurred_on <= :asOf::date`,
         )} AS h
         JOIN children c ON c.id = h.child_id
        WHERE ${where.sql}`,
      { year: period.year, asOf: period.asOf, ...where.params },
    );
    const rows = await this.dataSource.query<{ id: string }[]>(query, parameters);
    return rows.map((row) => row.id);
  }

  /**
   * Open cases by status and level, those with a step past due, and those closed since `yearStart`
   * (and not reopened): live, from the cases.
   */
  async caseFigures(
    scope: AreaScope,
    now: Date,
    yearStart: Date,
  ): Promise<{
    byStatusAndLevel: { status: string; level: string; count: number }[];
    overdue: number;
    closed: number;
  }> {
    const where = scopeCondition(scope, { province: 'c.province_code', commune: 'c.commune_code' });
    const run = (sql: string) => {
      const [query, parameters] = this.dataSource.driver.escapeQueryWithParameters(sql, {
        ...where.params,
        now,
        yearStart,
      });
      return this.dataSource.query<Record<string, unknown>[]>(query, parameters);
    };
    const [byStatusAndLevel, [overdue], [closed]] = await Promise.all([
      run(`SELECT c.status, coalesce(c.level, 'unassessed') AS level, count(*)::int AS count
             FROM cases c WHERE c.status <> 'closed' AND ${where.sql}
            GROUP BY 1, 2`),
      run(`SELECT count(*)::int AS count FROM cases c
            WHERE c.status <> 'closed' AND ${where.sql}
              AND EXISTS (SELECT 1 FROM deadlines d
                           WHERE d.case_id = c.id AND ${CASE_OWN_DEADLINE}
                             AND d.state = 'open' AND d.due_at < :now)`),
      run(`SELECT count(*)::int AS count FROM cases c
            WHERE c.status = 'closed' AND c.closed_at >= :yearStart AND ${where.sql}`),
    ]);
    return {
      byStatusAndLevel: byStatusAndLevel as { status: string; level: string; count: number }[],
      overdue: overdue.count as number,
      closed: closed.count as number,
    };
  }
}
