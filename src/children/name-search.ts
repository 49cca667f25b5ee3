/**
 * How a name search is split so each part can be read cheaply in name order.
 *
 * A query's words must each start some word of the name, in any order. Once no query word is a
 * prefix of another (`searchWords` drops those), no two query words start the same word of a
 * name. So the matches fall into disjoint groups, each made of runs of the name order:
 *
 * - for each query word w and each other query word v, the names whose first word is w and whose
 *   second word starts with v: "Nguyễn Thị …" for "nguyen thi", a run inside the family's run;
 * - for each query word w, the names whose first word is w and whose second word starts with no
 *   other query word, so that the others start later words: "Nguyễn Văn Thịnh" for "nguyen thi",
 *   the family's run without the runs above;
 * - for each query word w, the names whose first word starts with w and is longer: "Nguyễn" for
 *   "ng", where the others start later words;
 * - the names whose first word starts with none of the words, where every word starts a later
 *   word: the whole order without the runs of the words.
 *
 * Each run is a part. Family and middle names cluster (a third of the country is Nguyễn, half of
 * its girls are Nguyễn Thị), so one plan for the whole search, which assumes matches are spread
 * evenly over the name order, is fast for some queries and reads most of a province for others;
 * within each part the matches are spread more evenly, and a part read in name order reads only
 * names of its own.
 *
 * Each part can also be found by the index on `child_name_keys(name_search)` (migrations
 * NameSearchKeys, NameSearchLaterWordKeys): every prefix of the first word marked `^`, every
 * prefix of the later words unmarked, and every prefix of the third and later words again marked
 * `+`.
 */
export interface NamePart {
  /** The part's run of the name order: from `from` (included) to `to` (not), null for no bound. */
  from: string | null;
  to: string | null;
  /** Query words, space first, that must start some word of the name (found with strpos). */
  anywhere: string[];
  /** Keys that `child_name_keys` of each of the part's names contains, all of them. */
  keys: string[];
}

/**
 * The parts of a search for `words`. A family's run is split as above only where `large` says it
 * holds many names (keys `^w`), and a middle name's run only where it does too (keys `^w`, `v`):
 * a split costs a query of its own, and reading through a short run costs less.
 */
export function nameParts(words: string[], large: (keys: string[]) => boolean): NamePart[] {
  const spaced = (word: string) => ` ${word}`;
  /** The runs of [from, to) left once the runs of names that start with `skipped` are taken out. */
  const gaps = (from: string | null, to: string | null, skipped: string[]) => {
    const bounds = [...skipped].sort(byteOrder);
    const starts = [from, ...bounds.map(successor)];
    const ends = [...bounds, to];
    return starts
      .map((start, i) => ({ from: start, to: ends[i] }))
      .filter((run) => run.from === null || run.to === null || byteOrder(run.from, run.to) < 0);
  };
  return [
    ...words.flatMap((first) => {
      const others = words.filter((word) => word !== first);
      const family = { anywhere: others.map(spaced), keys: [`^${first}`, ...others] };
      if (!large([`^${first}`])) {
        return [{ from: spaced(first), to: successor(spaced(first)), ...family }];
      }
      const exact = ` ${first} `;
      const split = others.filter((word) => large([`^${first}`, word]));
      return [
        ...split.map((word) => ({
          from: `${exact}${word}`,
          to: successor(`${exact}${word}`),
          anywhere: others.filter((other) => other !== word).map(spaced),
          keys: [`^${first}`, ...others.map((other) => (other === word ? other : `+${other}`))],
        })),
        ...gaps(
          exact,
          successor(exact),
          split.map((word) => `${exact}${word}`),
        ).map((run) => ({
          ...run,
          anywhere: others.map(spaced),
          keys: [
            `^${first}`,
            ...others.map((other) => (split.includes(other) ? `+${other}` : other)),
          ],
        })),
        { from: successor(exact), to: successor(spaced(first)), ...family },
      ];
    }),
    ...gaps(null, null, words.map(spaced)).map((run) => ({
      ...run,
      anywhere: words.map(spaced),
      keys: words,
    })),
  ];
}

/**
 * The first window of a part read in name order, and the longest one until a part has read as many
 * (about 0.4 µs an entry).
 */
export const FIRST_WINDOW = 1_000;
export const MAX_WINDOW = 25_000;

/** How often the keys of names occur: `frequency(key)` of `total` names (PostgreSQL's statistics). */
export interface KeyStatistics {
  total: number;
  frequency(key: string): number;
}

/** How many names hold all of `keys`, as statistics estimate it if the keys occurred independently. */
export function estimatedNames(keys: string[], statistics: KeyStatistics): number {
  return keys.reduce((product, key) => product * statistics.frequency(key), statistics.total);
}

/**
 * What reading a part through the keys index costs, in entries read in name order (about 0.4 µs
 * each), as measured at 1,000,000 names: the index walks the shortest list of the part's keys
 * (0.15 to 0.3 µs an entry), then visits the row of each name in all of them (3 to 10 µs each).
 */
export function keysCost(keys: string[], statistics: KeyStatistics): number {
  const shortest = Math.min(...keys.map((key) => statistics.frequency(key)));
  return 0.5 * shortest * statistics.total + 10 * estimatedNames(keys, statistics);
}

/**
 * How many entries of the name order a part reads next, having read `read` and found `found`
 * matches among them, to reach `take` (with a margin, so one more window is usually the last: a
 * query more costs as much as reading several thousand entries), at most MAX_WINDOW or, past it,
 * as many as were read (so a part reads a bounded number of windows however long it is);
 * or null when the rest is cheaper through the keys index (`keys`, from `keysCost`): where the
 * matches so far say the page needs more entries than the keys cost, or, with none found yet, where
 * the window alone would cost a quarter of them. The window is never shorter than what was read
 * before it: where a word is a given name, its matches cluster at the end of each middle name's
 * run (Nguyễn An Thịnh, Nguyễn Anh Thịnh, ...), so a window may fall between them, and the density
 * seen so far is a poor guide; the keys index, for two common words, reads every match in the
 * area to sort them (tens of thousands of rows at 5,000,000 children, seconds).
 */
export function nextWindow(read: number, found: number, take: number, keys: number): number | null {
  if (read === 0) return FIRST_WINDOW > keys ? null : FIRST_WINDOW;
  const longest = Math.max(MAX_WINDOW, read);
  if (found === 0) {
    const window = Math.min(10 * read, longest);
    return window > keys / 4 ? null : window;
  }
  const needed = ((take - found) * read) / found;
  if (needed > keys) return null;
  return Math.min(Math.ceil(Math.max(read, needed * 2.5)), longest);
}

/** The least string greater than every string that starts with `prefix` (byte order). */
export function successor(prefix: string): string {
  const chars = [...prefix];
  const last = chars.pop() as string;
  return chars.join('') + String.fromCodePoint((last.codePointAt(0) as number) + 1);
}

/**
 * Strings in PostgreSQL's order for `COLLATE "C"`: UTF-8 bytes, which is the order of code points.
 * JavaScript compares UTF-16 code units, the same order except that a surrogate (a code point past
 * U+FFFF) sorts before U+E000…U+FFFF: only there do they differ.
 */
export function byteOrder(a: string, b: string): number {
  if (a === b) return 0;
  let i = 0;
  while (i < a.length && i < b.length && a.charCodeAt(i) === b.charCodeAt(i)) i += 1;
  const x = a.charCodeAt(i);
  const y = b.charCodeAt(i);
  if (Number.isNaN(x) || Number.isNaN(y)) return a.length - b.length;
  const surrogate = (c: number) => c >= 0xd800 && c <= 0xdfff;
  if (surrogate(x) !== surrogate(y) && Math.max(x, y) >= 0xe000) return surrogate(x) ? 1 : -1;
  return x - y;
}

/** (name_search, id) in PostgreSQL's order for them: `COLLATE "C"` (UTF-8 bytes), then uuid. */
export function compareNameKeys(a: [string, string], b: [string, string]): number {
  return byteOrder(a[0], b[0]) || (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0);
}
