import type { AuditEvent } from '../audit/entities/audit-event.entity.js';
import { vietnamTimeAndDate } from '../calendar/working-days.js';
import type { RegistryReference } from './child-rules.js';
import { childToRow } from './child-sheet.js';
import type { ChildHistory } from './entities/child-history.entity.js';
import type { ChildInjury, InjuryOutcome } from './entities/child-injury.entity.js';
import type { ChildSupport } from './entities/child-support.entity.js';
import type { ChildVerification } from './entities/child-verification.entity.js';
import type { Child, FlagEntry } from './entities/child.entity.js';
import { SHEET_COLUMNS } from './sheet-columns.js';
import { PROVIDER_LABELS } from './support-import-rows.js';
import type { WholeSheet } from './sheet-writer.js';

/** What a data subject's file holds: the record, and everything kept about how it was handled. */
export interface PersonalDataFile {
  child: Child;
  reference: RegistryReference;
  history: ChildHistory[];
  checks: ChildVerification[];
  /** The support the child receives, with each kind's name. */
  supports: (ChildSupport & { kindName: string })[];
  /** The accidents and injuries the child suffered, with each kind's name. */
  injuries: (ChildInjury & { kindName: string })[];
  accesses: AuditEvent[];
  requester: string;
  madeBy: string;
  madeAt: Date;
}

/** What the audit log's actions on a record mean, in the file's words. */
const ACCESS_LABELS: Record<string, string> = {
  'child.created': 'Tạo hồ sơ',
  'child.imported': 'Tạo hoặc cập nhật hồ sơ từ tệp nhập',
  'child.read': 'Xem hồ sơ',
  'child.updated': 'Sửa hồ sơ',
  'child.history_read': 'Xem lịch sử thay đổi',
  'child.duplicates_read': 'Xem các hồ sơ có thể trùng',
  'child.merged': 'Gộp hồ sơ trùng',
  'child.merge_undone': 'Hoàn tác gộp hồ sơ',
  'child.verification_read': 'Xem kết quả đối chiếu dân cư',
  'child.verification_resolved': 'Xử lý kết quả đối chiếu dân cư',
  'child.moved': 'Chuyển hồ sơ sang xã khác',
  'child.personal_data_exported': 'Lập tệp dữ liệu cá nhân theo yêu cầu',
  'child.correction_requested': 'Ghi nhận yêu cầu chỉnh sửa',
  'child.correction_answered': 'Trả lời yêu cầu chỉnh sửa',
  'child.anonymised': 'Ẩn danh theo thời hạn lưu trữ',
  'child.supports_read': 'Xem hỗ trợ trẻ em nhận được',
  'child.support_recorded': 'Ghi nhận hỗ trợ trẻ em nhận được',
  'child.support_removed': 'Xóa hỗ trợ ghi nhận nhầm',
  'child.injuries_read': 'Xem tai nạn, thương tích của trẻ',
  'child.injury_recorded': 'Ghi nhận tai nạn, thương tích',
  'child.injury_removed': 'Xóa tai nạn, thương tích ghi nhận nhầm',
};

const HISTORY_LABELS: Record<string, string> = {
  created: 'Tạo hồ sơ',
  updated: 'Sửa hồ sơ',
  imported: 'Tạo từ tệp nhập',
  import_updated: 'Cập nhật từ tệp nhập',
  merged: 'Gộp hồ sơ trùng',
  merged_into: 'Được gộp vào hồ sơ khác',
  merge_undone: 'Hoàn tác gộp hồ sơ',
  verification_accepted: 'Lấy thông tin theo CSDL dân cư',
  verification_disputed: 'Giữ thông tin khác CSDL dân cư',
  moved: 'Chuyển hồ sơ sang xã khác theo CSDL dân cư',
  injury_registered: 'Chuyển tai nạn, thương tích sang sổ tai nạn, thương tích',
};

const STATUSES = {
  unchecked: 'Chưa đối chiếu',
  verified: 'Đã khớp',
  mismatch: 'Có sai khác',
  not_found: 'Không tìm thấy',
  disputed: 'Giữ thông tin khác CSDL dân cư',
} as const;
const INJURY_OUTCOMES: Record<InjuryOutcome, string> = {
  recovered: 'Đã khỏi',
  lasting_harm: 'Để lại di chứng',
  died: 'Tử vong',
  unknown: 'Chưa rõ',
};
const OUTCOMES = { verified: 'Khớp', mismatch: 'Sai khác', not_found: 'Không tìm thấy' } as const;
const METHODS = { online: 'Trực tuyến', file: 'Qua công an xã (tệp)' } as const;
const HEADERS = new Map<string, string>(SHEET_COLUMNS.map((c) => [c.key, c.header]));

/**
 * The file for a request from a child or the child's carer (Law 91/2025 on personal data): the
 * record as the registry holds it, its history, who read or changed it, its checks against the
 * population database, the support recorded and the injuries, one sheet each, in the registry's
 * own words.
 */
export function personalDataSheets(file: PersonalDataFile): WholeSheet[] {
  const { child, reference } = file;
  const row = childToRow(child, reference);
  const flags = (label: string, entries: FlagEntry[], names: RegistryReference['riskFactors']) =>
    entries.map((entry) => {
      const code = entry.subCode ?? entry.code;
      const period = [
        entry.since ? `từ ${day(entry.since)}` : null,
        entry.until ? `đến ${day(entry.until)}` : null,
      ].filter(Boolean);
      return {
        field: label,
        value: [`${names.get(code)?.name ?? code} (${code})`, ...period].join(', '),
      };
    });
  return [
    {
      title: 'Thong tin cua tre',
      columns: [
        { key: 'field', header: 'Thông tin', width: 34 },
        { key: 'value', header: 'Giá trị', width: 70 },
      ],
      rows: [
        { field: 'Tệp dữ liệu cá nhân lập theo yêu cầu của', value: file.requester },
        { field: 'Người lập', value: file.madeBy },
        { field: 'Thời điểm lập', value: vietnamTimeAndDate(file.madeAt) },
        ...SHEET_COLUMNS.filter(
          (c) => c.key !== 'specialCircumstances' && c.key !== 'riskFactors',
        ).map((c) => ({ field: c.header, value: row[c.key] })),
        ...flags('Hoàn cảnh đặc biệt', child.specialCircumstances, reference.specialCircumstances),
        ...flags('Nguy cơ', child.riskFactors, reference.riskFactors),
        { field: 'Đối chiếu CSDL dân cư', value: STATUSES[child.verificationStatus] },
        { field: 'Ngày tạo hồ sơ', value: vietnamTimeAndDate(child.createdAt) },
        { field: 'Cập nhật lần cuối', value: vietnamTimeAndDate(child.updatedAt) },
      ],
    },
    {
      title: 'Lich su thay doi',
      columns: [
        { key: 'at', header: 'Thời điểm', width: 18 },
        { key: 'actor', header: 'Người thực hiện', width: 26 },
        { key: 'action', header: 'Thao tác', width: 30 },
        { key: 'changes', header: 'Nội dung thay đổi', width: 70 },
        { key: 'reason', header: 'Lý do', width: 40 },
      ],
      rows: file.history.map((entry) => ({
        at: vietnamTimeAndDate(entry.at),
        actor: entry.actorName,
        action: HISTORY_LABELS[entry.action] ?? entry.action,
        changes: Object.entries(entry.changes ?? {})
          .map(
            ([field, { from, to }]) =>
              `${HEADERS.get(field) ?? field}: ${shown(from)} → ${shown(to)}`,
          )
          .join('; '),
        reason: entry.reason,
      })),
    },
    {
      title: 'Nguoi da xem va sua',
      columns: [
        { key: 'at', header: 'Thời điểm', width: 18 },
        { key: 'actor', header: 'Người', width: 30 },
        { key: 'action', header: 'Thao tác', width: 40 },
      ],
      rows: file.accesses.map((event) => ({
        at: vietnamTimeAndDate(event.at),
        actor: event.actorName ?? (event.actorType === 'system' ? 'Hệ thống' : null),
        action: ACCESS_LABELS[event.action] ?? event.action,
      })),
    },
    {
      title: 'Doi chieu dan cu',
      columns: [
        { key: 'at', header: 'Thời điểm', width: 18 },
        { key: 'method', header: 'Cách đối chiếu', width: 22 },
        { key: 'outcome', header: 'Kết quả', width: 16 },
        { key: 'actor', header: 'Người thực hiện', width: 26 },
        { key: 'found', header: 'Thông tin theo CSDL dân cư', width: 60 },
      ],
      rows: file.checks.map((check) => ({
        at: vietnamTimeAndDate(check.checkedAt),
        method: METHODS[check.method],
        outcome: OUTCOMES[check.outcome],
        actor: check.actorName,
        found: check.found
          ? [check.found.fullName, day(check.found.dateOfBirth), check.found.personalId ?? ''].join(
              ', ',
            )
          : null,
      })),
    },
    {
      title: 'Ho tro nhan duoc',
      columns: [
        { key: 'kind', header: 'Loại hỗ trợ', width: 36 },
        { key: 'provider', header: 'Nguồn hỗ trợ', width: 30 },
        { key: 'from', header: 'Từ ngày', width: 12 },
        { key: 'to', header: 'Đến ngày', width: 12 },
        { key: 'amount', header: 'Số tiền (đồng)', width: 14 },
        { key: 'programme', header: 'Chương trình', width: 40 },
        { key: 'actor', header: 'Người ghi nhận', width: 26 },
      ],
      rows: file.supports.map((support) => ({
        kind: support.kindName,
        provider: [PROVIDER_LABELS[support.provider], support.providerName]
          .filter(Boolean)
          .join(': '),
        from: day(support.startsOn),
        to: support.endsOn ? day(support.endsOn) : 'đang nhận',
        amount: support.amount,
        programme: support.programme,
        actor: support.createdByName,
      })),
    },
    {
      title: 'Tai nan thuong tich',
      columns: [
        { key: 'kind', header: 'Loại tai nạn, thương tích', width: 30 },
        { key: 'on', header: 'Ngày xảy ra', width: 12 },
        { key: 'place', header: 'Nơi xảy ra', width: 30 },
        { key: 'outcome', header: 'Kết quả', width: 16 },
        { key: 'description', header: 'Diễn biến, chăm sóc', width: 60 },
        { key: 'actor', header: 'Người ghi nhận', width: 26 },
      ],
      rows: file.injuries.map((injury) => ({
        kind: injury.kindName,
        on: day(injury.occurredOn),
        place: injury.place,
        outcome: INJURY_OUTCOMES[injury.outcome],
        description: injury.description,
        actor: injury.createdByName,
      })),
    },
  ];
}

function day(iso: string): string {
  return iso.split('-').reverse().join('/');
}

function shown(value: unknown): string {
  if (value === null || value === undefined || value === '') return '(trống)';
  return typeof value === 'string' ? value : JSON.stringify(value);
}
