import { todayInVietnam } from '../src/children/age.js';
import { addDays } from '../src/calendar/working-days.js';
import { ReportsService } from '../src/reports/reports.service.js';
import { createTestApp, type TestApp } from './app.js';
import { AREA, communeOfficer } from './world.js';

const A1 = { provinceCode: AREA.provinceA, communeCode: AREA.communeA1 };
const A2 = { provinceCode: AREA.provinceA, communeCode: AREA.communeA2 };
const TODAY = todayInVietnam();
const YEAR = Number(TODAY.slice(0, 4));

type Indicator = { set: string; code: string; value: number | null; breakdowns: object };

/**
 * Accidents and injuries (issue 26): recorded on the child's record, refused when they do not
 * hold together, removed when recorded by mistake, every change audited; counted by the statistics
 * apart from the children at risk, and listed for action.
 */
describe('the accidents and injuries a child suffered', () => {
  let t: TestApp;
  let officer: ReturnType<TestApp['as']>;
  let officerA2: ReturnType<TestApp['as']>;

  const newChild = async (
    api: ReturnType<TestApp['as']>,
    fullName: string,
    area: { provinceCode: string; communeCode: string } = A1,
  ) =>
    (
      await api
        .post('/api/v1/children')
        .send({ fullName, dateOfBirth: '2016-04-05', sex: 'male', ...area })
        .expect(201)
    ).body.id as string;

  beforeAll(async () => {
    t = await createTestApp({ role: 'api' });
    officer = await communeOfficer(t, 'officer');
    officerA2 = await communeOfficer(t, 'officer-a2', AREA.communeA2);
  });
  afterAll(() => t.close());

  it('records what happened, when, where and how it ended; removes one recorded by mistake', async () => {
    const id = await newChild(officer, 'Lường Văn Tú');
    const drowning = await officer
      .post(`/api/v1/children/${id}/injuries`)
      .send({
        kind: 'drowning',
        occurredOn: TODAY,
        place: 'Ao làng, thôn Đông',
        outcome: 'recovered',
        description: 'Được người dân cứu, sơ cứu tại trạm y tế',
      })
      .expect(201);
    expect(drowning.body).toMatchObject({
      childId: id,
      kind: 'drowning',
      kindName: 'Đuối nước',
      occurredOn: TODAY,
      place: 'Ao làng, thôn Đông',
      outcome: 'recovered',
      description: 'Được người dân cứu, sơ cứu tại trạm y tế',
      recordedBy: { fullName: 'Người dùng officer' },
    });
    // What happened is health data: sealed at rest.
    const [stored] = await t.dataSource.query<{ description: string }[]>(
      'SELECT description FROM child_injuries WHERE id = $1',
      [drowning.body.id],
    );
    expect(stored.description).not.toContain('trạm y tế');
    const burn = await officer
      .post(`/api/v1/children/${id}/injuries`)
      .send({ kind: 'burn', occurredOn: `${YEAR - 1}-02-03`, outcome: 'unknown' })
      .expect(201);

    const listed = await officer.get(`/api/v1/children/${id}/injuries`).expect(200);
    expect(listed.body.map((i: { id: string }) => i.id)).toEqual([drowning.body.id, burn.body.id]);
    await officerA2.get(`/api/v1/children/${id}/injuries`).expect(404);
    await officerA2.delete(`/api/v1/children/${id}/injuries/${burn.body.id}`).expect(404);

    await officer.delete(`/api/v1/children/${id}/injuries/${burn.body.id}`).expect(204);
    await officer.delete(`/api/v1/children/${id}/injuries/${burn.body.id}`).expect(404);
    const audit = await t.dataSource.query<{ action: string; details: { injuryId?: string } }[]>(
      `SELECT action, details FROM audit_events
        WHERE entity_id = $1 AND action LIKE 'child.injur%' ORDER BY id`,
      [id],
    );
    expect(audit.map((a) => [a.action, a.details.injuryId])).toEqual([
      ['child.injury_recorded', drowning.body.id],
      ['child.injury_recorded', burn.body.id],
      ['child.injuries_read', undefined],
      ['child.injury_removed', burn.body.id],
    ]);
  });

  it('refuses, in the officer’s words, an injury that does not hold together', async () => {
    const id = await newChild(officer, 'Lường Văn Sáu');
    const res = await officer
      .post(`/api/v1/children/${id}/injuries`)
      .send({ kind: 'meteor', occurredOn: addDays(TODAY, 1), outcome: 'recovered' })
      .expect(422);
    expect(res.body).toMatchObject({
      type: '/problems/invalid-injury',
      title: 'Thông tin tai nạn, thương tích không hợp lệ',
    });
    expect(res.body.errors).toEqual([
      { field: 'kind', message: 'Không có trong danh mục injury-kinds.' },
      { field: 'occurredOn', message: 'Ngày xảy ra không được sau ngày hôm nay.' },
    ]);
    const invalid = await officer
      .post(`/api/v1/children/${id}/injuries`)
      .send({ kind: 'fall', occurredOn: `${YEAR}-02-30`, outcome: 'fine' })
      .expect(400);
    expect(invalid.body.errors.map((e: { field: string }) => e.field).sort()).toEqual([
      'occurredOn',
      'outcome',
    ]);
    expect((await officer.get(`/api/v1/children/${id}/injuries`).expect(200)).body).toEqual([]);
  });

  it('counts the injured apart from the children at risk, by kind, and those who died', async () => {
    const injure = (id: string, kind: string, outcome: string, occurredOn = TODAY) =>
      officerA2
        .post(`/api/v1/children/${id}/injuries`)
        .send({ kind, occurredOn, outcome })
        .expect(201);
    const twice = await newChild(officerA2, 'Sùng A Páo', A2);
    const drowned = await newChild(officerA2, 'Sùng A Dế', A2);
    const lastYear = await newChild(officerA2, 'Sùng A Lử', A2);
    await injure(twice, 'fall', 'recovered');
    await injure(twice, 'traffic', 'lasting_harm');
    await injure(drowned, 'drowning', 'died');
    await injure(lastYear, 'burn', 'recovered', `${YEAR - 1}-06-01`);
    await t.app.get(ReportsService).refresh();

    const indicators = (
      await officerA2
        .get(`/api/v1/reports/indicators?year=${YEAR}&communeCode=${AREA.communeA2}`)
        .expect(200)
    ).body as Indicator[];
    const find = (code: string) => indicators.find((i) => i.set === 'I' && i.code === code)!;
    // By hand: Páo (a fall and a traffic accident) and Dế (drowned); Lử's burn was last year.
    expect(find('0306')).toMatchObject({
      value: 2,
      breakdowns: { injury: { fall: 1, traffic: 1, drowning: 1 }, sex: { male: 2 } },
    });
    expect(find('0307')).toMatchObject({ value: 1, breakdowns: { injury: { drowning: 1 } } });
    // Not among the children at risk.
    expect(find('0305').value).toBe(0);

    const listed = await officerA2
      .get(`/api/v1/reports/lists/injured-in-accidents?communeCode=${AREA.communeA2}`)
      .expect(200);
    expect(listed.body.items.map((c: { fullName: string }) => c.fullName).sort()).toEqual([
      'Sùng A Dế',
      'Sùng A Páo',
    ]);
  });
});
