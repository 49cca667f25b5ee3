import { createTestApp, type TestApp } from './app.js';
import { AREA, createAccount, createOrganization, signIn } from './world.js';

type Api = ReturnType<TestApp['as']>;

const AN = {
  fullName: 'Nguyễn Văn An',
  dateOfBirth: '2015-03-02',
  sex: 'male',
  personalId: '001215012345',
  provinceCode: AREA.provinceA,
  communeCode: AREA.communeA1,
  ethnicityCode: '01',
  village: 'Tổ dân phố 4',
  caregivers: [{ relation: 'mother', fullName: 'Trần Thị Hoa', phone: '0912345678' }],
  specialCircumstances: [{ code: 'a', subCode: 'a.1', since: '2023-01-01' }],
  riskFactors: [{ code: 'poor_household' }],
  schoolStatus: 'in_school',
};

describe('child registry: records, versions, history, search, scope', () => {
  let t: TestApp;
  let officer: Api;
  let neighbour: Api; // another commune of the same province
  let far: Api; // another province
  let province: Api;
  let an: { id: string };

  beforeAll(async () => {
    t = await createTestApp();
    const a1 = await createOrganization(
      t,
      'UBND phường Ba Đình',
      'commune_committee',
      AREA.provinceA,
      AREA.communeA1,
    );
    const a2 = await createOrganization(
      t,
      'UBND phường Ngọc Hà',
      'commune_committee',
      AREA.provinceA,
      AREA.communeA2,
    );
    const b1 = await createOrganization(
      t,
      'UBND phường Thủ Dầu Một',
      'commune_committee',
      AREA.provinceB,
      AREA.communeB1,
    );
    const department = await createOrganization(
      t,
      'Sở Y tế Hà Nội',
      'provincial_department',
      AREA.provinceA,
    );
    await createAccount(t, 'officer', a1, ['commune_officer']);
    await createAccount(t, 'neighbour', a2, ['commune_officer']);
    await createAccount(t, 'far', b1, ['commune_officer']);
    await createAccount(t, 'province', department, ['province_officer']);
    officer = t.as((await signIn(t, 'officer')).accessToken);
    neighbour = t.as((await signIn(t, 'neighbour')).accessToken);
    far = t.as((await signIn(t, 'far')).accessToken);
    province = t.as((await signIn(t, 'province')).accessToken);
    an = (await officer.post('/api/v1/children').send(AN).expect(201)).body;
  });
  afterAll(() => t.close());

  const names = (res: { body: { items: { fullName: string }[] } }) =>
    res.body.items.map((c) => c.fullName).sort();

  it('creates a record with computed age, in NFC, with ETag and a first history entry', async () => {
    const res = await officer.get(`/api/v1/children/${an.id}`).expect(200);
    expect(res.headers.etag).toBe('"1"');
    expect(res.body).toMatchObject({ ...AN, version: 1, dobPrecision: 'exact', isChild: true });
    expect(res.body.age).toBeGreaterThanOrEqual(11);
    const decomposed = 'Le\u0302 Thi\u0323 Ho\u0302\u0300ng';
    const created = await officer
      .post('/api/v1/children')
      .send({
        fullName: decomposed,
        dateOfBirth: '2019-01-01',
        dobPrecision: 'year',
        sex: 'female',
        provinceCode: '01',
        communeCode: AREA.communeA1,
      })
      .expect(201);
    expect(created.body.fullName).toBe('Lê Thị Hồng');
    expect(created.body.fullName).toBe(created.body.fullName.normalize('NFC'));
    const history = await officer.get(`/api/v1/children/${an.id}/history`).expect(200);
    expect(history.body).toEqual([
      expect.objectContaining({
        action: 'created',
        actor: expect.objectContaining({ fullName: 'Người dùng officer' }),
      }),
    ]);
    expect(history.body[0].changes.fullName).toEqual({ from: null, to: 'Nguyễn Văn An' });
  });

  it('finds names with or without diacritics, in any case and word order, and personal IDs exactly', async () => {
    await officer
      .post('/api/v1/children')
      .send({
        fullName: 'Đặng Thị Ánh',
        dateOfBirth: '2012-07-01',
        sex: 'female',
        provinceCode: '01',
        communeCode: AREA.communeA1,
      })
      .expect(201);
    await officer
      .post('/api/v1/children')
      .send({
        fullName: 'Nguyễn Văn Anh',
        dateOfBirth: '2014-01-01',
        sex: 'male',
        provinceCode: '01',
        communeCode: AREA.communeA1,
      })
      .expect(201);
    for (const q of ['nguyen van an', 'An Nguyễn', 'NGUYEN VAN AN', 'van an nguyen']) {
      expect(names(await officer.get('/api/v1/children').query({ q }).expect(200))).toEqual([
        'Nguyễn Văn An',
        'Nguyễn Văn Anh',
      ]);
    }
    expect(
      names(await officer.get('/api/v1/children').query({ q: 'dang anh' }).expect(200)),
    ).toEqual(['Đặng Thị Ánh']);
    expect(
      names(await officer.get('/api/v1/children').query({ q: '001215012345' }).expect(200)),
    ).toEqual(['Nguyễn Văn An']);
    expect(
      names(await officer.get('/api/v1/children').query({ q: '001215012346' }).expect(200)),
    ).toEqual([]);
  });

  it('filters by circumstance, risk, age, sex and personal ID', async () => {
    const q = (query: Record<string, string | number | boolean>) =>
      officer.get('/api/v1/children').query(query).expect(200);
    expect(names(await q({ specialCircumstance: 'a' }))).toEqual(['Nguyễn Văn An']);
    expect(names(await q({ riskFactor: 'poor_household' }))).toEqual(['Nguyễn Văn An']);
    expect(names(await q({ hasPersonalId: true }))).toEqual(['Nguyễn Văn An']);
    expect(names(await q({ sex: 'female', ageFrom: 12 }))).toEqual(['Đặng Thị Ánh']);
    expect(names(await q({ ageTo: 8 }))).toEqual(['Lê Thị Hồng']);
    expect(names(await q({ communeCode: AREA.communeA2 }))).toEqual([]);
  });

  it('pages a stable order without gaps or repeats', async () => {
    for (let i = 0; i < 23; i++) {
      await officer
        .post('/api/v1/children')
        .send({
          fullName: `Phạm Minh Khôi ${i}`,
          dateOfBirth: '2016-05-05',
          sex: 'male',
          provinceCode: '01',
          communeCode: AREA.communeA1,
        })
        .expect(201);
    }
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { body: { items: { id: string }[]; nextCursor: string | null } } = await officer
        .get('/api/v1/children')
        .query({ q: 'pham khoi', limit: 10, ...(cursor ? { cursor } : {}) })
        .expect(200);
      seen.push(...page.body.items.map((c) => c.id));
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(seen).toHaveLength(23);
    expect(new Set(seen).size).toBe(23);
  });

  it('checks the personal ID against date of birth and sex, and keeps it unique', async () => {
    const base = {
      fullName: 'Hoàng Bảo Ngọc',
      dateOfBirth: '2016-02-10',
      sex: 'female',
      provinceCode: '01',
      communeCode: AREA.communeA1,
    };
    const sex = await officer
      .post('/api/v1/children')
      .send({ ...base, personalId: '001216000001' })
      .expect(422);
    expect(sex.body.errors).toEqual([
      { field: 'personalId', message: 'Chữ số giới tính không khớp với giới tính.' },
    ]);
    const year = await officer
      .post('/api/v1/children')
      .send({ ...base, personalId: '001315000001' })
      .expect(422);
    expect(year.body.errors[0].field).toBe('personalId');
    const taken = await officer
      .post('/api/v1/children')
      .send({ ...base, sex: 'male', dateOfBirth: '2015-01-01', personalId: AN.personalId })
      .expect(409);
    expect(taken.body.detail).toContain(an.id);
    // Outside the caller's areas the holder is not named.
    const elsewhere = await far
      .post('/api/v1/children')
      .send({
        ...base,
        sex: 'male',
        dateOfBirth: '2015-01-01',
        personalId: AN.personalId,
        provinceCode: AREA.provinceB,
        communeCode: AREA.communeB1,
      })
      .expect(409);
    expect(elsewhere.body.detail).not.toContain(an.id);
    await officer
      .post('/api/v1/children')
      .send({ ...base, dateOfBirth: '2099-01-01' })
      .expect(422);
    await officer
      .post('/api/v1/children')
      .send({ ...base, dateOfBirth: '2015-02-31' })
      .expect(422);
    await officer
      .post('/api/v1/children')
      .send({ ...base, specialCircumstances: [{ code: 'a', subCode: 'b.1' }] })
      .expect(422);
    await officer
      .post('/api/v1/children')
      .send({ ...base, riskFactors: [{ code: 'nope' }] })
      .expect(422);
  });

  it('answers concurrent creations of one personal ID with one 201 and 409s, never a 5xx', async () => {
    const body = {
      fullName: 'Tạ Quang Vinh',
      dateOfBirth: '2013-03-03',
      sex: 'male',
      personalId: '001213777777',
      provinceCode: '01',
      communeCode: AREA.communeA1,
    };
    const statuses = (
      await Promise.all(
        Array.from({ length: 6 }, () => officer.post('/api/v1/children').send(body)),
      )
    ).map((r) => r.status);
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    expect(statuses.filter((s) => s !== 201)).toEqual(Array(5).fill(409));
  });

  it('maps pre-2025 commune codes, and refuses a split one naming the candidates', async () => {
    const base = { fullName: 'Vũ Hải Đăng', dateOfBirth: '2017-09-09', sex: 'male' };
    const mapped = await officer
      .post('/api/v1/children')
      .send({ ...base, provinceCode: '01', communeCode: '00013' })
      .expect(201);
    expect(mapped.body.communeCode).toBe(AREA.communeA1);
    const split = await officer
      .post('/api/v1/children')
      .send({ ...base, provinceCode: '01', communeCode: '00016' })
      .expect(422);
    expect(split.body.type).toBe('/problems/ambiguous-commune');
    expect(split.body.detail).toContain('00004');
    expect(split.body.detail).toContain('00008');
    await officer
      .post('/api/v1/children')
      .send({ ...base, provinceCode: '79', communeCode: AREA.communeA1 })
      .expect(422);
  });

  it('updates only the version read, and records what changed', async () => {
    await officer.patch(`/api/v1/children/${an.id}`).send({ village: 'Tổ dân phố 5' }).expect(428);
    await officer
      .patch(`/api/v1/children/${an.id}`)
      .set('If-Match', '"7"')
      .send({ village: 'Tổ dân phố 5' })
      .expect(412);
    const updated = await officer
      .patch(`/api/v1/children/${an.id}`)
      .set('If-Match', '"1"')
      .send({ village: 'Tổ dân phố 5' })
      .expect(200);
    expect(updated.headers.etag).toBe('"2"');
    expect(updated.body).toMatchObject({
      version: 2,
      village: 'Tổ dân phố 5',
      fullName: AN.fullName,
    });
    const stale = await officer
      .patch(`/api/v1/children/${an.id}`)
      .set('If-Match', '"1"')
      .send({ village: 'Tổ 6' })
      .expect(412);
    expect(stale.body.type).toBe('/problems/version-mismatch');

    // Ending a special circumstance: the entry gets `until`; the filter stops finding it.
    const ended = await officer
      .patch(`/api/v1/children/${an.id}`)
      .set('If-Match', '"2"')
      .send({ specialCircumstances: [{ ...AN.specialCircumstances[0], until: '2026-01-31' }] })
      .expect(200);
    expect(ended.body.version).toBe(3);
    expect(
      names(await officer.get('/api/v1/children').query({ specialCircumstance: 'a' }).expect(200)),
    ).toEqual([]);
    const history = (await officer.get(`/api/v1/children/${an.id}/history`).expect(200)).body;
    expect(history.map((h: { action: string }) => h.action)).toEqual([
      'created',
      'updated',
      'updated',
    ]);
    expect(history[1].changes).toEqual({ village: { from: 'Tổ dân phố 4', to: 'Tổ dân phố 5' } });
    expect(Object.keys(history[2].changes)).toEqual(['specialCircumstances']);
  });

  it('does not count an unchanged list as a change, and refuses null for required fields', async () => {
    const current = (await officer.get(`/api/v1/children/${an.id}`).expect(200)).body;
    const same = await officer
      .patch(`/api/v1/children/${an.id}`)
      .set('If-Match', `"${current.version}"`)
      .send({ caregivers: AN.caregivers, specialCircumstances: current.specialCircumstances })
      .expect(200);
    expect(same.body.version).toBe(current.version);
    const nulls = await officer
      .patch(`/api/v1/children/${an.id}`)
      .set('If-Match', `"${current.version}"`)
      .send({ fullName: null, sex: null })
      .expect(400);
    expect(nulls.body.errors.map((e: { field: string }) => e.field)).toEqual(['fullName', 'sex']);
    // An optional field can be cleared.
    const cleared = await officer
      .patch(`/api/v1/children/${an.id}`)
      .set('If-Match', `"${current.version}"`)
      .send({ village: null })
      .expect(200);
    expect(cleared.body.village).toBeNull();
  });

  it('refuses tampered cursors and NUL characters with 400', async () => {
    const forged = Buffer.from(JSON.stringify(['x', 'not-a-uuid'])).toString('base64url');
    await officer.get('/api/v1/children').query({ cursor: forged }).expect(400);
    await officer.get('/api/v1/children').query({ q: 'an\u0000' }).expect(400);
  });

  it('keeps history append-only', async () => {
    await expect(t.dataSource.query(`DELETE FROM child_history`)).rejects.toThrow(/append-only/);
  });

  it('shows a child only inside the reader’s areas, and reads outside them as absent', async () => {
    for (const api of [neighbour, far]) {
      const res = await api.get(`/api/v1/children/${an.id}`).expect(404);
      expect(res.body.type).toBe('/problems/not-found');
      await api.get(`/api/v1/children/${an.id}/history`).expect(404);
      await api
        .patch(`/api/v1/children/${an.id}`)
        .set('If-Match', '"3"')
        .send({ village: 'x' })
        .expect(404);
      expect((await api.get('/api/v1/children').expect(200)).body.items).toEqual([]);
      expect(
        (await api.get('/api/v1/children').query({ q: 'nguyen van an' }).expect(200)).body.items,
      ).toEqual([]);
      expect(
        (await api.get('/api/v1/children').query({ q: AN.personalId }).expect(200)).body.items,
      ).toEqual([]);
    }
    await province.get(`/api/v1/children/${an.id}`).expect(200);
    const moved = await neighbour
      .post('/api/v1/children')
      .send({
        fullName: 'Ngô Gia Bảo',
        dateOfBirth: '2018-01-01',
        sex: 'male',
        provinceCode: '01',
        communeCode: AREA.communeA1,
      })
      .expect(403);
    expect(moved.body.type).toBe('/problems/out-of-scope');
  });

  it('records every read of a record by a person in the audit log', async () => {
    const rows: { action: string; actor_name: string }[] = await t.dataSource.query(
      `SELECT action, actor_name FROM audit_events WHERE entity_type = 'child' AND entity_id = $1 ORDER BY id`,
      [an.id],
    );
    expect(rows.filter((r) => r.action === 'child.read').map((r) => r.actor_name)).toEqual(
      expect.arrayContaining(['officer', 'province']),
    );
    expect(rows.map((r) => r.action)).toEqual(
      expect.arrayContaining(['child.created', 'child.updated', 'child.history_read']),
    );
  });
});
