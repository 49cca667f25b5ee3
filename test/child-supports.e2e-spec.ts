import { todayInVietnam } from '../src/children/age.js';
import { ReportsService } from '../src/reports/reports.service.js';
import { createTestApp, type TestApp } from './app.js';
import { AREA, communeOfficer } from './world.js';

const A1 = { provinceCode: AREA.provinceA, communeCode: AREA.communeA1 };
const YEAR = Number(todayInVietnam().slice(0, 4));

/**
 * The help a child receives (issue 26): recorded on the record, listed with the records merged
 * into it, refused when it does not hold together, removed when recorded by mistake, every change
 * audited, and counted by the statistics as the child's being supported.
 */
describe('the support a child receives', () => {
  let t: TestApp;
  let officer: ReturnType<TestApp['as']>;
  let officerA2: ReturnType<TestApp['as']>;

  const newChild = async (fullName: string, dateOfBirth = '2014-05-06') =>
    (
      await officer
        .post('/api/v1/children')
        .send({
          fullName,
          dateOfBirth,
          sex: 'female',
          ...A1,
          specialCircumstances: [{ code: 'a', since: '2020-01-01' }],
        })
        .expect(201)
    ).body.id as string;

  /** This year's precomputed count of A1's children in special circumstances who were supported. */
  const supportedInA1 = async () => {
    await t.app.get(ReportsService).refresh();
    const [row] = await t.dataSource.query<{ n: number }[]>(
      `SELECT coalesce(sum(children), 0)::int AS n FROM report_child_cells
        WHERE year = $1 AND term = 'annual' AND commune_code = $2 AND kind = 'special' AND code = '*' AND support = '*'
          AND supported`,
      [YEAR, AREA.communeA1],
    );
    return row.n;
  };

  beforeAll(async () => {
    t = await createTestApp({ role: 'api' });
    officer = await communeOfficer(t, 'officer');
    officerA2 = await communeOfficer(t, 'officer-a2', AREA.communeA2);
  });
  afterAll(() => t.close());

  it('records what, from whom and when, lists it, and removes one recorded by mistake', async () => {
    const id = await newChild('Lê Thị Mai');
    const allowance = await officer
      .post(`/api/v1/children/${id}/supports`)
      .send({
        kind: 'social_allowance',
        provider: 'state',
        startsOn: `${YEAR}-01-01`,
        amount: 500000,
        programme: 'Trợ cấp xã hội hằng tháng',
      })
      .expect(201);
    expect(allowance.body).toMatchObject({
      childId: id,
      kind: 'social_allowance',
      kindName: 'Trợ cấp xã hội hằng tháng (Nghị định 20/2021/NĐ-CP)',
      provider: 'state',
      providerName: null,
      startsOn: `${YEAR}-01-01`,
      endsOn: null,
      amount: 500000,
      recordedBy: { fullName: 'Người dùng officer' },
    });
    const gift = await officer
      .post(`/api/v1/children/${id}/supports`)
      .send({
        kind: 'gift',
        provider: 'donor',
        providerName: 'Công ty Hoa Sen',
        startsOn: `${YEAR}-06-01`,
        endsOn: `${YEAR}-06-01`,
        amount: 300000,
      })
      .expect(201);

    const listed = await officer.get(`/api/v1/children/${id}/supports`).expect(200);
    expect(listed.body.map((s: { id: string }) => s.id)).toEqual([gift.body.id, allowance.body.id]);
    // Another commune's officer: no such child for them.
    await officerA2.get(`/api/v1/children/${id}/supports`).expect(404);
    await officerA2
      .post(`/api/v1/children/${id}/supports`)
      .send({ kind: 'gift', provider: 'state', startsOn: `${YEAR}-06-01` })
      .expect(404);
    await officerA2.delete(`/api/v1/children/${id}/supports/${gift.body.id}`).expect(404);

    await officer.delete(`/api/v1/children/${id}/supports/${gift.body.id}`).expect(204);
    await officer.delete(`/api/v1/children/${id}/supports/${gift.body.id}`).expect(404);
    const left = await officer.get(`/api/v1/children/${id}/supports`).expect(200);
    expect(left.body.map((s: { id: string }) => s.id)).toEqual([allowance.body.id]);

    const audit = await t.dataSource.query<{ action: string; details: { supportId?: string } }[]>(
      `SELECT action, details FROM audit_events
        WHERE entity_id = $1 AND action LIKE 'child.support%' ORDER BY id`,
      [id],
    );
    expect(audit.map((a) => [a.action, a.details.supportId])).toEqual([
      ['child.support_recorded', allowance.body.id],
      ['child.support_recorded', gift.body.id],
      ['child.supports_read', undefined],
      ['child.support_removed', gift.body.id],
      ['child.supports_read', undefined],
    ]);
  });

  it('refuses, in the officer’s words, a support that does not hold together', async () => {
    const id = await newChild('Đỗ Văn Nam');
    const res = await officer
      .post(`/api/v1/children/${id}/supports`)
      .send({
        kind: 'lottery',
        provider: 'organization',
        startsOn: `${YEAR}-03-01`,
        endsOn: `${YEAR}-02-01`,
      })
      .expect(422);
    expect(res.body).toMatchObject({
      type: '/problems/invalid-support',
      title: 'Thông tin hỗ trợ không hợp lệ',
    });
    expect(res.body.errors).toEqual([
      { field: 'kind', message: 'Không có trong danh mục support-kinds.' },
      { field: 'providerName', message: 'Cần ghi tên cơ quan, tổ chức hoặc nhà tài trợ.' },
      { field: 'endsOn', message: 'Ngày kết thúc không được trước ngày bắt đầu.' },
    ]);
    // class-validator's own rules, in Vietnamese from their arguments.
    const invalid = await officer
      .post(`/api/v1/children/${id}/supports`)
      .send({
        kind: 'gift',
        provider: 'neighbour',
        providerName: 'A',
        startsOn: `${YEAR}-02-30`,
        amount: -5,
        programme: 'x'.repeat(301),
      })
      .expect(400);
    expect(invalid.body.errors).toEqual(
      expect.arrayContaining([
        {
          field: 'provider',
          message: 'Phải là một trong các giá trị: state, organization, donor.',
        },
        { field: 'providerName', message: 'Phải có ít nhất 2 ký tự.' },
        { field: 'amount', message: 'Không được nhỏ hơn 0.' },
        { field: 'programme', message: 'Chỉ được có tối đa 300 ký tự.' },
      ]),
    );
    expect(invalid.body.errors.map((e: { field: string }) => e.field).sort()).toEqual([
      'amount',
      'programme',
      'provider',
      'providerName',
      'startsOn',
    ]);
    const english = await officer
      .post(`/api/v1/children/${id}/supports`)
      .set('Accept-Language', 'en')
      .send({ kind: 'gift', provider: 'state', startsOn: `${YEAR}-02-01`, amount: -5 })
      .expect(400);
    expect(english.body.errors).toEqual([
      { field: 'amount', message: 'amount must not be less than 0' },
    ]);
    expect((await officer.get(`/api/v1/children/${id}/supports`).expect(200)).body).toEqual([]);
  });

  it('counts a child supported in the year by support on any of its records', async () => {
    const before = await supportedInA1();
    const survivor = await newChild('Phan Thị Hoa', '2013-02-03');
    const merged = await newChild('Phan Thi Hoa', '2013-02-03');
    const lastYear = await newChild('Vũ Thị Lan', '2012-04-05');
    await officer
      .post(`/api/v1/children/${merged}/supports`)
      .send({ kind: 'school_meals', provider: 'state', startsOn: `${YEAR}-09-05` })
      .expect(201);
    await officer
      .post(`/api/v1/children/${lastYear}/supports`)
      .send({
        kind: 'scholarship',
        provider: 'organization',
        providerName: 'Quỹ Bảo trợ trẻ em',
        startsOn: `${YEAR - 1}-09-01`,
        endsOn: `${YEAR - 1}-12-31`,
      })
      .expect(201);
    // The record merged into the survivor: its support is the survivor's.
    await t.dataSource.query('UPDATE children SET merged_into = $1 WHERE id = $2', [
      survivor,
      merged,
    ]);
    expect(await supportedInA1()).toBe(before + 1);
    const listed = await officer.get(`/api/v1/children/${survivor}/supports`).expect(200);
    expect(listed.body).toMatchObject([{ childId: merged, kind: 'school_meals' }]);
    const gone = await officer.get(`/api/v1/children/${merged}/supports`).expect(409);
    expect(gone.body.type).toBe('/problems/child-merged');
  });

  it('counts the supported by kind of support, each child under each kind received', async () => {
    const A2 = { provinceCode: AREA.provinceA, communeCode: AREA.communeA2 };
    const child = async (fullName: string) =>
      (
        await officerA2
          .post('/api/v1/children')
          .send({
            fullName,
            dateOfBirth: '2015-03-04',
            sex: 'male',
            ...A2,
            specialCircumstances: [{ code: 'a', since: '2020-01-01' }],
          })
          .expect(201)
      ).body.id as string;
    const give = (id: string, kind: string) =>
      officerA2
        .post(`/api/v1/children/${id}/supports`)
        .send({ kind, provider: 'state', startsOn: `${YEAR}-02-01` })
        .expect(201);
    const both = await child('Hoàng Văn Một');
    const card = await child('Hoàng Văn Hai');
    await child('Hoàng Văn Ba');
    await give(both, 'social_allowance');
    await give(both, 'health_insurance');
    await give(card, 'health_insurance');
    await t.app.get(ReportsService).refresh();

    const indicators = (
      await officerA2
        .get(`/api/v1/reports/indicators?year=${YEAR}&communeCode=${AREA.communeA2}`)
        .expect(200)
    ).body as { set: string; code: string; value: number; breakdowns: object }[];
    const supported = indicators.find((i) => i.set === 'I' && i.code === '0303')!;
    // By hand: two of the three supported; the card twice, the allowance once.
    expect(supported.value).toBe(2);
    expect(supported.breakdowns).toMatchObject({
      support: { health_insurance: 2, social_allowance: 1 },
    });
    expect(Object.keys((supported.breakdowns as { support: object }).support).sort()).toEqual([
      'health_insurance',
      'social_allowance',
    ]);
    const share = indicators.find((i) => i.set === 'I' && i.code === '0304')!;
    expect(share.value).toBeCloseTo(2 / 3, 5);
  });
});
