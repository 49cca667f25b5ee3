// How long reading one spreadsheet row into an API body takes (`rowToBody`, the import's first
// step), by how the row names the child's ethnicity: by code, or by a name early or late in the
// real list. Needs `npm run build`; pass another checkout's folder to time its build instead.
//
//   node bench/sheet-rows.bench.mjs [checkout folder, default this one]
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const checkout = resolve(process.argv[2] ?? ROOT);
const ROWS = 20_000;
const PASSES = 5;

await import('reflect-metadata');
const { rowToBody } = await import(
  pathToFileURL(join(checkout, 'dist/children/child-sheet.js')).href
);
const lists = JSON.parse(
  readFileSync(join(ROOT, 'src/database/reference-data/code-lists.json'), 'utf8'),
);
const items = lists.ethnicities.items ?? lists.ethnicities;
const reference = {
  ethnicities: new Map(
    items.map((i) => [i.code, { code: i.code, name: i.name, attributes: i.attributes ?? {} }]),
  ),
  specialCircumstances: new Map(),
  riskFactors: new Map(),
  schoolStatuses: new Map(),
};

const row = (ethnicityCode) => ({
  fullName: 'Nguyễn Văn An',
  dateOfBirth: '01/02/2015',
  sex: 'Nam',
  ethnicityCode,
  provinceCode: '01',
  communeCode: '00004',
});
const forms = ['01', items[0].name, 'Mông', items[items.length - 1].name];
// Warm up: every form read first, so the timed rows run compiled code.
for (const ethnicity of forms) for (let i = 0; i < ROWS; i++) rowToBody(row(ethnicity), reference);

console.log(
  `rowToBody of ${checkout}: the median of ${PASSES} passes of ${ROWS.toLocaleString('en')} rows`,
);
for (const ethnicity of forms) {
  const cells = row(ethnicity);
  const passes = Array.from({ length: PASSES }, () => {
    const start = process.hrtime.bigint();
    for (let i = 0; i < ROWS; i++) rowToBody(cells, reference);
    return Number(process.hrtime.bigint() - start) / ROWS / 1000;
  }).sort((a, b) => a - b);
  const micros = passes[Math.floor(PASSES / 2)];
  const read = rowToBody(cells, reference).body.ethnicityCode;
  console.log(`  ethnicity "${ethnicity}" (read as ${read}): ${micros.toFixed(1)} µs a row`);
}
