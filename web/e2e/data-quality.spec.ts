import { expect, type Page, test } from '@playwright/test';
import { apiToken, expectAccessible, expectFitsWidth, screenshot, signIn } from './support';

/** Each kind of problem as the worklist names it. */
const KINDS = {
  missingPersonalId: 'Chưa có số định danh cá nhân',
  malformedPersonalId: 'Số định danh sai hoặc không khớp năm sinh, giới tính',
  unknownSex: 'Chưa rõ giới tính',
  estimatedDateOfBirth: 'Ngày sinh ước tính',
  missingEthnicity: 'Chưa có dân tộc',
  missingParentOrGuardian: 'Chưa có cha, mẹ hoặc người giám hộ',
  specialCircumstancesPast16: 'Đủ 16 tuổi nhưng còn hoàn cảnh đặc biệt',
  pre2025CommuneCode: 'Còn mã xã, phường cũ (trước 01/07/2025)',
} as const;

const BA_DINH = '00004';

const kinds = (page: Page) => page.getByRole('radiogroup', { name: 'Vấn đề theo loại' });
/** The radio of a kind, whatever its count. */
const kind = (page: Page, name: string) =>
  kinds(page).getByRole('radio', {
    name: new RegExp(`^${name.replace(/[()]/g, '\\$&')} \\d+ hồ sơ$`),
  });

test('a province officer chooses the commune, and sees its records without being offered to fix them', async ({
  page,
}) => {
  await page.goto('/sign-in');
  await signIn(page, 'demo.so');
  await page.getByRole('link', { name: 'Làm sạch dữ liệu' }).click();
  await expect(page.getByText('Chọn xã, phường để xem các hồ sơ cần làm sạch.')).toBeVisible();
  await page.getByRole('combobox', { name: 'Xã, phường' }).fill('Ngọc Hà');
  await page.getByTitle('Phường Ngọc Hà', { exact: true }).click();
  await expect(page.getByText(/^Phường Ngọc Hà có \d+ hồ sơ trẻ em\.$/)).toBeVisible();
  await kind(page, KINDS.missingParentOrGuardian).check();
  const table = page.getByRole('table', { name: KINDS.missingParentOrGuardian });
  await expect(table.getByRole('link', { name: 'Ngô Thảo Vy', exact: true })).toBeVisible();
  // Not the other ward's, nor this ward's children with a parent (the list shows the kind's own).
  await expect(table.getByRole('link', { name: 'Hoàng Gia Bảo', exact: true })).toHaveCount(0);
  await expect(table.getByRole('link', { name: 'Vũ Đức Huy', exact: true })).toHaveCount(0);
  await expect(table.getByRole('link', { name: /^Sửa/ })).toHaveCount(0);
  await expect(page).toHaveURL(/commune=00008&problem=missingParentOrGuardian/);
  await expectAccessible(page);
  await screenshot(page, 'data-quality-province');
});

test.describe('the data-quality worklist', () => {
  test.beforeEach(async ({ page }) => {
    await page.goto('/sign-in');
    await signIn(page, 'demo.canbo');
    await expect(page.getByRole('heading', { name: 'Danh sách trẻ em' })).toBeVisible();
  });

  test('counts the problems by kind, opens a record at the field to fix, and the fix leaves the list', async ({
    page,
    request,
  }) => {
    // A child of the officer's ward whose only problem is the missing personal ID.
    const token = await apiToken(request, 'demo.canbo');
    const headers = { Authorization: `Bearer ${token}` };
    const name = 'Quách Thị Thu Hiền';
    const created = await request.post('/api/v1/children', {
      headers,
      data: {
        fullName: name,
        dateOfBirth: '2017-04-12',
        sex: 'female',
        ethnicityCode: '01',
        provinceCode: '01',
        communeCode: BA_DINH,
        caregivers: [{ relation: 'mother', fullName: 'Quách Thị Hạnh' }],
      },
    });
    expect(created.status(), await created.text()).toBe(201);
    const quality = await request.get(`/api/v1/children/data-quality?communeCode=${BA_DINH}`, {
      headers,
    });
    const { counts } = (await quality.json()) as { counts: Record<string, number> };
    // The demo ward has records without an ethnicity or a parent (Hoàng Gia Bảo).
    expect(counts.missingEthnicity).toBeGreaterThan(0);
    expect(counts.missingParentOrGuardian).toBeGreaterThan(0);

    await page.getByRole('link', { name: 'Làm sạch dữ liệu' }).click();
    await expect(page.getByRole('heading', { name: 'Làm sạch dữ liệu', level: 1 })).toBeVisible();
    await expect(
      page.getByText(`Phường Ba Đình có ${counts.children} hồ sơ trẻ em.`),
    ).toBeVisible();
    for (const [code, label] of Object.entries(KINDS)) {
      await expect(
        kinds(page).getByRole('radio', { name: `${label} ${counts[code]} hồ sơ`, exact: true }),
      ).toBeVisible();
    }
    await expect(kinds(page).getByRole('radio', { name: 'Tất cả vấn đề' })).toBeChecked();

    // One kind: only its records.
    await kind(page, KINDS.missingEthnicity).check();
    const noEthnicity = page.getByRole('table', { name: KINDS.missingEthnicity });
    await expect(
      noEthnicity.getByRole('link', { name: 'Hoàng Gia Bảo', exact: true }),
    ).toBeVisible();
    await expect(noEthnicity.getByRole('link', { name, exact: true })).toHaveCount(0);
    await expect(noEthnicity.getByRole('row')).toHaveCount(counts.missingEthnicity + 1);
    await expect(page).toHaveURL(/problem=missingEthnicity/);

    await kind(page, KINDS.missingPersonalId).check();
    const noId = page.getByRole('table', { name: KINDS.missingPersonalId });
    const row = noId
      .getByRole('row')
      .filter({ has: page.getByRole('link', { name, exact: true }) });
    await expect(row).toContainText('12/04/2017');
    await expect(row.getByRole('listitem')).toHaveText([KINDS.missingPersonalId]);
    await expectAccessible(page);
    await screenshot(page, 'data-quality');

    // "Sửa" opens the edit form with the cursor in the personal ID; typed and saved by keyboard.
    await row.getByRole('link', { name: `Sửa ${name}` }).click();
    await expect(page.getByRole('heading', { name: `Sửa hồ sơ: ${name}` })).toBeVisible();
    await expect(page).toHaveURL(/\/edit\?field=personalId$/);
    const personalId = page.getByLabel('Số định danh cá nhân').first();
    await expect(personalId).toBeFocused();
    await expect(personalId).toBeInViewport();
    await page.keyboard.type(`001317${String(Date.now() % 1_000_000).padStart(6, '0')}`);
    await page.keyboard.press('Enter');

    // Back on the worklist, at the same kind: one record fewer, and not this one.
    await expect(page.getByRole('status').filter({ hasText: 'Đã lưu hồ sơ' })).toBeVisible();
    await expect(kind(page, KINDS.missingPersonalId)).toBeChecked();
    await expect(
      kinds(page).getByRole('radio', {
        name: `${KINDS.missingPersonalId} ${counts.missingPersonalId - 1} hồ sơ`,
        exact: true,
      }),
    ).toBeVisible();
    await expect(noId.getByRole('link', { name: 'Lê Minh Khôi', exact: true })).toBeVisible();
    await expect(noId.getByRole('link', { name, exact: true })).toHaveCount(0);
  });

  test('works with the keyboard alone', async ({ page }) => {
    await page.getByRole('link', { name: 'Làm sạch dữ liệu' }).click();
    const all = kinds(page).getByRole('radio', { name: 'Tất cả vấn đề' });
    await expect(all).toBeChecked();
    await all.focus();
    await page.keyboard.press('ArrowDown');
    await expect(kind(page, KINDS.missingPersonalId)).toBeChecked();
    const table = page.getByRole('table', { name: KINDS.missingPersonalId });
    await expect(table.getByRole('link', { name: 'Lê Minh Khôi', exact: true })).toBeVisible();
    const fix = table.getByRole('link', { name: 'Sửa Lê Minh Khôi' });
    for (let i = 0; i < 40 && !(await fix.evaluate((el) => el === document.activeElement)); i++) {
      await page.keyboard.press('Tab');
    }
    await expect(fix).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { name: 'Sửa hồ sơ: Lê Minh Khôi' })).toBeVisible();
    await expect(page.getByLabel('Số định danh cá nhân').first()).toBeFocused();
  });

  test('at a phone’s size the worklist fits, and the form scrolls to the field to fix', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/children/data-quality');
    await kind(page, KINDS.missingParentOrGuardian).check();
    const table = page.getByRole('table', { name: KINDS.missingParentOrGuardian });
    await expect(table.getByRole('link', { name: 'Hoàng Gia Bảo', exact: true })).toBeVisible();
    await expect(table.getByRole('link', { name: 'Lê Minh Khôi', exact: true })).toHaveCount(0);
    await expectFitsWidth(page);
    await expectAccessible(page);
    await screenshot(page, 'data-quality-phone');

    // His one caregiver is "other": the form opens at that caregiver's relation, far down.
    await table.getByRole('link', { name: 'Sửa Hoàng Gia Bảo' }).click();
    await expect(page.getByRole('heading', { name: 'Sửa hồ sơ: Hoàng Gia Bảo' })).toBeVisible();
    const relation = page.getByRole('combobox', { name: 'Quan hệ' });
    await expect(relation).toBeFocused();
    await expect(relation).toBeInViewport();
    await expectFitsWidth(page);
    await page.getByRole('link', { name: 'Quay lại danh sách làm sạch dữ liệu' }).click();
    await expect(kind(page, KINDS.missingParentOrGuardian)).toBeChecked();
  });
});
