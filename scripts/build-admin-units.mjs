#!/usr/bin/env node
/**
 * build-admin-units.mjs: dev script that generates the committed Vietnamese
 * administrative-unit reference data in src/database/reference-data/.
 *
 * Usage (from the repo root):
 *   node scripts/build-admin-units.mjs ../shared/data/admin-units
 * The argument is the folder holding the source files. It is resolved against
 * the current directory. Without it the script uses ../shared/data/admin-units
 * relative to the repo root.
 *
 * Inputs (the thanglequoc/vietnamese-provinces-database dataset, MIT):
 *   vn-units-2025.json                 34 provinces, 3,321 commune-level units (from 01/07/2025)
 *   vn-units-2024-before-merger.json   63 provinces, 696 districts, 10,035 communes (until 30/06/2025)
 *   merger-2025-before-after.sql       for each new unit, its name and the old units it was formed from
 *                                      as Vietnamese free text (column `truocsapnhap`)
 *   LICENSE                            MIT licence of the dataset
 *
 * Outputs (src/database/reference-data/):
 *   admin-units-2025.json              [{code,name,fullName,nameEn,unitType,communes:[{code,name,fullName,nameEn,unitType}]}]
 *   admin-units-2024.json              [{code,fullName,districts:[{code,fullName,communes:[{code,fullName}]}]}]
 *   admin-crosswalk-2025.json          [{oldCode,oldProvinceCode,newCodes,ambiguous[,unmapped]}], one row per old commune
 *   admin-province-crosswalk-2025.json [{oldCode,newCode}], one row per old province
 *   ADMIN-UNITS-LICENSE                the dataset's MIT licence with a header naming the source
 *
 * Crosswalk method: each new unit's free text is split into mentions of old units ("Phường A,
 * Phường B (quận X) (phần còn lại sau khi sáp nhập vào phường Y)"). A mention is matched by name
 * (NFC, lower case, unit-type prefix stripped, Đ variants, tone-mark placement, hyphens, apostrophes,
 * "NT" = "Nông trường", Roman numerals) against the old communes of the old provinces that formed the
 * new province, first ignoring diacritics, then (when nothing matches exactly) by near-miss spelling
 * (s/x, ch/tr, c/k, i/y, one or two edits). Same-named candidates are scored: district named in
 * brackets (hard filter), the district of the other old units listed with it, exact spelling, unit
 * type, code kept by the new unit, not already taken by another mention. "giữ nguyên" maps the
 * same-named old commune. An old commune named under several new units, or marked "phần còn lại" /
 * "một phần", is a split: every candidate new code is listed (including the units named after "sáp
 * nhập vào") and `ambiguous` is true. An old commune found nowhere gets `newCodes: []`,
 * `ambiguous: false`, `unmapped: true`. The script prints the mapping statistics, every near-miss
 * match and every mention it could not resolve; set DEBUG_CODES=00001,00004 to print the candidate
 * scores of the mentions that could denote those old codes.
 * It stops without writing if the unit counts differ from 34 / 3,321 and 63 / 696 / 10,035.
 * Uses Node 20 built-ins only. Run it again after the source data changes and commit the output.
 */
import { readFileSync, writeFileSync, mkdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const srcDir = process.argv[2]
  ? path.resolve(process.argv[2])
  : path.resolve(repoRoot, '../shared/data/admin-units');
const outDir = path.join(repoRoot, 'src/database/reference-data');

const readJson = (f) => JSON.parse(readFileSync(path.join(srcDir, f), 'utf8'));
const units2025 = readJson('vn-units-2025.json');
const units2024 = readJson('vn-units-2024-before-merger.json');
const mergerSql = readFileSync(path.join(srcDir, 'merger-2025-before-after.sql'), 'utf8');
const licence = readFileSync(path.join(srcDir, 'LICENSE'), 'utf8');

// ---------------------------------------------------------------------------
// Name normalisation
// ---------------------------------------------------------------------------
const TONES = /[\u0300\u0301\u0303\u0309\u0323]/g;

/** Canonical key: NFC, lower case, Đ variants unified, hyphens/apostrophes removed,
 *  tone marks moved to the end of each syllable (so "Hòa" == "Hoà", "Thụy" == "Thuỵ"),
 *  leading zeros of numbers dropped ("Phường 01" == "Phường 1"). */
function nameKey(s) {
  let t = String(s).normalize('NFC').replace(/\u00D0/g, 'Đ').replace(/\u00F0/g, 'đ').toLowerCase();
  t = t.replace(/[\u2010-\u2015\u2212-]/g, ' ').replace(/['’ʼ`‘]/g, '').replace(/\./g, ' ');
  t = t.replace(/\s+/g, ' ').trim();
  t = t
    .split(' ')
    .map((w) => {
      const d = w.normalize('NFD');
      const tones = d.match(TONES) || [];
      return d.replace(TONES, '') + tones.join('');
    })
    .join(' ');
  return t.replace(/(^|\s)0+(\d)/g, '$1$2');
}
/** Looser key: no diacritics at all, đ -> d, no spaces ("Đăk Hring" == "Đắk Hring" == "Dakhring"). */
function looseKey(s) {
  return nameKey(s).normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/\s+/g, '');
}

/** Phonetic key for near-miss spellings of minority-language names: s/x, ch/tr, c/k, i/y unified. */
function phoneticKey(s) {
  return looseKey(s).replace(/tr/g, 'ch').replace(/x/g, 's').replace(/k/g, 'c').replace(/y/g, 'i');
}
function levenshtein(a, b) {
  const dp = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = dp[0];
    dp[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = dp[j];
      dp[j] = Math.min(dp[j] + 1, dp[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return dp[b.length];
}

const UNIT_PREFIX =
  /^(các\s+)?(thủ đô|thành phố|tỉnh|quận|huyện|thị xã|thị trấn|phường|xã|đặc khu|tp\.|tp(?=\s)|tx\.|tx(?=\s)|tt\.|tt(?=\s))\s*/i;
const PREFIX_TYPE = {
  'thị trấn': 'tt', 'tt': 'tt', 'tt.': 'tt', 'phường': 'p', 'xã': 'x', 'đặc khu': 'dk',
  'huyện': 'district', 'quận': 'district', 'thị xã': 'district', 'tx': 'district', 'tx.': 'district',
  'thành phố': 'city', 'tp': 'city', 'tp.': 'city', 'tỉnh': 'province', 'thủ đô': 'province',
};
const ROMAN = { I: 1, II: 2, III: 3, IV: 4, V: 5, VI: 6, VII: 7, VIII: 8, IX: 9, X: 10 };
/** Spelling clean-ups applied to every unit name before keying. */
function cleanName(name) {
  let n = name.trim();
  n = n.replace(/^N\.?\s*T\.?\s+/i, 'Nông trường '); // "Thị trấn NT Liên Sơn", "N.T Phong Hải"
  n = n.replace(/(^|\s)(I|II|III|IV|V|VI|VII|VIII|IX|X)$/, (_, sp, r) => sp + ROMAN[r]); // "Phường IV", "Hòa Tú II"
  return n;
}
/** Split "Phường Phúc Xá" into {type: 'p', name: 'Phúc Xá'}. */
function splitPrefix(raw) {
  const s = String(raw).normalize('NFC').trim();
  if (/^tp\.?\s*hcm$/i.test(s)) return { type: 'city', name: 'Hồ Chí Minh', plural: false }; // "TPHCM"
  const m = s.match(UNIT_PREFIX);
  if (!m) return { type: null, name: cleanName(s), plural: false };
  let name = s.slice(m[0].length).trim();
  // doubled prefix in the source data: "Phường Phường Đúc"
  const again = name.match(/^(phường|xã|thị trấn)\s+/i);
  if (again && again[1].toLowerCase() === m[2].toLowerCase()) name = name.slice(again[0].length);
  return { type: PREFIX_TYPE[m[2].toLowerCase()] ?? null, name: cleanName(name), plural: Boolean(m[1]) };
}
const stripPrefix = (s) => splitPrefix(s).name;

// ---------------------------------------------------------------------------
// 1. New (2025) units
// ---------------------------------------------------------------------------
const byCode = (a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);
const newProvinces = units2025
  .map((p) => ({
    code: p.Code,
    name: p.Name,
    fullName: p.FullName,
    nameEn: p.NameEn,
    unitType: p.AdministrativeUnitShortName,
    communes: (p.Wards || [])
      .map((w) => ({
        code: w.Code,
        name: w.Name,
        fullName: w.FullName,
        nameEn: w.NameEn,
        unitType: w.AdministrativeUnitShortName,
      }))
      .sort(byCode),
  }))
  .sort(byCode);

// ---------------------------------------------------------------------------
// 2. Old (2024) units
// ---------------------------------------------------------------------------
const oldProvinces = units2024
  .map((p) => ({
    code: p.Code,
    fullName: p.FullName,
    districts: (p.District || [])
      .map((d) => ({
        code: d.Code,
        fullName: d.FullName,
        communes: (d.Ward || []).map((w) => ({ code: w.Code, fullName: w.FullName })).sort(byCode),
      }))
      .sort(byCode),
  }))
  .sort(byCode);

/** Flat list of old communes with matching keys. */
const oldCommunes = [];
const oldDistricts = [];
for (const p of oldProvinces) {
  for (const d of p.districts) {
    const dName = stripPrefix(d.fullName);
    const dist = { code: d.code, provinceCode: p.code, fullName: d.fullName, key: nameKey(dName), loose: looseKey(dName), communes: [] };
    oldDistricts.push(dist);
    for (const c of d.communes) {
      const { type, name } = splitPrefix(c.fullName);
      const rec = {
        code: c.code, fullName: c.fullName, type, provinceCode: p.code, districtCode: d.code,
        districtKey: dist.key, districtLoose: dist.loose, key: nameKey(name), loose: looseKey(name),
      };
      oldCommunes.push(rec);
      dist.communes.push(rec);
    }
  }
}

// ---------------------------------------------------------------------------
// 3. Parse the merger SQL
// ---------------------------------------------------------------------------
const ROW_RE = /\(\s*'((?:[^']|'')*)'\s*,\s*'((?:[^']|'')*)'\s*,\s*(NULL|'(?:[^']|'')*')\s*,\s*(NULL|'(?:[^']|'')*')\s*,\s*(NULL|'(?:[^']|'')*')\s*\)/g;
const unq = (v) => (v === 'NULL' ? null : v.slice(1, -1).replace(/''/g, "'"));
const sqlRows = [];
for (const m of mergerSql.matchAll(ROW_RE)) {
  sqlRows.push({ ma: unq(`'${m[1]}'`), ten: unq(`'${m[2]}'`).normalize('NFC'), magoc: unq(m[3]), text: (unq(m[5]) ?? '').normalize('NFC') });
}
const sqlProvinces = sqlRows.filter((r) => r.magoc === null);
const sqlCommunes = sqlRows.filter((r) => r.magoc !== null);

const isUnchanged = (t) => /^\s*giữ nguyên\s*\.?\s*$/i.test(t);

/** Split at top level (outside brackets) on commas, semicolons and " và ". */
function splitTopLevel(text) {
  const parts = [];
  let depth = 0, cur = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '(') depth++;
    if (ch === ')') depth = Math.max(0, depth - 1);
    if (depth === 0 && (ch === ',' || ch === ';')) { parts.push(cur); cur = ''; continue; }
    if (depth === 0 && /^\s+và\s+/.test(text.slice(i, i + 6)) && /\s/.test(ch)) {
      const m = text.slice(i).match(/^\s+và\s+/);
      parts.push(cur); cur = ''; i += m[0].length - 1; continue;
    }
    cur += ch;
  }
  parts.push(cur);
  return parts.map((s) => s.trim()).filter(Boolean);
}
const splitList = (s) => s.split(/,|;|\s+và\s+/).map((x) => x.trim()).filter(Boolean);

// --- provinces ---------------------------------------------------------------
const newProvByKey = new Map(newProvinces.map((p) => [nameKey(p.name), p]));
const oldProvByKey = new Map(oldProvinces.map((p) => [nameKey(stripPrefix(p.fullName)), p]));
const provinceCrosswalk = new Map(); // old code -> new code
const newProvOfSqlMa = new Map(); // merger 'ti..' id -> new province
const problems = [];
for (const r of sqlProvinces) {
  const np = newProvByKey.get(nameKey(stripPrefix(r.ten)));
  if (!np) { problems.push(`province row ${r.ma} '${r.ten}': no 2025 province of that name`); continue; }
  newProvOfSqlMa.set(r.ma, np);
  const names = isUnchanged(r.text) ? [r.ten] : splitList(r.text);
  for (const n of names) {
    const op = oldProvByKey.get(nameKey(stripPrefix(n)));
    if (!op) { problems.push(`province row ${r.ma}: old province '${n}' not found`); continue; }
    if (provinceCrosswalk.has(op.code) && provinceCrosswalk.get(op.code) !== np.code)
      problems.push(`old province ${op.code} named under two new provinces`);
    provinceCrosswalk.set(op.code, np.code);
  }
}
const oldProvsOfNew = new Map(); // new code -> Set(old province codes)
for (const [o, n] of provinceCrosswalk) {
  if (!oldProvsOfNew.has(n)) oldProvsOfNew.set(n, new Set());
  oldProvsOfNew.get(n).add(o);
}

// --- communes: join merger rows to 2025 units --------------------------------
const TYPE_OF_UNIT = { 'Phường': 'p', 'Xã': 'x', 'Đặc khu': 'dk' };
const newCommuneIndex = new Map(); // provinceCode|key -> [commune]
for (const p of newProvinces) {
  for (const c of p.communes) {
    for (const k of [nameKey(c.name), 'loose:' + looseKey(c.name)]) {
      const kk = `${p.code}|${k}`;
      if (!newCommuneIndex.has(kk)) newCommuneIndex.set(kk, []);
      newCommuneIndex.get(kk).push(c);
    }
  }
}
function findNewCommune(provCode, rawName) {
  const { type, name } = splitPrefix(rawName);
  // "xã Tạ An Khương mới" = the new unit named Tạ An Khương (but "Chợ Mới" is a name)
  for (const n of [name, name.replace(/\s+mới$/i, '')]) {
    for (const k of [nameKey(n), 'loose:' + looseKey(n)]) {
      let c = newCommuneIndex.get(`${provCode}|${k}`) || [];
      if (c.length > 1 && type) c = c.filter((x) => TYPE_OF_UNIT[x.unitType] === type);
      if (c.length === 1) return c[0];
      if (c.length > 1) return null;
    }
  }
  return null;
}

// old commune indexes per old province
const oldIdx = new Map(); // provinceCode|key -> [oldCommune]
const addIdx = (k, v) => { if (!oldIdx.has(k)) oldIdx.set(k, []); oldIdx.get(k).push(v); };
for (const c of oldCommunes) {
  addIdx(`${c.provinceCode}|${c.key}`, c);
  addIdx(`${c.provinceCode}|loose:${c.loose}`, c);
}
const oldByCode = new Map(oldCommunes.map((c) => [c.code, c]));

/** Parse one mention, e.g. "Phường Quang Trung (quận Hà Đông) (phần còn lại sau khi sáp nhập vào phường Hà Đông)". */
function parseMention(tok, inheritedType) {
  const brackets = [];
  const head = tok.replace(/\(([^()]*(?:\([^()]*\)[^()]*)*)\)/g, (_, inner) => { brackets.push(inner.trim()); return ' '; }).trim();
  const m = { raw: tok, type: null, name: '', qualifiers: [], remainder: false, partial: false, into: [], note: null };
  let h = head;
  if (/^một phần( của)?\s+/i.test(h)) { m.partial = true; h = h.replace(/^một phần( của)?\s+/i, ''); }
  if (/^phần còn lại( của)?\s+/i.test(h)) { m.remainder = true; h = h.replace(/^phần còn lại( của)?\s+/i, ''); }
  const sp = splitPrefix(h);
  m.type = sp.type ?? inheritedType ?? null;
  m.explicitType = Boolean(sp.type);
  m.name = sp.name;
  for (const b of brackets) {
    if (/phần còn lại/i.test(b)) {
      m.remainder = true;
      const into = b.match(/sáp nhập vào\s+(.*)$/i);
      if (into) m.into.push(...splitList(into[1]));
    } else if (/^một phần$/i.test(b)) {
      m.partial = true;
    } else if (/^(thuộc\s+)?(huyện|quận|thị xã|thành phố|tỉnh|tp\.?|tx\.?)\s/i.test(b)) {
      for (const q of splitList(b.replace(/^thuộc\s+/i, ''))) {
        const qs = splitPrefix(q);
        m.qualifiers.push({ type: qs.type, key: nameKey(qs.name), loose: looseKey(qs.name) });
      }
    } else {
      m.note = b; // "(bao gồm Hòn Đá Bạc)", "(do huyện Kim Sơn quản lý)": informational
    }
  }
  return m;
}


const oldProvKeyOf = new Map(oldProvinces.map((p) => [p.code, nameKey(stripPrefix(p.fullName))]));
/** Old communes that a mention can denote, within the old provinces of the new province: same name
 *  ignoring diacritics, narrowed by a province or district named in brackets. */
function candidatesFor(m, oldProvCodes) {
  let cands = [];
  for (const pc of oldProvCodes) cands.push(...(oldIdx.get(`${pc}|loose:${looseKey(m.name)}`) || []));
  cands = [...new Set(cands)];
  const provQs = m.qualifiers.filter((q) => q.type === 'province');
  const distQs = m.qualifiers.filter((q) => q.type !== 'province');
  if (cands.length > 1 && provQs.length) {
    const f = cands.filter((c) => provQs.some((q) => oldProvKeyOf.get(c.provinceCode) === q.key));
    if (f.length) cands = f;
  }
  if (cands.length > 1 && distQs.length) {
    const f = cands.filter((c) => distQs.some((q) => q.key === c.districtKey || q.loose === c.districtLoose));
    if (f.length) cands = f;
  }
  return cands;
}

// Every mention of an old unit, across all new units.
const entries = [];
const unresolvedMentions = []; // {where, tok, why}
const nonCommuneMentions = []; // mentions that are not communes (firing ranges, mud flats, island districts)
const unjoinedNewUnits = []; // merger rows that matched no 2025 unit

/** Near-miss spellings ("Xá Tổng" for "Sá Tổng", "Kim Trung" for "Kim Chung"), used when no old name matches exactly. */
function nearMisses(m, oldProvCodes, newCode) {
  const k = phoneticKey(m.name);
  const distQs = m.qualifiers.filter((q) => q.type !== 'province');
  const out = [];
  for (const c of oldCommunes) {
    if (!oldProvCodes.includes(c.provinceCode)) continue;
    if (distQs.length && !distQs.some((q) => q.key === c.districtKey || q.loose === c.districtLoose)) continue;
    const ck = phoneticKey(stripPrefix(c.fullName));
    const d = levenshtein(k, ck);
    const short = Math.min(k.length, ck.length);
    const contains = short >= 5 && (k.startsWith(ck) || ck.startsWith(k));
    if (d <= (short >= 8 ? 2 : 1) || contains || (c.code === newCode && d <= 2)) out.push({ c, d, contains, long: short >= 8 });
  }
  return out;
}

for (const r of sqlCommunes) {
  const np = newProvOfSqlMa.get(r.magoc);
  if (!np) { unjoinedNewUnits.push(`${r.ma} ${r.ten}: unknown province id ${r.magoc}`); continue; }
  const nc = findNewCommune(np.code, r.ten);
  if (!nc) { unjoinedNewUnits.push(`${r.ma} ${r.ten} (${np.name})`); continue; }
  const oldProvCodes = [...(oldProvsOfNew.get(np.code) || [])];
  const where = `${np.name} / ${nc.fullName} ${nc.code}`;
  const unchanged = isUnchanged(r.text);
  // "giữ nguyên": the same-named old commune (normally the one whose code the new unit kept)
  const toks = unchanged ? [nc.fullName] : splitTopLevel(r.text);

  let inherited = null;
  const unit = [];
  for (const tok of toks) {
    const m = parseMention(tok, inherited);
    if (m.explicitType) inherited = m.type;
    const base = { m, nc, np, oldProvCodes, where, tok: unchanged ? `giữ nguyên (${nc.fullName})` : tok, unchanged };
    if (m.type === 'district') {
      // a whole old district ("Huyện Kiên Hải"): every old commune in it
      const ds = oldDistricts.filter((d) => oldProvCodes.includes(d.provinceCode) && (d.key === nameKey(m.name) || d.loose === looseKey(m.name)));
      if (ds.length !== 1) { unresolvedMentions.push({ where, tok, why: `${ds.length} old districts of that name` }); continue; }
      if (!ds[0].communes.length) nonCommuneMentions.push(`${where}: "${tok}" (old district ${ds[0].code} has no communes)`);
      for (const c of ds[0].communes) unit.push({ ...base, tok: `${tok} → ${c.fullName}`, cands: [{ c, exact: true }], wholeDistrict: true });
      continue;
    }
    const exactKey = nameKey(m.name);
    const cands = candidatesFor(m, oldProvCodes).map((c) => ({ c, exact: c.key === exactKey }));
    if (!cands.some((x) => x.exact)) {
      for (const f of nearMisses(m, oldProvCodes, nc.code))
        if (!cands.some((x) => x.c === f.c)) cands.push({ c: f.c, exact: false, fuzzy: f });
    }
    if (!cands.length) {
      if (!m.explicitType && /^(trường bắn|khu vực|bãi|đảo|hòn|cụm)/i.test(m.name)) nonCommuneMentions.push(`${where}: "${tok}"`);
      else unresolvedMentions.push({ where, tok, why: 'no old commune of that name (or a near spelling) in the old provinces of this new province' });
      continue;
    }
    unit.push({ ...base, cands });
  }
  for (const e of unit) { e.siblings = unit; entries.push(e); }
}

// Choosing among candidates. Score: the new unit kept the old code (+3); the old commune lies in the
// district most other units listed with it come from (+4) or in one of their districts (+2); same
// spelling with diacritics (+3); same unit type as written (+3); a near-miss spelling (-2, and only
// allowed when identical phonetically, in a sibling district, sharing the code, or a long name one
// edit away); already chosen by another mention (-2 if of another new unit, -4 if of this one).
// Confident picks (lead >= 3, or a single candidate) are fixed first, then the rest by best score.
function scores(e, claimedBy) {
  const counts = new Map();
  for (const s of e.siblings) if (s !== e && s.chosen) counts.set(s.chosen.districtCode, (counts.get(s.chosen.districtCode) || 0) + 1);
  const top = Math.max(0, ...counts.values());
  const out = [];
  for (const x of e.cands) {
    const c = x.c;
    const inSib = counts.has(c.districtCode);
    const codeEq = c.code === e.nc.code;
    if (x.fuzzy && !(x.fuzzy.d === 0 || inSib || codeEq || (x.fuzzy.d <= 1 && x.fuzzy.long))) continue;
    let sc = 0;
    if (codeEq) sc += 3;
    if (inSib) sc += counts.get(c.districtCode) === top ? 4 : 2;
    if (x.exact) sc += 3;
    if (e.m.explicitType && c.type === e.m.type) sc += 3;
    if (x.fuzzy) sc -= 2;
    const owners = claimedBy.get(c.code);
    if (owners) {
      if ([...owners].some((o) => o !== e && o.siblings === e.siblings)) sc -= 4;
      else if ([...owners].some((o) => o !== e)) sc -= 2;
    }
    out.push({ x, sc });
  }
  return out.sort((a, b) => b.sc - a.sc);
}
const claimedBy = new Map();
const claim = (e, x) => {
  e.chosen = x.c;
  e.fuzzy = Boolean(x.fuzzy);
  if (!claimedBy.has(x.c.code)) claimedBy.set(x.c.code, new Set());
  claimedBy.get(x.c.code).add(e);
};
for (const e of entries) if (e.cands.length === 1 && !e.cands[0].fuzzy) claim(e, e.cands[0]);
for (const minLead of [3, 1]) {
  for (let changed = true; changed; ) {
    changed = false;
    for (const e of entries) {
      if (e.chosen) continue;
      const sc = scores(e, claimedBy);
      if (!sc.length) continue;
      const lead = sc.length === 1 ? Infinity : sc[0].sc - sc[1].sc;
      if (lead >= minLead) { claim(e, sc[0].x); changed = true; }
    }
  }
}
if (process.env.DEBUG_CODES) {
  const want = process.env.DEBUG_CODES.split(',');
  for (const e of entries) {
    if (!e.cands.some((x) => want.includes(x.c.code))) continue;
    const sc = scores(e, new Map()).map((y) => `${y.x.c.code} ${y.x.c.fullName} (district ${y.x.c.districtCode}) score ${y.sc}${y.x.fuzzy ? ' near-miss' : ''}${y.x.exact ? ' exact' : ''}`);
    console.log('DEBUG', e.where, JSON.stringify(e.tok), 'chosen:', e.chosen?.code, '|', sc.join(' | '));
  }
}
const fuzzyMatches = [];
for (const e of entries) {
  if (e.chosen) { if (e.fuzzy) fuzzyMatches.push(`${e.where}: "${e.tok}" ~ ${e.chosen.code} ${e.chosen.fullName}`); continue; }
  const sc = scores(e, claimedBy);
  unresolvedMentions.push({
    where: e.where, tok: e.tok,
    why: sc.length
      ? `tie between same-named old communes: ${sc.filter((y) => y.sc === sc[0].sc).map((y) => `${y.x.c.code} ${y.x.c.fullName} (district ${y.x.c.districtCode})`).join('; ')}`
      : `only near-miss spellings far from the other listed units: ${e.cands.map((y) => y.c.code + ' ' + y.c.fullName).join('; ')}`,
  });
}

// Build the per-old-commune references.
const refs = new Map(); // old code -> {codes: Set of new codes, split: boolean, mentions: [entry]}
const unresolvedInto = [];
for (const e of entries) {
  if (!e.chosen) continue;
  const code = e.chosen.code;
  if (!refs.has(code)) refs.set(code, { codes: new Set(), split: false, mentions: [] });
  const r = refs.get(code);
  r.codes.add(e.nc.code);
  r.mentions.push(e);
  if (e.m.remainder || e.m.partial) r.split = true;
  for (const intoName of e.m.into) {
    const target = findNewCommune(e.np.code, intoName);
    if (target) r.codes.add(target.code);
    else unresolvedInto.push(`${e.where}: "${e.tok}" → '${intoName}' not found among new units`);
  }
}

// ---------------------------------------------------------------------------
// 4. Crosswalk rows + statistics
// ---------------------------------------------------------------------------
const crosswalk = [];
const stats = { total: 0, whole: 0, splitMulti: 0, splitOnePartKnown: 0, unmapped: 0 };
const unmappedList = [];
for (const c of [...oldCommunes].sort(byCode)) {
  stats.total++;
  const r = refs.get(c.code);
  if (!r) {
    stats.unmapped++;
    unmappedList.push(c);
    crosswalk.push({ oldCode: c.code, oldProvinceCode: c.provinceCode, newCodes: [], ambiguous: false, unmapped: true });
    continue;
  }
  const newCodes = [...r.codes].sort();
  const ambiguous = newCodes.length > 1 || r.split;
  if (!ambiguous) stats.whole++;
  else if (newCodes.length > 1) stats.splitMulti++;
  else stats.splitOnePartKnown++;
  crosswalk.push({ oldCode: c.code, oldProvinceCode: c.provinceCode, newCodes, ambiguous });
}

// Sanity: every mapped new code must exist and lie in the province the old province went into.
const newCodeToProv = new Map();
for (const p of newProvinces) for (const c of p.communes) newCodeToProv.set(c.code, p.code);
let crossProvince = 0;
for (const row of crosswalk)
  for (const nc of row.newCodes) if (newCodeToProv.get(nc) !== provinceCrosswalk.get(row.oldProvinceCode)) crossProvince++;
const newWithoutSource = [];
const mappedNew = new Set(crosswalk.flatMap((r) => r.newCodes));
for (const p of newProvinces) for (const c of p.communes) if (!mappedNew.has(c.code)) newWithoutSource.push(`${c.code} ${c.fullName} (${p.name})`);

// ---------------------------------------------------------------------------
// 5. Write files (only if the counts are the expected ones)
// ---------------------------------------------------------------------------
const EXPECTED = { newProvinces: 34, newCommunes: 3321, oldProvinces: 63, oldDistricts: 696, oldCommunes: 10035 };
const actual = {
  newProvinces: newProvinces.length,
  newCommunes: newProvinces.reduce((n, p) => n + p.communes.length, 0),
  oldProvinces: oldProvinces.length,
  oldDistricts: oldDistricts.length,
  oldCommunes: oldCommunes.length,
};
const countErrors = Object.keys(EXPECTED).filter((k) => EXPECTED[k] !== actual[k]).map((k) => `${k}: expected ${EXPECTED[k]}, got ${actual[k]}`);
if (provinceCrosswalk.size !== oldProvinces.length) countErrors.push(`province crosswalk covers ${provinceCrosswalk.size} of ${oldProvinces.length} old provinces`);
if (crosswalk.length !== oldCommunes.length) countErrors.push(`crosswalk has ${crosswalk.length} rows for ${oldCommunes.length} old communes`);
if (countErrors.length) {
  console.error('Count check failed, nothing written:\n  ' + countErrors.concat(problems).join('\n  '));
  process.exit(1);
}
/** JSON with one array element per line for arrays of objects, compact otherwise. */
function toJson(v, indent = '') {
  if (Array.isArray(v) && v.length && v.every((x) => x && typeof x === 'object' && !Array.isArray(x))) {
    const inner = indent + ' ';
    return '[\n' + v.map((x) => inner + toJson(x, inner)).join(',\n') + '\n' + indent + ']';
  }
  if (v && typeof v === 'object' && !Array.isArray(v)) {
    return '{' + Object.entries(v).map(([k, x]) => JSON.stringify(k) + ':' + toJson(x, indent)).join(',') + '}';
  }
  return JSON.stringify(v);
}
mkdirSync(outDir, { recursive: true });
const out = {
  'admin-units-2025.json': newProvinces,
  'admin-units-2024.json': oldProvinces,
  'admin-crosswalk-2025.json': crosswalk,
  'admin-province-crosswalk-2025.json': [...provinceCrosswalk].map(([oldCode, newCode]) => ({ oldCode, newCode })).sort((a, b) => (a.oldCode < b.oldCode ? -1 : 1)),
};
for (const [f, v] of Object.entries(out)) writeFileSync(path.join(outDir, f), toJson(v) + '\n');
writeFileSync(
  path.join(outDir, 'ADMIN-UNITS-LICENSE'),
  'Vietnamese administrative-unit data in this folder (admin-units-*.json, admin-*crosswalk-2025.json) is derived from the dataset ' +
    'thanglequoc/vietnamese-provinces-database (https://github.com/thanglequoc/vietnamese-provinces-database), used under the MIT licence below.\n\n' +
    licence,
);

// ---------------------------------------------------------------------------
// 6. Report
// ---------------------------------------------------------------------------
const pct = (n) => ((100 * n) / stats.total).toFixed(2) + '%';
const log = (...a) => console.log(...a);
log(`source: ${srcDir}`);
log(`2025: ${newProvinces.length} provinces, ${newProvinces.reduce((s, p) => s + p.communes.length, 0)} communes`);
log(`2024: ${oldProvinces.length} provinces, ${oldDistricts.length} districts, ${oldCommunes.length} communes` +
  ` (${oldDistricts.filter((d) => !d.communes.length).length} districts without communes: ${oldDistricts.filter((d) => !d.communes.length).map((d) => d.code + ' ' + d.fullName).join(', ')})`);
log(`province crosswalk: ${provinceCrosswalk.size} old → ${new Set(provinceCrosswalk.values()).size} new`);
log(`merger rows: ${sqlProvinces.length} provinces, ${sqlCommunes.length} communes; not joined to 2025 data: ${unjoinedNewUnits.length}`);
for (const x of unjoinedNewUnits) log('  unjoined:', x);
for (const x of problems) log('  problem:', x);
log(`crosswalk rows: ${crosswalk.length}`);
log(`  mapped:    ${stats.total - stats.unmapped} (${pct(stats.total - stats.unmapped)})`);
log(`    whole, one new unit (ambiguous=false): ${stats.whole} (${pct(stats.whole)})`);
log(`    split, several candidates (ambiguous=true): ${stats.splitMulti} (${pct(stats.splitMulti)})`);
log(`    marked partial, only one new unit found (ambiguous=true): ${stats.splitOnePartKnown} (${pct(stats.splitOnePartKnown)})`);
log(`  unmapped:  ${stats.unmapped} (${pct(stats.unmapped)})`);
log(`  new codes outside the expected new province: ${crossProvince}`);
log(`  new units that no old commune maps to: ${newWithoutSource.length}`);
for (const x of newWithoutSource.slice(0, 20)) log('    ', x);
{
  const plain = [...refs].filter(([, r]) => r.codes.size > 1 && !r.split);
  log(`  of the splits, named plainly (no "phần còn lại"/"một phần") under several new units: ${plain.length}`);
  const chosenAmongSeveral = plain.filter(([, r]) => r.mentions.some((e) => e.cands.length > 1));
  log(`    of which a mention had several same-named candidates: ${chosenAmongSeveral.length}`);
  for (const [code, r] of chosenAmongSeveral.slice(0, 30))
    log(`    ${code} ${oldByCode.get(code).fullName} → ${r.mentions.map((e) => `${e.nc.code} ${e.nc.fullName} ("${e.tok}")`).join(', ')}`);
}
log(`unresolved mentions in the merger text: ${unresolvedMentions.length}`);
for (const x of unresolvedMentions.slice(0, 400)) log(`  ${x.where}: "${x.tok}" — ${x.why}`);
log(`unresolved "sáp nhập vào" targets: ${unresolvedInto.length}`);
for (const x of unresolvedInto.slice(0, 20)) log('  ', x);
log(`near-miss spellings accepted: ${fuzzyMatches.length}`);
for (const x of fuzzyMatches) log('  ', x);
log(`non-commune mentions ignored: ${nonCommuneMentions.length}`);
for (const x of nonCommuneMentions) log('  ', x);
log(`unmapped old communes (sample of ${Math.min(40, unmappedList.length)}): not named in any new unit's text`);
for (const c of unmappedList.slice(0, 400)) {
  const d = oldDistricts.find((x) => x.code === c.districtCode);
  log(`  ${c.code} ${c.fullName}, ${d.fullName}, province ${c.provinceCode}`);
}
for (const f of [...Object.keys(out), 'ADMIN-UNITS-LICENSE']) log(`wrote ${path.relative(repoRoot, path.join(outDir, f))} (${statSync(path.join(outDir, f)).size} bytes)`);
