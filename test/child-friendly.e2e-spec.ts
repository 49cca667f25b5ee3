import { vietnamDay } from '../src/calendar/working-days.js';
import { DEMO_PASSWORD, DemoDataService } from '../src/demo/demo-data.service.js';
import { createTestApp, type TestApp } from './app.js';
import { AREA, signIn } from './world.js';

type Client = ReturnType<TestApp['as']>;
type Commune = { code: string; assessed: boolean; meetsStandard: boolean; criteriaMet: string[] };

/**
 * Communes fit for children (issue 26): the standard's thirteen criteria, a commune assessed by
 * its province, the recognition only of one meeting them all, and the province's counts.
 */
describe('communes fit for children: the criteria met, the recognition, the counts', () => {
  let t: TestApp;
  let province: Client;
  let officer: Client;
  const year = Number(vietnamDay(new Date()).slice(0, 4));
  const { provinceA: HA_NOI, communeA1: BA_DINH, communeA2: NGOC_HA } = AREA;
  const assess = (client: Client, communeCode: string, body: object) =>
    client.put(`/api/v1/reports/child-friendly/${year}/${communeCode}`).send(body);
  const overview = async () =>
    (
      await province
        .get(`/api/v1/reports/child-friendly?year=${year}&provinceCode=${HA_NOI}`)
        .expect(200)
    ).body;

  beforeAll(async () => {
    t = await createTestApp({ role: 'api' });
    await t.app.get(DemoDataService).loadIntoEmptyDatabase();
    province = t.as((await signIn(t, 'demo.so', DEMO_PASSWORD)).accessToken);
    officer = t.as((await signIn(t, 'demo.canbo', DEMO_PASSWORD)).accessToken);
  });
  afterAll(() => t.close());

  it('lists the standard’s criteria and every commune of the province, none assessed yet', async () => {
    const view = await overview();
    expect(view.criteria).toHaveLength(13);
    expect(view.criteria[1]).toEqual({
      code: 'birth_registration',
      name: 'Trẻ em được khai sinh đúng quy định',
    });
    expect(view.counts).toEqual({
      communes: view.communes.length,
      assessed: 0,
      meetingStandard: 0,
      recognised: 0,
    });
    expect(view.communes.find((c: Commune) => c.code === BA_DINH)).toMatchObject({
      name: 'Phường Ba Đình',
      assessed: false,
      meetsStandard: false,
    });
    // The province's own: a commune's officer neither reads nor assesses it.
    await officer
      .get(`/api/v1/reports/child-friendly?year=${year}&provinceCode=${HA_NOI}`)
      .expect(403);
    await assess(officer, BA_DINH, { criteriaMet: [] }).expect(403);
  });

  it('records the criteria met, recognises only a commune meeting them all, and counts', async () => {
    const criteria: string[] = (await overview()).criteria.map((c: { code: string }) => c.code);

    // Short of two criteria: assessed, not meeting the standard, not to be recognised.
    const partial = criteria.filter((c) => c !== 'nutrition' && c !== 'satisfaction');
    const short = await assess(province, NGOC_HA, {
      criteriaMet: partial,
      decisionNumber: '12/QĐ-UBND',
      decidedOn: `${year}-01-15`,
    }).expect(422);
    expect(short.body.errors).toEqual([
      expect.objectContaining({
        field: 'decisionNumber',
        message: expect.stringContaining('đủ tất cả các tiêu chí'),
      }),
    ]);
    expect(
      (await assess(province, NGOC_HA, { criteriaMet: partial }).expect(200)).body,
    ).toMatchObject({
      assessed: true,
      meetsStandard: false,
      criteriaMet: partial,
    });

    // An unknown criterion, a decision without its day, a decision dated tomorrow: refused.
    const unknown = await assess(province, BA_DINH, { criteriaMet: ['not_a_criterion'] }).expect(
      422,
    );
    expect(unknown.body.detail).toContain('not_a_criterion');
    const noDay = await assess(province, BA_DINH, {
      criteriaMet: criteria,
      decisionNumber: '34/QĐ-UBND',
    }).expect(422);
    expect(noDay.body.errors).toEqual([expect.objectContaining({ field: 'decidedOn' })]);
    const tomorrow = vietnamDay(new Date(Date.now() + 86_400_000));
    const future = await assess(province, BA_DINH, {
      criteriaMet: criteria,
      decisionNumber: '34/QĐ-UBND',
      decidedOn: tomorrow,
    });
    expect(future.status).toBe(422);
    expect(future.body.errors).toEqual([expect.objectContaining({ field: 'decidedOn' })]);

    // Every criterion, in any order, with the decision: meets the standard, recognised.
    const today = vietnamDay(new Date());
    const recognised = await assess(province, BA_DINH, {
      criteriaMet: [...criteria].reverse(),
      decisionNumber: '34/QĐ-UBND',
      decidedOn: today,
    }).expect(200);
    expect(recognised.body).toMatchObject({
      meetsStandard: true,
      criteriaMet: criteria,
      decisionNumber: '34/QĐ-UBND',
      decidedOn: today,
      assessedByName: 'Hoàng Thu Hà (demo)',
    });
    const view = await overview();
    expect(view.counts).toMatchObject({ assessed: 2, meetingStandard: 1, recognised: 1 });
    expect(view.communes.find((c: Commune) => c.code === NGOC_HA)).toMatchObject({
      assessed: true,
      meetsStandard: false,
    });
    const audited = await t.dataSource.query(
      `SELECT entity_id FROM audit_events WHERE action = 'report.child_friendly_assessed' ORDER BY at`,
    );
    expect(audited).toEqual([
      { entity_id: `${year}.${NGOC_HA}` },
      { entity_id: `${year}.${BA_DINH}` },
    ]);

    // Assessed again: the new assessment replaces the old one.
    await assess(province, BA_DINH, { criteriaMet: partial }).expect(200);
    expect((await overview()).counts).toMatchObject({
      assessed: 2,
      meetingStandard: 0,
      recognised: 0,
    });
    // A commune of another province, a year to come: refused.
    await assess(province, AREA.communeB1, { criteriaMet: [] }).expect(403);
    await province
      .put(`/api/v1/reports/child-friendly/${year + 1}/${BA_DINH}`)
      .send({ criteriaMet: [] })
      .expect(422);
  });
});
