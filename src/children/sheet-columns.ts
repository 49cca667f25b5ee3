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
] as const satisfies readonly {
  key: string;
  header: string;
  width: number;
  required?: boolean;
  exportOnly?: boolean;
}[];

export type SheetKey = (typeof SHEET_COLUMNS)[number]['key'];

const BY_HEADER = new Map<string, SheetKey>(
  SHEET_COLUMNS.flatMap((c) => [
    [normalizeName(c.header), c.key],
    [normalizeName(c.key), c.key],
  ]),
);

const HEADERS = new Map<string, string>(SHEET_COLUMNS.map((c) => [c.key, c.header]));

/** A column's header in the template (`communeCode` → "Mã xã"), or the key where it has none. */
export function headerOf(key: string): string {
  return HEADERS.get(key) ?? key;
}

/** The column a header names (Vietnamese with or without diacritics, or the field name), or null. */
export function columnOfHeader(header: string): SheetKey | null {
  return BY_HEADER.get(normalizeName(header)) ?? null;
}
