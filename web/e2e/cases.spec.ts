import { type APIRequestContext, expect, type Page, test } from '@playwright/test';
import {
  apiToken,
  choose,
  demoCode,
  expectAccessible,
  expectFitsWidth,
  removeConfirmed,
  screenshot,
  signIn,
} from './support';
import { openStep, rate, reviewProposingClosure, saveStep } from './case-steps';

/** The social worker signed in, at a case's page. */
async function openCase(page: Page, id: string) {
  await page.goto('/sign-in');
  await signIn(page, 'demo.ctxh');
  await expect(page.getByRole('heading', { name: 'Danh sách trẻ em' })).toBeVisible();
  await page.goto(`/cases/${id}`);
}

async function openCases(page: Page) {
  await page.goto('/sign-in');
  await signIn(page, 'demo.ctxh');
  await expect(page.getByRole('heading', { name: 'Danh sách trẻ em' })).toBeVisible();
  await page.getByRole('navigation').getByRole('link', { name: 'Hồ sơ' }).click();
  await expect(page.getByRole('heading', { name: 'Hồ sơ bảo vệ trẻ em', level: 1 })).toBeVisible();
}

/**
 * The chair signed in through the API once for this file (a session of 15 minutes outlasts it), so
 * that each approval takes one code, not two.
 */
let chairToken: Promise<string> | undefined;

/** A case reported now by the demo's social worker through the API, for a new child of Ba Đình. */
async function reportedCase(
  request: APIRequestContext,
  child: { fullName: string; dateOfBirth: string; sex: string },
  report: { summary: string; concerns: string[] },
): Promise<string> {
  const token = await apiToken(request, 'demo.ctxh');
  const created = await request.post('/api/v1/cases', {
    headers: { Authorization: `Bearer ${token}` },
    data: {
      newChildren: [{ ...child, provinceCode: '01', communeCode: '00004' }],
      source: 'public',
      channel: 'phone',
      receivedAt: new Date().toISOString(),
      ...report,
    },
  });
  expect(created.ok(), await created.text()).toBe(true);
  return ((await created.json()) as { id: string }).id;
}

/**
 * A case through the API up to the chair's approval of its plan (the chair's screens are not this
 * file's): what the social worker carries on with in the browser.
 */
async function approvedCase(request: APIRequestContext): Promise<string> {
  const worker = { Authorization: `Bearer ${await apiToken(request, 'demo.ctxh')}` };
  const day = 24 * 3_600_000;
  const post = async (path: string, data: object, headers = worker) => {
    const response = await request.post(`/api/v1/cases${path}`, { data, headers });
    expect(response.ok(), await response.text()).toBe(true);
    return (await response.json()) as { id: string; childIds: string[] };
  };
  const { id, childIds } = await post('', {
    newChildren: [
      {
        fullName: 'Bé Tư',
        dateOfBirth: '2022-01-01',
        dobPrecision: 'year',
        sex: 'female',
        provinceCode: '01',
        communeCode: '00004',
      },
    ],
    source: 'public',
    channel: 'phone',
    receivedAt: new Date().toISOString(),
    summary: 'Trẻ thường bị bỏ một mình ở nhà.',
    concerns: ['neglect'],
  });
  const ratings = {
    harm: 'medium',
    abuserAccess: 'medium',
    careEnvironment: 'medium',
    selfProtection: 'low',
  };
  await post(`/${id}/initial-assessment`, { ratings, immediateDanger: false, level: 'support' });
  await post(`/${id}/assessment`, {
    childSituation: 'Trẻ gầy, hay ốm.',
    familySituation: 'Mẹ làm ca đêm.',
    needs: ['Khám sức khỏe'],
    conference: {
      heldAt: new Date().toISOString(),
      participants: [
        { fullName: 'Trần Văn Minh', role: 'cán bộ công tác xã hội' },
        { fullName: 'Nguyễn Thị Mơ', role: 'mẹ của trẻ' },
      ],
      agreed: ['Khám sức khỏe cho trẻ'],
    },
  });
  await post(`/${id}/plan`, {
    goals: ['Trẻ khỏe mạnh, được chăm sóc'],
    actions: [
      {
        description: 'Khám sức khỏe cho trẻ',
        organizationName: 'Trạm y tế phường Ba Đình',
        responsiblePerson: 'Y sĩ trạm y tế',
        dueAt: new Date(Date.now() + 7 * day).toISOString(),
      },
      {
        description: 'Cho trẻ học bán trú',
        organizationName: 'Trường Tiểu học Ba Đình',
        responsiblePerson: 'Hiệu trưởng',
        dueAt: new Date(Date.now() + 14 * day).toISOString(),
      },
    ],
    reviewAt: new Date(Date.now() + 30 * day).toISOString(),
    representativeConsents: childIds.map((childId) => ({
      childId,
      asked: true,
      fullName: 'Nguyễn Thị Mơ',
      relationship: 'Mẹ',
      agrees: true,
    })),
  });
  chairToken ??= apiToken(request, 'demo.chutich', await demoCode('demo.chutich'));
  const approval = await request.post(`/api/v1/cases/${id}/plan/approve`, {
    data: { decisionNumber: '99/QĐ-UBND' },
    headers: {
      Authorization: `Bearer ${await chairToken}`,
      'X-OTP': await demoCode('demo.chutich'),
    },
  });
  expect(approval.ok(), await approval.text()).toBe(true);
  return id;
}

test.describe('a social worker’s cases', () => {
  // Many screens and steps, axe on each: more than one screen's minute.
  test.describe.configure({ timeout: 300_000 });

  test('a report at night followed from intake to the plan, each step on time', async ({
    page,
  }) => {
    await openCases(page);
    const table = page.getByRole('table', { name: 'Hồ sơ bảo vệ trẻ em' });
    // The demo's cases (and those other files' tests added), each with its next deadline counting down.
    await expect(table.getByText(/^còn \d+ (giờ|ngày|phút)$/).first()).toBeVisible();
    expect(await table.getByRole('row').count()).toBeGreaterThanOrEqual(3);
    await expectAccessible(page);
    await screenshot(page, 'cases');

    // Intake (Mẫu 01): a child new to the registry, of unknown sex and a guessed age, added on a
    // slow network before the officer's organisation arrived: its commune fills in after.
    let organizationArrives = () => {};
    const slowOrganization = new Promise<void>((resolve) => (organizationArrives = resolve));
    await page.route('**/api/v1/organizations/*', async (route) => {
      await slowOrganization;
      await route.continue();
    });
    await page.reload();
    await page.getByRole('button', { name: 'Tiếp nhận thông tin' }).click();
    await expect(page.getByRole('heading', { name: 'Tiếp nhận thông tin (Mẫu 01)' })).toBeVisible();
    await page.getByRole('button', { name: 'Thêm trẻ em chưa có trong sổ' }).click();
    const newChild = page.getByRole('group', { name: 'Trẻ em mới 1' });
    organizationArrives();
    await expect(newChild).toContainText('Phường Ba Đình');
    await expect(page.getByRole('region', { name: 'Thông tin tiếp nhận' })).toContainText(
      'Phường Ba Đình',
    );
    await newChild.getByLabel('Họ và tên').fill('Bé Hà (chưa rõ họ)');
    await expect(
      newChild.getByRole('combobox', { name: 'Độ chính xác của ngày sinh' }),
    ).toBeVisible();
    await expect(newChild.getByText('Ước tính', { exact: true })).toBeVisible();
    await expect(newChild.getByText('Không rõ', { exact: true })).toBeVisible();
    await newChild.getByLabel('Năm sinh (ước tính)').fill('2018');
    await choose(page, page, 'Nguồn thông tin', 'Tổng đài 111');
    await choose(page, page, 'Hình thức', 'Qua điện thoại');
    await choose(page, page, 'Hình thức xâm hại, nguy cơ', 'Bạo lực');
    await page.keyboard.press('Escape');
    await page
      .getByLabel('Nội dung thông tin')
      .fill('Hàng xóm nghe tiếng trẻ khóc, kêu cứu lúc nửa đêm.');
    await page.getByLabel('Địa chỉ nơi xảy ra').fill('Ngõ 12 phố Đội Cấn');
    await page.getByLabel('Trẻ đang gặp nguy hiểm tức thời').check();
    await page.getByLabel('Người báo tin đề nghị giấu tên').check();
    await page.getByLabel('Quan hệ với trẻ').fill('hàng xóm');
    await page.getByLabel('Tình trạng trẻ em').fill('Trẻ có vết bầm ở tay.');
    await page.getByRole('group', { name: 'Mẹ' }).getByLabel('Họ tên').fill('Trần Thị Hoa');
    await expectAccessible(page);
    await screenshot(page, 'case-intake');
    await page.getByRole('button', { name: 'Lưu và mở hồ sơ' }).click();

    const title = page.getByRole('heading', { name: /^Hồ sơ BVTE-/, level: 1 });
    await expect(title).toBeVisible();
    const code = ((await title.textContent()) ?? '').replace('Hồ sơ ', '');
    await expect(page.getByText('Đã tiếp nhận', { exact: true })).toBeVisible();
    // In danger as reported, before anyone has assessed it.
    await expect(page.getByText('Nguy hiểm tức thời', { exact: true })).toBeVisible();
    const children = page.getByRole('region', { name: 'Trẻ em trong hồ sơ' });
    await expect(children.getByRole('link', { name: 'Bé Hà (chưa rõ họ)' })).toBeVisible();
    const deadlines = page.getByRole('region', { name: 'Thời hạn' });
    await expect(deadlines.getByText('Đánh giá ban đầu')).toBeVisible();
    await expect(deadlines.getByText(/^còn (11|12) giờ$/).first()).toBeVisible();
    const report = page.getByRole('region', { name: 'Thông tin tiếp nhận (Mẫu 01)' });
    await expect(report).toContainText('Tổng đài 111');
    await expect(report).toContainText('Giấu tên, hàng xóm');
    await expect(report).toContainText('Trần Thị Hoa');
    await expect(page.getByRole('button', { name: /Tải về: Mẫu 01/ })).toBeVisible();
    await expectAccessible(page);
    await screenshot(page, 'case-received');

    // Found in the list, by its status.
    await page.getByRole('link', { name: 'Danh sách hồ sơ' }).click();
    await choose(page, page, 'Tình trạng', 'Đã tiếp nhận');
    await expect(table.getByRole('row')).toHaveCount(2);
    await expect(table.getByRole('row').nth(1)).toContainText('Bé Hà (chưa rõ họ)');
    await expect(table.getByRole('row').nth(1)).toContainText('Nguy hiểm tức thời');
    await table.getByRole('link', { name: code }).click();
    await expect(title).toBeVisible();

    // The initial assessment (Mẫu 02): a rating per criterion, immediate danger, the level.
    const initial = await openStep(page, 'Đánh giá ban đầu');
    await rate(initial, {
      'Mức độ tổn hại': 'Cao',
      'Khả năng tiếp cận của người xâm hại': 'Cao',
      'Cản trở an toàn trong môi trường chăm sóc': 'Trung bình',
      'Khả năng tự bảo vệ, phục hồi của trẻ': 'Thấp',
    });
    await initial.getByRole('radio', { name: 'Có', exact: true }).check();
    // No measure taken yet: the emergency measures are their own step, within 12 hours too.
    await expect(initial.getByLabel('Biện pháp khẩn cấp đã thực hiện')).toBeVisible();
    await choose(page, initial, 'Cấp độ', 'Can thiệp');
    await expectAccessible(page);
    await screenshot(page, 'case-initial-assessment');
    await saveStep(page, initial, 'Đánh giá ban đầu');
    await expect(page.getByText('Cần bảo vệ khẩn cấp', { exact: true })).toBeVisible();
    await expect(page.getByText('Nguy hiểm tức thời', { exact: true })).toBeVisible();

    // Emergency measures, with a temporary isolation proposed to the chair.
    const emergency = await openStep(page, 'Biện pháp bảo vệ khẩn cấp');
    await emergency
      .getByLabel('Biện pháp bảo vệ khẩn cấp')
      .fill('Công an phường làm việc với cha\nBà ngoại chăm sóc trẻ');
    await emergency.getByLabel('Đề xuất Chủ tịch UBND cách ly tạm thời').check();
    await emergency.getByLabel('Cách ly khỏi').fill('Người cha');
    await emergency.getByLabel('Nơi trẻ ở').fill('Nhà bà ngoại');
    await emergency.getByLabel('Lý do').fill('Cha đánh trẻ khi say rượu');
    await saveStep(page, emergency, 'Biện pháp bảo vệ khẩn cấp');

    // The assessment (Mẫu 03) with the case meeting and the child's views (aged 7 or more).
    const assessment = await openStep(page, 'Đánh giá toàn diện và họp xác định nhu cầu');
    await assessment.getByLabel('Tình hình của trẻ').fill('Trẻ sợ về nhà, học sút.');
    await assessment.getByLabel('Hoàn cảnh gia đình').fill('Cha nghiện rượu, mẹ đi làm xa.');
    await assessment.getByLabel('Nhu cầu của trẻ').fill('Tư vấn tâm lý\nAn toàn tại nhà');
    const views = assessment.getByRole('group', { name: 'Ý kiến của trẻ: Bé Hà (chưa rõ họ)' });
    await views.getByLabel('Đã lấy ý kiến của trẻ').check();
    await views.getByLabel('Ý kiến của trẻ', { exact: true }).fill('Con muốn ở với bà.');
    await assessment.getByLabel('Người dự họp 1: Họ tên').fill('Nguyễn Thị Lan');
    await assessment.getByLabel('Người dự họp 1: Vai trò').fill('cán bộ công tác xã hội');
    await assessment.getByLabel('Người dự họp 2: Họ tên').fill('Trần Thị Hoa');
    await assessment.getByLabel('Người dự họp 2: Vai trò').fill('mẹ của trẻ');
    await assessment
      .getByLabel('Nội dung thống nhất')
      .fill('Trẻ ở với bà ngoại\nTư vấn tâm lý hằng tuần');
    await expectAccessible(page);
    await screenshot(page, 'case-assessment');
    await saveStep(page, assessment, 'Đánh giá toàn diện và họp xác định nhu cầu');
    await expect(page.getByText('Đang xây dựng kế hoạch', { exact: true })).toBeVisible();

    // The plan (Mẫu 04) with an action, the child and the mother agreeing.
    const plan = await openStep(page, 'Trình kế hoạch hỗ trợ, can thiệp');
    await plan.getByLabel('Mục tiêu').fill('Trẻ an toàn, ổn định tâm lý');
    const action = plan.getByRole('group', { name: 'Hoạt động 1' });
    await action.getByLabel('Hoạt động', { exact: true }).fill('Tư vấn tâm lý cho trẻ');
    await choose(page, action, 'Loại dịch vụ', 'Chăm sóc sức khỏe tâm thần, trị liệu tâm lý');
    await action.getByLabel('Cơ quan, tổ chức thực hiện').fill('Trung tâm Công tác xã hội Hà Nội');
    await action.getByLabel('Người chịu trách nhiệm').fill('Chuyên viên tâm lý Lê Mai');
    await plan.getByLabel('Trẻ đồng ý với kế hoạch').check();
    // The mother's say, asked like the child's.
    await plan.getByLabel('Họ và tên người được hỏi').fill('Nguyễn Thị Mơ');
    await plan.getByLabel('Quan hệ với trẻ').fill('Mẹ');
    await plan.getByLabel('Đồng ý với kế hoạch và việc chia sẻ thông tin của trẻ').check();
    await expectAccessible(page);
    await screenshot(page, 'case-plan');
    await saveStep(page, plan, 'Trình kế hoạch hỗ trợ, can thiệp');
    await expect(page.getByText('Chờ phê duyệt kế hoạch', { exact: true })).toBeVisible();
    await expect(
      page
        .getByRole('table', { name: 'Hoạt động của kế hoạch' })
        .getByText('Tư vấn tâm lý cho trẻ'),
    ).toBeVisible();

    // The timeline: each step, who took it, and the 12-hour deadline met.
    const timeline = page.getByRole('table', { name: 'Diễn biến hồ sơ' });
    for (const step of [
      'Tiếp nhận thông tin (Mẫu 01)',
      'Đánh giá ban đầu',
      'Biện pháp bảo vệ khẩn cấp',
      'Đánh giá toàn diện và họp xác định nhu cầu',
      'Trình kế hoạch hỗ trợ, can thiệp',
    ]) {
      await expect(timeline.getByRole('cell', { name: step, exact: false }).first()).toBeVisible();
    }
    const assessed = timeline
      .getByRole('row')
      .filter({ hasText: 'Chuyển sang: Cần bảo vệ khẩn cấp' });
    await expect(assessed).toContainText('Trần Văn Minh (demo)');
    await expect(assessed).toContainText(/Đánh giá ban đầu \(.*\) đúng hạn/);
    const measures = timeline.getByRole('row').filter({ hasText: 'Biện pháp bảo vệ khẩn cấp' });
    await expect(measures).toContainText(/Biện pháp khẩn cấp \(.*\) đúng hạn/);
    // The forms of the steps taken, to read and to keep.
    const forms = page.getByRole('region', { name: 'Biểu mẫu (Mẫu 01–06)' });
    for (const form of ['Mẫu 01', 'Mẫu 02', 'Mẫu 03', 'Mẫu 04', 'Mẫu 05']) {
      await expect(forms.getByText(new RegExp(`^${form}:`))).toBeVisible();
    }
    await expect(forms.getByText(/^Mẫu 06:/)).toHaveCount(0);
    const download = page.waitForEvent('download');
    await forms.getByRole('button', { name: /Tải về: Mẫu 02/ }).click();
    expect((await download).suggestedFilename()).toBe(`${code}-mau-02.pdf`);
    await expectAccessible(page);
    await screenshot(page, 'case-plan-submitted');

    // A note, restricted.
    const notes = page.getByRole('region', { name: 'Ghi chú' });
    await notes.getByLabel('Ghi chú mới').fill('Mẹ đề nghị không báo cho cha biết nơi ở của trẻ.');
    await choose(page, notes, 'Ai được xem', 'Hạn chế: người phụ trách, người phê duyệt và tôi');
    await notes.getByRole('button', { name: 'Thêm ghi chú' }).click();
    await expect(notes.getByText('Mẹ đề nghị không báo cho cha biết nơi ở của trẻ.')).toBeVisible();
    await expect(notes.getByText('Hạn chế', { exact: true })).toBeVisible();

    // At a phone's size.
    await page.setViewportSize({ width: 390, height: 844 });
    await expectFitsWidth(page);
    await screenshot(page, 'case-phone');
  });

  test('the list filters by status, level, assignee and overdue', async ({ page }) => {
    await openCases(page);
    const table = page.getByRole('table', { name: 'Hồ sơ bảo vệ trẻ em' });
    const rows = table.getByRole('row');
    // A case's row, not the placeholder the table shows while the list loads.
    await expect(rows.nth(1).getByRole('link').first()).toBeVisible();
    const all = await rows.count();
    await choose(page, page, 'Cấp độ', 'Can thiệp');
    await expect(rows.locator('td:nth-child(3)').filter({ hasNotText: 'Can thiệp' })).toHaveCount(
      0,
    );
    await expect(rows.locator('td:nth-child(3)').first()).toHaveText('Can thiệp');
    await page.getByRole('button', { name: 'Xóa bộ lọc' }).click();
    await expect(rows).toHaveCount(all);
    await choose(page, page, 'Tình trạng', 'Đã đánh giá ban đầu');
    await expect(
      rows.locator('td:nth-child(4)').filter({ hasNotText: 'Đã đánh giá ban đầu' }),
    ).toHaveCount(0);
    await expect(rows.locator('td:nth-child(4)').first()).toHaveText('Đã đánh giá ban đầu');
    await page.getByRole('button', { name: 'Xóa bộ lọc' }).click();
    await choose(page, page, 'Người phụ trách', 'Tôi phụ trách');
    await expect(page.getByText(/^Đang hiển thị \d+ hồ sơ$/)).toBeVisible();
    await page.getByRole('button', { name: 'Xóa bộ lọc' }).click();
    await choose(page, page, 'Quá hạn', 'Chỉ hồ sơ quá hạn');
    // Nothing of the demo is late: none listed, and said so.
    await expect(table.getByText('Không có hồ sơ nào.')).toBeVisible();
    await page.getByRole('button', { name: 'Xóa bộ lọc' }).click();
    await expect(rows).toHaveCount(all);

    await page.setViewportSize({ width: 390, height: 844 });
    await expectFitsWidth(page);
    await expectAccessible(page);
    await screenshot(page, 'cases-phone');
    await page.getByRole('button', { name: 'Tiếp nhận thông tin' }).click();
    await expect(page.getByRole('heading', { name: 'Tiếp nhận thông tin (Mẫu 01)' })).toBeVisible();
    // A child of the registry found without diacritics.
    await page.getByRole('combobox', { name: /Tìm trẻ em trong sổ/ }).fill('nguyen van an');
    await expect(page.getByTitle(/^Nguyễn Văn An \(/)).toBeVisible();
    await expectFitsWidth(page);
    await expectAccessible(page);
    await screenshot(page, 'case-intake-phone');
  });

  test('a plan carried out: an action started, a referral for it, a review proposing closure', async ({
    page,
    request,
  }) => {
    const id = await approvedCase(request);
    await openCase(page, id);
    await expect(page.getByText('Đang thực hiện kế hoạch', { exact: true })).toBeVisible();

    const actions = page.getByRole('table', { name: 'Hoạt động của kế hoạch' });
    // The actions are read again after each change; while that answer is on its way, the table
    // and a referral begun for an action stay as they are (they vanished, and what was chosen
    // with them).
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/plan/actions', async (route) => {
      await held;
      await route.continue();
    });
    await actions.getByRole('button', { name: 'Bắt đầu: hoạt động 1' }).click();
    await actions.getByRole('button', { name: 'Chuyển gửi cho hoạt động 1' }).click();
    const referral = page.getByRole('form', { name: 'Chuyển gửi dịch vụ' });
    await choose(page, referral, 'Cơ quan, tổ chức nhận', '[DEMO] Trạm y tế phường Ba Đình');
    release();
    await expect(actions.getByText('Đang thực hiện', { exact: true })).toBeVisible();
    await expect(referral.getByTitle('[DEMO] Trạm y tế phường Ba Đình')).toBeVisible();

    // The second could not be done: said why, in the table for the review.
    await actions.getByRole('button', { name: 'Không thực hiện được: hoạt động 2' }).click();
    const notDone = page.getByRole('form', { name: 'Hoạt động 2 không thực hiện được' });
    await notDone.getByRole('button', { name: 'Lưu' }).click();
    await expect(notDone.getByText('Vui lòng nhập Lý do không thực hiện được.')).toBeVisible();
    await notDone.getByLabel('Lý do không thực hiện được').fill('Trường đã hết chỗ bán trú.');
    await expectAccessible(page);
    await notDone.getByRole('button', { name: 'Lưu' }).click();
    await expect(notDone).toHaveCount(0);
    const second = actions.getByRole('row').filter({ hasText: 'Cho trẻ học bán trú' });
    await expect(second).toContainText('Không thực hiện được');
    await expect(second).toContainText('Trường đã hết chỗ bán trú.');
    await expect(second.getByRole('button')).toHaveCount(0);

    // The referral for the first action, begun before, is sent.
    await expect(referral.getByTitle('[DEMO] Trạm y tế phường Ba Đình')).toBeVisible();
    await choose(page, referral, 'Loại dịch vụ', 'Sơ cứu, khám và điều trị y tế');
    await referral.getByLabel('Lý do chuyển gửi').fill('Trẻ cần được khám sức khỏe tổng quát.');
    await referral.getByRole('checkbox', { name: 'Ngày sinh' }).check();
    await expectAccessible(page);
    await screenshot(page, 'case-referral');
    await referral.getByRole('button', { name: 'Gửi' }).click();
    const referrals = page.getByRole('table', { name: 'Chuyển gửi' });
    const sent = referrals.getByRole('row').filter({ hasText: 'Trạm y tế phường Ba Đình' });
    await expect(sent).toContainText('Sơ cứu, khám và điều trị y tế');
    await expect(sent).toContainText('Chờ tiếp nhận');
    await expect(
      page
        .getByRole('table', { name: 'Diễn biến hồ sơ' })
        .getByRole('cell', { name: 'Chuyển gửi dịch vụ', exact: true }),
    ).toBeVisible();
    // While it is under way the action says so, and offers no second referral.
    const first = actions.getByRole('row').filter({ hasText: 'Đang chuyển gửi' });
    await expect(first).toHaveCount(1);
    await expect(first.getByRole('button', { name: 'Chuyển gửi cho hoạt động 1' })).toHaveCount(0);

    // The review (Mẫu 06): every closure criterion met, closure proposed.
    const review = await reviewProposingClosure(page, 'Trẻ đã được khám, mẹ đổi sang làm ca ngày.');
    await expectAccessible(page);
    await screenshot(page, 'case-review');
    await saveStep(page, review, 'Rà soát, đánh giá');
    await expect(page.getByText('Đề xuất đóng hồ sơ', { exact: true }).first()).toBeVisible();
    const reviewed = page
      .getByRole('table', { name: 'Diễn biến hồ sơ' })
      .getByRole('row')
      .filter({ hasText: 'Chuyển sang: Đề xuất đóng hồ sơ' });
    await expect(reviewed).toContainText(/Rà soát, đánh giá \(.*\) đúng hạn/);
    await expect(
      page.getByRole('region', { name: 'Biểu mẫu (Mẫu 01–06)' }).getByText(/^Mẫu 06:/),
    ).toBeVisible();
    // The chair's approval is the chair's: nothing here to take.
    await expect(
      page
        .getByRole('region', { name: 'Bước tiếp theo' })
        .getByRole('button', { name: 'Đóng hồ sơ' }),
    ).toHaveCount(0);
    await screenshot(page, 'case-closure-proposed');
  });

  test('a step on a case changed meanwhile says so and shows the case as it is now', async ({
    page,
    request,
  }) => {
    const id = await approvedCase(request);
    await openCase(page, id);
    const actions = page.getByRole('table', { name: 'Hoạt động của kế hoạch' });
    await expect(actions.getByRole('button', { name: 'Bắt đầu: hoạt động 1' })).toBeVisible();
    // Someone else moves the action on meanwhile.
    const token = await apiToken(request, 'demo.ctxh');
    const [action] = (await (
      await request.get(`/api/v1/cases/${id}/plan/actions`, {
        headers: { Authorization: `Bearer ${token}` },
      })
    ).json()) as { id: string }[];
    const moved = await request.post(`/api/v1/cases/${id}/plan/actions/${action.id}/status`, {
      headers: { Authorization: `Bearer ${token}` },
      data: { status: 'in_progress' },
    });
    expect(moved.ok()).toBe(true);
    await actions.getByRole('button', { name: 'Bắt đầu: hoạt động 1' }).click();
    await expect(page.getByRole('alert')).toContainText('Hồ sơ vừa được người khác cập nhật');
    await expect(actions.getByText('Đang thực hiện', { exact: true })).toBeVisible();
  });

  test('a violation of the abuse is recorded on the case when detected, each decision once', async ({
    page,
    request,
  }) => {
    await openCase(
      page,
      await reportedCase(
        request,
        { fullName: 'Bé Năm', dateOfBirth: '2018-03-01', sex: 'male' },
        { summary: 'Chủ quán đánh trẻ phụ việc.', concerns: ['violence'] },
      ),
    );
    const panel = page.getByRole('region', { name: 'Xử phạt vi phạm hành chính' });
    await expect(panel.getByText('Chưa ghi nhận vi phạm hành chính nào.')).toBeVisible();

    const form = panel.locator('form.support-new');
    await form.getByLabel('Số quyết định').fill('15/QĐ-XPVPHC');
    await choose(page, form, 'Đối tượng vi phạm', 'Tổ chức');
    // One decision for the two establishments that employed the child.
    await form.getByLabel('Số người, tổ chức vi phạm').fill('2');
    await form.getByLabel('Số tiền phạt (đồng)').fill('20000000');
    // Who decided it is left out: said under its field.
    await form.getByRole('button', { name: 'Ghi vi phạm' }).click();
    await expect(form.getByText('Phải có ít nhất 1 ký tự.')).toBeVisible();
    await form.getByLabel('Người ra quyết định').fill('Chủ tịch UBND phường Ba Đình');
    await form.getByRole('button', { name: 'Ghi vi phạm' }).click();
    const decision = panel.getByRole('listitem').filter({ hasText: '15/QĐ-XPVPHC' });
    // The case's form of abuse was chosen for it.
    await expect(decision).toContainText('2 tổ chức · Bạo lực · Phạt tiền 20.000.000 đồng');

    // The same decision for the same kind a second time: refused in words.
    await form.getByLabel('Số quyết định').fill('15/QĐ-XPVPHC');
    await choose(page, form, 'Đối tượng vi phạm', 'Tổ chức');
    await form.getByLabel('Người ra quyết định').fill('Chủ tịch UBND phường Ba Đình');
    await form.getByRole('button', { name: 'Ghi vi phạm' }).click();
    await expect(panel.getByRole('alert')).toContainText(
      'Hồ sơ đã ghi quyết định xử phạt số 15/QĐ-XPVPHC với cùng đối tượng bị xử phạt',
    );
    await expect(panel.getByRole('listitem')).toHaveCount(1);

    // The owner, found hitting the child: recorded when the police drew up the record, not
    // decided yet. Without the record's day it is refused at that field.
    await form.getByLabel('Đã có quyết định xử phạt').uncheck();
    await expect(form.getByLabel('Số quyết định')).toBeHidden();
    await choose(page, form, 'Đối tượng vi phạm', 'Cá nhân');
    await form.getByLabel('Người lập biên bản').fill('Trưởng Công an phường Ba Đình');
    await form.getByRole('button', { name: 'Ghi vi phạm' }).click();
    await expect(
      form.getByText(
        'Cần ghi ngày phát hiện vi phạm (ngày lập biên bản) khi chưa có quyết định xử phạt.',
      ),
    ).toBeVisible();
    const today = new Date().toLocaleDateString('en-GB', { timeZone: 'Asia/Ho_Chi_Minh' });
    await form.getByLabel('Ngày phát hiện (lập biên bản)').fill(today);
    // Enter takes the day and sends the form, as in any of its fields.
    await form.getByLabel('Ngày phát hiện (lập biên bản)').press('Enter');
    const detected = panel.getByRole('listitem').filter({ hasText: 'Vi phạm phát hiện ngày' });
    await expect(detected).toContainText(
      `Vi phạm phát hiện ngày ${today}Trưởng Công an phường Ba Đình · Cá nhân · Bạo lực · Chưa có quyết định xử phạt`,
    );
    await expectAccessible(page);
    await screenshot(page, 'case-sanctions');

    // Its decision, when the chair makes it.
    await detected.getByRole('button', { name: 'Ghi quyết định xử phạt' }).click();
    await detected.getByLabel('Số quyết định').fill('16/QĐ-XPVPHC');
    await detected.getByLabel('Số tiền phạt (đồng)').fill('5000000');
    await detected.getByLabel('Người ra quyết định').fill('Chủ tịch UBND phường Ba Đình');
    await expectAccessible(page);
    await detected.getByRole('button', { name: 'Ghi quyết định', exact: true }).click();
    await expect(panel.getByRole('listitem').filter({ hasText: '16/QĐ-XPVPHC' })).toContainText(
      'Chủ tịch UBND phường Ba Đình · Cá nhân · Bạo lực · Phạt tiền 5.000.000 đồng',
    );
    await expect(panel.getByText('Chưa có quyết định xử phạt')).toBeHidden();
    await expect(panel.getByRole('listitem')).toHaveCount(2);
  });

  test('the person who abused the child is recorded on the case without a name', async ({
    page,
    request,
  }) => {
    await openCase(
      page,
      await reportedCase(
        request,
        { fullName: 'Bé Sáu', dateOfBirth: '2017-05-01', sex: 'female' },
        { summary: 'Người hàng xóm sàm sỡ trẻ khi trẻ đi học về.', concerns: ['sexual_abuse'] },
      ),
    );
    const panel = page.getByRole('region', { name: 'Đối tượng xâm hại' });
    await expect(panel.getByText('Chưa ghi đối tượng xâm hại nào.')).toBeVisible();
    const form = panel.locator('form.support-new');
    // The relationship left out: said under its field, nothing sent.
    await form.getByRole('button', { name: 'Ghi đối tượng' }).click();
    await expect(form.getByText('Hãy chọn quan hệ với trẻ em')).toBeVisible();
    await choose(page, form, 'Quan hệ với trẻ em', 'Người quen, hàng xóm');
    await choose(page, form, 'Giới tính', 'Nam');
    await choose(page, form, 'Tuổi', 'Từ đủ 18 tuổi');
    await form.getByRole('button', { name: 'Ghi đối tượng' }).click();
    const abuser = panel.getByRole('listitem').filter({ hasText: 'Người quen, hàng xóm' });
    await expect(abuser).toContainText('Nam · Từ đủ 18 tuổi');
    await expectAccessible(page);
    await screenshot(page, 'case-abusers');
    // Recorded by mistake: removed, after asking.
    await removeConfirmed(page, abuser);
    await expect(panel.getByText('Chưa ghi đối tượng xâm hại nào.')).toBeVisible();
  });
});
