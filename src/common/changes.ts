import { canonicalJson } from './canonical-json.js';

/**
 * `{field: {from, to}}` for each field the patch changes. Values compare by content, whatever the
 * order of their object keys (jsonb stores keys in its own order).
 */
export function changes<T extends object>(
  before: T,
  patch: Partial<T>,
): Record<string, { from: unknown; to: unknown }> {
  const result: Record<string, { from: unknown; to: unknown }> = {};
  for (const [field, to] of Object.entries(patch)) {
    const from = before[field as keyof T];
    if (to !== undefined && canonicalJson(from) !== canonicalJson(to)) result[field] = { from, to };
  }
  return result;
}

/**
 * The fields a request's DTO was given. A DTO instance holds the others too, as undefined (class
 * fields), which a spread over a stored record would copy onto it.
 */
export function givenFields<T extends object>(dto: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(dto).filter(([, value]) => value !== undefined),
  ) as Partial<T>;
}
