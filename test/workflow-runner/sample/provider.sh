#!/usr/bin/env bash
# The sample project's provider command: installs the build's release file for
# the environment being deployed, then runs the target's own script for the
# operation (deploy, switch, traffic, remove, status). The runner machine says
# where each environment lives: SAMPLE_STATE_DIR_<ENVIRONMENT> and SAMPLE_TARGET_<ENVIRONMENT>
# (nginx: the examples/provider scripts; simple: a single instance without a router).
# With SAMPLE_DATABASE_URL_<ENVIRONMENT>, the service reads its database and the
# migrate and migrate-rollback operations run examples/provider's migrate scripts
# on the migrations of this checkout (db/migrations), whatever the target.
set -euo pipefail
operation="$1"
started="$(date +%s%N)"
name="$(printf '%s' "${RELEASE_ENVIRONMENT:?}" | tr '[:lower:]-' '[:upper:]_')"
state_var="SAMPLE_STATE_DIR_$name"
target_var="SAMPLE_TARGET_$name"
export SAMPLE_STATE_DIR="${!state_var:?no state directory for $RELEASE_ENVIRONMENT}"
target="${!target_var:-nginx}"
database_var="SAMPLE_DATABASE_URL_$name"
if [ -n "${!database_var:-}" ]; then
  export SAMPLE_DATABASE_URL="${!database_var}"
  export SAMPLE_MIGRATIONS="$PWD/db/migrations"
fi

record() {
  [ -n "${SAMPLE_TIMINGS:-}" ] && echo "$operation $(( ($(date +%s%N) - started) / 1000000 ))" >> "$SAMPLE_TIMINGS"
  return 0
}
trap record EXIT

# migrate reads the schema the version needs from its release file, before the deploy installs it.
if [ "$operation" = deploy ] || [ "$operation" = migrate ]; then
  # The release file comes from the archive deploy-env hands over; a redeploy of an
  # earlier version (a rollback) finds it where its first deploy put it.
  archive="$(printf '%s\n' "${RELEASE_ARTIFACTS:-}" | grep -E '\.tar\.gz$' | head -n 1 || true)"
  mkdir -p "$SAMPLE_STATE_DIR/releases"
  if [ -n "$archive" ] && [ -f "$archive" ]; then
    unpacked="$(mktemp -d)"
    tar -xzf "$archive" -C "$unpacked"
    cp "$(find "$unpacked" -name release.json | head -n 1)" "$SAMPLE_STATE_DIR/releases/$RELEASE_VERSION.json"
    rm -rf "$unpacked"
  fi
fi

if [ "$operation" = migrate ] || [ "$operation" = migrate-rollback ]; then
  bash "$SAMPLE_PROVIDER/$operation.sh"
elif [ "$target" = simple ]; then
  bash "$SAMPLE_SIMPLE_TARGET" "$operation"
else
  bash "$SAMPLE_PROVIDER/$operation.sh"
fi
