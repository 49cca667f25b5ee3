import { expect, type Page, test } from '@playwright/test';
import {
  DEMO_PASSWORD,
  expectAccessible,
  expectFitsWidth,
  screenshot,
  signIn,
  signInWithCode,
  totpCode,
} from './support';

const SUFFIX = Math.random().toString(36).slice(2, 6);
const ORG = `[E2E] Trung tâm công tác xã hội ${SUFFIX}`;
const USERNAME = `e2e.pct.${SUFFIX}`;
const FULL_NAME = `Phó Chủ tịch ${SUFFIX}`;

const nav = (page: Page, name: string) =>
  page.getByRole('navigation', { name: 'Điều hướng' }).getByRole('link', { name }).click();

/** Picks an option of an Ant Design select, by typing where it searches. */
async function choose(page: Page, label: string, option: string, search = false) {
  const field = page.getByLabel(label, { exact: true });
  await field.click();
  if (search) await field.fill(option);
  await page.getByTitle(option, { exact: true }).last().click();
}

/** Both viewports: axe on the desktop, then the phone's width, then back. */
async function checkScreen(page: Page, name: string) {
  await expectAccessible(page);
  await screenshot(page, name);
  await page.setViewportSize({ width: 390, height: 844 });
  await expectFitsWidth(page);
  await expectAccessible(page);
  await screenshot(page, `${name}-phone`);
  await page.setViewportSize({ width: 1366, height: 768 });
}

test('the administrator manages organisations, accounts, API keys, the holiday calendar and personal data', async ({
  page,
  request,
}) => {
  test.setTimeout(240_000);
  await page.goto('/sign-in');
  await signInWithCode(page, 'demo.admin');
  // An administrator starts at the accounts: they hold no permission on children.
  await expect(page.getByRole('heading', { name: 'Tài khoản người dùng', level: 1 })).toBeVisible();

  // An organisation.
  await nav(page, 'Cơ quan, tổ chức');
  await expect(page.getByRole('heading', { name: 'Cơ quan, tổ chức', level: 1 })).toBeVisible();
  await checkScreen(page, 'admin-organizations');
  await page.getByRole('button', { name: 'Thêm cơ quan, tổ chức' }).click();
  const orgDialog = page.getByRole('dialog', { name: 'Thêm cơ quan, tổ chức' });
  // Its form shown first, as a person sees it before saving (CI once clicked "Lưu" while the
  // dialog was still opening, and no check ran).
  await expect(orgDialog.getByLabel('Tên cơ quan, tổ chức')).toBeVisible();
  await orgDialog.getByRole('button', { name: 'Lưu' }).click();
  await expect(orgDialog.getByText('Vui lòng nhập Tên cơ quan, tổ chức.')).toBeVisible();
  await orgDialog.getByLabel('Tên cơ quan, tổ chức').fill(ORG);
  await choose(page, 'Loại cơ quan, tổ chức', 'Trung tâm công tác xã hội');
  await choose(page, 'Tỉnh, thành phố', 'Thành phố Hà Nội', true);
  await orgDialog.getByRole('button', { name: 'Lưu' }).click();
  await expect(page.getByRole('status')).toContainText(`Đã lưu ${ORG}.`);
  const orgRow = page
    .getByRole('table', { name: 'Cơ quan, tổ chức' })
    .getByRole('row', { name: new RegExp(SUFFIX) });
  await expect(orgRow).toContainText('Trung tâm công tác xã hội');
  await expect(orgRow).toContainText('Đang hoạt động');

  // Its webhook: the signing secret shown once, the delivery log.
  await orgRow.getByRole('link', { name: /Webhook/ }).click();
  await expect(page.getByRole('heading', { name: `Webhook của ${ORG}`, level: 1 })).toBeVisible();
  await page.getByLabel('Địa chỉ nhận (URL)').fill('http://127.0.0.1:9/bvte-events');
  await page.getByRole('button', { name: 'Đăng ký', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Đã đăng ký webhook' })).toContainText(
    'chỉ hiển thị một lần',
  );
  const hooks = page.getByRole('table', { name: `Webhook của ${ORG}` });
  await hooks.getByRole('button', { name: /Lần gửi/ }).click();
  await expect(
    page.getByRole('table', { name: 'Các lần gửi tới http://127.0.0.1:9/bvte-events' }),
  ).toContainText('Chưa có lần gửi nào.');
  await checkScreen(page, 'admin-webhooks');

  // An account in it, an approver in Ba Đình.
  await nav(page, 'Tài khoản');
  await page.getByRole('button', { name: 'Thêm tài khoản' }).click();
  const userDialog = page.getByRole('dialog', { name: 'Thêm tài khoản' });
  await userDialog.getByLabel('Tên đăng nhập').fill(USERNAME);
  await userDialog.getByLabel('Họ và tên').fill(FULL_NAME);
  await userDialog.getByLabel('Mật khẩu ban đầu').fill('123');
  await choose(page, 'Cơ quan, tổ chức', ORG, true);
  await userDialog.getByLabel('Chủ tịch UBND cấp xã (phê duyệt)').check();
  await choose(page, 'Địa bàn phụ trách', 'Phường Ba Đình', true);
  await userDialog.getByRole('button', { name: 'Lưu' }).click();
  // The server's password policy, beside the field.
  await expect(userDialog.getByText(/mật khẩu/i).nth(1)).toBeVisible();
  await userDialog.getByLabel('Mật khẩu ban đầu').fill(DEMO_PASSWORD);
  await userDialog.getByRole('button', { name: 'Lưu' }).click();
  await expect(page.getByRole('status')).toContainText(`Đã lưu tài khoản ${FULL_NAME}.`);
  const userRow = () =>
    page
      .getByRole('table', { name: 'Tài khoản người dùng' })
      .getByRole('row', { name: new RegExp(USERNAME) });
  await expect(userRow()).toContainText('Chủ tịch UBND cấp xã (phê duyệt)');
  await expect(userRow()).toContainText('Phường Ba Đình');
  await expect(userRow()).toContainText('Chưa bật');

  // The approver sets up a second factor; the administrator resets it (a lost phone).
  const login = await request.post('/api/v1/auth/login', {
    data: { username: USERNAME, password: DEMO_PASSWORD },
  });
  const { enrollmentToken } = (await login.json()) as { enrollmentToken: string };
  const headers = { Authorization: `Bearer ${enrollmentToken}` };
  const enrolment = await request.post('/api/v1/auth/mfa/enroll', { headers });
  const { secret } = (await enrolment.json()) as { secret: string };
  const activated = await request.post('/api/v1/auth/mfa/activate', {
    headers,
    data: { otp: totpCode(secret) },
  });
  expect(activated.status(), await activated.text()).toBe(204);
  await page.reload();
  await expect(userRow()).toContainText('Đã bật');
  await checkScreen(page, 'admin-users');
  await userRow()
    .getByRole('button', { name: /Đặt lại xác thực hai lớp/ })
    .click();
  await page.getByRole('tooltip').getByRole('button', { name: 'Đặt lại xác thực hai lớp' }).click();
  await expect(page.getByRole('status')).toContainText(
    `Đã đặt lại xác thực hai lớp của ${FULL_NAME}`,
  );
  await expect(userRow()).toContainText('Chưa bật');

  // An API key: its secret shown once, with a copy button.
  await nav(page, 'Khóa API');
  await page.getByRole('button', { name: 'Tạo khóa API' }).click();
  const keyDialog = page.getByRole('dialog', { name: 'Tạo khóa API' });
  await keyDialog.getByLabel('Tên khóa').fill(`Tổng đài ${SUFFIX}`);
  await choose(page, 'Cơ quan sử dụng', ORG, true);
  await keyDialog.getByRole('button', { name: 'Tạo khóa' }).click();
  const shown = page.getByRole('status').filter({ hasText: `Đã tạo khóa Tổng đài ${SUFFIX}` });
  await expect(shown).toContainText('đây là lần duy nhất khóa được hiển thị');
  const key = (await shown.locator('code').innerText()).trim();
  expect(key.length).toBeGreaterThan(20);
  await expect(shown.getByRole('button', { name: 'Sao chép' })).toBeVisible();
  await checkScreen(page, 'admin-api-keys');
  // The key works, and is never shown again.
  const withKey = await request.get('/api/v1/reference/case-sources', {
    headers: { 'X-API-Key': key },
  });
  expect(withKey.status()).toBe(403);
  await page.reload();
  await expect(page.getByText(key)).toHaveCount(0);
  await expect(
    page
      .getByRole('table', { name: 'Khóa API' })
      .getByRole('row', { name: new RegExp(`Tổng đài ${SUFFIX}`) }),
  ).toContainText('cases:intake');

  // The holiday calendar: a day off added, saved, and removed again.
  await nav(page, 'Lịch nghỉ lễ');
  const year = new Date().getFullYear() + 1;
  await choose(page, 'Năm', String(year));
  const calendar = page.getByRole('table', { name: `Lịch năm ${year}` });
  await expect(calendar).toContainText('Tết');
  await page.getByLabel('Ngày', { exact: true }).fill(`15/08/${year}`);
  await page.getByLabel('Ngày', { exact: true }).press('Enter');
  await page.getByLabel('Tên ngày lễ hoặc lý do').fill(`Nghỉ bù ${SUFFIX}`);
  await page.getByRole('button', { name: 'Thêm vào danh sách' }).click();
  await expect(calendar).toContainText(`Nghỉ bù ${SUFFIX}`);
  await expect(page.getByText('Có thay đổi chưa lưu.')).toBeVisible();
  await page.getByRole('button', { name: `Lưu lịch năm ${year}` }).click();
  await expect(
    page.getByRole('status').filter({ hasText: `Đã lưu lịch năm ${year}.` }),
  ).toBeVisible();
  await page.reload();
  await choose(page, 'Năm', String(year));
  await expect(calendar).toContainText(`Nghỉ bù ${SUFFIX}`);
  await checkScreen(page, 'admin-calendar');
  await calendar.getByRole('button', { name: `Bỏ 15/08/${year}` }).click();
  await page.getByRole('button', { name: `Lưu lịch năm ${year}` }).click();
  await expect(
    page.getByRole('status').filter({ hasText: `Đã lưu lịch năm ${year}.` }),
  ).toBeVisible();
  await expect(calendar).not.toContainText(`Nghỉ bù ${SUFFIX}`);

  // Data retention: the policy's dry run, changed and applied (to no record: 100 years), then
  // set back as it was.
  await nav(page, 'Thời hạn lưu trữ');
  await expect(
    page.getByRole('heading', { name: 'Thời hạn lưu trữ dữ liệu cá nhân', level: 1 }),
  ).toBeVisible();
  const policy = page.getByRole('region', { name: 'Hồ sơ trẻ em' });
  await expect(
    policy.getByText(/^\d+ hồ sơ sẽ được ẩn danh \(trẻ sinh trước hoặc vào ngày /),
  ).toBeVisible();
  await expect(policy.getByRole('button', { name: 'Áp dụng ngay' })).toBeDisabled();
  const years = policy.getByLabel('Số năm lưu sau khi trẻ đủ 16 tuổi');
  const before = await years.inputValue();
  await years.fill('100');
  await policy.getByRole('checkbox', { name: 'Áp dụng hằng đêm' }).check();
  await policy.getByRole('button', { name: 'Lưu chính sách' }).click();
  await expect(page.getByRole('status').getByText('Đã lưu chính sách lưu trữ.')).toBeVisible();
  await expect(
    policy.getByText(/^0 hồ sơ sẽ được ẩn danh \(trẻ sinh trước hoặc vào ngày /),
  ).toBeVisible();
  // Closed cases have their own policy, off, with its dry run.
  const cases = page.getByRole('region', { name: 'Hồ sơ vụ việc đã đóng' });
  await expect(cases.getByLabel('Số năm lưu sau khi đóng hồ sơ')).toHaveValue('5');
  await expect(
    cases.getByText(/^\d+ hồ sơ sẽ được ẩn danh \(đóng trước hoặc vào ngày \d\d\/\d\d\/\d{4}\)/),
  ).toBeVisible();
  await expect(
    cases.getByRole('table', { name: 'Hồ sơ vụ việc đã đóng: số hồ sơ theo tỉnh, thành phố' }),
  ).toBeVisible();
  await checkScreen(page, 'admin-retention');
  await policy.getByRole('button', { name: 'Áp dụng ngay' }).click();
  await expect(page.getByRole('status').getByText(/^Đã xếp lịch áp dụng/)).toBeVisible();
  await years.fill(before);
  await policy.getByRole('checkbox', { name: 'Áp dụng hằng đêm' }).uncheck();
  await policy.getByRole('button', { name: 'Lưu chính sách' }).click();
  await expect(
    policy.getByText('Chính sách đang tắt: không hồ sơ nào bị ẩn danh cho đến khi bật.', {
      exact: false,
    }),
  ).toBeVisible();

  // The processing register: an activity's recipients edited, the register downloaded.
  await nav(page, 'Sổ đăng ký xử lý dữ liệu');
  await expect(
    page.getByRole('heading', { name: 'Sổ đăng ký hoạt động xử lý dữ liệu cá nhân', level: 1 }),
  ).toBeVisible();
  const referrals = page.getByRole('region', { name: 'Chuyển gửi giữa các cơ quan' });
  await referrals.getByRole('button', { name: 'Sửa Chuyển gửi giữa các cơ quan' }).click();
  const recipients = referrals.getByLabel('Bên nhận');
  const recipientsBefore = await recipients.inputValue();
  await recipients.fill(`Công an, y tế, giáo dục ${SUFFIX}`);
  await referrals.getByRole('button', { name: 'Lưu' }).click();
  await expect(
    page.getByRole('status').getByText('Đã lưu hoạt động “Chuyển gửi giữa các cơ quan”.'),
  ).toBeVisible();
  await expect(referrals.getByText(`Công an, y tế, giáo dục ${SUFFIX}`)).toBeVisible();
  await checkScreen(page, 'admin-register');
  const register = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Tải sổ đăng ký (.xlsx)' }).click();
  expect((await register).suggestedFilename()).toMatch(/^so-dang-ky-xu-ly-du-lieu-.*\.xlsx$/);
  await referrals.getByRole('button', { name: 'Sửa Chuyển gửi giữa các cơ quan' }).click();
  await referrals.getByLabel('Bên nhận').fill(recipientsBefore);
  await referrals.getByRole('button', { name: 'Lưu' }).click();
  await expect(referrals.getByText(recipientsBefore)).toBeVisible();
});

test('the province officer reads the audit log and verifies the chain', async ({ page }) => {
  await page.goto('/sign-in');
  await signIn(page, 'demo.so');
  await nav(page, 'Nhật ký hệ thống');
  await expect(page.getByRole('heading', { name: 'Nhật ký hệ thống', level: 1 })).toBeVisible();
  const log = page.getByRole('table', { name: 'Nhật ký hệ thống' });
  await expect(log).toContainText('auth.login');
  await page.getByRole('button', { name: 'Kiểm tra chuỗi nhật ký' }).click();
  await expect(page.getByText(/Chuỗi nhật ký toàn vẹn: [\d.]+ mục/)).toBeVisible();
  await page.getByLabel('Loại đối tượng').fill('user');
  await page.getByRole('button', { name: 'Lọc' }).click();
  await expect(log).not.toContainText('auth.login');
  await checkScreen(page, 'admin-audit');
});
