// The messages every module shares, in Vietnamese and English (see src/common/i18n.ts).
import { fieldMessages, problemCatalog } from './i18n.js';

/** The problems any module may answer with (the request itself, access, the database). */
export const COMMON_PROBLEMS = problemCatalog({
  'bad-request': {
    status: 400,
    title: { vi: 'Yêu cầu không hợp lệ', en: 'Bad request' },
    detail: { vi: 'Yêu cầu không đúng định dạng.', en: 'The request is malformed.' },
  },
  'validation-failed': {
    status: 400,
    title: { vi: 'Dữ liệu không hợp lệ', en: 'Invalid data' },
    detail: {
      vi: 'Một số trường không hợp lệ, xem danh sách lỗi.',
      en: 'Some fields are invalid; see the list of errors.',
    },
  },
  'malformed-json': {
    status: 400,
    title: { vi: 'Yêu cầu không hợp lệ', en: 'Bad request' },
    detail: { vi: 'Nội dung JSON không đọc được.', en: 'The JSON body cannot be parsed.' },
  },
  unauthorized: {
    status: 401,
    title: { vi: 'Chưa đăng nhập', en: 'Not authenticated' },
    detail: { vi: 'Cần đăng nhập để thực hiện yêu cầu này.', en: 'Authentication is required.' },
  },
  forbidden: {
    status: 403,
    title: { vi: 'Không có quyền', en: 'Forbidden' },
    detail: {
      vi: 'Bạn không có quyền thực hiện thao tác này.',
      en: 'You are not allowed to do this.',
    },
  },
  'not-found': {
    status: 404,
    title: { vi: 'Không tìm thấy', en: 'Not found' },
    detail: {
      vi: 'Không tìm thấy tài nguyên được yêu cầu.',
      en: 'The requested resource does not exist.',
    },
  },
  'invalid-cursor': {
    status: 400,
    title: { vi: 'Con trỏ trang không hợp lệ', en: 'Invalid cursor' },
    detail: {
      vi: 'Tham số cursor không hợp lệ; hãy dùng nextCursor của trang trước.',
      en: 'The cursor is not valid; use the nextCursor of the previous page.',
    },
  },
  conflict: {
    status: 409,
    title: { vi: 'Xung đột dữ liệu', en: 'Conflict' },
    detail: {
      vi: 'Một yêu cầu khác vừa ghi cùng giá trị duy nhất. Hãy tải lại rồi thử lại.',
      en: 'Another request has just written the same unique value. Reload and try again.',
    },
  },
  'idempotency-key-invalid': {
    status: 400,
    title: { vi: 'Idempotency-Key không hợp lệ', en: 'Invalid Idempotency-Key' },
    detail: {
      vi: 'Idempotency-Key phải gồm 1 đến 200 ký tự in được, không có dấu cách.',
      en: 'An Idempotency-Key is 1 to 200 printable characters without spaces.',
    },
  },
  'idempotency-key-reused': {
    status: 422,
    title: { vi: 'Idempotency-Key đã dùng cho yêu cầu khác', en: 'Idempotency-Key reused' },
    detail: {
      vi: 'Khóa này đã được dùng cho một yêu cầu có nội dung khác trong 24 giờ qua; hãy dùng khóa mới.',
      en: 'This key was used for a request with another body within 24 hours; use a new key.',
    },
  },
  'idempotency-in-progress': {
    status: 409,
    title: { vi: 'Yêu cầu đang được xử lý', en: 'Request in progress' },
    detail: {
      vi: 'Yêu cầu đầu tiên với khóa này vẫn đang được xử lý; hãy thử lại sau giây lát.',
      en: 'The first request with this key is still being handled; retry in a moment.',
    },
  },
  'precondition-required': {
    status: 428,
    title: { vi: 'Thiếu If-Match', en: 'If-Match required' },
    detail: {
      vi: 'Gửi kèm tiêu đề If-Match với phiên bản (ETag) đã đọc.',
      en: 'Send an If-Match header with the version (ETag) you read.',
    },
  },
  'malformed-if-match': {
    status: 400,
    title: { vi: 'If-Match không hợp lệ', en: 'Malformed If-Match' },
    detail: {
      vi: 'Tiêu đề If-Match phải là phiên bản đã đọc, như trong ETag: "3" (hoặc 3); nhận được: {value}.',
      en: 'The If-Match header must be the version you read, as in the ETag: "3" (or 3); got: {value}.',
    },
  },
  'version-mismatch': {
    status: 412,
    title: { vi: 'Dữ liệu đã thay đổi', en: 'Stale version' },
    detail: {
      vi: 'Hồ sơ đã được người khác cập nhật (phiên bản hiện tại {version}). Hãy tải lại rồi sửa.',
      en: 'Someone else updated the record (current version {version}). Reload, then edit.',
    },
  },
  'method-not-allowed': {
    status: 405,
    title: { vi: 'Phương thức không được hỗ trợ', en: 'Method not allowed' },
    detail: {
      vi: 'Phương thức này không dùng được ở địa chỉ này.',
      en: 'This method is not allowed here.',
    },
  },
  'payload-too-large': {
    status: 413,
    title: { vi: 'Dữ liệu gửi lên quá lớn', en: 'Payload too large' },
    detail: {
      vi: 'Nội dung yêu cầu vượt quá giới hạn cho phép.',
      en: 'The request body is too large.',
    },
  },
  'json-too-deep': {
    status: 400,
    title: { vi: 'Yêu cầu không hợp lệ', en: 'Bad request' },
    detail: {
      vi: 'Nội dung JSON lồng nhau quá sâu (tối đa {max} cấp).',
      en: 'The JSON body is nested too deeply (at most {max} levels).',
    },
  },
  'uri-too-long': {
    status: 414,
    title: { vi: 'Địa chỉ quá dài', en: 'URI too long' },
    detail: {
      vi: 'Địa chỉ yêu cầu dài quá {max} byte; hãy gửi bớt tham số.',
      en: 'The request URI is longer than {max} bytes; send fewer parameters.',
    },
  },
  'headers-too-large': {
    status: 431,
    title: { vi: 'Tiêu đề quá lớn', en: 'Request headers too large' },
    detail: {
      vi: 'Địa chỉ và các tiêu đề của yêu cầu vượt quá {max} byte.',
      en: 'The request URI and headers are larger than {max} bytes.',
    },
  },
  'unsupported-media-type': {
    status: 415,
    title: { vi: 'Định dạng không được hỗ trợ', en: 'Unsupported media type' },
    detail: {
      vi: 'Định dạng nội dung gửi lên không được hỗ trợ.',
      en: 'The request body format is not supported.',
    },
  },
  'rate-limited': {
    status: 429,
    title: { vi: 'Quá nhiều yêu cầu', en: 'Too many requests' },
    detail: {
      vi: 'Bạn đã gửi quá nhiều yêu cầu. Vui lòng thử lại sau.',
      en: 'Too many requests. Please try again later.',
    },
  },
  'internal-error': {
    status: 500,
    title: { vi: 'Lỗi hệ thống', en: 'Internal error' },
    detail: {
      vi: 'Đã xảy ra lỗi không mong muốn. Mã tra cứu: {requestId}.',
      en: 'An unexpected error occurred. Reference: {requestId}.',
    },
  },
  'database-busy': {
    status: 503,
    title: { vi: 'Hệ thống đang bận', en: 'Service busy' },
    detail: {
      vi: 'Hệ thống đang bận nên yêu cầu chưa hoàn tất. Vui lòng thử lại sau {retryAfter} giây.',
      en: 'The service is busy and the request was not completed. Please try again in {retryAfter} seconds.',
    },
  },
  'database-unavailable': {
    status: 503,
    title: { vi: 'Tạm thời không truy cập được dữ liệu', en: 'Database unavailable' },
    detail: {
      vi: 'Không kết nối được cơ sở dữ liệu nên yêu cầu chưa hoàn tất. Vui lòng thử lại sau {retryAfter} giây.',
      en: 'The database cannot be reached and the request was not completed. Please try again in {retryAfter} seconds.',
    },
  },
});
declare module './i18n.js' {
  interface ProblemCatalog extends Record<keyof typeof COMMON_PROBLEMS, true> {}
}

/**
 * Vietnamese for class-validator's constraints, from their arguments: `@IsIn(values)` gives
 * `[values]`, `@IsEnum(entity)` `[entity, values]`, `@Length(min, max)` `[min, max]`.
 */
fieldMessages({
  isDefined: () => 'Trường này là bắt buộc.',
  isNotNull: () => 'Không được để trống (null).',
  isNotEmpty: () => 'Không được để trống.',
  isString: () => 'Phải là chuỗi ký tự.',
  isInt: () => 'Phải là số nguyên.',
  isNumber: () => 'Phải là số.',
  isBoolean: () => 'Phải là true hoặc false.',
  isArray: () => 'Phải là một danh sách.',
  isObject: () => 'Phải là một đối tượng.',
  isUuid: () => 'Phải là một UUID hợp lệ.',
  isUUID: () => 'Phải là một UUID hợp lệ.',
  isEmail: () => 'Phải là địa chỉ email hợp lệ.',
  isDateString: () => 'Phải là ngày giờ theo ISO 8601.',
  isIso8601: () => 'Phải là ngày giờ theo ISO 8601.',
  isISO8601: () => 'Phải là ngày giờ theo ISO 8601.',
  isIn: ([values]) => `Phải là một trong các giá trị: ${list(values)}.`,
  isEnum: ([, values]) => `Phải là một trong các giá trị: ${list(values)}.`,
  min: ([min]) => `Không được nhỏ hơn ${text(min)}.`,
  max: ([max]) => `Không được lớn hơn ${text(max)}.`,
  minLength: ([min]) => `Phải có ít nhất ${text(min)} ký tự.`,
  maxLength: ([max]) => `Chỉ được có tối đa ${text(max)} ký tự.`,
  isLength: ([min, max], value) =>
    texts(value).some((item) => item.length < Number(min))
      ? `Phải có ít nhất ${text(min)} ký tự.`
      : `Chỉ được có tối đa ${text(max)} ký tự.`,
  arrayMinSize: ([min]) => `Phải có ít nhất ${text(min)} phần tử.`,
  arrayMaxSize: ([max]) => `Chỉ được có tối đa ${text(max)} phần tử.`,
  matches: () => 'Không đúng định dạng.',
  isDateForm: () => 'Phải là ngày dạng năm-tháng-ngày (yyyy-mm-dd), ví dụ 2026-12-20.',
  isCalendarDate: () => 'Phải là ngày có thật dạng năm-tháng-ngày (yyyy-mm-dd), ví dụ 2026-12-20.',
  isInstant: () => 'Phải là thời điểm theo ISO 8601 có múi giờ, ví dụ 2026-12-20T14:30:00+07:00.',
  isDayOrInstant: () =>
    'Phải là ngày dạng yyyy-mm-dd hoặc thời điểm theo ISO 8601 có múi giờ, ví dụ 2026-12-20 hoặc 2026-12-20T14:30:00+07:00.',
  whitelistValidation: () => 'Trường này không được phép.',
  noNulCharacter: () => 'Không được chứa ký tự NUL.',
  wellFormedText: () => 'Chứa ký tự Unicode không hợp lệ (nửa cặp surrogate UTF-16).',
  unknownCode: ([list, code]) =>
    `Không có trong danh mục ${text(list)}${code === undefined ? '' : `: ${text(code)}`}.`,
  nestedValidation: () => 'Phải là một đối tượng hợp lệ.',
});

/** A number or a name the constraint was given. */
function text(arg: unknown): string {
  return typeof arg === 'number' || typeof arg === 'string' ? String(arg) : '';
}

/** The values a list constraint allows, as class-validator's English lists them. */
function list(values: unknown): string {
  return Array.isArray(values) ? values.map(text).join(', ') : '';
}

/** The texts a length was checked on: the value, or each of a list's (`{ each: true }`). */
function texts(value: unknown): string[] {
  const all: unknown[] = Array.isArray(value) ? value : [value];
  return all.filter((item): item is string => typeof item === 'string');
}
