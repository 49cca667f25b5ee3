import { expect, test } from '@playwright/test';
import { signIn, typeComposed, typeLikeUnikey } from './support';

// Officers type Vietnamese with Unikey (Telex or VNI) on Windows, or an input method that
// composes words (IBus on Linux, macOS): both reach every kind of field whole, marks included.
test.describe('Vietnamese typed with an input method', () => {
  test.beforeEach(async ({ page }) => {
    await page.goto('/sign-in');
    await signIn(page, 'demo.canbo');
    await expect(page.getByRole('heading', { name: 'Danh sách trẻ em' })).toBeVisible();
  });

  test('the search finds a name composed word by word, or typed with Unikey', async ({ page }) => {
    const table = page.getByRole('table', { name: 'Danh sách trẻ em' });
    const search = page.getByLabel(/Tìm theo họ tên/);
    await search.click();
    await typeComposed(page, 'Nguyễn Văn An');
    await expect(search).toHaveValue('Nguyễn Văn An');
    await expect(table.getByRole('link', { name: 'Nguyễn Văn An' })).toBeVisible();
    await expect(table.getByRole('row')).toHaveCount(2);

    await search.fill('');
    await typeLikeUnikey(page, 'Văn An Nguyễn');
    await expect(search).toHaveValue('Văn An Nguyễn');
    await expect(table.getByRole('link', { name: 'Nguyễn Văn An' })).toBeVisible();
    await expect(table.getByRole('row')).toHaveCount(2);
  });

  test('a new child’s text fields, lists to search and notes take marked letters whole', async ({
    page,
  }) => {
    await page.getByRole('button', { name: 'Thêm trẻ em' }).click();
    await page.getByLabel('Họ và tên').first().click();
    await typeLikeUnikey(page, 'Hoàng Thị Thuỷ Tiên');
    await page.getByLabel('Ngày sinh').first().fill('03/09/2019');
    await page.getByLabel('Ngày sinh').first().press('Enter');
    await page.getByRole('combobox', { name: 'Giới tính' }).click();
    await page.getByTitle('Nữ', { exact: true }).click();
    // A list searched by typing: the ethnic group, composed.
    await page.getByRole('combobox', { name: 'Dân tộc' }).click();
    await typeComposed(page, 'Mường');
    await page.getByTitle('Mường', { exact: true }).click();
    await page.getByLabel('Thôn, tổ dân phố').click();
    await typeComposed(page, 'Tổ dân phố Đường Thành');
    await page.getByLabel('Ghi chú').click();
    await typeLikeUnikey(page, 'Cháu ở với bà ngoại, học lớp Mầm.');

    await page.getByRole('button', { name: 'Thêm vào sổ' }).click();
    await expect(
      page.getByRole('heading', { name: 'Hoàng Thị Thuỷ Tiên', level: 1 }),
    ).toBeVisible();
    await expect(page.getByText('Mường', { exact: true })).toBeVisible();
    await expect(page.getByText('Tổ dân phố Đường Thành')).toBeVisible();
    await expect(page.getByText('Cháu ở với bà ngoại, học lớp Mầm.')).toBeVisible();
  });
});
