import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Births and moves from the national population database (issue 25): each change received for a
 * commune, once, with what the commune did with it; and how far each commune has read them online.
 */
export class PopulationChanges1796588107463 implements MigrationInterface {
  name = 'PopulationChanges1796588107463';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "population_changes" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "province_code" character varying(2) NOT NULL, "commune_code" character varying(5) NOT NULL, "kind" character varying(10) NOT NULL, "date" date NOT NULL, "personal_id" character varying(12) NOT NULL, "person" jsonb NOT NULL, "other_commune_code" character varying(5), "source" character varying(6) NOT NULL, "status" character varying(10) NOT NULL, "child_id" uuid, "note" text, "received_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "decided_by" uuid, "decided_by_name" text, "decided_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_ba9157c9cf9f2363ba3b4612ec6" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_63c6df9d5ded317a5ac8ede0e9" ON "population_changes"  ("commune_code", "status", "date") ',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "IDX_e15f049644a35a2f3002f48034" ON "population_changes"  ("commune_code", "kind", "personal_id", "date") ',
    );
    await queryRunner.query(
      'CREATE TABLE "population_change_reads" ("commune_code" character varying(5) NOT NULL, "read_to" date NOT NULL, "read_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_e9bceb48a031ed98fb66df30953" PRIMARY KEY ("commune_code"))',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE "population_change_reads"');
    await queryRunner.query('DROP INDEX "public"."IDX_e15f049644a35a2f3002f48034"');
    await queryRunner.query('DROP INDEX "public"."IDX_63c6df9d5ded317a5ac8ede0e9"');
    await queryRunner.query('DROP TABLE "population_changes"');
  }
}
