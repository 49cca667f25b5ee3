import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The receiving point where each report was recorded (police, school, health facility, the 111
 * hotline or the commune), and an index for the reports a person recorded. Existing cases take the
 * organisation of the account or API key that recorded them.
 */
export class CaseReceivingPoints1796340000000 implements MigrationInterface {
  name = 'CaseReceivingPoints1796340000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "cases" ADD "receiving_organization_id" uuid');
    await queryRunner.query(
      `UPDATE cases k
          SET receiving_organization_id = COALESCE(
                (SELECT u.organization_id FROM users u WHERE u.id = k.created_by),
                (SELECT a.organization_id FROM api_keys a WHERE a.id = k.created_by))
        WHERE k.created_by IS NOT NULL`,
    );
    await queryRunner.query(
      'ALTER TABLE "cases" ADD CONSTRAINT "FK_f275377d4b0948090e17abe2b01" FOREIGN KEY ("receiving_organization_id") REFERENCES "organizations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_cf9f2e90d27f1d572b3115dbc7" ON "cases"  ("created_by", "seq") ',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."IDX_cf9f2e90d27f1d572b3115dbc7"');
    await queryRunner.query('ALTER TABLE "cases" DROP CONSTRAINT "FK_f275377d4b0948090e17abe2b01"');
    await queryRunner.query('ALTER TABLE "cases" DROP COLUMN "receiving_organization_id"');
  }
}
