/** Text as a search compares it: lower case, without Vietnamese marks (đ as d). */
export function folded(value: string): string {
  return value
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase();
}

/**
 * Whether a name holds each word typed, in any order, with or without its marks: "cong an ba dinh"
 * finds "Công an phường Ba Đình".
 */
export function matchesName(name: string, typed: string): boolean {
  const words = folded(name);
  return folded(typed)
    .split(/\s+/)
    .every((word) => words.includes(word));
}
