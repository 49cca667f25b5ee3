import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { Injectable } from '@nestjs/common';
import ExcelJS from 'exceljs';
import { AuditService } from '../audit/audit.service.js';
import type { Actor } from '../auth/actor.js';
import { todayInVietnam } from './age.js';
import { childToRow } from './child-sheet.js';
import { ChildrenRepository } from './children.repository.js';
import { childFilter, ChildrenService } from './children.service.js';
import type { ChildFilterQuery } from './dto/child.dto.js';
import { SHEET_COLUMNS } from './sheet-columns.js';

/** Records read per query while streaming. */
const PAGE = 1000;

/**
 * The filtered list as an .xlsx stream (xuất danh sách trẻ em), in the import's columns so a
 * corrected sheet can be imported back. Rows go out page by page as they are read, waiting when
 * the client reads slowly, so memory stays flat whatever the size. The export is audited, with
 * its filters, before the first byte.
 */
@Injectable()
export class ChildExportService {
  constructor(
    private readonly children: ChildrenRepository,
    private readonly registry: ChildrenService,
    private readonly audit: AuditService,
  ) {}

  /** Writes the export to the stream `open` returns once the export is allowed and audited. */
  async export(query: ChildFilterQuery, actor: Actor, open: () => Writable): Promise<number> {
    const reference = await this.registry.registryReference();
    await this.audit.record({
      actor,
      action: 'child.exported',
      details: { filters: { ...query } as Record<string, unknown> },
    });
    const out = open();
    const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
      stream: out,
      useStyles: true,
      useSharedStrings: false,
    });
    const sheet = workbook.addWorksheet('Danh sách trẻ em', {
      views: [{ state: 'frozen', ySplit: 1 }],
    });
    sheet.columns = SHEET_COLUMNS.map((c) => ({ header: c.header, key: c.key, width: c.width }));
    sheet.getRow(1).font = { bold: true };
    sheet.getRow(1).commit();
    const today = todayInVietnam();
    let after: [string, string] | null = null;
    let count = 0;
    for (;;) {
      const page = await this.children.list(actor.scope, childFilter(query, today, after, PAGE));
      for (const child of page.slice(0, PAGE)) sheet.addRow(childToRow(child, reference)).commit();
      count += Math.min(page.length, PAGE);
      if (page.length <= PAGE) break;
      const last = page[PAGE - 1];
      after = [last.nameSearch, last.id];
      if (out.writableNeedDrain) await Promise.race([once(out, 'drain'), once(out, 'close')]);
      if (out.destroyed) return count; // the client went away
    }
    sheet.commit();
    await workbook.commit();
    return count;
  }
}
