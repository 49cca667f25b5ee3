import ExcelJS from 'exceljs';
import { neutralizeFormula } from '../common/spreadsheet.js';
import type { Breakdown, IndicatorValue } from './indicators.js';
import { type ReportTerm, termName } from './report-term.js';

/** Names for the codes of each breakdown, in the order columns and bars take. */
export type Labels = Record<Breakdown, Map<string, string>>;

/** What a spreadsheet or a PDF of indicators shows: overall, and area by area. */
export interface IndicatorReport {
  title: string;
  /** "Thành phố Hà Nội". */
  areaName: string;
  /** "Hà Nội": where a document is dated. */
  placeName: string;
  year: number;
  /** The year, or its first six months. */
  term: ReportTerm;
  asOf: string;
  items: IndicatorValue[];
  /** Each area below the one reported on (the communes of a province), in order. */
  areas: { code: string; name: string; items: IndicatorValue[] }[];
  labels: Labels;
  /** Whether counts under the threshold were hidden. */
  suppressed: boolean;
}

const BREAKDOWN_TITLES: Record<Breakdown, string> = {
  sex: 'Giới tính',
  ageGroup: 'Nhóm tuổi',
  area: 'Địa bàn',
  group: 'Nhóm',
  support: 'Hình thức trợ giúp',
  injury: 'Loại tai nạn, thương tích',
  form: 'Hình thức xâm hại',
  setting: 'Môi trường xâm hại',
  violator: 'Đối tượng vi phạm',
  relationship: 'Quan hệ với trẻ em',
};

export const UNITS: Record<IndicatorValue['unit'], string> = {
  children: 'Trẻ em',
  ratio: '%',
  cases: 'Vụ',
  violators: 'Cá nhân, tổ chức',
  persons: 'Người',
  vnd: 'Đồng',
};

/**
 * An indicator's code as a document prints it: the Circular's where it was checked against its
 * appendix, otherwise marked as the software's own (UNVERIFIED_CODE), never passed off as official.
 */
export function printedCode(item: Pick<IndicatorValue, 'set' | 'code' | 'codeVerified'>): string {
  return `${item.set}-${item.code}${item.codeVerified ? '' : ' (*)'}`;
}

/** What the mark of a code not checked against the Circular says, under the table that shows one. */
export const UNVERIFIED_CODE =
  '(*) Mã số tạm của phần mềm, chưa đối chiếu với Phụ lục Thông tư 13/2021/TT-BLĐTBXH: không phải mã số chính thức.';

/** `2026-12-03` as Vietnamese documents write it. */
export function vietnameseDate(day: string): string {
  return `${day.slice(8, 10)}/${day.slice(5, 7)}/${day.slice(0, 4)}`;
}

/** The breakdown's codes that have a value anywhere, in the labels' order, then any others. */
function orderedKeys(report: IndicatorReport, index: number, by: Breakdown): string[] {
  const present = new Set<string>();
  for (const items of [report.items, ...report.areas.map((a) => a.items)]) {
    for (const key of Object.keys(items[index].breakdowns[by] ?? {})) present.add(key);
  }
  const known = [...report.labels[by].keys()].filter((key) => present.has(key));
  return [...known, ...[...present].filter((key) => !report.labels[by].has(key)).sort()];
}

/** A row of texts and numbers; a text that a spreadsheet would run as a formula is neutralised. */
function addRow(sheet: ExcelJS.Worksheet, cells: (string | number)[]): ExcelJS.Row {
  return sheet.addRow(cells.map(neutralizeFormula));
}

/**
 * The indicators laid out like the official tables: a summary sheet, then one sheet per indicator
 * with a row per area and the total, a column per breakdown value under Vietnamese headers.
 */
export function indicatorWorkbook(report: IndicatorReport): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'BVTE';
  const term = termName(report.year, report.term);
  const heading = `${report.areaName} · ${term[0].toUpperCase()}${term.slice(1)} · Số liệu tính đến ngày ${vietnameseDate(report.asOf)}`;
  const footnote = report.suppressed
    ? '“–”: không có số liệu, hoặc số nhỏ được ẩn để không lộ danh tính trẻ em.'
    : '“–”: không có số liệu.';

  const summary = workbook.addWorksheet('Tổng hợp');
  addRow(summary, [report.title]).font = { bold: true, size: 14 };
  addRow(summary, [heading]);
  addRow(summary, []);
  const header = addRow(summary, [
    'STT',
    'Bộ chỉ tiêu',
    'Mã số',
    'Tên chỉ tiêu',
    'Đơn vị tính',
    'Giá trị',
    'Mã số đã đối chiếu Thông tư',
  ]);
  header.font = { bold: true };
  report.items.forEach((item, i) => {
    const row = addRow(summary, [
      i + 1,
      item.set === 'I' ? 'Phụ lục I: Tình hình trẻ em' : 'Phụ lục III: Xâm hại trẻ em',
      item.codeVerified ? item.code : `${item.code} (*)`,
      item.name,
      UNITS[item.unit],
      item.value ?? '–',
      item.codeVerified ? 'Có' : 'Chưa',
    ]);
    if (item.unit === 'ratio') row.getCell(6).numFmt = '0.00%';
  });
  addRow(summary, []);
  addRow(summary, [footnote]).font = { italic: true };
  if (report.items.some((item) => !item.codeVerified)) {
    addRow(summary, [UNVERIFIED_CODE]).font = { italic: true };
  }
  summary.columns = [6, 26, 8, 60, 12, 14, 14].map((width) => ({ width }));

  report.items.forEach((item, index) => {
    const sheet = workbook.addWorksheet(`${item.set}-${item.code}`);
    addRow(sheet, [`Biểu ${printedCode(item)}: ${item.name}`]).font = { bold: true, size: 13 };
    addRow(sheet, [heading]);
    addRow(sheet, [`Đơn vị tính: ${UNITS[item.unit]}`]).font = { italic: true };
    addRow(sheet, []);
    const groups = Object.keys(item.breakdowns).filter((by) => by !== 'area') as Breakdown[];
    const columns = groups.map((by) => ({ by, keys: orderedKeys(report, index, by) }));
    const top = ['STT', 'Địa bàn', 'Tổng số'];
    const second = ['', '', ''];
    for (const { by, keys } of columns) {
      keys.forEach((key, i) => {
        top.push(i === 0 ? BREAKDOWN_TITLES[by] : '');
        second.push(report.labels[by].get(key) ?? key);
      });
    }
    const first = addRow(sheet, top);
    const labels = addRow(sheet, second);
    first.font = labels.font = { bold: true };
    let column = 4;
    for (const { keys } of columns) {
      if (keys.length > 1)
        sheet.mergeCells(first.number, column, first.number, column + keys.length - 1);
      column += keys.length;
    }
    for (const c of [1, 2, 3]) sheet.mergeCells(first.number, c, labels.number, c);
    const line = (number: number | string, name: string, value: IndicatorValue) => {
      const cells: (string | number)[] = [number, name, value.value ?? '–'];
      for (const { by, keys } of columns) {
        for (const key of keys) cells.push(value.breakdowns[by]?.[key] ?? '–');
      }
      const row = addRow(sheet, cells);
      if (item.unit === 'ratio') {
        for (let c = 3; c <= cells.length; c++) row.getCell(c).numFmt = '0.00%';
      }
      return row;
    };
    line('', 'Tổng cộng', item).font = { bold: true };
    report.areas.forEach((area, i) => line(i + 1, area.name, area.items[index]));
    addRow(sheet, []);
    addRow(sheet, [footnote]).font = { italic: true };
    if (!item.codeVerified) addRow(sheet, [UNVERIFIED_CODE]).font = { italic: true };
    sheet.getColumn(1).width = 6;
    sheet.getColumn(2).width = 34;
    for (let c = 3; c < column; c++) sheet.getColumn(c).width = 14;
    sheet.views = [{ state: 'frozen', xSplit: 2, ySplit: labels.number }];
  });
  return workbook;
}
