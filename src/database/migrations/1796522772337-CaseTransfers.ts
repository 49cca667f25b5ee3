import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Transfers of cases between communes and the history of which commune held each case. Every
 * existing case gets its one holding: its commune, from its receipt, so each case's history of
 * holders is complete.
 */
export class CaseTransfers1796522772337 implements MigrationInterface {
  name = 'CaseTransfers1796522772337';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "case_transfers" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "seq" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "case_id" uuid NOT NULL, "from_province_code" character varying(2) NOT NULL, "from_commune_code" character varying(5) NOT NULL, "to_province_code" character varying(2) NOT NULL, "to_commune_code" character varying(5) NOT NULL, "status" character varying(10) NOT NULL, "reason" text NOT NULL, "note" text, "requested_by" uuid NOT NULL, "requested_by_name" text NOT NULL, "requested_at" TIMESTAMP WITH TIME ZONE NOT NULL, "decided_by" uuid, "decided_by_name" text, "decided_at" TIMESTAMP WITH TIME ZONE, "decision_reason" text, CONSTRAINT "UQ_7e78844c962f3c5b50c95c9d257" UNIQUE ("seq"), CONSTRAINT "PK_1b05e065aff76261de201856b14" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_027958357ec31af4449d4efb54" ON "case_transfers"  ("case_id", "seq") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_ee215054f54192d371a5d3b33d" ON "case_transfers"  ("from_commune_code", "seq") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_caa1b636ffc2a3553e2994805f" ON "case_transfers"  ("to_commune_code", "seq") ',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "IDX_fe1fe43f1351da15ee0451b826" ON "case_transfers"  ("case_id") WHERE status = \'pending\'',
    );
    await queryRunner.query(
      'CREATE TABLE "case_holdings" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "case_id" uuid NOT NULL, "province_code" character varying(2) NOT NULL, "commune_code" character varying(5) NOT NULL, "held_from" TIMESTAMP WITH TIME ZONE NOT NULL, "held_until" TIMESTAMP WITH TIME ZONE, "transfer_id" uuid, "last_event_id" bigint, "snapshot" text, CONSTRAINT "PK_aa08f7a3f9ae758cb4a46510783" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "IDX_80114be9472f89504480e90c0a" ON "case_holdings"  ("case_id") WHERE held_until IS NULL',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_4deee01b3382b5923c2693796f" ON "case_holdings"  ("case_id", "held_from") ',
    );
    await queryRunner.query(
      'ALTER TABLE "case_transfers" ADD CONSTRAINT "FK_f2617bc58732e85dff661b72871" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "case_holdings" ADD CONSTRAINT "FK_9c1554ff25cd2f606dc13a8d054" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "case_holdings" ADD CONSTRAINT "FK_026c46fdc572ae96aa905d2e301" FOREIGN KEY ("transfer_id") REFERENCES "case_transfers"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      `INSERT INTO case_holdings (case_id, province_code, commune_code, held_from)
       SELECT id, province_code, commune_code, received_at FROM cases`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "case_holdings" DROP CONSTRAINT "FK_026c46fdc572ae96aa905d2e301"',
    );
    await queryRunner.query(
      'ALTER TABLE "case_holdings" DROP CONSTRAINT "FK_9c1554ff25cd2f606dc13a8d054"',
    );
    await queryRunner.query(
      'ALTER TABLE "case_transfers" DROP CONSTRAINT "FK_f2617bc58732e85dff661b72871"',
    );
    await queryRunner.query('DROP INDEX "public"."IDX_4deee01b3382b5923c2693796f"');
    await queryRunner.query('DROP INDEX "public"."IDX_80114be9472f89504480e90c0a"');
    await queryRunner.query('DROP TABLE "case_holdings"');
    await queryRunner.query('DROP INDEX "public"."IDX_fe1fe43f1351da15ee0451b826"');
    await queryRunner.query('DROP INDEX "public"."IDX_caa1b636ffc2a3553e2994805f"');
    await queryRunner.query('DROP INDEX "public"."IDX_ee215054f54192d371a5d3b33d"');
    await queryRunner.query('DROP INDEX "public"."IDX_027958357ec31af4449d4efb54"');
    await queryRunner.query('DROP TABLE "case_transfers"');
  }
}
