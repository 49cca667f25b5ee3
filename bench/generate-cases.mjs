#!/usr/bin/env node
// Synthetic child-protection cases straight into PostgreSQL, for the statistics benchmark
// (issue 7), over children the registry generator added.
//
//   DATABASE_URL=postgres://postgres@127.0.0.1:5432/bvte_bench node bench/generate-cases.mjs --count 50000
//
// Options (defaults in brackets):
//   --count N   cases to add [50000], one child each, picked at random among the '[BENCH]' children
//   --days N    received over the last N days [400], so this year and the last both have cases
//
// Each case gets what the statistics read: a level (a fifth not yet assessed, then support and
// intervention), a status, forms of abuse and a setting, the 12-hour and 5-working-day deadlines
// (met or late), and for cases past planning an approved plan in the timeline. Codes start with
// BENCH- and the sealed report holds the marker '[BENCH]' instead of a real sealed value: the
// statistics never read it, but opening such a case through the API fails. Needs the migrations
// (run generate-children.mjs first).

import pg from 'pg';
import { parseArgs } from './lib/synth.mjs';

const options = parseArgs(process.argv.slice(2), { count: 50_000, days: 400 });
const url = process.env.DATABASE_URL;
if (!url) {
  console.error('Set DATABASE_URL, e.g. postgres://postgres@127.0.0.1:5432/bvte_bench');
  process.exit(2);
}

const db = new pg.Client({ connectionString: url });
await db.connect();
const started = Date.now();
try {
  await db.query('BEGIN');
  // One row per case: its child, place, time and the dice that decide the rest.
  await db.query(
    `CREATE TEMP TABLE bench_cases ON COMMIT DROP AS
     SELECT gen_random_uuid() AS id, c.id AS child_id, c.province_code, c.commune_code,
            now() - random() * make_interval(days => $2) AS received_at,
            random() AS level_die, random() AS status_die, random() AS late_die, random() AS form_die,
            floor(random() * 6)::int AS setting_die
       FROM (SELECT id, province_code, commune_code FROM children
              WHERE notes = '[BENCH]' AND merged_into IS NULL
              ORDER BY random() LIMIT $1) c`,
    [options.count, options.days],
  );
  const seq = Number((await db.query(`SELECT count(*) FROM cases WHERE code LIKE 'BENCH-%'`)).rows[0].count);
  await db.query(
    `INSERT INTO cases (id, code, province_code, commune_code, status, level, source, channel,
                        received_at, concerns, settings, intake, immediate_danger, version, closed_at)
     SELECT id, 'BENCH-' || ($1 + row_number() OVER ()), province_code, commune_code,
            CASE WHEN level_die < 0.2 THEN 'received'
                 WHEN status_die < 0.25 THEN 'assessed'
                 WHEN status_die < 0.4 THEN 'planning'
                 WHEN status_die < 0.8 THEN 'in_progress'
                 ELSE 'closed' END,
            CASE WHEN level_die < 0.2 THEN NULL
                 WHEN level_die < 0.65 THEN 'support' ELSE 'intervention' END,
            (ARRAY['hotline_111','police','school','commune','public'])[1 + (form_die * 5)::int % 5],
            'phone', received_at,
            CASE WHEN form_die < 0.4 THEN ARRAY['violence']::varchar[]
                 WHEN form_die < 0.55 THEN ARRAY['neglect']::varchar[]
                 WHEN form_die < 0.7 THEN ARRAY['sexual_abuse']::varchar[]
                 WHEN form_die < 0.8 THEN ARRAY['violence','neglect']::varchar[]
                 WHEN form_die < 0.9 THEN ARRAY['exploitation']::varchar[]
                 ELSE ARRAY['abandonment']::varchar[] END,
            CASE setting_die WHEN 0 THEN '{}'::varchar[]
                 ELSE ARRAY[(ARRAY['family','school','community','online','other'])[setting_die]]::varchar[] END,
            '[BENCH]', level_die >= 0.65 AND late_die < 0.5, 1,
            CASE WHEN level_die >= 0.2 AND status_die >= 0.8 THEN received_at + interval '60 days' END
       FROM bench_cases`,
    [seq],
  );
  await db.query(`INSERT INTO case_children (case_id, child_id) SELECT id, child_id FROM bench_cases`);
  // Each case held by its commune since its receipt (case_holdings), as intake records it.
  await db.query(
    `INSERT INTO case_holdings (case_id, province_code, commune_code, held_from)
     SELECT id, province_code, commune_code, received_at FROM bench_cases`,
  );
  // Emergency measures within 12 hours for most, late for a quarter; the plan within 5 working
  // days (taken here as 7 calendar days) for most, late for some.
  await db.query(
    `INSERT INTO deadlines (case_id, kind, opened_at, due_at, state, done_at)
     SELECT id, 'emergency_action', received_at, received_at + interval '12 hours',
            CASE WHEN level_die >= 0.65 AND late_die < 0.5 THEN 'done' ELSE 'not_needed' END,
            CASE WHEN level_die >= 0.65 AND late_die < 0.5
                 THEN received_at + (CASE WHEN late_die < 0.125 THEN 20 ELSE 6 END) * interval '1 hour' END
       FROM bench_cases WHERE level_die >= 0.2
     UNION ALL
     SELECT id, 'plan', received_at, received_at + interval '7 days',
            CASE WHEN status_die >= 0.4 THEN 'done' ELSE 'open' END,
            CASE WHEN status_die >= 0.4
                 THEN received_at + (CASE WHEN late_die > 0.85 THEN 10 ELSE 4 END) * interval '1 day' END
       FROM bench_cases WHERE level_die >= 0.2`,
  );
  await db.query(
    `INSERT INTO case_events (case_id, at, action, from_status, to_status)
     SELECT id, received_at, 'intake', NULL, 'received' FROM bench_cases
     UNION ALL
     SELECT id, received_at + interval '5 days', 'plan/approve', 'plan_submitted', 'in_progress'
       FROM bench_cases WHERE level_die >= 0.2 AND status_die >= 0.4`,
  );
  await db.query('COMMIT');
  await db.query('VACUUM (ANALYZE) cases, case_children, case_holdings, deadlines, case_events');
  const { rows } = await db.query(
    `SELECT count(*)::int AS cases, count(*) FILTER (WHERE level = 'intervention')::int AS intervention
       FROM cases WHERE code LIKE 'BENCH-%'`,
  );
  console.log(
    `Added ${options.count.toLocaleString('en')} cases in ${((Date.now() - started) / 1000).toFixed(1)} s; ` +
      `bench cases now ${rows[0].cases.toLocaleString('en')} (${rows[0].intervention.toLocaleString('en')} at intervention level)`,
  );
} catch (error) {
  await db.query('ROLLBACK').catch(() => undefined);
  throw error;
} finally {
  await db.end();
}
