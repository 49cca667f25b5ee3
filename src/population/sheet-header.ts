import { type CellValue, text } from '../children/child-sheet.js';
import type { SheetColumn } from '../children/sheet-writer.js';
import { normalizeName } from '../children/vietnamese-name.js';

/**
 * Which column of a sheet holds each key, from its header row (headers with or without
 * diacritics, in any order; the first of a repeated one), and the headers of the required keys
 * missing.
 */
export function headerColumns<K extends string>(
  columns: readonly SheetColumn<K>[],
  header: CellValue[],
  required: (key: K) => boolean,
): { columns: Map<K, number>; missing: string[] } {
  const byName = new Map(columns.map((c) => [normalizeName(c.header), c.key]));
  const found = new Map<K, number>();
  header.forEach((cell, i) => {
    const key = byName.get(normalizeName(text(cell) ?? ''));
    if (key && !found.has(key)) found.set(key, i);
  });
  const missing = columns.filter((c) => required(c.key) && !found.has(c.key)).map((c) => c.header);
  return { columns: found, missing };
}
