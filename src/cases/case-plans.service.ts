import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Actor } from '../access/actor.js';
import { CalendarService } from '../calendar/calendar.service.js';
import { vietnamTimeAndDate } from '../calendar/working-days.js';
import { AppException, type FieldError, fieldError } from '../common/app.exception.js';
import { Clock } from '../common/clock.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import { OrganizationsService } from '../organizations/organizations.service.js';
import { ReferenceService } from '../reference/reference.service.js';
import { UsersService } from '../users/users.service.js';
import { DeadlineEngine } from './deadline-engine.js';
import { movePlanAction, PlanActionMoveNotAllowed, planActionMoves } from './case-workflow.js';
import { CasesRepository } from './cases.repository.js';
import { workingDaysLeft } from './deadlines.js';
import { isOpen } from './plan-actions.js';
import type { ReasonDto } from './dto/case-steps.dto.js';
import type { PlanActionStatusDto, PlanApprovalDto, PlanDto } from './dto/plan.dto.js';
import type { Case } from './entities/case.entity.js';
import { invalid } from './case-problems.js';
import { CaseViews } from './case-views.js';
import { AGE_OF_VIEWS, CaseSteps } from './case-steps.js';
import { CASE_NOTICES } from './cases.messages.js';

/**
 * The support and intervention plan (Mẫu 04, 05): drafted with the children's and their
 * representatives' say, approved or sent back by the commune chair, its actions carried out.
 */
@Injectable()
export class CasePlans {
  constructor(
    private readonly cases: CasesRepository,
    private readonly steps: CaseSteps,
    private readonly views: CaseViews,
    private readonly reference: ReferenceService,
    private readonly organizations: OrganizationsService,
    private readonly users: UsersService,
    private readonly calendar: CalendarService,
    private readonly deadlines: DeadlineEngine,
    private readonly notifications: NotificationsService,
    private readonly clock: Clock,
  ) {}

  /** Mẫu 04: the plan, submitted for approval. */
  async plan(id: string, dto: PlanDto, actor: Actor, ifMatch?: number) {
    const serviceTypes = await this.reference.codes('service-types');
    const errors: FieldError[] = [];
    dto.actions.forEach((action, i) => {
      if (action.serviceType && !serviceTypes.has(action.serviceType)) {
        errors.push(
          fieldError(`actions.${i}.serviceType`, 'unknownCode', 'not in the list service-types', [
            'service-types',
          ]),
        );
      }
    });
    if (new Date(dto.reviewAt) <= this.clock.now()) {
      errors.push(fieldError('reviewAt', 'case:past', 'reviewAt must be after now'));
    }
    const named = await this.organizations.byIds(
      dto.actions.flatMap((action) => (action.organizationId ? [action.organizationId] : [])),
    );
    dto.actions.forEach((action, i) => {
      if (action.organizationId && !named.get(action.organizationId)?.active) {
        errors.push(
          fieldError(
            `actions.${i}.organizationId`,
            'case:organization',
            'no active organisation has this id',
          ),
        );
      }
      if (!action.organizationId && !action.organizationName) {
        errors.push(
          fieldError(
            `actions.${i}.organizationId`,
            'case:action-organization',
            'name the organisation responsible: organizationId or organizationName',
          ),
        );
      }
    });
    if (errors.length > 0) throw new AppException('invalid-case', {}, errors);
    return this.steps.act(id, actor, 'plan', {
      ifMatch,
      // What the dossier holds (Decree 56/2017 art. 28.2.b): the latest assessment and its minutes.
      input: async (tx) => {
        const assessment = await this.cases.lastEvent(id, 'assessment', tx);
        return {
          dossier: {
            assessment: Boolean(assessment),
            caseMeeting: assessment?.facts.conference === true,
          },
        };
      },
      content: dto,
      effects: async (tx, kase, now) => {
        await this.steps.requireEachChild(tx, id, now, dto.childConsents ?? [], {
          fromAge: AGE_OF_VIEWS,
          field: 'childConsents',
          problem: 'child-consent-missing',
          constraint: 'case:child-consent',
          message: 'is aged 7 or more: record whether the child agrees with the plan',
        });
        // Law on Children art. 33 and the Personal Data Protection Law 2025 art. 24: a child's
        // information is shared with the consent of the parent or guardian (and the child's
        // from 7). A refusal is recorded for the chair and does not stop a statutory plan
        // (art. 19.1), as the child's does not.
        await this.steps.requireEachChild(tx, id, now, dto.representativeConsents ?? [], {
          fromAge: 0,
          field: 'representativeConsents',
          problem: 'representative-consent-missing',
          constraint: 'case:representative-consent',
          message:
            'has no say of a parent or guardian: record whether they agree with the plan, or why they could not be asked',
        });
        const { answered } = await this.deadlines.step(
          tx,
          'case.plan_submitted',
          { caseId: id },
          now,
        );
        await this.tellChairOfPlan(tx, kase, now);
        return {
          answered,
          facts: {
            goals: dto.goals.length,
            actions: dto.actions.length,
            reviewAt: dto.reviewAt,
            childConsents: (dto.childConsents ?? []).length,
            representativeConsents: (dto.representativeConsents ?? []).length,
          },
        };
      },
    });
  }

  /**
   * The plan waits for the chair, whose approval time it now is (the procedure's 7 working days
   * from receipt): the commune's approvers are told, with what is left of it.
   */
  private async tellChairOfPlan(tx: EntityManager, kase: Case, now: Date): Promise<void> {
    const approval = (await this.deadlines.find({ caseIds: [kase.id] }, tx)).find(
      (d) => d.kind === 'plan_approval' && d.state === 'open',
    );
    const approvers = await this.users.withRoleIn('case_approver', kase, undefined, tx);
    const due = approval && {
      when: vietnamTimeAndDate(approval.dueAt),
      left: workingDaysLeft(now, approval.dueAt, await this.calendar.from(now, tx)),
    };
    await this.notifications.publish(tx, {
      key: `plan_submitted.${kase.id}.${now.getTime()}`,
      userIds: approvers.map((user) => user.id),
      occurredAt: now,
      kind: 'plan_submitted',
      entityType: 'case',
      entityId: kase.id,
      text: CASE_NOTICES.planSubmitted(kase.code, due),
      data: {
        caseCode: kase.code,
        ...(approval && due
          ? { planApprovalDueAt: approval.dueAt.toISOString(), workingDaysLeft: due.left }
          : {}),
      },
    });
  }

  /** A plan action moves on while the plan is carried out: in progress, done, or not done and why. */
  updatePlanAction(
    id: string,
    actionId: string,
    dto: PlanActionStatusDto,
    actor: Actor,
    ifMatch?: number,
  ) {
    if ((dto.status === 'not_done') !== (dto.reason !== undefined)) {
      throw invalid('reason', 'case:action-reason', 'reason goes with not_done, and only with it');
    }
    return this.steps.act(id, actor, 'plan/actions/status', {
      ifMatch,
      content: dto,
      effects: async (tx, kase, now) => {
        const action = (await this.views.currentPlanActions(kase, now, tx)).find(
          (a) => a.id === actionId,
        );
        if (!action) throw new AppException('not-found');
        try {
          movePlanAction(action.status, dto.status);
        } catch (error) {
          if (!(error instanceof PlanActionMoveNotAllowed)) throw error;
          throw new AppException('plan-action-move', {
            from: action.status,
            to: dto.status,
            allowed: planActionMoves(action.status).join(', ') || '—',
          });
        }
        if (!isOpen(dto.status)) {
          const ended = dto.status === 'done' ? 'plan_action.done' : 'plan_action.not_done';
          await this.deadlines.step(tx, ended, { caseId: id, item: actionId }, now);
        }
        return { facts: { actionId, from: action.status, to: dto.status } };
      },
    });
  }

  /** Mẫu 05: the commune chair approves the plan; its first review is scheduled. */
  approvePlan(id: string, dto: PlanApprovalDto, actor: Actor, ifMatch?: number) {
    return this.steps.act(id, actor, 'plan/approve', {
      ifMatch,
      content: dto,
      effects: async (tx, _kase, now) => {
        const plan = await this.cases.lastEvent(id, 'plan', tx);
        const reviewAt = new Date(plan!.facts.reviewAt as string);
        const { answered } = await this.deadlines.step(
          tx,
          'case.plan_approved',
          { caseId: id },
          now,
          {
            review: reviewAt,
          },
        );
        return { answered, facts: { reviewAt: reviewAt.toISOString() } };
      },
    });
  }

  rejectPlan(id: string, dto: ReasonDto, actor: Actor, ifMatch?: number) {
    return this.steps.act(id, actor, 'plan/reject', { ifMatch, content: dto });
  }
}
