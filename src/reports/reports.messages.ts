// The message catalog of statistics and reports, Vietnamese and English (see common/i18n.ts).
import { problemCatalog } from '../common/i18n.js';

/** The problems it answers with: status, title and detail (`{name}`: the exception's parameters). */
export const REPORT_PROBLEMS = problemCatalog({
  'report-area-out-of-scope': {
    status: 403,
    title: { vi: 'Ngoài địa bàn', en: 'Outside your areas' },
    detail: {
      vi: 'Bạn không được xem số liệu của địa bàn {code}.',
      en: 'You may not see the figures of area {code}.',
    },
  },
  'report-year': {
    status: 422,
    title: { vi: 'Năm báo cáo không hợp lệ', en: 'Invalid report year' },
    detail: {
      vi: 'Năm {year} chưa bắt đầu nên chưa có số liệu.',
      en: 'Year {year} has not begun: there are no figures yet.',
    },
  },
});

/** The help a case gave, beside the kinds of recorded support, in the figures by kind of support. */
export const SUPPORT_BY_CASE = 'Trợ giúp, can thiệp theo vụ việc bảo vệ trẻ em';

declare module '../common/i18n.js' {
  interface ProblemCatalog extends Record<keyof typeof REPORT_PROBLEMS, true> {}
}
