import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AreasService } from '../areas/areas.service.js';
import { AuditService } from '../audit/audit.service.js';
import type { Actor } from '../access/actor.js';
import { CalendarService } from '../calendar/calendar.service.js';
import type { WorkingCalendar } from '../calendar/working-days.js';
import { AppException } from '../common/app.exception.js';
import { Clock } from '../common/clock.js';
import { FieldCipher } from '../common/field-cipher.js';
import { DeadlineEngine } from './deadline-engine.js';
import { allowedActions } from './case-workflow.js';
import { CasesRepository } from './cases.repository.js';
import { CaseTransfersRepository } from './case-transfers.repository.js';
import {
  type HandOverCut,
  holdingDtos,
  openCut,
  sealSnapshot,
  transferDto,
} from './case-hand-over.js';
import { type DeadlineKind, workingDaysLeft } from './deadlines.js';
import { isolationDays } from './isolation.js';
import {
  openReferrals,
  type PlanActionContent,
  type PlanActionUpdate,
  REFERRAL_STEPS,
  type TrackedPlanAction,
  trackPlanActions,
} from './plan-actions.js';
import type { CaseDto, CreateCaseDto } from './dto/case.dto.js';
import type { PlanActionStatusDto } from './dto/plan.dto.js';
import type { NoteDto } from './dto/note.dto.js';
import { INTAKE_DETAILS } from './dto/case.dto.js';
import type { Deadline } from './entities/deadline.entity.js';
import type { CaseEvent } from './entities/case-event.entity.js';
import type { CaseTransfer } from './entities/case-transfer.entity.js';
import type { Case } from './entities/case.entity.js';

/**
 * What a reader may see of a case: all of it while their areas hold it; a commune that handed it
 * over (`cut`), the case as it was then and its steps up to then.
 */
export interface CaseAccess {
  kase: Case;
  cut: HandOverCut | null;
}

/** The case's report as sealed in `cases.intake` (Mẫu 01); reports taken before the family and
 * the child's condition were asked for have only the first three. */
export type IntakeContent = {
  summary: string;
  location: CreateCaseDto['location'] | null;
  reporter: CreateCaseDto['reporter'] | null;
} & Partial<Pick<CreateCaseDto, (typeof INTAKE_DETAILS)[number]>>;

/**
 * How a case reads: as the actor may see it (the case while their areas hold it, else the holding
 * they handed over), its report decrypted, its deadlines, transfer and holdings; the read audited.
 * Every service of the cases module answers with these views.
 */
@Injectable()
export class CaseViews {
  constructor(
    private readonly cases: CasesRepository,
    private readonly transfers: CaseTransfersRepository,
    private readonly areas: AreasService,
    private readonly calendar: CalendarService,
    private readonly deadlines: DeadlineEngine,
    private readonly audit: AuditService,
    private readonly cipher: FieldCipher,
    private readonly clock: Clock,
  ) {}

  /** The case with its report decrypted; audited as `action` (null: the change was audited). */
  async read(id: string, actor: Actor, action: string | null): Promise<CaseDto> {
    const access = action ? await this.readable(id, actor, action) : await this.access(id, actor);
    if (!access) throw new AppException('not-found');
    const { kase, cut } = access;
    const [childIds, deadlines, pending, holdings, when] = await Promise.all([
      cut ? new Map([[id, cut.childIds]]) : this.cases.childIds([id]),
      cut ? cut.deadlines : this.deadlines.find({ caseIds: [id] }),
      cut ? new Map<string, CaseTransfer>() : this.transfers.pending([id]),
      this.holdings(id, cut?.at ?? null),
      this.when(cut?.at),
    ]);
    const transfer = pending.get(id) ?? null;
    const names = await this.communeNames(
      transfer ? [transfer.fromCommuneCode, transfer.toCommuneCode] : [],
    );
    const intake = JSON.parse(this.cipher.decrypt(kase.intake)) as IntakeContent;
    return this.toDto(kase, childIds.get(id)!, deadlines, when, intake, {
      cut,
      transfer,
      names,
      holdings,
    });
  }

  /**
   * The case as the actor may read it, or null: in SQL, the case while the actor's areas hold it,
   * else the holding they handed over (conventions.md rule 2).
   */
  private async access(id: string, actor: Actor): Promise<CaseAccess | null> {
    const kase = await this.cases.byId(actor.scope, id);
    if (kase) return { kase, cut: null };
    const held = await this.cases.heldBefore(actor.scope, id);
    if (!held) return null;
    const cut = openCut(this.cipher, held);
    return { kase: cut.kase, cut };
  }

  /** The case as the actor may read it (404 otherwise), the read written to the audit log. */
  async readable(
    id: string,
    actor: Actor,
    action: string,
    details?: Record<string, unknown>,
  ): Promise<CaseAccess> {
    const access = await this.access(id, actor);
    if (!access) throw new AppException('not-found');
    await this.audit.record({
      actor,
      action,
      entity: { type: 'case', id },
      area: access.kase,
      details: access.cut ? { ...details, heldUntil: access.cut.at.toISOString() } : details,
    });
    return access;
  }

  /** The case's holders, up to a former holder's hand-over. */
  async holdings(id: string, cut: Date | null): Promise<CaseDto['holdings']> {
    const rows = await this.cases.holdings(id, cut ?? undefined);
    const names = await this.communeNames(rows.map((h) => h.communeCode));
    return holdingDtos(this.cipher, rows, names, cut);
  }

  /** The instant a view is made at, with the working days to count what is left in. */
  async when(now = this.clock.now(), manager?: EntityManager) {
    return { now, calendar: await this.calendar.from(now, manager) };
  }

  toDto(
    kase: Case,
    childIds: string[],
    deadlines: Deadline[],
    { now, calendar }: { now: Date; calendar: WorkingCalendar },
    intake: IntakeContent | null,
    more: {
      cut?: HandOverCut | null;
      transfer?: CaseTransfer | null;
      names?: Map<string, string>;
      holdings?: CaseDto['holdings'];
    },
  ): CaseDto {
    const { cut = null, transfer = null, names = new Map<string, string>() } = more;
    const dueOf = (kind: DeadlineKind) =>
      deadlines.find((d) => d.kind === kind && !d.item)?.dueAt.toISOString() ?? null;
    const approval = deadlines.find((d) => d.kind === 'plan_approval' && d.state === 'open');
    return {
      id: kase.id,
      code: kase.code,
      status: kase.status,
      level: kase.level,
      version: kase.version,
      childIds,
      provinceCode: kase.provinceCode,
      communeCode: kase.communeCode,
      source: kase.source,
      channel: kase.channel,
      receivedAt: kase.receivedAt.toISOString(),
      concerns: kase.concerns,
      settings: kase.settings,
      summary: intake?.summary ?? '',
      location: intake?.location ?? null,
      reporter: intake?.reporter ?? null,
      ...(Object.fromEntries(INTAKE_DETAILS.map((key) => [key, intake?.[key] ?? null])) as Pick<
        CaseDto,
        (typeof INTAKE_DETAILS)[number]
      >),
      immediateDanger: kase.immediateDanger,
      isolation: kase.isolationStartedAt
        ? {
            startedAt: kase.isolationStartedAt.toISOString(),
            endsAt: kase.isolationEndsAt!.toISOString(),
            days: isolationDays(kase.isolationStartedAt, kase.isolationEndsAt!),
            endedAt: kase.isolationEndedAt?.toISOString() ?? null,
            decision: kase.isolationDecision,
          }
        : null,
      deadlines: {
        initialAssessmentDueAt: dueOf('initial_assessment')!,
        emergencyActionDueAt: dueOf('emergency_action')!,
        planDueAt: dueOf('plan'),
        planApprovalDueAt: dueOf('plan_approval'),
        // The approval time is the chair's own once the plan is submitted: what is left of it.
        planApprovalWorkingDaysLeft:
          kase.status === 'plan_submitted' && approval
            ? workingDaysLeft(now, approval.dueAt, calendar)
            : null,
        isolationEndsAt: dueOf('isolation'),
        reviewDueAt: dueOf('review'),
      },
      // As it stood when a former holder handed the case over.
      overdue: deadlines.some((d) => d.state === 'open' && d.dueAt < (cut?.at ?? now)),
      assignedTo: kase.assignedTo,
      receivingOrganizationId: kase.receivingOrganizationId,
      // A commune that handed the case over reads it, and does nothing more.
      allowedActions: cut ? [] : allowedActions(kase),
      createdAt: kase.createdAt.toISOString(),
      updatedAt: kase.updatedAt.toISOString(),
      closedAt: kase.closedAt?.toISOString() ?? null,
      anonymisedAt: kase.anonymisedAt?.toISOString() ?? null,
      heldUntil: cut?.at.toISOString() ?? null,
      readOnly: cut !== null,
      transfer: transfer ? transferDto(this.cipher, transfer, kase.code, names) : null,
      holdings: more.holdings ?? [],
    };
  }

  noteDto(note: {
    id: string;
    text: string;
    visibility: NoteDto['visibility'];
    authorId: string;
    authorName: string;
    createdAt: Date;
  }): NoteDto {
    return {
      id: note.id,
      text: this.cipher.decrypt(note.text),
      visibility: note.visibility,
      author: { id: note.authorId, fullName: note.authorName },
      createdAt: note.createdAt.toISOString(),
    };
  }

  /** Commune names by code, for transfers and holdings. */
  async communeNames(codes: string[], manager?: EntityManager): Promise<Map<string, string>> {
    const unique = [...new Set(codes)];
    if (unique.length === 0) return new Map();
    const areas = await this.areas.requireCodes(unique, manager);
    return new Map(areas.map((a) => [a.code, a.fullName]));
  }

  /** The case as it is handed over, for its holding's record (in the hand-over's transaction). */
  async snapshot(tx: EntityManager, kase: Case): Promise<string> {
    const childIds = await this.cases.childIds([kase.id], tx);
    const deadlines = await this.deadlines.find({ caseIds: [kase.id] }, tx);
    return sealSnapshot(this.cipher, kase, childIds.get(kase.id)!, deadlines);
  }

  /**
   * The current (latest) plan's actions with the statuses recorded since it was submitted;
   * overdue only while the case carries the plan out.
   */
  async currentPlanActions(
    kase: Case,
    now: Date,
    manager?: EntityManager,
    cut: HandOverCut | null = null,
  ): Promise<TrackedPlanAction[]> {
    const upTo = cut?.lastEventId ?? null;
    const plan = await this.cases.lastEvent(kase.id, 'plan', manager, upTo);
    if (!plan?.content) return [];
    const { actions } = JSON.parse(this.cipher.decrypt(plan.content)) as {
      actions: PlanActionContent[];
    };
    const steps = await this.cases.eventsAfter(
      kase.id,
      ['plan/actions/status', ...REFERRAL_STEPS],
      plan.id,
      manager,
      upTo,
    );
    return trackPlanActions(
      plan.id,
      actions,
      steps
        .filter((step) => step.action === 'plan/actions/status')
        .map((step) => this.planActionUpdate(step)),
      {
        now,
        inForce: kase.status === 'in_progress',
        referred: openReferrals(steps),
      },
    );
  }

  private planActionUpdate(step: CaseEvent): PlanActionUpdate {
    const facts = step.facts as Pick<PlanActionUpdate, 'actionId' | 'referralId'> & {
      to: PlanActionUpdate['status'];
    };
    const content = step.content
      ? (JSON.parse(this.cipher.decrypt(step.content)) as PlanActionStatusDto)
      : null;
    return {
      actionId: facts.actionId,
      status: facts.to,
      at: step.at,
      reason: content?.reason ?? null,
      referralId: facts.referralId ?? null,
    };
  }
}
