import { loadConfig } from '../src/config/app-config.js';
import { UsersService } from '../src/users/users.service.js';
import { createTestApp, type TestApp } from './app.js';

describe('the first administrator', () => {
  let fresh: TestApp;

  beforeAll(async () => {
    fresh = await createTestApp();
  });
  afterAll(() => fresh.close());

  it('creates the first administrator from ADMIN_USERNAME / ADMIN_PASSWORD only when no user exists', async () => {
    const users = fresh.app.get(UsersService);
    const config = loadConfig({
      ADMIN_USERNAME: 'root',
      ADMIN_PASSWORD: 'first-admin-passphrase',
    });
    await users.ensureFirstAdmin(config);
    await users.ensureFirstAdmin(
      loadConfig({ ADMIN_USERNAME: 'other', ADMIN_PASSWORD: 'first-admin-passphrase' }),
    );
    const res = await fresh.http
      .post('/api/v1/auth/login')
      .send({ username: 'root', password: 'first-admin-passphrase' })
      .expect(200);
    expect(res.body.mfaEnrollmentRequired).toBe(true);
    await fresh.http
      .post('/api/v1/auth/login')
      .send({ username: 'other', password: 'first-admin-passphrase' })
      .expect(401);
  });
});
