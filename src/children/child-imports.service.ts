import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import ExcelJS from 'exceljs';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import { type Actor, jobActor } from '../access/actor.js';
import { AppException } from '../common/app.exception.js';
import type { Language } from '../common/i18n.js';
import { OutboxService } from '../queue/outbox.service.js';
import { JobName } from '../queue/queue.constants.js';
import { readHeader } from './child-import-header.js';
import { ChildImportsRepository } from './child-imports.repository.js';
import { ChildrenService } from './children.service.js';
import { ChildImportDto } from './dto/child-import.dto.js';
import { uploadedSheet, type UploadedSheet } from './sheet-upload.js';
import { IMPORT_COLUMNS } from './sheet-columns.js';
import { SUPPORT_KINDS } from './child-supports.service.js';
import { PROVIDER_LABELS } from './support-import-rows.js';
import { ReferenceService } from '../reference/reference.service.js';
import type { ImportKind } from './entities/child-import.entity.js';

/** Rejected rows shown in the import's status; the rest are counted. */
const ERRORS_SHOWN = 1000;

/**
 * Spreadsheet imports (nhập danh sách trẻ em từ Excel/CSV): the upload, its status and the
 * template. The upload is stored and its import queued through the outbox, in a dry run or for
 * real; the job (ChildImportJob) reads it in batches and records each row's outcome.
 */
@Injectable()
export class ChildImportsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly imports: ChildImportsRepository,
    private readonly registry: ChildrenService,
    private readonly outbox: OutboxService,
    private readonly audit: AuditService,
    private readonly reference: ReferenceService,
  ) {}

  /** Stores the file and queues its import; a file whose headers cannot be used is refused now. */
  async start(
    file: UploadedSheet | undefined,
    dryRun: boolean,
    kind: ImportKind,
    actor: Actor,
  ): Promise<{ id: string }> {
    if (!file) throw new AppException('import-file-missing');
    const { fileName, format } = uploadedSheet(file);
    await readHeader(file.buffer, format, fileName, kind);
    const sha256 = createHash('sha256').update(file.buffer).digest('hex');
    return this.dataSource.transaction(async (tx) => {
      const id = await this.imports.insert(tx, {
        status: 'queued',
        kind,
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
          details: { kind, fileName, format, dryRun, sha256, bytes: file.buffer.length },
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
   * The template of an import: the Vietnamese headers on the first sheet, the sheet an import
   * reads, with no rows; the codes on a second sheet; an example row on a third, where an import
   * never looks (on the first sheet, an example left in an upload was imported as a child).
   */
  async template(kind: ImportKind): Promise<Buffer> {
    const { title, text, codes, example } =
      kind === 'children' ? await this.childTemplate() : await this.supportTemplate();
    const workbook = new ExcelJS.Workbook();
    const columns = IMPORT_COLUMNS[kind].filter((c) => !c.exportOnly);
    const addSheet = (name: string) => {
      const sheet = workbook.addWorksheet(name);
      sheet.columns = columns.map((c) => ({ header: c.header, key: c.key, width: c.width }));
      sheet.getRow(1).font = { bold: true };
      sheet.views = [{ state: 'frozen', ySplit: 1 }];
      // Codes are text: keep Excel from dropping their leading zeros.
      for (const key of text) sheet.getColumn(key).numFmt = '@';
      return sheet;
    };
    addSheet(title);
    const list = workbook.addWorksheet('Mã danh mục');
    list.columns = [
      { header: 'Cột', key: 'column', width: 26 },
      { header: 'Mã', key: 'code', width: 22 },
      { header: 'Ý nghĩa', key: 'name', width: 80 },
    ];
    list.getRow(1).font = { bold: true };
    list.addRows(codes);
    addSheet('Ví dụ (không được nhập)').addRow(example);
    return Buffer.from(await workbook.xlsx.writeBuffer());
  }

  private async childTemplate(): Promise<Template> {
    const reference = await this.registry.registryReference();
    const lists: [string, Map<string, { code: string; name: string }>][] = [
      ['Hoàn cảnh đặc biệt (mã)', reference.specialCircumstances],
      ['Yếu tố nguy cơ (mã)', reference.riskFactors],
      ['Tình trạng đi học (mã)', reference.schoolStatuses],
      ['Dân tộc', reference.ethnicities],
    ];
    return {
      title: 'Danh sách trẻ em',
      text: ['personalId', 'provinceCode', 'communeCode', 'ethnicityCode'],
      codes: [
        ...lists.flatMap(([column, items]) =>
          [...items.values()].map((item) => ({ column, code: item.code, name: item.name })),
        ),
        { column: 'Giới tính', code: 'Nam / Nữ / Không rõ' },
        { column: 'Độ chính xác ngày sinh', code: 'chính xác / năm / ước tính' },
      ],
      example: {
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
      },
    };
  }

  private async supportTemplate(): Promise<Template> {
    const kinds = await this.reference.codes(SUPPORT_KINDS);
    return {
      title: 'Hỗ trợ trẻ em',
      text: ['personalId'],
      codes: [
        ...[...kinds.values()].map((item) => ({
          column: 'Loại hỗ trợ',
          code: item.code,
          name: item.name,
        })),
        { column: 'Nguồn hỗ trợ', code: Object.values(PROVIDER_LABELS).join(' / ') },
      ],
      example: {
        personalId: '001215012345',
        fullName: 'Nguyễn Văn An',
        dateOfBirth: '02/03/2015',
        kind: 'social_allowance',
        provider: PROVIDER_LABELS.state,
        startsOn: '01/01/2026',
        amount: 500000,
        programme: 'Trợ cấp xã hội hằng tháng theo Nghị định 20/2021/NĐ-CP',
      },
    };
  }
}

/** What a template holds besides its columns. */
interface Template {
  title: string;
  /** Columns of codes, kept as text. */
  text: string[];
  codes: { column: string; code: string; name?: string }[];
  example: Record<string, string | number>;
}
