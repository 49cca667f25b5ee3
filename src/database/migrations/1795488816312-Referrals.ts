import type { MigrationInterface, QueryRunner } from 'typeorm';
import { appendOnly } from '../append-only.js';

export class Referrals1795488816312 implements MigrationInterface {
  name = 'Referrals1795488816312';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "webhooks" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "url" text NOT NULL, "secret" text NOT NULL, "events" character varying array NOT NULL DEFAULT \'{}\', "active" boolean NOT NULL DEFAULT true, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_9e8795cfc899ab7bdaa831e8527" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_1263da9f2a66fe09006bd86130" ON "webhooks"  ("organization_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "webhook_deliveries" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "seq" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "webhook_id" uuid NOT NULL, "event_id" uuid NOT NULL, "kind" character varying(40) NOT NULL, "payload" jsonb NOT NULL, "state" character varying(10) NOT NULL DEFAULT \'pending\', "attempts" integer NOT NULL DEFAULT \'0\', "next_attempt_at" TIMESTAMP WITH TIME ZONE, "delivered_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_535dd409947fb6d8fc6dfc0112a" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_a697c35a03a9d9c1f9114036f9" ON "webhook_deliveries"  ("webhook_id", "seq") ',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "IDX_08da689824f3b97fa480338bac" ON "webhook_deliveries"  ("webhook_id", "event_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "webhook_attempts" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "delivery_id" uuid NOT NULL, "attempt" integer NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL, "status" integer, "error" text, "duration_ms" integer NOT NULL, CONSTRAINT "PK_2de7e7887ad97de459adab62638" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_5ec32a71f45112dcc2ef75373a" ON "webhook_attempts"  ("delivery_id", "attempt") ',
    );
    await queryRunner.query(
      'CREATE TABLE "referrals" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "seq" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "case_id" uuid NOT NULL, "case_code" character varying(40) NOT NULL, "province_code" character varying(2) NOT NULL, "commune_code" character varying(5) NOT NULL, "from_organization_id" uuid NOT NULL, "to_organization_id" uuid NOT NULL, "sent_by" uuid NOT NULL, "service_type" character varying(40) NOT NULL, "urgency" character varying(10) NOT NULL, "priority" smallint NOT NULL, "status" character varying(12) NOT NULL DEFAULT \'pending\', "reason" text NOT NULL, "shared_fields" character varying array NOT NULL DEFAULT \'{}\', "shared" text, "assignee_id" uuid, "resolution" text, "sent_at" TIMESTAMP WITH TIME ZONE NOT NULL, "acknowledged_at" TIMESTAMP WITH TIME ZONE, "accepted_at" TIMESTAMP WITH TIME ZONE, "closed_at" TIMESTAMP WITH TIME ZONE, "version" integer NOT NULL DEFAULT \'1\', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_ea9980e34f738b6252817326c08" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_68ab334842810ff93327172579" ON "referrals"  ("case_id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_71004b93a5b29af9bfe2f2aaa7" ON "referrals"  ("from_organization_id", "seq") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_045b105c821d6fecdf60fa4ea5" ON "referrals"  ("to_organization_id", "priority", "seq") ',
    );
    await queryRunner.query(
      'CREATE TABLE "referral_deadlines" ("referral_id" uuid NOT NULL, "step" character varying(12) NOT NULL, "due_at" TIMESTAMP WITH TIME ZONE NOT NULL, "state" character varying(12) NOT NULL DEFAULT \'open\', "done_at" TIMESTAMP WITH TIME ZONE, "reminded_at" TIMESTAMP WITH TIME ZONE, "escalated_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_96a3b7f1f23e16186bf78183af9" PRIMARY KEY ("referral_id", "step"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_65ea15f006908fda7460655e63" ON "referral_deadlines"  ("due_at") WHERE state = \'open\'',
    );
    await queryRunner.query('ALTER TABLE "users" ADD "email" character varying(254)');
    await queryRunner.query('ALTER TABLE "users" ADD "phone" character varying(20)');
    await queryRunner.query(
      'ALTER TABLE "notifications" ADD "emailed_at" TIMESTAMP WITH TIME ZONE',
    );
    await queryRunner.query(
      'ALTER TABLE "webhooks" ADD CONSTRAINT "FK_1263da9f2a66fe09006bd86130e" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "webhook_deliveries" ADD CONSTRAINT "FK_a0286aeb96db651efd1ae2966f2" FOREIGN KEY ("webhook_id") REFERENCES "webhooks"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "webhook_attempts" ADD CONSTRAINT "FK_0d56d91d61b827bb2079c256538" FOREIGN KEY ("delivery_id") REFERENCES "webhook_deliveries"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "referrals" ADD CONSTRAINT "FK_68ab334842810ff933271725799" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "referrals" ADD CONSTRAINT "FK_73dda7781774cfe75839fb8f8b2" FOREIGN KEY ("from_organization_id") REFERENCES "organizations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "referrals" ADD CONSTRAINT "FK_c30492370e93d4263143b93d964" FOREIGN KEY ("to_organization_id") REFERENCES "organizations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "referral_deadlines" ADD CONSTRAINT "FK_4bc718458262ec48cf0c303079a" FOREIGN KEY ("referral_id") REFERENCES "referrals"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    // The delivery log is evidence of what was sent when: inserted, never changed.
    for (const sql of appendOnly('webhook_attempts').up) await queryRunner.query(sql);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const sql of appendOnly('webhook_attempts').down) await queryRunner.query(sql);
    await queryRunner.query(
      'ALTER TABLE "referral_deadlines" DROP CONSTRAINT "FK_4bc718458262ec48cf0c303079a"',
    );
    await queryRunner.query(
      'ALTER TABLE "referrals" DROP CONSTRAINT "FK_c30492370e93d4263143b93d964"',
    );
    await queryRunner.query(
      'ALTER TABLE "referrals" DROP CONSTRAINT "FK_73dda7781774cfe75839fb8f8b2"',
    );
    await queryRunner.query(
      'ALTER TABLE "referrals" DROP CONSTRAINT "FK_68ab334842810ff933271725799"',
    );
    await queryRunner.query(
      'ALTER TABLE "webhook_attempts" DROP CONSTRAINT "FK_0d56d91d61b827bb2079c256538"',
    );
    await queryRunner.query(
      'ALTER TABLE "webhook_deliveries" DROP CONSTRAINT "FK_a0286aeb96db651efd1ae2966f2"',
    );
    await queryRunner.query(
      'ALTER TABLE "webhooks" DROP CONSTRAINT "FK_1263da9f2a66fe09006bd86130e"',
    );
    await queryRunner.query('ALTER TABLE "notifications" DROP COLUMN "emailed_at"');
    await queryRunner.query('ALTER TABLE "users" DROP COLUMN "phone"');
    await queryRunner.query('ALTER TABLE "users" DROP COLUMN "email"');
    await queryRunner.query('DROP INDEX "public"."IDX_65ea15f006908fda7460655e63"');
    await queryRunner.query('DROP TABLE "referral_deadlines"');
    await queryRunner.query('DROP INDEX "public"."IDX_045b105c821d6fecdf60fa4ea5"');
    await queryRunner.query('DROP INDEX "public"."IDX_71004b93a5b29af9bfe2f2aaa7"');
    await queryRunner.query('DROP INDEX "public"."IDX_68ab334842810ff93327172579"');
    await queryRunner.query('DROP TABLE "referrals"');
    await queryRunner.query('DROP INDEX "public"."IDX_5ec32a71f45112dcc2ef75373a"');
    await queryRunner.query('DROP TABLE "webhook_attempts"');
    await queryRunner.query('DROP INDEX "public"."IDX_08da689824f3b97fa480338bac"');
    await queryRunner.query('DROP INDEX "public"."IDX_a697c35a03a9d9c1f9114036f9"');
    await queryRunner.query('DROP TABLE "webhook_deliveries"');
    await queryRunner.query('DROP INDEX "public"."IDX_1263da9f2a66fe09006bd86130"');
    await queryRunner.query('DROP TABLE "webhooks"');
  }
}
