import { type APIRequestContext, expect, test } from '@playwright/test';
import {
  apiToken,
  DEMO_TOTP_SECRET,
  demoCode,
  expectAccessible,
  expectFitsWidth,
  screenshot,
  signIn,
  signInWithCode,
  totpCode,
} from './support';

// A child of Ba Đình too young to be asked for views (under 7), the test's own name.
const GIVEN = `Khang${Math.random().toString(36).slice(2, 6)}`;
const NAME = `Đỗ Minh ${GIVEN}`;
const ACTION = 'Tham vấn tâm lý hằng tuần cho trẻ và mẹ';

let caseId: string;
let caseCode: string;

/** A call of the API as a demo user, for the test's own set-up; its answer's body. */
async function send(
  request: APIRequestContext,
  token: string,
  path: string,
  data: object,
  status: number,
) {
  const response = await request.post(path, {
    headers: { Authorization: `Bearer ${token}` },
    data,
  });
  expect(response.status(), await response.text()).toBe(status);
  return (await response.json()) as { id: string; code: string; status: string };
}

// The social worker brings a case to the chair: a report, its assessments, a plan submitted.
test.beforeAll(async ({ request }) => {
  const officer = await apiToken(request, 'demo.canbo');
  const worker = await apiToken(request, 'demo.ctxh');
  const child = await send(
    request,
    officer,
    '/api/v1/children',
    {
      fullName: NAME,
      dateOfBirth: '2022-05-01',
      sex: 'male',
      provinceCode: '01',
      communeCode: '00004',
    },
    201,
  );
  const kase = await send(
    request,
    worker,
    '/api/v1/cases',
    {
      childIds: [child.id],
      source: 'school',
      channel: 'in_person',
      receivedAt: new Date(Date.now() - 3_600_000).toISOString(),
      summary: 'Cô giáo mầm non thấy trẻ có nhiều vết bầm ở tay.',
      concerns: ['violence'],
    },
    201,
  );
  caseId = kase.id;
  caseCode = kase.code;
  const step = (action: string, body: object) =>
    send(request, worker, `/api/v1/cases/${caseId}/${action}`, body, 200);
  const ratings = {
    harm: 'medium',
    abuserAccess: 'high',
    careEnvironment: 'medium',
    selfProtection: 'low',
  };
  await step('initial-assessment', { ratings, immediateDanger: false, level: 'support' });
  await step('assessment', {
    childSituation: 'Trẻ sợ hãi, có vết bầm ở tay.',
    familySituation: 'Cha nghiện rượu; mẹ làm ăn xa.',
    needs: ['tham vấn tâm lý'],
    conference: {
      heldAt: new Date(Date.now() - 1_800_000).toISOString(),
      participants: [
        { fullName: 'Lê Thị Hoa', organization: 'UBND phường Ba Đình', role: 'cán bộ xã' },
        { fullName: 'Nguyễn Thị Lan', role: 'mẹ của trẻ' },
      ],
      agreed: ['Lập kế hoạch hỗ trợ'],
    },
  });
  const submitted = await step('plan', {
    goals: ['Trẻ an toàn tại gia đình'],
    actions: [
      {
        description: ACTION,
        serviceType: 'counselling',
        organizationName: 'Trung tâm công tác xã hội',
        responsiblePerson: 'Chị Phạm Thu, nhân viên công tác xã hội',
        dueAt: new Date(Date.now() + 14 * 86_400_000).toISOString(),
      },
    ],
    reviewAt: new Date(Date.now() + 30 * 86_400_000).toISOString(),
    representativeConsents: [
      {
        childId: child.id,
        asked: true,
        fullName: 'Nguyễn Thị Lan',
        relationship: 'Mẹ',
        agrees: true,
      },
    ],
  });
  expect(submitted.status).toBe('plan_submitted');
});

test('the chair reads the dossier and approves the plan, the code asked at that moment', async ({
  page,
  request,
}) => {
  await page.goto('/sign-in');
  await signInWithCode(page, 'demo.chutich');
  await page
    .getByRole('navigation', { name: 'Điều hướng' })
    .getByRole('link', { name: 'Phê duyệt' })
    .click();
  await expect(page.getByRole('heading', { name: 'Chờ phê duyệt', level: 1 })).toBeVisible();

  // The plan waits with its working days left.
  const row = page
    .getByRole('table', { name: 'Chờ phê duyệt' })
    .getByRole('row')
    .filter({ hasText: caseCode });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText('Kế hoạch hỗ trợ, can thiệp');
  await expect(row).toContainText(/Còn \d+ ngày làm việc|Hôm nay là ngày cuối/);
  await expectAccessible(page);
  await screenshot(page, 'approvals');
  await page.setViewportSize({ width: 390, height: 844 });
  await expectFitsWidth(page);
  await screenshot(page, 'approvals-phone');
  await page.setViewportSize({ width: 1366, height: 768 });

  // The dossier: the report and its child, the steps, the plan's actions, the forms.
  await row.getByRole('link', { name: `Hồ sơ ${caseCode}` }).click();
  await expect(
    page.getByRole('heading', { name: `Kế hoạch hỗ trợ, can thiệp: ${caseCode}`, level: 1 }),
  ).toBeVisible();
  await expect(page.getByRole('region', { name: 'Tin báo' })).toContainText(NAME);
  await expect(page.getByRole('region', { name: 'Diễn biến hồ sơ' })).toContainText(
    'Trình kế hoạch hỗ trợ, can thiệp',
  );
  await expect(
    page.getByRole('table', { name: 'Kế hoạch hỗ trợ, can thiệp' }).getByRole('row').filter({
      hasText: ACTION,
    }),
  ).toContainText('Trung tâm công tác xã hội');
  // The time left to decide, as the queue showed it, in working days.
  await expect(page.getByRole('region', { name: 'Quyết định' })).toContainText(
    /Thời hạn quyết định còn lại\s*(Còn \d+ ngày làm việc|Hôm nay là ngày cuối)/,
  );
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Mẫu 04: Kế hoạch hỗ trợ, can thiệp' }).click();
  expect((await download).suggestedFilename()).toMatch(/\.pdf$/);
  await expectAccessible(page);
  await screenshot(page, 'approval-dossier');
  await page.setViewportSize({ width: 390, height: 844 });
  await expectFitsWidth(page);
  await screenshot(page, 'approval-dossier-phone');
  await page.setViewportSize({ width: 1366, height: 768 });

  // Approving asks for the decision's number and the authenticator's code, in one dialog.
  await page.getByRole('button', { name: 'Phê duyệt kế hoạch', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Phê duyệt kế hoạch' });
  await dialog.getByLabel('Số quyết định').fill('27/QĐ-UBND');
  const code = dialog.getByLabel('Mã xác thực (6 số)');
  // A code of ten minutes ago is refused, the server's words under the field; nothing decided.
  await code.fill(totpCode(DEMO_TOTP_SECRET, -20));
  await dialog.getByRole('button', { name: 'Phê duyệt' }).click();
  await expect(
    dialog.getByText(/Mã xác thực không đúng, đã hết hạn hoặc đã được dùng/),
  ).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, 'approval-wrong-code');
  const worker = await apiToken(request, 'demo.ctxh');
  const read = async () =>
    (
      (await (
        await request.get(`/api/v1/cases/${caseId}`, {
          headers: { Authorization: `Bearer ${worker}` },
        })
      ).json()) as { status: string }
    ).status;
  expect(await read()).toBe('plan_submitted');

  // The next code is taken: approved, and gone from the queue.
  await code.fill(await demoCode('demo.chutich'));
  await dialog.getByRole('button', { name: 'Phê duyệt' }).click();
  await expect(page.getByRole('heading', { name: 'Chờ phê duyệt', level: 1 })).toBeVisible();
  await expect(page.getByText('Đã phê duyệt kế hoạch.')).toBeVisible();
  await expect(
    page.getByRole('table', { name: 'Chờ phê duyệt' }).getByRole('row').filter({
      hasText: caseCode,
    }),
  ).toHaveCount(0);
  expect(await read()).toBe('in_progress');
});

test('the chair decides the isolation the worker proposed, from the proposal, within the 12 hours', async ({
  page,
  request,
}) => {
  // Two codes of the chair's, each waiting for a step no earlier test may have spent.
  test.setTimeout(180_000);
  // A report of an hour ago; the child in danger, an isolation proposed with the measures.
  const worker = await apiToken(request, 'demo.ctxh');
  const kase = await send(
    request,
    worker,
    '/api/v1/cases',
    {
      newChildren: [
        {
          fullName: `Vi Thị ${GIVEN}`,
          dateOfBirth: '2017-01-01',
          dobPrecision: 'year',
          sex: 'female',
          provinceCode: '01',
          communeCode: '00004',
        },
      ],
      source: 'police',
      receivedAt: new Date(Date.now() - 3_600_000).toISOString(),
      summary: 'Công an phường báo người cha say rượu đánh con.',
      concerns: ['violence'],
    },
    201,
  );
  const step = (action: string, body: object) =>
    send(request, worker, `/api/v1/cases/${kase.id}/${action}`, body, 200);
  await step('initial-assessment', {
    ratings: { harm: 'high', abuserAccess: 'high', careEnvironment: 'high', selfProtection: 'low' },
    immediateDanger: true,
    level: 'intervention',
  });
  await step('emergency-measures', {
    measures: ['Công an phường làm việc với người cha'],
    isolation: {
      isolatedFrom: 'Người cha, ông Vi Văn Tám',
      placement: 'Nhà bà nội, số 5 ngõ 2 phố Kim Mã',
      reason: 'Người cha đánh trẻ nhiều lần khi say rượu.',
    },
  });

  await page.goto('/sign-in');
  await signIn(page, 'demo.chutich');
  await page
    .getByLabel('Mã xác thực (6 chữ số) hoặc mã khôi phục')
    .fill(await demoCode('demo.chutich'));
  await page.getByRole('button', { name: 'Xác nhận' }).click();
  await page
    .getByRole('navigation', { name: 'Điều hướng' })
    .getByRole('link', { name: 'Phê duyệt' })
    .click();
  const row = page
    .getByRole('table', { name: 'Chờ phê duyệt' })
    .getByRole('row')
    .filter({ hasText: kase.code });
  await expect(row).toContainText('Đề xuất tạm thời cách ly');
  // Of the 12 hours from the report's receipt, about 11 left.
  await expect(row).toContainText(/Còn (10|11) giờ \d+ phút/);
  // Isolation proposals lead the queue: the law gives them hours, not days.
  await expect(
    page.getByRole('table', { name: 'Chờ phê duyệt' }).getByRole('row').nth(1),
  ).toContainText('Đề xuất tạm thời cách ly');

  await row.getByRole('link', { name: `Hồ sơ ${kase.code}` }).click();
  const proposal = page.getByRole('region', { name: 'Đề xuất tạm thời cách ly' });
  await expect(proposal).toContainText('Người cha, ông Vi Văn Tám');
  await expect(proposal).toContainText('Nhà bà nội, số 5 ngõ 2 phố Kim Mã');
  await expect(proposal).toContainText('Người cha đánh trẻ nhiều lần khi say rượu.');
  // The hours left to decide, counted from the report's receipt as in the queue.
  await expect(page.getByRole('region', { name: 'Quyết định' })).toContainText(
    /Thời hạn quyết định còn lại\s*Còn (10|11) giờ \d+ phút/,
  );
  await expectAccessible(page);
  await screenshot(page, 'approval-isolation');

  // The decision starts from the proposal; the chair adds the number, the days and the code.
  await page.getByRole('button', { name: 'Quyết định tạm thời cách ly trẻ em' }).click();
  const dialog = page.getByRole('dialog', { name: 'Quyết định tạm thời cách ly trẻ em' });
  await expect(dialog.getByLabel('Nơi trẻ được chăm sóc')).toHaveValue(
    'Nhà bà nội, số 5 ngõ 2 phố Kim Mã',
  );
  await expect(dialog.getByLabel('Cách ly khỏi (người, nơi)')).toHaveValue(
    'Người cha, ông Vi Văn Tám',
  );
  await expect(dialog.getByRole('checkbox', { name: `Vi Thị ${GIVEN}` })).toBeChecked();
  await dialog.getByLabel('Số quyết định').fill('42/QĐ-UBND');
  await dialog.getByLabel('Số ngày cách ly').fill('10');
  await dialog.getByLabel('Mã xác thực (6 số)').fill(await demoCode('demo.chutich'));
  await expectAccessible(page);
  await screenshot(page, 'approval-isolation-decision');
  await dialog.getByRole('button', { name: 'Ban hành quyết định' }).click();
  await expect(page.getByText('Đã ban hành quyết định tạm thời cách ly.')).toBeVisible();
  await expect(
    page.getByRole('table', { name: 'Chờ phê duyệt' }).getByRole('row').filter({
      hasText: kase.code,
    }),
  ).toHaveCount(0);

  // In force for 10 days under decision 42/QĐ-UBND, its text printed.
  const read = await request.get(`/api/v1/cases/${kase.id}`, {
    headers: { Authorization: `Bearer ${worker}` },
  });
  expect(await read.json()).toMatchObject({
    isolation: { days: 10, endedAt: null, decision: { number: '42/QĐ-UBND' } },
  });
  const decision = await request.get(`/api/v1/cases/${kase.id}/isolation/decision`, {
    headers: { Authorization: `Bearer ${worker}` },
  });
  expect(decision.status()).toBe(200);
  expect(decision.headers()['content-type']).toBe('application/pdf');
});
