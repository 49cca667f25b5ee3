/**
 * SQL the children's repositories share: the records in an actor's areas, the area filter inside
 * the query itself (conventions.md rule 2) so that a child outside them is never loaded; SQL with
 * named parameters, for what the query builder cannot say; and when a special circumstance or a
 * risk factor counts as in force.
 */
import type { DataSource, EntityManager, SelectQueryBuilder } from 'typeorm';
import type { AreaScope } from '../access/actor.js';
import { scopeCondition } from '../access/scope.js';
import { Child } from './entities/child.entity.js';

/** A special circumstance or risk factor `e` in force on :today (as the statistics count them). */
export const IN_FORCE = `coalesce(e->>'since', '') <= :today
  AND coalesce(nullif(e->>'until', ''), :today) >= :today`;

/** The records in the actor's areas, as `c`. */
export function childrenInScope(
  manager: EntityManager,
  scope: AreaScope,
): SelectQueryBuilder<Child> {
  const area = scopeCondition(scope, { province: 'c.province_code', commune: 'c.commune_code' });
  return manager.getRepository(Child).createQueryBuilder('c').where(area.sql, area.params);
}

/** SQL with named parameters (`:name`), for what the query builder cannot say. */
export async function namedQuery<T>(
  dataSource: DataSource,
  sql: string,
  params: Record<string, unknown>,
): Promise<T[]> {
  const [text, values] = dataSource.driver.escapeQueryWithParameters(sql, params);
  return await dataSource.query<T[]>(text, values);
}
