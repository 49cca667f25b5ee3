import type { IndicatorValue } from './indicators.js';
import { periodicReportDocument, printed } from './report-document.js';
import { type IndicatorReport, indicatorWorkbook, UNVERIFIED_CODE } from './report-workbook.js';

const item = (
  set: string,
  code: string,
  unit: IndicatorValue['unit'],
  value: number | null,
  breakdowns: IndicatorValue['breakdowns'] = {},
): IndicatorValue => ({
  set,
  code,
  name: `${set}-${code}`,
  nameEn: '',
  unit,
  // As in the indicators' data: checked against the Circular's appendix, I-0101 and III-0101.
  codeVerified: code === '0101',
  value,
  breakdowns,
});

const report: IndicatorReport = {
  title: 'Báo cáo',
  areaName: 'Thành phố Hà Nội',
  placeName: 'Hà Nội',
  year: 2026,
  term: 'annual',
  asOf: '2026-12-03',
  suppressed: false,
  labels: {
    sex: new Map(),
    ageGroup: new Map(),
    area: new Map(),
    support: new Map(),
    injury: new Map(),
    group: new Map([
      ['a', 'Mồ côi'],
      ['a.1', 'Mồ côi, không người chăm sóc'],
      ['c', 'Không nơi nương tựa'],
    ]),
    form: new Map([['violence', 'Bạo lực']]),
    setting: new Map(),
    violator: new Map(),
    relationship: new Map(),
  },
  items: [
    item('I', '0101', 'children', 12345),
    item('I', '0301', 'children', 30, { group: { a: 20, 'a.1': 5, c: 10 } }),
    item('I', '0302', 'ratio', 0.0243),
    item('III', '0101', 'children', 0, { form: {} }),
    item('III', '0103', 'ratio', null),
  ],
  areas: [],
};

describe('the periodic report document', () => {
  const document = periodicReportDocument(report, 'UBND Thành phố Hà Nội', '2026-12-03');

  it('is dated at its place, as Vietnamese documents are', () => {
    expect(document.placeAndDate).toBe('Hà Nội, ngày 03 tháng 12 năm 2026');
    expect(document.issuer).toEqual(['UBND THÀNH PHỐ HÀ NỘI']);
  });

  it('charts the rates against the targets, the groups (not sub-groups) and the forms', () => {
    const bars = document.blocks.flatMap((b) => (b.kind === 'bars' ? [b.bars] : []));
    expect(bars[0]).toEqual([
      {
        label: 'I-0302',
        value: 0.0243,
        text: '2,43%',
        target: { value: 0.01, text: 'mục tiêu < 1%' },
      },
      { label: 'III-0103', value: 0, text: '–', target: { value: 1, text: 'mục tiêu 100%' } },
    ]);
    expect(bars[1].map((b) => [b.label, b.value])).toEqual([
      ['Mồ côi', 20],
      ['Không nơi nương tựa', 10],
    ]);
    // No abused child: said in words, not as an empty chart.
    expect(bars).toHaveLength(2);
    expect(document.blocks).toContainEqual({
      kind: 'paragraph',
      text: 'Không có trẻ em nào trong kỳ báo cáo.',
    });
  });

  it('marks a code not checked against the Circular: never printed as an official one', () => {
    const table = document.blocks.find((b) => b.kind === 'table')!;
    expect(table.kind === 'table' && table.rows.map((row) => row[1])).toEqual([
      'I-0101',
      'I-0301 (*)',
      'I-0302 (*)',
      'III-0101',
      'III-0103 (*)',
    ]);
    expect(document.blocks).toContainEqual({ kind: 'paragraph', text: UNVERIFIED_CODE });
    const verifiedOnly = { ...report, items: report.items.filter((i) => i.codeVerified) };
    expect(periodicReportDocument(verifiedOnly, 'UBND', '2026-12-03').blocks).not.toContainEqual({
      kind: 'paragraph',
      text: UNVERIFIED_CODE,
    });

    // The spreadsheet: the summary's code column, each table's title, the note under both.
    const workbook = indicatorWorkbook(report);
    const summary = workbook.getWorksheet('Tổng hợp')!;
    const codes: unknown[] = [];
    const notes: unknown[] = [];
    summary.eachRow((row) => {
      if (typeof row.getCell(1).value === 'number') codes.push(row.getCell(3).value);
      if (row.getCell(1).value === UNVERIFIED_CODE) notes.push(row.number);
    });
    expect(codes).toEqual(['0101', '0301 (*)', '0302 (*)', '0101', '0103 (*)']);
    expect(notes).toHaveLength(1);
    expect(workbook.getWorksheet('I-0101')!.getRow(1).getCell(1).value).toBe('Biểu I-0101: I-0101');
    const unverified = workbook.getWorksheet('I-0301')!;
    expect(unverified.getRow(1).getCell(1).value).toBe('Biểu I-0301 (*): I-0301');
    expect(unverified.getRow(unverified.rowCount).getCell(1).value).toBe(UNVERIFIED_CODE);
  });

  it('names its term: the year, or the first six months and the day they close', () => {
    expect(document.subtitle).toBe(
      'Tình hình trẻ em và công tác bảo vệ trẻ em năm 2026 — Thành phố Hà Nội',
    );
    expect(document.footer).toBe('Báo cáo năm 2026 · Thành phố Hà Nội');
    const half: IndicatorReport = { ...report, term: 'six_months', asOf: '2026-06-14' };
    const halfDocument = periodicReportDocument(half, 'UBND Thành phố Hà Nội', '2026-06-15');
    expect(halfDocument.subtitle).toBe(
      'Tình hình trẻ em và công tác bảo vệ trẻ em 6 tháng đầu năm 2026 — Thành phố Hà Nội',
    );
    expect(halfDocument.footer).toBe('Báo cáo 6 tháng đầu năm 2026 · Thành phố Hà Nội');
    expect(halfDocument.blocks[0]).toMatchObject({
      text: expect.stringContaining('Số liệu tính đến ngày 14/06/2026'),
    });
    expect(indicatorWorkbook(half).getWorksheet('Tổng hợp')!.getRow(2).getCell(1).value).toBe(
      'Thành phố Hà Nội · 6 tháng đầu năm 2026 · Số liệu tính đến ngày 14/06/2026',
    );
    expect(indicatorWorkbook(report).getWorksheet('Tổng hợp')!.getRow(2).getCell(1).value).toBe(
      'Thành phố Hà Nội · Năm 2026 · Số liệu tính đến ngày 03/12/2026',
    );
  });

  it('prints numbers the Vietnamese way', () => {
    expect(printed(12345, 'children')).toBe('12.345');
    expect(printed(0.5, 'ratio')).toBe('50,00%');
    expect(printed(null, 'children')).toBe('–');
  });
});
