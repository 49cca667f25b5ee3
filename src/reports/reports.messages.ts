// The message catalog of statistics and reports, Vietnamese and English (see common/i18n.ts).
import { fieldMessages, problemCatalog } from '../common/i18n.js';
import type { ReportTerm } from './report-term.js';

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
  'report-not-ready': {
    status: 409,
    title: { vi: 'Báo cáo chưa lập xong', en: 'Report not ready' },
    detail: {
      vi: 'Báo cáo năm {year} của {area} đang được lập hoặc lập không thành; chỉ nộp được bản đã lập xong.',
      en: 'The {year} report of {area} is being made or could not be made; only a finished report can be submitted.',
    },
  },
  'report-already-submitted': {
    status: 409,
    title: { vi: 'Bản báo cáo này đã nộp', en: 'Already submitted' },
    detail: {
      vi: 'Bản báo cáo lập lúc {generatedAt} đã được nộp (lần {version}). Muốn đính chính, hãy sửa số liệu, lập lại báo cáo rồi nộp bản mới kèm lý do.',
      en: 'The report made at {generatedAt} was submitted already (version {version}). To correct it, fix the figures, make the report again and submit the new one with a reason.',
    },
  },
  'report-submit-out-of-area': {
    status: 403,
    title: { vi: 'Không thuộc địa bàn của bạn', en: 'Not your area' },
    detail: {
      vi: 'Bạn không nộp được báo cáo của {area}: báo cáo của xã do xã nộp, báo cáo của tỉnh do tỉnh nộp.',
      en: 'You may not submit the report of {area}: a commune submits its own report, a province its own.',
    },
  },
  'invalid-submission': {
    status: 422,
    title: { vi: 'Chưa nộp được báo cáo', en: 'Report not submitted' },
    detail: {
      vi: 'Thông tin nộp báo cáo chưa đúng, xem danh sách lỗi.',
      en: 'The submission is not valid; see the list of errors.',
    },
  },
  'invalid-child-friendly': {
    status: 422,
    title: { vi: 'Đánh giá xã, phường chưa đúng', en: 'Invalid assessment' },
    detail: {
      vi: 'Đánh giá xã, phường phù hợp với trẻ em chưa đúng, xem danh sách lỗi.',
      en: 'The assessment of the commune fit for children is not valid; see the list of errors.',
    },
  },
  'invalid-deadline': {
    status: 422,
    title: { vi: 'Hạn nộp không hợp lệ', en: 'Invalid due date' },
    detail: {
      vi: 'Hạn nộp báo cáo chưa đúng, xem danh sách lỗi.',
      en: 'The due date is not valid; see the list of errors.',
    },
  },
});

/** Vietnamese for its field errors' constraints (the English is the error's own message). */
fieldMessages({
  'submission:reason': () =>
    'Báo cáo này đã nộp trước đó: bản nộp lại là bản đính chính, cần ghi lý do đính chính.',
  'submission:no-reason': () => 'Lần nộp đầu tiên không cần lý do đính chính; hãy để trống.',
  'child-friendly:decision': () =>
    'Quyết định công nhận cần đủ cả số quyết định và ngày quyết định.',
  'child-friendly:not-met': () =>
    'Chỉ công nhận xã, phường đạt đủ tất cả các tiêu chí; hãy đánh dấu đủ các tiêu chí đã đạt hoặc bỏ quyết định công nhận.',
  'child-friendly:future': () => 'Ngày quyết định không được sau ngày hôm nay.',
  'deadline:day': () =>
    'Ngày này không có trong mọi năm (tháng đó có ít ngày hơn, hoặc là ngày 29/2); hãy chọn ngày khác.',
});

/** What a commune that has not submitted its report is told when its province reminds it (`dueOn` as dd/mm/yyyy in Vietnamese). */
/** A term in English: "2026", "the first half of 2026". */
const englishTerm = (year: number, term: ReportTerm) =>
  term === 'annual' ? String(year) : `the first half of ${year}`;

/** A reminder to a commune: `period` as `termName` gives it ("năm 2026"). */
export const REMINDER_TEXT = {
  pending: {
    vi: (period: string, commune: string, dueOn: string) =>
      `Nhắc nộp báo cáo: ${commune} chưa nộp báo cáo công tác trẻ em ${period}; hạn nộp ${dueOn}.`,
    en: (year: number, term: ReportTerm, commune: string, dueOn: string) =>
      `Reminder: ${commune} has not submitted its children's report for ${englishTerm(year, term)}; it is due by ${dueOn}.`,
  },
  overdue: {
    vi: (period: string, commune: string, dueOn: string) =>
      `Quá hạn nộp báo cáo: ${commune} chưa nộp báo cáo công tác trẻ em ${period}, hạn nộp là ${dueOn}. Đề nghị nộp ngay.`,
    en: (year: number, term: ReportTerm, commune: string, dueOn: string) =>
      `Overdue: ${commune} has not submitted its children's report for ${englishTerm(year, term)}, due by ${dueOn}. Please submit it now.`,
  },
};

/** The help a case gave, beside the kinds of recorded support, in the figures by kind of support. */
export const SUPPORT_BY_CASE = 'Trợ giúp, can thiệp theo vụ việc bảo vệ trẻ em';

declare module '../common/i18n.js' {
  interface ProblemCatalog extends Record<keyof typeof REPORT_PROBLEMS, true> {}
}
