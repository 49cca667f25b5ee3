import { expect, test } from '@playwright/test';
import {
  apiPost,
  apiToken,
  expectAccessible,
  expectFitsWidth,
  screenshot,
  signIn,
} from './support';

// A child of Ba Đình, the test's own name, whose case the social worker refers to the police.
const GIVEN = `Vy${Math.random().toString(36).slice(2, 6)}`;
const NAME = `Phan Thảo ${GIVEN}`;
const REASON = 'Nghi cha dượng bạo hành; đề nghị xác minh và ngăn chặn ngay trong hôm nay.';
const OUTCOME = 'Đã làm việc với người cha dượng, lập biên bản và ngăn chặn; trẻ ở với bà ngoại.';

let caseId: string;
let caseCode: string;
let worker: string;

test.beforeAll(async ({ request }) => {
  const officer = await apiToken(request, 'demo.canbo');
  worker = await apiToken(request, 'demo.ctxh');
  const post = (token: string, path: string, data: object) => apiPost(request, token, path, data);
  const child = await post(officer, '/api/v1/children', {
    fullName: NAME,
    dateOfBirth: '2021-09-15',
    sex: 'female',
    provinceCode: '01',
    communeCode: '00004',
  });
  const kase = await post(worker, '/api/v1/cases', {
    childIds: [child.id],
    source: 'public',
    channel: 'phone',
    receivedAt: new Date(Date.now() - 1_800_000).toISOString(),
    summary: 'Hàng xóm nghe tiếng trẻ khóc và tiếng quát mắng nhiều đêm.',
    concerns: ['violence'],
  });
  caseId = kase.id;
  caseCode = kase.code;
});

test('the police see a referral arrive without a reload, and take it to its outcome', async ({
  page,
  request,
}) => {
  // The referral shows within the inbox's polling period, then three steps follow.
  test.setTimeout(120_000);
  await page.goto('/inbox');
  await signIn(page, 'demo.congan');
  await expect(page.getByRole('heading', { name: 'Hồ sơ chuyển gửi', level: 1 })).toBeVisible();
  const inbox = page.getByRole('table', { name: 'Hộp đến' });
  await expect(inbox).toBeVisible();
  const row = inbox.getByRole('row').filter({ hasText: caseCode });
  await expect(row).toHaveCount(0);

  // The social worker refers the case to the ward's police, as an emergency.
  const police = await apiToken(request, 'demo.congan');
  const me = await request.get('/api/v1/auth/me', {
    headers: { Authorization: `Bearer ${police}` },
  });
  const { organizationId } = (await me.json()) as { organizationId: string };
  const sent = await request.post(`/api/v1/cases/${caseId}/referrals`, {
    headers: { Authorization: `Bearer ${worker}` },
    data: {
      toOrganizationId: organizationId,
      serviceType: 'investigation',
      urgency: 'emergency',
      reason: REASON,
      sharedFields: ['dateOfBirth', 'reportSummary'],
    },
  });
  expect(sent.status(), await sent.text()).toBe(201);
  const referralId = ((await sent.json()) as { id: string }).id;

  // It appears on the open page within the polling period, announced to screen readers.
  await expect(row).toHaveCount(1, { timeout: 30_000 });
  await expect(row).toContainText('Khẩn cấp');
  await expect(row).toContainText('Chờ tiếp nhận');
  await expect(
    page
      .getByRole('status')
      .filter({ hasText: 'hồ sơ mới được chuyển đến, trong đó có hồ sơ khẩn cấp' }),
  ).toHaveCount(1);
  // Emergencies lead the queue.
  await expect(inbox.getByRole('row').nth(1)).toContainText('Khẩn cấp');
  await expectAccessible(page);
  await screenshot(page, 'inbox');
  await page.setViewportSize({ width: 390, height: 844 });
  await expectFitsWidth(page);
  await screenshot(page, 'inbox-phone');
  await page.setViewportSize({ width: 1366, height: 768 });

  // The need-to-know: the child, the reason, what was shared, the sender's contact.
  await row.getByRole('link').click();
  await expect(
    page.getByRole('heading', { name: `Yêu cầu hỗ trợ, hồ sơ ${caseCode}`, level: 1 }),
  ).toBeVisible();
  const children = page.getByRole('region', { name: 'Trẻ em' });
  await expect(children).toContainText(NAME);
  await expect(children).toContainText('15/09/2021');
  const asked = page.getByRole('region', { name: 'Yêu cầu' });
  await expect(asked).toContainText(REASON);
  await expect(asked).toContainText('Hàng xóm nghe tiếng trẻ khóc');
  await expect(asked).toContainText('Trần Văn Minh (demo)');
  await expectAccessible(page);
  await screenshot(page, 'referral');

  // Acknowledged, accepted by the officer themself, completed with the outcome.
  await page.getByRole('button', { name: 'Xác nhận đã tiếp nhận' }).click();
  await expect(page.getByText('Đã tiếp nhận', { exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Nhận xử lý' }).click();
  const accept = page.getByRole('dialog', { name: 'Nhận xử lý' });
  await expect(accept.getByLabel('Người xử lý')).toBeVisible();
  await expect(accept).toContainText('Phạm Đức Anh (demo) (tôi)');
  await accept.getByRole('button', { name: 'Nhận xử lý' }).click();
  await expect(page.getByText('Đang xử lý', { exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Báo cáo hoàn thành' }).click();
  const complete = page.getByRole('dialog', { name: 'Báo cáo hoàn thành' });
  await complete.getByRole('button', { name: 'Báo cáo hoàn thành' }).click();
  await expect(complete.getByText('Không được để trống.')).toBeVisible();
  await complete.getByLabel('Kết quả xử lý').fill(OUTCOME);
  await complete.getByRole('button', { name: 'Báo cáo hoàn thành' }).click();
  await expect(page.getByText('Đã hoàn thành', { exact: true })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Kết quả' })).toContainText(OUTCOME);
  await expectAccessible(page);
  await screenshot(page, 'referral-completed');
  await page.setViewportSize({ width: 390, height: 844 });
  await expectFitsWidth(page);
  await screenshot(page, 'referral-phone');

  // The social worker reads the outcome on the case's side.
  const back = await request.get(`/api/v1/referrals/${referralId}`, {
    headers: { Authorization: `Bearer ${worker}` },
  });
  expect(await back.json()).toMatchObject({ status: 'completed', outcome: OUTCOME });
});
