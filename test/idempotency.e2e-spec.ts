import { createHash } from 'node:crypto';
import { createTestApp, type TestApp } from './app.js';
import { type CaseWorld, caseWorld, hotlineReport } from './case-world.js';
import { AREA } from './world.js';

/**
 * `Idempotency-Key` on POST (api.md, Conventions): a report sent again after a lost answer, by the
 * hotline's system or a worker on a poor connection, creates one case, not two.
 */
describe('Idempotency-Key', () => {
  let t: TestApp;
  let w: CaseWorld;

  beforeAll(async () => {
    t = await createTestApp({ role: 'api' });
    w = await caseWorld(t);
  });
  afterAll(() => t.close());

  const cases = async () =>
    (await t.dataSource.query('SELECT count(*)::int AS n FROM cases'))[0].n as number;

  it('gives the first answer again for the same key and body, and creates nothing more', async () => {
    const report = hotlineReport(new Date().toISOString());
    const before = await cases();
    const first = await w.hotline
      .post('/api/v1/cases')
      .set('Idempotency-Key', 'call-2026-12-03-0001')
      .send(report)
      .expect(201);
    const again = await w.hotline
      .post('/api/v1/cases')
      .set('Idempotency-Key', 'call-2026-12-03-0001')
      .send(report)
      .expect(201);
    expect(again.body).toEqual(first.body);
    expect(again.headers['idempotency-replayed']).toBe('true');
    expect(again.headers.etag).toBe(first.headers.etag);
    expect(first.headers['idempotency-replayed']).toBeUndefined();
    expect(await cases()).toBe(before + 1);

    // Another body under the same key is a mistake the caller must see.
    const reused = await w.hotline
      .post('/api/v1/cases')
      .set('Idempotency-Key', 'call-2026-12-03-0001')
      .send({ ...report, summary: 'Một báo cáo khác.' })
      .expect(422);
    expect(reused.body.type).toBe('/problems/idempotency-key-reused');
    // Keys are each caller's own: the same key from someone else is another request.
    await w.worker
      .post('/api/v1/cases')
      .set('Idempotency-Key', 'call-2026-12-03-0001')
      .send(report)
      .expect(201);
    expect(await cases()).toBe(before + 2);
  });

  it('frees the key of a request that failed, and refuses a malformed key', async () => {
    const report = hotlineReport(new Date().toISOString());
    await w.hotline
      .post('/api/v1/cases')
      .set('Idempotency-Key', 'retry-me')
      .send({ ...report, concerns: ['gossip'] })
      .expect(422);
    await w.hotline
      .post('/api/v1/cases')
      .set('Idempotency-Key', 'retry-me')
      .send(report)
      .expect(201);
    const bad = await w.hotline
      .post('/api/v1/cases')
      .set('Idempotency-Key', 'has spaces')
      .send(report)
      .expect(400);
    expect(bad.body.type).toBe('/problems/idempotency-key-invalid');
  });

  it('answers 409 while the first request with the key still runs', async () => {
    const report = hotlineReport(new Date().toISOString());
    // What the first request leaves while it runs, before its answer is kept.
    const [apiKey] = await t.dataSource.query(`SELECT id FROM api_keys LIMIT 1`);
    const hash = createHash('sha256')
      .update(`POST /api/v1/cases\n${JSON.stringify(report)}`)
      .digest('hex');
    await t.dataSource.query(
      `INSERT INTO idempotency_keys (actor_id, key, request_hash, state)
       VALUES ($1, 'twice-at-once', $2, 'pending')`,
      [apiKey.id, hash],
    );
    const second = await w.hotline
      .post('/api/v1/cases')
      .set('Idempotency-Key', 'twice-at-once')
      .send(report)
      .expect(409);
    expect(second.body.type).toBe('/problems/idempotency-in-progress');
  });

  it('runs the request again once the key is older than 24 hours', async () => {
    const child = {
      fullName: 'Trẻ Gửi Lại',
      dateOfBirth: '2018-05-05',
      sex: 'male',
      provinceCode: AREA.provinceA,
      communeCode: AREA.communeA1,
    };
    const first = await w.officer
      .post('/api/v1/children')
      .set('Idempotency-Key', 'child-1')
      .send(child)
      .expect(201);
    await t.dataSource.query(
      `UPDATE idempotency_keys SET created_at = now() - interval '25 hours' WHERE key = 'child-1'`,
    );
    const later = await w.officer
      .post('/api/v1/children')
      .set('Idempotency-Key', 'child-1')
      .send(child)
      .expect(201);
    expect(later.body.id).not.toBe(first.body.id);
    expect(later.headers['idempotency-replayed']).toBeUndefined();
  });
});
