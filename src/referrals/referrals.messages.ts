// The message catalog of referrals, Vietnamese and English (see common/i18n.ts).
import { fieldMessages, problemCatalog, type Text } from '../common/i18n.js';
import type { Urgency } from './referral-due.js';

/** The problems it answers with: status, title and detail (`{name}`: the exception's parameters). */
export const REFERRAL_PROBLEMS = problemCatalog({
  'invalid-referral': {
    status: 422,
    title: { vi: 'Dữ liệu chuyển gửi không hợp lệ', en: 'Invalid referral data' },
    detail: {
      vi: 'Một số trường không hợp lệ, xem danh sách lỗi.',
      en: 'Some fields are invalid; see the list of errors.',
    },
  },
  'referral-action-not-allowed': {
    status: 409,
    title: { vi: 'Không thực hiện được ở bước này', en: 'Not allowed at this step' },
    detail: {
      vi: 'Yêu cầu chuyển gửi đang ở trạng thái {status}, không thể thực hiện "{action}". Các thao tác được phép: {allowed}.',
      en: 'The referral is {status}; "{action}" is not allowed. Allowed actions: {allowed}.',
    },
  },
});

declare module '../common/i18n.js' {
  interface ProblemCatalog extends Record<keyof typeof REFERRAL_PROBLEMS, true> {}
}

/** Vietnamese for its field errors' constraints (the English is the error's own message). */
fieldMessages({
  'referral:organization': () =>
    'Cơ quan, tổ chức nhận phải đang hoạt động và khác cơ quan của bạn.',
  'referral:shared-field': () => 'Không phải là trường thông tin được phép chia sẻ.',
  'referral:plan-action': () =>
    'Phải là một hoạt động chưa hoàn thành của kế hoạch hiện hành của hồ sơ.',
  'referral:plan-action-referred': () =>
    'Hoạt động này đang được chuyển gửi. Chỉ chuyển gửi lại khi yêu cầu đó đã hoàn thành, bị từ chối hoặc bị hủy.',
  'referral:assignee': () => 'Người xử lý phải là cán bộ đang hoạt động của cơ quan, tổ chức nhận.',
});

/** A referral's status as the other side is told of it. */
export const REFERRAL_STATUS_NAMES = {
  acknowledged: { vi: 'đã tiếp nhận', en: 'acknowledged' },
  accepted: { vi: 'đã nhận xử lý', en: 'accepted' },
  declined: { vi: 'đã từ chối', en: 'declined' },
  completed: { vi: 'đã hoàn thành và báo cáo kết quả', en: 'completed and reported on' },
  cancelled: { vi: 'đã hủy', en: 'cancelled' },
} as const satisfies Record<string, Text>;

/** What a referral's receiving organisation owes next, as its deadline names it. */
export const REFERRAL_STEP_NAMES = {
  acknowledge: { vi: 'tiếp nhận', en: 'acknowledgement' },
  accept: { vi: 'nhận xử lý hoặc từ chối', en: 'acceptance or decline' },
  complete: { vi: 'hoàn thành và báo cáo kết quả', en: 'completion and outcome' },
} as const satisfies Record<string, Text>;

const URGENCY_NAMES: Record<Urgency, Text> = {
  emergency: { vi: 'khẩn cấp', en: 'emergency' },
  urgent: { vi: 'gấp', en: 'urgent' },
  routine: { vi: 'thông thường', en: 'routine' },
};

/** What the two sides of a referral are told, in both languages; times in Vietnam's. */
export const REFERRAL_NOTICES = {
  sent: (p: {
    urgency: Urgency;
    from: string;
    code: string;
    service: Text;
    acknowledgeBy: string;
  }): Text => ({
    vi: `Yêu cầu chuyển gửi mới (${URGENCY_NAMES[p.urgency].vi}) từ ${p.from}: hồ sơ ${p.code}, ${p.service.vi.toLowerCase()}. Hạn tiếp nhận ${p.acknowledgeBy}.`,
    en: `New ${URGENCY_NAMES[p.urgency].en} referral from ${p.from}: case ${p.code}, ${p.service.en.toLowerCase()}. Acknowledge by ${p.acknowledgeBy} (Vietnam time).`,
  }),
  step: (by: string, status: Text, code: string): Text => ({
    vi: `${by} ${status.vi} yêu cầu chuyển gửi của hồ sơ ${code}.`,
    en: `${by} ${status.en} the referral of case ${code}.`,
  }),
  due: (code: string, step: Text, when: string): Text => ({
    vi: `Yêu cầu chuyển gửi của hồ sơ ${code}: hạn ${step.vi} là ${when}.`,
    en: `Referral of case ${code}: ${step.en} is due at ${when} (Vietnam time).`,
  }),
  overdue: (code: string, to: string, step: Text, when: string): Text => ({
    vi: `Yêu cầu chuyển gửi của hồ sơ ${code} tới ${to}: đã quá hạn ${step.vi} (hạn ${when}).`,
    en: `Referral of case ${code} to ${to}: ${step.en} is overdue (due at ${when}, Vietnam time).`,
  }),
};
