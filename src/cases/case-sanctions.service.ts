import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { Actor } from '../access/actor.js';
import { AuditService } from '../audit/audit.service.js';
import { vietnamDay } from '../calendar/working-days.js';
import { AppException, type FieldError, fieldError } from '../common/app.exception.js';
import { Clock } from '../common/clock.js';
import { ReferenceService } from '../reference/reference.service.js';
import { CaseRegistersRepository } from './case-registers.repository.js';
import { CaseSteps } from './case-steps.js';
import { CaseViews } from './case-views.js';
import {
  CaseSanctionDto,
  type CreateCaseSanctionDto,
  type DecideCaseSanctionDto,
} from './dto/case-sanction.dto.js';
import { CaseSanction } from './entities/case-sanction.entity.js';
import type { Case } from './entities/case.entity.js';

const ABUSE_FORMS = 'abuse-forms';

/**
 * The administrative violations of abuse in a case and the decisions sanctioning them (Circular
 * 13/2021's administrative handling of child abuse), recorded by whoever holds the case, open or
 * closed, as they come (often after the police or the inspectors finish, when the case may be
 * closed already): a violation when it is detected, its decision then or later; each decision
 * once (its part for persons and its part for organisations where it sanctions both), every
 * change audited; counted by the statistics in the case's area.
 */
@Injectable()
export class CaseSanctionsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly registers: CaseRegistersRepository,
    private readonly steps: CaseSteps,
    private readonly views: CaseViews,
    private readonly reference: ReferenceService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /** The case's violations, the latest detected first; a former holder's up to its hand-over. */
  async list(id: string, actor: Actor): Promise<CaseSanctionDto[]> {
    const { cut } = await this.views.readable(id, actor, 'case.sanctions_read');
    const [rows, forms] = await Promise.all([
      this.registers.ofCase(CaseSanction, id, cut?.at ?? null, [
        ['detected_on', 'DESC'],
        ['created_at', 'DESC'],
      ]),
      this.reference.codes(ABUSE_FORMS),
    ]);
    return rows.map((s) => CaseSanctionDto.from(s, forms.get(s.form)?.name ?? s.form));
  }

  async add(id: string, dto: CreateCaseSanctionDto, actor: Actor): Promise<CaseSanctionDto> {
    const forms = await this.reference.codes(ABUSE_FORMS);
    const errors: FieldError[] = [];
    if (!forms.has(dto.form)) {
      errors.push(
        fieldError('form', 'unknownCode', `not in the list ${ABUSE_FORMS}`, [ABUSE_FORMS]),
      );
    }
    const detectedOn = dto.detectedOn ?? dto.decidedOn;
    if (!detectedOn) {
      errors.push(
        fieldError('detectedOn', 'sanction:detected', 'detectedOn or a decision is missing'),
      );
    } else if (dto.detectedOn && dto.detectedOn > this.today()) {
      errors.push(
        fieldError('detectedOn', 'sanction:detected-future', 'detectedOn is after today'),
      );
    }
    if (!dto.decisionNumber !== !dto.decidedOn) {
      const missing = dto.decisionNumber ? 'decidedOn' : 'decisionNumber';
      errors.push(fieldError(missing, 'sanction:decision', `${missing} is missing`));
    }
    if (dto.decidedOn) {
      errors.push(...this.decisionErrors(dto.decidedOn, detectedOn ?? dto.decidedOn));
    } else {
      for (const field of ['fine', 'measures'] as const) {
        if (dto[field] !== undefined) {
          errors.push(fieldError(field, 'sanction:undecided', `${field} without a decision`));
        }
      }
    }
    if (errors.length > 0) throw new AppException('invalid-sanction', {}, errors);
    const sanction = await this.dataSource.transaction(async (tx) => {
      // The case's row is locked: the same decision recorded twice at once is caught below.
      const kase = await this.steps.lockHeldRegisters(tx, id, actor);
      if (dto.decisionNumber)
        await this.requireNewDecision(tx, id, dto.decisionNumber, dto.violatorKind);
      const row = await this.registers.insert(tx, CaseSanction, {
        caseId: id,
        detectedOn,
        decisionNumber: dto.decisionNumber ?? null,
        decidedOn: dto.decidedOn ?? null,
        authority: dto.authority,
        violatorKind: dto.violatorKind,
        violators: dto.violators ?? 1,
        form: dto.form,
        fine: dto.fine ?? null,
        measures: dto.measures ?? null,
        createdBy: actor.id,
        createdByName: actor.fullName ?? actor.name,
      });
      await this.record(tx, actor, 'case.sanction_recorded', kase, row);
      return row;
    });
    return CaseSanctionDto.from(sanction, forms.get(sanction.form)!.name);
  }

  /**
   * Records the decision on a violation recorded as detected (404 when the case has none by that
   * id, 409 when it is decided already).
   */
  async decide(
    id: string,
    sanctionId: string,
    dto: DecideCaseSanctionDto,
    actor: Actor,
  ): Promise<CaseSanctionDto> {
    const sanction = await this.dataSource.transaction(async (tx) => {
      const kase = await this.steps.lockHeldRegisters(tx, id, actor);
      const row = await this.registers.lockOf(tx, CaseSanction, id, sanctionId);
      if (!row) throw new AppException('not-found');
      if (row.decisionNumber !== null) {
        throw new AppException('sanction-decided', { number: row.decisionNumber });
      }
      const errors = this.decisionErrors(dto.decidedOn, row.detectedOn);
      if (errors.length > 0) throw new AppException('invalid-sanction', {}, errors);
      await this.requireNewDecision(tx, id, dto.decisionNumber, row.violatorKind);
      Object.assign(row, {
        decisionNumber: dto.decisionNumber,
        decidedOn: dto.decidedOn,
        authority: dto.authority ?? row.authority,
        fine: dto.fine ?? null,
        measures: dto.measures ?? null,
      });
      const saved = await this.registers.update(tx, CaseSanction, row);
      await this.record(tx, actor, 'case.sanction_decided', kase, saved);
      return saved;
    });
    const forms = await this.reference.codes(ABUSE_FORMS);
    return CaseSanctionDto.from(sanction, forms.get(sanction.form)?.name ?? sanction.form);
  }

  /** Removes a sanction recorded by mistake (404 when the case has none by that id). */
  async remove(id: string, sanctionId: string, actor: Actor): Promise<void> {
    await this.dataSource.transaction(async (tx) => {
      const kase = await this.steps.lockHeldRegisters(tx, id, actor);
      const row = await this.registers.lockOf(tx, CaseSanction, id, sanctionId);
      if (!row) throw new AppException('not-found');
      await this.registers.remove(tx, CaseSanction, sanctionId);
      await this.record(tx, actor, 'case.sanction_removed', kase, row);
    });
  }

  private today(): string {
    return vietnamDay(this.clock.now());
  }

  /** A decision's day: not after today, not before the violation was detected. */
  private decisionErrors(decidedOn: string, detectedOn: string): FieldError[] {
    if (decidedOn > this.today()) {
      return [fieldError('decidedOn', 'sanction:future', 'decidedOn is after today')];
    }
    if (decidedOn < detectedOn) {
      return [
        fieldError('decidedOn', 'sanction:before-detected', 'decidedOn is before detectedOn'),
      ];
    }
    return [];
  }

  /** 409 when the case records that decision for that kind of violator already. */
  private async requireNewDecision(
    tx: EntityManager,
    caseId: string,
    decisionNumber: string,
    violatorKind: CaseSanction['violatorKind'],
  ): Promise<void> {
    if (await this.registers.exists(tx, CaseSanction, { caseId, decisionNumber, violatorKind })) {
      throw new AppException('sanction-recorded', { number: decisionNumber });
    }
  }

  /** The audit entry of a violation recorded, decided or removed, in the change's transaction. */
  private record(
    tx: EntityManager,
    actor: Actor,
    action: string,
    kase: Case,
    sanction: CaseSanction,
  ): Promise<void> {
    return this.audit.record(
      {
        actor,
        action,
        entity: { type: 'case', id: sanction.caseId },
        area: kase,
        details: {
          sanctionId: sanction.id,
          detectedOn: sanction.detectedOn,
          decisionNumber: sanction.decisionNumber,
          decidedOn: sanction.decidedOn,
          form: sanction.form,
          violatorKind: sanction.violatorKind,
          violators: sanction.violators,
          fine: sanction.fine,
        },
      },
      tx,
    );
  }
}
