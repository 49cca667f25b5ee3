import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { AreasService } from '../areas/areas.service.js';
import { AuditService } from '../audit/audit.service.js';
import type { Actor } from '../auth/actor.js';
import { inScope } from '../auth/scope.js';
import { CalendarService } from '../calendar/calendar.service.js';
import { vietnamDay, vietnamTimeAndDate, type WorkingCalendar } from '../calendar/working-days.js';
import { ageOn, todayInVietnam } from '../children/age.js';
import { ChildrenService } from '../children/children.service.js';
import { AppException, type FieldError } from '../common/app.exception.js';
import type { ProblemCode } from '../common/i18n.js';
import { Clock } from '../common/clock.js';
import { FieldCipher } from '../common/field-cipher.js';
import { decodeCursor, type Page, type PageQuery, toPage } from '../common/pagination.js';
import { AppConfig } from '../config/app-config.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import { OrganizationsService } from '../organizations/organizations.service.js';
import { renderPdf } from '../common/pdf.js';
import { ReferenceService } from '../reference/reference.service.js';
import { UsersService } from '../users/users.service.js';
import { DeadlineEngine } from './deadline-engine.js';
import { type CaseForm, caseForm, type FormSources, FormNotReady } from './case-forms.js';
import {
  type ActionInput,
  ActionNotAllowed,
  allowedActions,
  apply,
  type CaseAction,
  type CaseState,
  type CaseStatus,
  CLOSURE_CRITERIA,
  INITIAL_STATE,
  LevelRuleBroken,
  movePlanAction,
  PlanActionMoveNotAllowed,
  planActionMoves,
  RuleNotMet,
} from './case-workflow.js';
import { CasesRepository } from './cases.repository.js';
import { CaseTransfersRepository } from './case-transfers.repository.js';
import {
  type HandOverCut,
  holdingDtos,
  openCut,
  sealSnapshot,
  transferDto,
} from './case-hand-over.js';
import {
  type DeadlineKind,
  intakeDeadlines,
  LEGAL_DEADLINES,
  metDeadline,
  workingDaysLeft,
} from './deadlines.js';
import {
  checkExtension,
  decisionEndsAt,
  DEFAULT_LEGAL_BASES,
  isolationDays,
  IsolationRuleBroken,
} from './isolation.js';
import { type DecisionSources, isolationDecisionDocument } from './isolation-decision.js';
import {
  isOpen,
  openReferrals,
  type PlanActionContent,
  type PlanActionUpdate,
  REFERRAL_STEPS,
  type ReferralStep,
  type TrackedPlanAction,
  trackPlanActions,
} from './plan-actions.js';
import type {
  ApprovalDto,
  AssessmentDto,
  AssignDto,
  CaseDto,
  CaseListItemDto,
  CasePlanActionDto,
  CaseQuery,
  CreateCaseDto,
  CreateNoteDto,
  EmergencyMeasuresDto,
  InitialAssessmentDto,
  IsolationDecisionDto,
  IsolationEndDto,
  IsolationExtendDto,
  IsolationProposalDto,
  NoteDto,
  PlanActionStatusDto,
  PlanApprovalDto,
  PlanDto,
  ReasonDto,
  ReportedCaseDto,
  ReviewDto,
  TimelineDto,
} from './dto/case.dto.js';
import { INTAKE_DETAILS, LIST_OMITS } from './dto/case.dto.js';
import type { Deadline } from './entities/deadline.entity.js';
import type { CaseEvent } from './entities/case-event.entity.js';
import type { CaseTransfer } from './entities/case-transfer.entity.js';
import type { Case } from './entities/case.entity.js';

/** A report may be entered a little after it arrived, never before. */
const CLOCK_SKEW_MS = 5 * 60_000;
const DAY_MS = 86_400_000;
/** After a review that continues the plan without naming the next one. */
const DEFAULT_REVIEW_INTERVAL_MS = 30 * 86_400_000;
/** From this age a child is heard, and asked for consent (Law on Children art. 34). */
const AGE_OF_VIEWS = 7;

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
 * What a reader may see of a case: all of it while their areas hold it; a commune that handed it
 * over (`cut`), the case as it was then and its steps up to then.
 */
interface CaseAccess {
  kase: Case;
  cut: HandOverCut | null;
}

/** The case's report as sealed in `cases.intake` (Mẫu 01); reports taken before the family and
 * the child's condition were asked for have only the first three. */
type IntakeContent = {
  summary: string;
  location: CreateCaseDto['location'] | null;
  reporter: CreateCaseDto['reporter'] | null;
} & Partial<Pick<CreateCaseDto, (typeof INTAKE_DETAILS)[number]>>;

/**
 * Child-protection cases (Decree 56/2017 art. 25-30): intake, the steps of case-workflow.ts, the
 * deadlines of deadlines.ts kept by jobs, notes, the timeline. Every change is one transaction
 * with its timeline entry, audit entry and deadline jobs; every read by a person is audited.
 */
@Injectable()
export class CasesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly cases: CasesRepository,
    private readonly transfers: CaseTransfersRepository,
    private readonly children: ChildrenService,
    private readonly users: UsersService,
    private readonly organizations: OrganizationsService,
    private readonly areas: AreasService,
    private readonly reference: ReferenceService,
    private readonly calendar: CalendarService,
    private readonly deadlines: DeadlineEngine,
    private readonly notifications: NotificationsService,
    private readonly audit: AuditService,
    private readonly cipher: FieldCipher,
    private readonly clock: Clock,
    private readonly config: AppConfig,
  ) {}

  /**
   * Mẫu 01: a report becomes a case. Commune staff and the hotline's system file it in the commune
   * where it happened, within their areas. The staff of a receiving point (police, school, health
   * facility) report about a child living anywhere: Decree 56 art. 25 ties neither the duty to
   * report nor a receiving point to an area, and a hospital or school serves children from beyond
   * its province. Their report goes to the commune where the child lives (Law on Children art. 52),
   * its source their organisation's kind. The commune's workers and chair are told at once.
   */
  async intake(dto: CreateCaseDto, actor: Actor): Promise<CaseDto> {
    const now = this.clock.now();
    const receivedAt = new Date(dto.receivedAt);
    const receivingPoint = actor.receivingPoint;
    const places = receivingPoint
      ? { provinces: (await this.areas.provinces()).items.map((p) => p.code), communes: [] }
      : actor.scope;
    const errors: FieldError[] = [];
    if (receivingPoint && dto.source && dto.source !== receivingPoint) {
      errors.push(
        fieldError(
          'source',
          'case:receiving-point-source',
          `source must be "${receivingPoint}", the receiving point that recorded the report`,
        ),
      );
    } else if (!receivingPoint && !dto.source) {
      errors.push(fieldError('source', 'case:source', 'source is required'));
    }
    const source = receivingPoint ?? dto.source!;
    if (receivedAt.getTime() > now.getTime() + CLOCK_SKEW_MS) {
      errors.push(fieldError('receivedAt', 'case:received-future', 'receivedAt is in the future'));
    }
    errors.push(
      ...(await this.unknownCodes('abuse-forms', 'concerns', dto.concerns)),
      ...(await this.unknownCodes('abuse-settings', 'settings', dto.settings ?? [])),
    );
    const requested = dto.childIds ?? [];
    const existing = await this.children.currentIds(places, requested);
    requested.forEach((id, i) => {
      if (!existing.has(id)) {
        errors.push(fieldError(`childIds.${i}`, 'case:child', 'No such child in your areas'));
      }
    });
    const newChildren = dto.newChildren ?? [];
    if (requested.length + newChildren.length === 0) {
      errors.push(
        fieldError(
          'childIds',
          'case:no-child',
          'Name at least one child (childIds or newChildren)',
        ),
      );
    }
    const child = requested.length > 0 ? existing.get(requested[0]) : newChildren[0];
    const happened =
      dto.location &&
      (await this.areas.resolvePlace(dto.location.provinceCode, dto.location.communeCode));
    const lives = child && (await this.areas.resolvePlace(child.provinceCode, child.communeCode));
    const place = receivingPoint ? lives : (happened ?? lives);
    if (place && !inScope(places, place.provinceCode, place.communeCode)) {
      errors.push(
        fieldError(
          dto.location ? 'location.communeCode' : 'childIds',
          'case:commune',
          'This commune is not in your areas',
        ),
      );
    }
    if (errors.length > 0 || !place) throw new AppException('invalid-case', {}, errors);
    const checked = await this.children.checkNew(
      dto.newChildren ?? [],
      actor,
      'newChildren',
      places,
    );

    const calendar = await this.calendar.from(receivedAt);
    const due = intakeDeadlines(receivedAt, calendar, {
      ...LEGAL_DEADLINES,
      initialAssessmentHours: this.config.CASE_INITIAL_ASSESSMENT_HOURS,
    });
    const content: IntakeContent = {
      summary: dto.summary,
      location: dto.location && happened ? { ...dto.location, ...happened } : null,
      reporter: dto.reporter ?? null,
      ...Object.fromEntries(INTAKE_DETAILS.flatMap((key) => (dto[key] ? [[key, dto[key]]] : []))),
    };
    const id = await this.dataSource.transaction(async (tx) => {
      const created = await this.children.createIn(tx, checked, actor);
      const year = Number(vietnamDay(receivedAt).slice(0, 4));
      const sequence = await this.cases.nextSequence(tx, place.communeCode, year);
      const kase = await this.cases.insert(
        tx,
        {
          code: `BVTE-${place.communeCode}-${year}-${String(sequence).padStart(4, '0')}`,
          provinceCode: place.provinceCode,
          communeCode: place.communeCode,
          status: INITIAL_STATE.status,
          statusBeforeClosure: null,
          level: null,
          source,
          channel: dto.channel ?? null,
          receivedAt,
          concerns: [...new Set(dto.concerns)],
          settings: [...new Set(dto.settings ?? [])],
          // Known only as reported until the initial assessment says.
          immediateDanger: dto.immediateDanger ? true : null,
          intake: this.cipher.encrypt(JSON.stringify(content)),
          // A social worker taking a report in is in charge of it until someone reassigns it.
          assignedTo:
            actor.kind === 'user' && actor.roles.includes('social_worker') ? actor.id : null,
          createdBy: actor.id,
          receivingOrganizationId: actor.organizationId,
          version: 1,
        },
        [...new Set([...requested.map((r) => existing.get(r)!.id), ...created])],
      );
      await this.deadlines.step(tx, 'case.received', { caseId: kase.id }, now, {
        initial_assessment: due.initialAssessmentDueAt,
        emergency_action: due.emergencyActionDueAt,
        plan: due.planDueAt,
        plan_approval: due.planApprovalDueAt,
      });
      await this.cases.addEvent(tx, {
        caseId: kase.id,
        at: now,
        actorId: actor.id,
        actorName: actor.fullName ?? actor.name,
        action: 'intake',
        fromStatus: null,
        toStatus: kase.status,
        facts: { source, receivedAt: receivedAt.toISOString(), newChildren: created },
        content: this.cipher.encrypt(JSON.stringify({ ...dto, source })),
      });
      await this.audit.record(
        { actor, action: 'case.created', entity: { type: 'case', id: kase.id }, area: kase },
        tx,
      );
      // Receiving points pass a report on at once (Decree 56 art. 26.1): the commune's workers
      // and its chair are told, whoever recorded it.
      const told = [
        ...(await this.users.withRoleIn('social_worker', kase, undefined, tx)),
        ...(await this.users.withRoleIn('case_approver', kase, undefined, tx)),
      ].map((user) => user.id);
      await this.notifications.publish(tx, {
        key: `case_received.${kase.id}`,
        userIds: told.filter((userId) => userId !== actor.id),
        occurredAt: now,
        kind: 'case_received',
        entityType: 'case',
        entityId: kase.id,
        text: dto.immediateDanger
          ? {
              vi: `Thông tin mới, trẻ em đang gặp nguy hiểm: hồ sơ ${kase.code}, tiếp nhận lúc ${vietnamTimeAndDate(receivedAt)}.`,
              en: `New report, a child in immediate danger: case ${kase.code}, received at ${vietnamTimeAndDate(receivedAt)} (Vietnam time).`,
            }
          : {
              vi: `Thông tin mới về trẻ em cần bảo vệ: hồ sơ ${kase.code}, tiếp nhận lúc ${vietnamTimeAndDate(receivedAt)}.`,
              en: `New report about a child in need of protection: case ${kase.code}, received at ${vietnamTimeAndDate(receivedAt)} (Vietnam time).`,
            },
        data: { caseCode: kase.code, source },
      });
      return kase.id;
    });
    // What the reporter gets back is the case they recorded, wherever it lies: what they wrote,
    // with its code, status and deadlines.
    const kase = await this.cases.recordedBy(actor.id, id);
    const [childIds, deadlines] = await Promise.all([
      this.cases.childIds([id]),
      this.deadlines.find({ caseIds: [id] }),
    ]);
    return this.toDto(kase!, childIds.get(id)!, deadlines, await this.when(), content, {
      holdings: await this.holdings(id, null),
    });
  }

  /**
   * The reports the caller recorded, newest first, as a receiving point may follow them: each
   * one's case code, commune and status, nothing of the case file (the read is audited).
   */
  async reported(query: PageQuery, actor: Actor): Promise<Page<ReportedCaseDto>> {
    const after = decodeCursor(query.cursor, ['integer']);
    const rows = await this.cases.reportedBy(actor.id, after?.[0] ?? null, query.limit);
    await this.audit.record({
      actor,
      action: 'case.reports_listed',
      details: { results: Math.min(rows.length, query.limit) },
    });
    return toPage(
      rows,
      query.limit,
      (row) => [row.seq],
      (row) => ({
        id: row.id,
        code: row.code,
        status: row.status,
        source: row.source,
        receivedAt: row.receivedAt.toISOString(),
        recordedAt: row.createdAt.toISOString(),
        provinceCode: row.provinceCode,
        communeCode: row.communeCode,
      }),
    );
  }

  async get(id: string, actor: Actor): Promise<CaseDto> {
    return this.read(id, actor, 'case.read');
  }

  async list(query: CaseQuery, actor: Actor): Promise<Page<CaseListItemDto>> {
    const after = decodeCursor(query.cursor, ['integer']);
    const now = this.clock.now();
    const rows = await this.cases.list(actor.scope, {
      status: query.status,
      level: query.level,
      assignedTo: query.assignedTo === 'me' ? actor.id : query.assignedTo,
      communeCode: query.communeCode,
      childIds: query.childId ? await this.children.aliases(query.childId) : undefined,
      overdueAt: query.overdue ? now : undefined,
      isolationProposed: query.isolationProposed,
      afterSeq: after?.[0] ?? null,
      limit: query.limit,
    });
    const { limit, cursor: _cursor, ...filters } = query;
    await this.audit.record({
      actor,
      action: 'case.searched',
      details: {
        filters: filters as Record<string, unknown>,
        results: Math.min(rows.length, limit),
      },
    });
    const ids = rows.map((row) => row.id);
    const [childIds, deadlines, pending, when] = await Promise.all([
      this.cases.childIds(ids),
      this.deadlines.find({ caseIds: ids }),
      this.transfers.pending(ids),
      this.when(now),
    ]);
    const [names, children] = await Promise.all([
      this.communeNames([...pending.values()].flatMap((t) => [t.fromCommuneCode, t.toCommuneCode])),
      this.children.ofCase([...new Set([...childIds.values()].flat())]),
    ]);
    const fullName = new Map(children.map((child) => [child.id, child.fullName]));
    return toPage(
      rows,
      limit,
      (row) => [row.seq],
      (row) => {
        const item: Partial<CaseDto> = this.toDto(
          row,
          childIds.get(row.id)!,
          deadlines.filter((d) => d.caseId === row.id),
          when,
          null,
          { transfer: pending.get(row.id) ?? null, names },
        );
        for (const field of LIST_OMITS) delete item[field];
        const children = childIds.get(row.id)!.map((id) => ({ id, fullName: fullName.get(id)! }));
        return { ...item, children } as CaseListItemDto;
      },
    );
  }

  /** The field errors of codes not in a reference list. */
  private async unknownCodes(list: string, field: string, values: string[]): Promise<FieldError[]> {
    const known = await this.reference.codes(list);
    return values.flatMap((code, i) =>
      known.has(code)
        ? []
        : [fieldError(`${field}.${i}`, 'unknownCode', `not in the list ${list}`)],
    );
  }

  /** Mẫu 02: the risk, and whether the child is in immediate danger. */
  async initialAssessment(id: string, dto: InitialAssessmentDto, actor: Actor, ifMatch?: number) {
    const errors = await this.unknownCodes('abuse-settings', 'settings', dto.settings ?? []);
    if (errors.length > 0) throw new AppException('invalid-case', {}, errors);
    return this.act(id, actor, 'initial-assessment', {
      ifMatch,
      input: {
        immediateDanger: dto.immediateDanger,
        level: dto.level,
        abuseConfirmed: dto.abuseConfirmed,
      },
      content: dto,
      effects: async (tx, _kase, now) => {
        // No danger: no emergency measure is owed. Danger with measures already taken: done.
        const { answered } = await this.deadlines.step(
          tx,
          !dto.immediateDanger
            ? 'case.assessed_no_danger'
            : dto.emergencyMeasures?.length
              ? 'case.assessed_measures_taken'
              : 'case.assessed_in_danger',
          { caseId: id },
          now,
        );
        return {
          patch: {
            immediateDanger: dto.immediateDanger,
            ...(dto.settings ? { settings: [...new Set(dto.settings)] } : {}),
          },
          answered,
          facts: { immediateDanger: dto.immediateDanger },
        };
      },
    });
  }

  /**
   * Emergency protection (step 3). A temporary isolation the social worker finds needed is a
   * proposal: it starts nothing, and the commune's chairs are told at once, to decide it.
   */
  emergencyMeasures(id: string, dto: EmergencyMeasuresDto, actor: Actor, ifMatch?: number) {
    return this.act(id, actor, 'emergency-measures', {
      ifMatch,
      content: dto,
      effects: async (tx, kase, now) => {
        const { answered } = await this.deadlines.step(
          tx,
          'case.emergency_measures',
          { caseId: id },
          now,
        );
        if (!dto.isolation) return { answered, facts: { measures: dto.measures.length } };
        if (kase.isolationStartedAt && !kase.isolationEndedAt) {
          throw new AppException('isolation-in-progress', {
            startedAt: kase.isolationStartedAt.toISOString(),
          });
        }
        const chairs = await this.users.withRoleIn('case_approver', kase, undefined, tx);
        await this.notifications.publish(tx, {
          key: `isolation_proposed.${id}.${kase.version}`,
          userIds: chairs.map((user) => user.id).filter((userId) => userId !== actor.id),
          occurredAt: now,
          kind: 'isolation_proposed',
          entityType: 'case',
          entityId: id,
          text: {
            vi: `Đề xuất tạm thời cách ly trẻ em, hồ sơ ${kase.code}: chờ Chủ tịch UBND quyết định.`,
            en: `Temporary isolation of a child proposed, case ${kase.code}: awaiting the chair’s decision.`,
          },
          data: { caseCode: kase.code },
        });
        return {
          answered,
          facts: { measures: dto.measures.length, isolationProposed: true },
          audit: { isolationProposed: true },
        };
      },
    });
  }

  /**
   * The commune chair's decision on a temporary isolation (Decree 56/2017 art. 32), with the
   * second factor: at most 15 days, for children of the case; its end is the `isolation`
   * deadline. It is the emergency step the 12 hours ask for (art. 26.3), if still owed.
   */
  decideIsolation(id: string, dto: IsolationDecisionDto, actor: Actor, ifMatch?: number) {
    const now = this.clock.now();
    const startsAt = new Date(dto.startsAt);
    const endsAt = (() => {
      try {
        return decisionEndsAt(startsAt, dto.days);
      } catch (error) {
        if (error instanceof IsolationRuleBroken) throw isolationRuleBroken(error);
        throw error;
      }
    })();
    if (dto.decidedOn > todayInVietnam(now)) {
      throw invalid('decidedOn', 'case:decided-future', 'decidedOn is after today');
    }
    const legalBases = dto.legalBases ?? [...DEFAULT_LEGAL_BASES];
    return this.act(id, actor, 'isolation', {
      ifMatch,
      content: { ...dto, legalBases },
      effects: async (tx, kase, at) => {
        if (
          startsAt.getTime() < kase.receivedAt.getTime() - CLOCK_SKEW_MS ||
          startsAt.getTime() > at.getTime() + DAY_MS
        ) {
          throw invalid(
            'startsAt',
            'case:isolation-start',
            `startsAt must be between ${kase.receivedAt.toISOString()} and 24 hours from now`,
          );
        }
        const ofCase = await this.requireChildrenOfCase(
          tx,
          id,
          dto.childIds ?? [],
          (i) => `childIds.${i}`,
        );
        const childIds = dto.childIds ?? ofCase;
        const { answered } = await this.deadlines.step(
          tx,
          'case.isolation_decided',
          { caseId: id },
          at,
          { isolation: endsAt },
        );
        if (kase.assignedTo && kase.assignedTo !== actor.id) {
          await this.notifications.publish(tx, {
            key: `isolation_decided.${id}.${kase.version}`,
            userIds: [kase.assignedTo],
            occurredAt: at,
            kind: 'isolation_decided',
            entityType: 'case',
            entityId: id,
            text: {
              vi: `Chủ tịch UBND đã quyết định tạm thời cách ly trẻ em (Quyết định số ${dto.decisionNumber}), hồ sơ ${kase.code}, đến ${vietnamTimeAndDate(endsAt)}.`,
              en: `The chair decided a temporary isolation (decision ${dto.decisionNumber}), case ${kase.code}, until ${vietnamTimeAndDate(endsAt)} (Vietnam time).`,
            },
            data: { caseCode: kase.code, decisionNumber: dto.decisionNumber },
          });
        }
        const decision = {
          number: dto.decisionNumber,
          decidedOn: dto.decidedOn,
          startsAt: startsAt.toISOString(),
          endsAt: endsAt.toISOString(),
          days: dto.days,
          childIds,
        };
        return {
          patch: {
            isolationStartedAt: startsAt,
            isolationEndsAt: endsAt,
            isolationEndedAt: null,
            isolationDecision: {
              number: dto.decisionNumber,
              decidedOn: dto.decidedOn,
              decidedBy: actor.id,
              childIds,
            },
          },
          answered,
          facts: { isolation: decision },
          audit: { isolation: decision },
        };
      },
    });
  }

  /**
   * The chair extends the isolation in progress, with the second factor; past 15 days in all
   * only with the legal ground and the authority that requires it (Decree 56/2017 art. 32).
   */
  extendIsolation(id: string, dto: IsolationExtendDto, actor: Actor, ifMatch?: number) {
    return this.act(id, actor, 'isolation/extend', {
      ifMatch,
      content: dto,
      effects: async (tx, kase, now) => {
        const endsAt = isolationInProgress(kase);
        const until = new Date(dto.until);
        if (until <= endsAt) {
          throw invalid(
            'until',
            'case:extension-too-short',
            `until must be after ${endsAt.toISOString()}`,
          );
        }
        const { days, pastCap } = (() => {
          try {
            return checkExtension(kase.isolationStartedAt!, { ...dto, until });
          } catch (error) {
            if (error instanceof IsolationRuleBroken) throw isolationRuleBroken(error);
            throw error;
          }
        })();
        await this.deadlines.step(tx, 'case.isolation_extended', { caseId: id }, now, {
          isolation: until,
        });
        const extension = {
          endsAt: until.toISOString(),
          previousEndsAt: endsAt.toISOString(),
          days,
          pastCap,
          ...(dto.legalGround ? { legalGround: dto.legalGround } : {}),
          ...(dto.requestingAuthority ? { requestingAuthority: dto.requestingAuthority } : {}),
        };
        return {
          patch: { isolationEndsAt: until },
          facts: { isolation: extension },
          audit: { isolation: extension },
        };
      },
    });
  }

  endIsolation(id: string, dto: IsolationEndDto, actor: Actor, ifMatch?: number) {
    return this.act(id, actor, 'isolation/end', {
      ifMatch,
      content: dto,
      effects: async (tx, kase, now) => {
        isolationInProgress(kase);
        const endedAt = dto.endedAt ? new Date(dto.endedAt) : now;
        if (
          endedAt < kase.isolationStartedAt! ||
          endedAt.getTime() > now.getTime() + CLOCK_SKEW_MS
        ) {
          throw invalid(
            'endedAt',
            'case:isolation-end',
            `endedAt must be after ${kase.isolationStartedAt!.toISOString()} and not in the future`,
          );
        }
        const { answered } = await this.deadlines.step(
          tx,
          'case.isolation_ended',
          { caseId: id },
          endedAt,
        );
        return {
          patch: { isolationEndedAt: endedAt },
          answered,
          facts: { isolation: { endedAt: endedAt.toISOString() } },
        };
      },
    });
  }

  /**
   * Mẫu 03, with the case meeting's minutes once it was held (recorded again in planning to add
   * them); every child aged 7 or more heard (Law on Children art. 34).
   */
  assessment(id: string, dto: AssessmentDto, actor: Actor, ifMatch?: number) {
    const heldAt = dto.conference && new Date(dto.conference.heldAt);
    if (heldAt && heldAt.getTime() > this.clock.now().getTime() + CLOCK_SKEW_MS) {
      throw invalid('conference.heldAt', 'case:future', 'heldAt is in the future');
    }
    return this.act(id, actor, 'assessment', {
      ifMatch,
      input: { level: dto.level, levelReason: dto.levelReason, abuseConfirmed: dto.abuseConfirmed },
      content: dto,
      effects: async (tx, _kase, now) => {
        await this.requireEachChild(tx, id, now, dto.childViews ?? [], {
          fromAge: AGE_OF_VIEWS,
          field: 'childViews',
          problem: 'child-not-heard',
          constraint: 'case:child-not-heard',
          message: 'is aged 7 or more: record that the child was heard and what the child said',
        });
        return {
          facts: {
            conference: Boolean(dto.conference),
            childrenHeard: (dto.childViews ?? []).filter((v) => v.heard).length,
          },
        };
      },
    });
  }

  /** Mẫu 04: the plan, submitted for approval. */
  async plan(id: string, dto: PlanDto, actor: Actor, ifMatch?: number) {
    const serviceTypes = await this.reference.codes('service-types');
    const errors: FieldError[] = [];
    dto.actions.forEach((action, i) => {
      if (action.serviceType && !serviceTypes.has(action.serviceType)) {
        errors.push(
          fieldError(`actions.${i}.serviceType`, 'unknownCode', 'not in the list service-types'),
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
    return this.act(id, actor, 'plan', {
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
        await this.requireEachChild(tx, id, now, dto.childConsents ?? [], {
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
        await this.requireEachChild(tx, id, now, dto.representativeConsents ?? [], {
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
    const left =
      approval && workingDaysLeft(now, approval.dueAt, await this.calendar.from(now, tx));
    const when = approval && vietnamTimeAndDate(approval.dueAt);
    await this.notifications.publish(tx, {
      key: `plan_submitted.${kase.id}.${now.getTime()}`,
      userIds: approvers.map((user) => user.id),
      occurredAt: now,
      kind: 'plan_submitted',
      entityType: 'case',
      entityId: kase.id,
      text: approval
        ? {
            vi: `Hồ sơ ${kase.code}: kế hoạch hỗ trợ, can thiệp chờ phê duyệt. Hạn phê duyệt ${when}, còn ${left} ngày làm việc.`,
            en: `Case ${kase.code}: the support and intervention plan awaits approval, due at ${when} (Vietnam time), ${left} working days left.`,
          }
        : {
            vi: `Hồ sơ ${kase.code}: kế hoạch hỗ trợ, can thiệp chờ phê duyệt.`,
            en: `Case ${kase.code}: the support and intervention plan awaits approval.`,
          },
      data: {
        caseCode: kase.code,
        ...(approval
          ? { planApprovalDueAt: approval.dueAt.toISOString(), workingDaysLeft: left }
          : {}),
      },
    });
  }

  /** The current plan's actions as they stand (the read is audited). */
  async planActions(id: string, actor: Actor): Promise<CasePlanActionDto[]> {
    const { kase, cut } = await this.readable(id, actor, 'case.plan_actions_read');
    const actions = await this.currentPlanActions(kase, this.clock.now(), undefined, cut);
    const organizations = await this.organizations.byIds(
      actions.flatMap((a) => (a.organizationId ? [a.organizationId] : [])),
    );
    const moves = !cut && allowedActions(kase).includes('plan/actions/status');
    return actions.map((action) => ({
      id: action.id,
      number: action.number,
      description: action.description,
      serviceType: action.serviceType ?? null,
      organization: action.organizationId
        ? {
            id: action.organizationId,
            name: organizations.get(action.organizationId)?.name ?? action.organizationId,
          }
        : action.organizationName
          ? { id: null, name: action.organizationName }
          : null,
      responsiblePerson: action.responsiblePerson ?? null,
      dueAt: new Date(action.dueAt).toISOString(),
      status: action.status,
      statusAt: action.statusAt?.toISOString() ?? null,
      reason: action.reason,
      referralId: action.referralId,
      openReferralId: action.openReferralId,
      overdue: action.overdue,
      allowedStatuses: moves ? planActionMoves(action.status) : [],
    }));
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
    return this.act(id, actor, 'plan/actions/status', {
      ifMatch,
      content: dto,
      effects: async (tx, kase, now) => {
        const action = (await this.currentPlanActions(kase, now, tx)).find(
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
    return this.act(id, actor, 'plan/approve', {
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
    return this.act(id, actor, 'plan/reject', { ifMatch, content: dto });
  }

  /** Mẫu 06: closure is proposed only when the child is found safe and stable (art. 30.1.b). */
  review(id: string, dto: ReviewDto, actor: Actor, ifMatch?: number) {
    const unmetCriteria = CLOSURE_CRITERIA.filter((criterion) => !dto.criteria[criterion]);
    return this.act(id, actor, 'reviews', {
      ifMatch,
      input: {
        outcome: dto.outcome,
        unmetCriteria,
        level: dto.level,
        levelReason: dto.levelReason,
      },
      content: dto,
      effects: async (tx, _kase, now) => {
        const next = dto.nextReviewAt
          ? new Date(dto.nextReviewAt)
          : new Date(now.getTime() + DEFAULT_REVIEW_INTERVAL_MS);
        if (dto.outcome === 'continue' && next <= now) {
          throw invalid('nextReviewAt', 'case:past', 'nextReviewAt must be after now');
        }
        const { answered } =
          dto.outcome === 'continue'
            ? await this.deadlines.step(tx, 'case.reviewed_continue', { caseId: id }, now, {
                review: next,
              })
            : await this.deadlines.step(tx, 'case.reviewed', { caseId: id }, now);
        return {
          answered,
          facts: { outcome: dto.outcome, criteriaMet: unmetCriteria.length === 0 },
        };
      },
    });
  }

  proposeClosure(id: string, dto: ReasonDto, actor: Actor, ifMatch?: number) {
    return this.act(id, actor, 'close', { ifMatch, content: dto });
  }

  /** The chair closes the case: deadlines still open are no longer owed. */
  approveClosure(id: string, dto: ApprovalDto, actor: Actor, ifMatch?: number) {
    return this.act(id, actor, 'close/approve', {
      ifMatch,
      content: dto,
      effects: async (tx, _kase, now) => {
        const { dropped } = await this.deadlines.step(tx, 'case.closed', { caseId: id }, now);
        const kinds = [...new Set(dropped.map((d) => d.kind))];
        return { patch: { closedAt: now }, facts: { dropped: kinds } };
      },
    });
  }

  rejectClosure(id: string, dto: ReasonDto, actor: Actor, ifMatch?: number) {
    return this.act(id, actor, 'close/reject', { ifMatch, content: dto });
  }

  reopen(id: string, dto: ReasonDto, actor: Actor, ifMatch?: number) {
    return this.act(id, actor, 'reopen', {
      ifMatch,
      content: dto,
      effects: async () => ({ patch: { closedAt: null } }),
    });
  }

  /** To a social worker of the case's commune, who is told. */
  assign(id: string, dto: AssignDto, actor: Actor, ifMatch?: number) {
    return this.act(id, actor, 'assign', {
      ifMatch,
      effects: async (tx, kase, now) => {
        const [worker] = await this.users.withRoleIn('social_worker', kase, dto.userId, tx);
        if (!worker) {
          throw invalid(
            'userId',
            'case:assignee',
            'userId must be an active social worker of the case’s commune',
          );
        }
        await this.notifications.publish(tx, {
          key: `case_assigned.${id}.${kase.version}`,
          userIds: [worker.id],
          occurredAt: now,
          kind: 'case_assigned',
          entityType: 'case',
          entityId: id,
          text: {
            vi: `Bạn được phân công phụ trách hồ sơ ${kase.code}.`,
            en: `You have been assigned case ${kase.code}.`,
          },
          data: { caseCode: kase.code },
        });
        return {
          patch: { assignedTo: worker.id },
          facts: { assignedTo: worker.id, previous: kase.assignedTo },
        };
      },
    });
  }

  async addNote(id: string, dto: CreateNoteDto, actor: Actor): Promise<NoteDto> {
    return this.dataSource.transaction(async (tx) => {
      const kase = await this.lockHeld(tx, id, actor);
      notAllowedUnless(kase, 'notes');
      const note = await this.cases.addNote(tx, {
        caseId: id,
        authorId: actor.id,
        authorName: actor.fullName ?? actor.name,
        visibility: dto.visibility ?? 'case_team',
        text: this.cipher.encrypt(dto.text),
        // On the clock of the steps: a former holder reads the notes up to its hand-over.
        createdAt: this.clock.now(),
      });
      await this.audit.record(
        {
          actor,
          action: 'case.note_added',
          entity: { type: 'case', id },
          area: kase,
          details: { noteId: note.id, visibility: note.visibility },
        },
        tx,
      );
      return { ...this.noteDto(note), text: dto.text };
    });
  }

  /** Restricted notes reach the assigned worker, the approvers and their author only. */
  async notes(id: string, actor: Actor): Promise<NoteDto[]> {
    const { kase, cut } = await this.readable(id, actor, 'case.notes_read');
    const restricted = actor.permissions.has('cases:approve') || kase.assignedTo === actor.id;
    return (await this.cases.notes(id, actor.id, restricted, cut?.at ?? null)).map((note) =>
      this.noteDto(note),
    );
  }

  async timeline(id: string, actor: Actor): Promise<TimelineDto> {
    const { cut } = await this.readable(id, actor, 'case.timeline_read');
    // A former holder reads the deadlines as they stood at the hand-over.
    const now = cut?.at ?? this.clock.now();
    const [events, deadlines] = await Promise.all([
      this.cases.events(id, cut?.lastEventId ?? null),
      cut ? cut.deadlines : this.deadlines.find({ caseIds: [id] }),
    ]);
    return {
      caseId: id,
      steps: events.map((event) => {
        const { answered = [], ...facts } = event.facts as { answered?: unknown[] };
        const content = event.content
          ? (JSON.parse(this.cipher.decrypt(event.content)) as {
              levelReason?: string;
              reason?: string;
              isolation?: IsolationProposalDto;
            })
          : {};
        return {
          at: event.at.toISOString(),
          action: event.action,
          actor:
            event.actorId || event.actorName
              ? { id: event.actorId, fullName: event.actorName }
              : null,
          fromStatus: event.fromStatus,
          toStatus: event.toStatus,
          facts,
          reason: content.levelReason ?? content.reason ?? null,
          isolationProposal:
            event.action === 'emergency-measures' && content.isolation
              ? {
                  isolatedFrom: content.isolation.isolatedFrom,
                  placement: content.isolation.placement,
                  reason: content.isolation.reason,
                }
              : null,
          deadlines: answered as TimelineDto['steps'][number]['deadlines'],
        };
      }),
      deadlines: deadlines.map((d) => ({
        kind: d.kind,
        actionId: d.item || null,
        dueAt: d.dueAt.toISOString(),
        state: d.state,
        doneAt: d.doneAt?.toISOString() ?? null,
        met: deadlineMet(d, now),
        escalatedAt: d.escalatedAt?.toISOString() ?? null,
      })),
    };
  }

  /**
   * A statutory form filled from the case for one of its children (the first unless `childId`
   * names another), as a PDF to print and sign (the read is audited). `number`: the child's place
   * in the case, from 1.
   */
  async form(
    id: string,
    form: CaseForm,
    actor: Actor,
    childId?: string,
  ): Promise<{ code: string; number: number; of: number; pdf: Buffer }> {
    const { kase, cut } = await this.readable(id, actor, 'case.form_printed', { form, childId });
    refuseAnonymised(kase);
    const [events, childIds, [commune], abuseForms, serviceTypes, receivedBy] = await Promise.all([
      this.cases.events(id, cut?.lastEventId ?? null),
      cut ? new Map([[id, cut.childIds]]) : this.cases.childIds([id]),
      this.areas.requireCodes([kase.communeCode]),
      this.reference.codes('abuse-forms'),
      this.reference.codes('service-types'),
      kase.receivingOrganizationId
        ? this.organizations.require(kase.receivingOrganizationId)
        : null,
    ]);
    const last = (action: string) => {
      const event = events.filter((e) => e.action === action).at(-1);
      return event && event.content
        ? {
            id: Number(event.id),
            at: event.at,
            actorName: event.actorName,
            content: JSON.parse(this.cipher.decrypt(event.content)) as never,
          }
        : undefined;
    };
    const children = await this.children.ofCase(childIds.get(id)!);
    const index = childId ? children.findIndex((c) => c.id === childId) : 0;
    if (index < 0) throw invalid('childId', 'case:not-in-case', 'not one of the case’s children');
    const plan = last('plan');
    const approval = last('plan/approve');
    const organizations = await this.organizations.byIds(
      ((plan?.content as { actions: PlanActionContent[] } | undefined)?.actions ?? []).flatMap(
        (action) => (action.organizationId ? [action.organizationId] : []),
      ),
    );
    const sources: FormSources = {
      code: kase.code,
      communeName: commune.fullName,
      // A report the commune committee took in is its own; any other receiving point issues it.
      receivingPoint:
        receivedBy && receivedBy.type !== 'commune_committee' ? receivedBy.name : undefined,
      level: kase.level,
      child: children[index],
      concerns: kase.concerns.map((code) => abuseForms.get(code)?.name ?? code),
      serviceTypes: new Map([...serviceTypes].map(([code, item]) => [code, item.name])),
      organizations: new Map([...organizations].map(([orgId, org]) => [orgId, org.name])),
      intake: last('intake')!,
      initialAssessment: last('initial-assessment'),
      assessment: last('assessment'),
      plan,
      // The decision on the latest plan only: a plan redrafted since is a draft decision again.
      approval: approval && plan && approval.id > plan.id ? approval : undefined,
      review: last('reviews'),
      now: this.clock.now(),
    };
    try {
      const pdf = await renderPdf(caseForm(form, sources));
      return { code: kase.code, number: index + 1, of: children.length, pdf };
    } catch (error) {
      if (error instanceof FormNotReady) {
        throw new AppException('form-not-available', { form: error.form, step: error.step });
      }
      throw error;
    }
  }

  /**
   * The commune chair's latest isolation decision, with its extensions, as a PDF to print and sign
   * (the read is audited as a form printed). 409 when the case has none (an isolation recorded by
   * a social worker before decisions were asked for has none either).
   */
  async isolationDecision(id: string, actor: Actor): Promise<{ code: string; pdf: Buffer }> {
    const { kase, cut } = await this.readable(id, actor, 'case.form_printed', {
      form: 'isolation-decision',
    });
    refuseAnonymised(kase);
    const events = await this.cases.events(id, cut?.lastEventId ?? null);
    const decision = events.filter((e) => e.action === 'isolation').at(-1);
    if (!decision?.content) {
      throw new AppException('form-not-available', {
        form: 'isolation-decision',
        step: 'isolation',
      });
    }
    const facts = decision.facts.isolation as { startsAt: string; childIds: string[] };
    const [[commune], children] = await Promise.all([
      this.areas.requireCodes([kase.communeCode]),
      this.children.ofCase(facts.childIds),
    ]);
    const recorded = <C>(event: CaseEvent) => ({
      at: event.at,
      actorName: event.actorName,
      content: JSON.parse(this.cipher.decrypt(event.content!)) as C,
    });
    const sources: DecisionSources = {
      code: kase.code,
      communeName: commune.fullName,
      children,
      decision: recorded(decision),
      extensions: events
        .filter((e) => e.action === 'isolation/extend' && Number(e.id) > Number(decision.id))
        .map((e) => recorded(e)),
    };
    return { code: kase.code, pdf: await renderPdf(isolationDecisionDocument(sources)) };
  }

  /**
   * For the referrals module: the case a referral is made from, locked in the actor's areas (404
   * otherwise) while its status allows referrals (409 once closed), with its report decrypted.
   */
  async lockForReferral(tx: EntityManager, id: string, actor: Actor): Promise<CaseDto> {
    const kase = await this.lockHeld(tx, id, actor);
    notAllowedUnless(kase, 'referrals');
    // One after the other: a transaction's connection runs one query at a time.
    const childIds = await this.cases.childIds([id], tx);
    const deadlines = await this.deadlines.find({ caseIds: [id] }, tx);
    const when = await this.when(this.clock.now(), tx);
    const intake = JSON.parse(this.cipher.decrypt(kase.intake)) as IntakeContent;
    return this.toDto(kase, childIds.get(id)!, deadlines, when, intake, {});
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
    const actions = kase ? await this.currentPlanActions(kase, this.clock.now(), tx) : [];
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
    const action = (await this.currentPlanActions(kase, step.at, tx)).find(
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
    const { cut } = await this.readable(id, actor, action);
    return { heldUntil: cut?.at ?? null };
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

  /** The case as it is handed over, for its holding's record (in the hand-over's transaction). */
  async snapshot(tx: EntityManager, kase: Case): Promise<string> {
    const childIds = await this.cases.childIds([kase.id], tx);
    const deadlines = await this.deadlines.find({ caseIds: [kase.id] }, tx);
    return sealSnapshot(this.cipher, kase, childIds.get(kase.id)!, deadlines);
  }

  /** The case as the actor may read it, after a change they made (audited with it). */
  view(id: string, actor: Actor): Promise<CaseDto> {
    return this.read(id, actor, null);
  }

  /** Commune names by code, for transfers and holdings. */
  async communeNames(codes: string[], manager?: EntityManager): Promise<Map<string, string>> {
    const unique = [...new Set(codes)];
    if (unique.length === 0) return new Map();
    const areas = await this.areas.requireCodes(unique, manager);
    return new Map(areas.map((a) => [a.code, a.fullName]));
  }

  /**
   * One step of the workflow: the case locked, the version checked when the client names one,
   * the move decided by case-workflow.ts (409 with the allowed actions otherwise), then the case,
   * its timeline entry, its deadlines and jobs and the audit entry written together.
   */
  private async act(
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
    return this.read(id, actor, null);
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
    const open = (await this.currentPlanActions(kase, now, tx)).filter((a) => isOpen(a.status));
    await this.deadlines.step(tx, 'case.plan_in_force', { caseId: kase.id }, now, {
      plan_action: new Map(open.map((a) => [a.id, new Date(a.dueAt)])),
    });
  }

  /**
   * The current (latest) plan's actions with the statuses recorded since it was submitted;
   * overdue only while the case carries the plan out.
   */
  private async currentPlanActions(
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
        referred: openReferrals(steps as ReferralStep[]),
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

  /**
   * Each child of the case aged `rule.fromAge` or more today has an entry (heard at the
   * assessment, asked for consent at the plan, from 7; their parent or guardian asked, at any
   * age): the entries name children of the case, once each (422), and a child without one is the
   * problem `problem`, one field error per child.
   */
  private async requireEachChild(
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
  private async requireChildrenOfCase(
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

  /** The case with its report decrypted; audited as `action` (null: the change was audited). */
  private async read(id: string, actor: Actor, action: string | null): Promise<CaseDto> {
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
  private async readable(
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
  private async holdings(id: string, cut: Date | null): Promise<CaseDto['holdings']> {
    const rows = await this.cases.holdings(id, cut ?? undefined);
    const names = await this.communeNames(rows.map((h) => h.communeCode));
    return holdingDtos(this.cipher, rows, names, cut);
  }

  /** The instant a view is made at, with the working days to count what is left in. */
  private async when(now = this.clock.now(), manager?: EntityManager) {
    return { now, calendar: await this.calendar.from(now, manager) };
  }

  private toDto(
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

  private noteDto(note: {
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
}

/** met: done by its due minute; null while open and not yet due (or no longer owed). */
function deadlineMet(deadline: Deadline, now: Date): boolean | null {
  if (deadline.state === 'done') return metDeadline(deadline.doneAt!, deadline.dueAt);
  if (deadline.state === 'not_done') return false;
  if (deadline.state === 'open' && !metDeadline(now, deadline.dueAt)) return false;
  return null;
}

function isolationInProgress(kase: Case): Date {
  if (!kase.isolationStartedAt || kase.isolationEndedAt) throw new AppException('no-isolation');
  return kase.isolationEndsAt!;
}

/** A rule of Decree 56/2017 art. 32 a decision or an extension breaks, named in the problem. */
function isolationRuleBroken(error: IsolationRuleBroken): AppException {
  const fields =
    error.rule === 'isolation-over-15-days'
      ? [fieldError('days', 'case:isolation-days', 'at most 15 days (Decree 56/2017 art. 32)')]
      : error.missing.map((field) =>
          fieldError(field, 'case:isolation-authority', `${field} is required past 15 days`),
        );
  return new AppException(error.rule, { days: error.days }, fields);
}

function notAllowed(error: ActionNotAllowed): AppException {
  return new AppException('action-not-allowed', {
    status: error.status,
    action: error.action,
    allowed: error.allowed.join(', ') || '—',
  });
}

function levelRuleBroken(error: LevelRuleBroken): AppException {
  return new AppException(
    error.rule,
    {
      action: error.action,
      from: error.from ?? '—',
      to: error.to ?? '—',
      allowed: error.allowed.join(', ') || '—',
    },
    error.rule === 'level-reason'
      ? [fieldError('levelReason', 'case:level-reason', 'the reason the level changes')]
      : [],
  );
}

/** A rule of the law a step does not meet, named in the problem; unmet criteria as field errors. */
function ruleNotMet(error: RuleNotMet): AppException {
  return new AppException(
    error.rule,
    {},
    error.unmet.map((criterion) =>
      fieldError(`criteria.${criterion}`, 'case:criterion-not-met', `${criterion} is not met`),
    ),
  );
}

function notAllowedUnless(kase: Case, action: CaseAction): void {
  const allowed = allowedActions(kase);
  if (!allowed.includes(action)) {
    throw notAllowed(new ActionNotAllowed(kase.status, action, allowed));
  }
}

/** `message` is the English text; i18n.ts has the Vietnamese of each constraint. */
function fieldError(field: string, constraint: string, message: string): FieldError {
  return { field, constraint, message };
}

function invalid(field: string, constraint: string, message: string): AppException {
  return new AppException('invalid-case', {}, [fieldError(field, constraint, message)]);
}

/** A form is filled from what the steps recorded: gone once the case is anonymised (410). */
function refuseAnonymised(kase: Case): void {
  if (kase.anonymisedAt) {
    throw new AppException('case-anonymised', { at: vietnamTimeAndDate(kase.anonymisedAt) });
  }
}
