/**
 * Mẫu 04, 05 and 06 of Decree 56/2017, filled from a case for one child: the plan of support and
 * intervention, the commune chair's decision approving it, and its review.
 *
 * Sources of the layouts, named beside each field below:
 * - Mẫu 06: the appendix's text as reproduced at dulieuphapluat.vn (?p=734279), up to its item
 *   1.b's heading (the rest of that copy was not available).
 * - Mẫu 04, 05: their appendix text was not found. Their titles and items follow the article that
 *   prescribes them (Decree 56/2017 art. 28), in its words.
 */
import type { PrintDocument } from '../common/pdf.js';
import { CLOSURE_CRITERIA, type ClosureCriterion } from './case-workflow.js';
import { childSay, type FormFrame, levelFacts, ratingBlocks } from './case-form-blocks.js';
import { type FormSources, required } from './case-form-sources.js';
import { birth, LEVELS, vietnamDate, vietnamIso } from './case-form-text.js';

/** Decree 56/2017 art. 30.1.b, in its words. */
const CLOSURE_CRITERIA_TEXT: Record<ClosureCriterion, string> = {
  noLongerAtRisk: 'Trẻ em không còn nguy cơ bị xâm hại',
  physicallyStable: 'Thể chất của trẻ em ổn định',
  psychologicallyStable: 'Tâm lý của trẻ em ổn định',
  cognitivelyStable: 'Nhận thức của trẻ em ổn định',
  emotionallyStable: 'Tình cảm của trẻ em ổn định',
};
const OUTCOMES: Record<string, string> = {
  continue: 'Tiếp tục thực hiện kế hoạch',
  new_plan: 'Xây dựng kế hoạch mới',
  propose_closure: 'Đề nghị kết thúc (đóng) hồ sơ',
};

/** The day the law on the organisation of local government of 2025 took effect (two tiers). */
const LOCAL_GOVERNMENT_2025 = '2025-07-01';

/**
 * The legal bases (căn cứ) of the commune chair's decision approving a plan (Mẫu 05), as in force
 * on the day of the decision: the law that gives the chair the power, the Law on Children and the
 * decree whose art. 28 asks for the decision. The 2015 law's date is as Decree 56/2017 cites it;
 * the 2025 law is named by its year (its number and date were not verified: research §6.2).
 */
export function planApprovalBases(at: Date): string[] {
  return [
    vietnamIso(at).slice(0, 10) < LOCAL_GOVERNMENT_2025
      ? 'Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015'
      : 'Luật Tổ chức chính quyền địa phương năm 2025',
    'Luật Trẻ em ngày 05 tháng 4 năm 2016',
    'Nghị định số 56/2017/NĐ-CP ngày 09 tháng 5 năm 2017 của Chính phủ quy định chi tiết một số điều của Luật Trẻ em',
  ];
}

/** Mẫu 04: the plan of support and intervention (Decree 56/2017 art. 28.1). */
export function planForm(s: FormSources, f: FormFrame): PrintDocument {
  const { base, child, placeAndDate, caseLine } = f;
  const { content: c, at, actorName } = required(s.plan, 'mau-04');
  return {
    ...base,
    // Decree 56/2017 art. 28.1: "xây dựng kế hoạch hỗ trợ, can thiệp"; appendix not found.
    title: 'KẾ HOẠCH HỖ TRỢ, CAN THIỆP',
    subtitle: 'đối với trẻ em bị xâm hại hoặc có nguy cơ bị bạo lực, bóc lột, bỏ rơi',
    placeAndDate: placeAndDate(at),
    info: { Title: `Mẫu số 04 - ${s.code} - ${child.fullName}` },
    blocks: [
      { kind: 'field', label: 'Họ và tên trẻ em', value: child.fullName },
      { kind: 'field', label: 'Ngày tháng năm sinh', value: birth(child) },
      caseLine,
      { kind: 'field', label: 'Cấp độ bảo vệ', value: s.level ? LEVELS[s.level] : '' },
      { kind: 'heading', text: '1. Mục tiêu' },
      { kind: 'list', items: c.goals },
      // Art. 28.1 and 29: each action, who carries it out and answers for it, and by when.
      { kind: 'heading', text: '2. Hoạt động hỗ trợ, can thiệp' },
      {
        kind: 'table',
        columns: [
          'Hoạt động',
          'Dịch vụ',
          'Cơ quan, tổ chức chịu trách nhiệm',
          'Người chịu trách nhiệm',
          'Thời hạn',
        ],
        rows: c.actions.map((a) => [
          a.description,
          a.serviceType ? (s.serviceTypes.get(a.serviceType) ?? a.serviceType) : '',
          a.organizationId
            ? (s.organizations.get(a.organizationId) ?? '')
            : (a.organizationName ?? ''),
          a.responsiblePerson ?? '',
          vietnamDate(a.dueAt),
        ]),
      },
      // Art. 30: the plan is reviewed and evaluated (Mẫu 06).
      { kind: 'heading', text: '3. Theo dõi, rà soát' },
      { kind: 'field', label: 'Thời gian rà soát, đánh giá', value: vietnamDate(c.reviewAt) },
      // Law on Children art. 21 and 34: the child aged 7 or more has a say, and consents.
      { kind: 'heading', text: '4. Ý kiến và sự đồng ý của trẻ em' },
      ...childSay(child, c.childConsents, (consent) => [
        {
          kind: 'field',
          label: 'Đồng ý với kế hoạch và việc chia sẻ thông tin với cơ quan, tổ chức thực hiện',
          value: consent.agrees ? 'Có' : 'Không',
        },
        ...(consent.views ? [{ kind: 'paragraph' as const, text: consent.views }] : []),
      ]),
      // Law on Children art. 33, Personal Data Protection Law 2025 art. 24: the parent's or
      // guardian's consent to the child's information being shared.
      { kind: 'heading', text: '5. Ý kiến và sự đồng ý của cha mẹ, người giám hộ' },
      ...childSay(child, c.representativeConsents, (say) =>
        say.asked
          ? [
              {
                kind: 'field',
                label: 'Người được hỏi ý kiến',
                value: `${say.fullName ?? ''} (${say.relationship ?? ''})`,
              },
              {
                kind: 'field',
                label:
                  'Đồng ý với kế hoạch và việc chia sẻ thông tin với cơ quan, tổ chức thực hiện',
                value: say.agrees ? 'Có' : 'Không',
              },
              ...(say.views ? [{ kind: 'paragraph' as const, text: say.views }] : []),
            ]
          : [{ kind: 'field', label: 'Không hỏi được ý kiến, lý do', value: say.reason ?? '' }],
      ),
    ],
    signatures: [{ title: 'NGƯỜI LẬP KẾ HOẠCH', name: actorName ?? undefined }],
  };
}

/**
 * Mẫu 05: the commune chair's decision approving the latest plan (Decree 56/2017 art. 28.3), a
 * draft until it is approved.
 */
export function planApprovalForm(s: FormSources, f: FormFrame): PrintDocument {
  const { base, child, placeAndDate } = f;
  const plan = required(s.plan, 'mau-05');
  const approval = s.approval;
  const decidedAt = approval?.at ?? s.now;
  const bases = approval?.content.legalBases ?? planApprovalBases(decidedAt);
  return {
    ...base,
    // Decree 56/2017 art. 28.2.c-3: the chair's decision approving the plan; the appendix's
    // text was not found, the layout is that of an administrative decision (Decree 30/2020).
    // Số …/QĐ-UBND: the decision's number, given by the approver (blank in a draft).
    number: `Số: ${approval?.content.decisionNumber ?? '……/QĐ-UBND'}`,
    title: 'QUYẾT ĐỊNH',
    subtitle: 'Về việc phê duyệt kế hoạch hỗ trợ, can thiệp đối với trẻ em',
    draft: !approval,
    placeAndDate: placeAndDate(decidedAt),
    info: { Title: `Mẫu số 05 - ${s.code} - ${child.fullName}` },
    blocks: [
      {
        kind: 'heading',
        text: `CHỦ TỊCH ỦY BAN NHÂN DÂN ${s.communeName.toUpperCase()}`,
      },
      // Căn cứ: the approver's, or those in force on the day (planApprovalBases).
      ...bases.map((basis) => ({ kind: 'paragraph' as const, text: `Căn cứ ${basis};` })),
      // Art. 28.1-2: the worker drafts the plan and submits it with the dossier.
      {
        kind: 'paragraph',
        text: `Xét đề nghị của người làm công tác bảo vệ trẻ em cấp xã (kế hoạch lập ngày ${vietnamDate(plan.at)}),`,
      },
      { kind: 'heading', text: 'QUYẾT ĐỊNH:' },
      {
        kind: 'paragraph',
        text: `Điều 1. Phê duyệt kế hoạch hỗ trợ, can thiệp đối với trẻ em ${child.fullName} (hồ sơ ${s.code}) kèm theo Quyết định này.`,
      },
      ...(approval?.content.reason
        ? [{ kind: 'paragraph' as const, text: approval.content.reason }]
        : []),
      // Art. 29: the worker coordinates the plan's carrying out, with the bodies it names.
      {
        kind: 'paragraph',
        text: 'Điều 2. Người làm công tác bảo vệ trẻ em cấp xã chủ trì, phối hợp với các cơ quan, tổ chức, cá nhân có liên quan tổ chức thực hiện kế hoạch; theo dõi, rà soát, đánh giá và báo cáo kết quả.',
      },
      { kind: 'paragraph', text: 'Điều 3. Quyết định này có hiệu lực kể từ ngày ký.' },
    ],
    signatures: [{ title: 'CHỦ TỊCH', name: approval?.actorName ?? undefined }],
  };
}

/** Mẫu 06: the review of the child's situation after the plan (Decree 56/2017 art. 30). */
export function reviewForm(s: FormSources, f: FormFrame): PrintDocument {
  const { base, child, placeAndDate, assessedBy } = f;
  const { content: c, at, actorName } = required(s.review, 'mau-06');
  return {
    ...base,
    // Mẫu 06's title, in the appendix's words.
    title: 'RÀ SOÁT, ĐÁNH GIÁ TÌNH TRẠNG CỦA TRẺ EM SAU KHI THỰC HIỆN KẾ HOẠCH HỖ TRỢ, CAN THIỆP',
    placeAndDate: placeAndDate(at),
    info: { Title: `Mẫu số 06 - ${s.code} - ${child.fullName}` },
    blocks: [
      // The form's head: Họ và tên trẻ em; Họ và tên cán bộ thực hiện; Ngày, tháng, năm.
      ...assessedBy(at, actorName),
      ...levelFacts(c),
      // 1. Đánh giá nguy cơ tại giai đoạn kết thúc: a) the harm, b) the child's capacity.
      { kind: 'heading', text: '1. Đánh giá nguy cơ tại giai đoạn kết thúc' },
      ...ratingBlocks(c.ratings, 'review'),
      // Decree 56/2017 art. 30.1.b: what closing the case rests on.
      { kind: 'heading', text: '2. Tiêu chí kết thúc hồ sơ (Nghị định 56/2017, Điều 30)' },
      c.criteria
        ? {
            kind: 'table',
            columns: ['Tiêu chí', 'Kết quả'],
            rows: CLOSURE_CRITERIA.map((criterion) => [
              CLOSURE_CRITERIA_TEXT[criterion],
              c.criteria![criterion] ? 'Đạt' : 'Chưa đạt',
            ]),
          }
        : { kind: 'paragraph', text: 'Không ghi nhận.' },
      // Art. 30.1.b-c: close the case, or plan again.
      { kind: 'heading', text: '3. Kết luận' },
      { kind: 'field', label: 'Đề xuất', value: OUTCOMES[c.outcome] ?? c.outcome },
      { kind: 'paragraph', text: c.notes },
    ],
    signatures: [{ title: 'CÁN BỘ THỰC HIỆN', name: actorName ?? undefined }],
  };
}
