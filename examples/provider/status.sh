#!/usr/bin/env bash
# status-command: what is live, as version= and slot= lines.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
live="$(cat "$STATE/live" 2>/dev/null || true)"
instance="$(slot_instance "$live")"
[ -n "$instance" ] || exit 0
printf 'version=%s\nslot=%s\n' "$(cat "$STATE/instances/$instance/version")" "$live"
