/**
 * Working days in Vietnam: Monday to Friday, less public holidays and the days off given in their
 * place, plus the Saturdays the government declares worked in exchange for a bridge day. The
 * holidays are data (table public_holidays): Tết and Giỗ Tổ Hùng Vương follow the lunar calendar
 * and the government sets each year's days off.
 *
 * Vietnam (Asia/Ho_Chi_Minh) has kept UTC+07:00 without daylight saving since 1975, so a Vietnam
 * day is the UTC day of the instant shifted by seven hours.
 */

export type HolidayKind = 'day_off' | 'working_day';

const VIETNAM_OFFSET_MS = 7 * 3_600_000;
const DAY_MS = 86_400_000;

/** Days that differ from the rule "Monday to Friday are working days" (the holiday table). */
export interface WorkingCalendar {
  /** Public holidays and the days off given in their place (YYYY-MM-DD). */
  daysOff: ReadonlySet<string>;
  /** Weekend days declared working days in exchange for a bridge day off (làm bù). */
  workingWeekendDays: ReadonlySet<string>;
}

/** The wall clock in Vietnam at an instant, as ISO text without an offset (2026-11-24T21:40:00.000). */
export function vietnamWallClock(instant: Date): string {
  return new Date(instant.getTime() + VIETNAM_OFFSET_MS).toISOString().slice(0, -1);
}

/** An instant as messages give it, in Vietnam time: `23:59 24/11/2026`. */
export function vietnamTimeAndDate(instant: Date): string {
  const wall = vietnamWallClock(instant);
  return `${wall.slice(11, 16)} ${wall.slice(8, 10)}/${wall.slice(5, 7)}/${wall.slice(0, 4)}`;
}

/** The day (YYYY-MM-DD) an instant falls on in Vietnam. */
export function vietnamDay(instant: Date): string {
  return vietnamWallClock(instant).slice(0, 10);
}

/** The calendar day after `day`. */
export function nextDay(day: string): string {
  return addDays(day, 1);
}

/** The calendar day `n` days after `day` (before it for a negative `n`). */
export function addDays(day: string, n: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + n * DAY_MS).toISOString().slice(0, 10);
}

/** The same day `years` earlier; 29 February becomes 28 February in a common year. */
export function yearsBefore(day: string, years: number): string {
  const [y, m, d] = day.split('-').map(Number);
  const lastOfMonth = new Date(Date.UTC(y - years, m, 0)).getUTCDate();
  return new Date(Date.UTC(y - years, m - 1, Math.min(d, lastOfMonth))).toISOString().slice(0, 10);
}

export function isWorkingDay(day: string, calendar: WorkingCalendar): boolean {
  if (calendar.daysOff.has(day)) return false;
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
  return (weekday !== 0 && weekday !== 6) || calendar.workingWeekendDays.has(day);
}

/** The n-th working day after `day` (n ≥ 1). */
export function addWorkingDays(day: string, n: number, calendar: WorkingCalendar): string {
  let current = day;
  for (let counted = 0; counted < n;) {
    current = nextDay(current);
    if (isWorkingDay(current, calendar)) counted += 1;
  }
  return current;
}

/** 00:00 Vietnam time on that day. */
export function startOfVietnamDay(day: string): Date {
  return new Date(Date.parse(`${day}T00:00:00Z`) - VIETNAM_OFFSET_MS);
}

/** 23:59 Vietnam time on that day: how the contract states a day's deadline. */
export function endOfVietnamDay(day: string): Date {
  return new Date(Date.parse(`${day}T23:59:00Z`) - VIETNAM_OFFSET_MS);
}

/** The calendar the holiday table describes. */
export function workingCalendar(days: { day: string; kind: HolidayKind }[]): WorkingCalendar {
  return {
    daysOff: new Set(days.filter((d) => d.kind === 'day_off').map((d) => d.day)),
    workingWeekendDays: new Set(days.filter((d) => d.kind === 'working_day').map((d) => d.day)),
  };
}
