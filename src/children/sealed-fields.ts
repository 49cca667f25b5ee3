import type { Child } from './entities/child.entity.js';

/** The record's fields sealed at rest (SEALED_TEXT), whose copies in history and snapshots are too. */
export const SEALED_FIELDS = ['disability', 'notes'] as const;

/** A snapshot of a record with its sealed fields' values sealed, or opened. */
export function sealedFields(
  fields: Partial<Child> | undefined,
  apply: (text: string) => string,
): Partial<Child> | undefined {
  if (!fields) return fields;
  const result: Record<string, unknown> = { ...fields };
  for (const field of SEALED_FIELDS) {
    if (typeof result[field] === 'string') result[field] = apply(result[field]);
  }
  return result;
}

/** A history entry's changes with the sealed fields' values sealed, or opened. */
export function sealedChanges(
  changes: Record<string, { from: unknown; to: unknown }>,
  apply: (text: string) => string,
): Record<string, { from: unknown; to: unknown }> {
  const result = { ...changes };
  for (const field of SEALED_FIELDS) {
    const change = result[field];
    if (!change) continue;
    const each = (value: unknown) => (typeof value === 'string' ? apply(value) : value);
    result[field] = { from: each(change.from), to: each(change.to) };
  }
  return result;
}
