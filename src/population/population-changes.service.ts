import type { Writable } from 'node:stream';
import { Inject, Injectable, Optional } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { AreasService } from '../areas/areas.service.js';
import type { PlaceIndex } from '../areas/place-index.js';
import { AuditService } from '../audit/audit.service.js';
import type { Actor } from '../access/actor.js';
import { addDays, vietnamTimeAndDate } from '../calendar/working-days.js';
import { todayInVietnam } from '../children/age.js';
import {
  ChildVerificationService,
  type PersonalIdHolder,
  requireCommuneInScope,
} from '../children/child-verification.service.js';
import { readSheet, UnreadableSheet } from '../children/sheet-reader.js';
import { uploadedSheet, type UploadedSheet } from '../children/sheet-upload.js';
import { writeSheet } from '../children/sheet-writer.js';
import { Clock } from '../common/clock.js';
import { AppException } from '../common/app.exception.js';
import { isCalendarDate } from '../common/fields.js';
import { fill, type Language } from '../common/i18n.js';
import { CHANGE_ROW_MESSAGES } from './population.messages.js';
import { decodeCursor, toPage } from '../common/pagination.js';
import { CHANGE_COLUMNS, changeColumns, readChangeRow } from './changes-file.js';
import type {
  ChangeAction,
  ChangesPageDto,
  ChangesQuery,
  ChangesReceivedDto,
  PopulationChangeDto,
} from './dto/population-change.dto.js';
import type { RejectedAnswerDto } from './dto/verification-run.dto.js';
import type { ChangeSource, PopulationChange } from './entities/population-change.entity.js';
import {
  POPULATION_GATEWAY,
  type PopulationGateway,
  PopulationQuotaSpent,
  PopulationRefused,
  PopulationUnavailable,
  type ResidentChange,
} from './population-gateway.js';
import { PopulationChangesRepository } from './population-changes.repository.js';

/** How far back the first online read of a commune goes. */
const FIRST_READ_DAYS = 365;

/**
 * Births and moves from the national population database (issue 25): a commune reads the
 * changes of its children's residence, online or from the commune police's file; those the
 * registry does not already agree with wait for an officer, who adds the new child, moves the
 * record, or dismisses the change with a note, one action each.
 */
@Injectable()
export class PopulationChangesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly changes: PopulationChangesRepository,
    private readonly registry: ChildVerificationService,
    private readonly areas: AreasService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    @Optional() @Inject(POPULATION_GATEWAY) private readonly gateway: PopulationGateway | null,
  ) {}

  /** Reads the commune's changes online since the last read (a year back the first time). */
  async fetch(communeCode: string, actor: Actor): Promise<ChangesReceivedDto> {
    const provinceCode = await requireCommuneInScope(this.areas, communeCode, actor);
    if (!this.gateway) throw new AppException('population-offline');
    const to = todayInVietnam(this.clock.now());
    const from = (await this.changes.readTo(communeCode)) ?? addDays(to, -FIRST_READ_DAYS);
    let received: ResidentChange[];
    try {
      received = await this.gateway.changes(communeCode, from, to);
    } catch (error) {
      if (error instanceof PopulationUnavailable) {
        throw new AppException('population-unavailable', {
          time: vietnamTimeAndDate(error.retryAt),
          reason: error.message,
        });
      }
      if (error instanceof PopulationQuotaSpent) throw new AppException('population-quota');
      if (error instanceof PopulationRefused) {
        throw new AppException('population-refused', { reason: error.message });
      }
      throw error;
    }
    const result = await this.receive({ provinceCode, communeCode }, received, 'online', actor, {
      from,
      to,
    });
    return { ...result, from, to, rejected: [] };
  }

  /** Reads the commune police's list of births and moves (.xlsx or .csv), row by row. */
  async importFile(
    communeCode: string,
    file: UploadedSheet | undefined,
    actor: Actor,
    language: Language,
  ): Promise<ChangesReceivedDto> {
    const provinceCode = await requireCommuneInScope(this.areas, communeCode, actor);
    if (!file) throw new AppException('import-file-missing');
    const { fileName, format } = uploadedSheet(file);
    const read: ResidentChange[] = [];
    const rejected: RejectedAnswerDto[] = [];
    const rowOf = new Map<string, number>();
    let columns: ReturnType<typeof changeColumns>['columns'] | null = null;
    try {
      for await (const { row, cells } of readSheet(file.buffer, format)) {
        if (!columns) {
          const header = changeColumns(cells);
          if (header.missing.length > 0) {
            throw new AppException('import-missing-columns', {
              columns: header.missing.join(', '),
            });
          }
          columns = header.columns;
          continue;
        }
        const parsed = readChangeRow(cells, columns);
        if (parsed.kind === 'rejected') {
          rejected.push({ row, id: null, message: parsed.message[language] });
        } else if (parsed.kind === 'change') {
          const { kind, date, person } = parsed.change;
          const key = `${kind}:${person.personalId}:${date}`;
          const first = rowOf.get(key);
          if (first !== undefined) {
            const text = CHANGE_ROW_MESSAGES.duplicate[language];
            rejected.push({ row, id: null, message: fill(text, { row: `${first}` }) });
          } else {
            rowOf.set(key, row);
            read.push(parsed.change);
          }
        }
      }
    } catch (error) {
      if (error instanceof UnreadableSheet) {
        throw new AppException(error.code, { fileName, ...error.params });
      }
      throw error;
    }
    if (!columns) throw new AppException('import-empty', { fileName });
    const result = await this.receive({ provinceCode, communeCode }, read, 'file', actor, {
      fileName,
    });
    return { ...result, from: null, to: null, rejected };
  }

  /** A blank list for the commune police to fill: the headers the import reads. */
  async template(open: () => Writable): Promise<void> {
    const sheet = writeSheet(open(), 'Bien dong dan cu', CHANGE_COLUMNS);
    await sheet.commit();
  }

  /** A page of the commune's changes to act on (or acted on), with what acting would do. */
  async list(query: ChangesQuery, actor: Actor): Promise<ChangesPageDto> {
    await requireCommuneInScope(this.areas, query.communeCode, actor);
    const after = decodeCursor(query.cursor, ['text', 'uuid']) as [string, string] | null;
    if (after && !isCalendarDate(after[0])) throw new AppException('invalid-cursor');
    const statuses =
      query.status === 'open' ? (['open'] as const) : (['done', 'dismissed'] as const);
    const [rows, counts, readTo] = await Promise.all([
      this.changes.page(actor.scope, query.communeCode, [...statuses], after, query.limit),
      this.changes.counts(actor.scope, query.communeCode),
      this.changes.readTo(query.communeCode),
    ]);
    const shown = rows.slice(0, query.limit);
    const open = shown.filter((c) => c.status === 'open');
    const [holders, same, places] = await Promise.all([
      this.holders(shown.map((c) => c.personalId)),
      this.registry.sameChild(
        actor,
        query.communeCode,
        open.map((c) => c.person),
      ),
      this.areas.placeIndex(),
    ]);
    const sameOf = new Map(open.map((c, i) => [c.id, same[i]]));
    await this.audit.record({
      actor,
      action: 'population.changes_read',
      details: { communeCode: query.communeCode, status: query.status, results: shown.length },
    });
    const page = toPage(
      rows,
      query.limit,
      (c) => [c.date, c.id],
      (c) => toDto(c, holders.get(c.personalId) ?? null, sameOf.get(c.id) ?? [], places),
    );
    return { ...page, counts, readTo };
  }

  /**
   * Does what the change asks of the registry now (its `action`), and closes it. Checked before
   * the transaction as any new record is, and again under the change's lock in case the registry
   * moved meanwhile.
   */
  async accept(id: string, actor: Actor): Promise<PopulationChangeDto> {
    const places = await this.areas.placeIndex();
    const change = await this.changes.inScope(actor.scope, id);
    if (!change) throw new AppException('not-found');
    const planned = await this.plan(change, places);
    const here = { provinceCode: change.provinceCode, communeCode: change.communeCode };
    const fields =
      planned.action === 'add'
        ? await this.registry.checkFromDatabase(change.person, here, actor)
        : null;
    const reason = fill(REASONS[change.kind], {
      date: change.date.split('-').reverse().join('/'),
      other: change.otherCommuneCode
        ? (places.communeName(change.otherCommuneCode) ?? change.otherCommuneCode)
        : '',
    });
    return this.dataSource.transaction(async (tx) => {
      const locked = await this.lockOpen(tx, id, actor);
      const { action, holder } = await this.plan(locked, places, tx);
      if (action !== planned.action || holder?.id !== planned.holder?.id) {
        throw new AppException('population-change-settled', { status: locked.status });
      }
      let childId = holder?.id ?? null;
      if (action === 'add') {
        childId = await this.registry.addFromDatabase(
          tx,
          fields!,
          change.person,
          { method: change.source, runId: null, actor },
          reason,
        );
      } else if (action === 'move_here' || action === 'move_away') {
        const to =
          action === 'move_here'
            ? here
            : {
                provinceCode: places.provinceOf(change.otherCommuneCode!)!,
                communeCode: change.otherCommuneCode!,
              };
        if (!(await this.registry.relocate(tx, holder!.id, to, reason, actor))) {
          throw new AppException('population-change-settled', { status: locked.status });
        }
      }
      const decided = { status: 'done' as const, childId, ...decidedBy(actor) };
      await this.changes.decide(tx, id, decided);
      await this.audit.record(
        {
          actor,
          action: 'population.change_accepted',
          entity: { type: 'population_change', id },
          area: here,
          details: { kind: change.kind, action, childId },
        },
        tx,
      );
      return toDto({ ...locked, ...decided }, null, [], places);
    });
  }

  /**
   * What accepting an open change would do (422 for a child gone where the database does not
   * say: it can only be dismissed), and the record it concerns.
   */
  private async plan(
    change: PopulationChange,
    places: PlaceIndex,
    manager?: EntityManager,
  ): Promise<{ action: ChangeAction; holder: PersonalIdHolder | null }> {
    if (change.status !== 'open') {
      throw new AppException('population-change-settled', { status: change.status });
    }
    const holder =
      (await this.holders([change.personalId], manager)).get(change.personalId) ?? null;
    const action = actionOf(change, holder, places);
    if (action === 'check') {
      throw new AppException('population-change-destination', {
        code: change.otherCommuneCode ?? '—',
      });
    }
    return { action, holder };
  }

  /** Closes a change without touching the registry, with why. */
  async dismiss(id: string, note: string, actor: Actor): Promise<PopulationChangeDto> {
    const places = await this.areas.placeIndex();
    return this.dataSource.transaction(async (tx) => {
      const change = await this.lockOpen(tx, id, actor);
      const decided = { status: 'dismissed' as const, note, ...decidedBy(actor) };
      await this.changes.decide(tx, id, decided);
      await this.audit.record(
        {
          actor,
          action: 'population.change_dismissed',
          entity: { type: 'population_change', id },
          area: change,
          details: { kind: change.kind },
        },
        tx,
      );
      return toDto({ ...change, ...decided }, null, [], places);
    });
  }

  private async lockOpen(tx: EntityManager, id: string, actor: Actor): Promise<PopulationChange> {
    const change = await this.changes.lockInScope(tx, actor.scope, id);
    if (!change) throw new AppException('not-found');
    if (change.status !== 'open') {
      throw new AppException('population-change-settled', { status: change.status });
    }
    return change;
  }

  /**
   * Keeps the changes not received before: open when the registry does not agree with them yet,
   * settled when it does (the birth already recorded, the child who left already gone).
   */
  private async receive(
    place: { provinceCode: string; communeCode: string },
    received: ResidentChange[],
    source: ChangeSource,
    actor: Actor,
    details: { from: string; to: string } | { fileName: string },
  ): Promise<Pick<ChangesReceivedDto, 'received' | 'new' | 'open'>> {
    const [holders, places] = await Promise.all([
      this.holders(received.map((c) => c.person.personalId)),
      this.areas.placeIndex(),
    ]);
    return this.dataSource.transaction(async (tx) => {
      const kept = await this.changes.insertNew(
        tx,
        received.map((change) => {
          const holder = holders.get(change.person.personalId) ?? null;
          const row = { ...place, ...change, personalId: change.person.personalId, source };
          const settled = actionOf(row, holder, places) === 'none';
          return { ...row, status: settled ? 'settled' : 'open', childId: holder?.id ?? null };
        }),
      );
      const counts = {
        received: received.length,
        new: kept.length,
        open: kept.filter((c) => c.status === 'open').length,
      };
      if ('from' in details) await this.changes.setReadTo(tx, place.communeCode, details.to);
      await this.audit.record(
        {
          actor,
          action: 'population.changes_received',
          area: place,
          details: { source, ...details, ...counts },
        },
        tx,
      );
      return counts;
    });
  }

  private async holders(
    personalIds: string[],
    manager?: EntityManager,
  ): Promise<Map<string, PersonalIdHolder>> {
    const found = await this.registry.holders([...new Set(personalIds)], manager);
    return new Map(found.map((holder) => [holder.personalId!, holder]));
  }
}

/** Why a record was added or moved, in its history. */
const REASONS = {
  birth: 'Theo Cơ sở dữ liệu quốc gia về dân cư: đăng ký khai sinh ngày {date}.',
  moved_in: 'Theo Cơ sở dữ liệu quốc gia về dân cư: chuyển đến ngày {date}.',
  moved_out: 'Theo Cơ sở dữ liệu quốc gia về dân cư: chuyển đi {other} ngày {date}.',
} as const;

/** What accepting the change would do to the registry as it stands (see CHANGE_ACTIONS). */
export function actionOf(
  change: Pick<PopulationChange, 'kind' | 'communeCode' | 'otherCommuneCode'>,
  holder: Pick<PersonalIdHolder, 'communeCode'> | null,
  places: Pick<PlaceIndex, 'provinceOf'>,
): ChangeAction {
  if (change.kind !== 'moved_out') {
    if (!holder) return 'add';
    return holder.communeCode === change.communeCode ? 'none' : 'move_here';
  }
  if (holder?.communeCode !== change.communeCode) return 'none';
  const known = change.otherCommuneCode !== null && places.provinceOf(change.otherCommuneCode);
  return known && change.otherCommuneCode !== change.communeCode ? 'move_away' : 'check';
}

function decidedBy(actor: Actor) {
  return {
    decidedBy: actor.id,
    decidedByName: actor.fullName ?? actor.name,
    decidedAt: new Date(),
  };
}

function toDto(
  change: PopulationChange,
  holder: PersonalIdHolder | null,
  sameChild: { id: string; fullName: string; dateOfBirth: string }[],
  places: PlaceIndex,
): PopulationChangeDto {
  const place = (code: string) => ({ code, name: places.communeName(code) });
  return {
    id: change.id,
    kind: change.kind,
    date: change.date,
    person: change.person,
    otherCommune: change.otherCommuneCode ? place(change.otherCommuneCode) : null,
    source: change.source,
    status: change.status,
    action: change.status === 'open' ? actionOf(change, holder, places) : null,
    record: holder ? { id: holder.id, commune: place(holder.communeCode) } : null,
    sameChild,
    childId: change.childId,
    note: change.note,
    receivedAt: change.receivedAt.toISOString(),
    decidedBy: change.decidedAt ? { id: change.decidedBy, fullName: change.decidedByName } : null,
    decidedAt: change.decidedAt?.toISOString() ?? null,
  };
}
