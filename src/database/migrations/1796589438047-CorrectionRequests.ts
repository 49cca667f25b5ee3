import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Requests from a child or a carer to correct the child's record (Law 91/2025), tracked until
 * answered (issue 25).
 */
export class CorrectionRequests1796589438047 implements MigrationInterface {
  name = 'CorrectionRequests1796589438047';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "child_correction_requests" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "child_id" uuid NOT NULL, "requester" text NOT NULL, "request" text NOT NULL, "received_on" date NOT NULL, "status" character varying(10) NOT NULL, "answer" text, "created_by" uuid, "created_by_name" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "answered_by" uuid, "answered_by_name" text, "answered_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_55f08cbc6f8be32d959ff891530" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_36b8c2fbe0692876b8873edcfd" ON "child_correction_requests"  ("status", "received_on") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_a0e848e79de3cca6f62ab4636b" ON "child_correction_requests"  ("child_id", "received_on") ',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."IDX_a0e848e79de3cca6f62ab4636b"');
    await queryRunner.query('DROP INDEX "public"."IDX_36b8c2fbe0692876b8873edcfd"');
    await queryRunner.query('DROP TABLE "child_correction_requests"');
  }
}
