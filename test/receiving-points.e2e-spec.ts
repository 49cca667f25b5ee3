import { createTestApp, type TestApp } from './app.js';
import { BODIES, type CaseWorld, caseWorld } from './case-world.js';
import { AREA, binary, createAccount, createOrganization, eventually, signIn } from './world.js';

type Client = ReturnType<TestApp['as']>;

/**
 * Receiving points (Decree 56/2017 art. 25): the staff of the police, a school or a health
 * facility record a report (Mẫu 01) themselves; it reaches the commune where the child lives at
 * once, and they follow what became of it without reading the case file.
 */
describe('receiving points: reports recorded by the police, schools and health facilities', () => {
  let t: TestApp;
  let w: CaseWorld;
  const ids: Record<string, string> = {};
  /** Staff of the police of commune A2, of a school and a health facility in province B. */
  let police: Client;
  let policeColleague: Client;
  let school: Client;
  let clinic: Client;
  /** An operator of the 111 hotline, and an officer of the provincial health department. */
  let operator: Client;
  let department: Client;
  /** Staff of a social work centre: an agency that receives referrals, not reports. */
  let centre: Client;

  const report = (body: object = {}) => ({
    channel: 'in_person',
    receivedAt: new Date(Date.now() - 20 * 60_000).toISOString(),
    summary: 'Người dân đưa trẻ đến trụ sở, trẻ có nhiều vết bầm ở lưng.',
    concerns: ['violence'],
    ...body,
  });
  /** A child the reporter names, living in commune A1. */
  const childOfA1 = {
    fullName: 'Phạm Minh Khang',
    dateOfBirth: '2017-01-01',
    dobPrecision: 'year',
    sex: 'male',
    provinceCode: AREA.provinceA,
    communeCode: AREA.communeA1,
  };
  const kinds = async (client: Client) =>
    (await client.get('/api/v1/notifications?limit=200').expect(200)).body.items as {
      kind: string;
      message: string;
    }[];

  beforeAll(async () => {
    t = await createTestApp();
    w = await caseWorld(t);
    ids.police = await createOrganization(
      t,
      'Công an phường Ngọc Hà',
      'police',
      AREA.provinceA,
      AREA.communeA2,
    );
    ids.school = await createOrganization(
      t,
      'Trường Tiểu học Thủ Dầu Một',
      'school',
      AREA.provinceB,
      AREA.communeB1,
    );
    ids.clinic = await createOrganization(
      t,
      'Bệnh viện Nhi Đồng',
      'health_facility',
      AREA.provinceB,
    );
    ids.department = await createOrganization(
      t,
      'Sở Y tế tỉnh B',
      'provincial_department',
      AREA.provinceB,
    );
    ids.centre = await createOrganization(
      t,
      'Trung tâm công tác xã hội Hà Nội',
      'social_work_center',
      AREA.provinceA,
    );
    const staff = async (username: string, organization: string) => {
      await createAccount(t, username, organization, ['agency_staff']);
      return t.as((await signIn(t, username)).accessToken);
    };
    police = await staff('congan', ids.police);
    policeColleague = await staff('congan2', ids.police);
    school = await staff('giaovien', ids.school);
    clinic = await staff('bacsi', ids.clinic);
    centre = await staff('ctxh-trungtam', ids.centre);
    operator = await staff('tongdai', w.ids.hotlineOrg);
    department = await staff('soyte', ids.department);
  });
  afterAll(() => t.close());

  it('takes a police report about a child of another commune to that commune at once', async () => {
    const me = (await police.get('/api/v1/auth/me').expect(200)).body;
    expect(me.permissions).toEqual(expect.arrayContaining(['cases:intake', 'cases:reported']));

    const created = await police
      .post('/api/v1/cases')
      .send(
        report({
          newChildren: [childOfA1],
          // It happened in the police's own commune; the child lives in A1.
          location: { provinceCode: AREA.provinceA, communeCode: AREA.communeA2 },
          reporter: { fullName: 'Trần Văn Hùng', phone: '0912345678', relation: 'hàng xóm' },
        }),
      )
      .expect(201);
    const kase = created.body;
    expect(kase).toMatchObject({
      status: 'received',
      provinceCode: AREA.provinceA,
      communeCode: AREA.communeA1,
      source: 'police',
      receivingOrganizationId: ids.police,
      location: { provinceCode: AREA.provinceA, communeCode: AREA.communeA2 },
      assignedTo: null,
    });
    expect(kase.code).toMatch(new RegExp(`^BVTE-${AREA.communeA1}-\\d{4}-\\d{4}$`));

    // The commune where the child lives is told at once: its social workers and its chair.
    for (const client of [w.worker, w.colleague, w.approver]) {
      await eventually(async () => {
        const told = (await kinds(client)).filter((n) => n.kind === 'case_received');
        expect(told.map((n) => n.message)).toEqual(
          expect.arrayContaining([expect.stringContaining(kase.code)]),
        );
      });
    }
    expect((await kinds(w.outsider)).map((n) => n.kind)).not.toContain('case_received');
    // The commune works it as any other report, the police's name on it.
    const read = await w.worker.get(`/api/v1/cases/${kase.id}`).expect(200);
    expect(read.body).toMatchObject({ source: 'police', receivingOrganizationId: ids.police });
    await w.worker
      .get(`/api/v1/cases/${kase.id}/forms/mau-01`)
      .buffer(true)
      .parse(binary)
      .expect(200);

    // The police recorded it; they do not read the case file, the child or the case list.
    await police.get(`/api/v1/cases/${kase.id}`).expect(403);
    await police.get(`/api/v1/cases/${kase.id}/timeline`).expect(403);
    await police.get(`/api/v1/cases/${kase.id}/forms/mau-01`).expect(403);
    await police.get('/api/v1/cases').expect(403);
    await police.get(`/api/v1/children/${kase.childIds[0]}`).expect(403);

    // What they follow: the case their report became, where, and how far it has got.
    const followed = async (client: Client) =>
      (await client.get('/api/v1/cases/reported').expect(200)).body;
    expect(await followed(police)).toEqual({
      items: [
        {
          id: kase.id,
          code: kase.code,
          status: 'received',
          source: 'police',
          receivedAt: kase.receivedAt,
          recordedAt: kase.createdAt,
          provinceCode: AREA.provinceA,
          communeCode: AREA.communeA1,
        },
      ],
      nextCursor: null,
    });
    await w.worker
      .post(`/api/v1/cases/${kase.id}/initial-assessment`)
      .send(BODIES['initial-assessment'])
      .expect(200);
    expect((await followed(police)).items[0].status).toBe('assessed');
    // Need to know: a colleague who did not record it, and other receiving points, see nothing.
    expect((await followed(policeColleague)).items).toEqual([]);
    expect((await followed(school)).items).toEqual([]);
    const audit = await t.dataSource.query(
      "SELECT count(*)::int AS n FROM audit_events WHERE action = 'case.reports_listed'",
    );
    expect(audit[0].n).toBeGreaterThanOrEqual(4);
  });

  it('takes reports from another province, the source being the receiving point’s own', async () => {
    const child = (
      await w.officer
        .post('/api/v1/children')
        .send({ ...childOfA1, fullName: 'Lê Thị Mai', sex: 'female' })
        .expect(201)
    ).body.id as string;
    // A school in province B about a pupil living in A1: filed in A1.
    const fromSchool = await school
      .post('/api/v1/cases')
      .send(report({ childIds: [child], source: 'school', concerns: ['neglect'] }))
      .expect(201);
    expect(fromSchool.body).toMatchObject({
      communeCode: AREA.communeA1,
      source: 'school',
      receivingOrganizationId: ids.school,
      childIds: [child],
    });
    const fromClinic = await clinic
      .post('/api/v1/cases')
      .send(report({ newChildren: [{ ...childOfA1, fullName: 'Bé Tí', sex: 'unknown' }] }))
      .expect(201);
    expect(fromClinic.body).toMatchObject({ communeCode: AREA.communeA1, source: 'health' });

    // The source is the receiving point's kind: another is refused, naming the rule.
    const wrong = await school
      .post('/api/v1/cases')
      .send(report({ childIds: [child], source: 'public' }))
      .expect(422);
    expect(wrong.body.errors).toEqual([
      {
        field: 'source',
        message:
          'Nguồn thông tin phải là "school": nơi tiếp nhận thông tin đã ghi nhận báo cáo này.',
      },
    ]);
    const english = await school
      .post('/api/v1/cases')
      .set('Accept-Language', 'en')
      .send(report({ childIds: [child], source: 'public' }))
      .expect(422);
    expect(english.body.errors[0].message).toBe(
      'source must be "school", the receiving point that recorded the report',
    );
    // A child that does not exist is refused as for anyone.
    const unknown = await school
      .post('/api/v1/cases')
      .send(report({ childIds: ['00000000-0000-4000-8000-000000000000'] }))
      .expect(422);
    expect(unknown.body.errors.map((e: { field: string }) => e.field)).toEqual(['childIds.0']);
  });

  it('takes reports from the 111 hotline’s operators and the provincial health department', async () => {
    const fromOperator = await operator
      .post('/api/v1/cases')
      .send(report({ channel: 'phone', newChildren: [{ ...childOfA1, fullName: 'Bé Su' }] }))
      .expect(201);
    expect(fromOperator.body).toMatchObject({
      communeCode: AREA.communeA1,
      source: 'hotline_111',
      receivingOrganizationId: w.ids.hotlineOrg,
    });
    // The department of province B, about a child of province A: filed where the child lives.
    const fromDepartment = await department
      .post('/api/v1/cases')
      .send(report({ newChildren: [{ ...childOfA1, fullName: 'Bé Bông', sex: 'female' }] }))
      .expect(201);
    expect(fromDepartment.body).toMatchObject({
      communeCode: AREA.communeA1,
      source: 'health',
      receivingOrganizationId: ids.department,
    });
    // Each follows what became of its own reports, and only those.
    const followed = async (client: Client) =>
      (await client.get('/api/v1/cases/reported').expect(200)).body.items.map(
        (c: { code: string }) => c.code,
      );
    expect(await followed(operator)).toEqual([fromOperator.body.code]);
    expect(await followed(department)).toEqual([fromDepartment.body.code]);
  });

  it('leaves other agencies to their referral queue: no report, nothing to follow', async () => {
    const refused = await centre
      .post('/api/v1/cases')
      .send(report({ newChildren: [childOfA1], source: 'other' }))
      .expect(403);
    expect(refused.headers['content-type']).toMatch(/^application\/problem\+json/);
    await centre.get('/api/v1/cases/reported').expect(403);
    // The commune's own staff read the cases themselves.
    await w.worker.get('/api/v1/cases/reported').expect(403);
    expect(
      await t.dataSource.query("SELECT 1 FROM children WHERE full_name = 'Phạm Minh Khang'"),
    ).toHaveLength(1);
  });
});
