import pg from 'pg';
import { testServerUrl } from '../../test/database.js';
import { withDatabase } from '../database/postgres-url.js';
import { DATA_PROBLEMS } from './child-data-quality.repository.js';
import { personalIdProblem } from './personal-id.js';

/**
 * The cleaning worklist's `malformedPersonalId` (SQL) and `personalIdProblem` (TypeScript) are one
 * rule written twice from personal-id.ts's constants: this runs the SQL itself, on the PostgreSQL
 * server the tests start (its `postgres` database: no table is read, none is written), and checks
 * it flags exactly the samples the function finds a problem with.
 */

const PRECISIONS = ['exact', 'year', 'estimated'] as const;
const SEXES = ['male', 'female', 'unknown'] as const;
// Either side of each century the century/sex digit counts, and out of its range (1899, 2400).
const YEARS = [1899, 1900, 1915, 1999, 2000, 2014, 2015, 2099, 2100, 2399, 2400];
// Every century/sex digit, with birth-year digits that fit some of YEARS and not others.
const WELL_FORMED = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'].flatMap((code) =>
  ['00', '14', '15', '99'].map((yy) => `001${code}${yy}012345`),
);
const MALFORMED = [
  '',
  '00121501234',
  '0012150123456',
  '00121501234a',
  ' 001215012345',
  '001215012345 ',
  '001215012345\n',
  '\n001215012345',
  '+01215012345',
  '0012150123.4',
  '00121501234５', // a full-width digit
  '٠٠١٢١٥٠١٢٣٤٥', // Arabic-Indic digits
];

const samples = [...WELL_FORMED, ...MALFORMED].flatMap((personalId) =>
  YEARS.flatMap((year) =>
    PRECISIONS.flatMap((precision) =>
      SEXES.map((sex) => ({ personalId, dateOfBirth: `${year}-06-15`, precision, sex })),
    ),
  ),
);

describe('a malformed personal ID, in SQL and in TypeScript', () => {
  let client: pg.Client;

  beforeAll(async () => {
    client = new pg.Client({ connectionString: withDatabase(testServerUrl(), 'postgres') });
    await client.connect();
  });

  afterAll(() => client.end());

  it('samples every outcome of personalIdProblem', () => {
    const outcomes = new Set(
      samples.map((s) => personalIdProblem(s.personalId, s.dateOfBirth, s.precision, s.sex)),
    );
    expect([...outcomes].sort()).toEqual(['birth-year', 'format', 'sex', null].sort());
  });

  it('flags in SQL exactly the IDs personalIdProblem finds a problem with', async () => {
    const { rows } = await client.query<{ malformed: boolean }>(
      `SELECT (${DATA_PROBLEMS.malformedPersonalId}) AS malformed
       FROM unnest($1::text[], $2::date[], $3::text[], $4::text[]) WITH ORDINALITY
         AS c(personal_id, date_of_birth, dob_precision, sex, n)
       ORDER BY n`,
      [
        samples.map((s) => s.personalId),
        samples.map((s) => s.dateOfBirth),
        samples.map((s) => s.precision),
        samples.map((s) => s.sex),
      ],
    );
    expect(rows).toHaveLength(samples.length);
    const disagreements = samples
      .map((sample, i) => ({
        ...sample,
        typescript: personalIdProblem(
          sample.personalId,
          sample.dateOfBirth,
          sample.precision,
          sample.sex,
        ),
        sql: rows[i].malformed,
      }))
      .filter((s) => (s.typescript !== null) !== s.sql);
    expect(disagreements).toEqual([]);
  });

  it('does not flag a record without a personal ID (missingPersonalId does)', async () => {
    const { rows } = await client.query<{ malformed: boolean }>(
      `SELECT (${DATA_PROBLEMS.malformedPersonalId}) AS malformed
       FROM (VALUES (NULL::text, '2015-06-15'::date, 'exact', 'male')) AS c(personal_id, date_of_birth, dob_precision, sex)`,
    );
    expect(rows).toEqual([{ malformed: false }]);
  });
});
