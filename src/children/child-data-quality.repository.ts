/**
 * The data-quality worklist of the national cleaning campaign (làm sạch dữ liệu trẻ em): each
 * problem a record can have, as an SQL condition, and a commune's records with their problems,
 * counted and paged. The malformed personal ID is personal-id.ts's rule, written in SQL from that
 * file's constants (personal-id-agreement.spec.ts checks the two agree).
 */
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { IN_FORCE, namedQuery } from './child-sql.js';
import { Child } from './entities/child.entity.js';
import {
  BIRTH_YEAR_DIGITS,
  CENTURY_SEX_DIGIT,
  FIRST_CENTURY,
  PERSONAL_ID_PATTERN,
  SEX_PARITY,
} from './personal-id.js';

/** A record's century/sex digit (SQL's substr counts from 1). */
const CENTURY_SEX_CODE = `substr(c.personal_id, ${CENTURY_SEX_DIGIT + 1}, 1)::int`;

/**
 * A personal ID `personalIdProblem` finds a problem with, from the same constants: the format
 * first, so that only digits are cast.
 */
const MALFORMED_PERSONAL_ID = `c.personal_id IS NOT NULL AND CASE
      WHEN c.personal_id !~ '${PERSONAL_ID_PATTERN}' THEN TRUE
      ELSE (c.dob_precision <> 'estimated' AND (
              ${CENTURY_SEX_CODE} / 2 <> extract(year FROM c.date_of_birth)::int / 100 - ${FIRST_CENTURY}
              OR substr(c.personal_id, ${BIRTH_YEAR_DIGITS.start + 1}, ${BIRTH_YEAR_DIGITS.length}) <> lpad((extract(year FROM c.date_of_birth)::int % 100)::text, ${BIRTH_YEAR_DIGITS.length}, '0')))
        OR (c.sex <> 'unknown' AND ${CENTURY_SEX_CODE} % 2 <> CASE c.sex WHEN 'female' THEN ${SEX_PARITY.female} ELSE ${SEX_PARITY.male} END)
    END`;

/**
 * The cleaning worklist of the national campaign (làm sạch dữ liệu trẻ em): each problem as a
 * condition on a record `c`. `:sixteenYearsAgo` is the latest date of birth of a 16-year-old,
 * `:today` the day in Vietnam.
 */
export const DATA_PROBLEMS = {
  missingPersonalId: 'c.personal_id IS NULL',
  malformedPersonalId: MALFORMED_PERSONAL_ID,
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

/** The SQL of the data-quality worklist. */
@Injectable()
export class ChildDataQualityRepository {
  constructor(private readonly dataSource: DataSource) {}

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
    const [countRow] = await namedQuery<Record<string, string>>(
      this.dataSource,
      `${base} SELECT count(*) AS children, ${problems
        .map((p) => `count(*) FILTER (WHERE "${p}") AS "${p}"`)
        .join(', ')} FROM q`,
      params,
    );
    // The records with any problem, or with the one asked for (a name of DATA_PROBLEMS).
    const listed = problems.filter((p) => !only || p === only);
    const rows = await namedQuery<Record<DataProblem, boolean> & { id: string }>(
      this.dataSource,
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
}
