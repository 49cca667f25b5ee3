// The message catalog of code lists, Vietnamese and English (see common/i18n.ts).
import { problemCatalog } from '../common/i18n.js';

/** The problems it answers with: status, title and detail (`{name}`: the exception's parameters). */
export const REFERENCE_PROBLEMS = problemCatalog({
  'reference-list-not-found': {
    status: 404,
    title: { vi: 'Không tìm thấy danh mục', en: 'Code list not found' },
    detail: {
      vi: 'Không có danh mục "{list}". Các danh mục hiện có: {lists}.',
      en: 'There is no code list "{list}". Available lists: {lists}.',
    },
  },
  'unknown-code': {
    status: 422,
    title: { vi: 'Mã danh mục không đúng', en: 'Unknown code' },
    detail: {
      vi: 'Danh mục {list} không có mã: {codes}.',
      en: 'The list {list} has no code: {codes}.',
    },
  },
});

declare module '../common/i18n.js' {
  interface ProblemCatalog extends Record<keyof typeof REFERENCE_PROBLEMS, true> {}
}
