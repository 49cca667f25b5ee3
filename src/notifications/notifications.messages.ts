// The message catalog of notifications and webhooks, Vietnamese and English (see common/i18n.ts).
import { problemCatalog } from '../common/i18n.js';

/** The problems it answers with: status, title and detail (`{name}`: the exception's parameters). */
export const NOTIFICATION_PROBLEMS = problemCatalog({
  'delivery-pending': {
    status: 409,
    title: { vi: 'Đang gửi', en: 'Delivery in progress' },
    detail: {
      vi: 'Sự kiện này vẫn đang được gửi; chỉ gửi lại được khi đã gửi xong hoặc đã dừng.',
      en: 'This event is still being delivered; replay it once it is delivered or dead.',
    },
  },
});

declare module '../common/i18n.js' {
  interface ProblemCatalog extends Record<keyof typeof NOTIFICATION_PROBLEMS, true> {}
}

/** The line that closes every notification email. */
export const EMAIL_SIGNATURE =
  '— Phần mềm quản lý thông tin trẻ em và bảo vệ trẻ em. Thư tự động, vui lòng không trả lời.';
