import { Readable } from 'node:stream';
import { setImmediate as turn } from 'node:timers/promises';
import ExcelJS from 'exceljs';
import type { CellValue } from './child-sheet.js';
import { MAX_CELL_CHARS, MAX_LINE_BYTES, UnreadableSheet } from './sheet-limits.js';
import { entryText, MAX_UNZIPPED_BYTES, type UnzipBudget, zipEntries } from './sheet-zip.js';

export { UnreadableSheet } from './sheet-limits.js';

export type SheetFormat = 'xlsx' | 'csv';

/** A row of the first worksheet: its number in the sheet (1 is the header) and its cells. */
export interface SheetRow {
  row: number;
  cells: CellValue[];
}

/** Bytes of a .csv decoded and parsed between two turns of the event loop. */
const PIECE = 16 * 1024;

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

/** The parts of ExcelJS's streaming reader that read one part of a workbook each. */
interface ReaderInternals {
  workbookRels?: { Id: string; Target: string }[];
  model?: { sheets?: { rId: string }[] };
  _parseRels(entry: Readable): Promise<void>;
  _parseWorkbook(entry: Readable): Promise<void>;
  _parseStyles(entry: Readable): Promise<void>;
  _parseSharedStrings(entry: Readable): AsyncIterable<unknown>;
  _parseWorksheet(chunks: AsyncIterable<string>, sheetNo: string): Iterable<{ value: unknown }>;
}

/**
 * The rows of the first worksheet. The parts are taken from the zip's central directory and
 * unpacked here, within MAX_UNZIPPED_BYTES and without tag-less runs of text (see `entryText`),
 * then handed to ExcelJS's readers: its own streaming reader unpacks every part, however large,
 * and copies a worksheet that comes before the shared strings to a temporary file. Decoding the
 * unpacked bytes across chunks also keeps Vietnamese letters whole (exceljs/exceljs#2084).
 */
async function* xlsxRows(file: Buffer): AsyncGenerator<SheetRow> {
  const entries = zipEntries(file);
  const budget: UnzipBudget = { left: MAX_UNZIPPED_BYTES };
  const part = (name: string) => {
    const entry = entries.get(name);
    return entry && entryText(file, entry, budget);
  };
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([]), {
    worksheets: 'emit',
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    entries: 'ignore',
  }) as unknown as ReaderInternals;
  try {
    const rels = part('xl/_rels/workbook.xml.rels');
    const book = part('xl/workbook.xml');
    if (!rels || !book) throw new UnreadableSheet('import-unreadable');
    await reader._parseRels(Readable.from(rels));
    await reader._parseWorkbook(Readable.from(book));
    const styles = part('xl/styles.xml');
    if (styles) await reader._parseStyles(Readable.from(styles));
    const strings = part('xl/sharedStrings.xml');
    if (strings) for await (const _ of reader._parseSharedStrings(Readable.from(strings)));
    const sheet = firstSheet(entries.keys(), reader);
    if (!sheet) throw new UnreadableSheet('import-unreadable');
    const sheetNo = /(\d+)\.xml$/.exec(sheet)?.[1] ?? '1';
    for (const { value } of reader._parseWorksheet(part(sheet)!, sheetNo)) {
      for await (const row of value as AsyncIterable<ExcelJS.Row>) {
        // ExcelJS's row values are 1-based: index 0 is empty.
        const values = (row.values as unknown[]).slice(1).map(plain);
        yield { row: row.number, cells: values };
      }
    }
  } catch (error) {
    if (error instanceof UnreadableSheet) throw error;
    throw new UnreadableSheet('import-unreadable'); // ExcelJS's or saxes's message is left out
  }
}

/** The part of the workbook's first sheet, else the first worksheet part in the zip. */
function firstSheet(names: Iterable<string>, reader: ReaderInternals): string | undefined {
  const rId = reader.model?.sheets?.[0]?.rId;
  const target = reader.workbookRels?.find((rel) => rel.Id === rId)?.Target;
  const all = [...names];
  if (target) {
    const path = target.startsWith('/') ? target.slice(1) : `xl/${target}`;
    if (all.includes(path)) return path;
  }
  return all.find((name) => /^xl\/worksheets\/sheet\d+\.xml$/.test(name));
}

/** The text of a .csv, decoded a piece at a time with a turn of the event loop between pieces. */
async function* csvText(file: Buffer): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
  const decode = (piece?: Buffer) => {
    try {
      return piece ? decoder.decode(piece, { stream: true }) : decoder.decode();
    } catch {
      throw new UnreadableSheet('import-unreadable'); // not UTF-8
    }
  };
  for (let i = 0; i < file.length; i += PIECE) {
    const text = decode(file.subarray(i, i + PIECE));
    if (text) yield text;
    await turn();
  }
  const rest = decode();
  if (rest) yield rest;
}

/** Spreadsheets set to a Vietnamese locale save CSV with ';': the header line says which. */
function delimiterOf(head: string): ';' | ',' {
  const end = head.search(/[\r\n]/);
  const line = end < 0 ? head : head.slice(0, end);
  return (line.match(/;/g)?.length ?? 0) > (line.match(/,/g)?.length ?? 0) ? ';' : ',';
}

/**
 * The records of a .csv (RFC 4180, lines ended by CRLF, LF or CR alike), parsed as the text comes
 * with the state of an unfinished record kept between pieces, so each character is looked at
 * once. The parser used before, @fast-csv/parse, kept an unfinished record as text and scanned it
 * again from its start with each new piece: time grew with the square of a record's length (a
 * 2 MB field 3 s, 10 MB 115 s), all on the event loop. A field longer than MAX_CELL_CHARS or a
 * record longer than MAX_LINE_BYTES ends the read at once, with the row it is on.
 */
async function* csvRecords(
  pieces: AsyncIterable<string>,
  delimiter: string,
): AsyncGenerator<SheetRow> {
  const special = new RegExp(`[${delimiter}\r\n"]`, 'g');
  let row = 1;
  let record: string[] = [];
  let field: string[] = [];
  let fieldLength = 0;
  /** The field holds nothing but spaces so far: a quote there opens a quoted field. */
  let blank = true;
  let recordLength = 0;
  /** Inside quotes; `closing`: a quote ended the piece, and the next character says which. */
  let quoted = false;
  let closing = false;
  /** After a closing quote: only spaces may come before the delimiter or the line's end. */
  let closed = false;
  /** A CR ended the piece: a LF starting the next one belongs to it. */
  let cr = false;

  /** Counts a record's bytes, quotes and delimiters included. */
  const grow = (bytes: number) => {
    recordLength += bytes;
    if (recordLength > MAX_LINE_BYTES)
      throw new UnreadableSheet('import-line-too-long', { row, limit: MAX_LINE_BYTES >> 10 });
  };
  const add = (text: string) => {
    if (text === '') return;
    if (closed) {
      if (text.trim() !== '') throw new UnreadableSheet('import-quote', { row });
      return;
    }
    field.push(text);
    fieldLength += text.length;
    if (blank && text.trim() !== '') blank = false;
    grow(Buffer.byteLength(text));
    if (fieldLength > MAX_CELL_CHARS) {
      throw new UnreadableSheet('import-cell-too-long', {
        row,
        column: columnLetters(record.length),
        limit: MAX_CELL_CHARS,
      });
    }
  };
  const endField = () => {
    grow(1);
    record.push(closed ? field.join('') : field.join('').trim());
    field = [];
    fieldLength = 0;
    blank = true;
    closed = false;
  };
  /** The record ended, unless empty (a blank line, or nothing but delimiters): its row counts. */
  const endRecord = (): SheetRow | null => {
    endField();
    const done = record.some((cell) => cell !== '') ? { row, cells: record } : null;
    record = [];
    recordLength = 0;
    row += 1;
    return done;
  };

  for await (const piece of pieces) {
    let i = 0;
    if (cr && piece[0] === '\n') i = 1;
    cr = false;
    if (closing) {
      closing = false;
      if (piece[0] === '"') {
        add('"');
        i = 1;
      } else {
        quoted = false;
        closed = true;
      }
    }
    while (i < piece.length) {
      if (quoted) {
        const end = piece.indexOf('"', i);
        if (end < 0) {
          add(piece.slice(i));
          break;
        }
        add(piece.slice(i, end));
        i = end + 1;
        if (i === piece.length) closing = true;
        else if (piece[i] === '"') {
          add('"');
          i += 1;
        } else {
          quoted = false;
          closed = true;
        }
        continue;
      }
      special.lastIndex = i;
      const match = special.exec(piece);
      if (!match) {
        add(piece.slice(i));
        break;
      }
      add(piece.slice(i, match.index));
      i = match.index + 1;
      const c = match[0];
      if (c === '"') {
        // A quote opens a field that has nothing but spaces yet; elsewhere it is a letter.
        if (!closed && blank) {
          field = [];
          fieldLength = 0;
          quoted = true;
        } else add('"');
      } else if (c === delimiter) endField();
      else {
        const done = endRecord();
        if (done) yield done;
        if (c === '\r') {
          if (i === piece.length) cr = true;
          else if (piece[i] === '\n') i += 1;
        }
      }
    }
  }
  if (quoted && !closing) throw new UnreadableSheet('import-quote', { row });
  closed ||= closing;
  const last = endRecord();
  if (last) yield last;
}

async function* csvRows(file: Buffer): AsyncGenerator<SheetRow> {
  const text = csvText(file);
  const ahead: string[] = [];
  let head = '';
  while (!/[\r\n]/.test(head) && head.length <= MAX_LINE_BYTES) {
    const next = await text.next();
    if (next.done) break;
    ahead.push(next.value);
    head += next.value;
  }
  async function* all() {
    yield* ahead;
    yield* text;
  }
  yield* csvRecords(all(), delimiterOf(head));
}

/** A column's letters as a spreadsheet shows them: 0 → A, 26 → AA. */
function columnLetters(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26))
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

/**
 * The rows of an uploaded spreadsheet, read as a stream; empty rows are left out. A cell longer
 * than MAX_CELL_CHARS, or holding a NUL character (text never does; a UTF-16 or binary file
 * does, and PostgreSQL cannot store it), makes the file unreadable at that row.
 */
export async function* readSheet(file: Buffer, format: SheetFormat): AsyncGenerator<SheetRow> {
  const rows = format === 'xlsx' ? xlsxRows(file) : csvRows(file);
  for await (const row of rows) {
    row.cells.forEach((cell, i) => {
      if (typeof cell !== 'string') return;
      if (cell.length > MAX_CELL_CHARS) {
        throw new UnreadableSheet('import-cell-too-long', {
          row: row.row,
          column: columnLetters(i),
          limit: MAX_CELL_CHARS,
        });
      }
      if (cell.includes('\0')) throw new UnreadableSheet('import-nul', { row: row.row });
    });
    if (row.cells.some((cell) => cell !== null && cell !== undefined && String(cell).trim() !== ''))
      yield row;
  }
}

/** How many rows with content a file has, as `readSheet` yields them: the file is read through. */
export async function countRows(file: Buffer, format: SheetFormat): Promise<number> {
  let count = 0;
  for await (const _row of readSheet(file, format)) count += 1;
  return count;
}
