import { isUUID } from 'class-validator';
import {
  type CellValue,
  dayCell,
  personalIdCell,
  sexCell,
  sexLabel,
  text,
} from '../children/child-sheet.js';
import type { PersonFields } from '../children/entities/child-verification.entity.js';
import type { Child } from '../children/entities/child.entity.js';
import { normalizeName } from '../children/vietnamese-name.js';
import type { SheetColumn } from '../children/sheet-writer.js';
import { fill } from '../common/i18n.js';
import { EXCHANGE_ROW_MESSAGES, type ExchangeRowMessage } from './population.messages.js';
import { headerColumns } from './sheet-header.js';

/**
 * The file a commune exchanges with the commune police to check its children against the national
 * population database when it has no online connection (Đề án 06, step 3): our values, and blank
 * columns where the police write the database's answer. No official layout was found; this one
 * keeps the registry's own headers for our values (docs/population-database.md).
 */
export const EXCHANGE_COLUMNS = [
  { key: 'id', header: 'Mã hồ sơ (ID)', width: 38 },
  { key: 'fullName', header: 'Họ và tên', width: 28 },
  { key: 'dateOfBirth', header: 'Ngày sinh', width: 13 },
  { key: 'sex', header: 'Giới tính', width: 10 },
  { key: 'personalId', header: 'Số định danh cá nhân', width: 16 },
  { key: 'village', header: 'Thôn, tổ dân phố', width: 18 },
  { key: 'result', header: 'Kết quả đối chiếu', width: 18 },
  { key: 'dbFullName', header: 'Họ và tên theo CSDL dân cư', width: 28 },
  { key: 'dbDateOfBirth', header: 'Ngày sinh theo CSDL dân cư', width: 16 },
  { key: 'dbSex', header: 'Giới tính theo CSDL dân cư', width: 12 },
  { key: 'dbPersonalId', header: 'Số định danh theo CSDL dân cư', width: 18 },
] as const satisfies readonly SheetColumn<string>[];
export type ExchangeKey = (typeof EXCHANGE_COLUMNS)[number]['key'];

/** The answers the police write, as the template's note says them. */
export const RESULT_LABELS = {
  match: 'Khớp',
  differs: 'Sai khác',
  notFound: 'Không tìm thấy',
} as const;
const RESULTS = new Map(
  Object.entries(RESULT_LABELS).map(([result, label]) => [normalizeName(label), result]),
);

/** A record as the file lists it. */
export function toExchangeRow(
  child: Pick<Child, 'id' | 'fullName' | 'dateOfBirth' | 'sex' | 'personalId' | 'village'>,
): Record<ExchangeKey, string | null> {
  const [y, m, d] = child.dateOfBirth.split('-');
  return {
    id: child.id,
    fullName: child.fullName,
    dateOfBirth: `${d}/${m}/${y}`,
    sex: sexLabel(child.sex),
    personalId: child.personalId,
    village: child.village,
    result: null,
    dbFullName: null,
    dbDateOfBirth: null,
    dbSex: null,
    dbPersonalId: null,
  };
}

/** What an answer must keep to be read: the record, the values it was exported with, the result. */
const REQUIRED = new Set<ExchangeKey>([
  'id',
  'fullName',
  'dateOfBirth',
  'sex',
  'personalId',
  'result',
]);

/**
 * Which column holds each key, from the header row (headers with or without diacritics); the
 * village and the database's columns may be left out.
 */
export function exchangeColumns(header: CellValue[]) {
  return headerColumns(EXCHANGE_COLUMNS, header, (key) => REQUIRED.has(key));
}

export type AnswerRow =
  | { kind: 'unanswered' }
  | { kind: 'answer'; id: string; sent: PersonFields; found: PersonFields | null }
  | { kind: 'rejected'; id: string | null; message: { vi: string; en: string } };

/**
 * One row of an answer file: the record's values as exported, and the database's answer the police
 * wrote; a row without a result is not answered yet. For "Khớp" and "Sai khác" alike, a database
 * column left blank means the database agrees with ours on it (the police may write a personal ID
 * we lack beside a "Khớp").
 */
export function readAnswerRow(cells: CellValue[], columns: Map<ExchangeKey, number>): AnswerRow {
  const cell = (key: ExchangeKey) => {
    const column = columns.get(key);
    return column === undefined ? undefined : cells[column];
  };
  const result = text(cell('result'));
  if (result === undefined) return { kind: 'unanswered' };
  const id = text(cell('id')) ?? null;
  const reject = (message: ExchangeRowMessage, params: Record<string, string> = {}): AnswerRow => ({
    kind: 'rejected',
    id,
    message: {
      vi: fill(EXCHANGE_ROW_MESSAGES[message].vi, params),
      en: fill(EXCHANGE_ROW_MESSAGES[message].en, params),
    },
  });
  if (!id || !isUUID(id)) return reject('no-id');
  const kind = RESULTS.get(normalizeName(result));
  if (!kind) return reject('result', { value: result });

  const sent = {
    fullName: text(cell('fullName')) ?? '',
    dateOfBirth: dayCell(cell('dateOfBirth')) ?? '',
    sex: sexCell(cell('sex')) ?? 'unknown',
    personalId: personalIdCell(cell('personalId')) ?? null,
  };
  if (kind === 'notFound') return { kind: 'answer', id, sent, found: null };

  const found = { ...sent };
  const readers = {
    dbFullName: () => text(cell('dbFullName')),
    dbDateOfBirth: () => dayCell(cell('dbDateOfBirth')),
    dbSex: () => sexCell(cell('dbSex')),
    dbPersonalId: () => {
      const id = personalIdCell(cell('dbPersonalId'));
      return id && /^\d{12}$/.test(id) ? id : undefined;
    },
  };
  const field = {
    dbFullName: 'fullName',
    dbDateOfBirth: 'dateOfBirth',
    dbSex: 'sex',
    dbPersonalId: 'personalId',
  } as const;
  for (const [key, read] of Object.entries(readers) as [keyof typeof readers, () => unknown][]) {
    const written = text(cell(key));
    if (written === undefined) continue;
    const value = read();
    if (value === undefined) {
      const header = EXCHANGE_COLUMNS.find((c) => c.key === key)!.header;
      return reject('database-value', { column: header, value: written });
    }
    (found as Record<string, unknown>)[field[key]] = value;
  }
  return { kind: 'answer', id, sent, found };
}
