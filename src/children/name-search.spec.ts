import {
  byteOrder,
  FIRST_WINDOW,
  keysCost,
  MAX_WINDOW,
  type NamePart,
  nameParts,
  nextWindow,
} from './name-search.js';
import { searchColumn, searchWords } from './vietnamese-name.js';

/** What migration NameSearchLaterWordKeys's `child_name_keys` gives for a stored name. */
function nameKeys(nameSearch: string): Set<string> {
  const keys = new Set<string>();
  nameSearch
    .trim()
    .split(' ')
    .forEach((word, n) => {
      for (let len = 1; len <= word.length; len += 1) {
        const prefix = word.slice(0, len);
        keys.add(n === 0 ? `^${prefix}` : prefix);
        if (n >= 2) keys.add(`+${prefix}`);
      }
    });
  return keys;
}

const inRun = (part: NamePart, name: string) =>
  (part.from === null || Buffer.compare(Buffer.from(name), Buffer.from(part.from)) >= 0) &&
  (part.to === null || Buffer.compare(Buffer.from(name), Buffer.from(part.to)) < 0);
/** What the name-order read keeps. */
const readInOrder = (part: NamePart, name: string) =>
  inRun(part, name) && part.anywhere.every((word) => name.includes(word));
/** What the keys index and the run's bounds keep. */
const readByKeys = (part: NamePart, name: string) => {
  const keys = nameKeys(name);
  return inRun(part, name) && part.keys.every((key) => keys.has(key));
};

const NAMES = [
  'Nguyễn Văn An',
  'Nguyễn An Văn',
  'Nguyễn Thị Thịnh',
  'Nguyễn Văn Thịnh',
  'Nguyễn Thịnh',
  'Nguyễn',
  'Ngô Thị Hoa',
  'Ngô Văn Thị',
  'Nguyên Nguyễn Văn',
  'Trần Nguyễn Thị An',
  'Thị Nguyễn',
  'An Nguyễn Văn Thịnh',
  'Anh Văn Nguyễn',
  'Văn Văn Văn',
  'Lê Thanh Thị Nguyễn Hoa',
  'Hoàng Ngọc Ánh',
  'Vũ Thị Ánh Nguyệt',
  'Đặng An Hoa',
].map(searchColumn);

/** Which runs are split: all of them, none, the families only, or Nguyễn and Nguyễn Thị only. */
const SPLITS: Record<string, (keys: string[]) => boolean> = {
  all: () => true,
  none: () => false,
  families: (keys) => keys.length === 1,
  'nguyen thi': (keys) => keys[0] === '^nguyen' && (keys.length === 1 || keys[1] === 'thi'),
};

describe('name search parts', () => {
  it.each([
    'nguyen',
    'ng',
    'nguyen thi',
    'thi nguyen',
    'nguyen van an',
    'an van nguyen',
    'ng v a',
    'van',
    'thi hoa',
    'anh nguy',
    'nguyen nguyen',
    'le thanh thi nguyen hoa',
    'zzz',
  ])('"%s": every match in exactly one part, by either read, however runs are split', (query) => {
    const words = searchWords(query);
    for (const [split, large] of Object.entries(SPLITS)) {
      const parts = nameParts(words, large);
      for (const name of NAMES) {
        const matches = words.every((word) => name.includes(` ${word}`));
        const inOrder = parts.filter((part) => readInOrder(part, name));
        const byKeys = parts.filter((part) => readByKeys(part, name));
        expect({ split, name, parts: inOrder.length }).toEqual({
          split,
          name,
          parts: matches ? 1 : 0,
        });
        expect(byKeys).toEqual(inOrder);
      }
    }
  });

  it('splits a family name off its middle names', () => {
    const parts = nameParts(['nguyen', 'thi'], SPLITS.all).map(({ from, to }) => [from, to]);
    expect(parts).toEqual([
      [' nguyen thi', ' nguyen thj'],
      [' nguyen ', ' nguyen thi'],
      [' nguyen thj', ' nguyen!'],
      [' nguyen!', ' nguyeo'],
      [' thi nguyen', ' thi nguyeo'],
      [' thi ', ' thi nguyen'],
      [' thi nguyeo', ' thi!'],
      [' thi!', ' thj'],
      [null, ' nguyen'],
      [' nguyeo', ' thi'],
      [' thj', null],
    ]);
    expect(nameParts(['nguyen', 'thi'], SPLITS.none).map(({ from, to }) => [from, to])).toEqual([
      [' nguyen', ' nguyeo'],
      [' thi', ' thj'],
      [null, ' nguyen'],
      [' nguyeo', ' thi'],
      [' thj', null],
    ]);
  });
});

describe('name search windows', () => {
  it('starts with the first window unless the keys cost less', () => {
    expect(nextWindow(0, 0, 21, Infinity)).toBe(FIRST_WINDOW);
    expect(nextWindow(0, 0, 21, FIRST_WINDOW - 1)).toBeNull();
  });

  it('reads ten times as far after a window with no match, where the keys cost much more', () => {
    expect(nextWindow(FIRST_WINDOW, 0, 21, Infinity)).toBe(10 * FIRST_WINDOW);
    expect(nextWindow(FIRST_WINDOW, 0, 21, 40 * FIRST_WINDOW)).toBe(10 * FIRST_WINDOW);
    expect(nextWindow(FIRST_WINDOW, 0, 21, 39 * FIRST_WINDOW)).toBeNull();
  });

  it('reads as far as the matches so far say a page needs, never less than it read', () => {
    // 10 of 21 in 1,000 entries: 11 more in about 1,100; with a margin, 2,750 (a query more
    // costs as much as reading thousands of entries).
    expect(nextWindow(1_000, 10, 21, Infinity)).toBe(2_750);
    // 20 of 21: one more in about 50, but never a window shorter than what was read.
    expect(nextWindow(1_000, 20, 21, Infinity)).toBe(1_000);
    expect(nextWindow(1_000, 2, 21, Infinity)).toBe(23_750);
  });

  it('reads at most MAX_WINDOW, or past it as many as it read, while the keys cost more', () => {
    // 1 of 21 in 1,000: 20,000 more expected, 50,000 with the margin.
    expect(nextWindow(1_000, 1, 21, Infinity)).toBe(MAX_WINDOW);
    expect(nextWindow(10 * FIRST_WINDOW, 0, 21, Infinity)).toBe(MAX_WINDOW);
    expect(nextWindow(4 * MAX_WINDOW, 0, 21, Infinity)).toBe(4 * MAX_WINDOW);
    expect(nextWindow(4 * MAX_WINDOW, 1, 21, Infinity)).toBe(4 * MAX_WINDOW);
    expect(nextWindow(MAX_WINDOW + 1, 20, 21, Infinity)).toBe(MAX_WINDOW + 1);
  });

  it('sends a part to the keys index where the page needs more entries than the keys cost', () => {
    // 2 of 21 in 1,000: 9,500 entries more expected.
    expect(nextWindow(1_000, 2, 21, 9_500)).toBe(23_750);
    expect(nextWindow(1_000, 2, 21, 9_400)).toBeNull();
    // None in 25,000: a window of 25,000 more is worth it while the keys cost four times that.
    expect(nextWindow(MAX_WINDOW, 0, 21, 4 * MAX_WINDOW)).toBe(MAX_WINDOW);
    expect(nextWindow(MAX_WINDOW, 0, 21, 4 * MAX_WINDOW - 1)).toBeNull();
  });

  it('prices the keys by the shortest list of the part and the names the statistics expect', () => {
    const frequencies: Record<string, number> = { '^nguyen': 0.35, thi: 0.1, '+van': 0.005 };
    const statistics = { total: 1_000_000, frequency: (key: string) => frequencies[key] ?? 0.0001 };
    // The list of "+van" (5,000 entries) and 1,750 names.
    expect(keysCost(['^nguyen', '+van'], statistics)).toBeCloseTo(0.5 * 5_000 + 10 * 1_750);
    expect(keysCost(['^nguyen', 'thi'], statistics)).toBeCloseTo(0.5 * 100_000 + 10 * 35_000);
  });
});

describe('byte order', () => {
  it('orders strings as PostgreSQL does under COLLATE "C" (UTF-8 bytes)', () => {
    const strings = [
      ' an',
      ' an ',
      ' anh',
      ' a',
      '',
      ' b',
      'ă',
      'z',
      '\uffff',
      '😀',
      '\ue000x',
      '😀a',
      'ø',
    ];
    for (const a of strings) {
      for (const b of strings) {
        const bytes = Buffer.compare(Buffer.from(a), Buffer.from(b));
        expect({ a, b, order: Math.sign(byteOrder(a, b)) }).toEqual({ a, b, order: bytes });
      }
    }
  });
});
