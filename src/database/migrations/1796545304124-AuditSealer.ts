import type { MigrationInterface, QueryRunner } from 'typeorm';
import { appendOnly } from '../append-only.js';

/** The audit log's columns as AccessAndAudit made them, without the chain's. */
const ENTRY_COLUMNS = `at, actor_type, actor_id, actor_name, action, entity_type, entity_id,
  province_code, commune_code, ip, user_agent, request_id, details`;

/**
 * The hash chain moves out of the audit log into `audit_chain`, written by the sealer (issue 24):
 * an entry is then a plain insert, with no lock for the whole country held to its commit. Every
 * existing entry keeps its number (`seq` becomes `id`) and its link, with the same seq, prevHash
 * and hash, so the chain verifies as before and the sealer continues it. `xact` records the
 * writing transaction for entries from now on; the sealer starts from the transactions running
 * now and those to come.
 */
export class AuditSealer1796545304124 implements MigrationInterface {
  name = 'AuditSealer1796545304124';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE FUNCTION audit_xact() RETURNS bigint LANGUAGE sql VOLATILE
       AS 'SELECT pg_current_xact_id()::text::bigint'`,
    );
    await queryRunner.query(
      'CREATE TABLE "audit_chain" ("seq" bigint NOT NULL, "event_id" bigint NOT NULL, "prev_hash" character(64) NOT NULL, "hash" character(64) NOT NULL, "sealed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_d31e87c3f18459d04fe709c30a5" PRIMARY KEY ("seq"))',
    );
    await queryRunner.query(
      `INSERT INTO audit_chain (seq, event_id, prev_hash, hash, sealed_at)
       SELECT seq, seq, prev_hash, hash, at FROM audit_events`,
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "IDX_25e5b308039a32adc42d63c808" ON "audit_chain"  ("event_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "audit_heads" ("seq" bigint NOT NULL, "hash" character(64) NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_0d36c7b157e6cfb3bfca3ed2c33" PRIMARY KEY ("seq"))',
    );
    await queryRunner.query(
      'CREATE TABLE "audit_seal" ("id" smallint NOT NULL, "next_xact" bigint NOT NULL, "pending" bigint array NOT NULL, CONSTRAINT "PK_76ca1ee53d31e4b396fafc72a43" PRIMARY KEY ("id"))',
    );
    // The sealer starts from the transactions running now: what they write is not linked yet.
    await queryRunner.query(
      `INSERT INTO audit_seal (id, next_xact, pending)
       SELECT 1, pg_snapshot_xmax(s)::text::bigint, ARRAY(SELECT x::text::bigint FROM pg_snapshot_xip(s) AS x)
       FROM pg_current_snapshot() AS s`,
    );
    await queryRunner.query('ALTER TABLE "audit_events" DROP COLUMN "hash"');
    await queryRunner.query('ALTER TABLE "audit_events" DROP COLUMN "prev_hash"');
    await queryRunner.query('ALTER TABLE "audit_events" RENAME COLUMN "seq" TO "id"');
    await queryRunner.query(
      'ALTER TABLE "audit_events" RENAME CONSTRAINT "PK_6e299f5706e715265416fefe53e" TO "PK_910f64d901a5c3e9878f0d4a407"',
    );
    await queryRunner.query(
      `DO $$ BEGIN
         EXECUTE format(
           'ALTER TABLE audit_events ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (START WITH %s)',
           (SELECT coalesce(max(id), 0) + 1 FROM audit_events));
       END $$`,
    );
    // Existing entries keep a null: they are linked already, and the sealer looks at none of them.
    await queryRunner.query('ALTER TABLE "audit_events" ADD "xact" bigint');
    await queryRunner.query(
      'ALTER TABLE "audit_events" ALTER COLUMN "xact" SET DEFAULT audit_xact()',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_dc76448ec4e8077b4698e0a44b" ON "audit_events"  ("xact") ',
    );
    for (const table of ['audit_chain', 'audit_heads']) {
      for (const sql of appendOnly(table).up) await queryRunner.query(sql);
    }
  }

  /**
   * Back to one table chained in place: the entries the chain holds, in its order. Entries not yet
   * linked when this runs are not kept (a development tool: stop the application first).
   */
  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TEMPORARY TABLE chained_entries AS
       SELECT c.seq, ${ENTRY_COLUMNS}, c.prev_hash, c.hash
       FROM audit_chain c JOIN audit_events e ON e.id = c.event_id`,
    );
    await queryRunner.query('DROP TABLE "audit_events"');
    await queryRunner.query('DROP TABLE "audit_seal"');
    await queryRunner.query('DROP TABLE "audit_heads"');
    await queryRunner.query('DROP TABLE "audit_chain"');
    await queryRunner.query('DROP FUNCTION audit_xact()');
    await queryRunner.query(
      'CREATE TABLE "audit_events" ("seq" bigint NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL, "actor_type" character varying(10) NOT NULL, "actor_id" uuid, "actor_name" text, "action" character varying(60) NOT NULL, "entity_type" character varying(40), "entity_id" text, "province_code" character varying(2), "commune_code" character varying(5), "ip" text, "user_agent" text, "request_id" text, "details" jsonb NOT NULL DEFAULT \'{}\', "prev_hash" character(64) NOT NULL, "hash" character(64) NOT NULL, CONSTRAINT "PK_6e299f5706e715265416fefe53e" PRIMARY KEY ("seq"))',
    );
    await queryRunner.query(
      `INSERT INTO audit_events (seq, ${ENTRY_COLUMNS}, prev_hash, hash)
       SELECT seq, ${ENTRY_COLUMNS}, prev_hash, hash FROM chained_entries`,
    );
    await queryRunner.query('DROP TABLE chained_entries');
    await queryRunner.query(
      'CREATE INDEX "IDX_37062d4898c71560a99ad6ad73" ON "audit_events"  ("province_code", "at") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_3648e11676f1929b9875ee272b" ON "audit_events"  ("at") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_04c7c044146c6632491a370fc0" ON "audit_events"  ("actor_id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_5c7623cfe8d008e1c1fd758fbc" ON "audit_events"  ("entity_type", "entity_id") ',
    );
    for (const sql of appendOnly('audit_events').up) await queryRunner.query(sql);
  }
}
