import type { MigrationInterface, QueryRunner } from 'typeorm';
import { appendOnly } from '../append-only.js';

/**
 * What the entity decorators cannot say: the trigram index behind name search, the jsonb index
 * behind the special-circumstance filter, and the append-only history.
 */
export class ChildSearchAndHistory1795460272100 implements MigrationInterface {
  name = 'ChildSearchAndHistory1795460272100';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE INDEX children_name_search_trgm ON children USING gin (name_search gin_trgm_ops)',
    );
    await queryRunner.query(
      'CREATE INDEX children_special_circumstances_gin ON children USING gin (special_circumstances jsonb_path_ops)',
    );
    for (const sql of appendOnly('child_history').up) await queryRunner.query(sql);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const sql of appendOnly('child_history').down) await queryRunner.query(sql);
    await queryRunner.query('DROP INDEX children_special_circumstances_gin');
    await queryRunner.query('DROP INDEX children_name_search_trgm');
  }
}
