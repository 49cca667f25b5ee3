import { createHash } from 'node:crypto';
import type { Writable } from 'node:stream';
import { Injectable, Logger } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import ExcelJS from 'exceljs';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import { type Actor, jobActor } from '../auth/actor.js';
import { AppException, type FieldError } from '../common/app.exception.js';
import {
  fill,
  IMPORT_ROW_MESSAGES,
  type ImportRowMessage,
  type Language,
  PROBLEMS,
  type ProblemCode,
  validationMessage,
} from '../common/i18n.js';
import { flatten } from '../common/validation.pipe.js';
import { OutboxService } from '../queue/outbox.service.js';
import { OnJob } from '../queue/on-job.decorator.js';
import { JobName, type JobPayloads } from '../queue/queue.constants.js';
import { ChildImportsRepository } from './child-imports.repository.js';
import {
  asBody,
  changedFields,
  checkChild,
  type ChildFields,
  historyChanges,
  type RegistryReference,
} from './child-rules.js';
import { type CellValue, cellMessage, overlay, rowToBody, text } from './child-sheet.js';
import { ChildrenRepository } from './children.repository.js';
import { ChildrenService, personalIdTaken } from './children.service.js';
import { ChildImportDto } from './dto/child-import.dto.js';
import { uploadedSheet, type UploadedSheet } from './sheet-upload.js';
import { writeSheet } from './sheet-writer.js';
import { CreateChildDto } from './dto/child.dto.js';
import type { ChildImport, ChildImportError } from './entities/child-import.entity.js';
import type { Child } from './entities/child.entity.js';
import { CHECKED_FIELDS } from './population-match.js';
import { columnOfHeader, headerOf, SHEET_COLUMNS, type SheetKey } from './sheet-columns.js';
import {
  countRows,
  readSheet,
  type SheetFormat,
  type SheetRow,
  UnreadableSheet,
} from './sheet-reader.js';

/** Rows written per transaction: progress, counters and rejected rows commit with them. */
const BATCH = 1000;
/**
 * Rows checked between two turns of the event loop: the previous batch's statements are sent and
 * their answers taken in those turns, so the database works while the next batch is checked.
 */
const CHECKED_PER_TURN = 50;
/** Rejected rows shown in the import's status; the rest are counted. */
const ERRORS_SHOWN = 1000;
/** Rejected rows' reasons read per query when the whole report is written. */
const REPORT_BATCH = 2000;

/** The report's sheet name and headers (the column itself as the template heads it). */
const REPORT_TEXT = {
  title: { vi: 'Dòng không nhập được', en: 'Rows not imported' },
  row: { vi: 'Dòng', en: 'Row' },
  column: { vi: 'Cột', en: 'Column' },
  reason: { vi: 'Lỗi', en: 'Problem' },
  wholeRow: { vi: '(cả dòng)', en: '(whole row)' },
} satisfies Record<string, Record<Language, string>>;

/** A reason to refuse a whole file (its type, headers), in both languages. */
class ImportFailure extends AppException {}

type RowOutcome =
  | { kind: 'rejected'; errors: { field: string | null; vi: string; en: string }[] }
  | { kind: 'create'; fields: ChildFields }
  | { kind: 'update'; before: Child; fields: ChildFields }
  | { kind: 'unchanged' };

interface PreparedBatch {
  rows: SheetRow[];
  checked: CheckedRow[];
  outcomes: Map<number, RowOutcome>;
  today: string;
}

type Cells = Partial<Record<SheetKey, CellValue>>;

interface CheckedRow {
  row: number;
  cells: Cells;
  id: string | null;
  body: Partial<CreateChildDto>;
  fields: ChildFields;
}

/**
 * Spreadsheet imports (nhập danh sách trẻ em từ Excel/CSV). The upload is stored and a job,
 * enqueued through the outbox, reads it as a stream in batches: each row is validated like a
 * POST, matched to an existing record (by the sheet's id column, else the personal ID, else the
 * fingerprint of name, date of birth, commune and a parent) and created, updated or left
 * unchanged. Each batch commits its records, history, counters, rejected rows and an audit entry
 * together, and the job resumes after the last committed batch, so importing a file twice, or a
 * worker dying mid-file, creates nothing twice.
 */
@Injectable()
export class ChildImportsService {
  private readonly logger = new Logger(ChildImportsService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly imports: ChildImportsRepository,
    private readonly children: ChildrenRepository,
    private readonly registry: ChildrenService,
    private readonly outbox: OutboxService,
    private readonly audit: AuditService,
  ) {}

  /** Stores the file and queues its import; a file whose headers cannot be used is refused now. */
  async start(
    file: UploadedSheet | undefined,
    dryRun: boolean,
    actor: Actor,
  ): Promise<{ id: string }> {
    if (!file) throw new AppException('import-file-missing');
    const { fileName, format } = uploadedSheet(file);
    await readHeader(file.buffer, format, fileName);
    const sha256 = createHash('sha256').update(file.buffer).digest('hex');
    return this.dataSource.transaction(async (tx) => {
      const id = await this.imports.insert(tx, {
        status: 'queued',
        fileName,
        format,
        dryRun,
        file: file.buffer,
        fileSha256: sha256,
        actor: jobActor(actor),
        createdBy: actor.id,
      });
      await this.outbox.enqueue(tx, JobName.ImportChildren, { importId: id }, { key: id });
      await this.audit.record(
        {
          actor,
          action: 'child.import_started',
          entity: { type: 'child_import', id },
          details: { fileName, format, dryRun, sha256, bytes: file.buffer.length },
        },
        tx,
      );
      return { id };
    });
  }

  async status(id: string, actor: Actor, language: Language): Promise<ChildImportDto> {
    const entry = await this.imports.ownImport(id, actor.id);
    if (!entry) throw new AppException('not-found');
    const errors = await this.imports.errors(id, ERRORS_SHOWN);
    return ChildImportDto.from(entry, errors, language);
  }

  /**
   * The whole per-row report of one of the caller's imports as an .xlsx (the status shows the
   * first reasons only): the row, the column as the template heads it, the reason, in `language`.
   * Written to the stream `open` returns once the import is found, a batch of reasons at a time.
   */
  async report(id: string, actor: Actor, language: Language, open: () => Writable): Promise<void> {
    if (!(await this.imports.ownImport(id, actor.id))) throw new AppException('not-found');
    const out = open();
    const sheet = writeSheet(out, REPORT_TEXT.title[language], [
      { key: 'row', header: REPORT_TEXT.row[language], width: 8 },
      { key: 'column', header: REPORT_TEXT.column[language], width: 30 },
      { key: 'reason', header: REPORT_TEXT.reason[language], width: 90 },
    ]);
    let after: ChildImportError | null = null;
    for (;;) {
      const errors = await this.imports.errorsAfter(id, after, REPORT_BATCH);
      for (const error of errors) {
        sheet.add({
          row: error.row,
          column: error.field === null ? REPORT_TEXT.wholeRow[language] : headerOf(error.field),
          reason: language === 'vi' ? error.messageVi : error.messageEn,
        });
      }
      if (errors.length < REPORT_BATCH) break;
      after = errors[errors.length - 1];
      await sheet.drained();
      if (out.destroyed) return; // the client went away
    }
    await sheet.commit();
  }

  /**
   * The template: the Vietnamese headers on the first sheet, the sheet an import reads, with no
   * rows; the codes on a second sheet; an example row on a third, where an import never looks
   * (on the first sheet, an example left in an upload was imported as a child).
   */
  async template(): Promise<Buffer> {
    const reference = await this.registry.registryReference();
    const workbook = new ExcelJS.Workbook();
    const columns = SHEET_COLUMNS.filter((c) => !('exportOnly' in c));
    const addSheet = (name: string) => {
      const sheet = workbook.addWorksheet(name);
      sheet.columns = columns.map((c) => ({ header: c.header, key: c.key, width: c.width }));
      sheet.getRow(1).font = { bold: true };
      sheet.views = [{ state: 'frozen', ySplit: 1 }];
      // Codes are text: keep Excel from dropping their leading zeros.
      for (const key of ['personalId', 'provinceCode', 'communeCode', 'ethnicityCode'] as const) {
        sheet.getColumn(key).numFmt = '@';
      }
      return sheet;
    };
    addSheet('Danh sách trẻ em');
    const codes = workbook.addWorksheet('Mã danh mục');
    codes.columns = [
      { header: 'Cột', key: 'column', width: 26 },
      { header: 'Mã', key: 'code', width: 22 },
      { header: 'Ý nghĩa', key: 'name', width: 80 },
    ];
    codes.getRow(1).font = { bold: true };
    const lists: [string, Map<string, { code: string; name: string }>][] = [
      ['Hoàn cảnh đặc biệt (mã)', reference.specialCircumstances],
      ['Yếu tố nguy cơ (mã)', reference.riskFactors],
      ['Tình trạng đi học (mã)', reference.schoolStatuses],
      ['Dân tộc', reference.ethnicities],
    ];
    for (const [column, items] of lists) {
      for (const item of items.values()) codes.addRow({ column, code: item.code, name: item.name });
    }
    codes.addRow({ column: 'Giới tính', code: 'Nam / Nữ / Không rõ' });
    codes.addRow({ column: 'Độ chính xác ngày sinh', code: 'chính xác / năm / ước tính' });
    addSheet('Ví dụ (không được nhập)').addRow({
      fullName: 'Nguyễn Văn An',
      dateOfBirth: '02/03/2015',
      sex: 'Nam',
      ethnicityCode: 'Kinh',
      provinceCode: '01',
      communeCode: '00004',
      village: 'Tổ dân phố 5',
      motherName: 'Trần Thị Hoa',
      fatherName: 'Nguyễn Văn Bình',
      schoolStatus: 'in_school',
    });
    return Buffer.from(await workbook.xlsx.writeBuffer());
  }

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
    await this.children.addHistory(tx, history);
  }
}

/** The header row (the first row with content): which column each cell names. */
async function readHeader(
  file: Buffer,
  format: SheetFormat,
  fileName: string,
): Promise<{ row: number; columns: (SheetKey | null)[] }> {
  let header: SheetRow | undefined;
  try {
    for await (const row of readSheet(file, format)) {
      header = row;
      break;
    }
  } catch (error) {
    if (error instanceof UnreadableSheet) throw unreadable(error, fileName);
    throw error;
  }
  if (!header) throw new ImportFailure('import-empty', { fileName });
  const names = header.cells.map((cell) => String(cell ?? '').trim());
  const columns = names.map((name) => (name ? columnOfHeader(name) : null));
  const unknown = names.filter((name, i) => name && !columns[i]);
  if (unknown.length > 0)
    throw new ImportFailure('import-headers', { columns: unknown.join(', ') });
  const missing = SHEET_COLUMNS.filter((c) => 'required' in c && !columns.includes(c.key));
  if (missing.length > 0) {
    throw new ImportFailure('import-missing-columns', {
      columns: missing.map((c) => c.header).join(', '),
    });
  }
  return { row: header.row, columns };
}

function unreadable(error: UnreadableSheet, fileName: string): ImportFailure {
  return new ImportFailure(error.code, { fileName, ...error.params });
}

function bothLanguages(error: AppException): { vi: string; en: string } {
  const problem = PROBLEMS[error.code as ProblemCode];
  return { vi: fill(problem.detail.vi, error.params), en: fill(problem.detail.en, error.params) };
}

function rejected(errors: { field: string | null; vi: string; en: string }[]): RowOutcome {
  return { kind: 'rejected', errors };
}

function rowMessage(
  field: string | null,
  message: ImportRowMessage,
  params: Record<string, string | number>,
): { field: string | null; vi: string; en: string } {
  const text = IMPORT_ROW_MESSAGES[message];
  return { field, vi: fill(text.vi, params), en: fill(text.en, params) };
}

/**
 * The spreadsheet column a field error is about: `caregivers.1.phone` is the phone column of the
 * second caregiver's relation, `specialCircumstances.0.code` the special circumstances column.
 */
function columnOf(field: string, body: Partial<CreateChildDto>): string {
  const [top, index, inner] = field.split('.');
  if (top === 'caregivers' && index !== undefined) {
    const relation = body.caregivers?.[Number(index)]?.relation ?? 'guardian';
    const suffix = inner === 'personalId' ? 'PersonalId' : inner === 'phone' ? 'Phone' : 'Name';
    return `${relation}${suffix}`;
  }
  return top;
}

/**
 * Row errors by column: what the cell should hold, in the template's words, with the value as
 * typed (an unknown code: the code itself), or the record's own validation message.
 */
function fieldMessages(
  errors: FieldError[],
  body: Partial<CreateChildDto>,
  cells: Cells,
): { field: string | null; vi: string; en: string }[] {
  return errors.map((e) => {
    const field = columnOf(e.field, body);
    const header = headerOf(field);
    const value =
      e.constraint === 'unknownCode'
        ? String(valueAt(body, e.field))
        : text(cells[field as SheetKey]);
    const message = cellMessage(field, e, value) ?? {
      vi: validationMessage(e.constraint, e.message, 'vi'),
      en: validationMessage(e.constraint, e.message, 'en'),
    };
    return { field, vi: `${header}: ${message.vi}`, en: `${field}: ${message.en}` };
  });
}

/** The value at a field error's path in a body: `specialCircumstances.1.code` → "zz". */
function valueAt(body: unknown, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>((at, key) => (at as Record<string, unknown> | undefined)?.[key], body);
}

/** A problem a row ran into, as the row's messages: its field errors, or its detail. */
function problemMessages(
  error: AppException,
  body: Partial<CreateChildDto>,
  cells: Cells,
): { field: string | null; vi: string; en: string }[] {
  if (error.fieldErrors.length > 0) return fieldMessages(error.fieldErrors, body, cells);
  const place = ['unknown-area', 'ambiguous-commune', 'commune-not-in-province', 'out-of-scope'];
  return [
    {
      field: place.includes(error.code) ? 'communeCode' : null,
      ...bothLanguages(error),
    },
  ];
}

function isUuid(value: string): boolean {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);
}
