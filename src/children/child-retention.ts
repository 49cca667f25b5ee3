import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { yearsBefore } from '../calendar/working-days.js';

/** The Law on Children's age: a person is a child until their 16th birthday. */
const CHILD_UNTIL = 16;

/**
 * The last birth day of a person whose record is due on `today`: born `16 + keepYears` years
 * before it (29 February, in a year without one, is 28 February).
 */
export function lastDueBirthDay(today: string, keepYears: number): string {
  return yearsBefore(today, CHILD_UNTIL + keepYears);
}

/** The mark left where personal data was. */
export const ANONYMISED = '[Đã ẩn danh]';

/**
 * The registry's side of the retention policy (privacy module): which records are past it, and
 * their anonymisation. A record is due `keepYears` years after the child's 16th birthday (the
 * privacy module also keeps those an open case names).
 */
@Injectable()
export class ChildRetention {
  /**
   * Anonymises records in the caller's transaction: what identifies the child goes (name,
   * personal ID, day and month of birth, village, address, carers, notes, disability), and so
   * does it from their history, their checks, their merges' snapshots and the correction
   * requests about them. What the statistics count stays: the year of birth, sex, ethnicity,
   * place, special circumstances and risks. Returns the personal IDs the records held.
   */
  async anonymise(manager: EntityManager, ids: string[]): Promise<string[]> {
    if (ids.length === 0) return [];
    const personalIds: { personal_id: string }[] = await manager.query(
      'SELECT personal_id FROM children WHERE id = ANY($1) AND personal_id IS NOT NULL',
      [ids],
    );
    await manager.query(
      `UPDATE children SET
         full_name = $2, name_search = ' da an danh ', personal_id = NULL, village = NULL,
         address = NULL, caregivers = '[]', notes = NULL, disability = NULL,
         date_of_birth = date_trunc('year', date_of_birth)::date, dob_precision = 'year',
         fingerprint = 'anon-' || left(replace(id::text, '-', ''), 27),
         anonymised_at = now(), updated_at = now(), version = version + 1
       WHERE id = ANY($1)`,
      [ids, ANONYMISED],
    );
    await manager.query('SELECT redact_child_trail($1)', [ids]);
    await manager.query(
      `UPDATE child_merges SET survivor_before = '{"redacted": true}', merged_before = '{"redacted": true}'
       WHERE survivor_id = ANY($1) OR merged_id = ANY($1)`,
      [ids],
    );
    await manager.query(
      `UPDATE child_correction_requests SET requester = $2, request = $2,
         answer = CASE WHEN answer IS NULL THEN NULL ELSE $2 END
       WHERE child_id = ANY($1)`,
      [ids, ANONYMISED],
    );
    return personalIds.map((r) => r.personal_id);
  }
}

/**
 * The records (alias `c` of children) not yet anonymised of a person born on or before
 * `lastBirthDay` (a query's placeholder for lastDueBirthDay): published for the privacy module's
 * queries.
 */
export function agedOutCondition(lastBirthDay: string): string {
  return `c.anonymised_at IS NULL AND c.date_of_birth <= ${lastBirthDay}::date`;
}
