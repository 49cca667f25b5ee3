// The row report of a spreadsheet import: what each row became and why, the row's messages in
// both languages, and the whole report of rejected rows as an .xlsx.
import type { Writable } from 'node:stream';
import { Injectable } from '@nestjs/common';
import type { Actor } from '../access/actor.js';
import { AppException, type FieldError } from '../common/app.exception.js';
import { fill, type Language, problemText, validationMessage } from '../common/i18n.js';
import { IMPORT_ROW_MESSAGES, type ImportRowMessage } from './children.messages.js';
import { type CellValue, cellMessage, text } from './child-sheet.js';
import { ChildImportsRepository } from './child-imports.repository.js';
import type { CreateChildDto } from './dto/child.dto.js';
import type { ChildImportError } from './entities/child-import.entity.js';
import { headerOf, IMPORT_COLUMNS, type SheetKey } from './sheet-columns.js';
import { writeSheet } from './sheet-writer.js';
import { IMPORT_REPORT_TEXT } from './children.messages.js';

/** Rejected rows' reasons read per query when the whole report is written. */
const REPORT_BATCH = 2000;

/** A row's reasons to be refused, each about a column (null: the row as a whole), in both languages. */
export type RowMessages = { field: string | null; vi: string; en: string }[];

/** A row's cells by the column the header names. */
export type Cells<K extends string = SheetKey> = Partial<Record<K, CellValue>>;

/** The rejected rows of one of the caller's imports, as a spreadsheet. */
@Injectable()
export class ChildImportReport {
  constructor(private readonly imports: ChildImportsRepository) {}

  /**
   * The whole per-row report of one of the caller's imports as an .xlsx (the status shows the
   * first reasons only): the row, the column as the template heads it, the reason, in `language`.
   * Written to the stream `open` returns once the import is found, a batch of reasons at a time.
   */
  async write(id: string, actor: Actor, language: Language, open: () => Writable): Promise<void> {
    const entry = await this.imports.ownImport(id, actor.id);
    if (!entry) throw new AppException('not-found');
    const out = open();
    const sheet = writeSheet(out, IMPORT_REPORT_TEXT.title[language], [
      { key: 'row', header: IMPORT_REPORT_TEXT.row[language], width: 8 },
      { key: 'column', header: IMPORT_REPORT_TEXT.column[language], width: 30 },
      { key: 'reason', header: IMPORT_REPORT_TEXT.reason[language], width: 90 },
    ]);
    let after: ChildImportError | null = null;
    for (;;) {
      const errors = await this.imports.errorsAfter(id, after, REPORT_BATCH);
      for (const error of errors) {
        sheet.add({
          row: error.row,
          column:
            error.field === null
              ? IMPORT_REPORT_TEXT.wholeRow[language]
              : headerOf(error.field, IMPORT_COLUMNS[entry.kind]),
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
}

/** A problem's detail in both languages. */
export function bothLanguages(error: AppException): { vi: string; en: string } {
  const problem = problemText(error.code);
  return { vi: fill(problem.detail.vi, error.params), en: fill(problem.detail.en, error.params) };
}

export function rejected(errors: RowMessages): { kind: 'rejected'; errors: RowMessages } {
  return { kind: 'rejected', errors };
}

export function rowMessage(
  field: string | null,
  message: ImportRowMessage,
  params: Record<string, string | number>,
): RowMessages[number] {
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
export function fieldMessages(
  errors: FieldError[],
  body: Partial<CreateChildDto>,
  cells: Cells,
): RowMessages {
  return errors.map((e) => {
    const field = columnOf(e.field, body);
    const header = headerOf(field);
    const value =
      e.constraint === 'unknownCode'
        ? String(valueAt(body, e.field))
        : text(cells[field as SheetKey]);
    const message = cellMessage(field, e, value) ?? {
      vi: validationMessage(e, 'vi'),
      en: validationMessage(e, 'en'),
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
export function problemMessages(
  error: AppException,
  body: Partial<CreateChildDto>,
  cells: Cells,
): RowMessages {
  if (error.fieldErrors.length > 0) return fieldMessages(error.fieldErrors, body, cells);
  const place = ['unknown-area', 'ambiguous-commune', 'commune-not-in-province', 'out-of-scope'];
  return [
    {
      field: place.includes(error.code) ? 'communeCode' : null,
      ...bothLanguages(error),
    },
  ];
}
