import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The administrative handling of child abuse, Circular 13/2021's second set (its appendix III):
 * the decisions sanctioning it and their fines. The appendix's codes and names were not in hand
 * (the research has the set's title and 0101 only): these two are the software's own codes,
 * `code_verified` false, printed as such.
 */
const INDICATORS = [
  {
    set: 'III',
    code: '0201',
    nameVi: 'Số vụ vi phạm hành chính về xâm hại trẻ em bị xử phạt',
    nameEn: 'Administrative violations of child abuse sanctioned',
    unit: 'cases',
    count: { measure: 'decisions' },
    per: null,
    position: 12,
  },
  {
    set: 'III',
    code: '0202',
    nameVi: 'Số tiền phạt vi phạm hành chính đối với hành vi xâm hại trẻ em',
    nameEn: 'Fines imposed for acts of child abuse',
    unit: 'vnd',
    count: { measure: 'fines' },
    per: { measure: 'decisions' },
    position: 13,
  },
];

/**
 * Administrative sanctions for abuse (issue 26): `case_sanctions`, one row a decision recorded on
 * a case, their statistics' cells, and two indicators counting the decisions and their fines by
 * form of abuse and by who was sanctioned.
 */
export class CaseSanctions1796646767058 implements MigrationInterface {
  name = 'CaseSanctions1796646767058';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "case_sanctions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "case_id" uuid NOT NULL, "decision_number" character varying(60) NOT NULL, "decided_on" date NOT NULL, "authority" text NOT NULL, "violator_kind" character varying(20) NOT NULL, "form" character varying(40) NOT NULL, "fine" integer, "measures" text, "created_by" uuid, "created_by_name" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_case_sanctions_fine" CHECK ("fine" IS NULL OR "fine" >= 0), CONSTRAINT "CHK_case_sanctions_violator" CHECK ("violator_kind" IN (\'individual\', \'organization\')), CONSTRAINT "PK_8aaf35f2226da9a0900fb3de32e" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_ee5c6ad776818555a66dd5dbcb" ON "case_sanctions"  ("decided_on") ',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "IDX_6a13d2abf0210b3dc3843fa00a" ON "case_sanctions"  ("case_id", "decision_number") ',
    );
    await queryRunner.query(
      'CREATE TABLE "report_sanction_cells" ("year" smallint NOT NULL, "province_code" character varying(2) NOT NULL, "commune_code" character varying(5) NOT NULL, "measure" character varying(10) NOT NULL, "form" character varying(40) NOT NULL, "violator" character varying(20) NOT NULL, "amount" bigint NOT NULL, CONSTRAINT "PK_b2917a44b93cbb6af5121727316" PRIMARY KEY ("year", "province_code", "commune_code", "measure", "form", "violator"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_e1965a7323290bdcda743c5a6a" ON "report_sanction_cells"  ("year", "commune_code") ',
    );
    await queryRunner.query(
      'ALTER TABLE "case_sanctions" ADD CONSTRAINT "FK_51c93475564b023323d491ad735" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      `INSERT INTO indicator_definitions
         (set, code, name_vi, name_en, unit, source, count, per, breakdowns, position, code_verified)
       SELECT set, code, "nameVi", "nameEn", unit, 'sanctions', count, per,
              '{form,violator,area}', position, false
         FROM jsonb_to_recordset($1::jsonb)
           AS r(set varchar, code varchar, "nameVi" text, "nameEn" text, unit varchar,
                count jsonb, per jsonb, position int)
       ON CONFLICT (set, code) DO NOTHING`,
      [JSON.stringify(INDICATORS)],
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM indicator_definitions WHERE source = 'sanctions'`);
    await queryRunner.query(
      'ALTER TABLE "case_sanctions" DROP CONSTRAINT "FK_51c93475564b023323d491ad735"',
    );
    await queryRunner.query('DROP INDEX "public"."IDX_e1965a7323290bdcda743c5a6a"');
    await queryRunner.query('DROP TABLE "report_sanction_cells"');
    await queryRunner.query('DROP INDEX "public"."IDX_6a13d2abf0210b3dc3843fa00a"');
    await queryRunner.query('DROP INDEX "public"."IDX_ee5c6ad776818555a66dd5dbcb"');
    await queryRunner.query('DROP TABLE "case_sanctions"');
  }
}
