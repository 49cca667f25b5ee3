import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Actor } from '../access/actor.js';
import { AppException } from '../common/app.exception.js';
import { Clock } from '../common/clock.js';
import { FieldCipher } from '../common/field-cipher.js';
import { DeadlineEngine } from './deadline-engine.js';
import { CasesRepository } from './cases.repository.js';
import { isOpen } from './plan-actions.js';
import type { CaseDto } from './dto/case.dto.js';
import { notAllowedUnless } from './case-problems.js';
import { CaseViews, type IntakeContent } from './case-views.js';
import { CaseSteps } from './case-steps.js';

/**
 * What the referrals module may do to a case, published by the cases module: lock the case a
 * referral is made from, add a referral's steps to its timeline, check and complete the plan
 * action a referral serves, and check that a case is readable.
 */
@Injectable()
export class CasesForReferrals {
  constructor(
    private readonly cases: CasesRepository,
    private readonly steps: CaseSteps,
    private readonly views: CaseViews,
    private readonly deadlines: DeadlineEngine,
    private readonly cipher: FieldCipher,
    private readonly clock: Clock,
  ) {}

  /**
   * For the referrals module: the case a referral is made from, locked in the actor's areas (404
   * otherwise) while its status allows referrals (409 once closed), with its report decrypted.
   */
  async lockForReferral(tx: EntityManager, id: string, actor: Actor): Promise<CaseDto> {
    const kase = await this.steps.lockHeld(tx, id, actor);
    notAllowedUnless(kase, 'referrals');
    // One after the other: a transaction's connection runs one query at a time.
    const childIds = await this.cases.childIds([id], tx);
    const deadlines = await this.deadlines.find({ caseIds: [id] }, tx);
    const when = await this.views.when(this.clock.now(), tx);
    const intake = JSON.parse(this.cipher.decrypt(kase.intake)) as IntakeContent;
    return this.views.toDto(kase, childIds.get(id)!, deadlines, when, intake, {});
  }

  /**
   * A referral's step (sent, accepted, declined, completed with its outcome…) in the case's
   * timeline, `content` sealed; the case's status and version do not change. Returns who is in
   * charge of the case and the commune that holds it, to be told.
   */
  async addReferralStep(
    tx: EntityManager,
    caseId: string,
    step: {
      actor: Actor | null;
      action: string;
      at: Date;
      facts: Record<string, unknown>;
      content?: object;
    },
  ): Promise<{ assignedTo: string | null; provinceCode: string; communeCode: string }> {
    const kase = await this.cases.lockAny(caseId, tx);
    if (!kase) throw new AppException('not-found');
    await this.cases.addEvent(tx, {
      caseId,
      at: step.at,
      actorId: step.actor?.id ?? null,
      actorName: step.actor ? (step.actor.fullName ?? step.actor.name) : null,
      action: step.action,
      fromStatus: kase.status,
      toStatus: kase.status,
      facts: step.facts,
      content: step.content ? this.cipher.encrypt(JSON.stringify(step.content)) : null,
    });
    return {
      assignedTo: kase.assignedTo,
      provinceCode: kase.provinceCode,
      communeCode: kase.communeCode,
    };
  }

  /**
   * For the referrals module: whether a referral can be made for this action: one still open of
   * the case's current plan ('closed' otherwise), with no referral under way for it ('referred':
   * the case locked by lockForReferral, two cannot be made at once).
   */
  async referablePlanAction(
    tx: EntityManager,
    caseId: string,
    actionId: string,
  ): Promise<'yes' | 'closed' | 'referred'> {
    const kase = await this.cases.lockAny(caseId, tx);
    const actions = kase ? await this.views.currentPlanActions(kase, this.clock.now(), tx) : [];
    const action = actions.find((a) => a.id === actionId && isOpen(a.status));
    if (!action) return 'closed';
    return action.openReferralId ? 'referred' : 'yes';
  }

  /**
   * A referral made for a plan action has been completed: the action is done, in the case's
   * timeline, if it is still open in the current plan (the case's version does not change, as for
   * every referral step).
   */
  async completePlanAction(
    tx: EntityManager,
    caseId: string,
    actionId: string,
    step: { actor: Actor; at: Date; referralId: string },
  ): Promise<void> {
    const kase = await this.cases.lockAny(caseId, tx);
    if (!kase) throw new AppException('not-found');
    const action = (await this.views.currentPlanActions(kase, step.at, tx)).find(
      (a) => a.id === actionId,
    );
    if (!action || !isOpen(action.status)) return;
    await this.deadlines.step(tx, 'plan_action.done', { caseId, item: actionId }, step.at);
    await this.cases.addEvent(tx, {
      caseId,
      at: step.at,
      actorId: step.actor.id,
      actorName: step.actor.fullName ?? step.actor.name,
      action: 'plan/actions/status',
      fromStatus: kase.status,
      toStatus: kase.status,
      facts: { actionId, from: action.status, to: 'done', referralId: step.referralId },
      content: null,
    });
  }

  /**
   * The case in the actor's areas (404 otherwise), the read audited as `action`; whether the
   * actor's commune handed it over, and when.
   */
  async checkReadable(
    id: string,
    actor: Actor,
    action: string,
  ): Promise<{ heldUntil: Date | null }> {
    const { cut } = await this.views.readable(id, actor, action);
    return { heldUntil: cut?.at ?? null };
  }
}
