import type { Response } from 'supertest';
import { ROLES, type Role } from '../src/access/permissions.js';
import { createTestApp, type TestApp } from './app.js';
import { listRoutes } from './routes.js';
import { APPROVER_STEPS, BODIES, forChildren } from './case-world.js';
import { AREA, createAccount, createOrganization, PASSWORD, signIn, withStepUp } from './world.js';

/**
 * The authorization matrix: every route × every kind of caller × (own area, other area, other
 * organisation), each a real HTTP call against a real database. The expected outcome of each
 * cell is written here, independently of the role map in src/access/permissions.ts, so a wrong
 * entry there fails here. A route without a row below fails the first test.
 */

interface Caller {
  name: string;
  /** null: no credentials, an MFA enrolment token, or an API key. */
  role: Role | null;
  province: 'A' | 'B';
  /** The commune of the caller's organisation (none for provincial organisations). */
  commune: string | null;
}

/** Agency staff of a police force, a school or a health facility record reports (Mẫu 01). */
const RECEIVING_POINT_STAFF: readonly string[] = ['agency_staff', 'agency_staff@other-org'];

const PROVINCIAL: readonly string[] = ['system_admin', 'province_officer', 'statistician'];

const callers: Caller[] = [
  { name: 'anonymous', role: null, province: 'A', commune: null },
  { name: 'enrolment-token', role: null, province: 'A', commune: null },
  { name: 'api-key', role: null, province: 'A', commune: null },
  ...ROLES.map((role) => ({
    name: role,
    role,
    province: 'A' as const,
    commune: PROVINCIAL.includes(role) ? null : AREA.communeA1,
  })),
  { name: 'commune_officer@A2', role: 'commune_officer', province: 'A', commune: AREA.communeA2 },
  { name: 'social_worker@A2', role: 'social_worker', province: 'A', commune: AREA.communeA2 },
  { name: 'commune_officer@B', role: 'commune_officer', province: 'B', commune: AREA.communeB1 },
  { name: 'province_officer@B', role: 'province_officer', province: 'B', commune: null },
  { name: 'agency_staff@other-org', role: 'agency_staff', province: 'A', commune: AREA.communeA2 },
  // A social work centre: referrals reach it, reports are not recorded there.
  { name: 'agency_staff@centre', role: 'agency_staff', province: 'A', commune: null },
];

/** Whether the caller's areas include commune A1, where the test child lives. */
const seesA1 = (c: Caller) =>
  c.commune === null ? c.province === 'A' : c.commune === AREA.communeA1;

type Ctx = {
  t: TestApp;
  /** Who makes the call. */
  caller: Caller;
  ids: Record<string, string>;
  n: () => number;
  /** Credentials to prepare a call: the system administrator, A1's social worker and chair. */
  admin: Record<string, string>;
  worker: Record<string, string>;
  approver: Record<string, string>;
  /** Staff of policeA, the organisation the matrix's referrals go to. */
  agency: Record<string, string>;
};

interface CallSpec {
  path: string;
  body?: object;
  headers?: Record<string, string>;
  /** Sent as multipart/form-data field `file`. */
  file?: { name: string; content: Buffer };
}

interface RouteSpec {
  /** Public routes answer everyone the same; otherwise who passes the guard. */
  access:
    | 'public'
    | {
        roles: readonly Role[];
        apiKey?: boolean;
        enrolment?: boolean;
        anyUser?: boolean;
        /** The agency staff of a receiving point too (RECEIVING_POINT_STAFF). */
        receivingPoints?: boolean;
      };
  /** The status of a caller who passes. */
  ok: number | ((caller: Caller) => number);
  request: (ctx: Ctx) => Promise<CallSpec> | CallSpec;
  /** For a caller who passes: what they see is inside their area. */
  check?: (res: Response, caller: Caller) => void;
  /** Needs a session of its own (it ends it). */
  freshSession?: boolean;
  /** A decision asking for the second factor again: a caller who passes sends a fresh code. */
  stepUp?: boolean;
}

const ANY_USER = { roles: ROLES, anyUser: true };
const ADMIN = { roles: ['system_admin'] as const };
/** Who may make and read the periodic reports, with exact figures (reports:periodic). */
const PERIODIC_ROLES = [
  'commune_officer',
  'social_worker',
  'case_approver',
  'province_officer',
] as const;
/** Who may read aggregate figures (reports:aggregate). */
const AGGREGATE_ROLES = [
  'commune_officer',
  'social_worker',
  'case_approver',
  'province_officer',
  'statistician',
] as const;
const ORG_READERS = {
  roles: [
    'system_admin',
    'commune_officer',
    'social_worker',
    'case_approver',
    'province_officer',
  ] as const,
};
const MFA_ENROLLED: readonly string[] = ['system_admin', 'case_approver'];
const CHILD_READERS = {
  roles: ['commune_officer', 'social_worker', 'case_approver', 'province_officer'] as const,
};
const CHILD_WRITERS = { roles: ['commune_officer', 'social_worker'] as const };
/** children:import, children:merge */
const IMPORTERS = { roles: ['commune_officer'] as const };
const IMPORT_CSV = Buffer.from('Họ và tên,Ngày sinh,Giới tính,Mã tỉnh,Mã xã\r\n');
/** The population check's exchange file, its header only. */
const ANSWER_CSV = Buffer.from(
  'Mã hồ sơ (ID),Họ và tên,Ngày sinh,Giới tính,Số định danh cá nhân,"Thôn, tổ dân phố",Kết quả đối chiếu,' +
    'Họ và tên theo CSDL dân cư,Ngày sinh theo CSDL dân cư,Giới tính theo CSDL dân cư,Số định danh theo CSDL dân cư\r\n',
);

/** A list of births and moves with one birth (a child no record holds). */
const CHANGES_CSV = Buffer.from(
  'Loại biến động,Ngày biến động,Số định danh cá nhân,Họ và tên,Ngày sinh,Giới tính\r\n' +
    'Đăng ký khai sinh,01/12/2026,001326099999,Trẻ Mới Sinh,28/11/2026,Nữ\r\n',
);

/** A birth in commune A1 to act on, as received from the population database. */
async function changeInA1({ t, n }: Ctx): Promise<string> {
  const personalId = `0013269${String(n()).padStart(5, '0')}`;
  const [row] = await t.dataSource.query(
    `INSERT INTO population_changes
       (province_code, commune_code, kind, date, personal_id, person, source, status)
     VALUES ($1, $2, 'birth', '2026-12-01', $3, $4, 'file', 'open') RETURNING id`,
    [
      AREA.provinceA,
      AREA.communeA1,
      personalId,
      { fullName: 'Trẻ Mới Sinh', dateOfBirth: '2026-11-28', sex: 'female', personalId },
    ],
  );
  return row.id as string;
}

/** An open request to correct a fresh child's record in commune A1. */
async function correctionInA1(ctx: Ctx): Promise<string> {
  const [row] = await ctx.t.dataSource.query(
    `INSERT INTO child_correction_requests (child_id, requester, request, received_on, status)
     VALUES ($1, 'Mẹ của trẻ', 'Sai tên đệm', '2026-12-01', 'open') RETURNING id`,
    [await childInA1(ctx)],
  );
  return row.id as string;
}

/** A support of a child, written straight to the database. */
async function supportOf({ t }: Ctx, childId: string): Promise<string> {
  const [row] = await t.dataSource.query<{ id: string }[]>(
    `INSERT INTO child_supports (child_id, kind, provider, starts_on)
     VALUES ($1, 'gift', 'state', '2026-06-01') RETURNING id`,
    [childId],
  );
  return row.id;
}

/** An injury of a child, written straight to the database. */
async function injuryOf({ t }: Ctx, childId: string): Promise<string> {
  const [row] = await t.dataSource.query<{ id: string }[]>(
    `INSERT INTO child_injuries (child_id, kind, occurred_on, outcome)
     VALUES ($1, 'fall', '2026-06-01', 'recovered') RETURNING id`,
    [childId],
  );
  return row.id;
}

/**
 * A violation recorded on a case, written straight to the database: decided, or detected only.
 */
async function sanctionOf({ t, n }: Ctx, caseId: string, decided = true): Promise<string> {
  const [row] = await t.dataSource.query<{ id: string }[]>(
    `INSERT INTO case_sanctions
       (case_id, detected_on, decision_number, decided_on, authority, violator_kind, form)
     VALUES ($1, '2026-06-01', $2, $3, 'Chủ tịch UBND phường', 'individual', 'violence')
     RETURNING id`,
    [caseId, decided ? `${n()}/QĐ` : null, decided ? '2026-06-01' : null],
  );
  return row.id;
}

/** An abuser recorded on a case, written straight to the database. */
async function abuserOf({ t }: Ctx, caseId: string): Promise<string> {
  const [row] = await t.dataSource.query<{ id: string }[]>(
    `INSERT INTO case_abusers (case_id, relationship, sex, age)
     VALUES ($1, 'parent', 'male', 'adult') RETURNING id`,
    [caseId],
  );
  return row.id;
}

/** A fresh child in commune A1, written straight to the database. */
async function childInA1({ t, n }: Ctx): Promise<string> {
  const [row] = await t.dataSource.query(
    `INSERT INTO children (full_name, name_search, date_of_birth, sex, province_code, commune_code, fingerprint, version)
     VALUES ($1, $2, '2016-01-01', 'female', $3, $4, $5, 1) RETURNING id`,
    [`Trẻ ${n()}`, ' tre ', AREA.provinceA, AREA.communeA1, `fp-${n()}`],
  );
  return row.id as string;
}

/** The test child's current version, for If-Match. */
async function childVersion({ t, ids }: Ctx): Promise<number> {
  const [row] = await t.dataSource.query('SELECT version FROM children WHERE id = $1', [
    ids.childA1,
  ]);
  return row.version as number;
}

const CASE_READERS = { roles: ['social_worker', 'case_approver', 'province_officer'] as const };
const CASE_WORKERS = { roles: ['social_worker'] as const };
const CASE_APPROVERS = { roles: ['case_approver'] as const };
const inA1 = (ok: number) => (c: Caller) => (seesA1(c) ? ok : 404);

/** The steps that bring a fresh case to each status, with who takes them (a body read when sent). */
const TO_STATUS: Record<string, [string, object | (() => object), 'worker' | 'approver'][]> = {
  received: [],
  assessed: [['initial-assessment', BODIES['initial-assessment'], 'worker']],
  emergency: [
    ['initial-assessment', { ...BODIES['initial-assessment'], immediateDanger: true }, 'worker'],
  ],
  isolated: [
    ['initial-assessment', { ...BODIES['initial-assessment'], immediateDanger: true }, 'worker'],
    ['isolation', () => BODIES.isolation, 'approver'],
  ],
  planning: [
    ['initial-assessment', BODIES['initial-assessment'], 'worker'],
    ['assessment', BODIES.assessment, 'worker'],
  ],
  plan_submitted: [
    ['initial-assessment', BODIES['initial-assessment'], 'worker'],
    ['assessment', BODIES.assessment, 'worker'],
    ['plan', BODIES.plan, 'worker'],
  ],
  in_progress: [
    ['initial-assessment', BODIES['initial-assessment'], 'worker'],
    ['assessment', BODIES.assessment, 'worker'],
    ['plan', BODIES.plan, 'worker'],
    ['plan/approve', BODIES['plan/approve'], 'approver'],
  ],
  closure_proposed: [
    ['initial-assessment', BODIES['initial-assessment'], 'worker'],
    ['close', BODIES.close, 'worker'],
  ],
  closed: [
    ['initial-assessment', BODIES['initial-assessment'], 'worker'],
    ['close', BODIES.close, 'worker'],
    ['close/approve', {}, 'approver'],
  ],
};

/** A fresh case in commune A1 about the test child, brought to a status by A1's own people. */
async function caseIn(ctx: Ctx, status: keyof typeof TO_STATUS): Promise<string> {
  const { t, ids } = ctx;
  const created = await t.http
    .post('/api/v1/cases')
    .set(ctx.worker)
    .send({
      childIds: [ids.childA1],
      source: 'commune',
      receivedAt: new Date().toISOString(),
      summary: 'Matrix',
      concerns: ['neglect'],
    })
    .expect(201);
  for (const [action, body, who] of TO_STATUS[status]) {
    const request = t.http.post(`/api/v1/cases/${created.body.id}/${action}`).set(ctx[who]);
    // The chair's decisions carry a fresh code of the chair's second factor.
    await (who === 'approver' ? withStepUp(t, 'case_approver', request) : request)
      .send(forChildren(action, typeof body === 'function' ? body() : body, [ids.childA1]))
      .expect(200);
  }
  return created.body.id as string;
}

/** A fresh A1 case that A1's worker asks commune A2 to take over. */
async function transferredToA2(ctx: Ctx): Promise<string> {
  const caseId = await caseIn(ctx, 'received');
  await ctx.t.http
    .post(`/api/v1/cases/${caseId}/transfer`)
    .set(ctx.worker)
    .send({ toCommuneCode: AREA.communeA2, reason: 'Trẻ chuyển về sống tại Ngọc Hà' })
    .expect(201);
  return caseId;
}

/** Who hands a case over and decides on one: the commune's workers and chair (cases:transfer). */
const CASE_TRANSFERERS = { roles: ['social_worker', 'case_approver'] as const };
/** The receiving commune A2's own, in the matrix: its social worker. */
const inA2 = (ok: number) => (c: Caller) => (c.commune === AREA.communeA2 ? ok : 404);

/** The first action of the plan of a fresh case whose plan is being carried out. */
async function planActionIn(ctx: Ctx): Promise<{ caseId: string; actionId: string }> {
  const caseId = await caseIn(ctx, 'in_progress');
  const [plan] = await ctx.t.dataSource.query(
    "SELECT id FROM case_events WHERE case_id = $1 AND action = 'plan'",
    [caseId],
  );
  return { caseId, actionId: `${plan.id}-1` };
}

const REFERRAL_STEPS: Record<string, [string, object][]> = {
  pending: [],
  acknowledged: [['acknowledge', {}]],
  accepted: [
    ['acknowledge', {}],
    ['accept', {}],
  ],
};

/** A fresh referral of a fresh A1 case to policeA, brought to a status by policeA's staff. */
async function referralIn(ctx: Ctx, status: keyof typeof REFERRAL_STEPS): Promise<string> {
  const sent = await ctx.t.http
    .post(`/api/v1/cases/${await caseIn(ctx, 'received')}/referrals`)
    .set(ctx.worker)
    .send({
      toOrganizationId: ctx.ids.policeA,
      serviceType: 'investigation',
      urgency: 'urgent',
      reason: 'Cần xác minh',
    })
    .expect(201);
  for (const [action, body] of REFERRAL_STEPS[status]) {
    await ctx.t.http
      .post(`/api/v1/referrals/${sent.body.id}/${action}`)
      .set(ctx.agency)
      .send(body)
      .expect(200);
  }
  return sent.body.id as string;
}

const RECEIVERS = { roles: ['agency_staff'] as const };
/** policeA's own staff; the staff of another organisation find nothing. */
const ownAgency = (ok: number) => (c: Caller) => (c.name === 'agency_staff' ? ok : 404);

/** A row for a referral step, called on a referral in the status that allows it. */
function referralStep(
  access: { roles: readonly Role[] },
  ok: (c: Caller) => number,
  status: keyof typeof REFERRAL_STEPS,
  action: string,
  body: object = {},
): RouteSpec {
  return {
    access,
    ok,
    request: async (ctx) => ({
      path: `/api/v1/referrals/${await referralIn(ctx, status)}/${action}`,
      body,
    }),
  };
}

/** A webhook of policeA, registered by the administrator. */
async function webhookOfPolice(ctx: Ctx): Promise<string> {
  const created = await ctx.t.http
    .post(`/api/v1/organizations/${ctx.ids.policeA}/webhooks`)
    .set(ctx.admin)
    .send({ url: 'https://he-thong.example.invalid/events' })
    .expect(201);
  return created.body.id as string;
}

/** A dead-lettered delivery of that webhook, written straight to the database. */
async function deadDelivery(ctx: Ctx): Promise<string> {
  const [row] = await ctx.t.dataSource.query(
    `INSERT INTO webhook_deliveries (webhook_id, event_id, kind, payload, state, attempts)
     VALUES ($1, gen_random_uuid(), 'referral_received', '{}', 'dead', 8) RETURNING id`,
    [await webhookOfPolice(ctx)],
  );
  return row.id as string;
}

/** A row for a step of the workflow, called on a case in the status that allows it. */
function caseStep(
  access: { roles: readonly Role[] },
  status: keyof typeof TO_STATUS,
  action: string,
  body?: object,
): RouteSpec {
  return {
    access,
    ok: inA1(200),
    stepUp: APPROVER_STEPS.includes(action),
    request: async (ctx) => ({
      path: `/api/v1/cases/${await caseIn(ctx, status)}/${action}`,
      // Read when sent: the isolation decision starts then.
      body: forChildren(action, body ?? BODIES[action], [ctx.ids.childA1]),
    }),
  };
}

const SPEC: Record<string, RouteSpec> = {
  'GET /health': { access: 'public', ok: 200, request: () => ({ path: '/health' }) },
  'GET /health/ready': { access: 'public', ok: 200, request: () => ({ path: '/health/ready' }) },
  'POST /api/v1/auth/login': {
    access: 'public',
    ok: 200,
    request: () => ({
      path: '/api/v1/auth/login',
      body: { username: 'probe', password: PASSWORD },
    }),
  },
  'POST /api/v1/auth/refresh': {
    access: 'public',
    ok: 401, // a made-up token: the route is reachable, the token is not valid
    request: () => ({ path: '/api/v1/auth/refresh', body: { refreshToken: 'not-a-token' } }),
  },
  'GET /api/v1/auth/me': {
    access: { ...ANY_USER, apiKey: true },
    ok: 200,
    request: () => ({ path: '/api/v1/auth/me' }),
  },
  'POST /api/v1/auth/logout': {
    access: { ...ANY_USER, apiKey: true },
    ok: 204,
    freshSession: true,
    request: () => ({ path: '/api/v1/auth/logout' }),
  },
  'POST /api/v1/auth/password': {
    access: ANY_USER,
    ok: 422, // reachable; the current password given is wrong
    request: () => ({
      path: '/api/v1/auth/password',
      body: { currentPassword: 'not-my-password', newPassword: 'a-new-long-passphrase' },
    }),
  },
  'POST /api/v1/auth/mfa/enroll': {
    access: { ...ANY_USER, enrolment: true },
    ok: (c) => (MFA_ENROLLED.includes(c.name) ? 409 : 200),
    request: () => ({ path: '/api/v1/auth/mfa/enroll' }),
  },
  'POST /api/v1/auth/mfa/activate': {
    access: { ...ANY_USER, enrolment: true },
    ok: (c) => (MFA_ENROLLED.includes(c.name) ? 409 : 422), // enrolled already / wrong code
    request: () => ({ path: '/api/v1/auth/mfa/activate', body: { otp: '000000' } }),
  },
  'GET /api/v1/api-keys': { access: ADMIN, ok: 200, request: () => ({ path: '/api/v1/api-keys' }) },
  'POST /api/v1/api-keys': {
    access: ADMIN,
    ok: 201,
    request: ({ ids, n }) => ({
      path: '/api/v1/api-keys',
      body: { name: `key ${n()}`, organizationId: ids.hotline, permissions: ['cases:intake'] },
    }),
  },
  'DELETE /api/v1/api-keys/:id': {
    access: ADMIN,
    ok: 204,
    request: async ({ t, ids, n, admin }) => {
      const key = await t.http
        .post('/api/v1/api-keys')
        .set(admin)
        .send({ name: `doomed ${n()}`, organizationId: ids.hotline, permissions: ['areas:read'] })
        .expect(201);
      return { path: `/api/v1/api-keys/${key.body.id}` };
    },
  },
  'GET /api/v1/areas/provinces': {
    access: { roles: ROLES, apiKey: true },
    ok: 200,
    request: () => ({ path: '/api/v1/areas/provinces' }),
  },
  'GET /api/v1/areas/provinces/:code/communes': {
    access: { roles: ROLES, apiKey: true },
    ok: 200,
    request: () => ({ path: `/api/v1/areas/provinces/${AREA.provinceA}/communes` }),
  },
  'GET /api/v1/areas/historical/communes/:code': {
    access: { roles: ROLES, apiKey: true },
    ok: 200,
    request: () => ({ path: '/api/v1/areas/historical/communes/00004' }),
  },
  'GET /api/v1/reference/:list': {
    access: { roles: ROLES }, // the test key was not given reference:read
    ok: 200,
    request: () => ({ path: '/api/v1/reference/abuse-forms' }),
  },
  'GET /api/v1/calendar/holidays/:year': {
    access: { roles: ROLES }, // the test key was not given reference:read
    ok: 200,
    request: () => ({ path: '/api/v1/calendar/holidays/2027' }),
  },
  'PUT /api/v1/calendar/holidays/:year': {
    access: ADMIN,
    ok: 200,
    request: () => ({
      path: '/api/v1/calendar/holidays/2031',
      body: { days: [{ day: '2031-01-01', kind: 'day_off', name: 'Tết Dương lịch' }] },
    }),
  },
  'POST /api/v1/cases': {
    access: { roles: ['commune_officer', 'social_worker'], apiKey: true, receivingPoints: true },
    // The child is not in a caller's areas elsewhere; a receiving point reports about any child.
    ok: (c) => (seesA1(c) || RECEIVING_POINT_STAFF.includes(c.name) ? 201 : 422),
    request: ({ ids, caller }) => ({
      path: '/api/v1/cases',
      body: {
        childIds: [ids.childA1],
        // A receiving point's reports have its own kind as their source.
        source: RECEIVING_POINT_STAFF.includes(caller.name) ? undefined : 'hotline_111',
        receivedAt: new Date().toISOString(),
        summary: 'Matrix',
        concerns: ['violence'],
      },
    }),
  },
  'GET /api/v1/cases/reported': {
    access: { roles: [], receivingPoints: true },
    ok: 200,
    request: () => ({ path: '/api/v1/cases/reported?limit=200' }),
    check: (res) => {
      // The report each recorded above, and of it only what a receiving point needs to know.
      expect(res.body.items.length).toBeGreaterThan(0);
      for (const item of res.body.items) {
        expect(Object.keys(item).sort()).toEqual([
          'code',
          'communeCode',
          'id',
          'provinceCode',
          'receivedAt',
          'recordedAt',
          'source',
          'status',
        ]);
        expect(item.source).toBe('police');
      }
    },
  },
  'GET /api/v1/cases': {
    access: CASE_READERS,
    ok: 200,
    request: () => ({ path: '/api/v1/cases?limit=200' }),
    check: (res, caller) => {
      for (const item of res.body.items) {
        if (caller.commune) expect(item.communeCode).toBe(caller.commune);
        else
          expect(item.provinceCode).toBe(caller.province === 'A' ? AREA.provinceA : AREA.provinceB);
      }
    },
  },
  'GET /api/v1/cases/:id': {
    access: CASE_READERS,
    ok: inA1(200),
    request: async (ctx) => ({ path: `/api/v1/cases/${await caseIn(ctx, 'received')}` }),
  },
  'GET /api/v1/cases/:id/timeline': {
    access: CASE_READERS,
    ok: inA1(200),
    request: async (ctx) => ({ path: `/api/v1/cases/${await caseIn(ctx, 'received')}/timeline` }),
  },
  'GET /api/v1/cases/:id/notes': {
    access: CASE_READERS,
    ok: inA1(200),
    request: async (ctx) => ({ path: `/api/v1/cases/${await caseIn(ctx, 'received')}/notes` }),
  },
  'GET /api/v1/cases/:id/forms/:form': {
    access: CASE_READERS,
    ok: inA1(200),
    request: async (ctx) => ({
      path: `/api/v1/cases/${await caseIn(ctx, 'received')}/forms/mau-01`,
    }),
  },
  'POST /api/v1/cases/:id/notes': {
    access: CASE_WORKERS,
    ok: inA1(201),
    request: async (ctx) => ({
      path: `/api/v1/cases/${await caseIn(ctx, 'received')}/notes`,
      body: { text: 'Ghi chú' },
    }),
  },
  'GET /api/v1/cases/:id/sanctions': {
    access: CASE_READERS,
    ok: inA1(200),
    request: async (ctx) => ({ path: `/api/v1/cases/${await caseIn(ctx, 'received')}/sanctions` }),
  },
  'POST /api/v1/cases/:id/sanctions': {
    access: CASE_WORKERS,
    ok: inA1(201),
    request: async (ctx) => ({
      path: `/api/v1/cases/${await caseIn(ctx, 'received')}/sanctions`,
      body: {
        decisionNumber: `${ctx.n()}/QĐ-XPVPHC`,
        decidedOn: '2026-06-01',
        authority: 'Chủ tịch UBND phường Ba Đình',
        violatorKind: 'individual',
        form: 'violence',
        fine: 5_000_000,
      },
    }),
  },
  'POST /api/v1/cases/:id/sanctions/:sanctionId/decision': {
    access: CASE_WORKERS,
    ok: inA1(200),
    request: async (ctx) => {
      const kase = await caseIn(ctx, 'received');
      return {
        path: `/api/v1/cases/${kase}/sanctions/${await sanctionOf(ctx, kase, false)}/decision`,
        body: { decisionNumber: `${ctx.n()}/QĐ-XPVPHC`, decidedOn: '2026-06-02' },
      };
    },
  },
  'DELETE /api/v1/cases/:id/sanctions/:sanctionId': {
    access: CASE_WORKERS,
    ok: inA1(204),
    request: async (ctx) => {
      const kase = await caseIn(ctx, 'received');
      return { path: `/api/v1/cases/${kase}/sanctions/${await sanctionOf(ctx, kase)}` };
    },
  },
  'GET /api/v1/cases/:id/abusers': {
    access: CASE_READERS,
    ok: inA1(200),
    request: async (ctx) => ({ path: `/api/v1/cases/${await caseIn(ctx, 'received')}/abusers` }),
  },
  'POST /api/v1/cases/:id/abusers': {
    access: CASE_WORKERS,
    ok: inA1(201),
    request: async (ctx) => ({
      path: `/api/v1/cases/${await caseIn(ctx, 'received')}/abusers`,
      body: { relationship: 'step_parent', sex: 'male', age: 'adult' },
    }),
  },
  'DELETE /api/v1/cases/:id/abusers/:abuserId': {
    access: CASE_WORKERS,
    ok: inA1(204),
    request: async (ctx) => {
      const kase = await caseIn(ctx, 'received');
      return { path: `/api/v1/cases/${kase}/abusers/${await abuserOf(ctx, kase)}` };
    },
  },
  'POST /api/v1/cases/:id/assign': {
    access: CASE_WORKERS,
    ok: inA1(200),
    request: async (ctx) => ({
      path: `/api/v1/cases/${await caseIn(ctx, 'received')}/assign`,
      body: { userId: ctx.ids.social_worker },
    }),
  },
  'POST /api/v1/cases/:id/initial-assessment': caseStep(
    CASE_WORKERS,
    'received',
    'initial-assessment',
  ),
  'POST /api/v1/cases/:id/emergency-measures': caseStep(
    CASE_WORKERS,
    'emergency',
    'emergency-measures',
  ),
  'POST /api/v1/cases/:id/isolation': caseStep(CASE_APPROVERS, 'emergency', 'isolation'),
  'GET /api/v1/cases/:id/isolation/decision': {
    access: CASE_READERS,
    ok: inA1(200),
    request: async (ctx) => ({
      path: `/api/v1/cases/${await caseIn(ctx, 'isolated')}/isolation/decision`,
    }),
  },
  'POST /api/v1/cases/:id/isolation/extend': caseStep(
    CASE_APPROVERS,
    'isolated',
    'isolation/extend',
  ),
  'POST /api/v1/cases/:id/isolation/end': caseStep(CASE_WORKERS, 'isolated', 'isolation/end'),
  'POST /api/v1/cases/:id/assessment': caseStep(CASE_WORKERS, 'assessed', 'assessment'),
  'POST /api/v1/cases/:id/plan': caseStep(CASE_WORKERS, 'planning', 'plan'),
  'POST /api/v1/cases/:id/plan/approve': caseStep(CASE_APPROVERS, 'plan_submitted', 'plan/approve'),
  'POST /api/v1/cases/:id/plan/reject': caseStep(CASE_APPROVERS, 'plan_submitted', 'plan/reject'),
  'GET /api/v1/cases/:id/plan/actions': {
    access: CASE_READERS,
    ok: inA1(200),
    request: async (ctx) => ({
      path: `/api/v1/cases/${await caseIn(ctx, 'in_progress')}/plan/actions`,
    }),
  },
  'POST /api/v1/cases/:id/plan/actions/:actionId/status': {
    access: CASE_WORKERS,
    ok: inA1(200),
    request: async (ctx) => {
      const { caseId, actionId } = await planActionIn(ctx);
      return {
        path: `/api/v1/cases/${caseId}/plan/actions/${actionId}/status`,
        body: BODIES['plan/actions/status'],
      };
    },
  },
  'POST /api/v1/cases/:id/reviews': caseStep(CASE_WORKERS, 'in_progress', 'reviews'),
  'POST /api/v1/cases/:id/close': caseStep(CASE_WORKERS, 'assessed', 'close'),
  'POST /api/v1/cases/:id/close/approve': caseStep(
    CASE_APPROVERS,
    'closure_proposed',
    'close/approve',
  ),
  'POST /api/v1/cases/:id/close/reject': caseStep(
    CASE_APPROVERS,
    'closure_proposed',
    'close/reject',
  ),
  'POST /api/v1/cases/:id/reopen': caseStep(CASE_APPROVERS, 'closed', 'reopen'),
  'GET /api/v1/cases/transfers': {
    access: CASE_READERS,
    ok: 200,
    request: () => ({ path: '/api/v1/cases/transfers?direction=incoming&limit=200' }),
    check: (res, caller) => {
      for (const item of res.body.items) {
        if (caller.commune) expect(item.to.communeCode).toBe(caller.commune);
        else
          expect(item.to.provinceCode).toBe(
            caller.province === 'A' ? AREA.provinceA : AREA.provinceB,
          );
      }
    },
  },
  'POST /api/v1/cases/:id/transfer': {
    access: CASE_TRANSFERERS,
    ok: inA1(201),
    request: async (ctx) => ({
      path: `/api/v1/cases/${await caseIn(ctx, 'received')}/transfer`,
      body: { toCommuneCode: AREA.communeB1, reason: 'Trẻ chuyển về sống tại Thủ Dầu Một' },
    }),
  },
  'POST /api/v1/cases/:id/transfer/accept': {
    access: CASE_TRANSFERERS,
    ok: inA2(200),
    request: async (ctx) => ({
      path: `/api/v1/cases/${await transferredToA2(ctx)}/transfer/accept`,
    }),
  },
  'POST /api/v1/cases/:id/transfer/decline': {
    access: CASE_TRANSFERERS,
    ok: inA2(200),
    request: async (ctx) => ({
      path: `/api/v1/cases/${await transferredToA2(ctx)}/transfer/decline`,
      body: { reason: 'Trẻ không sống tại phường' },
    }),
  },
  'POST /api/v1/cases/:id/transfer/cancel': {
    access: CASE_TRANSFERERS,
    ok: inA1(200),
    request: async (ctx) => ({
      path: `/api/v1/cases/${await transferredToA2(ctx)}/transfer/cancel`,
      body: { reason: 'Gia đình ở lại Ba Đình' },
    }),
  },
  'GET /api/v1/notifications': {
    access: { ...ANY_USER, apiKey: true },
    ok: 200,
    request: () => ({ path: '/api/v1/notifications' }),
  },
  'POST /api/v1/notifications/:id/read': {
    access: { ...ANY_USER, apiKey: true },
    ok: 404, // reachable; no caller owns this notification
    request: () => ({ path: '/api/v1/notifications/00000000-0000-4000-8000-000000000000/read' }),
  },
  'GET /api/v1/organizations': {
    access: ORG_READERS,
    ok: 200,
    request: () => ({ path: '/api/v1/organizations' }),
  },
  'GET /api/v1/organizations/:id': {
    access: ORG_READERS,
    ok: 200,
    request: ({ ids }) => ({ path: `/api/v1/organizations/${ids.policeA}` }),
  },
  'POST /api/v1/organizations': {
    access: ADMIN,
    ok: 201,
    request: ({ n }) => ({
      path: '/api/v1/organizations',
      body: {
        name: `Trường tiểu học ${n()}`,
        type: 'school',
        provinceCode: AREA.provinceA,
        communeCode: AREA.communeA1,
      },
    }),
  },
  'PATCH /api/v1/organizations/:id': {
    access: ADMIN,
    ok: 200,
    request: ({ ids, n }) => ({
      path: `/api/v1/organizations/${ids.spareOrg}`,
      body: { name: `Đổi tên ${n()}` },
    }),
  },
  'GET /api/v1/users': { access: ADMIN, ok: 200, request: () => ({ path: '/api/v1/users' }) },
  'GET /api/v1/users/:id': {
    access: ADMIN,
    ok: 200,
    request: ({ ids }) => ({ path: `/api/v1/users/${ids.spareUser}` }),
  },
  'POST /api/v1/users': {
    access: ADMIN,
    ok: 201,
    request: ({ ids, n }) => ({
      path: '/api/v1/users',
      body: {
        username: `matrix${n()}`,
        password: PASSWORD,
        fullName: 'Lê Văn Cường',
        organizationId: ids.communeA,
        roles: ['social_worker'],
      },
    }),
  },
  'PATCH /api/v1/users/:id': {
    access: ADMIN,
    ok: 200,
    request: ({ ids, n }) => ({
      path: `/api/v1/users/${ids.spareUser}`,
      body: { fullName: `Lê Văn ${n()}` },
    }),
  },
  'POST /api/v1/children': {
    access: CHILD_WRITERS,
    ok: (c) => (seesA1(c) ? 201 : 403), // a writer elsewhere may not add a child to A1
    request: ({ n }) => ({
      path: '/api/v1/children',
      body: {
        fullName: `Trẻ em thử ${n()}`,
        dateOfBirth: '2016-06-01',
        sex: 'female',
        provinceCode: AREA.provinceA,
        communeCode: AREA.communeA1,
      },
    }),
  },
  'GET /api/v1/children': {
    access: CHILD_READERS,
    ok: 200,
    request: () => ({ path: '/api/v1/children?limit=200' }),
    check: (res, caller) => {
      const items = res.body.items as { id: string; provinceCode: string; communeCode: string }[];
      for (const child of items) {
        if (caller.commune) expect(child.communeCode).toBe(caller.commune);
        else
          expect(child.provinceCode).toBe(
            caller.province === 'A' ? AREA.provinceA : AREA.provinceB,
          );
      }
      expect(items.some((child) => child.communeCode === AREA.communeA1)).toBe(seesA1(caller));
    },
  },
  'GET /api/v1/children/:id': {
    access: CHILD_READERS,
    ok: (c) => (seesA1(c) ? 200 : 404),
    request: ({ ids }) => ({ path: `/api/v1/children/${ids.childA1}` }),
  },
  'PATCH /api/v1/children/:id': {
    access: CHILD_WRITERS,
    ok: (c) => (seesA1(c) ? 200 : 404),
    request: async (ctx) => ({
      path: `/api/v1/children/${ctx.ids.childA1}`,
      body: { village: `Tổ ${ctx.n()}` },
      headers: { 'If-Match': `"${await childVersion(ctx)}"` },
    }),
  },
  'GET /api/v1/children/:id/history': {
    access: CHILD_READERS,
    ok: (c) => (seesA1(c) ? 200 : 404),
    request: ({ ids }) => ({ path: `/api/v1/children/${ids.childA1}/history` }),
  },
  'GET /api/v1/children/:id/verification': {
    access: CHILD_READERS,
    ok: (c) => (seesA1(c) ? 200 : 404),
    request: ({ ids }) => ({ path: `/api/v1/children/${ids.childA1}/verification` }),
  },
  'GET /api/v1/children/verification-worklist': {
    access: IMPORTERS,
    ok: (c) => (seesA1(c) ? 200 : 403),
    request: () => ({
      path: `/api/v1/children/verification-worklist?communeCode=${AREA.communeA1}`,
    }),
  },
  'POST /api/v1/children/:id/verification/resolve': {
    access: IMPORTERS,
    ok: (c) => (seesA1(c) ? 200 : 404),
    request: async (ctx) => {
      // A child the population database did not find.
      const id = await childInA1(ctx);
      await ctx.t.dataSource.query(
        `WITH v AS (INSERT INTO child_verifications (child_id, method, outcome, sent)
                    VALUES ($1, 'online', 'not_found', '{}') RETURNING id)
         UPDATE children SET verification_status = 'not_found', verification_id = (SELECT id FROM v)
         WHERE id = $1`,
        [id],
      );
      return {
        path: `/api/v1/children/${id}/verification/resolve`,
        body: { accept: [], note: 'Chưa đăng ký khai sinh' },
        headers: { 'If-Match': '"1"' },
      };
    },
  },
  'GET /api/v1/children/count': {
    access: CHILD_READERS,
    ok: 200,
    request: () => ({ path: `/api/v1/children/count?communeCode=${AREA.communeA1}` }),
    // Counted in the caller's areas only: A1's children are none to whoever does not see A1.
    check: (res, caller) => expect(res.body.total > 0).toBe(seesA1(caller)),
  },
  'GET /api/v1/children/export': {
    access: { roles: ['commune_officer', 'province_officer'] },
    ok: 200,
    request: () => ({ path: '/api/v1/children/export' }),
  },
  'POST /api/v1/children/imports': {
    access: IMPORTERS,
    ok: 202,
    request: () => ({
      path: '/api/v1/children/imports',
      file: { name: 'danh-sach.csv', content: IMPORT_CSV },
    }),
  },
  // No population database is configured here: a caller who passes learns so.
  'POST /api/v1/population/verification-runs': {
    access: IMPORTERS,
    ok: (c) => (seesA1(c) ? 409 : 403),
    request: () => ({
      path: '/api/v1/population/verification-runs',
      body: { communeCode: AREA.communeA1 },
    }),
  },
  'GET /api/v1/population/verification-file': {
    access: IMPORTERS,
    ok: (c) => (seesA1(c) ? 200 : 403),
    request: () => ({
      path: `/api/v1/population/verification-file?communeCode=${AREA.communeA1}`,
    }),
  },
  // The answers are taken for records in the caller's areas only, row by row.
  'POST /api/v1/population/verification-file': {
    access: IMPORTERS,
    ok: 200,
    request: () => ({
      path: '/api/v1/population/verification-file',
      file: { name: 'ket-qua.csv', content: ANSWER_CSV },
    }),
  },
  'GET /api/v1/population/verification-runs': {
    access: IMPORTERS,
    ok: (c) => (seesA1(c) ? 200 : 403),
    request: () => ({
      path: `/api/v1/population/verification-runs?communeCode=${AREA.communeA1}`,
    }),
  },
  'GET /api/v1/population/verification-runs/:id': {
    access: IMPORTERS,
    ok: (c) => (seesA1(c) ? 200 : 404),
    request: ({ ids }) => ({ path: `/api/v1/population/verification-runs/${ids.runA1}` }),
  },
  'GET /api/v1/population/changes': {
    access: IMPORTERS,
    ok: (c) => (seesA1(c) ? 200 : 403),
    request: () => ({ path: `/api/v1/population/changes?communeCode=${AREA.communeA1}` }),
  },
  'POST /api/v1/population/changes/fetch': {
    access: IMPORTERS,
    ok: (c) => (seesA1(c) ? 409 : 403),
    request: () => ({
      path: '/api/v1/population/changes/fetch',
      body: { communeCode: AREA.communeA1 },
    }),
  },
  'GET /api/v1/population/changes/file-template': {
    access: IMPORTERS,
    ok: 200,
    request: () => ({ path: '/api/v1/population/changes/file-template' }),
  },
  'POST /api/v1/population/changes/file': {
    access: IMPORTERS,
    ok: (c) => (seesA1(c) ? 200 : 403),
    request: () => ({
      path: `/api/v1/population/changes/file?communeCode=${AREA.communeA1}`,
      file: { name: 'bien-dong.csv', content: CHANGES_CSV },
    }),
  },
  'POST /api/v1/population/changes/:id/accept': {
    access: IMPORTERS,
    ok: (c) => (seesA1(c) ? 200 : 404),
    request: async (ctx) => ({
      path: `/api/v1/population/changes/${await changeInA1(ctx)}/accept`,
    }),
  },
  'POST /api/v1/population/changes/:id/dismiss': {
    access: IMPORTERS,
    ok: (c) => (seesA1(c) ? 200 : 404),
    request: async (ctx) => ({
      path: `/api/v1/population/changes/${await changeInA1(ctx)}/dismiss`,
      body: { note: 'Đã có hồ sơ ở xã khác' },
    }),
  },
  'GET /api/v1/children/:id/personal-data': {
    access: IMPORTERS,
    ok: (c) => (seesA1(c) ? 200 : 404),
    request: ({ ids }) => ({
      path: `/api/v1/children/${ids.childA1}/personal-data?requester=${encodeURIComponent('Mẹ của trẻ')}`,
    }),
  },
  'GET /api/v1/children/:id/correction-requests': {
    access: IMPORTERS,
    ok: (c) => (seesA1(c) ? 200 : 404),
    request: ({ ids }) => ({ path: `/api/v1/children/${ids.childA1}/correction-requests` }),
  },
  'POST /api/v1/children/:id/correction-requests': {
    access: IMPORTERS,
    ok: (c) => (seesA1(c) ? 201 : 404),
    request: ({ ids }) => ({
      path: `/api/v1/children/${ids.childA1}/correction-requests`,
      body: { requester: 'Mẹ của trẻ', request: 'Sai tên đệm', receivedOn: '2026-12-01' },
    }),
  },
  'GET /api/v1/children/:id/supports': {
    access: CHILD_READERS,
    ok: (c) => (seesA1(c) ? 200 : 404),
    request: ({ ids }) => ({ path: `/api/v1/children/${ids.childA1}/supports` }),
  },
  'POST /api/v1/children/:id/supports': {
    access: CHILD_WRITERS,
    ok: (c) => (seesA1(c) ? 201 : 404),
    request: ({ ids }) => ({
      path: `/api/v1/children/${ids.childA1}/supports`,
      body: { kind: 'health_insurance', provider: 'state', startsOn: '2026-01-01' },
    }),
  },
  'DELETE /api/v1/children/:id/supports/:supportId': {
    access: CHILD_WRITERS,
    ok: (c) => (seesA1(c) ? 204 : 404),
    request: async (ctx) => {
      const child = await childInA1(ctx);
      return { path: `/api/v1/children/${child}/supports/${await supportOf(ctx, child)}` };
    },
  },
  'GET /api/v1/children/:id/injuries': {
    access: CHILD_READERS,
    ok: (c) => (seesA1(c) ? 200 : 404),
    request: ({ ids }) => ({ path: `/api/v1/children/${ids.childA1}/injuries` }),
  },
  'POST /api/v1/children/:id/injuries': {
    access: CHILD_WRITERS,
    ok: (c) => (seesA1(c) ? 201 : 404),
    request: ({ ids }) => ({
      path: `/api/v1/children/${ids.childA1}/injuries`,
      body: { kind: 'fall', occurredOn: '2026-06-01', outcome: 'recovered' },
    }),
  },
  'DELETE /api/v1/children/:id/injuries/:injuryId': {
    access: CHILD_WRITERS,
    ok: (c) => (seesA1(c) ? 204 : 404),
    request: async (ctx) => {
      const child = await childInA1(ctx);
      return { path: `/api/v1/children/${child}/injuries/${await injuryOf(ctx, child)}` };
    },
  },
  'GET /api/v1/children/correction-requests': {
    access: IMPORTERS,
    ok: (c) => (seesA1(c) ? 200 : 403),
    request: () => ({
      path: `/api/v1/children/correction-requests?communeCode=${AREA.communeA1}`,
    }),
  },
  'POST /api/v1/children/correction-requests/:requestId/answer': {
    access: IMPORTERS,
    ok: (c) => (seesA1(c) ? 200 : 404),
    request: async (ctx) => ({
      path: `/api/v1/children/correction-requests/${await correctionInA1(ctx)}/answer`,
      body: { outcome: 'refused', answer: 'Tên đúng theo giấy khai sinh' },
    }),
  },
  'GET /api/v1/privacy/retention': {
    access: { roles: ['system_admin'] },
    ok: 200,
    request: () => ({ path: '/api/v1/privacy/retention' }),
  },
  'PATCH /api/v1/privacy/retention/:kind': {
    access: { roles: ['system_admin'] },
    ok: 200,
    request: () => ({
      path: '/api/v1/privacy/retention/child_record',
      body: { keepYears: 2 },
    }),
  },
  // Off by default: an administrator who may is told to enable it first.
  'POST /api/v1/privacy/retention/:kind/run': {
    access: { roles: ['system_admin'] },
    ok: 409,
    request: () => ({ path: '/api/v1/privacy/retention/child_record/run' }),
  },
  'GET /api/v1/privacy/register': {
    access: { roles: ['system_admin'] },
    ok: 200,
    request: () => ({ path: '/api/v1/privacy/register' }),
  },
  'GET /api/v1/privacy/register/file': {
    access: { roles: ['system_admin'] },
    ok: 200,
    request: () => ({ path: '/api/v1/privacy/register/file' }),
  },
  'PATCH /api/v1/privacy/register/:code': {
    access: { roles: ['system_admin'] },
    ok: 200,
    request: () => ({
      path: '/api/v1/privacy/register/statistics',
      body: { transfersAbroad: 'Không.' },
    }),
  },
  'GET /api/v1/children/imports/template': {
    access: IMPORTERS,
    ok: 200,
    request: () => ({ path: '/api/v1/children/imports/template' }),
  },
  'GET /api/v1/children/imports/:id': {
    access: IMPORTERS,
    ok: (c) => (c.name === 'commune_officer' ? 200 : 404), // one's own imports only
    request: ({ ids }) => ({ path: `/api/v1/children/imports/${ids.importA1}` }),
  },
  'GET /api/v1/children/imports/:id/report': {
    access: IMPORTERS,
    ok: (c) => (c.name === 'commune_officer' ? 200 : 404), // one's own imports only
    request: ({ ids }) => ({ path: `/api/v1/children/imports/${ids.importA1}/report` }),
  },
  'GET /api/v1/children/duplicates': {
    access: CHILD_READERS,
    ok: 200,
    request: () => ({ path: `/api/v1/children/duplicates?communeCode=${AREA.communeA1}` }),
  },
  'GET /api/v1/children/data-quality': {
    access: CHILD_READERS,
    ok: (c) => (seesA1(c) ? 200 : 403),
    request: () => ({ path: `/api/v1/children/data-quality?communeCode=${AREA.communeA1}` }),
  },
  'GET /api/v1/children/:id/duplicates': {
    access: CHILD_READERS,
    ok: (c) => (seesA1(c) ? 200 : 404),
    request: ({ ids }) => ({ path: `/api/v1/children/${ids.childA1}/duplicates` }),
  },
  'POST /api/v1/children/:id/merge': {
    access: IMPORTERS,
    ok: (c) => (seesA1(c) ? 200 : 404),
    request: async (ctx) => ({
      path: `/api/v1/children/${await childInA1(ctx)}/merge`,
      body: { duplicateId: await childInA1(ctx) },
    }),
  },
  'POST /api/v1/children/merges/:mergeId/undo': {
    access: IMPORTERS,
    ok: (c) => (seesA1(c) ? 200 : 404),
    request: async (ctx) => {
      const [merge] = await ctx.t.dataSource.query(
        `INSERT INTO child_merges (survivor_id, merged_id, survivor_before, merged_before, survivor_version, merged_by)
         VALUES ($1, $2, '{}', '{}', 1, $3) RETURNING id`,
        [await childInA1(ctx), await childInA1(ctx), ctx.ids.spareUser],
      );
      return { path: `/api/v1/children/merges/${merge.id}/undo` };
    },
  },
  'POST /api/v1/cases/:id/referrals': {
    access: CASE_WORKERS,
    ok: inA1(201),
    request: async (ctx) => ({
      path: `/api/v1/cases/${await caseIn(ctx, 'received')}/referrals`,
      body: {
        toOrganizationId: ctx.ids.policeA,
        serviceType: 'investigation',
        urgency: 'emergency',
        reason: 'Trẻ bị bạo lực',
      },
    }),
  },
  'GET /api/v1/cases/:id/referrals': {
    access: CASE_READERS,
    ok: inA1(200),
    request: async (ctx) => ({
      path: `/api/v1/cases/${await caseIn(ctx, 'received')}/referrals`,
    }),
  },
  'GET /api/v1/referrals/inbox': {
    access: RECEIVERS,
    ok: 200,
    request: async (ctx) => {
      await referralIn(ctx, 'pending');
      return { path: '/api/v1/referrals/inbox?limit=200' };
    },
    check: (res, caller) => {
      if (caller.name === 'agency_staff') expect(res.body.items.length).toBeGreaterThan(0);
      else expect(res.body.items).toEqual([]);
    },
  },
  'GET /api/v1/referrals/handlers': {
    access: RECEIVERS,
    ok: 200,
    request: () => ({ path: '/api/v1/referrals/handlers' }),
    check: (res) => expect(res.body.items.length).toBeGreaterThan(0),
  },
  'GET /api/v1/referrals/outbox': {
    access: CASE_WORKERS,
    ok: 200,
    request: async (ctx) => {
      await referralIn(ctx, 'pending');
      return { path: '/api/v1/referrals/outbox?limit=200' };
    },
    check: (res, caller) => {
      if (caller.commune === AREA.communeA1) expect(res.body.items.length).toBeGreaterThan(0);
      else expect(res.body.items).toEqual([]);
    },
  },
  'GET /api/v1/referrals/figures': {
    access: { roles: AGGREGATE_ROLES },
    ok: 200,
    request: () => ({ path: '/api/v1/referrals/figures' }),
  },
  'GET /api/v1/reports/indicators': {
    access: { roles: AGGREGATE_ROLES },
    ok: 200,
    request: () => ({ path: '/api/v1/reports/indicators' }),
  },
  'GET /api/v1/reports/dashboard': {
    access: { roles: AGGREGATE_ROLES },
    ok: 200,
    request: () => ({ path: '/api/v1/reports/dashboard' }),
  },
  'GET /api/v1/reports/lists/:list': {
    access: { roles: ['commune_officer', 'social_worker', 'province_officer'] },
    ok: 200,
    request: () => ({ path: '/api/v1/reports/lists/special-circumstances' }),
  },
  'GET /api/v1/reports/periodic': {
    access: { roles: PERIODIC_ROLES },
    ok: 200,
    request: () => ({ path: '/api/v1/reports/periodic' }),
  },
  'POST /api/v1/reports/periodic': {
    access: { roles: PERIODIC_ROLES },
    ok: (c) => (seesA1(c) ? 202 : 403),
    request: () => ({
      method: 'post',
      path: '/api/v1/reports/periodic',
      body: { year: 2025, provinceCode: AREA.provinceA, communeCode: AREA.communeA1 },
    }),
  },
  'GET /api/v1/reports/periodic/:id.:format': {
    access: { roles: PERIODIC_ROLES },
    ok: 404,
    request: () => ({ path: '/api/v1/reports/periodic/00000000-0000-4000-8000-000000000000.pdf' }),
  },
  'GET /api/v1/reports/deadlines': {
    access: { roles: PERIODIC_ROLES },
    ok: 200,
    request: () => ({ path: `/api/v1/reports/deadlines?provinceCode=${AREA.provinceA}` }),
  },
  'PUT /api/v1/reports/deadlines/:report': {
    access: { roles: ['province_officer'] },
    ok: (c) => (c.province === 'A' ? 200 : 403),
    request: () => ({
      path: '/api/v1/reports/deadlines/commune_annual',
      body: { provinceCode: AREA.provinceA, month: 11, day: 25 },
    }),
  },
  'POST /api/v1/reports/periodic/:id/submissions': {
    access: { roles: ['case_approver'] },
    ok: 404,
    stepUp: true,
    request: () => ({
      path: '/api/v1/reports/periodic/00000000-0000-4000-8000-000000000000/submissions',
      body: {},
    }),
  },
  'GET /api/v1/reports/periodic/:id/submissions': {
    access: { roles: PERIODIC_ROLES },
    ok: 404,
    request: () => ({
      path: '/api/v1/reports/periodic/00000000-0000-4000-8000-000000000000/submissions',
    }),
  },
  'GET /api/v1/reports/submissions/:id.:format': {
    access: { roles: PERIODIC_ROLES },
    ok: 404,
    request: () => ({
      path: '/api/v1/reports/submissions/00000000-0000-4000-8000-000000000000.pdf',
    }),
  },
  'GET /api/v1/reports/submissions': {
    access: { roles: ['province_officer'] },
    ok: (c) => (c.province === 'A' ? 200 : 403),
    request: () => ({
      path: `/api/v1/reports/submissions?year=2026&provinceCode=${AREA.provinceA}`,
    }),
  },
  'POST /api/v1/reports/submissions/reminders': {
    access: { roles: ['province_officer'] },
    ok: (c) => (c.province === 'A' ? 200 : 403),
    request: () => ({
      path: '/api/v1/reports/submissions/reminders',
      body: { year: 2026, provinceCode: AREA.provinceA },
    }),
  },
  'GET /api/v1/reports/child-friendly': {
    access: { roles: ['province_officer'] },
    ok: (c) => (c.province === 'A' ? 200 : 403),
    request: () => ({
      path: `/api/v1/reports/child-friendly?year=2026&provinceCode=${AREA.provinceA}`,
    }),
  },
  'PUT /api/v1/reports/child-friendly/:year/:communeCode': {
    access: { roles: ['province_officer'] },
    ok: (c) => (c.province === 'A' ? 200 : 403),
    request: () => ({
      path: `/api/v1/reports/child-friendly/2026/${AREA.communeA1}`,
      body: { criteriaMet: ['birth_registration'] },
    }),
  },
  'GET /api/v1/referrals/:id': {
    access: { ...ANY_USER, apiKey: true },
    ok: (c) =>
      c.name === 'agency_staff' ||
      (['social_worker', 'case_approver', 'province_officer'].includes(c.role ?? '') && seesA1(c))
        ? 200
        : 404,
    request: async (ctx) => ({ path: `/api/v1/referrals/${await referralIn(ctx, 'pending')}` }),
    check: (res, caller) =>
      expect(res.body.view).toBe(caller.name === 'agency_staff' ? 'receiving' : 'sending'),
  },
  'POST /api/v1/referrals/:id/acknowledge': referralStep(
    RECEIVERS,
    ownAgency(200),
    'pending',
    'acknowledge',
  ),
  'POST /api/v1/referrals/:id/accept': referralStep(
    RECEIVERS,
    ownAgency(200),
    'acknowledged',
    'accept',
  ),
  'POST /api/v1/referrals/:id/decline': referralStep(
    RECEIVERS,
    ownAgency(200),
    'acknowledged',
    'decline',
    { reason: 'Không thuộc thẩm quyền' },
  ),
  'POST /api/v1/referrals/:id/complete': referralStep(
    RECEIVERS,
    ownAgency(200),
    'accepted',
    'complete',
    { outcome: 'Đã xác minh, xử lý' },
  ),
  'POST /api/v1/referrals/:id/cancel': referralStep(CASE_WORKERS, inA1(200), 'pending', 'cancel', {
    reason: 'Đã có cơ quan khác hỗ trợ',
  }),
  'POST /api/v1/organizations/:id/webhooks': {
    access: ADMIN,
    ok: 201,
    request: ({ ids }) => ({
      path: `/api/v1/organizations/${ids.policeA}/webhooks`,
      body: { url: 'https://he-thong.example.invalid/events', events: ['referral_received'] },
    }),
  },
  'GET /api/v1/organizations/:id/webhooks': {
    access: ADMIN,
    ok: 200,
    request: ({ ids }) => ({ path: `/api/v1/organizations/${ids.policeA}/webhooks` }),
  },
  'PATCH /api/v1/webhooks/:id': {
    access: ADMIN,
    ok: 200,
    request: async (ctx) => ({
      path: `/api/v1/webhooks/${await webhookOfPolice(ctx)}`,
      body: { active: false },
    }),
  },
  'GET /api/v1/webhooks/:id/deliveries': {
    access: ADMIN,
    ok: 200,
    request: async (ctx) => ({ path: `/api/v1/webhooks/${await webhookOfPolice(ctx)}/deliveries` }),
  },
  'GET /api/v1/webhook-deliveries/:id': {
    access: ADMIN,
    ok: 200,
    request: async (ctx) => ({ path: `/api/v1/webhook-deliveries/${await deadDelivery(ctx)}` }),
  },
  'POST /api/v1/webhook-deliveries/:id/replay': {
    access: ADMIN,
    ok: 200,
    request: async (ctx) => ({
      path: `/api/v1/webhook-deliveries/${await deadDelivery(ctx)}/replay`,
    }),
  },
  'GET /api/v1/audit': {
    access: { roles: ['province_officer'] },
    ok: 200,
    request: () => ({ path: '/api/v1/audit?limit=200' }),
    check: (res, caller) => {
      const own = caller.province === 'A' ? AREA.provinceA : AREA.provinceB;
      expect(res.body.items.length).toBeGreaterThan(0);
      for (const item of res.body.items) expect(item.provinceCode).toBe(own);
    },
  },
  'GET /api/v1/audit/verification': {
    access: { roles: ['province_officer'] },
    ok: 200,
    request: () => ({ path: '/api/v1/audit/verification' }),
    check: (res) => expect(res.body.intact).toBe(true),
  },
};

function expected(spec: RouteSpec, caller: Caller): number {
  const ok = typeof spec.ok === 'number' ? spec.ok : spec.ok(caller);
  if (spec.access === 'public') return ok;
  if (caller.name === 'anonymous') return 401;
  if (caller.name === 'enrolment-token') return spec.access.enrolment ? ok : 401;
  if (caller.name === 'api-key') return spec.access.apiKey ? ok : 403;
  if (spec.access.receivingPoints && RECEIVING_POINT_STAFF.includes(caller.name)) return ok;
  return caller.role && spec.access.roles.includes(caller.role) ? ok : 403;
}

const cases = Object.entries(SPEC).flatMap(([route, spec]) =>
  callers.map((caller) => ({ route, caller, spec, status: expected(spec, caller) })),
);

describe('authorization matrix', () => {
  let t: TestApp;
  const ids: Record<string, string> = {};
  const credentials = new Map<string, Record<string, string>>();
  let counter = 0;
  const usernameOf = (caller: Caller) => caller.name.replace('@', '-at-').toLowerCase();

  beforeAll(async () => {
    t = await createTestApp({
      env: { LOGIN_RATE_LIMIT_PER_MINUTE: '10000', RATE_LIMIT_PER_MINUTE: '100000' },
    });
    ids.communeA = await createOrganization(
      t,
      'UBND phường Ba Đình',
      'commune_committee',
      AREA.provinceA,
      AREA.communeA1,
    );
    ids.communeA2 = await createOrganization(
      t,
      'UBND phường Ngọc Hà',
      'commune_committee',
      AREA.provinceA,
      AREA.communeA2,
    );
    ids.communeB = await createOrganization(
      t,
      'UBND phường Thủ Dầu Một',
      'commune_committee',
      AREA.provinceB,
      AREA.communeB1,
    );
    ids.departmentA = await createOrganization(
      t,
      'Sở Y tế Hà Nội',
      'provincial_department',
      AREA.provinceA,
    );
    ids.departmentB = await createOrganization(
      t,
      'Sở Y tế TP. Hồ Chí Minh',
      'provincial_department',
      AREA.provinceB,
    );
    ids.policeA = await createOrganization(
      t,
      'Công an phường Ba Đình',
      'police',
      AREA.provinceA,
      AREA.communeA1,
    );
    ids.policeA2 = await createOrganization(
      t,
      'Công an phường Ngọc Hà',
      'police',
      AREA.provinceA,
      AREA.communeA2,
    );
    ids.hotline = await createOrganization(t, 'Tổng đài 111', 'hotline', AREA.provinceA);
    ids.centre = await createOrganization(
      t,
      'Trung tâm công tác xã hội Hà Nội',
      'social_work_center',
      AREA.provinceA,
    );
    ids.spareOrg = await createOrganization(
      t,
      'Hội Liên hiệp Phụ nữ',
      'mass_organization',
      AREA.provinceA,
      AREA.communeA1,
    );
    const homes: Record<Role, string> = {
      system_admin: ids.departmentA,
      commune_officer: ids.communeA,
      social_worker: ids.communeA,
      case_approver: ids.communeA,
      agency_staff: ids.policeA,
      province_officer: ids.departmentA,
      statistician: ids.departmentA,
    };
    for (const caller of callers.filter((c) => c.role)) {
      const home =
        caller.name === 'agency_staff@other-org'
          ? ids.policeA2
          : caller.name === 'agency_staff@centre'
            ? ids.centre
            : caller.commune === AREA.communeA2
              ? ids.communeA2
              : caller.province === 'B'
                ? caller.role === 'province_officer'
                  ? ids.departmentB
                  : ids.communeB
                : homes[caller.role!];
      ids[caller.name] = (await createAccount(t, usernameOf(caller), home, [caller.role!])).id;
    }
    ids.spareUser = (await createAccount(t, 'spare', ids.communeA, ['commune_officer'])).id;
    const [run] = await t.dataSource.query(
      `INSERT INTO verification_runs (province_code, commune_code, status, actor, created_by)
       VALUES ($1, $2, 'done', '{"kind": "user", "id": null, "name": "officer"}', $3) RETURNING id`,
      [AREA.provinceA, AREA.communeA1, ids.spareUser],
    );
    ids.runA1 = run.id;
    await createAccount(t, 'probe', ids.communeA, ['commune_officer']);
    await createAccount(t, 'enrolling', ids.communeA, ['case_approver']);

    for (const caller of callers.filter((c) => c.role)) {
      credentials.set(caller.name, {
        Authorization: `Bearer ${(await signIn(t, usernameOf(caller))).accessToken}`,
      });
    }
    const enrolment = await t.http
      .post('/api/v1/auth/login')
      .send({ username: 'enrolling', password: PASSWORD });
    credentials.set('enrolment-token', {
      Authorization: `Bearer ${enrolment.body.enrollmentToken}`,
    });
    const key = await t.http
      .post('/api/v1/api-keys')
      .set(credentials.get('system_admin')!)
      .send({
        name: '111',
        organizationId: ids.hotline,
        permissions: ['areas:read', 'cases:intake'],
      })
      .expect(201);
    credentials.set('api-key', { 'X-API-Key': key.body.key });
    credentials.set('anonymous', {});
    const child = await t.http
      .post('/api/v1/children')
      .set(credentials.get('commune_officer')!)
      .send({
        fullName: 'Nguyễn Văn An',
        dateOfBirth: '2015-03-02',
        sex: 'male',
        provinceCode: AREA.provinceA,
        communeCode: AREA.communeA1,
      })
      .expect(201);
    ids.childA1 = child.body.id;
    const started = await t.http
      .post('/api/v1/children/imports')
      .set(credentials.get('commune_officer')!)
      .attach('file', IMPORT_CSV, 'danh-sach.csv')
      .expect(202);
    ids.importA1 = started.body.id;
    // A child in the other province, which no caller of province A may see.
    await t.http
      .post('/api/v1/children')
      .set(credentials.get('commune_officer@B')!)
      .send({
        fullName: 'Trần Thị Bình',
        dateOfBirth: '2014-04-04',
        sex: 'female',
        provinceCode: AREA.provinceB,
        communeCode: AREA.communeB1,
      })
      .expect(201);
  });
  afterAll(() => t.close());

  it('has a row for every route, and every route declares who may call it', () => {
    const routes = listRoutes(t.app);
    expect(routes.filter((r) => !r.rule).map((r) => r.key)).toEqual([]);
    expect(routes.map((r) => r.key).sort()).toEqual(Object.keys(SPEC).sort());
    expect(routes.filter((r) => r.rule?.kind === 'public').map((r) => r.key)).toEqual([
      'GET /health',
      'GET /health/ready',
      'POST /api/v1/auth/login',
      'POST /api/v1/auth/refresh',
    ]);
  });

  it.each(cases.map((c) => [c.route, c.caller.name, c.status, c] as const))(
    '%s as %s → %i',
    async (route, _name, status, { caller, spec }) => {
      const ctx: Ctx = {
        t,
        caller,
        ids,
        n: () => ++counter,
        admin: credentials.get('system_admin')!,
        worker: credentials.get('social_worker')!,
        approver: credentials.get('case_approver')!,
        agency: credentials.get('agency_staff')!,
      };
      const { path, body, headers: extra = {}, file } = await spec.request(ctx);
      const method = route.split(' ')[0].toLowerCase() as
        'get' | 'post' | 'put' | 'patch' | 'delete';
      let headers = credentials.get(caller.name)!;
      if (spec.freshSession && caller.role) {
        headers = { Authorization: `Bearer ${(await signIn(t, usernameOf(caller))).accessToken}` };
      }
      const sent = t.http[method](path).set({ ...headers, ...extra });
      const passes = typeof spec.access === 'object' && spec.access.roles.includes(caller.role!);
      const request = spec.stepUp && passes ? withStepUp(t, usernameOf(caller), sent) : sent;
      const res = await (file
        ? request.attach('file', file.content, file.name)
        : body
          ? request.send(body)
          : request);
      // On a mismatch the body is printed too: it says why.
      expect({ status: res.status, body: res.body as unknown }).toMatchObject({ status });
      if (status === 401 || status === 403) {
        expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      }
      if (spec.check && status < 300) spec.check(res, caller);
    },
  );
});
