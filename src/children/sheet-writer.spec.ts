import { createHash } from 'node:crypto';
import { PassThrough } from 'node:stream';
import { SHEET_COLUMNS, type SheetKey } from './sheet-columns.js';
import { readSheet } from './sheet-reader.js';
import { writeSheet } from './sheet-writer.js';

/** A row of text that compresses about as little as real records (a hash in each cell). */
function row(i: number): Record<SheetKey, string | null> {
  return Object.fromEntries(
    SHEET_COLUMNS.map((c) => [
      c.key,
      `Nguyễn Thị Ánh ${createHash('md5').update(`${c.key}${i}`).digest('base64')}`,
    ]),
  ) as Record<SheetKey, string | null>;
}

const timeout = (ms: number) => new Promise<'timeout'>((r) => setTimeout(() => r('timeout'), ms));

describe('writeSheet', () => {
  it('holds the writer back while the output is not read, then writes every row', async () => {
    const out = new PassThrough();
    const sheet = writeSheet(out, 'a', SHEET_COLUMNS);
    // Pages of 1,000 rows (about 1 MB of XML) into an output nobody reads yet.
    let written = 0;
    let waiting: Promise<void> | undefined;
    while (written < 50_000) {
      for (let i = 0; i < 1_000; i++) sheet.add(row(++written));
      waiting = sheet.drained();
      if ((await Promise.race([waiting, timeout(300)])) === 'timeout') break;
    }
    expect(written).toBeLessThan(10_000);

    const chunks: Buffer[] = [];
    out.on('data', (c: Buffer) => chunks.push(c));
    await waiting;
    while (written < 20_000) {
      for (let i = 0; i < 1_000; i++) sheet.add(row(++written));
      await sheet.drained();
    }
    await sheet.commit();
    expect(out.listenerCount('close')).toBeLessThan(3);
    const rows: string[] = [];
    for await (const r of readSheet(Buffer.concat(chunks), 'xlsx')) rows.push(String(r.cells[1]));
    expect(rows).toHaveLength(20_001);
    expect(rows[20_000]).toBe(row(20_000).fullName);
    // Twenty thousand rows written and read back: 32 s once in CI beside the other suites.
  }, 90_000);

  it('stops waiting when the output closes', async () => {
    const out = new PassThrough();
    const sheet = writeSheet(out, 'a', SHEET_COLUMNS);
    let written = 0;
    let waiting: Promise<void> | undefined;
    let blocked = false;
    while (!blocked && written < 50_000) {
      for (let i = 0; i < 1_000; i++) sheet.add(row(++written));
      waiting = sheet.drained();
      blocked = (await Promise.race([waiting, timeout(300)])) === 'timeout';
    }
    expect(blocked).toBe(true);
    out.destroy();
    await expect(waiting).resolves.toBeUndefined();
  }, 30_000);
});
