import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The number of abuse cases (issue 26), beside the number of abused children: the cases received
 * in the year that reached intervention level, by form of abuse, setting and area. Named as the
 * research in hand lists it among the second set's likely indicators; the appendix was not in
 * hand, so its code is the software's own (`code_verified` false), placed after III-0103.
 */
export class AbuseCases1796648092152 implements MigrationInterface {
  name = 'AbuseCases1796648092152';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "report_abuse_case_cells" ("year" smallint NOT NULL, "province_code" character varying(2) NOT NULL, "commune_code" character varying(5) NOT NULL, "form" character varying(40) NOT NULL, "setting" character varying(40) NOT NULL, "cases" integer NOT NULL, CONSTRAINT "PK_d016a4101898e97656ea8e1170b" PRIMARY KEY ("year", "province_code", "commune_code", "form", "setting"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_bb6c1ad5fc0e9f8e3a634feabe" ON "report_abuse_case_cells"  ("year", "commune_code") ',
    );
    await queryRunner.query(
      `UPDATE indicator_definitions SET position = position + 1
        WHERE set = 'III' AND code IN ('0201', '0202')`,
    );
    await queryRunner.query(
      `INSERT INTO indicator_definitions
         (set, code, name_vi, name_en, unit, source, count, per, breakdowns, position, code_verified)
       SELECT 'III', '0104', 'Số vụ xâm hại trẻ em', 'Child abuse cases', 'cases', 'abuse_cases',
              '{}', NULL, '{form,setting,area}', position + 1, false
         FROM indicator_definitions WHERE set = 'III' AND code = '0103'
       ON CONFLICT (set, code) DO NOTHING`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM indicator_definitions WHERE source = 'abuse_cases'`);
    await queryRunner.query(
      `UPDATE indicator_definitions SET position = position - 1
        WHERE set = 'III' AND code IN ('0201', '0202')`,
    );
    await queryRunner.query('DROP INDEX "public"."IDX_bb6c1ad5fc0e9f8e3a634feabe"');
    await queryRunner.query('DROP TABLE "report_abuse_case_cells"');
  }
}
