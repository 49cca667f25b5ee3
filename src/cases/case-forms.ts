/**
 * The statutory forms of Decree 56/2017 (Phụ lục, Mẫu số 01-06) filled from a case, as documents
 * for the PDF renderer (common/pdf.ts). Pure: what the forms say is tested without a PDF.
 *
 * Each form concerns one child: a case about several children prints each form once per child.
 *
 * Sources of the layouts, named beside each field below:
 * - Mẫu 01: the appendix's text as reproduced at 123docz.net (document 14058687, "Báo cáo tiếp
 *   nhận thông tin trẻ em"), summarised in shared/research/vietnam-domain.md §2.5. The copy
 *   dropped some short words; where a line's wording is completed, the comment says so.
 * - Mẫu 06: the appendix's text as reproduced at dulieuphapluat.vn (?p=734279), up to its item
 *   1.b's heading (the rest of that copy was not available).
 * - Mẫu 02, 03, 04, 05: their appendix text was not found. Their titles and items follow the
 *   articles that prescribe them (Decree 56/2017 art. 26.2, 27, 28), in the articles' words, and
 *   Mẫu 02 rates risk as Mẫu 06 does (research §2.4, unverified for Mẫu 02).
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

/** A parent or guardian as the report names them (Mẫu 01, A.2). */
export interface FormParent {
  fullName?: string;
  age?: number;
  birthYear?: number;
  occupation?: string;
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
  /** The child this copy of the form is for: one of the case's children. */
  child: FormChild;
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
    reporter?: {
      fullName?: string;
      phone?: string;
      address?: string;
      relation?: string;
      anonymous?: boolean;
    } | null;
    /** Asked since Mẫu 01 was laid out field by field; absent in reports taken before. */
    childCondition?: string;
    likelyHarm?: string;
    father?: FormParent;
    mother?: FormParent;
    guardian?: FormParent;
    familySituation?: string;
    caregiver?: string;
    actionsTaken?: string;
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
    /** Recorded by plans since the parent's or guardian's say was asked for. */
    representativeConsents?: {
      childId: string;
      asked: boolean;
      fullName?: string;
      relationship?: string;
      agrees?: boolean;
      views?: string;
      reason?: string;
    }[];
  }>;
  /** The approval of that plan, if it was approved (approvals before Mẫu 05 was laid out field by
   * field have no decision number). */
  approval?: RecordedStep<{ reason?: string; decisionNumber?: string; legalBases?: string[] }>;
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
const RATING_NAMES: Record<Rating, string> = { high: 'Cao', medium: 'Trung bình', low: 'Thấp' };
const RATINGS: Rating[] = ['high', 'medium', 'low'];
/** The column the appendix gives each part's levels (Mẫu 06, 1.a and 1.b). */
const LEVEL_COLUMN = 'Mức độ (Cao, Trung bình, Thấp)';
/**
 * The harm and risk criteria, where high is bad: Mẫu 06, 1.a, items 1-3, in its words; Mẫu 02 asks
 * the same of the present (its appendix text was not found: research §2.4).
 */
const HARM_CRITERIA: Record<'initial' | 'review', [keyof Ratings, string][]> = {
  initial: [
    ['harm', 'Mức độ tổn hại của trẻ em có nghiêm trọng không'],
    ['abuserAccess', 'Khả năng tiếp cận trẻ em của đối tượng xâm hại'],
    [
      'careEnvironment',
      'Những trở ngại trong môi trường chăm sóc trẻ em đối với việc bảo đảm an toàn cho trẻ em',
    ],
  ],
  review: [
    ['harm', 'Mức độ tổn hại của trẻ em có còn nghiêm trọng không'],
    ['abuserAccess', 'Khả năng tiếp cận trẻ em của đối tượng xâm hại'],
    [
      'careEnvironment',
      'Những trở ngại trong môi trường chăm sóc trẻ em đối với việc bảo đảm an toàn cho trẻ em',
    ],
  ],
};
/** The child's own capacity, where high is good: Mẫu 06, 1.b (its heading, in its words). */
const CAPACITY_CRITERIA: [keyof Ratings, string][] = [
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

/**
 * Mẫu 06, 1.a and 1.b (and Mẫu 02 alike): the harm criteria (high is bad) with the count per level,
 * and apart from them the child's capacity to protect themself and recover (high is good), each
 * table under its own heading so that no total mixes the two.
 */
function ratingBlocks(ratings: Ratings, stage: 'initial' | 'review'): PrintBlock[] {
  const harm = HARM_CRITERIA[stage];
  const counts = RATINGS.map(
    (r) => `${RATING_NAMES[r]}: ${harm.filter(([key]) => ratings[key] === r).length}`,
  );
  return [
    { kind: 'label', text: 'a) Đánh giá mức độ tổn hại của trẻ em' },
    {
      kind: 'table',
      columns: ['Đánh giá mức độ tổn hại của trẻ em', LEVEL_COLUMN],
      rows: [
        ...harm.map(([key, label], i) => [`${i + 1}. ${label}`, RATING_NAMES[ratings[key]]]),
        ['Tổng số', counts.join('; ')],
      ],
    },
    { kind: 'label', text: 'b) Đánh giá khả năng tự bảo vệ, phục hồi của trẻ em' },
    {
      kind: 'table',
      columns: ['Đánh giá khả năng tự bảo vệ, phục hồi của trẻ em', LEVEL_COLUMN],
      rows: CAPACITY_CRITERIA.map(([key, label], i) => [
        `${i + 1}. ${label}`,
        RATING_NAMES[ratings[key]],
      ]),
    },
  ];
}

/**
 * What each child said, by name: the views at the assessment, the consent to the plan. Nothing
 * recorded (children under 7, or a step recorded before these were asked for) reads so.
 */
function childSay<E extends { childId: string }>(
  child: FormChild,
  entries: E[] | undefined,
  say: (entry: E) => PrintBlock[],
): PrintBlock[] {
  const entry = entries?.find((e) => e.childId === child.id);
  return entry
    ? [{ kind: 'label', text: child.fullName }, ...say(entry)]
    : [{ kind: 'paragraph', text: 'Không ghi nhận.' }];
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

/** A parent's age as the report gave it: in years, or from the year of birth. */
function parentAge(parent: FormParent | undefined): string {
  if (parent?.age !== undefined) return String(parent.age);
  return parent?.birthYear !== undefined ? `sinh năm ${parent.birthYear}` : '';
}

/** Mẫu 01, A.2: "Họ và tên cha: … Tuổi … Nghề nghiệp …", a line to fill for what is unknown. */
function parentBlocks(who: string, parent: FormParent | undefined): PrintBlock[] {
  return [
    { kind: 'field', label: `Họ và tên ${who}`, value: parent?.fullName ?? '' },
    { kind: 'field', label: 'Tuổi', value: parentAge(parent) },
    { kind: 'field', label: 'Nghề nghiệp', value: parent?.occupation ?? '' },
  ];
}

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

/** The form for one child of the case, as a document; FormNotReady when its step is not taken. */
export function caseForm(form: CaseForm, s: FormSources): PrintDocument {
  const issuer = ['ỦY BAN NHÂN DÂN', s.communeName.toUpperCase()];
  const commune = s.communeName.replace(/^(Phường|Xã|Đặc khu|Thị trấn) /, '');
  const child = s.child;
  const base = {
    issuer,
    formNumber: `Mẫu số ${form.slice(4)}`,
    footer: `Hồ sơ ${s.code} · ${child.fullName} · Tài liệu có thông tin bí mật đời sống riêng tư của trẻ em (Luật Trẻ em, Điều 21)`,
  };
  const placeAndDate = (at: Date) => {
    const t = vietnamIso(at);
    return `${commune}, ngày ${t.slice(8, 10)} tháng ${t.slice(5, 7)} năm ${t.slice(0, 4)}`;
  };
  const caseLine: PrintBlock = { kind: 'field', label: 'Mã hồ sơ', value: s.code };
  /** The head of Mẫu 06 (and of Mẫu 02 alike): the child, the officer, the day. */
  const assessedBy = (at: Date, actorName: string | null): PrintBlock[] => [
    { kind: 'field', label: 'Họ và tên trẻ em', value: child.fullName },
    { kind: 'field', label: 'Họ và tên cán bộ thực hiện', value: actorName ?? '' },
    { kind: 'field', label: 'Ngày, tháng, năm thực hiện', value: vietnamDate(at) },
    caseLine,
  ];

  switch (form) {
    case 'mau-01': {
      const { content: c, at, actorName } = s.intake;
      const reporter = c.reporter;
      return {
        ...base,
        // (1) Tên cơ quan tiếp nhận thông tin: the receiving point, else the commune committee.
        issuer: s.receivingPoint ? [s.receivingPoint.toUpperCase()] : issuer,
        // Số: …/BC-(2): the receiving body numbers its reports in its own register.
        number: 'Số: ……/BC-……',
        title: 'BÁO CÁO TIẾP NHẬN THÔNG TIN TRẺ EM',
        // (4) Trẻ em thuộc đối tượng: bị xâm hại / có nguy cơ bị bạo lực, bóc lột, bỏ rơi.
        subtitle: 'bị xâm hại hoặc có nguy cơ bị bạo lực, bóc lột, bỏ rơi',
        // (3) Địa danh, ngày … tháng … năm …
        placeAndDate: placeAndDate(at),
        info: { Title: `Mẫu số 01 - ${s.code} - ${child.fullName}` },
        blocks: [
          caseLine,
          { kind: 'heading', text: 'A. Thông tin chung' },
          { kind: 'heading', text: '1. Nguồn nhận thông tin' },
          // Who passed the report on (Decree 56 art. 25.1): the source the item is named for.
          { kind: 'field', label: 'Nguồn', value: SOURCES[c.source] ?? c.source },
          {
            kind: 'field',
            label: 'Thông qua (điện thoại/gặp trực tiếp/người khác báo)',
            value: c.channel ? CHANNELS[c.channel] : '',
          },
          // "Thời gian (mấy giờ) … Ngày … tháng … năm …"
          { kind: 'field', label: 'Thời gian', value: vietnamDateTime(c.receivedAt) },
          { kind: 'heading', text: '2. Thông tin trẻ em' },
          { kind: 'field', label: 'Họ và tên trẻ em', value: child.fullName },
          { kind: 'field', label: 'Ngày tháng năm sinh hoặc ước lượng tuổi', value: birth(child) },
          // "Giới tính: Nam … Nữ … Không biết"
          { kind: 'field', label: 'Giới tính', value: SEXES[child.sex] },
          {
            kind: 'field',
            label: 'Địa điểm xảy ra vụ việc',
            value: c.location?.address ?? s.communeName,
          },
          // Not a line of the form: what was reported, the case's concerns (the title's (4)).
          { kind: 'field', label: 'Hành vi được thông báo', value: s.concerns.join('; ') },
          { kind: 'label', text: 'Nội dung thông tin' },
          { kind: 'paragraph', text: c.summary },
          { kind: 'field', label: 'Tình trạng trẻ em', value: c.childCondition ?? '' },
          // The copy reads "Phỏng đoán hậu [quả] xảy [ra] cho trẻ em [nếu] không có hỗ trợ, can thiệp?".
          {
            kind: 'field',
            label: 'Phỏng đoán hậu quả xảy ra cho trẻ em nếu không có hỗ trợ, can thiệp',
            value: c.likelyHarm ?? '',
          },
          ...parentBlocks('cha', c.father),
          ...parentBlocks('mẹ', c.mother),
          // Not a line of the form: a guardian stands for the parents (Law on Children art. 4).
          ...(c.guardian ? parentBlocks('người giám hộ', c.guardian) : []),
          { kind: 'field', label: 'Hoàn cảnh gia đình', value: c.familySituation ?? '' },
          // The copy reads "Hiện người chăm sóc trẻ em (nếu biết)".
          {
            kind: 'field',
            label: 'Hiện ai là người chăm sóc trẻ em (nếu biết)',
            value: c.caregiver ?? '',
          },
          {
            kind: 'field',
            label:
              'Những hành động hỗ trợ, can thiệp đã thực hiện đối với trẻ em trước khi nhận được thông tin',
            value: c.actionsTaken ?? '',
          },
          { kind: 'heading', text: '3. Thông tin người cung cấp thông tin (nếu đồng ý cung cấp)' },
          ...(reporter?.anonymous
            ? [
                {
                  kind: 'paragraph' as const,
                  text: 'Người cung cấp thông tin đề nghị giữ bí mật danh tính.',
                },
              ]
            : [
                { kind: 'field' as const, label: 'Họ và tên', value: reporter?.fullName ?? '' },
                { kind: 'field' as const, label: 'Số điện thoại', value: reporter?.phone ?? '' },
                { kind: 'field' as const, label: 'Địa chỉ', value: reporter?.address ?? '' },
                {
                  kind: 'field' as const,
                  label: 'Ghi thêm',
                  value: reporter?.relation ? `Quan hệ với trẻ em: ${reporter.relation}` : '',
                },
              ]),
        ],
        signatures: [{ title: 'CÁN BỘ TIẾP NHẬN THÔNG TIN', name: actorName ?? undefined }],
      };
    }
    case 'mau-02': {
      const { content: c, at, actorName } = required(s.initialAssessment, form);
      return {
        ...base,
        // Decree 56/2017 art. 26.2: "đánh giá nguy cơ ban đầu, mức độ tổn hại của trẻ em theo Mẫu
        // số 02"; the appendix's own title was not found.
        title: 'ĐÁNH GIÁ NGUY CƠ BAN ĐẦU, MỨC ĐỘ TỔN HẠI CỦA TRẺ EM',
        placeAndDate: placeAndDate(at),
        info: { Title: `Mẫu số 02 - ${s.code} - ${child.fullName}` },
        blocks: [
          ...assessedBy(at, actorName),
          { kind: 'heading', text: '1. Đánh giá nguy cơ ban đầu' },
          ...ratingBlocks(c.ratings, 'initial'),
          // Art. 26.2: the assessment is the basis for applying emergency measures or not.
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
        signatures: [{ title: 'CÁN BỘ THỰC HIỆN', name: actorName ?? undefined }],
      };
    }
    case 'mau-03': {
      const { content: c, at, actorName } = required(s.assessment, form);
      return {
        ...base,
        // Decree 56/2017 art. 27.1: "thu thập thông tin, đánh giá nguy cơ cụ thể theo Mẫu số 03",
        // to find the child's needs (art. 27); the appendix's own title was not found.
        title: 'THU THẬP THÔNG TIN, ĐÁNH GIÁ NGUY CƠ CỤ THỂ',
        subtitle: 'và nhu cầu cần hỗ trợ, can thiệp của trẻ em',
        placeAndDate: placeAndDate(at),
        info: { Title: `Mẫu số 03 - ${s.code} - ${child.fullName}` },
        blocks: [
          ...assessedBy(at, actorName),
          { kind: 'field', label: 'Cấp độ bảo vệ', value: s.level ? LEVELS[s.level] : '' },
          ...levelFacts(c),
          // Art. 27.1.a, in its words.
          { kind: 'heading', text: '1. Tình trạng thể chất, tâm lý, tình cảm của trẻ em' },
          { kind: 'paragraph', text: c.childSituation },
          // Art. 27.1.b, in its words.
          {
            kind: 'heading',
            text: '2. Hoàn cảnh gia đình, mối quan hệ của trẻ em và năng lực bảo vệ trẻ em của cha, mẹ, các thành viên gia đình, người chăm sóc trẻ em',
          },
          { kind: 'paragraph', text: c.familySituation },
          // Art. 27.2: the needs the meeting confirms.
          { kind: 'heading', text: '3. Nhu cầu cần hỗ trợ, can thiệp của trẻ em' },
          c.needs.length > 0 ? { kind: 'list', items: c.needs } : { kind: 'paragraph', text: '…' },
          // Law on Children art. 34: a child aged 7 or more is heard.
          { kind: 'heading', text: '4. Ý kiến của trẻ em (Luật Trẻ em, Điều 34)' },
          ...childSay(child, c.childViews, (v) =>
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
        signatures: [{ title: 'CÁN BỘ THỰC HIỆN', name: actorName ?? undefined }],
      };
    }
    case 'mau-04': {
      const { content: c, at, actorName } = required(s.plan, form);
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
    case 'mau-05': {
      const plan = required(s.plan, form);
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
    case 'mau-06': {
      const { content: c, at, actorName } = required(s.review, form);
      return {
        ...base,
        // Mẫu 06's title, in the appendix's words.
        title:
          'RÀ SOÁT, ĐÁNH GIÁ TÌNH TRẠNG CỦA TRẺ EM SAU KHI THỰC HIỆN KẾ HOẠCH HỖ TRỢ, CAN THIỆP',
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
  }
}
