#!/usr/bin/env bash
# Shared by the sample provider scripts: instances of the sample service on
# loopback ports, behind an nginx router whose config is rendered from the state
# directory and reloaded gracefully (no request is dropped by a switch).
#
# State (SAMPLE_STATE_DIR):
#   releases/<version>.json   what a version is (the "build": see sample-service/server.mjs)
#   instances/<id>/           one running instance: pid, port, version, log
#   slots/<name>              the instance id serving a slot (blue, green, canary) or a target
#   live                      the slot that takes traffic; mode: "slots" or "targets" (rolling)
#   weight                    percent of traffic sent to the canary slot
#   router/                   nginx.conf, nginx.pid, port, generation, error.log
set -euo pipefail

STATE="${SAMPLE_STATE_DIR:?SAMPLE_STATE_DIR must name the sample environment state directory}"
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
SERVICE="${SAMPLE_SERVICE:-$HERE/../sample-service/server.mjs}"
ROUTER="$STATE/router"
NGINX="${SAMPLE_NGINX:-$(command -v nginx || echo /usr/sbin/nginx)}"

log() { printf '[sample-provider] %s\n' "$*"; }
fail() { printf '[sample-provider] error: %s\n' "$*" >&2; exit 1; }

# One writer at a time: rolling batches deploy side by side.
lock_state() {
  exec 9>"$STATE/lock"
  flock 9
}

# GET 127.0.0.1:<port><path> over bash's /dev/tcp; prints the status line's code and the body.
http_get() {
  local port="$1" path="$2" response
  exec 3<>"/dev/tcp/127.0.0.1/$port" || return 1
  printf 'GET %s HTTP/1.0\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n' "$path" >&3
  response="$(timeout 2 cat <&3 || true)"
  exec 3<&- 3>&-
  local code="${response#HTTP/* }"
  printf '%s %s' "${code%% *}" "${response#*$'\r\n\r\n'}"
}

slot_instance() { [ -f "$STATE/slots/$1" ] && cat "$STATE/slots/$1" || true; }
instance_port() { cat "$STATE/instances/$1/port"; }

# Starts an instance of a version; prints its id once it listens.
start_instance() {
  local key="$1" version="$2" release="$STATE/releases/$2.json"
  [ -f "$release" ] || fail "no release $version in $STATE/releases (build it first)"
  local id; id="$key-$(date +%s%N)"
  local dir="$STATE/instances/$id"
  mkdir -p "$dir"
  printf '%s' "$version" >"$dir/version"
  SLOT="$key" RELEASE_FILE="$release" HOST=127.0.0.1 PORT=0 PORT_FILE="$dir/port" \
    setsid node "$SERVICE" >"$dir/log" 2>&1 </dev/null 9>&- &
  printf '%s' "$!" >"$dir/pid"
  # Up to 15 s: a node process can take seconds to start on a busy machine.
  for _ in $(seq 1 750); do
    [ -s "$dir/port" ] && { printf '%s' "$id"; return 0; }
    alive "$(cat "$dir/pid")" || fail "instance $id exited: $(tail -5 "$dir/log")"
    sleep 0.02
  done
  fail "instance $id did not start listening"
}

# Running, and not a zombie waiting for a parent that may never reap it (instances are detached).
alive() { [ -r "/proc/$1/status" ] && ! grep -q '^State:[[:space:]]*Z' "/proc/$1/status" 2>/dev/null; }

stop_instance() {
  local id="$1" dir="$STATE/instances/$1" pid
  [ -n "$id" ] && [ -f "$dir/pid" ] || return 0
  pid="$(cat "$dir/pid")"
  kill -TERM "$pid" 2>/dev/null || true
  for _ in $(seq 1 200); do alive "$pid" || break; sleep 0.02; done
  if alive "$pid"; then kill -KILL "$pid" 2>/dev/null || true; fi
  rm -rf "$dir"
}

# nginx.conf from the state: the live upstream (weighted with the canary), a preview route per slot.
render_config() {
  local port generation live weight mode upstream="" previews=""
  port="$(cat "$ROUTER/port")"
  generation=$(( $(cat "$ROUTER/generation" 2>/dev/null || echo 0) + 1 ))
  printf '%s' "$generation" >"$ROUTER/generation"
  live="$(cat "$STATE/live" 2>/dev/null || true)"
  weight="$(cat "$STATE/weight" 2>/dev/null || echo 0)"
  mode="$(cat "$STATE/mode" 2>/dev/null || echo slots)"
  local canary; canary="$(slot_instance canary)"
  if [ "$mode" = targets ]; then
    for file in "$STATE"/slots/*; do
      [ -e "$file" ] || continue
      [ "$(basename "$file")" = canary ] && continue
      upstream+="    server 127.0.0.1:$(instance_port "$(cat "$file")") max_fails=0;"$'\n'
    done
  else
    local stable; stable="$(slot_instance "$live")"
    # nginx has no weight 0: at 0 the canary is left out, at 100 the stable slot is.
    if [ -n "$stable" ] && { [ -z "$canary" ] || [ "$weight" -lt 100 ]; }; then
      upstream+="    server 127.0.0.1:$(instance_port "$stable") weight=$(( 100 - (${canary:+$weight}+0) )) max_fails=0;"$'\n'
    fi
    if [ -n "$canary" ] && [ "$weight" -gt 0 ]; then
      upstream+="    server 127.0.0.1:$(instance_port "$canary") weight=$weight max_fails=0;"$'\n'
    fi
  fi
  for file in "$STATE"/slots/*; do
    [ -e "$file" ] || continue
    local name; name="$(basename "$file")"
    previews+="  upstream slot_$name { server 127.0.0.1:$(instance_port "$(cat "$file")"); }"$'\n'
  done
  {
    printf 'worker_processes 1;\npid %s/nginx.pid;\nerror_log %s/error.log warn;\n' "$ROUTER" "$ROUTER"
    printf 'events { worker_connections 4096; }\nhttp {\n'
    printf '  access_log off;\n  keepalive_timeout 0;\n'
    for temp in client_body proxy fastcgi uwsgi scgi; do printf '  %s_temp_path %s/tmp/%s;\n' "$temp" "$ROUTER" "$temp"; done
    [ -n "$upstream" ] && printf '  upstream live {\n%s  }\n' "$upstream"
    printf '%s' "$previews"
    printf '  server {\n    listen 127.0.0.1:%s;\n' "$port"
    printf '    location = /__router { return 200 "generation %s\\n"; }\n' "$generation"
    for file in "$STATE"/slots/*; do
      [ -e "$file" ] || continue
      local name; name="$(basename "$file")"
      printf '    location /slots/%s/ { proxy_pass http://slot_%s/; }\n' "$name" "$name"
    done
    # A slot that does not exist is a 404, not the live version answering in its place.
    printf '    location /slots/ { return 404 "no such slot\\n"; }\n'
    if [ -n "$upstream" ]; then
      printf '    location / { proxy_pass http://live; }\n'
    else
      printf '    location / { return 503 "nothing is live\\n"; }\n'
    fi
    printf '  }\n}\n'
  } >"$ROUTER/nginx.conf.next"
  mv "$ROUTER/nginx.conf.next" "$ROUTER/nginx.conf"
}

workers_of() { grep -l "^PPid:[[:space:]]*$1\$" /proc/[0-9]*/status 2>/dev/null | sed 's#/proc/\([0-9]*\)/status#\1#' || true; }

# Graceful reload: returns once the new config serves and the old workers have finished their requests.
reload_router() {
  "$NGINX" -t -q -p "$ROUTER" -c "$ROUTER/nginx.conf" -e "$ROUTER/error.log" || fail "nginx rejected the new config"
  local master generation port old
  master="$(cat "$ROUTER/nginx.pid")"
  generation="$(cat "$ROUTER/generation")"
  port="$(cat "$ROUTER/port")"
  old="$(workers_of "$master")"
  "$NGINX" -p "$ROUTER" -c "$ROUTER/nginx.conf" -e "$ROUTER/error.log" -s reload
  for _ in $(seq 1 200); do
    [ "$(http_get "$port" /__router 2>/dev/null || true)" = "200 generation $generation" ] && break
    sleep 0.02
  done
  for pid in $old; do
    for _ in $(seq 1 500); do alive "$pid" || break; sleep 0.02; done
  done
}

apply_routing() {
  render_config
  reload_router
}
