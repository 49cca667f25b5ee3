import type { Translate } from '../../i18n';
import type { MessageKey } from '../../i18n/vi';
import { fieldLabel } from './labels';

/** The template's caregiver columns (`motherPhone`): the relation and which of its fields. */
const CAREGIVER_COLUMN = /^(mother|father|guardian)(Name|PersonalId|Phone)$/;
const CAREGIVER_PART: Record<string, MessageKey> = {
  Name: 'child.caregiverName',
  PersonalId: 'child.personalId',
  Phone: 'child.phone',
};

/**
 * The column a row error names (the API's field name), in the child form's words: `communeCode`
 * is "Xã, phường", `motherPhone` "Mẹ: Điện thoại"; no column is the row as a whole.
 */
export function importFieldLabel(
  field: string | null,
  t: Translate,
  relation: (code: string) => string,
): string {
  if (field === null) return t('import.wholeRow');
  if (field === 'id') return t('import.recordId');
  if (field === 'dobPrecision') return t('child.dobPrecision');
  const caregiver = CAREGIVER_COLUMN.exec(field);
  if (caregiver) {
    return t('import.caregiverField', {
      relation: relation(caregiver[1]),
      field: t(CAREGIVER_PART[caregiver[2]]),
    });
  }
  return fieldLabel(field, t);
}

/** What a spreadsheet program may run as a formula when a text starts with it (as the server's exports). */
const FORMULA_START = /^[=+\-@\t\r]/;
/** A number as people write one (`-5`, `+84912345678`): read as a number, never a formula. */
const NUMBER = /^[+-]?\d+([.,]\d+)?$/;

function csvCell(value: string | number): string {
  const text =
    typeof value === 'string' && FORMULA_START.test(value) && !NUMBER.test(value)
      ? `'${value}`
      : String(value);
  return /[",;\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * A table as a .csv file Excel opens in Vietnamese: UTF-8 with a byte order mark, and a text a
 * spreadsheet would take for a formula (`=HYPERLINK(…)`) written with a leading apostrophe.
 */
export function csvFile(header: string[], rows: (string | number)[][]): Blob {
  const lines = [header, ...rows].map((row) => row.map(csvCell).join(','));
  return new Blob([`\uFEFF${lines.join('\r\n')}\r\n`], { type: 'text/csv;charset=utf-8' });
}
