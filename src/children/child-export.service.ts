import type { Writable } from 'node:stream';
import { Injectable } from '@nestjs/common';
import { AuditService } from '../audit/audit.service.js';
import type { Actor } from '../access/actor.js';
import { AppException } from '../common/app.exception.js';
import { childToRow } from './child-sheet.js';
import { ChildSearchRepository } from './child-search.repository.js';
import { childFilter, ChildrenService } from './children.service.js';
import type { ChildExportQuery } from './dto/child.dto.js';
import { withheld } from './sensitive.js';
import { SHEET_COLUMNS } from './sheet-columns.js';
import { writeSheet } from './sheet-writer.js';

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
    private readonly search: ChildSearchRepository,
    private readonly registry: ChildrenService,
    private readonly audit: AuditService,
  ) {}

  /**
   * Writes the export to the stream `open` returns once the export is allowed and audited. The
   * sensitive data goes out only when asked for, by a caller with children:sensitive, with the
   * reason the audit entry keeps; otherwise it is withheld, and a withheld sheet imported back
   * changes none of it (an import never clears a value, and only adds circumstances).
   */
  async export(query: ChildExportQuery, actor: Actor, open: () => Writable): Promise<number> {
    const { sensitive = false, reason, ...filters } = query;
    if (sensitive && !actor.permissions.has('children:sensitive')) {
      throw new AppException('sensitive-export');
    }
    await this.registry.refuseSensitiveFilter(filters, actor);
    const [reference, codes] = await Promise.all([
      this.registry.registryReference(),
      this.registry.sensitiveCodes(),
    ]);
    await this.audit.record({
      actor,
      action: 'child.exported',
      details: {
        filters: { ...filters },
        ...(sensitive ? { sensitive, reason } : {}),
      },
    });
    const out = open();
    const sheet = writeSheet(out, 'Danh sách trẻ em', SHEET_COLUMNS);
    const today = this.registry.today();
    const read = (after: [string, string] | null) =>
      this.search.list(actor.scope, childFilter(filters, today, after, PAGE));
    let next = read(null);
    let count = 0;
    for (;;) {
      const page = await next;
      for (const child of page.slice(0, PAGE)) {
        sheet.add(childToRow(sensitive ? child : withheld(child, codes), reference));
      }
      count += Math.min(page.length, PAGE);
      if (page.length <= PAGE) break;
      const last = page[PAGE - 1];
      // The next page is read while the rows written so far are compressed and sent; a failure
      // of it is taken where it is awaited, or dropped if the client has gone.
      next = read([last.nameSearch, last.id]);
      next.catch(() => undefined);
      await sheet.drained();
      if (out.destroyed) return count; // the client went away
    }
    await sheet.commit();
    return count;
  }
}
