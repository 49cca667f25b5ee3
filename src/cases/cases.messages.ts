// The message catalog of child-protection cases, Vietnamese and English (see common/i18n.ts).
import { fieldMessages, problemCatalog, type Text } from '../common/i18n.js';
import type { DeadlineKind } from './deadlines.js';

/** The problems it answers with: status, title and detail (`{name}`: the exception's parameters). */
export const CASE_PROBLEMS = problemCatalog({
  'invalid-case': {
    status: 422,
    title: { vi: 'Dữ liệu hồ sơ không hợp lệ', en: 'Invalid case data' },
    detail: {
      vi: 'Một số trường không hợp lệ, xem danh sách lỗi.',
      en: 'Some fields are invalid; see the list of errors.',
    },
  },
  'action-not-allowed': {
    status: 409,
    title: { vi: 'Không thực hiện được ở bước này', en: 'Not allowed at this step' },
    detail: {
      vi: 'Hồ sơ đang ở trạng thái {status}, không thể thực hiện "{action}". Các thao tác được phép: {allowed}.',
      en: 'The case is {status}; "{action}" is not allowed. Allowed actions: {allowed}.',
    },
  },
  'plan-needs-assessment': {
    status: 409,
    title: { vi: 'Hồ sơ chưa có báo cáo đánh giá toàn diện', en: 'No comprehensive assessment' },
    detail: {
      vi: 'Chưa thể trình kế hoạch: hồ sơ trình phê duyệt phải có báo cáo đánh giá toàn diện (Mẫu 03) và biên bản họp xác định nhu cầu hỗ trợ, can thiệp (Nghị định 56/2017/NĐ-CP, Điều 28 khoản 2 điểm b). Hãy ghi nhận đánh giá toàn diện (assessment) trước.',
      en: 'The plan cannot be submitted: the dossier for approval holds the comprehensive assessment (form 03) and the minutes of the case meeting (Decree 56/2017, art. 28.2.b). Record the assessment first.',
    },
  },
  'plan-needs-case-meeting': {
    status: 409,
    title: { vi: 'Hồ sơ chưa có biên bản họp', en: 'No case meeting minutes' },
    detail: {
      vi: 'Chưa thể trình kế hoạch: hồ sơ trình phê duyệt phải có biên bản họp xác định nhu cầu hỗ trợ, can thiệp, ghi thời gian họp, thành phần tham gia (cơ quan, vai trò) và nội dung thống nhất (Nghị định 56/2017/NĐ-CP, Điều 27 khoản 2, Điều 28 khoản 2 điểm b). Hãy ghi nhận lại đánh giá toàn diện kèm biên bản họp (conference).',
      en: 'The plan cannot be submitted: the dossier for approval holds the minutes of the case meeting, with when it was held, who took part (organisation, role) and what was agreed (Decree 56/2017, art. 27.2 and 28.2.b). Record the assessment again with the meeting (conference).',
    },
  },
  'closure-criteria-not-met': {
    status: 422,
    title: { vi: 'Chưa đủ điều kiện đề xuất đóng hồ sơ', en: 'Closure criteria not met' },
    detail: {
      vi: 'Chỉ đề xuất kết thúc hồ sơ khi trẻ em không còn nguy cơ bị xâm hại và ổn định về thể chất, tâm lý, nhận thức, tình cảm (Nghị định 56/2017/NĐ-CP, Điều 30 khoản 1 điểm b); nếu không, tiếp tục kế hoạch hoặc xây dựng kế hoạch mới. Tiêu chí chưa đạt: xem danh sách lỗi.',
      en: 'Closure is proposed only when the child is no longer at risk of abuse and physically, psychologically, cognitively and emotionally stable (Decree 56/2017, art. 30.1.b); otherwise continue the plan or draw up a new one. The criteria not met are in the list of errors.',
    },
  },
  'child-not-heard': {
    status: 422,
    title: { vi: 'Chưa lấy ý kiến của trẻ em', en: 'The child was not heard' },
    detail: {
      vi: 'Trẻ em từ đủ 7 tuổi trở lên phải được lắng nghe và ghi nhận ý kiến khi đánh giá toàn diện (Luật Trẻ em 2016, Điều 34): ghi việc trẻ được lấy ý kiến và trẻ đã nói gì, hoặc lý do không lấy được ý kiến. Xem danh sách lỗi.',
      en: 'A child aged 7 or more is heard at the comprehensive assessment (Law on Children 2016, art. 34): record that the child was heard and what the child said, or why the child could not be heard. See the list of errors.',
    },
  },
  'child-consent-missing': {
    status: 422,
    title: { vi: 'Chưa có ý kiến đồng ý của trẻ em', en: 'The child’s consent not recorded' },
    detail: {
      vi: 'Kế hoạch chia sẻ thông tin đời sống riêng tư của trẻ em với các cơ quan, tổ chức thực hiện: với trẻ em từ đủ 7 tuổi trở lên phải ghi nhận trẻ có đồng ý hay không (Luật Trẻ em 2016, Điều 21 và 34; Luật Bảo vệ dữ liệu cá nhân 2025, Điều 24). Xem danh sách lỗi.',
      en: 'The plan shares the child’s private information with the organisations that carry it out: for a child aged 7 or more, record whether the child agrees (Law on Children 2016, art. 21 and 34; Personal Data Protection Law 2025, art. 24). See the list of errors.',
    },
  },
  'representative-consent-missing': {
    status: 422,
    title: {
      vi: 'Chưa có ý kiến của cha mẹ, người giám hộ',
      en: 'The parent’s or guardian’s say not recorded',
    },
    detail: {
      vi: 'Kế hoạch chia sẻ thông tin của trẻ em với các cơ quan, tổ chức thực hiện: với mỗi trẻ em phải ghi nhận cha mẹ, người giám hộ có đồng ý hay không, hoặc lý do không hỏi được ý kiến (Luật Trẻ em 2016, Điều 33; Luật Bảo vệ dữ liệu cá nhân 2025, Điều 24). Xem danh sách lỗi.',
      en: 'The plan shares the child’s information with the organisations that carry it out: for each child, record whether the parent or guardian agrees, or why they could not be asked (Law on Children 2016, art. 33; Personal Data Protection Law 2025, art. 24). See the list of errors.',
    },
  },
  'plan-action-move': {
    status: 409,
    title: { vi: 'Không đổi được trạng thái hoạt động', en: 'Plan action status cannot change so' },
    detail: {
      vi: 'Hoạt động đang ở trạng thái {from}, không thể chuyển sang {to}. Trạng thái có thể chuyển: {allowed}.',
      en: 'The action is {from}; it cannot become {to}. It can become: {allowed}.',
    },
  },
  'isolation-in-progress': {
    status: 409,
    title: { vi: 'Đang cách ly tạm thời', en: 'Isolation in progress' },
    detail: {
      vi: 'Trẻ đang được cách ly tạm thời từ {startedAt}; kết thúc hoặc gia hạn lần cách ly này.',
      en: 'The child has been in temporary isolation since {startedAt}; end or extend that one.',
    },
  },
  'no-isolation': {
    status: 409,
    title: { vi: 'Không có cách ly tạm thời', en: 'No isolation in progress' },
    detail: {
      vi: 'Hồ sơ không có lần cách ly tạm thời nào đang diễn ra.',
      en: 'The case has no temporary isolation in progress.',
    },
  },
  'isolation-over-15-days': {
    status: 422,
    title: {
      vi: 'Tạm thời cách ly tối đa 15 ngày',
      en: 'Temporary isolation lasts 15 days at most',
    },
    detail: {
      vi: 'Thời hạn tạm thời cách ly trẻ em tối đa không quá 15 ngày (Nghị định 56/2017/NĐ-CP, Điều 32); quyết định ghi {days} ngày. Chỉ được tiếp tục cách ly quá 15 ngày theo yêu cầu của cơ quan có thẩm quyền, bằng việc gia hạn ghi rõ căn cứ pháp lý và cơ quan yêu cầu.',
      en: 'Temporary isolation of a child lasts 15 days at most (Decree 56/2017, art. 32); the decision states {days} days. It continues past 15 days only at the request of a competent authority, by an extension naming the legal ground and the requesting authority.',
    },
  },
  'isolation-extension-authority': {
    status: 422,
    title: {
      vi: 'Gia hạn quá 15 ngày cần yêu cầu của cơ quan có thẩm quyền',
      en: 'Past 15 days only at a competent authority’s request',
    },
    detail: {
      vi: 'Sau gia hạn, thời gian cách ly là {days} ngày, quá 15 ngày: chỉ được tiếp tục cách ly theo yêu cầu của cơ quan có thẩm quyền (Nghị định 56/2017/NĐ-CP, Điều 32). Cần ghi căn cứ pháp lý (legalGround) và cơ quan yêu cầu (requestingAuthority), xem danh sách lỗi.',
      en: 'With this extension the isolation lasts {days} days, past 15: it continues only at the request of a competent authority (Decree 56/2017, art. 32). Give the legal ground (legalGround) and the requesting authority (requestingAuthority); see the list of errors.',
    },
  },
  'prevention-no-plan': {
    status: 409,
    title: { vi: 'Cấp độ phòng ngừa không có kế hoạch', en: 'No plan at prevention level' },
    detail: {
      vi: 'Kế hoạch hỗ trợ, can thiệp và việc phê duyệt kế hoạch chỉ dành cho cấp độ hỗ trợ và can thiệp (Luật Trẻ em, Điều 49, 50, 52); hồ sơ ở cấp độ phòng ngừa ghi nhận các biện pháp đã thực hiện rồi đề xuất đóng hồ sơ, và rà soát ở cấp độ này chỉ đề xuất đóng hồ sơ. Không thể thực hiện "{action}". Các thao tác được phép: {allowed}.',
      en: 'A support or intervention plan and its approval belong to the support and intervention levels (Law on Children, art. 49, 50, 52); a case at prevention level records the measures taken and is proposed for closure, and a review at that level can only propose closure. "{action}" is not possible. Allowed actions: {allowed}.',
    },
  },
  'level-reason': {
    status: 422,
    title: {
      vi: 'Thay đổi cấp độ bảo vệ cần có lý do',
      en: 'A change of protection level needs its reason',
    },
    detail: {
      vi: 'Cấp độ bảo vệ đổi từ {from} sang {to}: cần ghi lý do (levelReason), để hồ sơ lưu ai thay đổi, khi nào và vì sao.',
      en: 'The protection level changes from {from} to {to}: give the reason (levelReason), so the case keeps who changed it, when and why.',
    },
  },
  'abuse-confirmed-intervention': {
    status: 422,
    title: {
      vi: 'Trẻ em bị xâm hại: cấp độ can thiệp',
      en: 'Confirmed abuse: intervention level',
    },
    detail: {
      vi: 'Khi xác định trẻ em bị xâm hại, hồ sơ ở cấp độ can thiệp (Luật Trẻ em, Điều 50), không phải {to}.',
      en: 'Confirmed abuse puts the case at intervention level (Law on Children, art. 50), not {to}.',
    },
  },
  'transfer-case-closed': {
    status: 409,
    title: { vi: 'Hồ sơ đã đóng', en: 'The case is closed' },
    detail: {
      vi: 'Không chuyển giao hồ sơ đã đóng: nếu trẻ cần được tiếp tục bảo vệ ở nơi khác, mở lại hồ sơ (reopen) rồi chuyển giao.',
      en: 'A closed case is not transferred: if the child needs protection elsewhere, reopen the case, then transfer it.',
    },
  },
  'transfer-pending': {
    status: 409,
    title: { vi: 'Đang chờ chuyển giao', en: 'A transfer is pending' },
    detail: {
      vi: 'Hồ sơ đang chờ xã/phường {communeCode} tiếp nhận; mỗi lúc chỉ có một yêu cầu chuyển giao. Hủy yêu cầu đó hoặc chờ xã/phường nhận quyết định.',
      en: 'The case is waiting for commune {communeCode} to accept it; a case has one pending transfer at a time. Cancel that one or wait for the commune’s decision.',
    },
  },
  'transfer-same-commune': {
    status: 422,
    title: { vi: 'Chuyển giao cho chính xã đang thụ lý', en: 'Transfer to the holding commune' },
    detail: {
      vi: 'Hồ sơ được chuyển giao cho một xã/phường khác với xã/phường đang thụ lý ({communeCode}).',
      en: 'A case is transferred to a commune other than the one holding it ({communeCode}).',
    },
  },
  'transfer-not-pending': {
    status: 409,
    title: { vi: 'Yêu cầu chuyển giao đã được quyết định', en: 'The transfer was decided' },
    detail: {
      vi: 'Yêu cầu chuyển giao này đã ở trạng thái {status}: chỉ yêu cầu đang chờ mới được tiếp nhận, từ chối hoặc hủy, và chỉ một lần.',
      en: 'This transfer is {status}: only a pending transfer is accepted, declined or cancelled, and once.',
    },
  },
  'case-handed-over': {
    status: 409,
    title: { vi: 'Hồ sơ đã chuyển giao', en: 'The case was handed over' },
    detail: {
      vi: 'Hồ sơ đã được chuyển giao cho xã/phường khác lúc {at}: xã/phường nơi trẻ em cư trú thụ lý hồ sơ (Luật Trẻ em, Điều 52). Xã/phường của bạn chỉ còn xem những gì đã làm đến lúc chuyển giao, không thực hiện thêm được.',
      en: 'The case was handed over to another commune at {at} (Vietnam time): the commune where the child lives holds it (Law on Children, art. 52). Your commune reads what it did up to the hand-over and can no longer act on it.',
    },
  },
  'invalid-sanction': {
    status: 422,
    title: { vi: 'Thông tin xử lý vi phạm hành chính không hợp lệ', en: 'Invalid sanction' },
    detail: {
      vi: 'Một số trường về vi phạm hành chính hoặc quyết định xử phạt không hợp lệ, xem danh sách lỗi.',
      en: 'Some fields of the violation or its sanction are invalid; see the list of errors.',
    },
  },
  'invalid-abuser': {
    status: 422,
    title: { vi: 'Thông tin đối tượng xâm hại không hợp lệ', en: 'Invalid abuser' },
    detail: {
      vi: 'Một số trường về đối tượng xâm hại không hợp lệ, xem danh sách lỗi.',
      en: 'Some fields of the abuser are invalid; see the list of errors.',
    },
  },
  'sanction-recorded': {
    status: 409,
    title: { vi: 'Quyết định đã được ghi', en: 'Decision already recorded' },
    detail: {
      vi: 'Hồ sơ đã ghi quyết định xử phạt số {number} với cùng đối tượng bị xử phạt (cá nhân hoặc tổ chức). Nếu ghi sai, hãy xóa bản ghi đó rồi ghi lại.',
      en: 'The case already records the sanction decision {number} for the same kind of violator (persons or organisations). If it was recorded wrongly, remove it and record it again.',
    },
  },
  'sanction-decided': {
    status: 409,
    title: { vi: 'Vi phạm đã có quyết định xử phạt', en: 'Violation already decided' },
    detail: {
      vi: 'Vi phạm này đã được ghi quyết định xử phạt số {number}. Nếu ghi sai, hãy xóa bản ghi đó rồi ghi lại.',
      en: 'This violation already records the sanction decision {number}. If it was recorded wrongly, remove it and record it again.',
    },
  },
  'case-anonymised': {
    status: 410,
    title: { vi: 'Hồ sơ đã được ẩn danh', en: 'Case anonymised' },
    detail: {
      vi: 'Hồ sơ đã hết thời hạn lưu trữ và được ẩn danh lúc {at}: nội dung báo cáo, biểu mẫu và ghi chú không còn.',
      en: 'The case passed its retention period and was anonymised at {at}: its report, forms and notes are gone.',
    },
  },
  'form-not-available': {
    status: 409,
    title: { vi: 'Chưa lập được biểu mẫu', en: 'Form not available yet' },
    detail: {
      vi: 'Chưa có dữ liệu cho {form}: bước "{step}" của hồ sơ chưa được thực hiện.',
      en: 'Nothing to fill {form} with yet: the case has no "{step}" step.',
    },
  },
});

declare module '../common/i18n.js' {
  interface ProblemCatalog extends Record<keyof typeof CASE_PROBLEMS, true> {}
}

/** Vietnamese for its field errors' constraints (the English is the error's own message). */
fieldMessages({
  'sanction:future': () => 'Ngày ra quyết định không được sau ngày hôm nay.',
  'sanction:before-detected': () =>
    'Ngày ra quyết định không được trước ngày phát hiện vi phạm (ngày lập biên bản).',
  'sanction:detected': () =>
    'Cần ghi ngày phát hiện vi phạm (ngày lập biên bản) khi chưa có quyết định xử phạt.',
  'sanction:detected-future': () => 'Ngày phát hiện vi phạm không được sau ngày hôm nay.',
  'sanction:decision': () => 'Quyết định xử phạt cần đủ cả số quyết định và ngày ra quyết định.',
  'sanction:undecided': () =>
    'Chỉ ghi tiền phạt và hình thức xử phạt khi đã có quyết định xử phạt (số và ngày quyết định).',
  'case:source': () =>
    'Cần ghi nguồn thông tin, trừ báo cáo do nơi tiếp nhận thông tin (công an, cơ sở giáo dục, cơ sở y tế) ghi nhận.',
  'case:receiving-point-source': ([source]) =>
    `Nguồn thông tin phải là "${String(source)}": nơi tiếp nhận thông tin đã ghi nhận báo cáo này.`,
  'case:level-reason': () => 'Cần ghi lý do thay đổi cấp độ bảo vệ.',
  'case:child': () => 'Không có trẻ em này trong địa bàn của bạn.',
  'case:no-child': () => 'Cần ít nhất một trẻ em (childIds hoặc newChildren).',
  'case:received-future': () => 'Thời điểm tiếp nhận không được ở tương lai.',
  'case:commune': () => 'Xã/phường này không thuộc địa bàn của bạn.',
  'case:assignee': () =>
    'Người được phân công phải là người làm công tác bảo vệ trẻ em đang hoạt động tại xã/phường của hồ sơ.',
  'case:future': () => 'Thời điểm này không được ở tương lai.',
  'case:past': () => 'Thời điểm này phải ở tương lai.',
  'case:isolation-end': () =>
    'Thời điểm kết thúc phải sau khi bắt đầu cách ly và không được ở tương lai.',
  'case:extension-too-short': () => 'Thời hạn gia hạn phải sau thời hạn hiện tại.',
  'case:decided-future': () => 'Ngày quyết định không được sau ngày hôm nay.',
  'case:isolation-start': () =>
    'Thời điểm bắt đầu cách ly phải từ khi tiếp nhận thông tin đến chậm nhất 24 giờ sau hiện tại.',
  'case:isolation-days': () =>
    'Thời hạn tạm thời cách ly tối đa không quá 15 ngày (Nghị định 56/2017, Điều 32).',
  'case:isolation-authority': () =>
    'Bắt buộc khi tổng thời gian cách ly quá 15 ngày: cách ly chỉ tiếp tục theo yêu cầu của cơ quan có thẩm quyền (Nghị định 56/2017, Điều 32).',
  'case:not-in-case': () => 'Trẻ em này không thuộc hồ sơ.',
  'case:child-twice': () => 'Trẻ em này đã được ghi ở phần tử khác của danh sách.',
  'case:child-not-heard': () =>
    'Trẻ em từ đủ 7 tuổi trở lên: cần ghi việc trẻ được lấy ý kiến và ý kiến của trẻ (Luật Trẻ em, Điều 34).',
  'case:child-consent': () =>
    'Trẻ em từ đủ 7 tuổi trở lên: cần ghi trẻ có đồng ý với kế hoạch và việc chia sẻ thông tin hay không.',
  'case:representative-consent': () =>
    'Cần ghi cha mẹ, người giám hộ của trẻ có đồng ý với kế hoạch và việc chia sẻ thông tin hay không, hoặc lý do không hỏi được ý kiến.',
  'case:criterion-not-met': () =>
    'Tiêu chí này chưa đạt nên chưa thể đề xuất đóng hồ sơ (Nghị định 56/2017, Điều 30).',
  'case:action-organization': () =>
    'Cần ghi cơ quan, tổ chức chịu trách nhiệm (organizationId hoặc organizationName).',
  'case:organization': () => 'Không có cơ quan, tổ chức đang hoạt động mang mã này.',
  'case:action-reason': () =>
    'Lý do chỉ ghi, và bắt buộc ghi, khi hoạt động không thực hiện được (not_done).',
});

/** What a case's people are told (in the app, by email), in both languages; times in Vietnam's. */
export const CASE_NOTICES = {
  received: (code: string, at: string, inDanger: boolean): Text =>
    inDanger
      ? {
          vi: `Thông tin mới, trẻ em đang gặp nguy hiểm: hồ sơ ${code}, tiếp nhận lúc ${at}.`,
          en: `New report, a child in immediate danger: case ${code}, received at ${at} (Vietnam time).`,
        }
      : {
          vi: `Thông tin mới về trẻ em cần bảo vệ: hồ sơ ${code}, tiếp nhận lúc ${at}.`,
          en: `New report about a child in need of protection: case ${code}, received at ${at} (Vietnam time).`,
        },
  isolationProposed: (code: string): Text => ({
    vi: `Đề xuất tạm thời cách ly trẻ em, hồ sơ ${code}: chờ Chủ tịch UBND quyết định.`,
    en: `Temporary isolation of a child proposed, case ${code}: awaiting the chair’s decision.`,
  }),
  isolationDecided: (code: string, decision: string, until: string): Text => ({
    vi: `Chủ tịch UBND đã quyết định tạm thời cách ly trẻ em (Quyết định số ${decision}), hồ sơ ${code}, đến ${until}.`,
    en: `The chair decided a temporary isolation (decision ${decision}), case ${code}, until ${until} (Vietnam time).`,
  }),
  planSubmitted: (code: string, approval?: { when: string; left: number }): Text =>
    approval
      ? {
          vi: `Hồ sơ ${code}: kế hoạch hỗ trợ, can thiệp chờ phê duyệt. Hạn phê duyệt ${approval.when}, còn ${approval.left} ngày làm việc.`,
          en: `Case ${code}: the support and intervention plan awaits approval, due at ${approval.when} (Vietnam time), ${approval.left} working days left.`,
        }
      : {
          vi: `Hồ sơ ${code}: kế hoạch hỗ trợ, can thiệp chờ phê duyệt.`,
          en: `Case ${code}: the support and intervention plan awaits approval.`,
        },
  assigned: (code: string): Text => ({
    vi: `Bạn được phân công phụ trách hồ sơ ${code}.`,
    en: `You have been assigned case ${code}.`,
  }),
  deadlineDue: (code: string, step: Text, when: string): Text => ({
    vi: `Hồ sơ ${code}: hạn ${step.vi} là ${when}.`,
    en: `Case ${code}: ${step.en} is due at ${when} (Vietnam time).`,
  }),
  deadlineOverdue: (code: string, step: Text, when: string): Text => ({
    vi: `Hồ sơ ${code}: đã quá hạn ${step.vi} (hạn ${when}).`,
    en: `Case ${code}: ${step.en} is overdue (due at ${when}, Vietnam time).`,
  }),
};

/** The step a case's deadline waits for, in words. */
export const DEADLINE_STEPS: Partial<Record<DeadlineKind, Text>> = {
  initial_assessment: { vi: 'đánh giá ban đầu (Mẫu 02)', en: 'initial assessment (form 02)' },
  emergency_action: {
    vi: 'áp dụng biện pháp bảo vệ khẩn cấp',
    en: 'emergency protection measures',
  },
  plan: {
    vi: 'xây dựng kế hoạch hỗ trợ, can thiệp (Mẫu 04)',
    en: 'support and intervention plan (form 04)',
  },
  plan_approval: { vi: 'phê duyệt kế hoạch (Mẫu 05)', en: 'plan approval (form 05)' },
  isolation: { vi: 'kết thúc cách ly tạm thời', en: 'end of temporary isolation' },
  review: { vi: 'rà soát, đánh giá (Mẫu 06)', en: 'review (form 06)' },
};

/** A plan action as a deadline's step: by its number in the plan. */
export const planActionStep = (number: string): Text => ({
  vi: `hoạt động số ${number} của kế hoạch`,
  en: `action ${number} of the plan`,
});
