/**
 * What the children module publishes for other modules' queries about merged records, so that
 * none follows `merged_into` itself: a record merged into another stays as a redirect, and that
 * record may be merged in turn (A into B, then B into C), so the record that stands now is at the
 * end of a chain.
 */

/**
 * For each row `(key, child_id)` of `links` (an SQL query of two columns), the record that stands
 * now for that child (its own, or the last of its merges'), as `(key, child_id)`.
 */
export function standingRecords(links: string): string {
  return `(WITH RECURSIVE up(key, id, merged_into) AS (
      SELECT l.key, ch.id, ch.merged_into
        FROM (${links}) AS l(key, child_id) JOIN children ch ON ch.id = l.child_id
      UNION
      SELECT up.key, ch.id, ch.merged_into FROM up JOIN children ch ON ch.id = up.merged_into)
    SELECT key, id AS child_id FROM up WHERE merged_into IS NULL)`;
}

/**
 * The ids of every record of the children `childIds` (an SQL query of ids) names: the record
 * that stands now for each, and every record merged into it along any chain.
 */
export function recordsOfChildren(childIds: string): string {
  return `(WITH RECURSIVE up(id, merged_into) AS (
      SELECT ch.id, ch.merged_into FROM children ch WHERE ch.id IN (${childIds})
      UNION
      SELECT ch.id, ch.merged_into FROM up JOIN children ch ON ch.id = up.merged_into),
    down(id) AS (
      SELECT id FROM up WHERE merged_into IS NULL
      UNION
      SELECT ch.id FROM down JOIN children ch ON ch.merged_into = down.id)
    SELECT id FROM down)`;
}

/**
 * The kinds of support recorded on any of a child's records (issue 26) given on some day from
 * `from` to `asOf` (SQL expressions of dates): `(child_id, kind)` once each, the child as the
 * record that stands now.
 */
export function supportsReceived(from: string, asOf: string): string {
  return `(SELECT DISTINCT child_id, key AS kind FROM ${standingRecords(
    `SELECT s.kind, s.child_id FROM child_supports s
      WHERE s.starts_on <= ${asOf} AND (s.ends_on IS NULL OR s.ends_on >= ${from})`,
  )} AS helped)`;
}
