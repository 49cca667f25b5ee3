import type { MigrationInterface, QueryRunner } from 'typeorm';
import { appendOnly } from '../append-only.js';

const APPEND_ONLY = ['case_events', 'case_notes'];

/**
 * Case management: cases and their children, timeline (append-only), deadlines, notes
 * (append-only), code counters; users' notifications; the outbox read by due time.
 */
export class CaseManagement1795479996821 implements MigrationInterface {
  name = 'CaseManagement1795479996821';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."outbox_messages_pending_idx"');
    await queryRunner.query(
      'CREATE TABLE "cases" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "seq" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "code" character varying(40) NOT NULL, "province_code" character varying(2) NOT NULL, "commune_code" character varying(5) NOT NULL, "status" character varying(20) NOT NULL, "status_before_closure" character varying(20), "level" character varying(12), "source" character varying(20) NOT NULL, "channel" character varying(12), "received_at" TIMESTAMP WITH TIME ZONE NOT NULL, "concerns" character varying(40) array NOT NULL, "intake" text NOT NULL, "immediate_danger" boolean, "isolation_started_at" TIMESTAMP WITH TIME ZONE, "isolation_ends_at" TIMESTAMP WITH TIME ZONE, "isolation_ended_at" TIMESTAMP WITH TIME ZONE, "assigned_to" uuid, "created_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "closed_at" TIMESTAMP WITH TIME ZONE, "version" integer NOT NULL, CONSTRAINT "UQ_a5b56e2aee5783296ee7e687ecc" UNIQUE ("seq"), CONSTRAINT "UQ_98e6b90c05490e40eed667d1a55" UNIQUE ("code"), CONSTRAINT "PK_264acb3048c240fb89aa34626db" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_ceae0fb963b8987934e6ffa7bf" ON "cases"  ("assigned_to") WHERE status <> \'closed\'',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_bb8a919e454971257bc469abbf" ON "cases"  ("commune_code", "seq") ',
    );
    await queryRunner.query(
      'CREATE TABLE "case_children" ("case_id" uuid NOT NULL, "child_id" uuid NOT NULL, CONSTRAINT "PK_e5a19c816f28eebe3e9fdc268fc" PRIMARY KEY ("case_id", "child_id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_955901388bd18021f2bf382330" ON "case_children"  ("child_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "case_code_counters" ("commune_code" character varying(5) NOT NULL, "year" integer NOT NULL, "last" integer NOT NULL, CONSTRAINT "PK_1a3564b2c0145b3819fb5429077" PRIMARY KEY ("commune_code", "year"))',
    );
    await queryRunner.query(
      'CREATE TABLE "case_deadlines" ("case_id" uuid NOT NULL, "kind" character varying(20) NOT NULL, "due_at" TIMESTAMP WITH TIME ZONE NOT NULL, "state" character varying(12) NOT NULL DEFAULT \'open\', "done_at" TIMESTAMP WITH TIME ZONE, "reminded_at" TIMESTAMP WITH TIME ZONE, "escalated_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_54d59099c83aaae08be96df5675" PRIMARY KEY ("case_id", "kind"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_d7b172a6ed87239fe313439b0f" ON "case_deadlines"  ("due_at") WHERE state = \'open\'',
    );
    await queryRunner.query(
      'CREATE TABLE "case_events" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "case_id" uuid NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL, "actor_id" uuid, "actor_name" text, "action" character varying(30) NOT NULL, "from_status" character varying(20), "to_status" character varying(20), "facts" jsonb NOT NULL DEFAULT \'{}\', "content" text, CONSTRAINT "PK_61f203ee26b76c6438bbcc7bde6" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_50f9d0449bd00cbe462b1db27c" ON "case_events"  ("case_id", "id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "case_notes" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "case_id" uuid NOT NULL, "author_id" uuid NOT NULL, "author_name" text NOT NULL, "visibility" character varying(12) NOT NULL, "text" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_474011f166285b8da9a653af5c5" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_19222bf934aead4c9b7b0ec716" ON "case_notes"  ("case_id", "created_at") ',
    );
    await queryRunner.query(
      'CREATE TABLE "notifications" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "seq" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "user_id" uuid NOT NULL, "kind" character varying(40) NOT NULL, "entity_type" character varying(30) NOT NULL, "entity_id" uuid NOT NULL, "text" jsonb NOT NULL, "data" jsonb NOT NULL DEFAULT \'{}\', "dedupe_key" character varying(200) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "read_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_6a72c3c0f683f6462415e653c3a" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_4a8575f66acbfeed858805d4ce" ON "notifications"  ("user_id", "seq") ',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "IDX_e7651c9a8de8ba1b8def976b55" ON "notifications"  ("user_id", "dedupe_key") ',
    );
    await queryRunner.query(
      'CREATE INDEX "outbox_messages_pending_idx" ON "outbox_messages"  ("run_at") WHERE dispatched_at IS NULL',
    );
    await queryRunner.query(
      'ALTER TABLE "case_children" ADD CONSTRAINT "FK_ddadaca017776387598f69e94fe" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "case_deadlines" ADD CONSTRAINT "FK_e505ff22868e5dc0bda6a70e6be" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "case_events" ADD CONSTRAINT "FK_259dbf949114e25670ac6cad205" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "case_notes" ADD CONSTRAINT "FK_4d26581343306e406774e5c9c8c" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    for (const table of APPEND_ONLY) {
      for (const sql of appendOnly(table).up) await queryRunner.query(sql);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of APPEND_ONLY) {
      for (const sql of appendOnly(table).down) await queryRunner.query(sql);
    }
    await queryRunner.query(
      'ALTER TABLE "case_notes" DROP CONSTRAINT "FK_4d26581343306e406774e5c9c8c"',
    );
    await queryRunner.query(
      'ALTER TABLE "case_events" DROP CONSTRAINT "FK_259dbf949114e25670ac6cad205"',
    );
    await queryRunner.query(
      'ALTER TABLE "case_deadlines" DROP CONSTRAINT "FK_e505ff22868e5dc0bda6a70e6be"',
    );
    await queryRunner.query(
      'ALTER TABLE "case_children" DROP CONSTRAINT "FK_ddadaca017776387598f69e94fe"',
    );
    await queryRunner.query('DROP INDEX "public"."outbox_messages_pending_idx"');
    await queryRunner.query('DROP INDEX "public"."IDX_e7651c9a8de8ba1b8def976b55"');
    await queryRunner.query('DROP INDEX "public"."IDX_4a8575f66acbfeed858805d4ce"');
    await queryRunner.query('DROP TABLE "notifications"');
    await queryRunner.query('DROP INDEX "public"."IDX_19222bf934aead4c9b7b0ec716"');
    await queryRunner.query('DROP TABLE "case_notes"');
    await queryRunner.query('DROP INDEX "public"."IDX_50f9d0449bd00cbe462b1db27c"');
    await queryRunner.query('DROP TABLE "case_events"');
    await queryRunner.query('DROP INDEX "public"."IDX_d7b172a6ed87239fe313439b0f"');
    await queryRunner.query('DROP TABLE "case_deadlines"');
    await queryRunner.query('DROP TABLE "case_code_counters"');
    await queryRunner.query('DROP INDEX "public"."IDX_955901388bd18021f2bf382330"');
    await queryRunner.query('DROP TABLE "case_children"');
    await queryRunner.query('DROP INDEX "public"."IDX_bb8a919e454971257bc469abbf"');
    await queryRunner.query('DROP INDEX "public"."IDX_ceae0fb963b8987934e6ffa7bf"');
    await queryRunner.query('DROP TABLE "cases"');
    await queryRunner.query(
      'CREATE INDEX "outbox_messages_pending_idx" ON "outbox_messages" USING btree ("id") WHERE (dispatched_at IS NULL)',
    );
  }
}
