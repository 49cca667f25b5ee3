import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Test } from '@nestjs/testing';
import supertest from 'supertest';
import { serveWebApp } from '../src/web-app.js';
import { createTestApp, type TestApp } from './app.js';
import { AREA, createAccount, createOrganization, PASSWORD } from './world.js';

// The web app's side of the server: its API types match this server's OpenAPI document, the built
// app is served with a history fallback that leaves the API alone, and the browser's refresh token
// lives in an HttpOnly cookie only the refresh route receives.
describe('web app', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('has API types generated from this server’s OpenAPI document (npm run api:types -w web)', async () => {
    const { apiTypes, SCHEMA_FILE } = (await import(
      // @ts-expect-error: a plain ESM script of the web workspace, without types
      '../web/scripts/api-types.mjs'
    )) as { apiTypes: (document: unknown) => Promise<string>; SCHEMA_FILE: string };
    const document = (await t.http.get('/api/docs-json').expect(200)).body as unknown;
    const committed = await readFile(SCHEMA_FILE, 'utf8');
    const current = await apiTypes(document);
    if (committed !== current) {
      throw new Error(
        `${SCHEMA_FILE} no longer matches the server: with the server running, npm run api:types -w web`,
      );
    }
  });

  it('serves the app for client routes and leaves the API and health alone', async () => {
    const page = await t.http.get('/children/some-id').set('Accept', 'text/html').expect(200);
    expect(page.headers['content-type']).toMatch(/text\/html/);
    expect(page.text).toContain('<div id="root">');
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    // Over plain HTTP the browser would send the API's redirects to https:// and fail them.
    expect(page.headers['content-security-policy']).not.toContain('upgrade-insecure-requests');
    const api = await t.http.get('/api/v1/nothing-here').set('Accept', 'text/html').expect(404);
    expect(api.headers['content-type']).toMatch(/application\/problem\+json/);
    await t.http.get('/health').expect(200, { status: 'ok' });
  });

  it('never answers an API or health path with a file of the app', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'bvte-web-'));
    const app = (
      await Test.createTestingModule({}).compile()
    ).createNestApplication<NestExpressApplication>({ logger: false });
    try {
      await mkdir(join(dir, 'api', 'v1'), { recursive: true });
      await writeFile(join(dir, 'index.html'), '<div id="root"></div>');
      await writeFile(join(dir, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
      await writeFile(join(dir, 'api', 'v1', 'children'), 'a file in the way');
      await writeFile(join(dir, 'health'), 'a file in the way');
      expect(serveWebApp(app, dir)).toBe(true);
      await app.init();
      const http = supertest(app.getHttpServer());
      await http.get('/favicon.svg').expect(200);
      await http.get('/api/v1/children').expect(404);
      await http.get('/health').expect(404);
    } finally {
      await app.close();
      await rm(dir, { recursive: true });
    }
  });

  it('keeps the browser’s refresh token in an HttpOnly cookie for the refresh route only', async () => {
    const organization = await createOrganization(
      t,
      'UBND phường Ba Đình',
      'commune_committee',
      AREA.provinceA,
      AREA.communeA1,
    );
    await createAccount(t, 'web.officer', organization, ['commune_officer']);
    const login = await t.http
      .post('/api/v1/auth/login')
      .send({ username: 'web.officer', password: PASSWORD, refreshTokenIn: 'cookie' })
      .expect(200);
    expect(login.body.accessToken).toEqual(expect.any(String));
    expect(login.body).not.toHaveProperty('refreshToken');
    const cookie = refreshCookie(login.headers['set-cookie']);
    expect(cookie).toMatch(/^bvte_refresh=[^;]+; /);
    expect(cookie).toContain('Path=/api/v1/auth/refresh');
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Strict');
    expect(cookie).not.toContain('Secure'); // outside production: http://localhost works

    // The cookie alone renews the session, once: the spent token revokes the session when reused.
    const pair = cookie.split(';')[0];
    const renewed = await t.http
      .post('/api/v1/auth/refresh')
      .set('Cookie', pair)
      .send({})
      .expect(200);
    expect(renewed.body).not.toHaveProperty('refreshToken');
    const next = refreshCookie(renewed.headers['set-cookie']).split(';')[0];
    expect(next).not.toEqual(pair);
    await t.as(renewed.body.accessToken).get('/api/v1/auth/me').expect(200);
    await t.http.post('/api/v1/auth/refresh').set('Cookie', pair).send({}).expect(401);
    await t.http.post('/api/v1/auth/refresh').set('Cookie', next).send({}).expect(401);

    // No cookie and no body: the same answer as a bad token.
    const none = await t.http.post('/api/v1/auth/refresh').send({}).expect(401);
    expect(none.body.type).toMatch(/invalid-refresh-token$/);
  });

  it('clears the cookie at sign-out, and keeps the JSON flow for system clients', async () => {
    const login = await t.http
      .post('/api/v1/auth/login')
      .send({ username: 'web.officer', password: PASSWORD })
      .expect(200);
    expect(login.headers['set-cookie']).toBeUndefined();
    expect(login.body.refreshToken).toEqual(expect.any(String));
    const out = await t.as(login.body.accessToken).post('/api/v1/auth/logout').expect(204);
    expect(refreshCookie(out.headers['set-cookie'])).toMatch(
      /^bvte_refresh=; .*Expires=Thu, 01 Jan 1970/,
    );
  });
});

function refreshCookie(header: string | string[] | undefined): string {
  const cookies = Array.isArray(header) ? header : header ? [header] : [];
  const cookie = cookies.find((value) => value.startsWith('bvte_refresh='));
  if (!cookie) throw new Error(`no refresh cookie in ${JSON.stringify(header)}`);
  return cookie;
}
