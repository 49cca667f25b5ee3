import { createHash } from 'node:crypto';
import { canonicalJson } from '../common/canonical-json.js';
import type { AuditChainLink, AuditEvent } from './entities/audit-event.entity.js';

/** The `prevHash` of the first entry. */
export const GENESIS_HASH = '0'.repeat(64);

/** What a link of the chain hashes: the entry, its place in the chain and the link before. */
export type ChainedEntry = Omit<AuditEvent, 'id' | 'xact'> & { seq: string; prevHash: string };

/** The entry a link holds, as written (`asStored`), ready to be hashed. */
export type EntryContent = Omit<AuditEvent, 'id' | 'xact'>;

/** Links the entries, in order, after the link `head` (null: the first). */
export function chain(
  head: { seq: string; hash: string } | null,
  entries: (EntryContent & { id: string })[],
): Omit<AuditChainLink, 'sealedAt'>[] {
  let seq = BigInt(head?.seq ?? '0');
  let prevHash = head?.hash ?? GENESIS_HASH;
  return entries.map(({ id, ...content }) => {
    seq += 1n;
    const hash = entryHash({ ...content, seq: String(seq), prevHash });
    const link = { seq: String(seq), eventId: id, prevHash, hash };
    prevHash = hash;
    return link;
  });
}

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
  /** The link where it shows; null for an entry no link holds. */
  seq: string | null;
  problem: 'missing' | 'altered' | 'broken-link' | 'unchained' | 'head-mismatch';
  detail: string;
}

/** A link of the chain with the entry it holds (null when the entry is gone). */
export interface LinkedEntry {
  link: Omit<AuditChainLink, 'sealedAt'>;
  entry: EntryContent | null;
}

/**
 * Walks the chain in `seq` order. An altered entry no longer matches its link's hash; a removed
 * entry leaves its link holding nothing, a removed link a gap in `seq` and a `prevHash` that
 * matches nothing; an entry re-hashed to hide a change breaks the link from the one after it.
 */
export class ChainVerifier {
  readonly problems: ChainProblem[] = [];
  count = 0;
  private expectedSeq = 1n;
  private previousHash = GENESIS_HASH;

  add({ link, entry }: LinkedEntry): void {
    this.count += 1;
    const seq = BigInt(link.seq);
    if (seq !== this.expectedSeq) {
      this.problems.push({
        seq: link.seq,
        problem: 'missing',
        detail: `entries ${this.expectedSeq}..${seq - 1n} are missing`,
      });
    } else if (link.prevHash !== this.previousHash) {
      this.problems.push({
        seq: link.seq,
        problem: 'broken-link',
        detail: 'prevHash does not match the hash of the entry before',
      });
    }
    if (!entry) {
      this.problems.push({
        seq: link.seq,
        problem: 'missing',
        detail: `entry ${link.eventId} of this link was removed`,
      });
    } else if (entryHash({ ...entry, seq: link.seq, prevHash: link.prevHash }) !== link.hash) {
      this.problems.push({
        seq: link.seq,
        problem: 'altered',
        detail: 'content does not match its hash',
      });
    }
    this.expectedSeq = seq + 1n;
    this.previousHash = link.hash;
  }

  /** The entries no link holds though they were written longer ago than the sealer's bound. */
  unchained(entries: { id: string; at: Date }[]): void {
    for (const entry of entries) {
      this.problems.push({
        seq: null,
        problem: 'unchained',
        detail: `entry ${entry.id} of ${entry.at.toISOString()} is in no link of the chain`,
      });
    }
  }

  /** A head published earlier that the chain no longer holds: its newest links were replaced. */
  publishedHeads(heads: { seq: string; hash: string; linkHash: string | null }[]): void {
    for (const head of heads) {
      if (head.linkHash === head.hash) continue;
      this.problems.push({
        seq: head.seq,
        problem: 'head-mismatch',
        detail: head.linkHash
          ? 'the link differs from the head published for it'
          : 'the chain ends before a head published earlier',
      });
    }
  }

  get head(): { seq: string; hash: string } {
    return { seq: String(this.expectedSeq - 1n), hash: this.previousHash };
  }
}

/** Links after a `seq`, in order, at most `take` of them, with their entries. */
export type ReadAfter = (afterSeq: string, take: number) => Promise<LinkedEntry[]>;

/** Re-computes the whole chain, read in batches from the start. */
export async function verifyChain(read: ReadAfter, batch = 5000): Promise<ChainVerifier> {
  const verifier = new ChainVerifier();
  let last = '0';
  for (;;) {
    const linked = await read(last, batch);
    for (const one of linked) verifier.add(one);
    if (linked.length < batch) return verifier;
    last = linked[linked.length - 1].link.seq;
  }
}
