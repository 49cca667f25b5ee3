#!/usr/bin/env node
// Benchmark of the child registry and the statistics through the HTTP API of a running server:
// search, import, export, duplicates, and the reports (indicators, dashboard). Prints a markdown table and appends it, with the machine's facts, to
// bench/RESULTS.md.
//
//   SERVER_PID=<pid> DATABASE_URL=postgres://postgres@127.0.0.1:5432/bvte_bench \
//     BASE_URL=http://127.0.0.1:3000/api/v1 node bench/children.bench.mjs
//
// The server must run against the benchmark database with the demo dataset (DEMO_DATA=on) and a
// high rate limit (RATE_LIMIT_PER_MINUTE=100000): see bench/README.md. The bench signs in as
// demo.admin (second factor from the demo secret) to create `bench.officer`, a commune_officer
// whose areas are the whole province 01, and measures as that officer.
//
// Environment:
//   BASE_URL       API base [http://127.0.0.1:3000/api/v1]
//   DATABASE_URL   the benchmark database (optional, recommended): real names for the queries, the
//                  export filter that yields ~100k rows, the largest commune, the row count, the
//                  PostgreSQL version. Without it: names from the generator's tables, the commune
//                  from bench/out/generate-summary.json, a fixed export filter.
//   SERVER_PID     the server's process id, to sample its memory (VmRSS) during import and export
//   BENCH_PASSWORD password of bench.officer [Bench-Officer-Pw-2026!]
//
// Options (defaults in brackets):
//   --sections LIST      search,count,import,export,duplicates,reports,load [the first six]
//   --clients N          load: concurrent clients [16]
//   --seconds N          load: seconds each measure lasts [20]
//   --load-apis LIST     load: the API bases its clients are spread over, client i on the
//                        (i mod n)th, as a load balancer spreads connections (comma-separated;
//                        several `node dist/main.js` of the production layout) [BASE_URL]
//   --runs N             runs of each figure; the median run is reported [3]
//   --queries N          name queries per search run (a tenth of them per count run) [1000]
//   --warmup N           queries before the search runs [20]
//   --province CODE      the officer's province and the searched/exported one [01]
//   --areas LIST         the officer's areas instead (province or commune codes, comma-separated),
//                        as another account (bench.officer.<codes>): a search over several communes
//   --commune CODE       commune of the duplicates section [largest of the province]
//   --import-file PATH   [bench/out/import-100k.csv, made with make-import-file.mjs when absent]
//   --import-runs N      imports of the file (the second should create nothing) [1]
//   --import-dry-run     send dryRun=true (validates without writing)
//   --export-target N    rows the export filter aims at [100000]
//   --slow-client MB     after the timed exports, one more read at this many MB/s, for memory [1]
//   --timeout S          seconds a duplicates request may take before it counts as failed [120];
//                        with DATABASE_URL the abandoned query is then cancelled in PostgreSQL
//   --label TEXT         a line written above the table in RESULTS.md
//   --no-write           do not append to bench/RESULTS.md

import { spawnSync } from 'node:child_process';
import http from 'node:http';
import https from 'node:https';
import { createWriteStream, existsSync, appendFileSync, readFileSync, statSync, openAsBlob, mkdirSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { cpus, totalmem } from 'node:os';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { setTimeout as sleep } from 'node:timers/promises';
import { TOTP } from 'otpauth';
import { ChildFactory, DIST, loadCodeLists, parseArgs, ROOT, Rng } from './lib/synth.mjs';

const options = parseArgs(process.argv.slice(2), {
  sections: 'search,count,import,export,duplicates,reports',
  runs: 3,
  queries: 1000,
  warmup: 20,
  province: '01',
  areas: '',
  commune: '',
  importFile: join(ROOT, 'bench/out/import-100k.csv'),
  importRuns: 1,
  importDryRun: false,
  exportTarget: 100_000,
  slowClient: 1,
  timeout: 120,
  clients: 16,
  seconds: 20,
  loadApis: '',
  label: '',
  noWrite: false,
});
const BASE_URL = (process.env.BASE_URL ?? 'http://127.0.0.1:3000/api/v1').replace(/\/$/, '');
const ORIGIN = new URL(BASE_URL).origin;
const LOAD_APIS = options.loadApis ? options.loadApis.split(',').map((u) => u.replace(/\/$/, '')) : [BASE_URL];
const SERVER_PID = process.env.SERVER_PID ? Number(process.env.SERVER_PID) : null;
const OFFICER_AREAS = options.areas ? options.areas.split(',') : [options.province];
const OFFICER = options.areas ? `bench.officer.${OFFICER_AREAS.join('-')}` : 'bench.officer';
const OFFICER_PASSWORD = process.env.BENCH_PASSWORD ?? 'Bench-Officer-Pw-2026!';
const ADMIN = { username: 'demo.admin', password: 'Demo-BVTE-2026!', totp: 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP' };
const sections = new Set(options.sections.split(',').map((s) => s.trim()));
const OUT = join(ROOT, 'bench/out');
mkdirSync(OUT, { recursive: true });

const { normalizeName } = await import(join(DIST, 'children/vietnamese-name.js'));
const age = await import(join(DIST, 'children/age.js'));

// ---------------------------------------------------------------------------------------------
// Database (optional).

let db = null;
if (process.env.DATABASE_URL) {
  const pg = (await import('pg')).default;
  db = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await db.connect();
}
const summaryFile = join(OUT, 'generate-summary.json');
const summary = existsSync(summaryFile) ? JSON.parse(readFileSync(summaryFile, 'utf8')) : null;

// ---------------------------------------------------------------------------------------------
// HTTP.

class HttpError extends Error {
  constructor(method, path, status, body) {
    super(`${method} ${path} → ${status} ${typeof body === 'string' ? body.slice(0, 300) : JSON.stringify(body).slice(0, 300)}`);
    this.status = status;
    this.body = body;
  }
}

const RETRIED = new Set(['ECONNRESET', 'EPIPE', 'UND_ERR_SOCKET']);

async function request(method, path, { token, body, form, headers = {}, raw = false, timeoutMs } = {}) {
  const init = { method, headers: { 'Accept-Language': 'en', ...headers } };
  if (timeoutMs) init.signal = AbortSignal.timeout(timeoutMs);
  if (token) init.headers.Authorization = `Bearer ${token}`;
  if (body !== undefined) {
    init.headers['Content-Type'] = 'application/json';
    init.body = JSON.stringify(body);
  }
  if (form) init.body = form;
  const url = path.startsWith('http') ? path : BASE_URL + path;
  let res;
  for (let attempt = 1; ; attempt++) {
    try {
      res = await fetch(url, init);
      break;
    } catch (error) {
      if (error.name === 'TimeoutError') {
        const timeout = new Error(`${method} ${path}: no answer within ${Math.round(timeoutMs / 1000)} s`);
        timeout.timedOut = true;
        throw timeout;
      }
      // A kept-alive connection the server closed meanwhile (it does when its event loop was
      // blocked for a while): retry reads, never a POST.
      const cause = error.cause?.code ?? error.cause?.message ?? '';
      if (method !== 'GET' || attempt === 3 || !RETRIED.has(error.cause?.code)) {
        throw new Error(`${method} ${path}: ${error.message}${cause ? ` (${cause})` : ''}`);
      }
      console.log(`  ${method} ${path}: ${error.message} (${cause}), retrying`);
      await sleep(200);
    }
  }
  if (raw) return res;
  const text = await res.text();
  let parsed = text;
  try {
    parsed = text ? JSON.parse(text) : null;
  } catch {
    // not JSON
  }
  if (!res.ok) throw new HttpError(method, path, res.status, parsed);
  return { status: res.status, body: parsed, headers: res.headers };
}

let lastTotpStep = 0;
async function adminToken() {
  for (let attempt = 0; attempt < 3; attempt++) {
    // A code can be used once: never twice in the same 30 s window.
    let step = Math.floor(Date.now() / 30_000);
    if (step <= lastTotpStep) {
      const wait = (lastTotpStep + 1) * 30_000 - Date.now() + 200;
      console.log(`  waiting ${Math.ceil(wait / 1000)} s for a fresh TOTP window`);
      await sleep(wait);
      step = Math.floor(Date.now() / 30_000);
    }
    lastTotpStep = step;
    const otp = new TOTP({ secret: ADMIN.totp }).generate({ timestamp: step * 30_000 });
    try {
      const { body } = await request('POST', '/auth/login', {
        body: { username: ADMIN.username, password: ADMIN.password, otp },
      });
      return body.accessToken;
    } catch (error) {
      // 401: this window's code was spent by an earlier run: try the next window.
      if (error.status !== 401 || attempt === 2) throw error;
    }
  }
}

/** Accounts the bench measures as: signed in once, signed in again before the token expires. */
const sessions = new Map();
async function signIn(username) {
  const { body } = await request('POST', '/auth/login', {
    body: { username, password: OFFICER_PASSWORD },
  });
  if (!body.accessToken) throw new Error(`sign-in of ${username}: ${JSON.stringify(body)}`);
  sessions.set(username, { token: body.accessToken, at: Date.now(), expiresIn: body.expiresIn ?? 900 });
  return body.accessToken;
}

/** An account's access token (bench.officer unless named). */
async function token(username = OFFICER) {
  const session = sessions.get(username);
  if (!session || Date.now() - session.at > (session.expiresIn - 120) * 1000) return signIn(username);
  return session.token;
}

/**
 * Creates (or repairs) a bench account with a role over some areas, in a demo organisation of the
 * bench's province (of a national body, made when missing, for `national`), and signs it in.
 */
async function ensureAccount(username, role, areaCodes, { national = false } = {}) {
  try {
    await signIn(username);
    console.log(`Signed in as ${username}`);
    return;
  } catch (error) {
    if (error.status !== 401) throw error;
  }
  console.log(`Creating ${username} (${role}, areas [${areaCodes.join(', ')}]) as ${ADMIN.username}`);
  const admin = await adminToken();
  const { body: orgs } = await request(
    'GET',
    `/organizations?provinceCode=${options.province}&limit=200`,
    { token: admin },
  );
  const organization = national
    ? (orgs.items.find((o) => o.type === 'ministry') ??
      (
        await request('POST', '/organizations', {
          token: admin,
          body: { name: '[BENCH] Bộ Y tế', type: 'ministry', provinceCode: options.province },
        })
      ).body)
    : (orgs.items.find((o) => o.type === 'commune_committee' && o.name.startsWith('[DEMO]')) ??
      orgs.items.find((o) => o.type === 'commune_committee') ??
      orgs.items[0]);
  if (!organization) throw new Error(`no organisation in province ${options.province}: DEMO_DATA=on?`);
  const account = {
    username,
    password: OFFICER_PASSWORD,
    fullName: 'Tài khoản đo hiệu năng (bench)',
    organizationId: organization.id,
    roles: [role],
    areaCodes,
  };
  try {
    await request('POST', '/users', { token: admin, body: account });
  } catch (error) {
    if (error.status !== 409) throw error;
    // It exists with another password or areas: find it and set them.
    let cursor = null;
    let user = null;
    do {
      const { body } = await request(
        'GET',
        `/users?role=${role}&limit=200${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
        { token: admin },
      );
      user = body.items.find((u) => u.username === username);
      cursor = body.nextCursor;
    } while (!user && cursor);
    if (!user) throw new Error(`${username} exists but cannot be found`);
    await request('PATCH', `/users/${user.id}`, {
      token: admin,
      body: { password: OFFICER_PASSWORD, areaCodes, roles: [role], organizationId: organization.id, active: true },
    });
  }
  await signIn(username);
  console.log(`Signed in as ${username} (organisation ${organization.name})`);
}

let routes = null;
/** Whether the server's OpenAPI document has this route (e.g. '/children/export'). */
async function hasRoute(path) {
  if (!routes) {
    try {
      const res = await fetch(`${ORIGIN}/api/docs-json`);
      routes = new Set(Object.keys((await res.json()).paths));
    } catch {
      routes = new Set();
    }
  }
  return routes.size === 0 || routes.has(`/api/v1${path}`);
}

// ---------------------------------------------------------------------------------------------
// Measures.

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)];
const ms = (x) => `${x.toFixed(1)} ms`;

/** Samples the server's VmRSS (kB) every 100 ms until stopped. */
function rssSampler() {
  if (!SERVER_PID) return { stop: () => null, peakMb: () => NaN };
  const read = () => {
    try {
      const status = readFileSync(`/proc/${SERVER_PID}/status`, 'utf8');
      return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? NaN);
    } catch {
      return NaN;
    }
  };
  const before = read();
  let peak = before;
  const timer = setInterval(() => {
    const v = read();
    if (v > peak) peak = v;
  }, 100);
  timer.unref();
  return {
    /** The peak so far (MB). */
    peakMb: () => Math.max(peak, read()) / 1024,
    stop() {
      clearInterval(timer);
      const after = read();
      return { beforeMb: before / 1024, peakMb: Math.max(peak, after) / 1024, afterMb: after / 1024 };
    },
  };
}
const rssText = (r) => (r ? `${r.beforeMb.toFixed(0)} → peak ${r.peakMb.toFixed(0)} MB (+${(r.peakMb - r.beforeMb).toFixed(0)})` : 'n/a (set SERVER_PID)');

const results = []; // [section, metric, value, target]
const notes = [];
function report(section, metric, value, target = '') {
  results.push([section, metric, value, target]);
}

// ---------------------------------------------------------------------------------------------
// Search.

async function sampleNames(n) {
  if (db) {
    // The same names on every run against the same database, so that runs (and builds) compare:
    // a p95 over a few hundred queries moves by several milliseconds from one sample to another.
    const { rows } = await db.query(
      `SELECT full_name FROM children WHERE province_code = $1 ORDER BY md5(id::text) LIMIT $2`,
      [options.province, n],
    );
    if (rows.length > 0) return rows.map((r) => r.full_name);
  }
  // No database: names made the way the generator makes them.
  const rng = new Rng('bench-names');
  const factory = new ChildFactory({ rng, reference: loadCodeLists() });
  const commune = { code: '00004', fullName: 'Phường Ba Đình', unitType: 'Phường', provinceCode: options.province };
  return Array.from({ length: n }, () => factory.child(commune).fullName);
}

/** Queries as an officer types them: no diacritics, whole or partial names, any word order. */
function makeQueries(names, n, rng) {
  const queries = [];
  for (let i = 0; i < n; i++) {
    const words = normalizeName(names[i % names.length]).split(' ');
    const family = words[0];
    const given = words[words.length - 1];
    const middle = words.slice(1, -1);
    const roll = rng.next();
    let q;
    let kind;
    if (roll < 0.35) [q, kind] = [words.join(' '), 'full name'];
    else if (roll < 0.55) [q, kind] = [`${family} ${given}`, 'family + given'];
    else if (roll < 0.7)
      [q, kind] = middle.length ? [`${family} ${middle[0]}`, 'family + middle'] : [family, 'one word'];
    else if (roll < 0.8) [q, kind] = [`${given} ${family}`, 'given + family'];
    else if (roll < 0.9)
      [q, kind] = [words.map((w) => w.slice(0, Math.max(2, w.length - 1))).join(' '), 'word prefixes'];
    else if (roll < 0.95) [q, kind] = [given, 'one word'];
    else [q, kind] = [[...middle, given].join(' '), 'middle + given'];
    queries.push({ q, kind });
  }
  return queries;
}

async function searchOnce(q) {
  const path = `/children?q=${encodeURIComponent(q)}&limit=20`;
  const t = performance.now();
  const text = await getOk(path);
  return { elapsed: performance.now() - t, items: JSON.parse(text).items.length };
}

// ---------------------------------------------------------------------------------------------
// Load: many officers at once (issue 24).

/**
 * `clients` loops sending their requests back to back for `seconds`: the requests answered per
 * second and their latencies. A failed request stops the measure.
 */
async function underLoad(clients, seconds, send) {
  const times = [];
  const until = performance.now() + seconds * 1000;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: clients }, async (_, client) => {
      for (let i = 0; performance.now() < until; i++) {
        const t = performance.now();
        await send(client, i);
        times.push(performance.now() - t);
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  const sorted = times.sort((a, b) => a - b);
  return {
    perSecond: sorted.length / elapsed,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
  };
}

const loadText = (r) => `${r.perSecond.toFixed(0)}/s; p50 ${ms(r.p50)}, p95 ${ms(r.p95)}, p99 ${ms(r.p99)}`;

/** The run of `options.runs` whose rate is the median. */
async function medianRun(label, measure) {
  const runs = [];
  for (let run = 0; run < options.runs; run++) {
    const r = await measure();
    console.log(`  ${label} run ${run + 1}: ${loadText(r)}`);
    runs.push(r);
  }
  return runs.find((r) => r.perSecond === median(runs.map((x) => x.perSecond)));
}

/**
 * The timed GETs (searches, the load section) go through Node's own HTTP client on kept-alive
 * sockets, not `fetch`: on the same two cores as the server, `fetch` spent about 0.4 ms of CPU a
 * request (a third of what the server spends on a record's read), and that was taken from the
 * server and PostgreSQL being measured. Its answer's text.
 */
const client = BASE_URL.startsWith('https:') ? https : http;
const agent = new client.Agent({ keepAlive: true, maxSockets: 64 });

async function getOk(path, base = BASE_URL) {
  const headers = { Authorization: `Bearer ${await token()}`, 'Accept-Language': 'en' };
  return new Promise((resolve, reject) => {
    client
      .get(base + path, { agent, headers }, (res) => {
        const chunks = [];
        res.on('data', (chunk) => chunks.push(chunk));
        res.on('error', reject);
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          if (res.statusCode >= 400) reject(new HttpError('GET', path, res.statusCode, text));
          else resolve(text);
        });
      })
      .on('error', reject);
  });
}

async function benchLoad() {
  if (!db) throw new Error('the load section reads its child ids from DATABASE_URL');
  const { clients, seconds } = options;
  const { rows } = await db.query(
    `SELECT id FROM children WHERE province_code = $1 AND merged_into IS NULL ORDER BY md5(id::text) LIMIT 5000`,
    [options.province],
  );
  const ids = rows.map((r) => r.id);
  // Every read writes an audit entry and the sealer reads the new ones each second. Where
  // autovacuum is off (this project's CI machines), those tables are never analysed, and the
  // sealer's query, planned without statistics, reads both whole (170 ms at 420,000 entries, each
  // second): what a deployment's autovacuum keeps from happening is analysed here.
  await db.query('ANALYZE audit_events, audit_chain');
  const pick = (client, i) => ids[(client * 997 + i * 31) % ids.length];
  const api = (client) => LOAD_APIS[client % LOAD_APIS.length];
  await underLoad(clients, 2, (client, i) => getOk(`/children/${pick(client, i)}`, api(client)));
  const read = await medianRun('GET /children/:id', () =>
    underLoad(clients, seconds, (client, i) => getOk(`/children/${pick(client, i)}`, api(client))),
  );
  // The same rows straight from PostgreSQL: as many connections as clients, from this process.
  const pg = (await import('pg')).default;
  const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: clients });
  let raw;
  try {
    raw = await medianRun('PostgreSQL alone', () =>
      underLoad(clients, seconds, (client, i) => pool.query('SELECT * FROM children WHERE id = $1', [pick(client, i)])),
    );
  } finally {
    await pool.end();
  }
  const over = LOAD_APIS.length > 1 ? ` over ${LOAD_APIS.length} API processes` : '';
  report('load', `GET /children/:id, ${clients} clients${over}, ${seconds} s (median of ${options.runs} runs)`, loadText(read));
  report('load', `the same rows from PostgreSQL alone (${clients} connections, node-postgres)`, loadText(raw));

  const names = await sampleNames(1000);
  const queries = makeQueries(names, 1000, new Rng('bench-load')).map((x) => x.q);
  const search = (client, i) =>
    getOk(`/children?q=${encodeURIComponent(queries[(client * 61 + i) % queries.length])}&limit=20`, api(client));
  const alone = await medianRun('name search, 1 client', () => underLoad(1, seconds, search));
  const many = await medianRun(`name search, ${clients} clients`, () => underLoad(clients, seconds, search));
  report('load', 'GET /children?q= (names), 1 client', loadText(alone));
  report('load', `GET /children?q= (names), ${clients} clients${over}`, loadText(many));
}

async function benchSearch() {
  const rng = new Rng('bench-queries');
  const names = await sampleNames(options.queries);
  const queries = makeQueries(names, options.queries, rng);
  const warm = makeQueries(names.slice().reverse(), options.warmup, new Rng('warm'));
  for (const { q } of warm) await searchOnce(q);
  const runs = [];
  for (let run = 0; run < options.runs; run++) {
    const times = [];
    let items = 0;
    let empty = 0;
    const slow = [];
    const byKind = {};
    for (const { q, kind } of queries) {
      const r = await searchOnce(q);
      times.push(r.elapsed);
      items += r.items;
      if (r.items === 0) empty += 1;
      slow.push([r.elapsed, q]);
      (byKind[kind] ??= []).push(r.elapsed);
    }
    const sorted = [...times].sort((a, b) => a - b);
    const summary = {
      p50: percentile(sorted, 50),
      p95: percentile(sorted, 95),
      p99: percentile(sorted, 99),
      max: sorted[sorted.length - 1],
      mean: times.reduce((a, b) => a + b, 0) / times.length,
      items: items / times.length,
      empty,
      slowest: slow.sort((a, b) => b[0] - a[0]).slice(0, 5),
      over50: times.filter((t) => t > 50).length,
      byKind: Object.entries(byKind).map(([kind, list]) => {
        const s = [...list].sort((a, b) => a - b);
        return `${kind} (${s.length}): p50 ${ms(percentile(s, 50))}, p95 ${ms(percentile(s, 95))}`;
      }),
    };
    console.log(
      `  search run ${run + 1}: p50 ${ms(summary.p50)}, p95 ${ms(summary.p95)}, p99 ${ms(summary.p99)}, max ${ms(summary.max)}, ` +
        `${summary.items.toFixed(1)} items/query, ${empty} empty`,
    );
    runs.push(summary);
  }
  const chosen = runs.find((r) => r.p95 === median(runs.map((x) => x.p95)));
  report('search', `p50 (${options.queries} name queries, median of ${runs.length} runs)`, ms(chosen.p50));
  report('search', 'p95', ms(chosen.p95), '< 50 ms');
  report('search', 'p99', ms(chosen.p99));
  report('search', 'mean / max', `${ms(chosen.mean)} / ${ms(chosen.max)}`);
  report('search', 'items per query (limit 20) / empty results', `${chosen.items.toFixed(1)} / ${chosen.empty}`);
  report('search', 'queries over 50 ms', `${chosen.over50} of ${options.queries}`);
  notes.push(
    `Slowest queries of the reported search run: ${chosen.slowest.map(([t, q]) => `"${q}" ${ms(t)}`).join(', ')}.`,
    `Search by kind of query: ${chosen.byKind.join('; ')}.`,
  );

  // Personal-ID lookups (exact 12 digits): a smaller extra figure.
  if (db) {
    const { rows } = await db.query(
      `SELECT personal_id FROM children WHERE province_code = $1 AND personal_id IS NOT NULL ORDER BY random() LIMIT 100`,
      [options.province],
    );
    if (rows.length) {
      const times = [];
      for (const r of rows) times.push((await searchOnce(r.personal_id)).elapsed);
      const sorted = times.sort((a, b) => a - b);
      report('search', `personal-ID lookups (${rows.length}) p50 / p95`, `${ms(percentile(sorted, 50))} / ${ms(percentile(sorted, 95))}`);
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Count: "n of N" under the list (GET /children/count), exact up to 10,000.

const COUNT_LIMIT = 10_000;

async function countOnce(query) {
  const path = `/children/count?${new URLSearchParams(query)}`;
  const t = performance.now();
  const res = await fetch(BASE_URL + path, { headers: { Authorization: `Bearer ${await token()}` } });
  const text = await res.text();
  const elapsed = performance.now() - t;
  if (!res.ok) throw new HttpError('GET', path, res.status, text);
  return { elapsed, ...JSON.parse(text) };
}

/** The same count in PostgreSQL alone: the province's records whose words start with the query's. */
async function countInPostgres(words, limit) {
  const conditions = words.map((_, i) => `strpos(name_search, $${i + 2}) > 0`);
  const sql = `SELECT count(*)::int AS n FROM (SELECT 1 FROM children
      WHERE province_code = $1 AND merged_into IS NULL ${conditions.map((c) => `AND ${c}`).join(' ')}
      ${limit ? `LIMIT ${limit + 1}` : ''}) s`;
  const t = performance.now();
  await db.query(sql, [options.province, ...words.map((w) => ` ${w}`)]);
  return performance.now() - t;
}

async function benchCount() {
  const n = Math.max(10, Math.round(options.queries / 10));
  const queries = makeQueries(await sampleNames(n), n, new Rng('bench-count'));
  const province = [];
  const named = [];
  const rawNamed = [];
  let capped = 0;
  for (let run = 0; run < options.runs; run++) {
    province.push((await countOnce({})).elapsed);
    const times = [];
    const raw = [];
    capped = 0;
    for (const { q } of queries) {
      const r = await countOnce({ q });
      times.push(r.elapsed);
      if (!r.exact) capped += 1;
      if (db) raw.push(await countInPostgres(normalizeName(q).split(' ').filter(Boolean), COUNT_LIMIT));
    }
    named.push(times.sort((a, b) => a - b));
    rawNamed.push(raw.sort((a, b) => a - b));
  }
  const p95s = named.map((t) => percentile(t, 95));
  const chosen = p95s.indexOf(median(p95s));
  report('count', `whole province, no filter (median of ${options.runs})`, ms(median(province)));
  report(
    'count',
    `${n} name queries: p50 / p95 (median run of ${options.runs}; ${capped} past 10,000)`,
    `${ms(percentile(named[chosen], 50))} / ${ms(percentile(named[chosen], 95))}`,
  );
  if (db) {
    const uncapped = [];
    const cappedRaw = [];
    for (let run = 0; run < options.runs; run++) {
      cappedRaw.push(await countInPostgres([], COUNT_LIMIT));
      uncapped.push(await countInPostgres([], 0));
    }
    report('count', 'PostgreSQL alone, whole province: up to 10,001 / every row', `${ms(median(cappedRaw))} / ${ms(median(uncapped))}`);
    report(
      'count',
      'PostgreSQL alone, the same name queries: p50 / p95',
      `${ms(percentile(rawNamed[chosen], 50))} / ${ms(percentile(rawNamed[chosen], 95))}`,
    );
  }
}

// ---------------------------------------------------------------------------------------------
// Import.

async function benchImport() {
  if (!(await hasRoute('/children/imports'))) {
    report('import', 'POST /children/imports', 'not available (404)');
    return;
  }
  const file = resolve(options.importFile);
  if (!existsSync(file)) {
    console.log(`  making ${file}`);
    const format = file.endsWith('.xlsx') ? 'xlsx' : 'csv';
    const made = spawnSync(
      process.execPath,
      [join(ROOT, 'bench/make-import-file.mjs'), '--rows', '100000', '--format', format, '--province', options.province, '--out', file],
      { stdio: 'inherit' },
    );
    if (made.status !== 0) throw new Error('make-import-file failed');
  }
  const type = file.endsWith('.xlsx')
    ? 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
    : 'text/csv';
  const size = statSync(file).size;
  for (let run = 0; run < options.importRuns; run++) {
    const form = new FormData();
    form.append('file', await openAsBlob(file, { type }), basename(file));
    if (options.importDryRun) form.append('dryRun', 'true');
    const rss = rssSampler();
    const t0 = performance.now();
    let res;
    try {
      res = await request('POST', '/children/imports', { token: await token(), form });
    } catch (error) {
      rss.stop();
      if (error.status === 404) {
        report('import', 'POST /children/imports', 'not available (404)');
        return;
      }
      throw error;
    }
    const accepted = performance.now() - t0;
    const uploadPeakMb = rss.peakMb();
    const id = res.body.id;
    let status;
    let polls = 0;
    for (;;) {
      await sleep(500);
      ({ body: status } = await request('GET', `/children/imports/${id}`, { token: await token() }));
      polls += 1;
      if (polls % 20 === 0) console.log(`  import ${id}: ${status.status} ${status.processed ?? '?'}/${status.total ?? '?'}`);
      if (status.status === 'done' || status.status === 'failed') break;
      if (performance.now() - t0 > 30 * 60_000) throw new Error('import did not finish in 30 minutes');
    }
    const seconds = (performance.now() - t0) / 1000;
    const memory = rss.stop();
    const label = options.importRuns > 1 ? ` (run ${run + 1})` : '';
    const total = status.total ?? 0;
    console.log(
      `  import run ${run + 1}: ${status.status} in ${seconds.toFixed(1)} s, total ${total}, created ${status.created}, ` +
        `updated ${status.updated}, unchanged ${status.unchanged ?? '-'}, rejected ${status.rejected}`,
    );
    report(
      'import',
      `rows/s${label} (${basename(file)}, ${(size / 1e6).toFixed(1)} MB${options.importDryRun ? ', dry run' : ''})`,
      `${Math.round(total / seconds).toLocaleString('en')} (${total.toLocaleString('en')} rows in ${seconds.toFixed(1)} s, status ${status.status}; 202 after ${(accepted / 1000).toFixed(2)} s)`,
      '> 5,000 rows/s',
    );
    report(
      'import',
      `created / updated / unchanged / rejected${label}`,
      `${status.created} / ${status.updated} / ${status.unchanged ?? '-'} / ${status.rejected}`,
    );
    report('import', `server RSS${label}`, `${rssText(memory)}${memory ? `; peak before the 202: ${uploadPeakMb.toFixed(0)} MB` : ''}`);
    if (status.startedAt && status.finishedAt) {
      const queued = (Date.parse(status.startedAt) - Date.parse(status.createdAt)) / 1000;
      const work = (Date.parse(status.finishedAt) - Date.parse(status.startedAt)) / 1000;
      report(
        'import',
        `phases${label}: POST→202 / queued / job`,
        `${(accepted / 1000).toFixed(1)} s / ${queued.toFixed(1)} s / ${work.toFixed(1)} s (job alone ${Math.round(total / work).toLocaleString('en')} rows/s)`,
      );
    }
    if (status.status === 'failed') notes.push(`Import ${id} failed: ${JSON.stringify(status.failure ?? status.error ?? status).slice(0, 400)}`);
    if (status.errors?.length) {
      const kinds = {};
      for (const e of status.errors) kinds[`${e.field}: ${e.message}`] = (kinds[`${e.field}: ${e.message}`] ?? 0) + 1;
      const top = Object.entries(kinds).sort((a, b) => b[1] - a[1]).slice(0, 6);
      notes.push(`Import rejections (first ${status.errors.length} errors returned): ${top.map(([k, v]) => `${v}× ${k}`).join('; ')}.`);
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Export.

/** The age/sex filter whose row count in the province is nearest the target. */
async function exportFilter() {
  if (!db) return { query: 'sex=female&ageFrom=0&ageTo=6', expected: null };
  const today = age.todayInVietnam();
  const mergedColumn = (
    await db.query(
      `SELECT 1 FROM information_schema.columns WHERE table_name = 'children' AND column_name = 'merged_into'`,
    )
  ).rowCount;
  let best = null;
  for (const sex of [null, 'male', 'female']) {
    for (let ageTo = 0; ageTo <= 17; ageTo++) {
      const { rows } = await db.query(
        `SELECT count(*)::int AS n FROM children WHERE province_code = $1 AND date_of_birth >= $2
           ${sex ? 'AND sex = $3' : ''} ${mergedColumn ? 'AND merged_into IS NULL' : ''}`,
        sex ? [options.province, age.bornAtLeast(today, ageTo), sex] : [options.province, age.bornAtLeast(today, ageTo)],
      );
      const n = rows[0].n;
      if (!best || Math.abs(n - options.exportTarget) < Math.abs(best.expected - options.exportTarget)) {
        best = { query: `${sex ? `sex=${sex}&` : ''}ageFrom=0&ageTo=${ageTo}`, expected: n };
      }
    }
  }
  return best;
}

async function countXlsxRows(file) {
  let ExcelJS;
  try {
    ExcelJS = (await import('exceljs')).default;
  } catch {
    return null; // exceljs absent: bytes only
  }
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(file, {
    worksheets: 'emit',
    sharedStrings: 'cache',
    styles: 'ignore',
    hyperlinks: 'ignore',
    entries: 'ignore',
  });
  let rows = 0;
  for await (const sheet of reader) {
    for await (const _row of sheet) rows += 1;
    break;
  }
  return Math.max(0, rows - 1); // the header row
}

async function benchExport() {
  if (!(await hasRoute('/children/export'))) {
    report('export', 'GET /children/export', 'not available (404)');
    return;
  }
  const filter = await exportFilter();
  const path = `/children/export?provinceCode=${options.province}&${filter.query}`;
  console.log(`  export filter ${filter.query} (expected ${filter.expected ?? '?'} rows)`);
  const runs = [];
  for (let run = 0; run < options.runs; run++) {
    const file = join(OUT, `export-run${run + 1}.xlsx`);
    const rss = rssSampler();
    const t0 = performance.now();
    const res = await request('GET', path, { token: await token(), raw: true });
    if (res.status === 404) {
      rss.stop();
      report('export', 'GET /children/export', 'not available (404)');
      return;
    }
    if (!res.ok) {
      rss.stop();
      throw new HttpError('GET', path, res.status, await res.text());
    }
    const ttfb = performance.now() - t0;
    await pipeline(Readable.fromWeb(res.body), createWriteStream(file));
    const seconds = (performance.now() - t0) / 1000;
    const memory = rss.stop();
    const bytes = statSync(file).size;
    const rows = await countXlsxRows(file);
    console.log(
      `  export run ${run + 1}: ${seconds.toFixed(1)} s (first byte ${(ttfb / 1000).toFixed(2)} s), ${(bytes / 1e6).toFixed(1)} MB, ` +
        `${rows ?? '?'} rows, RSS ${rssText(memory)}`,
    );
    runs.push({ seconds, ttfb, bytes, rows, memory, contentType: res.headers.get('content-type') });
  }
  const chosen = runs.find((r) => r.seconds === median(runs.map((x) => x.seconds)));
  report(
    'export',
    `seconds (${filter.query}, median of ${runs.length})`,
    `${chosen.seconds.toFixed(1)} s (first byte ${(chosen.ttfb / 1000).toFixed(2)} s)`,
    '< 30 s',
  );
  report(
    'export',
    'rows in file / size',
    `${chosen.rows ?? 'n/a (no exceljs)'}${filter.expected !== null ? ` (expected ${filter.expected})` : ''} / ${(chosen.bytes / 1e6).toFixed(1)} MB`,
  );
  report('export', 'server RSS before → peak', rssText(chosen.memory), 'flat');

  // A client on a slow line: the server must wait for it, not hold the file in memory.
  const rate = options.slowClient * 1e6;
  const rss = rssSampler();
  const t0 = performance.now();
  const res = await request('GET', path, { token: await token(), raw: true });
  if (!res.ok) {
    rss.stop();
    throw new HttpError('GET', path, res.status, await res.text());
  }
  let read = 0;
  const throttle = new Transform({
    async transform(chunk, _encoding, done) {
      read += chunk.length;
      const due = t0 + (read / rate) * 1000;
      if (due > performance.now()) await sleep(due - performance.now());
      done(null, chunk);
    },
  });
  await pipeline(Readable.fromWeb(res.body), throttle, createWriteStream(join(OUT, 'export-slow.xlsx')));
  const slow = rss.stop();
  console.log(`  export read at ${rate / 1e6} MB/s: ${((performance.now() - t0) / 1000).toFixed(1)} s, RSS ${rssText(slow)}`);
  report('export', `server RSS before → peak, client reading ${rate / 1e6} MB/s`, rssText(slow), 'flat');
  if (!/spreadsheetml/.test(chosen.contentType ?? '')) notes.push(`Export Content-Type was ${chosen.contentType}.`);
}

// ---------------------------------------------------------------------------------------------
// Duplicates.

async function largestCommune() {
  if (options.commune) return options.commune;
  if (db) {
    const { rows } = await db.query(
      `SELECT commune_code FROM children WHERE province_code = $1 GROUP BY 1 ORDER BY count(*) DESC LIMIT 1`,
      [options.province],
    );
    if (rows[0]) return rows[0].commune_code;
  }
  const fromSummary = summary?.largestCommunes?.[0] ?? null;
  if (fromSummary) return fromSummary.code;
  throw new Error('no commune: pass --commune or DATABASE_URL');
}

/**
 * The server goes on with a request the client gave up on: cancel the benchmark database's
 * long-running duplicate search so it does not weigh on what follows.
 */
async function cancelAbandoned() {
  if (!db) {
    notes.push('The abandoned duplicates query may still run in PostgreSQL (no DATABASE_URL to cancel it).');
    return;
  }
  const { rows } = await db.query(
    `SELECT pid, round(extract(epoch FROM now() - query_start)) AS seconds, pg_cancel_backend(pid) AS cancelled
       FROM pg_stat_activity
      WHERE datname = current_database() AND pid <> pg_backend_pid() AND state = 'active'
        AND query ILIKE '%similarity(%' AND query_start < now() - make_interval(secs => $1)`,
    [options.timeout - 5],
  );
  if (rows.length) {
    const text = `Cancelled ${rows.length} abandoned duplicates quer${rows.length > 1 ? 'ies' : 'y'} still running in PostgreSQL after ${rows.map((r) => `${r.seconds} s`).join(', ')} (pg_cancel_backend).`;
    console.log(`  ${text}`);
    notes.push(text);
  }
}

async function benchDuplicates() {
  if (!(await hasRoute('/children/duplicates'))) {
    report('duplicates', 'GET /children/duplicates', 'not available (404)');
    return;
  }
  const commune = await largestCommune();
  let children = null;
  if (db) children = (await db.query('SELECT count(*)::int AS n FROM children WHERE commune_code = $1', [commune])).rows[0].n;
  const path = `/children/duplicates?communeCode=${commune}&limit=200`;
  const runs = [];
  for (let run = 0; run < options.runs; run++) {
    const t0 = performance.now();
    let res;
    try {
      res = await request('GET', path, { token: await token(), timeoutMs: options.timeout * 1000 });
    } catch (error) {
      if (error.status === 404) {
        report('duplicates', 'GET /children/duplicates', 'not available (404)');
        return;
      }
      if (error.timedOut) {
        console.log(`  duplicates run ${run + 1}: ${error.message}`);
        report(
          'duplicates',
          `seconds (commune ${commune}${children !== null ? `, ${children.toLocaleString('en')} children` : ''}, limit 200)`,
          `no answer within ${options.timeout} s (client gave up)`,
          '< 10 s',
        );
        await cancelAbandoned();
        return;
      }
      throw error;
    }
    const seconds = (performance.now() - t0) / 1000;
    const pairs = Array.isArray(res.body) ? res.body.length : (res.body.items?.length ?? 0);
    console.log(`  duplicates run ${run + 1}: ${seconds.toFixed(2)} s, ${pairs} pairs`);
    runs.push({ seconds, pairs, next: res.body?.nextCursor ?? null });
  }
  const chosen = runs.find((r) => r.seconds === median(runs.map((x) => x.seconds)));
  report(
    'duplicates',
    `seconds (commune ${commune}${children !== null ? `, ${children.toLocaleString('en')} children` : ''}, limit 200, median of ${runs.length})`,
    `${chosen.seconds.toFixed(2)} s`,
    '< 10 s',
  );
  report('duplicates', 'pairs returned', `${chosen.pairs}${chosen.next ? ' (more pages)' : ''}`);
}

// ---------------------------------------------------------------------------------------------
// Reports (issue 7): indicators and the dashboard, for the province and the whole country.

const COUNTRY = 'bench.national';

/** Times `count` calls of a request (after one warm-up) and returns the sorted durations (ms). */
async function timed(count, call) {
  await call();
  const durations = [];
  for (let i = 0; i < count; i++) {
    const t0 = performance.now();
    await call();
    durations.push(performance.now() - t0);
  }
  return durations.sort((a, b) => a - b);
}

async function benchReports() {
  if (!(await hasRoute('/reports/dashboard'))) {
    report('reports', 'error', 'not available (404)');
    return;
  }
  if (!db) throw new Error('the reports section needs DATABASE_URL');
  // The country: a statistician of a national body (a ministry) over every province.
  const { body: provinces } = await request('GET', '/areas/provinces', { token: await token() });
  await ensureAccount(
    COUNTRY,
    'statistician',
    provinces.items.map((p) => p.code),
    { national: true },
  );
  const year = new Date().getFullYear();
  const last = year - 1;

  // A year never computed is computed by the first request for it: the refresh, through HTTP.
  const fresh =
    (await db.query(`SELECT 1 FROM report_refreshes WHERE year = $1 AND term = 'annual'`, [last])).rowCount === 0;
  const t0 = performance.now();
  await request('GET', `/reports/indicators?year=${last}`, { token: await token(COUNTRY) });
  const first = performance.now() - t0;
  report('reports', `first indicators of ${last}, country${fresh ? ' (computes the year)' : ''}`, ms(first));
  const { rows: refreshes } = await db.query('SELECT year, term, duration_ms FROM report_refreshes ORDER BY year, term');
  for (const row of refreshes) {
    report('reports', `refresh of ${row.year}, ${row.term} (in the database)`, `${row.duration_ms} ms`);
  }

  const cases = [
    ['indicators, province', OFFICER, `/reports/indicators?provinceCode=${options.province}`],
    ['dashboard, province', OFFICER, `/reports/dashboard?provinceCode=${options.province}`],
    ['indicators, country', COUNTRY, '/reports/indicators'],
    ['dashboard, country', COUNTRY, '/reports/dashboard'],
    ['indicators .xlsx, province', OFFICER, `/reports/indicators?provinceCode=${options.province}&format=xlsx`],
  ];
  for (const [name, user, path] of cases) {
    const medians = [];
    const p95s = [];
    for (let run = 0; run < options.runs; run++) {
      const bearer = await token(user);
      const durations = await timed(20, async () => {
        const res = await request('GET', path, { token: bearer, raw: true });
        if (!res.ok) throw new HttpError('GET', path, res.status, await res.text());
        await res.arrayBuffer();
      });
      medians.push(percentile(durations, 50));
      p95s.push(percentile(durations, 95));
    }
    report('reports', `${name}: p50 / p95 (median of ${options.runs} runs of 20)`, `${ms(median(medians))} / ${ms(median(p95s))}`, name.startsWith('dashboard') ? '< 500 ms' : '');
  }
  {
    const { rows } = await db.query(
      `SELECT (SELECT count(*) FROM cases)::int AS cases,
              (SELECT count(*) FROM report_child_cells WHERE year = $1 AND term = 'annual')::int AS child_cells,
              (SELECT count(*) FROM report_abuse_cells WHERE year = $1 AND term = 'annual')::int AS abuse_cells`,
      [year],
    );
    notes.push(
      `reports: ${rows[0].cases.toLocaleString('en')} cases; this year's precomputed cells: ` +
        `${rows[0].child_cells.toLocaleString('en')} children, ${rows[0].abuse_cells.toLocaleString('en')} abuse.`,
    );
  }
}

// ---------------------------------------------------------------------------------------------
// Machine facts and the report.

function machine() {
  const cpu = cpus();
  let memTotal = totalmem();
  try {
    memTotal = Number(/MemTotal:\s+(\d+)/.exec(readFileSync('/proc/meminfo', 'utf8'))[1]) * 1024;
  } catch {
    // not Linux
  }
  return {
    cpu: cpu[0]?.model?.trim() ?? 'unknown',
    cores: cpu.length,
    ramGiB: (memTotal / 2 ** 30).toFixed(1),
    node: process.version,
  };
}

async function main() {
  const started = new Date();
  console.log(`Benchmark of ${BASE_URL} (${[...sections].join(', ')})`);
  const health = await fetch(`${ORIGIN}/health`).catch(() => null);
  if (!health?.ok) throw new Error(`no server at ${ORIGIN} (GET /health failed)`);
  await ensureAccount(OFFICER, 'commune_officer', OFFICER_AREAS);

  const plan = {
    search: benchSearch,
    count: benchCount,
    import: benchImport,
    export: benchExport,
    duplicates: benchDuplicates,
    reports: benchReports,
    load: benchLoad,
  };
  for (const [name, fn] of Object.entries(plan)) {
    if (!sections.has(name)) continue;
    console.log(`— ${name}`);
    try {
      await fn();
    } catch (error) {
      const hint = error.status === 429 ? ' (rate limited: start the server with RATE_LIMIT_PER_MINUTE=100000)' : '';
      console.error(`  ${name} failed: ${error.message}${hint}`);
      report(name, 'error', `${error.message.replace(/\|/g, '\\|').replace(/\n/g, ' ').slice(0, 300)}${hint}`);
    }
  }

  const m = machine();
  let pgVersion = 'unknown';
  let rowCount = summary?.totalChildren ?? null;
  if (db) {
    pgVersion = (await db.query('SHOW server_version')).rows[0].server_version;
    rowCount = Number((await db.query('SELECT count(*) FROM children')).rows[0].count);
  }
  const table = [
    '| section | metric | result | target |',
    '| --- | --- | --- | --- |',
    ...results.map((r) => `| ${r.join(' | ')} |`),
  ].join('\n');
  const facts =
    `Machine: ${m.cpu}, ${m.cores} cores, ${m.ramGiB} GiB RAM; Node ${m.node}; PostgreSQL ${pgVersion}; ` +
    `children in the database: ${rowCount?.toLocaleString('en') ?? 'unknown'}; server ${BASE_URL}${SERVER_PID ? ` (pid ${SERVER_PID})` : ''}.`;
  const text =
    `\n## ${started.toISOString()}${options.label ? ` — ${options.label}` : ''}\n\n${facts}\n\n${table}\n` +
    (notes.length ? `\n${notes.map((n) => `- ${n}`).join('\n')}\n` : '');
  console.log(text);
  if (!options.noWrite) {
    const file = join(ROOT, 'bench/RESULTS.md');
    if (!existsSync(file)) {
      appendFileSync(
        file,
        '# Child registry benchmark results\n\nAppended by `node bench/children.bench.mjs` (see bench/README.md). Newest last.\n',
      );
    }
    appendFileSync(file, text);
    console.log(`Appended to ${file}`);
  }
}

try {
  await main();
} finally {
  agent.destroy();
  await db?.end();
}
