#!/usr/bin/env bash
# remove-command: stops the canary (traffic has already left it).
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
lock_state
old="$(slot_instance canary)"
rm -f "$STATE/slots/canary"
printf 0 >"$STATE/weight"
apply_routing
stop_instance "$old"
log "canary removed"
