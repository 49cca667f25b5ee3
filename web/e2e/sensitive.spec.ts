import { expect, test } from '@playwright/test';
import { apiPost, apiToken, expectAccessible, screenshot, signIn } from './support';

test('sensitive data: exported with a reason, withheld from a province officer', async ({
  page,
  request,
}) => {
  const token = await apiToken(request, 'demo.canbo');
  const { id } = await apiPost(request, token, '/api/v1/children', {
    fullName: 'Kha Thị Nhung',
    dateOfBirth: '2012-08-08',
    sex: 'female',
    provinceCode: '01',
    communeCode: '00004',
    disability: 'Khiếm thị',
    specialCircumstances: [{ code: 'd', subCode: 'd.2' }],
  });

  // The commune officer exports the list with the sensitive data, saying why.
  await page.goto('/sign-in');
  await signIn(page, 'demo.canbo');
  await page.getByRole('button', { name: 'Xuất kèm dữ liệu nhạy cảm' }).click();
  const dialog = page.getByRole('dialog', { name: 'Xuất kèm dữ liệu nhạy cảm' });
  await dialog.getByRole('button', { name: 'Xuất danh sách' }).click();
  await expect(dialog.getByText('Phải có ít nhất 3 ký tự.')).toBeVisible();
  await dialog
    .getByLabel('Lý do xuất dữ liệu nhạy cảm')
    .fill('Gửi Trung tâm công tác xã hội lập kế hoạch hỗ trợ');
  await expectAccessible(page);
  await screenshot(page, 'sensitive-export');
  const downloading = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Xuất danh sách' }).click();
  expect((await downloading).suggestedFilename()).toMatch(/\.xlsx$/);
  await expect(dialog).toBeHidden();
  await page.getByRole('button', { name: 'Đăng xuất' }).click();

  // A province officer reads the record without them, and is told so.
  await signIn(page, 'demo.so');
  await expect(page.getByRole('button', { name: 'Đăng xuất' })).toBeVisible();
  await page.goto(`/children/${id}`);
  await expect(
    page.getByText(/^Một số thông tin nhạy cảm của trẻ .* không hiển thị với vai trò của bạn\.$/),
  ).toBeVisible();
  await expect(page.getByText('Khiếm thị')).toHaveCount(0);
  await expectAccessible(page);
});
