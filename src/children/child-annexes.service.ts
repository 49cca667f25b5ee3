// What is kept beside a child's record, its support and its injuries (issue 26): read with the
// records merged into it, added to and removed from the record that stands, every change audited
// against the child in the same transaction.
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityTarget } from 'typeorm';
import type { Actor } from '../access/actor.js';
import { AuditService } from '../audit/audit.service.js';
import { AppException } from '../common/app.exception.js';
import { type Annex, ChildAnnexesRepository } from './child-annexes.repository.js';
import { ChildrenService } from './children.service.js';

/** A kind of row kept beside the record: its table, its order, its audit actions. */
export interface AnnexKind<E extends Annex> {
  target: EntityTarget<E>;
  /** Columns to list by, the first first. */
  order: [column: string, direction: 'ASC' | 'DESC'][];
  actions: { read: string; added: string; removed: string };
  /** What the audit log keeps of a row added or removed. */
  details: (row: E) => Record<string, unknown>;
}

@Injectable()
export class ChildAnnexesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly registry: ChildrenService,
    private readonly annexes: ChildAnnexesRepository,
    private readonly audit: AuditService,
  ) {}

  /** The rows of the record and of those merged into it (the read is audited). */
  async list<E extends Annex>(kind: AnnexKind<E>, id: string, actor: Actor): Promise<E[]> {
    const child = await this.registry.standing(id, actor);
    await this.audit.record({
      actor,
      action: kind.actions.read,
      entity: { type: 'child', id },
      area: child,
    });
    return this.annexes.ofChildren(kind.target, await this.registry.aliases(id), kind.order);
  }

  /** Adds a row to the record that stands, with its audit entry. */
  async add<E extends Annex>(
    kind: AnnexKind<E>,
    id: string,
    row: Partial<E>,
    actor: Actor,
  ): Promise<E> {
    const child = await this.registry.standing(id, actor);
    return this.dataSource.transaction(async (tx) => {
      const added = await this.annexes.insert(tx, kind.target, { ...row, childId: id });
      await this.audit.record(
        {
          actor,
          action: kind.actions.added,
          entity: { type: 'child', id },
          area: child,
          details: kind.details(added),
        },
        tx,
      );
      return added;
    });
  }

  /** Removes a row recorded by mistake (404 when the record has none by that id). */
  async remove<E extends Annex>(
    kind: AnnexKind<E>,
    id: string,
    rowId: string,
    actor: Actor,
  ): Promise<void> {
    const child = await this.registry.standing(id, actor);
    const ids = await this.registry.aliases(id);
    await this.dataSource.transaction(async (tx) => {
      const row = await this.annexes.lockOf(tx, kind.target, ids, rowId);
      if (!row) throw new AppException('not-found');
      await this.annexes.remove(tx, kind.target, rowId);
      await this.audit.record(
        {
          actor,
          action: kind.actions.removed,
          entity: { type: 'child', id },
          area: child,
          details: kind.details(row),
        },
        tx,
      );
    });
  }
}
