import { Injectable, Logger } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { SEALED_PATTERN, sealIfClear } from '../common/field-cipher.js';
import { OnJob } from '../queue/on-job.decorator.js';
import { JobName } from '../queue/queue.constants.js';
import type { Child } from './entities/child.entity.js';
import { SEALED_FIELDS, sealedChanges, sealedFields } from './sealed-fields.js';

/** Rows sealed per transaction. */
const BATCH = 500;

/** A text expression holding a value stored in clear (`$1` is the sealed shape). */
const clear = (expr: string) => `(${expr} IS NOT NULL AND ${expr} !~ $1)`;

/**
 * Encryption at rest of the disability and the notes (issue 25) for the values stored before it:
 * a nightly job seals those still in clear in the records, their merges' snapshots and their
 * history entries (through `seal_child_history`, the history being append-only), a batch per
 * transaction. Sealing changes how a value is stored, not the record: its version stays.
 */
@Injectable()
export class ChildSealing {
  private readonly logger = new Logger(ChildSealing.name);

  constructor(private readonly dataSource: DataSource) {}

  @OnJob(JobName.SealStoredValues)
  async sealStored(): Promise<{ records: number; merges: number; history: number }> {
    const sealed = {
      records: await this.inBatches((tx) => this.records(tx)),
      merges: await this.inBatches((tx) => this.merges(tx)),
      history: await this.history(),
    };
    this.logger.log(sealed, 'Values stored in clear sealed');
    return sealed;
  }

  /** Runs `batch` in transactions until one finds fewer than BATCH rows. */
  private async inBatches(batch: (tx: EntityManager) => Promise<number>): Promise<number> {
    let total = 0;
    for (;;) {
      const done = await this.dataSource.transaction(batch);
      total += done;
      if (done < BATCH) return total;
    }
  }

  private async records(tx: EntityManager): Promise<number> {
    const rows: { id: string; disability: string | null; notes: string | null }[] = await tx.query(
      `SELECT id, disability, notes FROM children
       WHERE ${clear('disability')} OR ${clear('notes')}
       ORDER BY id LIMIT $2 FOR UPDATE SKIP LOCKED`,
      [SEALED_PATTERN, BATCH],
    );
    if (rows.length === 0) return 0;
    const sealed = rows.map((row) => ({
      id: row.id,
      disability: row.disability === null ? null : sealIfClear(row.disability),
      notes: row.notes === null ? null : sealIfClear(row.notes),
    }));
    await tx.query(
      `UPDATE children c SET disability = v.disability, notes = v.notes
       FROM jsonb_to_recordset($1::jsonb) AS v(id uuid, disability text, notes text)
       WHERE c.id = v.id`,
      [JSON.stringify(sealed)],
    );
    return rows.length;
  }

  private async merges(tx: EntityManager): Promise<number> {
    const snapshots = ['survivor_before', 'merged_before'];
    const inClear = snapshots.flatMap((column) =>
      SEALED_FIELDS.map((field) => clear(`${column}->>'${field}'`)),
    );
    const rows: { id: string; survivor_before: Partial<Child>; merged_before: Partial<Child> }[] =
      await tx.query(
        `SELECT id, survivor_before, merged_before FROM child_merges
         WHERE ${inClear.join(' OR ')}
         ORDER BY id LIMIT $2 FOR UPDATE SKIP LOCKED`,
        [SEALED_PATTERN, BATCH],
      );
    for (const row of rows) {
      await tx.query(
        'UPDATE child_merges SET survivor_before = $2, merged_before = $3 WHERE id = $1',
        [
          row.id,
          sealedFields(row.survivor_before, sealIfClear),
          sealedFields(row.merged_before, sealIfClear),
        ],
      );
    }
    return rows.length;
  }

  /** History entries, in order (an entry the function leaves as it is is not asked again). */
  private async history(): Promise<number> {
    const inClear = SEALED_FIELDS.flatMap((field) =>
      ['from', 'to'].map((side) => clear(`changes->'${field}'->>'${side}'`)),
    );
    let after = '0';
    let sealed = 0;
    for (;;) {
      const rows: { id: string; changes: Record<string, { from: unknown; to: unknown }> }[] =
        await this.dataSource.query(
          `SELECT id, changes FROM child_history
           WHERE id > $3 AND (${inClear.join(' OR ')})
           ORDER BY id LIMIT $2`,
          [SEALED_PATTERN, BATCH, after],
        );
      await this.dataSource.transaction(async (tx) => {
        for (const row of rows) {
          const fields = Object.fromEntries(
            SEALED_FIELDS.filter((field) => row.changes[field]).map((f) => [f, row.changes[f]]),
          );
          const [{ changed }]: { changed: boolean }[] = await tx.query(
            'SELECT seal_child_history($1, $2) AS changed',
            [row.id, sealedChanges(fields, sealIfClear)],
          );
          if (changed) sealed++;
        }
      });
      if (rows.length < BATCH) return sealed;
      after = rows.at(-1)!.id;
    }
  }
}
