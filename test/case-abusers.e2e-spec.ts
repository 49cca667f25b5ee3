import { todayInVietnam } from '../src/children/age.js';
import { ReportsService } from '../src/reports/reports.service.js';
import { createTestApp, type TestApp } from './app.js';
import { type CaseWorld, caseWorld, hotlineReport, RATINGS } from './case-world.js';
import { AREA } from './world.js';

const YEAR = Number(todayInVietnam().slice(0, 4));

type Indicator = {
  set: string;
  code: string;
  unit: string;
  value: number | null;
  breakdowns: Record<string, Record<string, number | null>>;
};

/**
 * The persons who abused the children of a case (issue 26: "số đối tượng xâm hại", among the
 * likely indicators of Circular 13/2021's second set): recorded without a name by whoever holds
 * the case, refused in the worker's words when the relationship is not in the list, removed when
 * recorded by mistake, every change audited; counted by the statistics with the case's abuse.
 */
describe('abusers of a case', () => {
  let t: TestApp;
  let w: CaseWorld;

  /** A case from the hotline, raised to intervention level by its initial assessment, or not. */
  const newCase = async (level: 'intervention' | 'support' = 'intervention') => {
    const id = (
      await w.hotline
        .post('/api/v1/cases')
        .send(hotlineReport(new Date(Date.now() - 3_600_000).toISOString()))
        .expect(201)
    ).body.id as string;
    await w.worker
      .post(`/api/v1/cases/${id}/initial-assessment`)
      .send({ ratings: RATINGS, immediateDanger: false, level })
      .expect(200);
    return id;
  };
  const record = (id: string, body: object) =>
    w.worker.post(`/api/v1/cases/${id}/abusers`).send(body);

  beforeAll(async () => {
    t = await createTestApp({ role: 'api' });
    w = await caseWorld(t);
  });
  afterAll(() => t.close());

  it('records an abuser without a name; removes one recorded by mistake; audits every change', async () => {
    const id = await newCase();
    const stepFather = await record(id, {
      relationship: 'step_parent',
      sex: 'male',
      age: 'adult',
    }).expect(201);
    expect(stepFather.body).toMatchObject({
      caseId: id,
      relationship: 'step_parent',
      relationshipName: 'Cha dượng, mẹ kế',
      sex: 'male',
      age: 'adult',
      recordedBy: { fullName: 'Người dùng ctxh' },
    });
    const mistake = await record(id, {
      relationship: 'stranger',
      sex: 'unknown',
      age: 'unknown',
    }).expect(201);

    const listed = await w.approver.get(`/api/v1/cases/${id}/abusers`).expect(200);
    expect(listed.body.map((a: { id: string }) => a.id)).toEqual([
      stepFather.body.id,
      mistake.body.id,
    ]);
    // Another commune's worker neither reads nor writes them; the chair reads, records nothing.
    await w.outsider.get(`/api/v1/cases/${id}/abusers`).expect(404);
    await w.outsider
      .post(`/api/v1/cases/${id}/abusers`)
      .send({ relationship: 'parent', sex: 'male', age: 'adult' })
      .expect(404);
    await w.outsider.delete(`/api/v1/cases/${id}/abusers/${mistake.body.id}`).expect(404);
    await w.approver
      .post(`/api/v1/cases/${id}/abusers`)
      .send({ relationship: 'parent', sex: 'male', age: 'adult' })
      .expect(403);

    await w.worker.delete(`/api/v1/cases/${id}/abusers/${mistake.body.id}`).expect(204);
    await w.worker.delete(`/api/v1/cases/${id}/abusers/${mistake.body.id}`).expect(404);
    const audit = await t.dataSource.query<{ action: string; details: { abuserId?: string } }[]>(
      `SELECT action, details FROM audit_events
        WHERE entity_id = $1 AND action LIKE 'case.abuser%' ORDER BY id`,
      [id],
    );
    expect(audit.map((a) => [a.action, a.details.abuserId])).toEqual([
      ['case.abuser_recorded', stepFather.body.id],
      ['case.abuser_recorded', mistake.body.id],
      ['case.abusers_read', undefined],
      ['case.abuser_removed', mistake.body.id],
    ]);
  });

  it('refuses, in the worker’s words, a relationship not in the list and values out of range', async () => {
    const id = await newCase();
    const unknown = await record(id, { relationship: 'uncle', sex: 'male', age: 'adult' }).expect(
      422,
    );
    expect(unknown.body).toMatchObject({
      type: '/problems/invalid-abuser',
      title: 'Thông tin đối tượng xâm hại không hợp lệ',
      errors: [{ field: 'relationship', message: 'Không có trong danh mục abuser-relationships.' }],
    });
    const invalid = await record(id, { relationship: '', sex: 'man', age: 17 }).expect(400);
    expect(invalid.body.errors.map((e: { field: string }) => e.field).sort()).toEqual([
      'age',
      'relationship',
      'sex',
    ]);
    expect((await w.worker.get(`/api/v1/cases/${id}/abusers`).expect(200)).body).toEqual([]);
  });

  it('counts the abusers of the year’s abuse cases, by relationship and by sex', async () => {
    // The first test's case holds a step-father (intervention level).
    const second = await newCase();
    await record(second, { relationship: 'parent', sex: 'female', age: 'adult' }).expect(201);
    await record(second, { relationship: 'acquaintance', sex: 'male', age: 'minor' }).expect(201);
    // A case that stayed at support level is not an abuse case: its abuser is not counted.
    const support = await newCase('support');
    await record(support, { relationship: 'parent', sex: 'male', age: 'adult' }).expect(201);
    await t.app.get(ReportsService).refresh();

    const read = async (api: CaseWorld['worker']) => {
      const res = await api
        .get(`/api/v1/reports/indicators?year=${YEAR}&communeCode=${AREA.communeA1}`)
        .expect(200);
      return (res.body as Indicator[]).find((i) => i.set === 'III' && i.code === '0105')!;
    };
    // By hand: the step-father (male), the mother (female), the neighbour's son (male).
    expect(await read(w.worker)).toMatchObject({
      unit: 'persons',
      value: 3,
      breakdowns: {
        relationship: { step_parent: 1, parent: 1, acquaintance: 1 },
        sex: { male: 2, female: 1 },
        area: { [AREA.communeA1]: 3 },
      },
    });
    // The chair sees aggregates only: three persons are too few to show, each kind hidden too.
    const hidden = await read(w.approver);
    expect(hidden.value).toBeNull();
    expect(hidden.breakdowns.relationship).toEqual({
      step_parent: null,
      parent: null,
      acquaintance: null,
    });
  });
});
