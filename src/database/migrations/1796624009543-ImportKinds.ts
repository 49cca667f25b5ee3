import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ImportKinds1796624009543 implements MigrationInterface {
  name = 'ImportKinds1796624009543';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "child_imports" ADD "kind" character varying(10) NOT NULL DEFAULT \'children\'',
    );
    await queryRunner.query(
      'ALTER TABLE "child_imports" ADD CONSTRAINT "CHK_child_imports_kind" CHECK ("kind" IN (\'children\', \'supports\'))',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "child_imports" DROP CONSTRAINT "CHK_child_imports_kind"');
    await queryRunner.query('ALTER TABLE "child_imports" DROP COLUMN "kind"');
  }
}
