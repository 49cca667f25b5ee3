import type { PersonFields } from '../children/entities/child-verification.entity.js';
import type { PersonQuery, PersonReply, ResidentChange } from './population-gateway.js';

/**
 * The wire format of the population database's data-sharing service, in this one module: no
 * public specification exists, so this is the shape agreed with the integrator and documented in
 * docs/population-database.md; a different deployment changes it here and nowhere else.
 *
 *   POST {POPULATION_URL}/v1/cong-dan/doi-chieu            (HTTP Basic, JSON, UTF-8)
 *   { "maYeuCau": "<uuid>", "danhSach": [ { "maThamChieu": "<ref>", "soDinhDanh": "001215012345" | null,
 *     "hoVaTen": "Nguyễn Văn An", "ngaySinh": "02/03/2015", "gioiTinh": "1" } ] }
 *   200 { "ketQua": [ { "maThamChieu": "<ref>", "trangThai": "TIM_THAY" | "KHONG_TIM_THAY",
 *     "congDan": { "soDinhDanh", "hoVaTen", "ngaySinh", "gioiTinh" } } ] }
 *   429 { "maLoi": "VUOT_HAN_MUC" }: the day's quota is spent; another 429 asks to slow down.
 *
 *   POST {POPULATION_URL}/v1/bien-dong/tre-em   the commune's children whose residence changed
 *   { "maYeuCau": "<uuid>", "maXa": "00004", "tuNgay": "01/01/2026", "denNgay": "31/01/2026" }
 *   200 { "bienDong": [ { "loai": "DANG_KY_KHAI_SINH" | "CHUYEN_DEN" | "CHUYEN_DI",
 *     "ngay": "dd/mm/yyyy", "congDan": { ... }, "maXaLienQuan": "00007" | null } ] }
 *   (maXaLienQuan: where a child moved to, or came from; null when abroad or not known)
 *
 * gioiTinh: "1" nam (male), "2" nữ (female), "0" not known; ngaySinh: dd/mm/yyyy.
 */
export const LOOKUP_PATH = '/v1/cong-dan/doi-chieu';
export const CHANGES_PATH = '/v1/bien-dong/tre-em';
export const QUOTA_SPENT = 'VUOT_HAN_MUC';

const SEX_CODES = { male: '1', female: '2', unknown: '0' } as const;

export interface WireRequest {
  maYeuCau: string;
  danhSach: {
    maThamChieu: string;
    soDinhDanh: string | null;
    hoVaTen: string;
    ngaySinh: string;
    gioiTinh: string;
  }[];
}

export function toWire(requestId: string, queries: PersonQuery[]): WireRequest {
  return {
    maYeuCau: requestId,
    danhSach: queries.map((q) => ({
      maThamChieu: q.ref,
      soDinhDanh: q.personalId,
      hoVaTen: q.fullName,
      ngaySinh: toWireDate(q.dateOfBirth),
      gioiTinh: SEX_CODES[q.sex],
    })),
  };
}

/**
 * The replies of a 200 answer; throws a TypeError naming what is malformed (a reply that cannot
 * be read must not be taken for "not found").
 */
export function fromWire(body: unknown): PersonReply[] {
  const results = (body as { ketQua?: unknown } | null)?.ketQua;
  if (!Array.isArray(results)) throw new TypeError('the answer has no ketQua list');
  return results.map((item: Record<string, unknown>, i) => {
    const ref = item?.maThamChieu;
    if (typeof ref !== 'string') throw new TypeError(`ketQua[${i}] has no maThamChieu`);
    if (item.trangThai === 'KHONG_TIM_THAY') return { ref, person: null };
    if (item.trangThai !== 'TIM_THAY') {
      throw new TypeError(`ketQua[${i}].trangThai is ${JSON.stringify(item.trangThai)}`);
    }
    return { ref, person: personFromWire(item.congDan, `ketQua[${i}]`) };
  });
}

const CHANGE_KINDS = {
  DANG_KY_KHAI_SINH: 'birth',
  CHUYEN_DEN: 'moved_in',
  CHUYEN_DI: 'moved_out',
} as const;

export function toChangesWire(
  requestId: string,
  communeCode: string,
  from: string,
  to: string,
): Record<string, string> {
  return {
    maYeuCau: requestId,
    maXa: communeCode,
    tuNgay: toWireDate(from),
    denNgay: toWireDate(to),
  };
}

/** The changes of a 200 answer; throws a TypeError naming what is malformed. */
export function changesFromWire(body: unknown): ResidentChange[] {
  const changes = (body as { bienDong?: unknown } | null)?.bienDong;
  if (!Array.isArray(changes)) throw new TypeError('the answer has no bienDong list');
  return changes.map((item: Record<string, unknown>, i) => {
    const kind = CHANGE_KINDS[item?.loai as keyof typeof CHANGE_KINDS];
    if (!kind) throw new TypeError(`bienDong[${i}].loai is ${JSON.stringify(item?.loai)}`);
    const date = typeof item.ngay === 'string' ? fromWireDate(item.ngay) : null;
    if (!date) throw new TypeError(`bienDong[${i}].ngay is not dd/mm/yyyy`);
    const other = item.maXaLienQuan ?? null;
    if (other !== null && (typeof other !== 'string' || !/^\d{5}$/.test(other))) {
      throw new TypeError(`bienDong[${i}].maXaLienQuan is not a commune code of 5 digits`);
    }
    const person = personFromWire(item.congDan, `bienDong[${i}]`);
    if (!person.personalId) throw new TypeError(`bienDong[${i}].congDan.soDinhDanh is missing`);
    return {
      kind,
      date,
      person: { ...person, personalId: person.personalId },
      otherCommuneCode: other,
    };
  });
}

export function quotaSpent(body: unknown): boolean {
  return (body as { maLoi?: unknown } | null)?.maLoi === QUOTA_SPENT;
}

function personFromWire(value: unknown, at: string): PersonFields {
  const person = value as Record<string, unknown> | null;
  const fullName = person?.hoVaTen;
  const dateOfBirth = typeof person?.ngaySinh === 'string' ? fromWireDate(person.ngaySinh) : null;
  const sex = Object.entries(SEX_CODES).find(([, code]) => code === person?.gioiTinh)?.[0];
  const personalId = person?.soDinhDanh ?? null;
  if (typeof fullName !== 'string' || fullName.trim() === '') {
    throw new TypeError(`${at}.congDan.hoVaTen is missing`);
  }
  if (!dateOfBirth) throw new TypeError(`${at}.congDan.ngaySinh is not dd/mm/yyyy`);
  if (!sex) throw new TypeError(`${at}.congDan.gioiTinh is not 0, 1 or 2`);
  if (personalId !== null && (typeof personalId !== 'string' || !/^\d{12}$/.test(personalId))) {
    throw new TypeError(`${at}.congDan.soDinhDanh is not 12 digits`);
  }
  return {
    fullName: fullName.normalize('NFC'),
    dateOfBirth,
    sex: sex as PersonFields['sex'],
    personalId,
  };
}

function toWireDate(date: string): string {
  const [y, m, d] = date.split('-');
  return `${d}/${m}/${y}`;
}

function fromWireDate(text: string): string | null {
  const match = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(text);
  if (!match) return null;
  const [, d, m, y] = match;
  const date = `${y}-${m}-${d}`;
  const parsed = new Date(`${date}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(date) ? date : null;
}
