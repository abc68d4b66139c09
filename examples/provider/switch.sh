#!/usr/bin/env bash
# switch-command: all traffic to RELEASE_SLOT. The other slot keeps running.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
lock_state
[ -n "$(slot_instance "$RELEASE_SLOT")" ] || fail "slot $RELEASE_SLOT has no instance"
printf '%s' "$RELEASE_SLOT" >"$STATE/live"
printf slots >"$STATE/mode"
apply_routing
log "traffic now goes to slot $RELEASE_SLOT"
