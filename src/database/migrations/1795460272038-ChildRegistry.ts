import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ChildRegistry1795460272038 implements MigrationInterface {
  name = 'ChildRegistry1795460272038';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "child_history" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "child_id" uuid NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "actor_id" uuid, "actor_name" text, "action" character varying(30) NOT NULL, "changes" jsonb NOT NULL, CONSTRAINT "PK_b085573ac3f438be52a3810e5ff" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_d5073ba690698ce5fb24293263" ON "child_history"  ("child_id", "id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "children" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "full_name" text NOT NULL, "name_search" text NOT NULL, "date_of_birth" date NOT NULL, "dob_precision" character varying(10) NOT NULL DEFAULT \'exact\', "sex" character varying(7) NOT NULL, "ethnicity_code" character varying(10), "personal_id" character varying(12), "province_code" character varying(2) NOT NULL, "commune_code" character varying(5) NOT NULL, "village" text, "address" text, "caregivers" jsonb NOT NULL DEFAULT \'[]\', "special_circumstances" jsonb NOT NULL DEFAULT \'[]\', "risk_factors" jsonb NOT NULL DEFAULT \'[]\', "school_status" character varying(30), "disability" text, "notes" text, "created_by" uuid, "updated_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, CONSTRAINT "UQ_f301feb33dbc12e561dcd592254" UNIQUE ("personal_id"), CONSTRAINT "PK_8c5a7cbebf2c702830ef38d22b0" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_3badb03707ff1cdd3e1bce4d46" ON "children"  ("date_of_birth") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_caf6b4ee59e99410ddded4ac8e" ON "children"  ("province_code", "name_search", "id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_588cf7305a677fdd0c75e1c359" ON "children"  ("commune_code", "name_search", "id") ',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."IDX_588cf7305a677fdd0c75e1c359"');
    await queryRunner.query('DROP INDEX "public"."IDX_caf6b4ee59e99410ddded4ac8e"');
    await queryRunner.query('DROP INDEX "public"."IDX_3badb03707ff1cdd3e1bce4d46"');
    await queryRunner.query('DROP TABLE "children"');
    await queryRunner.query('DROP INDEX "public"."IDX_d5073ba690698ce5fb24293263"');
    await queryRunner.query('DROP TABLE "child_history"');
  }
}
