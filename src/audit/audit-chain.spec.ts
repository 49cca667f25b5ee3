import { canonicalJson } from '../common/canonical-json.js';
import { ChainVerifier, entryHash, GENESIS_HASH, type ChainedEntry } from './audit-chain.js';
import type { AuditEvent } from './entities/audit-event.entity.js';

function chain(count: number): AuditEvent[] {
  const entries: AuditEvent[] = [];
  let prevHash = GENESIS_HASH;
  for (let i = 1; i <= count; i++) {
    const entry: ChainedEntry = {
      seq: String(i),
      at: new Date(Date.UTC(2026, 0, 1, 0, 0, i)),
      actorType: 'user',
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
      prevHash,
    };
    const hash = entryHash(entry);
    entries.push({ ...entry, hash });
    prevHash = hash;
  }
  return entries;
}

function verify(entries: AuditEvent[]) {
  const verifier = new ChainVerifier();
  for (const e of entries) verifier.add(e);
  return verifier;
}

describe('the audit hash chain', () => {
  it('writes objects with sorted keys, whatever their order', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { z: 1, y: 2 }], c: null }, u: undefined })).toBe(
      '{"a":{"c":null,"d":[2,{"y":2,"z":1}]},"b":1}',
    );
  });

  it('accepts an intact chain and reports its head', () => {
    const entries = chain(5);
    const verifier = verify(entries);
    expect(verifier.problems).toEqual([]);
    expect(verifier.head).toEqual({ seq: '5', hash: entries[4].hash });
  });

  it('finds an altered entry', () => {
    const entries = chain(5);
    entries[2] = { ...entries[2], details: { n: 99 } };
    expect(verify(entries).problems).toEqual([
      { seq: '3', problem: 'altered', detail: expect.any(String) },
    ]);
  });

  it('finds a removed entry', () => {
    const entries = chain(5);
    entries.splice(1, 1);
    expect(verify(entries).problems).toEqual([
      { seq: '3', problem: 'missing', detail: 'entries 2..2 are missing' },
    ]);
  });

  it('finds an entry rewritten with a fresh hash: the next link breaks', () => {
    const entries = chain(5);
    const forged: ChainedEntry = { ...entries[1], actorName: 'someone else' };
    entries[1] = { ...forged, hash: entryHash(forged) };
    expect(verify(entries).problems).toEqual([
      { seq: '3', problem: 'broken-link', detail: expect.any(String) },
    ]);
  });
});
