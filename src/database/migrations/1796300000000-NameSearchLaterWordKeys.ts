import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `child_name_keys(name_search)` also marks every prefix of the third and later words with `+`
 * (` nguyen van an ` → ^n … ^nguyen, v, va, van, a, an, +a, +an), so the part of a name search
 * whose other words start neither the first nor the second word ("Nguyễn Văn Thịnh" for
 * "nguyen thi") is found through the index without reading the names whose second word they
 * start ("Nguyễn Thị …"): see src/children/name-search.ts. The index is built again: its keys
 * come from the function.
 */
export class NameSearchLaterWordKeys1796300000000 implements MigrationInterface {
  name = 'NameSearchLaterWordKeys1796300000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await this.keys(
      queryRunner,
      `SELECT coalesce(array_agg(k.key), '{}')
        FROM unnest(string_to_array(btrim(name), ' ')) WITH ORDINALITY AS w(word, n),
             generate_series(1, length(w.word)) AS p(len),
             LATERAL (VALUES (CASE WHEN w.n = 1 THEN '^' ELSE '' END || left(w.word, p.len)),
                             (CASE WHEN w.n >= 3 THEN '+' || left(w.word, p.len) END)) AS k(key)
        WHERE w.word <> '' AND k.key IS NOT NULL`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await this.keys(
      queryRunner,
      `SELECT coalesce(array_agg(CASE WHEN w.n = 1 THEN '^' ELSE '' END || left(w.word, p.len)), '{}')
        FROM unnest(string_to_array(btrim(name), ' ')) WITH ORDINALITY AS w(word, n),
             generate_series(1, length(w.word)) AS p(len)
        WHERE w.word <> ''`,
    );
  }

  private async keys(queryRunner: QueryRunner, body: string): Promise<void> {
    await queryRunner.query('DROP INDEX children_name_keys');
    await queryRunner.query(`
      CREATE OR REPLACE FUNCTION child_name_keys(name text) RETURNS text[]
      LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$ ${body} $$`);
    await queryRunner.query(
      'CREATE INDEX children_name_keys ON children USING gin (child_name_keys(name_search))',
    );
  }
}
