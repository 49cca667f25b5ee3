import { Injectable } from '@nestjs/common';
import { AuditService } from '../audit/audit.service.js';
import type { Actor } from '../access/actor.js';
import { ChildrenService } from '../children/children.service.js';
import { Clock } from '../common/clock.js';
import { FieldCipher } from '../common/field-cipher.js';
import { decodeCursor, type Page, type PageQuery, toPage } from '../common/pagination.js';
import { OrganizationsService } from '../organizations/organizations.service.js';
import { DeadlineEngine } from './deadline-engine.js';
import { allowedActions, planActionMoves } from './case-workflow.js';
import { CasesRepository } from './cases.repository.js';
import { CaseTransfersRepository } from './case-transfers.repository.js';
import { metDeadline } from './deadlines.js';
import type { CaseDto, CaseListItemDto, CaseQuery, ReportedCaseDto } from './dto/case.dto.js';
import type { IsolationProposalDto } from './dto/isolation.dto.js';
import type { CasePlanActionDto } from './dto/plan.dto.js';
import type { TimelineDto } from './dto/timeline.dto.js';
import type { NoteDto } from './dto/note.dto.js';
import { LIST_OMITS } from './dto/case.dto.js';
import type { Deadline } from './entities/deadline.entity.js';
import { CaseViews } from './case-views.js';

/**
 * Reading cases: the caller's list, one case, its timeline, its notes, its plan's actions, and
 * the reports a receiving point recorded. Every read by a person is audited.
 */
@Injectable()
export class CaseQueries {
  constructor(
    private readonly cases: CasesRepository,
    private readonly transfers: CaseTransfersRepository,
    private readonly views: CaseViews,
    private readonly children: ChildrenService,
    private readonly organizations: OrganizationsService,
    private readonly deadlines: DeadlineEngine,
    private readonly audit: AuditService,
    private readonly cipher: FieldCipher,
    private readonly clock: Clock,
  ) {}

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
    return this.views.read(id, actor, 'case.read');
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
        filters: filters,
        results: Math.min(rows.length, limit),
      },
    });
    const ids = rows.map((row) => row.id);
    const [childIds, deadlines, pending, when] = await Promise.all([
      this.cases.childIds(ids),
      this.deadlines.find({ caseIds: ids }),
      this.transfers.pending(ids),
      this.views.when(now),
    ]);
    const [names, children] = await Promise.all([
      this.views.communeNames(
        [...pending.values()].flatMap((t) => [t.fromCommuneCode, t.toCommuneCode]),
      ),
      this.children.ofCase([...new Set([...childIds.values()].flat())]),
    ]);
    const fullName = new Map(children.map((child) => [child.id, child.fullName]));
    return toPage(
      rows,
      limit,
      (row) => [row.seq],
      (row) => {
        const item: Partial<CaseDto> = this.views.toDto(
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

  /** Restricted notes reach the assigned worker, the approvers and their author only. */
  async notes(id: string, actor: Actor): Promise<NoteDto[]> {
    const { kase, cut } = await this.views.readable(id, actor, 'case.notes_read');
    const restricted = actor.permissions.has('cases:approve') || kase.assignedTo === actor.id;
    return (await this.cases.notes(id, actor.id, restricted, cut?.at ?? null)).map((note) =>
      this.views.noteDto(note),
    );
  }

  async timeline(id: string, actor: Actor): Promise<TimelineDto> {
    const { cut } = await this.views.readable(id, actor, 'case.timeline_read');
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

  /** The current plan's actions as they stand (the read is audited). */
  async planActions(id: string, actor: Actor): Promise<CasePlanActionDto[]> {
    const { kase, cut } = await this.views.readable(id, actor, 'case.plan_actions_read');
    const actions = await this.views.currentPlanActions(kase, this.clock.now(), undefined, cut);
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
}

/** met: done by its due minute; null while open and not yet due (or no longer owed). */
function deadlineMet(deadline: Deadline, now: Date): boolean | null {
  if (deadline.state === 'done') return metDeadline(deadline.doneAt!, deadline.dueAt);
  if (deadline.state === 'not_done') return false;
  if (deadline.state === 'open' && !metDeadline(now, deadline.dueAt)) return false;
  return null;
}
