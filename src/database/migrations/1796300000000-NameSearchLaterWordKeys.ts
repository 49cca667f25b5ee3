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
    // PL/pgSQL: every insert and rename computes it, and a loop costs a third of the set-returning
    // SQL (14 µs a name against 46 µs measured at 1,000,000 names).
    await this.keys(
      queryRunner,
      'plpgsql',
      `DECLARE
        keys text[] := '{}';
        word text;
        prefix text;
        n int := 0;
      BEGIN
        FOREACH word IN ARRAY string_to_array(btrim(name), ' ') LOOP
          CONTINUE WHEN word = '';
          n := n + 1;
          FOR len IN 1 .. length(word) LOOP
            prefix := left(word, len);
            IF n = 1 THEN
              keys := keys || ('^' || prefix);
            ELSE
              keys := keys || prefix;
              IF n >= 3 THEN
                keys := keys || ('+' || prefix);
              END IF;
            END IF;
          END LOOP;
        END LOOP;
        RETURN keys;
      END`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await this.keys(
      queryRunner,
      'sql',
      `SELECT coalesce(array_agg(CASE WHEN w.n = 1 THEN '^' ELSE '' END || left(w.word, p.len)), '{}')
        FROM unnest(string_to_array(btrim(name), ' ')) WITH ORDINALITY AS w(word, n),
             generate_series(1, length(w.word)) AS p(len)
        WHERE w.word <> ''`,
    );
  }

  private async keys(
    queryRunner: QueryRunner,
    language: 'sql' | 'plpgsql',
    body: string,
  ): Promise<void> {
    await queryRunner.query('DROP INDEX children_name_keys');
    await queryRunner.query(`
      CREATE OR REPLACE FUNCTION child_name_keys(name text) RETURNS text[]
      LANGUAGE ${language} IMMUTABLE STRICT PARALLEL SAFE AS $$ ${body} $$`);
    await queryRunner.query(
      'CREATE INDEX children_name_keys ON children USING gin (child_name_keys(name_search))',
    );
  }
}
