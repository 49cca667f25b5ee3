import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AreasService } from '../areas/areas.service.js';
import { AuditService } from '../audit/audit.service.js';
import type { Actor } from '../access/actor.js';
import { inScope } from '../access/scope.js';
import { CalendarService } from '../calendar/calendar.service.js';
import { vietnamDay, vietnamTimeAndDate } from '../calendar/working-days.js';
import { ChildrenService } from '../children/children.service.js';
import { AppException, type FieldError, fieldError } from '../common/app.exception.js';
import { Clock } from '../common/clock.js';
import { FieldCipher } from '../common/field-cipher.js';
import { AppConfig } from '../config/app-config.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import { UsersService } from '../users/users.service.js';
import { DeadlineEngine } from './deadline-engine.js';
import { CLOSURE_CRITERIA, INITIAL_STATE } from './case-workflow.js';
import { CasesRepository } from './cases.repository.js';
import { intakeDeadlines, LEGAL_DEADLINES } from './deadlines.js';
import type { CaseDto, CreateCaseDto } from './dto/case.dto.js';
import type {
  ApprovalDto,
  AssessmentDto,
  AssignDto,
  EmergencyMeasuresDto,
  InitialAssessmentDto,
  ReasonDto,
  ReviewDto,
} from './dto/case-steps.dto.js';
import type { CreateNoteDto, NoteDto } from './dto/note.dto.js';
import { INTAKE_DETAILS } from './dto/case.dto.js';
import { invalid, notAllowedUnless } from './case-problems.js';
import { CaseViews, type IntakeContent } from './case-views.js';
import { AGE_OF_VIEWS, CaseSteps, CLOCK_SKEW_MS } from './case-steps.js';
import { CASE_NOTICES } from './cases.messages.js';

/** After a review that continues the plan without naming the next one. */
const DEFAULT_REVIEW_INTERVAL_MS = 30 * 86_400_000;

/**
 * Child-protection cases (Decree 56/2017 art. 25-30): intake and the steps of case-workflow.ts
 * from the assessments to closure, with assignment and notes. The plan's steps are CasePlans',
 * the isolation's CaseIsolation's; reads are CaseQueries', the printed forms CaseDocuments'.
 * Every change is one transaction with its timeline entry, audit entry and deadline jobs.
 */
@Injectable()
export class CasesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly cases: CasesRepository,
    private readonly steps: CaseSteps,
    private readonly views: CaseViews,
    private readonly children: ChildrenService,
    private readonly users: UsersService,
    private readonly areas: AreasService,
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
          [receivingPoint],
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
      ...(await this.steps.unknownCodes('abuse-forms', 'concerns', dto.concerns)),
      ...(await this.steps.unknownCodes('abuse-settings', 'settings', dto.settings ?? [])),
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
        text: CASE_NOTICES.received(
          kase.code,
          vietnamTimeAndDate(receivedAt),
          Boolean(dto.immediateDanger),
        ),
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
    return this.views.toDto(kase!, childIds.get(id)!, deadlines, await this.views.when(), content, {
      holdings: await this.views.holdings(id, null),
    });
  }

  /** Mẫu 02: the risk, and whether the child is in immediate danger. */
  async initialAssessment(id: string, dto: InitialAssessmentDto, actor: Actor, ifMatch?: number) {
    const errors = await this.steps.unknownCodes('abuse-settings', 'settings', dto.settings ?? []);
    if (errors.length > 0) throw new AppException('invalid-case', {}, errors);
    return this.steps.act(id, actor, 'initial-assessment', {
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
    return this.steps.act(id, actor, 'emergency-measures', {
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
          text: CASE_NOTICES.isolationProposed(kase.code),
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
   * Mẫu 03, with the case meeting's minutes once it was held (recorded again in planning to add
   * them); every child aged 7 or more heard (Law on Children art. 34).
   */
  assessment(id: string, dto: AssessmentDto, actor: Actor, ifMatch?: number) {
    const heldAt = dto.conference && new Date(dto.conference.heldAt);
    if (heldAt && heldAt.getTime() > this.clock.now().getTime() + CLOCK_SKEW_MS) {
      throw invalid('conference.heldAt', 'case:future', 'heldAt is in the future');
    }
    return this.steps.act(id, actor, 'assessment', {
      ifMatch,
      input: { level: dto.level, levelReason: dto.levelReason, abuseConfirmed: dto.abuseConfirmed },
      content: dto,
      effects: async (tx, _kase, now) => {
        await this.steps.requireEachChild(tx, id, now, dto.childViews ?? [], {
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

  /** Mẫu 06: closure is proposed only when the child is found safe and stable (art. 30.1.b). */
  review(id: string, dto: ReviewDto, actor: Actor, ifMatch?: number) {
    const unmetCriteria = CLOSURE_CRITERIA.filter((criterion) => !dto.criteria[criterion]);
    return this.steps.act(id, actor, 'reviews', {
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
    return this.steps.act(id, actor, 'close', { ifMatch, content: dto });
  }

  /** The chair closes the case: deadlines still open are no longer owed. */
  approveClosure(id: string, dto: ApprovalDto, actor: Actor, ifMatch?: number) {
    return this.steps.act(id, actor, 'close/approve', {
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
    return this.steps.act(id, actor, 'close/reject', { ifMatch, content: dto });
  }

  reopen(id: string, dto: ReasonDto, actor: Actor, ifMatch?: number) {
    return this.steps.act(id, actor, 'reopen', {
      ifMatch,
      content: dto,
      effects: () => Promise.resolve({ patch: { closedAt: null } }),
    });
  }

  /** To a social worker of the case's commune, who is told. */
  assign(id: string, dto: AssignDto, actor: Actor, ifMatch?: number) {
    return this.steps.act(id, actor, 'assign', {
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
          text: CASE_NOTICES.assigned(kase.code),
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
      const kase = await this.steps.lockHeld(tx, id, actor);
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
      return { ...this.views.noteDto(note), text: dto.text };
    });
  }
}
