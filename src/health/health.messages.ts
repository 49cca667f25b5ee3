// The message catalog of health checks, Vietnamese and English (see common/i18n.ts).
import { problemCatalog } from '../common/i18n.js';

/** The problems it answers with: status, title and detail (`{name}`: the exception's parameters). */
export const HEALTH_PROBLEMS = problemCatalog({
  'not-ready': {
    status: 503,
    title: { vi: 'Dịch vụ chưa sẵn sàng', en: 'Not ready' },
    detail: { vi: 'Không kết nối được: {components}.', en: 'Not answering: {components}.' },
  },
});

declare module '../common/i18n.js' {
  interface ProblemCatalog extends Record<keyof typeof HEALTH_PROBLEMS, true> {}
}
