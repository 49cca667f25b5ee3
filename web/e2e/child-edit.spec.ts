import { expect, test } from '@playwright/test';
import ExcelJS from 'exceljs';
import { apiToken, choose, expectAccessible, screenshot, signIn } from './support';

test.describe('keeping the register', () => {
  test.beforeEach(async ({ page }) => {
    await page.goto('/sign-in');
    await signIn(page, 'demo.canbo');
    await expect(page.getByRole('heading', { name: 'Danh sách trẻ em' })).toBeVisible();
  });

  const open = async (page: import('@playwright/test').Page, name: string, words: string) => {
    await page.getByLabel(/Tìm theo họ tên/).fill(words);
    await page.getByRole('link', { name }).click();
    await expect(page.getByRole('heading', { name, level: 1 })).toBeVisible();
  };

  test('corrects a record, and the history says who changed what', async ({ page }) => {
    await open(page, 'Nguyễn Văn An', 'nguyen van an');
    await page.getByRole('button', { name: 'Sửa hồ sơ' }).click();
    const village = page.getByLabel('Thôn, tổ dân phố');
    await expect(village).toHaveValue('Tổ dân phố 4');
    await expectAccessible(page);
    await screenshot(page, 'child-edit');
    await village.fill('Tổ dân phố 7');
    await choose(page, page, 'Tình trạng đi học', 'Đã bỏ học');
    await page.getByRole('button', { name: 'Lưu thay đổi' }).click();

    await expect(page.getByRole('heading', { name: 'Nguyễn Văn An', level: 1 })).toBeVisible();
    const place = page.getByRole('region', { name: 'Nơi cư trú' });
    await expect(place.getByText('Tổ dân phố 7', { exact: true })).toBeVisible();
    const history = page.getByRole('table', { name: 'Lịch sử thay đổi' });
    const row = history.getByRole('row').filter({ hasText: 'Cập nhật' });
    await expect(row).toContainText('Nguyễn Thị Lan (demo)');
    // Each change by its field's name, from what to what, a code in words.
    const changes = row.getByRole('listitem');
    const villageChange = changes.filter({ hasText: 'Thôn, tổ dân phố' });
    await expect(villageChange.getByRole('deletion')).toHaveText('Tổ dân phố 4');
    await expect(villageChange.getByRole('insertion')).toHaveText('Tổ dân phố 7');
    const school = changes.filter({ hasText: 'Tình trạng đi học' });
    await expect(school.getByRole('deletion')).toHaveText('Đang đi học');
    await expect(school.getByRole('insertion')).toHaveText('Đã bỏ học');
  });

  test('a record saved meanwhile by someone else: the change is shown and nothing typed is lost', async ({
    page,
    request,
  }) => {
    await open(page, 'Lê Minh Khôi', 'le minh khoi');
    await page.getByRole('button', { name: 'Sửa hồ sơ' }).click();
    await page.getByLabel('Thôn, tổ dân phố').fill('Tổ dân phố 9');

    // Another officer saves a note on the same record first.
    const token = await apiToken(request, 'demo.canbo');
    const url = page
      .url()
      .replace(/\/edit$/, '')
      .replace(/^.*\/children\//, '/api/v1/children/');
    const current = await request.get(url, { headers: { Authorization: `Bearer ${token}` } });
    const other = await request.patch(url, {
      headers: { Authorization: `Bearer ${token}`, 'If-Match': current.headers()['etag'] },
      data: { notes: 'Gia đình chuyển nhà trong tháng (ghi chú của đồng nghiệp)' },
    });
    expect(other.status()).toBe(200);

    await page.getByRole('button', { name: 'Lưu thay đổi' }).click();
    const conflict = page.getByRole('alert').filter({ hasText: 'Hồ sơ vừa được người khác sửa' });
    await expect(conflict).toBeVisible();
    await expect(conflict.getByRole('listitem')).toHaveText(['Ghi chú']);
    await expect(page.getByLabel('Thôn, tổ dân phố')).toHaveValue('Tổ dân phố 9');
    await expect(page.getByRole('button', { name: 'Lưu thay đổi', exact: true })).not.toHaveClass(
      /loading/,
    );
    await expectAccessible(page);
    await screenshot(page, 'child-edit-conflict');

    await conflict.getByRole('button', { name: 'Lưu thay đổi của tôi lên phiên bản mới' }).click();
    await expect(page.getByRole('heading', { name: 'Lê Minh Khôi', level: 1 })).toBeVisible();
    await expect(
      page.getByRole('region', { name: 'Nơi cư trú' }).getByText('Tổ dân phố 9', { exact: true }),
    ).toBeVisible();
    // The colleague's note is still the record's: only this user's own change was sent.
    await expect(page.getByRole('region', { name: 'Thông tin khác' })).toContainText(
      'Gia đình chuyển nhà trong tháng (ghi chú của đồng nghiệp)',
    );
    const latest = page.getByRole('table', { name: 'Lịch sử thay đổi' }).getByRole('row').nth(1);
    await expect(latest).toContainText('Thôn, tổ dân phố');
    await expect(latest).not.toContainText('Ghi chú');
  });

  test('the API’s messages appear beside their fields, and a failed save keeps what was typed', async ({
    page,
  }) => {
    await open(page, 'Nguyễn Văn An', 'nguyen van an');
    await page.getByRole('button', { name: 'Sửa hồ sơ' }).click();
    const personalId = page.getByLabel('Số định danh cá nhân').first();
    await personalId.fill('12345');
    await page.getByRole('button', { name: 'Lưu thay đổi' }).click();
    // The field is marked, and its description now starts with the API's message, before its help.
    await expect(personalId).toHaveAttribute('aria-invalid', 'true');
    await expect(personalId).toHaveAccessibleDescription(/^\S.*12 chữ số, do cơ sở dữ liệu/);
    await expect(page.getByRole('alert').first()).toContainText('Một số trường không hợp lệ');
    await expect(personalId).toHaveValue('12345');
  });

  test('adds a new child, with the commune filled in from the officer’s committee', async ({
    page,
  }) => {
    await page.getByRole('button', { name: 'Thêm trẻ em' }).click();
    await expect(page.getByRole('heading', { name: 'Thêm trẻ em vào sổ' })).toBeVisible();
    await page.getByLabel('Họ và tên').first().fill('Đỗ Thị Mai Anh');
    await page.getByLabel('Ngày sinh').first().fill('14/02/2021');
    await page.getByLabel('Ngày sinh').first().press('Enter');
    await choose(page, page, 'Giới tính', 'Nữ');
    // The chosen province and commune, as the pickers show them.
    const place = page.getByRole('region', { name: 'Nơi cư trú' });
    await expect(place).toContainText('Thành phố Hà Nội');
    await expect(place).toContainText('Phường Ba Đình');
    await expectAccessible(page);
    await screenshot(page, 'child-new');
    await page.getByRole('button', { name: 'Thêm vào sổ' }).click();
    await expect(page.getByRole('heading', { name: 'Đỗ Thị Mai Anh', level: 1 })).toBeVisible();
    await expect(page.getByText('14/02/2021')).toBeVisible();
  });

  test('exports what the filters select', async ({ page }) => {
    await page.getByLabel(/Tìm theo họ tên/).fill('nguyen van an');
    await expect(page.getByRole('link', { name: 'Nguyễn Văn An' })).toBeVisible();
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Xuất Excel' }).click();
    const file = await (await download).path();
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    const sheet = workbook.worksheets[0];
    const names: string[] = [];
    sheet.eachRow((row, index) => {
      if (index > 1) names.push(JSON.stringify(row.values));
    });
    expect(names.join('|')).toContain('Nguyễn Văn An');
    expect(names.join('|')).not.toContain('Lê Minh Khôi');
  });
});
