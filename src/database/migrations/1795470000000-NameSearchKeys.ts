import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Name search by parts (src/children/name-search.ts):
 *
 * - `name_search` compares by bytes (`COLLATE "C"`), so the names that start with a word are one
 *   run of the (area, name, id) indexes whatever the server's locale, and pages keep one order;
 * - `child_name_keys(name_search)`: every prefix of the first word marked `^`, every prefix of
 *   the later words unmarked (` nguyen van an ` → ^n … ^nguyen, v, va, van, a, an), behind a GIN
 *   index. The index is not partial so that ANALYZE keeps statistics on its keys.
 */
export class NameSearchKeys1795470000000 implements MigrationInterface {
  name = 'NameSearchKeys1795470000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE children ALTER COLUMN name_search TYPE text COLLATE "C"');
    await queryRunner.query(`
      CREATE FUNCTION child_name_keys(name text) RETURNS text[]
      LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
        SELECT coalesce(array_agg(CASE WHEN w.n = 1 THEN '^' ELSE '' END || left(w.word, p.len)), '{}')
        FROM unnest(string_to_array(btrim(name), ' ')) WITH ORDINALITY AS w(word, n),
             generate_series(1, length(w.word)) AS p(len)
        WHERE w.word <> ''
      $$`);
    await queryRunner.query(
      'CREATE INDEX children_name_keys ON children USING gin (child_name_keys(name_search))',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX children_name_keys');
    await queryRunner.query('DROP FUNCTION child_name_keys(text)');
    await queryRunner.query(
      'ALTER TABLE children ALTER COLUMN name_search TYPE text COLLATE "default"',
    );
  }
}
