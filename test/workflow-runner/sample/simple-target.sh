#!/usr/bin/env bash
# A deploy target that needs no nginx: one instance of the sample service on a
# fixed port, replaced on each deploy (a direct deploy with a moment of downtime).
# Usage: simple-target.sh deploy|status, with SAMPLE_STATE_DIR holding `port`,
# releases/<version>.json, and the running instance's pid and version.
set -euo pipefail
state="${SAMPLE_STATE_DIR:?SAMPLE_STATE_DIR must name the state directory of the target}"
service="${SAMPLE_SERVICE:?SAMPLE_SERVICE must name examples/sample-service/server.mjs}"
port="$(cat "$state/port")"

stop_running() {
  [ -f "$state/pid" ] || return 0
  local pid; pid="$(cat "$state/pid")"
  kill -TERM "$pid" 2>/dev/null || true
  # In-flight requests get a second; a direct deploy accepts a moment of downtime anyway.
  for _ in $(seq 1 20); do kill -0 "$pid" 2>/dev/null || break; sleep 0.05; done
  kill -KILL "$pid" 2>/dev/null || true
  rm -f "$state/pid" "$state/listening"
}

deploy() {
  local release="$state/releases/$RELEASE_VERSION.json"
  [ -f "$release" ] || { echo "no release $RELEASE_VERSION in $state/releases" >&2; return 1; }
  stop_running
  RELEASE_FILE="$release" HOST=127.0.0.1 PORT="$port" PORT_FILE="$state/listening" \
    setsid node "$service" > "$state/log" 2>&1 < /dev/null &
  echo "$!" > "$state/pid"
  local attempt
  for attempt in $(seq 1 200); do
    if [ -s "$state/listening" ]; then
      printf '%s' "$RELEASE_VERSION" > "$state/version"
      echo "$RELEASE_VERSION listens on $port"
      return 0
    fi
    if ! kill -0 "$(cat "$state/pid")" 2> /dev/null; then
      echo "the service exited: $(tail -5 "$state/log")" >&2
      return 1
    fi
    sleep 0.05
  done
  echo "the service did not start listening on $port after $attempt tries" >&2
  return 1
}

status() {
  if [ -f "$state/version" ]; then printf 'version=%s\n' "$(cat "$state/version")"; fi
}

case "${1:-}" in
  deploy) deploy ;;
  status) status ;;
  stop) stop_running ;;
  *)
    echo "usage: simple-target.sh deploy|status|stop" >&2
    exit 2
    ;;
esac
