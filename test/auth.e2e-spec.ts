import { totpCode } from '../src/auth/totp.js';
import { createTestApp, type TestApp } from './app.js';
import { AREA, createAccount, createOrganization, PASSWORD, signIn } from './world.js';

describe('authentication: sign-in, tokens, lockout, second factor, API keys, accounts', () => {
  let t: TestApp;
  let commune: string;
  let admin: string;

  beforeAll(async () => {
    t = await createTestApp({
      env: {
        LOGIN_LOCK_THRESHOLD: '3',
        LOGIN_LOCK_SECONDS: '1',
        LOGIN_RATE_LIMIT_PER_MINUTE: '1000',
      },
    });
    commune = await createOrganization(
      t,
      'UBND phường Ba Đình',
      'commune_committee',
      AREA.provinceA,
      AREA.communeA1,
    );
    await createAccount(t, 'officer', commune, ['commune_officer']);
    await createAccount(t, 'admin', commune, ['system_admin']);
    admin = (await signIn(t, 'admin')).accessToken;
  });
  afterAll(() => t.close());

  const login = (body: Record<string, unknown>) => t.http.post('/api/v1/auth/login').send(body);

  it('answers a wrong password and an unknown user with the same 401', async () => {
    await createAccount(t, 'same401', commune, ['commune_officer']);
    const wrong = await login({ username: 'same401', password: 'not-the-password' }).expect(401);
    const unknown = await login({ username: 'nobody-here', password: 'not-the-password' }).expect(
      401,
    );
    expect(wrong.body).toEqual({ ...unknown.body, requestId: wrong.body.requestId });
    expect(wrong.body.type).toBe('/problems/invalid-credentials');
    expect(wrong.body.title).toBe('Đăng nhập không thành công');
  });

  it('refuses a malformed sign-in body with 400, not 401', async () => {
    const res = await login({ username: 'officer' }).expect(400);
    expect(res.body.errors).toEqual([expect.objectContaining({ field: 'password' })]);
  });

  it('signs in, serves the user, and requires a token everywhere else', async () => {
    const res = await login({ username: 'OFFICER', password: PASSWORD }).expect(200);
    expect(res.body).toMatchObject({
      tokenType: 'Bearer',
      expiresIn: 900,
      user: { username: 'officer', roles: ['commune_officer'], organizationId: commune },
    });
    const me = await t.as(res.body.accessToken).get('/api/v1/auth/me').expect(200);
    expect(me.body).toMatchObject({
      kind: 'user',
      username: 'officer',
      areaCodes: [AREA.communeA1],
    });
    expect(me.body.permissions).toContain('children:read');
    await t.http.get('/api/v1/areas/provinces').expect(401);
    await t.http
      .get('/api/v1/areas/provinces')
      .set('Authorization', 'Bearer not-a-jwt')
      .expect(401);
    await t.as(res.body.accessToken).get('/api/v1/areas/provinces').expect(200);
  });

  it('rotates refresh tokens, and a reused one ends the whole session', async () => {
    const first = await signIn(t, 'officer');
    const second = (
      await t.http
        .post('/api/v1/auth/refresh')
        .send({ refreshToken: first.refreshToken })
        .expect(200)
    ).body;
    expect(second.refreshToken).not.toBe(first.refreshToken);
    await t.as(second.accessToken).get('/api/v1/auth/me').expect(200);
    const third = (
      await t.http
        .post('/api/v1/auth/refresh')
        .send({ refreshToken: second.refreshToken })
        .expect(200)
    ).body;

    // The first token again: someone holds a copy. The session ends, for every token of it.
    const reuse = await t.http
      .post('/api/v1/auth/refresh')
      .send({ refreshToken: first.refreshToken })
      .expect(401);
    expect(reuse.body.type).toBe('/problems/invalid-refresh-token');
    await t.http
      .post('/api/v1/auth/refresh')
      .send({ refreshToken: third.refreshToken })
      .expect(401);
    await t.as(third.accessToken).get('/api/v1/auth/me').expect(401);
    // Other sessions of the same user are untouched.
    const other = await signIn(t, 'officer');
    await t.as(other.accessToken).get('/api/v1/auth/me').expect(200);
  });

  it('ends the session on logout', async () => {
    const session = await signIn(t, 'officer');
    await t.as(session.accessToken).post('/api/v1/auth/logout').expect(204);
    await t.as(session.accessToken).get('/api/v1/auth/me').expect(401);
    await t.http
      .post('/api/v1/auth/refresh')
      .send({ refreshToken: session.refreshToken })
      .expect(401);
  });

  it('locks a username after repeated failures, with a growing delay, then lets it in again', async () => {
    await createAccount(t, 'locky', commune, ['commune_officer']);
    for (let i = 0; i < 3; i++)
      await login({ username: 'locky', password: 'wrong-password-x' }).expect(401);
    const locked = await login({ username: 'locky', password: PASSWORD }).expect(423);
    expect(locked.body.type).toBe('/problems/account-locked');
    expect(Number(locked.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    await sleep(1100);
    // One more failure after the lock: locked again, twice as long.
    await login({ username: 'locky', password: 'wrong-password-x' }).expect(401);
    const again = await login({ username: 'locky', password: PASSWORD }).expect(423);
    expect(Number(again.headers['retry-after'])).toBe(2);
    await sleep(2100);
    await login({ username: 'locky', password: PASSWORD }).expect(200);
    // Success resets the count.
    await login({ username: 'locky', password: 'wrong-password-x' }).expect(401);
    await login({ username: 'locky', password: PASSWORD }).expect(200);
  });

  it('locks unknown usernames the same way, so a lock reveals nothing', async () => {
    for (let i = 0; i < 3; i++)
      await login({ username: 'ghost', password: 'wrong-password-x' }).expect(401);
    await login({ username: 'ghost', password: 'wrong-password-x' }).expect(423);
  });

  it('requires a second factor for case approvers: enrolment, codes, replay, recovery codes', async () => {
    await createAccount(t, 'approver', commune, ['case_approver']);
    const first = await login({ username: 'approver', password: PASSWORD }).expect(200);
    expect(Object.keys(first.body).sort()).toEqual(['enrollmentToken', 'mfaEnrollmentRequired']);
    const enrollmentToken = first.body.enrollmentToken as string;
    // The enrolment token opens the enrolment routes and nothing else.
    await t.as(enrollmentToken).get('/api/v1/areas/provinces').expect(401);
    await t.as(enrollmentToken).get('/api/v1/auth/me').expect(401);
    await t
      .as(enrollmentToken)
      .post('/api/v1/auth/mfa/activate')
      .send({ otp: '123456' })
      .expect(409);

    const enrollment = (await t.as(enrollmentToken).post('/api/v1/auth/mfa/enroll').expect(200))
      .body;
    expect(enrollment.secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(enrollment.otpauthUrl).toMatch(/^otpauth:\/\/totp\/BVTE:approver\?/);
    expect(enrollment.recoveryCodes).toHaveLength(10);
    const wrong = (Number(totpCode(enrollment.secret)) + 1) % 1_000_000;
    await t
      .as(enrollmentToken)
      .post('/api/v1/auth/mfa/activate')
      .send({ otp: String(wrong).padStart(6, '0') })
      .expect(422);
    const now = Date.now();
    const activation = totpCode(enrollment.secret, now);
    await t
      .as(enrollmentToken)
      .post('/api/v1/auth/mfa/activate')
      .send({ otp: activation })
      .expect(204);

    const noCode = await login({ username: 'approver', password: PASSWORD }).expect(401);
    expect(noCode.body.type).toBe('/problems/mfa-required');
    const badCode = await login({ username: 'approver', password: PASSWORD, otp: '000000' }).expect(
      401,
    );
    expect(badCode.body.type).toBe('/problems/invalid-otp');
    // The code that confirmed the enrolment is spent; the next time step's code is accepted.
    await login({ username: 'approver', password: PASSWORD, otp: activation }).expect(401);
    const code = totpCode(enrollment.secret, now + 30_000);
    const ok = await login({ username: 'approver', password: PASSWORD, otp: code }).expect(200);
    expect(ok.body.user.roles).toEqual(['case_approver']);
    // The same code is never accepted twice.
    await login({ username: 'approver', password: PASSWORD, otp: code }).expect(401);

    const recovery = enrollment.recoveryCodes[0] as string;
    await login({ username: 'approver', password: PASSWORD, otp: recovery.toUpperCase() }).expect(
      200,
    );
    await login({ username: 'approver', password: PASSWORD, otp: recovery }).expect(401);
    // Enrolled: a second enrolment is refused.
    await t.as(ok.body.accessToken).post('/api/v1/auth/mfa/enroll').expect(409);
  });

  it('gives API keys only their own narrow permissions, and revokes them', async () => {
    const hotline = await createOrganization(t, 'Tổng đài 111', 'hotline', AREA.provinceA);
    const created = await t
      .as(admin)
      .post('/api/v1/api-keys')
      .send({
        name: 'Tổng đài 111',
        organizationId: hotline,
        permissions: ['cases:intake', 'areas:read'],
      })
      .expect(201);
    expect(created.body.key).toMatch(/^bvte_[a-z0-9]{12}_[\w-]{43}$/);
    const key = created.body.key as string;
    const withKey = (path: string) => t.http.get(path).set('X-API-Key', key);
    await withKey('/api/v1/areas/provinces').expect(200);
    await withKey('/api/v1/reference/abuse-forms').expect(403);
    await withKey('/api/v1/users').expect(403);
    const me = await withKey('/api/v1/auth/me').expect(200);
    expect(me.body).toMatchObject({ kind: 'api_key', permissions: ['areas:read', 'cases:intake'] });
    await t.http
      .get('/api/v1/areas/provinces')
      .set('X-API-Key', key.slice(0, -1) + 'x')
      .expect(401);

    const list = await t.as(admin).get('/api/v1/api-keys').expect(200);
    expect(JSON.stringify(list.body)).not.toContain(key.slice('bvte_'.length + 12 + 1));
    await t.as(admin).delete(`/api/v1/api-keys/${created.body.id}`).expect(204);
    await withKey('/api/v1/areas/provinces').expect(401);

    // A key cannot be given a permission beyond the API-key list.
    await t
      .as(admin)
      .post('/api/v1/api-keys')
      .send({ name: 'x', organizationId: hotline, permissions: ['children:read'] })
      .expect(400);
  });

  it('applies the password policy', async () => {
    const create = (username: string, password: string) =>
      t
        .as(admin)
        .post('/api/v1/users')
        .send({
          username,
          password,
          fullName: 'Trần Thị Bình',
          organizationId: commune,
          roles: ['social_worker'],
        });
    for (const [password, message] of [
      ['short9', 'Mật khẩu phải có ít nhất 10 ký tự.'],
      ['password123', 'Mật khẩu quá phổ biến, dễ bị đoán.'],
      ['matkhau2024!', 'Mật khẩu quá phổ biến, dễ bị đoán.'],
      ['tranbinh-2024-x', 'Mật khẩu không được chứa tên đăng nhập.'],
    ]) {
      const res = await create('tranbinh', password).expect(422);
      expect(res.body.errors).toEqual([{ field: 'password', message }]);
    }
    await create('tranbinh', 'song-hong-chay-qua-ha-noi').expect(201);
    const taken = await create('TranBinh', 'song-hong-chay-qua-ha-noi').expect(409);
    expect(taken.body.type).toBe('/problems/username-taken');
  });

  it('keeps accounts safe from their holders and their managers', async () => {
    const me = (await t.as(admin).get('/api/v1/auth/me').expect(200)).body;
    const self = await t
      .as(admin)
      .patch(`/api/v1/users/${me.id}`)
      .send({ roles: ['system_admin', 'commune_officer'] })
      .expect(422);
    expect(self.body.type).toBe('/problems/own-account');
    const worker = await createAccount(t, 'worker', commune, ['social_worker']);
    const combo = await t
      .as(admin)
      .patch(`/api/v1/users/${worker.id}`)
      .send({ roles: ['system_admin', 'social_worker'] })
      .expect(422);
    expect(combo.body.type).toBe('/problems/role-combination');
    const far = await t
      .as(admin)
      .patch(`/api/v1/users/${worker.id}`)
      .send({ areaCodes: [AREA.communeB1] })
      .expect(422);
    expect(far.body.type).toBe('/problems/area-outside-organization');
    await t
      .as(admin)
      .patch(`/api/v1/users/${worker.id}`)
      .send({ areaCodes: [AREA.communeA1, AREA.communeA2] })
      .expect(200);

    // Deactivation takes effect on the next request, not when the token expires.
    const session = await signIn(t, 'worker');
    await t.as(session.accessToken).get('/api/v1/auth/me').expect(200);
    await t.as(admin).patch(`/api/v1/users/${worker.id}`).send({ active: false }).expect(200);
    await t.as(session.accessToken).get('/api/v1/auth/me').expect(401);
    await login({ username: 'worker', password: PASSWORD }).expect(401);
  });

  it('changes only what a PATCH names, and nothing for an empty one (organisation, user, webhook)', async () => {
    const api = t.as(admin);
    const id = await createOrganization(t, 'Công an xã', 'police', AREA.provinceA, AREA.communeA2);
    const renamed = await api
      .patch(`/api/v1/organizations/${id}`)
      .send({ name: 'Công an phường Ngọc Hà' })
      .expect(200);
    const organization = await api.get(`/api/v1/organizations/${id}`).expect(200);
    for (const body of [renamed.body, organization.body]) {
      expect(body).toMatchObject({ name: 'Công an phường Ngọc Hà', type: 'police', active: true });
    }
    const sameOrganization = await api.patch(`/api/v1/organizations/${id}`).send({}).expect(200);
    expect(sameOrganization.body).toEqual(organization.body);

    const clerk = await createAccount(t, 'clerk', id, ['agency_staff']);
    const named = await api
      .patch(`/api/v1/users/${clerk.id}`)
      .send({ fullName: 'Trần Văn Ba' })
      .expect(200);
    const user = await api.get(`/api/v1/users/${clerk.id}`).expect(200);
    for (const body of [named.body, user.body]) {
      expect(body).toMatchObject({
        fullName: 'Trần Văn Ba',
        roles: ['agency_staff'],
        active: true,
      });
    }
    const sameUser = await api.patch(`/api/v1/users/${clerk.id}`).send({}).expect(200);
    expect(sameUser.body).toEqual(user.body);

    const url = 'https://he-thong.example.invalid/events';
    const hook = await api.post(`/api/v1/organizations/${id}/webhooks`).send({ url }).expect(201);
    const sameHook = await api.patch(`/api/v1/webhooks/${hook.body.id}`).send({}).expect(200);
    expect(sameHook.body).toMatchObject({ url, active: true });
    const paused = await api
      .patch(`/api/v1/webhooks/${hook.body.id}`)
      .send({ active: false })
      .expect(200);
    expect(paused.body).toMatchObject({ url, events: sameHook.body.events, active: false });
  });

  it('changes one’s own password and ends every session', async () => {
    await createAccount(t, 'changer', commune, ['social_worker']);
    const session = await signIn(t, 'changer');
    await t
      .as(session.accessToken)
      .post('/api/v1/auth/password')
      .send({ currentPassword: 'nope-nope-nope', newPassword: 'another-long-phrase-42' })
      .expect(422);
    await t
      .as(session.accessToken)
      .post('/api/v1/auth/password')
      .send({ currentPassword: PASSWORD, newPassword: 'another-long-phrase-42' })
      .expect(204);
    await t.as(session.accessToken).get('/api/v1/auth/me').expect(401);
    await login({ username: 'changer', password: PASSWORD }).expect(401);
    await login({ username: 'changer', password: 'another-long-phrase-42' }).expect(200);
  });

  it('keeps locking however many failures a username has collected', async () => {
    await createAccount(t, 'persistent', commune, ['commune_officer']);
    await t.dataSource.query(
      `INSERT INTO auth_login_throttles (username, failures, locked_until) VALUES ('persistent', 5000, NULL)`,
    );
    await login({ username: 'persistent', password: 'wrong-password-x' }).expect(401);
    const locked = await login({ username: 'persistent', password: PASSWORD }).expect(423);
    expect(Number(locked.headers['retry-after'])).toBeGreaterThan(1);
  });

  it('ends sessions without a second factor when the roles come to require one, and on an MFA reset', async () => {
    const promoted = await createAccount(t, 'promoted', commune, ['social_worker']);
    const before = await signIn(t, 'promoted');
    await t
      .as(admin)
      .patch(`/api/v1/users/${promoted.id}`)
      .send({ roles: ['case_approver'] })
      .expect(200);
    await t.as(before.accessToken).get('/api/v1/auth/me').expect(401);
    await t.http
      .post('/api/v1/auth/refresh')
      .send({ refreshToken: before.refreshToken })
      .expect(401);

    const withMfa = await signIn(t, 'promoted'); // enrols, then signs in with a code
    await t.as(withMfa.accessToken).get('/api/v1/auth/me').expect(200);
    await t.as(admin).patch(`/api/v1/users/${promoted.id}`).send({ resetMfa: true }).expect(200);
    await t.as(withMfa.accessToken).get('/api/v1/auth/me').expect(401);
  });

  it('refuses NUL characters and over-long usernames with 4xx, never 5xx', async () => {
    await login({ username: 'a\u0000b', password: 'whatever-long' }).expect(400);
    await login({ username: 'İ'.repeat(200), password: 'whatever-long' }).expect(401);
  });

  it('records sign-ins, failures, lockouts and account changes in the audit log', async () => {
    const rows: { action: string }[] = await t.dataSource.query(
      `SELECT DISTINCT action FROM audit_events`,
    );
    const recorded = new Set(rows.map((r) => r.action));
    const expected = [
      'auth.login',
      'auth.login_failed',
      'auth.lockout',
      'auth.mfa_enabled',
      'auth.mfa_failed',
      'auth.refresh_token_reuse',
      'auth.logout',
      'auth.password_changed',
      'user.created',
      'user.updated',
      'api_key.created',
      'api_key.revoked',
    ];
    expect(expected.filter((action) => !recorded.has(action))).toEqual([]);
  });
});

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
