import type { MigrationInterface, QueryRunner } from 'typeorm';
import { appendOnly } from '../append-only.js';

const CHECKS = appendOnly('child_verifications');

/**
 * Checks against the national population database (issue 25): each check kept append-only, the
 * record's state beside it, and one rule every writer keeps (an edit, an import, a merge): a
 * change to a checked field (name, date of birth, sex, personal ID) that does not itself set the
 * state makes the record `unchecked` again, for the last check no longer speaks for it.
 */

export class PopulationVerification1796576722852 implements MigrationInterface {
  name = 'PopulationVerification1796576722852';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "child_verifications" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "child_id" uuid NOT NULL, "run_id" uuid, "method" character varying(6) NOT NULL, "outcome" character varying(10) NOT NULL, "sent" jsonb NOT NULL, "found" jsonb, "checked_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "actor_id" uuid, "actor_name" text, CONSTRAINT "PK_839798e0616afd72c66039fa208" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_a7b1f4c28382ca783f72d5d744" ON "child_verifications"  ("child_id", "checked_at") ',
    );
    await queryRunner.query(
      'CREATE TABLE "verification_runs" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "province_code" character varying(2) NOT NULL, "commune_code" character varying(5) NOT NULL, "status" character varying(10) NOT NULL, "force" boolean NOT NULL DEFAULT false, "actor" jsonb NOT NULL, "total" integer, "processed" integer NOT NULL DEFAULT \'0\', "verified" integer NOT NULL DEFAULT \'0\', "mismatched" integer NOT NULL DEFAULT \'0\', "not_found" integer NOT NULL DEFAULT \'0\', "cursor" uuid, "message" jsonb, "resume_at" TIMESTAMP WITH TIME ZONE, "created_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "started_at" TIMESTAMP WITH TIME ZONE, "finished_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_b7dbc4e1be46e62a753e8142b87" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_912e94e28d2785fdb564e00109" ON "verification_runs"  ("commune_code", "created_at") ',
    );
    await queryRunner.query(
      'CREATE TABLE "population_quota_days" ("day" date NOT NULL, "used" integer NOT NULL DEFAULT \'0\', CONSTRAINT "PK_4f1c3efac0557c524cfa7e6588c" PRIMARY KEY ("day"))',
    );
    await queryRunner.query('ALTER TABLE "child_history" ADD "reason" text');
    await queryRunner.query(
      'ALTER TABLE "children" ADD "verification_status" character varying(10) NOT NULL DEFAULT \'unchecked\'',
    );
    await queryRunner.query('ALTER TABLE "children" ADD "verification_id" uuid');
    await queryRunner.query(
      'CREATE INDEX "IDX_6d0b68ee8d5bde108ff06fea41" ON "children"  ("commune_code", "verification_status", "id") WHERE merged_into IS NULL AND verification_status IN (\'mismatch\', \'not_found\', \'disputed\')',
    );
    for (const statement of CHECKS.up) await queryRunner.query(statement);
    await queryRunner.query(
      `CREATE FUNCTION children_verification_stale() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN
         IF NEW.verification_status = OLD.verification_status
            AND NEW.verification_id IS NOT DISTINCT FROM OLD.verification_id THEN
           NEW.verification_status := 'unchecked';
         END IF;
         RETURN NEW;
       END $$`,
    );
    await queryRunner.query(
      `CREATE TRIGGER children_verification_stale BEFORE UPDATE OF full_name, date_of_birth, sex, personal_id
       ON children FOR EACH ROW
       WHEN ((NEW.full_name, NEW.date_of_birth, NEW.sex, NEW.personal_id)
             IS DISTINCT FROM (OLD.full_name, OLD.date_of_birth, OLD.sex, OLD.personal_id))
       EXECUTE FUNCTION children_verification_stale()`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TRIGGER children_verification_stale ON children');
    await queryRunner.query('DROP FUNCTION children_verification_stale()');
    for (const statement of CHECKS.down) await queryRunner.query(statement);
    await queryRunner.query('DROP INDEX "public"."IDX_6d0b68ee8d5bde108ff06fea41"');
    await queryRunner.query('ALTER TABLE "children" DROP COLUMN "verification_id"');
    await queryRunner.query('ALTER TABLE "children" DROP COLUMN "verification_status"');
    await queryRunner.query('ALTER TABLE "child_history" DROP COLUMN "reason"');
    await queryRunner.query('DROP TABLE "population_quota_days"');
    await queryRunner.query('DROP INDEX "public"."IDX_912e94e28d2785fdb564e00109"');
    await queryRunner.query('DROP TABLE "verification_runs"');
    await queryRunner.query('DROP INDEX "public"."IDX_a7b1f4c28382ca783f72d5d744"');
    await queryRunner.query('DROP TABLE "child_verifications"');
  }
}
