import { expect, test } from '@playwright/test';
import { apiPost, apiToken, expectAccessible, screenshot, signIn } from './support';

test('a commune officer answers a carer’s requests about the child’s personal data', async ({
  page,
  request,
}) => {
  const token = await apiToken(request, 'demo.canbo');
  const { id } = await apiPost(request, token, '/api/v1/children', {
    fullName: 'Đinh Thi Ngọc',
    dateOfBirth: '2015-10-10',
    sex: 'female',
    provinceCode: '01',
    communeCode: '00004',
  });

  await page.goto('/sign-in');
  await signIn(page, 'demo.canbo');
  await expect(page.getByRole('button', { name: 'Đăng xuất' })).toBeVisible();
  await page.goto(`/children/${id}`);
  const panel = page.getByRole('region', { name: 'Yêu cầu về dữ liệu cá nhân' });

  // The file names who asked for it.
  await panel.getByRole('button', { name: 'Tải tệp dữ liệu cá nhân của trẻ' }).click();
  await expect(panel.getByText('Phải có ít nhất 3 ký tự.')).toBeVisible();
  await panel
    .getByLabel('Người yêu cầu (họ tên, quan hệ với trẻ)')
    .first()
    .fill('Đinh Văn Hùng, bố của trẻ');
  const downloading = page.waitForEvent('download');
  await panel.getByRole('button', { name: 'Tải tệp dữ liệu cá nhân của trẻ' }).click();
  expect((await downloading).suggestedFilename()).toMatch(/^du-lieu-ca-nhan-.*\.xlsx$/);

  // A request to correct the record, recorded and then answered.
  await expect(panel.getByText('Chưa có yêu cầu chỉnh sửa nào.')).toBeVisible();
  const form = panel.locator('form.correction-new');
  await form
    .getByLabel('Người yêu cầu (họ tên, quan hệ với trẻ)')
    .fill('Đinh Văn Hùng, bố của trẻ');
  await form.getByLabel('Nội dung yêu cầu').fill('Tên đệm của cháu là "Thị", không phải "Thi".');
  await form.getByRole('button', { name: 'Ghi nhận yêu cầu' }).click();
  const item = panel.getByRole('listitem').filter({ hasText: 'Đinh Văn Hùng, bố của trẻ' });
  await expect(item.getByText('Chờ trả lời')).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, 'personal-data');

  await item.getByRole('radio', { name: 'Không chỉnh sửa' }).check();
  await item.getByRole('button', { name: 'Lưu trả lời' }).click();
  await expect(item.getByText('Phải có ít nhất 3 ký tự.')).toBeVisible();
  await item
    .getByLabel('Trả lời người yêu cầu')
    .fill('Giấy khai sinh ghi "Thi"; đề nghị gia đình làm thủ tục cải chính hộ tịch trước.');
  await item.getByRole('button', { name: 'Lưu trả lời' }).click();
  await expect(item.getByText('Không chỉnh sửa', { exact: true })).toBeVisible();
  await expect(item.getByText(/trả lời lúc .*: Giấy khai sinh ghi "Thi"/)).toBeVisible();
});
