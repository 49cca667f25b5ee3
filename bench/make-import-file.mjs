#!/usr/bin/env node
// An import spreadsheet of new children, with the template's Vietnamese headers, for the import
// benchmark (POST /api/v1/children/imports).
//
//   node bench/make-import-file.mjs --rows 100000 --format csv --out bench/out/import-100k.csv
//
// Options (defaults in brackets):
//   --rows N          data rows [100000]
//   --format F        csv | xlsx [csv]; xlsx needs exceljs (it is a dependency of the app)
//   --out PATH        output file [bench/out/import-<rows/1000>k.<format>]
//   --province CODE   province of every row [01]
//   --seed S          random seed [bvte-import]
//   --bad P           share of deliberately bad rows [0.02]: an unknown commune code, a personal
//                     ID that disagrees with the sex, an empty name, a date of birth in the future
//   --skew X          Zipf exponent of commune sizes [0.4]
//   --date-cells      xlsx only: dates as date cells instead of dd/mm/yyyy text
//
// The columns, in order, are SHEET_COLUMNS of dist/children/sheet-columns.js (every one but the
// export-only id). Communes and code lists come from the build's reference data, so no database is
// needed. Personal IDs are drawn from serial numbers 800000-999999, which generate-children.mjs never
// uses: the rows are new children, not already in a generated database. When DATABASE_URL is set,
// the IDs of that range already there (earlier imports of other files) are avoided as well.

import { createWriteStream, mkdirSync } from 'node:fs';
import { once } from 'node:events';
import { dirname, join, resolve } from 'node:path';
import {
  ChildFactory,
  communeWeights,
  DIST,
  loadCodeLists,
  loadCommunes,
  parseArgs,
  PersonalIds,
  ROOT,
  Rng,
  todayInVietnam,
} from './lib/synth.mjs';

// ---- xlsx switch: exceljs is a dependency of the app; without it only csv can be written. ----
let ExcelJS = null;
try {
  ExcelJS = (await import('exceljs')).default;
} catch {
  ExcelJS = null;
}

const options = parseArgs(process.argv.slice(2), {
  rows: 100_000,
  format: 'csv',
  out: '',
  province: '01',
  seed: 'bvte-import',
  bad: 0.02,
  skew: 0.4,
  dateCells: false,
});
if (!['csv', 'xlsx'].includes(options.format)) throw new Error('--format is csv or xlsx');
if (options.format === 'xlsx' && !ExcelJS) {
  console.error('exceljs is not installed: use --format csv (or npm ci)');
  process.exit(2);
}
const out = resolve(
  options.out || join(ROOT, 'bench/out', `import-${Math.round(options.rows / 1000)}k.${options.format}`),
);
mkdirSync(dirname(out), { recursive: true });

const { SHEET_COLUMNS } = await import(join(DIST, 'children/sheet-columns.js'));
const columns = SHEET_COLUMNS.filter((c) => !c.exportOnly);

const reference = loadCodeLists();
const province = loadCommunes().get(options.province);
if (!province) throw new Error(`no province ${options.province} in the reference data`);
const ethnicityNames = new Map(reference.ethnicities.map((e) => [e.code, e.name]));

// With DATABASE_URL, personal IDs already in that database (earlier imports) are avoided too:
// otherwise two files made with different seeds share some IDs, and the second import counts
// those rows as updates of the first one's children.
const taken = new Set();
if (process.env.DATABASE_URL) {
  const pg = (await import('pg')).default;
  const db = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await db.connect();
  const { rows } = await db.query(
    `SELECT personal_id FROM children WHERE personal_id IS NOT NULL AND substring(personal_id, 7, 1) IN ('8', '9')`,
  );
  for (const r of rows) taken.add(r.personal_id);
  await db.end();
  console.log(`Avoiding ${taken.size.toLocaleString('en')} personal IDs of that range already in the database`);
}

const rng = new Rng(options.seed);
const today = todayInVietnam();
const factory = new ChildFactory({
  rng,
  reference,
  today,
  personalIds: new PersonalIds(rng, { from: 800_000, size: 200_000, taken }),
});
const communes = communeWeights(province.communes, rng, options.skew);

const SEX = { male: 'Nam', female: 'Nữ', unknown: 'Không rõ' };
const dmy = (iso) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

/** A child as the cells of a row, keyed by SHEET_COLUMNS keys; `bad` names the deliberate problem. */
function row(child, bad) {
  const caregiver = (relation) => child.caregivers.find((c) => c.relation === relation);
  const cells = {
    fullName: child.fullName,
    dateOfBirth:
      child.dobPrecision === 'year'
        ? child.dateOfBirth.slice(0, 4)
        : options.dateCells && options.format === 'xlsx'
          ? new Date(`${child.dateOfBirth}T00:00:00Z`)
          : dmy(child.dateOfBirth),
    dobPrecision: child.dobPrecision === 'estimated' ? 'ước tính' : '',
    sex: SEX[child.sex],
    // Mostly the code, sometimes the name the way an officer writes it.
    ethnicityCode: child.ethnicityCode
      ? rng.chance(0.7)
        ? child.ethnicityCode
        : ethnicityNames.get(child.ethnicityCode)
      : '',
    personalId: child.personalId ?? '',
    provinceCode: child.provinceCode,
    communeCode: child.communeCode,
    village: child.village ?? '',
    address: child.address ?? '',
    motherName: caregiver('mother')?.fullName ?? '',
    motherPersonalId: '',
    motherPhone: caregiver('mother')?.phone ?? '',
    fatherName: caregiver('father')?.fullName ?? '',
    fatherPersonalId: '',
    fatherPhone: caregiver('father')?.phone ?? '',
    guardianName: caregiver('guardian')?.fullName ?? '',
    guardianPersonalId: '',
    guardianPhone: caregiver('guardian')?.phone ?? '',
    specialCircumstances: child.specialCircumstances.map((c) => c.subCode ?? c.code).join('; '),
    riskFactors: child.riskFactors.map((r) => r.code).join('; '),
    schoolStatus: child.schoolStatus ?? '',
    disability: child.disability ?? '',
    notes: bad ? `[BENCH] import, lỗi cố ý: ${bad}` : '[BENCH] import',
  };
  if (bad === 'unknown-commune') cells.communeCode = '99999';
  else if (bad === 'personal-id-sex') {
    // The century/sex digit of the other sex.
    const id = child.personalId ?? factory.personalIds.next(child.provinceCode, child.dateOfBirth, child.sex);
    const digit = Number(id[3]);
    cells.personalId = id.slice(0, 3) + String(digit % 2 === 0 ? digit + 1 : digit - 1) + id.slice(4);
  } else if (bad === 'empty-name') cells.fullName = '';
  else if (bad === 'future-date') {
    const future = new Date(Date.parse(`${today}T00:00:00Z`) + rng.between(30, 400) * 86_400_000);
    cells.dateOfBirth = dmy(future.toISOString().slice(0, 10));
    cells.dobPrecision = '';
    cells.personalId = '';
  }
  return cells;
}

const BAD_KINDS = ['unknown-commune', 'personal-id-sex', 'empty-name', 'future-date'];
const badCount = {};
function* rows() {
  for (let i = 0; i < options.rows; i++) {
    const commune = communes.pick(rng);
    let child = factory.child(commune, province.fullName);
    let bad = null;
    if (rng.chance(options.bad)) {
      bad = BAD_KINDS[i % BAD_KINDS.length];
      if (bad === 'personal-id-sex' && child.sex === 'unknown') child = { ...child, sex: 'male' };
      badCount[bad] = (badCount[bad] ?? 0) + 1;
    }
    yield row(child, bad);
  }
}

const started = Date.now();
if (options.format === 'csv') {
  const quote = (v) => {
    const s = v === null || v === undefined ? '' : String(v);
    return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  const stream = createWriteStream(out);
  // A BOM, like Excel's "CSV UTF-8", so the file opens right in a spreadsheet too.
  stream.write('\uFEFF' + columns.map((c) => quote(c.header)).join(',') + '\r\n');
  let chunk = [];
  for (const cells of rows()) {
    chunk.push(columns.map((c) => quote(cells[c.key])).join(','));
    if (chunk.length === 1000) {
      if (!stream.write(chunk.join('\r\n') + '\r\n')) await once(stream, 'drain');
      chunk = [];
    }
  }
  if (chunk.length) stream.write(chunk.join('\r\n') + '\r\n');
  stream.end();
  await once(stream, 'finish');
} else {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    filename: out,
    useStyles: false,
    useSharedStrings: false,
  });
  const sheet = workbook.addWorksheet('Trẻ em');
  sheet.columns = columns.map((c) => ({ header: c.header, key: c.key, width: c.width }));
  for (const cells of rows()) {
    const values = Object.fromEntries(columns.map((c) => [c.key, cells[c.key] === '' ? null : cells[c.key]]));
    sheet.addRow(values).commit();
  }
  sheet.commit();
  await workbook.commit();
}

const bad = Object.values(badCount).reduce((a, b) => a + b, 0);
console.log(
  `Wrote ${out}: ${options.rows.toLocaleString('en')} rows in province ${options.province}, ` +
    `${bad} deliberately bad (${Object.entries(badCount).map(([k, v]) => `${k} ${v}`).join(', ')}), ` +
    `${((Date.now() - started) / 1000).toFixed(1)} s`,
);
