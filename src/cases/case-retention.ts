import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { yearsBefore } from '../calendar/working-days.js';
import { ANONYMISED } from '../children/child-retention.js';
import { FieldCipher } from '../common/field-cipher.js';
import { recordsOfChildren } from '../children/child-read-models.js';
import { OPEN_CASE_CHILD_IDS } from './case-read-models.js';

/** The last closing day of a case due on `today`: closed `keepYears` years before it. */
export function lastDueClosedDay(today: string, keepYears: number): string {
  return yearsBefore(today, keepYears);
}

/**
 * The closed cases (alias `k` of cases) not yet anonymised, closed on or before `lastClosedDay`
 * (a query's placeholder for lastDueClosedDay), in Vietnam's calendar: published for the privacy
 * module's queries.
 */
export function closedBeforeCondition(lastClosedDay: string): string {
  return `k.anonymised_at IS NULL AND k.status = 'closed'
    AND (k.closed_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date <= ${lastClosedDay}::date`;
}

/**
 * True when a case not yet closed names one of the children of case `k` (any record of theirs:
 * merged into theirs, or theirs merged into another).
 */
export const CHILD_IN_OPEN_CASE = `EXISTS (
  SELECT 1 FROM case_children kc
  WHERE kc.case_id = k.id AND kc.child_id IN ${recordsOfChildren(OPEN_CASE_CHILD_IDS)})`;

/**
 * The cases module's side of the retention policy `closed_case` (privacy module): a closed case
 * is due `keepYears` years after it was closed (the privacy module also keeps those whose
 * children another open case names).
 */
@Injectable()
export class CaseRetention {
  constructor(private readonly cipher: FieldCipher) {}

  /**
   * Anonymises closed cases in the caller's transaction: their report (what happened, where, who
   * reported it, the family), the forms each step recorded, their notes, the reasons of their
   * transfers, the penalties and measures of its sanctions, and the case as a former holder last
   * saw it. What the statistics count stays: the commune, the dates, the source, the level, the
   * forms of abuse and their settings, each step's facts (level, outcome, dates), the sanctions'
   * decisions and fines, and the children the case names, whose records keep to their own policy.
   */
  async anonymise(manager: EntityManager, ids: string[]): Promise<void> {
    if (ids.length === 0) return;
    const intake = this.cipher.encrypt(
      JSON.stringify({ summary: ANONYMISED, location: null, reporter: null }),
    );
    const mark = this.cipher.encrypt(ANONYMISED);
    const [{ now }]: { now: Date }[] = await manager.query('SELECT now() AS now');
    await manager.query(
      `UPDATE cases SET intake = $2, anonymised_at = $3, updated_at = $3, version = version + 1
       WHERE id = ANY($1)`,
      [ids, intake, now],
    );
    await manager.query('SELECT redact_case_trail($1, $2)', [ids, mark]);
    await manager.query(
      `UPDATE case_transfers SET reason = $2,
         note = CASE WHEN note IS NULL THEN NULL ELSE $2 END,
         decision_reason = CASE WHEN decision_reason IS NULL THEN NULL ELSE $2 END
       WHERE case_id = ANY($1)`,
      [ids, mark],
    );
    await manager.query(
      `UPDATE case_sanctions SET measures = $2 WHERE case_id = ANY($1) AND measures IS NOT NULL`,
      [ids, mark],
    );
    const holdings: { id: string; snapshot: string }[] = await manager.query(
      'SELECT id, snapshot FROM case_holdings WHERE case_id = ANY($1) AND snapshot IS NOT NULL',
      [ids],
    );
    for (const holding of holdings) {
      const snapshot = JSON.parse(this.cipher.decrypt(holding.snapshot)) as {
        case: Record<string, unknown>;
      };
      snapshot.case.intake = intake;
      snapshot.case.anonymisedAt = now.toISOString();
      await manager.query('UPDATE case_holdings SET snapshot = $2 WHERE id = $1', [
        holding.id,
        this.cipher.encrypt(JSON.stringify(snapshot)),
      ]);
    }
  }
}
