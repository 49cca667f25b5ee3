/** Changes to referrals: sending one, and each step the receiving or the sending side takes. */
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { AreasService } from '../areas/areas.service.js';
import { AuditService } from '../audit/audit.service.js';
import type { Actor } from '../access/actor.js';
import { CalendarService } from '../calendar/calendar.service.js';
import { vietnamTimeAndDate } from '../calendar/working-days.js';
import { CasesForReferrals } from '../cases/cases-for-referrals.service.js';
import { DeadlineEngine } from '../cases/deadline-engine.js';
import { ChildrenService } from '../children/children.service.js';
import { AppException, type FieldError, fieldError } from '../common/app.exception.js';
import { Clock } from '../common/clock.js';
import { FieldCipher } from '../common/field-cipher.js';
import { AppConfig } from '../config/app-config.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import { OrganizationsService } from '../organizations/organizations.service.js';
import { ReferenceService } from '../reference/reference.service.js';
import { UsersService } from '../users/users.service.js';
import type {
  AcceptReferralDto,
  CompleteReferralDto,
  CreateReferralDto,
  ReferralDto,
  ReferralReasonDto,
} from './dto/referral.dto.js';
import type { Referral } from './entities/referral.entity.js';
import { after, type DueRules, parseDue, URGENCY_RANK } from './referral-due.js';
import { ReferralNotices, referralFacts } from './referral-notices.js';
import {
  orgRef,
  partyOf,
  ReferralReadsService,
  type Resolution,
  sidesOf,
} from './referral-reads.service.js';
import { snapshot } from './referral-sharing.js';
import {
  ACTION_SIDE,
  allowedReferralActions,
  nextReferralStatus,
  type ReferralAction,
  ReferralActionNotAllowed,
} from './referral-workflow.js';
import { ReferralsRepository } from './referrals.repository.js';
import { REFERRAL_NOTICES } from './referrals.messages.js';

/** Organisations a case can be referred to (issue 6). */
const RECEIVING_TYPES: readonly string[] = [
  'social_work_center',
  'police',
  'health_facility',
  'school',
  'justice_office',
  'mass_organization',
];

/**
 * Referrals between agencies (issue 6): a case referred to an organisation's queue with only what
 * the worker chose to share, acknowledged, accepted or declined and completed by the receiving
 * side, cancellable by the sending side, each step due by urgency and kept by jobs. Every change is
 * one transaction with its case timeline entry, deadlines, notifications (through the outbox) and
 * audit entry; the referral is then read back through ReferralReadsService.
 */
@Injectable()
export class ReferralsService {
  private readonly due: DueRules;

  constructor(
    private readonly dataSource: DataSource,
    private readonly referrals: ReferralsRepository,
    private readonly reads: ReferralReadsService,
    private readonly cases: CasesForReferrals,
    private readonly children: ChildrenService,
    private readonly organizations: OrganizationsService,
    private readonly users: UsersService,
    private readonly areas: AreasService,
    private readonly reference: ReferenceService,
    private readonly calendar: CalendarService,
    private readonly notifications: NotificationsService,
    private readonly notices: ReferralNotices,
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
      errors.push(
        fieldError('serviceType', 'unknownCode', 'not in the list service-types', [
          'service-types',
        ]),
      );
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
        text: REFERRAL_NOTICES.sent({
          urgency: dto.urgency,
          from: from.name,
          code: kase.code,
          service: { vi: service.name, en: service.nameEn ?? service.name },
          acknowledgeBy: vietnamTimeAndDate(acknowledgeDueAt),
        }),
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
    return this.reads.afterChange(id, actor, 'sending');
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
      await this.notices.tell(
        tx,
        referral,
        status,
        now,
        result,
        await this.notices.sendingSide(tx, referral, holder),
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
    return this.reads.afterChange(id, actor, side);
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
