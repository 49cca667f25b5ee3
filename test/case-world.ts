import supertest, { type Test } from 'supertest';
import { todayInVietnam } from '../src/children/age.js';
import type { TestApp } from './app.js';
import { AREA, createAccount, createOrganization, signIn, withStepUp } from './world.js';

type Client = ReturnType<TestApp['as']>;

/** The people of a case in commune A1, and some who must not see it. */
export interface CaseWorld {
  ids: Record<string, string>;
  /** Social worker of A1 (ctxh) and a colleague (ctxh2). */
  worker: Client;
  colleague: Client;
  /** The commune chair (case_approver, with a second factor). */
  approver: Client;
  officer: Client;
  province: Client;
  /** A social worker of commune A2. */
  outsider: Client;
  /** The 111 hotline's system, with an API key allowed to take reports in. */
  hotline: Client;
  /** A system administrator. */
  admin: Client;
}

export async function caseWorld(t: TestApp): Promise<CaseWorld> {
  const ids: Record<string, string> = {};
  ids.communeA1 = await createOrganization(
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
  ids.department = await createOrganization(
    t,
    'Sở Y tế Hà Nội',
    'provincial_department',
    AREA.provinceA,
  );
  ids.hotlineOrg = await createOrganization(t, 'Tổng đài 111', 'hotline', AREA.provinceA);
  const accounts: [string, string, Parameters<typeof createAccount>[3]][] = [
    ['ctxh', ids.communeA1, ['social_worker']],
    ['ctxh2', ids.communeA1, ['social_worker']],
    ['chutich', ids.communeA1, ['case_approver']],
    ['canbo', ids.communeA1, ['commune_officer']],
    ['so', ids.department, ['province_officer']],
    ['ctxh-a2', ids.communeA2, ['social_worker']],
    ['admin', ids.department, ['system_admin']],
  ];
  for (const [username, organization, roles] of accounts) {
    ids[username] = (await createAccount(t, username, organization, roles)).id;
  }
  const as = async (username: string) => t.as((await signIn(t, username)).accessToken);
  const admin = await as('admin');
  const key = await admin
    .post('/api/v1/api-keys')
    .send({ name: '111', organizationId: ids.hotlineOrg, permissions: ['cases:intake'] })
    .expect(201);
  return {
    ids,
    worker: await as('ctxh'),
    colleague: await as('ctxh2'),
    approver: await as('chutich'),
    officer: await as('canbo'),
    province: await as('so'),
    outsider: await as('ctxh-a2'),
    hotline: supertest.agent(t.app.getHttpServer()).set('X-API-Key', key.body.key as string),
    admin,
  };
}

/** A report as the hotline sends it: one new child whose age is guessed and sex unknown. */
export function hotlineReport(receivedAt: string): object {
  return {
    newChildren: [
      {
        fullName: 'Bé Na',
        dateOfBirth: '2019-01-01',
        dobPrecision: 'estimated',
        sex: 'unknown',
        provinceCode: AREA.provinceA,
        communeCode: AREA.communeA1,
      },
    ],
    source: 'hotline_111',
    channel: 'phone',
    receivedAt,
    summary: 'Hàng xóm nghe tiếng trẻ khóc và tiếng đánh đập nhiều đêm liền.',
    concerns: ['violence'],
    location: {
      provinceCode: AREA.provinceA,
      communeCode: AREA.communeA1,
      address: 'Ngõ 12 phố Đội Cấn',
    },
    reporter: { anonymous: true, relation: 'hàng xóm' },
  };
}

/** The closure criteria of a review (Decree 56 art. 30.1.b): all met, or the child not yet safe. */
export function criteria(met: boolean) {
  return {
    noLongerAtRisk: met,
    physicallyStable: met,
    psychologicallyStable: true,
    cognitivelyStable: true,
    emotionallyStable: met,
  };
}

export const RATINGS = {
  harm: 'medium',
  abuserAccess: 'high',
  careEnvironment: 'medium',
  selfProtection: 'low',
};

/** A valid body for each step, so a refusal can only be about the step. */
export const BODIES: Record<string, object> = {
  'initial-assessment': { ratings: RATINGS, immediateDanger: false, level: 'support' },
  'emergency-measures': { measures: ['Đưa trẻ đến nhà bà ngoại'] },
  assessment: {
    childSituation: 'Trẻ sợ hãi, có vết bầm ở tay.',
    familySituation: 'Cha nghiện rượu; mẹ làm ăn xa.',
    needs: ['tham vấn tâm lý', 'khám sức khỏe'],
    conference: {
      heldAt: new Date(Date.now() - 3_600_000).toISOString(),
      participants: [
        { fullName: 'Lê Thị Hoa', organization: 'UBND phường Ba Đình', role: 'cán bộ xã' },
        { fullName: 'Trần Văn Bình', organization: 'Công an phường', role: 'cán bộ điều tra' },
        { fullName: 'Nguyễn Thị Lan', role: 'mẹ của trẻ' },
      ],
      agreed: ['Lập kế hoạch can thiệp', 'Trạm y tế khám sức khỏe cho trẻ'],
    },
  },
  plan: {
    goals: ['Trẻ an toàn tại gia đình'],
    actions: [
      {
        description: 'Tham vấn tâm lý hằng tuần',
        serviceType: 'counselling',
        organizationName: 'Trung tâm công tác xã hội',
        responsiblePerson: 'Chị Phạm Thu, nhân viên công tác xã hội',
        dueAt: new Date(Date.now() + 14 * 86_400_000).toISOString(),
      },
    ],
    reviewAt: new Date(Date.now() + 30 * 86_400_000).toISOString(),
  },
  'plan/approve': { decisionNumber: '15/QĐ-UBND' },
  'plan/reject': { reason: 'Thiếu biện pháp hỗ trợ học tập.' },
  'plan/actions/status': { status: 'in_progress' },
  reviews: {
    ratings: RATINGS,
    criteria: criteria(false),
    outcome: 'continue',
    notes: 'Tiến triển tốt.',
  },
  close: { reason: 'Trẻ đã an toàn, ổn định.' },
  'close/approve': {},
  'close/reject': { reason: 'Cần theo dõi thêm.' },
  reopen: { reason: 'Có thông báo mới.' },
  // The chair's decision, starting now (read when the step is taken).
  get isolation() {
    return {
      decisionNumber: '15/QĐ-UBND',
      decidedOn: todayInVietnam(),
      startsAt: new Date().toISOString(),
      days: 15,
      placement: 'Nhà bà ngoại, số 3 ngõ 8 phố Kim Mã',
      isolatedFrom: 'Người cha, ông Nguyễn Văn B',
      reason: 'Người cha đe dọa trẻ nhiều lần.',
    };
  },
  'isolation/end': {},
  // Past 15 days in all: with the legal ground and the authority that requires it.
  'isolation/extend': {
    until: new Date(Date.now() + 60 * 86_400_000).toISOString(),
    reason: 'Cơ quan điều tra đề nghị tiếp tục cách ly.',
    legalGround: 'Công văn số 123/CAP-ĐTTH đề nghị tiếp tục cách ly',
    requestingAuthority: 'Công an phường Ba Đình',
  },
};

/** Who takes each step: the chair decides, the social worker does the rest. */
export const APPROVER_STEPS = [
  'plan/approve',
  'plan/reject',
  'close/approve',
  'close/reject',
  'reopen',
  'isolation',
  'isolation/extend',
];

/**
 * A step of a case, posted by whoever takes it: the chair's decisions carry a fresh code of the
 * chair's second factor (X-OTP), as the web app asks for one at that moment.
 */
export function postStep(t: TestApp, w: CaseWorld, action: string, path: string): Test {
  return APPROVER_STEPS.includes(action)
    ? withStepUp(t, 'chutich', w.approver.post(path))
    : w.worker.post(path);
}

/**
 * The body of a step for a case's children, each aged 7 or more: heard at the assessment, asked
 * for consent at the plan with their mother (unless the body says otherwise).
 */
export function forChildren(action: string, body: object, childIds: string[]): object {
  if (action === 'assessment' && !('childViews' in body)) {
    return {
      ...body,
      childViews: childIds.map((childId) => ({
        childId,
        heard: true,
        views: 'Con muốn ở với mẹ và không muốn bố đánh nữa.',
      })),
    };
  }
  if (action === 'plan') {
    return {
      childConsents: childIds.map((childId) => ({ childId, agrees: true })),
      representativeConsents: childIds.map((childId) => ({
        childId,
        asked: true,
        fullName: 'Nguyễn Thị Lan',
        relationship: 'Mẹ',
        agrees: true,
      })),
      ...body,
    };
  }
  return body;
}

/** A case's children, as the steps of the tests name them. */
export async function caseChildIds(t: TestApp, caseId: string): Promise<string[]> {
  const rows = await t.dataSource.query('SELECT child_id FROM case_children WHERE case_id = $1', [
    caseId,
  ]);
  return rows.map((row: { child_id: string }) => row.child_id);
}
