import { createTestApp, type TestApp } from './app.js';
import { AREA, createAccount, createOrganization, signIn } from './world.js';

describe('the working-day calendar: seeded holidays, kept by administrators', () => {
  let t: TestApp;
  let admin: ReturnType<TestApp['as']>;
  let officer: ReturnType<TestApp['as']>;

  beforeAll(async () => {
    t = await createTestApp();
    const department = await createOrganization(
      t,
      'Sở Y tế Hà Nội',
      'provincial_department',
      AREA.provinceA,
    );
    await createAccount(t, 'admin', department, ['system_admin']);
    await createAccount(t, 'officer', department, ['commune_officer']);
    admin = t.as((await signIn(t, 'admin')).accessToken);
    officer = t.as((await signIn(t, 'officer')).accessToken);
  });
  afterAll(() => t.close());

  it('starts with the coming years seeded, Tết included', async () => {
    const { body } = await officer.get('/api/v1/calendar/holidays/2027').expect(200);
    expect(body.year).toBe(2027);
    const tet = body.days.filter((d: { name: string }) => d.name.startsWith('Tết Nguyên đán'));
    expect(tet.map((d: { day: string }) => d.day)).toEqual([
      '2027-02-05',
      '2027-02-06',
      '2027-02-07',
      '2027-02-08',
      '2027-02-09',
      '2027-02-10',
      '2027-02-11',
    ]);
    await officer.get('/api/v1/calendar/holidays/1999').expect(400);
  });

  it('lets only an administrator replace a year, and refuses days that cannot be right', async () => {
    const before = (await admin.get('/api/v1/calendar/holidays/2027').expect(200)).body;
    await officer.put('/api/v1/calendar/holidays/2027').send({ days: [] }).expect(403);
    const refused = await admin
      .put('/api/v1/calendar/holidays/2027')
      .send({
        days: [
          { day: '2026-12-31', kind: 'day_off', name: 'Năm khác' },
          { day: '2027-01-01', kind: 'day_off', name: 'Tết Dương lịch' },
          { day: '2027-01-01', kind: 'day_off', name: 'Tết Dương lịch' },
          { day: '2027-02-17', kind: 'working_day', name: 'Thứ Tư' },
        ],
      })
      .expect(422);
    expect(refused.body.errors.map((e: { field: string }) => e.field)).toEqual([
      'days.0.day',
      'days.2.day',
      'days.3.day',
    ]);
    expect(refused.body.errors[2].message).toMatch(/thứ Bảy hoặc Chủ nhật/);
    await admin
      .put('/api/v1/calendar/holidays/2027')
      .send({ days: [{ day: '2027-01-01', kind: 'holiday', name: 'x' }] })
      .expect(400);
    for (const body of [{}, { days: '2027-01-01' }]) {
      const malformed = await admin.put('/api/v1/calendar/holidays/2027').send(body).expect(400);
      expect(malformed.body.errors.map((e: { field: string }) => e.field)).toEqual(['days']);
    }
    expect((await admin.get('/api/v1/calendar/holidays/2027').expect(200)).body).toEqual(before);
  });

  it('replaces a year with the announced schedule and records who did', async () => {
    const days = [
      { day: '2027-01-01', kind: 'day_off', name: 'Tết Dương lịch' },
      { day: '2027-02-05', kind: 'day_off', name: 'Tết Nguyên đán' },
      { day: '2027-02-08', kind: 'day_off', name: 'Tết Nguyên đán' },
      { day: '2027-02-20', kind: 'working_day', name: 'Làm bù' },
    ];
    const { body } = await admin
      .put('/api/v1/calendar/holidays/2027')
      // In any order, with names in NFD as some keyboards send them.
      .send({ days: days.map((d) => ({ ...d, name: d.name.normalize('NFD') })).reverse() })
      .expect(200);
    expect(body).toEqual({ year: 2027, days });
    expect((await officer.get('/api/v1/calendar/holidays/2027').expect(200)).body.days).toEqual(
      days,
    );
    // Other years are untouched.
    expect(
      (await officer.get('/api/v1/calendar/holidays/2028').expect(200)).body.days.length,
    ).toBeGreaterThan(5);
    const [entry] = await t.dataSource.query(
      `SELECT actor_name, details FROM audit_events WHERE action = 'calendar.holidays_replaced'`,
    );
    expect(entry.actor_name).toBe('admin');
    expect(entry.details.after).toEqual(days);
    expect(entry.details.before.length).toBeGreaterThan(days.length);
  });
});
