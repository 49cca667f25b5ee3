import ExcelJS from 'exceljs';
import { totpCode } from '../src/auth/totp.js';
import { vietnamDay } from '../src/calendar/working-days.js';
import { DEMO_PASSWORD, DEMO_TOTP_SECRET, DemoDataService } from '../src/demo/demo-data.service.js';
import { PeriodicReportsService } from '../src/reports/periodic-reports.service.js';
import { noSuppression } from '../src/reports/indicators.js';
import { ReportCalendarService } from '../src/reports/report-calendar.service.js';
import type { ReportTerm } from '../src/reports/report-term.js';
import { type ResolvedArea, ReportsService } from '../src/reports/reports.service.js';
import { createTestApp, type TestApp, TestClock } from './app.js';
import {
  AREA,
  binary,
  communeOfficer,
  createAccount,
  createOrganization,
  eventually,
  rememberSecondFactor,
  signIn,
  withStepUp,
} from './world.js';

type Client = ReturnType<TestApp['as']>;
type Area = { code: string; status: string; version: number | null; correctedAt: string | null };

/**
 * The reporting calendar (issue 26) on the demo dataset: the plans' due dates and a province's
 * own, a commune's report submitted by its chair with the second factor and frozen, a correction
 * as a new version with its reason, the province's view of its communes and its reminders.
 */
describe('reporting calendar: due dates, submissions, the province’s view, reminders', () => {
  let t: TestApp;
  let province: Client;
  let officer: Client;
  let chair: Client;
  /** A vice-chair of the province's committee: submits the province's own report. */
  let provinceChair: Client;
  let year: number;
  const { provinceA: HA_NOI, provinceB: HCM, communeA1: BA_DINH, communeA2: NGOC_HA } = AREA;
  const clock = new TestClock();
  // Due dates of 1 January and 31 December, below, make a submission late and on time whatever
  // the day the test runs, but on those two days: then it runs on the second of January.
  if (['01-01', '12-31'].includes(vietnamDay(clock.now()).slice(5))) clock.advance(2 * 86_400_000);

  /** A demo account that signs in with the demo's second factor and decides with it again. */
  const withSecondFactor = async (username: string) => {
    const response = await t.http
      .post('/api/v1/auth/login')
      .send({ username, password: DEMO_PASSWORD, otp: totpCode(DEMO_TOTP_SECRET) })
      .expect(200);
    rememberSecondFactor(username, DEMO_TOTP_SECRET, Math.floor(Date.now() / 30_000));
    return t.as(response.body.accessToken);
  };
  const setDeadline = (report: string, month: number, day: number) =>
    province
      .put(`/api/v1/reports/deadlines/${report}`)
      .send({ provinceCode: HA_NOI, month, day, source: 'Kế hoạch của UBND thành phố' })
      .expect(200);
  /** The area's report of the year (or of its six months), made now as a worker's job makes it. */
  const makeReport = async (client: Client, communeCode?: string, of: object = { year }) => {
    const queued = await client
      .post('/api/v1/reports/periodic')
      .send({ year, ...of, provinceCode: HA_NOI, communeCode })
      .expect(202);
    expect(await t.app.get(PeriodicReportsService).generate(queued.body.id, true)).toBe('ready');
    return queued.body.id as string;
  };
  const listed = async (client: Client, id: string, of = year) =>
    (await client.get(`/api/v1/reports/periodic?year=${of}`).expect(200)).body.items.find(
      (r: { id: string }) => r.id === id,
    );
  const download = (client: Client, path: string) =>
    client.get(path).buffer(true).parse(binary).expect(200);
  const submit = (username: string, client: Client, id: string, body: object = {}) =>
    withStepUp(t, username, client.post(`/api/v1/reports/periodic/${id}/submissions`)).send(body);
  const overview = async (query = `year=${year}`) =>
    (await province.get(`/api/v1/reports/submissions?${query}&provinceCode=${HA_NOI}`).expect(200))
      .body;
  const area = (view: { communes: Area[] }, code: string) =>
    view.communes.find((c) => c.code === code)!;

  beforeAll(async () => {
    t = await createTestApp({ clock });
    await t.app.get(DemoDataService).loadIntoEmptyDatabase();
    year = Number(vietnamDay(clock.now()).slice(0, 4));
    province = await withSecondFactor('demo.so');
    chair = await withSecondFactor('demo.chutich');
    officer = t.as((await signIn(t, 'demo.canbo', DEMO_PASSWORD)).accessToken);
    const committee = await createOrganization(
      t,
      'UBND thành phố Hà Nội',
      'provincial_department',
      HA_NOI,
    );
    await createAccount(t, 'chutich.tinh', committee, ['case_approver'], [HA_NOI]);
    provinceChair = t.as((await signIn(t, 'chutich.tinh')).accessToken);
  });
  afterAll(() => t.close());

  it('has the plans’ due dates, and a province sets its own (a day every year has)', async () => {
    const plans = (
      await officer.get(`/api/v1/reports/deadlines?provinceCode=${HA_NOI}`).expect(200)
    ).body.items;
    // In the year's order; the plan and the departments' reports are sent outside the system.
    expect(plans).toEqual([
      expect.objectContaining({
        report: 'commune_plan',
        submittedHere: false,
        month: 4,
        day: 15,
        provinceCode: null,
      }),
      expect.objectContaining({
        report: 'commune_six_months',
        submittedHere: true,
        month: 6,
        day: 20,
        provinceCode: null,
      }),
      expect.objectContaining({
        report: 'province_six_months',
        submittedHere: true,
        month: 6,
        day: 30,
        provinceCode: null,
      }),
      expect.objectContaining({
        report: 'commune_annual',
        submittedHere: true,
        month: 11,
        day: 25,
        provinceCode: null,
      }),
      expect.objectContaining({
        report: 'department_annual',
        submittedHere: false,
        month: 12,
        day: 1,
        provinceCode: null,
      }),
      expect.objectContaining({
        report: 'province_annual',
        submittedHere: true,
        month: 12,
        day: 15,
        provinceCode: null,
      }),
    ]);
    const of = (items: { report: string }[], report: string) =>
      items.find((d) => d.report === report);
    expect(of(plans, 'commune_plan')).toMatchObject({ source: expect.stringContaining('15/4') });
    expect(of(plans, 'commune_annual')).toMatchObject({ source: expect.stringContaining('25/11') });
    expect(of(plans, 'department_annual')).toMatchObject({
      source: expect.stringContaining('01/12'),
    });
    // No plan in hand sets the six months': the software's own, and says so.
    expect(of(plans, 'commune_six_months')).toMatchObject({
      source: expect.stringContaining('Phần mềm đặt'),
    });

    // Only those who oversee the province set its dates.
    await officer
      .put('/api/v1/reports/deadlines/commune_annual')
      .send({ provinceCode: HA_NOI, month: 12, day: 31 })
      .expect(403);
    const impossible = await province
      .put('/api/v1/reports/deadlines/commune_annual')
      .send({ provinceCode: HA_NOI, month: 2, day: 29 })
      .expect(422);
    expect(impossible.body.errors).toEqual([
      expect.objectContaining({ field: 'day', message: expect.stringContaining('29/2') }),
    ]);
    await province
      .put('/api/v1/reports/deadlines/commune_annual')
      .send({ provinceCode: AREA.provinceB, month: 12, day: 31 })
      .expect(403);

    const own = (await setDeadline('commune_annual', 12, 31)).body.items;
    expect(of(own, 'commune_annual')).toMatchObject({
      report: 'commune_annual',
      month: 12,
      day: 31,
      provinceCode: HA_NOI,
      source: 'Kế hoạch của UBND thành phố',
    });
    // Another province keeps the plans' date.
    const other = (
      await province.get(`/api/v1/reports/deadlines?provinceCode=${AREA.provinceB}`).expect(200)
    ).body.items;
    expect(of(other, 'commune_annual')).toMatchObject({ month: 11, day: 25, provinceCode: null });
    // A date sent outside the system is the province's to set too.
    const plan = (await setDeadline('commune_plan', 3, 31)).body.items;
    expect(of(plan, 'commune_plan')).toMatchObject({ month: 3, day: 31, provinceCode: HA_NOI });
  });

  it('takes a commune’s report from its chair with the second factor, frozen as submitted', async () => {
    const id = await makeReport(officer, BA_DINH);
    expect(await listed(officer, id)).toMatchObject({ dueOn: `${year}-12-31`, submission: null });
    const made = (await download(officer, `/api/v1/reports/periodic/${id}.xlsx`)).body as Buffer;

    // The officer prepares; the chair submits, with a code asked at that moment.
    await officer.post(`/api/v1/reports/periodic/${id}/submissions`).send({}).expect(403);
    const noCode = await chair.post(`/api/v1/reports/periodic/${id}/submissions`).send({});
    expect(noCode.status).toBe(403);
    expect(noCode.body.type).toContain('step-up-required');
    // A province's chair covers Ba Đình, but a commune submits its own report.
    await submit('demo.so', province, id).expect(403);
    const notTheirs = await submit('chutich.tinh', provinceChair, id).expect(403);
    expect(notTheirs.body.detail).toContain('Phường Ba Đình');
    // A first submission is not a correction.
    const reasoned = await submit('demo.chutich', chair, id, { reason: 'Sửa số liệu' }).expect(422);
    expect(reasoned.body.errors).toEqual([expect.objectContaining({ field: 'reason' })]);

    const first = (await submit('demo.chutich', chair, id).expect(201)).body;
    expect(first).toMatchObject({
      reportId: id,
      version: 1,
      communeCode: BA_DINH,
      submittedByName: 'Lê Quang Hưng (demo)',
      reason: null,
      dueOn: `${year}-12-31`,
      late: false,
    });
    expect(await listed(officer, id)).toMatchObject({
      submission: { version: 1, late: false, current: true },
    });
    // The same making of the report is submitted once.
    const again = await submit('demo.chutich', chair, id).expect(409);
    expect(again.body.detail).toContain('lần 1');

    // A child added, the report made again: the submitted files do not move.
    await officer
      .post('/api/v1/children')
      .send({
        fullName: 'Trẻ Bổ Sung',
        dateOfBirth: '2016-04-04',
        sex: 'female',
        provinceCode: HA_NOI,
        communeCode: BA_DINH,
      })
      .expect(201);
    expect(await makeReport(officer, BA_DINH)).toBe(id);
    const remade = (await download(officer, `/api/v1/reports/periodic/${id}.xlsx`)).body as Buffer;
    expect(remade.equals(made)).toBe(false);
    expect((await download(officer, first.links.xlsx)).body.equals(made)).toBe(true);
    expect(await listed(officer, id)).toMatchObject({ submission: { version: 1, current: false } });

    // Submitting it again is a correction: a new version, with its reason.
    const unreasoned = await submit('demo.chutich', chair, id).expect(422);
    expect(unreasoned.body.errors).toEqual([
      expect.objectContaining({ field: 'reason', message: expect.stringContaining('lý do') }),
    ]);
    const reason = 'Bổ sung một trẻ em chuyển đến sau khi đã nộp';
    const second = (await submit('demo.chutich', chair, id, { reason }).expect(201)).body;
    expect(second).toMatchObject({ version: 2, reason, late: false });
    const versions = (await officer.get(`/api/v1/reports/periodic/${id}/submissions`).expect(200))
      .body.items;
    expect(versions.map((v: { version: number }) => v.version)).toEqual([1, 2]);
    expect((await download(officer, versions[0].links.xlsx)).body.equals(made)).toBe(true);
    expect((await download(officer, versions[1].links.xlsx)).body.equals(remade)).toBe(true);
    const audited = await t.dataSource.query(
      `SELECT details->>'version' AS version FROM audit_events
        WHERE action = 'report.submitted' AND entity_id = $1 ORDER BY at`,
      [id],
    );
    expect(audited).toEqual([{ version: '1' }, { version: '2' }]);

    // Another commune's officer sees neither the report nor its versions.
    const outsider = await communeOfficer(t, 'canbo.ngocha', NGOC_HA);
    await outsider.get(`/api/v1/reports/periodic/${id}/submissions`).expect(404);
    await outsider.get(versions[0].links.pdf).expect(404);
  });

  it('shows the province which communes submitted, on time or late, and reminds the others', async () => {
    const view = await overview();
    expect(view.communes.length).toBeGreaterThan(100); // every commune of Hà Nội
    expect(area(view, BA_DINH)).toMatchObject({ status: 'on_time', version: 2 });
    expect(area(view, BA_DINH).correctedAt).not.toBeNull();
    expect(area(view, NGOC_HA)).toMatchObject({
      status: 'pending',
      version: null,
      dueOn: `${year}-12-31`,
    });
    expect(view.counts).toMatchObject({
      communes: view.communes.length,
      onTime: 1,
      late: 0,
      overdue: 0,
      pending: view.communes.length - 1,
    });
    // The province's own report: due by the plans' 15 December.
    expect(view.province).toMatchObject({
      code: HA_NOI,
      status: view.today > `${year}-12-15` ? 'overdue' : 'pending',
    });
    await officer
      .get(`/api/v1/reports/submissions?year=${year}&provinceCode=${HA_NOI}`)
      .expect(403);

    // The due date moved to 1 January: the communes that have not submitted are late; Ba Đình
    // submitted on time by the date in force then.
    await setDeadline('commune_annual', 1, 1);
    const late = await overview();
    expect(area(late, BA_DINH).status).toBe('on_time');
    expect(area(late, NGOC_HA)).toMatchObject({ status: 'overdue', dueOn: `${year}-01-01` });
    expect(late.counts).toMatchObject({ onTime: 1, overdue: late.communes.length - 1 });

    // Reminders reach the officers of each commune that has not submitted, once a day.
    const ngocHa = t.as((await signIn(t, 'canbo.ngocha')).accessToken);
    const reminders = async () =>
      (await ngocHa.get('/api/v1/notifications?limit=200').expect(200)).body.items.filter(
        (n: { kind: string }) => n.kind === 'report_reminder',
      );
    const sent = (
      await province
        .post('/api/v1/reports/submissions/reminders')
        .send({ year, provinceCode: HA_NOI })
        .expect(200)
    ).body;
    expect(sent.communeCodes).toContain(NGOC_HA);
    expect(sent.communeCodes).not.toContain(BA_DINH);
    expect(sent.people).toBeGreaterThanOrEqual(1);
    await eventually(async () =>
      expect(await reminders()).toEqual([
        expect.objectContaining({
          message: `Quá hạn nộp báo cáo: Phường Ngọc Hà chưa nộp báo cáo công tác trẻ em năm ${year}, hạn nộp là 01/01/${year}. Đề nghị nộp ngay.`,
        }),
      ]),
    );
    await province
      .post('/api/v1/reports/submissions/reminders')
      .send({ year, provinceCode: HA_NOI })
      .expect(200);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(await reminders()).toHaveLength(1);
    await officer
      .post('/api/v1/reports/submissions/reminders')
      .send({ year, provinceCode: HA_NOI })
      .expect(403);
  });

  it('takes the province’s report from the province’s chair, late after its due date', async () => {
    await setDeadline('province_annual', 1, 1);
    const id = await makeReport(province);
    const submitted = (await submit('chutich.tinh', provinceChair, id).expect(201)).body;
    expect(submitted).toMatchObject({
      version: 1,
      communeCode: null,
      late: true,
      dueOn: `${year}-01-01`,
    });
    expect((await overview()).province).toMatchObject({ status: 'late', version: 1 });
  });

  it('makes the report of the first six months: figures closed on 14 June, due by 20 June', async () => {
    const last = year - 1;
    const reports = t.app.get(ReportsService);
    const baDinh: ResolvedArea = {
      scope: { provinces: [], communes: [BA_DINH] },
      by: 'commune',
      provinceCode: HA_NOI,
      communeCode: BA_DINH,
    };
    /** I-0306, the children injured in an accident, in Ba Đình for last year's term. */
    const injured = async (term: ReportTerm) => {
      await reports.refresh(last, term);
      const figures = await reports.indicatorReport(last, baDinh, noSuppression, term);
      return figures.items.find((i) => i.set === 'I' && i.code === '0306')!.value ?? 0;
    };
    const before = { six: await injured('six_months'), year: await injured('annual') };
    const children = await t.dataSource.query<{ id: string }[]>(
      `SELECT id FROM children c
        WHERE commune_code = $1 AND merged_into IS NULL
          AND date_of_birth BETWEEN make_date($2::int - 12, 1, 1) AND make_date($2::int - 3, 1, 1)
          AND NOT EXISTS (SELECT 1 FROM child_injuries i WHERE i.child_id = c.id)
        ORDER BY id LIMIT 2`,
      [BA_DINH, last],
    );
    expect(children).toHaveLength(2);
    // One on the day the six months close, one the day after.
    for (const [child, day] of [
      [children[0].id, `${last}-06-14`],
      [children[1].id, `${last}-06-15`],
    ]) {
      await t.dataSource.query(
        `INSERT INTO child_injuries (child_id, kind, occurred_on, outcome)
         VALUES ($1, 'fall', $2, 'recovered')`,
        [child, day],
      );
    }
    expect(await injured('six_months')).toBe(before.six + 1);
    expect(await injured('annual')).toBe(before.year + 2);

    // The report of the six months beside the year's: a report of its own, with its dates.
    const id = await makeReport(officer, BA_DINH, { year: last, term: 'six_months' });
    const annual = await makeReport(officer, BA_DINH, { year: last });
    expect(annual).not.toBe(id);
    expect(await listed(officer, id, last)).toMatchObject({
      term: 'six_months',
      asOf: `${last}-06-14`,
      dueOn: `${last}-06-20`,
    });
    // (Hà Nội moved its communes' year's report to 1 January, above.)
    expect(await listed(officer, annual, last)).toMatchObject({
      term: 'annual',
      asOf: `${last}-12-31`,
      dueOn: `${last}-01-01`,
    });
    const xlsx = await download(officer, `/api/v1/reports/periodic/${id}.xlsx`);
    expect(xlsx.headers['content-disposition']).toContain(`bao-cao-tre-em-${last}-6-thang-`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Uint8Array.from(xlsx.body as Buffer).buffer);
    expect(workbook.getWorksheet('Tổng hợp')!.getRow(2).getCell(1).value).toBe(
      `Phường Ba Đình · 6 tháng đầu năm ${last} · Số liệu tính đến ngày 14/06/${last}`,
    );

    // Submitted now, long after its due date: late, by the six months' date.
    const submitted = (await submit('demo.chutich', chair, id).expect(201)).body;
    expect(submitted).toMatchObject({ term: 'six_months', late: true, dueOn: `${last}-06-20` });
    const six = await overview(`year=${last}&term=six_months`);
    expect(six).toMatchObject({ year: last, term: 'six_months' });
    expect(area(six, BA_DINH)).toMatchObject({ status: 'late', version: 1 });
    expect(six.province).toMatchObject({ status: 'overdue', dueOn: `${last}-06-30` });
    // The year's report of Ba Đình is another matter: not submitted.
    const whole = await overview(`year=${last}`);
    expect(whole.term).toBe('annual');
    expect(area(whole, BA_DINH)).toMatchObject({ status: 'overdue', version: null });

    const quarter = await province
      .get(`/api/v1/reports/submissions?year=${last}&term=quarter&provinceCode=${HA_NOI}`)
      .expect(400);
    expect(quarter.body.errors).toEqual([expect.objectContaining({ field: 'term' })]);
  });

  it('keeps the calendar each morning: reports made before the due date, reminders around it', async () => {
    const calendar = t.app.get(ReportCalendarService);
    // Hồ Chí Minh City keeps the plans' 25/11; Hà Nội has set 1 January (above).
    const plan = async (day: string, term = 'annual') =>
      (await calendar.dayPlan(`${year}-${day}`)).find((p) => p.term === term)!;
    expect((await plan('11-20')).make).toContain(HCM);
    expect((await plan('11-20')).make).not.toContain(HA_NOI);
    expect((await plan('11-22')).remind).toContain(HCM);
    expect((await plan('11-26')).remind).toContain(HCM);
    expect(await plan('11-23')).toMatchObject({
      make: expect.not.arrayContaining([HCM]),
      remind: expect.not.arrayContaining([HCM]),
    });
    expect((await plan('01-02')).remind).toEqual([HA_NOI]);
    // The six months' reports by their own date: 20 June for both (Hà Nội has not moved it).
    expect((await plan('06-15', 'six_months')).make).toEqual(expect.arrayContaining([HCM, HA_NOI]));
    expect((await plan('06-15')).make).toEqual([]);
    expect((await plan('06-17', 'six_months')).remind).toContain(HCM);
    expect((await plan('06-21', 'six_months')).remind).toContain(HCM);
    expect((await plan('06-20', 'six_months')).remind).toEqual([]);

    // The job's reminder: the communes of the province with someone to tell (in the app), the
    // audit naming no one as its author.
    const committee = await createOrganization(
      t,
      'UBND phường Thủ Dầu Một',
      'commune_committee',
      HCM,
      AREA.communeB1,
    );
    await createAccount(t, 'canbo.tdm', committee, ['commune_officer']);
    const thuDauMot = t.as((await signIn(t, 'canbo.tdm')).accessToken);
    const sent = await calendar.remindCommunes({ year, provinceCode: HCM }, null);
    expect(sent.communeCodes).toEqual([AREA.communeB1]);
    await eventually(async () => {
      const items = (await thuDauMot.get('/api/v1/notifications?limit=50').expect(200)).body.items;
      expect(items).toEqual([
        expect.objectContaining({
          kind: 'report_reminder',
          message: expect.stringContaining(
            `Phường Thủ Dầu Một chưa nộp báo cáo công tác trẻ em năm ${year}`,
          ),
        }),
      ]);
    });
    const [entry] = await t.dataSource.query(
      `SELECT actor_type FROM audit_events WHERE action = 'report.reminders_sent' ORDER BY at DESC LIMIT 1`,
    );
    expect(entry).toEqual({ actor_type: 'system' });

    // The six months' reminder, the same day, is a reminder of its own, naming its report.
    await calendar.remindCommunes({ year, term: 'six_months', provinceCode: HCM }, null);
    await eventually(async () => {
      const items = (await thuDauMot.get('/api/v1/notifications?limit=50').expect(200)).body.items;
      expect(items).toHaveLength(2);
      expect(items).toContainEqual(
        expect.objectContaining({
          message: expect.stringContaining(
            `chưa nộp báo cáo công tác trẻ em 6 tháng đầu năm ${year}`,
          ),
        }),
      );
    });
  });
});
