import ExcelJS from 'exceljs';
import { createTestApp, type TestApp } from './app.js';
import {
  AREA,
  binary,
  communeOfficer,
  createAccount,
  createOrganization,
  signIn,
} from './world.js';

/**
 * Issue 25, Law 91/2025: the processing register, kept as data (seeded with this system's
 * activities), edited by an administrator and exported for the impact assessment.
 */
describe('the processing register', () => {
  let t: TestApp;
  let admin: ReturnType<TestApp['as']>;

  beforeAll(async () => {
    t = await createTestApp({ role: 'api' });
    const department = await createOrganization(
      t,
      'Sở Y tế Hà Nội',
      'provincial_department',
      AREA.provinceA,
    );
    await createAccount(t, 'admin', department, ['system_admin']);
    admin = t.as((await signIn(t, 'admin')).accessToken);
  });
  afterAll(() => t.close());

  it('lists the system’s processing activities', async () => {
    const res = await admin.get('/api/v1/privacy/register').expect(200);
    expect(res.body.map((a: { code: string }) => a.code)).toEqual([
      'child-registry',
      'case-management',
      'referrals',
      'population-database',
      'statistics',
      'accounts-audit',
    ]);
    expect(res.body[0]).toMatchObject({
      name: 'Quản lý thông tin trẻ em trên địa bàn xã',
      transfersAbroad: 'Không.',
    });
    // Case management's retention, since the closed cases' policy exists, says what it is.
    expect(res.body[1].retention).toContain('mặc định 5 năm kể từ ngày đóng');
    // And what it keeps of the administrative violations of the abuse and their sanctions.
    expect(res.body[1].dataCategories).toContain(
      'vi phạm hành chính về hành vi xâm hại và quyết định xử phạt (ngày phát hiện,',
    );
  });

  it('is edited by an administrator, never emptied, and exported as a spreadsheet', async () => {
    const changed = await admin
      .patch('/api/v1/privacy/register/referrals')
      .send({ recipients: 'Công an, y tế, giáo dục, tư pháp, trung tâm công tác xã hội.' })
      .expect(200);
    expect(changed.body).toMatchObject({
      code: 'referrals',
      recipients: 'Công an, y tế, giáo dục, tư pháp, trung tâm công tác xã hội.',
      name: 'Chuyển gửi giữa các cơ quan',
    });
    const empty = await admin
      .patch('/api/v1/privacy/register/referrals')
      .send({ purpose: '' })
      .expect(400);
    expect(empty.body.errors[0].field).toBe('purpose');
    await admin.patch('/api/v1/privacy/register/no-such').send({ name: 'X' }).expect(404);

    const file = await admin
      .get('/api/v1/privacy/register/file')
      .buffer(true)
      .parse(binary)
      .expect(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Uint8Array.from(file.body as Buffer).buffer);
    const sheet = workbook.worksheets[0];
    expect(sheet.getRow(1).getCell(1).value).toBe('Hoạt động xử lý');
    expect(sheet.rowCount).toBe(7);
    expect(sheet.getRow(4).getCell(7).value).toBe(
      'Công an, y tế, giáo dục, tư pháp, trung tâm công tác xã hội.',
    );
  });

  it('is the administrator’s', async () => {
    const officer = await communeOfficer(t, 'officer');
    await officer.get('/api/v1/privacy/register').expect(403);
  });
});
