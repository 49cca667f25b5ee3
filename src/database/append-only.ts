/**
 * SQL that makes a table append-only (conventions.md rule 4): a trigger refuses UPDATE, DELETE
 * and TRUNCATE whoever runs them, and UPDATE, DELETE and TRUNCATE are revoked from every role
 * holding them, the owner included, so an application role granted table rights by default
 * privileges (docker/compose.yml) can only insert and read.
 */
export function appendOnly(table: string): { up: string[]; down: string[] } {
  return {
    up: [
      `CREATE OR REPLACE FUNCTION refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN
         RAISE EXCEPTION '% is append-only: % refused', TG_TABLE_NAME, TG_OP
           USING ERRCODE = 'insufficient_privilege';
       END $$`,
      `CREATE TRIGGER ${table}_append_only BEFORE UPDATE OR DELETE ON ${table}
       FOR EACH ROW EXECUTE FUNCTION refuse_change()`,
      `CREATE TRIGGER ${table}_no_truncate BEFORE TRUNCATE ON ${table}
       FOR EACH STATEMENT EXECUTE FUNCTION refuse_change()`,
      `DO $$ DECLARE grantee text; BEGIN
         FOR grantee IN
           SELECT DISTINCT CASE WHEN a.grantee = 0 THEN 'PUBLIC' ELSE quote_ident(pg_get_userbyid(a.grantee)) END
           FROM pg_class c, aclexplode(coalesce(c.relacl, acldefault('r', c.relowner))) a
           WHERE c.oid = '${table}'::regclass AND a.privilege_type IN ('UPDATE', 'DELETE', 'TRUNCATE')
         LOOP
           EXECUTE format('REVOKE UPDATE, DELETE, TRUNCATE ON ${table} FROM %s', grantee);
         END LOOP;
       END $$`,
    ],
    down: [
      `DROP TRIGGER ${table}_no_truncate ON ${table}`,
      `DROP TRIGGER ${table}_append_only ON ${table}`,
      `GRANT UPDATE, DELETE, TRUNCATE ON ${table} TO CURRENT_USER`,
    ],
  };
}
