import { todayInVietnam } from '../src/children/age.js';
import { addDays } from '../src/calendar/working-days.js';
import { createTestApp, type TestApp } from './app.js';
import { type PopulationStandIn, startPopulationStandIn } from './population-stand-in.mjs';
import { AREA, communeOfficer } from './world.js';

type Client = Awaited<ReturnType<typeof communeOfficer>>;

const A1 = { provinceCode: AREA.provinceA, communeCode: AREA.communeA1 };
const A2 = { provinceCode: AREA.provinceA, communeCode: AREA.communeA2 };
const today = todayInVietnam();
const daysAgo = (n: number) => addDays(today, -n);

/** In the registry of A1. */
const AN = {
  fullName: 'Nguyễn Văn An',
  dateOfBirth: '2015-03-02',
  sex: 'male' as const,
  personalId: '001215012345',
};
const BINH = {
  fullName: 'Trần Thị Bình',
  dateOfBirth: '2016-07-09',
  sex: 'female' as const,
  personalId: '001316000001',
};
const DUNG = {
  fullName: 'Phạm Thị Dung',
  dateOfBirth: '2017-05-05',
  sex: 'female' as const,
  personalId: '001317000002',
};
/** Recorded in A1 without a personal ID. */
const HOA = { fullName: 'Đỗ Thị Hoa', dateOfBirth: '2026-10-01', sex: 'female' as const };
/** In the registry of A2. */
const GIANG = {
  fullName: 'Hoàng Văn Giang',
  dateOfBirth: '2019-02-14',
  sex: 'male' as const,
  personalId: '001219000004',
};
/** Not in the registry. */
const KHANH = {
  fullName: 'Bùi Minh Khánh',
  dateOfBirth: '2026-11-20',
  sex: 'male' as const,
  personalId: '001226000005',
};
const LAN = {
  fullName: 'Lý Thị Lan',
  dateOfBirth: '2013-04-04',
  sex: 'female' as const,
  personalId: '001313000006',
};

/** A CSV cell, quoted. */
const csv = (cells: (string | null)[]) =>
  cells.map((c) => `"${(c ?? '').replace(/"/g, '""')}"`).join(',');
const HEADER = [
  'Loại biến động',
  'Ngày biến động',
  'Số định danh cá nhân',
  'Họ và tên',
  'Ngày sinh',
  'Giới tính',
  'Mã xã nơi đến hoặc nơi đi',
];

interface Change {
  id: string;
  kind: string;
  status: string;
  action: string | null;
  person: { personalId: string; fullName: string };
  record: { id: string; commune: { code: string; name: string | null } } | null;
  sameChild: { id: string; fullName: string }[];
  otherCommune: { code: string; name: string | null } | null;
  childId: string | null;
  note: string | null;
  decidedBy: { fullName: string | null } | null;
}

/**
 * Issue 25: births and moves from the national population database. A commune reads the changes
 * of its children's residence online (the stand-in of the data-sharing service) or from the
 * commune police's file; what the registry does not already agree with waits for an officer, who
 * adds the child, moves the record, or dismisses the change with a note.
 */
describe('population database: births and moves', () => {
  let t: TestApp;
  let standIn: PopulationStandIn;
  let officer: Client;
  let officerA2: Client;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    standIn = await startPopulationStandIn();
    t = await createTestApp({
      role: 'api',
      env: {
        POPULATION_URL: standIn.url,
        POPULATION_TIMEOUT_MS: '300',
        POPULATION_RETRY_BASE_MS: '10',
        POPULATION_PAUSE_MS: '200',
      },
    });
    officer = await communeOfficer(t, 'officer');
    officerA2 = await communeOfficer(t, 'officer-a2', AREA.communeA2);
    for (const [key, child] of Object.entries({ AN, BINH, DUNG, HOA })) {
      ids[key] = (
        await officer
          .post('/api/v1/children')
          .send({ ...child, ...A1 })
          .expect(201)
      ).body.id;
    }
    ids.GIANG = (
      await officerA2
        .post('/api/v1/children')
        .send({ ...GIANG, ...A2 })
        .expect(201)
    ).body.id;

    const change = (kind: string, date: string, person: object, other: string | null = null) =>
      standIn.addChange({
        communeCode: AREA.communeA1,
        kind: kind as 'birth',
        date,
        person: person as typeof AN,
        otherCommuneCode: other,
      });
    change('birth', daysAgo(10), KHANH); // no record: to add
    change('birth', daysAgo(40), { ...HOA, personalId: '001326000007' }); // to add; maybe Hoa
    change('birth', daysAgo(30), AN); // registered late, recorded here already: settled
    change('moved_in', daysAgo(20), GIANG); // recorded in A2: to move here
    change('moved_out', daysAgo(5), BINH, AREA.communeA2); // to move to A2
    change('moved_out', daysAgo(6), DUNG, null); // gone where the database does not say
    change('moved_out', daysAgo(7), LAN, AREA.communeA2); // never recorded here: settled
    change('birth', daysAgo(400), { ...LAN, personalId: '001313000008' }); // before the first read
    standIn.addChange({
      communeCode: AREA.communeA2,
      kind: 'birth',
      date: daysAgo(1),
      person: LAN,
    });
  });
  afterAll(async () => {
    await t.close();
    await standIn.close();
  });

  const list = async (status = 'open', client: Client = officer) =>
    (
      await client
        .get(`/api/v1/population/changes?communeCode=${AREA.communeA1}&status=${status}`)
        .expect(200)
    ).body as { items: Change[]; counts: Record<string, number>; readTo: string | null };
  const byId = (items: Change[], personalId: string) =>
    items.find((c) => c.person.personalId === personalId)!;

  it('reads a year of the commune’s changes online and keeps those the registry lacks', async () => {
    const res = await officer
      .post('/api/v1/population/changes/fetch')
      .send({ communeCode: AREA.communeA1 })
      .expect(200);
    expect(res.body).toEqual({
      from: daysAgo(365),
      to: today,
      received: 7,
      new: 7,
      open: 5,
      rejected: [],
    });
    const page = await list();
    expect(page.counts).toEqual({ open: 5, done: 0, dismissed: 0, settled: 2 });
    expect(page.readTo).toBe(today);
    expect(page.items.map((c) => [c.kind, c.person.fullName, c.action])).toEqual([
      ['birth', 'ĐỖ THỊ HOA', 'add'],
      ['moved_in', 'HOÀNG VĂN GIANG', 'move_here'],
      ['birth', 'BÙI MINH KHÁNH', 'add'],
      ['moved_out', 'PHẠM THỊ DUNG', 'check'],
      ['moved_out', 'TRẦN THỊ BÌNH', 'move_away'],
    ]);
    // A child to add who may be a record without a personal ID, of the same name and birth day.
    expect(byId(page.items, '001326000007').sameChild).toEqual([
      { id: ids.HOA, fullName: HOA.fullName, dateOfBirth: HOA.dateOfBirth },
    ]);
    expect(byId(page.items, GIANG.personalId).record).toEqual({
      id: ids.GIANG,
      commune: { code: AREA.communeA2, name: 'Phường Ngọc Hà' },
    });
    expect(byId(page.items, BINH.personalId).otherCommune).toEqual({
      code: AREA.communeA2,
      name: 'Phường Ngọc Hà',
    });
  });

  it('reads again from where it stopped, keeping each change once', async () => {
    const res = await officer
      .post('/api/v1/population/changes/fetch')
      .send({ communeCode: AREA.communeA1 })
      .expect(200);
    expect(res.body).toMatchObject({ from: today, to: today, received: 0, new: 0, open: 0 });
    expect((await list()).counts.open).toBe(5);
  });

  it('adds a new birth in one action, verified by the database’s own values', async () => {
    const khanh = byId((await list()).items, KHANH.personalId);
    const res = await officer.post(`/api/v1/population/changes/${khanh.id}/accept`).expect(200);
    expect(res.body).toMatchObject({
      status: 'done',
      action: null,
      decidedBy: { fullName: 'Người dùng officer' },
    });
    const child = await officer.get(`/api/v1/children/${res.body.childId}`).expect(200);
    expect(child.body).toMatchObject({
      fullName: 'Bùi Minh Khánh',
      dateOfBirth: KHANH.dateOfBirth,
      sex: 'male',
      personalId: KHANH.personalId,
      communeCode: AREA.communeA1,
      verificationStatus: 'verified',
    });
    const history = await officer.get(`/api/v1/children/${res.body.childId}/history`).expect(200);
    expect(history.body[0]).toMatchObject({
      action: 'created',
      reason: `Theo Cơ sở dữ liệu quốc gia về dân cư: đăng ký khai sinh ngày ${daysAgo(10).split('-').reverse().join('/')}.`,
    });
    // Once: the change is closed.
    const again = await officer.post(`/api/v1/population/changes/${khanh.id}/accept`).expect(409);
    expect(again.body.type).toBe('/problems/population-change-settled');
  });

  it('moves a record in from the commune the child left, and out to the one the child went to', async () => {
    const items = (await list()).items;
    await officer
      .post(`/api/v1/population/changes/${byId(items, GIANG.personalId).id}/accept`)
      .expect(200);
    const giang = await officer.get(`/api/v1/children/${ids.GIANG}`).expect(200);
    expect(giang.body).toMatchObject({ communeCode: AREA.communeA1, village: null });
    await officerA2.get(`/api/v1/children/${ids.GIANG}`).expect(404);
    const history = await officer.get(`/api/v1/children/${ids.GIANG}/history`).expect(200);
    expect(history.body.at(-1)).toMatchObject({
      action: 'moved',
      changes: { communeCode: { from: AREA.communeA2, to: AREA.communeA1 } },
    });

    await officer
      .post(`/api/v1/population/changes/${byId(items, BINH.personalId).id}/accept`)
      .expect(200);
    await officer.get(`/api/v1/children/${ids.BINH}`).expect(404);
    const binh = await officerA2.get(`/api/v1/children/${ids.BINH}`).expect(200);
    expect(binh.body.communeCode).toBe(AREA.communeA2);
  });

  it('dismisses with a note what cannot be done, and keeps who decided what', async () => {
    const dung = byId((await list()).items, DUNG.personalId);
    const refused = await officer.post(`/api/v1/population/changes/${dung.id}/accept`).expect(422);
    expect(refused.body.detail).toContain('Không rõ xã nơi trẻ chuyển đến');
    const noNote = await officer
      .post(`/api/v1/population/changes/${dung.id}/dismiss`)
      .send({})
      .expect(400);
    expect(noNote.body.errors[0].field).toBe('note');
    await officer
      .post(`/api/v1/population/changes/${dung.id}/dismiss`)
      .send({ note: 'Gia đình chuyển ra nước ngoài, đã xác minh với công an xã.' })
      .expect(200);
    await officer
      .post(`/api/v1/population/changes/${dung.id}/dismiss`)
      .send({ note: 'Lần hai' })
      .expect(409);
    // The record stays in the commune until the officer decides otherwise.
    await officer.get(`/api/v1/children/${ids.DUNG}`).expect(200);

    const decided = await list('decided');
    expect(decided.counts).toEqual({ open: 1, done: 3, dismissed: 1, settled: 2 });
    expect(byId(decided.items, DUNG.personalId)).toMatchObject({
      status: 'dismissed',
      note: 'Gia đình chuyển ra nước ngoài, đã xác minh với công an xã.',
      decidedBy: { fullName: 'Người dùng officer' },
    });
  });

  it('reads the commune police’s list where there is no online connection, row by row', async () => {
    const lines = [
      csv(HEADER),
      csv([
        'Đăng ký khai sinh',
        '01/12/2026',
        '001226000009',
        'Mai Văn Nam',
        '28/11/2026',
        'Nam',
        null,
      ]),
      csv([
        'Chuyen den',
        '02/12/2026',
        '001320000010',
        'Mai Thị Oanh',
        '01/01/2020',
        'Nữ',
        '00008',
      ]),
      csv(['Chuyển đi', '03/12/2026', AN.personalId, AN.fullName, '02/03/2015', 'Nam', '8']),
      csv(['Khai tử', '03/12/2026', '001226000011', 'Ai Đó', '01/01/2020', 'Nam', null]),
      csv(['Chuyển đến', '03/12/2026', '12345', 'Ai Đó', '01/01/2020', 'Nam', null]),
      csv([
        'Đăng ký khai sinh',
        '01/12/2026',
        '001226000009',
        'Mai Văn Nam',
        '28/11/2026',
        'Nam',
        null,
      ]),
      csv([null, null, null, null, null, null, null]),
    ];
    const res = await officer
      .post(`/api/v1/population/changes/file?communeCode=${AREA.communeA1}`)
      .attach('file', Buffer.from(lines.join('\r\n')), 'bien-dong.csv')
      .expect(200);
    expect(res.body).toEqual({
      from: null,
      to: null,
      received: 3,
      new: 3,
      open: 3,
      rejected: [
        {
          row: 5,
          id: null,
          message:
            'Loại biến động “Khai tử” không hợp lệ; ghi Đăng ký khai sinh, Chuyển đến hoặc Chuyển đi.',
        },
        {
          row: 6,
          id: null,
          message:
            'Cột “Số định danh cá nhân”: “12345” không phải số định danh cá nhân (đúng 12 chữ số).',
        },
        {
          row: 7,
          id: null,
          message: 'Trùng với dòng 2: cùng trẻ, cùng loại biến động, cùng ngày.',
        },
      ],
    });
    const open = (await list()).items;
    expect(byId(open, AN.personalId)).toMatchObject({
      kind: 'moved_out',
      action: 'move_away',
      otherCommune: { code: AREA.communeA2 },
    });
    expect(byId(open, '001226000009')).toMatchObject({ source: 'file', action: 'add' });

    // A file without the list's columns says which are missing.
    const wrong = await officer
      .post(`/api/v1/population/changes/file?communeCode=${AREA.communeA1}`)
      .attach('file', Buffer.from('Họ và tên,Ngày sinh\nA,01/01/2015'), 'khac.csv')
      .expect(422);
    expect(wrong.body.detail).toContain('Loại biến động');
  });

  it('keeps each commune to its own areas', async () => {
    await officerA2
      .post('/api/v1/population/changes/fetch')
      .send({ communeCode: AREA.communeA1 })
      .expect(403);
    await officer.get('/api/v1/population/changes?communeCode=99999').expect(422);
    const khanh = byId((await list('decided')).items, KHANH.personalId);
    await officerA2
      .post(`/api/v1/population/changes/${khanh.id}/dismiss`)
      .send({ note: 'Không phải xã tôi' })
      .expect(404);
    const forged = Buffer.from(JSON.stringify(['x', '00000000-0000-0000-0000-000000000000']));
    await officer
      .get(
        `/api/v1/population/changes?communeCode=${AREA.communeA1}&cursor=${forged.toString('base64url')}`,
      )
      .expect(400);
  });

  it('says when the database cannot be reached, and reads nothing', async () => {
    standIn.failNext(503, 503, 503);
    const res = await officerA2
      .post('/api/v1/population/changes/fetch')
      .send({ communeCode: AREA.communeA2 })
      .expect(503);
    expect(res.body).toMatchObject({
      type: '/problems/population-unavailable',
      title: 'Chưa kết nối được Cơ sở dữ liệu dân cư',
    });
    const page = await officerA2
      .get(`/api/v1/population/changes?communeCode=${AREA.communeA2}`)
      .expect(200);
    expect(page.body).toMatchObject({ readTo: null, counts: { open: 0 } });
    // The next read, once it answers, starts from the same day.
    const later = await officerA2
      .post('/api/v1/population/changes/fetch')
      .send({ communeCode: AREA.communeA2 })
      .expect(200);
    expect(later.body).toMatchObject({ from: daysAgo(365), received: 1, open: 1 });
  });

  it('keeps a long list whole, in parts', async () => {
    const lines = [csv(HEADER)];
    for (let i = 0; i < 1500; i++) {
      const id = `0012269${String(i).padStart(5, '0')}`;
      lines.push(
        csv(['Đăng ký khai sinh', '02/12/2026', id, `Trẻ ${i}`, '01/12/2026', 'Nam', null]),
      );
    }
    const res = await officerA2
      .post(`/api/v1/population/changes/file?communeCode=${AREA.communeA2}`)
      .attach('file', Buffer.from(lines.join('\r\n')), 'dai.csv')
      .expect(200);
    expect(res.body).toMatchObject({ received: 1500, new: 1500, open: 1500, rejected: [] });
  });
});
