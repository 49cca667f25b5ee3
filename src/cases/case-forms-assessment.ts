/**
 * Mẫu 01, 02 and 03 of Decree 56/2017, filled from a case for one child: the report received, the
 * initial assessment of the risk, and the assessment of the child's needs (with the case meeting's
 * minutes).
 *
 * Sources of the layouts, named beside each field below:
 * - Mẫu 01: the appendix's text as reproduced at 123docz.net (document 14058687, "Báo cáo tiếp
 *   nhận thông tin trẻ em"), summarised in shared/research/vietnam-domain.md §2.5. The copy
 *   dropped some short words; where a line's wording is completed, the comment says so.
 * - Mẫu 02, 03: their appendix text was not found. Their titles and items follow the articles that
 *   prescribe them (Decree 56/2017 art. 26.2, 27), in the articles' words, and Mẫu 02 rates risk
 *   as Mẫu 06 does (research §2.4, unverified for Mẫu 02).
 */
import type { PrintBlock, PrintDocument } from '../common/pdf.js';
import { childSay, type FormFrame, levelFacts, ratingBlocks } from './case-form-blocks.js';
import {
  type FormChild,
  type FormParent,
  type FormSources,
  required,
} from './case-form-sources.js';
import { birth, LEVELS, vietnamDateTime } from './case-form-text.js';

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

/** Mẫu 03, item 5: the case meeting's minutes, or that none was held (Decree 56 art. 27.2). */
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

/** Mẫu 01: the report of the information received about the child (Decree 56/2017 art. 25). */
export function intakeReport(s: FormSources, f: FormFrame): PrintDocument {
  const { base, issuer, child, placeAndDate, caseLine } = f;
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

/** Mẫu 02: the initial assessment of the risk and the harm (Decree 56/2017 art. 26.2). */
export function initialAssessmentForm(s: FormSources, f: FormFrame): PrintDocument {
  const { base, child, placeAndDate, assessedBy } = f;
  const { content: c, at, actorName } = required(s.initialAssessment, 'mau-02');
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

/** Mẫu 03: the assessment of the risk and of the child's needs (Decree 56/2017 art. 27). */
export function assessmentForm(s: FormSources, f: FormFrame): PrintDocument {
  const { base, child, placeAndDate, assessedBy } = f;
  const { content: c, at, actorName } = required(s.assessment, 'mau-03');
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
