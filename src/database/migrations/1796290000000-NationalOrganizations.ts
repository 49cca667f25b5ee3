import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A national body (Bộ, cơ quan trung ương) among the organisation types: the Ministry's staff
 * oversee and count every province.
 */
export class NationalOrganizations1796290000000 implements MigrationInterface {
  name = 'NationalOrganizations1796290000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `INSERT INTO reference_items (list, code, name, name_en, sort_order)
       VALUES ('organization-types', 'ministry', 'Bộ, cơ quan trung ương', 'Ministry or national body', 10)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `DELETE FROM reference_items WHERE list = 'organization-types' AND code = 'ministry'`,
    );
  }
}
