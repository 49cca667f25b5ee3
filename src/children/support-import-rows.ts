// The rows of a support import (issue 26): a commune's list of allowances, cards, scholarships…
// Each row names a child (the record's id, else the personal ID, else the name and date of birth,
// which must then be one child of the officer's areas) and one support, checked as the API checks
// it. A support is the same when the child, its kind and its first day are: a row about it again
// leaves it as it is or, with an end, an amount or a provider that differ, changes it.
import { Injectable } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import type { EntityManager } from 'typeorm';
import type { FieldError } from '../common/app.exception.js';
import { validationMessage } from '../common/i18n.js';
import { flatten } from '../common/validation.pipe.js';
import { ReferenceService } from '../reference/reference.service.js';
import { type Cells, rejected, type RowMessages, rowMessage } from './child-import-report.js';
import { type CellValue, cellMessage, dayCell, personalIdCell, text } from './child-sheet.js';
import { SUPPORT_KINDS, supportProblems } from './child-supports.service.js';
import { ChildSupportsRepository } from './child-supports.repository.js';
import type { ImportCellHint } from './children.messages.js';
import { ChildrenRepository } from './children.repository.js';
import { CreateChildSupportDto } from './dto/child-support.dto.js';
import type { ChildImport } from './entities/child-import.entity.js';
import type { ChildSupport, SupportProvider } from './entities/child-support.entity.js';
import type { Child } from './entities/child.entity.js';
import {
  CHECKED_PER_TURN,
  type ImportBatches,
  type ImportRows,
  isUuid,
  type RowOutcome,
} from './import-rows.js';
import { headerOf, SUPPORT_COLUMNS, type SupportSheetKey } from './sheet-columns.js';
import type { SheetRow } from './sheet-reader.js';
import { normalizeName } from './vietnamese-name.js';

/** Who gives the support, in the sheet's words. */
export const PROVIDER_LABELS: Record<SupportProvider, string> = {
  state: 'Nhà nước',
  organization: 'Tổ chức',
  donor: 'Nhà tài trợ',
};

const PROVIDERS = new Map<string, SupportProvider>(
  Object.entries(PROVIDER_LABELS).flatMap(([provider, label]) => [
    [normalizeName(label), provider as SupportProvider],
    [provider, provider as SupportProvider],
  ]),
);

/** The columns whose errors say what to write, in the template's words. */
const HINTS: Partial<Record<SupportSheetKey, ImportCellHint>> = {
  personalId: 'personalId',
  dateOfBirth: 'day',
  kind: 'supportKind',
  provider: 'provider',
  startsOn: 'day',
  endsOn: 'day',
  amount: 'amount',
};

const ORDER: string[] = SUPPORT_COLUMNS.map((c) => c.key);

/** How a row names its child. */
interface Whose {
  id?: string;
  personalId?: string;
  fullName?: string;
  dateOfBirth?: string;
}

interface CheckedRow {
  row: number;
  whose: Whose;
  support: CreateChildSupportDto;
}

interface PreparedBatch {
  rows: SheetRow[];
  checked: CheckedRow[];
  outcomes: Map<number, RowOutcome>;
}

@Injectable()
export class SupportImportRows implements ImportRows {
  readonly auditAction = 'child.supports_imported';

  constructor(
    private readonly children: ChildrenRepository,
    private readonly supports: ChildSupportsRepository,
    private readonly reference: ReferenceService,
  ) {}

  async begin(
    entry: ChildImport,
    columns: (string | null)[],
  ): Promise<ImportBatches<PreparedBatch>> {
    const kinds = await this.reference.codes(SUPPORT_KINDS);
    // A kind by its code or its name, as the template's "Mã danh mục" sheet lists both.
    const kindOf = new Map<string, string>();
    for (const item of kinds.values()) {
      kindOf.set(normalizeName(item.code), item.code);
      kindOf.set(normalizeName(item.name), item.code);
    }
    // Supports already met in the file (child, kind, first day) → the row that named them.
    const seen = new Map<string, number>();
    return {
      prepare: async (rows) => {
        const outcomes = new Map<number, RowOutcome>();
        const checked: CheckedRow[] = [];
        for (const [n, row] of rows.entries()) {
          if (n > 0 && n % CHECKED_PER_TURN === 0)
            await new Promise((resolve) => setImmediate(resolve));
          const cells: Cells<SupportSheetKey> = {};
          columns.forEach((key, i) => {
            if (key) cells[key as SupportSheetKey] = row.cells[i];
          });
          const { whose, body } = readRow(cells, kindOf);
          const dto = plainToInstance(CreateChildSupportDto, body);
          const invalid = flatten(validateSync(dto, { whitelist: true, stopAtFirstError: true }));
          invalid.push(
            ...supportProblems(dto, kinds).filter((e) => !invalid.some((i) => i.field === e.field)),
          );
          // In the sheet's order of columns, as the officer reads the row.
          invalid.sort((a, b) => ORDER.indexOf(a.field) - ORDER.indexOf(b.field));
          const messages = invalid.map((e) => fieldMessage(e, cells));
          if (!whose.id && !whose.personalId && !(whose.fullName && whose.dateOfBirth)) {
            messages.push(rowMessage(null, 'support-child-missing', {}));
          }
          if (messages.length > 0) outcomes.set(row.row, rejected(messages));
          else checked.push({ row: row.row, whose, support: dto });
        }
        return { rows, checked, outcomes };
      },
      apply: async (tx, batch) => {
        const children = await this.whose(tx, entry, batch);
        const stored = await this.supports.ofStanding(tx, [
          ...new Set([...children.values()].map((c) => c.id)),
        ]);
        const byKey = new Map(stored.map((s) => [key(s.standingId, s), s]));
        const creates: Partial<ChildSupport>[] = [];
        const by = {
          createdBy: entry.actor.id,
          createdByName: entry.actor.fullName ?? entry.actor.name,
        };
        for (const r of batch.checked) {
          const child = children.get(r.row);
          if (!child) continue;
          const k = key(child.id, r.support);
          const earlier = seen.get(k);
          if (earlier !== undefined) {
            batch.outcomes.set(
              r.row,
              rejected([rowMessage(null, 'support-duplicate-row', { row: earlier })]),
            );
            continue;
          }
          seen.set(k, r.row);
          const fields = {
            provider: r.support.provider,
            providerName: r.support.providerName ?? null,
            endsOn: r.support.endsOn ?? null,
            amount: r.support.amount ?? null,
            programme: r.support.programme ?? null,
          };
          const existing = byKey.get(k);
          if (!existing) {
            batch.outcomes.set(r.row, { kind: 'create' });
            creates.push({
              childId: child.id,
              kind: r.support.kind,
              startsOn: r.support.startsOn,
              ...fields,
              ...by,
            });
          } else if (
            Object.entries(fields).every(([f, v]) => existing[f as keyof typeof fields] === v)
          ) {
            batch.outcomes.set(r.row, { kind: 'unchanged' });
          } else {
            batch.outcomes.set(r.row, { kind: 'update' });
            if (!entry.dryRun) await this.supports.update(tx, existing.id, fields);
          }
        }
        if (!entry.dryRun) await this.supports.insertMany(tx, creates);
      },
    };
  }

  /** The child each checked row names, among the actor's records; rows naming none are refused. */
  private async whose(
    tx: EntityManager,
    entry: ChildImport,
    batch: PreparedBatch,
  ): Promise<Map<number, Child>> {
    const named = batch.checked.map((r) => r.whose);
    const records = await this.children.named(
      entry.actor.scope,
      {
        ids: named.flatMap((w) => (w.id && isUuid(w.id) ? [w.id] : [])),
        personalIds: named.flatMap((w) => (w.personalId ? [w.personalId] : [])),
        birthDates: named.flatMap((w) =>
          w.dateOfBirth && !w.id && !w.personalId ? [w.dateOfBirth] : [],
        ),
      },
      tx,
    );
    const found = new Map<number, Child>();
    for (const { row, whose } of batch.checked) {
      let problem: RowMessages[number] | null = null;
      if (whose.id) {
        const child = records.find((c) => c.id === whose.id);
        if (child) found.set(row, child);
        else problem = rowMessage('id', 'id-not-found', { id: whose.id });
      } else if (whose.personalId) {
        const child = records.find((c) => c.personalId === whose.personalId);
        if (child) found.set(row, child);
        else
          problem = rowMessage('personalId', 'support-child-not-found', {
            personalId: whose.personalId,
          });
      } else {
        const name = normalizeName(whose.fullName!);
        const same = records.filter(
          (c) => c.dateOfBirth === whose.dateOfBirth && normalizeName(c.fullName) === name,
        );
        if (same.length === 1) found.set(row, same[0]);
        else if (same.length === 0) {
          problem = rowMessage('fullName', 'support-child-not-named', {
            fullName: whose.fullName!,
            dateOfBirth: dayMonthYear(whose.dateOfBirth!),
          });
        } else problem = rowMessage('fullName', 'support-child-ambiguous', { count: same.length });
      }
      if (problem) batch.outcomes.set(row, rejected([problem]));
    }
    return found;
  }
}

/** A row's cells as the child it names and the support's body, values not understood kept as typed. */
function readRow(
  cells: Cells<SupportSheetKey>,
  kindOf: Map<string, string>,
): { whose: Whose; body: Record<string, unknown> } {
  const cell = (key: SupportSheetKey) => cells[key];
  const day = (key: SupportSheetKey) => dayCell(cell(key)) ?? text(cell(key));
  const kind = text(cell('kind'));
  const provider = text(cell('provider'));
  return {
    whose: {
      id: text(cell('id')),
      personalId: personalIdCell(cell('personalId')),
      fullName: text(cell('fullName')),
      dateOfBirth: dayCell(cell('dateOfBirth')),
    },
    body: {
      kind: kind && (kindOf.get(normalizeName(kind)) ?? kind),
      provider: provider && (PROVIDERS.get(normalizeName(provider)) ?? provider),
      providerName: text(cell('providerName')),
      startsOn: day('startsOn'),
      endsOn: day('endsOn'),
      amount: amount(cell('amount')),
      programme: text(cell('programme')),
    },
  };
}

/** An amount in đồng: a number cell, or digits grouped by dots, commas or spaces (500.000). */
function amount(value: CellValue): number | string | undefined {
  if (typeof value === 'number') return value;
  const raw = text(value);
  if (raw === undefined) return undefined;
  const digits = raw.replace(/[\s.,]/g, '').replace(/(đồng|đ|vnđ|vnd)$/i, '');
  return /^\d{1,10}$/.test(digits) ? Number(digits) : raw;
}

/** A field error as a row message: the column as the template heads it, what to write. */
function fieldMessage(error: FieldError, cells: Cells<SupportSheetKey>): RowMessages[number] {
  const field = error.field;
  const value = text(cells[field as SupportSheetKey]);
  const message = cellMessage(field, error, value, HINTS) ?? {
    vi: validationMessage(error, 'vi'),
    en: validationMessage(error, 'en'),
  };
  const header = headerOf(field, SUPPORT_COLUMNS);
  return { field, vi: `${header}: ${message.vi}`, en: `${field}: ${message.en}` };
}

function key(childId: string, support: Pick<ChildSupport, 'kind' | 'startsOn'>): string {
  return `${childId}|${support.kind}|${support.startsOn}`;
}

function dayMonthYear(day: string): string {
  const [y, m, d] = day.split('-');
  return `${d}/${m}/${y}`;
}
