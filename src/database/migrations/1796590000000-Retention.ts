import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Retention of personal data (Law 91/2025; issue 25): a policy per kind of record, and the one
 * way a record's append-only trail may change, its redaction once the record is anonymised.
 *
 * child_history and child_verifications stay append-only for every write the application makes;
 * `redact_child_trail(ids)` alone may rewrite them, replacing the personal values their entries
 * hold (names, dates of birth, personal IDs, addresses, carers, notes) with a mark. It runs as the
 * tables' owner (SECURITY DEFINER), so a deployment's application role, which may only insert and
 * read there, still cannot update them itself; and the trigger lets an update through only while
 * the function runs.
 */
export class Retention1796590000000 implements MigrationInterface {
  name = 'Retention1796590000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "retention_policies" ("kind" character varying(30) NOT NULL, "enabled" boolean NOT NULL DEFAULT false, "keep_years" integer NOT NULL, "updated_by" uuid, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_retention_policies" PRIMARY KEY ("kind"), CONSTRAINT "CHK_retention_keep_years" CHECK (keep_years BETWEEN 0 AND 100))`,
    );
    // A child's record: kept two years after the child turns 16 (the Law on Children's age), unless
    // a case about the child is still open; off until a deployment decides.
    await queryRunner.query(
      `INSERT INTO retention_policies (kind, enabled, keep_years) VALUES ('child_record', false, 2)`,
    );
    await queryRunner.query('ALTER TABLE "children" ADD "anonymised_at" TIMESTAMP WITH TIME ZONE');
    await queryRunner.query(
      `CREATE OR REPLACE FUNCTION refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN
         IF TG_OP = 'UPDATE' AND TG_TABLE_NAME IN ('child_history', 'child_verifications')
            AND current_setting('bvte.redacting', true) = 'on' THEN
           RETURN NEW;
         END IF;
         RAISE EXCEPTION '% is append-only: % refused', TG_TABLE_NAME, TG_OP
           USING ERRCODE = 'insufficient_privilege';
       END $$`,
    );
    await queryRunner.query('GRANT UPDATE ON child_history, child_verifications TO CURRENT_USER');
    await queryRunner.query(
      `CREATE FUNCTION redact_child_trail(ids uuid[]) RETURNS void
       LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
       DECLARE
         personal text[] := ARRAY['fullName', 'dateOfBirth', 'personalId', 'village', 'address',
                                  'caregivers', 'notes', 'disability', 'nameSearch'];
         mark jsonb := '"[đã ẩn danh]"';
       BEGIN
         PERFORM set_config('bvte.redacting', 'on', true);
         UPDATE child_history h SET
           changes = (
             SELECT coalesce(jsonb_object_agg(e.key,
                      CASE WHEN e.key = ANY(personal)
                           THEN jsonb_build_object('from', mark, 'to', mark) ELSE e.value END),
                    '{}'::jsonb)
             FROM jsonb_each(h.changes) e),
           reason = CASE WHEN h.reason IS NULL THEN NULL ELSE '[đã ẩn danh]' END
         WHERE h.child_id = ANY(ids);
         UPDATE child_verifications v SET
           sent = jsonb_build_object('redacted', true),
           found = CASE WHEN v.found IS NULL THEN NULL ELSE jsonb_build_object('redacted', true) END
         WHERE v.child_id = ANY(ids);
         PERFORM set_config('bvte.redacting', 'off', true);
       END $$`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP FUNCTION redact_child_trail(uuid[])');
    await queryRunner.query(
      'REVOKE UPDATE ON child_history, child_verifications FROM CURRENT_USER',
    );
    await queryRunner.query(
      `CREATE OR REPLACE FUNCTION refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN
         RAISE EXCEPTION '% is append-only: % refused', TG_TABLE_NAME, TG_OP
           USING ERRCODE = 'insufficient_privilege';
       END $$`,
    );
    await queryRunner.query('ALTER TABLE "children" DROP COLUMN "anonymised_at"');
    await queryRunner.query('DROP TABLE "retention_policies"');
  }
}
