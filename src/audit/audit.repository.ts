import { setImmediate } from 'node:timers/promises';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { AreaScope } from '../access/actor.js';
import { scopeCondition } from '../access/scope.js';
import { asStored, chain, type EntryContent, type LinkedEntry } from './audit-chain.js';
import { AuditChainLink, AuditEvent, AuditSealState } from './entities/audit-event.entity.js';

/** Entries hashed between two turns of the event loop (about 2 ms). */
const HASH_SLICE = 100;

/** One sealer at a time across every process: a transaction-scoped advisory lock, tried. */
const SEALER_LOCK = 0x61756469; // 'audi'

export interface AuditFilter {
  entityType?: string;
  entityId?: string;
  actorId?: string;
  from?: Date;
  to?: Date;
  beforeId?: string;
  limit: number;
}

/** An entry as listed: with its link's `seq` once the sealer has chained it. */
export type ListedEntry = AuditEvent & { seq: string | null };

interface EventRow {
  id: string;
  at: Date;
  actor_type: AuditEvent['actorType'];
  actor_id: string | null;
  actor_name: string | null;
  action: string;
  entity_type: string | null;
  entity_id: string | null;
  province_code: string | null;
  commune_code: string | null;
  ip: string | null;
  user_agent: string | null;
  request_id: string | null;
  details: Record<string, unknown>;
}

const EVENT_COLUMNS = `e.id, e.at, e.actor_type, e.actor_id, e.actor_name, e.action, e.entity_type,
  e.entity_id, e.province_code, e.commune_code, e.ip, e.user_agent, e.request_id, e.details`;

/** What an insert writes: `id` and `xact` are the database's. */
const INSERTED_COLUMNS = `at, actor_type, actor_id, actor_name, action, entity_type, entity_id,
  province_code, commune_code, ip, user_agent, request_id, details`;

function content(row: EventRow): EntryContent {
  return {
    at: row.at,
    actorType: row.actor_type,
    actorId: row.actor_id,
    actorName: row.actor_name,
    action: row.action,
    entityType: row.entity_type,
    entityId: row.entity_id,
    provinceCode: row.province_code,
    communeCode: row.commune_code,
    ip: row.ip,
    userAgent: row.user_agent,
    requestId: row.request_id,
    details: row.details,
  };
}

@Injectable()
export class AuditRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Writes entries in one statement, whose one parameter is their JSON: a plain insert, no lock;
   * in the transaction of the change they record, they commit or roll back with it. The sealer
   * chains them once committed.
   */
  async append(manager: EntityManager, entries: EntryContent[]): Promise<void> {
    // Stored (and so hashed) with its text well-formed: a lone surrogate in a username tried.
    const rows = entries.map((entry) => {
      const stored = asStored(entry);
      return {
        at: stored.at,
        actor_type: stored.actorType,
        actor_id: stored.actorId,
        actor_name: stored.actorName,
        action: stored.action,
        entity_type: stored.entityType,
        entity_id: stored.entityId,
        province_code: stored.provinceCode,
        commune_code: stored.communeCode,
        ip: stored.ip,
        user_agent: stored.userAgent,
        request_id: stored.requestId,
        details: stored.details,
      };
    });
    await manager.query(
      `INSERT INTO audit_events (${INSERTED_COLUMNS})
       SELECT ${INSERTED_COLUMNS} FROM jsonb_populate_recordset(NULL::audit_events, $1::jsonb)`,
      [JSON.stringify(rows)],
    );
  }

  /**
   * One pass of the sealer: links the committed entries no link holds yet, in the order they were
   * written, after the chain's head, at most `batch` of them. Returns how many it linked, or null
   * when another process's sealer holds the lock.
   *
   * It reads only entries of transactions that were running or not yet begun at its last pass:
   * those it could not see then (the `pending` ones, and from `nextXact` on). The same statement
   * reads its snapshot, which becomes the next pass's once nothing is left over: the way a log
   * is read in commit order, with no rescan of what was already linked however long a
   * transaction stays open.
   */
  seal(batch: number): Promise<number | null> {
    return this.dataSource.transaction(async (tx) => {
      const [{ locked }] = await tx.query<{ locked: boolean }[]>(
        'SELECT pg_try_advisory_xact_lock($1) AS locked',
        [SEALER_LOCK],
      );
      if (!locked) return null;
      const state = await tx.findOneByOrFail(AuditSealState, { id: 1 });
      const [head] = await tx.query<{ seq: string; hash: string }[]>(
        'SELECT seq, hash FROM audit_chain ORDER BY seq DESC LIMIT 1',
      );
      const rows = await tx.query<(EventRow & { next_xmax: string; next_pending: string[] })[]>(
        `WITH snapshot AS (SELECT pg_current_snapshot() AS s)
         SELECT pg_snapshot_xmax(s)::text AS next_xmax,
                ARRAY(SELECT x::text FROM pg_snapshot_xip(s) AS x) AS next_pending, e.*
         FROM snapshot LEFT JOIN LATERAL (
           SELECT ${EVENT_COLUMNS} FROM audit_events e
           WHERE (e.xact >= $1 OR e.xact = ANY($2::bigint[]))
             AND NOT EXISTS (SELECT 1 FROM audit_chain c WHERE c.event_id = e.id)
           ORDER BY e.id LIMIT $3
         ) e ON true`,
        [state.nextXact, state.pending, batch],
      );
      const entries = rows.filter((row) => row.id !== null);
      if (entries.length > 0) {
        // Hashed a slice at a time, the process serving its requests between slices: a batch
        // hashed at once, then its INSERT built by the query builder, held an API process
        // sharing its thread (npm start) for tens of milliseconds each second at a thousand reads
        // a second, and the slowest reads waited for it (bench/RESULTS.md, 2026-12-07).
        const links: ReturnType<typeof chain> = [];
        for (let from = 0; from < entries.length; from += HASH_SLICE) {
          if (from > 0) await setImmediate();
          const slice = entries.slice(from, from + HASH_SLICE);
          links.push(
            ...chain(
              links.at(-1) ?? head ?? null,
              slice.map((row) => ({ id: row.id, ...content(row) })),
            ),
          );
        }
        // One statement of four arrays, not the query builder's INSERT, which it builds a value
        // at a time.
        await tx.query(
          `INSERT INTO audit_chain (seq, event_id, prev_hash, hash)
           SELECT * FROM unnest($1::bigint[], $2::bigint[], $3::text[], $4::text[])`,
          [
            links.map((link) => link.seq),
            links.map((link) => link.eventId),
            links.map((link) => link.prevHash),
            links.map((link) => link.hash),
          ],
        );
      }
      if (entries.length < batch) {
        await tx.update(
          AuditSealState,
          { id: 1 },
          { nextXact: rows[0].next_xmax, pending: rows[0].next_pending },
        );
      }
      return entries.length;
    });
  }

  /** Records the chain's head as published now, unless it is the last one published. */
  async publishHead(): Promise<{ seq: string; hash: string } | null> {
    const [head] = await this.dataSource.query<{ seq: string; hash: string }[]>(
      `INSERT INTO audit_heads (seq, hash)
       SELECT c.seq, c.hash FROM audit_chain c ORDER BY c.seq DESC LIMIT 1
       ON CONFLICT (seq) DO NOTHING
       RETURNING seq, hash`,
    );
    return head ?? null;
  }

  /** The chain in order from after `seq`, every province's, each link with its entry. */
  async linksAfter(seq: string, take: number): Promise<LinkedEntry[]> {
    const rows = await this.dataSource.query<
      (EventRow & { seq: string; event_id: string; prev_hash: string; hash: string })[]
    >(
      `SELECT c.seq, c.event_id, c.prev_hash, c.hash, ${EVENT_COLUMNS}
       FROM audit_chain c LEFT JOIN audit_events e ON e.id = c.event_id
       WHERE c.seq > $1 ORDER BY c.seq LIMIT $2`,
      [seq, take],
    );
    return rows.map((row) => ({
      link: { seq: row.seq, eventId: row.event_id, prevHash: row.prev_hash, hash: row.hash },
      entry: row.id === null ? null : content(row),
    }));
  }

  /** Entries written before `before` that no link holds (the first `take`). */
  unchained(before: Date, take: number): Promise<{ id: string; at: Date }[]> {
    return this.dataSource.query(
      `SELECT e.id, e.at FROM audit_events e
       WHERE e.at < $1 AND NOT EXISTS (SELECT 1 FROM audit_chain c WHERE c.event_id = e.id)
       ORDER BY e.id LIMIT $2`,
      [before, take],
    );
  }

  /** Every head published, with the hash of the link now at its place (null when none). */
  publishedHeads(): Promise<{ seq: string; hash: string; linkHash: string | null }[]> {
    return this.dataSource.query(
      `SELECT h.seq, h.hash, c.hash AS "linkHash"
       FROM audit_heads h LEFT JOIN audit_chain c ON c.seq = h.seq ORDER BY h.seq`,
    );
  }

  async list(scope: AreaScope, filter: AuditFilter): Promise<ListedEntry[]> {
    const area = scopeCondition(scope, { province: 'e.province_code', commune: 'e.commune_code' });
    const query = this.dataSource
      .getRepository(AuditEvent)
      .createQueryBuilder('e')
      .leftJoin(AuditChainLink, 'c', 'c.event_id = e.id')
      .addSelect('c.seq', 'chain_seq')
      .where(area.sql, area.params)
      .orderBy('e.id', 'DESC')
      .limit(filter.limit + 1);
    if (filter.entityType) query.andWhere('e.entity_type = :entityType', filter);
    if (filter.entityId) query.andWhere('e.entity_id = :entityId', filter);
    if (filter.actorId) query.andWhere('e.actor_id = :actorId', filter);
    if (filter.from) query.andWhere('e.at >= :from', filter);
    if (filter.to) query.andWhere('e.at < :to', filter);
    if (filter.beforeId) query.andWhere('e.id < :beforeId', filter);
    const { entities, raw } = await query.getRawAndEntities<{ chain_seq: string | null }>();
    return entities.map((entity, i) => ({ ...entity, seq: raw[i].chain_seq }));
  }

  /** The entries about these entities, oldest first, at most `limit`: whoever read or changed them. */
  ofEntities(entityType: string, entityIds: string[], limit: number): Promise<AuditEvent[]> {
    return this.dataSource
      .getRepository(AuditEvent)
      .createQueryBuilder('e')
      .where('e.entity_type = :entityType AND e.entity_id = ANY(:entityIds)', {
        entityType,
        entityIds,
      })
      .orderBy('e.id', 'ASC')
      .limit(limit)
      .getMany();
  }
}
