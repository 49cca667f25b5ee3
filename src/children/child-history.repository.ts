/**
 * A record's history: the entries added with each change (append-only, conventions.md rule 4),
 * the sealed fields' values sealed in them as in the record, and a record's history with that of
 * the records merged into it.
 */
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { openText, sealText } from '../common/field-cipher.js';
import { ChildHistory } from './entities/child-history.entity.js';
import { insertJson } from './json-recordset.js';
import { sealedChanges } from './sealed-fields.js';

/** The SQL of the records' history. */
@Injectable()
export class ChildHistoryRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Adds history entries, the sealed fields' values sealed in their changes as in the record. */
  async addHistory(
    manager: EntityManager,
    entries: Partial<ChildHistory> | Partial<ChildHistory>[],
  ): Promise<void> {
    const sealed = (Array.isArray(entries) ? entries : [entries]).map((entry) =>
      entry.changes ? { ...entry, changes: sealedChanges(entry.changes, sealText) } : entry,
    );
    await insertJson(manager, ChildHistory, sealed);
  }

  /** The history of a record and of the records merged into it, oldest first. */
  async history(childId: string): Promise<ChildHistory[]> {
    const entries = await this.dataSource
      .getRepository(ChildHistory)
      .createQueryBuilder('h')
      .where(
        'h.child_id = :childId OR h.child_id IN (SELECT id FROM children WHERE merged_into = :childId)',
        { childId },
      )
      .orderBy('h.id', 'ASC')
      .getMany();
    return entries.map((entry) => ({ ...entry, changes: sealedChanges(entry.changes, openText) }));
  }
}
