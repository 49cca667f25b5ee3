import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity.js';
import type { AreaScope } from '../auth/actor.js';
import { scopeCondition } from '../auth/scope.js';
import { asStored, entryHash, GENESIS_HASH, type ChainedEntry } from './audit-chain.js';
import { AuditEvent } from './entities/audit-event.entity.js';

/** Serialises appends to the chain across every process: one transaction-scoped advisory lock. */
const CHAIN_LOCK = 0x61756469; // 'audi'

export interface AuditFilter {
  entityType?: string;
  entityId?: string;
  actorId?: string;
  from?: Date;
  to?: Date;
  beforeSeq?: string;
  limit: number;
}

@Injectable()
export class AuditRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Appends one entry, chained to the last. The lock is held until the caller's transaction ends,
   * so callers append last, just before they commit.
   */
  async append(
    manager: EntityManager,
    entry: Omit<ChainedEntry, 'seq' | 'prevHash'>,
  ): Promise<void> {
    await manager.query('SELECT pg_advisory_xact_lock($1)', [CHAIN_LOCK]);
    const [last] = (await manager.query(
      'SELECT seq, hash FROM audit_events ORDER BY seq DESC LIMIT 1',
    )) as { seq: string; hash: string }[];
    // Hashed as it is stored: text well-formed (a lone surrogate in a username tried, say).
    const chained: ChainedEntry = asStored({
      ...entry,
      seq: String(BigInt(last?.seq ?? '0') + 1n),
      prevHash: last?.hash ?? GENESIS_HASH,
    });
    const row = { ...chained, hash: entryHash(chained) };
    // TypeORM's insert typing cannot express a free-form jsonb value (`details`).
    await manager.insert(AuditEvent, row as QueryDeepPartialEntity<AuditEvent>);
  }

  /** The chain in order from after `seq`, every province's: the hash links them all. */
  after(seq: string, take: number): Promise<AuditEvent[]> {
    return this.dataSource
      .getRepository(AuditEvent)
      .createQueryBuilder('e')
      .where('e.seq > :seq', { seq })
      .orderBy('e.seq', 'ASC')
      .take(take)
      .getMany();
  }

  list(scope: AreaScope, filter: AuditFilter): Promise<AuditEvent[]> {
    const area = scopeCondition(scope, { province: 'e.province_code', commune: 'e.commune_code' });
    const query = this.dataSource
      .getRepository(AuditEvent)
      .createQueryBuilder('e')
      .where(area.sql, area.params)
      .orderBy('e.seq', 'DESC')
      .take(filter.limit + 1);
    if (filter.entityType) query.andWhere('e.entity_type = :entityType', filter);
    if (filter.entityId) query.andWhere('e.entity_id = :entityId', filter);
    if (filter.actorId) query.andWhere('e.actor_id = :actorId', filter);
    if (filter.from) query.andWhere('e.at >= :from', filter);
    if (filter.to) query.andWhere('e.at < :to', filter);
    if (filter.beforeSeq) query.andWhere('e.seq < :beforeSeq', filter);
    return query.getMany();
  }
}
