import ExcelJS from 'exceljs';
import { todayInVietnam } from '../src/children/age.js';
import { addDays } from '../src/calendar/working-days.js';
import { createTestApp, type TestApp } from './app.js';
import { AREA, binary, communeOfficer } from './world.js';

type Client = Awaited<ReturnType<typeof communeOfficer>>;

const A1 = { provinceCode: AREA.provinceA, communeCode: AREA.communeA1 };

/** A sheet's rows as arrays of the cells' text, the header first. */
function rowsOf(workbook: ExcelJS.Workbook, name: string): string[][] {
  const sheet = workbook.getWorksheet(name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  const rows: string[][] = [];
  sheet.eachRow((row) =>
    rows.push(
      // Every cell, an empty one between others too (`values` leaves it a hole).
      Array.from(row.values as unknown[])
        .slice(1)
        .map((v) => (v == null ? '' : String(v as string | number | Date))),
    ),
  );
  return rows;
}

/**
 * Issue 25, Law 91/2025: a child's or carer's requests about the child's personal data, answered
 * by the commune that keeps the record: the file of everything held and who read it, and
 * requests to correct the record tracked until answered.
 */
describe('personal data: the subject’s file and correction requests', () => {
  let t: TestApp;
  let officer: Client;
  let officerA2: Client;
  let id: string;

  beforeAll(async () => {
    t = await createTestApp({ role: 'api' });
    officer = await communeOfficer(t, 'officer');
    officerA2 = await communeOfficer(t, 'officer-a2', AREA.communeA2);
    id = (
      await officer
        .post('/api/v1/children')
        .send({
          fullName: 'Nguyễn Thi Hạnh',
          dateOfBirth: '2014-05-06',
          sex: 'female',
          ...A1,
          specialCircumstances: [{ code: 'a', since: '2020-01-01' }],
        })
        .expect(201)
    ).body.id;
  });
  afterAll(() => t.close());

  it('gives the whole record, its history and who read it, as one file', async () => {
    await officer
      .patch(`/api/v1/children/${id}`)
      .set('If-Match', '"1"')
      .send({ village: 'Tổ dân phố 5' })
      .expect(200);
    await officer.get(`/api/v1/children/${id}`).expect(200);
    await officer
      .post(`/api/v1/children/${id}/supports`)
      .send({
        kind: 'scholarship',
        provider: 'organization',
        providerName: 'Quỹ Bảo trợ trẻ em',
        startsOn: '2026-09-05',
        amount: 2_000_000,
      })
      .expect(201);

    const res = await officer
      .get(`/api/v1/children/${id}/personal-data`)
      .query({ requester: 'Nguyễn Thị Lan, mẹ của trẻ' })
      .buffer(true)
      .parse(binary)
      .expect(200);
    expect(res.headers['content-disposition']).toContain('du-lieu-ca-nhan-');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Uint8Array.from(res.body as Buffer).buffer);
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      'Thong tin cua tre',
      'Lich su thay doi',
      'Nguoi da xem va sua',
      'Doi chieu dan cu',
      'Ho tro nhan duoc',
      'Tai nan thuong tich',
    ]);

    const details = new Map(rowsOf(workbook, 'Thong tin cua tre').map(([k, v]) => [k, v]));
    expect(details.get('Tệp dữ liệu cá nhân lập theo yêu cầu của')).toBe(
      'Nguyễn Thị Lan, mẹ của trẻ',
    );
    expect(details.get('Họ và tên')).toBe('Nguyễn Thi Hạnh');
    expect(details.get('Thôn, tổ dân phố')).toBe('Tổ dân phố 5');
    expect(details.get('Hoàn cảnh đặc biệt')).toMatch(/^.+ \(a\), từ 01\/01\/2020$/);
    expect(details.get('Đối chiếu CSDL dân cư')).toBe('Chưa đối chiếu');

    const history = rowsOf(workbook, 'Lich su thay doi');
    expect(history.map((row) => row[2])).toEqual(['Thao tác', 'Tạo hồ sơ', 'Sửa hồ sơ']);
    expect(history[2][3]).toBe('Thôn, tổ dân phố: (trống) → Tổ dân phố 5');

    const accesses = rowsOf(workbook, 'Nguoi da xem va sua').slice(1);
    expect(accesses.map(([, who, what]) => [who, what])).toEqual([
      ['officer', 'Tạo hồ sơ'],
      ['officer', 'Sửa hồ sơ'],
      ['officer', 'Xem hồ sơ'],
      ['officer', 'Ghi nhận hỗ trợ trẻ em nhận được'],
      ['officer', 'Lập tệp dữ liệu cá nhân theo yêu cầu'],
    ]);
    expect(rowsOf(workbook, 'Ho tro nhan duoc')).toEqual([
      [
        'Loại hỗ trợ',
        'Nguồn hỗ trợ',
        'Từ ngày',
        'Đến ngày',
        'Số tiền (đồng)',
        'Chương trình',
        'Người ghi nhận',
      ],
      [
        'Học bổng',
        'Tổ chức: Quỹ Bảo trợ trẻ em',
        '05/09/2026',
        'đang nhận',
        '2000000',
        '',
        'Người dùng officer',
      ],
    ]);
  });

  it('names who asked, and is the keeping commune’s to give', async () => {
    const noRequester = await officer.get(`/api/v1/children/${id}/personal-data`).expect(400);
    expect(noRequester.body.errors[0].field).toBe('requester');
    await officerA2
      .get(`/api/v1/children/${id}/personal-data`)
      .query({ requester: 'Ai đó' })
      .expect(404);
  });

  it('tracks a request to correct the record until it is answered', async () => {
    const future = await officer
      .post(`/api/v1/children/${id}/correction-requests`)
      .send({
        requester: 'Nguyễn Thị Lan, mẹ của trẻ',
        request: 'Tên đệm của cháu là "Thị"',
        receivedOn: addDays(todayInVietnam(), 1),
      })
      .expect(422);
    expect(future.body.errors).toEqual([
      { field: 'receivedOn', message: 'Ngày nhận yêu cầu không được sau ngày hôm nay.' },
    ]);
    const created = await officer
      .post(`/api/v1/children/${id}/correction-requests`)
      .send({
        requester: 'Nguyễn Thị Lan, mẹ của trẻ',
        request: 'Tên đệm của cháu là "Thị"',
        receivedOn: todayInVietnam(),
      })
      .expect(201);
    expect(created.body).toMatchObject({
      childId: id,
      childName: 'Nguyễn Thi Hạnh',
      status: 'open',
      answer: null,
      recordedBy: { fullName: 'Người dùng officer' },
    });

    const open = await officer
      .get(`/api/v1/children/correction-requests?communeCode=${AREA.communeA1}`)
      .expect(200);
    expect(open.body.map((r: { id: string }) => r.id)).toEqual([created.body.id]);
    await officerA2
      .post(`/api/v1/children/correction-requests/${created.body.id}/answer`)
      .send({ outcome: 'refused', answer: 'Không' })
      .expect(404);

    await officer
      .patch(`/api/v1/children/${id}`)
      .set('If-Match', '"2"')
      .send({ fullName: 'Nguyễn Thị Hạnh' })
      .expect(200);
    const answered = await officer
      .post(`/api/v1/children/correction-requests/${created.body.id}/answer`)
      .send({ outcome: 'corrected', answer: 'Đã sửa tên đệm theo giấy khai sinh.' })
      .expect(200);
    expect(answered.body).toMatchObject({
      status: 'corrected',
      childName: 'Nguyễn Thị Hạnh',
      answeredBy: { fullName: 'Người dùng officer' },
    });
    const again = await officer
      .post(`/api/v1/children/correction-requests/${created.body.id}/answer`)
      .send({ outcome: 'refused', answer: 'Lần hai' })
      .expect(409);
    expect(again.body.type).toBe('/problems/correction-answered');

    const left = await officer
      .get(`/api/v1/children/correction-requests?communeCode=${AREA.communeA1}`)
      .expect(200);
    expect(left.body).toEqual([]);
    const ofChild = await officer.get(`/api/v1/children/${id}/correction-requests`).expect(200);
    expect(ofChild.body).toMatchObject([
      { status: 'corrected', answer: 'Đã sửa tên đệm theo giấy khai sinh.' },
    ]);
  });
});
