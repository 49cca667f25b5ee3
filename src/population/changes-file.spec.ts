import type { CellValue } from '../children/child-sheet.js';
import { changeColumns, readChangeRow } from './changes-file.js';

const HEADER = [
  'Loai bien dong',
  'Ngày biến động',
  'Số định danh cá nhân',
  'Họ và tên',
  'Ngày sinh',
  'Giới tính',
];

describe('changes-file', () => {
  const { columns, missing } = changeColumns(HEADER);
  const read = (cells: CellValue[]) => readChangeRow(cells, columns);

  it('finds its columns with or without diacritics; the other commune may be left out', () => {
    expect(missing).toEqual([]);
    expect(changeColumns(['Họ và tên', 'Ngày sinh']).missing).toEqual([
      'Loại biến động',
      'Ngày biến động',
      'Số định danh cá nhân',
      'Giới tính',
    ]);
  });

  it('reads a change as the police write it, dates as cells or text', () => {
    expect(
      read([
        'Chuyển đến',
        new Date('2026-12-01T00:00:00Z'),
        '001226000010',
        ' Mai Thị Oanh ',
        '01/01/2020',
        'nu',
      ]),
    ).toEqual({
      kind: 'change',
      change: {
        kind: 'moved_in',
        date: '2026-12-01',
        person: {
          fullName: 'Mai Thị Oanh',
          dateOfBirth: '2020-01-01',
          sex: 'female',
          personalId: '001226000010',
        },
        otherCommuneCode: null,
      },
    });
    expect(read([null, null, '', null, null, null])).toEqual({ kind: 'blank' });
  });

  it.each([
    [
      ['Khai tử', '01/12/2026', '001226000010', 'A', '01/01/2020', 'Nam'],
      'Loại biến động “Khai tử”',
    ],
    [
      ['Chuyển đi', '31/11/2026', '001226000010', 'A', '01/01/2020', 'Nam'],
      'Cột “Ngày biến động”: “31/11/2026”',
    ],
    [
      ['Chuyển đi', '01/12/2026', null, 'A', '01/01/2020', 'Nam'],
      'Cột “Số định danh cá nhân” để trống.',
    ],
    [['Chuyển đi', '01/12/2026', '001226000010', 'A', '01/01/2020', 'X'], 'Cột “Giới tính”: “X”'],
  ])('says the first fault of a row (%#)', (cells, message) => {
    const row = read(cells);
    expect(row.kind).toBe('rejected');
    expect(row.kind === 'rejected' && row.message.vi).toContain(message);
  });

  it('reads the other commune’s code, its leading zeros restored', () => {
    const withOther = changeColumns([...HEADER, 'Mã xã nơi đến hoặc nơi đi']).columns;
    const row = readChangeRow(
      ['Chuyển đi', '01/12/2026', '001226000010', 'A', '01/01/2020', 'Nam', 8],
      withOther,
    );
    expect(row.kind === 'change' && row.change.otherCommuneCode).toBe('00008');
    const bad = readChangeRow(
      ['Chuyển đi', '01/12/2026', '001226000010', 'A', '01/01/2020', 'Nam', 'Ngọc Hà'],
      withOther,
    );
    expect(bad.kind === 'rejected' && bad.message.vi).toContain('không phải mã xã');
  });
});
