import { expect, test } from '@playwright/test';
import { apiToken, expectAccessible, expectFitsWidth, screenshot, signIn } from './support';

test.describe('the children registry', () => {
  test.beforeEach(async ({ page }) => {
    await page.goto('/sign-in');
    await signIn(page, 'demo.canbo');
    await expect(page.getByRole('heading', { name: 'Danh sách trẻ em' })).toBeVisible();
  });

  test('finds a child without diacritics, in any word order, and opens the record', async ({
    page,
  }) => {
    const table = page.getByRole('table', { name: 'Danh sách trẻ em' });
    await expect(table.getByRole('row')).not.toHaveCount(1);
    // The demo commune's children fit one page: all of them shown, of as many counted.
    const shown = (await table.getByRole('row').count()) - 1;
    await expect(page.getByText(`Đang hiển thị ${shown} trong số ${shown} trẻ em`)).toBeVisible();
    await expectAccessible(page);
    await screenshot(page, 'children');

    const search = page.getByLabel('Tìm theo họ tên (có hoặc không dấu) hoặc số định danh');
    await search.fill('an nguyen van');
    await expect(table.getByRole('link', { name: 'Nguyễn Văn An' })).toBeVisible();
    await expect(table.getByRole('row')).toHaveCount(2); // the header and the one child
    await expect(table.getByRole('row').nth(1)).toContainText('Phường Ba Đình');
    await expect(page.getByText('Đang hiển thị 1 trong số 1 trẻ em')).toBeVisible();
    await screenshot(page, 'children-search');

    await table.getByRole('link', { name: 'Nguyễn Văn An' }).click();
    await expect(page.getByRole('heading', { name: 'Nguyễn Văn An', level: 1 })).toBeVisible();
    for (const section of [
      'Nhân thân',
      'Nơi cư trú',
      'Cha, mẹ, người chăm sóc',
      'Hoàn cảnh đặc biệt',
      'Yếu tố nguy cơ',
      'Lịch sử thay đổi',
    ]) {
      await expect(page.getByRole('heading', { name: section, level: 2 })).toBeVisible();
    }
    await expect(page.getByText('001215012345', { exact: true })).toBeVisible();
    const place = page.getByRole('region', { name: 'Nơi cư trú' });
    await expect(place).toContainText('Thành phố Hà Nội');
    await expect(place).toContainText('Phường Ba Đình');
    await expect(page.getByText('Thuộc hộ nghèo')).toBeVisible();
    await expect(
      page.getByRole('table', { name: 'Lịch sử thay đổi' }).getByText('Tạo hồ sơ'),
    ).toBeVisible();
    // The personal-data panel comes in its own chunk: checked once it is there (CI's axe once ran
    // while its help text was still fading in).
    await expect(page.getByRole('region', { name: 'Yêu cầu về dữ liệu cá nhân' })).toBeVisible();
    await expectAccessible(page);
    await screenshot(page, 'child-record');

    // Back: the search is as it was.
    await page.getByRole('link', { name: 'Danh sách trẻ em' }).click();
    await expect(search).toHaveValue('an nguyen van');
  });

  test('filters by sex and by personal ID', async ({ page }) => {
    const table = page.getByRole('table', { name: 'Danh sách trẻ em' });
    await page.getByRole('combobox', { name: 'Giới tính' }).click();
    await page.getByTitle('Nữ', { exact: true }).click();
    await expect(table.getByRole('row').nth(1)).toBeVisible();
    for (const cell of await table.getByRole('row').locator('td:nth-child(4)').allInnerTexts()) {
      expect(cell).toBe('Nữ');
    }
    await page.getByRole('button', { name: 'Xóa bộ lọc' }).click();
    await page.getByRole('combobox', { name: 'Số định danh' }).click();
    await page.getByTitle('Có số định danh', { exact: true }).click();
    await expect(table.getByRole('link', { name: 'Nguyễn Văn An' })).toBeVisible();
    await expect(table.getByRole('link', { name: 'Lê Minh Khôi' })).toHaveCount(0);
    await page.getByRole('button', { name: 'Xóa bộ lọc' }).click();
  });

  test('a child of another commune is not found by URL', async ({ page, request }) => {
    // The province officer sees both wards; the commune officer of Ba Đình only hers.
    const province = await apiToken(request, 'demo.so');
    const children = await request.get('/api/v1/children?communeCode=00008&limit=1', {
      headers: { Authorization: `Bearer ${province}` },
    });
    const [other] = ((await children.json()) as { items: { id: string }[] }).items;
    expect(other).toBeDefined();
    await page.goto(`/children/${other.id}`);
    await expect(page.getByRole('heading', { name: 'Không tìm thấy' })).toBeVisible();
    await page.goto('/children/not-a-uuid');
    await expect(page.getByRole('heading', { name: 'Không tìm thấy' })).toBeVisible();
  });

  test('works with the keyboard alone', async ({ page }) => {
    await page.getByLabel('Tìm theo họ tên (có hoặc không dấu) hoặc số định danh').focus();
    await page.keyboard.type('nguyen van an');
    const link = page.getByRole('link', { name: 'Nguyễn Văn An' });
    await expect(link).toBeVisible();
    for (let i = 0; i < 40 && !(await link.evaluate((el) => el === document.activeElement)); i++) {
      await page.keyboard.press('Tab');
    }
    await expect(link).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { name: 'Nguyễn Văn An', level: 1 })).toBeVisible();
  });

  test('at a phone’s size the list and the record fit the screen', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.getByLabel('Tìm theo họ tên (có hoặc không dấu) hoặc số định danh').fill('nguyen');
    // The search's answer, not the whole list still shown while the typing settles.
    const table = page.getByRole('table', { name: 'Danh sách trẻ em' });
    await expect(table.getByRole('link').filter({ hasNotText: 'Nguyễn' })).toHaveCount(0);
    await expect(page.getByRole('link', { name: 'Nguyễn Văn An' })).toBeVisible();
    await expectFitsWidth(page);
    await expectAccessible(page);
    await screenshot(page, 'children-phone');
    await page.getByRole('link', { name: 'Nguyễn Văn An' }).click();
    await expect(page.getByRole('heading', { name: 'Nguyễn Văn An', level: 1 })).toBeVisible();
    await expectFitsWidth(page);
    await screenshot(page, 'child-record-phone');
  });

  test('a lost network shows a banner, and the app carries on when it is back', async ({
    page,
    context,
  }) => {
    await context.setOffline(true);
    await expect(page.getByRole('alert')).toContainText('Mất kết nối mạng');
    await context.setOffline(false);
    await expect(page.getByText('Mất kết nối mạng')).toHaveCount(0);
    await page.getByLabel('Tìm theo họ tên (có hoặc không dấu) hoặc số định danh').fill('le minh');
    await expect(page.getByRole('link', { name: 'Lê Minh Khôi' })).toBeVisible();
  });
});
