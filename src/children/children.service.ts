import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { AreasService } from '../areas/areas.service.js';
import { AuditService } from '../audit/audit.service.js';
import type { Actor, AreaScope } from '../access/actor.js';
import { inScope } from '../access/scope.js';
import { Clock } from '../common/clock.js';
import { AppException } from '../common/app.exception.js';
import { decodeCursor, type Page, toPage } from '../common/pagination.js';
import { ReferenceService } from '../reference/reference.service.js';
import type { ChildFilter } from './child-filter.js';
import { ChildHistoryRepository } from './child-history.repository.js';
import { ChildSearchRepository } from './child-search.repository.js';
import { ChildrenRepository } from './children.repository.js';
import {
  type ChildCountDto,
  ChildDto,
  type ChildHistoryEntryDto,
  type ChildFilterQuery,
  type ChildQuery,
  type CreateChildDto,
  type UpdateChildDto,
} from './dto/child.dto.js';
import { bornAtMost, bornAtLeast, todayInVietnam } from './age.js';
import {
  asBody,
  changedFields,
  checkChild,
  type ChildFields,
  historyChanges,
  type RegistryReference,
} from './child-rules.js';
import type { Child } from './entities/child.entity.js';
import { CHECKED_FIELDS } from './population-match.js';
import { type SensitiveCodes, sensitiveCodes, withheld, withheldChanges } from './sensitive.js';
import { searchWords } from './vietnamese-name.js';

/**
 * Children counted exactly, at most: past it a count costs a read of most of a province, and "more
 * than 10,000" tells a user to narrow the filters as well as an exact figure would.
 */
export const CHILD_COUNT_LIMIT = 10_000;

@Injectable()
export class ChildrenService {
  private sensitive?: Promise<SensitiveCodes>;

  constructor(
    private readonly dataSource: DataSource,
    private readonly children: ChildrenRepository,
    private readonly search: ChildSearchRepository,
    private readonly histories: ChildHistoryRepository,
    private readonly areas: AreasService,
    private readonly reference: ReferenceService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /** Today in Vietnam, by the injected clock: the day ages and dates of the registry count to. */
  today(): string {
    return todayInVietnam(this.clock.now());
  }

  async create(dto: CreateChildDto, actor: Actor): Promise<ChildDto> {
    const fields = await this.validated(dto, actor, null);
    return this.dataSource.transaction(async (tx) =>
      ChildDto.from(await this.add(tx, fields, actor), this.today()),
    );
  }

  /**
   * Checks the new children a case's intake names, each as `create` checks one, before the
   * caller's transaction starts; a problem is reported under `field` (`newChildren.0.sex`).
   * `places`: where the children may live (a receiving point reports about a child anywhere).
   */
  async checkNew(
    bodies: CreateChildDto[],
    actor: Actor,
    field: string,
    places: AreaScope = actor.scope,
  ): Promise<ChildFields[]> {
    const checked: ChildFields[] = [];
    for (const [i, body] of bodies.entries()) {
      try {
        checked.push(await this.validated(body, actor, null, places));
      } catch (error) {
        throw prefixed(error, `${field}.${i}`);
      }
    }
    return checked;
  }

  /**
   * Adds children `checkNew` (or `validated`) checked within the caller's transaction; `reason`:
   * where they come from, kept in their history.
   */
  async createIn(
    manager: EntityManager,
    checked: ChildFields[],
    actor: Actor,
    reason: string | null = null,
  ): Promise<string[]> {
    const ids: string[] = [];
    for (const fields of checked) ids.push((await this.add(manager, fields, actor, reason)).id);
    return ids;
  }

  /**
   * The current record of each id the actor may see: a merged one as its survivor. An id outside
   * the actor's areas, or unknown, is absent from the map.
   */
  async currentIds(
    scope: AreaScope,
    ids: string[],
  ): Promise<Map<string, { id: string; provinceCode: string; communeCode: string }>> {
    const current = new Map<string, { id: string; provinceCode: string; communeCode: string }>();
    let pending = new Map(ids.map((id) => [id, id]));
    // A survivor may itself have been merged since: follow the chain a few links.
    for (let hop = 0; hop < 5 && pending.size > 0; hop++) {
      const rows = await this.children.byIds(scope, [...new Set(pending.values())]);
      const next = new Map<string, string>();
      for (const [asked, at] of pending) {
        const row = rows.find((child) => child.id === at);
        if (!row) continue;
        if (row.mergedInto) next.set(asked, row.mergedInto);
        else {
          current.set(asked, {
            id: row.id,
            provinceCode: row.provinceCode,
            communeCode: row.communeCode,
          });
        }
      }
      pending = next;
    }
    return current;
  }

  /**
   * The records a case names, wherever they live now: reading them is part of reading the case,
   * whose scope the caller was checked against.
   */
  async ofCase(ids: string[], manager?: EntityManager): Promise<ChildDto[]> {
    const today = this.today();
    return (await this.children.byIdsAnywhere(ids, manager)).map((child) =>
      ChildDto.from(child, today),
    );
  }

  /**
   * A record in the actor's areas as it stands, for what is kept beside it (requests about it, the
   * support the child receives): 404 outside the areas, 409 for one merged into another.
   */
  async standing(id: string, actor: Actor): Promise<Child> {
    const child = await this.children.byId(actor.scope, id);
    if (!child) throw new AppException('not-found');
    if (child.mergedInto) throw new AppException('child-merged', { survivorId: child.mergedInto });
    return child;
  }

  /** The record and every record merged into it (directly or along a chain). */
  aliases(id: string): Promise<string[]> {
    return this.children.mergedInto(id);
  }

  private async add(
    manager: EntityManager,
    fields: ChildFields,
    actor: Actor,
    reason: string | null = null,
  ) {
    const child = await this.children.insert(manager, {
      ...fields,
      createdBy: actor.id,
      updatedBy: actor.id,
    });
    await this.histories.addHistory(manager, {
      childId: child.id,
      actorId: actor.id,
      actorName: actor.fullName ?? actor.name,
      action: 'created',
      changes: historyChanges(null, fields),
      reason,
    });
    await this.audit.record(
      { actor, action: 'child.created', entity: { type: 'child', id: child.id }, area: child },
      manager,
    );
    return child;
  }

  /**
   * One child in the actor's areas, or 404 whether it exists elsewhere or not at all. A record
   * merged into another answers with the survivor's id, to redirect to. Audited.
   */
  async get(id: string, actor: Actor): Promise<ChildDto | { mergedInto: string }> {
    const child = await this.children.byId(actor.scope, id);
    if (!child) throw new AppException('not-found');
    if (child.mergedInto) return { mergedInto: child.mergedInto };
    await this.audit.record({
      actor,
      action: 'child.read',
      entity: { type: 'child', id },
      area: child,
    });
    return this.shown(ChildDto.from(child, this.today()), actor);
  }

  /**
   * The codes whose data is sensitive (sensitive.ts), from the code lists: read once per process
   * (they change only with a migration), not once per record shown.
   */
  sensitiveCodes(): Promise<SensitiveCodes> {
    this.sensitive ??= this.registryReference().then(sensitiveCodes);
    this.sensitive.catch(() => (this.sensitive = undefined));
    return this.sensitive;
  }

  /** A record as the actor may see it: without its sensitive data unless children:sensitive. */
  async shown(dto: ChildDto, actor: Actor): Promise<ChildDto> {
    return actor.permissions.has('children:sensitive')
      ? dto
      : withheld(dto, await this.sensitiveCodes());
  }

  /**
   * 403 for a filter on a sensitive special circumstance or risk factor by a caller without
   * children:sensitive: whom it selects would say what it withholds.
   */
  async refuseSensitiveFilter(query: ChildFilterQuery, actor: Actor): Promise<void> {
    if (actor.permissions.has('children:sensitive')) return;
    const codes = await this.sensitiveCodes();
    const asked = [
      query.specialCircumstance && codes.specialCircumstances.has(query.specialCircumstance),
      query.riskFactor && codes.riskFactors.has(query.riskFactor),
    ];
    if (asked.some(Boolean)) throw new AppException('sensitive-filter');
  }

  async update(id: string, version: number, dto: UpdateChildDto, actor: Actor): Promise<ChildDto> {
    const before = await this.children.byId(actor.scope, id);
    if (!before) throw new AppException('not-found');
    if (before.mergedInto)
      throw new AppException('child-merged', { survivorId: before.mergedInto });
    if (before.version !== version)
      throw new AppException('version-mismatch', { version: before.version });
    const { reason, ...body } = dto;
    refuseNulls(body, ['fullName', 'dateOfBirth', 'sex', 'provinceCode', 'communeCode']);
    const fields = await this.validated({ ...asBody(before), ...body }, actor, id);
    const patch = changedFields(before, fields);
    if (Object.keys(patch).length === 0) return ChildDto.from(before, this.today());
    refuseUnexplainedChangeOfVerified(before, patch, reason);
    return this.dataSource.transaction(async (tx) => {
      if (!(await this.children.update(tx, id, version, { ...patch, updatedBy: actor.id }))) {
        throw new AppException('version-mismatch', { version: version + 1 });
      }
      await this.histories.addHistory(tx, {
        childId: id,
        actorId: actor.id,
        actorName: actor.fullName ?? actor.name,
        action: 'updated',
        changes: historyChanges(before, fields),
        reason: reason ?? null,
      });
      const after = (await this.children.byId(actor.scope, id, tx))!;
      await this.audit.record(
        {
          actor,
          action: 'child.updated',
          entity: { type: 'child', id },
          area: after,
          details: { fields: Object.keys(patch) },
        },
        tx,
      );
      return ChildDto.from(after, this.today());
    });
  }

  /** A page of records in name order, their sensitive data withheld (a list shows none). */
  async list(query: ChildQuery, actor: Actor): Promise<Page<ChildDto>> {
    await this.refuseSensitiveFilter(query, actor);
    const codes = await this.sensitiveCodes();
    const after = decodeCursor(query.cursor, ['text', 'uuid']) as [string, string] | null;
    const today = this.today();
    const rows = await this.search.list(actor.scope, childFilter(query, today, after, query.limit));
    const { limit, cursor: _cursor, ...filters } = query;
    await this.audit.record({
      actor,
      action: 'child.searched',
      details: {
        filters: filters,
        results: Math.min(rows.length, limit),
      },
    });
    return toPage(
      rows,
      limit,
      (c) => [c.nameSearch, c.id],
      (c) => withheld(ChildDto.from(c, today), codes),
    );
  }

  /** How many children the filters select, counted up to CHILD_COUNT_LIMIT. */
  async count(query: ChildFilterQuery, actor: Actor): Promise<ChildCountDto> {
    await this.refuseSensitiveFilter(query, actor);
    const filter = childFilter(query, this.today(), null, CHILD_COUNT_LIMIT);
    const total = await this.search.count(actor.scope, filter);
    return { total: Math.min(total, CHILD_COUNT_LIMIT), exact: total <= CHILD_COUNT_LIMIT };
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
    const codes = actor.permissions.has('children:sensitive') ? null : await this.sensitiveCodes();
    return (await this.histories.history(id)).map((entry) => ({
      at: entry.at.toISOString(),
      childId: entry.childId,
      actor: { id: entry.actorId, fullName: entry.actorName },
      action: entry.action,
      changes: codes ? withheldChanges(entry.changes, codes) : entry.changes,
      reason: entry.reason,
    }));
  }

  /** What records are checked against; reference data, loaded once per process. */
  async registryReference(): Promise<RegistryReference> {
    const [places, specialCircumstances, riskFactors, ethnicities, schoolStatuses] =
      await Promise.all([
        this.areas.placeIndex(),
        this.reference.codes('special-circumstances'),
        this.reference.codes('risk-factors'),
        this.reference.codes('ethnicities'),
        this.reference.codes('school-statuses'),
      ]);
    return { places, specialCircumstances, riskFactors, ethnicities, schoolStatuses };
  }

  /**
   * The record a body describes, checked (child-rules.ts), with a personal ID no one else has.
   * `places`: where the child may live; a taken personal ID names its holder in `actor.scope`.
   */
  async validated(
    dto: CreateChildDto,
    actor: Actor,
    id: string | null,
    places: AreaScope = actor.scope,
  ): Promise<ChildFields> {
    const fields = checkChild(dto, await this.registryReference(), places, this.today());
    if (fields.personalId) {
      const [holder] = await this.children.holdersOfPersonalIds([fields.personalId]);
      if (holder && holder.id !== id) throw personalIdTaken(fields.personalId, holder, actor.scope);
    }
    return fields;
  }
}

/** The repository's filter for the API's query (`q` is name words, or a personal ID). */
export function childFilter(
  query: ChildFilterQuery,
  today: string,
  after: [string, string] | null,
  limit: number,
): ChildFilter {
  const q = query.q?.trim() ?? '';
  const personalId = /^\d{12}$/.test(q) ? q : undefined;
  return {
    ...query,
    words: personalId ? [] : searchWords(q),
    personalId,
    today,
    bornTo: query.ageFrom !== undefined ? bornAtMost(today, query.ageFrom) : undefined,
    bornFrom: query.ageTo !== undefined ? bornAtLeast(today, query.ageTo) : undefined,
    after,
    limit,
  };
}

/** 409 for a personal ID another record holds, naming that record only inside the caller's areas. */
export function personalIdTaken(
  personalId: string,
  holder: { id: string; provinceCode: string; communeCode: string },
  scope: AreaScope,
): AppException {
  const visible = inScope(scope, holder.provinceCode, holder.communeCode);
  return new AppException('personal-id-taken', {
    personalId,
    existing: visible ? ` (${holder.id})` : '',
  });
}

/**
 * A record verified against the population database keeps the fields checked there unless the
 * change says why (the reason goes into its history); the change makes it unchecked again.
 */
function refuseUnexplainedChangeOfVerified(
  before: Child,
  patch: Partial<ChildFields>,
  reason: string | undefined,
): void {
  if (before.verificationStatus !== 'verified' || reason) return;
  const locked = CHECKED_FIELDS.filter((field) => field in patch);
  if (locked.length === 0) return;
  throw new AppException(
    'child-verified',
    {},
    locked.map((field) => ({
      field,
      constraint: 'child:verified',
      message: `${field} agrees with the national population database; give a reason to change it`,
    })),
  );
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

/** The same problem with its field names under a prefix (`sex` → `newChildren.0.sex`). */
function prefixed(error: unknown, prefix: string): unknown {
  if (!(error instanceof AppException)) return error;
  return new AppException(
    error.code,
    error.params,
    error.fieldErrors.map((e) => ({ ...e, field: `${prefix}.${e.field}` })),
    error.getStatus(),
    error.headers,
  );
}
