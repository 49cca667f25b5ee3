import { ChildImportJob } from '../src/children/child-imports.job.js';
import { createTestApp, type TestApp } from './app.js';
import { AREA, communeOfficer } from './world.js';

/**
 * A worker that dies mid-file: the job is run again by BullMQ and must go on after the last
 * committed batch. The API process alone (no workers) keeps the import queued, so the test can
 * stand in for the dead worker's committed batches and run the job itself.
 */
describe('child registry: an import resumes after the last committed batch', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp({ role: 'api' });
  });
  afterAll(() => t.close());

  it('skips the rows already committed, keeps counting from there, and ends once', async () => {
    const officer = await communeOfficer(t, 'officer');
    const lines = ['Họ và tên,Ngày sinh,Giới tính,Mã tỉnh,Mã xã'];
    for (let i = 0; i < 2500; i++) lines.push(`Trẻ Thứ ${i},01/01/2016,Nữ,01,${AREA.communeA1}`);
    const { body } = await officer
      .post('/api/v1/children/imports')
      .attach('file', Buffer.from(lines.join('\n')), 'danh-sach.csv')
      .expect(202);

    // What a worker that died after its second batch left behind.
    await t.dataSource.query(
      `UPDATE child_imports SET status = 'running', total = 2500, processed = 2000, created = 2000 WHERE id = $1`,
      [body.id],
    );
    const imports = t.app.get(ChildImportJob);
    await imports.run({ importId: body.id });

    const status = await officer.get(`/api/v1/children/imports/${body.id}`).expect(200);
    expect(status.body).toMatchObject({
      status: 'done',
      total: 2500,
      processed: 2500,
      created: 2500,
      rejected: 0,
    });
    const names = await t.dataSource.query<
      {
        full_name: string;
      }[]
    >('SELECT full_name FROM children');
    expect(names).toHaveLength(500);
    const numbers = names.map((n) => Number(n.full_name.split(' ').pop())).sort((a, b) => a - b);
    expect(numbers[0]).toBe(2000);
    expect(numbers[499]).toBe(2499);

    await imports.run({ importId: body.id }); // a second delivery of the finished job
    expect((await t.dataSource.query('SELECT count(*)::int AS n FROM children'))[0].n).toBe(500);
  });
});
