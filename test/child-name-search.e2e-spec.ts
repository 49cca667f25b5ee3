import { childFingerprint } from '../src/children/child-key.js';
import { ChildrenRepository } from '../src/children/children.repository.js';
import { CHILD_COUNT_LIMIT } from '../src/children/children.service.js';
import { compareNameKeys } from '../src/children/name-search.js';
import { normalizeName, searchColumn } from '../src/children/vietnamese-name.js';
import { createTestApp, type TestApp } from './app.js';
import { AREA, createAccount, createOrganization, signIn } from './world.js';

type Api = ReturnType<TestApp['as']>;

// Family names, and middle names within them, cluster in name order, so whether a query's matches
// come early or late in a commune's list depends on its words: the search reads each part of the
// name order on its own (src/children/name-search.ts), in name order where its matches are
// common enough and through the keys index where they are rare (by the statistics of ANALYZE
// below and by what its first windows held). Every page below is checked against a scan of all
// the records.
const FAMILY = [
  ...Array<string>(30).fill('Nguyễn'),
  ...Array<string>(8).fill('Trần'),
  ...Array<string>(4).fill('Lê'),
  ...Array<string>(3).fill('Ngô'),
  'Vũ',
  'Đặng',
  'Ân',
  'Khoa',
];
const MIDDLE = ['Văn', 'Thị', 'Minh', 'Ngọc', 'Đức', 'Thanh', 'Xuân'];
const GIVEN = ['An', 'Anh', 'Bình', 'Hoa', 'Trang', 'Nguyên', 'Hùng', 'Lan', 'Vy', 'Tú'];
const RARE = ['Khoa Học', 'Ẩn Sĩ'];

/** A deterministic sequence (mulberry32). */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Row {
  id: string;
  nameSearch: string;
  communeCode: string;
  sex: string;
}

describe('child registry: name search over clustered names, page by page', () => {
  let t: TestApp;
  let officer: Api; // one commune: read in name order through the (commune, name, id) index
  let twoCommunes: Api; // two communes: no one index gives their name order
  const rows: Row[] = [];

  beforeAll(async () => {
    t = await createTestApp();
    const commune = await createOrganization(
      t,
      'UBND phường Ba Đình',
      'commune_committee',
      AREA.provinceA,
      AREA.communeA1,
    );
    const department = await createOrganization(
      t,
      'Sở Y tế Hà Nội',
      'provincial_department',
      AREA.provinceA,
    );
    await createAccount(t, 'officer', commune, ['commune_officer']);
    await createAccount(
      t,
      'two.communes',
      department,
      ['social_worker'],
      [AREA.communeA1, AREA.communeA2],
    );
    officer = t.as((await signIn(t, 'officer')).accessToken);
    twoCommunes = t.as((await signIn(t, 'two.communes')).accessToken);

    const next = random(2026);
    const pick = <T>(list: T[]) => list[Math.floor(next() * list.length)];
    const children = Array.from({ length: 3000 }, (_, i) => {
      const given = i % 500 === 7 ? pick(RARE) : pick(GIVEN);
      const fullName = `${pick(FAMILY)} ${pick(MIDDLE)} ${given}`;
      const communeCode = i % 3 === 0 ? AREA.communeA2 : AREA.communeA1;
      const dateOfBirth = `${2010 + (i % 15)}-0${1 + (i % 9)}-1${i % 10}`;
      const sex = i % 2 === 0 ? ('male' as const) : ('female' as const);
      return {
        fullName,
        nameSearch: searchColumn(fullName),
        dateOfBirth,
        sex,
        provinceCode: AREA.provinceA,
        communeCode,
        fingerprint: childFingerprint({ fullName, dateOfBirth, communeCode, caregivers: [] }),
      };
    });
    const repository = t.app.get(ChildrenRepository);
    const ids = await t.dataSource.transaction((tx) => repository.insertMany(tx, children));
    children.forEach((c, i) => rows.push({ id: ids[i], ...c }));
    await t.dataSource.query('ANALYZE children');
  });

  afterAll(() => t.close());

  /**
   * What a scan finds: every word of the query, as typed (without diacritics), starts a word of
   * the name; in (name, id) byte order.
   */
  function expected(q: string, communes: string[], sex?: string): string[] {
    const words = normalizeName(q).split(' ').filter(Boolean);
    return rows
      .filter((r) => communes.includes(r.communeCode) && (!sex || r.sex === sex))
      .filter((r) => words.every((w) => r.nameSearch.includes(` ${w}`)))
      .sort((a, b) => compareNameKeys([a.nameSearch, a.id], [b.nameSearch, b.id]))
      .map((r) => r.id);
  }

  /** Up to `pages` pages of `limit`, following nextCursor. */
  async function pages(api: Api, query: Record<string, string>, limit: number, count: number) {
    const ids: string[] = [];
    let cursor: string | undefined;
    for (let page = 0; page < count; page += 1) {
      const res = await api
        .get('/api/v1/children')
        .query({ ...query, limit, ...(cursor ? { cursor } : {}) })
        .expect(200);
      ids.push(...(res.body.items as { id: string }[]).map((c) => c.id));
      cursor = res.body.nextCursor ?? undefined;
      if (!cursor) return { ids, complete: true };
    }
    return { ids, complete: false };
  }

  const QUERIES = [
    'nguyen', // a third of the names, first in its run
    'tran', // family names, and given names that start with it (Trang)
    'vu', // one small run at the end of the order
    'khoa', // a rare family name and a rare given word, far apart
    'an', // An, Anh, Ân: family and given names
    'thi hoa',
    'Hoa Thị',
    'nguyen khoa hoc', // a family run of 1,000+ entries where the other words are rare
    'NGUYỄN VĂN AN',
    'van an nguyen',
    'ng v a',
    'xuan vy tran',
    'si an', // the rare given word, not the family name Ân
    'nguyen nguyen', // the given name Nguyên after the family name Nguyễn
    'nguyen thi', // "Nguyễn Thị": a run inside the run of Nguyễn
    'thi nguyen',
    'ng thi', // Nguyễn Thị and Ngô Thị: first words longer than the query word
    'nguye th an',
    'zzz',
  ];

  it.each(QUERIES)('"%s" in one commune: every page as a scan of all records', async (q) => {
    const want = expected(q, [AREA.communeA1]);
    const got = await pages(officer, { q }, 9, 4);
    expect(got.ids).toEqual(want.slice(0, got.ids.length));
    expect(got.ids.length).toBe(Math.min(want.length, 36));
  });

  it.each(['khoa', 'nguyen khoa hoc', 'si an', 'thi hoa', 'ng thi hung'])(
    '"%s": all pages to the end, and with another filter',
    async (q) => {
      const all = await pages(officer, { q }, 7, 100);
      expect(all.complete).toBe(true);
      expect(all.ids).toEqual(expected(q, [AREA.communeA1]));
      const female = await pages(officer, { q, sex: 'female' }, 7, 100);
      expect(female.ids).toEqual(expected(q, [AREA.communeA1], 'female'));
    },
  );

  it.each([...QUERIES, ''])('"%s": the count is the number of records a scan finds', async (q) => {
    const one = await officer.get('/api/v1/children/count').query({ q }).expect(200);
    expect(one.body).toEqual({ total: expected(q, [AREA.communeA1]).length, exact: true });
    const female = await twoCommunes
      .get('/api/v1/children/count')
      .query({ q, sex: 'female' })
      .expect(200);
    expect(female.body.total).toBe(expected(q, [AREA.communeA1, AREA.communeA2], 'female').length);
  });

  it.each(['tran', 'khoa', 'an nguyen'])(
    '"%s" for an account of two communes, and for one of them by filter',
    async (q) => {
      const both = await pages(twoCommunes, { q }, 9, 3);
      const want = expected(q, [AREA.communeA1, AREA.communeA2]);
      expect(both.ids).toEqual(want.slice(0, both.ids.length));
      expect(both.ids.length).toBe(Math.min(want.length, 27));
      const one = await pages(twoCommunes, { q, communeCode: AREA.communeA2 }, 9, 3);
      expect(one.ids).toEqual(expected(q, [AREA.communeA2]).slice(0, one.ids.length));
    },
  );

  // Last: it adds records the tests above do not expect.
  it('counts 10,000 children at most, and says there are more', async () => {
    const repository = t.app.get(ChildrenRepository);
    const extra = Array.from({ length: CHILD_COUNT_LIMIT }, (_, i) => {
      const fullName = `Phạm Văn Tư ${i}`;
      const dateOfBirth = '2015-03-04';
      return {
        fullName,
        nameSearch: searchColumn(fullName),
        dateOfBirth,
        sex: 'male' as const,
        provinceCode: AREA.provinceA,
        communeCode: AREA.communeA1,
        fingerprint: childFingerprint({
          fullName,
          dateOfBirth,
          communeCode: AREA.communeA1,
          caregivers: [],
        }),
      };
    });
    await t.dataSource.transaction((tx) => repository.insertMany(tx, extra));
    const all = await officer.get('/api/v1/children/count').expect(200);
    expect(all.body).toEqual({ total: CHILD_COUNT_LIMIT, exact: false });
    const named = await officer.get('/api/v1/children/count').query({ q: 'pham tu' }).expect(200);
    expect(named.body).toEqual({ total: CHILD_COUNT_LIMIT, exact: true });
    const fewer = await officer
      .get('/api/v1/children/count')
      .query({ q: 'pham tu', sex: 'female' })
      .expect(200);
    expect(fewer.body).toEqual({ total: 0, exact: true });
  });
});
