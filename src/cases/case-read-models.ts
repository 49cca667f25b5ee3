/**
 * What the cases module publishes for other modules' queries, so that none reads its tables'
 * shape itself.
 */

/** The ids of the child records that cases not yet closed name (an SQL query). */
export const OPEN_CASE_CHILD_IDS = `SELECT cc.child_id FROM case_children cc
  JOIN cases open_case ON open_case.id = cc.case_id WHERE open_case.status <> 'closed'`;

/** Each case's child records, as `(case_id, child_id)` (an SQL query). */
export const CASE_CHILD_IDS = 'SELECT case_id, child_id FROM case_children';

/**
 * Whether case `k` had given its children support or intervention by the instant `until` (an SQL
 * expression): a plan approved (the step `plan/approve` of case-workflow.ts), or emergency
 * measures taken (its `emergency_action` deadline done).
 */
export function caseHelpedBy(until: string): string {
  return `(
  EXISTS (SELECT 1 FROM case_events e
           WHERE e.case_id = k.id AND e.action = 'plan/approve' AND e.at <= ${until})
  OR EXISTS (SELECT 1 FROM deadlines d
              WHERE d.case_id = k.id AND d.kind = 'emergency_action' AND d.state = 'done'
                AND d.done_at <= ${until}))`;
}

/**
 * Whether case `k` was at intervention level: now, or by a change of level its timeline records
 * (the `level` fact CaseSteps writes), by the instant `until` when given.
 */
export function caseReachedIntervention(until?: string): string {
  return `(k.level = 'intervention'
  OR EXISTS (SELECT 1 FROM case_events e
              WHERE e.case_id = k.id AND e.facts->'level'->>'to' = 'intervention'
                ${until ? `AND e.at <= ${until}` : ''}))`;
}
