#!/usr/bin/env bash
# migrate-command: brings the schema up to what RELEASE_VERSION needs, applying
# each missing migration in its own transaction. Prints migration=, from= and
# to= for deploy-env to record. Running it again applies nothing.
source "$(dirname "${BASH_SOURCE[0]}")/db.sh"
lock_state
note_run migrate
ensure_bookkeeping
target="$(release_schema "$RELEASE_VERSION")"
from="$(schema_version)"
last=""
while read -r number name file; do
  [ "$number" -gt "$from" ] && [ "$number" -le "$target" ] || continue
  log "applying $name"
  sql --single-transaction -f "$file" \
    -c "INSERT INTO schema_migrations (version, name) VALUES ($number, '$name')"
  last="$name"
done < <(migration_files up)
echo "from=$from"
echo "to=$(schema_version)"
[ -n "$last" ] && echo "migration=$last"
log "schema is at $(schema_version) for $RELEASE_VERSION"
