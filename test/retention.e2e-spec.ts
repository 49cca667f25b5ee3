import { lastDueBirthDay } from '../src/children/child-retention.js';
import { todayInVietnam } from '../src/children/age.js';
import { RetentionService } from '../src/privacy/retention.service.js';
import { createTestApp, type TestApp } from './app.js';
import { type CaseWorld, caseWorld } from './case-world.js';
import { AREA } from './world.js';

const A1 = { provinceCode: AREA.provinceA, communeCode: AREA.communeA1 };
/** Past the policy (16 + 2 years) by years. */
const OLD = {
  fullName: 'Vương Văn Lâm',
  dateOfBirth: '2000-06-15',
  sex: 'male',
  personalId: '001200000123',
  village: 'Tổ dân phố 3',
  address: 'Số 5 ngõ 12',
  notes: 'Mẹ đi làm xa.',
  caregivers: [{ relation: 'mother', fullName: 'Vương Thị Mai', phone: '0912345678' }],
  specialCircumstances: [{ code: 'a', since: '2005-01-01' }],
  ...A1,
};
/** Past it too, but a case about him is open. */
const KEPT = { fullName: 'Vương Văn Kiên', dateOfBirth: '2001-01-01', sex: 'male', ...A1 };
/** Past it too, and no case names him; but one names a record of his merged into his. */
const MERGED = { fullName: 'Vương Văn Khải', dateOfBirth: '2001-02-02', sex: 'male', ...A1 };
const COPY = { ...MERGED, dateOfBirth: '2001-02-03' };
/** A child still. */
const YOUNG = { fullName: 'Vương Thị Yến', dateOfBirth: '2015-01-01', sex: 'female', ...A1 };

/**
 * Issue 25, Law 91/2025: a child's record keeps its personal data until its retention policy
 * ends (two years after the child turns 16 by default, unless a case about the child is open);
 * the dry run shows what applying it would do, and the job anonymises the record and its trail.
 */
describe('retention: the policy, its dry run and the job', () => {
  let t: TestApp;
  let w: CaseWorld;
  let admin: ReturnType<TestApp['as']>;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    t = await createTestApp({ role: 'api' });
    w = await caseWorld(t);
    admin = w.admin;
    for (const [key, child] of Object.entries({ OLD, KEPT, MERGED, COPY, YOUNG })) {
      ids[key] = (await w.officer.post('/api/v1/children').send(child).expect(201)).body.id;
    }
    await w.officer
      .patch(`/api/v1/children/${ids.OLD}`)
      .set('If-Match', '"1"')
      .send({ fullName: 'Vương Văn Lâm Anh', reason: 'Theo giấy khai sinh' })
      .expect(200);
    await t.dataSource.query(
      `INSERT INTO child_verifications (child_id, method, outcome, sent, found)
       VALUES ($1, 'file', 'verified', $2, $2)`,
      [
        ids.OLD,
        {
          fullName: OLD.fullName,
          dateOfBirth: OLD.dateOfBirth,
          sex: 'male',
          personalId: OLD.personalId,
        },
      ],
    );
    await w.officer
      .post(`/api/v1/children/${ids.OLD}/correction-requests`)
      .send({ requester: 'Vương Thị Mai, mẹ', request: 'Sai tên đệm', receivedOn: '2026-01-05' })
      .expect(201);
    await t.dataSource.query(
      `INSERT INTO population_changes
         (province_code, commune_code, kind, date, personal_id, person, source, status, child_id)
       VALUES ($1, $2, 'moved_in', '2020-01-01', $3, '{}', 'file', 'done', $4)`,
      [AREA.provinceA, AREA.communeA1, OLD.personalId, ids.OLD],
    );
    await w.worker
      .post('/api/v1/cases')
      .send({
        childIds: [ids.KEPT],
        source: 'police',
        receivedAt: new Date(Date.now() - 3_600_000).toISOString(),
        summary: 'Công an phường chuyển thông tin.',
        concerns: ['neglect'],
      })
      .expect(201);
    await w.worker
      .post('/api/v1/cases')
      .send({
        childIds: [ids.COPY],
        source: 'police',
        receivedAt: new Date(Date.now() - 3_600_000).toISOString(),
        summary: 'Công an phường chuyển thông tin.',
        concerns: ['neglect'],
      })
      .expect(201);
    await w.officer
      .post(`/api/v1/children/${ids.MERGED}/merge`)
      .send({ duplicateId: ids.COPY })
      .expect(200);
  });
  afterAll(() => t.close());

  const policy = async () =>
    (await admin.get('/api/v1/privacy/retention').expect(200)).body[0] as Record<string, unknown>;

  it('shows what applying the policy would do, and does nothing while it is off', async () => {
    expect(await policy()).toMatchObject({
      kind: 'child_record',
      enabled: false,
      keepYears: 2,
      lastDueDay: lastDueBirthDay(todayInVietnam(), 2),
      due: 1,
      // Kiên, Khải and the copy merged into Khải's record.
      keptByCase: 3,
      byProvince: [{ provinceCode: AREA.provinceA, due: 1, keptByCase: 3 }],
    });
    const refused = await admin.post('/api/v1/privacy/retention/child_record/run').expect(409);
    expect(refused.body.type).toBe('/problems/retention-disabled');
    expect(await t.app.get(RetentionService).apply({ kind: 'child_record' })).toEqual({
      anonymised: 0,
    });
    const old = await w.officer.get(`/api/v1/children/${ids.OLD}`).expect(200);
    expect(old.body.fullName).toBe('Vương Văn Lâm Anh');
  });

  it('is set by an administrator only, within bounds', async () => {
    await w.officer.get('/api/v1/privacy/retention').expect(403);
    const bad = await admin
      .patch('/api/v1/privacy/retention/child_record')
      .send({ keepYears: 200 })
      .expect(400);
    expect(bad.body.errors[0].field).toBe('keepYears');
    await admin.patch('/api/v1/privacy/retention/open_case').send({ enabled: true }).expect(400);
    // A longer policy reaches fewer records.
    expect(
      (
        await admin
          .patch('/api/v1/privacy/retention/child_record')
          .send({ keepYears: 30 })
          .expect(200)
      ).body,
    ).toMatchObject({ keepYears: 30, due: 0, keptByCase: 0 });
  });

  it('anonymises a record past it, and its trail, once', async () => {
    await admin
      .patch('/api/v1/privacy/retention/child_record')
      .send({ enabled: true, keepYears: 2 })
      .expect(200);
    await admin.post('/api/v1/privacy/retention/child_record/run').expect(202);
    const retention = t.app.get(RetentionService);
    expect(await retention.apply({ kind: 'child_record' })).toEqual({ anonymised: 1 });
    expect(await retention.apply({ kind: 'child_record' })).toEqual({ anonymised: 0 });

    const old = await w.officer.get(`/api/v1/children/${ids.OLD}`).expect(200);
    expect(old.body).toMatchObject({
      fullName: '[Đã ẩn danh]',
      dateOfBirth: '2000-01-01',
      dobPrecision: 'year',
      sex: 'male',
      personalId: null,
      village: null,
      address: null,
      notes: null,
      caregivers: [],
      communeCode: AREA.communeA1,
      specialCircumstances: [{ code: 'a', since: '2005-01-01' }],
    });
    const history = await w.officer.get(`/api/v1/children/${ids.OLD}/history`).expect(200);
    const text = JSON.stringify(history.body);
    for (const value of ['Vương', '001200000123', 'Tổ dân phố 3', '0912345678', 'giấy khai sinh']) {
      expect(text).not.toContain(value);
    }
    expect(history.body[0].changes.fullName).toEqual({ from: '[đã ẩn danh]', to: '[đã ẩn danh]' });
    expect(history.body[0].changes.sex).toEqual({ from: null, to: 'male' });
    const [check] = await t.dataSource.query(
      'SELECT sent, found FROM child_verifications WHERE child_id = $1',
      [ids.OLD],
    );
    expect(check).toEqual({ sent: { redacted: true }, found: { redacted: true } });
    const [request] = await t.dataSource.query(
      'SELECT requester, request FROM child_correction_requests WHERE child_id = $1',
      [ids.OLD],
    );
    expect(request).toEqual({ requester: '[Đã ẩn danh]', request: '[Đã ẩn danh]' });
    const changes = await t.dataSource.query(
      'SELECT 1 FROM population_changes WHERE child_id = $1',
      [ids.OLD],
    );
    expect(changes).toEqual([]);

    // Those kept by an open case about them, and the child, are as they were.
    const kept = await w.officer.get(`/api/v1/children/${ids.KEPT}`).expect(200);
    expect(kept.body.fullName).toBe(KEPT.fullName);
    const merged = await w.officer.get(`/api/v1/children/${ids.MERGED}`).expect(200);
    expect(merged.body.fullName).toBe(MERGED.fullName);
    expect(await policy()).toMatchObject({ due: 0, keptByCase: 3 });
  });

  it('leaves the trail append-only for everything else', async () => {
    await expect(
      t.dataSource.query(`UPDATE child_history SET reason = 'x' WHERE child_id = $1`, [ids.YOUNG]),
    ).rejects.toThrow(/append-only/);
    await expect(
      t.dataSource.query(`UPDATE child_verifications SET sent = '{}' WHERE child_id = $1`, [
        ids.OLD,
      ]),
    ).rejects.toThrow(/append-only/);
  });
});
