#!/usr/bin/env bash
# deploy-command: starts RELEASE_VERSION on RELEASE_SLOT (or RELEASE_TARGET), routes
# the router to the new instance, then stops the instance it replaced. Safe to
# run again: the same version is simply started afresh.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
key="${RELEASE_TARGET:-${RELEASE_SLOT:-blue}}"
lock_state
log "starting $RELEASE_VERSION on ${RELEASE_TARGET:+target }$key (${RELEASE_OPERATION:-deploy}, ${RELEASE_STRATEGY:-direct})"
old="$(slot_instance "$key")"
new="$(start_instance "$key" "$RELEASE_VERSION")"
mkdir -p "$STATE/slots"
printf '%s' "$new" >"$STATE/slots/$key"
# Direct and rolling deploys go live where they land; blue-green and canary wait for a switch or a weight.
# A promotion lands on the stable slot, which becomes the live one if nothing was live yet.
[ "${RELEASE_OPERATION:-}" = promote ] && [ ! -s "$STATE/live" ] && printf '%s' "$key" >"$STATE/live"
case "${RELEASE_STRATEGY:-direct}" in
  direct) printf '%s' "$key" >"$STATE/live"; printf slots >"$STATE/mode" ;;
  rolling) [ -n "${RELEASE_TARGET:-}" ] && printf targets >"$STATE/mode" || printf '%s' "$key" >"$STATE/live" ;;
esac
apply_routing
stop_instance "$old"
log "$RELEASE_VERSION runs on $key (port $(instance_port "$new"))"
