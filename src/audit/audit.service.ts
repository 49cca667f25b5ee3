import { AsyncResource } from 'node:async_hooks';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { Actor } from '../access/actor.js';
import { Clock } from '../common/clock.js';
import { AppConfig } from '../config/app-config.js';
import { currentRequest } from '../common/logging.js';
import { GuardedDataSource } from '../database/data-source.js';
import { decodeCursor, type Page, toPage } from '../common/pagination.js';
import { AuditRepository } from './audit.repository.js';
import { type ChainVerifier, type EntryContent, verifyChain } from './audit-chain.js';
import { AuditEventDto, type AuditQuery, AuditVerificationDto } from './dto/audit.dto.js';
import type { AuditEvent } from './entities/audit-event.entity.js';

/** What the log keeps of an actor. A job acting for a person (an import) passes them. */
export type AuditActor = Pick<Actor, 'kind' | 'id' | 'name' | 'home'>;

export interface AuditInput {
  /** Who acted; null for an anonymous attempt (a failed sign-in) or the system itself. */
  actor: AuditActor | null;
  /** For anonymous entries: the username that was tried. */
  actorName?: string;
  action: string;
  entity?: { type: string; id: string };
  /** Where the entity is; defaults to the actor's organisation's area. */
  area?: { provinceCode: string | null; communeCode: string | null };
  details?: Record<string, unknown>;
}

/**
 * The audit log every capability writes to: sign-ins, account changes and, from the registry on,
 * every read and write of a child or case. Pass the transaction's manager so the entry commits
 * (or not) with the change it records.
 */
/** Entries recorded alone written at most this many to a statement. */
const BATCH = 500;

interface Waiting {
  entry: EntryContent;
  written: () => void;
  failed: (error: unknown) => void;
}

@Injectable()
export class AuditService {
  /** Entries recorded alone, waiting for the next statement. */
  private waiting: Waiting[] = [];
  private writing = false;
  /** The writes run outside any request's context: they serve several requests. */
  private readonly detached = new AsyncResource('audit-writes');

  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditRepository,
    private readonly clock: Clock,
    private readonly config: AppConfig,
  ) {}

  /**
   * Records an entry in `manager`'s transaction; without one (a read, a failed sign-in), with the
   * entries other requests record meanwhile, in one statement committed by itself. Either way it
   * resolves once the entry is written: a read is answered only once it is on record.
   */
  async record(input: AuditInput, manager?: EntityManager): Promise<void> {
    const request = currentRequest();
    const { actor } = input;
    const area = input.area ?? actor?.home ?? { provinceCode: null, communeCode: null };
    const entry = {
      at: new Date(),
      actorType: actor
        ? actor.kind
        : input.actorName
          ? ('anonymous' as const)
          : ('system' as const),
      actorId: actor?.id ?? null,
      actorName: actor?.name ?? input.actorName ?? null,
      action: input.action,
      entityType: input.entity?.type ?? null,
      entityId: input.entity?.id ?? null,
      provinceCode: area.provinceCode,
      communeCode: area.communeCode,
      ip: request?.ip ?? null,
      userAgent: request?.userAgent ?? null,
      requestId: request?.requestId ?? null,
      details: input.details ?? {},
    };
    if (manager) {
      await this.audit.append(manager, [entry]);
      return;
    }
    // Written later on another connection: refused inside a transaction, as the pool would.
    if (this.dataSource instanceof GuardedDataSource) this.dataSource.checkBorrow();
    await new Promise<void>((written, failed) => {
      this.waiting.push({ entry, written, failed });
      if (!this.writing) {
        this.writing = true;
        setImmediate(() => this.detached.runInAsyncScope(() => void this.writeWaiting()));
      }
    });
  }

  /**
   * Writes what waits, a statement at a time: what comes while one is written goes in the next,
   * so that under load many reads share a statement and a commit. An entry the database refuses
   * does not take the others with it: a failed statement is written again entry by entry.
   */
  private async writeWaiting(): Promise<void> {
    while (this.waiting.length > 0) {
      const batch = this.waiting.splice(0, BATCH);
      try {
        await this.audit.append(
          this.dataSource.manager,
          batch.map((waiting) => waiting.entry),
        );
        for (const waiting of batch) waiting.written();
      } catch (error) {
        // Only an entry's own value can be refused (SQLSTATE classes 22 and 23); any other error
        // is the database's, and every entry waiting shares it.
        const code = (error as { code?: string }).code ?? '';
        if (batch.length === 1 || !/^2[23]/.test(code)) {
          for (const waiting of batch) waiting.failed(error);
        } else {
          await Promise.all(
            batch.map((waiting) =>
              this.audit
                .append(this.dataSource.manager, [waiting.entry])
                .then(waiting.written, waiting.failed),
            ),
          );
        }
      }
    }
    this.writing = false;
  }

  /**
   * Who read or changed these entities, oldest first, wherever they lived then: for a data
   * subject's request, whose caller the owning module has checked.
   */
  ofEntities(entityType: string, entityIds: string[], limit: number): Promise<AuditEvent[]> {
    return this.audit.ofEntities(entityType, entityIds, limit);
  }

  async list(actor: Actor, query: AuditQuery): Promise<Page<AuditEventDto>> {
    const cursor = decodeCursor(query.cursor, ['integer']);
    const rows = await this.audit.list(actor.scope, {
      ...query,
      beforeId: cursor?.[0],
    });
    return toPage(rows, query.limit, (row) => [row.id], AuditEventDto.from);
  }

  /**
   * The whole chain re-computed, as `npm run audit:verify` does: whether it is intact, how many
   * entries, the head to record elsewhere, and the first problems (their seq and kind, no content).
   */
  async verify(): Promise<AuditVerificationDto> {
    const verifier = await verifyAuditLog(this.audit, this.clock.now(), this.config);
    return AuditVerificationDto.from(verifier, this.clock.now());
  }
}

/**
 * The chain re-computed link by link, the heads published earlier compared with it, and the
 * entries still outside it AUDIT_UNCHAINED_BOUND_S after they were written.
 */
export async function verifyAuditLog(
  audit: AuditRepository,
  now: Date,
  config: Pick<AppConfig, 'AUDIT_UNCHAINED_BOUND_S'>,
): Promise<ChainVerifier> {
  const verifier = await verifyChain((after, take) => audit.linksAfter(after, take));
  verifier.publishedHeads(await audit.publishedHeads());
  verifier.unchained(
    await audit.unchained(new Date(now.getTime() - config.AUDIT_UNCHAINED_BOUND_S * 1000), 100),
  );
  return verifier;
}
