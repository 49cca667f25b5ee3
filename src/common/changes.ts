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
