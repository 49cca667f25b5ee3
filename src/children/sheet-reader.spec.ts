import ExcelJS from 'exceljs';
import { countRows, readSheet } from './sheet-reader.js';

const SYLLABLES = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Đặng', 'Thị', 'Văn', 'Ngọc', 'Ánh'];

/** Thousands of distinct Vietnamese names: enough bytes that some letter falls across chunks. */
function names(count: number): string[] {
  return Array.from(
    { length: count },
    (_, i) => [0, 1, 2].map((k) => SYLLABLES[Math.floor(i / 10 ** k) % 10]).join(' ') + ` ${i}`,
  );
}

async function read(file: Buffer): Promise<string[]> {
  const cells: string[] = [];
  for await (const row of readSheet(file, 'xlsx')) cells.push(String(row.cells[0]));
  return cells;
}

describe('readSheet (.xlsx)', () => {
  const expected = names(60_000);

  it('keeps every Vietnamese letter of shared strings intact', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('a');
    for (const name of expected) sheet.addRow([name]);
    expect(await read(Buffer.from(await workbook.xlsx.writeBuffer()))).toEqual(expected);
  });

  it('keeps every Vietnamese letter of inline strings intact', async () => {
    const chunks: Buffer[] = [];
    const { PassThrough } = await import('node:stream');
    const out = new PassThrough();
    out.on('data', (c: Buffer) => chunks.push(c));
    const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
      stream: out,
      useSharedStrings: false,
    });
    const sheet = workbook.addWorksheet('a');
    for (const name of expected) sheet.addRow([name]).commit();
    sheet.commit();
    await workbook.commit();
    expect(await read(Buffer.concat(chunks))).toEqual(expected);
  });
});

describe('countRows (.csv)', () => {
  it('counts the rows readSheet yields: quoted line breaks and empty lines included', async () => {
    const csv = Buffer.from(
      '\uFEFFHọ và tên,Ghi chú\r\nAn,"hai\r\ndòng"\r\n,,\r\n\r\nBình,"có ""ngoặc"", phẩy"\nChâu,',
    );
    const rows: unknown[] = [];
    for await (const row of readSheet(csv, 'csv')) rows.push(row);
    expect(rows).toHaveLength(4);
    expect(await countRows(csv, 'csv')).toBe(4);
  });
});
