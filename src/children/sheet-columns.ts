import type { ImportKind } from './entities/child-import.entity.js';
import { normalizeName } from './vietnamese-name.js';

export const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * The columns of the registry's spreadsheets: the import template, the export, and the headers
 * an import accepts (the Vietnamese header, with or without diacritics, or the API field name).
 * An export can be imported back unchanged; its `id` column makes corrections made in the
 * spreadsheet land on the right record.
 */
export const SHEET_COLUMNS = [
  { key: 'id', header: 'Mã hồ sơ (ID)', width: 38, exportOnly: true },
  { key: 'fullName', header: 'Họ và tên', width: 28, required: true },
  { key: 'dateOfBirth', header: 'Ngày sinh', width: 13, required: true },
  { key: 'dobPrecision', header: 'Độ chính xác ngày sinh', width: 12 },
  { key: 'sex', header: 'Giới tính', width: 10, required: true },
  { key: 'ethnicityCode', header: 'Dân tộc', width: 12 },
  { key: 'personalId', header: 'Số định danh cá nhân', width: 16 },
  { key: 'provinceCode', header: 'Mã tỉnh', width: 8, required: true },
  { key: 'communeCode', header: 'Mã xã', width: 8, required: true },
  { key: 'village', header: 'Thôn, tổ dân phố', width: 18 },
  { key: 'address', header: 'Địa chỉ', width: 30 },
  { key: 'motherName', header: 'Họ tên mẹ', width: 24 },
  { key: 'motherPersonalId', header: 'Số định danh của mẹ', width: 16 },
  { key: 'motherPhone', header: 'Điện thoại của mẹ', width: 13 },
  { key: 'fatherName', header: 'Họ tên cha', width: 24 },
  { key: 'fatherPersonalId', header: 'Số định danh của cha', width: 16 },
  { key: 'fatherPhone', header: 'Điện thoại của cha', width: 13 },
  { key: 'guardianName', header: 'Họ tên người giám hộ', width: 24 },
  { key: 'guardianPersonalId', header: 'Số định danh của người giám hộ', width: 16 },
  { key: 'guardianPhone', header: 'Điện thoại của người giám hộ', width: 13 },
  { key: 'specialCircumstances', header: 'Hoàn cảnh đặc biệt (mã)', width: 16 },
  { key: 'riskFactors', header: 'Yếu tố nguy cơ (mã)', width: 22 },
  { key: 'schoolStatus', header: 'Tình trạng đi học (mã)', width: 16 },
  { key: 'disability', header: 'Khuyết tật', width: 16 },
  { key: 'notes', header: 'Ghi chú', width: 30 },
] as const satisfies readonly SheetColumn[];

export type SheetKey = (typeof SHEET_COLUMNS)[number]['key'];

/** A column of an import's or an export's sheet. */
export interface SheetColumn {
  readonly key: string;
  readonly header: string;
  readonly width: number;
  /** An import refuses a file without it. */
  readonly required?: boolean;
  /** Written by the export, never read by an import. */
  readonly exportOnly?: boolean;
}

/**
 * The columns of the support import (issue 26): whose support (the record's id from an export,
 * else the personal ID, else the name and date of birth), what, from whom, from when to when, how
 * much, under which programme.
 */
export const SUPPORT_COLUMNS = [
  { key: 'id', header: 'Mã hồ sơ (ID)', width: 38 },
  { key: 'personalId', header: 'Số định danh cá nhân', width: 16 },
  { key: 'fullName', header: 'Họ và tên', width: 28 },
  { key: 'dateOfBirth', header: 'Ngày sinh', width: 13 },
  { key: 'kind', header: 'Loại hỗ trợ', width: 30, required: true },
  { key: 'provider', header: 'Nguồn hỗ trợ', width: 16, required: true },
  { key: 'providerName', header: 'Tên tổ chức, nhà tài trợ', width: 30 },
  { key: 'startsOn', header: 'Từ ngày', width: 13, required: true },
  { key: 'endsOn', header: 'Đến ngày', width: 13 },
  { key: 'amount', header: 'Số tiền (đồng)', width: 14 },
  { key: 'programme', header: 'Chương trình', width: 40 },
] as const satisfies readonly SheetColumn[];

export type SupportSheetKey = (typeof SUPPORT_COLUMNS)[number]['key'];

/** What each kind of import reads. */
export const IMPORT_COLUMNS: Record<ImportKind, readonly SheetColumn[]> = {
  children: SHEET_COLUMNS,
  supports: SUPPORT_COLUMNS,
};

/** The headers a sheet's columns are found by, each sheet's built once. */
const LOOKUPS = new WeakMap<
  readonly SheetColumn[],
  { byHeader: Map<string, string>; headers: Map<string, string> }
>();

function lookup(columns: readonly SheetColumn[]) {
  let found = LOOKUPS.get(columns);
  if (!found) {
    found = {
      byHeader: new Map(
        columns.flatMap((c) => [
          [normalizeName(c.header), c.key],
          [normalizeName(c.key), c.key],
        ]),
      ),
      headers: new Map(columns.map((c) => [c.key, c.header])),
    };
    LOOKUPS.set(columns, found);
  }
  return found;
}

/** A column's header in the template (`communeCode` → "Mã xã"), or the key where it has none. */
export function headerOf(key: string, columns: readonly SheetColumn[] = SHEET_COLUMNS): string {
  return lookup(columns).headers.get(key) ?? key;
}

/** The column a header names (Vietnamese with or without diacritics, or the field name), or null. */
export function columnOfHeader(
  header: string,
  columns: readonly SheetColumn[] = SHEET_COLUMNS,
): string | null {
  return lookup(columns).byHeader.get(normalizeName(header)) ?? null;
}
