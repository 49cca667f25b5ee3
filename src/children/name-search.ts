/**
 * How a name search is split so each part can be read cheaply in name order.
 *
 * A query's words must each start some word of the name, in any order. Once no query word is a
 * prefix of another (`searchWords` drops those), at most one query word can start the name's
 * first word (the family name). So the matches fall into disjoint parts:
 *
 * - for each query word w, the names whose first word starts with w: one run of the name order,
 *   where the other words start later words;
 * - the names whose first word starts with none of the words, where every word starts a later
 *   word.
 *
 * Family names cluster (a third of the country is Nguyễn), so one plan for the whole search, which
 * assumes matches are spread evenly over the name order, is fast for some queries and reads most
 * of a province for others; within each part the matches are spread more evenly.
 *
 * Each part can also be found by the index on `child_name_keys(name_search)` (migration
 * NameSearchKeys): every prefix of the first word marked `^`, every prefix of the later words
 * unmarked.
 */
export interface NamePart {
  /** The part's run of the name order: the names that start with this, or null for all. */
  prefix: string | null;
  /** Names that start with one of these belong to other parts. */
  exclude: string[];
  /** Query words, space first, that must start some word of the name (found with strpos). */
  anywhere: string[];
  /** Keys that `child_name_keys` of each of the part's names contains, all of them. */
  keys: string[];
}

export function nameParts(words: string[]): NamePart[] {
  const spaced = (word: string) => ` ${word}`;
  return [
    ...words.map((first) => {
      const others = words.filter((word) => word !== first);
      return {
        prefix: spaced(first),
        exclude: [],
        anywhere: others.map(spaced),
        keys: [`^${first}`, ...others],
      };
    }),
    { prefix: null, exclude: words.map(spaced), anywhere: words.map(spaced), keys: words },
  ];
}

/** The least string greater than every string that starts with `prefix` (byte order). */
export function successor(prefix: string): string {
  const chars = [...prefix];
  const last = chars.pop() as string;
  return chars.join('') + String.fromCodePoint((last.codePointAt(0) as number) + 1);
}

/** (name_search, id) in PostgreSQL's order for them: `COLLATE "C"` (UTF-8 bytes), then uuid. */
export function compareNameKeys(a: [string, string], b: [string, string]): number {
  return (
    Buffer.compare(Buffer.from(a[0]), Buffer.from(b[0])) || (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0)
  );
}
