import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { AreasService } from '../areas/areas.service.js';
import { AuditService } from '../audit/audit.service.js';
import type { Actor } from '../auth/actor.js';
import { CalendarService } from '../calendar/calendar.service.js';
import { vietnamTimeAndDate } from '../calendar/working-days.js';
import { CasesService } from '../cases/cases.service.js';
import { DeadlineEngine } from '../cases/deadline-engine.js';
import type { Deadline } from '../cases/entities/deadline.entity.js';
import { ChildrenService } from '../children/children.service.js';
import { getOr } from '../common/collections.js';
import { AppException, type FieldError } from '../common/app.exception.js';
import { Clock } from '../common/clock.js';
import { FieldCipher } from '../common/field-cipher.js';
import { decodeCursor, type Page, toPage } from '../common/pagination.js';
import { AppConfig } from '../config/app-config.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import type { Organization } from '../organizations/entities/organization.entity.js';
import { OrganizationsService } from '../organizations/organizations.service.js';
import { ReferenceService } from '../reference/reference.service.js';
import { UsersService } from '../users/users.service.js';
import type {
  AcceptReferralDto,
  CompleteReferralDto,
  CreateReferralDto,
  FiguresQuery,
  ReferralDto,
  ReferralFiguresDto,
  ReferralFiguresRowDto,
  ReferralHandlersDto,
  ReferralQuery,
  ReferralReasonDto,
} from './dto/referral.dto.js';
import type { Referral } from './entities/referral.entity.js';
import {
  after,
  type DueRules,
  parseDue,
  referralDeadline,
  type ReferralStep,
  URGENCY_RANK,
  type Urgency,
} from './referral-due.js';
import { type SharedSnapshot, snapshot } from './referral-sharing.js';
import {
  ACTION_SIDE,
  allowedReferralActions,
  nextReferralStatus,
  type ReferralAction,
  ReferralActionNotAllowed,
  REFERRAL_STATUSES,
  type ReferralSide,
  sharing,
} from './referral-workflow.js';
import { type ReferralParty, ReferralsRepository } from './referrals.repository.js';

/** Organisations a case can be referred to (issue 6). */
const RECEIVING_TYPES: readonly string[] = [
  'social_work_center',
  'police',
  'health_facility',
  'school',
  'justice_office',
  'mass_organization',
];

const URGENCY_NAME: Record<Urgency, { vi: string; en: string }> = {
  emergency: { vi: 'khẩn cấp', en: 'emergency' },
  urgent: { vi: 'gấp', en: 'urgent' },
  routine: { vi: 'thông thường', en: 'routine' },
};

export const STEP_NAME: Record<ReferralStep, { vi: string; en: string }> = {
  acknowledge: { vi: 'tiếp nhận', en: 'acknowledgement' },
  accept: { vi: 'nhận xử lý hoặc từ chối', en: 'acceptance or decline' },
  complete: { vi: 'hoàn thành và báo cáo kết quả', en: 'completion and outcome' },
};

/** The sealed resolution: why it was declined or cancelled, or what was delivered. */
export interface Resolution {
  reason?: string;
  outcome?: string;
  servicesDelivered?: string[];
}

/**
 * Referrals between agencies (issue 6): a case referred to an organisation's queue with only what
 * the worker chose to share, acknowledged, accepted or declined and completed by the receiving
 * side, cancellable by the sending side, each step due by urgency and kept by jobs. Every change is
 * one transaction with its case timeline entry, deadlines, notifications (through the outbox) and
 * audit entry; every read by a person is audited.
 */
@Injectable()
export class ReferralsService {
  private readonly due: DueRules;

  constructor(
    private readonly dataSource: DataSource,
    private readonly referrals: ReferralsRepository,
    private readonly cases: CasesService,
    private readonly children: ChildrenService,
    private readonly organizations: OrganizationsService,
    private readonly users: UsersService,
    private readonly areas: AreasService,
    private readonly reference: ReferenceService,
    private readonly calendar: CalendarService,
    private readonly notifications: NotificationsService,
    private readonly deadlines: DeadlineEngine,
    private readonly audit: AuditService,
    private readonly cipher: FieldCipher,
    private readonly clock: Clock,
    config: AppConfig,
  ) {
    this.due = {
      emergency: parseDue(config.REFERRAL_DUE_EMERGENCY),
      urgent: parseDue(config.REFERRAL_DUE_URGENT),
      routine: parseDue(config.REFERRAL_DUE_ROUTINE),
    };
  }

  async create(caseId: string, dto: CreateReferralDto, actor: Actor): Promise<ReferralDto> {
    const errors: FieldError[] = [];
    const services = await this.reference.codes('service-types');
    if (!services.has(dto.serviceType)) {
      errors.push(fieldError('serviceType', 'unknownCode', 'not in the list service-types'));
    }
    const to = await this.organizations.require(dto.toOrganizationId).catch(() => null);
    if (!to || !to.active || !RECEIVING_TYPES.includes(to.type) || to.id === actor.organizationId) {
      errors.push(
        fieldError(
          'toOrganizationId',
          'referral:organization',
          'toOrganizationId must be an active receiving organisation other than yours',
        ),
      );
    }
    const from = await this.organizations.require(actor.organizationId);
    // Every query below runs on the transaction's connection: one borrowed from the pool while
    // it is held made a burst of referrals take every connection and wait for good (issue 20).
    const id = await this.dataSource.transaction(async (tx) => {
      const kase = await this.cases.lockForReferral(tx, caseId, actor);
      const referable = dto.planActionId
        ? await this.cases.referablePlanAction(tx, caseId, dto.planActionId)
        : 'yes';
      if (referable === 'closed') {
        errors.push(
          fieldError(
            'planActionId',
            'referral:plan-action',
            'planActionId must be an action of the case’s current plan, not yet done or not done',
          ),
        );
      } else if (referable === 'referred') {
        errors.push(
          fieldError(
            'planActionId',
            'referral:plan-action-referred',
            'this action has a referral under way: a new one can be made once it is completed, declined or cancelled',
          ),
        );
      }
      if (errors.length > 0) throw new AppException('invalid-referral', {}, errors);
      const children = await this.children.ofCase(kase.childIds, tx);
      const communes = await this.areas.requireCodes(
        [...new Set(children.map((child) => child.communeCode))],
        tx,
      );
      const shared = snapshot(
        kase,
        children,
        new Map(communes.map((area) => [area.code, area.fullName])),
        dto.sharedFields ?? [],
      );
      const now = this.clock.now();
      const referral = await this.referrals.insert(tx, {
        caseId,
        caseCode: kase.code,
        provinceCode: kase.provinceCode,
        communeCode: kase.communeCode,
        fromOrganizationId: from.id,
        toOrganizationId: to!.id,
        sentBy: actor.id,
        serviceType: dto.serviceType,
        planActionId: dto.planActionId ?? null,
        urgency: dto.urgency,
        priority: URGENCY_RANK[dto.urgency],
        status: 'pending',
        reason: this.cipher.encrypt(dto.reason),
        sharedFields: dto.sharedFields ?? [],
        shared: this.cipher.encrypt(JSON.stringify(shared)),
        sentAt: now,
      });
      const calendar = await this.calendar.from(now, tx);
      const rules = this.due[dto.urgency];
      const acknowledgeDueAt = after(now, rules.acknowledge, calendar);
      await this.deadlines.step(tx, 'referral.sent', this.target(referral), now, {
        referral_acknowledge: acknowledgeDueAt,
        referral_accept: after(now, rules.accept, calendar),
      });
      await this.cases.addReferralStep(tx, caseId, {
        actor,
        action: 'referral_sent',
        at: now,
        facts: {
          referralId: referral.id,
          organization: orgRef(to!),
          serviceType: dto.serviceType,
          urgency: dto.urgency,
          sharedFields: referral.sharedFields,
          ...(referral.planActionId ? { planActionId: referral.planActionId } : {}),
        },
      });
      const service = services.get(dto.serviceType)!;
      await this.notifications.publish(tx, {
        key: `referral_received.${referral.id}`,
        kind: 'referral_received',
        entityType: 'referral',
        entityId: referral.id,
        occurredAt: now,
        userIds: [],
        organizationIds: [to!.id],
        text: {
          vi: `Yêu cầu chuyển gửi mới (${URGENCY_NAME[dto.urgency].vi}) từ ${from.name}: hồ sơ ${kase.code}, ${service.name.toLowerCase()}. Hạn tiếp nhận ${vietnamTimeAndDate(acknowledgeDueAt)}.`,
          en: `New ${URGENCY_NAME[dto.urgency].en} referral from ${from.name}: case ${kase.code}, ${(service.nameEn ?? service.name).toLowerCase()}. Acknowledge by ${vietnamTimeAndDate(acknowledgeDueAt)} (Vietnam time).`,
        },
        data: referralFacts(referral, { acknowledgeDueAt: acknowledgeDueAt.toISOString() }),
      });
      await this.audit.record(
        {
          actor,
          action: 'referral.created',
          entity: { type: 'referral', id: referral.id },
          area: referral,
          details: {
            caseId,
            toOrganizationId: to!.id,
            urgency: dto.urgency,
            sharedFields: referral.sharedFields,
          },
        },
        tx,
      );
      return referral.id;
    });
    return this.read(id, actor, 'sending');
  }

  acknowledge(id: string, actor: Actor, ifMatch?: number): Promise<ReferralDto> {
    return this.act(id, actor, 'acknowledge', ifMatch, async (tx, referral, now) => {
      await this.deadlines.step(tx, 'referral.acknowledged', this.target(referral), now);
      return { patch: { acknowledgedAt: now }, tell: 'sender' };
    });
  }

  accept(id: string, dto: AcceptReferralDto, actor: Actor, ifMatch?: number) {
    return this.act(id, actor, 'accept', ifMatch, async (tx, referral, now) => {
      const assigneeId = dto.assigneeId ?? actor.id;
      const staff = await this.users.inOrganizations(
        'agency_staff',
        [referral.toOrganizationId],
        tx,
      );
      if (!staff.some((user) => user.id === assigneeId)) {
        throw new AppException('invalid-referral', {}, [
          fieldError(
            'assigneeId',
            'referral:assignee',
            'assigneeId must be active staff of the receiving organisation',
          ),
        ]);
      }
      const calendar = await this.calendar.from(now, tx);
      await this.deadlines.step(tx, 'referral.accepted', this.target(referral), now, {
        referral_complete: after(now, this.due[referral.urgency].complete, calendar),
      });
      return {
        patch: { acceptedAt: now, assigneeId },
        facts: { assigneeId },
        tell: 'sender',
        alsoTell: assigneeId === actor.id ? [] : [assigneeId],
      };
    });
  }

  decline(id: string, dto: ReferralReasonDto, actor: Actor, ifMatch?: number) {
    return this.act(id, actor, 'decline', ifMatch, async (tx, referral, now) => {
      await this.deadlines.step(tx, 'referral.declined', this.target(referral), now);
      return this.ending(now, { reason: dto.reason }, 'sender');
    });
  }

  complete(id: string, dto: CompleteReferralDto, actor: Actor, ifMatch?: number) {
    return this.act(id, actor, 'complete', ifMatch, async (tx, referral, now) => {
      await this.deadlines.step(tx, 'referral.completed', this.target(referral), now);
      const resolution = { outcome: dto.outcome, servicesDelivered: dto.servicesDelivered ?? [] };
      const actionId = referral.planActionId;
      return {
        patch: { closedAt: now, resolution: this.cipher.encrypt(JSON.stringify(resolution)) },
        facts: { servicesDelivered: resolution.servicesDelivered.length },
        content: resolution,
        tell: 'sender',
        // The plan action it was made for is done, after the completion in the case's timeline.
        afterStep: actionId
          ? () =>
              this.cases.completePlanAction(tx, referral.caseId, actionId, {
                actor,
                at: now,
                referralId: referral.id,
              })
          : undefined,
      };
    });
  }

  cancel(id: string, dto: ReferralReasonDto, actor: Actor, ifMatch?: number) {
    return this.act(id, actor, 'cancel', ifMatch, async (tx, referral, now) => {
      await this.deadlines.step(tx, 'referral.ended', this.target(referral), now);
      return this.ending(now, { reason: dto.reason }, 'receiver');
    });
  }

  async get(id: string, actor: Actor): Promise<ReferralDto> {
    for (const side of sidesOf(actor)) {
      const referral = await this.referrals.byId(partyOf(actor, side), id);
      if (referral) {
        await this.audit.record({
          actor,
          action: 'referral.read',
          entity: { type: 'referral', id },
          area: referral,
          details: { view: side },
        });
        return (await this.dtos([referral], side, actor))[0];
      }
    }
    throw new AppException('not-found');
  }

  /** The caller's organisation's queue: most urgent first, then oldest. */
  /** Who may handle a referral the caller's organisation accepts: its active staff, by name. */
  async handlers(actor: Actor): Promise<ReferralHandlersDto> {
    const staff = await this.users.inOrganizations('agency_staff', [actor.organizationId]);
    const contacts = await this.users.contacts(staff.map((user) => user.id));
    return {
      items: contacts
        .filter((c) => c.active)
        .sort((a, b) => a.fullName.localeCompare(b.fullName, 'vi'))
        .map((c) => ({ id: c.id, fullName: c.fullName, phone: c.phone, email: c.email })),
    };
  }

  async inbox(query: ReferralQuery, actor: Actor): Promise<Page<ReferralDto>> {
    const after = decodeCursor(query.cursor, ['integer', 'integer']);
    const rows = await this.referrals.list(
      { receiving: actor.organizationId },
      query,
      after,
      this.clock.now(),
    );
    return this.page(rows, query, actor, 'receiving', (r) => [String(r.priority), r.seq]);
  }

  /** Sent from the caller's organisation, in the caller's areas, newest first. */
  async outbox(query: ReferralQuery, actor: Actor): Promise<Page<ReferralDto>> {
    const after = decodeCursor(query.cursor, ['integer']);
    const rows = await this.referrals.list(
      { sending: actor.scope },
      { ...query, fromOrganizationId: actor.organizationId },
      after,
      this.clock.now(),
    );
    return this.page(rows, query, actor, 'sending', (r) => [r.seq]);
  }

  /** The referrals of a case, with their outcomes, for those who may read the case. */
  async ofCase(caseId: string, query: ReferralQuery, actor: Actor): Promise<Page<ReferralDto>> {
    await this.cases.checkReadable(caseId, actor, 'case.referrals_read');
    const after = decodeCursor(query.cursor, ['integer']);
    const rows = await this.referrals.list(
      { sending: actor.scope },
      { ...query, caseId },
      after,
      this.clock.now(),
    );
    return this.page(rows, query, actor, 'sending', (r) => [r.seq]);
  }

  /** Counts by status, time to each step (median, 90th percentile) and the late share. */
  async figures(query: FiguresQuery, actor: Actor): Promise<ReferralFiguresDto> {
    const now = this.clock.now();
    const filter = { ...query, scope: actor.scope, now };
    const [counts, durations] = await Promise.all([
      this.referrals.figures(filter),
      this.referrals.durations(filter),
    ]);
    const blank = (): ReferralFiguresRowDto => ({
      total: 0,
      byStatus: Object.fromEntries(REFERRAL_STATUSES.map((s) => [s, 0])) as never,
      toAcknowledge: { count: 0, medianHours: null, p90Hours: null },
      toAccept: { count: 0, medianHours: null, p90Hours: null },
      toComplete: { count: 0, medianHours: null, p90Hours: null },
      overdue: 0,
      overdueShare: 0,
    });
    const byOrganization = new Map<string, ReferralFiguresRowDto>();
    const byType = new Map<string, ReferralFiguresRowDto>();
    for (const row of counts) {
      const organization = {
        id: row.organization_id,
        name: row.organization_name,
        type: row.organization_type,
      };
      for (const target of [
        getOr(byOrganization, row.organization_id, () => ({ organization, ...blank() })),
        getOr(byType, row.organization_type, () => ({
          agencyType: row.organization_type,
          ...blank(),
        })),
      ]) {
        target.total += Number(row.count);
        target.byStatus[row.status as keyof ReferralFiguresRowDto['byStatus']] += Number(row.count);
        target.overdue += Number(row.late);
      }
    }
    const field = {
      acknowledge: 'toAcknowledge',
      accept: 'toAccept',
      complete: 'toComplete',
    } as const;
    for (const row of durations) {
      const target = row.organization_id
        ? byOrganization.get(row.organization_id)
        : byType.get(row.organization_type);
      if (!target) continue;
      target[field[row.step]] = {
        count: Number(row.count),
        medianHours: round(row.median),
        p90Hours: round(row.p90),
      };
    }
    for (const target of [...byOrganization.values(), ...byType.values()]) {
      target.overdueShare = target.total > 0 ? round(target.overdue / target.total, 4)! : 0;
    }
    await this.audit.record({ actor, action: 'referral.figures_read', details: { ...query } });
    return {
      asOf: now.toISOString(),
      byOrganization: [...byOrganization.values()],
      byAgencyType: [...byType.values()],
    };
  }

  /** A referral's deadlines are its case's, named by the referral. */
  private target(referral: Referral) {
    return { caseId: referral.caseId, item: referral.id };
  }

  /** Declined or cancelled (its deadlines closed by the step): sharing stops. */
  private ending(now: Date, resolution: Resolution, tell: 'sender' | 'receiver'): Effects {
    return {
      patch: {
        closedAt: now,
        shared: null,
        resolution: this.cipher.encrypt(JSON.stringify(resolution)),
      },
      content: resolution,
      tell,
    };
  }

  /**
   * One step: the referral locked where the actor's side may see it (404 otherwise), the version
   * checked when named, the move decided by referral-workflow.ts (409 otherwise), then the
   * referral, the case's timeline entry, the notification and the audit entry written together.
   */
  private async act(
    id: string,
    actor: Actor,
    action: ReferralAction,
    ifMatch: number | undefined,
    effects: (tx: EntityManager, referral: Referral, now: Date) => Promise<Effects>,
  ): Promise<ReferralDto> {
    const side = ACTION_SIDE[action];
    if (!sidesOf(actor).includes(side)) throw new AppException('not-found');
    await this.dataSource.transaction(async (tx) => {
      const referral = await this.referrals.lock(partyOf(actor, side), id, tx);
      if (!referral) throw new AppException('not-found');
      if (ifMatch !== undefined && ifMatch !== referral.version) {
        throw new AppException('version-mismatch', { version: referral.version });
      }
      let status;
      try {
        status = nextReferralStatus(referral.status, action);
      } catch (error) {
        if (!(error instanceof ReferralActionNotAllowed)) throw error;
        throw new AppException('referral-action-not-allowed', {
          status: error.status,
          action,
          allowed: allowedReferralActions(error.status, side).join(', ') || '—',
        });
      }
      const now = this.clock.now();
      const result = await effects(tx, referral, now);
      await this.referrals.update(tx, id, { ...result.patch, status });
      const holder = await this.cases.addReferralStep(tx, referral.caseId, {
        actor,
        action: `referral_${status}`,
        at: now,
        facts: {
          referralId: id,
          organization: orgRef(referral.toOrganization!),
          serviceType: referral.serviceType,
          ...result.facts,
        },
        content: result.content,
      });
      await result.afterStep?.();
      await this.tell(
        tx,
        referral,
        status,
        now,
        result,
        await this.sendingSide(tx, referral, holder),
      );
      await this.audit.record(
        {
          actor,
          action: `referral.${action}`,
          entity: { type: 'referral', id },
          area: referral,
          details: { from: referral.status, to: status, ...result.facts },
        },
        tx,
      );
    });
    return this.read(id, actor, side);
  }

  /**
   * Who hears of a referral's step on the sending side: the worker who sent it and the case's
   * worker; once the case was handed over to another commune, that commune's people instead (the
   * case's worker, or its social workers while none is assigned): the former one hears nothing after.
   */
  async sendingSide(
    tx: EntityManager,
    referral: Referral,
    holder: { assignedTo: string | null; provinceCode: string; communeCode: string },
  ): Promise<string[]> {
    const worker = holder.assignedTo ? [holder.assignedTo] : [];
    if (holder.communeCode === referral.communeCode) return [referral.sentBy, ...worker];
    if (worker.length > 0) return worker;
    return (await this.users.withRoleIn('social_worker', holder, undefined, tx)).map((u) => u.id);
  }

  /** The other side hears of the step: the sending side (sendingSide), or the receiving organisation. */
  private async tell(
    tx: EntityManager,
    referral: Referral,
    status: string,
    now: Date,
    effects: Effects,
    sendingSide: string[],
  ): Promise<void> {
    const to = referral.toOrganization!;
    const from = referral.fromOrganization!;
    const statusName = STATUS_NAME[status as keyof typeof STATUS_NAME];
    const toSender = effects.tell === 'sender';
    await this.notifications.publish(tx, {
      key: `referral_${status}.${referral.id}`,
      kind: `referral_${status}`,
      entityType: 'referral',
      entityId: referral.id,
      occurredAt: now,
      userIds: toSender
        ? [...sendingSide, ...(effects.alsoTell ?? [])]
        : referral.assigneeId
          ? [referral.assigneeId]
          : [],
      organizationIds: toSender ? [] : [to.id],
      text: toSender
        ? {
            vi: `${to.name} ${statusName.vi} yêu cầu chuyển gửi của hồ sơ ${referral.caseCode}.`,
            en: `${to.name} ${statusName.en} the referral of case ${referral.caseCode}.`,
          }
        : {
            vi: `${from.name} ${statusName.vi} yêu cầu chuyển gửi của hồ sơ ${referral.caseCode}.`,
            en: `${from.name} ${statusName.en} the referral of case ${referral.caseCode}.`,
          },
      data: referralFacts(referral, { status }),
    });
  }

  /** After a change (audited with it): the referral as the side that made it sees it. */
  private async read(id: string, actor: Actor, side: ReferralSide): Promise<ReferralDto> {
    const referral = await this.referrals.byId(partyOf(actor, side), id);
    if (!referral) throw new AppException('not-found');
    return (await this.dtos([referral], side, actor))[0];
  }

  private async page(
    rows: Referral[],
    query: ReferralQuery,
    actor: Actor,
    side: ReferralSide,
    sortKey: (row: Referral) => string[],
  ): Promise<Page<ReferralDto>> {
    const served = rows.slice(0, query.limit);
    await this.audit.record({
      actor,
      action: side === 'receiving' ? 'referral.inbox_read' : 'referral.list_read',
      details: {
        filters: { status: query.status, urgency: query.urgency, overdue: query.overdue },
        referralIds: served.map((row) => row.id),
      },
    });
    const dtos = new Map((await this.dtos(served, side, actor)).map((dto) => [dto.id, dto]));
    return toPage(rows, query.limit, sortKey, (row) => dtos.get(row.id)!);
  }

  /** What each side sees: the receiving side only what was shared, and nothing once it stopped. */
  private async dtos(
    referrals: Referral[],
    side: ReferralSide,
    actor: Actor,
  ): Promise<ReferralDto[]> {
    const ids = referrals.map((r) => r.id);
    const [deadlines, contacts] = await Promise.all([
      this.deadlines.find({ items: ids }),
      this.users.contacts(
        referrals.flatMap((r) => [r.sentBy, ...(r.assigneeId ? [r.assigneeId] : [])]),
      ),
    ]);
    const contact = (userId: string) => {
      const found = contacts.find((c) => c.id === userId)!;
      return { id: found.id, fullName: found.fullName, phone: found.phone, email: found.email };
    };
    const now = this.clock.now();
    return referrals.map((r) => {
      const own = deadlines.filter((d) => d.item === r.id);
      const dueOf = (step: ReferralStep) =>
        own.find((d) => d.kind === referralDeadline(step))?.dueAt.toISOString() ?? null;
      const shown = side === 'sending' || sharing(r.status);
      const shared: SharedSnapshot = r.shared
        ? (JSON.parse(this.cipher.decrypt(r.shared)) as SharedSnapshot)
        : { children: [], case: {} };
      const resolution: Resolution = r.resolution
        ? (JSON.parse(this.cipher.decrypt(r.resolution)) as Resolution)
        : {};
      return {
        id: r.id,
        view: side,
        caseId: side === 'sending' ? r.caseId : null,
        caseCode: r.caseCode,
        status: r.status,
        urgency: r.urgency,
        serviceType: r.serviceType,
        planActionId: side === 'sending' ? r.planActionId : null,
        reason: shown ? this.cipher.decrypt(r.reason) : null,
        sharedFields: r.sharedFields as ReferralDto['sharedFields'],
        children: shared.children,
        case: shared.case,
        from: { organization: orgRef(r.fromOrganization!), worker: contact(r.sentBy) },
        to: { organization: orgRef(r.toOrganization!) },
        assignee: r.assigneeId ? contact(r.assigneeId) : null,
        sentAt: r.sentAt.toISOString(),
        acknowledgeDueAt: dueOf('acknowledge')!,
        acceptDueAt: dueOf('accept')!,
        completeDueAt: dueOf('complete'),
        acknowledgedAt: r.acknowledgedAt?.toISOString() ?? null,
        acceptedAt: r.acceptedAt?.toISOString() ?? null,
        closedAt: r.closedAt?.toISOString() ?? null,
        overdue: own.some((d) => overdue(d, now)),
        declineReason: r.status === 'declined' ? (resolution.reason ?? null) : null,
        cancelReason: r.status === 'cancelled' ? (resolution.reason ?? null) : null,
        outcome: resolution.outcome ?? null,
        servicesDelivered: resolution.servicesDelivered ?? [],
        allowedActions: sidesOf(actor).includes(side) ? allowedReferralActions(r.status, side) : [],
        version: r.version,
      };
    });
  }
}

interface Effects {
  patch: Partial<Referral>;
  facts?: Record<string, unknown>;
  /** Sealed into the case's timeline entry: a reason or the outcome. */
  content?: object;
  /** Who hears of the step: the sending worker, or the receiving organisation. */
  tell: 'sender' | 'receiver';
  alsoTell?: string[];
  /** What the step does to the case once it is in the case's timeline. */
  afterStep?: () => Promise<void>;
}

const STATUS_NAME = {
  acknowledged: { vi: 'đã tiếp nhận', en: 'acknowledged' },
  accepted: { vi: 'đã nhận xử lý', en: 'accepted' },
  declined: { vi: 'đã từ chối', en: 'declined' },
  completed: { vi: 'đã hoàn thành và báo cáo kết quả', en: 'completed and reported on' },
  cancelled: { vi: 'đã hủy', en: 'cancelled' },
} as const;

/** The sides an actor can act on: receiving staff, or the sending side (workers and case readers). */
export function sidesOf(actor: Actor): ReferralSide[] {
  const sides: ReferralSide[] = [];
  if (actor.permissions.has('referrals:receive')) sides.push('receiving');
  if (actor.permissions.has('referrals:send') || actor.permissions.has('cases:read')) {
    sides.push('sending');
  }
  return sides;
}

function partyOf(actor: Actor, side: ReferralSide): ReferralParty {
  return side === 'receiving' ? { receiving: actor.organizationId } : { sending: actor.scope };
}

function overdue(deadline: Deadline, now: Date): boolean {
  return deadline.state === 'open' && deadline.dueAt < now;
}

function orgRef(organization: Organization) {
  return { id: organization.id, name: organization.name, type: organization.type };
}

/** What a notification or webhook says of a referral: no personal data. */
export function referralFacts(referral: Referral, extra: Record<string, unknown> = {}) {
  return {
    referralId: referral.id,
    caseCode: referral.caseCode,
    urgency: referral.urgency,
    serviceType: referral.serviceType,
    toOrganizationId: referral.toOrganizationId,
    ...extra,
  };
}

function round(value: number | null, digits = 2): number | null {
  if (value === null) return null;
  const factor = 10 ** digits;
  return Math.round(Number(value) * factor) / factor;
}

function fieldError(field: string, constraint: string, message: string): FieldError {
  return { field, constraint, message };
}
