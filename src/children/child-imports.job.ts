// The job that runs a spreadsheet import: reads the stored file in batches, has the import's kind
// decide what each row becomes, and commits each batch with its counters, rejected rows and audit
// entry.
import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import { OutboxService } from '../queue/outbox.service.js';
import { OnJob } from '../queue/on-job.decorator.js';
import { JobName, type JobPayloads } from '../queue/queue.constants.js';
import { ImportFailure, readHeader, unreadable } from './child-import-header.js';
import { bothLanguages } from './child-import-report.js';
import { ChildImportRows } from './child-import-rows.js';
import { ChildImportsRepository } from './child-imports.repository.js';
import type { ChildImport, ChildImportError, ImportKind } from './entities/child-import.entity.js';
import type { ImportBatches, ImportRows, PreparedBatch } from './import-rows.js';
import { countRows, readSheet, type SheetRow, UnreadableSheet } from './sheet-reader.js';
import { SupportImportRows } from './support-import-rows.js';

/** Rows written per transaction: progress, counters and rejected rows commit with them. */
const BATCH = 1000;

/** The import's counter of each outcome. */
const COUNTED = { create: 'created', update: 'updated', unchanged: 'unchanged' } as const;

/**
 * Runs a spreadsheet import (nhập danh sách trẻ em, or the support they receive, from Excel/CSV),
 * enqueued through the outbox when the file was uploaded. It reads the stored file as a stream in
 * batches; the import's kind checks each row like a POST, matches it to what is stored and creates,
 * updates or leaves it (ChildImportRows, SupportImportRows). Each batch commits its writes,
 * counters, rejected rows and an audit entry together, and the job resumes after the last committed
 * batch, so importing a file twice, or a worker dying mid-file, creates nothing twice.
 */
@Injectable()
export class ChildImportJob {
  private readonly logger = new Logger(ChildImportJob.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly imports: ChildImportsRepository,
    private readonly outbox: OutboxService,
    private readonly audit: AuditService,
    childRows: ChildImportRows,
    supportRows: SupportImportRows,
  ) {
    this.kinds = { children: childRows, supports: supportRows };
  }

  private readonly kinds: Record<ImportKind, ImportRows>;

  /** The job: reads the file from the row after the last committed batch to the end. */
  @OnJob(JobName.ImportChildren)
  async run({ importId }: JobPayloads[JobName.ImportChildren]): Promise<void> {
    const entry = await this.imports.withFile(importId);
    if (!entry || entry.status === 'done' || entry.status === 'failed') return;
    // Batches commit one after the other; the next one is read and checked (CPU) while the
    // previous one is in the database.
    let committing: Promise<void> = Promise.resolve();
    try {
      const header = await readHeader(entry.file, entry.format, entry.fileName, entry.kind);
      // Reading the file through first finds what makes it unreadable before a row is written.
      const total = entry.total ?? (await countRows(entry.file, entry.format)) - 1;
      await this.imports.start(importId, total);
      const kind = this.kinds[entry.kind];
      const batches = await kind.begin(entry, header.columns);
      const commit = async (batch: SheetRow[]) => {
        const prepared = await batches.prepare(batch);
        await committing;
        committing = this.commit(entry, prepared, batches, kind.auditAction);
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
          details: { kind: entry.kind, status: outcome.status, dryRun: entry.dryRun },
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

  /** Matches a prepared batch and writes it, its counters, rejected rows and audit entry. */
  private async commit(
    entry: ChildImport,
    prepared: PreparedBatch,
    batches: ImportBatches,
    auditAction: string,
  ): Promise<void> {
    const { rows, outcomes } = prepared;
    await this.dataSource.transaction(async (tx) => {
      await batches.apply(tx, prepared);
      const counts = { processed: rows.length, created: 0, updated: 0, unchanged: 0, rejected: 0 };
      const errors: Omit<ChildImportError, 'id'>[] = [];
      for (const [row, outcome] of outcomes) {
        if (outcome.kind !== 'rejected') counts[COUNTED[outcome.kind]] += 1;
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
            action: auditAction,
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
}
