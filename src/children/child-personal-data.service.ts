import type { Writable } from 'node:stream';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AreasService } from '../areas/areas.service.js';
import { AuditService } from '../audit/audit.service.js';
import type { Actor } from '../access/actor.js';
import { AppException } from '../common/app.exception.js';
import { requireCommuneInScope } from './child-verification.service.js';
import { ChildVerificationsRepository } from './child-verifications.repository.js';
import { ChildHistoryRepository } from './child-history.repository.js';
import { ChildAnnexesRepository } from './child-annexes.repository.js';
import { SUPPORT_KINDS, SUPPORTS } from './child-supports.service.js';
import { INJURIES, INJURY_KINDS } from './child-injuries.service.js';
import { ReferenceService } from '../reference/reference.service.js';
import { ChildrenService } from './children.service.js';
import { CorrectionRequestsRepository } from './correction-requests.repository.js';
import {
  type AnswerCorrectionRequestDto,
  type CorrectionRequestsQuery,
  CorrectionRequestDto,
  type CreateCorrectionRequestDto,
} from './dto/personal-data.dto.js';
import { personalDataSheets } from './personal-data.js';
import { writeWorkbook } from './sheet-writer.js';

/** Entries of the audit log a subject's file lists, at most. */
const ACCESSES_LISTED = 10_000;

/**
 * A child's rights over their personal data (Law 91/2025), answered by the commune that keeps the
 * record: the file of everything held about the child and who read it, and requests to correct
 * the record tracked until they are answered.
 */
@Injectable()
export class ChildPersonalDataService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly histories: ChildHistoryRepository,
    private readonly registry: ChildrenService,
    private readonly checks: ChildVerificationsRepository,
    private readonly corrections: CorrectionRequestsRepository,
    private readonly audit: AuditService,
    private readonly areas: AreasService,
    private readonly annexes: ChildAnnexesRepository,
    private readonly reference: ReferenceService,
  ) {}

  /**
   * The subject's file (.xlsx): the record, its history, who read or changed it, its checks, the
   * support recorded, the injuries.
   */
  async exportFile(
    id: string,
    requester: string,
    actor: Actor,
    open: () => Writable,
  ): Promise<void> {
    const child = await this.registry.standing(id, actor);
    await this.audit.record({
      actor,
      action: 'child.personal_data_exported',
      entity: { type: 'child', id },
      area: child,
      details: { requester },
    });
    const ids = await this.registry.aliases(id);
    const [reference, history, checks, accesses, supports, kinds, injuries, injuryKinds] =
      await Promise.all([
        this.registry.registryReference(),
        this.histories.history(id),
        this.checks.ofChild(id),
        this.audit.ofEntities('child', ids, ACCESSES_LISTED),
        this.annexes.ofChildren(SUPPORTS.target, ids, SUPPORTS.order),
        this.reference.codes(SUPPORT_KINDS),
        this.annexes.ofChildren(INJURIES.target, ids, INJURIES.order),
        this.reference.codes(INJURY_KINDS),
      ]);
    await writeWorkbook(
      open(),
      personalDataSheets({
        child,
        reference,
        history,
        checks,
        supports: supports.map((s) => ({ ...s, kindName: kinds.get(s.kind)?.name ?? s.kind })),
        injuries: injuries.map((i) => ({
          ...i,
          kindName: injuryKinds.get(i.kind)?.name ?? i.kind,
        })),
        accesses,
        requester,
        madeBy: actor.fullName ?? actor.name,
        madeAt: new Date(),
      }),
    );
  }

  async createCorrection(
    id: string,
    dto: CreateCorrectionRequestDto,
    actor: Actor,
  ): Promise<CorrectionRequestDto> {
    const child = await this.registry.standing(id, actor);
    if (dto.receivedOn > this.registry.today()) {
      throw new AppException('invalid-correction-request', {}, [
        {
          field: 'receivedOn',
          constraint: 'correction:received-future',
          message: 'receivedOn is after today',
        },
      ]);
    }
    return this.dataSource.transaction(async (tx) => {
      const request = await this.corrections.insert(tx, {
        childId: id,
        requester: dto.requester,
        request: dto.request,
        receivedOn: dto.receivedOn,
        status: 'open',
        createdBy: actor.id,
        createdByName: actor.fullName ?? actor.name,
      });
      await this.audit.record(
        {
          actor,
          action: 'child.correction_requested',
          entity: { type: 'child', id },
          area: child,
          details: { requestId: request.id },
        },
        tx,
      );
      return CorrectionRequestDto.from(request, child.fullName);
    });
  }

  /** The record's correction requests (and those of records merged into it), newest first. */
  async correctionsOf(id: string, actor: Actor): Promise<CorrectionRequestDto[]> {
    const child = await this.registry.standing(id, actor);
    const requests = await this.corrections.ofChildren(await this.registry.aliases(id));
    return requests.map((request) => CorrectionRequestDto.from(request, child.fullName));
  }

  /** A commune's requests in a state, the oldest first: those waiting for an answer by default. */
  async correctionWorklist(
    query: CorrectionRequestsQuery,
    actor: Actor,
  ): Promise<CorrectionRequestDto[]> {
    await requireCommuneInScope(this.areas, query.communeCode, actor);
    const rows = await this.corrections.inCommune(actor.scope, query.communeCode, query.status);
    return rows.map((row) => CorrectionRequestDto.from(row, row.childName));
  }

  /** Answers an open request: corrected (the record's edit is in its history) or refused. */
  async answer(
    requestId: string,
    dto: AnswerCorrectionRequestDto,
    actor: Actor,
  ): Promise<CorrectionRequestDto> {
    return this.dataSource.transaction(async (tx) => {
      const request = await this.corrections.lockInScope(tx, actor.scope, requestId);
      if (!request) throw new AppException('not-found');
      if (request.status !== 'open') {
        throw new AppException('correction-answered', { status: request.status });
      }
      const answered = {
        status: dto.outcome,
        answer: dto.answer,
        answeredBy: actor.id,
        answeredByName: actor.fullName ?? actor.name,
        answeredAt: new Date(),
      };
      await this.corrections.answer(tx, requestId, answered);
      await this.audit.record(
        {
          actor,
          action: 'child.correction_answered',
          entity: { type: 'child', id: request.childId },
          details: { requestId, outcome: dto.outcome },
        },
        tx,
      );
      return CorrectionRequestDto.from({ ...request, ...answered }, request.childName);
    });
  }
}
