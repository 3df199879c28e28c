# shellcheck shell=bash
# PostgreSQL for the local stack: the server on 127.0.0.1:5432 when it answers, else a throwaway
# cluster owned by this script under $STACK_DIR/pg. Source after common.sh with STACK_DIR set.

PG_HOST=127.0.0.1
PG_SYSTEM_PORT=${ROSTERBRIDGE_PG_SYSTEM_PORT:-5432}
PG_PRIVATE_PORT=${ROSTERBRIDGE_PG_PRIVATE_PORT:-5433}
PG_DIR="$STACK_DIR/pg"
PG_DATA="$PG_DIR/data"
PG_LOG="$PG_DIR/postgres.log"
# One role per service, named like its database and owning it. (The first call checks the prefix.)
service_database fetcher >/dev/null
ROSTERBRIDGE_DATABASES=("$(service_database fetcher)" "$(service_database matcher)" "$(service_database writer)" "$(service_database sso)")

# Pid of the private cluster's postmaster when it runs (from its postmaster.pid), or nothing.
pg_private_pid() {
  local pid
  pid=$(read_pid_file "$PG_DATA/postmaster.pid")
  if pid_is "$pid" "$PG_DATA"; then printf '%s' "$pid"; fi
}

# The port the private cluster listens on (line 4 of postmaster.pid).
pg_private_port() {
  sed -n 4p "$PG_DATA/postmaster.pid" 2>/dev/null
}

# True when a server answers on the port and lets the superuser postgres in without a password.
pg_usable() {
  local port=$1
  command -v pg_isready >/dev/null 2>&1 && ! pg_isready -q -h "$PG_HOST" -p "$port" -t 3 && return 1
  PGCONNECT_TIMEOUT=5 psql -X -w -q -h "$PG_HOST" -p "$port" -U postgres -d postgres -tAc 'SELECT 1' \
    >/dev/null 2>&1 </dev/null
}

# Sets PG_MODE (private|system) and PG_PORT for the server in use; fails when none runs.
pg_current() {
  if [[ -n "$(pg_private_pid)" ]]; then
    PG_MODE=private PG_PORT=$(pg_private_port)
  elif pg_usable "$PG_SYSTEM_PORT"; then
    PG_MODE=system PG_PORT=$PG_SYSTEM_PORT
  else
    return 1
  fi
}

# The folder with initdb/pg_ctl: $ROSTERBRIDGE_PG_BIN, else the newest /usr/lib/postgresql/*/bin, else PATH.
pg_find_bin() {
  local dir
  for dir in "${ROSTERBRIDGE_PG_BIN:-}" $(printf '%s\n' /usr/lib/postgresql/*/bin | sort -V -r); do
    [[ -n "$dir" && -x "$dir/initdb" && -x "$dir/pg_ctl" ]] && PG_BIN=$dir && return 0
  done
  command -v initdb >/dev/null 2>&1 && PG_BIN=$(dirname "$(command -v initdb)") && return 0
  die "no PostgreSQL answers on $PG_HOST:$PG_SYSTEM_PORT and initdb was not found to start one (install postgresql or set ROSTERBRIDGE_PG_BIN)"
}

# Runs a command as the postgres user when we are root (initdb and postgres refuse to run as root).
as_postgres() {
  if ((EUID == 0)); then
    (cd / && runuser -u postgres -- "$@")
  else
    "$@"
  fi
}

# Creates the private cluster once: trust auth, TCP on 127.0.0.1 only, durability off (throwaway data).
pg_private_init() {
  [[ -s "$PG_DATA/PG_VERSION" ]] && return 0
  mkdir -p "$PG_DIR"
  if ((EUID == 0)); then
    id postgres >/dev/null 2>&1 || die "cannot start a private PostgreSQL as root: there is no user 'postgres'"
    chmod 755 "$STACK_DIR"
    chown postgres: "$PG_DIR"
    as_postgres test -w "$PG_DIR" ||
      die "user postgres cannot write $PG_DIR (a parent folder is not searchable); start PostgreSQL on $PG_HOST:$PG_SYSTEM_PORT instead"
  fi
  say "creating a private PostgreSQL cluster in $PG_DATA"
  as_postgres "$PG_BIN/initdb" -D "$PG_DATA" -A trust -U postgres -E UTF8 --no-locale --no-sync \
    >"$PG_DIR/initdb.log" 2>&1 || die "initdb failed; see $PG_DIR/initdb.log"
  as_postgres tee -a "$PG_DATA/postgresql.conf" >/dev/null <<'EOF'

# Added by scripts/stack: a throwaway cluster for development and tests.
listen_addresses = '127.0.0.1'
unix_socket_directories = ''
fsync = off
synchronous_commit = off
full_page_writes = off
max_connections = 200
EOF
}

pg_private_start() {
  require_port_number "$PG_PRIVATE_PORT" ROSTERBRIDGE_PG_PRIVATE_PORT
  if port_in_use "$PG_PRIVATE_PORT"; then
    die "port $PG_PRIVATE_PORT is already in use by another process ($(port_owner "$PG_PRIVATE_PORT")); stop it or set ROSTERBRIDGE_PG_PRIVATE_PORT"
  fi
  pg_find_bin
  pg_private_init
  say "starting the private PostgreSQL on $PG_HOST:$PG_PRIVATE_PORT"
  as_postgres "$PG_BIN/pg_ctl" -D "$PG_DATA" -l "$PG_LOG" -o "-p $PG_PRIVATE_PORT" -w -t 30 start \
    >"$PG_DIR/pg_ctl.log" 2>&1 </dev/null 9>&- ||
    die "the private PostgreSQL did not start on $PG_HOST:$PG_PRIVATE_PORT; see $PG_LOG"
  pg_current || die "the private PostgreSQL started but does not answer on $PG_HOST:$PG_PRIVATE_PORT; see $PG_LOG"
}

# Uses the server that runs, or starts the private one. Sets PG_MODE and PG_PORT.
pg_start() {
  if pg_current; then
    return 0
  fi
  if command -v pg_isready >/dev/null 2>&1 && pg_isready -q -h "$PG_HOST" -p "$PG_SYSTEM_PORT" -t 3; then
    say "PostgreSQL on $PG_HOST:$PG_SYSTEM_PORT does not let user postgres in without a password; using a private one"
  fi
  command -v psql >/dev/null 2>&1 || die "psql not found: install the PostgreSQL client"
  pg_private_start
  # shellcheck disable=SC2034 # read by scripts/stack to roll back a failed `up`
  PG_STARTED_NOW=1
}

# Prints the service databases that are missing or lack their role.
pg_missing_databases() {
  local names
  names="{$(IFS=,; echo "${ROSTERBRIDGE_DATABASES[*]}")}"
  psql -X -w -q -h "$PG_HOST" -p "$PG_PORT" -U postgres -d postgres -tA -v names="$names" <<'EOF'
SELECT n FROM unnest(:'names'::text[]) AS n
 WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = n)
    OR NOT EXISTS (SELECT 1 FROM pg_database WHERE datname = n)
 ORDER BY n;
EOF
}

# Drops the service databases (closing their connections), for ROSTERBRIDGE_PG_FRESH=1. Refused for
# the default prefix, whose databases hold a developer's or the demo's roster.
pg_drop_databases() {
  local names
  [[ "${ROSTERBRIDGE_DB_PREFIX:-rosterbridge}" != rosterbridge ]] ||
    die "ROSTERBRIDGE_PG_FRESH=1 drops the service databases; it needs a ROSTERBRIDGE_DB_PREFIX other than rosterbridge"
  names="{$(IFS=,; echo "${ROSTERBRIDGE_DATABASES[*]}")}"
  psql -X -w -q -h "$PG_HOST" -p "$PG_PORT" -U postgres -d postgres -v ON_ERROR_STOP=1 -v names="$names" \
    >"$STACK_DIR/databases.log" 2>&1 <<'EOF' || die "dropping the service databases failed; see $STACK_DIR/databases.log"
SELECT format('DROP DATABASE %I WITH (FORCE)', d.datname) FROM pg_database d
 WHERE d.datname = ANY (:'names'::text[]) \gexec
EOF
  say "dropped the databases ${ROSTERBRIDGE_DATABASES[*]}, to start them empty"
}

# Creates each service's role (LOGIN) and database (owned by that role) unless they exist. Idempotent.
# With ROSTERBRIDGE_PG_FRESH=1 the databases are dropped first, so they start empty.
pg_ensure_databases() {
  local missing names
  if [[ "${ROSTERBRIDGE_PG_FRESH:-}" == 1 ]]; then pg_drop_databases; fi
  missing=$(pg_missing_databases | tr '\n' ' ') ||
    die "cannot query PostgreSQL on $PG_HOST:$PG_PORT as user postgres"
  names="{$(IFS=,; echo "${ROSTERBRIDGE_DATABASES[*]}")}"
  psql -X -w -q -h "$PG_HOST" -p "$PG_PORT" -U postgres -d postgres -v ON_ERROR_STOP=1 -v names="$names" \
    >"$STACK_DIR/databases.log" 2>&1 <<'EOF' || die "creating the service databases failed; see $STACK_DIR/databases.log"
SELECT format('CREATE ROLE %I LOGIN', n) FROM unnest(:'names'::text[]) AS n
 WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = n) \gexec
SELECT format('ALTER ROLE %I LOGIN', r.rolname) FROM pg_roles r
 WHERE r.rolname = ANY (:'names'::text[]) AND NOT r.rolcanlogin \gexec
SELECT format('CREATE DATABASE %I OWNER %I', n, n) FROM unnest(:'names'::text[]) AS n
 WHERE NOT EXISTS (SELECT 1 FROM pg_database WHERE datname = n) \gexec
SELECT format('ALTER DATABASE %I OWNER TO %I', d.datname, d.datname) FROM pg_database d
 WHERE d.datname = ANY (:'names'::text[]) AND pg_get_userbyid(d.datdba) <> d.datname \gexec
EOF
  missing=${missing% }
  if [[ -n "$missing" ]]; then say "created role and database: ${missing// /, }"; fi
}

pg_stop() {
  local pid
  pid=$(pg_private_pid)
  if [[ -n "$pid" ]]; then
    say "stopping the private PostgreSQL (pid $pid)"
    # SIGINT is PostgreSQL's "fast" shutdown; SIGTERM ("smart") would wait for every client to leave.
    stop_pid "$pid" INT 30
  elif pg_usable "$PG_SYSTEM_PORT"; then
    say "PostgreSQL on $PG_HOST:$PG_SYSTEM_PORT is not managed by this script; left running"
  else
    say "PostgreSQL is not running"
  fi
}

pg_status() {
  if ! pg_current; then
    printf 'PostgreSQL  stopped\n'
    return 1
  fi
  if [[ "$PG_MODE" == private ]]; then
    printf 'PostgreSQL  running  pid %s  %s:%s (private cluster %s)  log %s\n' \
      "$(pg_private_pid)" "$PG_HOST" "$PG_PORT" "$PG_DATA" "$PG_LOG"
  else
    printf 'PostgreSQL  running  %s:%s (server not managed by this script)\n' "$PG_HOST" "$PG_PORT"
  fi
  local missing
  missing=$(pg_missing_databases | tr '\n' ' ' || true)
  if [[ -z "$missing" ]]; then
    printf 'Databases   %s\n' "${ROSTERBRIDGE_DATABASES[*]}"
  else
    printf 'Databases   missing: %s(run scripts/stack up)\n' "$missing"
  fi
}
