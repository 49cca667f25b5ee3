import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { JobActor } from '../../access/actor.js';

export const IMPORT_STATUSES = ['queued', 'running', 'done', 'failed'] as const;
export type ImportStatus = (typeof IMPORT_STATUSES)[number];

/** What a file imports: children's records, or the support children receive (issue 26). */
export const IMPORT_KINDS = ['children', 'supports'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

/**
 * A spreadsheet import (nhập dữ liệu trẻ em từ bảng tính). The file is kept in the database so
 * any worker process can run it; counters and the row reached are committed with each batch, so a
 * worker that dies mid-file resumes where the last batch ended.
 */
@Entity('child_imports')
@Index(['createdBy', 'createdAt'])
@Check('CHK_child_imports_kind', `"kind" IN ('children', 'supports')`)
export class ChildImport {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 10, default: 'children' })
  kind!: ImportKind;

  @Column({ type: 'varchar', length: 10 })
  status!: ImportStatus;

  @Column({ type: 'text' })
  fileName!: string;

  @Column({ type: 'varchar', length: 4 })
  format!: 'xlsx' | 'csv';

  @Column({ type: 'boolean' })
  dryRun!: boolean;

  @Column({ type: 'bytea', select: false })
  file!: Buffer;

  @Column({ type: 'varchar', length: 64 })
  fileSha256!: string;

  @Column({ type: 'jsonb' })
  actor!: JobActor;

  /** Data rows in the file; known once the file has been read through. */
  @Column({ type: 'integer', nullable: true })
  total!: number | null;

  /** Data rows handled so far (committed). */
  @Column({ type: 'integer', default: 0 })
  processed!: number;

  @Column({ type: 'integer', default: 0 })
  created!: number;

  @Column({ type: 'integer', default: 0 })
  updated!: number;

  @Column({ type: 'integer', default: 0 })
  unchanged!: number;

  @Column({ type: 'integer', default: 0 })
  rejected!: number;

  /** Why the whole import failed (an unreadable file, unknown headers), in Vietnamese and English. */
  @Column({ type: 'jsonb', nullable: true })
  failure!: { vi: string; en: string } | null;

  @Column({ type: 'uuid' })
  createdBy!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  startedAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  finishedAt!: Date | null;
}

/** One reason a row was rejected, in both languages. */
@Entity('child_import_errors')
@Index(['importId', 'row'])
export class ChildImportError {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id!: string;

  @Column({ type: 'uuid' })
  importId!: string;

  /** The spreadsheet's row number (the header is row 1). */
  @Column({ type: 'integer' })
  row!: number;

  @Column({ type: 'varchar', length: 60, nullable: true })
  field!: string | null;

  @Column({ type: 'text' })
  messageVi!: string;

  @Column({ type: 'text' })
  messageEn!: string;
}
