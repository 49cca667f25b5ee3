import { createTestApp, type TestApp } from './app.js';
import { AREA, communeOfficer, createAccount, createOrganization, signIn } from './world.js';

type Api = ReturnType<TestApp['as']>;

const A1 = { provinceCode: AREA.provinceA, communeCode: AREA.communeA1 };
const MOTHER = { relation: 'mother', fullName: 'Trần Thị Hoa' };

describe('child registry: duplicates, merge and undo, data quality', () => {
  let t: TestApp;
  let officer: Api;
  let neighbour: Api;
  let an: { id: string };
  let copy: { id: string };
  let twin: { id: string };

  const add = async (api: Api, body: object) =>
    (await api.post('/api/v1/children').send(body).expect(201)).body as {
      id: string;
      version: number;
    };

  beforeAll(async () => {
    t = await createTestApp();
    officer = await communeOfficer(t, 'officer');
    neighbour = await communeOfficer(t, 'neighbour', AREA.communeA2);
    an = await add(officer, {
      ...A1,
      fullName: 'Nguyễn Văn An',
      dateOfBirth: '2015-03-02',
      sex: 'male',
      personalId: '001215012345',
      caregivers: [MOTHER],
    });
    // The same boy entered again without diacritics, with his village and a risk factor.
    copy = await add(officer, {
      ...A1,
      fullName: 'Nguyen Van An',
      dateOfBirth: '2015-03-02',
      sex: 'male',
      village: 'Tổ 7',
      caregivers: [
        { relation: 'mother', fullName: 'Tran Thi Hoa' },
        { relation: 'father', fullName: 'Nguyễn Văn Bình' },
      ],
      riskFactors: [{ code: 'poor_household' }],
    });
    // His twin brother: everything alike but the given name.
    twin = await add(officer, {
      ...A1,
      fullName: 'Nguyễn Văn Bảo',
      dateOfBirth: '2015-03-02',
      sex: 'male',
      caregivers: [MOTHER],
    });
    // A namesake in the next ward, born years earlier.
    await add(neighbour, {
      provinceCode: '01',
      communeCode: AREA.communeA2,
      fullName: 'Nguyễn Văn An',
      dateOfBirth: '2011-08-08',
      sex: 'male',
    });
  });
  afterAll(() => t.close());

  it('finds the copy as a duplicate of a child, with its score and reasons, and not the twin', async () => {
    const res = await officer.get(`/api/v1/children/${an.id}/duplicates`).expect(200);
    expect(res.body).toEqual([
      expect.objectContaining({ child: expect.objectContaining({ id: copy.id }), score: 1 }),
    ]);
    expect(res.body[0].reasons.map((r: { code: string }) => r.code)).toEqual([
      'same_name',
      'same_date_of_birth',
      'same_caregiver',
      'same_commune',
    ]);
    await neighbour.get(`/api/v1/children/${an.id}/duplicates`).expect(404);
  });

  it('lists the likely pairs of a whole commune', async () => {
    const res = await officer
      .get('/api/v1/children/duplicates')
      .query({ communeCode: AREA.communeA1 })
      .expect(200);
    expect(res.body.total).toBe(1);
    const [pair] = res.body.items;
    expect([pair.child.id, pair.duplicate.id].sort()).toEqual([an.id, copy.id].sort());
    const elsewhere = await neighbour
      .get('/api/v1/children/duplicates')
      .query({ communeCode: AREA.communeA1 })
      .expect(200);
    expect(elsewhere.body).toEqual({ total: 0, items: [] });
  });

  it('merges the copy into the record, redirects it, keeps both histories, and undoes the merge', async () => {
    const merged = await officer
      .post(`/api/v1/children/${an.id}/merge`)
      .send({ duplicateId: copy.id })
      .expect(200);
    expect(merged.body).toMatchObject({
      id: an.id,
      mergedId: copy.id,
      version: 2,
      fullName: 'Nguyễn Văn An',
      personalId: '001215012345',
      village: 'Tổ 7',
      caregivers: [MOTHER, { relation: 'father', fullName: 'Nguyễn Văn Bình' }],
      riskFactors: [{ code: 'poor_household' }],
    });
    expect(merged.headers.etag).toBe('"2"');

    const redirect = await officer.get(`/api/v1/children/${copy.id}`).expect(307);
    expect(redirect.headers.location).toBe(`/api/v1/children/${an.id}`);
    const patch = await officer
      .patch(`/api/v1/children/${copy.id}`)
      .set('If-Match', '"2"')
      .send({ village: 'Tổ 8' })
      .expect(409);
    expect(patch.body.type).toBe('/problems/child-merged');
    const search = await officer.get('/api/v1/children').query({ q: 'nguyen van an' }).expect(200);
    expect(search.body.items.map((c: { id: string }) => c.id)).toEqual([an.id]);

    const history = await officer.get(`/api/v1/children/${an.id}/history`).expect(200);
    expect(
      history.body.map((h: { childId: string; action: string }) => [h.childId, h.action]),
    ).toEqual([
      [an.id, 'created'],
      [copy.id, 'created'],
      [an.id, 'merged'],
      [copy.id, 'merged_into'],
    ]);
    expect(history.body[2].changes.village).toEqual({ from: null, to: 'Tổ 7' });

    const undone = await officer
      .post(`/api/v1/children/merges/${merged.body.mergeId}/undo`)
      .expect(200);
    expect(undone.body.survivor).toMatchObject({
      id: an.id,
      village: null,
      riskFactors: [],
      version: 3,
    });
    expect(undone.body.restored).toMatchObject({ id: copy.id, village: 'Tổ 7', version: 3 });
    await officer.get(`/api/v1/children/${copy.id}`).expect(200);
    await officer.post(`/api/v1/children/merges/${merged.body.mergeId}/undo`).expect(404);
  });

  it('refuses to undo a merge once the survivor has changed, and merges only what it may', async () => {
    const { body } = await officer
      .post(`/api/v1/children/${an.id}/merge`)
      .send({ duplicateId: copy.id })
      .expect(200);
    await officer
      .patch(`/api/v1/children/${an.id}`)
      .set('If-Match', `"${body.version}"`)
      .send({ address: 'Số 1 Hoàng Hoa Thám' })
      .expect(200);
    const stale = await officer.post(`/api/v1/children/merges/${body.mergeId}/undo`).expect(409);
    expect(stale.body.type).toBe('/problems/merge-undo-stale');

    const other = await add(officer, {
      ...A1,
      fullName: 'Nguyễn Văn An',
      dateOfBirth: '2015-05-05',
      sex: 'male',
      personalId: '001215099999',
    });
    const ids = await officer
      .post(`/api/v1/children/${an.id}/merge`)
      .send({ duplicateId: other.id })
      .expect(409);
    expect(ids.body.type).toBe('/problems/merge-personal-ids');
    await officer.post(`/api/v1/children/${an.id}/merge`).send({ duplicateId: an.id }).expect(422);
    await neighbour
      .post(`/api/v1/children/${twin.id}/merge`)
      .send({ duplicateId: other.id })
      .expect(404);
    await officer
      .post(`/api/v1/children/${twin.id}/merge`)
      .send({ duplicateId: copy.id })
      .expect(409);
  });

  it('merges keeping the value of each field the officer chose, from the versions read', async () => {
    const mai = await add(officer, {
      ...A1,
      fullName: 'Lò Thị Mai',
      dateOfBirth: '2016-04-05',
      sex: 'female',
      ethnicityCode: '01',
      village: 'Tổ 1',
      caregivers: [{ relation: 'mother', fullName: 'Lò Thị Hiền' }],
    });
    // Entered again: another ethnicity, the mother's name misspelt, an address and a note.
    const again = await add(officer, {
      ...A1,
      fullName: 'Lo Thi Mai',
      dateOfBirth: '2016-04-05',
      sex: 'female',
      ethnicityCode: '02',
      village: 'Tổ 2',
      address: 'Số 3 ngõ 5',
      notes: 'Nhập lại từ sổ giấy',
      caregivers: [{ relation: 'mother', fullName: 'Lò Thị Hiên' }],
      riskFactors: [{ code: 'poor_household' }],
    });
    const merge = () => officer.post(`/api/v1/children/${mai.id}/merge`);

    // Chosen from versions that have changed since: refused, nothing merged.
    const stale = await merge()
      .set('If-Match', `"${mai.version + 1}"`)
      .send({ duplicateId: again.id })
      .expect(412);
    expect(stale.body.type).toBe('/problems/version-mismatch');
    await merge()
      .send({ duplicateId: again.id, duplicateVersion: again.version + 1 })
      .expect(412);
    // Only the fields there are to choose, and only one record or the other.
    await merge()
      .send({ duplicateId: again.id, values: { personalId: 'duplicate' } })
      .expect(400);
    await merge()
      .send({ duplicateId: again.id, values: { ethnicityCode: 'both' } })
      .expect(400);
    await officer.get(`/api/v1/children/${again.id}`).expect(200);

    const merged = await merge()
      .set('If-Match', `"${mai.version}"`)
      .send({
        duplicateId: again.id,
        duplicateVersion: again.version,
        values: {
          fullName: 'survivor',
          ethnicityCode: 'duplicate',
          village: 'duplicate',
          caregivers: 'duplicate',
          address: 'survivor',
        },
      })
      .expect(200);
    expect(merged.body).toMatchObject({
      id: mai.id,
      fullName: 'Lò Thị Mai',
      ethnicityCode: '02',
      village: 'Tổ 2',
      // Chosen empty: not filled from the duplicate; not chosen: filled, lists joined.
      address: null,
      notes: 'Nhập lại từ sổ giấy',
      caregivers: [{ relation: 'mother', fullName: 'Lò Thị Hiên' }],
      riskFactors: [{ code: 'poor_household' }],
    });

    const undone = await officer
      .post(`/api/v1/children/merges/${merged.body.mergeId}/undo`)
      .expect(200);
    expect(undone.body.survivor).toMatchObject({
      ethnicityCode: '01',
      village: 'Tổ 1',
      notes: null,
      caregivers: [{ relation: 'mother', fullName: 'Lò Thị Hiền' }],
    });
    expect(undone.body.restored).toMatchObject({ id: again.id, ethnicityCode: '02' });
  });

  it('lists the cleaning worklist of a commune, legacy records included', async () => {
    const unknown = await add(officer, {
      ...A1,
      fullName: 'Trẻ chưa rõ tên',
      dateOfBirth: '2020-01-01',
      dobPrecision: 'estimated',
      sex: 'unknown',
    });
    const past16 = await add(officer, {
      ...A1,
      fullName: 'Đỗ Thị Mai',
      dateOfBirth: '2009-01-01',
      sex: 'female',
      ethnicityCode: '01',
      caregivers: [MOTHER],
      specialCircumstances: [{ code: 'c' }],
    });
    // Past 16 too: a circumstance that has ended is no problem; one that ends after today is.
    const ended = await add(officer, {
      ...A1,
      fullName: 'Đỗ Văn Hết',
      dateOfBirth: '2009-02-02',
      sex: 'male',
      ethnicityCode: '01',
      caregivers: [MOTHER],
      specialCircumstances: [{ code: 'c', since: '2015-01-01', until: '2024-12-31' }],
    });
    const endsLater = await add(officer, {
      ...A1,
      fullName: 'Đỗ Văn Còn',
      dateOfBirth: '2009-03-03',
      sex: 'male',
      ethnicityCode: '01',
      caregivers: [MOTHER],
      specialCircumstances: [{ code: 'c', since: '2015-01-01', until: '2099-12-31' }],
    });
    // Records brought over from the old software: a pre-2025 ward code, a malformed ID.
    const [legacy] = await t.dataSource.query(
      `INSERT INTO children (full_name, name_search, date_of_birth, sex, ethnicity_code, province_code, commune_code, caregivers, fingerprint, version)
       VALUES ('Phan Văn Cũ', ' phan van cu ', '2014-02-02', 'male', '01', '01', '00013', '[{"relation":"father","fullName":"Phan Văn Bố"}]', 'legacy', 1) RETURNING id`,
    );
    const [malformed] = await t.dataSource.query(
      `INSERT INTO children (full_name, name_search, date_of_birth, sex, ethnicity_code, personal_id, province_code, commune_code, caregivers, fingerprint, version)
       VALUES ('Vũ Thị Sai', ' vu thi sai ', '2015-02-02', 'female', '01', '001214000001', '01', '00004', '[{"relation":"mother","fullName":"Vũ Thị Mẹ"}]', 'malformed', 1) RETURNING id`,
    );
    const res = await officer
      .get('/api/v1/children/data-quality')
      .query({ communeCode: AREA.communeA1, limit: 200 })
      .expect(200);
    const problems = Object.fromEntries(
      res.body.items.map((i: { child: { id: string }; problems: string[] }) => [
        i.child.id,
        i.problems,
      ]),
    );
    expect(problems[unknown.id]).toEqual([
      'missingPersonalId',
      'unknownSex',
      'estimatedDateOfBirth',
      'missingEthnicity',
      'missingParentOrGuardian',
    ]);
    expect(problems[past16.id]).toEqual(['missingPersonalId', 'specialCircumstancesPast16']);
    expect(problems[ended.id]).toEqual(['missingPersonalId']);
    expect(problems[endsLater.id]).toEqual(['missingPersonalId', 'specialCircumstancesPast16']);
    expect(problems[legacy.id]).toEqual(['missingPersonalId', 'pre2025CommuneCode']);
    expect(problems[malformed.id]).toEqual(['malformedPersonalId']);
    expect(res.body.counts).toMatchObject({
      malformedPersonalId: 1,
      unknownSex: 1,
      estimatedDateOfBirth: 1,
      specialCircumstancesPast16: 2,
      pre2025CommuneCode: 1,
    });
    expect(res.body.counts.children).toBeGreaterThanOrEqual(res.body.items.length);

    const page = await officer
      .get('/api/v1/children/data-quality')
      .query({ communeCode: AREA.communeA1, limit: 2 })
      .expect(200);
    const next = await officer
      .get('/api/v1/children/data-quality')
      .query({ communeCode: AREA.communeA1, limit: 200, cursor: page.body.nextCursor })
      .expect(200);
    expect(page.body.items.length + next.body.items.length).toBe(res.body.items.length);

    // One kind of problem: only its records, paged the same way; the counts stay the commune's.
    const ids = (body: { items: { child: { id: string } }[] }) => body.items.map((i) => i.child.id);
    const past = await officer
      .get('/api/v1/children/data-quality')
      .query({ communeCode: AREA.communeA1, problem: 'specialCircumstancesPast16', limit: 1 })
      .expect(200);
    expect(past.body.counts).toEqual(res.body.counts);
    const pastNext = await officer
      .get('/api/v1/children/data-quality')
      .query({
        communeCode: AREA.communeA1,
        problem: 'specialCircumstancesPast16',
        cursor: past.body.nextCursor,
      })
      .expect(200);
    expect([...ids(past.body), ...ids(pastNext.body)]).toEqual([past16.id, endsLater.id]);
    expect(pastNext.body.nextCursor).toBeNull();
    const legacyOnly = await officer
      .get('/api/v1/children/data-quality')
      .query({ communeCode: AREA.communeA1, problem: 'pre2025CommuneCode' })
      .expect(200);
    expect(legacyOnly.body.items).toEqual([
      { child: expect.objectContaining({ id: legacy.id }), problems: problems[legacy.id] },
    ]);
    const unknownKind = await officer
      .get('/api/v1/children/data-quality')
      .query({ communeCode: AREA.communeA1, problem: 'misspeltName' })
      .expect(400);
    expect(unknownKind.body.errors[0].field).toBe('problem');

    const outside = await neighbour
      .get('/api/v1/children/data-quality')
      .query({ communeCode: AREA.communeA1 })
      .expect(403);
    expect(outside.body.type).toBe('/problems/out-of-scope');
    await officer.get('/api/v1/children/data-quality').query({ communeCode: '99999' }).expect(422);
    await officer.get('/api/v1/children/data-quality').expect(400);
  });

  it('finds across communes of a province the same child with a misspelt given name, or born the year before', async () => {
    const department = await createOrganization(
      t,
      'Trung tâm Công tác xã hội Hà Nội',
      'provincial_department',
      AREA.provinceA,
    );
    await createAccount(t, 'province.worker', department, ['social_worker'], [AREA.provinceA]);
    const province = t.as((await signIn(t, 'province.worker')).accessToken);
    const A2 = { provinceCode: AREA.provinceA, communeCode: AREA.communeA2 };
    const misspelt = await add(neighbour, {
      ...A2,
      fullName: 'Nguyễn Văn Anh',
      dateOfBirth: '2015-03-02',
      sex: 'male',
      caregivers: [MOTHER],
    });
    const yearApart = await add(neighbour, {
      ...A2,
      fullName: 'Nguyen Van An',
      dateOfBirth: '2014-12-31',
      sex: 'male',
      caregivers: [MOTHER],
    });
    const res = await province.get(`/api/v1/children/${an.id}/duplicates`).expect(200);
    const found = new Map(
      (res.body as { child: { id: string }; reasons: { code: string }[] }[]).map((d) => [
        d.child.id,
        d.reasons.map((r) => r.code),
      ]),
    );
    expect(found.get(misspelt.id)).toEqual([
      'similar_name',
      'same_date_of_birth',
      'same_caregiver',
    ]);
    expect(found.get(yearApart.id)).toEqual(['same_name', 'same_caregiver']);
  });
});
