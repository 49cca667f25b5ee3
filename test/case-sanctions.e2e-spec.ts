import ExcelJS from 'exceljs';
import { addDays } from '../src/calendar/working-days.js';
import { todayInVietnam } from '../src/children/age.js';
import { ReportsService } from '../src/reports/reports.service.js';
import { createTestApp, type TestApp } from './app.js';
import { type CaseWorld, caseWorld, hotlineReport } from './case-world.js';
import { AREA, binary } from './world.js';

const TODAY = todayInVietnam();
const YEAR = Number(TODAY.slice(0, 4));

type Indicator = {
  set: string;
  code: string;
  unit: string;
  value: number | null;
  numerator?: number | null;
  denominator?: number | null;
  breakdowns: Record<string, Record<string, number | null>>;
};

const sanction = (over: object = {}) => ({
  decisionNumber: '12/QĐ-XPVPHC',
  decidedOn: TODAY,
  authority: 'Chủ tịch UBND phường Ba Đình',
  violatorKind: 'individual',
  form: 'violence',
  fine: 5_000_000,
  ...over,
});

/**
 * The administrative handling of child abuse (issue 26, Circular 13/2021's second set): the
 * violations of abuse in a case, recorded by whoever holds it when detected and the decisions
 * sanctioning them then or later, refused when they do not hold together or are recorded twice,
 * removed when recorded by mistake, every change audited; counted by the statistics with their
 * fines (violations by the day detected, decisions by the day decided), hidden with their count
 * from whoever sees aggregates only.
 */
describe('administrative sanctions for abuse', () => {
  let t: TestApp;
  let w: CaseWorld;

  const newCase = async () =>
    (
      await w.hotline
        .post('/api/v1/cases')
        .send(hotlineReport(new Date(Date.now() - 3_600_000).toISOString()))
        .expect(201)
    ).body.id as string;

  beforeAll(async () => {
    t = await createTestApp({ role: 'api' });
    w = await caseWorld(t);
  });
  afterAll(() => t.close());

  it('records a decision, each once; removes one recorded by mistake; audits every change', async () => {
    const id = await newCase();
    const first = await w.worker
      .post(`/api/v1/cases/${id}/sanctions`)
      .send(sanction({ measures: 'Buộc chấm dứt hành vi, xin lỗi trẻ em' }))
      .expect(201);
    expect(first.body).toMatchObject({
      caseId: id,
      // Detected, as far as anyone said, the day it was decided.
      detectedOn: TODAY,
      decisionNumber: '12/QĐ-XPVPHC',
      decidedOn: TODAY,
      authority: 'Chủ tịch UBND phường Ba Đình',
      violatorKind: 'individual',
      form: 'violence',
      formName: 'Bạo lực',
      fine: 5_000_000,
      violators: 1,
      measures: 'Buộc chấm dứt hành vi, xin lỗi trẻ em',
      recordedBy: { fullName: 'Người dùng ctxh' },
    });
    // The penalties say who the abuser is: sealed at rest.
    const [stored] = await t.dataSource.query<{ measures: string }[]>(
      'SELECT measures FROM case_sanctions WHERE id = $1',
      [first.body.id],
    );
    expect(stored.measures).not.toContain('xin lỗi');

    const again = await w.worker.post(`/api/v1/cases/${id}/sanctions`).send(sanction()).expect(409);
    expect(again.body).toMatchObject({
      type: '/problems/sanction-recorded',
      detail:
        'Hồ sơ đã ghi quyết định xử phạt số 12/QĐ-XPVPHC với cùng đối tượng bị xử phạt (cá nhân hoặc tổ chức). Nếu ghi sai, hãy xóa bản ghi đó rồi ghi lại.',
    });
    const older = await w.worker
      .post(`/api/v1/cases/${id}/sanctions`)
      .send(
        sanction({
          decisionNumber: '3/QĐ-XPVPHC',
          decidedOn: addDays(TODAY, -2),
          violatorKind: 'organization',
          fine: undefined,
        }),
      )
      .expect(201);
    expect(older.body).toMatchObject({ fine: null, measures: null });

    const listed = await w.approver.get(`/api/v1/cases/${id}/sanctions`).expect(200);
    expect(listed.body.map((s: { id: string }) => s.id)).toEqual([first.body.id, older.body.id]);
    // Another commune's worker neither reads nor writes them.
    await w.outsider.get(`/api/v1/cases/${id}/sanctions`).expect(404);
    await w.outsider.post(`/api/v1/cases/${id}/sanctions`).send(sanction()).expect(404);
    await w.outsider.delete(`/api/v1/cases/${id}/sanctions/${older.body.id}`).expect(404);
    // The chair reads them, but records nothing.
    await w.approver
      .post(`/api/v1/cases/${id}/sanctions`)
      .send(sanction({ decisionNumber: '9/QĐ' }))
      .expect(403);

    await w.worker.delete(`/api/v1/cases/${id}/sanctions/${older.body.id}`).expect(204);
    await w.worker.delete(`/api/v1/cases/${id}/sanctions/${older.body.id}`).expect(404);
    const audit = await t.dataSource.query<{ action: string; details: { sanctionId?: string } }[]>(
      `SELECT action, details FROM audit_events
        WHERE entity_id = $1 AND action LIKE 'case.sanction%' ORDER BY id`,
      [id],
    );
    expect(audit.map((a) => [a.action, a.details.sanctionId])).toEqual([
      ['case.sanction_recorded', first.body.id],
      ['case.sanction_recorded', older.body.id],
      ['case.sanctions_read', undefined],
      ['case.sanction_removed', older.body.id],
    ]);
  });

  it('refuses, in the worker’s words, a decision that does not hold together', async () => {
    const id = await newCase();
    const res = await w.worker
      .post(`/api/v1/cases/${id}/sanctions`)
      .send(sanction({ form: 'shouting', decidedOn: addDays(TODAY, 1) }))
      .expect(422);
    expect(res.body).toMatchObject({
      type: '/problems/invalid-sanction',
      title: 'Thông tin xử lý vi phạm hành chính không hợp lệ',
    });
    expect(res.body.errors).toEqual([
      { field: 'form', message: 'Không có trong danh mục abuse-forms.' },
      { field: 'decidedOn', message: 'Ngày ra quyết định không được sau ngày hôm nay.' },
    ]);
    const invalid = await w.worker
      .post(`/api/v1/cases/${id}/sanctions`)
      .send(sanction({ fine: -1, violatorKind: 'family', decisionNumber: '', violators: 0 }))
      .expect(400);
    expect(invalid.body.errors.map((e: { field: string }) => e.field).sort()).toEqual([
      'decisionNumber',
      'fine',
      'violatorKind',
      'violators',
    ]);
    expect((await w.worker.get(`/api/v1/cases/${id}/sanctions`).expect(200)).body).toEqual([]);
  });

  it('counts the year’s decisions and their fines, by form and by who was sanctioned', async () => {
    // The first test's case holds one decision of this year: 5,000,000 đồng, violence, a person.
    const second = await newCase();
    const record = (body: object) =>
      w.worker.post(`/api/v1/cases/${second}/sanctions`).send(sanction(body)).expect(201);
    await record({ decisionNumber: '20/QĐ', violatorKind: 'organization', fine: 20_000_000 });
    // One decision for two parents who left the child alone, fining neither: detected last year.
    await record({
      decisionNumber: '21/QĐ',
      detectedOn: `${YEAR - 1}-12-28`,
      form: 'neglect',
      fine: undefined,
      violators: 2,
    });
    // One decision for a person and the company employing the child: its two parts, one decision.
    await record({ decisionNumber: '22/QĐ', form: 'exploitation', fine: 1_000_000 });
    await record({
      decisionNumber: '22/QĐ',
      form: 'exploitation',
      violatorKind: 'organization',
      fine: 4_000_000,
    });
    await record({ decisionNumber: '1/QĐ', decidedOn: `${YEAR - 1}-12-30`, fine: 3_000_000 });
    // Detected this year, not decided yet; and one detected last year, not decided either.
    const undecided = { decisionNumber: undefined, decidedOn: undefined, fine: undefined };
    await record({
      ...undecided,
      detectedOn: TODAY,
      form: 'neglect',
      violatorKind: 'organization',
    });
    await record({ ...undecided, detectedOn: `${YEAR - 1}-11-02` });
    await t.app.get(ReportsService).refresh();

    const read = async (api: CaseWorld['worker']) => {
      const res = await api
        .get(`/api/v1/reports/indicators?year=${YEAR}&communeCode=${AREA.communeA1}`)
        .expect(200);
      const items = res.body as Indicator[];
      return (code: string) => items.find((i) => i.set === 'III' && i.code === code)!;
    };
    const find = await read(w.worker);
    // By hand: 12/QĐ (violence, a person, 5M), 20/QĐ (violence, an organisation, 20M), 21/QĐ
    // (neglect, two persons, no fine), 22/QĐ (exploitation, a person 1M and a company 4M: one
    // decision, counted under both); 1/QĐ was decided last year. Detected this year: those but
    // 21/QĐ (detected last year), and the neglect by an organisation not decided yet.
    expect(find('0204')).toMatchObject({
      unit: 'cases',
      value: 4,
      breakdowns: {
        form: { violence: 2, neglect: 1, exploitation: 1 },
        violator: { individual: 2, organization: 3 },
      },
    });
    expect(find('0201')).toMatchObject({
      unit: 'cases',
      value: 4,
      breakdowns: {
        form: { violence: 2, neglect: 1, exploitation: 1 },
        violator: { individual: 3, organization: 2 },
      },
    });
    expect(find('0202')).toMatchObject({
      unit: 'vnd',
      value: 30_000_000,
      numerator: 30_000_000,
      denominator: 4,
      breakdowns: {
        form: { violence: 25_000_000, neglect: 0, exploitation: 5_000_000 },
        violator: { individual: 6_000_000, organization: 24_000_000 },
      },
    });
    expect(find('0203')).toMatchObject({
      unit: 'violators',
      value: 6,
      breakdowns: {
        form: { violence: 2, neglect: 2, exploitation: 2 },
        violator: { individual: 4, organization: 2 },
      },
    });

    // The chair sees aggregates only: four decisions are too few to show, and so are their fines.
    const hidden = await read(w.approver);
    expect(hidden('0201').value).toBeNull();
    expect(hidden('0204').value).toBeNull();
    expect(hidden('0202')).toMatchObject({ value: null, numerator: null, denominator: null });
    expect(hidden('0202').breakdowns.violator).toEqual({ individual: null, organization: null });

    // The official table prints the fines in đồng, under the software's own code, marked.
    const xlsx = await w.worker
      .get(`/api/v1/reports/indicators?year=${YEAR}&communeCode=${AREA.communeA1}&format=xlsx`)
      .buffer(true)
      .parse(binary)
      .expect(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Uint8Array.from(xlsx.body as Buffer).buffer);
    const rows: unknown[][] = [];
    workbook
      .getWorksheet('III-0202')!
      .eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    expect(rows[0]).toEqual([
      'Biểu III-0202 (*): Số tiền phạt vi phạm hành chính đối với hành vi xâm hại trẻ em',
    ]);
    expect(rows[2]).toEqual(['Đơn vị tính: Đồng']);
    const totals = rows.findIndex((row) => row[1] === 'Tổng cộng');
    expect(rows[totals][2]).toBe(30_000_000);
    const byColumn = Object.fromEntries(
      rows[totals - 1].slice(3).map((label, i) => [label, rows[totals][i + 3]]),
    );
    expect(byColumn).toEqual({
      'Bạo lực': 25_000_000,
      'Bỏ mặc': 0,
      'Bóc lột': 5_000_000,
      'Cá nhân': 6_000_000,
      'Tổ chức': 24_000_000,
    });
  });

  it('records a violation when detected, and its decision when it comes', async () => {
    const id = await newCase();
    const sanctions = `/api/v1/cases/${id}/sanctions`;
    const detected = { detectedOn: addDays(TODAY, -3), authority: 'Công an phường Ba Đình' };
    const violation = { ...detected, violatorKind: 'individual', form: 'violence' };
    // Detected without a day, penalties before a decision, a decision half given: said per field.
    const refused = await w.worker
      .post(sanctions)
      .send({ ...violation, detectedOn: undefined, fine: 1_000_000, measures: 'Xin lỗi' })
      .expect(422);
    expect(refused.body.errors).toEqual([
      {
        field: 'detectedOn',
        message:
          'Cần ghi ngày phát hiện vi phạm (ngày lập biên bản) khi chưa có quyết định xử phạt.',
      },
      {
        field: 'fine',
        message:
          'Chỉ ghi tiền phạt và hình thức xử phạt khi đã có quyết định xử phạt (số và ngày quyết định).',
      },
      {
        field: 'measures',
        message:
          'Chỉ ghi tiền phạt và hình thức xử phạt khi đã có quyết định xử phạt (số và ngày quyết định).',
      },
    ]);
    const half = await w.worker
      .post(sanctions)
      .send({ ...violation, decisionNumber: '30/QĐ', detectedOn: addDays(TODAY, 1) })
      .expect(422);
    expect(half.body.errors).toEqual([
      { field: 'detectedOn', message: 'Ngày phát hiện vi phạm không được sau ngày hôm nay.' },
      {
        field: 'decidedOn',
        message: 'Quyết định xử phạt cần đủ cả số quyết định và ngày ra quyết định.',
      },
    ]);

    const created = await w.worker.post(sanctions).send(violation).expect(201);
    expect(created.body).toMatchObject({
      detectedOn: addDays(TODAY, -3),
      decisionNumber: null,
      decidedOn: null,
      fine: null,
      measures: null,
      authority: 'Công an phường Ba Đình',
    });
    const decision = `${sanctions}/${created.body.id}/decision`;
    const early = await w.worker
      .post(decision)
      .send({ decisionNumber: '30/QĐ', decidedOn: addDays(TODAY, -4) })
      .expect(422);
    expect(early.body.errors).toEqual([
      {
        field: 'decidedOn',
        message: 'Ngày ra quyết định không được trước ngày phát hiện vi phạm (ngày lập biên bản).',
      },
    ]);
    // Another commune's worker cannot decide it; the chair reads it but records nothing.
    const body = { decisionNumber: '30/QĐ', decidedOn: TODAY, fine: 2_000_000 };
    await w.outsider.post(decision).send(body).expect(404);
    await w.approver.post(decision).send(body).expect(403);
    // A decision the case records already for a person: refused.
    await w.worker
      .post(sanctions)
      .send(sanction({ decisionNumber: '30/QĐ', decidedOn: addDays(TODAY, -1) }))
      .expect(201);
    const twice = await w.worker.post(decision).send(body).expect(409);
    expect(twice.body.type).toBe('/problems/sanction-recorded');

    const decided = await w.worker
      .post(decision)
      .send({
        ...body,
        decisionNumber: '31/QĐ',
        authority: 'Chủ tịch UBND phường Ba Đình',
        measures: 'Buộc xin lỗi trẻ em',
      })
      .expect(200);
    expect(decided.body).toMatchObject({
      id: created.body.id,
      detectedOn: addDays(TODAY, -3),
      decisionNumber: '31/QĐ',
      decidedOn: TODAY,
      fine: 2_000_000,
      measures: 'Buộc xin lỗi trẻ em',
      authority: 'Chủ tịch UBND phường Ba Đình',
    });
    const again = await w.worker.post(decision).send(body).expect(409);
    expect(again.body).toMatchObject({
      type: '/problems/sanction-decided',
      detail:
        'Vi phạm này đã được ghi quyết định xử phạt số 31/QĐ. Nếu ghi sai, hãy xóa bản ghi đó rồi ghi lại.',
    });
    // The latest detected first.
    const listed = await w.worker.get(sanctions).expect(200);
    expect(listed.body.map((s: { decisionNumber: string }) => s.decisionNumber)).toEqual([
      '30/QĐ',
      '31/QĐ',
    ]);
    const audit = await t.dataSource.query<{ action: string; details: { sanctionId?: string } }[]>(
      `SELECT action, details FROM audit_events
        WHERE entity_id = $1 AND action IN ('case.sanction_recorded', 'case.sanction_decided')
        ORDER BY id`,
      [id],
    );
    expect(audit.map((a) => a.action)).toEqual([
      'case.sanction_recorded',
      'case.sanction_recorded',
      'case.sanction_decided',
    ]);
    expect(audit[2].details.sanctionId).toBe(created.body.id);
  });
});
