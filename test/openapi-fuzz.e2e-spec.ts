import type { AddressInfo } from 'node:net';
import supertest, { type Response } from 'supertest';
import { permissionsOf, ROLES, type Role } from '../src/access/permissions.js';
import type { OrganizationType } from '../src/access/organization-types.js';
import { createTestApp, type TestApp } from './app.js';
import { hotlineReport } from './case-world.js';
import { AREA, createAccount, createOrganization, PASSWORD, signIn } from './world.js';

/**
 * Bad input for every operation of the application's own OpenAPI document: path parameters that
 * are not identifiers, unknown or huge; query parameters of the wrong type, out of range or
 * garbage; bodies with each property of the wrong JSON type, null, huge, a lone surrogate, a NUL,
 * an impossible date, deep nesting. Sent anonymously and as a signed-in user of each role. No
 * answer may be a 5xx, every error is problem+json, and the server still serves afterwards.
 * The variants are drawn from a seeded generator: the same requests on every run.
 */

interface Schema {
  $ref?: string;
  type?: string;
  format?: string;
  enum?: unknown[];
  example?: unknown;
  default?: unknown;
  items?: Schema;
  properties?: Record<string, Schema>;
  required?: string[];
  allOf?: Schema[];
  oneOf?: Schema[];
  nullable?: boolean;
}

interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header';
  required?: boolean;
  schema?: Schema;
}

interface Operation {
  operationId: string;
  security?: unknown[];
  'x-permission'?: string;
  parameters?: Parameter[];
  requestBody?: { content: Record<string, { schema: Schema }> };
}

interface Call {
  method: string;
  path: string;
  query?: string;
  body?: string;
  contentType?: string;
  caller: string;
  label: string;
}

/** A deterministic source of choices (mulberry32). */
function generator(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let x = state;
    x = Math.imul(x ^ (x >>> 15), x | 1);
    x ^= x + Math.imul(x ^ (x >>> 7), x | 61);
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
  return {
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)],
    sample: <T>(items: readonly T[], n: number): T[] => {
      const copy = [...items];
      for (let i = copy.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        [copy[i], copy[j]] = [copy[j], copy[i]];
      }
      return copy.slice(0, n);
    },
  };
}

/** A well-formed identifier of nothing. */
const UNKNOWN_ID = '7d1e4c2a-9b3f-4e8d-a5c6-0f1e2d3c4b5a';

/** JSON texts nested deeper than any parser's recursion should be asked to go. */
const DEEP_ARRAY = `${'['.repeat(5000)}${']'.repeat(5000)}`;
const deepObject = (depth: number) => `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;

/** Wrong values for any JSON property, as JSON texts (some are not expressible as values). */
const BAD_VALUES: { label: string; json: string }[] = [
  // Every property gets these four; two of the rest are drawn.
  { label: 'null', json: 'null' },
  { label: 'a number', json: '12345' },
  { label: 'a string', json: '"abc"' },
  { label: 'a lone surrogate', json: '"\\ud800abc"' },
  { label: 'a negative number', json: '-1' },
  { label: 'a huge number', json: '1e308' },
  { label: 'a fraction', json: '0.5' },
  { label: 'an empty string', json: '""' },
  { label: 'a boolean', json: 'true' },
  { label: 'an array', json: '["a",1,null]' },
  { label: 'an object', json: '{"a":1}' },
  { label: 'a huge string', json: JSON.stringify('x'.repeat(200_000)) },
  { label: 'a lone low surrogate', json: '"abc\\udfff"' },
  { label: 'a NUL character', json: '"a\\u0000b"' },
  { label: 'an impossible date', json: '"2015-02-30"' },
  { label: 'a date out of range', json: '"99999-01-01"' },
  { label: 'a time without a date', json: '"25:61"' },
  { label: 'an unknown UUID', json: `"${UNKNOWN_ID}"` },
  { label: 'a deep object', json: deepObject(1500) },
  { label: 'a deep array', json: DEEP_ARRAY },
  { label: 'an array of nulls', json: '[null,null]' },
  { label: 'an array of huge strings', json: JSON.stringify(['y'.repeat(50_000)]) },
];

/** Whole bodies that are not the object an operation expects. */
const BAD_BODIES: { label: string; json: string }[] = [
  { label: 'body null', json: 'null' },
  { label: 'body an array', json: '[{"a":1}]' },
  { label: 'body a string', json: '"text"' },
  { label: 'body a number', json: '42' },
  { label: 'body a deep object', json: deepObject(1500) },
  { label: 'body a deep array', json: DEEP_ARRAY },
  { label: 'body __proto__', json: '{"__proto__":{"admin":true},"constructor":{"prototype":{}}}' },
  { label: 'body a lone surrogate key', json: '{"\\ud800":1}' },
];

/** Wrong values for a path or query parameter (kept under the URL length the server accepts). */
const BAD_PARAMS: string[] = [
  'not-a-uuid',
  UNKNOWN_ID,
  '00000000-0000-0000-0000-000000000000',
  'x'.repeat(4000),
  '-1',
  '0',
  '1.5',
  '1e309',
  '99999999999999999999',
  'NaN',
  '2015-02-30',
  '99999-12-31',
  'true',
  'null',
  '%00',
  '%ED%A0%80', // the UTF-8 of a lone surrogate
  '%FF%FE',
  "' OR '1'='1",
  '[]',
  '..%2F..%2Fetc',
];

const REAL_ID_OF: Record<string, string> = {};

/** The kind of organisation each role's fuzzing account belongs to (agency staff: the police). */
const HOME_TYPE: Record<Role, OrganizationType> = {
  system_admin: 'provincial_department',
  commune_officer: 'commune_committee',
  social_worker: 'commune_committee',
  case_approver: 'commune_committee',
  agency_staff: 'police',
  province_officer: 'provincial_department',
  statistician: 'provincial_department',
};

describe('Bad input for every operation of the OpenAPI document', () => {
  let t: TestApp;
  const credentials = new Map<string, Record<string, string>>();
  let document: {
    paths: Record<string, Record<string, Operation>>;
    components: { schemas: Record<string, Schema> };
  };

  beforeAll(async () => {
    t = await createTestApp({
      env: {
        LOGIN_RATE_LIMIT_PER_MINUTE: '100000',
        RATE_LIMIT_PER_MINUTE: '1000000',
      },
    });
    const communeA = await createOrganization(
      t,
      'UBND phường Ba Đình',
      'commune_committee',
      AREA.provinceA,
      AREA.communeA1,
    );
    const department = await createOrganization(
      t,
      'Sở Y tế Hà Nội',
      'provincial_department',
      AREA.provinceA,
    );
    const police = await createOrganization(
      t,
      'Công an phường Ba Đình',
      'police',
      AREA.provinceA,
      AREA.communeA1,
    );
    const homes: Record<Role, string> = {
      system_admin: department,
      commune_officer: communeA,
      social_worker: communeA,
      case_approver: communeA,
      agency_staff: police,
      province_officer: department,
      statistician: department,
    };
    for (const role of ROLES) await createAccount(t, `fuzz-${role}`, homes[role], [role]);
    for (const role of ROLES) {
      credentials.set(role, {
        Authorization: `Bearer ${(await signIn(t, `fuzz-${role}`)).accessToken}`,
      });
    }
    credentials.set('anonymous', {});
    // Records the fuzzing may change, so that PATCH and the like reach the service with real ids
    // (a caller's own account and organisation are left alone: the calls go on as that caller).
    REAL_ID_OF.organizations = await createOrganization(
      t,
      'Hội Liên hiệp Phụ nữ',
      'mass_organization',
      AREA.provinceA,
      AREA.communeA1,
    );
    REAL_ID_OF.users = (await createAccount(t, 'fuzz-victim', communeA, ['commune_officer'])).id;
    // Signs in at the end; no request names it.
    await createAccount(t, 'fuzz-bystander', communeA, ['commune_officer']);
    const child = await t.http
      .post('/api/v1/children')
      .set(credentials.get('commune_officer')!)
      .send({
        fullName: 'Nguyễn Văn Bình',
        dateOfBirth: '2016-03-02',
        sex: 'male',
        provinceCode: AREA.provinceA,
        communeCode: AREA.communeA1,
      })
      .expect(201);
    REAL_ID_OF.children = child.body.id;
    const kase = await t.http
      .post('/api/v1/cases')
      .set(credentials.get('commune_officer')!)
      .send(hotlineReport(new Date().toISOString()))
      .expect(201);
    REAL_ID_OF.cases = kase.body.id;
    document = (await t.http.get('/api/docs-json').expect(200)).body;
  });
  afterAll(() => t?.close());

  it('answers every bad request with a problem, never a 5xx, and keeps serving', async () => {
    const calls = plan(document);
    // Bounded: a few thousand requests.
    expect(calls.length).toBeLessThan(6000);
    // One listening server for all of them (supertest would otherwise start one per request).
    const server = await t.app.listen(0, '127.0.0.1');
    const http = supertest(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
    const failures: string[] = [];
    for (const call of calls) {
      const res = await send(http, call, credentials.get(call.caller)!);
      const type = String(res.headers['content-type'] ?? '');
      if (
        res.status >= 500 ||
        (res.status >= 400 && !type.startsWith('application/problem+json'))
      ) {
        failures.push(
          `${res.status} ${call.method} ${call.path}${call.query ? `?${call.query.slice(0, 80)}` : ''} ` +
            `as ${call.caller}: ${call.label}` +
            (call.body ? ` body ${call.body.slice(0, 100)}` : '') +
            ` → ${type || 'no content type'} ${JSON.stringify(res.body).slice(0, 160)}`,
        );
      }
    }
    if (failures.length > 0) {
      console.log(`${failures.length} of ${calls.length} requests failed:\n${failures.join('\n')}`);
    }
    expect(failures).toEqual([]);

    await t.http.get('/health/ready').expect(200);
    await t.http
      .post('/api/v1/auth/login')
      .send({ username: 'fuzz-bystander', password: PASSWORD })
      .expect(200);
  }, 240_000);
});

/** The requests: every operation × its inputs' bad values × the callers, sampled. */
function plan(document: {
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, Schema> };
}): Call[] {
  const random = generator(20);
  const resolve = (schema: Schema | undefined): Schema => {
    if (!schema) return {};
    if (schema.$ref) return resolve(document.components.schemas[schema.$ref.split('/').pop()!]);
    if (schema.allOf?.length === 1) return resolve(schema.allOf[0]);
    return schema;
  };
  const calls: Call[] = [];
  const last: Call[] = [];
  for (const [template, item] of Object.entries(document.paths)) {
    for (const [method, operation] of Object.entries(item)) {
      const parameters = operation.parameters ?? [];
      const path = (overrides: Record<string, string> = {}) =>
        template.replace(/\{(\w+)\}/g, (_, name: string) =>
          encodeParam(overrides[name] ?? goodPathValue(template, name, parameters, resolve)),
        );
      const bodySchema = resolve(operation.requestBody?.content['application/json']?.schema);
      const base = goodValue(bodySchema, resolve, 0) as Record<string, unknown> | undefined;
      const variants: Omit<Call, 'caller'>[] = [];
      const add = (v: Omit<Call, 'method' | 'caller'>) =>
        variants.push({ method: method.toUpperCase(), ...v });

      add({ path: path(), body: base ? JSON.stringify(base) : undefined, label: 'plausible' });
      for (const p of parameters.filter((p) => p.in === 'path')) {
        for (const value of [...BAD_PARAMS.slice(0, 3), ...random.sample(BAD_PARAMS.slice(3), 2)]) {
          add({ path: path({ [p.name]: value }), label: `path ${p.name}=${value.slice(0, 40)}` });
        }
      }
      for (const p of parameters.filter((p) => p.in === 'query')) {
        for (const value of random.sample(BAD_PARAMS, 3)) {
          add({
            path: path(),
            query: `${p.name}=${encodeParam(value)}`,
            label: `query ${p.name}=${value.slice(0, 40)}`,
          });
        }
        add({ path: path(), query: `${p.name}=a&${p.name}=b`, label: `query ${p.name} twice` });
        add({ path: path(), query: `${p.name}[x]=1`, label: `query ${p.name} as an object` });
      }
      if (operation.requestBody) {
        for (const bad of BAD_BODIES) add({ path: path(), body: bad.json, label: bad.label });
        add({ path: path(), body: '{"a":', label: 'body not JSON' });
        for (const [name, property] of Object.entries(bodySchema.properties ?? {})) {
          for (const bad of [...BAD_VALUES.slice(0, 4), ...random.sample(BAD_VALUES.slice(4), 2)]) {
            const alone = `{${JSON.stringify(name)}:${bad.json}}`;
            const withBase = base
              ? `{${Object.entries(base)
                  .filter(([key]) => key !== name)
                  .map(([key, value]) => `${JSON.stringify(key)}:${JSON.stringify(value)},`)
                  .join('')}${JSON.stringify(name)}:${bad.json}}`
              : alone;
            add({
              path: path(),
              body: random.pick([alone, withBase]),
              label: `${name} ${bad.label}`,
            });
          }
          const inner = resolve(property.items ?? property);
          for (const [innerName] of Object.entries(inner.properties ?? {}).slice(0, 3)) {
            const bad = random.pick(BAD_VALUES);
            const value =
              property.type === 'array'
                ? `[{${JSON.stringify(innerName)}:${bad.json}}]`
                : `{${JSON.stringify(innerName)}:${bad.json}}`;
            add({
              path: path(),
              body: `{${JSON.stringify(name)}:${value}}`,
              label: `${name}.${innerName} ${bad.label}`,
            });
          }
        }
      }

      // The caller the route is for sees every variant; the others (and anonymous) a sample.
      const owner = ownerOf(operation);
      const others = ['anonymous', ...ROLES].filter((c) => c !== owner);
      // Sessions end last: signing out or changing a password would cut the caller off.
      const target = /^(signOut|changeOwnPassword)$/.test(operation.operationId) ? last : calls;
      for (const variant of variants) target.push({ ...variant, caller: owner });
      for (const caller of others) {
        for (const variant of random.sample(variants, 1)) target.push({ ...variant, caller });
      }
    }
  }
  return [...calls, ...last];
}

/** The role the operation's permission is for; anonymous for public routes. */
function ownerOf(operation: Operation): string {
  if (operation.security?.length === 0) return 'anonymous';
  const permission = operation['x-permission'];
  if (!permission) return 'commune_officer';
  const preferred: Role[] = ['commune_officer', 'social_worker', 'system_admin'];
  const holders = ROLES.filter((role) =>
    permissionsOf([role], HOME_TYPE[role]).has(permission as never),
  );
  return preferred.find((role) => holders.includes(role)) ?? holders[0];
}

/** A value of the path parameter that passes its own checks, so the rest of the request is read. */
function goodPathValue(
  template: string,
  name: string,
  parameters: Parameter[],
  resolve: (s: Schema | undefined) => Schema,
): string {
  const schema = resolve(parameters.find((p) => p.name === name)?.schema);
  if (schema.enum?.length) return String(schema.enum[0]);
  if (name === 'id') return REAL_ID_OF[template.split('/')[3]] ?? UNKNOWN_ID;
  if (name === 'code') return template.includes('provinces') ? AREA.provinceA : AREA.communeA1;
  if (name === 'year') return '2026';
  if (name === 'list') return template.includes('reference') ? 'ethnicities' : 'x';
  return UNKNOWN_ID;
}

/** A plausible value of a schema: its example, first enum value, default, or one of its type. */
function goodValue(
  schema: Schema,
  resolve: (s: Schema | undefined) => Schema,
  depth: number,
): unknown {
  if (depth > 4) return undefined;
  if (schema.example !== undefined) return schema.example;
  if (schema.enum?.length) return schema.enum[0];
  if (schema.default !== undefined) return schema.default;
  switch (schema.type) {
    case 'string':
      if (schema.format === 'date-time') return new Date().toISOString();
      if (schema.format === 'date') return '2016-03-02';
      if (schema.format === 'uuid') return UNKNOWN_ID;
      return 'Nguyễn';
    case 'integer':
    case 'number':
      return 1;
    case 'boolean':
      return false;
    case 'array': {
      const item = goodValue(resolve(schema.items), resolve, depth + 1);
      return item === undefined ? [] : [item];
    }
    default: {
      if (!schema.properties) return undefined;
      return Object.fromEntries(
        Object.entries(schema.properties)
          .map(([key, value]) => [key, goodValue(resolve(value), resolve, depth + 1)])
          .filter(([, value]) => value !== undefined),
      );
    }
  }
}

/** Encodes a parameter unless it is already percent-encoded on purpose. */
function encodeParam(value: string): string {
  return /%[0-9A-F]{2}/.test(value) ? value : encodeURIComponent(value);
}

function send(
  http: ReturnType<typeof supertest>,
  call: Call,
  headers: Record<string, string>,
): Promise<Response> {
  const url = `${call.path}${call.query ? `?${call.query}` : ''}`;
  const method = call.method.toLowerCase() as 'get' | 'post' | 'patch' | 'put' | 'delete';
  const request = http[method](url).set(headers);
  if (call.body === undefined) return request;
  return request.set('Content-Type', call.contentType ?? 'application/json').send(call.body);
}
