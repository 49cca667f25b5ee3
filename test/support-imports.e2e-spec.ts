import ExcelJS from 'exceljs';
import { todayInVietnam } from '../src/children/age.js';
import { SUPPORT_COLUMNS } from '../src/children/sheet-columns.js';
import { createTestApp, type TestApp } from './app.js';
import { importFinished } from './imports.js';
import { AREA, binary, communeOfficer } from './world.js';

const A1 = { provinceCode: AREA.provinceA, communeCode: AREA.communeA1 };
const YEAR = Number(todayInVietnam().slice(0, 4));
const HEADERS = SUPPORT_COLUMNS.map((c) => c.header);

type Row = Partial<Record<(typeof HEADERS)[number], string>>;

function csv(rows: Row[]): Buffer {
  const quote = (v: string) => (/[",\n;]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  const lines = [HEADERS, ...rows.map((r) => HEADERS.map((h) => r[h] ?? ''))];
  return Buffer.from(`\uFEFF${lines.map((l) => l.map(quote).join(',')).join('\r\n')}\r\n`);
}

async function sheets(file: Buffer): Promise<Map<string, unknown[][]>> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Uint8Array.from(file).buffer);
  return new Map(
    workbook.worksheets.map((sheet) => {
      const rows: unknown[][] = [];
      sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
      return [sheet.name, rows];
    }),
  );
}

/**
 * A commune's list of allowances, cards and gifts imported from a spreadsheet (issue 26), as the
 * children are: checked first, each row's outcome reported in the officer's words, written only
 * for real, and a second file with the same supports changing only what differs.
 */
describe('importing the support children receive', () => {
  let t: TestApp;
  let officer: ReturnType<TestApp['as']>;
  let officerA2: ReturnType<TestApp['as']>;

  const newChild = async (
    api: ReturnType<TestApp['as']>,
    body: Record<string, unknown>,
    area: { provinceCode: string; communeCode: string } = A1,
  ) =>
    (
      await api
        .post('/api/v1/children')
        .send({ sex: 'female', dateOfBirth: '2014-05-06', ...area, ...body })
        .expect(201)
    ).body.id as string;

  const upload = async (rows: Row[], dryRun: boolean) => {
    let req = officer
      .post('/api/v1/children/imports')
      .field('kind', 'supports')
      .attach('file', csv(rows), 'ho-tro.csv');
    if (dryRun) req = req.field('dryRun', 'true');
    const started = await req.expect(202);
    return importFinished(officer, started.body.id as string);
  };

  beforeAll(async () => {
    t = await createTestApp();
    officer = await communeOfficer(t, 'officer');
    officerA2 = await communeOfficer(t, 'officer-a2', AREA.communeA2);
  });
  afterAll(() => t.close());

  it('serves its template: the columns, the kinds of support, an example apart', async () => {
    const res = await officer
      .get('/api/v1/children/imports/template?kind=supports')
      .buffer(true)
      .parse(binary)
      .expect(200);
    expect(res.headers['content-disposition']).toContain('mau-nhap-ho-tro-tre-em.xlsx');
    const book = await sheets(res.body as Buffer);
    expect([...book.keys()]).toEqual(['Hỗ trợ trẻ em', 'Mã danh mục', 'Ví dụ (không được nhập)']);
    expect(book.get('Hỗ trợ trẻ em')).toEqual([HEADERS]);
    expect(book.get('Mã danh mục')).toContainEqual([
      'Loại hỗ trợ',
      'social_allowance',
      'Trợ cấp xã hội hằng tháng (Nghị định 20/2021/NĐ-CP)',
    ]);
    expect(book.get('Mã danh mục')).toContainEqual([
      'Nguồn hỗ trợ',
      'Nhà nước / Tổ chức / Nhà tài trợ',
    ]);
    await officer.get('/api/v1/children/imports/template?kind=cases').expect(400);
  });

  it('checks a file first, then imports it; a row about a support again changes only what differs', async () => {
    const pid = '001314000123';
    const elsewherePid = '001314000456';
    const withId = await newChild(officer, { fullName: 'Lò Thị Sao', personalId: pid });
    const byName = await newChild(officer, { fullName: 'Hà Thị Thu', dateOfBirth: '2015-07-08' });
    await newChild(officer, { fullName: 'Mai Thị Lụa', dateOfBirth: '2016-01-02' });
    await newChild(officer, { fullName: 'Mai Thi Lua', dateOfBirth: '2016-01-02' });
    await newChild(
      officerA2,
      { fullName: 'Vàng Thị Dợ', personalId: elsewherePid },
      { provinceCode: AREA.provinceA, communeCode: AREA.communeA2 },
    );

    const allowance: Row = {
      'Số định danh cá nhân': pid,
      'Loại hỗ trợ': 'social_allowance',
      'Nguồn hỗ trợ': 'Nhà nước',
      'Từ ngày': `01/01/${YEAR}`,
      'Số tiền (đồng)': '500.000',
      'Chương trình': 'Trợ cấp xã hội hằng tháng',
    };
    const card: Row = {
      'Họ và tên': 'HA THI THU', // without diacritics, in capitals
      'Ngày sinh': '08/07/2015',
      'Loại hỗ trợ': 'Thẻ bảo hiểm y tế', // the kind by its name
      'Nguồn hỗ trợ': 'nha nuoc',
      'Từ ngày': `01/01/${YEAR}`,
      'Đến ngày': `31/12/${YEAR}`,
    };
    const rows: Row[] = [
      allowance,
      card,
      { ...card, 'Họ và tên': 'Mai Thị Lụa', 'Ngày sinh': '02/01/2016' },
      { ...card, 'Họ và tên': 'Không Có Ai', 'Ngày sinh': '02/01/2016' },
      { ...card, 'Họ và tên': '', 'Ngày sinh': '' },
      {
        'Số định danh cá nhân': pid,
        'Loại hỗ trợ': 'xổ số',
        'Nguồn hỗ trợ': 'Hàng xóm',
        'Từ ngày': 'hôm qua',
        'Số tiền (đồng)': 'nhiều',
      },
      { ...allowance, 'Số tiền (đồng)': '600000' },
      { ...allowance, 'Loại hỗ trợ': 'gift', 'Nguồn hỗ trợ': 'Tổ chức' },
      { ...allowance, 'Số định danh cá nhân': elsewherePid },
      { ...allowance, 'Đến ngày': `01/12/${YEAR - 1}` },
    ];

    const checked = await upload(rows, true);
    expect(checked).toMatchObject({ status: 'done', total: 10, created: 2, rejected: 8 });
    expect(checked.errors.map((e) => [e.row, e.column, e.message])).toEqual([
      [
        4,
        'Họ và tên',
        'Có 2 trẻ cùng họ tên và ngày sinh này trong địa bàn của bạn; ghi số định danh cá nhân hoặc mã hồ sơ để chỉ rõ trẻ nào.',
      ],
      [
        5,
        'Họ và tên',
        'Không có trẻ nào tên Không Có Ai sinh ngày 02/01/2016 trong địa bàn của bạn.',
      ],
      [
        6,
        null,
        'Chưa rõ trẻ nào: ghi mã hồ sơ, số định danh cá nhân, hoặc họ tên và ngày sinh của trẻ.',
      ],
      [
        7,
        'Loại hỗ trợ',
        'Loại hỗ trợ: “xổ số” không có trong danh mục; ghi mã hoặc tên loại hỗ trợ ở trang “Mã danh mục” của tệp mẫu.',
      ],
      [
        7,
        'Nguồn hỗ trợ',
        'Nguồn hỗ trợ: “Hàng xóm” không hợp lệ; ghi Nhà nước, Tổ chức hoặc Nhà tài trợ.',
      ],
      [7, 'Từ ngày', 'Từ ngày: “hôm qua” không hợp lệ; ghi ngày/tháng/năm như 01/09/2026.'],
      [
        7,
        'Số tiền (đồng)',
        'Số tiền (đồng): “nhiều” không hợp lệ; ghi số tiền bằng đồng, như 500000 hoặc 500.000.',
      ],
      [8, null, 'Trùng với dòng 2 của tệp (cùng trẻ, cùng loại hỗ trợ, cùng ngày bắt đầu).'],
      [
        9,
        'Tên tổ chức, nhà tài trợ',
        'Tên tổ chức, nhà tài trợ: Cần ghi tên cơ quan, tổ chức hoặc nhà tài trợ.',
      ],
      [
        10,
        'Số định danh cá nhân',
        `Không có trẻ nào có số định danh ${elsewherePid} trong địa bàn của bạn.`,
      ],
      [11, 'Đến ngày', 'Đến ngày: Ngày kết thúc không được trước ngày bắt đầu.'],
    ]);
    // A check writes nothing.
    expect((await officer.get(`/api/v1/children/${withId}/supports`).expect(200)).body).toEqual([]);

    const imported = await upload(rows, false);
    expect(imported).toMatchObject({ status: 'done', created: 2, updated: 0, rejected: 8 });
    const [recorded] = (await officer.get(`/api/v1/children/${withId}/supports`).expect(200)).body;
    expect(recorded).toMatchObject({
      kind: 'social_allowance',
      provider: 'state',
      startsOn: `${YEAR}-01-01`,
      endsOn: null,
      amount: 500000,
      programme: 'Trợ cấp xã hội hằng tháng',
      recordedBy: { fullName: 'Người dùng officer' },
    });
    expect(
      (await officer.get(`/api/v1/children/${byName}/supports`).expect(200)).body,
    ).toMatchObject([
      { kind: 'health_insurance', provider: 'state', endsOn: `${YEAR}-12-31`, amount: null },
    ]);

    // The allowance ended: the same list again, with its last day.
    const again = await upload([{ ...allowance, 'Đến ngày': `30/06/${YEAR}` }, card], false);
    expect(again).toMatchObject({ created: 0, updated: 1, unchanged: 1, rejected: 0 });
    const ended = (await officer.get(`/api/v1/children/${withId}/supports`).expect(200)).body;
    expect(ended).toHaveLength(1);
    expect(ended[0]).toMatchObject({ id: recorded.id, endsOn: `${YEAR}-06-30`, amount: 500000 });

    const audit = await t.dataSource.query<{ action: string; details: object }[]>(
      `SELECT action, details FROM audit_events
        WHERE action = 'child.supports_imported' ORDER BY id`,
    );
    expect(audit.map((a) => a.details)).toEqual([
      expect.objectContaining({ created: 2, updated: 0 }),
      expect.objectContaining({ created: 0, updated: 1 }),
    ]);
  });

  it('reports the rows refused as a file with the support sheet’s columns', async () => {
    const result = await upload([{ 'Loại hỗ trợ': 'gift', 'Từ ngày': '01/02/2026' }], true);
    const id = (
      await t.dataSource.query<{ id: string }[]>(
        `SELECT id FROM child_imports WHERE kind = 'supports' ORDER BY created_at DESC LIMIT 1`,
      )
    )[0].id;
    expect(result.rejected).toBe(1);
    const report = await officer
      .get(`/api/v1/children/imports/${id}/report`)
      .buffer(true)
      .parse(binary)
      .expect(200);
    const [rows] = [...(await sheets(report.body as Buffer)).values()];
    expect(rows.slice(1)).toEqual([
      [2, 'Nguồn hỗ trợ', 'Nguồn hỗ trợ: Chưa ghi; ghi Nhà nước, Tổ chức hoặc Nhà tài trợ.'],
      [
        2,
        '(cả dòng)',
        'Chưa rõ trẻ nào: ghi mã hồ sơ, số định danh cá nhân, hoặc họ tên và ngày sinh của trẻ.',
      ],
    ]);
  });

  it('refuses a file without the support sheet’s required columns, naming them', async () => {
    const res = await officer
      .post('/api/v1/children/imports')
      .field('kind', 'supports')
      .attach('file', Buffer.from('Họ và tên,Ngày sinh\r\nA,01/01/2015\r\n'), 'x.csv')
      .expect(422);
    expect(res.body.detail).toContain('Loại hỗ trợ, Nguồn hỗ trợ, Từ ngày');
  });
});
