#!/usr/bin/env bash
# Shared by migrate.sh and migrate-rollback.sh: the sample service's schema in
# PostgreSQL, versioned by the numbered files in examples/migrations
# (<n>_<name>.up.sql and <n>_<name>.down.sql) and the schema_migrations table.
# Each migration runs in one transaction with its bookkeeping row, so a
# migration is either applied and recorded or neither.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

DATABASE_URL="${SAMPLE_DATABASE_URL:?SAMPLE_DATABASE_URL must name the sample database}"
PSQL="${SAMPLE_PSQL:-psql}"
MIGRATIONS="${SAMPLE_MIGRATIONS:-$HERE/../migrations}"

sql() { "$PSQL" "$DATABASE_URL" -X -q -v ON_ERROR_STOP=1 "$@"; }

ensure_bookkeeping() {
  sql -c 'CREATE TABLE IF NOT EXISTS schema_migrations (version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())'
}

schema_version() { sql -At -c 'SELECT coalesce(max(version), 0) FROM schema_migrations'; }

# The schema a version's code needs, from its release file ("schema": n).
release_schema() {
  local release="$STATE/releases/$1.json"
  [ -f "$release" ] || fail "no release $1 in $STATE/releases (build it first)"
  node -e 'const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8")); console.log(r.schema ?? 0)' "$release"
}

# migration files of one direction, as "<n> <name> <path>" lines in ascending order.
migration_files() {
  local direction="$1" file base
  for file in "$MIGRATIONS"/*."$direction".sql; do
    [ -e "$file" ] || continue
    base="$(basename "$file" ".$direction.sql")"
    printf '%d %s %s\n' "$((10#${base%%_*}))" "$base" "$file"
  done | sort -n
}

# One line per command run, so a test can see that nothing ran twice.
note_run() { printf '%s %s %s\n' "$(date -u +%FT%TZ)" "$1" "${RELEASE_VERSION:-}" >>"$STATE/migrations.log"; }
