import { readSheet } from '../src/children/sheet-reader.js';
import { createTestApp, type TestApp } from './app.js';
import { AREA, communeOfficer } from './world.js';

type Client = Awaited<ReturnType<typeof communeOfficer>>;

const place = { provinceCode: AREA.provinceA, communeCode: AREA.communeA1 };
const CHILDREN = {
  an: {
    fullName: 'Nguyễn Văn An',
    dateOfBirth: '2015-03-02',
    sex: 'male',
    personalId: '001215012345',
  },
  binh: {
    fullName: 'Trần Thị Bình',
    dateOfBirth: '2016-07-09',
    sex: 'female',
    personalId: '001316000001',
  },
  cuong: { fullName: 'Lê Văn Cường', dateOfBirth: '2014-01-20', sex: 'male' },
  dung: { fullName: 'Phạm Thị Dung', dateOfBirth: '2017-05-05', sex: 'female' },
  em: { fullName: 'Vũ Văn Em', dateOfBirth: '2018-08-08', sex: 'male' },
};

/** A CSV cell, quoted. */
const csv = (cells: (string | null)[]) =>
  cells.map((c) => `"${(c ?? '').replace(/"/g, '""')}"`).join(',');

/**
 * Issue 25: where a commune has no online connection, it checks its children by file with the
 * commune police: the file lists our values and blank columns for the database's answer, and the
 * answered file records the same states as an online check.
 */
describe('population database: the check by file', () => {
  let t: TestApp;
  let officer: Client;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    t = await createTestApp({ role: 'api' });
    officer = await communeOfficer(t, 'officer');
    for (const [key, child] of Object.entries(CHILDREN)) {
      ids[key] = (
        await officer
          .post('/api/v1/children')
          .send({ ...child, ...place })
          .expect(201)
      ).body.id;
    }
  });
  afterAll(() => t.close());

  const download = async (query = '') => {
    const res = await officer
      .get(`/api/v1/population/verification-file?communeCode=${AREA.communeA1}${query}`)
      .buffer(true)
      .parse((response, done) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => done(null, Buffer.concat(chunks)));
      })
      .expect(200);
    expect(res.headers['content-disposition']).toMatch(/doi-chieu-dan-cu-00004-/);
    const rows: (string | null)[][] = [];
    for await (const row of readSheet(res.body as Buffer, 'xlsx')) {
      // Every column, the empty ones too (a sheet row ends at its last filled cell).
      rows.push(
        Array.from({ length: 11 }, (_, i) => {
          const cell = row.cells[i];
          return cell === null || cell === undefined ? null : String(cell);
        }),
      );
    }
    return rows;
  };

  it('lists the records to check, our values and the columns for the answer', async () => {
    const rows = await download();
    expect(rows[0]).toEqual([
      'Mã hồ sơ (ID)',
      'Họ và tên',
      'Ngày sinh',
      'Giới tính',
      'Số định danh cá nhân',
      'Thôn, tổ dân phố',
      'Kết quả đối chiếu',
      'Họ và tên theo CSDL dân cư',
      'Ngày sinh theo CSDL dân cư',
      'Giới tính theo CSDL dân cư',
      'Số định danh theo CSDL dân cư',
    ]);
    // In name order (family name first, without diacritics).
    expect(rows.slice(1).map((r) => r[1])).toEqual([
      'Lê Văn Cường',
      'Nguyễn Văn An',
      'Phạm Thị Dung',
      'Trần Thị Bình',
      'Vũ Văn Em',
    ]);
    expect(rows[2].slice(0, 5)).toEqual([
      ids.an,
      'Nguyễn Văn An',
      '02/03/2015',
      'Nam',
      '001215012345',
    ]);
  });

  it('records the police’s answers as checks, and says which rows it could not take and why', async () => {
    const rows = await download();
    const answers: Record<string, (string | null)[]> = {
      [ids.an]: ['Khớp'],
      [ids.binh]: ['Sai khác', 'TRẦN THỊ BÍNH'],
      // Written without diacritics, and the ID the registry lacks beside a match.
      [ids.cuong]: ['khop', null, null, null, '001214000003'],
      [ids.dung]: ['Không tìm thấy'],
      [ids.em]: ['Có'],
    };
    const lines = [csv(rows[0])];
    for (const row of rows.slice(1)) {
      const answer = answers[row[0]!] ?? [];
      lines.push(csv([...row.slice(0, 6), ...answer]));
    }
    // A row the officer typed in, and An's row again.
    lines.push(csv(['not-an-id', 'Ai Đó', '01/01/2015', 'Nam', null, null, 'Khớp']));
    lines.push(csv([...rows[2].slice(0, 6), 'Không tìm thấy']));
    await officer
      .patch(`/api/v1/children/${ids.binh}`)
      .set('If-Match', '"1"')
      .send({ village: 'Tổ 3' })
      .expect(200);
    const res = await officer
      .post('/api/v1/population/verification-file')
      .attach('file', Buffer.from(lines.join('\r\n')), 'ket-qua.csv')
      .expect(200);
    expect(res.body).toMatchObject({ verified: 1, mismatched: 2, notFound: 1, unanswered: 0 });
    expect(res.body.rejected).toEqual([
      {
        row: 6,
        id: ids.em,
        message: 'Kết quả đối chiếu “Có” không hợp lệ; ghi Khớp, Sai khác hoặc Không tìm thấy.',
      },
      {
        row: 7,
        id: 'not-an-id',
        message: expect.stringMatching(/^Dòng không có mã hồ sơ/),
      },
      {
        row: 8,
        id: ids.an,
        message: `Hồ sơ ${ids.an} đã có kết quả ở dòng 3: mỗi hồ sơ chỉ ghi nhận một dòng.`,
      },
    ]);
    // Bình's village changed, not what was checked: her answer counts.
    const binh = await officer.get(`/api/v1/children/${ids.binh}/verification`).expect(200);
    expect(binh.body).toMatchObject({
      status: 'mismatch',
      differences: [{ field: 'fullName', theirs: 'TRẦN THỊ BÍNH' }],
      checks: [{ method: 'file', outcome: 'mismatch', actor: { fullName: 'Người dùng officer' } }],
    });
    expect(binh.body.checks).toHaveLength(1);
    const cuong = await officer.get(`/api/v1/children/${ids.cuong}/verification`).expect(200);
    expect(cuong.body.differences).toEqual([
      { field: 'personalId', ours: null, theirs: '001214000003' },
    ]);
  });

  it('refuses an answer for a record whose checked values changed since the export', async () => {
    const rows = await download();
    const em = rows.find((r) => r[0] === ids.em)!;
    await officer
      .patch(`/api/v1/children/${ids.em}`)
      .set('If-Match', '"1"')
      .send({ dateOfBirth: '2018-08-09' })
      .expect(200);
    const res = await officer
      .post('/api/v1/population/verification-file')
      .attach(
        'file',
        Buffer.from([csv(rows[0]), csv([...em.slice(0, 6), 'Khớp'])].join('\n')),
        'ket-qua.csv',
      )
      .expect(200);
    expect(res.body).toMatchObject({ verified: 0, rejected: [{ row: 2, id: ids.em }] });
    expect(res.body.rejected[0].message).toMatch(/đã được sửa sau khi xuất tệp/);
  });

  it('lists only the records not yet verified, unless asked for all', async () => {
    const names = (rows: (string | null)[][]) => rows.slice(1).map((r) => r[1]);
    expect(names(await download())).not.toContain('Nguyễn Văn An');
    expect(names(await download('&all=true'))).toContain('Nguyễn Văn An');
  });

  it('refuses a file without the columns of the exchange file', async () => {
    const res = await officer
      .post('/api/v1/population/verification-file')
      .attach('file', Buffer.from('Họ và tên,Ngày sinh\nA,01/01/2015'), 'khac.csv')
      .expect(422);
    expect(res.body.type).toBe('/problems/import-missing-columns');
    expect(res.body.detail).toMatch(/Kết quả đối chiếu/);
  });
});
