import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A change to a session, an account or an organisation notifies `access_changes` when its
 * transaction commits ('user:<id>' for a session's or an account's, 'organization:<id>'), so that
 * every API process drops the sign-in checks it keeps for them (src/access/session-cache.ts).
 */
export class AccessChangeNotify1796560000000 implements MigrationInterface {
  name = 'AccessChangeNotify1796560000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // TG_ARGV: the kind, and the column naming what changed.
    await queryRunner.query(
      `CREATE FUNCTION access_changes_notify() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN
         PERFORM pg_notify('access_changes', TG_ARGV[0] || ':' || (to_jsonb(OLD) ->> TG_ARGV[1]));
         RETURN NULL;
       END $$`,
    );
    for (const [table, kind, column] of TRIGGERS) {
      await queryRunner.query(
        `CREATE TRIGGER access_changes_notify AFTER UPDATE OR DELETE ON ${table}
         FOR EACH ROW EXECUTE FUNCTION access_changes_notify('${kind}', '${column}')`,
      );
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const [table] of TRIGGERS) {
      await queryRunner.query(`DROP TRIGGER access_changes_notify ON ${table}`);
    }
    await queryRunner.query('DROP FUNCTION access_changes_notify()');
  }
}

const TRIGGERS = [
  ['auth_sessions', 'user', 'user_id'],
  ['users', 'user', 'id'],
  ['organizations', 'organization', 'id'],
] as const;
