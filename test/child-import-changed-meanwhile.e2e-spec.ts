import { AsyncLocalStorage } from 'node:async_hooks';
import { jest } from '@jest/globals';
import { ChildImportJob } from '../src/children/child-imports.job.js';
import { ChildrenRepository } from '../src/children/children.repository.js';
import { createTestApp, type TestApp } from './app.js';
import { AREA, communeOfficer } from './world.js';

/**
 * A record someone saves between the import's matching and its write: the import must not
 * overwrite that change. The API process alone (no workers) keeps the import queued, so the test
 * runs the job itself and saves the record from another connection right after the match.
 */
describe('child registry: an import meets a record changed meanwhile', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp({ role: 'api' });
  });
  afterAll(() => t.close());

  it('refuses that row, keeps the other change, and updates it on the next import', async () => {
    const officer = await communeOfficer(t, 'officer');
    const saved = await officer
      .post('/api/v1/children')
      .send({
        fullName: 'Hà Minh Châu',
        dateOfBirth: '2017-09-01',
        sex: 'female',
        provinceCode: '01',
        communeCode: AREA.communeA1,
        caregivers: [{ relation: 'mother', fullName: 'Lê Thị Hạnh' }],
      })
      .expect(201);
    const file = Buffer.from(
      [
        'Họ và tên,Ngày sinh,Giới tính,Mã tỉnh,Mã xã,"Thôn, tổ dân phố",Họ tên mẹ',
        `Hà Minh Châu,01/09/2017,Nữ,01,${AREA.communeA1},Tổ 3,Lê Thị Hạnh`,
        `Đỗ Văn Nam,02/02/2018,Nam,01,${AREA.communeA1},Tổ 3,Phan Thị Yến`,
      ].join('\n'),
    );
    const imports = t.app.get(ChildImportJob);
    const importFile = async () => {
      const { body } = await officer
        .post('/api/v1/children/imports')
        .attach('file', file, 'danh-sach.csv')
        .expect(202);
      await imports.run({ importId: body.id });
      return (await officer.get(`/api/v1/children/imports/${body.id}`).expect(200)).body;
    };

    const repository = t.app.get(ChildrenRepository);
    const matches = repository.matches.bind(repository);
    // The other person's request runs outside the import's transaction (its async context), as
    // it would from another client.
    const outside = AsyncLocalStorage.snapshot();
    const spy = jest.spyOn(repository, 'matches').mockImplementation(async (...args) => {
      const found = await matches(...args);
      await outside(async () => {
        await officer
          .patch(`/api/v1/children/${saved.body.id}`)
          .set('If-Match', '"1"')
          .send({ notes: 'Sửa trong lúc nhập' })
          .expect(200);
      });
      return found;
    });
    const first = await importFile();
    spy.mockRestore();

    expect(first).toMatchObject({ status: 'done', created: 1, updated: 0, rejected: 1 });
    expect(first.errors).toEqual([
      {
        row: 2,
        field: null,
        column: null,
        message: `Hồ sơ ${saved.body.id} vừa được người khác sửa trong lúc nhập; hãy nhập lại tệp.`,
      },
    ]);
    const between = await officer.get(`/api/v1/children/${saved.body.id}`).expect(200);
    expect(between.body).toMatchObject({ version: 2, notes: 'Sửa trong lúc nhập', village: null });
    const before = await officer.get(`/api/v1/children/${saved.body.id}/history`).expect(200);
    expect(before.body.map((h: { action: string }) => h.action)).toEqual(['created', 'updated']);

    const second = await importFile();
    expect(second).toMatchObject({ created: 0, updated: 1, unchanged: 1, rejected: 0 });
    const after = await officer.get(`/api/v1/children/${saved.body.id}`).expect(200);
    expect(after.body).toMatchObject({ version: 3, notes: 'Sửa trong lúc nhập', village: 'Tổ 3' });
    const history = await officer.get(`/api/v1/children/${saved.body.id}/history`).expect(200);
    expect(history.body[2]).toMatchObject({
      action: 'import_updated',
      changes: { village: { from: null, to: 'Tổ 3' } },
    });
  });
});
