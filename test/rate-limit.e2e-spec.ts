import { jest } from '@jest/globals';
import { RateLimiter, SYNC_MS } from '../src/common/rate-limit.js';
import { createTestApp, type TestApp } from './app.js';

/** Long enough for every process to have added its hits to the shared count. */
const synced = () => new Promise((resolve) => setTimeout(resolve, SYNC_MS * 2));

describe('rate limiting per client address', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp({ env: { RATE_LIMIT_PER_MINUTE: '3' } });
  });
  afterAll(() => t.close());

  it('answers 429 problem+json with Retry-After past the limit, and never limits health', async () => {
    // Counted before credentials are checked: unauthenticated calls use up the budget too.
    for (let i = 0; i < 3; i++) await t.http.get('/api/v1/reference/protection-levels').expect(401);
    const limited = await t.http.get('/api/v1/areas/provinces').expect(429);
    expect(limited.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(limited.body).toMatchObject({
      type: '/problems/rate-limited',
      title: 'Quá nhiều yêu cầu',
    });
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    for (let i = 0; i < 5; i++) await t.http.get('/health').expect(200);
  });

  it('gives sign-in, refresh and second-factor routes one smaller budget per address', async () => {
    const limited = await createTestApp({ env: { LOGIN_RATE_LIMIT_PER_MINUTE: '2' } });
    try {
      const attempt = () =>
        limited.http
          .post('/api/v1/auth/login')
          .send({ username: 'someone', password: 'whatever-it-is' });
      await attempt().expect(401);
      await limited.http.post('/api/v1/auth/refresh').send({ refreshToken: 'nope' }).expect(401);
      await attempt().expect(429);
    } finally {
      await limited.close();
    }
  });
});

describe('one rate limit across the API processes of a deployment', () => {
  let first: TestApp;
  let second: TestApp;

  beforeAll(async () => {
    first = await createTestApp({ env: { RATE_LIMIT_PER_MINUTE: '4' } });
    second = await createTestApp({
      role: 'api',
      env: { RATE_LIMIT_PER_MINUTE: '4' },
      sharing: first,
    });
  });
  afterAll(async () => {
    await second.close();
    await first.close();
  });

  it('counts a client’s requests to every process, and to routes that do not exist', async () => {
    await first.http.get('/api/v1/reference/protection-levels').expect(401);
    await synced();
    await second.http.get('/api/v1/no-such-route').expect(404);
    await synced();
    const counted = await first.http.get('/api/v1/no-such-route/either').expect(404);
    expect(counted.headers['x-ratelimit-remaining']).toBe('1');
    await synced();
    await second.http.post('/api/v1/nothing-here').send({}).expect(404);
    await synced();
    const limited = await second.http.get('/api/v1/areas/provinces').expect(429);
    expect(limited.body).toMatchObject({ type: '/problems/rate-limited' });
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    await synced();
    await first.http.get('/api/v1/no-such-route').expect(429);
    await second.http.get('/health').expect(200);
  });
});

describe('a client that keeps sending', () => {
  let first: TestApp;
  let second: TestApp;

  beforeAll(async () => {
    first = await createTestApp({ env: { RATE_LIMIT_PER_MINUTE: '30' } });
    second = await createTestApp({
      role: 'api',
      env: { RATE_LIMIT_PER_MINUTE: '30' },
      sharing: first,
    });
  });
  afterAll(async () => {
    await second.close();
    await first.close();
  });

  it('is held to the limit by one process at once, and by the others within SYNC_MS, with few round trips', async () => {
    const store = first.app.get<RateLimiter, { store: { hit: () => unknown } }>(RateLimiter).store;
    // The store connected and its script loaded first: on a loaded machine the first hit's
    // connection outlasted Redis's command timeout, and the requests passed uncounted (the
    // limiter lets them through when the store cannot answer).
    await (store.hit as (hits: [string, number][], windowMs: number) => Promise<unknown>)(
      [['warm-up', 1]],
      60_000,
    );
    const roundTrips = jest.spyOn(store, 'hit');
    try {
      const statuses = await Promise.all(
        Array.from({ length: 40 }, async () => {
          // One request at a time would take longer: at once, as a screen's requests come.
          const { status } = await first.http.get('/api/v1/no-such-route');
          return status;
        }),
      );
      expect(statuses.filter((status) => status === 404)).toHaveLength(30);
      expect(statuses.filter((status) => status === 429)).toHaveLength(10);
      // A round trip per request before; now the requests that found a fresh count shared them.
      expect(roundTrips.mock.calls.length).toBeLessThan(statuses.length);
    } finally {
      roundTrips.mockRestore();
    }
    await synced();
    // The other process hears of all forty before it answers.
    const limited = await second.http.get('/api/v1/no-such-route').expect(429);
    expect(limited.headers['x-ratelimit-remaining']).toBe('0');
  });
});

describe('hits on their way to the store', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp({ role: 'api', env: { RATE_LIMIT_PER_MINUTE: '30' } });
  });
  afterAll(() => t.close());

  it('still count while the store has not answered', async () => {
    // A store slow to take a sync's hits (300 ms), quick to answer a single request's.
    type Hit = (hits: [string, number][], windowMs: number) => Promise<unknown>;
    const store = t.app.get<RateLimiter, { store: { hit: Hit } }>(RateLimiter).store;
    const hit = store.hit.bind(store);
    await hit([['warm-up', 1]], 60_000); // connected first, as above
    const slow = jest.spyOn(store, 'hit').mockImplementation(async (hits, windowMs) => {
      if (hits.some(([, count]) => count > 1)) {
        await new Promise((resolve) => setTimeout(resolve, 300));
      }
      return hit(hits, windowMs);
    });
    const burst = () =>
      Promise.all(
        Array.from({ length: 20 }, async () => (await t.http.get('/api/v1/no-such-route')).status),
      );
    try {
      // The first asks the store; the others are counted here once it answered, and sent to the
      // store SYNC_MS later. The next twenty come while those are on their way: the first of them
      // asks the store, which does not have them yet.
      const first = await burst();
      await new Promise((resolve) => setTimeout(resolve, SYNC_MS + 50));
      const second = await burst();
      const statuses = [...first, ...second];
      expect(statuses.filter((status) => status === 404)).toHaveLength(30);
      expect(statuses.filter((status) => status === 429)).toHaveLength(10);
    } finally {
      slow.mockRestore();
    }
  });
});

describe('answers from the store that cross', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp({ role: 'api', env: { RATE_LIMIT_PER_MINUTE: '30' } });
  });
  afterAll(() => t.close());

  it('do not take back a count: an older answer handled after a newer one', async () => {
    // The store held by the test: a sync's hits reach it when the test lets them, and a question
    // is counted at once but answered when the test lets it, so that the question is counted
    // before the sync's hits and its answer, the lower count, handled after theirs.
    type Hit = (hits: [string, number][], windowMs: number) => Promise<unknown>;
    const store = t.app.get<RateLimiter, { store: { hit: Hit } }>(RateLimiter).store;
    const hit = store.hit.bind(store);
    await hit([['warm-up', 1]], 60_000); // connected first, as above
    const gate = () => {
      let open!: () => void;
      const opened = new Promise<void>((resolve) => (open = resolve));
      return { open, opened };
    };
    const syncArrived = gate();
    const syncGoes = gate();
    const syncAnswered = gate();
    const questionArrived = gate();
    const answerGoes = gate();
    let holding = false;
    // Set as the second twenty go: on a busy machine the first twenty may outlast a sync, and one
    // of them ask the store while the sync is held; only the second twenty's question is held.
    let asking = false;
    const crossing = jest.spyOn(store, 'hit').mockImplementation(async (hits, windowMs) => {
      if (!holding) {
        if (hits.some(([, count]) => count > 1)) {
          holding = true;
          syncArrived.open();
          await syncGoes.opened;
          const answer = await hit(hits, windowMs);
          syncAnswered.open();
          return answer;
        }
        return hit(hits, windowMs);
      }
      if (!asking) return hit(hits, windowMs);
      const answer = await hit(hits, windowMs);
      questionArrived.open();
      await answerGoes.opened;
      return answer;
    });
    const burst = () =>
      Promise.all(
        Array.from({ length: 20 }, async () => (await t.http.get('/api/v1/no-such-route')).status),
      );
    try {
      // The first twenty: one question, nineteen counted here and synced SYNC_MS later, their
      // hits held on the way. Once the count is stale, the next twenty: one question, counted
      // by the store at once (2), the others waiting for its answer. Then the sync reaches the
      // store (21) and is answered; then the question is.
      const first = await burst();
      await syncArrived.opened;
      await new Promise((resolve) => setTimeout(resolve, SYNC_MS + 50));
      asking = true;
      const second = burst();
      await questionArrived.opened;
      syncGoes.open();
      await syncAnswered.opened;
      // The sync's answer handled (promise callbacks all run before the next macrotask).
      await new Promise((resolve) => setImmediate(resolve));
      answerGoes.open();
      const statuses = [...first, ...(await second)];
      expect(statuses.filter((status) => status === 404)).toHaveLength(30);
      expect(statuses.filter((status) => status === 429)).toHaveLength(10);
    } finally {
      syncGoes.open();
      answerGoes.open();
      crossing.mockRestore();
    }
  });
});
