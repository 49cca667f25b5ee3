import { expect, type Page, test } from '@playwright/test';
import { apiToken, expectAccessible, expectFitsWidth, screenshot, signIn } from './support';

// A child entered twice in the officer's ward: the second time with another ethnicity, the
// mother's name without its tone mark, an address and no village. The given name is the test's
// own, so no other record pairs with these.
const GIVEN = `Xuyến${Math.random().toString(36).slice(2, 6)}`;
const NAME = `Lường Thị ${GIVEN}`;
const FIRST = {
  fullName: NAME,
  dateOfBirth: '2017-06-12',
  sex: 'female',
  provinceCode: '01',
  communeCode: '00004',
  ethnicityCode: '01',
  village: 'Tổ dân phố 3',
  caregivers: [
    { relation: 'mother', fullName: 'Lường Thị Hạnh' },
    { relation: 'father', fullName: 'Lường Văn Tám' },
  ],
};
const SECOND = {
  ...FIRST,
  ethnicityCode: '03',
  village: undefined,
  address: 'Số 12 ngõ 34 Đội Cấn',
  caregivers: [
    { relation: 'mother', fullName: 'Lường Thị Hanh' },
    { relation: 'father', fullName: 'Lường Văn Tám' },
  ],
};

let first: { id: string };
let second: { id: string };

test.beforeAll(async ({ request }) => {
  const token = await apiToken(request, 'demo.canbo');
  const add = async (body: object) => {
    const response = await request.post('/api/v1/children', {
      headers: { Authorization: `Bearer ${token}` },
      data: body,
    });
    expect(response.status(), await response.text()).toBe(201);
    return (await response.json()) as { id: string };
  };
  first = await add(FIRST);
  second = await add(SECOND);
});

async function openPair(page: Page) {
  await page.goto('/sign-in');
  await signIn(page, 'demo.canbo');
  await expect(page.getByRole('heading', { name: 'Danh sách trẻ em' })).toBeVisible();
  await page
    .getByRole('navigation', { name: 'Điều hướng' })
    .getByRole('link', { name: 'Trùng lặp' })
    .click();
  await expect(page.getByRole('heading', { name: 'Hồ sơ trùng lặp', level: 1 })).toBeVisible();
  const pair = page
    .getByRole('table', { name: 'Hồ sơ trùng lặp' })
    .getByRole('row')
    .filter({ hasText: NAME });
  await expect(pair).toHaveCount(1);
  return pair;
}

const fieldRow = (page: Page, label: string) =>
  page
    .getByRole('table', { name: 'Hai hồ sơ, từng mục' })
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: new RegExp(`^${label}`) }) });

test('the officer compares a pair of records, merges them choosing the values, and undoes it', async ({
  page,
}) => {
  const pair = await openPair(page);
  // The reasons in the officer's words, with the likelihood.
  await expect(pair).toContainText('100%');
  for (const reason of [
    'Cùng họ và tên',
    'Cùng ngày sinh',
    'Cùng tên cha, mẹ hoặc người chăm sóc',
    'Cùng xã, phường',
  ]) {
    await expect(pair.getByText(reason)).toBeVisible();
  }
  await expectAccessible(page);
  await screenshot(page, 'duplicates');

  await pair.getByRole('link', { name: /So sánh và gộp/ }).click();
  await expect(page.getByRole('heading', { name: 'So sánh hai hồ sơ', level: 1 })).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`/children/duplicates/${first.id}/${second.id}$`));
  await expect(page.getByRole('heading', { name: 'Khả năng trùng: 100%' })).toBeVisible();
  // The differences are marked in words, the rest is not.
  for (const label of ['Dân tộc', 'Thôn, tổ dân phố', 'Địa chỉ', 'Cha, mẹ, người chăm sóc']) {
    await expect(fieldRow(page, label).getByText('Khác nhau')).toBeVisible();
  }
  for (const label of ['Họ và tên', 'Ngày sinh', 'Giới tính', 'Xã, phường']) {
    await expect(fieldRow(page, label).getByText('Khác nhau')).toHaveCount(0);
  }
  await expect(fieldRow(page, 'Dân tộc')).toContainText('Kinh');
  await expect(fieldRow(page, 'Dân tộc')).toContainText('Thái');
  await expect(fieldRow(page, 'Cha, mẹ, người chăm sóc')).toContainText('Mẹ: Lường Thị Hạnh');
  await expect(fieldRow(page, 'Cha, mẹ, người chăm sóc')).toContainText('Mẹ: Lường Thị Hanh');

  // Record A stays; its ethnicity and parents are taken from B, its village kept, B's address
  // fills its empty one.
  await page
    .getByRole('radiogroup', { name: 'Dân tộc' })
    .getByRole('radio', { name: 'Hồ sơ B' })
    .check();
  await page
    .getByRole('radiogroup', { name: 'Cha, mẹ, người chăm sóc' })
    .getByRole('radio', { name: 'Hồ sơ B' })
    .check();
  await expect(
    page
      .getByRole('radiogroup', { name: 'Thôn, tổ dân phố' })
      .getByRole('radio', { name: 'Hồ sơ A' }),
  ).toBeChecked();
  await expect(
    page.getByRole('radiogroup', { name: 'Địa chỉ' }).getByRole('radio', { name: 'Hồ sơ B' }),
  ).toBeChecked();
  await expect(
    page
      .getByRole('radiogroup', { name: 'Hồ sơ giữ lại' })
      .getByRole('radio', { name: /^Hồ sơ A/ }),
  ).toBeChecked();
  await expectAccessible(page);
  await screenshot(page, 'duplicates-pair');

  await page.getByRole('button', { name: 'Gộp hồ sơ' }).click();
  const dialog = page.getByRole('dialog', { name: 'Gộp hai hồ sơ?' });
  await expect(dialog).toContainText(`Hồ sơ B (${NAME}) sẽ được gộp vào Hồ sơ A (${NAME})`);
  await dialog.getByRole('button', { name: 'Gộp hồ sơ' }).click();

  // The surviving record, with the values chosen.
  await expect(page).toHaveURL(new RegExp(`/children/${first.id}$`));
  await expect(page.getByRole('heading', { name: NAME, level: 1 })).toBeVisible();
  await expect(page.getByText(`Đã gộp hồ sơ ${NAME} vào hồ sơ này.`)).toBeVisible();
  const identity = page.getByRole('region', { name: 'Nhân thân' });
  const place = page.getByRole('region', { name: 'Nơi cư trú' });
  const parents = page.getByRole('region', { name: 'Cha, mẹ, người chăm sóc' });
  await expect(identity).toContainText('Thái');
  await expect(place.getByText('Tổ dân phố 3', { exact: true })).toBeVisible();
  await expect(place.getByText('Số 12 ngõ 34 Đội Cấn', { exact: true })).toBeVisible();
  await expect(parents.getByText('Lường Thị Hanh', { exact: true })).toBeVisible();
  await expect(parents.getByText('Lường Thị Hạnh', { exact: true })).toHaveCount(0);
  await expect(parents.getByText('Lường Văn Tám', { exact: true })).toHaveCount(1);
  // The history names the merged record by a link to it, not by its id.
  const mergeRow = page
    .getByRole('table', { name: 'Lịch sử thay đổi' })
    .getByRole('row')
    .filter({ hasText: 'Gộp hồ sơ trùng vào' });
  await expect(mergeRow.getByRole('link', { name: 'hồ sơ kia' })).toHaveAttribute(
    'href',
    `/children/${second.id}`,
  );
  await expect(mergeRow).not.toContainText(second.id);
  await expectAccessible(page);
  await screenshot(page, 'duplicates-merged');

  // The other record's address leads to the surviving one.
  await page.goto(`/children/${second.id}`);
  await expect(page).toHaveURL(new RegExp(`/children/${first.id}$`));
  await expect(page.getByText('Hồ sơ bạn mở đã được gộp vào hồ sơ này.')).toBeVisible();
  await expect(page.getByRole('heading', { name: NAME, level: 1 })).toBeVisible();

  // Back to the notice of the merge: undone, both records are as they were.
  await page.goBack();
  await expect(page.getByText(`Đã gộp hồ sơ ${NAME} vào hồ sơ này.`)).toBeVisible();
  await page.getByRole('button', { name: 'Hoàn tác' }).click();
  await expect(
    page.getByText('Đã hoàn tác: hai hồ sơ đã trở lại như trước khi gộp.'),
  ).toBeVisible();
  await expect(identity).toContainText('Kinh');
  await expect(parents.getByText('Lường Thị Hạnh', { exact: true })).toBeVisible();
  await expect(place.getByText('Số 12 ngõ 34 Đội Cấn', { exact: true })).toHaveCount(0);
  await page.getByRole('link', { name: `Xem hồ sơ ${NAME}` }).click();
  await expect(page).toHaveURL(new RegExp(`/children/${second.id}$`));
  await expect(identity).toContainText('Thái');
  await expect(place.getByText('Số 12 ngõ 34 Đội Cấn', { exact: true })).toBeVisible();
  await expect(parents.getByText('Lường Thị Hanh', { exact: true })).toBeVisible();

  // Both are found again, in the list and as a pair.
  await page.getByRole('link', { name: 'Danh sách trẻ em' }).click();
  await page.getByLabel(/Tìm theo họ tên/).fill(`luong thi ${GIVEN.toLowerCase()}`);
  const list = page.getByRole('table', { name: 'Danh sách trẻ em' });
  await expect(list.getByRole('link', { name: NAME })).toHaveCount(2);
  await page
    .getByRole('navigation', { name: 'Điều hướng' })
    .getByRole('link', { name: 'Trùng lặp' })
    .click();
  await expect(
    page.getByRole('table', { name: 'Hồ sơ trùng lặp' }).getByRole('row').filter({ hasText: NAME }),
  ).toHaveCount(1);
});

test('a province officer chooses the ward, and may compare the pair but not merge it', async ({
  page,
}) => {
  await page.goto('/sign-in');
  await signIn(page, 'demo.so');
  await page
    .getByRole('navigation', { name: 'Điều hướng' })
    .getByRole('link', { name: 'Trùng lặp' })
    .click();
  await expect(page.getByText('Chọn xã, phường để tìm hồ sơ trùng lặp.').first()).toBeVisible();
  await page.getByRole('combobox', { name: 'Xã, phường' }).fill('Ba Đình');
  await page.getByTitle('Phường Ba Đình', { exact: true }).click();
  const pair = page
    .getByRole('table', { name: 'Hồ sơ trùng lặp' })
    .getByRole('row')
    .filter({ hasText: NAME });
  await expect(pair.getByRole('link', { name: /So sánh và gộp/ })).toHaveCount(0);
  await pair.getByRole('link', { name: /^So sánh/ }).click();
  await expect(page.getByRole('heading', { name: 'So sánh hai hồ sơ', level: 1 })).toBeVisible();
  await expect(fieldRow(page, 'Dân tộc').getByText('Khác nhau')).toBeVisible();
  await expect(page.getByRole('radiogroup')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Gộp hồ sơ' })).toHaveCount(0);
  await expectAccessible(page);
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('the list and the pair fit the screen, the record points to its duplicate, and a value is chosen with the keyboard', async ({
    page,
  }) => {
    await openPair(page);
    await screenshot(page, 'duplicates-phone');
    await expectFitsWidth(page);

    // The record itself names its likely duplicate, and leads to the pair.
    await page.goto(`/children/${first.id}`);
    const panel = page.getByRole('region', { name: 'Hồ sơ có thể trùng lặp' });
    await expect(panel.getByRole('link', { name: NAME, exact: true })).toHaveAttribute(
      'href',
      `/children/${second.id}`,
    );
    await expect(panel).toContainText('khả năng trùng 100%');
    await panel.getByRole('link', { name: /So sánh và gộp/ }).click();
    await expect(page).toHaveURL(new RegExp(`/children/duplicates/${first.id}/${second.id}$`));
    await expect(page.getByRole('heading', { name: 'So sánh hai hồ sơ', level: 1 })).toBeVisible();
    await expectFitsWidth(page);
    const ethnicity = page.getByRole('radiogroup', { name: 'Dân tộc' });
    await ethnicity.getByRole('radio', { name: 'Hồ sơ A' }).focus();
    await page.keyboard.press('ArrowRight');
    await expect(ethnicity.getByRole('radio', { name: 'Hồ sơ B' })).toBeChecked();
    await expectAccessible(page);
    await screenshot(page, 'duplicates-pair-phone');
  });
});
