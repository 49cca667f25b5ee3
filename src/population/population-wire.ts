import type { PersonFields } from '../children/entities/child-verification.entity.js';
import type { PersonQuery, PersonReply } from './population-gateway.js';

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
 * gioiTinh: "1" nam (male), "2" nữ (female), "0" not known; ngaySinh: dd/mm/yyyy.
 */
export const LOOKUP_PATH = '/v1/cong-dan/doi-chieu';
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
    return { ref, person: personFromWire(item.congDan, i) };
  });
}

export function quotaSpent(body: unknown): boolean {
  return (body as { maLoi?: unknown } | null)?.maLoi === QUOTA_SPENT;
}

function personFromWire(value: unknown, i: number): PersonFields {
  const person = value as Record<string, unknown> | null;
  const fullName = person?.hoVaTen;
  const dateOfBirth = typeof person?.ngaySinh === 'string' ? fromWireDate(person.ngaySinh) : null;
  const sex = Object.entries(SEX_CODES).find(([, code]) => code === person?.gioiTinh)?.[0];
  const personalId = person?.soDinhDanh ?? null;
  if (typeof fullName !== 'string' || fullName.trim() === '') {
    throw new TypeError(`ketQua[${i}].congDan.hoVaTen is missing`);
  }
  if (!dateOfBirth) throw new TypeError(`ketQua[${i}].congDan.ngaySinh is not dd/mm/yyyy`);
  if (!sex) throw new TypeError(`ketQua[${i}].congDan.gioiTinh is not 0, 1 or 2`);
  if (personalId !== null && (typeof personalId !== 'string' || !/^\d{12}$/.test(personalId))) {
    throw new TypeError(`ketQua[${i}].congDan.soDinhDanh is not 12 digits`);
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
