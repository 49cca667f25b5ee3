import ExcelJS from 'exceljs';
import { countRows, readSheet, UnreadableSheet } from './sheet-reader.js';

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

describe('readSheet (.csv)', () => {
  const rows = async (text: string) => {
    const result: [number, unknown[]][] = [];
    for await (const row of readSheet(Buffer.from(text), 'csv')) result.push([row.row, row.cells]);
    return result;
  };
  const failure = async (text: string) => {
    const error: unknown = await rows(text).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnreadableSheet);
    return [(error as UnreadableSheet).code, (error as UnreadableSheet).params];
  };
  /** 254 lines of 64 characters after the header: what follows starts at 16,260, 124 before a piece's end. */
  const lines = `a,b\n${`${'y'.repeat(63)}\n`.repeat(254)}`;

  it('reads quotes, doubled quotes and line ends CR, LF or CRLF, also across 16 KB pieces', async () => {
    // The quote that ends the first piece is the first of three: a quote, then the field's end.
    const quoted = await rows(`${lines}"${'x'.repeat(122)}""",c\r\n"q""" , d\n\n"e\r\nf",g`);
    expect(quoted.slice(-3)).toEqual([
      [256, [`${'x'.repeat(122)}"`, 'c']],
      [257, ['q"', 'd']],
      [259, ['e\r\nf', 'g']],
    ]);
    // A CR ends the first piece, its LF begins the second.
    const split = await rows(`${lines}${'y'.repeat(123)}\r\nz\rw`);
    expect(split.slice(-3)).toEqual([
      [256, ['y'.repeat(123)]],
      [257, ['z']],
      [258, ['w']],
    ]);
    expect(await rows('a;b\n1,5;2')).toEqual([
      [1, ['a', 'b']],
      [2, ['1,5', '2']],
    ]);
  });

  it('names the row of an unbalanced quote, a NUL, a long cell or a long line', async () => {
    expect(await failure('a,b\n1,"2\n3,4\n')).toEqual(['import-quote', { row: 2 }]);
    expect(await failure('a,b\n1,"2" 3\n')).toEqual(['import-quote', { row: 2 }]);
    expect(await failure('a,b\n\n1,2\0\n')).toEqual(['import-nul', { row: 3 }]);
    expect(await failure(`a,b\n1,${'z'.repeat(4097)}\n`)).toEqual([
      'import-cell-too-long',
      { row: 2, column: 'B', limit: 4096 },
    ]);
    expect(await failure(`a,b\n${'z,'.repeat(40_000)}\n`)).toEqual([
      'import-line-too-long',
      { row: 2, limit: 64 },
    ]);
  });
});
