import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional } from 'class-validator';
import type { Language } from '../../common/i18n.js';
import { toBoolean } from '../../common/text.js';
import {
  type ChildImport,
  type ChildImportError,
  IMPORT_KINDS,
  IMPORT_STATUSES,
  type ImportKind,
  type ImportStatus,
} from '../entities/child-import.entity.js';
import { headerOf, IMPORT_COLUMNS } from '../sheet-columns.js';

/** Which template: the children's, or the support's. */
export class ImportKindQueryDto {
  @ApiPropertyOptional({ enum: IMPORT_KINDS, description: 'children (the default) or supports' })
  @IsOptional()
  @IsIn(IMPORT_KINDS)
  kind?: ImportKind;
}

/** The form fields besides `file`. */
export class StartImportDto extends ImportKindQueryDto {
  @ApiPropertyOptional({ description: 'Check every row and report, without writing anything' })
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  dryRun?: boolean;
}

export class StartImportBodyDto extends StartImportDto {
  @ApiProperty({ type: 'string', format: 'binary', description: '.xlsx or .csv, as the template' })
  file!: unknown;
}

export class ImportRowErrorDto {
  @ApiProperty({ description: 'Row number in the spreadsheet (the header is row 1)' })
  row!: number;
  @ApiProperty({ nullable: true, type: String, description: 'The column (API field name)' })
  field!: string | null;
  @ApiProperty({
    nullable: true,
    type: String,
    description: 'The column as the template heads it ("Mã xã"); null for the row as a whole',
  })
  column!: string | null;
  @ApiProperty() message!: string;
}

export class ChildImportDto {
  @ApiProperty() id!: string;
  @ApiProperty({ enum: IMPORT_KINDS }) kind!: ImportKind;
  @ApiProperty({ enum: IMPORT_STATUSES }) status!: ImportStatus;
  @ApiProperty() fileName!: string;
  @ApiProperty() dryRun!: boolean;
  @ApiProperty({ nullable: true, type: Number, description: 'Data rows; known once counted' })
  total!: number | null;
  @ApiProperty() processed!: number;
  @ApiProperty() created!: number;
  @ApiProperty() updated!: number;
  @ApiProperty({ description: 'Rows identical to the record they matched' }) unchanged!: number;
  @ApiProperty() rejected!: number;
  @ApiProperty({ type: [ImportRowErrorDto], description: 'The first 1,000 reasons, by row' })
  errors!: ImportRowErrorDto[];
  @ApiProperty({ nullable: true, type: String, description: 'Why the whole file was refused' })
  failure!: string | null;
  @ApiProperty() createdAt!: string;
  @ApiProperty({ nullable: true, type: String }) startedAt!: string | null;
  @ApiProperty({ nullable: true, type: String }) finishedAt!: string | null;

  static from(entry: ChildImport, errors: ChildImportError[], language: Language): ChildImportDto {
    return {
      id: entry.id,
      kind: entry.kind,
      status: entry.status,
      fileName: entry.fileName,
      dryRun: entry.dryRun,
      total: entry.total,
      processed: entry.processed,
      created: entry.created,
      updated: entry.updated,
      unchanged: entry.unchanged,
      rejected: entry.rejected,
      errors: errors.map((e) => ({
        row: e.row,
        field: e.field,
        column: e.field === null ? null : headerOf(e.field, IMPORT_COLUMNS[entry.kind]),
        message: language === 'vi' ? e.messageVi : e.messageEn,
      })),
      failure: entry.failure ? entry.failure[language] : null,
      createdAt: entry.createdAt.toISOString(),
      startedAt: entry.startedAt?.toISOString() ?? null,
      finishedAt: entry.finishedAt?.toISOString() ?? null,
    };
  }
}
