import type { AreaScope } from './actor.js';

/**
 * The actor's areas as a condition inside the query that reads the rows (conventions.md rule 2),
 * so a row outside them is never loaded and reads as absent. `province` and `commune` are the
 * row's column expressions. An actor with no area sees nothing.
 */
export function scopeCondition(
  scope: AreaScope,
  columns: { province: string; commune: string },
): { sql: string; params: Record<string, string[]> } {
  if (scope.provinces.length === 0 && scope.communes.length === 0) {
    return { sql: 'FALSE', params: {} };
  }
  return {
    sql: `(${columns.province} = ANY(:scopeProvinces) OR ${columns.commune} = ANY(:scopeCommunes))`,
    params: { scopeProvinces: scope.provinces, scopeCommunes: scope.communes },
  };
}

/** Whether a place is in the actor's areas: for writes, which name the place they write to. */
export function inScope(
  scope: AreaScope,
  provinceCode: string,
  communeCode: string | null,
): boolean {
  return (
    scope.provinces.includes(provinceCode) ||
    (communeCode !== null && scope.communes.includes(communeCode))
  );
}
