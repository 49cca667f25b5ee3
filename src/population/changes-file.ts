import { type CellValue, dayCell, personalIdCell, sexCell, text } from '../children/child-sheet.js';
import { normalizeName } from '../children/vietnamese-name.js';
import type { SheetColumn } from '../children/sheet-writer.js';
import { fill } from '../common/i18n.js';
import { CHANGE_ROW_MESSAGES, type ChangeRowMessage } from './population.messages.js';
import { headerColumns } from './sheet-header.js';
import type { ChangeKind, ResidentChange } from './population-gateway.js';

/**
 * The list of a commune's births and moves the commune police give where there is no online
 * connection, one child a row (docs/population-database.md). No official layout was found: the
 * headers are the population database's own terms, and the system offers the file as a template.
 */
export const CHANGE_COLUMNS = [
  { key: 'kind', header: 'Loại biến động', width: 20 },
  { key: 'date', header: 'Ngày biến động', width: 15 },
  { key: 'personalId', header: 'Số định danh cá nhân', width: 16 },
  { key: 'fullName', header: 'Họ và tên', width: 28 },
  { key: 'dateOfBirth', header: 'Ngày sinh', width: 13 },
  { key: 'sex', header: 'Giới tính', width: 10 },
  { key: 'otherCommuneCode', header: 'Mã xã nơi đến hoặc nơi đi', width: 20 },
] as const satisfies readonly SheetColumn<string>[];
export type ChangeKey = (typeof CHANGE_COLUMNS)[number]['key'];

/** The kinds as the file writes them. */
export const CHANGE_KIND_LABELS: Record<ChangeKind, string> = {
  birth: 'Đăng ký khai sinh',
  moved_in: 'Chuyển đến',
  moved_out: 'Chuyển đi',
};
const KINDS = new Map(
  Object.entries(CHANGE_KIND_LABELS).map(([kind, label]) => [
    normalizeName(label),
    kind as ChangeKind,
  ]),
);

/** Which column holds each key, from the header row; the other commune may be left out. */
export function changeColumns(header: CellValue[]) {
  return headerColumns(CHANGE_COLUMNS, header, (key) => key !== 'otherCommuneCode');
}

export type ChangeRow =
  | { kind: 'blank' }
  | { kind: 'change'; change: ResidentChange }
  | { kind: 'rejected'; message: { vi: string; en: string } };

/** One row of the list: a change, a blank row, or why the row cannot be read (its first fault). */
export function readChangeRow(cells: CellValue[], columns: Map<ChangeKey, number>): ChangeRow {
  const cell = (key: ChangeKey) => {
    const column = columns.get(key);
    return column === undefined ? undefined : cells[column];
  };
  if (CHANGE_COLUMNS.every((c) => text(cell(c.key)) === undefined)) return { kind: 'blank' };
  const reject = (message: ChangeRowMessage, key: ChangeKey): ChangeRow => {
    const params = {
      column: CHANGE_COLUMNS.find((c) => c.key === key)!.header,
      value: text(cell(key)) ?? '',
    };
    const texts = CHANGE_ROW_MESSAGES[message];
    return {
      kind: 'rejected',
      message: { vi: fill(texts.vi, params), en: fill(texts.en, params) },
    };
  };
  const kind = KINDS.get(normalizeName(text(cell('kind')) ?? ''));
  if (!kind) return reject(text(cell('kind')) ? 'kind' : 'missing', 'kind');
  const date = dayCell(cell('date'));
  if (!date) return reject(text(cell('date')) ? 'date' : 'missing', 'date');
  const personalId = personalIdCell(cell('personalId'));
  if (!personalId || !/^\d{12}$/.test(personalId)) {
    return reject(text(cell('personalId')) ? 'personal-id' : 'missing', 'personalId');
  }
  const fullName = text(cell('fullName'));
  if (!fullName) return reject('missing', 'fullName');
  const dateOfBirth = dayCell(cell('dateOfBirth'));
  if (!dateOfBirth) return reject(text(cell('dateOfBirth')) ? 'date' : 'missing', 'dateOfBirth');
  const sex = sexCell(cell('sex'));
  if (!sex) return reject(text(cell('sex')) ? 'sex' : 'missing', 'sex');
  const other = text(cell('otherCommuneCode'));
  const otherCode = other?.padStart(5, '0');
  if (otherCode !== undefined && !/^\d{5}$/.test(otherCode)) {
    return reject('commune', 'otherCommuneCode');
  }
  return {
    kind: 'change',
    change: {
      kind,
      date,
      person: { fullName, dateOfBirth, sex, personalId },
      otherCommuneCode: otherCode ?? null,
    },
  };
}
