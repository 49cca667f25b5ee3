import { createTestApp, type TestApp } from './app.js';
import { AREA, createAccount, createOrganization, signIn } from './world.js';

describe('HTTP surface: health, areas, reference lists, errors, OpenAPI', () => {
  let t: TestApp;
  let api: ReturnType<TestApp['as']>;

  beforeAll(async () => {
    t = await createTestApp();
    const commune = await createOrganization(
      t,
      'UBND phường Ba Đình',
      'commune_committee',
      AREA.provinceA,
      AREA.communeA1,
    );
    await createAccount(t, 'officer', commune, ['commune_officer']);
    api = t.as((await signIn(t, 'officer')).accessToken);
  });
  afterAll(() => t.close());

  it('answers liveness and readiness (database and queue)', async () => {
    await t.http.get('/health').expect(200, { status: 'ok' });
    const ready = await t.http.get('/health/ready').expect(200);
    expect(ready.body.details.database.status).toBe('up');
    expect(ready.body.details.queue).toEqual({
      status: 'up',
      backend: process.env.REDIS_URL ? 'redis' : 'postgres',
    });
  });

  it('lists the 34 provinces in force, in code order', async () => {
    const res = await api.get('/api/v1/areas/provinces').expect(200);
    expect(res.body.items).toHaveLength(34);
    expect(res.body.items[0]).toEqual({
      code: '01',
      name: 'Hà Nội',
      fullName: 'Thành phố Hà Nội',
      nameEn: 'Hanoi',
      unitType: 'Thành phố',
      provinceCode: null,
    });
    const codes = res.body.items.map((p: { code: string }) => p.code);
    expect(codes).toEqual([...codes].sort());
  });

  it('lists the communes of a province, and all 3,321 across provinces', async () => {
    const hanoi = await api.get('/api/v1/areas/provinces/01/communes').expect(200);
    expect(hanoi.body.items.find((c: { code: string }) => c.code === '00004')).toMatchObject({
      fullName: 'Phường Ba Đình',
      provinceCode: '01',
    });
    const provinces = (await api.get('/api/v1/areas/provinces')).body.items as {
      code: string;
    }[];
    let total = 0;
    for (const p of provinces) {
      total += (await api.get(`/api/v1/areas/provinces/${p.code}/communes`).expect(200)).body.items
        .length;
    }
    expect(total).toBe(3321);
  });

  it('maps an old commune through the crosswalk, marking split ones ambiguous', async () => {
    const whole = await api.get('/api/v1/areas/historical/communes/00004').expect(200);
    expect(whole.body).toMatchObject({ oldFullName: 'Phường Trúc Bạch', ambiguous: false });
    expect(whole.body.currentUnits.map((u: { code: string }) => u.code)).toEqual(['00004']);
    const split = await api.get('/api/v1/areas/historical/communes/00007').expect(200);
    expect(split.body.ambiguous).toBe(true);
    expect(split.body.currentUnits.length).toBeGreaterThan(1);
  });

  it('answers an unknown province with a Vietnamese problem, or English on request', async () => {
    const vi = await api.get('/api/v1/areas/provinces/99/communes').expect(404);
    expect(vi.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(vi.body).toMatchObject({
      type: '/problems/area-not-found',
      title: 'Không tìm thấy đơn vị hành chính',
      status: 404,
      detail: 'Không có tỉnh/thành phố nào mang mã 99.',
    });
    const en = await api
      .get('/api/v1/areas/provinces/99/communes')
      .set('Accept-Language', 'en')
      .expect(404);
    expect(en.body.detail).toBe('No province has the code 99.');
  });

  it('returns the 14 special-circumstance groups with the law letters and Vietnamese names', async () => {
    const res = await api.get('/api/v1/reference/special-circumstances').expect(200);
    const groups = res.body.items.filter(
      (i: { parentCode: string | null }) => i.parentCode === null,
    );
    expect(groups.map((g: { code: string }) => g.code)).toEqual([
      'a',
      'b',
      'c',
      'd',
      'đ',
      'e',
      'g',
      'h',
      'i',
      'k',
      'l',
      'm',
      'n',
      'o',
    ]);
    expect(groups[0].name).toBe('Trẻ em mồ côi cả cha và mẹ');
    const subGroups = res.body.items.filter(
      (i: { parentCode: string | null }) => i.parentCode === 'a',
    );
    expect(subGroups.length).toBeGreaterThan(0);
  });

  it.each([
    ['abuse-forms', 12],
    ['ethnicities', 55],
    ['organization-types', 10],
    ['service-types', 13],
    ['protection-levels', 3],
    ['case-sources', 8],
  ])('returns the %s list whole', async (list, count) => {
    const res = await api.get(`/api/v1/reference/${list}`).expect(200);
    expect(res.body.items).toHaveLength(count);
    for (const item of res.body.items) {
      expect(item.code).toEqual(expect.any(String));
      expect(item.name).toEqual(item.name.normalize('NFC'));
    }
  });

  it('keeps the ethnicity code system with each code (04 is Hoa in GSO 1979)', async () => {
    const res = await api.get('/api/v1/reference/ethnicities').expect(200);
    const hoa = res.body.items.find((i: { code: string }) => i.code === '04');
    expect(hoa).toMatchObject({
      name: 'Hoa',
      attributes: { codeSystem: 'gso1979', gso2008Code: '06' },
    });
  });

  it('serves a code withdrawn from use only when asked for, to name what older records keep', async () => {
    // An injury is no longer a risk factor (migration ChildInjuries): its code stays in history.
    const current = (await api.get('/api/v1/reference/risk-factors').expect(200)).body.items;
    expect(current.map((i: { code: string }) => i.code)).not.toContain('injured_in_accident');
    expect(current.every((i: { active: boolean }) => i.active)).toBe(true);
    const all = (await api.get('/api/v1/reference/risk-factors?retired=true').expect(200)).body
      .items;
    expect(all.find((i: { code: string }) => i.code === 'injured_in_accident')).toMatchObject({
      active: false,
      name: expect.stringContaining('tai nạn'),
    });
    expect(all).toHaveLength(current.length + 1);
  });

  it('refuses an unknown list, naming the lists that exist', async () => {
    const res = await api.get('/api/v1/reference/nope').expect(404);
    expect(res.body.detail).toContain('special-circumstances');
  });

  it('reports invalid parameters field by field', async () => {
    const res = await api.get('/api/v1/areas/provinces/1/communes').expect(400);
    expect(res.body).toMatchObject({
      type: '/problems/validation-failed',
      errors: [{ field: 'code', message: 'Không đúng định dạng.' }],
    });
  });

  it('answers malformed JSON and unknown routes with problems, never a 5xx', async () => {
    const bad = await api
      .post('/api/v1/areas/provinces')
      .set('Content-Type', 'application/json')
      .send('{"not json')
      .expect(400);
    expect(bad.body.type).toBe('/problems/malformed-json');
    expect(bad.body.requestId).toEqual(expect.any(String));
    const missing = await api.get('/api/v1/nothing-here').expect(404);
    expect(missing.body.type).toBe('/problems/not-found');
  });

  it('echoes a well-formed X-Request-Id and makes one otherwise', async () => {
    const given = await t.http.get('/health').set('X-Request-Id', 'abc-123').expect(200);
    expect(given.headers['x-request-id']).toBe('abc-123');
    const made = await t.http.get('/health').set('X-Request-Id', 'bad id with spaces').expect(200);
    expect(made.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('sets security headers', async () => {
    const res = await t.http.get('/health').expect(200);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-powered-by']).toBeUndefined();
  });

  it('publishes OpenAPI describing every route', async () => {
    const res = await t.http.get('/api/docs-json').expect(200);
    expect(res.body.openapi).toMatch(/^3\./);
    expect(Object.keys(res.body.paths)).toEqual(
      expect.arrayContaining([
        '/health',
        '/health/ready',
        '/api/v1/areas/provinces',
        '/api/v1/areas/provinces/{code}/communes',
        '/api/v1/reference/{list}',
        '/api/v1/auth/login',
        '/api/v1/users',
        '/api/v1/organizations',
        '/api/v1/audit',
      ]),
    );
    // Each route's permission and security come from its one @Access declaration.
    const provinces = res.body.paths['/api/v1/areas/provinces'].get;
    expect(provinces['x-permission']).toBe('areas:read');
    expect(provinces.security).toEqual(expect.arrayContaining([{ bearer: [] }, { 'api-key': [] }]));
    expect(res.body.paths['/api/v1/users'].post.security).toEqual([{ bearer: [] }]);
    // A public route says so (`security: []`), or a generated client would send no token at all.
    expect(res.body.paths['/api/v1/auth/login'].post.security).toEqual([]);
    expect(res.body.components.securitySchemes['api-key']).toMatchObject({
      in: 'header',
      name: 'X-API-Key',
    });
    await t.http.get('/api/docs').expect(200);
  });

  it('names every operation and describes its errors as problem+json', async () => {
    const { body } = await t.http.get('/api/docs-json').expect(200);
    const operations = Object.entries(
      body.paths as Record<string, Record<string, OpenApiOperation>>,
    ).flatMap(([path, item]) =>
      Object.entries(item).map(([method, operation]) => ({ path, method, ...operation })),
    );
    const ids = operations.map((o) => o.operationId);
    expect(new Set(ids).size).toBe(ids.length);
    // Named for what they do (listChildren, createReferral), not after Nest's classes.
    for (const id of ids) expect(id).toMatch(/^[a-z]+(?:[A-Z][a-z]+)+$/);
    expect(ids).toEqual(expect.arrayContaining(['listChildren', 'getChild', 'createReferral']));

    for (const operation of operations.filter((o) => o.path.startsWith('/api/'))) {
      const errors = Object.entries(operation.responses).filter(([status]) => +status >= 400);
      expect([operation.operationId, errors.map(([status]) => status)]).toEqual([
        operation.operationId,
        expect.arrayContaining(['429', '503']),
      ]);
      for (const [, response] of errors) {
        expect(response.content?.['application/problem+json'].schema).toEqual({
          $ref: '#/components/schemas/Problem',
        });
      }
      if (operation.security?.length) {
        expect(Object.keys(operation.responses)).toEqual(expect.arrayContaining(['401']));
      }
    }
    const updateChild = operations.find((o) => o.operationId === 'updateChild')!;
    expect(Object.keys(updateChild.responses)).toEqual(
      expect.arrayContaining(['400', '401', '403', '404', '412', '428']),
    );
    expect(body.components.schemas.Problem.properties).toMatchObject({
      type: { type: 'string' },
      errors: { type: 'array' },
    });
    // A code field names its reference list, and the list exists.
    const childSchema = body.components.schemas.CreateChildDto;
    expect(childSchema.properties.sex.enum).toEqual(['male', 'female', 'unknown']);
    expect(childSchema.properties.ethnicityCode.description).toContain(
      'GET /api/v1/reference/ethnicities',
    );
    const lists = new Set(
      [
        ...JSON.stringify(body.components.schemas).matchAll(/GET \/api\/v1\/reference\/([a-z-]+)/g),
      ].map((m) => m[1]),
    );
    expect(lists.size).toBeGreaterThan(10);
    for (const list of lists) await api.get(`/api/v1/reference/${list}`).expect(200);
    // A page size is a number to a generated client, not an empty object.
    const listChildren = operations.find((o) => o.operationId === 'listChildren')!;
    expect(listChildren.parameters?.find((p) => p.name === 'limit')?.schema).toMatchObject({
      type: 'integer',
      maximum: 200,
    });
  });
});

interface OpenApiOperation {
  operationId: string;
  security?: unknown[];
  parameters?: { name: string; in: string; schema?: unknown }[];
  responses: Record<string, { content?: Record<string, { schema: unknown }> }>;
}
