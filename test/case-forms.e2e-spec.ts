import { createTestApp, type TestApp } from './app.js';
import { postStep, BODIES, type CaseWorld, caseWorld, forChildren } from './case-world.js';
import { pdfText } from './pdf-text.js';
import { AREA, binary } from './world.js';

/**
 * The statutory forms over HTTP, read back from the PDFs: what Mẫu 01 asks of a report (stored,
 * returned, printed), one copy of each form per child, and Mẫu 05's decision number.
 */
describe('case forms: Mẫu 01-06 as the decree lays them out, per child', () => {
  let t: TestApp;
  let w: CaseWorld;

  beforeAll(async () => {
    t = await createTestApp();
    w = await caseWorld(t);
  });

  afterAll(() => t.close());

  const sister = {
    fullName: 'Trần Thị Mai',
    dateOfBirth: '2015-02-10',
    sex: 'female',
    provinceCode: AREA.provinceA,
    communeCode: AREA.communeA1,
  };
  const brother = { ...sister, fullName: 'Trần Minh Khôi', dateOfBirth: '2017-09-01', sex: 'male' };
  const report = {
    newChildren: [sister, brother],
    source: 'hotline_111',
    channel: 'phone',
    receivedAt: new Date(Date.now() - 3_600_000).toISOString(),
    summary: 'Hàng xóm nghe tiếng hai trẻ khóc và tiếng đánh đập.',
    concerns: ['violence'],
    childCondition: 'Hai trẻ có vết bầm ở tay, sợ hãi.',
    likelyHarm: 'Trẻ tiếp tục bị đánh, có thể bỏ học.',
    father: { fullName: 'Trần Văn Bình', age: 41, occupation: 'lái xe' },
    mother: { fullName: 'Nguyễn Thị Lan', birthYear: 1989 },
    familySituation: 'Cha nghiện rượu, mẹ đi làm xa.',
    caregiver: 'Bà ngoại',
    actionsTaken: 'Hàng xóm đưa hai trẻ sang nhà bà ngoại.',
    reporter: { fullName: 'Phạm Văn Hải', phone: '0912345678', address: 'Số 5 ngõ 12 Đội Cấn' },
  };

  const pdf = (caseId: string, form: string, query = '') =>
    w.worker.get(`/api/v1/cases/${caseId}/forms/${form}${query}`).buffer(true).parse(binary);
  const printed = async (caseId: string, form: string, query = '') =>
    pdfText((await pdf(caseId, form, query).expect(200)).body as Buffer);

  it('stores, returns and prints what Mẫu 01 asks of the child, the family and the reporter, once per child', async () => {
    const created = await w.hotline.post('/api/v1/cases').send(report).expect(201);
    const expected = {
      childCondition: report.childCondition,
      likelyHarm: report.likelyHarm,
      father: report.father,
      mother: report.mother,
      guardian: null,
      familySituation: report.familySituation,
      caregiver: report.caregiver,
      actionsTaken: report.actionsTaken,
      reporter: report.reporter,
    };
    expect(created.body).toMatchObject(expected);
    const kase = (await w.worker.get(`/api/v1/cases/${created.body.id}`).expect(200)).body;
    expect(kase).toMatchObject(expected);
    // Sealed at rest like the report's narrative: none of it readable in the row.
    const [row] = await t.dataSource.query('SELECT intake FROM cases WHERE id = $1', [kase.id]);
    expect(row.intake).not.toContain('Trần Văn Bình');
    // A list never carries the report.
    const listed = (await w.worker.get('/api/v1/cases').expect(200)).body.items.find(
      (item: { id: string }) => item.id === kase.id,
    );
    expect(listed).toBeDefined();
    for (const field of ['summary', 'father', 'childCondition', 'caregiver', 'reporter']) {
      expect(listed).not.toHaveProperty(field);
    }

    // One Mẫu 01 per child: the first of childIds by default, another by childId.
    const names = new Map<string, string>();
    for (const [i, childId] of (kase.childIds as string[]).entries()) {
      const res = await pdf(kase.id, 'mau-01', `?childId=${childId}`).expect(200);
      expect(res.headers['content-disposition']).toBe(
        `inline; filename="${kase.code}-mau-01-${i + 1}.pdf"`,
      );
      const text = pdfText(res.body as Buffer);
      const name = [sister, brother].find((c) => text.includes(c.fullName))!.fullName;
      names.set(childId, name);
      expect(text).not.toContain(name === sister.fullName ? brother.fullName : sister.fullName);
      for (const line of [
        'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
        'BÁO CÁO TIẾP NHẬN THÔNG TIN TRẺ EM',
        `Họ và tên trẻ em: ${name}`,
        'Tình trạng trẻ em: Hai trẻ có vết bầm ở tay, sợ hãi.',
        'Phỏng đoán hậu quả xảy ra cho trẻ em nếu không có hỗ trợ, can thiệp: Trẻ tiếp tục bị đánh, có thể bỏ học.',
        'Họ và tên cha: Trần Văn Bình\nTuổi: 41\nNghề nghiệp: lái xe',
        'Họ và tên mẹ: Nguyễn Thị Lan\nTuổi: sinh năm 1989\nNghề nghiệp: ……………………………………',
        'Hoàn cảnh gia đình: Cha nghiện rượu, mẹ đi làm xa.',
        'Hiện ai là người chăm sóc trẻ em (nếu biết): Bà ngoại',
        'trước khi nhận được thông tin: Hàng xóm đưa hai trẻ sang nhà bà ngoại.',
        'Địa chỉ: Số 5 ngõ 12 Đội Cấn',
      ]) {
        expect(text).toContain(line);
      }
    }
    const first = await printed(kase.id, 'mau-01');
    expect(first).toContain(`Họ và tên trẻ em: ${names.get(kase.childIds[0])}`);

    // A child of another case, or not a child id at all.
    const other = await w.hotline
      .post('/api/v1/cases')
      .send({ ...report, newChildren: [{ ...sister, fullName: 'Lê Văn Tám' }] })
      .expect(201);
    const foreign = await pdf(kase.id, 'mau-01', `?childId=${other.body.childIds[0]}`).expect(422);
    expect(JSON.parse((foreign.body as Buffer).toString()).errors).toEqual([
      { field: 'childId', message: 'Trẻ em này không thuộc hồ sơ.' },
    ]);
    await pdf(kase.id, 'mau-01', '?childId=someone').expect(400);
  });

  it('leaves Mẫu 01’s lines to fill when the report knew little (as reports taken before these were asked)', async () => {
    const { childCondition: _c, father: _f, mother: _m, caregiver: _g, ...little } = report;
    const kase = (
      await w.hotline
        .post('/api/v1/cases')
        .send({ ...little, newChildren: [sister] })
        .expect(201)
    ).body;
    expect(kase).toMatchObject({ childCondition: null, father: null, caregiver: null });
    const text = await printed(kase.id, 'mau-01');
    expect(text).toContain('Tình trạng trẻ em: ……………………………………');
    expect(text).toContain('Họ và tên cha: ……………………………………');
    expect(text).toContain('Hiện ai là người chăm sóc trẻ em (nếu biết): ……………………………………');
  });

  it('asks the chair for Mẫu 05’s number, and prints each child’s forms to the review', async () => {
    const kase = (await w.hotline.post('/api/v1/cases').send(report).expect(201)).body;
    const step = (action: string, body: object = BODIES[action]) =>
      postStep(t, w, action, `/api/v1/cases/${kase.id}/${action}`).send(
        forChildren(action, body, kase.childIds),
      );
    await step('initial-assessment').expect(200);
    await step('assessment').expect(200);
    await step('plan').expect(200);

    // The decision is numbered: without its number the chair's approval is refused, naming it.
    const unnumbered = await step('plan/approve', {}).expect(400);
    expect(unnumbered.body.errors.map((e: { field: string }) => e.field)).toEqual([
      'decisionNumber',
    ]);
    const draft = await printed(kase.id, 'mau-05');
    expect(draft).toContain('Số: ……/QĐ-UBND');
    expect(draft).toContain('DỰ THẢO');
    await step('plan/approve', { decisionNumber: '27/QĐ-UBND' }).expect(200);
    const second = kase.childIds[1] as string;
    const decision = await printed(kase.id, 'mau-05', `?childId=${second}`);
    expect(decision).toContain('Số: 27/QĐ-UBND');
    expect(decision).not.toContain('DỰ THẢO');
    expect(decision).toContain(
      [
        'Căn cứ Luật Tổ chức chính quyền địa phương năm 2025;',
        'Căn cứ Luật Trẻ em ngày 05 tháng 4 năm 2016;',
        'Căn cứ Nghị định số 56/2017/NĐ-CP ngày 09 tháng 5 năm 2017 của Chính phủ quy định chi tiết một số điều của Luật Trẻ em;',
      ].join('\n'),
    );
    const child = (await w.worker.get(`/api/v1/children/${second}`).expect(200)).body;
    expect(decision).toContain(
      `Điều 1. Phê duyệt kế hoạch hỗ trợ, can thiệp đối với trẻ em ${child.fullName}`,
    );

    await step('reviews').expect(200);
    for (const form of ['mau-02', 'mau-03', 'mau-04', 'mau-06']) {
      const text = await printed(kase.id, form, `?childId=${second}`);
      expect(text).toContain(child.fullName);
    }
    const review = await printed(kase.id, 'mau-06');
    // The harm rated (1.a, with its own total) apart from the child's capacity (1.b).
    expect(review).toMatch(
      /a\) Đánh giá mức độ tổn hại của trẻ em:\nĐánh giá mức độ tổn hại của trẻ em \| Mức độ \(Cao, Trung bình, Thấp\)\n1\. .*\n2\. .*\n3\. .*\nTổng số \| Cao: \d; Trung bình: \d; Thấp: \d\nb\) Đánh giá khả năng tự bảo vệ, phục hồi của trẻ em:\nĐánh giá khả năng tự bảo vệ, phục hồi của trẻ em \| Mức độ \(Cao, Trung bình, Thấp\)\n1\. Khả năng tự bảo vệ, phục hồi của trẻ em \| (Cao|Trung bình|Thấp)\n/,
    );
    expect(await printed(kase.id, 'mau-03')).toContain(
      'THU THẬP THÔNG TIN, ĐÁNH GIÁ NGUY CƠ CỤ THỂ',
    );
  });
});
