/**
 * The statutory forms of Decree 56/2017 (Phụ lục, Mẫu số 01-06) filled from a case, as documents
 * for the PDF renderer (common/pdf.ts). Pure: what the forms say is tested without a PDF.
 */
import { vietnamWallClock } from '../calendar/working-days.js';
import type { PrintBlock, PrintDocument } from '../common/pdf.js';
import { CLOSURE_CRITERIA, type ClosureCriterion } from './case-workflow.js';
import type { PlanActionContent } from './plan-actions.js';

export const CASE_FORMS = ['mau-01', 'mau-02', 'mau-03', 'mau-04', 'mau-05', 'mau-06'] as const;
export type CaseForm = (typeof CASE_FORMS)[number];

/** The step whose record fills each form (Mẫu 05 is the decision on the latest plan). */
export const FORM_STEP: Record<CaseForm, string> = {
  'mau-01': 'intake',
  'mau-02': 'initial-assessment',
  'mau-03': 'assessment',
  'mau-04': 'plan',
  'mau-05': 'plan',
  'mau-06': 'reviews',
};

type Rating = 'high' | 'medium' | 'low';
type Ratings = Record<'harm' | 'abuserAccess' | 'careEnvironment' | 'selfProtection', Rating>;

/** A step as recorded: when, by whom, and the form as it was submitted. */
export interface RecordedStep<C> {
  at: Date;
  actorName: string | null;
  content: C;
}

export interface FormChild {
  id: string;
  fullName: string;
  dateOfBirth: string;
  dobPrecision: 'exact' | 'year' | 'estimated';
  sex: 'male' | 'female' | 'unknown';
  address: string | null;
}

export interface FormSources {
  code: string;
  /** "Phường Ba Đình". */
  communeName: string;
  /**
   * The receiving point that recorded the report, when it is not the commune committee
   * ("Công an phường Ngọc Hà", "Tổng đài 111"): Mẫu 01's issuer (tên cơ quan tiếp nhận).
   */
  receivingPoint?: string;
  level: string | null;
  children: FormChild[];
  /** Names of the reported forms of abuse. */
  concerns: string[];
  serviceTypes: ReadonlyMap<string, string>;
  /** Names of the organisations the plan's actions name by id. */
  organizations: ReadonlyMap<string, string>;
  intake: RecordedStep<{
    source: string;
    channel?: string;
    receivedAt: string;
    summary: string;
    location?: { address?: string } | null;
    reporter?: { fullName?: string; phone?: string; relation?: string; anonymous?: boolean } | null;
  }>;
  initialAssessment?: RecordedStep<{
    ratings: Ratings;
    immediateDanger: boolean;
    level: string;
    /** Recorded since the level's rules: abuse confirmed, and why a level changed. */
    abuseConfirmed?: boolean;
    emergencyMeasures?: string[];
    notes?: string;
  }>;
  assessment?: RecordedStep<{
    childSituation: string;
    familySituation: string;
    needs: string[];
    conference?: {
      heldAt: string;
      place?: string;
      /** Names alone in assessments recorded before the minutes named organisations and roles. */
      participants: (string | { fullName: string; organization?: string; role: string })[];
      minutes?: string;
      agreed?: string[];
    };
    childViews?: { childId: string; heard: boolean; views?: string; reason?: string }[];
    level?: string;
    levelReason?: string;
    abuseConfirmed?: boolean;
  }>;
  plan?: RecordedStep<{
    goals: string[];
    actions: PlanActionContent[];
    reviewAt: string;
    childConsents?: { childId: string; agrees: boolean; views?: string }[];
  }>;
  /** The approval of that plan, if it was approved. */
  approval?: RecordedStep<{ reason?: string }>;
  review?: RecordedStep<{
    ratings: Ratings;
    /** Recorded by reviews since the closure criteria were asked for. */
    criteria?: Record<ClosureCriterion, boolean>;
    outcome: string;
    notes: string;
    level?: string;
    levelReason?: string;
  }>;
  /** When the form is printed. */
  now: Date;
}

/**
 * What an assessing step found of the level beyond the level itself: the reported abuse confirmed
 * (which puts the case at intervention level, Law on Children art. 50), and the reason a level
 * already set was changed (the step's own, as recorded).
 */
function levelFacts(step: {
  abuseConfirmed?: boolean;
  level?: string;
  levelReason?: string;
}): PrintBlock[] {
  return [
    ...(step.abuseConfirmed
      ? [{ kind: 'field' as const, label: 'Hành vi xâm hại trẻ em', value: 'Đã được xác định' }]
      : []),
    ...(step.levelReason?.trim()
      ? [
          {
            kind: 'field' as const,
            label: `Lý do chuyển cấp độ bảo vệ${step.level ? ` sang ${LEVELS[step.level] ?? step.level}` : ''}`,
            value: step.levelReason,
          },
        ]
      : []),
  ];
}

/** The form's step has not been taken yet. */
export class FormNotReady extends Error {
  constructor(
    readonly form: CaseForm,
    readonly step: string,
  ) {
    super(`${form} needs the step ${step}`);
  }
}

const SOURCES: Record<string, string> = {
  hotline_111: 'Tổng đài điện thoại quốc gia bảo vệ trẻ em 111',
  police: 'Cơ quan công an',
  health: 'Cơ sở y tế',
  school: 'Nhà trường',
  commune: 'Ủy ban nhân dân cấp xã',
  public: 'Người dân',
  self: 'Trẻ em tự báo',
  other: 'Khác',
};
const CHANNELS: Record<string, string> = {
  phone: 'Qua điện thoại',
  in_person: 'Gặp trực tiếp',
  third_party: 'Người khác báo',
  online: 'Trực tuyến',
};
const SEXES: Record<FormChild['sex'], string> = {
  male: 'Nam',
  female: 'Nữ',
  unknown: 'Không biết',
};
const LEVELS: Record<string, string> = {
  prevention: 'Phòng ngừa',
  support: 'Hỗ trợ',
  intervention: 'Can thiệp',
};
const RATINGS: Rating[] = ['high', 'medium', 'low'];
const CRITERIA: [keyof Ratings, string][] = [
  ['harm', 'Mức độ nghiêm trọng của tổn hại'],
  ['abuserAccess', 'Khả năng tiếp cận trẻ em của đối tượng xâm hại'],
  ['careEnvironment', 'Trở ngại về an toàn trong môi trường chăm sóc trẻ em'],
  ['selfProtection', 'Khả năng tự bảo vệ, phục hồi của trẻ em'],
];
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

/** 24/11/2026, Vietnam time. */
export function vietnamDate(instant: Date | string): string {
  const t = vietnamIso(instant);
  return `${t.slice(8, 10)}/${t.slice(5, 7)}/${t.slice(0, 4)}`;
}

/** 21 giờ 40, ngày 24/11/2026 (Vietnam time). */
export function vietnamDateTime(instant: Date | string): string {
  const t = vietnamIso(instant);
  return `${t.slice(11, 13)} giờ ${t.slice(14, 16)}, ngày ${vietnamDate(instant)}`;
}

function vietnamIso(instant: Date | string): string {
  return vietnamWallClock(new Date(instant));
}

export function birth(child: FormChild): string {
  const [y, m, d] = child.dateOfBirth.split('-');
  if (child.dobPrecision === 'exact') return `${d}/${m}/${y}`;
  return child.dobPrecision === 'year' ? `Năm ${y}` : `Khoảng năm ${y} (ước lượng tuổi)`;
}

function childBlocks(children: FormChild[]): PrintBlock[] {
  return children.flatMap((child, i) => [
    ...(children.length > 1 ? [{ kind: 'heading' as const, text: `Trẻ em thứ ${i + 1}` }] : []),
    { kind: 'field' as const, label: 'Họ và tên', value: child.fullName },
    { kind: 'field' as const, label: 'Ngày sinh', value: birth(child) },
    { kind: 'field' as const, label: 'Giới tính', value: SEXES[child.sex] },
    { kind: 'field' as const, label: 'Nơi ở', value: child.address ?? '' },
  ]);
}

function names(children: FormChild[]): string {
  return children.map((c) => c.fullName).join(', ');
}

function ratingsTable(ratings: Ratings): PrintBlock {
  const counts = RATINGS.map((r) => CRITERIA.filter(([key]) => ratings[key] === r).length);
  return {
    kind: 'table',
    columns: ['Tiêu chí', 'Cao', 'Trung bình', 'Thấp'],
    rows: [
      ...CRITERIA.map(([key, label]) => [
        label,
        ...RATINGS.map((r) => (ratings[key] === r ? 'X' : '')),
      ]),
      ['Tổng số tiêu chí', ...counts.map(String)],
    ],
  };
}

/**
 * What each child said, by name: the views at the assessment, the consent to the plan. Nothing
 * recorded (children under 7, or a step recorded before these were asked for) reads so.
 */
function childSay<E extends { childId: string }>(
  children: FormChild[],
  entries: E[] | undefined,
  say: (entry: E) => PrintBlock[],
): PrintBlock[] {
  const said = (entries ?? []).flatMap((entry) => {
    const child = children.find((c) => c.id === entry.childId);
    return child ? [{ kind: 'label' as const, text: child.fullName }, ...say(entry)] : [];
  });
  return said.length > 0 ? said : [{ kind: 'paragraph', text: 'Không ghi nhận.' }];
}

function meetingBlocks(
  conference: NonNullable<FormSources['assessment']>['content']['conference'],
) {
  if (!conference) return [{ kind: 'paragraph' as const, text: 'Chưa tổ chức họp.' }];
  const named = conference.participants.filter((p) => typeof p !== 'string');
  return [
    { kind: 'field' as const, label: 'Thời gian', value: vietnamDateTime(conference.heldAt) },
    ...(conference.place
      ? [{ kind: 'field' as const, label: 'Địa điểm', value: conference.place }]
      : []),
    { kind: 'label' as const, text: 'Thành phần tham gia' },
    named.length === conference.participants.length
      ? {
          kind: 'table' as const,
          columns: ['Họ và tên', 'Cơ quan, tổ chức', 'Vai trò'],
          rows: named.map((p) => [p.fullName, p.organization ?? '', p.role]),
        }
      : { kind: 'list' as const, items: conference.participants.map(String) },
    ...(conference.minutes
      ? [
          { kind: 'label' as const, text: 'Nội dung thảo luận' },
          { kind: 'paragraph' as const, text: conference.minutes },
        ]
      : []),
    ...(conference.agreed?.length
      ? [
          { kind: 'label' as const, text: 'Nội dung thống nhất' },
          { kind: 'list' as const, items: conference.agreed },
        ]
      : []),
  ];
}

function required<T>(step: T | undefined, form: CaseForm): T {
  if (!step) throw new FormNotReady(form, FORM_STEP[form]);
  return step;
}

/** The form as a document; FormNotReady when its step has not been taken. */
export function caseForm(form: CaseForm, s: FormSources): PrintDocument {
  const issuer = ['ỦY BAN NHÂN DÂN', s.communeName.toUpperCase()];
  const commune = s.communeName.replace(/^(Phường|Xã|Đặc khu|Thị trấn) /, '');
  const base = {
    issuer,
    formNumber: `Mẫu số ${form.slice(4)}`,
    footer: `Hồ sơ ${s.code} · Tài liệu có thông tin bí mật đời sống riêng tư của trẻ em (Luật Trẻ em, Điều 21)`,
  };
  const placeAndDate = (at: Date) => {
    const t = vietnamIso(at);
    return `${commune}, ngày ${t.slice(8, 10)} tháng ${t.slice(5, 7)} năm ${t.slice(0, 4)}`;
  };
  const caseLine: PrintBlock = { kind: 'field', label: 'Mã hồ sơ', value: s.code };

  switch (form) {
    case 'mau-01': {
      const { content: c, at, actorName } = s.intake;
      const reporter = c.reporter;
      return {
        ...base,
        issuer: s.receivingPoint ? [s.receivingPoint.toUpperCase()] : issuer,
        title: 'BÁO CÁO TIẾP NHẬN THÔNG TIN TRẺ EM',
        subtitle: 'bị xâm hại hoặc có nguy cơ bị bạo lực, bóc lột, bỏ rơi',
        placeAndDate: placeAndDate(at),
        info: { Title: `Mẫu số 01 - ${s.code}` },
        blocks: [
          caseLine,
          { kind: 'heading', text: 'A. THÔNG TIN CHUNG' },
          { kind: 'heading', text: '1. Nguồn nhận thông tin' },
          { kind: 'field', label: 'Nguồn', value: SOURCES[c.source] ?? c.source },
          { kind: 'field', label: 'Hình thức', value: c.channel ? CHANNELS[c.channel] : '' },
          { kind: 'field', label: 'Thời gian nhận', value: vietnamDateTime(c.receivedAt) },
          { kind: 'heading', text: '2. Thông tin về trẻ em' },
          ...childBlocks(s.children),
          {
            kind: 'field',
            label: 'Địa điểm xảy ra vụ việc',
            value: c.location?.address ?? s.communeName,
          },
          { kind: 'field', label: 'Hành vi được thông báo', value: s.concerns.join('; ') },
          { kind: 'label', text: 'Nội dung thông tin' },
          { kind: 'paragraph', text: c.summary },
          { kind: 'heading', text: '3. Người cung cấp thông tin' },
          ...(!reporter
            ? [{ kind: 'paragraph' as const, text: 'Không ghi nhận.' }]
            : reporter.anonymous
              ? [
                  {
                    kind: 'paragraph' as const,
                    text: 'Người cung cấp thông tin đề nghị giữ bí mật danh tính.',
                  },
                ]
              : [
                  { kind: 'field' as const, label: 'Họ và tên', value: reporter.fullName ?? '' },
                  { kind: 'field' as const, label: 'Số điện thoại', value: reporter.phone ?? '' },
                  {
                    kind: 'field' as const,
                    label: 'Quan hệ với trẻ em',
                    value: reporter.relation ?? '',
                  },
                ]),
        ],
        signatures: [{ title: 'NGƯỜI TIẾP NHẬN THÔNG TIN', name: actorName ?? undefined }],
      };
    }
    case 'mau-02': {
      const { content: c, at, actorName } = required(s.initialAssessment, form);
      return {
        ...base,
        title: 'PHIẾU ĐÁNH GIÁ BAN ĐẦU',
        subtitle: 'về nguy cơ và mức độ tổn hại của trẻ em',
        placeAndDate: placeAndDate(at),
        info: { Title: `Mẫu số 02 - ${s.code}` },
        blocks: [
          caseLine,
          { kind: 'field', label: 'Trẻ em', value: names(s.children) },
          { kind: 'field', label: 'Thời gian đánh giá', value: vietnamDateTime(at) },
          { kind: 'heading', text: '1. Đánh giá nguy cơ, mức độ tổn hại' },
          ratingsTable(c.ratings),
          { kind: 'heading', text: '2. Kết luận' },
          {
            kind: 'field',
            label: 'Trẻ em đang trong tình trạng nguy hiểm, cần can thiệp khẩn cấp',
            value: c.immediateDanger ? 'Có' : 'Không',
          },
          { kind: 'field', label: 'Cấp độ bảo vệ', value: LEVELS[c.level] ?? c.level },
          ...levelFacts(c),
          ...(c.emergencyMeasures?.length
            ? [
                { kind: 'label' as const, text: 'Biện pháp khẩn cấp đã áp dụng' },
                { kind: 'list' as const, items: c.emergencyMeasures },
              ]
            : []),
          ...(c.notes ? [{ kind: 'paragraph' as const, text: c.notes }] : []),
        ],
        signatures: [{ title: 'NGƯỜI ĐÁNH GIÁ', name: actorName ?? undefined }],
      };
    }
    case 'mau-03': {
      const { content: c, at, actorName } = required(s.assessment, form);
      return {
        ...base,
        title: 'BÁO CÁO ĐÁNH GIÁ TOÀN DIỆN',
        subtitle: 'tình trạng, nhu cầu của trẻ em và gia đình',
        placeAndDate: placeAndDate(at),
        info: { Title: `Mẫu số 03 - ${s.code}` },
        blocks: [
          caseLine,
          { kind: 'field', label: 'Trẻ em', value: names(s.children) },
          { kind: 'field', label: 'Cấp độ bảo vệ', value: s.level ? LEVELS[s.level] : '' },
          ...levelFacts(c),
          { kind: 'heading', text: '1. Tình trạng thể chất, tâm lý, tình cảm của trẻ em' },
          { kind: 'paragraph', text: c.childSituation },
          {
            kind: 'heading',
            text: '2. Hoàn cảnh gia đình, các mối quan hệ, khả năng bảo vệ của cha mẹ, người chăm sóc',
          },
          { kind: 'paragraph', text: c.familySituation },
          { kind: 'heading', text: '3. Nhu cầu của trẻ em' },
          c.needs.length > 0 ? { kind: 'list', items: c.needs } : { kind: 'paragraph', text: '…' },
          // Law on Children art. 34: a child aged 7 or more is heard.
          { kind: 'heading', text: '4. Ý kiến của trẻ em (Luật Trẻ em, Điều 34)' },
          ...childSay(s.children, c.childViews, (v) =>
            v.heard
              ? [
                  { kind: 'label', text: 'Trẻ đã được lắng nghe, ý kiến của trẻ' },
                  { kind: 'paragraph', text: v.views ?? '' },
                ]
              : [{ kind: 'field', label: 'Chưa lấy được ý kiến, lý do', value: v.reason ?? '' }],
          ),
          // Decree 56/2017 art. 27.2: the case meeting's minutes go with this report.
          { kind: 'heading', text: '5. Họp xác định nhu cầu hỗ trợ, can thiệp (biên bản)' },
          ...meetingBlocks(c.conference),
        ],
        signatures: [{ title: 'NGƯỜI ĐÁNH GIÁ', name: actorName ?? undefined }],
      };
    }
    case 'mau-04': {
      const { content: c, at, actorName } = required(s.plan, form);
      return {
        ...base,
        title: 'KẾ HOẠCH HỖ TRỢ, CAN THIỆP',
        subtitle: 'đối với trẻ em bị xâm hại hoặc có nguy cơ bị bạo lực, bóc lột, bỏ rơi',
        placeAndDate: placeAndDate(at),
        info: { Title: `Mẫu số 04 - ${s.code}` },
        blocks: [
          caseLine,
          { kind: 'field', label: 'Trẻ em', value: names(s.children) },
          { kind: 'field', label: 'Cấp độ bảo vệ', value: s.level ? LEVELS[s.level] : '' },
          { kind: 'heading', text: '1. Mục tiêu' },
          { kind: 'list', items: c.goals },
          { kind: 'heading', text: '2. Hoạt động hỗ trợ, can thiệp' },
          {
            kind: 'table',
            columns: ['Hoạt động', 'Dịch vụ', 'Cơ quan, người chịu trách nhiệm', 'Thời hạn'],
            rows: c.actions.map((a) => [
              a.description,
              a.serviceType ? (s.serviceTypes.get(a.serviceType) ?? a.serviceType) : '',
              [
                a.organizationId
                  ? (s.organizations.get(a.organizationId) ?? '')
                  : (a.organizationName ?? ''),
                a.responsiblePerson ?? '',
              ]
                .filter(Boolean)
                .join(' - '),
              vietnamDate(a.dueAt),
            ]),
          },
          { kind: 'heading', text: '3. Theo dõi, rà soát' },
          { kind: 'field', label: 'Thời gian rà soát, đánh giá', value: vietnamDate(c.reviewAt) },
          // Law on Children art. 21 and 34: the child aged 7 or more has a say, and consents.
          { kind: 'heading', text: '4. Ý kiến và sự đồng ý của trẻ em' },
          ...childSay(s.children, c.childConsents, (consent) => [
            {
              kind: 'field',
              label: 'Đồng ý với kế hoạch và việc chia sẻ thông tin với cơ quan, tổ chức thực hiện',
              value: consent.agrees ? 'Có' : 'Không',
            },
            ...(consent.views ? [{ kind: 'paragraph' as const, text: consent.views }] : []),
          ]),
        ],
        signatures: [{ title: 'NGƯỜI LẬP KẾ HOẠCH', name: actorName ?? undefined }],
      };
    }
    case 'mau-05': {
      const plan = required(s.plan, form);
      const approval = s.approval;
      return {
        ...base,
        title: 'QUYẾT ĐỊNH',
        subtitle: 'Về việc phê duyệt kế hoạch hỗ trợ, can thiệp đối với trẻ em',
        draft: !approval,
        placeAndDate: placeAndDate(approval?.at ?? s.now),
        info: { Title: `Mẫu số 05 - ${s.code}` },
        blocks: [
          {
            kind: 'heading',
            text: `CHỦ TỊCH ỦY BAN NHÂN DÂN ${s.communeName.toUpperCase()}`,
          },
          { kind: 'paragraph', text: 'Căn cứ Luật Trẻ em ngày 05 tháng 4 năm 2016;' },
          {
            kind: 'paragraph',
            text: 'Căn cứ Nghị định số 56/2017/NĐ-CP ngày 09 tháng 5 năm 2017 của Chính phủ quy định chi tiết Luật Trẻ em;',
          },
          {
            kind: 'paragraph',
            text: `Xét đề nghị của người làm công tác bảo vệ trẻ em cấp xã (kế hoạch lập ngày ${vietnamDate(plan.at)}),`,
          },
          { kind: 'heading', text: 'QUYẾT ĐỊNH:' },
          {
            kind: 'paragraph',
            text: `Điều 1. Phê duyệt kế hoạch hỗ trợ, can thiệp đối với trẻ em ${names(s.children)} (hồ sơ ${s.code}) kèm theo Quyết định này.`,
          },
          ...(approval?.content.reason
            ? [{ kind: 'paragraph' as const, text: approval.content.reason }]
            : []),
          {
            kind: 'paragraph',
            text: 'Điều 2. Người làm công tác bảo vệ trẻ em cấp xã chủ trì, phối hợp với các cơ quan, tổ chức, cá nhân có liên quan tổ chức thực hiện kế hoạch; theo dõi, rà soát, đánh giá và báo cáo kết quả.',
          },
          { kind: 'paragraph', text: 'Điều 3. Quyết định này có hiệu lực kể từ ngày ký.' },
        ],
        signatures: [{ title: 'CHỦ TỊCH', name: approval?.actorName ?? undefined }],
      };
    }
    case 'mau-06': {
      const { content: c, at, actorName } = required(s.review, form);
      return {
        ...base,
        title: 'RÀ SOÁT, ĐÁNH GIÁ TÌNH TRẠNG CỦA TRẺ EM',
        subtitle: 'sau khi thực hiện kế hoạch hỗ trợ, can thiệp',
        placeAndDate: placeAndDate(at),
        info: { Title: `Mẫu số 06 - ${s.code}` },
        blocks: [
          caseLine,
          { kind: 'field', label: 'Trẻ em', value: names(s.children) },
          { kind: 'field', label: 'Người đánh giá', value: actorName ?? '' },
          { kind: 'field', label: 'Ngày đánh giá', value: vietnamDate(at) },
          ...levelFacts(c),
          { kind: 'heading', text: '1. Đánh giá mức độ tổn hại và khả năng tự bảo vệ, phục hồi' },
          ratingsTable(c.ratings),
          // Decree 56/2017 art. 30.1.b: what closing the case rests on.
          { kind: 'heading', text: '2. Tiêu chí kết thúc hồ sơ (Nghị định 56/2017, Điều 30)' },
          c.criteria
            ? {
                kind: 'table',
                columns: ['Tiêu chí', 'Đạt', 'Chưa đạt'],
                rows: CLOSURE_CRITERIA.map((criterion) => [
                  CLOSURE_CRITERIA_TEXT[criterion],
                  c.criteria![criterion] ? 'X' : '',
                  c.criteria![criterion] ? '' : 'X',
                ]),
              }
            : { kind: 'paragraph', text: 'Không ghi nhận.' },
          { kind: 'heading', text: '3. Kết luận' },
          { kind: 'field', label: 'Đề xuất', value: OUTCOMES[c.outcome] ?? c.outcome },
          { kind: 'paragraph', text: c.notes },
        ],
        signatures: [{ title: 'NGƯỜI ĐÁNH GIÁ', name: actorName ?? undefined }],
      };
    }
  }
}
