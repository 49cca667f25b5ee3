/**
 * When a referral's steps are due, by urgency (issue 6: emergency acknowledged within 1 hour,
 * urgent within 24 hours, routine within 3 working days). Each urgency has three periods,
 * `acknowledge/accept/complete`, written like `1h/2h/12h`: `h` hours, `d` calendar days, `wd`
 * working days (due at the end, Vietnam time, of the nth working day after the day it starts).
 * Acknowledgement and acceptance count from when the referral was sent, completion from when it
 * was accepted.
 */
import {
  addWorkingDays,
  endOfVietnamDay,
  vietnamDay,
  type WorkingCalendar,
} from '../calendar/working-days.js';

export const URGENCIES = ['emergency', 'urgent', 'routine'] as const;
export type Urgency = (typeof URGENCIES)[number];

/** Order of a queue: most urgent first. */
export const URGENCY_RANK: Readonly<Record<Urgency, number>> = {
  emergency: 0,
  urgent: 1,
  routine: 2,
};

export const REFERRAL_STEPS = ['acknowledge', 'accept', 'complete'] as const;
export type ReferralStep = (typeof REFERRAL_STEPS)[number];

/** The kind of a step's deadline in the one deadline store (cases/deadlines.ts). */
export function referralDeadline(step: ReferralStep): `referral_${ReferralStep}` {
  return `referral_${step}`;
}

export interface Period {
  amount: number;
  unit: 'h' | 'd' | 'wd';
}

export type DueRules = Record<Urgency, Record<ReferralStep, Period>>;

/** `1h/2h/12h` → the three periods (REFERRAL_DUE_* of the configuration). */
export function parseDue(spec: string): Record<ReferralStep, Period> {
  const [acknowledge, accept, complete] = spec.split('/').map((part) => {
    const match = /^(\d+)(h|d|wd)$/.exec(part);
    if (!match || Number(match[1]) < 1) throw new Error(`Invalid referral due period: ${part}`);
    return { amount: Number(match[1]), unit: match[2] as Period['unit'] };
  });
  return { acknowledge, accept, complete };
}

export function after(start: Date, period: Period, calendar: WorkingCalendar): Date {
  switch (period.unit) {
    case 'h':
      return new Date(start.getTime() + period.amount * 3_600_000);
    case 'd':
      return new Date(start.getTime() + period.amount * 86_400_000);
    case 'wd':
      return endOfVietnamDay(addWorkingDays(vietnamDay(start), period.amount, calendar));
  }
}
