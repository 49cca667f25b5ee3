// What the import job asks of each kind of import (children, supports): to check a batch of rows
// on their own, then to match and write them in the batch's transaction.
import type { EntityManager } from 'typeorm';
import type { RowMessages } from './child-import-report.js';
import type { ChildImport } from './entities/child-import.entity.js';
import type { SheetRow } from './sheet-reader.js';

/**
 * Rows checked between two turns of the event loop: the previous batch's statements are sent and
 * their answers taken in those turns, so the database works while the next batch is checked.
 */
export const CHECKED_PER_TURN = 50;

/** What a row became: refused with its reasons, something new, a change, or nothing to do. */
export type RowOutcome =
  { kind: 'rejected'; errors: RowMessages } | { kind: 'create' | 'update' | 'unchanged' };

/** A batch read and checked; `apply` gives each of its rows an outcome. */
export interface PreparedBatch {
  rows: SheetRow[];
  outcomes: Map<number, RowOutcome>;
}

/** One run's handling of batches, with what the run reads once (reference lists, rows seen). */
export interface ImportBatches<P extends PreparedBatch = PreparedBatch> {
  /** Reads and checks rows on their own (CPU), while the previous batch is in the database. */
  prepare(rows: SheetRow[]): Promise<P>;
  /** Matches the batch against what is stored and, unless a dry run, writes it. */
  apply(tx: EntityManager, batch: P): Promise<void>;
}

export interface ImportRows {
  /** The audit action of a batch that wrote something. */
  readonly auditAction: string;
  /** Starts a run over a file whose header named these columns (null: a column not read). */
  begin(entry: ChildImport, columns: (string | null)[]): Promise<ImportBatches>;
}

/** Whether a sheet's id cell can be a record's id at all (the database refuses anything else). */
export function isUuid(value: string): boolean {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);
}
