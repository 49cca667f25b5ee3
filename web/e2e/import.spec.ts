import { type APIRequestContext, expect, type Page, test } from '@playwright/test';
import ExcelJS from 'exceljs';
import { readFile } from 'node:fs/promises';
import {
  apiPost,
  apiToken,
  expectAccessible,
  expectFitsWidth,
  screenshot,
  signIn,
} from './support';

// Names no other browser test looks for: the demo dataset's children stay as those tests expect.
const GOOD = ['Quách Thiên Lộc', 'Lương Bảo Hân', 'Đinh Thanh Trúc'];
const BAD_DATE = 'Tạ Quốc Vinh';
const BAD_COMMUNE = 'Kiều Thế Phong';

/** A .csv as a commune's spreadsheet saved as "CSV UTF-8": three good rows and two bad ones. */
function sheet(): Buffer {
  const rows = [
    ['Họ và tên', 'Ngày sinh', 'Giới tính', 'Mã tỉnh', 'Mã xã', 'Họ tên mẹ'],
    [GOOD[0], '12/05/2016', 'Nam', '01', '00004', 'Đào Thị Hương'],
    [GOOD[1], '03/11/2018', 'Nữ', '01', '00004', 'Lương Thị Hạnh'],
    [BAD_DATE, '31/02/2015', 'Nam', '01', '00004', 'Tạ Thị Mơ'], // row 4: no 31 February
    [GOOD[2], '20/08/2014', 'Nữ', '01', '00004', 'Vi Thị Lụa'],
    [BAD_COMMUNE, '01/01/2017', 'Nam', '01', '99999', 'Kiều Thị Nga'], // row 6: no such commune
  ];
  return Buffer.from(`\uFEFF${rows.map((row) => row.join(',')).join('\r\n')}\r\n`);
}
const FILE = { name: 'danh-sach-nhap.csv', mimeType: 'text/csv', buffer: sheet() };

async function openImport(page: Page) {
  await page.getByRole('button', { name: 'Nhập từ Excel' }).click();
  await expect(
    page.getByRole('heading', { name: 'Nhập danh sách trẻ em từ Excel', level: 1 }),
  ).toBeVisible();
}

/** Chooses a file as a person does with the keyboard: the button, Enter, the file dialog. */
async function chooseFile(page: Page, file: { name: string; mimeType: string; buffer: Buffer }) {
  await page.getByRole('button', { name: 'Chọn tệp' }).focus();
  const chooser = page.waitForEvent('filechooser');
  await page.keyboard.press('Enter');
  await (await chooser).setFiles(file);
  await expect(page.getByText(`Đã chọn: ${file.name}`)).toBeVisible();
}

/** The children the API finds by a name, as the officer's list would. */
async function found(request: APIRequestContext, name: string): Promise<string[]> {
  const token = await apiToken(request, 'demo.canbo');
  const response = await request.get('/api/v1/children', {
    headers: { Authorization: `Bearer ${token}` },
    params: { q: name },
  });
  expect(response.status()).toBe(200);
  const { items } = (await response.json()) as { items: { fullName: string }[] };
  return items.map((child) => child.fullName).filter((fullName) => fullName === name);
}

/** The report's rows as the screen shows them: row number, column, message. */
async function reportRows(page: Page): Promise<string[][]> {
  const table = page.getByRole('table', { name: 'Báo cáo lỗi theo dòng' });
  const rows = await table.getByRole('row').all();
  return Promise.all(rows.slice(1).map((row) => row.getByRole('cell').allInnerTexts()));
}

/** A count of the outcome, named by what it counts, holds `value`. */
async function expectCount(page: Page, label: string, value: number) {
  const group = page
    .getByRole('region', { name: /^3\. Kết quả/ })
    .getByRole('group', { name: label });
  await expect(group.getByText(String(value), { exact: true })).toBeVisible();
}

test.describe('importing children from a spreadsheet', () => {
  test.beforeEach(async ({ page }) => {
    await page.goto('/sign-in');
    await signIn(page, 'demo.canbo');
    await expect(page.getByRole('heading', { name: 'Danh sách trẻ em' })).toBeVisible();
  });

  test('template, check first, the report on screen and as a file, then the import', async ({
    page,
    request,
  }) => {
    await openImport(page);
    await expectAccessible(page);

    // The template: an .xlsx whose first sheet has the Vietnamese headers.
    const templateDownload = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Tải tệp mẫu (.xlsx)' }).click();
    const template = await templateDownload;
    expect(template.suggestedFilename()).toMatch(/\.xlsx$/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Uint8Array.from(await readFile(await template.path())).buffer);
    const headers = (workbook.worksheets[0].getRow(1).values as string[]).slice(1);
    expect(headers).toEqual(
      expect.arrayContaining(['Họ và tên', 'Ngày sinh', 'Giới tính', 'Mã tỉnh', 'Mã xã']),
    );

    // Nothing to check before a file is chosen; the file's field has a visible label.
    await expect(page.getByRole('button', { name: 'Kiểm tra thử' })).toBeDisabled();
    await expect(page.getByText('Tệp danh sách trẻ em (.xlsx hoặc .csv)')).toBeVisible();
    await expect(page.getByLabel('Tệp danh sách trẻ em (.xlsx hoặc .csv)')).toHaveAttribute(
      'type',
      'file',
    );
    await chooseFile(page, FILE);
    await expect(page.getByRole('button', { name: 'Nhập vào sổ' })).toHaveCount(0);

    // The check: its progress, then the counts and the refused rows, and nothing written.
    await page.getByRole('button', { name: 'Kiểm tra thử' }).click();
    const checkProgress = page.getByRole('progressbar', { name: 'Tiến độ kiểm tra thử' });
    await expect(checkProgress).toBeVisible();
    await expect(checkProgress).toHaveAttribute('aria-valuenow', '100');
    await expect(page.getByText('Đã xử lý 5 / 5 dòng')).toBeVisible();
    await expectCount(page, 'Sẽ thêm mới', 3);
    await expectCount(page, 'Dòng bị từ chối', 2);
    const report = await reportRows(page);
    expect(report.map(([row, column]) => [row, column])).toEqual([
      ['4', 'Ngày sinh'],
      ['6', 'Mã xã'],
    ]);
    expect(report[0][2]).toContain('31/02/2015');
    expect(report[1][2]).toContain('99999');
    for (const name of [...GOOD, BAD_DATE, BAD_COMMUNE])
      expect(await found(request, name)).toEqual([]);
    await expect(page.getByText('2 dòng bị lỗi sẽ không được nhập')).toBeVisible();
    await expectAccessible(page);
    await screenshot(page, 'import-dry-run');

    // The report as a file: the same rows, the columns as the spreadsheet heads them.
    const reportDownload = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Tải báo cáo lỗi (.xlsx)' }).click();
    const file = await reportDownload;
    expect(file.suggestedFilename()).toBe('bao-cao-nhap-tre-em.xlsx');
    const reportBook = new ExcelJS.Workbook();
    await reportBook.xlsx.load(Uint8Array.from(await readFile(await file.path())).buffer);
    const reportFile: string[][] = [];
    reportBook.worksheets[0].eachRow((row) =>
      reportFile.push((row.values as (string | number)[]).slice(1).map(String)),
    );
    expect(reportFile).toEqual([['Dòng', 'Cột', 'Lỗi'], ...report]);

    // The import: the good rows are written, the bad ones reported again.
    await page.getByRole('button', { name: 'Nhập vào sổ' }).click();
    const importProgress = page.getByRole('progressbar', { name: 'Tiến độ nhập vào sổ' });
    await expect(importProgress).toHaveAttribute('aria-valuenow', '100');
    await expect(page.getByText('Đã nhập xong tệp danh-sach-nhap.csv.')).toBeVisible();
    await expectCount(page, 'Đã thêm mới', 3);
    await expectCount(page, 'Dòng bị từ chối', 2);
    expect((await reportRows(page)).map(([row, column]) => [row, column])).toEqual([
      ['4', 'Ngày sinh'],
      ['6', 'Mã xã'],
    ]);
    await expectAccessible(page);
    await screenshot(page, 'import-done');

    await page.getByRole('link', { name: 'Xem danh sách trẻ em' }).click();
    const search = page.getByLabel('Tìm theo họ tên (có hoặc không dấu) hoặc số định danh');
    const table = page.getByRole('table', { name: 'Danh sách trẻ em' });
    for (const name of GOOD) {
      await search.fill(name);
      await expect(table.getByRole('link', { name })).toBeVisible();
    }
    for (const name of [BAD_DATE, BAD_COMMUNE]) expect(await found(request, name)).toEqual([]);
  });

  test('a file the API refuses, and a file it cannot read through, are explained', async ({
    page,
  }) => {
    await openImport(page);
    await chooseFile(page, {
      name: 'sai-mau.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('Tên,Tuổi\r\nAn,5\r\n'),
    });
    await page.getByRole('button', { name: 'Kiểm tra thử' }).click();
    await expect(page.getByRole('alert')).toContainText('Không nhận ra các cột: Tên, Tuổi');
    await expect(page.getByRole('progressbar')).toHaveCount(0);

    // The header is right, a row further down is not: the job fails, and says why.
    await chooseFile(page, {
      name: 'ngoac-kep.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(
        'Họ và tên,Ngày sinh,Giới tính,Mã tỉnh,Mã xã\r\nAn,01/01/2016,Nam,01,00004\r\n"Bình,01/01/2016,Nam,01,00004\r\n',
      ),
    });
    await expect(page.getByRole('alert')).toHaveCount(0);
    await page.getByRole('button', { name: 'Kiểm tra thử' }).click();
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('Tệp ngoac-kep.csv không nhập được');
    await expect(alert).toContainText('dấu ngoặc kép');
    await expect(page.getByRole('button', { name: 'Nhập vào sổ' })).toHaveCount(0);
    await expectAccessible(page);
  });

  test('at a phone’s size the screen fits, and a file with nothing new offers no import', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await openImport(page);
    await expectFitsWidth(page);
    await chooseFile(page, FILE); // imported by the first test: its good rows are in the register
    await page.getByRole('button', { name: 'Kiểm tra thử' }).click();
    await expectCount(page, 'Không thay đổi', 3);
    await expect(page.getByText('Tệp không có dòng nào để thêm mới hoặc cập nhật')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Nhập vào sổ' })).toHaveCount(0);
    await expect(page.getByRole('table', { name: 'Báo cáo lỗi theo dòng' })).toBeVisible();
    await expectFitsWidth(page);
    await expectAccessible(page);
    await screenshot(page, 'import-phone');
  });
});

test('a commune officer imports the allowance list, and the child’s page shows the support', async ({
  page,
  request,
}) => {
  const token = await apiToken(request, 'demo.canbo');
  const { id } = await apiPost(request, token, '/api/v1/children', {
    fullName: 'Sầm Thị Nhung',
    dateOfBirth: '2012-09-14',
    sex: 'female',
    provinceCode: '01',
    communeCode: '00004',
  });
  const rows = [
    ['Họ và tên', 'Ngày sinh', 'Loại hỗ trợ', 'Nguồn hỗ trợ', 'Từ ngày', 'Số tiền (đồng)'],
    ['Sam Thi Nhung', '14/09/2012', 'social_allowance', 'Nhà nước', '01/01/2026', '500.000'],
    ['Hứa Văn Không', '01/01/2015', 'social_allowance', 'Nhà nước', '01/01/2026', '500.000'],
  ];
  const file = {
    name: 'tro-cap.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(`\uFEFF${rows.map((row) => row.join(',')).join('\r\n')}\r\n`),
  };

  await page.goto('/sign-in');
  await signIn(page, 'demo.canbo');
  await openImport(page);
  await page.getByRole('radio', { name: 'Hỗ trợ trẻ em nhận được' }).click();
  await expect(page.getByRole('radio', { name: 'Hỗ trợ trẻ em nhận được' })).toBeChecked();
  await expect(
    page.getByRole('heading', { name: 'Nhập hỗ trợ trẻ em nhận được từ Excel', level: 1 }),
  ).toBeVisible();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Tải tệp mẫu (.xlsx)' }).click();
  expect((await download).suggestedFilename()).toBe('mau-nhap-ho-tro-tre-em.xlsx');

  await chooseFile(page, file);
  await page.getByRole('button', { name: 'Kiểm tra thử' }).click();
  await expectCount(page, 'Sẽ thêm mới', 1);
  await expectCount(page, 'Dòng bị từ chối', 1);
  expect(await reportRows(page)).toEqual([
    [
      '3',
      'Họ và tên',
      'Không có trẻ nào tên Hứa Văn Không sinh ngày 01/01/2015 trong địa bàn của bạn.',
    ],
  ]);
  await expect(page.getByText(/thêm mới 1 và cập nhật 0 khoản hỗ trợ\.$/)).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, 'import-supports');
  await page.getByRole('button', { name: 'Nhập vào sổ' }).click();
  await expectCount(page, 'Đã thêm mới', 1);

  await page.goto(`/children/${id}`);
  const allowance = page
    .getByRole('region', { name: 'Hỗ trợ trẻ em nhận được' })
    .getByRole('listitem')
    .filter({ hasText: 'Trợ cấp xã hội hằng tháng (Nghị định 20/2021/NĐ-CP)' });
  await expect(allowance).toContainText('500.000 đồng');
  await expect(allowance).toContainText('đang nhận');
});

test('the import is not offered to whom may not import', async ({ page }) => {
  await page.goto('/sign-in');
  await signIn(page, 'demo.so'); // the province officer reads and exports, never imports
  await expect(page.getByRole('heading', { name: 'Danh sách trẻ em' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Xuất Excel' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Nhập từ Excel' })).toHaveCount(0);
  await page.goto('/children/import');
  await expect(page.getByRole('heading', { name: 'Không tìm thấy' })).toBeVisible();
});
