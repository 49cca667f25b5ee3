import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The answers to POSTs made with an Idempotency-Key, kept 24 hours. */
export class IdempotencyKeys1796290308912 implements MigrationInterface {
  name = 'IdempotencyKeys1796290308912';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "idempotency_keys" ("actor_id" uuid NOT NULL, "key" character varying(200) NOT NULL, "request_hash" character(64) NOT NULL, "state" character varying(10) NOT NULL, "status_code" integer, "headers" jsonb NOT NULL DEFAULT \'{}\', "body" jsonb, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_8a5af0c11ea21dd7a2593421498" PRIMARY KEY ("actor_id", "key"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_5e72f040fdc5efc8eef52a388c" ON "idempotency_keys"  ("created_at") ',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."IDX_5e72f040fdc5efc8eef52a388c"');
    await queryRunner.query('DROP TABLE "idempotency_keys"');
  }
}
