// The rows of a children import: each read and checked like a POST, then matched to a record
// (by the sheet's id column, else the personal ID, else the fingerprint of name, date of birth,
// commune and a parent) and created, updated or left unchanged.
import { Injectable } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import type { EntityManager } from 'typeorm';
import { AppException } from '../common/app.exception.js';
import { flatten } from '../common/validation.pipe.js';
import {
  type Cells,
  fieldMessages,
  problemMessages,
  rejected,
  type RowMessages,
  rowMessage,
} from './child-import-report.js';
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
import type { ChildImport } from './entities/child-import.entity.js';
import type { Child } from './entities/child.entity.js';
import { CHECKED_PER_TURN, type ImportBatches, type ImportRows, isUuid } from './import-rows.js';
import { CHECKED_FIELDS } from './population-match.js';
import type { SheetKey } from './sheet-columns.js';
import type { SheetRow } from './sheet-reader.js';

/** What a row of children became: refused, a new child, a change to a record, or neither. */
type RowOutcome =
  | { kind: 'rejected'; errors: RowMessages }
  | { kind: 'create'; fields: ChildFields }
  | { kind: 'update'; before: Child; fields: ChildFields }
  | { kind: 'unchanged' };

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

@Injectable()
export class ChildImportRows implements ImportRows {
  readonly auditAction = 'child.imported';

  constructor(
    private readonly children: ChildrenRepository,
    private readonly histories: ChildHistoryRepository,
    private readonly registry: ChildrenService,
  ) {}

  async begin(
    entry: ChildImport,
    columns: (string | null)[],
  ): Promise<ImportBatches<PreparedBatch>> {
    const reference = await this.registry.registryReference();
    // Rows already seen in the file, by their keys: a repeat is refused.
    const seen = new Map<string, number>();
    return {
      prepare: (rows) => this.prepare(entry, columns as (SheetKey | null)[], rows, reference),
      apply: async (tx, batch) => {
        await this.match(tx, entry, batch.checked, reference, seen, batch.outcomes, batch.today);
        if (entry.dryRun) return;
        const creates = batch.checked.filter((c) => batch.outcomes.get(c.row)?.kind === 'create');
        const updates = batch.checked.filter((c) => batch.outcomes.get(c.row)?.kind === 'update');
        await this.write(tx, entry, creates, updates, batch.outcomes);
      },
    };
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
