/**
 * The actions of a plan (Mẫu 04) as they stand: the plan as submitted, and each status recorded
 * since, in order. An action is named by its plan's step and its number in the plan, so a plan
 * submitted before actions were followed has them all, planned. Pure.
 */
import { metDeadline } from './deadlines.js';
import { type PlanActionStatus } from './case-workflow.js';

/** An action as the plan names it (PlanActionDto, as sealed in the plan's step). */
export interface PlanActionContent {
  description: string;
  serviceType?: string;
  organizationId?: string;
  organizationName?: string;
  /** Absent in plans submitted before it was asked for. */
  responsiblePerson?: string;
  dueAt: string;
}

/** A status recorded for an action (by the worker, or by a referral's completion). */
export interface PlanActionUpdate {
  actionId: string;
  status: PlanActionStatus;
  at: Date;
  reason?: string | null;
  referralId?: string | null;
}

export interface TrackedPlanAction extends PlanActionContent {
  id: string;
  number: number;
  status: PlanActionStatus;
  statusAt: Date | null;
  reason: string | null;
  referralId: string | null;
  /** A referral made for it and not yet ended. */
  openReferralId: string | null;
  overdue: boolean;
}

/** A referral's step in the case's timeline, as the referrals module records it. */
export interface ReferralStep {
  action: string;
  facts: { referralId?: string; planActionId?: string };
}

/**
 * The steps that end a referral: `referral_<status>` for the referrals module's FINAL_STATUSES
 * (a module above this one, which reports its steps through the cases module).
 */
const REFERRAL_ENDS = ['referral_completed', 'referral_declined', 'referral_cancelled'];

/** The step actions `openReferrals` reads. */
export const REFERRAL_STEPS = ['referral_sent', ...REFERRAL_ENDS];

/** By plan action, the referral made for it that has not ended, from the case's steps in order. */
export function openReferrals(steps: ReferralStep[]): Map<string, string> {
  const open = new Map<string, string>();
  for (const { action, facts } of steps) {
    if (action === 'referral_sent' && facts.planActionId && facts.referralId) {
      open.set(facts.planActionId, facts.referralId);
    } else if (REFERRAL_ENDS.includes(action)) {
      for (const [actionId, referralId] of open) {
        if (referralId === facts.referralId) open.delete(actionId);
      }
    }
  }
  return open;
}

/** `<the plan step's id>-<the action's number, from 1>`. */
export const PLAN_ACTION_ID = /^\d{1,19}-\d{1,2}$/;

export function planActionId(planStepId: string, number: number): string {
  return `${planStepId}-${number}`;
}

const OPEN: readonly PlanActionStatus[] = ['planned', 'in_progress'];

export function isOpen(status: PlanActionStatus): boolean {
  return OPEN.includes(status);
}

/**
 * The plan's actions with their latest status. Overdue: still open past its due time while the
 * plan is being carried out (`inForce`: approved, and the case not yet moved on to review or
 * closure).
 */
export function trackPlanActions(
  planStepId: string,
  actions: PlanActionContent[],
  updates: PlanActionUpdate[],
  {
    now,
    inForce,
    referred = new Map(),
  }: {
    now: Date;
    inForce: boolean;
    /** openReferrals of the case. */
    referred?: Map<string, string>;
  },
): TrackedPlanAction[] {
  return actions.map((action, i) => {
    const id = planActionId(planStepId, i + 1);
    const latest = updates.filter((u) => u.actionId === id).at(-1);
    const status = latest?.status ?? 'planned';
    return {
      ...action,
      id,
      number: i + 1,
      status,
      statusAt: latest?.at ?? null,
      reason: latest?.reason ?? null,
      referralId: latest?.referralId ?? null,
      openReferralId: referred.get(id) ?? null,
      overdue: inForce && isOpen(status) && !metDeadline(now, new Date(action.dueAt)),
    };
  });
}
