import { expect, test } from '@playwright/test';
import { PORT } from '../playwright.config';
import { apiPost, apiToken, expectAccessible, screenshot, signIn } from './support';

const BA_DINH = '00004';
const NGOC_HA = '00008';
/** The stand-in of the population database's service the test server runs (e2e/server.mjs). */
const STAND_IN = `http://127.0.0.1:${PORT + 1}`;

/** Six digits of its own for each run, so the personal IDs are new to the registry. */
const serial = String(Date.now() % 1_000_000).padStart(6, '0');
const today = new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10);
const NEWBORN = {
  fullName: 'Cao Minh Phúc',
  dateOfBirth: today,
  sex: 'male',
  personalId: `001226${serial}`,
};
const LEAVING = {
  fullName: 'Cao Thị Quyên',
  dateOfBirth: '2017-06-01',
  sex: 'female',
  personalId: `001317${serial}`,
};

test('a commune officer reads the births and moves, adds a newborn and moves a record away', async ({
  page,
  request,
}) => {
  const token = await apiToken(request, 'demo.canbo');
  const leaving = await apiPost(request, token, '/api/v1/children', {
    ...LEAVING,
    provinceCode: '01',
    communeCode: BA_DINH,
  });
  const recorded = await request.post(`${STAND_IN}/__stand-in/changes`, {
    data: [
      { communeCode: BA_DINH, kind: 'birth', date: today, person: NEWBORN },
      {
        communeCode: BA_DINH,
        kind: 'moved_out',
        date: today,
        person: LEAVING,
        otherCommuneCode: NGOC_HA,
      },
    ],
  });
  expect(recorded.status()).toBe(204);

  await page.goto('/sign-in');
  await signIn(page, 'demo.canbo');
  await page.getByRole('link', { name: 'Biến động dân cư' }).click();
  await expect(
    page.getByRole('heading', { name: 'Biến động dân cư: khai sinh, chuyển đến, chuyển đi' }),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Lấy biến động mới' }).click();
  await expect(
    page
      .getByRole('status')
      .getByText(/^Đã đọc \d+ biến động từ .*: 2 biến động mới, 2 cần xử lý\.$/),
  ).toBeVisible();

  const newborn = page.getByRole('region', { name: 'Đăng ký khai sinh: CAO MINH PHÚC' });
  await expect(newborn.getByText('Trẻ chưa có trong danh sách trẻ em của xã.')).toBeVisible();
  const leaver = page.getByRole('region', { name: 'Chuyển đi: CAO THỊ QUYÊN' });
  await expect(
    leaver.getByText(/^Ngày .* · đến Phường Ngọc Hà · sinh ngày 01\/06\/2017/),
  ).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, 'population-changes');

  // Dismissing needs a note.
  await leaver.getByRole('button', { name: 'Bỏ qua CAO THỊ QUYÊN' }).click();
  await expect(leaver.getByText('Phải có ít nhất 3 ký tự.')).toBeVisible();
  await leaver
    .getByRole('button', { name: 'Chuyển hồ sơ đến Phường Ngọc Hà CAO THỊ QUYÊN' })
    .click();
  await expect(
    page.getByRole('status').getByText('Đã xử lý biến động của CAO THỊ QUYÊN.'),
  ).toBeVisible();
  await expect(leaver).toHaveCount(0);

  await newborn.getByRole('button', { name: 'Thêm vào danh sách trẻ em CAO MINH PHÚC' }).click();
  const added = page
    .getByRole('status')
    .filter({ hasText: 'Đã xử lý biến động của CAO MINH PHÚC.' });
  await expect(added).toBeVisible();
  await added.getByRole('link', { name: 'Xem hồ sơ' }).click();
  await expect(page.getByRole('heading', { name: NEWBORN.fullName })).toBeVisible();
  await expect(page.getByText('Đã khớp', { exact: true })).toBeVisible();

  // Settled, with who did it; the record that left is no longer the commune's.
  await page.goBack();
  await page.getByRole('radio', { name: 'Đã xử lý' }).check();
  await expect(
    page.getByRole('region', { name: 'Chuyển đi: CAO THỊ QUYÊN' }).getByText(/^Đã xử lý bởi /),
  ).toBeVisible();
  await page.goto(`/children/${leaving.id}`);
  await expect(page.getByText(/Không tìm thấy/).first()).toBeVisible();
});
