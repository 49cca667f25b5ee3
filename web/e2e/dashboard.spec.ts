import { expect, type Page, test } from '@playwright/test';
import {
  apiPost,
  apiToken,
  demoCode,
  expectAccessible,
  expectFitsWidth,
  screenshot,
  signIn,
} from './support';

async function openDashboard(page: Page, username: string) {
  await page.goto('/sign-in');
  await signIn(page, username);
  await page
    .getByRole('navigation', { name: 'Điều hướng' })
    .getByRole('link', { name: 'Thống kê' })
    .click();
  await expect(page.getByRole('heading', { name: 'Thống kê và chỉ tiêu', level: 1 })).toBeVisible();
}

const targets = (page: Page) => page.getByRole('region', { name: /^Chỉ tiêu năm/ });

test('the province officer sees the targets beside the figures and drills from the province to a commune', async ({
  page,
  request,
}) => {
  test.setTimeout(120_000);
  await openDashboard(page, 'demo.so');
  const region = targets(page);
  for (const target of [
    'Tỷ lệ trẻ em có hoàn cảnh đặc biệt',
    'Tỷ lệ trẻ em có hoàn cảnh đặc biệt được trợ giúp',
    'Tỷ lệ trẻ em bị xâm hại được can thiệp kịp thời',
  ]) {
    await expect(region.getByRole('heading', { name: target, exact: true })).toBeVisible();
  }
  await expect(region).toContainText('Chỉ tiêu: dưới 1%');
  await expect(region).toContainText('Chỉ tiêu: 100%');
  // The officer sees exact figures: no count is hidden.
  await expect(page.getByText('< 5')).toHaveCount(0);
  await expect(region).toContainText(/\d+ trong tổng số \d+ trẻ em/);

  // The province, then its communes by area; a commune's name opens that commune.
  const crumbs = page.getByRole('navigation', { name: 'Địa bàn đang xem' });
  await expect(crumbs).toContainText('Hà Nội');
  const byArea = page.getByRole('table', { name: 'Theo địa bàn' });
  await expect(byArea.getByRole('link', { name: /Ba Đình/ })).toBeVisible();
  await expect(byArea.getByRole('link', { name: /Ngọc Hà/ })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Theo năm' }).getByRole('row')).toHaveCount(4);
  await expectAccessible(page);
  await screenshot(page, 'dashboard-province');

  await byArea.getByRole('link', { name: /Ba Đình/ }).click();
  await expect(page).toHaveURL(/communeCode=00004/);
  await expect(crumbs).toContainText('Ba Đình');
  await expect(page.getByRole('table', { name: 'Theo địa bàn' }).getByRole('row')).toHaveCount(2);
  // The commune's open cases as the API counts them now (other files' tests add to the demo's).
  const token = await apiToken(request, 'demo.so');
  const figures = await request.get('/api/v1/reports/dashboard?communeCode=00004', {
    headers: { Authorization: `Bearer ${token}` },
  });
  const open = ((await figures.json()) as { cases: { open: number } }).cases.open;
  expect(open).toBeGreaterThanOrEqual(2);
  await expect(page.getByRole('region', { name: 'Vụ việc', exact: true })).toContainText(
    `${open} vụ việc đang xử lý`,
  );
  // Back up to the province by the breadcrumb.
  await crumbs.getByRole('link', { name: /Hà Nội/ }).click();
  await expect(page).not.toHaveURL(/communeCode/);
  await expect(byArea.getByRole('link', { name: /Ngọc Hà/ })).toBeVisible();

  // The indicators with their breakdowns, and the official tables.
  const indicators = page.getByRole('region', { name: /Chỉ tiêu thống kê/ });
  await indicators.getByText('Dân số trẻ em').click();
  await expect(indicators.getByRole('table', { name: 'I-0101 theo giới tính' })).toBeVisible();
  // A code the Circular's appendix did not confirm is marked, never shown as official.
  await expect(indicators.getByText('I-0101', { exact: true })).toBeVisible();
  await expect(indicators.getByText('I-0301 (*)', { exact: true })).toBeVisible();
  await expect(indicators).toContainText('(*) Mã số tạm của phần mềm');
  // The demo's sanction: the fines in đồng, the decisions by who committed the violation.
  await expect(indicators).toContainText(/III-0202 \(\*\) Số tiền phạt [^:]*: [\d.]+ đồng/);
  await indicators.getByText('Số vụ vi phạm hành chính về xâm hại trẻ em bị xử phạt').click();
  await expect(
    indicators
      .getByRole('table', { name: 'III-0201 theo đối tượng vi phạm' })
      .getByRole('row', { name: /Cá nhân/ }),
  ).toBeVisible();
  // The demo case's abuser, the father, by his relationship to the child.
  await indicators.getByText('Số đối tượng xâm hại trẻ em').click();
  await expect(
    indicators
      .getByRole('table', { name: 'III-0105 theo quan hệ với trẻ em' })
      .getByRole('row', { name: /Cha, mẹ/ }),
  ).toBeVisible();
  const download = page.waitForEvent('download');
  await indicators.getByRole('button', { name: 'Tải biểu báo cáo (.xlsx)' }).click();
  expect((await download).suggestedFilename()).toMatch(/^chi-tieu-tre-em-\d{4}\.xlsx$/);

  // Which communes have submitted their report (every commune of Hà Nội); the lists for action.
  await page.getByRole('radio', { name: 'Báo cáo năm' }).check();
  const submissions = page.getByRole('region', { name: /^Nộp báo cáo năm \d{4} của các xã/ });
  await expect(submissions).toContainText(/Quá hạn chưa nộp: \d+|Chưa nộp, chưa đến hạn: \d+/);
  await submissions.getByText(/Tình hình nộp báo cáo của \d+ xã, phường/).click();
  await expect(
    submissions
      .getByRole('table', { name: 'Tình hình nộp báo cáo của từng xã, phường' })
      .getByRole('row', { name: /Phường Ngọc Hà/ }),
  ).toBeVisible();
  const lists = page.getByRole('table', { name: 'Danh sách cần xử lý' });
  await expect(lists.getByRole('row', { name: /Trẻ em có hoàn cảnh đặc biệt/ })).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, 'dashboard-indicators');
});

test('the statistician sees aggregates only, small counts hidden', async ({ page }) => {
  await openDashboard(page, 'demo.thongke');
  // The demo's few children: every count under 5 is shown as hidden, never as a number.
  await expect(targets(page)).toContainText('< 5');
  await expect(targets(page)).toContainText('Ẩn (số nhỏ)');
  await expect(page.getByRole('table', { name: 'Theo địa bàn' })).toContainText('< 5');
  // No lists of children, no periodic reports with exact figures.
  await expect(page.getByRole('region', { name: 'Danh sách cần xử lý' })).toHaveCount(0);
  await expect(page.getByRole('region', { name: /Báo cáo định kỳ/ })).toHaveCount(0);
  await expectAccessible(page);
  await expectFitsWidth(page);
  await screenshot(page, 'dashboard-statistician');
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });
  test('the dashboard fits the screen', async ({ page }) => {
    await openDashboard(page, 'demo.so');
    await expect(page.getByRole('table', { name: 'Theo địa bàn' })).toBeVisible();
    await expectFitsWidth(page);
    await expectAccessible(page);
    await screenshot(page, 'dashboard-phone');
  });
});

test('the chair submits the commune’s report with the authenticator’s code; the province reminds the others', async ({
  page,
  request,
}) => {
  test.setTimeout(240_000);
  // The commune officer has Ba Đình's reports of the year and of its first six months made (a
  // worker's job) for the chair to submit.
  const year = new Date().getFullYear();
  const officer = await apiToken(request, 'demo.canbo');
  const made = await Promise.all(
    ['annual', 'six_months'].map((term) =>
      apiPost(request, officer, '/api/v1/reports/periodic', {
        year,
        term,
        provinceCode: '01',
        communeCode: '00004',
      }),
    ),
  );
  await expect(async () => {
    const listed = await request.get(`/api/v1/reports/periodic?year=${year}`, {
      headers: { Authorization: `Bearer ${officer}` },
    });
    const items = ((await listed.json()) as { items: { id: string; state: string }[] }).items;
    for (const report of made) expect(items.find((r) => r.id === report.id)?.state).toBe('ready');
  }).toPass({ timeout: 60_000 });

  await page.goto('/sign-in');
  await signIn(page, 'demo.chutich');
  await page
    .getByLabel('Mã xác thực (6 chữ số) hoặc mã khôi phục')
    .fill(await demoCode('demo.chutich'));
  await page.getByRole('button', { name: 'Xác nhận' }).click();
  await page
    .getByRole('navigation', { name: 'Điều hướng' })
    .getByRole('link', { name: 'Thống kê' })
    .click();
  const reports = page.getByRole('table', { name: /^Báo cáo định kỳ năm/ });
  const row = reports.getByRole('row', { name: /Ba Đình Báo cáo năm/ });
  await expect(row).toContainText('Chưa nộp');
  // The six months' report beside it: figures closed on 14 June (or today, before), due by 20 June.
  const half = reports.getByRole('row', { name: /Ba Đình Báo cáo 6 tháng/ });
  await expect(half).toContainText(`20/06/${year}`);
  await expect(
    half.getByRole('button', {
      name: `Tải PDF báo cáo 6 tháng đầu năm ${year} của Phường Ba Đình`,
    }),
  ).toBeVisible();
  await row.getByRole('button', { name: 'Nộp báo cáo' }).click();
  const dialog = page.getByRole('dialog', { name: /Nộp báo cáo năm \d{4} của .*Ba Đình/ });
  await dialog.getByLabel('Mã xác thực (6 số)').fill(await demoCode('demo.chutich'));
  await expectAccessible(page);
  await screenshot(page, 'report-submit');
  await dialog.getByRole('button', { name: 'Nộp báo cáo' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(row).toContainText(/\(lần 1\)/);
  await expect(row.getByRole('button', { name: 'Nộp báo cáo' })).toHaveCount(0);

  // The province sees Ba Đình's report in, and reminds the communes that have not sent theirs.
  await page.getByRole('button', { name: 'Đăng xuất' }).click();
  await openDashboard(page, 'demo.so');
  await page.getByRole('radio', { name: 'Báo cáo năm' }).check();
  const submissions = page.getByRole('region', { name: /^Nộp báo cáo năm \d{4} của các xã/ });
  await submissions.getByText(/Tình hình nộp báo cáo của \d+ xã, phường/).click();
  const table = submissions.getByRole('table', {
    name: 'Tình hình nộp báo cáo của từng xã, phường',
  });
  await expect(table.getByRole('row', { name: /Phường Ba Đình/ })).toContainText(
    /Đúng hạn|Nộp muộn/,
  );
  await expect(table.getByRole('row', { name: /Phường Ngọc Hà/ })).toContainText(
    /Chưa nộp|Quá hạn/,
  );
  // The demo's other communes have no accounts: nobody to tell (the API's test sees one told).
  await submissions.getByRole('button', { name: /Nhắc các xã, phường chưa nộp/ }).click();
  await expect(submissions.getByRole('status')).toContainText('Chưa nhắc được xã, phường nào');
  await expectAccessible(page);
  await screenshot(page, 'report-submissions');

  // The province sets its own due date for the communes: a day every year has.
  const dueDates = submissions.getByRole('table', {
    name: 'Hạn nộp kế hoạch, báo cáo hằng năm',
  });
  await expect(dueDates.getByRole('row', { name: /Báo cáo năm của xã, phường/ })).toContainText(
    'Mặc định: Kế hoạch',
  );
  // The commune's annual plan has its date too, sent outside the system.
  await expect(dueDates.getByRole('row', { name: /Kế hoạch năm của xã, phường/ })).toContainText(
    /15\/04.*Ngoài phần mềm/,
  );
  await dueDates.getByRole('button', { name: 'Đổi hạn nộp: Báo cáo năm của xã, phường' }).click();
  const change = page.getByRole('dialog', { name: 'Đổi hạn nộp: Báo cáo năm của xã, phường' });
  await change.getByLabel('Ngày').fill('31');
  await change.getByLabel('Tháng').fill('4');
  await change.getByRole('button', { name: 'Lưu hạn nộp' }).click();
  await expect(change).toContainText('Ngày này không có trong mọi năm');
  await change.getByLabel('Ngày').fill('20');
  await change.getByLabel('Tháng').fill('11');
  await change.getByLabel('Căn cứ (văn bản của tỉnh)').fill('Kế hoạch số 12/KH-UBND');
  await change.getByRole('button', { name: 'Lưu hạn nộp' }).click();
  await expect(change).toHaveCount(0);
  const communeDue = dueDates.getByRole('row', { name: /Báo cáo năm của xã, phường/ });
  await expect(communeDue).toContainText('20/11');
  await expect(communeDue).toContainText('Kế hoạch số 12/KH-UBND');
  await expect(
    table.getByRole('row', { name: /Phường Ngọc Hà/ }).getByText(/20\/11\/\d{4}/),
  ).toBeVisible();

  // The reports of the first six months: the same communes by their own due date, 20 June.
  await submissions.getByRole('radio', { name: 'Báo cáo 6 tháng' }).check();
  const halfYear = page.getByRole('region', {
    name: /^Nộp báo cáo 6 tháng đầu năm \d{4} của các xã/,
  });
  const halfTable = halfYear.getByRole('table', {
    name: 'Tình hình nộp báo cáo của từng xã, phường',
  });
  await expect(halfTable.getByRole('row', { name: /Phường Ba Đình/ })).toContainText(
    /Chưa nộp|Quá hạn/,
  );
  await expect(
    halfTable.getByRole('row', { name: /Phường Ngọc Hà/ }).getByText(/20\/06\/\d{4}/),
  ).toBeVisible();
  await expect(
    halfYear
      .getByRole('table', { name: 'Hạn nộp kế hoạch, báo cáo hằng năm' })
      .getByRole('row', { name: /Báo cáo 6 tháng của xã, phường/ }),
  ).toContainText(/20\/06.*Trên phần mềm/);
  await expectAccessible(page);
  await screenshot(page, 'report-submissions-six-months');

  // Communes fit for children: Ngọc Hà assessed against the standard's criteria, then recognised.
  const fit = page.getByRole('region', { name: /^Xã, phường phù hợp với trẻ em năm/ });
  await expect(fit).toContainText(/Đạt chuẩn: 0 trong \d+ xã, phường/);
  await fit.getByText(/Kết quả đánh giá của \d+ xã, phường/).click();
  await fit.getByRole('button', { name: 'Đánh giá: Phường Ngọc Hà' }).click();
  const assess = page.getByRole('dialog', { name: 'Đánh giá: Phường Ngọc Hà' });
  const criteria = assess.getByRole('checkbox');
  await expect(criteria).toHaveCount(13);
  for (let i = 0; i < 12; i += 1) await criteria.nth(i).check();
  await assess.getByLabel('Số quyết định công nhận').fill('34/QĐ-UBND');
  const today = new Date().toLocaleDateString('en-GB', { timeZone: 'Asia/Ho_Chi_Minh' });
  await assess.getByLabel('Ngày quyết định').fill(today);
  await assess.getByLabel('Ngày quyết định').press('Enter');
  await assess.getByRole('button', { name: 'Lưu đánh giá' }).click();
  // Twelve of thirteen: not to be recognised; the refusal says so at the decision's number.
  await expect(assess).toContainText('Chỉ công nhận xã, phường đạt đủ tất cả các tiêu chí');
  await expectAccessible(page);
  await screenshot(page, 'child-friendly-assess');
  await criteria.nth(12).check();
  await assess.getByRole('button', { name: 'Lưu đánh giá' }).click();
  await expect(assess).toHaveCount(0);
  await expect(fit).toContainText(
    /Đạt chuẩn: 1 trong \d+ xã, phường · Đã có quyết định công nhận: 1/,
  );
  const ngocHa = fit.getByRole('row', { name: /Phường Ngọc Hà/ });
  await expect(ngocHa).toContainText('13/13');
  await expect(ngocHa).toContainText('Đạt chuẩn');
  await expect(ngocHa).toContainText('Số 34/QĐ-UBND');
});
