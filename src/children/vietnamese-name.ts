/**
 * The searchable form of Vietnamese text (conventions.md rule 9): no diacritics, đ → d, lower
 * case, words separated by one space. "Nguyễn Văn An", "nguyen van an" and "NGUYEN VAN AN" all
 * become "nguyen van an".
 */
export function normalizeName(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** How a name is stored for search: padded with spaces, so "% an%" matches a word that starts with "an". */
export function searchColumn(fullName: string): string {
  return ` ${normalizeName(fullName)} `;
}

/**
 * The words of a query, each to match the start of some word of the name, in any order. A word
 * that starts another query word adds nothing ("ng nguyen" finds what "nguyen" finds) and is
 * dropped, which name-search.ts relies on.
 */
export function searchWords(query: string): string[] {
  const words = [...new Set(normalizeName(query).split(' ').filter(Boolean))].slice(0, 8);
  return words.filter((word) => !words.some((other) => other !== word && other.startsWith(word)));
}
