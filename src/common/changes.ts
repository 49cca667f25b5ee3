/** `{field: {from, to}}` for each field the patch changes. */
export function changes<T extends object>(
  before: T,
  patch: Partial<T>,
): Record<string, { from: unknown; to: unknown }> {
  const result: Record<string, { from: unknown; to: unknown }> = {};
  for (const [field, to] of Object.entries(patch)) {
    const from = before[field as keyof T];
    if (to !== undefined && JSON.stringify(from) !== JSON.stringify(to))
      result[field] = { from, to };
  }
  return result;
}
