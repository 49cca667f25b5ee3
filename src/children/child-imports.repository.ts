import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { ChildImport, ChildImportError } from './entities/child-import.entity.js';

export interface BatchCounts {
  processed: number;
  created: number;
  updated: number;
  unchanged: number;
  rejected: number;
}

/** Bytes of an uploaded file read in one query. */
const FILE_PIECE = 1024 * 1024;

/** All SQL on imports: the uploaded file, its progress and its rejected rows. */
@Injectable()
export class ChildImportsRepository {
  constructor(private readonly dataSource: DataSource) {}

  async insert(manager: EntityManager, entry: Partial<ChildImport>): Promise<string> {
    const result = await manager.insert(ChildImport, entry);
    return (result.identifiers[0] as { id: string }).id;
  }

  /** An import started by this user; other people's imports read as absent. */
  ownImport(id: string, userId: string): Promise<ChildImport | null> {
    return this.dataSource.getRepository(ChildImport).findOneBy({ id, createdBy: userId });
  }

  /**
   * The import with its file, for the worker. The file comes in pieces: pg reads a value as hex
   * text and decodes it on the event loop, over a second for one 20 MB file read at once.
   */
  async withFile(id: string): Promise<ChildImport | null> {
    const entry = await this.dataSource.getRepository(ChildImport).findOneBy({ id });
    if (!entry) return null;
    const [{ bytes }] = await this.dataSource.query<{ bytes: number }[]>(
      'SELECT octet_length(file) AS bytes FROM child_imports WHERE id = $1',
      [id],
    );
    const pieces: Buffer[] = [];
    for (let at = 0; at < bytes; at += FILE_PIECE) {
      const [{ piece }] = await this.dataSource.query<{ piece: Buffer }[]>(
        'SELECT substring(file FROM $2 FOR $3) AS piece FROM child_imports WHERE id = $1',
        [id, at + 1, FILE_PIECE],
      );
      pieces.push(piece);
    }
    entry.file = Buffer.concat(pieces, bytes);
    return entry;
  }

  errors(importId: string, limit: number): Promise<ChildImportError[]> {
    return this.dataSource
      .getRepository(ChildImportError)
      .find({ where: { importId }, order: { row: 'ASC', id: 'ASC' }, take: limit });
  }

  /** The import's rejected rows' reasons after `after`, in (row, id) order. */
  errorsAfter(
    importId: string,
    after: Pick<ChildImportError, 'row' | 'id'> | null,
    limit: number,
  ): Promise<ChildImportError[]> {
    const q = this.dataSource
      .getRepository(ChildImportError)
      .createQueryBuilder('e')
      .where('e.import_id = :importId', { importId })
      .orderBy('e.row', 'ASC')
      .addOrderBy('e.id', 'ASC')
      .limit(limit);
    if (after) q.andWhere('(e.row, e.id) > (:row, :id)', { row: after.row, id: after.id });
    return q.getMany();
  }

  async start(id: string, total: number): Promise<void> {
    await this.dataSource
      .getRepository(ChildImport)
      .update(id, { status: 'running', total, startedAt: () => 'coalesce(started_at, now())' });
  }

  /** A batch's counters and rejected rows, in the batch's transaction. */
  async recordBatch(
    manager: EntityManager,
    id: string,
    counts: BatchCounts,
    errors: Omit<ChildImportError, 'id'>[],
  ): Promise<void> {
    if (errors.length > 0) await manager.insert(ChildImportError, errors);
    await manager
      .createQueryBuilder()
      .update(ChildImport)
      .set({
        processed: () => `processed + ${counts.processed}`,
        created: () => `created + ${counts.created}`,
        updated: () => `updated + ${counts.updated}`,
        unchanged: () => `unchanged + ${counts.unchanged}`,
        rejected: () => `rejected + ${counts.rejected}`,
      })
      .where('id = :id', { id })
      .execute();
  }

  async finish(
    manager: EntityManager,
    id: string,
    outcome: Pick<ChildImport, 'status' | 'failure'>,
  ): Promise<void> {
    await manager.getRepository(ChildImport).update(id, { ...outcome, finishedAt: () => 'now()' });
  }
}
