import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import type { Actor } from '../access/actor.js';
import { CalendarService } from '../calendar/calendar.service.js';
import { vietnamTimeAndDate } from '../calendar/working-days.js';
import { ageOn, todayInVietnam } from '../children/age.js';
import { ChildrenService } from '../children/children.service.js';
import { AppException, type FieldError, fieldError } from '../common/app.exception.js';
import type { ProblemCode } from '../common/i18n.js';
import { Clock } from '../common/clock.js';
import { FieldCipher } from '../common/field-cipher.js';
import { ReferenceService } from '../reference/reference.service.js';
import { DeadlineEngine } from './deadline-engine.js';
import {
  type ActionInput,
  ActionNotAllowed,
  allowedActions,
  apply,
  type CaseAction,
  type CaseState,
  type CaseStatus,
  LevelRuleBroken,
  RuleNotMet,
} from './case-workflow.js';
import { CasesRepository } from './cases.repository.js';
import { intakeDeadlines, metDeadline } from './deadlines.js';
import { isOpen } from './plan-actions.js';
import type { CaseDto } from './dto/case.dto.js';
import type { Deadline } from './entities/deadline.entity.js';
import type { Case } from './entities/case.entity.js';
import { levelRuleBroken, notAllowed, ruleNotMet } from './case-problems.js';
import { CaseViews } from './case-views.js';

/** A report may be entered a little after it arrived, never before. */
export const CLOCK_SKEW_MS = 5 * 60_000;

/** From this age a child is heard, and asked for consent (Law on Children art. 34). */
export const AGE_OF_VIEWS = 7;

/** What an action does beyond moving the case: fields to set, deadlines it answers, facts. */
interface Effects {
  patch?: Partial<Case>;
  /** Deadlines the step closed, reported in its timeline entry. */
  answered?: Deadline[];
  facts?: Record<string, unknown>;
  /** What the audit entry records of the step beyond the move (nothing sensitive). */
  audit?: Record<string, unknown>;
}

interface ActOptions {
  ifMatch?: number;
  /** What decides where the step leads: given, or read from the locked case. */
  input?: ActionInput | ((tx: EntityManager, kase: Case) => Promise<ActionInput>);
  /** The form as submitted: sealed into the timeline entry. */
  content?: object;
  effects?: (tx: EntityManager, kase: Case, now: Date) => Promise<Effects>;
}

/**
 * How a case moves: the step taken under the case's lock by the commune that holds it, decided by
 * case-workflow.ts, written with its timeline entry, deadlines and audit entry in one transaction;
 * and the checks the steps share (the children named, the codes of the reference lists).
 */
@Injectable()
export class CaseSteps {
  constructor(
    private readonly dataSource: DataSource,
    private readonly cases: CasesRepository,
    private readonly views: CaseViews,
    private readonly children: ChildrenService,
    private readonly reference: ReferenceService,
    private readonly calendar: CalendarService,
    private readonly deadlines: DeadlineEngine,
    private readonly audit: AuditService,
    private readonly cipher: FieldCipher,
    private readonly clock: Clock,
  ) {}

  /**
   * One step of the workflow: the case locked, the version checked when the client names one,
   * the move decided by case-workflow.ts (409 with the allowed actions otherwise), then the case,
   * its timeline entry, its deadlines and jobs and the audit entry written together.
   */
  async act(
    id: string,
    actor: Actor,
    action: CaseAction,
    { ifMatch, input = {}, content, effects }: ActOptions,
  ): Promise<CaseDto> {
    await this.dataSource.transaction(async (tx) => {
      const kase = await this.lockHeld(tx, id, actor);
      if (ifMatch !== undefined && ifMatch !== kase.version) {
        throw new AppException('version-mismatch', { version: kase.version });
      }
      // What decides the step is read only for a step the case allows: apply refuses the others
      // with the reason (a status that does not offer it, or a level that has no plan).
      const decided =
        typeof input !== 'function'
          ? input
          : allowedActions(kase).includes(action)
            ? await input(tx, kase)
            : {};
      const next = (() => {
        try {
          return apply(kase, action, decided);
        } catch (error) {
          if (error instanceof ActionNotAllowed) throw notAllowed(error);
          if (error instanceof LevelRuleBroken) throw levelRuleBroken(error);
          if (error instanceof RuleNotMet) throw ruleNotMet(error);
          throw error;
        }
      })();
      const now = this.clock.now();
      const {
        patch = {},
        answered = [],
        facts = {},
        audit = {},
      } = (await effects?.(tx, kase, now)) ?? {};
      await this.levelDeadlines(tx, kase, next, now);
      await this.planInForce(tx, kase, next, now);
      await this.cases.update(tx, id, {
        ...patch,
        status: next.status,
        statusBeforeClosure: next.statusBeforeClosure,
        level: next.level,
      });
      await this.cases.addEvent(tx, {
        caseId: id,
        at: now,
        actorId: actor.id,
        actorName: actor.fullName ?? actor.name,
        action,
        fromStatus: kase.status,
        toStatus: next.status,
        facts: {
          ...facts,
          ...(decided.abuseConfirmed ? { abuseConfirmed: true } : {}),
          ...(next.level !== kase.level ? { level: { from: kase.level, to: next.level } } : {}),
          answered: answered.map((d) => ({
            kind: d.kind,
            dueAt: d.dueAt.toISOString(),
            met: metDeadline(now, d.dueAt),
          })),
        },
        content: content ? this.cipher.encrypt(JSON.stringify(content)) : null,
      });
      await this.audit.record(
        {
          actor,
          action: `case.${action.replace(/[/-]/g, '_')}`,
          entity: { type: 'case', id },
          area: kase,
          details: { from: kase.status, to: next.status, ...audit },
        },
        tx,
      );
    });
    return this.views.read(id, actor, null);
  }

  /**
   * The case locked for a change by the commune that holds it: 404 outside the actor's areas, and
   * `case-handed-over` for a commune that handed it over (it reads, it no longer acts).
   */
  async lockHeld(tx: EntityManager, id: string, actor: Actor): Promise<Case> {
    const kase = await this.cases.lock(actor.scope, id, tx);
    if (kase) return kase;
    const held = await this.cases.heldBefore(actor.scope, id, tx);
    if (held)
      throw new AppException('case-handed-over', { at: vietnamTimeAndDate(held.heldUntil!) });
    throw new AppException('not-found');
  }

  /**
   * The case locked to add to or remove from its registers (sanctions, abusers), open or closed,
   * by the commune that holds it (`lockHeld`); an anonymised case is closed for good (410).
   */
  async lockHeldRegisters(tx: EntityManager, id: string, actor: Actor): Promise<Case> {
    const kase = await this.lockHeld(tx, id, actor);
    if (kase.anonymisedAt) {
      throw new AppException('case-anonymised', { at: vietnamTimeAndDate(kase.anonymisedAt) });
    }
    return kase;
  }

  /**
   * A plan is owed at the support and intervention levels only: put at prevention level, the case
   * owes none (its plan deadlines are no longer needed); raised from it to draft one, it owes one
   * again, the working days counted from the day the level rose, as from new information received.
   */
  private async levelDeadlines(
    tx: EntityManager,
    kase: Case,
    next: CaseState,
    now: Date,
  ): Promise<void> {
    const level = next.level ?? null;
    if (level === kase.level) return;
    if (level === 'prevention') {
      await this.deadlines.step(tx, 'case.level_prevention', { caseId: kase.id }, now);
    } else if (kase.level === 'prevention' && next.status === 'planning') {
      const due = intakeDeadlines(now, await this.calendar.from(now, tx));
      await this.deadlines.step(tx, 'case.level_raised_from_prevention', { caseId: kase.id }, now, {
        plan: due.planDueAt,
        plan_approval: due.planApprovalDueAt,
      });
    }
  }

  /**
   * The plan's actions are owed while the case carries the plan out: from its approval (or a
   * closure refused, a case reopened) each action still open is due by its date; reviewed into a
   * new plan, proposed for closure or closed, none is.
   */
  private async planInForce(
    tx: EntityManager,
    kase: Case,
    next: CaseState,
    now: Date,
  ): Promise<void> {
    const carried = (status: CaseStatus) => status === 'in_progress';
    if (carried(kase.status) === carried(next.status)) return;
    if (!carried(next.status)) {
      await this.deadlines.step(tx, 'case.plan_out_of_force', { caseId: kase.id }, now);
      return;
    }
    const open = (await this.views.currentPlanActions(kase, now, tx)).filter((a) =>
      isOpen(a.status),
    );
    await this.deadlines.step(tx, 'case.plan_in_force', { caseId: kase.id }, now, {
      plan_action: new Map(open.map((a) => [a.id, new Date(a.dueAt)])),
    });
  }

  /**
   * Each child of the case aged `rule.fromAge` or more today has an entry (heard at the
   * assessment, asked for consent at the plan, from 7; their parent or guardian asked, at any
   * age): the entries name children of the case, once each (422), and a child without one is the
   * problem `problem`, one field error per child.
   */
  async requireEachChild(
    tx: EntityManager,
    caseId: string,
    now: Date,
    entries: { childId: string }[],
    rule: {
      fromAge: number;
      field: string;
      problem: ProblemCode;
      constraint: string;
      message: string;
    },
  ): Promise<void> {
    const named = new Set(entries.map((entry) => entry.childId));
    const ids = await this.requireChildrenOfCase(
      tx,
      caseId,
      entries.map((entry) => entry.childId),
      (i) => `${rule.field}.${i}.childId`,
    );
    const today = todayInVietnam(now);
    const missing = (await this.children.ofCase(ids, tx)).filter(
      (child) => ageOn(child.dateOfBirth, today) >= rule.fromAge && !named.has(child.id),
    );
    if (missing.length > 0) {
      throw new AppException(
        rule.problem,
        {},
        missing.map((child) =>
          fieldError(rule.field, rule.constraint, `child ${child.id} ${rule.message}`),
        ),
      );
    }
  }

  /**
   * The ids name children of the case, once each (422 otherwise, a field error at `field(i)` for
   * each); returns the ids of all the case's children.
   */
  async requireChildrenOfCase(
    tx: EntityManager,
    caseId: string,
    childIds: string[],
    field: (index: number) => string,
  ): Promise<string[]> {
    const ids = (await this.cases.childIds([caseId], tx)).get(caseId)!;
    const errors: FieldError[] = [];
    const named = new Set<string>();
    childIds.forEach((childId, i) => {
      if (!ids.includes(childId)) {
        errors.push(fieldError(field(i), 'case:not-in-case', 'not one of the case’s children'));
      } else if (named.has(childId)) {
        errors.push(fieldError(field(i), 'case:child-twice', 'this child is named twice'));
      }
      named.add(childId);
    });
    if (errors.length > 0) throw new AppException('invalid-case', {}, errors);
    return ids;
  }

  /** The field errors of codes not in a reference list. */
  async unknownCodes(list: string, field: string, values: string[]): Promise<FieldError[]> {
    const known = await this.reference.codes(list);
    return values.flatMap((code, i) =>
      known.has(code)
        ? []
        : [fieldError(`${field}.${i}`, 'unknownCode', `not in the list ${list}`, [list])],
    );
  }
}
