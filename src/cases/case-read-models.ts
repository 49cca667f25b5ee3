/**
 * What the cases module publishes for other modules' queries, so that none reads its tables'
 * shape itself.
 */

/** The ids of the child records that cases not yet closed name (an SQL query). */
export const OPEN_CASE_CHILD_IDS = `SELECT cc.child_id FROM case_children cc
  JOIN cases open_case ON open_case.id = cc.case_id WHERE open_case.status <> 'closed'`;

/** Each case's child records, as `(case_id, child_id)` (an SQL query). */
export const CASE_CHILD_IDS = 'SELECT case_id, child_id FROM case_children';
