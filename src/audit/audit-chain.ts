import { createHash } from 'node:crypto';
import { canonicalJson } from '../common/canonical-json.js';
import type { AuditEvent } from './entities/audit-event.entity.js';

/** The `prevHash` of the first entry. */
export const GENESIS_HASH = '0'.repeat(64);

export type ChainedEntry = Omit<AuditEvent, 'hash'>;

/** A UTF-16 surrogate without its partner; with the `u` flag a pair is one character. */
const LONE_SURROGATE = /\p{Cs}/gu;

/**
 * A value as PostgreSQL keeps it: each lone surrogate of its text replaced by U+FFFD, as the
 * driver's UTF-8 encoding does for a text column (a jsonb column refuses the value instead).
 * An entry is stored and hashed in this form, so what `audit:verify` reads back matches its hash:
 * hashed as sent, one failed sign-in as `\ud800evil` made the whole log report tampering.
 */
export function asStored<T>(value: T): T {
  if (typeof value === 'string') return value.replace(LONE_SURROGATE, '\ufffd') as T;
  if (Array.isArray(value)) return value.map(asStored) as T;
  if (value && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(
      Object.entries(value).map(([key, inner]) => [asStored(key), asStored(inner)]),
    ) as T;
  }
  return value;
}

/** SHA-256 over the previous hash and every field of the entry. */
export function entryHash(entry: ChainedEntry): string {
  const fields = [
    entry.seq,
    entry.at.toISOString(),
    entry.actorType,
    entry.actorId,
    entry.actorName,
    entry.action,
    entry.entityType,
    entry.entityId,
    entry.provinceCode,
    entry.communeCode,
    entry.ip,
    entry.userAgent,
    entry.requestId,
    entry.details,
  ];
  return createHash('sha256')
    .update(entry.prevHash)
    .update('\n')
    .update(canonicalJson(fields))
    .digest('hex');
}

export interface ChainProblem {
  seq: string;
  problem: 'missing' | 'altered' | 'broken-link';
  detail: string;
}

/**
 * Walks the log in `seq` order. An altered entry no longer matches its hash; a removed one leaves
 * a gap in `seq` and a `prevHash` that matches nothing; an entry re-hashed to hide a change breaks
 * the link from the entry after it.
 */
export class ChainVerifier {
  readonly problems: ChainProblem[] = [];
  count = 0;
  private expectedSeq = 1n;
  private previousHash = GENESIS_HASH;

  add(entry: AuditEvent): void {
    this.count += 1;
    const seq = BigInt(entry.seq);
    if (seq !== this.expectedSeq) {
      this.problems.push({
        seq: entry.seq,
        problem: 'missing',
        detail: `entries ${this.expectedSeq}..${seq - 1n} are missing`,
      });
    } else if (entry.prevHash !== this.previousHash) {
      this.problems.push({
        seq: entry.seq,
        problem: 'broken-link',
        detail: 'prevHash does not match the hash of the entry before',
      });
    }
    if (entryHash(entry) !== entry.hash) {
      this.problems.push({
        seq: entry.seq,
        problem: 'altered',
        detail: 'content does not match its hash',
      });
    }
    this.expectedSeq = seq + 1n;
    this.previousHash = entry.hash;
  }

  get head(): { seq: string; hash: string } {
    return { seq: String(this.expectedSeq - 1n), hash: this.previousHash };
  }
}

/** Entries after a `seq`, in order, at most `take` of them. */
export type ReadAfter = (afterSeq: string, take: number) => Promise<AuditEvent[]>;

/** Re-computes the whole chain, read in batches from the start. */
export async function verifyChain(read: ReadAfter, batch = 5000): Promise<ChainVerifier> {
  const verifier = new ChainVerifier();
  let last = '0';
  for (;;) {
    const entries = await read(last, batch);
    for (const entry of entries) verifier.add(entry);
    if (entries.length < batch) return verifier;
    last = entries[entries.length - 1].seq;
  }
}
