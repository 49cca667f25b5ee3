#!/usr/bin/env node
// Realistic synthetic children straight into PostgreSQL, for the registry benchmark.
//
//   DATABASE_URL=postgres://postgres@127.0.0.1:5432/bvte_bench node bench/generate-children.mjs --count 1000000
//
// Options (defaults in brackets):
//   --count N            children to add [1000000], near-duplicates included
//   --seed S             random seed; the same seed gives the same children [bvte-bench]
//   --provinces LIST     province:percent,... [01:50,79:35,15:15] (Hà Nội, TP Hồ Chí Minh, Lào Cai)
//   --skew X             Zipf exponent of commune sizes inside a province [0.4]
//   --duplicates P       share of near-duplicates (copies with a small change) [0.01]
//   --batch N            rows per INSERT [5000]
//   --truncate           first delete the children a previous run added (notes '[BENCH]')
//   --drop-indexes MODE  auto|on|off: drop the secondary indexes of `children` during the load and
//                        rebuild them after (much faster on a big load); auto = on when the table
//                        holds fewer than 1,000 rows and --count >= 200,000 [auto]
//   --skip-migrations    do not run `node dist/database/cli.js run` first
//
// Needs a build (`npm run build`): uses dist/children/vietnamese-name.js and child-key.js so the
// search column and the import fingerprint are exactly the application's. Rows are marked with
// notes = '[BENCH]'. Ends with VACUUM ANALYZE and prints the largest commune; a summary is written
// to bench/out/generate-summary.json (the benchmark reads it).

import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import {
  BENCH_MARK,
  ChildFactory,
  communeWeights,
  DIST,
  parseArgs,
  PersonalIds,
  ROOT,
  Rng,
  todayInVietnam,
  Weighted,
} from './lib/synth.mjs';

const options = parseArgs(process.argv.slice(2), {
  count: 1_000_000,
  seed: 'bvte-bench',
  provinces: '01:50,79:35,15:15',
  skew: 0.4,
  duplicates: 0.01,
  batch: 5000,
  truncate: false,
  dropIndexes: 'auto',
  skipMigrations: false,
});
const url = process.env.DATABASE_URL;
if (!url) {
  console.error('Set DATABASE_URL, e.g. postgres://postgres@127.0.0.1:5432/bvte_bench');
  process.exit(2);
}

const { searchColumn } = await importDist('children/vietnamese-name.js');
const { childFingerprint } = await importDist('children/child-key.js');

async function importDist(path) {
  try {
    return await import(join(DIST, path));
  } catch (error) {
    console.error(`Cannot load dist/${path} (${error.message}); run \`npm run build\` first.`);
    process.exit(2);
  }
}

const started = Date.now();
const seconds = () => ((Date.now() - started) / 1000).toFixed(1);

// 1. Migrations, with the application's own command.
if (!options.skipMigrations) {
  console.log('Running migrations: node dist/database/cli.js run');
  const result = spawnSync(process.execPath, [join(DIST, 'database/cli.js'), 'run'], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: url, LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn' },
    stdio: 'inherit',
  });
  if (result.status !== 0) {
    console.error(`Migrations failed (exit ${result.status})`);
    process.exit(1);
  }
}

const pool = new pg.Pool({ connectionString: url, max: 3 });
const db = await pool.connect();

try {
  // 2. What the database has: communes, code lists, the children table's columns.
  const shares = options.provinces.split(',').map((part) => {
    const [code, percent] = part.split(':');
    return { code: code.trim(), share: Number(percent) };
  });
  const provinces = new Map();
  for (const { code } of shares) {
    const { rows: p } = await db.query(
      `SELECT code, full_name FROM areas WHERE level = 'province' AND code = $1 AND valid_until IS NULL`,
      [code],
    );
    if (p.length === 0) throw new Error(`no current province ${code} in areas`);
    const { rows: communes } = await db.query(
      `SELECT code, full_name AS "fullName", unit_type AS "unitType", province_code AS "provinceCode"
         FROM areas WHERE level = 'commune' AND province_code = $1 AND valid_until IS NULL ORDER BY code`,
      [code],
    );
    if (communes.length === 0) throw new Error(`province ${code} has no communes in areas`);
    provinces.set(code, { code, fullName: p[0].full_name, communes });
  }
  const list = async (name) =>
    (
      await db.query(
        'SELECT code, name, parent_code AS "parentCode" FROM reference_items WHERE list = $1 AND active ORDER BY sort_order',
        [name],
      )
    ).rows;
  const reference = {
    ethnicities: await list('ethnicities'),
    specialCircumstances: await list('special-circumstances'),
    riskFactors: await list('risk-factors'),
    schoolStatuses: await list('school-statuses'),
  };
  for (const [name, items] of Object.entries(reference)) {
    if (items.length === 0) throw new Error(`reference list ${name} is empty: migrations not run?`);
  }
  const columns = new Set(
    (
      await db.query(
        `SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = 'children'`,
      )
    ).rows.map((r) => r.column_name),
  );

  if (options.truncate) {
    const { rowCount } = await db.query('DELETE FROM children WHERE notes = $1', [BENCH_MARK]);
    console.log(`Deleted ${rowCount} children of a previous run`);
  }
  const existing = Number((await db.query('SELECT count(*) FROM children')).rows[0].count);

  // Personal IDs already there, and those of the demo dataset (loaded later by the server).
  const taken = new Set(
    (await db.query('SELECT personal_id FROM children WHERE personal_id IS NOT NULL')).rows.map(
      (r) => r.personal_id,
    ),
  );
  try {
    const demo = readFileSync(join(DIST, 'demo/demo-data.service.js'), 'utf8');
    for (const id of demo.match(/\b\d{12}\b/g) ?? []) taken.add(id);
  } catch {
    // no demo module in this build
  }

  // 3. The generators.
  const rng = new Rng(options.seed);
  const today = todayInVietnam();
  const factory = new ChildFactory({
    rng,
    reference,
    today,
    personalIds: new PersonalIds(rng, { from: 0, size: 800_000, taken }),
  });
  const provincePick = new Weighted(shares.map((s) => [provinces.get(s.code), s.share]));
  const communePick = new Map(
    [...provinces.values()].map((p) => [p.code, communeWeights(p.communes, rng, options.skew)]),
  );

  // Columns filled, in order; optional ones only when the schema has them.
  const spec = [
    ['full_name', 'text', (c) => c.fullName],
    ['name_search', 'text', (c) => searchColumn(c.fullName)],
    ['date_of_birth', 'date', (c) => c.dateOfBirth],
    ['dob_precision', 'text', (c) => c.dobPrecision],
    ['sex', 'text', (c) => c.sex],
    ['ethnicity_code', 'text', (c) => c.ethnicityCode],
    ['personal_id', 'text', (c) => c.personalId],
    ['province_code', 'text', (c) => c.provinceCode],
    ['commune_code', 'text', (c) => c.communeCode],
    ['village', 'text', (c) => c.village],
    ['address', 'text', (c) => c.address],
    ['caregivers', 'jsonb', (c) => JSON.stringify(c.caregivers)],
    ['special_circumstances', 'jsonb', (c) => JSON.stringify(c.specialCircumstances)],
    ['risk_factors', 'jsonb', (c) => JSON.stringify(c.riskFactors)],
    ['school_status', 'text', (c) => c.schoolStatus],
    ['disability', 'text', (c) => c.disability],
    ['notes', 'text', (c) => c.notes],
    [
      'fingerprint',
      'text',
      (c) =>
        childFingerprint({
          fullName: c.fullName,
          dateOfBirth: c.dateOfBirth,
          communeCode: c.communeCode,
          caregivers: c.caregivers,
        }),
    ],
    ['created_at', 'timestamptz', (c) => c.createdAt],
    ['updated_at', 'timestamptz', (c) => c.createdAt],
    ['version', 'int4', () => 1],
  ].filter(([column]) => columns.has(column));
  for (const required of ['full_name', 'name_search', 'date_of_birth', 'sex', 'commune_code']) {
    if (!columns.has(required)) throw new Error(`children has no column ${required}`);
  }
  const names = spec.map(([c]) => c);
  const insertSql =
    `INSERT INTO children (${names.join(', ')}) SELECT ` +
    spec.map(([c, type]) => (type === 'jsonb' ? `t.${c}::jsonb` : `t.${c}`)).join(', ') +
    ` FROM unnest(${spec.map(([, type], i) => `$${i + 1}::${type === 'jsonb' ? 'text' : type}[]`).join(', ')}) AS t(${names.join(', ')})`;

  // 4. Optionally drop the secondary indexes for the load.
  const dropIndexes =
    options.dropIndexes === 'on' ||
    (options.dropIndexes === 'auto' && existing < 1000 && options.count >= 200_000);
  let savedIndexes = [];
  if (dropIndexes) {
    savedIndexes = (
      await db.query(
        `SELECT i.indexname, i.indexdef FROM pg_indexes i
          WHERE i.schemaname = current_schema() AND i.tablename = 'children'
            AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname)`,
      )
    ).rows;
    mkdirSync(join(ROOT, 'bench/out'), { recursive: true });
    writeFileSync(
      join(ROOT, 'bench/out/children-indexes.sql'),
      savedIndexes.map((i) => `${i.indexdef};`).join('\n') + '\n',
    );
    for (const i of savedIndexes) await db.query(`DROP INDEX "${i.indexname}"`);
    console.log(
      `Dropped ${savedIndexes.length} secondary indexes for the load (definitions in bench/out/children-indexes.sql)`,
    );
  }

  // 5. Generate and insert, two batches in flight while the next one is made.
  console.log(
    `Generating ${options.count.toLocaleString('en')} children (seed ${options.seed}, today ${today}) into a table of ${existing.toLocaleString('en')}`,
  );
  const recent = [];
  let made = 0;
  let duplicates = 0;
  let withPersonalId = 0;
  const inFlight = new Set();
  const nowMs = Date.now();
  const threeYears = 3 * 365 * 86_400_000;
  let lastReport = Date.now();

  while (made < options.count) {
    const size = Math.min(options.batch, options.count - made);
    const arrays = spec.map(() => new Array(size));
    for (let k = 0; k < size; k++) {
      let child;
      if (recent.length > 100 && rng.chance(options.duplicates)) {
        child = factory.nearDuplicate(rng.pick(recent));
        duplicates += 1;
      } else {
        const province = provincePick.pick(rng);
        const commune = communePick.get(province.code).pick(rng);
        child = factory.child(commune, province.fullName);
        if (recent.length < 5000) recent.push(child);
        else recent[rng.int(recent.length)] = child;
      }
      // Entered some time in the last three years, not before birth.
      const born = Date.parse(child.dateOfBirth);
      const from = Math.max(born, nowMs - threeYears);
      child.createdAt = new Date(from + rng.next() * (nowMs - from)).toISOString();
      if (child.personalId) withPersonalId += 1;
      for (let j = 0; j < spec.length; j++) arrays[j][k] = spec[j][2](child);
    }
    made += size;
    const insert = pool.query(insertSql, arrays).then(
      () => inFlight.delete(insert),
      (error) => {
        throw error;
      },
    );
    inFlight.add(insert);
    if (inFlight.size >= 2) await Promise.race(inFlight);
    if (Date.now() - lastReport > 5000 || made === options.count) {
      lastReport = Date.now();
      const rate = Math.round(made / ((Date.now() - started) / 1000));
      console.log(`  ${made.toLocaleString('en')} made (${rate.toLocaleString('en')}/s), ${seconds()} s`);
    }
  }
  await Promise.all(inFlight);
  console.log(`Inserted ${made.toLocaleString('en')} rows in ${seconds()} s`);

  if (savedIndexes.length > 0) {
    await db.query(`SET maintenance_work_mem = '1GB'`);
    for (const i of savedIndexes) {
      const t = Date.now();
      await db.query(i.indexdef);
      console.log(`  rebuilt ${i.indexname} in ${((Date.now() - t) / 1000).toFixed(1)} s`);
    }
  }

  console.log('VACUUM ANALYZE children ...');
  await db.query('VACUUM (ANALYZE) children');

  // 6. Summary.
  const { rows: byProvince } = await db.query(
    `SELECT province_code, count(*)::int AS n FROM children WHERE notes = $1 GROUP BY 1 ORDER BY 2 DESC`,
    [BENCH_MARK],
  );
  const { rows: top } = await db.query(
    `SELECT c.commune_code, a.full_name, count(*)::int AS n
       FROM children c LEFT JOIN areas a ON a.code = c.commune_code
      GROUP BY 1, 2 ORDER BY 3 DESC LIMIT 5`,
  );
  const total = Number((await db.query('SELECT count(*) FROM children')).rows[0].count);
  const summary = {
    generatedAt: new Date().toISOString(),
    seed: options.seed,
    added: made,
    nearDuplicates: duplicates,
    withPersonalId,
    totalChildren: total,
    byProvince: Object.fromEntries(byProvince.map((r) => [r.province_code, r.n])),
    largestCommunes: top.map((r) => ({ code: r.commune_code, name: r.full_name, children: r.n })),
    seconds: Number(seconds()),
  };
  mkdirSync(join(ROOT, 'bench/out'), { recursive: true });
  writeFileSync(join(ROOT, 'bench/out/generate-summary.json'), JSON.stringify(summary, null, 2) + '\n');
  console.log(
    `Added ${made.toLocaleString('en')} children (${duplicates.toLocaleString('en')} near-duplicates, ` +
      `${((withPersonalId / made) * 100).toFixed(1)} % with a personal ID); table now ${total.toLocaleString('en')} rows`,
  );
  console.log(`By province: ${byProvince.map((r) => `${r.province_code}=${r.n}`).join(', ')}`);
  console.log(
    `Largest commune: ${top[0].commune_code} (${top[0].full_name}) with ${top[0].n.toLocaleString('en')} children`,
  );
  console.log(`Done in ${seconds()} s`);
} finally {
  db.release();
  await pool.end();
}
