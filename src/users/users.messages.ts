// The message catalog of accounts, Vietnamese and English (see common/i18n.ts).
import { fieldMessages, problemCatalog } from '../common/i18n.js';

/** The problems it answers with: status, title and detail (`{name}`: the exception's parameters). */
export const ACCOUNT_PROBLEMS = problemCatalog({
  'mfa-not-started': {
    status: 409,
    title: { vi: 'Chưa bắt đầu đăng ký', en: 'Enrolment not started' },
    detail: {
      vi: 'Hãy gọi /auth/mfa/enroll trước khi kích hoạt.',
      en: 'Call /auth/mfa/enroll before activating.',
    },
  },
  'username-taken': {
    status: 409,
    title: { vi: 'Tên đăng nhập đã tồn tại', en: 'Username taken' },
    detail: {
      vi: 'Tên đăng nhập "{username}" đã được sử dụng.',
      en: 'The username "{username}" is already in use.',
    },
  },
  'weak-password': {
    status: 422,
    title: { vi: 'Mật khẩu không đạt yêu cầu', en: 'Password not accepted' },
    detail: {
      vi: 'Mật khẩu không đạt chính sách mật khẩu, xem danh sách lỗi.',
      en: 'The password does not meet the password policy; see the list of errors.',
    },
  },
  'area-outside-organization': {
    status: 422,
    title: { vi: 'Địa bàn ngoài phạm vi cơ quan', en: 'Area outside the organisation' },
    detail: {
      vi: 'Địa bàn {codes} không thuộc tỉnh/thành phố {provinceCode} của cơ quan.',
      en: "Areas {codes} are outside the organisation's province {provinceCode}.",
    },
  },
  'role-combination': {
    status: 422,
    title: { vi: 'Kết hợp vai trò không hợp lệ', en: 'Invalid role combination' },
    detail: {
      vi: 'Vai trò system_admin không được kết hợp với vai trò khác (quản trị viên không được xem hồ sơ trẻ em).',
      en: 'system_admin cannot be combined with other roles (administrators never see child records).',
    },
  },
  'own-account': {
    status: 422,
    title: { vi: 'Không thể tự thay đổi', en: 'Cannot change one’s own account' },
    detail: {
      vi: 'Không thể tự thay đổi vai trò, địa bàn hoặc trạng thái của chính mình.',
      en: 'You cannot change your own roles, areas or status.',
    },
  },
});

declare module '../common/i18n.js' {
  interface ProblemCatalog extends Record<keyof typeof ACCOUNT_PROBLEMS, true> {}
}

/** Vietnamese for its field errors' constraints (the English is the error's own message). */
fieldMessages({
  'password:too-short': () => 'Mật khẩu phải có ít nhất 10 ký tự.',
  'password:too-long': () => 'Mật khẩu chỉ được có tối đa 128 ký tự.',
  'password:common': () => 'Mật khẩu quá phổ biến, dễ bị đoán.',
  'password:contains-username': () => 'Mật khẩu không được chứa tên đăng nhập.',
});
