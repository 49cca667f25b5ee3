import type { MigrationInterface, QueryRunner } from 'typeorm';

/** A text sealed with FieldCipher (common/field-cipher.ts), as a PostgreSQL pattern. */
const SEALED = '^v1\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]{16}\\.[A-Za-z0-9_-]{22}\\.[A-Za-z0-9_-]*$';

/**
 * The disability and the notes stored in clear before their columns were sealed (issue 25): the
 * job that seals them in the record and in merge snapshots needs one way into the append-only
 * history too. `seal_child_history(entry, sealed)` replaces, in one history entry, the `from` and
 * `to` of `notes` or `disability` (any other field is refused) by the values given, only where the
 * entry holds a text in clear and the value given has the shape of a sealed one (a null stays
 * null, a sealed value as it is), and says whether it changed the entry. It runs as the table's
 * owner, like `redact_child_trail`; the application's role still cannot update the history
 * itself. The database holds no key: it checks the shape, so the function can seal a value in
 * clear, never change a sealed one nor any other field.
 */
export class SealStoredValues1796593000000 implements MigrationInterface {
  name = 'SealStoredValues1796593000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE FUNCTION sealed_in_place(stored jsonb, given jsonb) RETURNS boolean
       LANGUAGE sql IMMUTABLE AS $$
         SELECT CASE
           WHEN stored IS NULL OR jsonb_typeof(stored) = 'null'
             THEN given IS NULL OR jsonb_typeof(given) = 'null'
           WHEN given IS NULL OR jsonb_typeof(stored) <> 'string' OR jsonb_typeof(given) <> 'string'
             THEN false
           WHEN stored #>> '{}' ~ '${SEALED}' THEN given = stored
           ELSE given #>> '{}' ~ '${SEALED}'
         END
       $$`,
    );
    await queryRunner.query(
      `CREATE FUNCTION seal_child_history(entry bigint, sealed jsonb) RETURNS boolean
       LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
       DECLARE
         field text;
         value jsonb;
         changed integer;
         sealed_any boolean := false;
       BEGIN
         FOR field, value IN SELECT key, v FROM jsonb_each(sealed) AS e(key, v) LOOP
           IF field NOT IN ('notes', 'disability') THEN
             RAISE EXCEPTION 'seal_child_history seals notes and disability only, not %', field
               USING ERRCODE = 'insufficient_privilege';
           END IF;
           PERFORM set_config('bvte.redacting', 'on', true);
           UPDATE child_history h SET changes = jsonb_set(h.changes, ARRAY[field],
               jsonb_build_object('from', value->'from', 'to', value->'to'))
             WHERE h.id = entry AND h.changes ? field
               AND sealed_in_place(h.changes->field->'from', value->'from')
               AND sealed_in_place(h.changes->field->'to', value->'to');
           GET DIAGNOSTICS changed = ROW_COUNT;
           PERFORM set_config('bvte.redacting', 'off', true);
           sealed_any := sealed_any OR changed > 0;
         END LOOP;
         RETURN sealed_any;
       END $$`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP FUNCTION seal_child_history(bigint, jsonb)');
    await queryRunner.query('DROP FUNCTION sealed_in_place(jsonb, jsonb)');
  }
}
