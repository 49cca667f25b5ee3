import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { Actor } from '../access/actor.js';
import { AuditService } from '../audit/audit.service.js';
import { AppException, fieldError } from '../common/app.exception.js';
import { ReferenceService } from '../reference/reference.service.js';
import { CaseRegistersRepository } from './case-registers.repository.js';
import { CaseSteps } from './case-steps.js';
import { CaseViews } from './case-views.js';
import { CaseAbuserDto, type CreateCaseAbuserDto } from './dto/case-abuser.dto.js';
import { CaseAbuser } from './entities/case-abuser.entity.js';
import type { Case } from './entities/case.entity.js';

const RELATIONSHIPS = 'abuser-relationships';

/**
 * The persons who abused the children of a case (đối tượng xâm hại): their relationship to the
 * child, sex and whether a minor, recorded by whoever holds the case, open or closed (what the
 * police find may come after), every change audited; counted by the statistics with the case.
 */
@Injectable()
export class CaseAbusersService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly registers: CaseRegistersRepository,
    private readonly steps: CaseSteps,
    private readonly views: CaseViews,
    private readonly reference: ReferenceService,
    private readonly audit: AuditService,
  ) {}

  /** The case's abusers in the order recorded; a former holder's up to its hand-over. */
  async list(id: string, actor: Actor): Promise<CaseAbuserDto[]> {
    const { cut } = await this.views.readable(id, actor, 'case.abusers_read');
    const [rows, relationships] = await Promise.all([
      this.registers.ofCase(CaseAbuser, id, cut?.at ?? null, [
        ['created_at', 'ASC'],
        ['id', 'ASC'],
      ]),
      this.reference.codes(RELATIONSHIPS),
    ]);
    return rows.map((a) =>
      CaseAbuserDto.from(a, relationships.get(a.relationship)?.name ?? a.relationship),
    );
  }

  async add(id: string, dto: CreateCaseAbuserDto, actor: Actor): Promise<CaseAbuserDto> {
    const relationships = await this.reference.codes(RELATIONSHIPS);
    if (!relationships.has(dto.relationship)) {
      throw new AppException('invalid-abuser', {}, [
        fieldError('relationship', 'unknownCode', `not in the list ${RELATIONSHIPS}`, [
          RELATIONSHIPS,
        ]),
      ]);
    }
    const abuser = await this.dataSource.transaction(async (tx) => {
      const kase = await this.steps.lockHeldRegisters(tx, id, actor);
      const row = await this.registers.insert(tx, CaseAbuser, {
        caseId: id,
        relationship: dto.relationship,
        sex: dto.sex,
        age: dto.age,
        createdBy: actor.id,
        createdByName: actor.fullName ?? actor.name,
      });
      await this.record(tx, actor, 'case.abuser_recorded', kase, row);
      return row;
    });
    return CaseAbuserDto.from(abuser, relationships.get(abuser.relationship)!.name);
  }

  /** Removes an abuser recorded by mistake (404 when the case has none by that id). */
  async remove(id: string, abuserId: string, actor: Actor): Promise<void> {
    await this.dataSource.transaction(async (tx) => {
      const kase = await this.steps.lockHeldRegisters(tx, id, actor);
      const row = await this.registers.lockOf(tx, CaseAbuser, id, abuserId);
      if (!row) throw new AppException('not-found');
      await this.registers.remove(tx, CaseAbuser, abuserId);
      await this.record(tx, actor, 'case.abuser_removed', kase, row);
    });
  }

  /** The audit entry of an abuser recorded or removed, in the change's transaction. */
  private record(
    tx: EntityManager,
    actor: Actor,
    action: string,
    kase: Case,
    abuser: CaseAbuser,
  ): Promise<void> {
    return this.audit.record(
      {
        actor,
        action,
        entity: { type: 'case', id: abuser.caseId },
        area: kase,
        details: {
          abuserId: abuser.id,
          relationship: abuser.relationship,
          sex: abuser.sex,
          age: abuser.age,
        },
      },
      tx,
    );
  }
}
