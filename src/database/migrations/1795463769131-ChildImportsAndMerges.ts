import type { MigrationInterface, QueryRunner } from 'typeorm';
import { childFingerprint } from '../../children/child-key.js';

/**
 * Imports (the file, counters, rejected rows), merges (both records as they were, for undo), the
 * import fingerprint of every child (computed here for the records already there) and the merge
 * redirect.
 */
export class ChildImportsAndMerges1795463769131 implements MigrationInterface {
  name = 'ChildImportsAndMerges1795463769131';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "child_imports" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "status" character varying(10) NOT NULL, "file_name" text NOT NULL, "format" character varying(4) NOT NULL, "dry_run" boolean NOT NULL, "file" bytea NOT NULL, "file_sha256" character varying(64) NOT NULL, "actor" jsonb NOT NULL, "total" integer, "processed" integer NOT NULL DEFAULT \'0\', "created" integer NOT NULL DEFAULT \'0\', "updated" integer NOT NULL DEFAULT \'0\', "unchanged" integer NOT NULL DEFAULT \'0\', "rejected" integer NOT NULL DEFAULT \'0\', "failure" jsonb, "created_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "started_at" TIMESTAMP WITH TIME ZONE, "finished_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_f90e7a86e7acf1e264deea72339" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_87d299c55ba20804f6b3663cab" ON "child_imports"  ("created_by", "created_at") ',
    );
    await queryRunner.query(
      'CREATE TABLE "child_import_errors" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "import_id" uuid NOT NULL, "row" integer NOT NULL, "field" character varying(60), "message_vi" text NOT NULL, "message_en" text NOT NULL, CONSTRAINT "PK_65f749a8ea8cce7dd7730d7ed8e" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_09775cdda484ab01cf8d5cb39e" ON "child_import_errors"  ("import_id", "row") ',
    );
    await queryRunner.query(
      'CREATE TABLE "child_merges" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "survivor_id" uuid NOT NULL, "merged_id" uuid NOT NULL, "survivor_before" jsonb NOT NULL, "merged_before" jsonb NOT NULL, "survivor_version" integer NOT NULL, "merged_by" uuid NOT NULL, "merged_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "undone_by" uuid, "undone_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_b5952140b0f840751d54a99ddc7" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_46a684f8be1c078947872582b8" ON "child_merges"  ("merged_id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_86cac402b859e262c1a28fb609" ON "child_merges"  ("survivor_id") ',
    );
    await queryRunner.query('ALTER TABLE "child_history" ADD "import_id" uuid');
    await queryRunner.query('ALTER TABLE "children" ADD "fingerprint" character varying(32)');
    const children = (await queryRunner.query(
      'SELECT id, full_name, date_of_birth::text, commune_code, caregivers FROM children',
    )) as {
      id: string;
      full_name: string;
      date_of_birth: string;
      commune_code: string;
      caregivers: { relation: 'father' | 'mother' | 'guardian' | 'other'; fullName: string }[];
    }[];
    for (const child of children) {
      const fingerprint = childFingerprint({
        fullName: child.full_name,
        dateOfBirth: child.date_of_birth,
        communeCode: child.commune_code,
        caregivers: child.caregivers,
      });
      await queryRunner.query('UPDATE children SET fingerprint = $1 WHERE id = $2', [
        fingerprint,
        child.id,
      ]);
    }
    await queryRunner.query('ALTER TABLE "children" ALTER COLUMN "fingerprint" SET NOT NULL');
    await queryRunner.query('ALTER TABLE "children" ADD "merged_into" uuid');
    await queryRunner.query(
      'CREATE INDEX "IDX_2f28c7e8354c1007231312b8e1" ON "children"  ("merged_into") WHERE merged_into IS NOT NULL',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_76f0acf1f75e138904ae7c31ba" ON "children"  ("fingerprint") ',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."IDX_76f0acf1f75e138904ae7c31ba"');
    await queryRunner.query('DROP INDEX "public"."IDX_2f28c7e8354c1007231312b8e1"');
    await queryRunner.query('ALTER TABLE "children" DROP COLUMN "merged_into"');
    await queryRunner.query('ALTER TABLE "children" DROP COLUMN "fingerprint"');
    await queryRunner.query('ALTER TABLE "child_history" DROP COLUMN "import_id"');
    await queryRunner.query('DROP INDEX "public"."IDX_86cac402b859e262c1a28fb609"');
    await queryRunner.query('DROP INDEX "public"."IDX_46a684f8be1c078947872582b8"');
    await queryRunner.query('DROP TABLE "child_merges"');
    await queryRunner.query('DROP INDEX "public"."IDX_09775cdda484ab01cf8d5cb39e"');
    await queryRunner.query('DROP TABLE "child_import_errors"');
    await queryRunner.query('DROP INDEX "public"."IDX_87d299c55ba20804f6b3663cab"');
    await queryRunner.query('DROP TABLE "child_imports"');
  }
}
