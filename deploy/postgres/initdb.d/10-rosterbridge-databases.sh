#!/usr/bin/env bash
# First start of the compose PostgreSQL (empty data volume): one login role per service, named like
# its database and owning it. The official image runs this from /docker-entrypoint-initdb.d while the
# server listens on its local socket only. The password comes from ROSTERBRIDGE_DB_PASSWORD.
set -euo pipefail

: "${ROSTERBRIDGE_DB_PASSWORD:?ROSTERBRIDGE_DB_PASSWORD must be set}"

for name in rosterbridge_fetcher rosterbridge_matcher rosterbridge_writer rosterbridge_sso; do
  psql -X -v ON_ERROR_STOP=1 --username "${POSTGRES_USER:-postgres}" --dbname postgres \
    -v name="$name" -v password="$ROSTERBRIDGE_DB_PASSWORD" <<'SQL'
SELECT format('CREATE ROLE %I LOGIN PASSWORD %L', :'name', :'password')
 WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = :'name') \gexec
SELECT format('CREATE DATABASE %I OWNER %I', :'name', :'name')
 WHERE NOT EXISTS (SELECT 1 FROM pg_database WHERE datname = :'name') \gexec
SQL
done
