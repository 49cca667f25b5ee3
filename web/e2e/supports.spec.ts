import { expect, test } from '@playwright/test';
import {
  apiPost,
  apiToken,
  choose,
  expectAccessible,
  removeConfirmed,
  screenshot,
  signIn,
} from './support';

test('a commune officer records the support a child receives, and removes one recorded by mistake', async ({
  page,
  request,
}) => {
  const token = await apiToken(request, 'demo.canbo');
  const { id } = await apiPost(request, token, '/api/v1/children', {
    fullName: 'Lò Thị Hiền',
    dateOfBirth: '2013-04-12',
    sex: 'female',
    provinceCode: '01',
    communeCode: '00004',
    specialCircumstances: [{ code: 'a', since: '2021-01-01' }],
  });

  await page.goto('/sign-in');
  await signIn(page, 'demo.canbo');
  await expect(page.getByRole('button', { name: 'Đăng xuất' })).toBeVisible();
  await page.goto(`/children/${id}`);
  const panel = page.getByRole('region', { name: 'Hỗ trợ trẻ em nhận được' });
  await expect(panel.getByText('Chưa ghi nhận hỗ trợ nào.')).toBeVisible();

  // The monthly allowance, from the state, still received.
  const form = panel.locator('form.support-new');
  await choose(page, form, 'Loại hỗ trợ', 'Trợ cấp xã hội hằng tháng (Nghị định 20/2021/NĐ-CP)');
  await form.getByLabel('Số tiền (đồng)').fill('500000');
  await form.getByLabel('Chương trình, đề án').fill('Trợ cấp xã hội hằng tháng');
  await form.getByRole('button', { name: 'Ghi nhận hỗ trợ' }).click();
  const allowance = panel
    .getByRole('listitem')
    .filter({ hasText: 'Trợ cấp xã hội hằng tháng (Nghị định 20/2021/NĐ-CP)' });
  await expect(allowance).toContainText('đang nhận');
  await expect(allowance).toContainText('Nhà nước');
  await expect(allowance).toContainText('500.000 đồng');

  // A donor's gift needs the donor's name: the form says so beside the field.
  await choose(page, form, 'Loại hỗ trợ', 'Quà tặng');
  await form.getByRole('radio', { name: 'Nhà tài trợ' }).check();
  await form.getByRole('button', { name: 'Ghi nhận hỗ trợ' }).click();
  await expect(form.getByText('Cần ghi tên cơ quan, tổ chức hoặc nhà tài trợ.')).toBeVisible();
  await form.getByLabel('Tên tổ chức, nhà tài trợ').fill('Công ty Hoa Sen');
  await form.getByRole('button', { name: 'Ghi nhận hỗ trợ' }).click();
  const gift = panel.getByRole('listitem').filter({ hasText: 'Quà tặng' });
  await expect(gift).toContainText('Nhà tài trợ: Công ty Hoa Sen');
  await expectAccessible(page);
  await screenshot(page, 'supports');

  // Recorded by mistake: removed, the allowance stays.
  await removeConfirmed(page, gift);
  await expect(allowance).toBeVisible();
});

test('a commune officer records an accident the child suffered, apart from the risk factors', async ({
  page,
  request,
}) => {
  const token = await apiToken(request, 'demo.canbo');
  const { id } = await apiPost(request, token, '/api/v1/children', {
    fullName: 'Mùa A Chư',
    dateOfBirth: '2016-08-09',
    sex: 'male',
    provinceCode: '01',
    communeCode: '00004',
  });

  await page.goto('/sign-in');
  await signIn(page, 'demo.canbo');
  await expect(page.getByRole('button', { name: 'Đăng xuất' })).toBeVisible();
  await page.goto(`/children/${id}`);
  const panel = page.getByRole('region', { name: 'Tai nạn, thương tích' });
  await expect(panel.getByText('Chưa ghi nhận tai nạn, thương tích nào.')).toBeVisible();

  const form = panel.locator('form.support-new');
  await choose(page, form, 'Loại tai nạn, thương tích', 'Đuối nước');
  await choose(page, form, 'Kết quả', 'Để lại di chứng');
  await form.getByLabel('Nơi xảy ra').fill('Ao làng, tổ dân phố 4');
  await form.getByRole('button', { name: 'Ghi nhận' }).click();
  const drowning = panel.getByRole('listitem').filter({ hasText: 'Đuối nước' });
  await expect(drowning).toContainText('Ao làng, tổ dân phố 4');
  await expect(drowning).toContainText('Để lại di chứng');
  // Not a risk factor of the record.
  await expect(page.getByRole('region', { name: 'Yếu tố nguy cơ' })).not.toContainText('Đuối nước');
  await expectAccessible(page);
  await screenshot(page, 'injuries');
});
