import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { AreasService } from '../areas/areas.service.js';
import { AuditService } from '../audit/audit.service.js';
import type { Actor } from '../access/actor.js';
import { inScope } from '../access/scope.js';
import { AppException } from '../common/app.exception.js';
import { decodeCursor, toPage } from '../common/pagination.js';
import { asBody, changedFields, type ChildFields, historyChanges } from './child-rules.js';
import {
  type CheckedRecord,
  ChildVerificationsRepository,
} from './child-verifications.repository.js';
import { ChildHistoryRepository } from './child-history.repository.js';
import { ChildrenRepository } from './children.repository.js';
import { ChildrenService } from './children.service.js';
import {
  type ChildVerificationDto,
  fieldDifferences,
  personOf,
  type ResolveVerificationDto,
  VerificationCheckDto,
  type VerificationWorklistDto,
  type VerificationWorklistQuery,
} from './dto/child-verification.dto.js';
import { ChildDto, type CreateChildDto } from './dto/child.dto.js';
import type { PersonFields, VerificationMethod } from './entities/child-verification.entity.js';
import type { Child, VerificationStatus } from './entities/child.entity.js';
import { differences, outcomeOf } from './population-match.js';
import { searchColumn } from './vietnamese-name.js';

export type { CheckedRecord } from './child-verifications.repository.js';

/** A record that holds a personal ID, and where it lives. */
export type PersonalIdHolder = Pick<
  Child,
  'id' | 'personalId' | 'provinceCode' | 'communeCode' | 'mergedInto'
>;

/** The database's answer about one record that was sent. */
export interface PersonAnswer {
  child: CheckedRecord;
  /** The person the database holds; null when it has none such. */
  found: PersonFields | null;
}

/** Who a check was made for, and how. */
export interface CheckContext {
  method: VerificationMethod;
  runId: string | null;
  actor: Pick<Actor, 'id' | 'name' | 'fullName'>;
}

/**
 * The registry's side of the national population database (CSDL quốc gia về dân cư): which
 * records to check, the answers recorded against them, and the commune's reconciliation worklist
 * where an officer takes the database's values or disputes them. Talking to the database itself
 * is the population module's.
 */
@Injectable()
export class ChildVerificationService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly checks: ChildVerificationsRepository,
    private readonly children: ChildrenRepository,
    private readonly histories: ChildHistoryRepository,
    private readonly registry: ChildrenService,
    private readonly audit: AuditService,
    private readonly areas: AreasService,
  ) {}

  /** The next records of a commune to check, in id order; `checkedBefore`: skip those checked since. */
  toCheck(
    communeCode: string,
    after: string | null,
    checkedBefore: Date | null,
    limit: number,
  ): Promise<CheckedRecord[]> {
    return this.checks.toCheck(communeCode, after, checkedBefore, limit);
  }

  countToCheck(communeCode: string, checkedBefore: Date | null): Promise<number> {
    return this.checks.countToCheck(communeCode, checkedBefore);
  }

  /** The commune's records a check by file lists: those not verified, or all. */
  forFile(actor: Actor, communeCode: string, all: boolean): Promise<Child[]> {
    return this.checks.forFile(actor.scope, communeCode, all);
  }

  /** The current records of these ids in the actor's areas (merged ones left out). */
  async current(actor: Actor, ids: string[]): Promise<Child[]> {
    return (await this.children.byIds(actor.scope, ids)).filter((child) => !child.mergedInto);
  }

  /**
   * Records the database's answers in the caller's transaction, each record's state with it;
   * returns how many of each outcome were recorded and which records (one changed since it was
   * read is not).
   */
  async record(
    manager: EntityManager,
    answers: PersonAnswer[],
    context: CheckContext,
  ): Promise<{ verified: number; mismatch: number; not_found: number; ids: Set<string> }> {
    const results = answers.map(({ child, found }) => {
      const sent = personOf(child);
      return { child, sent, found, outcome: outcomeOf(sent, found) };
    });
    const recorded = await this.checks.record(manager, results, {
      method: context.method,
      runId: context.runId,
      actorId: context.actor.id,
      actorName: context.actor.fullName ?? context.actor.name,
    });
    const counts = { verified: 0, mismatch: 0, not_found: 0 };
    for (const result of results) if (recorded.has(result.child.id)) counts[result.outcome] += 1;
    return { ...counts, ids: recorded };
  }

  /** The current records holding these personal IDs, wherever they live. */
  async holders(personalIds: string[], manager?: EntityManager): Promise<PersonalIdHolder[]> {
    if (personalIds.length === 0) return [];
    return (await this.children.holdersOfPersonalIds(personalIds, manager)).filter(
      (holder) => !holder.mergedInto,
    );
  }

  /**
   * For each person, the commune's records without a personal ID that have the same name and day
   * of birth (in the actor's areas): perhaps the same child, recorded before the ID was known.
   */
  async sameChild(
    actor: Actor,
    communeCode: string,
    people: Pick<PersonFields, 'fullName' | 'dateOfBirth'>[],
  ): Promise<Pick<Child, 'id' | 'fullName' | 'dateOfBirth'>[][]> {
    const keys = people.map((p) => ({
      nameSearch: searchColumn(p.fullName),
      dateOfBirth: p.dateOfBirth,
    }));
    const records = await this.checks.withoutPersonalId(actor.scope, communeCode, keys);
    return keys.map((key) =>
      records
        .filter((r) => r.nameSearch === key.nameSearch && r.dateOfBirth === key.dateOfBirth)
        .map(({ id, fullName, dateOfBirth }) => ({ id, fullName, dateOfBirth })),
    );
  }

  /**
   * A child the population database registers in a commune of the actor's, its name in the
   * registry's usual case, checked as any new record is (before the transaction that adds it: `addFromDatabase`).
   */
  checkFromDatabase(
    person: PersonFields,
    place: { provinceCode: string; communeCode: string },
    actor: Actor,
  ): Promise<ChildFields> {
    return this.registry.validated(
      {
        ...person,
        fullName: databaseValue(person, 'fullName') as string,
        personalId: person.personalId ?? undefined,
        ...place,
      },
      actor,
      null,
    );
  }

  /**
   * Adds, in the caller's transaction, a child `checkFromDatabase` checked, verified by the
   * database's own values (`person`). Returns its id.
   */
  async addFromDatabase(
    manager: EntityManager,
    fields: ChildFields,
    person: PersonFields,
    context: CheckContext & { actor: Actor },
    reason: string,
  ): Promise<string> {
    const [id] = await this.registry.createIn(manager, [fields], context.actor, reason);
    const [child] = await this.children.byIdsAnywhere([id], manager);
    await this.record(manager, [{ child, found: person }], context);
    return id;
  }

  /**
   * Moves a record, in the caller's transaction, to the commune the population database says the
   * child now lives in, wherever the record is: the database is the authority on residence, and
   * the commune a child left cannot see the one it went to. The village and address belong to the
   * old commune and are cleared. False when the record is no longer current.
   */
  async relocate(
    manager: EntityManager,
    id: string,
    to: { provinceCode: string; communeCode: string },
    reason: string,
    actor: Actor,
  ): Promise<boolean> {
    const [before] = await this.children.byIdsAnywhere([id], manager);
    if (!before || before.mergedInto) return false;
    const patch = { ...to, village: null, address: null };
    if (
      !(await this.children.update(manager, id, before.version, { ...patch, updatedBy: actor.id }))
    ) {
      return false;
    }
    await this.histories.addHistory(manager, {
      childId: id,
      actorId: actor.id,
      actorName: actor.fullName ?? actor.name,
      action: 'moved',
      changes: historyChanges(before, { ...(before as ChildFields), ...patch }),
      reason,
    });
    await this.audit.record(
      {
        actor,
        action: 'child.moved',
        entity: { type: 'child', id },
        area: before,
        details: { to },
      },
      manager,
    );
    return true;
  }

  /** A record's state, where it differs from the database's person, and its checks. */
  async status(id: string, actor: Actor): Promise<ChildVerificationDto> {
    const child = await this.children.byId(actor.scope, id);
    if (!child || child.mergedInto) throw new AppException('not-found');
    const checks = await this.checks.ofChild(id);
    const last = checks.find((check) => check.id === child.verificationId);
    await this.audit.record({
      actor,
      action: 'child.verification_read',
      entity: { type: 'child', id },
      area: child,
    });
    return {
      status: child.verificationStatus,
      differences: last ? fieldDifferences(child, last) : [],
      checks: checks.map((check) => VerificationCheckDto.from(check)),
    };
  }

  /** The commune's records the database disagrees with, in name order, with the state counts. */
  async worklist(query: VerificationWorklistQuery, actor: Actor): Promise<VerificationWorklistDto> {
    await requireCommuneInScope(this.areas, query.communeCode, actor);
    const after = decodeCursor(query.cursor, ['text', 'uuid']) as [string, string] | null;
    const statuses: VerificationStatus[] = query.status
      ? [query.status]
      : ['mismatch', 'not_found'];
    const [rows, counts] = await Promise.all([
      this.checks.worklist(actor.scope, query.communeCode, statuses, after, query.limit),
      this.checks.counts(actor.scope, query.communeCode),
    ]);
    await this.audit.record({
      actor,
      action: 'child.verification_worklist_read',
      details: { communeCode: query.communeCode, statuses, results: rows.length },
    });
    const page = toPage(
      rows,
      query.limit,
      (row) => [row.nameSearch, row.id],
      (row) => ({
        child: {
          id: row.id,
          version: row.version,
          fullName: row.fullName,
          dateOfBirth: row.dateOfBirth,
          sex: row.sex,
          personalId: row.personalId,
          village: row.village,
          verificationStatus: row.verificationStatus,
        },
        check: VerificationCheckDto.from(row.check),
        differences: fieldDifferences(row, row.check),
      }),
    );
    return {
      ...page,
      counts: {
        unchecked: counts.unchecked ?? 0,
        verified: counts.verified ?? 0,
        mismatch: counts.mismatch ?? 0,
        notFound: counts.not_found ?? 0,
        disputed: counts.disputed ?? 0,
      },
    };
  }

  /**
   * Settles a record of the worklist: the fields in `accept` take the database's values (checked
   * as any correction is); a difference left, or a person not found, needs a note and leaves the
   * record `disputed`; with none left it is `verified`. One change, in the history with its note.
   */
  async resolve(
    id: string,
    version: number,
    dto: ResolveVerificationDto,
    actor: Actor,
  ): Promise<ChildDto> {
    const before = await this.children.byId(actor.scope, id);
    if (!before) throw new AppException('not-found');
    if (before.mergedInto)
      throw new AppException('child-merged', { survivorId: before.mergedInto });
    if (before.version !== version) {
      throw new AppException('version-mismatch', { version: before.version });
    }
    const check = before.verificationId ? await this.checks.byId(before.verificationId) : null;
    if (!check || !['mismatch', 'not_found', 'disputed'].includes(before.verificationStatus)) {
      throw new AppException('verification-not-open', { status: before.verificationStatus });
    }
    const differing = check.found ? differences(personOf(before), check.found) : [];
    const kept = differing.filter((field) => !dto.accept.includes(field));
    const disputed = check.found === null || kept.length > 0;
    refuseResolution(before, dto, differing, disputed);

    const taken: Partial<PersonFields> = {};
    for (const field of dto.accept) taken[field] = databaseValue(check.found!, field) as never;
    const body = { ...asBody(before), ...taken } as CreateChildDto;
    if (dto.accept.includes('dateOfBirth')) body.dobPrecision = 'exact';
    const fields = await this.registry.validated(body, actor, id);
    const patch = changedFields(before, fields);
    const status: VerificationStatus = disputed ? 'disputed' : 'verified';
    return this.dataSource.transaction(async (tx) => {
      const applied = await this.children.update(tx, id, version, {
        ...patch,
        verificationStatus: status,
        updatedBy: actor.id,
      });
      if (!applied) throw new AppException('version-mismatch', { version: version + 1 });
      await this.histories.addHistory(tx, {
        childId: id,
        actorId: actor.id,
        actorName: actor.fullName ?? actor.name,
        action: disputed ? 'verification_disputed' : 'verification_accepted',
        changes: historyChanges(before, fields),
        reason: dto.note ?? null,
      });
      const after = (await this.children.byId(actor.scope, id, tx))!;
      await this.audit.record(
        {
          actor,
          action: 'child.verification_resolved',
          entity: { type: 'child', id },
          area: after,
          details: { checkId: check.id, accepted: dto.accept, kept, status },
        },
        tx,
      );
      return ChildDto.from(after, this.registry.today());
    });
  }
}

/**
 * The province of a commune the actor works in: 422 for a code that is no current commune, 403
 * for one outside the actor's areas (as the data-quality worklist answers).
 */
export async function requireCommuneInScope(
  areas: AreasService,
  communeCode: string,
  actor: Actor,
): Promise<string> {
  const provinceCode = (await areas.placeIndex()).provinceOf(communeCode);
  if (!provinceCode) throw new AppException('unknown-area', { codes: communeCode });
  if (!inScope(actor.scope, provinceCode, communeCode)) {
    throw new AppException('out-of-scope', { communeCode });
  }
  return provinceCode;
}

function refuseResolution(
  child: Child,
  dto: ResolveVerificationDto,
  differing: string[],
  disputed: boolean,
): void {
  const problems = dto.accept
    .filter((field) => !differing.includes(field))
    .map((field) => ({
      field: 'accept',
      constraint: 'verification:differs',
      message: `${field} does not differ from the population database's value`,
    }));
  if (disputed && !dto.note) {
    problems.push({
      field: 'note',
      constraint: 'verification:note',
      message: 'note is required to keep a value the population database does not have',
    });
  }
  if (disputed && child.verificationStatus === 'disputed') {
    problems.push({
      field: 'accept',
      constraint: 'verification:disputed',
      message:
        'the record is already disputed: accept every remaining value, or correct the record',
    });
  }
  if (problems.length > 0) throw new AppException('invalid-resolution', {}, problems);
}

/**
 * The database's value of a field as the registry stores it: a name it writes in capitals
 * ("NGUYỄN VĂN AN") in the registry's usual case ("Nguyễn Văn An").
 */
function databaseValue(person: PersonFields, field: keyof PersonFields): unknown {
  const value = person[field];
  if (field !== 'fullName' || typeof value !== 'string') return value;
  const name = value.normalize('NFC').trim().replace(/\s+/g, ' ');
  if (name !== name.toLocaleUpperCase('vi')) return name;
  return name
    .toLocaleLowerCase('vi')
    .split(' ')
    .map((word) => word.charAt(0).toLocaleUpperCase('vi') + word.slice(1))
    .join(' ');
}
