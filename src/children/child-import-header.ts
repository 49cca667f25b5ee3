// The header row of an uploaded sheet, and the reasons to refuse a whole file (its type, headers).
import { AppException } from '../common/app.exception.js';
import type { ImportKind } from './entities/child-import.entity.js';
import { columnOfHeader, IMPORT_COLUMNS } from './sheet-columns.js';
import { readSheet, type SheetFormat, type SheetRow, UnreadableSheet } from './sheet-reader.js';

/** A reason to refuse a whole file (its type, headers), in both languages. */
export class ImportFailure extends AppException {}

/** The header row (the first row with content): which of the kind's columns each cell names. */
export async function readHeader(
  file: Buffer,
  format: SheetFormat,
  fileName: string,
  kind: ImportKind,
): Promise<{ row: number; columns: (string | null)[] }> {
  const sheet = IMPORT_COLUMNS[kind];
  let header: SheetRow | undefined;
  try {
    for await (const row of readSheet(file, format)) {
      header = row;
      break;
    }
  } catch (error) {
    if (error instanceof UnreadableSheet) throw unreadable(error, fileName);
    throw error;
  }
  if (!header) throw new ImportFailure('import-empty', { fileName });
  const names = header.cells.map((cell) => String(cell ?? '').trim());
  const columns = names.map((name) => (name ? columnOfHeader(name, sheet) : null));
  const unknown = names.filter((name, i) => name && !columns[i]);
  if (unknown.length > 0)
    throw new ImportFailure('import-headers', { columns: unknown.join(', ') });
  const missing = sheet.filter((c) => c.required && !columns.includes(c.key));
  if (missing.length > 0) {
    throw new ImportFailure('import-missing-columns', {
      columns: missing.map((c) => c.header).join(', '),
    });
  }
  return { row: header.row, columns };
}

export function unreadable(error: UnreadableSheet, fileName: string): ImportFailure {
  return new ImportFailure(error.code, { fileName, ...error.params });
}
