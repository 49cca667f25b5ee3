// The message catalog of administrative units, Vietnamese and English (see common/i18n.ts).
import { problemCatalog } from '../common/i18n.js';

/** The problems it answers with: status, title and detail (`{name}`: the exception's parameters). */
export const AREA_PROBLEMS = problemCatalog({
  'area-not-found': {
    status: 404,
    title: { vi: 'Không tìm thấy đơn vị hành chính', en: 'Administrative unit not found' },
    detail: {
      vi: 'Không có tỉnh/thành phố nào mang mã {code}.',
      en: 'No province has the code {code}.',
    },
  },
  'old-commune-not-found': {
    status: 404,
    title: { vi: 'Không tìm thấy đơn vị hành chính', en: 'Administrative unit not found' },
    detail: {
      vi: 'Không có xã/phường nào trước sáp nhập 2025 mang mã {code}.',
      en: 'No pre-2025 commune has the code {code}.',
    },
  },
  'unknown-area': {
    status: 422,
    title: { vi: 'Mã đơn vị hành chính không đúng', en: 'Unknown administrative unit' },
    detail: {
      vi: 'Không có đơn vị hành chính hiện hành nào mang mã: {codes}.',
      en: 'No current administrative unit has the code: {codes}.',
    },
  },
  'commune-not-in-province': {
    status: 422,
    title: { vi: 'Xã không thuộc tỉnh', en: 'Commune not in province' },
    detail: {
      vi: 'Xã/phường {communeCode} không thuộc tỉnh/thành phố {provinceCode}.',
      en: 'Commune {communeCode} is not in province {provinceCode}.',
    },
  },
  'ambiguous-commune': {
    status: 422,
    title: { vi: 'Mã xã cũ đã được chia tách', en: 'Split pre-2025 commune' },
    detail: {
      vi: 'Xã/phường cũ mã {code} nay thuộc nhiều đơn vị; hãy chọn một trong: {candidates}.',
      en: 'The pre-2025 commune {code} now lies in several units; choose one of: {candidates}.',
    },
  },
});

declare module '../common/i18n.js' {
  interface ProblemCatalog extends Record<keyof typeof AREA_PROBLEMS, true> {}
}
