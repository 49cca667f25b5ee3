import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Name search reads the name-keys index (NameSearchKeys) and duplicate candidates are blocked
 * through it and the date-of-birth index, so nothing reads the trigram index on `name_search` any
 * more; it was the costliest index to keep up (about two thirds of an imported row's write time).
 * Trigram similarity still scores candidates (`similarity()`, no index needed).
 */
export class DropNameTrigramIndex1795470100000 implements MigrationInterface {
  name = 'DropNameTrigramIndex1795470100000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX children_name_search_trgm');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE INDEX children_name_search_trgm ON children USING gin (name_search gin_trgm_ops)',
    );
  }
}
