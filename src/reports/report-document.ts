import type { Bar, PrintBlock, PrintDocument } from '../common/pdf.js';
import type { IndicatorValue } from './indicators.js';
import {
  type IndicatorReport,
  printedCode,
  UNITS,
  UNVERIFIED_CODE,
  vietnameseDate,
} from './report-workbook.js';
import { termName } from './report-term.js';
import { TARGETS } from './targets.js';

/** A value as Vietnamese reports print it: `1.234`, `0,25%`, or `–`. */
export function printed(value: number | null, unit: IndicatorValue['unit']): string {
  if (value === null) return '–';
  if (unit === 'ratio') return `${(value * 100).toFixed(2).replace('.', ',')}%`;
  return value.toLocaleString('vi-VN');
}

const find = (report: IndicatorReport, set: string, code: string) =>
  report.items.find((item) => item.set === set && item.code === code);

/** Bars for a breakdown's values, in the labels' order; `top` keeps groups, not sub-groups. */
function breakdownBars(
  report: IndicatorReport,
  item: IndicatorValue | undefined,
  by: 'group' | 'form',
  top = false,
): Bar[] {
  const values = item?.breakdowns[by] ?? {};
  return [...report.labels[by].entries()]
    .filter(([code]) => values[code] !== undefined && (!top || !code.includes('.')))
    .map(([code, label]) => ({
      label,
      value: values[code] ?? 0,
      text: printed(values[code], 'children'),
    }));
}

/**
 * The periodic report of a commune or a province (of the year, or of its first six months) as a
 * document: the indicators table, the seeds' targets beside the figures, and the groups of
 * children in special circumstances and the forms of abuse as charts.
 */
export function periodicReportDocument(
  report: IndicatorReport,
  issuer: string,
  generatedOn: string,
): PrintDocument {
  const blocks: PrintBlock[] = [
    {
      kind: 'paragraph',
      text:
        `Số liệu tính đến ngày ${vietnameseDate(report.asOf)}, tổng hợp từ phần mềm quản lý thông ` +
        'tin trẻ em và hồ sơ bảo vệ trẻ em. Trẻ em là người dưới 16 tuổi.',
    },
    { kind: 'heading', text: 'I. Các chỉ tiêu thống kê (Thông tư 13/2021/TT-BLĐTBXH)' },
    {
      kind: 'table',
      columns: ['Chỉ tiêu', 'Mã số', 'Đơn vị tính', 'Giá trị'],
      rows: report.items.map((item) => [
        item.name,
        printedCode(item),
        UNITS[item.unit],
        printed(item.value, item.unit),
      ]),
    },
    ...(report.items.some((item) => !item.codeVerified)
      ? [{ kind: 'paragraph' as const, text: UNVERIFIED_CODE }]
      : []),
  ];
  const targets: Bar[] = [];
  const target = (set: string, code: string, goal: number, goalText: string) => {
    const item = find(report, set, code);
    if (!item) return;
    targets.push({
      label: item.name,
      value: item.value ?? 0,
      text: printed(item.value, 'ratio'),
      target: { value: goal, text: goalText },
    });
  };
  target('I', '0302', TARGETS.specialCircumstanceRate, 'mục tiêu < 1%');
  target('I', '0304', TARGETS.supportedRate, 'mục tiêu 100%');
  target('III', '0103', TARGETS.intervenedOnTimeRate, 'mục tiêu 100%');
  if (targets.length > 0) {
    blocks.push(
      { kind: 'heading', text: 'II. Kết quả so với mục tiêu' },
      { kind: 'bars', max: 1, bars: targets },
    );
  }
  const charts: [string, Bar[]][] = [
    [
      'III. Trẻ em có hoàn cảnh đặc biệt theo nhóm',
      breakdownBars(report, find(report, 'I', '0301'), 'group', true),
    ],
    [
      'IV. Trẻ em bị xâm hại theo hình thức',
      breakdownBars(report, find(report, 'III', '0101'), 'form'),
    ],
  ];
  for (const [title, bars] of charts) {
    blocks.push({ kind: 'heading', text: title });
    blocks.push(
      bars.length > 0
        ? { kind: 'bars', max: Math.max(1, ...bars.map((b) => b.value)), bars }
        : { kind: 'paragraph', text: 'Không có trẻ em nào trong kỳ báo cáo.' },
    );
  }
  if (report.areas.length > 0) {
    const population = report.items.findIndex((i) => i.set === 'I' && i.code === '0101');
    const special = report.items.findIndex((i) => i.set === 'I' && i.code === '0301');
    const abused = report.items.findIndex((i) => i.set === 'III' && i.code === '0101');
    const cell = (items: IndicatorValue[], index: number) =>
      index < 0 ? '–' : printed(items[index].value, items[index].unit);
    blocks.push(
      { kind: 'heading', text: 'V. Theo địa bàn' },
      {
        kind: 'table',
        columns: ['Địa bàn', 'Dân số trẻ em', 'Trẻ em có HCĐB', 'Trẻ em bị xâm hại'],
        rows: report.areas.map((area) => [
          area.name,
          cell(area.items, population),
          cell(area.items, special),
          cell(area.items, abused),
        ]),
      },
    );
  }
  const [y, m, d] = generatedOn.split('-');
  const term = termName(report.year, report.term);
  return {
    issuer: [issuer.toUpperCase()],
    title: 'BÁO CÁO',
    subtitle: `Tình hình trẻ em và công tác bảo vệ trẻ em ${term} — ${report.areaName}`,
    placeAndDate: `${report.placeName}, ngày ${d} tháng ${m} năm ${y}`,
    blocks,
    signatures: [{ title: 'NGƯỜI LẬP BIỂU' }, { title: 'THỦ TRƯỞNG ĐƠN VỊ' }],
    footer: `Báo cáo ${term} · ${report.areaName}`,
    info: { Title: `Báo cáo trẻ em ${term} — ${report.areaName}` },
  };
}
