import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AreasService } from '../areas/areas.service.js';
import { AuditService } from '../audit/audit.service.js';
import type { Actor } from '../auth/actor.js';
import { inScope } from '../auth/scope.js';
import { AppException, type FieldError } from '../common/app.exception.js';
import { changes } from '../common/changes.js';
import { decodeCursor, type Page, toPage } from '../common/pagination.js';
import { ReferenceService } from '../reference/reference.service.js';
import { ChildrenRepository } from './children.repository.js';
import {
  ChildDto,
  type ChildHistoryEntryDto,
  type ChildQuery,
  type CreateChildDto,
  type UpdateChildDto,
} from './dto/child.dto.js';
import type { Child } from './entities/child.entity.js';
import { bornAtMost, bornAtLeast, todayInVietnam } from './age.js';
import { personalIdProblem } from './personal-id.js';
import { searchColumn, searchWords } from './vietnamese-name.js';

/** A child record as stored, from a full body: what create and update both validate. */
type ChildFields = Omit<
  Child,
  'id' | 'version' | 'createdAt' | 'updatedAt' | 'createdBy' | 'updatedBy'
>;

@Injectable()
export class ChildrenService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly children: ChildrenRepository,
    private readonly areas: AreasService,
    private readonly reference: ReferenceService,
    private readonly audit: AuditService,
  ) {}

  async create(dto: CreateChildDto, actor: Actor): Promise<ChildDto> {
    const fields = await this.validated(dto, actor, null);
    return this.dataSource.transaction(async (tx) => {
      const child = await this.children.insert(tx, {
        ...fields,
        createdBy: actor.id,
        updatedBy: actor.id,
      });
      await this.children.addHistory(tx, {
        childId: child.id,
        actorId: actor.id,
        actorName: actor.fullName ?? actor.name,
        action: 'created',
        changes: historyChanges(null, fields),
      });
      await this.audit.record(
        { actor, action: 'child.created', entity: { type: 'child', id: child.id }, area: child },
        tx,
      );
      return ChildDto.from(child);
    });
  }

  /** One child in the actor's areas, or 404 whether it exists elsewhere or not at all. Audited. */
  async get(id: string, actor: Actor): Promise<ChildDto> {
    const child = await this.children.byId(actor.scope, id);
    if (!child) throw new AppException('not-found');
    await this.audit.record({
      actor,
      action: 'child.read',
      entity: { type: 'child', id },
      area: child,
    });
    return ChildDto.from(child);
  }

  async update(id: string, version: number, dto: UpdateChildDto, actor: Actor): Promise<ChildDto> {
    const before = await this.children.byId(actor.scope, id);
    if (!before) throw new AppException('not-found');
    if (before.version !== version)
      throw new AppException('version-mismatch', { version: before.version });
    refuseNulls(dto, ['fullName', 'dateOfBirth', 'sex', 'provinceCode', 'communeCode']);
    const fields = await this.validated({ ...asBody(before), ...dto }, actor, id);
    const changed = changes(before as ChildFields, fields);
    if (Object.keys(changed).length === 0) return ChildDto.from(before);
    return this.dataSource.transaction(async (tx) => {
      const patch = Object.fromEntries(
        Object.keys(changed).map((k) => [k, fields[k as keyof ChildFields]]),
      );
      if (!(await this.children.update(tx, id, version, { ...patch, updatedBy: actor.id }))) {
        throw new AppException('version-mismatch', { version: version + 1 });
      }
      await this.children.addHistory(tx, {
        childId: id,
        actorId: actor.id,
        actorName: actor.fullName ?? actor.name,
        action: 'updated',
        changes: historyChanges(before, fields),
      });
      const after = (await this.children.byId(actor.scope, id, tx))!;
      await this.audit.record(
        {
          actor,
          action: 'child.updated',
          entity: { type: 'child', id },
          area: after,
          details: { fields: Object.keys(changed) },
        },
        tx,
      );
      return ChildDto.from(after);
    });
  }

  async list(query: ChildQuery, actor: Actor): Promise<Page<ChildDto>> {
    const after = decodeCursor(query.cursor, ['text', 'uuid']) as [string, string] | null;
    const q = query.q?.trim() ?? '';
    const personalId = /^\d{12}$/.test(q) ? q : undefined;
    const today = todayInVietnam();
    const rows = await this.children.list(actor.scope, {
      ...query,
      words: personalId ? [] : searchWords(q),
      personalId,
      bornTo: query.ageFrom !== undefined ? bornAtMost(today, query.ageFrom) : undefined,
      bornFrom: query.ageTo !== undefined ? bornAtLeast(today, query.ageTo) : undefined,
      after,
      limit: query.limit,
    });
    const { limit, cursor: _cursor, ...filters } = query;
    await this.audit.record({
      actor,
      action: 'child.searched',
      details: {
        filters: filters as Record<string, unknown>,
        results: Math.min(rows.length, limit),
      },
    });
    return toPage(
      rows,
      limit,
      (c) => [c.nameSearch, c.id],
      (c) => ChildDto.from(c, today),
    );
  }

  async history(id: string, actor: Actor): Promise<ChildHistoryEntryDto[]> {
    const child = await this.children.byId(actor.scope, id);
    if (!child) throw new AppException('not-found');
    await this.audit.record({
      actor,
      action: 'child.history_read',
      entity: { type: 'child', id },
      area: child,
    });
    return (await this.children.history(id)).map((entry) => ({
      at: entry.at.toISOString(),
      actor: { id: entry.actorId, fullName: entry.actorName },
      action: entry.action,
      changes: entry.changes,
    }));
  }

  /**
   * The full record a body describes, checked against the rules a DTO cannot express: the place
   * (mapped from pre-2025 codes, inside the actor's areas), the code lists, the date of birth, the
   * personal ID's agreement with date of birth and sex, and its uniqueness.
   */
  private async validated(
    dto: CreateChildDto,
    actor: Actor,
    id: string | null,
  ): Promise<ChildFields> {
    const place = await this.areas.resolvePlace(dto.provinceCode, dto.communeCode);
    if (!inScope(actor.scope, place.provinceCode, place.communeCode)) {
      throw new AppException('out-of-scope', { communeCode: place.communeCode });
    }
    const errors: FieldError[] = [];
    const precision = dto.dobPrecision ?? 'exact';
    if (!validDateOfBirth(dto.dateOfBirth)) {
      errors.push({
        field: 'dateOfBirth',
        constraint: 'dateOfBirth:future',
        message: 'dateOfBirth must be a real date, not after today',
      });
    }
    if (dto.personalId) {
      const problem = personalIdProblem(dto.personalId, dto.dateOfBirth, precision, dto.sex);
      if (problem) {
        errors.push({
          field: 'personalId',
          constraint: `personalId:${problem}`,
          message: `personalId does not agree with the ${problem}`,
        });
      }
    }
    const circumstances = dto.specialCircumstances ?? [];
    const groups = await this.reference.requireCodes('special-circumstances', [
      ...circumstances.map((c) => c.code),
      ...circumstances.flatMap((c) => (c.subCode ? [c.subCode] : [])),
    ]);
    circumstances.forEach((c, i) => {
      if (c.subCode && groups.find((g) => g.code === c.subCode)?.parentCode !== c.code) {
        errors.push({
          field: `specialCircumstances.${i}.subCode`,
          constraint: 'subCode:parent',
          message: `${c.subCode} is not a sub-group of ${c.code}`,
        });
      }
    });
    await this.reference.requireCodes(
      'risk-factors',
      (dto.riskFactors ?? []).map((r) => r.code),
    );
    if (dto.ethnicityCode) await this.reference.requireCodes('ethnicities', [dto.ethnicityCode]);
    if (dto.schoolStatus) await this.reference.requireCodes('school-statuses', [dto.schoolStatus]);
    if (errors.length > 0) {
      throw new AppException(
        errors.some((e) => e.field === 'personalId') ? 'invalid-personal-id' : 'invalid-child',
        {},
        errors,
      );
    }
    if (dto.personalId) {
      const holder = await this.children.holderOfPersonalId(dto.personalId);
      if (holder && holder.id !== id) {
        const visible = inScope(actor.scope, holder.provinceCode, holder.communeCode);
        throw new AppException('personal-id-taken', {
          personalId: dto.personalId,
          existing: visible ? ` (${holder.id})` : '',
        });
      }
    }
    return {
      fullName: dto.fullName,
      nameSearch: searchColumn(dto.fullName),
      dateOfBirth: dto.dateOfBirth,
      dobPrecision: precision,
      sex: dto.sex,
      ethnicityCode: dto.ethnicityCode ?? null,
      personalId: dto.personalId ?? null,
      provinceCode: place.provinceCode,
      communeCode: place.communeCode,
      village: dto.village ?? null,
      address: dto.address ?? null,
      caregivers: (dto.caregivers ?? []).map((c) => ({ ...c })),
      specialCircumstances: circumstances.map((c) => ({ ...c })),
      riskFactors: (dto.riskFactors ?? []).map((r) => ({ ...r })),
      schoolStatus: dto.schoolStatus ?? null,
      disability: dto.disability ?? null,
      notes: dto.notes ?? null,
    };
  }
}

/** A PATCH may clear an optional field with null, never a required one. */
function refuseNulls(dto: UpdateChildDto, required: (keyof UpdateChildDto)[]): void {
  const nulls = required.filter((field) => dto[field] === null);
  if (nulls.length > 0) {
    throw new AppException(
      'validation-failed',
      {},
      nulls.map((field) => ({
        field,
        constraint: 'isDefined',
        message: `${field} cannot be null`,
      })),
    );
  }
}

/** The stored record as a create body (nulls as absent), to merge a partial update onto. */
function asBody(child: Child): CreateChildDto {
  return Object.fromEntries(
    Object.entries(child).filter(([, v]) => v !== null),
  ) as unknown as CreateChildDto;
}

/** What a history entry shows: the fields that changed, without the derived search column. */
function historyChanges(before: Child | null, after: ChildFields) {
  const { nameSearch: _search, ...shown } = after;
  const filled = before
    ? shown
    : Object.fromEntries(
        Object.entries(shown).filter(
          ([, v]) => v !== null && !(Array.isArray(v) && v.length === 0),
        ),
      );
  return changes((before ?? {}) as Partial<ChildFields>, filled as Partial<ChildFields>);
}

/** A real calendar date (not 2015-02-31) that is not after today in Vietnam. */
function validDateOfBirth(day: string): boolean {
  const [y, m, d] = day.split('-').map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCMonth() === m - 1 && date.getUTCDate() === d && day <= todayInVietnam();
}
