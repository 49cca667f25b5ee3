import { expect, test } from '@playwright/test';
import {
  apiToken,
  DEMO_PASSWORD,
  demoCode,
  expectAccessible,
  expectFitsWidth,
  screenshot,
  signIn,
  totpCode,
} from './support';

test.describe('sign-in', () => {
  test('a commune officer signs in, the session survives a reload, and signs out', async ({
    page,
  }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { name: 'Đăng nhập' })).toBeVisible();
    await expectAccessible(page);
    await screenshot(page, 'sign-in');

    await signIn(page, 'demo.canbo');
    await expect(page).toHaveURL(/\/children$/);
    await expect(page.getByRole('heading', { name: 'Danh sách trẻ em' })).toBeVisible();
    await expect(page.getByText('Nguyễn Thị Lan (demo)')).toBeVisible();

    // Nothing a script could steal: no token in storage, the refresh cookie out of script's reach.
    const stored = await page.evaluate(() =>
      JSON.stringify({ ...localStorage, ...sessionStorage }),
    );
    expect(stored).not.toMatch(/eyJ|token/i);
    expect(await page.evaluate(() => document.cookie)).not.toContain('bvte_refresh');
    const cookies = await page.context().cookies();
    const refresh = cookies.find((cookie) => cookie.name === 'bvte_refresh');
    expect(refresh).toMatchObject({
      httpOnly: true,
      sameSite: 'Strict',
      path: '/api/v1/auth/refresh',
    });

    await page.reload();
    await expect(page.getByRole('heading', { name: 'Danh sách trẻ em' })).toBeVisible();

    await page.getByRole('button', { name: 'Đăng xuất' }).click();
    await expect(page.getByRole('heading', { name: 'Đăng nhập' })).toBeVisible();
    await page.goto('/children');
    await expect(page.getByRole('heading', { name: 'Đăng nhập' })).toBeVisible();
  });

  test('a wrong password is explained in Vietnamese, and in English after the switch', async ({
    page,
  }) => {
    await page.goto('/sign-in');
    await signIn(page, 'demo.canbo', 'not-the-password');
    await expect(page.getByRole('alert')).toContainText('Tên đăng nhập hoặc mật khẩu không đúng');
    await page.getByLabel('Ngôn ngữ').click();
    await page.getByTitle('English').click();
    await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
    await page.getByLabel('Username').fill('demo.canbo');
    await page.getByLabel('Password').fill('still-not-it');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('alert')).toContainText(/username or password/i);
    // Back to Vietnamese for the tests after this one (the choice is remembered).
    await page.getByLabel('Language').click();
    await page.getByTitle('Tiếng Việt').click();
  });

  test('the chair signs in with a code from the authenticator app', async ({ page }) => {
    await page.goto('/sign-in');
    await signIn(page, 'demo.chutich');
    const code = page.getByLabel('Mã xác thực (6 chữ số) hoặc mã khôi phục');
    await expect(code).toBeVisible();
    await expectAccessible(page);
    await screenshot(page, 'sign-in-code');
    await code.fill(await demoCode('demo.chutich'));
    await page.getByRole('button', { name: 'Xác nhận' }).click();
    await expect(page.getByRole('heading', { name: 'Danh sách trẻ em' })).toBeVisible();
  });

  test('a new approver enrols a second factor on first sign-in, then signs in with a code', async ({
    page,
    request,
  }) => {
    // The administrator creates the account (through the API: the admin screens come later).
    const admin = await apiToken(request, 'demo.admin', await demoCode('demo.admin'));
    const headers = { Authorization: `Bearer ${admin}` };
    const organizations = await request.get('/api/v1/organizations?type=commune_committee', {
      headers,
    });
    const committee = (
      (await organizations.json()) as { items: { id: string; name: string }[] }
    ).items.find((organization) => organization.name.includes('Ba Đình'));
    const username = `chutich.moi.${Date.now()}`;
    const created = await request.post('/api/v1/users', {
      headers,
      data: {
        username,
        password: DEMO_PASSWORD,
        fullName: 'Phó Chủ tịch mới',
        organizationId: committee!.id,
        roles: ['case_approver'],
      },
    });
    expect(created.status(), await created.text()).toBe(201);

    await page.goto('/sign-in');
    await signIn(page, username);
    await expect(page.getByRole('heading', { name: 'Thiết lập xác thực hai lớp' })).toBeVisible();
    await expect(
      page.getByRole('img', { name: 'Mã QR để thêm tài khoản vào ứng dụng xác thực' }),
    ).toBeVisible();
    const recovery = page.getByRole('list', { name: 'Mã khôi phục' }).getByRole('listitem');
    await expect(recovery).toHaveCount(10);
    await expectAccessible(page);
    await screenshot(page, 'enrolment');
    const secret = (await page.locator('.ant-typography code').first().innerText()).trim();
    await page.getByLabel('Mã xác thực từ ứng dụng').fill(totpCode(secret));
    await page.getByRole('button', { name: 'Kích hoạt' }).click();

    await expect(page.getByText('Đã bật xác thực hai lớp')).toBeVisible();
    await signIn(page, username);
    // The activation spent this time step's code: the next step's signs in.
    await page.getByLabel('Mã xác thực (6 chữ số) hoặc mã khôi phục').fill(totpCode(secret, 1));
    await page.getByRole('button', { name: 'Xác nhận' }).click();
    await expect(page.getByRole('heading', { name: 'Danh sách trẻ em' })).toBeVisible();
  });

  test('when the session ends, sign-in says so and brings the user back to the page they were on', async ({
    page,
    request,
  }) => {
    // The password changes elsewhere: every session of the account ends at once.
    const changePassword = async (from: string, to: string) => {
      const token = await apiToken(request, 'demo.ctxh', undefined, from);
      const changed = await request.post('/api/v1/auth/password', {
        headers: { Authorization: `Bearer ${token}` },
        data: { currentPassword: from, newPassword: to },
      });
      expect(changed.status()).toBe(204);
    };
    const search = page.getByLabel(/Tìm theo họ tên/);
    await page.goto('/sign-in');
    await signIn(page, 'demo.ctxh');
    await search.fill('le minh');
    await expect(page.getByRole('link', { name: 'Lê Minh Khôi' })).toBeVisible();

    // Ended while working: the next request finds out, and the sign-in says so.
    await changePassword(DEMO_PASSWORD, 'Another-Demo-2026!');
    await search.fill('nguyen van an');
    await expect(
      page.getByText('Phiên làm việc đã kết thúc. Vui lòng đăng nhập lại.'),
    ).toBeVisible();
    await signIn(page, 'demo.ctxh', 'Another-Demo-2026!');
    await expect(page).toHaveURL(/\/children$/);

    // Ended while away from a record: sign-in, then the same record.
    await search.fill('le minh khoi');
    await page.getByRole('link', { name: 'Lê Minh Khôi' }).click();
    await expect(page.getByRole('heading', { name: 'Lê Minh Khôi' })).toBeVisible();
    const recordUrl = page.url();
    await changePassword('Another-Demo-2026!', DEMO_PASSWORD);
    await page.reload();
    await expect(page.getByRole('heading', { name: 'Đăng nhập' })).toBeVisible();
    await signIn(page, 'demo.ctxh');
    await expect(page).toHaveURL(recordUrl);
    await expect(page.getByRole('heading', { name: 'Lê Minh Khôi' })).toBeVisible();
  });

  test('at a phone’s size the sign-in fits the screen and works with the keyboard alone', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/sign-in');
    await expectFitsWidth(page);
    await screenshot(page, 'sign-in-phone');
    // The username field has the focus once the form is ready (CI typed before it was, into
    // nothing).
    await expect(page.getByRole('textbox', { name: 'Tên đăng nhập' })).toBeFocused();
    await page.keyboard.type('demo.canbo');
    await page.keyboard.press('Tab');
    await page.keyboard.type(DEMO_PASSWORD);
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { name: 'Danh sách trẻ em' })).toBeVisible();
    await expectFitsWidth(page);
  });
});
