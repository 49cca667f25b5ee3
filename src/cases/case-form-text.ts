/**
 * How the statutory forms write what they print alike: Vietnam dates, a child's birth, the
 * protection level's name. The isolation decision (isolation-decision.ts) writes them so too.
 */
import { vietnamWallClock } from '../calendar/working-days.js';
import type { FormChild } from './case-form-sources.js';

export const LEVELS: Record<string, string> = {
  prevention: 'Phòng ngừa',
  support: 'Hỗ trợ',
  intervention: 'Can thiệp',
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

export function vietnamIso(instant: Date | string): string {
  return vietnamWallClock(new Date(instant));
}

export function birth(child: FormChild): string {
  const [y, m, d] = child.dateOfBirth.split('-');
  if (child.dobPrecision === 'exact') return `${d}/${m}/${y}`;
  return child.dobPrecision === 'year' ? `Năm ${y}` : `Khoảng năm ${y} (ước lượng tuổi)`;
}
