import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The children supported by kind of support (issue 26): report_child_cells gains `support` ('*'
 * for the rows there were, each child once; a kind's rows come with the next refresh), and
 * indicator I-0303 its breakdown by it.
 */
export class SupportBreakdown1796624925237 implements MigrationInterface {
  name = 'SupportBreakdown1796624925237';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "report_child_cells" ADD "support" character varying(40) NOT NULL DEFAULT '*'`,
    );
    await queryRunner.query(
      'ALTER TABLE "report_child_cells" DROP CONSTRAINT "PK_7362f17fd50d0b5b4b7a43e7ee8"',
    );
    await queryRunner.query(
      'ALTER TABLE "report_child_cells" ADD CONSTRAINT "PK_e229b98505b1285cdd38e6548cf" PRIMARY KEY ("year", "province_code", "commune_code", "sex", "age_group", "kind", "code", "supported", "support")',
    );
    await queryRunner.query(
      `UPDATE indicator_definitions
          SET breakdowns = '{group,support,sex,ageGroup,area}'
        WHERE "set" = 'I' AND code = '0303'`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `UPDATE indicator_definitions
          SET breakdowns = array_remove(breakdowns, 'support')
        WHERE "set" = 'I' AND code = '0303'`,
    );
    await queryRunner.query('DELETE FROM "report_child_cells" WHERE "support" <> \'*\'');
    await queryRunner.query(
      'ALTER TABLE "report_child_cells" DROP CONSTRAINT "PK_e229b98505b1285cdd38e6548cf"',
    );
    await queryRunner.query(
      'ALTER TABLE "report_child_cells" ADD CONSTRAINT "PK_7362f17fd50d0b5b4b7a43e7ee8" PRIMARY KEY ("year", "province_code", "commune_code", "sex", "age_group", "kind", "code", "supported")',
    );
    await queryRunner.query('ALTER TABLE "report_child_cells" DROP COLUMN "support"');
  }
}
