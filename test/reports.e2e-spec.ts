import ExcelJS from 'exceljs';
import { ageOn, todayInVietnam } from '../src/children/age.js';
import { totpCode } from '../src/auth/totp.js';
import { DEMO_PASSWORD, DEMO_TOTP_SECRET, DemoDataService } from '../src/demo/demo-data.service.js';
import { PeriodicReportsService } from '../src/reports/periodic-reports.service.js';
import { ReportsService } from '../src/reports/reports.service.js';
import { createTestApp, type TestApp } from './app.js';
import { BODIES, criteria, forChildren } from './case-world.js';
import { AREA, binary, PASSWORD, rememberSecondFactor, signIn, withStepUp } from './world.js';

type Client = ReturnType<TestApp['as']>;
type Indicator = {
  set: string;
  code: string;
  value: number | null;
  breakdowns: Record<string, Record<string, number | null>>;
};

/** A case about `childId`, received now, at intervention level with emergency measures taken. */
async function interventionCase(
  worker: Client,
  childId: string,
  report: { summary: string; concerns: string[] },
): Promise<void> {
  const kase = (
    await worker
      .post('/api/v1/cases')
      .send({
        childIds: [childId],
        source: 'school',
        receivedAt: new Date().toISOString(),
        ...report,
      })
      .expect(201)
  ).body;
  await worker
    .post(`/api/v1/cases/${kase.id}/initial-assessment`)
    .send({
      ...BODIES['initial-assessment'],
      immediateDanger: true,
      level: 'intervention',
      emergencyMeasures: ['Đưa trẻ về nhà ông bà'],
    })
    .expect(200);
}

/**
 * Statistics (issue 7) on the demo dataset, against a count by hand. Hà Nội (01): Ba Đình (00004)
 * has An (m, 2015-03-02, poor household), Ngọc (f, 2012-11-20, orphan: a), Khôi (m, 2019-05-15),
 * Trang (f, 2010-01-08, domestic violence since 2025-09-01) and Bảo (m, 2021-01-01); Ngọc Hà
 * (00008) has Ánh (f, 2014-07-01, no one to rely on: c), Huy (m, 2016-09-30) and Vy (f,
 * 2018-02-14). Cases, both of this year in Ba Đình: Trang's at support level, Khôi's abuse
 * (violence and neglect, in the family) at intervention level with emergency measures taken.
 */
describe('reports: indicators and dashboard match a count by hand', () => {
  let t: TestApp;
  let province: Client;
  let statistician: Client;
  let officer: Client;
  const { communeA1: BA_DINH, communeA2: NGOC_HA } = AREA;

  beforeAll(async () => {
    t = await createTestApp({ role: 'api' });
    await t.app.get(DemoDataService).loadIntoEmptyDatabase();
    const as = async (username: string) =>
      t.as((await signIn(t, username, DEMO_PASSWORD)).accessToken);
    province = await as('demo.so');
    statistician = await as('demo.thongke');
    officer = await as('demo.canbo');
  });
  afterAll(() => t.close());

  const indicators = async (client: Client, query: string) =>
    (await client.get(`/api/v1/reports/indicators?${query}`).expect(200)).body as Indicator[];
  /** A demo account that signs in with the demo's second-factor secret. */
  const withSecondFactor = async (username: string) =>
    t.as(
      (
        await t.http
          .post('/api/v1/auth/login')
          .send({ username, password: DEMO_PASSWORD, otp: totpCode(DEMO_TOTP_SECRET) })
          .expect(200)
      ).body.accessToken,
    );
  const find = (items: Indicator[], set: string, code: string) =>
    items.find((i) => i.set === set && i.code === code)!;
  /** The indicators of 2025 in Hà Nội as the caller's .xlsx, and its content type. */
  const indicatorWorkbook = async (client: Client) => {
    const res = await client
      .get('/api/v1/reports/indicators?year=2025&provinceCode=01&format=xlsx')
      .buffer(true)
      .parse(binary)
      .expect(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Uint8Array.from(res.body as Buffer).buffer);
    return { workbook, contentType: res.headers['content-type'] };
  };
  /** A worksheet's rows, each as its cells' values. */
  const rowsOf = (sheet: ExcelJS.Worksheet) => {
    const rows: unknown[][] = [];
    sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    return rows;
  };

  it('counts 2025 as of its last day: population, special circumstances, support, risk', async () => {
    const items = await indicators(province, 'year=2025&provinceCode=01');
    // Ages on 31/12/2025: Bảo 4; An 10, Khôi 6, Huy 9, Vy 7; Ngọc 13, Trang 15, Ánh 11.
    expect(find(items, 'I', '0101')).toMatchObject({
      name: 'Dân số trẻ em',
      value: 8,
      breakdowns: {
        sex: { female: 4, male: 4 },
        ageGroup: { '3-5': 1, '6-10': 4, '11-15': 3 },
        area: { [BA_DINH]: 5, [NGOC_HA]: 3 },
      },
    });
    expect(find(items, 'I', '0301')).toMatchObject({
      value: 2,
      breakdowns: {
        group: { a: 1, c: 1 },
        sex: { female: 2 },
        area: { [BA_DINH]: 1, [NGOC_HA]: 1 },
      },
    });
    expect(find(items, 'I', '0302')).toMatchObject({
      value: 0.25,
      numerator: 2,
      denominator: 8,
      breakdowns: {
        sex: { female: 0.5, male: 0 },
        area: { [BA_DINH]: 0.2, [NGOC_HA]: 0.333333 },
        // A group's rate is of all children.
        group: { a: 0.125, c: 0.125 },
      },
    });
    // The cases are of this year: nobody was supported in 2025.
    expect(find(items, 'I', '0303').value).toBe(0);
    expect(find(items, 'I', '0304')).toMatchObject({ value: 0, numerator: 0, denominator: 2 });
    expect(find(items, 'I', '0305')).toMatchObject({
      value: 2,
      breakdowns: { group: { poor_household: 1, domestic_violence: 1 } },
    });
    expect(find(items, 'III', '0101').value).toBe(0);
    expect(find(items, 'III', '0103').value).toBeNull();
    for (const item of items) expect(item).toMatchObject({ year: 2025, asOf: '2025-12-31' });
  });

  it('computes a past year again, once, when its figures were made before the year ended', async () => {
    const refreshedAt = async () =>
      (
        (await t.dataSource.query(`SELECT refreshed_at FROM report_refreshes WHERE year = 2025`))[0]
          .refreshed_at as Date
      ).getTime();
    // As the scheduled job left it on the year's last evening.
    await t.dataSource.query(
      `UPDATE report_refreshes SET refreshed_at = '2025-12-31T22:00:00+07:00' WHERE year = 2025`,
    );
    await indicators(province, 'year=2025');
    const recomputed = await refreshedAt();
    expect(recomputed).toBeGreaterThan(Date.parse('2026-01-01T00:00:00+07:00'));
    await indicators(statistician, 'year=2025');
    expect(await refreshedAt()).toBe(recomputed);
  });

  it('counts this year’s abuse: the child, its forms and setting, intervened on time', async () => {
    const items = await indicators(province, 'provinceCode=01');
    const year = Number(todayInVietnam().slice(0, 4));
    // Khôi, 7 when reported, at intervention level, moved to safety at the initial assessment.
    const khoi = ageOn('2019-05-15', todayInVietnam()) < 16;
    expect(find(items, 'III', '0101')).toMatchObject({
      value: khoi ? 1 : 0,
      year,
      breakdowns: khoi
        ? {
            sex: { male: 1 },
            form: { violence: 1, neglect: 1 },
            setting: { family: 1 },
            area: { [BA_DINH]: 1 },
          }
        : {},
    });
    expect(find(items, 'III', '0102').value).toBe(khoi ? 1 : 0);
    expect(find(items, 'III', '0103').value).toBe(khoi ? 1 : null);
    // The case itself, whatever the child's age; and the chair's fine for it.
    expect(find(items, 'III', '0104')).toMatchObject({
      unit: 'cases',
      value: 1,
      breakdowns: {
        form: { violence: 1, neglect: 1 },
        setting: { family: 1 },
        area: { [BA_DINH]: 1 },
      },
    });
    expect(find(items, 'III', '0201')).toMatchObject({
      value: 1,
      breakdowns: { form: { violence: 1 }, violator: { individual: 1 } },
    });
    expect(find(items, 'III', '0202')).toMatchObject({ unit: 'vnd', value: 5_000_000 });
    // The father who hit the child, recorded on that case.
    expect(find(items, 'III', '0105')).toMatchObject({
      unit: 'persons',
      value: 1,
      breakdowns: { relationship: { parent: 1 }, sex: { male: 1 }, area: { [BA_DINH]: 1 } },
    });
  });

  it('hides small counts from a statistician, not from the province officer', async () => {
    const items = await indicators(statistician, 'year=2025&provinceCode=01');
    expect(find(items, 'I', '0101')).toMatchObject({
      value: 8,
      breakdowns: {
        sex: { female: null, male: null },
        // Ngọc Hà's 3 would be 8 - 5: Ba Đình's count is hidden with it.
        area: { [BA_DINH]: null, [NGOC_HA]: null },
      },
    });
    // The workbook's rows by commune agree: Ba Đình's 5 is not printed beside the total of 8.
    const rows = rowsOf((await indicatorWorkbook(statistician)).workbook.getWorksheet('I-0101')!);
    expect(rows.find((r) => r[1] === 'Tổng cộng')!.slice(2, 5)).toEqual([8, '–', '–']);
    expect(rows.find((r) => r[1] === 'Phường Ba Đình')!.slice(2, 5)).toEqual(['–', '–', '–']);
    expect(rows.find((r) => r[1] === 'Phường Ngọc Hà')!.slice(2, 5)).toEqual(['–', '–', '–']);
    // Two children: hidden, and so is any rate taken from them.
    expect(find(items, 'I', '0301').value).toBeNull();
    expect(find(items, 'I', '0302')).toMatchObject({ value: null, numerator: null });
    expect(find(items, 'I', '0302').breakdowns.area).toEqual({ [BA_DINH]: null, [NGOC_HA]: null });
  });

  it('keeps each caller to their areas', async () => {
    // The Ba Đình officer's figures are Ba Đình's, whatever province is asked for.
    const own = await indicators(officer, 'year=2025');
    expect(find(own, 'I', '0101')).toMatchObject({ value: 5 });
    const asked = await indicators(officer, 'year=2025&provinceCode=01');
    expect(find(asked, 'I', '0101').value).toBe(5);
    const other = await officer
      .get(`/api/v1/reports/indicators?communeCode=${NGOC_HA}`)
      .expect(403);
    expect(other.body.detail).toBe(`Bạn không được xem số liệu của địa bàn ${NGOC_HA}.`);
    await province.get('/api/v1/reports/indicators?provinceCode=79').expect(403);
    const future = await province.get('/api/v1/reports/indicators?year=2099').expect(422);
    expect(future.body.type).toBe('/problems/report-year');
    await province.get('/api/v1/reports/indicators?year=2999').expect(400);
    await province.get('/api/v1/reports/indicators?year=abc').expect(400);
  });

  it('lists the children to act for, in the caller’s areas, and exports them', async () => {
    const names = async (client: Client, path: string) =>
      (await client.get(`/api/v1/reports/lists/${path}`).expect(200)).body.items
        .map((c: { fullName: string }) => c.fullName)
        .sort();
    const today = todayInVietnam();
    const under16 = (pairs: [string, string][]) =>
      pairs.filter(([, born]) => ageOn(born, today) < 16).map(([name]) => name);
    expect(await names(province, 'special-circumstances')).toEqual(
      under16([
        ['Trần Thị Bích Ngọc', '2012-11-20'],
        ['Đặng Thị Ánh', '2014-07-01'],
      ]).sort(),
    );
    expect(await names(province, 'special-circumstances?group=c')).toEqual(
      under16([['Đặng Thị Ánh', '2014-07-01']]),
    );
    expect(await names(officer, 'special-circumstances')).toEqual(
      under16([['Trần Thị Bích Ngọc', '2012-11-20']]),
    );
    expect(await names(province, 'abused')).toEqual(['Lê Minh Khôi']);
    expect(await names(province, 'abused?year=2025')).toEqual([]);
    expect(await names(province, 'at-risk-of-dropout')).toEqual([]);
    expect(await names(province, 'injured-in-accidents')).toEqual([]);
    await statistician.get('/api/v1/reports/lists/abused').expect(403);
    // Naming the abused is reading cases; a spreadsheet of children is an export.
    await officer.get('/api/v1/reports/lists/abused').expect(403);
    const worker = t.as((await signIn(t, 'demo.ctxh', DEMO_PASSWORD)).accessToken);
    await worker.get('/api/v1/reports/lists/special-circumstances').expect(200);
    await worker.get('/api/v1/reports/lists/special-circumstances?format=xlsx').expect(403);
    await province.get('/api/v1/reports/lists/everyone').expect(400);
    await officer
      .get(`/api/v1/reports/lists/special-circumstances?communeCode=${NGOC_HA}`)
      .expect(403);

    const xlsx = await province
      .get('/api/v1/reports/lists/abused?format=xlsx')
      .buffer(true)
      .parse(binary)
      .expect(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Uint8Array.from(xlsx.body as Buffer).buffer);
    const sheet = workbook.worksheets[0];
    expect(sheet.rowCount).toBe(2);
    const nameColumn = (sheet.getRow(1).values as string[]).indexOf('Họ và tên');
    expect(sheet.getRow(2).getCell(nameColumn).value).toBe('Lê Minh Khôi');
  });

  it('lets a national body see every province, by province', async () => {
    const admin = await withSecondFactor('demo.admin');
    const ministry = await admin
      .post('/api/v1/organizations')
      .send({ name: 'Bộ Y tế', type: 'ministry', provinceCode: '01' })
      .expect(201);
    const provinces = (await admin.get('/api/v1/areas/provinces').expect(200)).body.items.map(
      (p: { code: string }) => p.code,
    );
    await admin
      .post('/api/v1/users')
      .send({
        username: 'boyte.thongke',
        password: PASSWORD,
        fullName: 'Thống kê viên Bộ Y tế',
        organizationId: ministry.body.id,
        roles: ['statistician'],
        areaCodes: provinces,
      })
      .expect(201);
    const national = t.as((await signIn(t, 'boyte.thongke')).accessToken);
    const items = await indicators(national, 'year=2025');
    expect(find(items, 'I', '0101')).toMatchObject({ value: 8, breakdowns: { area: { '01': 8 } } });
  });

  it('lays the indicators out as the official tables in .xlsx', async () => {
    const { workbook, contentType } = await indicatorWorkbook(province);
    expect(contentType).toMatch(/spreadsheetml/);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(
      expect.arrayContaining(['Tổng hợp', 'I-0101', 'I-0302', 'III-0101']),
    );
    const rows = rowsOf(workbook.getWorksheet('I-0101')!);
    const header = rows.find((r) => r[0] === 'STT')!;
    expect(header.slice(0, 4)).toEqual(['STT', 'Địa bàn', 'Tổng số', 'Giới tính']);
    const labels = rows[rows.indexOf(header) + 1];
    expect(labels.slice(3, 5)).toEqual(['Nam', 'Nữ']);
    expect(rows.find((r) => r[1] === 'Tổng cộng')!.slice(2, 5)).toEqual([8, 4, 4]);
    expect(rows.find((r) => r[1] === 'Phường Ba Đình')!.slice(2, 5)).toEqual([5, 3, 2]);
    expect(rows.find((r) => r[1] === 'Phường Ngọc Hà')!.slice(2, 5)).toEqual([3, 1, 2]);
  });

  it('puts the targets beside the data on the dashboard, with live cases', async () => {
    const today = todayInVietnam();
    const births = [
      '2015-03-02',
      '2012-11-20',
      '2019-05-15',
      '2010-01-08',
      '2021-01-01',
      '2014-07-01',
      '2016-09-30',
      '2018-02-14',
    ];
    const population = births.filter((b) => ageOn(b, today) < 16).length;
    const special = ['2012-11-20', '2014-07-01'].filter((b) => ageOn(b, today) < 16).length;
    const khoi = ageOn('2019-05-15', today) < 16 ? 1 : 0;
    // Ánh (Ngọc Hà) receives this year's social allowance and health insurance card.
    const anh = ageOn('2014-07-01', today) < 16 ? 1 : 0;
    const res = await province.get('/api/v1/reports/dashboard?provinceCode=01').expect(200);
    expect(res.body).toMatchObject({
      year: Number(today.slice(0, 4)),
      children: {
        total: population,
        inSpecialCircumstances: special,
        specialCircumstanceRate: Math.round((special / population) * 1e6) / 1e6,
        supported: anh,
        supportedRate: special ? Math.round((anh / special) * 1e6) / 1e6 : null,
      },
      abuse: { children: khoi, intervenedOnTime: khoi, intervenedOnTimeRate: khoi ? 1 : null },
      cases: {
        open: 2,
        byStatus: { assessed: 1, emergency: 1 },
        byLevel: { support: 1, intervention: 1 },
        overdue: 0,
        closedThisYear: 0,
      },
      targets: { specialCircumstanceRate: 0.01, supportedRate: 1, intervenedOnTimeRate: 1 },
      smallCountsBelow: null,
    });
    expect(Date.parse(res.body.asOf)).toBeLessThanOrEqual(Date.now());
    const hidden = await statistician.get('/api/v1/reports/dashboard').expect(200);
    expect(hidden.body.cases).toMatchObject({ open: null, byStatus: { assessed: null } });
    expect(hidden.body.children.inSpecialCircumstances).toBeNull();
    // What the statistician's screen says of a hidden count: under the threshold.
    expect(hidden.body.smallCountsBelow).toBe(5);
  });

  it('counts support given by an approved plan, and an intervention that came late', async () => {
    const worker = t.as((await signIn(t, 'demo.ctxh', DEMO_PASSWORD)).accessToken);
    const chair = await withSecondFactor('demo.chutich');
    const idOf = async (name: string) =>
      (await worker.get(`/api/v1/children?q=${encodeURIComponent(name)}`).expect(200)).body.items[0]
        .id as string;
    const step = (id: string, action: string, body: object, by: Client = worker) =>
      by.post(`/api/v1/cases/${id}/${action}`).send(body).expect(200);

    // Ngọc (orphan) gets a support plan, approved by the chair.
    const ngocId = await idOf('Trần Thị Bích Ngọc');
    const support = (
      await worker
        .post('/api/v1/cases')
        .send({
          childIds: [ngocId],
          source: 'commune',
          receivedAt: new Date().toISOString(),
          summary: 'Trẻ mồ côi sống với cậu, thiếu người chăm sóc.',
          concerns: ['neglect'],
        })
        .expect(201)
    ).body;
    await step(support.id, 'initial-assessment', BODIES['initial-assessment']);
    await step(support.id, 'assessment', forChildren('assessment', BODIES.assessment, [ngocId]));
    await step(support.id, 'plan', forChildren('plan', BODIES.plan, [ngocId]));
    // The chair's approval asks for a code again: the next one, the sign-in having spent this one.
    await chair
      .post(`/api/v1/cases/${support.id}/plan/approve`)
      .set('X-OTP', totpCode(DEMO_TOTP_SECRET, Date.now() + 30_000))
      .send(BODIES['plan/approve'])
      .expect(200);

    // Bảo, beaten, reported 20 hours ago: moved to safety after the 12 hours.
    const late = (
      await worker
        .post('/api/v1/cases')
        .send({
          childIds: [await idOf('Hoàng Gia Bảo')],
          source: 'police',
          receivedAt: new Date(Date.now() - 20 * 3_600_000).toISOString(),
          summary: 'Trẻ bị nhóm thiếu niên trong xóm đánh.',
          concerns: ['violence'],
        })
        .expect(201)
    ).body;
    await step(late.id, 'initial-assessment', {
      ...BODIES['initial-assessment'],
      immediateDanger: true,
      level: 'intervention',
      emergencyMeasures: ['Đưa trẻ về nhà ông bà'],
    });

    await t.app.get(ReportsService).refresh();
    const items = await indicators(province, 'provinceCode=01');
    const today = todayInVietnam();
    const ngoc = ageOn('2012-11-20', today) < 16 ? 1 : 0;
    const khoi = ageOn('2019-05-15', today) < 16 ? 1 : 0;
    const anh = ageOn('2014-07-01', today) < 16 ? 1 : 0;
    // Ngọc helped by her case's plan; Ánh by the allowance and the card the ward gives her.
    const supported = find(items, 'I', '0303');
    expect(supported.value).toBe(ngoc + anh);
    expect(supported.breakdowns.group).toEqual(
      Object.fromEntries(Object.entries({ a: ngoc, c: anh }).filter(([, n]) => n > 0)),
    );
    expect(supported.breakdowns.support).toEqual(
      Object.fromEntries(
        Object.entries({ case: ngoc, social_allowance: anh, health_insurance: anh }).filter(
          ([, n]) => n > 0,
        ),
      ),
    );
    expect(find(items, 'III', '0101')).toMatchObject({
      value: khoi + 1,
      // Where it happened was not recorded.
      breakdowns: { setting: { unspecified: 1 }, form: { violence: khoi + 1 } },
    });
    expect(find(items, 'III', '0102').value).toBe(khoi + 1);
    expect(find(items, 'III', '0103')).toMatchObject({ numerator: khoi, denominator: khoi + 1 });
    // Two cases of abuse now: Khôi's (violence and neglect, in the family) and Bảo's (no setting).
    expect(find(items, 'III', '0104')).toMatchObject({
      value: 2,
      breakdowns: {
        form: { violence: 2, neglect: 1 },
        setting: { family: 1, unspecified: 1 },
        area: { [BA_DINH]: 2 },
      },
    });
    const dashboard = (await province.get('/api/v1/reports/dashboard').expect(200)).body;
    expect(dashboard.abuse).toMatchObject({ children: khoi + 1, intervenedOnTime: khoi });
    expect(dashboard.cases.byLevel).toMatchObject({ intervention: 2, support: 2 });

    // Ngọc's case closed by the chair: counted among this year's closed, no longer open.
    await step(support.id, 'reviews', {
      ...BODIES.reviews,
      criteria: criteria(true),
      outcome: 'propose_closure',
    });
    rememberSecondFactor('demo.chutich', DEMO_TOTP_SECRET, Math.floor(Date.now() / 30_000) + 1);
    await withStepUp(t, 'demo.chutich', chair.post(`/api/v1/cases/${support.id}/close/approve`))
      .send({})
      .expect(200);
    const closed = (await province.get('/api/v1/reports/dashboard').expect(200)).body;
    expect(closed.cases).toMatchObject({
      open: dashboard.cases.open - 1,
      closedThisYear: 1,
      byLevel: { intervention: 2, support: 1 },
    });
  });

  it('shows a registry change once the figures are rebuilt, and says when that was', async () => {
    const before = (await province.get('/api/v1/reports/dashboard').expect(200)).body;
    const child = {
      fullName: 'Trẻ Mới Đến',
      dateOfBirth: `${Number(todayInVietnam().slice(0, 4)) - 3}-01-01`,
      sex: 'female',
      provinceCode: '01',
      communeCode: BA_DINH,
      specialCircumstances: [{ code: 'b', subCode: 'b.1', since: todayInVietnam() }],
    };
    // A day that does not exist would stop the statistics: refused at the door.
    const bad = await officer
      .post('/api/v1/children')
      .send({ ...child, specialCircumstances: [{ code: 'b', since: '2025-02-30' }] })
      .expect(422);
    expect(bad.body.errors).toEqual([
      { field: 'specialCircumstances.0.since', message: 'Không phải ngày có thật.' },
    ]);
    await officer.post('/api/v1/children').send(child).expect(201);
    const stale = (await province.get('/api/v1/reports/dashboard').expect(200)).body;
    expect(stale.children.total).toBe(before.children.total);
    await t.app.get(ReportsService).refresh();
    const fresh = (await province.get('/api/v1/reports/dashboard').expect(200)).body;
    expect(fresh.children.total).toBe(before.children.total + 1);
    expect(fresh.children.inSpecialCircumstances).toBe(before.children.inSpecialCircumstances + 1);
    expect(Date.parse(fresh.asOf)).toBeGreaterThan(Date.parse(before.asOf));
    // Its group and sub-group are both counted, and the list finds it by either.
    const groups = find(await indicators(province, 'provinceCode=01'), 'I', '0301').breakdowns
      .group;
    expect(groups).toMatchObject({ b: 1, 'b.1': 1 });
    for (const group of ['b', 'b.1']) {
      const listed = await province
        .get(`/api/v1/reports/lists/special-circumstances?group=${group}`)
        .expect(200);
      expect(listed.body.items.map((c: { fullName: string }) => c.fullName)).toEqual([
        'Trẻ Mới Đến',
      ]);
    }
  });

  it('makes annual reports as .xlsx and PDF, lists them, and shows each only in its areas', async () => {
    const year = Number(todayInVietnam().slice(0, 4));
    const periodic = t.app.get(PeriodicReportsService);
    const requested = await province
      .post('/api/v1/reports/periodic')
      .send({ year, provinceCode: '01' })
      .expect(202);
    expect(requested.body).toMatchObject({
      state: 'queued',
      provinceCode: '01',
      communeCode: null,
      links: null,
    });
    // The job, as a worker runs it.
    expect(await periodic.generate(requested.body.id, true)).toBe('ready');
    const [ready] = (await province.get('/api/v1/reports/periodic').expect(200)).body.items;
    const base = `/api/v1/reports/periodic/${requested.body.id}`;
    expect(ready).toMatchObject({
      id: requested.body.id,
      year,
      state: 'ready',
      asOf: todayInVietnam(),
      links: { xlsx: `${base}.xlsx`, pdf: `${base}.pdf` },
    });
    const download = (client: Client, path: string) => client.get(path).buffer(true).parse(binary);
    const pdf = await download(province, ready.links.pdf).expect(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect((pdf.body as Buffer).subarray(0, 5).toString()).toBe('%PDF-');
    const xlsx = await download(province, ready.links.xlsx).expect(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Uint8Array.from(xlsx.body as Buffer).buffer);
    expect(workbook.getWorksheet('Tổng hợp')!.getRow(2).getCell(1).value).toMatch(
      /^Thành phố Hà Nội · Năm \d{4} · Số liệu tính đến ngày/,
    );

    // Ba Đình's officer: not the province's report, but Ba Đình's own.
    await download(officer, ready.links.pdf).expect(404);
    await officer.post('/api/v1/reports/periodic').send({ year, provinceCode: '01' }).expect(403);
    const own = await officer
      .post('/api/v1/reports/periodic')
      .send({ year, provinceCode: '01', communeCode: BA_DINH })
      .expect(202);
    expect((await officer.get('/api/v1/reports/periodic').expect(200)).body.items).toEqual([
      expect.objectContaining({ id: own.body.id, communeCode: BA_DINH, state: 'queued' }),
    ]);
    // Exact figures: not for a role that sees aggregates only.
    await statistician.get('/api/v1/reports/periodic').expect(403);

    // The calendar's runs: Hà Nội, Ba Đình and Ngọc Hà, the reports already made queued again;
    // then the reports of the six months, listed after the year's.
    expect(await periodic.schedule('annual', ['01'])).toBe(3);
    expect(await periodic.schedule('six_months', ['01'])).toBe(3);
    const all = (await province.get('/api/v1/reports/periodic').expect(200)).body.items;
    expect(
      all.map((r: { term: string; communeCode: string | null }) => [r.term, r.communeCode]),
    ).toEqual([
      ['annual', null],
      ['annual', BA_DINH],
      ['annual', NGOC_HA],
      ['six_months', null],
      ['six_months', BA_DINH],
      ['six_months', NGOC_HA],
    ]);
    expect(all.every((r: { state: string }) => r.state === 'queued')).toBe(true);
    const pages = [];
    let cursor = '';
    do {
      const page = (await province.get(`/api/v1/reports/periodic?limit=4${cursor}`).expect(200))
        .body;
      pages.push(...page.items);
      cursor = page.nextCursor ? `&cursor=${page.nextCursor}` : '';
    } while (cursor);
    expect(pages).toEqual(all);
    const six = (await province.get('/api/v1/reports/periodic?term=six_months').expect(200)).body;
    expect(six.items).toEqual(all.slice(3));
  });

  it('counts a child once when a duplicate record with a case of its own is merged into it', async () => {
    const worker = t.as((await signIn(t, 'demo.ctxh', DEMO_PASSWORD)).accessToken);
    const abuse = async () => {
      await t.app.get(ReportsService).refresh();
      return find(await indicators(province, 'provinceCode=01'), 'III', '0101');
    };
    const before = await abuse();
    // Khôi entered a second time (the date of birth a day off), and a case opened on that record.
    const copy = (
      await officer
        .post('/api/v1/children')
        .send({
          fullName: 'Lê Minh Khôi',
          dateOfBirth: '2019-05-16',
          sex: 'male',
          provinceCode: '01',
          communeCode: BA_DINH,
        })
        .expect(201)
    ).body;
    await interventionCase(worker, copy.id, {
      summary: 'Nhà trường báo trẻ bị xâm hại.',
      concerns: ['sexual_abuse'],
    });
    const twice = await abuse();
    expect(twice.value).toBe((before.value ?? 0) + 1);

    // The copy merged into Khôi's record: one child, with the forms of both records' cases.
    const khoi = (
      await officer.get(`/api/v1/children?q=${encodeURIComponent('Lê Minh Khôi')}`).expect(200)
    ).body.items.find((c: { id: string }) => c.id !== copy.id);
    await officer
      .post(`/api/v1/children/${khoi.id}/merge`)
      .send({ duplicateId: copy.id })
      .expect(200);
    const once = await abuse();
    expect(once.value).toBe(before.value);
    expect(once.breakdowns.form).toEqual({
      ...before.breakdowns.form,
      sexual_abuse: (before.breakdowns.form?.sexual_abuse ?? 0) + 1,
    });
  });

  it('counts the cases of a record merged along a chain under the record that stands now', async () => {
    const worker = t.as((await signIn(t, 'demo.ctxh', DEMO_PASSWORD)).accessToken);
    const abuse = async () => {
      await t.app.get(ReportsService).refresh();
      return find(await indicators(province, 'provinceCode=01'), 'III', '0101');
    };
    const before = await abuse();
    // Mai entered three times; a case at intervention level on the first record and the last.
    const records: string[] = [];
    for (const dateOfBirth of ['2016-02-03', '2016-02-04', '2016-03-02']) {
      records.push(
        (
          await officer
            .post('/api/v1/children')
            .send({
              fullName: 'Lò Thị Mai',
              dateOfBirth,
              sex: 'female',
              provinceCode: '01',
              communeCode: BA_DINH,
            })
            .expect(201)
        ).body.id,
      );
    }
    const [first, second, third] = records;
    for (const childId of [first, third]) {
      await interventionCase(worker, childId, {
        summary: 'Nhà trường báo trẻ bị đánh.',
        concerns: ['violence'],
      });
    }
    expect((await abuse()).value).toBe((before.value ?? 0) + 2);

    // The first merged into the second, then the second into the third: one child, Mai's third
    // record, whose case and the first record's are hers.
    await officer.post(`/api/v1/children/${second}/merge`).send({ duplicateId: first }).expect(200);
    await officer.post(`/api/v1/children/${third}/merge`).send({ duplicateId: second }).expect(200);
    expect((await abuse()).value).toBe((before.value ?? 0) + 1);
  });
});
