/**
 * What several statutory forms print alike: the frame of each (its issuer, number, footer, place
 * and date, the case's line, the assessor's head) and the blocks of the steps that assess the
 * child (the level's facts, the risk ratings, what each child said).
 */
import type { PrintBlock } from '../common/pdf.js';
import type { CaseForm, FormChild, FormSources, Rating, Ratings } from './case-form-sources.js';
import { LEVELS, vietnamDate, vietnamIso } from './case-form-text.js';

/** What every form of a case prints alike, made once per form for its builder. */
export interface FormFrame {
  /** The commune committee: the issuer of every form but a receiving point's Mẫu 01. */
  issuer: string[];
  /** The child this copy of the form is for. */
  child: FormChild;
  /** The issuer, the form's number and the footer, which every form starts from. */
  base: { issuer: string[]; formNumber: string; footer: string };
  /** "Ba Đình, ngày 24 tháng 11 năm 2026". */
  placeAndDate: (at: Date) => string;
  /** The case's code, as a field. */
  caseLine: PrintBlock;
  /** The head of Mẫu 06 (and of Mẫu 02 alike): the child, the officer, the day. */
  assessedBy: (at: Date, actorName: string | null) => PrintBlock[];
}

/** The frame of one form for one child of the case. */
export function formFrame(form: CaseForm, s: FormSources): FormFrame {
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
  return { issuer, child, base, placeAndDate, caseLine, assessedBy };
}

/**
 * What an assessing step found of the level beyond the level itself: the reported abuse confirmed
 * (which puts the case at intervention level, Law on Children art. 50), and the reason a level
 * already set was changed (the step's own, as recorded).
 */
export function levelFacts(step: {
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

/**
 * Mẫu 06, 1.a and 1.b (and Mẫu 02 alike): the harm criteria (high is bad) with the count per level,
 * and apart from them the child's capacity to protect themself and recover (high is good), each
 * table under its own heading so that no total mixes the two.
 */
export function ratingBlocks(ratings: Ratings, stage: 'initial' | 'review'): PrintBlock[] {
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
export function childSay<E extends { childId: string }>(
  child: FormChild,
  entries: E[] | undefined,
  say: (entry: E) => PrintBlock[],
): PrintBlock[] {
  const entry = entries?.find((e) => e.childId === child.id);
  return entry
    ? [{ kind: 'label', text: child.fullName }, ...say(entry)]
    : [{ kind: 'paragraph', text: 'Không ghi nhận.' }];
}
