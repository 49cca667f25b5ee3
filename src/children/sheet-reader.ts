import { Readable } from 'node:stream';
import { parse } from '@fast-csv/parse';
import ExcelJS from 'exceljs';
import type { CellValue } from './child-sheet.js';

export type SheetFormat = 'xlsx' | 'csv';

/** A row of the first worksheet: its number in the sheet (1 is the header) and its cells. */
export interface SheetRow {
  row: number;
  cells: CellValue[];
}

/** Why a file cannot be read at all. */
export class UnreadableSheet extends Error {}

/** The value a reader hands over, from ExcelJS's rich text, hyperlink and formula cells too. */
function plain(value: unknown): CellValue {
  if (value === null || value === undefined || value instanceof Date) return value;
  if (typeof value !== 'object') return value as CellValue;
  const cell = value as {
    richText?: { text: string }[];
    text?: unknown;
    result?: unknown;
    error?: string;
  };
  if (cell.richText) return cell.richText.map((part) => part.text).join('');
  if ('result' in cell) return plain(cell.result);
  if ('text' in cell) return plain(cell.text);
  return null;
}

/** Text from a stream of bytes, decoded across chunk boundaries. */
async function* utf8(chunks: AsyncIterable<Buffer | string>): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8');
  for await (const chunk of chunks) {
    const text = typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true });
    if (text) yield text;
  }
  const rest = decoder.decode();
  if (rest) yield rest;
}

/** The parts of ExcelJS's streaming reader that decode XML text. */
interface ReaderInternals {
  _parseSharedStrings(entry: NodeJS.ReadableStream): AsyncGenerator<unknown>;
  _parseWorksheet(chunks: AsyncIterable<Buffer | string>, sheetNo: string): AsyncGenerator<unknown>;
}
type ReaderClass = new (
  ...args: ConstructorParameters<typeof ExcelJS.stream.xlsx.WorkbookReader>
) => ExcelJS.stream.xlsx.WorkbookReader & ReaderInternals;

/**
 * ExcelJS 4.4's streaming reader decodes each chunk of unzipped XML on its own, so a Vietnamese
 * letter whose bytes fall across two chunks becomes "�" (exceljs/exceljs#2084, open upstream;
 * about one name in three thousand). This reader hands it text decoded across chunks instead:
 * the shared strings through the entry's own decoder, the worksheets through `utf8`.
 */
class Utf8WorkbookReader extends (ExcelJS.stream.xlsx.WorkbookReader as unknown as ReaderClass) {
  override _parseSharedStrings(entry: NodeJS.ReadableStream): AsyncGenerator<unknown> {
    entry.setEncoding('utf8');
    return super._parseSharedStrings(entry);
  }

  override _parseWorksheet(
    chunks: AsyncIterable<Buffer | string>,
    sheetNo: string,
  ): AsyncGenerator<unknown> {
    return super._parseWorksheet(utf8(chunks), sheetNo);
  }
}

async function* xlsxRows(file: Buffer): AsyncGenerator<SheetRow> {
  const workbook = new Utf8WorkbookReader(Readable.from(file), {
    worksheets: 'emit',
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    entries: 'ignore',
  });
  try {
    for await (const worksheet of workbook) {
      for await (const row of worksheet as AsyncIterable<ExcelJS.Row>) {
        // ExcelJS's row values are 1-based: index 0 is empty.
        const values = (row.values as unknown[]).slice(1).map(plain);
        yield { row: row.number, cells: values };
      }
      return; // the first worksheet only
    }
  } catch (error) {
    throw new UnreadableSheet((error as Error).message);
  }
}

function csvText(file: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(file);
  } catch {
    throw new UnreadableSheet('not UTF-8');
  }
}

async function* csvRows(file: Buffer): AsyncGenerator<SheetRow> {
  const text = csvText(file);
  const firstLine = text.slice(0, text.indexOf('\n') >>> 0);
  // Spreadsheets set to a Vietnamese locale save CSV with ';'.
  const delimiter =
    (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
  // Fed in pieces, so reading the header alone does not parse the whole file.
  const pieces = function* () {
    for (let i = 0; i < text.length; i += 65_536) yield text.slice(i, i + 65_536);
  };
  const parser = Readable.from(pieces()).pipe(parse({ delimiter, trim: true }));
  let row = 0;
  try {
    for await (const cells of parser as AsyncIterable<string[]>) {
      row += 1;
      yield { row, cells };
    }
  } catch (error) {
    throw new UnreadableSheet((error as Error).message);
  }
}

/** The rows of an uploaded spreadsheet, read as a stream; empty rows are left out. */
export async function* readSheet(file: Buffer, format: SheetFormat): AsyncGenerator<SheetRow> {
  const rows = format === 'xlsx' ? xlsxRows(file) : csvRows(file);
  for await (const row of rows) {
    if (row.cells.some((cell) => cell !== null && cell !== undefined && String(cell).trim() !== ''))
      yield row;
  }
}

/**
 * How many rows with content a file has, as `readSheet` yields them. A .csv is counted in one pass
 * over its text (a line break inside quotes does not end a row); an .xlsx is read through.
 */
export async function countRows(file: Buffer, format: SheetFormat): Promise<number> {
  if (format === 'xlsx') {
    let count = 0;
    for await (const _row of readSheet(file, format)) count += 1;
    return count;
  }
  const text = csvText(file);
  let count = 0;
  let quoted = false;
  let content = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34 /* " */) quoted = !quoted;
    else if (!quoted && (c === 10 || c === 13)) {
      if (content) count += 1;
      content = false;
    } else if (c > 32 && c !== 44 /* , */ && c !== 59 /* ; */ && c !== 0xfeff) content = true;
  }
  return content ? count + 1 : count;
}
