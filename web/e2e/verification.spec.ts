import { expect, test } from '@playwright/test';
import { PORT } from '../playwright.config';
import { apiPost, apiToken, expectAccessible, screenshot, signIn } from './support';

const BA_DINH = '00004';
/** The stand-in of the population database's service the test server runs (e2e/server.mjs). */
const STAND_IN = `http://127.0.0.1:${PORT + 1}`;

/** Six digits of its own for each run, so the personal IDs are new to the registry. */
const serial = String(Date.now() % 1_000_000).padStart(6, '0');
const KHANG = {
  fullName: 'An Minh Khang',
  dateOfBirth: '2016-02-14',
  sex: 'male',
  personalId: `001216${serial}`,
};
const MAI = {
  fullName: 'Âu Thị Mai',
  dateOfBirth: '2015-09-03',
  sex: 'female',
  personalId: `001315${serial}`,
};

test('a commune officer checks the commune online and settles what differs, field by field', async ({
  page,
  request,
}) => {
  const token = await apiToken(request, 'demo.canbo');
  const ids: Record<string, string> = {};
  for (const [key, child] of Object.entries({ KHANG, MAI })) {
    ids[key] = (
      await apiPost(request, token, '/api/v1/children', {
        ...child,
        provinceCode: '01',
        communeCode: BA_DINH,
      })
    ).id;
  }
  // The database knows Khang born a day later, and has no Mai.
  const known = await request.post(`${STAND_IN}/__stand-in/people`, {
    data: [{ ...KHANG, dateOfBirth: '2016-02-15' }],
  });
  expect(known.status()).toBe(204);

  await page.goto('/sign-in');
  await signIn(page, 'demo.canbo');
  await page.getByRole('link', { name: 'Đối chiếu dân cư' }).click();
  await expect(
    page.getByRole('heading', { name: 'Đối chiếu với Cơ sở dữ liệu quốc gia về dân cư' }),
  ).toBeVisible();
  await page.getByRole('checkbox', { name: 'Đối chiếu lại cả hồ sơ đã đối chiếu hôm nay' }).check();
  await page.getByRole('button', { name: 'Bắt đầu đối chiếu trực tuyến' }).click();
  await expect(page.getByRole('status').getByText(/^Đã đối chiếu xong \d+ hồ sơ lúc/)).toBeVisible({
    timeout: 30_000,
  });

  const khang = page.getByRole('region', { name: KHANG.fullName });
  const compared = khang.getByRole('table', { name: `So sánh thông tin của ${KHANG.fullName}` });
  const row = compared.getByRole('row', { name: /Ngày sinh/ });
  await expect(row.getByRole('cell').nth(0)).toHaveText('14/02/2016');
  await expect(row.getByRole('cell').nth(1)).toHaveText('15/02/2016');
  await khang.getByRole('checkbox', { name: 'Lấy ngày sinh theo CSDL dân cư' }).check();

  const mai = page.getByRole('region', { name: MAI.fullName });
  await expect(mai.getByText('Không tìm thấy người này trong CSDL dân cư.')).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, 'verification-worklist');

  await khang.getByRole('button', { name: `Lưu kết quả ${KHANG.fullName}` }).click();
  // The record leaves the list of those to settle; the notice says it was saved.
  await expect(
    page.getByRole('status').getByText(`Đã lưu kết quả đối chiếu của ${KHANG.fullName}.`),
  ).toBeVisible();
  await expect(khang).toHaveCount(0);

  // Keeping the record's details needs a reason.
  await mai.getByRole('button', { name: `Lưu kết quả ${MAI.fullName}` }).click();
  await expect(mai.getByText(/^Cần ghi lý do giữ nguyên thông tin của hồ sơ/)).toBeVisible();
  await mai
    .getByLabel('Lý do giữ thông tin của hồ sơ')
    .fill('Trẻ chưa đăng ký khai sinh; đã hướng dẫn gia đình đi đăng ký.');
  await mai.getByRole('button', { name: `Lưu kết quả ${MAI.fullName}` }).click();
  await expect(
    page.getByRole('status').getByText(`Đã lưu kết quả đối chiếu của ${MAI.fullName}.`),
  ).toBeVisible();
  await expect(mai).toHaveCount(0);

  await page.getByRole('radio', { name: 'Đã giữ thông tin của hồ sơ' }).check();
  await expect(page.getByRole('region', { name: MAI.fullName })).toBeVisible();
  await expect(page.getByRole('region', { name: KHANG.fullName })).toHaveCount(0);

  // The record: verified, the date taken from the database in its history.
  await page.goto(`/children/${ids.KHANG}`);
  await expect(page.getByText('Đã khớp', { exact: true })).toBeVisible();
  await expect(page.getByText('15/02/2016').first()).toBeVisible();
  const history = page.getByRole('table', { name: 'Lịch sử thay đổi' });
  await expect(history.getByText('Lấy thông tin theo CSDL dân cư')).toBeVisible();
});

test('a verified record asks why its name changes, and is to be checked again', async ({
  page,
  request,
}) => {
  const token = await apiToken(request, 'demo.canbo');
  const child = {
    fullName: 'An Thị Hoa',
    dateOfBirth: '2014-05-06',
    sex: 'female',
    personalId: `001314${serial}`,
  };
  const { id } = await apiPost(request, token, '/api/v1/children', {
    ...child,
    provinceCode: '01',
    communeCode: BA_DINH,
  });
  await request.post(`${STAND_IN}/__stand-in/people`, { data: [child] });
  await apiPost(request, token, '/api/v1/population/verification-runs', {
    communeCode: BA_DINH,
    force: true,
  });
  await expect(async () => {
    const record = await request.get(`/api/v1/children/${id}`, {
      headers: { Authorization: `Bearer ${token}` },
    });
    expect(((await record.json()) as { verificationStatus: string }).verificationStatus).toBe(
      'verified',
    );
  }).toPass({ timeout: 30_000 });

  await page.goto('/sign-in');
  await signIn(page, 'demo.canbo');
  // Signed in before the address changes: a navigation meanwhile would cut the sign-in short.
  await expect(page.getByRole('button', { name: 'Đăng xuất' })).toBeVisible();
  await page.goto(`/children/${id}/edit`);
  await page.getByLabel('Họ và tên').fill('An Thị Hoà');
  await page.getByRole('button', { name: 'Lưu' }).click();
  await expect(page.getByRole('alert')).toContainText('ghi lý do');
  await page
    .getByLabel('Lý do sửa thông tin đã khớp CSDL dân cư')
    .fill('Giấy khai sinh viết “Hoà”; đề nghị công an xã cập nhật CSDL dân cư.');
  await page.getByRole('button', { name: 'Lưu' }).click();
  await expect(page.getByRole('heading', { name: 'An Thị Hoà' })).toBeVisible();
  await expect(page.getByText('Chưa đối chiếu', { exact: true })).toBeVisible();
  await expect(page.getByText(/Lý do: Giấy khai sinh viết “Hoà”/)).toBeVisible();
});

test('without a connection, the commune checks by file with the commune police', async ({
  page,
  request,
}) => {
  const token = await apiToken(request, 'demo.canbo');
  const child = {
    fullName: 'An Văn Phúc',
    dateOfBirth: '2013-11-30',
    sex: 'male',
    personalId: `001213${serial}`,
  };
  const { id } = await apiPost(request, token, '/api/v1/children', {
    ...child,
    provinceCode: '01',
    communeCode: BA_DINH,
  });

  await page.goto('/sign-in');
  await signIn(page, 'demo.canbo');
  await page.getByRole('link', { name: 'Đối chiếu dân cư' }).click();
  const file = page.getByRole('region', { name: 'Đối chiếu bằng tệp' });
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    file.getByRole('button', { name: 'Tải danh sách cần đối chiếu (.xlsx)' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^doi-chieu-dan-cu-00004-\d{4}-\d{2}-\d{2}\.xlsx$/);

  // What the police send back: his row, the database knowing him as An Văn Phú.
  const answered = [
    'Mã hồ sơ (ID),Họ và tên,Ngày sinh,Giới tính,Số định danh cá nhân,"Thôn, tổ dân phố",Kết quả đối chiếu,Họ và tên theo CSDL dân cư',
    `${id},${child.fullName},30/11/2013,Nam,${child.personalId},,Sai khác,AN VĂN PHÚ`,
    `${id.slice(0, 8)},Ai Đó,01/01/2015,Nam,,,Khớp,`,
  ].join('\n');
  // Chosen as a person does with the keyboard: the button, Enter, the file dialog.
  await file.getByRole('button', { name: 'Chọn tệp kết quả' }).focus();
  const chooser = page.waitForEvent('filechooser');
  await page.keyboard.press('Enter');
  await (
    await chooser
  ).setFiles({ name: 'ket-qua.csv', mimeType: 'text/csv', buffer: Buffer.from(answered) });
  await expect(
    file.getByText('Đã ghi nhận: 0 khớp, 1 có sai khác, 0 không tìm thấy; 0 dòng chưa có kết quả.'),
  ).toBeVisible();
  await expect(file.getByText(/^Dòng 3: Dòng không có mã hồ sơ/)).toBeVisible();
  const phuc = page.getByRole('region', { name: child.fullName });
  await expect(phuc.getByRole('row', { name: /Họ và tên/ })).toContainText('AN VĂN PHÚ');
  await expectAccessible(page);
  await screenshot(page, 'verification-file');
});
