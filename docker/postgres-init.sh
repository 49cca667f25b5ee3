#!/bin/sh
# Runs once, when the PostgreSQL volume is created. The application's role `bvte_app` gets read
# and write rights on whatever the owner `bvte` creates (through default privileges); the
# migration that makes a table append-only then revokes UPDATE, DELETE and TRUNCATE on it.
set -eu
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" \
  -v app_password="$APP_DB_PASSWORD" <<'SQL'
CREATE ROLE bvte_app LOGIN PASSWORD :'app_password';
GRANT CONNECT ON DATABASE bvte TO bvte_app;
GRANT USAGE ON SCHEMA public TO bvte_app;
ALTER DEFAULT PRIVILEGES FOR ROLE bvte IN SCHEMA public
  GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO bvte_app;
ALTER DEFAULT PRIVILEGES FOR ROLE bvte IN SCHEMA public
  GRANT USAGE, SELECT ON SEQUENCES TO bvte_app;
SQL
