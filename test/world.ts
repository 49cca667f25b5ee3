import { totpCode } from '../src/auth/totp.js';
import type { Role } from '../src/access/permissions.js';
import type { OrganizationType } from '../src/access/organization-types.js';
import { OrganizationsService } from '../src/organizations/organizations.service.js';
import { UsersService } from '../src/users/users.service.js';
import type { Test } from 'supertest';
import type { TestApp } from './app.js';

/** Two provinces; two communes in the first, one in the second. */
export const AREA = {
  provinceA: '01', // Hà Nội
  communeA1: '00004', // Phường Ba Đình
  communeA2: '00008', // Phường Ngọc Hà
  provinceB: '79', // Hồ Chí Minh
  communeB1: '25747', // Phường Thủ Dầu Một
} as const;

export const PASSWORD = 'Correct-Horse-Battery-9';

export interface Account {
  id: string;
  username: string;
  organizationId: string;
}

/** TOTP secrets of the users who enrolled through signIn, and the last time step each used. */
const totp = new Map<string, { secret: string; lastStep: number; recoveryCodes: string[] }>();

export async function createOrganization(
  t: TestApp,
  name: string,
  type: OrganizationType,
  provinceCode: string,
  communeCode?: string,
): Promise<string> {
  const organization = await t.app
    .get(OrganizationsService)
    .create({ name, type, provinceCode, communeCode }, null);
  return organization.id;
}

export async function createAccount(
  t: TestApp,
  username: string,
  organizationId: string,
  roles: Role[],
  areaCodes?: string[],
): Promise<Account> {
  const user = await t.app.get(UsersService).create(
    {
      username,
      password: PASSWORD,
      fullName: `Người dùng ${username}`,
      organizationId,
      roles,
      areaCodes,
    },
    null,
  );
  return { id: user.id, username, organizationId };
}

/** The people's committees of province A's communes, as tests name them. */
const COMMITTEES: Record<string, string> = {
  [AREA.communeA1]: 'UBND phường Ba Đình',
  [AREA.communeA2]: 'UBND phường Ngọc Hà',
};

/** A commune officer of a commune's committee in province A (Ba Đình by default), signed in. */
export async function communeOfficer(
  t: TestApp,
  username: string,
  communeCode: string = AREA.communeA1,
): Promise<ReturnType<TestApp['as']>> {
  const committee = await createOrganization(
    t,
    COMMITTEES[communeCode],
    'commune_committee',
    AREA.provinceA,
    communeCode,
  );
  await createAccount(t, username, committee, ['commune_officer']);
  return t.as((await signIn(t, username)).accessToken);
}

/**
 * Signs in through the API like a client: a user whose role needs a second factor enrols on the
 * first sign-in (enrolment token, enroll, activate) and sends a TOTP code from then on.
 */
export async function signIn(
  t: TestApp,
  username: string,
  password = PASSWORD,
): Promise<{ accessToken: string; refreshToken: string }> {
  const first = await t.http
    .post('/api/v1/auth/login')
    .send({ username, password, ...otpFor(username) });
  if (first.status === 200 && first.body.mfaEnrollmentRequired) {
    const enrollment = await t
      .as(first.body.enrollmentToken)
      .post('/api/v1/auth/mfa/enroll')
      .expect(200);
    const secret = enrollment.body.secret as string;
    // The activation spends the current time step: the next sign-in needs a later code.
    const now = Date.now();
    totp.set(username, {
      secret,
      lastStep: Math.floor(now / 30_000),
      recoveryCodes: enrollment.body.recoveryCodes as string[],
    });
    await t
      .as(first.body.enrollmentToken)
      .post('/api/v1/auth/mfa/activate')
      .send({ otp: totpCode(secret, now) })
      .expect(204);
    return signIn(t, username, password);
  }
  if (first.status !== 200) {
    throw new Error(`sign-in of ${username}: ${first.status} ${JSON.stringify(first.body)}`);
  }
  return first.body;
}

/**
 * A code for a time step not yet used by this user (the current one, else the next); when both
 * are spent, one of the user's recovery codes.
 */
function otpFor(username: string): { otp?: string } {
  const enrolled = totp.get(username);
  if (!enrolled) return {};
  const now = Math.floor(Date.now() / 30_000);
  const step = Math.max(now, enrolled.lastStep + 1);
  if (step > now + 1) {
    const recovery = enrolled.recoveryCodes.pop();
    if (!recovery) throw new Error(`${username} has no code left for this minute`);
    return { otp: recovery };
  }
  enrolled.lastStep = step;
  return { otp: totpCode(enrolled.secret, step * 30_000) };
}

/** Remembers a second factor a test enrolled by itself, the time step its activation spent. */
export function rememberSecondFactor(username: string, secret: string, lastStep: number): void {
  totp.set(username, { secret, lastStep, recoveryCodes: [] });
}

/**
 * A code for a decision taken with the second factor (X-OTP): the user's current or next time
 * step, whichever is not used yet. A chair deciding twice within the same 30 seconds waits for the
 * next code; a test, taking many decisions a second, does not wait: it sets the user's last used
 * step back in the database instead (the server's replay rule itself has its own test).
 */
export async function stepUpCode(t: TestApp, username: string): Promise<string> {
  const enrolled = totp.get(username);
  if (!enrolled) throw new Error(`${username} has no second factor`);
  const now = Math.floor(Date.now() / 30_000);
  let step = Math.max(now, enrolled.lastStep + 1);
  if (step > now + 1) {
    await t.dataSource.query('UPDATE users SET mfa_last_step = $2 WHERE username = $1', [
      username,
      now - 1,
    ]);
    step = now;
  }
  enrolled.lastStep = step;
  return totpCode(enrolled.secret, step * 30_000);
}

/** A decision's request, sent with a fresh code of the user's second factor, asked when it goes. */
export function withStepUp(t: TestApp, username: string, request: Test): Test {
  const send = request.end.bind(request);
  request.end = (callback) => {
    stepUpCode(t, username).then(
      (code) => {
        request.set('X-OTP', code);
        send(callback);
      },
      (error: Error) => callback?.(error, undefined as never),
    );
    return request;
  };
  return request;
}

/** Polls until the check passes (jobs run in the background), or fails with its last error. */
export async function eventually<T>(check: () => Promise<T>, timeoutMs = 15_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await check();
    } catch (error) {
      if (Date.now() > until) throw error;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
}

/** A binary response body as a Buffer. */
export function binary(response: unknown, done: (error: Error | null, body: Buffer) => void): void {
  const chunks: Buffer[] = [];
  (response as NodeJS.ReadableStream).on('data', (c: Buffer) => chunks.push(c));
  (response as NodeJS.ReadableStream).on('end', () => done(null, Buffer.concat(chunks)));
}
