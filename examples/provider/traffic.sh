#!/usr/bin/env bash
# traffic-command: RELEASE_WEIGHT percent of traffic to the canary, the rest to the live slot.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
lock_state
case "$RELEASE_WEIGHT" in ''|*[!0-9]*) fail "RELEASE_WEIGHT must be 0 to 100, got '$RELEASE_WEIGHT'" ;; esac
[ "$RELEASE_WEIGHT" -le 100 ] || fail "RELEASE_WEIGHT must be 0 to 100, got $RELEASE_WEIGHT"
printf '%s' "$RELEASE_WEIGHT" >"$STATE/weight"
apply_routing
log "canary weight is now $RELEASE_WEIGHT%"
