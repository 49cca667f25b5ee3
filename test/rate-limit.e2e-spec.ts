import { createTestApp, type TestApp } from './app.js';

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
    await second.http.get('/api/v1/no-such-route').expect(404);
    const counted = await first.http.get('/api/v1/no-such-route/either').expect(404);
    expect(counted.headers['x-ratelimit-remaining']).toBe('1');
    await second.http.post('/api/v1/nothing-here').send({}).expect(404);
    const limited = await second.http.get('/api/v1/areas/provinces').expect(429);
    expect(limited.body).toMatchObject({ type: '/problems/rate-limited' });
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    await first.http.get('/api/v1/no-such-route').expect(429);
    await second.http.get('/health').expect(200);
  });
});
