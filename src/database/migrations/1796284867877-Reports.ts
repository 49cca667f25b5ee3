import { readFileSync } from 'node:fs';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Statistics (issue 7): indicator definitions seeded from reference-data/indicators.json with the
 * code lists they need (age groups, the accident risk factor), the precomputed cells and their
 * refresh times, the periodic reports, and the setting of the harm on cases.
 */
export class Reports1796284867877 implements MigrationInterface {
  name = 'Reports1796284867877';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "indicator_definitions" ("set" character varying(4) NOT NULL, "code" character varying(4) NOT NULL, "name_vi" text NOT NULL, "name_en" text NOT NULL, "unit" character varying(10) NOT NULL, "period" character varying(10) NOT NULL DEFAULT \'year\', "source" character varying(20) NOT NULL, "count" jsonb NOT NULL, "per" jsonb, "breakdowns" character varying(20) array NOT NULL, "position" integer NOT NULL, "code_verified" boolean NOT NULL DEFAULT false, "active" boolean NOT NULL DEFAULT true, CONSTRAINT "PK_1dc31384e75c2beda28e06cfc7a" PRIMARY KEY ("set", "code"))',
    );
    await queryRunner.query(
      'CREATE TABLE "periodic_reports" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "year" smallint NOT NULL, "area_code" character varying(5) NOT NULL, "province_code" character varying(2) NOT NULL, "commune_code" character varying(5), "state" character varying(10) NOT NULL, "requested_by" uuid, "requested_at" TIMESTAMP WITH TIME ZONE NOT NULL, "generated_at" TIMESTAMP WITH TIME ZONE, "as_of" date, "xlsx" bytea, "pdf" bytea, "error" text, CONSTRAINT "PK_3c5c6986a784cbf910e89f37471" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_56cd53300459c15f81150af258" ON "periodic_reports"  ("province_code", "year") ',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "IDX_4297c0f2cbf9b27e2e179c8d3f" ON "periodic_reports"  ("year", "area_code") ',
    );
    await queryRunner.query(
      'CREATE TABLE "report_child_cells" ("year" smallint NOT NULL, "province_code" character varying(2) NOT NULL, "commune_code" character varying(5) NOT NULL, "sex" character varying(10) NOT NULL, "age_group" character varying(10) NOT NULL, "kind" character varying(10) NOT NULL, "code" character varying(40) NOT NULL, "supported" boolean NOT NULL, "children" integer NOT NULL, CONSTRAINT "PK_7362f17fd50d0b5b4b7a43e7ee8" PRIMARY KEY ("year", "province_code", "commune_code", "sex", "age_group", "kind", "code", "supported"))',
    );
    await queryRunner.query(
      'CREATE TABLE "report_abuse_cells" ("year" smallint NOT NULL, "province_code" character varying(2) NOT NULL, "commune_code" character varying(5) NOT NULL, "sex" character varying(10) NOT NULL, "age_group" character varying(10) NOT NULL, "form" character varying(40) NOT NULL, "setting" character varying(40) NOT NULL, "intervened" boolean NOT NULL, "on_time" boolean NOT NULL, "children" integer NOT NULL, CONSTRAINT "PK_c3938e6e015dcdd2b8f88d01028" PRIMARY KEY ("year", "province_code", "commune_code", "sex", "age_group", "form", "setting", "intervened", "on_time"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_9a20c4b1fe2146ac8925583c5e" ON "report_child_cells" ("year", "commune_code")',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_bc54d1e36c15ef1de3d23e68ea" ON "report_abuse_cells" ("year", "commune_code")',
    );
    await queryRunner.query(
      'CREATE TABLE "report_refreshes" ("year" smallint NOT NULL, "as_of" date NOT NULL, "refreshed_at" TIMESTAMP WITH TIME ZONE NOT NULL, "duration_ms" integer NOT NULL, CONSTRAINT "PK_a6343bb6dd50679d5b335d82e4f" PRIMARY KEY ("year"))',
    );
    await queryRunner.query(
      'ALTER TABLE "cases" ADD "settings" character varying(40) array NOT NULL DEFAULT \'{}\'',
    );

    const data = JSON.parse(
      readFileSync(new URL('../reference-data/indicators.json', import.meta.url), 'utf8'),
    ) as { codeLists: Record<string, object[]>; indicators: object[] };
    const items = Object.entries(data.codeLists).flatMap(([list, entries]) =>
      entries.map((item, index) => ({ list, sortOrder: index + 1, ...item })),
    );
    await queryRunner.query(
      `INSERT INTO reference_items (list, code, name, name_en, sort_order, attributes)
       SELECT list, code, name, "nameEn", "sortOrder", coalesce(attributes, '{}')
         FROM jsonb_to_recordset($1::jsonb)
           AS r(list varchar, code varchar, name text, "nameEn" text, "sortOrder" int, attributes jsonb)`,
      [JSON.stringify(items)],
    );
    await queryRunner.query(
      `INSERT INTO indicator_definitions
         (set, code, name_vi, name_en, unit, source, count, per, breakdowns, position, code_verified)
       SELECT set, code, "nameVi", "nameEn", unit, source, count, per, breakdowns, position, "codeVerified"
         FROM jsonb_to_recordset($1::jsonb)
           AS r(set varchar, code varchar, "nameVi" text, "nameEn" text, unit varchar, source varchar,
                count jsonb, per jsonb, breakdowns varchar[], position int, "codeVerified" boolean)`,
      [
        JSON.stringify(
          data.indicators.map((indicator, index) => ({ ...indicator, position: index + 1 })),
        ),
      ],
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `DELETE FROM reference_items WHERE list = 'age-groups' OR (list = 'risk-factors' AND code = 'injured_in_accident')`,
    );
    await queryRunner.query('ALTER TABLE "cases" DROP COLUMN "settings"');
    await queryRunner.query('DROP TABLE "report_refreshes"');
    await queryRunner.query('DROP TABLE "report_abuse_cells"');
    await queryRunner.query('DROP TABLE "report_child_cells"');
    await queryRunner.query('DROP INDEX "public"."IDX_4297c0f2cbf9b27e2e179c8d3f"');
    await queryRunner.query('DROP INDEX "public"."IDX_56cd53300459c15f81150af258"');
    await queryRunner.query('DROP TABLE "periodic_reports"');
    await queryRunner.query('DROP TABLE "indicator_definitions"');
  }
}
