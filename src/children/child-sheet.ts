import type { FieldError } from '../common/app.exception.js';
import { fill } from '../common/i18n.js';
import {
  IMPORT_CELL_HINTS,
  IMPORT_CELL_MESSAGES,
  type ImportCellHint,
} from './children.messages.js';
import { givenFields } from '../common/changes.js';
import { isCalendarDate } from '../common/fields.js';
import type { RegistryReference } from './child-rules.js';
import type { CaregiverDto, CreateChildDto } from './dto/child.dto.js';
import type { Caregiver, Child, FlagEntry } from './entities/child.entity.js';
import type { SheetKey } from './sheet-columns.js';
import { normalizeName } from './vietnamese-name.js';

/** A cell as the readers give it: ExcelJS turns date cells into Dates, CSV gives text. */
export type CellValue = string | number | boolean | Date | null | undefined;

export interface ParsedRow {
  /** The record's id, from an exported sheet's id column. */
  id: string | null;
  /** The child body the row describes, before the DTO's validation. */
  body: Record<string, unknown>;
  /** What could not be read at all (a date that is not one, an unknown sex). */
  errors: FieldError[];
}

const PRECISION_LABELS = { exact: 'chính xác', year: 'năm', estimated: 'ước tính' } as const;
const SEX_LABELS = { male: 'Nam', female: 'Nữ', unknown: 'Không rõ' } as const;
/** Values by their key and by their label without diacritics ("Nữ" → "nu"), plus other spellings. */
function lookup(labels: Record<string, string>, more: [string, string][]): Map<string, string> {
  return new Map([
    ...Object.entries(labels).flatMap(([key, label]): [string, string][] => [
      [key, key],
      [normalizeName(label), key],
    ]),
    ...more,
  ]);
}
const PRECISIONS = lookup(PRECISION_LABELS, [['chi nam', 'year']]);
const SEXES = lookup(SEX_LABELS, [
  ['m', 'male'],
  ['f', 'female'],
  ['nam gioi', 'male'],
  ['nu gioi', 'female'],
]);
const CAREGIVER_COLUMNS = [
  { relation: 'mother', name: 'motherName', id: 'motherPersonalId', phone: 'motherPhone' },
  { relation: 'father', name: 'fatherName', id: 'fatherPersonalId', phone: 'fatherPhone' },
  { relation: 'guardian', name: 'guardianName', id: 'guardianPersonalId', phone: 'guardianPhone' },
] as const;
const TEXT_FIELDS = [
  'fullName',
  'village',
  'address',
  'schoolStatus',
  'disability',
  'notes',
] as const;

/** A cell as text, trimmed; undefined when empty. */
export function text(value: CellValue): string | undefined {
  if (value === null || value === undefined) return undefined;
  const result = (value instanceof Date ? isoDay(value) : String(value)).normalize('NFC').trim();
  return result === '' ? undefined : result;
}

/**
 * Digits of a code a spreadsheet may have turned into a number, losing up to `lost` leading
 * zeros (a commune code all but its last digit, a personal ID two: its province is 001 to 096).
 */
function code(value: CellValue, length: number, lost = length - 1): string | undefined {
  const raw = typeof value === 'number' ? String(value) : text(value)?.replace(/[\s.]/g, '');
  if (raw === undefined) return undefined;
  return /^\d+$/.test(raw) && raw.length < length && raw.length >= length - lost
    ? raw.padStart(length, '0')
    : raw;
}

/** Zeros a personal ID typed as a number loses: its province of registration is 001 to 096. */
const PERSONAL_ID_LOST = 2;

function phone(value: CellValue): string | undefined {
  const raw = code(value, 0)?.replace(/[-()]/g, '');
  // A number cell drops the leading 0 of a Vietnamese number (0912345678 → 912345678).
  return raw && /^[1-9]\d{8}$/.test(raw) ? `0${raw}` : raw;
}

function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Days from Excel's epoch, for a date cell read without its number format. */
function fromExcelSerial(serial: number): string {
  return isoDay(new Date(Date.UTC(1899, 11, 30) + Math.round(serial) * 86_400_000));
}

/** dd/mm/yyyy (or with - or .), yyyy-mm-dd, a year alone, or a date cell → [YYYY-MM-DD, year only]. */
function dateOfBirth(value: CellValue): [string, boolean] | null {
  if (value instanceof Date) return [isoDay(value), false];
  if (typeof value === 'number') {
    return value >= 1900 && value <= 2100
      ? [`${value}-01-01`, true]
      : [fromExcelSerial(value), false];
  }
  const raw = text(value);
  if (!raw) return null;
  let match = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(raw);
  if (match)
    return [`${match[3]}-${match[2].padStart(2, '0')}-${match[1].padStart(2, '0')}`, false];
  match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(raw);
  if (match) return [raw, false];
  if (/^\d{4}$/.test(raw)) return [`${raw}-01-01`, true];
  return null;
}

/** A day as a cell holds it (a date cell, dd/mm/yyyy, yyyy-mm-dd); undefined for a year alone or no such day. */
export function dayCell(value: CellValue): string | undefined {
  const day = dateOfBirth(value);
  return day && !day[1] && isCalendarDate(day[0]) ? day[0] : undefined;
}

/** A sex as a sheet writes it ("Nam", "nữ", "F"…); undefined when it is none. */
export function sexCell(value: CellValue): Child['sex'] | undefined {
  const raw = text(value);
  return raw ? (SEXES.get(normalizeName(raw)) as Child['sex'] | undefined) : undefined;
}

/** A personal ID, as a number cell may have kept it (without its leading zeros). */
export function personalIdCell(value: CellValue): string | undefined {
  return code(value, 12, PERSONAL_ID_LOST);
}

/** A sex in the sheets' words. */
export function sexLabel(sex: Child['sex']): string {
  return SEX_LABELS[sex];
}

function list(value: CellValue): string[] {
  return (text(value) ?? '')
    .split(/[;,]/)
    .map((item) => item.trim())
    .filter(Boolean);
}

/** An ethnicity by its code ("1", "01") or its name with or without diacritics ("Kinh", "Sán Dìu"). */
function ethnicity(value: CellValue, reference: RegistryReference): string | undefined {
  const raw = text(value);
  if (raw === undefined) return undefined;
  const asCode = code(value, 2)!;
  if (reference.ethnicities.has(asCode)) return asCode;
  return ethnicityNames(reference.ethnicities).get(normalizeName(raw)) ?? raw;
}

/** The index below, once for each list of ethnicities. */
const namesOfEthnicities = new WeakMap<RegistryReference['ethnicities'], Map<string, string>>();

/**
 * The ethnicities' codes by name and alias without diacritics (the first listed where two share
 * one), made once for an import rather than searched through at each row: 54 names and their
 * aliases, two microseconds each.
 */
function ethnicityNames(ethnicities: RegistryReference['ethnicities']): Map<string, string> {
  let names = namesOfEthnicities.get(ethnicities);
  if (!names) {
    names = new Map();
    for (const item of ethnicities.values()) {
      const aliases = (item.attributes.aliases as string[] | undefined) ?? [];
      for (const name of [item.name, ...aliases]) {
        const key = normalizeName(name);
        if (!names.has(key)) names.set(key, item.code);
      }
    }
    namesOfEthnicities.set(ethnicities, names);
  }
  return names;
}

/**
 * The child a spreadsheet row describes, as an API body, so the row goes through the same
 * validation as a POST. Codes that lost their leading zeros are padded; a sub-group of special
 * circumstances ("a.1") brings its group.
 */
export function rowToBody(
  cells: Partial<Record<SheetKey, CellValue>>,
  reference: RegistryReference,
): ParsedRow {
  const errors: FieldError[] = [];
  const body: Record<string, unknown> = {};
  for (const field of TEXT_FIELDS) body[field] = text(cells[field]);

  const dob = dateOfBirth(cells.dateOfBirth);
  if (dob) {
    body.dateOfBirth = dob[0];
    if (dob[1]) body.dobPrecision = 'year';
  } else if (text(cells.dateOfBirth) !== undefined) {
    errors.push({
      field: 'dateOfBirth',
      constraint: 'import:date',
      message: 'dateOfBirth must be dd/mm/yyyy, yyyy-mm-dd or a year',
    });
  }
  const precision = text(cells.dobPrecision);
  if (precision) body.dobPrecision = PRECISIONS.get(normalizeName(precision)) ?? precision;
  const sex = text(cells.sex);
  if (sex) body.sex = SEXES.get(normalizeName(sex)) ?? sex;

  body.ethnicityCode = ethnicity(cells.ethnicityCode, reference);
  body.personalId = code(cells.personalId, 12, PERSONAL_ID_LOST);
  body.provinceCode = code(cells.provinceCode, 2);
  body.communeCode = code(cells.communeCode, 5);

  const caregivers: Partial<CaregiverDto>[] = [];
  for (const columns of CAREGIVER_COLUMNS) {
    const caregiver = {
      relation: columns.relation,
      fullName: text(cells[columns.name]),
      personalId: code(cells[columns.id], 12, PERSONAL_ID_LOST),
      phone: phone(cells[columns.phone]),
    };
    if (caregiver.fullName) caregivers.push(caregiver);
    else if (caregiver.personalId || caregiver.phone) {
      errors.push({
        field: columns.name,
        constraint: 'import:caregiver-name',
        message: `${columns.name} is required with the ${columns.relation}'s personal ID or phone`,
      });
    }
  }
  if (caregivers.length > 0) body.caregivers = caregivers;

  const circumstances = list(cells.specialCircumstances).map((c) => {
    const parent = reference.specialCircumstances.get(c)?.parentCode;
    return parent ? { code: parent, subCode: c } : { code: c };
  });
  if (circumstances.length > 0) body.specialCircumstances = circumstances;
  const riskFactors = list(cells.riskFactors).map((c) => ({ code: c }));
  if (riskFactors.length > 0) body.riskFactors = riskFactors;

  for (const [key, value] of Object.entries(body)) if (value === undefined) delete body[key];
  return { id: text(cells.id) ?? null, body, errors };
}

function isOpen(entry: FlagEntry): boolean {
  return !entry.until;
}

/**
 * A matched record with a row's values laid over it. The row never clears anything: cells left
 * empty keep the record's values, a caregiver replaces the one of the same relation, and special
 * circumstances and risk factors not already open are added.
 */
export function overlay(record: CreateChildDto, row: Partial<CreateChildDto>): CreateChildDto {
  const merged: CreateChildDto = { ...record, ...givenFields(row) };
  const caregivers = [...(record.caregivers ?? [])];
  for (const incoming of row.caregivers ?? []) {
    const i = caregivers.findIndex((c) => c.relation === incoming.relation);
    if (i >= 0) caregivers[i] = { ...caregivers[i], ...givenFields(incoming) };
    else caregivers.push(incoming);
  }
  merged.caregivers = caregivers;
  merged.specialCircumstances = [
    ...(record.specialCircumstances ?? []),
    ...(row.specialCircumstances ?? []).filter(
      (c) =>
        !(record.specialCircumstances ?? []).some(
          (e) => isOpen(e) && e.code === c.code && (!c.subCode || e.subCode === c.subCode),
        ),
    ),
  ];
  merged.riskFactors = [
    ...(record.riskFactors ?? []),
    ...(row.riskFactors ?? []).filter(
      (r) => !(record.riskFactors ?? []).some((e) => isOpen(e) && e.code === r.code),
    ),
  ];
  return merged;
}

function formatDate(child: Pick<Child, 'dateOfBirth' | 'dobPrecision'>): string {
  const [y, m, d] = child.dateOfBirth.split('-');
  return child.dobPrecision === 'year' ? y : `${d}/${m}/${y}`;
}

/**
 * A record as a spreadsheet row, the way an officer reads it (dates dd/mm/yyyy, "Nam"/"Nữ", the
 * ethnicity's name) and the way an import reads it back unchanged. Only open special
 * circumstances and risk factors are listed.
 */
export function childToRow(
  child: Child,
  reference: RegistryReference,
): Record<SheetKey, string | null> {
  const caregiver = (relation: Caregiver['relation']) =>
    child.caregivers.find((c) => c.relation === relation);
  const mother = caregiver('mother');
  const father = caregiver('father');
  const guardian = caregiver('guardian');
  return {
    id: child.id,
    fullName: child.fullName,
    dateOfBirth: formatDate(child),
    dobPrecision: PRECISION_LABELS[child.dobPrecision],
    sex: SEX_LABELS[child.sex],
    ethnicityCode: child.ethnicityCode
      ? (reference.ethnicities.get(child.ethnicityCode)?.name ?? child.ethnicityCode)
      : null,
    personalId: child.personalId,
    provinceCode: child.provinceCode,
    communeCode: child.communeCode,
    village: child.village,
    address: child.address,
    motherName: mother?.fullName ?? null,
    motherPersonalId: mother?.personalId ?? null,
    motherPhone: mother?.phone ?? null,
    fatherName: father?.fullName ?? null,
    fatherPersonalId: father?.personalId ?? null,
    fatherPhone: father?.phone ?? null,
    guardianName: guardian?.fullName ?? null,
    guardianPersonalId: guardian?.personalId ?? null,
    guardianPhone: guardian?.phone ?? null,
    specialCircumstances:
      child.specialCircumstances
        .filter(isOpen)
        .map((c) => c.subCode ?? c.code)
        .join('; ') || null,
    riskFactors:
      child.riskFactors
        .filter(isOpen)
        .map((r) => r.code)
        .join('; ') || null,
    schoolStatus: child.schoolStatus,
    disability: child.disability,
    notes: child.notes,
  };
}

/** The columns whose errors say what to write, in the template's words. */
const HINTS: Partial<Record<SheetKey, ImportCellHint>> = {
  sex: 'sex',
  dobPrecision: 'dobPrecision',
  dateOfBirth: 'dateOfBirth',
  personalId: 'personalId',
  motherPersonalId: 'personalId',
  fatherPersonalId: 'personalId',
  guardianPersonalId: 'personalId',
  ethnicityCode: 'ethnicity',
  provinceCode: 'province',
  communeCode: 'commune',
  motherPhone: 'phone',
  fatherPhone: 'phone',
  guardianPhone: 'phone',
  specialCircumstances: 'code',
  riskFactors: 'code',
  schoolStatus: 'code',
};
/** Columns of names from a list: a value not understood there is one the list lacks. */
const LISTED = new Set<ImportCellHint>(['ethnicity', 'code', 'supportKind']);
/** Errors whose own message already says what is wrong with a value that reads fine. */
const OWN_MESSAGE = new Set([
  'dateOfBirth:future',
  'personalId:birth-year',
  'personalId:sex',
  'subCode:parent',
  'support:provider-name',
  'support:order',
]);
/** Characters of a refused value echoed in its message. */
const SHOWN = 60;

/**
 * A row error about a column's value in the user's words: the value as typed and what the
 * template asks for ("“X” không hợp lệ; ghi Nam, Nữ hoặc Không rõ."); null when the error's own
 * message says it better. It goes to the officer who uploaded the file, never to the log.
 */
export function cellMessage(
  column: string,
  error: FieldError,
  value: string | undefined,
  hints: Partial<Record<string, ImportCellHint>> = HINTS,
): { vi: string; en: string } | null {
  const hint = hints[column];
  if (!hint || OWN_MESSAGE.has(error.constraint)) return null;
  const message =
    IMPORT_CELL_MESSAGES[
      value === undefined
        ? 'missing'
        : error.constraint === 'dateOfBirth:real'
          ? 'not-a-date'
          : LISTED.has(hint)
            ? 'not-listed'
            : 'invalid'
    ];
  const shown = value && value.length > SHOWN ? `${value.slice(0, SHOWN)}…` : (value ?? '');
  return {
    vi: fill(message.vi, { value: shown, hint: IMPORT_CELL_HINTS[hint].vi }),
    en: fill(message.en, { value: shown, hint: IMPORT_CELL_HINTS[hint].en }),
  };
}
