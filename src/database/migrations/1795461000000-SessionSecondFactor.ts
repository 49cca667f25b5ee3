import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Sessions remember whether they were opened with a second factor, so a role that comes to need
 * one ends the sessions without; and a second-factor reset, like a new password, ends sessions
 * opened before it (the column now says "credentials").
 */
export class SessionSecondFactor1795461000000 implements MigrationInterface {
  name = 'SessionSecondFactor1795461000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "users" RENAME COLUMN "password_changed_at" TO "credentials_changed_at"',
    );
    await queryRunner.query(
      'ALTER TABLE "auth_sessions" ADD "second_factor" boolean NOT NULL DEFAULT false',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "auth_sessions" DROP COLUMN "second_factor"');
    await queryRunner.query(
      'ALTER TABLE "users" RENAME COLUMN "credentials_changed_at" TO "password_changed_at"',
    );
  }
}
