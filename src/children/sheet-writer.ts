import { once } from 'node:events';
import type { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import { neutralizeFormula } from '../common/spreadsheet.js';

/** A sheet's column: its key in the rows added, its header, its width in characters. */
export interface SheetColumn<K extends string> {
  key: K;
  header: string;
  width: number;
}

/** A streamed .xlsx of one sheet, written row by row. */
export interface SheetWriter<K extends string> {
  add(row: Record<K, string | number | null>): void;
  /**
   * Resolves once what was added has moved on towards `out`, or `out` has closed. ExcelJS's
   * streaming writer pipes a worksheet into its zip entry without heeding backpressure (its
   * StreamBuf ignores what `write` answers), so without this wait a client slower than the
   * database has the whole sheet held in memory, about 1 KB a row.
   */
  drained(): Promise<void>;
  /** Ends the sheet and the file; resolves once written, or once `out` has closed. */
  commit(): Promise<void>;
}

/** The writable end of the zip entry ExcelJS pipes the worksheet into, once it has begun. */
type Entry = NodeJS.EventEmitter & { _writableState?: { needDrain: boolean } };

export function writeSheet<K extends string>(
  out: Writable,
  title: string,
  columns: readonly SheetColumn<K>[],
): SheetWriter<K> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: out,
    useStyles: true,
    useSharedStrings: false,
  });
  const sheet = workbook.addWorksheet(title, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((c) => ({ header: c.header, key: c.key, width: c.width }));
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).commit();
  const entry = () => (sheet as unknown as { stream: { pipes: Entry[] } }).stream.pipes[0];
  return {
    add: (row) => {
      const cells = Object.entries(row).map(([key, value]) => [key, neutralizeFormula(value)]);
      sheet.addRow(Object.fromEntries(cells)).commit();
    },
    drained: async () => {
      const target = entry();
      if (out.destroyed || !target?._writableState?.needDrain) return;
      await untilClosed(once(target, 'drain'), out);
    },
    commit: async () => {
      sheet.commit();
      if (!out.destroyed) await untilClosed(workbook.commit(), out);
    },
  };
}

/** A sheet of a small workbook, its rows given whole. */
export interface WholeSheet {
  title: string;
  columns: readonly SheetColumn<string>[];
  rows: Record<string, string | number | null>[];
}

/** A small .xlsx of several sheets (one person's file), written in order. */
export async function writeWorkbook(out: Writable, sheets: WholeSheet[]): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: out,
    useStyles: true,
    useSharedStrings: false,
  });
  for (const { title, columns, rows } of sheets) {
    const sheet = workbook.addWorksheet(title, { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.columns = columns.map((c) => ({ header: c.header, key: c.key, width: c.width }));
    sheet.getRow(1).font = { bold: true };
    sheet.getRow(1).commit();
    for (const row of rows) {
      const cells = Object.entries(row).map(([key, value]) => [key, neutralizeFormula(value)]);
      sheet.addRow(Object.fromEntries(cells)).commit();
    }
    sheet.commit();
  }
  if (!out.destroyed) await untilClosed(workbook.commit(), out);
}

/** `done`, or `out` closing first (a client gone); leaves no listener behind on `out`. */
async function untilClosed(done: Promise<unknown>, out: Writable): Promise<void> {
  const stop = new AbortController();
  try {
    await Promise.race([done, once(out, 'close', { signal: stop.signal })]);
  } finally {
    stop.abort();
  }
}
