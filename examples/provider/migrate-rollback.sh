#!/usr/bin/env bash
# migrate-rollback-command: takes the schema back to RELEASE_SCHEMA_BEFORE by
# running the down migrations of everything applied after it, newest first,
# each in its own transaction. Running it again undoes nothing more.
source "$(dirname "${BASH_SOURCE[0]}")/db.sh"
lock_state
note_run migrate-rollback
case "${RELEASE_SCHEMA_BEFORE:-}" in ''|*[!0-9]*) fail "RELEASE_SCHEMA_BEFORE must be a schema version, got '${RELEASE_SCHEMA_BEFORE:-}'" ;; esac
ensure_bookkeeping
from="$(schema_version)"
while read -r number name file; do
  [ "$number" -gt "$RELEASE_SCHEMA_BEFORE" ] && [ "$number" -le "$from" ] || continue
  log "undoing $name"
  sql --single-transaction -f "$file" -c "DELETE FROM schema_migrations WHERE version = $number"
done < <(migration_files down | sort -rn)
echo "from=$from"
echo "to=$(schema_version)"
echo "migration=${RELEASE_MIGRATION:-}"
log "schema is back at $(schema_version)"
