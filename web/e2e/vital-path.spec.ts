import { type Browser, expect, type Page, test } from '@playwright/test';
import { choose, demoCode, expectAccessible, screenshot, signIn, suggest } from './support';
import { openStep, rate, reviewProposingClosure, saveStep } from './case-steps';

// The child of this run: a name no other test uses.
const CHILD = `Lò Thị Hạnh ${Math.random().toString(36).slice(2, 6)}`;
const OUTCOME = 'Đã làm việc với người cha, lập biên bản, cấm tiếp xúc; trẻ ở với bà ngoại.';
/** One person at their own browser: a context of its own, signed in. */
async function person(browser: Browser, username: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await page.goto('/sign-in');
  await signIn(page, username);
  return page;
}

test('a child reported at night is followed from the hotline to the closed case, four people at once', async ({
  browser,
}) => {
  test.setTimeout(600_000);
  // Four people at once: the social worker, the police officer at the inbox, the province officer
  // at the dashboard; the chair signs in when a decision waits.
  const worker = await person(browser, 'demo.ctxh');
  await expect(worker.getByRole('heading', { name: 'Danh sách trẻ em' })).toBeVisible();
  const police = await person(browser, 'demo.congan');
  await expect(police.getByRole('heading', { name: 'Hồ sơ chuyển gửi', level: 1 })).toBeVisible();
  const province = await person(browser, 'demo.so');
  await province
    .getByRole('navigation', { name: 'Điều hướng' })
    .getByRole('link', { name: 'Thống kê' })
    .click();
  await province
    .getByRole('table', { name: 'Theo địa bàn' })
    .getByRole('link', { name: /Ba Đình/ })
    .click();
  const casesFigures = province.getByRole('region', { name: 'Vụ việc', exact: true });
  const closedText = async () =>
    /(\d+) vụ việc đã đóng/.exec((await casesFigures.textContent()) ?? '')?.[1];
  await expect(casesFigures).toContainText(/\d+ vụ việc đã đóng trong năm \d{4}/);
  const closedBefore = Number(await closedText());

  // 1. The hotline's report, taken by the social worker (Mẫu 01).
  await worker.getByRole('navigation').getByRole('link', { name: 'Hồ sơ' }).click();
  await worker.getByRole('button', { name: 'Tiếp nhận thông tin' }).click();
  await worker.getByRole('button', { name: 'Thêm trẻ em chưa có trong sổ' }).click();
  const newChild = worker.getByRole('group', { name: 'Trẻ em mới 1' });
  await newChild.getByLabel('Họ và tên').fill(CHILD);
  await newChild.getByLabel('Năm sinh (ước tính)').fill('2016');
  await expect(newChild).toContainText('Phường Ba Đình');
  await choose(worker, worker, 'Nguồn thông tin', 'Tổng đài 111');
  await choose(worker, worker, 'Hình thức', 'Qua điện thoại');
  await choose(worker, worker, 'Hình thức xâm hại, nguy cơ', 'Bạo lực');
  await worker.keyboard.press('Escape');
  await worker
    .getByLabel('Nội dung thông tin')
    .fill('Tổng đài 111 chuyển tin: trẻ bị cha đánh lúc nửa đêm, hàng xóm nghe tiếng kêu cứu.');
  await worker.getByRole('button', { name: 'Lưu và mở hồ sơ' }).click();
  const title = worker.getByRole('heading', { name: /^Hồ sơ BVTE-/, level: 1 });
  await expect(title).toBeVisible();
  const code = ((await title.textContent()) ?? '').replace('Hồ sơ ', '');
  const caseUrl = worker.url();

  // 2. The initial assessment: in immediate danger, at the intervention level; then the
  // emergency measures, both within the 12 hours.
  const initial = await openStep(worker, 'Đánh giá ban đầu');
  await rate(initial, {
    'Mức độ tổn hại': 'Cao',
    'Khả năng tiếp cận của người xâm hại': 'Cao',
    'Cản trở an toàn trong môi trường chăm sóc': 'Cao',
    'Khả năng tự bảo vệ, phục hồi của trẻ': 'Thấp',
  });
  await initial.getByRole('radio', { name: 'Có', exact: true }).check();
  await choose(worker, initial, 'Cấp độ', 'Can thiệp');
  await saveStep(worker, initial, 'Đánh giá ban đầu');
  const emergency = await openStep(worker, 'Biện pháp bảo vệ khẩn cấp');
  await emergency
    .getByLabel('Biện pháp bảo vệ khẩn cấp')
    .fill('Đưa trẻ đến nhà bà ngoại\nCông an phường làm việc với người cha');
  await saveStep(worker, emergency, 'Biện pháp bảo vệ khẩn cấp');
  const timeline = worker.getByRole('table', { name: 'Diễn biến hồ sơ' });
  await expect(
    timeline.getByRole('row').filter({ hasText: 'Chuyển sang: Cần bảo vệ khẩn cấp' }),
  ).toContainText(/Đánh giá ban đầu \(.*\) đúng hạn/);
  await expect(
    timeline.getByRole('row').filter({ hasText: 'Biện pháp bảo vệ khẩn cấp' }),
  ).toContainText(/Biện pháp khẩn cấp \(.*\) đúng hạn/);

  // 3. The assessment with the case meeting, then the plan with an action for the ward's police,
  // chosen from the system's organisations as the name is typed without its marks.
  const assessment = await openStep(worker, 'Đánh giá toàn diện và họp xác định nhu cầu');
  await assessment.getByLabel('Tình hình của trẻ').fill('Trẻ có vết bầm ở lưng, sợ về nhà.');
  await assessment.getByLabel('Hoàn cảnh gia đình').fill('Cha nghiện rượu, mẹ đi làm xa.');
  await assessment.getByLabel('Nhu cầu của trẻ').fill('An toàn trước người cha');
  const views = assessment.getByRole('group', { name: `Ý kiến của trẻ: ${CHILD}` });
  await views.getByLabel('Đã lấy ý kiến của trẻ').check();
  await views.getByLabel('Ý kiến của trẻ', { exact: true }).fill('Con muốn ở với bà.');
  await assessment.getByLabel('Người dự họp 1: Họ tên').fill('Trần Văn Minh');
  await assessment.getByLabel('Người dự họp 1: Vai trò').fill('cán bộ công tác xã hội');
  await assessment.getByLabel('Người dự họp 2: Họ tên').fill('Lò Văn Páo');
  await assessment.getByLabel('Người dự họp 2: Vai trò').fill('ông ngoại của trẻ');
  await assessment.getByLabel('Nội dung thống nhất').fill('Công an phường ngăn chặn người cha');
  await saveStep(worker, assessment, 'Đánh giá toàn diện và họp xác định nhu cầu');
  await expect(worker.getByText('Đang xây dựng kế hoạch', { exact: true })).toBeVisible();

  const plan = await openStep(worker, 'Trình kế hoạch hỗ trợ, can thiệp');
  await plan.getByLabel('Mục tiêu').fill('Trẻ an toàn trước người cha');
  const action = plan.getByRole('group', { name: 'Hoạt động 1' });
  await action.getByLabel('Hoạt động', { exact: true }).fill('Xác minh, ngăn chặn hành vi bạo lực');
  await choose(worker, action, 'Loại dịch vụ', 'Điều tra, xác minh');
  await suggest(
    worker,
    action.getByLabel('Cơ quan, tổ chức thực hiện'),
    'cong an ba dinh',
    '[DEMO] Công an phường Ba Đình',
  );
  await action.getByLabel('Người chịu trách nhiệm').fill('Trưởng Công an phường');
  await plan.getByLabel('Trẻ đồng ý với kế hoạch').check();
  // The father harms the child and the mother works away: the parents could not be asked.
  await plan.getByLabel('Đã hỏi ý kiến cha mẹ, người giám hộ').uncheck();
  await plan
    .getByLabel('Lý do không hỏi được ý kiến')
    .fill('Cha là người gây tổn hại cho trẻ; mẹ đi làm ăn xa, chưa liên lạc được');
  await expectAccessible(worker);
  await saveStep(worker, plan, 'Trình kế hoạch hỗ trợ, can thiệp');
  await expect(worker.getByText('Chờ phê duyệt kế hoạch', { exact: true })).toBeVisible();
  const actions = worker.getByRole('table', { name: 'Hoạt động của kế hoạch' });
  await expect(actions).toContainText('[DEMO] Công an phường Ba Đình');

  // 4. The chair approves the plan, the code asked at that moment.
  const chair = await person(browser, 'demo.chutich');
  await chair
    .getByLabel('Mã xác thực (6 chữ số) hoặc mã khôi phục')
    .fill(await demoCode('demo.chutich'));
  await chair.getByRole('button', { name: 'Xác nhận' }).click();
  await chair
    .getByRole('navigation', { name: 'Điều hướng' })
    .getByRole('link', { name: 'Phê duyệt' })
    .click();
  const queue = chair.getByRole('table', { name: 'Chờ phê duyệt' });
  await queue.getByRole('link', { name: `Hồ sơ ${code}` }).click();
  await chair.getByRole('button', { name: 'Phê duyệt kế hoạch', exact: true }).click();
  const approval = chair.getByRole('dialog', { name: 'Phê duyệt kế hoạch' });
  await approval.getByLabel('Số quyết định').fill('31/QĐ-UBND');
  await approval.getByLabel('Mã xác thực (6 số)').fill(await demoCode('demo.chutich'));
  await approval.getByRole('button', { name: 'Phê duyệt' }).click();
  await expect(chair.getByText('Đã phê duyệt kế hoạch.')).toBeVisible();

  // 5. The worker refers the police's action: the organisation and service come from the plan.
  await worker.reload();
  await expect(worker.getByText('Đang thực hiện kế hoạch', { exact: true })).toBeVisible();
  await actions.getByRole('button', { name: 'Chuyển gửi cho hoạt động 1' }).click();
  const referral = worker.getByRole('form', { name: 'Chuyển gửi dịch vụ' });
  await expect(referral).toContainText('[DEMO] Công an phường Ba Đình');
  await expect(referral).toContainText('Điều tra, xác minh');
  await choose(worker, referral, 'Mức độ khẩn', 'Khẩn cấp');
  await referral.getByLabel('Lý do chuyển gửi').fill('Ngăn chặn người cha tiếp cận trẻ.');
  await referral.getByRole('checkbox', { name: 'Ngày sinh' }).check();
  await referral.getByRole('button', { name: 'Gửi' }).click();
  const referrals = worker.getByRole('table', { name: 'Chuyển gửi' });
  await expect(referrals).toContainText('Chờ tiếp nhận');

  // 6. The police see it arrive without a reload, emergency first, and take it to its outcome.
  const inbox = police.getByRole('table', { name: 'Hộp đến' });
  const arrived = inbox.getByRole('row').filter({ hasText: code });
  await expect(arrived).toContainText('Khẩn cấp', { timeout: 30_000 });
  await arrived.getByRole('link').click();
  await expect(police.getByRole('region', { name: 'Trẻ em' })).toContainText(CHILD);
  await police.getByRole('button', { name: 'Xác nhận đã tiếp nhận' }).click();
  await expect(police.getByText('Đã tiếp nhận', { exact: true })).toBeVisible();
  await police.getByRole('button', { name: 'Nhận xử lý' }).click();
  await police
    .getByRole('dialog', { name: 'Nhận xử lý' })
    .getByRole('button', { name: 'Nhận xử lý' })
    .click();
  await expect(police.getByText('Đang xử lý', { exact: true })).toBeVisible();
  await police.getByRole('button', { name: 'Báo cáo hoàn thành' }).click();
  const complete = police.getByRole('dialog', { name: 'Báo cáo hoàn thành' });
  await complete.getByLabel('Kết quả xử lý').fill(OUTCOME);
  await complete.getByRole('button', { name: 'Báo cáo hoàn thành' }).click();
  await expect(police.getByText('Đã hoàn thành', { exact: true })).toBeVisible();

  // 7. The worker reads the outcome, the action done by it, and reviews proposing closure.
  await worker.goto(caseUrl);
  await expect(referrals.getByRole('row').filter({ hasText: 'Công an' })).toContainText(OUTCOME);
  await expect(actions.getByRole('row').filter({ hasText: 'Xác minh' })).toContainText(
    'Đã hoàn thành',
  );
  const review = await reviewProposingClosure(
    worker,
    'Người cha đã cam kết, trẻ ổn định ở với bà.',
  );
  await saveStep(worker, review, 'Rà soát, đánh giá');

  // 8. The chair approves the closure, with a new code.
  // Back on the queue since the plan's approval: the closure shows within its half-minute refresh.
  const closure = queue.getByRole('row').filter({ hasText: code });
  await expect(closure).toContainText('Đề xuất đóng hồ sơ', { timeout: 40_000 });
  await closure.getByRole('link', { name: `Hồ sơ ${code}` }).click();
  await chair.getByRole('button', { name: 'Đồng ý đóng hồ sơ', exact: true }).click();
  const close = chair.getByRole('dialog', { name: 'Đồng ý đóng hồ sơ' });
  await close.getByLabel('Mã xác thực (6 số)').fill(await demoCode('demo.chutich'));
  await close.getByRole('button', { name: 'Phê duyệt' }).click();
  await expect(chair.getByText('Đã đồng ý đóng hồ sơ.')).toBeVisible();
  await worker.reload();
  await expect(worker.getByText('Đã đóng', { exact: true }).first()).toBeVisible();
  await screenshot(worker, 'vital-path-closed');

  // 9. The dashboard counts it among the year's closed cases.
  await province.reload();
  await expect(casesFigures).toContainText(`${closedBefore + 1} vụ việc đã đóng trong năm`);
  await expectAccessible(province);
});
