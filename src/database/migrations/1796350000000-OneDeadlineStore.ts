import type { MigrationInterface, QueryRunner } from 'typeorm';

/** A deadline's job key and payload as DeadlineEngine writes them, for rows of `deadlines` d. */
const JOB = (stage: 'reminder' | 'escalation') => `
  'deadlines.check.' || d.case_id || '.' || d.kind || '.' || d.item || '.'
    || round(extract(epoch FROM d.due_at) * 1000)::bigint || '.${stage}',
  jsonb_build_object('caseId', d.case_id, 'kind', d.kind, 'item', d.item,
    'dueAt', to_char(d.due_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
    'stage', '${stage}')`;

/**
 * One deadline store for cases, plan actions, isolation and referrals (issue 22): case_deadlines
 * and referral_deadlines move into `deadlines` as they stand, and every open one is scheduled
 * again under the one deadline job (the jobs of the two retired ones, still queued, are no-ops:
 * RETIRED_JOBS). A plan action's deadline is opened when its plan next comes into force.
 */
export class OneDeadlineStore1796350000000 implements MigrationInterface {
  name = 'OneDeadlineStore1796350000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "deadlines" ("case_id" uuid NOT NULL, "kind" character varying(24) NOT NULL, "item" character varying(40) NOT NULL DEFAULT '', "opened_at" TIMESTAMP WITH TIME ZONE NOT NULL, "due_at" TIMESTAMP WITH TIME ZONE NOT NULL, "state" character varying(12) NOT NULL DEFAULT 'open', "done_at" TIMESTAMP WITH TIME ZONE, "reminded_at" TIMESTAMP WITH TIME ZONE, "escalated_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_76414b722a036379fd954eb5050" PRIMARY KEY ("case_id", "kind", "item"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_738ccf388966a1d18e269dbefd" ON "deadlines"  ("due_at") WHERE state = 'open'`,
    );
    await queryRunner.query(
      'ALTER TABLE "deadlines" ADD CONSTRAINT "FK_e14a72431c2b5de785e6f2ea23f" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    // A case's deadlines counted from its receipt; a referral's from when it was sent (its
    // completion from its acceptance). Moot ones keep when they became moot.
    await queryRunner.query(
      `INSERT INTO deadlines (case_id, kind, item, opened_at, due_at, state, done_at, reminded_at, escalated_at)
       SELECT d.case_id, d.kind, '', k.received_at, d.due_at, d.state, d.done_at, d.reminded_at,
              d.escalated_at
         FROM case_deadlines d JOIN cases k ON k.id = d.case_id`,
    );
    await queryRunner.query(
      `INSERT INTO deadlines (case_id, kind, item, opened_at, due_at, state, done_at, reminded_at, escalated_at)
       SELECT r.case_id, 'referral_' || d.step, r.id::text,
              CASE WHEN d.step = 'complete' THEN coalesce(r.accepted_at, r.sent_at) ELSE r.sent_at END,
              d.due_at, d.state,
              CASE WHEN d.state = 'not_needed' THEN coalesce(d.done_at, r.closed_at) ELSE d.done_at END,
              d.reminded_at, d.escalated_at
         FROM referral_deadlines d JOIN referrals r ON r.id = d.referral_id`,
    );
    await queryRunner.query(
      `DELETE FROM outbox_messages
        WHERE job_name IN ('cases.deadline', 'referrals.deadline') AND dispatched_at IS NULL`,
    );
    // The reminder a quarter of the time given before, at most 2 hours (12-hour steps) or a day.
    await queryRunner.query(
      `INSERT INTO outbox_messages (job_name, job_key, payload, run_at)
       SELECT 'deadlines.check', ${JOB('reminder')}, r.at
         FROM deadlines d
        CROSS JOIN LATERAL (SELECT d.due_at - least((d.due_at - d.opened_at) / 4,
                 CASE WHEN d.kind IN ('initial_assessment', 'emergency_action')
                      THEN interval '2 hours' ELSE interval '1 day' END) AS at) r
        WHERE d.state = 'open' AND d.reminded_at IS NULL AND d.escalated_at IS NULL
          AND r.at > now()
       ON CONFLICT (job_key) DO NOTHING`,
    );
    await queryRunner.query(
      `INSERT INTO outbox_messages (job_name, job_key, payload, run_at)
       SELECT 'deadlines.check', ${JOB('escalation')}, d.due_at
         FROM deadlines d
        WHERE d.state = 'open' AND d.escalated_at IS NULL
       ON CONFLICT (job_key) DO NOTHING`,
    );
    await queryRunner.query('DROP TABLE "case_deadlines"');
    await queryRunner.query('DROP TABLE "referral_deadlines"');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "case_deadlines" ("case_id" uuid NOT NULL, "kind" character varying(20) NOT NULL, "due_at" TIMESTAMP WITH TIME ZONE NOT NULL, "state" character varying(12) NOT NULL DEFAULT 'open', "done_at" TIMESTAMP WITH TIME ZONE, "reminded_at" TIMESTAMP WITH TIME ZONE, "escalated_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_54d59099c83aaae08be96df5675" PRIMARY KEY ("case_id", "kind"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_d7b172a6ed87239fe313439b0f" ON "case_deadlines"  ("due_at") WHERE state = 'open'`,
    );
    await queryRunner.query(
      'ALTER TABLE "case_deadlines" ADD CONSTRAINT "FK_e505ff22868e5dc0bda6a70e6be" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      `CREATE TABLE "referral_deadlines" ("referral_id" uuid NOT NULL, "step" character varying(12) NOT NULL, "due_at" TIMESTAMP WITH TIME ZONE NOT NULL, "state" character varying(12) NOT NULL DEFAULT 'open', "done_at" TIMESTAMP WITH TIME ZONE, "reminded_at" TIMESTAMP WITH TIME ZONE, "escalated_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_96a3b7f1f23e16186bf78183af9" PRIMARY KEY ("referral_id", "step"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_65ea15f006908fda7460655e63" ON "referral_deadlines"  ("due_at") WHERE state = 'open'`,
    );
    await queryRunner.query(
      'ALTER TABLE "referral_deadlines" ADD CONSTRAINT "FK_4bc718458262ec48cf0c303079a" FOREIGN KEY ("referral_id") REFERENCES "referrals"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    // Plan actions had no deadline rows before; a not-done one had none either.
    await queryRunner.query(
      `INSERT INTO case_deadlines (case_id, kind, due_at, state, done_at, reminded_at, escalated_at)
       SELECT case_id, kind, due_at, state, done_at, reminded_at, escalated_at
         FROM deadlines WHERE item = ''`,
    );
    await queryRunner.query(
      `INSERT INTO referral_deadlines (referral_id, step, due_at, state, done_at, reminded_at, escalated_at)
       SELECT item::uuid, substring(kind FROM 10), due_at, state, done_at, reminded_at, escalated_at
         FROM deadlines WHERE kind LIKE 'referral\\_%'`,
    );
    await queryRunner.query('DROP TABLE "deadlines"');
  }
}
