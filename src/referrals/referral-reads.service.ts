/** Reads of referrals: one referral, the inbox, the sent list, a case's referrals, the handlers. */
import { Injectable } from '@nestjs/common';
import type { Actor } from '../access/actor.js';
import { AuditService } from '../audit/audit.service.js';
import { CasesForReferrals } from '../cases/cases-for-referrals.service.js';
import { DeadlineEngine } from '../cases/deadline-engine.js';
import type { Deadline } from '../cases/entities/deadline.entity.js';
import { AppException } from '../common/app.exception.js';
import { Clock } from '../common/clock.js';
import { FieldCipher } from '../common/field-cipher.js';
import { decodeCursor, type Page, toPage } from '../common/pagination.js';
import type { Organization } from '../organizations/entities/organization.entity.js';
import { UsersService } from '../users/users.service.js';
import type { ReferralDto, ReferralHandlersDto, ReferralQuery } from './dto/referral.dto.js';
import type { Referral } from './entities/referral.entity.js';
import { referralDeadline, type ReferralStep } from './referral-due.js';
import type { SharedSnapshot } from './referral-sharing.js';
import { allowedReferralActions, type ReferralSide, sharing } from './referral-workflow.js';
import { type ReferralParty, ReferralsRepository } from './referrals.repository.js';

/** The sealed resolution: why it was declined or cancelled, or what was delivered. */
export interface Resolution {
  reason?: string;
  outcome?: string;
  servicesDelivered?: string[];
}

/**
 * Referrals as each side sees them (issue 6): the receiving organisation only what was shared,
 * and nothing once sharing stopped. Every read by a person is audited.
 */
@Injectable()
export class ReferralReadsService {
  constructor(
    private readonly referrals: ReferralsRepository,
    private readonly cases: CasesForReferrals,
    private readonly users: UsersService,
    private readonly deadlines: DeadlineEngine,
    private readonly audit: AuditService,
    private readonly cipher: FieldCipher,
    private readonly clock: Clock,
  ) {}

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

  /** The caller's organisation's queue: most urgent first, then oldest. */
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

  /** After a change (audited with it): the referral as the side that made it sees it. */
  async afterChange(id: string, actor: Actor, side: ReferralSide): Promise<ReferralDto> {
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

/** The sides an actor can act on: receiving staff, or the sending side (workers and case readers). */
export function sidesOf(actor: Actor): ReferralSide[] {
  const sides: ReferralSide[] = [];
  if (actor.permissions.has('referrals:receive')) sides.push('receiving');
  if (actor.permissions.has('referrals:send') || actor.permissions.has('cases:read')) {
    sides.push('sending');
  }
  return sides;
}

export function partyOf(actor: Actor, side: ReferralSide): ReferralParty {
  return side === 'receiving' ? { receiving: actor.organizationId } : { sending: actor.scope };
}

function overdue(deadline: Deadline, now: Date): boolean {
  return deadline.state === 'open' && deadline.dueAt < now;
}

export function orgRef(organization: Organization) {
  return { id: organization.id, name: organization.name, type: organization.type };
}
