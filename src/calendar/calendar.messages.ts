// The message catalog of the working-day calendar, Vietnamese and English (see common/i18n.ts).
import { fieldMessages, problemCatalog } from '../common/i18n.js';

/** The problems it answers with: status, title and detail (`{name}`: the exception's parameters). */
export const CALENDAR_PROBLEMS = problemCatalog({
  'invalid-holidays': {
    status: 422,
    title: { vi: 'Lịch nghỉ lễ không hợp lệ', en: 'Invalid holiday list' },
    detail: {
      vi: 'Danh sách ngày nghỉ năm {year} có ngày không hợp lệ, xem danh sách lỗi.',
      en: 'The holiday list for {year} has invalid days; see the list of errors.',
    },
  },
});

declare module '../common/i18n.js' {
  interface ProblemCatalog extends Record<keyof typeof CALENDAR_PROBLEMS, true> {}
}

/** Vietnamese for its field errors' constraints (the English is the error's own message). */
fieldMessages({
  'holiday:year': ([day]) => `Ngày ${String(day)} không thuộc năm đang sửa.`,
  'holiday:duplicate': ([day]) => `Ngày ${String(day)} được ghi hai lần.`,
  'holiday:working-day': ([day]) =>
    `Ngày ${String(day)} là ngày thường: chỉ thứ Bảy hoặc Chủ nhật mới có thể là ngày làm bù.`,
});
