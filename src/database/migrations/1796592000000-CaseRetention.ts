import type { MigrationInterface, QueryRunner } from 'typeorm';

/** refuse_change() letting `tables` be updated while a redaction function runs. */
function refuseChangeExcept(tables: string[]): string {
  return `CREATE OR REPLACE FUNCTION refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN
         IF TG_OP = 'UPDATE' AND TG_TABLE_NAME IN (${tables.map((t) => `'${t}'`).join(', ')})
            AND current_setting('bvte.redacting', true) = 'on' THEN
           RETURN NEW;
         END IF;
         RAISE EXCEPTION '% is append-only: % refused', TG_TABLE_NAME, TG_OP
           USING ERRCODE = 'insufficient_privilege';
       END $$`;
}

const CHILD_TRAIL = ['child_history', 'child_verifications'];
const CASE_TRAIL = ['case_events', 'case_notes'];

/** The processing register's retention of case management, as seeded and as it is now. */
const SEEDED_RETENTION =
  'Trong thời gian xử lý và sau khi kết thúc theo chính sách lưu trữ hồ sơ trường hợp (chưa áp dụng: đang xây dựng).';
const CASE_RETENTION =
  'Trong thời gian xử lý; sau khi đóng, theo chính sách lưu trữ hồ sơ vụ việc (mặc định 5 năm kể từ ngày đóng, lâu hơn khi trẻ em của vụ việc còn vụ việc chưa kết thúc), rồi ẩn danh.';

/**
 * Retention of closed cases (Law 91/2025; issue 25): the policy `closed_case`, and the one way a
 * case's append-only trail may change, its redaction once the case is anonymised.
 *
 * `redact_case_trail(ids, mark)` empties the forms its timeline entries sealed (what each step
 * recorded stays in their facts: level, outcome, dates) and replaces its notes' sealed text with
 * `mark`, the sealed anonymisation mark; like `redact_child_trail` it runs as the tables' owner,
 * so the application role still cannot update them itself.
 */
export class CaseRetention1796592000000 implements MigrationInterface {
  name = 'CaseRetention1796592000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // A closed case: kept five years after it was closed, longer while a case about one of its
    // children is open; off until a deployment decides.
    await queryRunner.query(
      `INSERT INTO retention_policies (kind, enabled, keep_years) VALUES ('closed_case', false, 5)`,
    );
    await queryRunner.query('ALTER TABLE "cases" ADD "anonymised_at" TIMESTAMP WITH TIME ZONE');
    await queryRunner.query(refuseChangeExcept([...CHILD_TRAIL, ...CASE_TRAIL]));
    await queryRunner.query(`GRANT UPDATE ON ${CASE_TRAIL.join(', ')} TO CURRENT_USER`);
    await queryRunner.query(
      `CREATE FUNCTION redact_case_trail(ids uuid[], mark text) RETURNS void
       LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
       BEGIN
         PERFORM set_config('bvte.redacting', 'on', true);
         UPDATE case_events SET content = NULL WHERE case_id = ANY(ids) AND content IS NOT NULL;
         UPDATE case_notes SET text = mark WHERE case_id = ANY(ids);
         PERFORM set_config('bvte.redacting', 'off', true);
       END $$`,
    );
    // The register said the policy was to come; a text the controller has edited stays theirs.
    await queryRunner.query(
      `UPDATE processing_activities SET retention = $1 WHERE code = 'case-management' AND retention = $2`,
      [CASE_RETENTION, SEEDED_RETENTION],
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `UPDATE processing_activities SET retention = $1 WHERE code = 'case-management' AND retention = $2`,
      [SEEDED_RETENTION, CASE_RETENTION],
    );
    await queryRunner.query('DROP FUNCTION redact_case_trail(uuid[], text)');
    await queryRunner.query(`REVOKE UPDATE ON ${CASE_TRAIL.join(', ')} FROM CURRENT_USER`);
    await queryRunner.query(refuseChangeExcept(CHILD_TRAIL));
    await queryRunner.query('ALTER TABLE "cases" DROP COLUMN "anonymised_at"');
    await queryRunner.query(`DELETE FROM retention_policies WHERE kind = 'closed_case'`);
  }
}
