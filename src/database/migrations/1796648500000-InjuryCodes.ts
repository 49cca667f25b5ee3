import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The injury indicators' codes stood in group 04 of Circular 13's first set, which is the
 * children's education (the research's group names are verified); injuries are part of protecting
 * children, group 03. Still the software's own codes, after I-0305, marked as such in print.
 */
export class InjuryCodes1796648500000 implements MigrationInterface {
  name = 'InjuryCodes1796648500000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `UPDATE indicator_definitions
          SET code = CASE code WHEN '0401' THEN '0306' ELSE '0307' END
        WHERE set = 'I' AND code IN ('0401', '0402') AND source = 'injuries'`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `UPDATE indicator_definitions
          SET code = CASE code WHEN '0306' THEN '0401' ELSE '0402' END
        WHERE set = 'I' AND code IN ('0306', '0307') AND source = 'injuries'`,
    );
  }
}
