import type { AreaScope } from './actor.js';

/**
 * The actor's areas as a condition inside the query that reads the rows (conventions.md rule 2),
 * so a row outside them is never loaded and reads as absent. `province` and `commune` are the
 * row's column expressions. An actor with no area sees nothing.
 */
export function scopeCondition(
  scope: AreaScope,
  columns: { province: string; commune: string },
): { sql: string; params: Record<string, string | string[]> } {
  // One plain equality where there is one area, so an index on (area, sort key) can serve an
  // ordered read; an OR with an empty list would keep the planner from it.
  const parts: string[] = [];
  const params: Record<string, string | string[]> = {};
  const add = (column: string, codes: string[], name: string) => {
    if (codes.length === 0) return;
    parts.push(codes.length === 1 ? `${column} = :${name}` : `${column} = ANY(:${name})`);
    params[name] = codes.length === 1 ? codes[0] : codes;
  };
  add(columns.province, scope.provinces, 'scopeProvinces');
  add(columns.commune, scope.communes, 'scopeCommunes');
  if (parts.length === 0) return { sql: 'FALSE', params: {} };
  return { sql: `(${parts.join(' OR ')})`, params };
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
