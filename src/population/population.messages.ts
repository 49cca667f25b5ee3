// The message catalog of the national population database, Vietnamese and English (see common/i18n.ts).
import { problemCatalog, type Text } from '../common/i18n.js';

/** The problems it answers with: status, title and detail (`{name}`: the exception's parameters). */
export const POPULATION_PROBLEMS = problemCatalog({
  'population-offline': {
    status: 409,
    title: { vi: 'Chưa kết nối trực tuyến', en: 'Not connected online' },
    detail: {
      vi: 'Hệ thống chưa được kết nối trực tuyến với Cơ sở dữ liệu quốc gia về dân cư. Đề nghị quản trị viên cấu hình kết nối.',
      en: 'The system is not connected online to the national population database. Ask an administrator to configure the connection.',
    },
  },
  'population-unavailable': {
    status: 503,
    title: {
      vi: 'Chưa kết nối được Cơ sở dữ liệu dân cư',
      en: 'The population database cannot be reached',
    },
    detail: {
      vi: 'Chưa kết nối được Cơ sở dữ liệu quốc gia về dân cư; hãy thử lại sau {time}, hoặc nhập danh sách biến động do công an xã cung cấp.',
      en: 'The national population database cannot be reached ({reason}); try again after {time}, or import the list of changes from the commune police.',
    },
  },
  'population-quota': {
    status: 503,
    title: { vi: 'Hết hạn mức tra cứu', en: 'Quota spent' },
    detail: {
      vi: 'Đã dùng hết hạn mức tra cứu Cơ sở dữ liệu quốc gia về dân cư trong ngày; hãy thử lại vào ngày mai.',
      en: 'The day’s quota of requests to the national population database is spent; try again tomorrow.',
    },
  },
  'population-refused': {
    status: 502,
    title: { vi: 'Cơ sở dữ liệu dân cư từ chối yêu cầu', en: 'The population database refused' },
    detail: {
      vi: 'Cơ sở dữ liệu quốc gia về dân cư từ chối yêu cầu. Đề nghị quản trị viên kiểm tra cấu hình kết nối.',
      en: 'The national population database refused the request ({reason}). An administrator must check the connection settings.',
    },
  },
  'population-change-settled': {
    status: 409,
    title: { vi: 'Biến động đã được xử lý', en: 'Change already settled' },
    detail: {
      vi: 'Biến động này đã được xử lý, hoặc danh sách trẻ em đã khớp với nó (trạng thái: {status}).',
      en: 'This change was already dealt with, or the registry already agrees with it (state: {status}).',
    },
  },
  'population-change-destination': {
    status: 422,
    title: { vi: 'Không rõ nơi chuyển đến', en: 'Destination not known' },
    detail: {
      vi: 'Không rõ xã nơi trẻ chuyển đến ({code}), nên không thể chuyển hồ sơ. Hãy bỏ qua biến động và ghi chú lý do.',
      en: 'The commune the child moved to is not known ({code}), so the record cannot be moved. Dismiss the change with a note.',
    },
  },
});

declare module '../common/i18n.js' {
  interface ProblemCatalog extends Record<keyof typeof POPULATION_PROBLEMS, true> {}
}

/** Why a row of the population database's answer file was not taken (population/exchange-file.ts). */
export const EXCHANGE_ROW_MESSAGES = {
  'no-id': {
    vi: 'Dòng không có mã hồ sơ (cột “Mã hồ sơ (ID)”): hãy dùng tệp xuất từ hệ thống.',
    en: 'The row has no record id (column “Mã hồ sơ (ID)”): use the file the system exported.',
  },
  'id-not-found': {
    vi: 'Không có hồ sơ mã {id} trong địa bàn của bạn.',
    en: 'No record {id} in your areas.',
  },
  result: {
    vi: 'Kết quả đối chiếu “{value}” không hợp lệ; ghi Khớp, Sai khác hoặc Không tìm thấy.',
    en: 'The result “{value}” is not one; write Khớp, Sai khác or Không tìm thấy.',
  },
  'database-value': {
    vi: 'Cột “{column}”: không đọc được “{value}”.',
    en: 'Column “{column}”: “{value}” cannot be read.',
  },
  duplicate: {
    vi: 'Hồ sơ {id} đã có kết quả ở dòng {row}: mỗi hồ sơ chỉ ghi nhận một dòng.',
    en: 'Record {id} already has its result on row {row}: one row is recorded per record.',
  },
  changed: {
    vi: 'Hồ sơ {id} đã được sửa sau khi xuất tệp (hoặc dòng này đã bị sửa): hãy xuất lại tệp để đối chiếu.',
    en: 'Record {id} changed after the file was exported (or this row was edited): export the file again to check it.',
  },
} satisfies Record<string, Text>;

export type ExchangeRowMessage = keyof typeof EXCHANGE_ROW_MESSAGES;

/** Why a row of the police's list of births and moves was not read. */
export const CHANGE_ROW_MESSAGES = {
  missing: {
    vi: 'Cột “{column}” để trống.',
    en: 'Column “{column}” is empty.',
  },
  kind: {
    vi: 'Loại biến động “{value}” không hợp lệ; ghi Đăng ký khai sinh, Chuyển đến hoặc Chuyển đi.',
    en: 'The kind “{value}” is not one; write Đăng ký khai sinh, Chuyển đến or Chuyển đi.',
  },
  date: {
    vi: 'Cột “{column}”: “{value}” không phải một ngày; ghi ngày/tháng/năm như 02/03/2026.',
    en: 'Column “{column}”: “{value}” is not a day; write day/month/year as 02/03/2026.',
  },
  'personal-id': {
    vi: 'Cột “{column}”: “{value}” không phải số định danh cá nhân (đúng 12 chữ số).',
    en: 'Column “{column}”: “{value}” is not a personal ID (exactly 12 digits).',
  },
  sex: {
    vi: 'Cột “{column}”: “{value}” không hợp lệ; ghi Nam hoặc Nữ.',
    en: 'Column “{column}”: “{value}” is not one; write Nam or Nữ.',
  },
  commune: {
    vi: 'Cột “{column}”: “{value}” không phải mã xã (5 chữ số).',
    en: 'Column “{column}”: “{value}” is not a commune code (5 digits).',
  },
  duplicate: {
    vi: 'Trùng với dòng {row}: cùng trẻ, cùng loại biến động, cùng ngày.',
    en: 'The same as row {row}: the same child, kind and day.',
  },
} satisfies Record<string, Text>;

export type ChangeRowMessage = keyof typeof CHANGE_ROW_MESSAGES;

/** Why a check run against the population database waits or failed (`{time}`: Vietnam time). */
export const POPULATION_RUN_MESSAGES = {
  unavailable: {
    vi: 'Chưa kết nối được Cơ sở dữ liệu quốc gia về dân cư; việc đối chiếu sẽ tự tiếp tục lúc {time}.',
    en: 'The national population database could not be reached ({reason}); the run goes on by itself at {time}.',
  },
  quota: {
    vi: 'Đã dùng hết hạn mức tra cứu trong ngày; việc đối chiếu sẽ tự tiếp tục lúc {time}.',
    en: 'The day’s quota of lookups is spent; the run goes on by itself at {time}.',
  },
  refused: {
    vi: 'Cơ sở dữ liệu quốc gia về dân cư từ chối yêu cầu. Đề nghị quản trị viên kiểm tra cấu hình kết nối.',
    en: 'The national population database refused the request ({reason}). An administrator must check the connection settings.',
  },
  offline: {
    vi: 'Hệ thống chưa được kết nối trực tuyến với Cơ sở dữ liệu quốc gia về dân cư.',
    en: 'The system is not connected online to the national population database.',
  },
} as const;
