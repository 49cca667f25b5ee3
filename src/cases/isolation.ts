/**
 * Temporary isolation of a child from the harmful person or place (tạm thời cách ly trẻ em khỏi
 * môi trường hoặc người gây tổn hại cho trẻ em): the rules of its duration. Pure.
 *
 * The law it rests on:
 * - Law on Children 2016 art. 50.2.b: "bố trí nơi tạm trú an toàn, cách ly trẻ em khỏi môi
 *   trường, đối tượng đe dọa hoặc đang có hành vi bạo lực, bóc lột trẻ em" is an intervention-level
 *   measure; art. 52.3: where the child is abused, or at risk of violence, exploitation or
 *   abandonment, by a parent or caregiver (or they refuse the plan), the chair of the commune
 *   People's Committee decides temporary isolation.
 * - Decree 56/2017 art. 26.3: emergency intervention or temporary isolation within 12 hours of the
 *   information; art. 32: the commune chair (where the child lives or where it happened) decides;
 *   the duration follows the assessment of the child's needs and safety and may be extended, but
 *   in all at most 15 days, unless a competent authority requires the isolation to continue; the
 *   chair revokes the decision once the parents or caregiver are assessed as safe for the child.
 */
import { isolationEndsAt, LEGAL_DEADLINES } from './deadlines.js';

const DAY_MS = 86_400_000;

/** Decree 56/2017 art. 32: at most 15 days in all, unless a competent authority requires more. */
export const ISOLATION_MAX_DAYS = LEGAL_DEADLINES.isolationDays;

/** The bases a decision cites when the chair names none (Căn cứ …). */
export const DEFAULT_LEGAL_BASES: readonly string[] = [
  'Căn cứ Luật Trẻ em ngày 05 tháng 4 năm 2016 (điểm b khoản 2 Điều 50, khoản 3 Điều 52);',
  'Căn cứ Nghị định số 56/2017/NĐ-CP ngày 09 tháng 5 năm 2017 của Chính phủ quy định chi tiết một số điều của Luật Trẻ em (khoản 3 Điều 26, Điều 32);',
];

/** A rule of art. 32 a decision or an extension breaks; the API names it in its refusal. */
export type IsolationRule = 'isolation-over-15-days' | 'isolation-extension-authority';

export class IsolationRuleBroken extends Error {
  constructor(
    readonly rule: IsolationRule,
    /** The days the isolation would last in all. */
    readonly days: number,
    /** What an extension past the cap lacks. */
    readonly missing: ('legalGround' | 'requestingAuthority')[] = [],
  ) {
    super(`${rule}: ${days} days${missing.length > 0 ? ` (missing ${missing.join(', ')})` : ''}`);
  }
}

/** The end of a decision's isolation: `days` (a whole number, 1 or more) days after its start. */
export function decisionEndsAt(startsAt: Date, days: number): Date {
  if (days > ISOLATION_MAX_DAYS) throw new IsolationRuleBroken('isolation-over-15-days', days);
  return isolationEndsAt(startsAt, { ...LEGAL_DEADLINES, isolationDays: days });
}

/** How many days (begun) an isolation lasts from its start to its end. */
export function isolationDays(startedAt: Date, endsAt: Date): number {
  return Math.ceil((endsAt.getTime() - startedAt.getTime()) / DAY_MS);
}

export interface Extension {
  /** The new end. */
  until: Date;
  /** The legal ground of an isolation continued past 15 days (a decision, a request, a judgment). */
  legalGround?: string;
  /** The competent authority that requires it (the police, a court, the procuracy…). */
  requestingAuthority?: string;
}

/**
 * Checks an extension of the isolation that started then: past 15 days in all only with the
 * legal ground and the authority requiring it. Returns the days in all and whether it passes 15.
 */
export function checkExtension(
  startedAt: Date,
  extension: Extension,
): { days: number; pastCap: boolean } {
  const days = isolationDays(startedAt, extension.until);
  const pastCap = extension.until.getTime() > startedAt.getTime() + ISOLATION_MAX_DAYS * DAY_MS;
  if (pastCap) {
    const missing = (['legalGround', 'requestingAuthority'] as const).filter(
      (field) => !extension[field]?.trim(),
    );
    if (missing.length > 0) {
      throw new IsolationRuleBroken('isolation-extension-authority', days, missing);
    }
  }
  return { days, pastCap };
}
