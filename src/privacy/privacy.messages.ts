// The message catalog of personal data, Vietnamese and English (see common/i18n.ts).
import { problemCatalog } from '../common/i18n.js';

/** The problems it answers with: status, title and detail (`{name}`: the exception's parameters). */
export const PRIVACY_PROBLEMS = problemCatalog({
  'retention-disabled': {
    status: 409,
    title: { vi: 'Chính sách lưu trữ đang tắt', en: 'Policy disabled' },
    detail: {
      vi: 'Chính sách lưu trữ này đang tắt: hãy bật trước khi áp dụng.',
      en: 'This retention policy is disabled: enable it before applying it.',
    },
  },
});

declare module '../common/i18n.js' {
  interface ProblemCatalog extends Record<keyof typeof PRIVACY_PROBLEMS, true> {}
}
