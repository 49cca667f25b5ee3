/**
 * The commune chair's decision on a temporary isolation (quyết định tạm thời cách ly trẻ em,
 * Decree 56/2017 art. 32) as a document for the PDF renderer (common/pdf.ts), laid out as a
 * Vietnamese administrative decision: the issuing body and its number, place and date, the title,
 * the legal bases (Căn cứ …), Điều 1-3, the chair's signature, and the extensions since. Pure.
 */
import type { PrintBlock, PrintDocument } from '../common/pdf.js';
import type { FormChild, RecordedStep } from './case-form-sources.js';
import { birth, vietnamDateTime } from './case-form-text.js';
import { decisionEndsAt, isolationDays } from './isolation.js';

/** The decision as the chair recorded it (POST /cases/:id/isolation). */
export interface DecisionContent {
  decisionNumber: string;
  /** YYYY-MM-DD. */
  decidedOn: string;
  startsAt: string;
  days: number;
  placement: string;
  isolatedFrom: string;
  legalBases: string[];
  reason: string;
}

/** An extension as the chair recorded it (POST /cases/:id/isolation/extend). */
export interface ExtensionContent {
  until: string;
  reason: string;
  legalGround?: string;
  requestingAuthority?: string;
}

export interface DecisionSources {
  code: string;
  /** "Phường Ba Đình". */
  communeName: string;
  /** The children the decision isolates. */
  children: FormChild[];
  decision: RecordedStep<DecisionContent>;
  /** The extensions of this decision, oldest first. */
  extensions: RecordedStep<ExtensionContent>[];
}

/** "ngày 24 tháng 11 năm 2026" of a YYYY-MM-DD day. */
function longDate(day: string): string {
  return `ngày ${day.slice(8, 10)} tháng ${day.slice(5, 7)} năm ${day.slice(0, 4)}`;
}

function childBlocks(children: FormChild[]): PrintBlock[] {
  return children.flatMap((child, i) => [
    { kind: 'label' as const, text: children.length > 1 ? `Trẻ em thứ ${i + 1}` : 'Trẻ em' },
    { kind: 'field' as const, label: 'Họ và tên', value: child.fullName },
    { kind: 'field' as const, label: 'Ngày sinh', value: birth(child) },
    { kind: 'field' as const, label: 'Nơi cư trú', value: child.address ?? '' },
  ]);
}

function extensionBlocks(startsAt: Date, extensions: DecisionSources['extensions']): PrintBlock[] {
  if (extensions.length === 0) return [];
  return [
    { kind: 'heading', text: 'GIA HẠN THỜI HẠN CÁCH LY' },
    ...extensions.flatMap(({ at, actorName, content: e }, i): PrintBlock[] => [
      {
        kind: 'label',
        text: `Lần ${i + 1}, ${vietnamDateTime(at)}${actorName ? ` (${actorName})` : ''}`,
      },
      {
        kind: 'field',
        label: 'Gia hạn đến',
        value: `${vietnamDateTime(e.until)}; tổng thời gian cách ly ${isolationDays(startsAt, new Date(e.until))} ngày`,
      },
      ...(e.requestingAuthority
        ? [{ kind: 'field' as const, label: 'Cơ quan yêu cầu', value: e.requestingAuthority }]
        : []),
      ...(e.legalGround
        ? [{ kind: 'field' as const, label: 'Căn cứ pháp lý', value: e.legalGround }]
        : []),
      { kind: 'field', label: 'Lý do', value: e.reason },
    ]),
  ];
}

/** The decision as a document. */
export function isolationDecisionDocument(s: DecisionSources): PrintDocument {
  const { content: d, actorName } = s.decision;
  const commune = s.communeName.replace(/^(Phường|Xã|Đặc khu|Thị trấn) /, '');
  const startsAt = new Date(d.startsAt);
  const endsAt = decisionEndsAt(startsAt, d.days);
  return {
    issuer: ['ỦY BAN NHÂN DÂN', s.communeName.toUpperCase()],
    number: `Số: ${d.decisionNumber}`,
    title: 'QUYẾT ĐỊNH',
    subtitle:
      'Về việc áp dụng biện pháp tạm thời cách ly trẻ em khỏi môi trường hoặc người gây tổn hại cho trẻ em',
    placeAndDate: `${commune}, ${longDate(d.decidedOn)}`,
    info: { Title: `Quyết định số ${d.decisionNumber} - ${s.code}` },
    footer: `Hồ sơ ${s.code} · Tài liệu có thông tin bí mật đời sống riêng tư của trẻ em (Luật Trẻ em, Điều 21)`,
    blocks: [
      { kind: 'heading', text: `CHỦ TỊCH ỦY BAN NHÂN DÂN ${s.communeName.toUpperCase()}` },
      ...d.legalBases.map((text) => ({ kind: 'paragraph' as const, text })),
      {
        kind: 'paragraph',
        text: 'Xét kết quả đánh giá nguy cơ, mức độ tổn hại và nhu cầu bảo đảm an toàn của trẻ em,',
      },
      { kind: 'heading', text: 'QUYẾT ĐỊNH:' },
      {
        kind: 'paragraph',
        text: 'Điều 1. Áp dụng biện pháp tạm thời cách ly đối với trẻ em có tên sau đây:',
      },
      ...childBlocks(s.children),
      { kind: 'field', label: 'Cách ly khỏi', value: d.isolatedFrom },
      { kind: 'field', label: 'Nơi tạm trú an toàn của trẻ em', value: d.placement },
      {
        kind: 'field',
        label: 'Thời hạn cách ly',
        value: `${d.days} ngày, từ ${vietnamDateTime(startsAt)} đến ${vietnamDateTime(endsAt)}`,
      },
      { kind: 'field', label: 'Lý do', value: d.reason },
      {
        kind: 'paragraph',
        text: 'Điều 2. Người làm công tác bảo vệ trẻ em cấp xã chủ trì, phối hợp với Công an cấp xã, cơ sở y tế, gia đình và người chăm sóc trẻ em bố trí nơi tạm trú an toàn và chăm sóc thay thế cho trẻ em trong thời gian cách ly; theo dõi, đánh giá tình trạng của trẻ em và môi trường sống của trẻ em; báo cáo Chủ tịch Ủy ban nhân dân để gia hạn (tổng thời gian không quá 15 ngày, trừ trường hợp cơ quan có thẩm quyền yêu cầu tiếp tục cách ly) hoặc hủy bỏ Quyết định này khi cha, mẹ, người chăm sóc trẻ em được đánh giá bảo đảm điều kiện an toàn cho trẻ em.',
      },
      {
        kind: 'paragraph',
        text: 'Điều 3. Quyết định này có hiệu lực kể từ ngày ký. Văn phòng Ủy ban nhân dân, người làm công tác bảo vệ trẻ em cấp xã, các cơ quan, tổ chức, cá nhân có liên quan và gia đình trẻ em chịu trách nhiệm thi hành Quyết định này.',
      },
      ...extensionBlocks(startsAt, s.extensions),
    ],
    signatures: [{ title: 'CHỦ TỊCH', name: actorName ?? undefined }],
  };
}
