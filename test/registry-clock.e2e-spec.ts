import { addDays, yearsBefore } from '../src/calendar/working-days.js';
import { todayInVietnam } from '../src/children/age.js';
import { createTestApp, type TestApp, TestClock } from './app.js';
import { type CaseWorld, caseWorld } from './case-world.js';
import { AREA } from './world.js';

const DAY = 86_400_000;

/**
 * Issue 27: the registry counts ages and checks dates from the injected clock, as cases do, so
 * that a test (or a deployment's clock) moves the registry's today too.
 */
describe('the registry’s today is the injected clock’s', () => {
  const clock = new TestClock();
  let t: TestApp;
  let w: CaseWorld;

  beforeAll(async () => {
    t = await createTestApp({ clock });
    w = await caseWorld(t);
    // A year and more from now.
    clock.advance(400 * DAY);
  });
  afterAll(() => t.close());

  it('takes a date of birth up to the clock’s today, and counts ages to it', async () => {
    const realToday = todayInVietnam();
    const child = (body: object) =>
      w.officer.post('/api/v1/children').send({
        fullName: 'Quàng Văn Sáng',
        sex: 'male',
        provinceCode: AREA.provinceA,
        communeCode: AREA.communeA1,
        ...body,
      });
    // Born after today by the wall clock, before it by the injected one.
    const newborn = await child({ dateOfBirth: addDays(realToday, 100) }).expect(201);
    expect(newborn.body).toMatchObject({ age: 0, isChild: true });
    await child({ dateOfBirth: addDays(realToday, 500) })
      .expect(422)
      .expect(({ body }) =>
        expect(body.errors[0].message).toBe('Ngày sinh không được sau ngày hôm nay.'),
      );
    // Fifteen by the wall clock, sixteen by the injected one: no longer a child.
    const born = addDays(yearsBefore(realToday, 16), 200);
    const teen = await child({ fullName: 'Quàng Thị Mai', dateOfBirth: born }).expect(201);
    expect(teen.body).toMatchObject({ age: 16, isChild: false });
    const read = await w.officer.get(`/api/v1/children/${teen.body.id}`).expect(200);
    expect(read.body).toMatchObject({ age: 16, isChild: false });
  });
});
