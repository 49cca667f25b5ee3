import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Extensions the registry relies on: unaccent and pg_trgm for diacritic-insensitive name search,
 * pgcrypto for gen_random_uuid() and digests. All three are trusted extensions (PostgreSQL 13+),
 * so the database owner can create them without superuser rights.
 */
export class Extensions1763900000000 implements MigrationInterface {
  name = 'Extensions1763900000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('CREATE EXTENSION IF NOT EXISTS unaccent');
    await queryRunner.query('CREATE EXTENSION IF NOT EXISTS pg_trgm');
    await queryRunner.query('CREATE EXTENSION IF NOT EXISTS pgcrypto');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP EXTENSION IF EXISTS pgcrypto');
    await queryRunner.query('DROP EXTENSION IF EXISTS pg_trgm');
    await queryRunner.query('DROP EXTENSION IF EXISTS unaccent');
  }
}
