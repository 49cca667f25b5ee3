import { PopulationService } from '../src/population/population.service.js';
import { createTestApp } from './app.js';
import { startPopulationStandIn } from './population-stand-in.mjs';
import { AREA, communeOfficer } from './world.js';

type Client = Awaited<ReturnType<typeof communeOfficer>>;

const CHILDREN = [1, 2, 3, 4].map((n) => ({
  fullName: `Nguyễn Văn Số ${n}`,
  dateOfBirth: `201${n}-01-0${n}`,
  sex: 'male',
  personalId: `00121${n}00000${n}`,
  provinceCode: AREA.provinceA,
  communeCode: AREA.communeA1,
}));
const PEOPLE = CHILDREN.map((c) => ({ ...c, sex: 'male' as const }));

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function world(env: Record<string, string>, credentials = true) {
  const standIn = await startPopulationStandIn({
    people: PEOPLE,
    credentials: { id: 'ubnd', secret: 'right' },
  });
  const t = await createTestApp({
    role: 'api',
    env: {
      POPULATION_URL: standIn.url,
      POPULATION_CLIENT_ID: 'ubnd',
      POPULATION_CLIENT_SECRET: credentials ? 'right' : 'wrong',
      POPULATION_BATCH_SIZE: '2',
      POPULATION_TIMEOUT_MS: '300',
      POPULATION_RETRY_BASE_MS: '10',
      POPULATION_PAUSE_MS: '400',
      ...env,
    },
  });
  const officer = await communeOfficer(t, 'officer');
  for (const child of CHILDREN) await officer.post('/api/v1/children').send(child).expect(201);
  const population = t.app.get(PopulationService);
  /** Starts a run of commune A1 and works it once, as a worker would: the run as it then is. */
  const checkOnce = async () => {
    const { body } = await officer
      .post('/api/v1/population/verification-runs')
      .send({ communeCode: AREA.communeA1 })
      .expect(202);
    await population.work({ runId: body.id });
    return (await officer.get(`/api/v1/population/verification-runs/${body.id}`).expect(200)).body;
  };
  return { t, standIn, officer, population, checkOnce };
}

/**
 * Issue 25: the online adapter against a service that fails, answers late, refuses for quota or
 * refuses our credentials. A run waits and goes on by itself, or fails with a message a person can
 * act on; nothing is recorded twice and no lookup is spent on a request that was not answered.
 */
describe('population database: a run against a failing service', () => {
  let w: Awaited<ReturnType<typeof world>>;
  let officer: Client;

  beforeAll(async () => {
    w = await world({});
    officer = w.officer;
  });
  afterAll(async () => {
    await w.t.close();
    await w.standIn.close();
  });

  const start = async () =>
    (
      await officer
        .post('/api/v1/population/verification-runs')
        .send({ communeCode: AREA.communeA1, force: true })
        .expect(202)
    ).body.id as string;
  const runOf = async (id: string, language = 'vi') =>
    (
      await officer
        .get(`/api/v1/population/verification-runs/${id}`)
        .set('Accept-Language', language)
        .expect(200)
    ).body;
  const used = async () =>
    (
      await w.t.dataSource.query(
        'SELECT coalesce(sum(used), 0)::int AS n FROM population_quota_days',
      )
    )[0].n as number;

  it('tries a failing request three times, then waits and goes on by itself', async () => {
    const id = await start();
    const before = { requests: w.standIn.requests.length, used: await used() };
    w.standIn.failNext(503, 502, 500);
    const t0 = Date.now();
    await w.population.work({ runId: id });
    const waiting = await runOf(id);
    expect(waiting).toMatchObject({ status: 'waiting', processed: 0 });
    expect(waiting.message).toMatch(/^Chưa kết nối được Cơ sở dữ liệu quốc gia về dân cư/);
    expect(Date.parse(waiting.resumeAt)).toBeGreaterThanOrEqual(t0 + 400);
    expect((await runOf(id, 'en')).message).toMatch(/HTTP 500/);
    expect(w.standIn.requests.length - before.requests).toBe(3);
    // The unanswered batch's lookups were given back.
    expect(await used()).toBe(before.used);
    // Its job, queued again for then.
    const [job] = await w.t.dataSource.query<{ run_at: Date }[]>(
      "SELECT run_at FROM outbox_messages WHERE job_name = 'children.verify' AND payload->>'runId' = $1 ORDER BY run_at DESC LIMIT 1",
      [id],
    );
    expect(job.run_at.toISOString()).toBe(waiting.resumeAt);

    await w.population.work({ runId: id });
    expect(await runOf(id)).toMatchObject({
      status: 'done',
      processed: 4,
      verified: 4,
      message: null,
    });
  });

  it('asks again when an answer is late, within the timeout', async () => {
    const id = await start();
    const before = w.standIn.requests.length;
    w.standIn.delayNext(600);
    await w.population.work({ runId: id });
    expect(await runOf(id)).toMatchObject({ status: 'done', processed: 4, verified: 4 });
    // The late request, its retry, and the second batch.
    expect(w.standIn.requests.length - before).toBe(3);
    const checks = await w.t.dataSource.query<{ n: number }[]>(
      'SELECT count(*)::int AS n FROM child_verifications WHERE run_id = $1',
      [id],
    );
    expect(checks[0].n).toBe(4);
  });

  it('stops asking a service that keeps failing (the circuit breaker), for the pause', async () => {
    const id = await start();
    const before = w.standIn.requests.length;
    w.standIn.failNext(503, 503, 503, 503, 503);
    await w.population.work({ runId: id });
    await w.population.work({ runId: id });
    // Five failures in a row open the circuit: the sixth attempt is not sent.
    expect(w.standIn.requests.length - before).toBe(5);
    await w.population.work({ runId: id });
    expect(w.standIn.requests.length - before).toBe(5);
    expect(await runOf(id)).toMatchObject({ status: 'waiting', processed: 0 });

    await sleep(450);
    await w.population.work({ runId: id });
    expect(await runOf(id)).toMatchObject({ status: 'done', processed: 4 });
  });

  it('waits for the next day when the service refuses for quota', async () => {
    w.standIn.quotaLeft(2);
    const id = await start();
    await w.population.work({ runId: id });
    const run = await runOf(id);
    expect(run).toMatchObject({ status: 'waiting', processed: 2 });
    expect(run.message).toMatch(/hết hạn mức tra cứu trong ngày/);
    // Midnight in Vietnam: 17:00 UTC.
    expect(run.resumeAt).toMatch(/T17:00:00.000Z$/);
    expect(Date.parse(run.resumeAt) - Date.now()).toBeLessThanOrEqual(24 * 3_600_000);
  });

  it('refuses a commune outside the officer’s areas', async () => {
    const res = await officer
      .post('/api/v1/population/verification-runs')
      .send({ communeCode: AREA.communeB1 })
      .expect(403);
    expect(res.body.type).toBe('/problems/out-of-scope');
  });
});

describe('population database: the day’s quota, credentials, no connection', () => {
  it('keeps to the day’s quota across runs', async () => {
    const w = await world({ POPULATION_DAILY_QUOTA: '3' });
    try {
      const run = await w.checkOnce();
      expect(run).toMatchObject({ status: 'waiting', processed: 3 });
      expect(run.message).toMatch(/hết hạn mức/);
      // Two batches: two people, then the one left of the quota.
      expect(w.standIn.requests.map((r) => r.danhSach.length)).toEqual([2, 1]);
    } finally {
      await w.t.close();
      await w.standIn.close();
    }
  });

  it('fails with a message for an administrator when the service refuses the credentials', async () => {
    const w = await world({}, false);
    try {
      const run = await w.checkOnce();
      expect(run).toMatchObject({ status: 'failed', processed: 0 });
      expect(run.message).toMatch(/quản trị viên kiểm tra cấu hình kết nối/);
      expect(run.finishedAt).not.toBeNull();
      expect(w.standIn.requests).toHaveLength(0); // refused before its body was read
    } finally {
      await w.t.close();
      await w.standIn.close();
    }
  });

  it('says the system is not connected when no service is configured', async () => {
    const t = await createTestApp({ role: 'api' });
    try {
      const officer = await communeOfficer(t, 'officer');
      const res = await officer
        .post('/api/v1/population/verification-runs')
        .send({ communeCode: AREA.communeA1 })
        .expect(409);
      expect(res.body.type).toBe('/problems/population-offline');
      expect(res.body.detail).toMatch(/Đề nghị quản trị viên cấu hình kết nối/);
    } finally {
      await t.close();
    }
  });
});
