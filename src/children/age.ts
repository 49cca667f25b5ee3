/** Dates of birth and ages, in Vietnam's calendar (Asia/Ho_Chi_Minh). */

import { yearsBefore } from '../calendar/working-days.js';

const VIETNAM_DATE = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' });

/** Today's date in Vietnam, YYYY-MM-DD. */
export function todayInVietnam(now = new Date()): string {
  return VIETNAM_DATE.format(now);
}

/** Whole years from a date of birth to a day. */
export function ageOn(dateOfBirth: string, day: string): number {
  const [y, m, d] = dateOfBirth.split('-').map(Number);
  const [ty, tm, td] = day.split('-').map(Number);
  return ty - y - (tm < m || (tm === m && td < d) ? 1 : 0);
}

function dayAfter(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

/** The latest date of birth of someone at least `age` years old on `day`. */
export function bornAtMost(day: string, age: number): string {
  return yearsBefore(day, age);
}

/** The earliest date of birth of someone at most `age` years old on `day`. */
export function bornAtLeast(day: string, age: number): string {
  return dayAfter(yearsBefore(day, age + 1));
}
