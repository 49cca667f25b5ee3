// The job that runs a spreadsheet import: reads the stored file in batches, decides what each row
// becomes, and applies each batch with its counters, rejected rows and audit entry.
import { Injectable, Logger } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import { AppException } from '../common/app.exception.js';
import { flatten } from '../common/validation.pipe.js';
import { OutboxService } from '../queue/outbox.service.js';
import { OnJob } from '../queue/on-job.decorator.js';
import { JobName, type JobPayloads } from '../queue/queue.constants.js';
import { ImportFailure, readHeader, unreadable } from './child-import-header.js';
import {
  bothLanguages,
  type Cells,
  fieldMessages,
  problemMessages,
  rejected,
  type RowOutcome,
  rowMessage,
} from './child-import-report.js';
import { ChildImportsRepository } from './child-imports.repository.js';
import {
  asBody,
  changedFields,
  checkChild,
  type ChildFields,
  historyChanges,
  type RegistryReference,
} from './child-rules.js';
import { overlay, rowToBody } from './child-sheet.js';
import { ChildHistoryRepository } from './child-history.repository.js';
import { ChildrenRepository } from './children.repository.js';
import { ChildrenService, personalIdTaken } from './children.service.js';
import { CreateChildDto } from './dto/child.dto.js';
import type { ChildImport, ChildImportError } from './entities/child-import.entity.js';
import type { Child } from './entities/child.entity.js';
import { CHECKED_FIELDS } from './population-match.js';
import type { SheetKey } from './sheet-columns.js';
import { countRows, readSheet, type SheetRow, UnreadableSheet } from './sheet-reader.js';

/** Rows written per transaction: progress, counters and rejected rows commit with them. */
const BATCH = 1000;
/**
 * Rows checked between two turns of the event loop: the previous batch's statements are sent and
 * their answers taken in those turns, so the database works while the next batch is checked.
 */
const CHECKED_PER_TURN = 50;

interface PreparedBatch {
  rows: SheetRow[];
  checked: CheckedRow[];
  outcomes: Map<number, RowOutcome>;
  today: string;
}

interface CheckedRow {
  row: number;
  cells: Cells;
  id: string | null;
  body: Partial<CreateChildDto>;
  fields: ChildFields;
}

/**
 * Runs a spreadsheet import (nhập danh sách trẻ em từ Excel/CSV), enqueued through the outbox when
 * the file was uploaded. It reads the stored file as a stream in batches: each row is validated
 * like a POST, matched to an existing record (by the sheet's id column, else the personal ID, else
 * the fingerprint of name, date of birth, commune and a parent) and created, updated or left
 * unchanged. Each batch commits its records, history, counters, rejected rows and an audit entry
 * together, and the job resumes after the last committed batch, so importing a file twice, or a
 * worker dying mid-file, creates nothing twice.
 */
@Injectable()
export class ChildImportJob {
  private readonly logger = new Logger(ChildImportJob.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly imports: ChildImportsRepository,
    private readonly children: ChildrenRepository,
    private readonly histories: ChildHistoryRepository,
    private readonly registry: ChildrenService,
    private readonly outbox: OutboxService,
    private readonly audit: AuditService,
  ) {}

  /** The job: reads the file from the row after the last committed batch to the end. */
  @OnJob(JobName.ImportChildren)
  async run({ importId }: JobPayloads[JobName.ImportChildren]): Promise<void> {
    const entry = await this.imports.withFile(importId);
    if (!entry || entry.status === 'done' || entry.status === 'failed') return;
    // Batches commit one after the other; the next one is read and checked (CPU) while the
    // previous one is in the database.
    let committing: Promise<void> = Promise.resolve();
    try {
      const header = await readHeader(entry.file, entry.format, entry.fileName);
      // Reading the file through first finds what makes it unreadable before a row is written.
      const total = entry.total ?? (await countRows(entry.file, entry.format)) - 1;
      await this.imports.start(importId, total);
      const reference = await this.registry.registryReference();
      const seen = new Map<string, number>();
      const commit = async (batch: SheetRow[]) => {
        const prepared = await this.prepare(entry, header.columns, batch, reference);
        await committing;
        committing = this.commit(entry, prepared, reference, seen);
        committing.catch(() => undefined); // awaited below; a failure must not go unhandled meanwhile
      };
      let index = 0;
      let batch: SheetRow[] = [];
      for await (const row of readSheet(entry.file, entry.format)) {
        if (row.row <= header.row) continue;
        index += 1;
        if (index <= entry.processed) continue;
        batch.push(row);
        if (batch.length === BATCH) {
          await commit(batch);
          batch = [];
        }
      }
      if (batch.length > 0) await commit(batch);
      await committing;
      await this.finish(entry, { status: 'done', failure: null });
    } catch (error) {
      // A file that cannot be read fails the import once; anything else (the database gone) is
      // thrown for BullMQ to retry, and the import resumes.
      const failure = error instanceof UnreadableSheet ? unreadable(error, entry.fileName) : error;
      if (!(failure instanceof ImportFailure)) throw error;
      await committing.catch(() => undefined);
      await this.finish(entry, { status: 'failed', failure: bothLanguages(failure) });
    }
  }

  private async finish(
    entry: ChildImport,
    outcome: Pick<ChildImport, 'status' | 'failure'>,
  ): Promise<void> {
    await this.dataSource.transaction(async (tx) => {
      await this.imports.finish(tx, entry.id, outcome);
      await this.audit.record(
        {
          actor: entry.actor,
          action: 'child.import_finished',
          entity: { type: 'child_import', id: entry.id },
          details: { status: outcome.status, dryRun: entry.dryRun },
        },
        tx,
      );
      // The statistics count the registry: rebuild this year's after a real import.
      if (outcome.status === 'done' && !entry.dryRun) {
        await this.outbox.enqueue(
          tx,
          JobName.RefreshReports,
          { year: null },
          { key: `${entry.id}.reports` },
        );
      }
    });
    this.logger.log({ importId: entry.id, status: outcome.status }, 'Import finished');
  }

  /** A batch's rows read and checked on their own, before any matching against the registry. */
  private async prepare(
    entry: ChildImport,
    columns: (SheetKey | null)[],
    rows: SheetRow[],
    reference: RegistryReference,
  ): Promise<PreparedBatch> {
    const today = this.registry.today();
    const scope = entry.actor.scope;
    const outcomes = new Map<number, RowOutcome>();
    const checked: CheckedRow[] = [];
    for (const [n, row] of rows.entries()) {
      if (n > 0 && n % CHECKED_PER_TURN === 0)
        await new Promise((resolve) => setImmediate(resolve));
      const cells: Cells = {};
      columns.forEach((key, i) => {
        if (key) cells[key] = row.cells[i];
      });
      const parsed = rowToBody(cells, reference);
      const dto = plainToInstance(CreateChildDto, parsed.body);
      const invalid = [
        ...parsed.errors,
        ...flatten(validateSync(dto, { whitelist: true, stopAtFirstError: true })),
      ];
      if (invalid.length > 0) {
        outcomes.set(row.row, rejected(fieldMessages(invalid, dto, cells)));
        continue;
      }
      try {
        const fields = checkChild(dto, reference, scope, today);
        checked.push({ row: row.row, cells, id: parsed.id, body: dto, fields });
      } catch (error) {
        if (!(error instanceof AppException)) throw error;
        outcomes.set(row.row, rejected(problemMessages(error, dto, cells)));
      }
    }
    return { rows, checked, outcomes, today };
  }

  /** Matches a prepared batch and writes it, its counters, rejected rows and audit entry. */
  private async commit(
    entry: ChildImport,
    { rows, checked, outcomes, today }: PreparedBatch,
    reference: RegistryReference,
    seen: Map<string, number>,
  ): Promise<void> {
    await this.dataSource.transaction(async (tx) => {
      await this.match(tx, entry, checked, reference, seen, outcomes, today);
      const creates = checked.filter((c) => outcomes.get(c.row)?.kind === 'create');
      const updates = checked.filter((c) => outcomes.get(c.row)?.kind === 'update');
      if (!entry.dryRun) await this.write(tx, entry, creates, updates, outcomes);
      const counts = { processed: rows.length, created: 0, updated: 0, unchanged: 0, rejected: 0 };
      const errors: Omit<ChildImportError, 'id'>[] = [];
      for (const [row, outcome] of outcomes) {
        if (outcome.kind === 'create') counts.created += 1;
        else if (outcome.kind === 'update') counts.updated += 1;
        else if (outcome.kind === 'unchanged') counts.unchanged += 1;
        else {
          counts.rejected += 1;
          for (const e of outcome.errors) {
            errors.push({
              importId: entry.id,
              row,
              field: e.field,
              messageVi: e.vi,
              messageEn: e.en,
            });
          }
        }
      }
      await this.imports.recordBatch(tx, entry.id, counts, errors);
      if (!entry.dryRun && counts.created + counts.updated > 0) {
        await this.audit.record(
          {
            actor: entry.actor,
            action: 'child.imported',
            entity: { type: 'child_import', id: entry.id },
            details: {
              rows: [rows[0].row, rows[rows.length - 1].row],
              created: counts.created,
              updated: counts.updated,
            },
          },
          tx,
        );
      }
    });
  }

  /**
   * Decides, for each valid row, whether it is a new child, a change to a record, the same as a
   * record, or a row to refuse; rows already seen in the file are refused as repeats.
   */
  private async match(
    tx: EntityManager,
    entry: ChildImport,
    rows: CheckedRow[],
    reference: RegistryReference,
    seen: Map<string, number>,
    outcomes: Map<number, RowOutcome>,
    today: string,
  ): Promise<void> {
    const scope = entry.actor.scope;
    const personalIds = rows.flatMap((r) => (r.fields.personalId ? [r.fields.personalId] : []));
    // One after the other: the transaction's connection runs one query at a time (pg warns of
    // two at once, and pg 9 refuses them).
    const records = await this.children.matches(
      scope,
      {
        ids: rows.flatMap((r) => (r.id && isUuid(r.id) ? [r.id] : [])),
        personalIds,
        fingerprints: rows.map((r) => r.fields.fingerprint),
      },
      tx,
    );
    const holders = await this.children.holdersOfPersonalIds(personalIds, tx);
    const byId = new Map(records.map((c) => [c.id, c]));
    const byPersonalId = new Map(records.flatMap((c) => (c.personalId ? [[c.personalId, c]] : [])));
    const byFingerprint = new Map(records.map((c) => [c.fingerprint, c]));
    const holderOf = new Map(holders.map((h) => [h.personalId!, h]));

    for (const r of rows) {
      const { personalId, fingerprint } = r.fields;
      const keys = [r.id && `id:${r.id}`, personalId && `pid:${personalId}`, `fp:${fingerprint}`];
      const earlier = keys.map((k) => k && seen.get(k)).find(Boolean);
      if (earlier) {
        outcomes.set(r.row, rejected([rowMessage(null, 'duplicate-row', { row: earlier })]));
        continue;
      }
      for (const k of keys) if (k) seen.set(k, r.row);

      let record: Child | undefined;
      if (r.id) {
        record = byId.get(r.id);
        if (!record) {
          outcomes.set(r.row, rejected([rowMessage('id', 'id-not-found', { id: r.id })]));
          continue;
        }
      } else {
        record = (personalId && byPersonalId.get(personalId)) || byFingerprint.get(fingerprint);
        if (record?.personalId && personalId && record.personalId !== personalId) {
          outcomes.set(
            r.row,
            rejected([
              rowMessage('personalId', 'personal-id-differs', {
                id: record.id,
                personalId: record.personalId,
              }),
            ]),
          );
          continue;
        }
      }
      if (record) {
        const sameRecord = seen.get(`id:${record.id}`);
        if (sameRecord && sameRecord !== r.row) {
          outcomes.set(r.row, rejected([rowMessage(null, 'duplicate-row', { row: sameRecord })]));
          continue;
        }
        seen.set(`id:${record.id}`, r.row);
      }
      const holder = personalId ? holderOf.get(personalId) : undefined;
      if (holder && holder.id !== record?.id) {
        outcomes.set(
          r.row,
          rejected(problemMessages(personalIdTaken(personalId!, holder, scope), r.body, r.cells)),
        );
        continue;
      }
      if (!record) {
        outcomes.set(r.row, { kind: 'create', fields: r.fields });
        continue;
      }
      try {
        const fields = checkChild(overlay(asBody(record), r.body), reference, scope, today);
        const changed = Object.keys(changedFields(record, fields));
        const locked = CHECKED_FIELDS.find((field) => changed.includes(field));
        if (record.verificationStatus === 'verified' && locked) {
          outcomes.set(r.row, rejected([rowMessage(locked, 'verified-record', { id: record.id })]));
          continue;
        }
        outcomes.set(
          r.row,
          changed.length === 0 ? { kind: 'unchanged' } : { kind: 'update', before: record, fields },
        );
      } catch (error) {
        if (!(error instanceof AppException)) throw error;
        outcomes.set(r.row, rejected(problemMessages(error, r.body, r.cells)));
      }
    }
  }

  private async write(
    tx: EntityManager,
    entry: ChildImport,
    creates: CheckedRow[],
    updates: CheckedRow[],
    outcomes: Map<number, RowOutcome>,
  ): Promise<void> {
    const actor = entry.actor;
    const by = { actorId: actor.id, actorName: actor.fullName ?? actor.name, importId: entry.id };
    const ids = await this.children.insertMany(
      tx,
      creates.map((c) => ({ ...c.fields, createdBy: actor.id, updatedBy: actor.id })),
    );
    const history = creates.map((c, i) => ({
      ...by,
      childId: ids[i],
      action: 'imported',
      changes: historyChanges(null, c.fields),
    }));
    const updated = updates.map((u) => ({
      row: u.row,
      ...(outcomes.get(u.row) as Extract<RowOutcome, { kind: 'update' }>),
    }));
    // A record changed since it was matched is left as it is, as the API's If-Match would.
    const replaced = await this.children.updateMany(
      tx,
      updated.map(({ before, fields }) => ({
        ...fields,
        id: before.id,
        version: before.version,
        updatedBy: actor.id,
      })),
    );
    for (const { row, before, fields } of updated) {
      if (!replaced.has(before.id)) {
        outcomes.set(row, rejected([rowMessage(null, 'changed-meanwhile', { id: before.id })]));
        continue;
      }
      history.push({
        ...by,
        childId: before.id,
        action: 'import_updated',
        changes: historyChanges(before, fields),
      });
    }
    await this.histories.addHistory(tx, history);
  }
}

function isUuid(value: string): boolean {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);
}
