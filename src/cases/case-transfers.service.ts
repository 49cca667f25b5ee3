import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { AreasService } from '../areas/areas.service.js';
import { AuditService } from '../audit/audit.service.js';
import type { Actor } from '../access/actor.js';
import { ChildrenService } from '../children/children.service.js';
import { AppException } from '../common/app.exception.js';
import { Clock } from '../common/clock.js';
import { FieldCipher } from '../common/field-cipher.js';
import { decodeCursor, type Page, toPage } from '../common/pagination.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import { UsersService } from '../users/users.service.js';
import {
  checkTransfer,
  DECISION_SIDE,
  decideTransfer,
  type TransferDecision,
  TransferNotPending,
  TransferRefused,
} from './case-transfer.js';
import { transferDto } from './case-hand-over.js';
import { CaseTransfersRepository } from './case-transfers.repository.js';
import { CasesRepository } from './cases.repository.js';
import { CaseSteps } from './case-steps.js';
import { CaseViews } from './case-views.js';
import type {
  CaseTransferDto,
  CreateTransferDto,
  TransferListItemDto,
  TransferQuery,
} from './dto/transfer.dto.js';
import type { CaseTransfer } from './entities/case-transfer.entity.js';
import type { Case } from './entities/case.entity.js';

/** The words of each step in notifications. */
const TOLD = {
  requested: {
    vi: (code: string, from: string) =>
      `${from} đề nghị chuyển giao hồ sơ ${code} cho xã/phường của bạn.`,
    en: (code: string, from: string) => `${from} asks your commune to take over case ${code}.`,
  },
  accepted: {
    vi: (code: string, to: string) => `${to} đã tiếp nhận hồ sơ ${code}.`,
    en: (code: string, to: string) => `${to} accepted case ${code}.`,
  },
  declined: {
    vi: (code: string, to: string) => `${to} đã từ chối tiếp nhận hồ sơ ${code}.`,
    en: (code: string, to: string) => `${to} declined case ${code}.`,
  },
  cancelled: {
    vi: (code: string, from: string) => `${from} đã hủy đề nghị chuyển giao hồ sơ ${code}.`,
    en: (code: string, from: string) => `${from} cancelled the transfer of case ${code}.`,
  },
} as const;

/**
 * Transfers of a case between communes, any province (Law on Children art. 52): the holder asks,
 * the receiving commune accepts or declines, the holder may cancel while it is pending. On
 * acceptance the case, its deadlines (the same rows, the same due times) and its code go to the
 * receiver, whose people its deadline jobs then tell; the sender keeps reading what it did, up to
 * the hand-over. Each step is a case event, an audit entry and a notification, in one transaction.
 */
@Injectable()
export class CaseTransfersService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly steps: CaseSteps,
    private readonly views: CaseViews,
    private readonly caseRows: CasesRepository,
    private readonly transfers: CaseTransfersRepository,
    private readonly children: ChildrenService,
    private readonly areas: AreasService,
    private readonly users: UsersService,
    private readonly notifications: NotificationsService,
    private readonly audit: AuditService,
    private readonly cipher: FieldCipher,
    private readonly clock: Clock,
  ) {}

  async request(id: string, dto: CreateTransferDto, actor: Actor): Promise<CaseTransferDto> {
    const [to] = await this.areas.requireCodes([dto.toCommuneCode]);
    const transferId = await this.dataSource.transaction(async (tx) => {
      const kase = await this.steps.lockHeld(tx, id, actor);
      const pending = (await this.transfers.pending([id], tx)).get(id);
      try {
        checkTransfer(kase, pending !== undefined, to.code);
      } catch (error) {
        if (!(error instanceof TransferRefused)) throw error;
        throw new AppException(error.rule, {
          communeCode:
            error.rule === 'transfer-pending' ? pending!.toCommuneCode : kase.communeCode,
        });
      }
      const now = this.clock.now();
      const transfer = await this.transfers.insert(tx, {
        caseId: id,
        fromProvinceCode: kase.provinceCode,
        fromCommuneCode: kase.communeCode,
        toProvinceCode: to.provinceCode!,
        toCommuneCode: to.code,
        status: 'pending',
        reason: this.cipher.encrypt(dto.reason),
        note: dto.note ? this.cipher.encrypt(dto.note) : null,
        requestedBy: actor.id,
        requestedByName: actor.fullName ?? actor.name,
        requestedAt: now,
      });
      await this.record(tx, kase, transfer, actor, now, 'transfer', {
        reason: dto.reason,
        note: dto.note,
      });
      // The receiving commune's workers and chair decide: they are told at once.
      const names = await this.views.communeNames([kase.communeCode], tx);
      await this.notifications.publish(tx, {
        key: `case_transfer_requested.${transfer.id}`,
        userIds: await this.people({ provinceCode: to.provinceCode!, communeCode: to.code }, tx),
        occurredAt: now,
        kind: 'case_transfer_requested',
        entityType: 'case',
        entityId: id,
        text: {
          vi: TOLD.requested.vi(kase.code, names.get(kase.communeCode)!),
          en: TOLD.requested.en(kase.code, names.get(kase.communeCode)!),
        },
        data: { caseCode: kase.code, transferId: transfer.id },
      });
      return transfer.id;
    });
    return this.dto(transferId);
  }

  /**
   * Accept or decline (the receiving commune) or cancel (the sender) the case's pending transfer.
   * Accepted, the case is the receiver's: its commune and province, no worker assigned yet (the
   * new commune assigns), the same deadlines; the sender's holding ends with what it may still read.
   */
  async decide(
    id: string,
    decision: TransferDecision,
    reason: string | undefined,
    actor: Actor,
  ): Promise<CaseTransferDto> {
    const transferId = await this.dataSource.transaction(async (tx) => {
      const side = DECISION_SIDE[decision];
      // The sender acts on a case it holds; the receiver on a transfer to its areas.
      const held = side === 'sender' ? await this.steps.lockHeld(tx, id, actor) : null;
      const transfer = await this.transfers.latest(
        actor.scope,
        side === 'sender' ? 'outgoing' : 'incoming',
        id,
        tx,
      );
      if (!transfer) throw new AppException('not-found');
      const kase = held ?? (await this.caseRows.lockAny(id, tx))!;
      let status;
      try {
        status = decideTransfer(transfer.status, decision);
      } catch (error) {
        if (!(error instanceof TransferNotPending)) throw error;
        throw new AppException('transfer-not-pending', { status: error.status });
      }
      const now = this.clock.now();
      await this.transfers.update(tx, transfer.id, {
        status,
        decidedBy: actor.id,
        decidedByName: actor.fullName ?? actor.name,
        decidedAt: now,
        decisionReason: reason ? this.cipher.encrypt(reason) : null,
      });
      const decided = { ...transfer, status, decidedBy: actor.id, decidedAt: now };
      await this.record(tx, kase, decided, actor, now, `transfer/${decision}`, { reason });
      if (status === 'accepted') await this.handOver(tx, kase, transfer, now);
      const names = await this.views.communeNames(
        [transfer.fromCommuneCode, transfer.toCommuneCode],
        tx,
      );
      const text =
        status === 'cancelled' ? TOLD.cancelled : TOLD[status as 'accepted' | 'declined'];
      const by = names.get(
        status === 'cancelled' ? transfer.fromCommuneCode : transfer.toCommuneCode,
      )!;
      await this.notifications.publish(tx, {
        key: `case_transfer_${status}.${transfer.id}`,
        // The receiver hears that it was cancelled; the worker who asked, what the receiver decided.
        userIds:
          status === 'cancelled'
            ? await this.people(
                { provinceCode: transfer.toProvinceCode, communeCode: transfer.toCommuneCode },
                tx,
              )
            : [transfer.requestedBy],
        occurredAt: now,
        kind: `case_transfer_${status}`,
        entityType: 'case',
        entityId: id,
        text: { vi: text.vi(kase.code, by), en: text.en(kase.code, by) },
        data: { caseCode: kase.code, transferId: transfer.id },
      });
      return transfer.id;
    });
    return this.dto(transferId);
  }

  /** Transfers to (incoming) or from (outgoing) the caller's areas, newest first. */
  async list(query: TransferQuery, actor: Actor): Promise<Page<TransferListItemDto>> {
    const after = decodeCursor(query.cursor, ['integer']);
    const rows = await this.transfers.list(actor.scope, {
      direction: query.direction,
      status: query.status,
      afterSeq: after?.[0] ?? null,
      limit: query.limit,
    });
    const served = rows.slice(0, query.limit);
    await this.audit.record({
      actor,
      action: 'case.transfers_listed',
      details: {
        filters: { direction: query.direction, status: query.status },
        transferIds: served.map((row) => row.id),
      },
    });
    // What there is to decide on, for the transfers still pending: the case's level, status, children.
    const pending = served.filter((row) => row.status === 'pending');
    const childIds = await this.caseRows.childIds(pending.map((row) => row.caseId));
    const children = await this.children.ofCase([...childIds.values()].flat());
    const names = await this.views.communeNames(
      served.flatMap((row) => [row.fromCommuneCode, row.toCommuneCode]),
    );
    return toPage(
      rows,
      query.limit,
      (row) => [row.seq],
      (row) => ({
        ...transferDto(this.cipher, row, row.case!.code, names),
        case:
          row.status === 'pending'
            ? {
                level: row.case!.level,
                status: row.case!.status,
                children: children
                  .filter((child) => childIds.get(row.caseId)!.includes(child.id))
                  .map((child) => ({
                    id: child.id,
                    fullName: child.fullName,
                    dateOfBirth: child.dateOfBirth,
                    dobPrecision: child.dobPrecision,
                  })),
              }
            : null,
      }),
    );
  }

  /**
   * The hand-over: the sender's holding ends with the cut it keeps reading (the steps so far,
   * the case as it is now), the receiver's begins, and the case moves to the receiver's commune.
   * Its deadlines stay as they are: their jobs look up whom to tell when they fire.
   */
  private async handOver(
    tx: EntityManager,
    kase: Case,
    transfer: CaseTransfer,
    now: Date,
  ): Promise<void> {
    await this.caseRows.handOver(
      tx,
      kase.id,
      {
        heldUntil: now,
        lastEventId: await this.caseRows.lastEventId(tx, kase.id),
        snapshot: await this.views.snapshot(tx, kase),
      },
      {
        provinceCode: transfer.toProvinceCode,
        communeCode: transfer.toCommuneCode,
        heldFrom: now,
        transferId: transfer.id,
      },
    );
    await this.caseRows.update(tx, kase.id, {
      provinceCode: transfer.toProvinceCode,
      communeCode: transfer.toCommuneCode,
      assignedTo: null,
    });
  }

  /** The step in the case's timeline (its status unchanged) and in the audit log. */
  private async record(
    tx: EntityManager,
    kase: Case,
    transfer: Pick<
      CaseTransfer,
      'id' | 'fromProvinceCode' | 'fromCommuneCode' | 'toProvinceCode' | 'toCommuneCode' | 'status'
    >,
    actor: Actor,
    now: Date,
    action: string,
    content: { reason?: string; note?: string },
  ): Promise<void> {
    const facts = {
      transferId: transfer.id,
      from: { provinceCode: transfer.fromProvinceCode, communeCode: transfer.fromCommuneCode },
      to: { provinceCode: transfer.toProvinceCode, communeCode: transfer.toCommuneCode },
      ...(action === 'transfer/accept' ? { assignedTo: null, previous: kase.assignedTo } : {}),
    };
    await this.caseRows.addEvent(tx, {
      caseId: kase.id,
      at: now,
      actorId: actor.id,
      actorName: actor.fullName ?? actor.name,
      action,
      fromStatus: kase.status,
      toStatus: kase.status,
      facts,
      content: content.reason ? this.cipher.encrypt(JSON.stringify(content)) : null,
    });
    // Filed where the actor works: the sender asks and cancels, the receiver decides.
    const receiving = action === 'transfer/accept' || action === 'transfer/decline';
    await this.audit.record(
      {
        actor,
        action: `case.${action.replace('/', '_')}`,
        entity: { type: 'case', id: kase.id },
        area: receiving
          ? { provinceCode: transfer.toProvinceCode, communeCode: transfer.toCommuneCode }
          : { provinceCode: transfer.fromProvinceCode, communeCode: transfer.fromCommuneCode },
        details: {
          transferId: transfer.id,
          from: facts.from,
          to: facts.to,
          status: transfer.status,
        },
      },
      tx,
    );
  }

  /** The social workers and the chair of a commune. */
  private async people(
    place: { provinceCode: string; communeCode: string },
    tx: EntityManager,
  ): Promise<string[]> {
    return [
      ...(await this.users.withRoleIn('social_worker', place, undefined, tx)),
      ...(await this.users.withRoleIn('case_approver', place, undefined, tx)),
    ].map((user) => user.id);
  }

  /** A transfer as its parties see it, after a step they took (audited with it). */
  private async dto(transferId: string): Promise<CaseTransferDto> {
    const transfer = await this.transfers.byId(transferId);
    const names = await this.views.communeNames([transfer.fromCommuneCode, transfer.toCommuneCode]);
    return transferDto(this.cipher, transfer, transfer.case!.code, names);
  }
}
