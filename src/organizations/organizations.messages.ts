// The message catalog of organisations, Vietnamese and English (see common/i18n.ts).
import { problemCatalog } from '../common/i18n.js';

/** The problems it answers with: status, title and detail (`{name}`: the exception's parameters). */
export const ORGANIZATION_PROBLEMS = problemCatalog({
  'unknown-organization': {
    status: 422,
    title: { vi: 'Không có cơ quan, tổ chức này', en: 'Unknown organisation' },
    detail: {
      vi: 'Không có cơ quan, tổ chức mang mã {id}.',
      en: 'No organisation has the id {id}.',
    },
  },
});

declare module '../common/i18n.js' {
  interface ProblemCatalog extends Record<keyof typeof ORGANIZATION_PROBLEMS, true> {}
}
