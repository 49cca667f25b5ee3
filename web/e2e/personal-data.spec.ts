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

  // The commune's requests waiting for an answer, the oldest first, each leading to its child.
  await page.getByRole('link', { name: 'Yêu cầu sửa dữ liệu' }).click();
  await expect(
    page.getByRole('heading', { name: 'Yêu cầu chỉnh sửa dữ liệu cá nhân', level: 1 }),
  ).toBeVisible();
  const waiting = page
    .getByRole('table', { name: /^Chờ trả lời: yêu cầu chỉnh sửa tại / })
    .getByRole('row', { name: /Đinh Thi Ngọc/ });
  await expect(waiting).toContainText('Đinh Văn Hùng, bố của trẻ');
  await expect(waiting).toContainText('Tên đệm của cháu là "Thị", không phải "Thi".');
  await expectAccessible(page);
  await screenshot(page, 'correction-requests');
  await waiting.getByRole('link', { name: 'Đinh Thi Ngọc' }).click();
  await expect(page).toHaveURL(new RegExp(`/children/${id}$`));

  await item.getByRole('radio', { name: 'Không chỉnh sửa' }).check();
  await item.getByRole('button', { name: 'Lưu trả lời' }).click();
  await expect(item.getByText('Phải có ít nhất 3 ký tự.')).toBeVisible();
  await item
    .getByLabel('Trả lời người yêu cầu')
    .fill('Giấy khai sinh ghi "Thi"; đề nghị gia đình làm thủ tục cải chính hộ tịch trước.');
  await item.getByRole('button', { name: 'Lưu trả lời' }).click();
  await expect(item.getByText('Không chỉnh sửa', { exact: true })).toBeVisible();
  await expect(item.getByText(/trả lời lúc .*: Giấy khai sinh ghi "Thi"/)).toBeVisible();

  // Answered, it leaves the waiting list for the list of its answer.
  await page.getByRole('link', { name: 'Yêu cầu sửa dữ liệu' }).click();
  await expect(
    page.getByRole('table', { name: /^Chờ trả lời: / }).getByRole('row', { name: /Đinh Thi Ngọc/ }),
  ).toHaveCount(0);
  await page.getByRole('radio', { name: 'Không chỉnh sửa' }).check();
  await expect(
    page
      .getByRole('table', { name: /^Không chỉnh sửa: yêu cầu chỉnh sửa tại / })
      .getByRole('row', { name: /Đinh Thi Ngọc/ }),
  ).toContainText(
    'Giấy khai sinh ghi "Thi"; đề nghị gia đình làm thủ tục cải chính hộ tịch trước.',
  );
});
