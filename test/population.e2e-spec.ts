import { ChildImportJob } from '../src/children/child-imports.job.js';
import { PopulationService } from '../src/population/population.service.js';
import { createTestApp, type TestApp } from './app.js';
import { type PopulationStandIn, startPopulationStandIn } from './population-stand-in.mjs';
import { AREA, communeOfficer } from './world.js';

type Client = Awaited<ReturnType<typeof communeOfficer>>;

/** Children of commune A1 as the registry holds them, and the people the database holds. */
const AN = {
  fullName: 'Nguyễn Văn An',
  dateOfBirth: '2015-03-02',
  sex: 'male',
  personalId: '001215012345',
};
const BINH = {
  fullName: 'Trần Thị Bình',
  dateOfBirth: '2016-07-09',
  sex: 'female',
  personalId: '001316000001',
};
const CUONG = { fullName: 'Lê Văn Cường', dateOfBirth: '2014-01-20', sex: 'male' };
const DUNG = {
  fullName: 'Phạm Thị Dung',
  dateOfBirth: '2017-05-05',
  sex: 'female',
  personalId: '001317000002',
};
const PEOPLE = [
  { ...AN, sex: 'male' as const },
  // The database writes her name with another diacritic.
  { ...BINH, fullName: 'Trần Thị Bính', sex: 'female' as const },
  // Known there with a personal ID the registry lacks.
  { ...CUONG, personalId: '001214000003', sex: 'male' as const },
];

const place = { provinceCode: AREA.provinceA, communeCode: AREA.communeA1 };

/**
 * Issue 25: a commune's children checked online against the national population database (a
 * stand-in of its data-sharing service), the reconciliation worklist, and the lock on what the
 * database verified. The API process alone (no workers): the test runs the job itself, as a
 * worker would, and again where a worker would after a wait.
 */
describe('population database: online verification and the reconciliation worklist', () => {
  let t: TestApp;
  let standIn: PopulationStandIn;
  let officer: Client;
  let population: PopulationService;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    standIn = await startPopulationStandIn({
      people: PEOPLE,
      credentials: { id: 'ubnd-ba-dinh', secret: 's3cret' },
    });
    t = await createTestApp({
      role: 'api',
      env: {
        POPULATION_URL: standIn.url,
        POPULATION_CLIENT_ID: 'ubnd-ba-dinh',
        POPULATION_CLIENT_SECRET: 's3cret',
        POPULATION_BATCH_SIZE: '2',
        POPULATION_TIMEOUT_MS: '300',
        POPULATION_RETRY_BASE_MS: '10',
        POPULATION_PAUSE_MS: '200',
      },
    });
    population = t.app.get(PopulationService);
    officer = await communeOfficer(t, 'officer');
    for (const [key, child] of Object.entries({ AN, BINH, CUONG, DUNG })) {
      ids[key] = (
        await officer
          .post('/api/v1/children')
          .send({ ...child, ...place })
          .expect(201)
      ).body.id;
    }
  });
  afterAll(async () => {
    await t.close();
    await standIn.close();
  });

  const start = async (body: object = {}) =>
    (
      await officer
        .post('/api/v1/population/verification-runs')
        .send({ communeCode: AREA.communeA1, ...body })
        .expect(202)
    ).body as { id: string; status: string };
  const runOf = async (id: string) =>
    (await officer.get(`/api/v1/population/verification-runs/${id}`).expect(200)).body;

  it('checks every child of the commune and records where each stands', async () => {
    const run = await start();
    expect(run.status).toBe('queued');
    await population.work({ runId: run.id });
    expect(await runOf(run.id)).toMatchObject({
      status: 'done',
      total: 4,
      processed: 4,
      verified: 1,
      mismatched: 2,
      notFound: 1,
      message: null,
    });
    // In batches of two, with the service's credentials.
    expect(standIn.requests.map((r) => r.danhSach.length)).toEqual([2, 2]);

    const an = await officer.get(`/api/v1/children/${ids.AN}`).expect(200);
    expect(an.body.verificationStatus).toBe('verified');
    const binh = await officer.get(`/api/v1/children/${ids.BINH}/verification`).expect(200);
    expect(binh.body).toMatchObject({
      status: 'mismatch',
      differences: [{ field: 'fullName', ours: 'Trần Thị Bình', theirs: 'TRẦN THỊ BÍNH' }],
      checks: [
        { method: 'online', outcome: 'mismatch', actor: { fullName: 'Người dùng officer' } },
      ],
    });
    const cuong = await officer.get(`/api/v1/children/${ids.CUONG}/verification`).expect(200);
    expect(cuong.body.differences).toEqual([
      { field: 'personalId', ours: null, theirs: '001214000003' },
    ]);
  });

  it('lists what is left to reconcile, the database’s values beside ours', async () => {
    const res = await officer
      .get(`/api/v1/children/verification-worklist?communeCode=${AREA.communeA1}`)
      .expect(200);
    expect(res.body.counts).toEqual({
      unchecked: 0,
      verified: 1,
      mismatch: 2,
      notFound: 1,
      disputed: 0,
    });
    expect(
      res.body.items.map((i: { child: { fullName: string }; check: { outcome: string } }) => [
        i.child.fullName,
        i.check.outcome,
      ]),
    ).toEqual([
      ['Lê Văn Cường', 'mismatch'],
      ['Phạm Thị Dung', 'not_found'],
      ['Trần Thị Bình', 'mismatch'],
    ]);
  });

  it('takes the database’s values field by field, into the history', async () => {
    const res = await officer
      .post(`/api/v1/children/${ids.BINH}/verification/resolve`)
      .set('If-Match', '"1"')
      .send({ accept: ['fullName'] })
      .expect(200);
    // In the registry's usual case, not the database's capitals.
    expect(res.body).toMatchObject({ fullName: 'Trần Thị Bính', verificationStatus: 'verified' });
    expect(res.headers.etag).toBe('"2"');
    const history = await officer.get(`/api/v1/children/${ids.BINH}/history`).expect(200);
    expect(history.body.at(-1)).toMatchObject({
      action: 'verification_accepted',
      changes: { fullName: { from: 'Trần Thị Bình', to: 'Trần Thị Bính' } },
    });

    const cuong = await officer
      .post(`/api/v1/children/${ids.CUONG}/verification/resolve`)
      .set('If-Match', '"1"')
      .send({ accept: ['personalId'] })
      .expect(200);
    expect(cuong.body).toMatchObject({
      personalId: '001214000003',
      verificationStatus: 'verified',
    });
  });

  it('keeps our values only with a note, and then the record is disputed', async () => {
    const refused = await officer
      .post(`/api/v1/children/${ids.DUNG}/verification/resolve`)
      .set('If-Match', '"1"')
      .send({ accept: ['fullName'] })
      .expect(422);
    expect(refused.body.type).toBe('/problems/invalid-resolution');
    expect(refused.body.errors.map((e: { field: string; message: string }) => e.field)).toEqual([
      'accept',
      'note',
    ]);
    expect(refused.body.errors[1].message).toMatch(/Cần ghi lý do giữ nguyên/);

    const note = 'Trẻ chưa đăng ký khai sinh; đã hướng dẫn gia đình đăng ký.';
    const res = await officer
      .post(`/api/v1/children/${ids.DUNG}/verification/resolve`)
      .set('If-Match', '"1"')
      .send({ accept: [], note })
      .expect(200);
    expect(res.body.verificationStatus).toBe('disputed');
    const history = await officer.get(`/api/v1/children/${ids.DUNG}/history`).expect(200);
    expect(history.body.at(-1)).toMatchObject({ action: 'verification_disputed', changes: {} });
    const left = await officer
      .get(`/api/v1/children/verification-worklist?communeCode=${AREA.communeA1}`)
      .expect(200);
    expect(left.body.items).toEqual([]);
    expect(left.body.counts).toMatchObject({ verified: 3, mismatch: 0, notFound: 0, disputed: 1 });
  });

  it('refuses an import row that would change what the database verified', async () => {
    const csv = [
      'Mã hồ sơ (ID),Họ và tên,Ngày sinh,Giới tính,Mã tỉnh,Mã xã,Số định danh cá nhân,"Thôn, tổ dân phố"',
      `${ids.BINH},Trần Thị Bình,09/07/2016,Nữ,01,${AREA.communeA1},001316000001,Tổ 1`,
      `${ids.CUONG},Lê Văn Cường,20/01/2014,Nam,01,${AREA.communeA1},001214000003,Tổ 2`,
    ].join('\n');
    const { body } = await officer
      .post('/api/v1/children/imports')
      .attach('file', Buffer.from(csv), 'sua.csv')
      .expect(202);
    await t.app.get(ChildImportJob).run({ importId: body.id });
    const result = (await officer.get(`/api/v1/children/imports/${body.id}`).expect(200)).body;
    expect(result).toMatchObject({ status: 'done', updated: 1, rejected: 1 });
    expect(result.errors).toEqual([
      expect.objectContaining({
        row: 2,
        message: expect.stringMatching(/đã khớp với Cơ sở dữ liệu quốc gia về dân cư/),
      }),
    ]);
    const cuong = await officer.get(`/api/v1/children/${ids.CUONG}`).expect(200);
    expect(cuong.body).toMatchObject({ village: 'Tổ 2', verificationStatus: 'verified' });
  });

  it('locks what the database verified: a change needs a reason and makes it unchecked', async () => {
    const refused = await officer
      .patch(`/api/v1/children/${ids.AN}`)
      .set('If-Match', '"1"')
      .send({ fullName: 'Nguyễn Văn Ân' })
      .expect(409);
    expect(refused.body.type).toBe('/problems/child-verified');
    expect(refused.body.errors).toEqual([
      expect.objectContaining({ field: 'fullName', message: expect.stringMatching(/lý do/) }),
    ]);
    // Another field stays free to correct.
    await officer
      .patch(`/api/v1/children/${ids.AN}`)
      .set('If-Match', '"1"')
      .send({ village: 'Tổ 5' })
      .expect(200);

    const reason = 'Giấy khai sinh ghi Ân; CSDL dân cư sẽ được đề nghị cập nhật.';
    const res = await officer
      .patch(`/api/v1/children/${ids.AN}`)
      .set('If-Match', '"2"')
      .send({ fullName: 'Nguyễn Văn Ân', reason })
      .expect(200);
    expect(res.body.verificationStatus).toBe('unchecked');
    const history = await officer.get(`/api/v1/children/${ids.AN}/history`).expect(200);
    expect(history.body.at(-1)).toMatchObject({
      action: 'updated',
      changes: { fullName: { from: 'Nguyễn Văn An', to: 'Nguyễn Văn Ân' } },
    });
    const [row] = await t.dataSource.query<{ reason: string }[]>(
      "SELECT reason FROM child_history WHERE child_id = $1 AND action = 'updated' ORDER BY id DESC LIMIT 1",
      [ids.AN],
    );
    expect(row.reason).toBe(reason);
  });

  it('asks about a child once a day unless it changed since, or told to check again', async () => {
    const before = standIn.requests.length;
    const run = await start();
    await population.work({ runId: run.id });
    // An's name changed since his check: asked again; the others were checked today.
    expect(await runOf(run.id)).toMatchObject({
      status: 'done',
      total: 1,
      processed: 1,
      mismatched: 1,
    });
    expect(standIn.requests.slice(before).map((r) => r.danhSach.map((p) => p.maThamChieu))).toEqual(
      [[ids.AN]],
    );

    const forced = await start({ force: true });
    await population.work({ runId: forced.id });
    expect(await runOf(forced.id)).toMatchObject({ status: 'done', total: 4, processed: 4 });
    expect(standIn.requests.length).toBe(before + 3);
    // A second delivery of the finished job asks nothing more.
    const after = standIn.requests.length;
    await population.work({ runId: forced.id });
    expect(standIn.requests.length).toBe(after);
  });
});
