import { ChildSealing } from '../src/children/child-sealing.js';
import { readSheet } from '../src/children/sheet-reader.js';
import { createTestApp, type TestApp } from './app.js';
import { type CaseWorld, caseWorld } from './case-world.js';
import { importFinished } from './imports.js';
import { AREA, binary } from './world.js';

const A1 = { provinceCode: AREA.provinceA, communeCode: AREA.communeA1 };
const CHILD = {
  fullName: 'Hà Minh Thư',
  dateOfBirth: '2013-04-04',
  sex: 'female',
  ...A1,
  // Orphaned (not sensitive), sexually abused (sensitive); a parent who uses drugs (sensitive).
  specialCircumstances: [
    { code: 'a', since: '2020-01-01' },
    { code: 'l', subCode: 'l.4', since: '2026-10-01' },
  ],
  riskFactors: [{ code: 'poor_household' }, { code: 'parent_drug_use' }],
  disability: 'Khiếm thính',
  notes: 'Đang điều trị tâm lý tại bệnh viện.',
};

/** The sheet's rows as maps of header to cell text. */
async function sheetRows(body: Buffer): Promise<Map<string, string>[]> {
  const rows: Map<string, string>[] = [];
  let header: string[] = [];
  for await (const { cells } of readSheet(body, 'xlsx')) {
    const texts = cells.map((c) => (c === null || c === undefined ? '' : String(c)));
    if (header.length === 0) header = texts;
    else rows.push(new Map(header.map((h, i) => [h, texts[i] ?? ''])));
  }
  return rows;
}

/**
 * Issue 25, Law 91/2025: a child's sensitive data (the circumstances and risks a code list marks
 * sensitive, the disability, the notes) is shown only to the roles that need it, never in lists,
 * and exported only with a reason the audit log keeps.
 */
describe('sensitive data in the registry', () => {
  let t: TestApp;
  let w: CaseWorld;
  let id: string;

  beforeAll(async () => {
    t = await createTestApp();
    w = await caseWorld(t);
    id = (await w.officer.post('/api/v1/children').send(CHILD).expect(201)).body.id;
  });
  afterAll(() => t.close());

  it('is shown in the record to the roles that work with the child', async () => {
    for (const client of [w.officer, w.worker, w.approver]) {
      const res = await client.get(`/api/v1/children/${id}`).expect(200);
      expect(res.body).toMatchObject({
        specialCircumstances: CHILD.specialCircumstances,
        riskFactors: CHILD.riskFactors,
        disability: 'Khiếm thính',
        notes: CHILD.notes,
        sensitiveWithheld: false,
      });
    }
  });

  it('is sealed at rest, the record and its history alike', async () => {
    const [row] = await t.dataSource.query('SELECT disability, notes FROM children WHERE id = $1', [
      id,
    ]);
    const [created] = await t.dataSource.query(
      `SELECT changes FROM child_history WHERE child_id = $1 AND action = 'created'`,
      [id],
    );
    for (const stored of [
      row.disability,
      row.notes,
      created.changes.disability.to,
      created.changes.notes.to,
    ]) {
      expect(stored).toMatch(/^v1\.test\./);
    }
    expect(JSON.stringify([row, created])).not.toMatch(/Khiếm thính|tâm lý/);
  });

  it('is withheld from a province officer’s reading and history', async () => {
    const res = await w.province.get(`/api/v1/children/${id}`).expect(200);
    expect(res.body).toMatchObject({
      specialCircumstances: [{ code: 'a', since: '2020-01-01' }],
      riskFactors: [{ code: 'poor_household' }],
      disability: null,
      notes: null,
      sensitiveWithheld: true,
    });
    const history = await w.province.get(`/api/v1/children/${id}/history`).expect(200);
    expect(history.body[0].changes).toMatchObject({
      specialCircumstances: { from: null, to: [{ code: 'a', since: '2020-01-01' }] },
      riskFactors: { from: null, to: [{ code: 'poor_household' }] },
      disability: { from: null, to: '[ẩn]' },
      notes: { from: null, to: '[ẩn]' },
    });
    expect(JSON.stringify(history.body)).not.toMatch(/Khiếm thính|tâm lý|l\.4|parent_drug_use/);
    const own = await w.officer.get(`/api/v1/children/${id}/history`).expect(200);
    expect(own.body[0].changes.disability).toEqual({ from: null, to: 'Khiếm thính' });
  });

  it('is never in a list, and not a filter for whoever may not see it', async () => {
    const list = await w.officer.get(`/api/v1/children?communeCode=${AREA.communeA1}`).expect(200);
    expect(list.body.items).toMatchObject([
      {
        id,
        specialCircumstances: [{ code: 'a', since: '2020-01-01' }],
        riskFactors: [{ code: 'poor_household' }],
        disability: null,
        notes: null,
        sensitiveWithheld: true,
      },
    ]);
    const filtered = await w.officer.get('/api/v1/children?specialCircumstance=l').expect(200);
    expect(filtered.body.items.map((c: { id: string }) => c.id)).toEqual([id]);
    for (const path of [
      '/api/v1/children?specialCircumstance=l',
      '/api/v1/children/count?riskFactor=parent_drug_use',
      '/api/v1/children/export?specialCircumstance=l',
    ]) {
      const refused = await w.province.get(path).expect(403);
      expect(refused.body.type).toBe('/problems/sensitive-filter');
    }
    await w.province.get('/api/v1/children/count?specialCircumstance=a').expect(200);
  });

  it('is exported only when asked for, with a reason the audit log keeps', async () => {
    const download = (client: typeof w.officer, query: string) =>
      client
        .get(`/api/v1/children/export?communeCode=${AREA.communeA1}${query}`)
        .buffer(true)
        .parse(binary);

    const plain = await sheetRows((await download(w.officer, '').expect(200)).body as Buffer);
    expect(plain[0].get('Khuyết tật')).toBe('');
    expect(plain[0].get('Ghi chú')).toBe('');
    expect(plain[0].get('Hoàn cảnh đặc biệt (mã)')).toBe('a');
    expect(plain[0].get('Yếu tố nguy cơ (mã)')).toBe('poor_household');

    const exportPath = `/api/v1/children/export?communeCode=${AREA.communeA1}`;
    const noReason = await w.officer.get(`${exportPath}&sensitive=true`).expect(400);
    expect(noReason.body.errors[0].field).toBe('reason');
    const refused = await w.province
      .get(`${exportPath}&sensitive=true&reason=${encodeURIComponent('Kiểm tra')}`)
      .expect(403);
    expect(refused.body.type).toBe('/problems/sensitive-export');

    const reason = 'Gửi Trung tâm CTXH lập kế hoạch hỗ trợ';
    const full = await sheetRows(
      (
        await download(w.officer, `&sensitive=true&reason=${encodeURIComponent(reason)}`).expect(
          200,
        )
      ).body as Buffer,
    );
    expect(full[0].get('Khuyết tật')).toBe('Khiếm thính');
    expect(full[0].get('Hoàn cảnh đặc biệt (mã)')).toBe('a; l.4');
    expect(full[0].get('Yếu tố nguy cơ (mã)')).toBe('poor_household; parent_drug_use');
    const [entry] = await t.dataSource.query(
      `SELECT details FROM audit_events WHERE action = 'child.exported'
       ORDER BY id DESC LIMIT 1`,
    );
    expect(entry.details).toMatchObject({ sensitive: true, reason });
  });

  it('is left as it is when a withheld sheet is imported back', async () => {
    const plainFile = (
      await w.officer
        .get(`/api/v1/children/export?communeCode=${AREA.communeA1}`)
        .buffer(true)
        .parse(binary)
        .expect(200)
    ).body as Buffer;
    const started = await w.officer
      .post('/api/v1/children/imports')
      .attach('file', plainFile, 'danh-sach.xlsx')
      .expect(202);
    const done = await importFinished(w.officer, started.body.id);
    expect(done).toMatchObject({ status: 'done', rejected: 0 });
    const res = await w.officer.get(`/api/v1/children/${id}`).expect(200);
    expect(res.body).toMatchObject({
      specialCircumstances: CHILD.specialCircumstances,
      riskFactors: CHILD.riskFactors,
      disability: 'Khiếm thính',
      notes: CHILD.notes,
    });
  });

  it('is sealed where it was stored in clear before, once, and reads as it was', async () => {
    // As a version before encryption at rest left them: the record, a history entry, a merge's
    // snapshots (last: another record of the commune).
    const old = (
      await w.officer
        .post('/api/v1/children')
        .send({ ...CHILD, fullName: 'Hà Minh Tâm', notes: undefined, disability: undefined })
        .expect(201)
    ).body.id;
    await t.dataSource.query(
      `UPDATE children SET disability = 'Khiếm thị', notes = 'Mẹ đi làm xa.' WHERE id = $1`,
      [old],
    );
    const [{ id: entry }] = await t.dataSource.query(
      `INSERT INTO child_history (child_id, action, changes) VALUES ($1, 'updated', $2) RETURNING id`,
      [old, { notes: { from: null, to: 'Mẹ đi làm xa.' }, village: { from: null, to: 'Thôn 2' } }],
    );
    const [{ id: merge }] = await t.dataSource.query(
      `INSERT INTO child_merges (survivor_id, merged_id, survivor_before, merged_before,
         survivor_version, merged_by)
       VALUES ($1, $2, $3, $4, 1, $5) RETURNING id`,
      [
        old,
        id,
        { fullName: 'Hà Minh Tâm', disability: 'Khiếm thị' },
        { fullName: 'Hà Minh Thư', notes: 'Đang điều trị.' },
        w.ids.canbo,
      ],
    );
    const sealing = t.app.get(ChildSealing);
    expect(await sealing.sealStored()).toEqual({ records: 1, merges: 1, history: 1 });
    expect(await sealing.sealStored()).toEqual({ records: 0, merges: 0, history: 0 });

    const [row] = await t.dataSource.query(
      'SELECT disability, notes, version FROM children WHERE id = $1',
      [old],
    );
    const [history] = await t.dataSource.query('SELECT changes FROM child_history WHERE id = $1', [
      entry,
    ]);
    const [snapshots] = await t.dataSource.query(
      'SELECT survivor_before, merged_before FROM child_merges WHERE id = $1',
      [merge],
    );
    for (const stored of [
      row.disability,
      row.notes,
      history.changes.notes.to,
      snapshots.survivor_before.disability,
      snapshots.merged_before.notes,
    ]) {
      expect(stored).toMatch(/^v1\.test\./);
    }
    expect(row.version).toBe(1);
    expect(history.changes.notes.from).toBeNull();
    expect(history.changes.village).toEqual({ from: null, to: 'Thôn 2' });
    const read = await w.officer.get(`/api/v1/children/${old}`).expect(200);
    expect(read.body).toMatchObject({ disability: 'Khiếm thị', notes: 'Mẹ đi làm xa.' });
    const trail = await w.officer.get(`/api/v1/children/${old}/history`).expect(200);
    const inTrail = trail.body.find(
      (e: { changes: { village?: { to: string } } }) => e.changes.village?.to === 'Thôn 2',
    );
    expect(inTrail.changes.notes).toEqual({ from: null, to: 'Mẹ đi làm xa.' });

    // The history's one way in seals a value in clear, and nothing else.
    await expect(
      t.dataSource.query('SELECT seal_child_history($1, $2)', [
        entry,
        { village: { from: null, to: history.changes.notes.to } },
      ]),
    ).rejects.toThrow(/notes and disability only/);
    const rewrite = async (to: string) =>
      (
        await t.dataSource.query('SELECT seal_child_history($1, $2) AS changed', [
          entry,
          { notes: { from: null, to } },
        ])
      )[0].changed;
    expect(await rewrite(row.notes)).toBe(false);
    expect(await rewrite('Một ghi chú khác')).toBe(false);
    const [after] = await t.dataSource.query('SELECT changes FROM child_history WHERE id = $1', [
      entry,
    ]);
    expect(after.changes).toEqual(history.changes);
  });
});
