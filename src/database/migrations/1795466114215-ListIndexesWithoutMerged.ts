import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The list indexes leave merged records out, so a name-filtered page is read from the index alone. */
export class ListIndexesWithoutMerged1795466114215 implements MigrationInterface {
  name = 'ListIndexesWithoutMerged1795466114215';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."IDX_caf6b4ee59e99410ddded4ac8e"');
    await queryRunner.query('DROP INDEX "public"."IDX_588cf7305a677fdd0c75e1c359"');
    await queryRunner.query(
      'CREATE INDEX "IDX_6cf63cad3edf02b4e74a33c221" ON "children"  ("province_code", "name_search", "id") WHERE merged_into IS NULL',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_3e23ac355b6b59540ace4021b3" ON "children"  ("commune_code", "name_search", "id") WHERE merged_into IS NULL',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."IDX_3e23ac355b6b59540ace4021b3"');
    await queryRunner.query('DROP INDEX "public"."IDX_6cf63cad3edf02b4e74a33c221"');
    await queryRunner.query(
      'CREATE INDEX "IDX_588cf7305a677fdd0c75e1c359" ON "children" USING btree ("commune_code", "name_search", "id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_caf6b4ee59e99410ddded4ac8e" ON "children" USING btree ("province_code", "name_search", "id") ',
    );
  }
}
