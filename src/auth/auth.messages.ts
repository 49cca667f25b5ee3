// The message catalog of sign-in, Vietnamese and English (see common/i18n.ts).
import { problemCatalog } from '../common/i18n.js';

/** The problems it answers with: status, title and detail (`{name}`: the exception's parameters). */
export const SIGN_IN_PROBLEMS = problemCatalog({
  'invalid-credentials': {
    status: 401,
    title: { vi: 'Đăng nhập không thành công', en: 'Sign-in failed' },
    detail: {
      vi: 'Tên đăng nhập hoặc mật khẩu không đúng.',
      en: 'The username or password is wrong.',
    },
  },
  'mfa-required': {
    status: 401,
    title: { vi: 'Cần mã xác thực hai lớp', en: 'Second factor required' },
    detail: {
      vi: 'Nhập mã 6 số từ ứng dụng xác thực (hoặc một mã khôi phục) vào trường otp.',
      en: 'Send the 6-digit code from the authenticator app (or a recovery code) as otp.',
    },
  },
  'invalid-otp': {
    status: 401,
    title: { vi: 'Mã xác thực không đúng', en: 'Wrong code' },
    detail: {
      vi: 'Mã xác thực không đúng, đã hết hạn hoặc đã được dùng.',
      en: 'The code is wrong, expired or already used.',
    },
  },
  'invalid-refresh-token': {
    status: 401,
    title: { vi: 'Phiên đăng nhập đã kết thúc', en: 'Session ended' },
    detail: {
      vi: 'Mã làm mới không hợp lệ, đã hết hạn hoặc đã được dùng. Vui lòng đăng nhập lại.',
      en: 'The refresh token is invalid, expired or already used. Sign in again.',
    },
  },
  'account-locked': {
    status: 423,
    title: { vi: 'Tài khoản tạm khóa', en: 'Account locked' },
    detail: {
      vi: 'Đăng nhập sai quá nhiều lần. Vui lòng thử lại sau {seconds} giây.',
      en: 'Too many failed sign-ins. Try again in {seconds} seconds.',
    },
  },
  'mfa-already-enabled': {
    status: 409,
    title: { vi: 'Đã bật xác thực hai lớp', en: 'Second factor already enabled' },
    detail: {
      vi: 'Tài khoản đã có xác thực hai lớp; quản trị viên có thể đặt lại nếu mất thiết bị.',
      en: 'The account already has a second factor; an administrator can reset it.',
    },
  },
  'wrong-current-password': {
    status: 422,
    title: { vi: 'Mật khẩu hiện tại không đúng', en: 'Wrong current password' },
    detail: { vi: 'Mật khẩu hiện tại không đúng.', en: 'The current password is wrong.' },
  },
  'second-factor-required': {
    status: 403,
    title: {
      vi: 'Cần xác thực hai yếu tố',
      en: 'The second factor is required',
    },
    detail: {
      vi: 'Quyết định "{action}" (phê duyệt, từ chối, đóng, mở lại hồ sơ, tạm thời cách ly trẻ em theo Nghị định 56/2017/NĐ-CP, Điều 32; nộp báo cáo định kỳ) chỉ được ghi nhận khi người quyết định nhập mã TOTP từ ứng dụng xác thực của mình ngay lúc quyết định; khóa API không ra quyết định. Hãy đăng ký ứng dụng xác thực cho tài khoản rồi thực hiện lại.',
      en: 'The decision "{action}" (approving, rejecting, closing or reopening a case, a temporary isolation under Decree 56/2017 art. 32, submitting a periodic report) is recorded only when the person deciding enters a TOTP code from their own authenticator app at that moment; API keys never decide. Enrol an authenticator app for the account, then try again.',
    },
  },
  'step-up-required': {
    status: 403,
    title: { vi: 'Cần nhập mã xác thực', en: 'Enter your code' },
    detail: {
      vi: 'Quyết định "{action}" cần mã 6 số hiện tại từ ứng dụng xác thực (hoặc một mã khôi phục), gửi trong tiêu đề X-OTP.',
      en: 'The decision "{action}" needs the current 6-digit code from the authenticator app (or a recovery code), sent in the X-OTP header.',
    },
  },
  'step-up-invalid': {
    status: 403,
    title: { vi: 'Mã xác thực không đúng', en: 'Wrong code' },
    detail: {
      vi: 'Mã xác thực không đúng, đã hết hạn hoặc đã được dùng; quyết định "{action}" chưa được ghi nhận. Hãy nhập mã mới hiện trên ứng dụng xác thực.',
      en: 'The code is wrong, expired or already used; the decision "{action}" was not recorded. Enter the new code your authenticator app shows.',
    },
  },
});

declare module '../common/i18n.js' {
  interface ProblemCatalog extends Record<keyof typeof SIGN_IN_PROBLEMS, true> {}
}
