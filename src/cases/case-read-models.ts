/**
 * What the cases module publishes for other modules' queries, so that none reads its tables'
 * shape itself.
 */

/**
 * True when a case not yet closed names one of the children in `childIds` (an SQL list of
 * columns or values, as `c.id, c.merged_into`).
 */
export function openCaseNames(childIds: string): string {
  return `EXISTS (
    SELECT 1 FROM case_children cc JOIN cases k ON k.id = cc.case_id
    WHERE cc.child_id IN (${childIds}) AND k.status <> 'closed')`;
}
