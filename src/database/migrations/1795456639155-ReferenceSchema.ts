import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ReferenceSchema1795456639155 implements MigrationInterface {
  name = 'ReferenceSchema1795456639155';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "area_crosswalk" ("old_level" character varying(10) NOT NULL, "old_code" character varying(5) NOT NULL, "new_codes" character varying array NOT NULL, "ambiguous" boolean NOT NULL, CONSTRAINT "PK_1f516d39f44298b63d102a62b65" PRIMARY KEY ("old_level", "old_code"))',
    );
    await queryRunner.query(
      'CREATE TABLE "areas" ("code" character varying(5) NOT NULL, "level" character varying(10) NOT NULL, "name" text NOT NULL, "full_name" text NOT NULL, "name_en" text, "unit_type" text NOT NULL, "province_code" character varying(2), "valid_from" date NOT NULL, "valid_until" date, CONSTRAINT "PK_1ce4e4f7cd8d820081bc74aa16c" PRIMARY KEY ("code"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_1933db3c9537333b9c1cc966c5" ON "areas"  ("province_code", "level") ',
    );
    await queryRunner.query(
      'CREATE TABLE "historical_areas" ("level" character varying(10) NOT NULL, "code" character varying(5) NOT NULL, "full_name" text NOT NULL, "parent_code" character varying(5), "province_code" character varying(2) NOT NULL, "valid_until" date NOT NULL, CONSTRAINT "PK_b35ff846b75bd1a20113705e6ad" PRIMARY KEY ("level", "code"))',
    );
    await queryRunner.query(
      'CREATE TABLE "outbox_messages" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "job_name" character varying(60) NOT NULL, "job_key" character varying(200) NOT NULL, "payload" jsonb NOT NULL, "run_at" TIMESTAMP WITH TIME ZONE NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "dispatched_at" TIMESTAMP WITH TIME ZONE, "attempts" integer NOT NULL DEFAULT \'0\', "last_error" text, CONSTRAINT "UQ_b3b33e9bad45d0f240c9ee90417" UNIQUE ("job_key"), CONSTRAINT "PK_0171348f527c64b137e4d4f5b66" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "outbox_messages_pending_idx" ON "outbox_messages"  ("id") WHERE dispatched_at IS NULL',
    );
    await queryRunner.query(
      'CREATE TABLE "reference_items" ("list" character varying(40) NOT NULL, "code" character varying(40) NOT NULL, "name" text NOT NULL, "name_en" text, "parent_code" character varying(40), "sort_order" integer NOT NULL, "attributes" jsonb NOT NULL DEFAULT \'{}\', "active" boolean NOT NULL DEFAULT true, CONSTRAINT "PK_1110e11bd2b5a77c52136e1fe9d" PRIMARY KEY ("list", "code"))',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE "reference_items"');
    await queryRunner.query('DROP INDEX "public"."outbox_messages_pending_idx"');
    await queryRunner.query('DROP TABLE "outbox_messages"');
    await queryRunner.query('DROP TABLE "historical_areas"');
    await queryRunner.query('DROP INDEX "public"."IDX_1933db3c9537333b9c1cc966c5"');
    await queryRunner.query('DROP TABLE "areas"');
    await queryRunner.query('DROP TABLE "area_crosswalk"');
  }
}
