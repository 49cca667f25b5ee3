import { canonicalJson } from '../common/canonical-json.js';
import {
  chain,
  ChainVerifier,
  type EntryContent,
  entryHash,
  GENESIS_HASH,
  type LinkedEntry,
} from './audit-chain.js';

function entries(count: number, from = 1): (EntryContent & { id: string })[] {
  return Array.from({ length: count }, (_, k) => {
    const i = from + k;
    return {
      id: String(100 + i),
      at: new Date(Date.UTC(2026, 0, 1, 0, 0, i)),
      actorType: 'user' as const,
      actorId: null,
      actorName: `user${i}`,
      action: 'auth.login',
      entityType: null,
      entityId: null,
      provinceCode: '01',
      communeCode: null,
      ip: '127.0.0.1',
      userAgent: null,
      requestId: null,
      details: { n: i, nested: { b: 1, a: [1, 2] } },
    };
  });
}

/** A chain of `count` entries, each link with the entry it holds. */
function linked(count: number): LinkedEntry[] {
  const written = entries(count);
  return chain(null, written).map((link, i) => {
    const { id: _id, ...entry } = written[i];
    return { link, entry };
  });
}

function verify(chained: LinkedEntry[]) {
  const verifier = new ChainVerifier();
  for (const one of chained) verifier.add(one);
  return verifier;
}

describe('the audit hash chain', () => {
  it('writes objects with sorted keys, whatever their order', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { z: 1, y: 2 }], c: null }, u: undefined })).toBe(
      '{"a":{"c":null,"d":[2,{"y":2,"z":1}]},"b":1}',
    );
  });

  it('links entries as the chain before the sealer did: a log chained then still verifies', () => {
    const [first, second] = entries(2);
    const { id: _a, ...one } = first;
    const { id: _b, ...two } = second;
    // Each entry hashed with its seq and the hash before it, in one transaction, as entries were.
    const hash1 = entryHash({ ...one, seq: '1', prevHash: GENESIS_HASH });
    const hash2 = entryHash({ ...two, seq: '2', prevHash: hash1 });
    expect(chain(null, [first, second])).toEqual([
      { seq: '1', eventId: first.id, prevHash: GENESIS_HASH, hash: hash1 },
      { seq: '2', eventId: second.id, prevHash: hash1, hash: hash2 },
    ]);
    // A later batch continues from the head.
    const [third] = entries(1, 3);
    const { id: _c, ...three } = third;
    expect(chain({ seq: '2', hash: hash2 }, [third])).toEqual([
      {
        seq: '3',
        eventId: third.id,
        prevHash: hash2,
        hash: entryHash({ ...three, seq: '3', prevHash: hash2 }),
      },
    ]);
  });

  it('accepts an intact chain and reports its head', () => {
    const chained = linked(5);
    const verifier = verify(chained);
    expect(verifier.problems).toEqual([]);
    expect(verifier.head).toEqual({ seq: '5', hash: chained[4].link.hash });
  });

  it('finds an altered entry', () => {
    const chained = linked(5);
    chained[2] = { ...chained[2], entry: { ...chained[2].entry!, details: { n: 99 } } };
    expect(verify(chained).problems).toEqual([
      { seq: '3', problem: 'altered', detail: expect.any(String) },
    ]);
  });

  it('finds a removed entry, and a removed link', () => {
    const chained = linked(5);
    chained[3] = { ...chained[3], entry: null };
    chained.splice(1, 1);
    expect(verify(chained).problems).toEqual([
      { seq: '3', problem: 'missing', detail: 'entries 2..2 are missing' },
      { seq: '4', problem: 'missing', detail: 'entry 104 of this link was removed' },
    ]);
  });

  it('finds a link rewritten with a fresh hash: the next link breaks', () => {
    const chained = linked(5);
    const entry = { ...chained[1].entry!, actorName: 'someone else' };
    const hash = entryHash({ ...entry, seq: '2', prevHash: chained[1].link.prevHash });
    chained[1] = { link: { ...chained[1].link, hash }, entry };
    expect(verify(chained).problems).toEqual([
      { seq: '3', problem: 'broken-link', detail: expect.any(String) },
    ]);
  });

  it('reports entries left out of the chain, and published heads it no longer holds', () => {
    const verifier = verify(linked(3));
    verifier.unchained([{ id: '7', at: new Date('2026-01-01T00:00:00Z') }]);
    verifier.publishedHeads([
      { seq: '2', hash: 'a'.repeat(64), linkHash: 'a'.repeat(64) },
      { seq: '3', hash: 'b'.repeat(64), linkHash: 'c'.repeat(64) },
      { seq: '9', hash: 'd'.repeat(64), linkHash: null },
    ]);
    expect(verifier.problems).toEqual([
      {
        seq: null,
        problem: 'unchained',
        detail: 'entry 7 of 2026-01-01T00:00:00.000Z is in no link of the chain',
      },
      { seq: '3', problem: 'head-mismatch', detail: expect.any(String) },
      {
        seq: '9',
        problem: 'head-mismatch',
        detail: 'the chain ends before a head published earlier',
      },
    ]);
  });
});
