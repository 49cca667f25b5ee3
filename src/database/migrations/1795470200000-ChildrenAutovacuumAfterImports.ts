import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Lists and name search read the (area, name, id) indexes alone only where the table's visibility
 * map says a page's rows are visible to all, which VACUUM sets. By default autovacuum visits a
 * table after inserts of a fifth of its size: a 100,000-row import into a registry of 1,000,000
 * left every new page unmarked, and search p95 went from 67 to 94 ms until a VACUUM. Here
 * autovacuum (and ANALYZE, which the name-keys statistics need) comes after 2 % of the table.
 */
export class ChildrenAutovacuumAfterImports1795470200000 implements MigrationInterface {
  name = 'ChildrenAutovacuumAfterImports1795470200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE children SET (autovacuum_vacuum_insert_scale_factor = 0.02,
        autovacuum_vacuum_scale_factor = 0.02, autovacuum_analyze_scale_factor = 0.02)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE children RESET (autovacuum_vacuum_insert_scale_factor,
        autovacuum_vacuum_scale_factor, autovacuum_analyze_scale_factor)`,
    );
  }
}
