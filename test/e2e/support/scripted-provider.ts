/**
 * A provider for process-level tests: real bash commands that record every call
 * (operation, RELEASE_* values) and keep the deployed versions in files, and a
 * real HTTP server on 127.0.0.1 that answers health checks from those files.
 * Failures are injected through files: a command that fails N times, a version
 * that answers 500, a crash of the action process right after a command.
 */
import { createServer, type Server } from 'node:http';
import { chmod, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const SCRIPT = String.raw`#!/usr/bin/env bash
set -euo pipefail
STATE="$(cd "$(dirname "$0")" && pwd)"
op="$1"
printf '%s|%s|%s|%s|%s|%s|%s|%s|%s|%s\n' "$op" "$RELEASE_OPERATION" "$RELEASE_VERSION" "$RELEASE_SLOT" \
  "$RELEASE_WEIGHT" "$RELEASE_TARGET" "$RELEASE_ROLLBACK" "$RELEASE_PREVIOUS_VERSION" "$RELEASE_DEPLOYMENT_ID" \
  "$RELEASE_STRATEGY" >>"$STATE/calls.log"
env | grep -E '^(RELEASE_|INPUT_|PROVIDER_)' | sort >"$STATE/env-$op.txt" || true
if [ -s "$STATE/fail-$op" ]; then
  left="$(cat "$STATE/fail-$op")"
  if [ "$left" -gt 0 ]; then
    echo $((left - 1)) >"$STATE/fail-$op"
    echo "$op failed on purpose" >&2
    exit 3
  fi
fi
case "$op" in
  deploy)
    if [ -n "$RELEASE_TARGET" ]; then echo "$RELEASE_VERSION" >"$STATE/targets/$RELEASE_TARGET"
    else echo "$RELEASE_VERSION" >"$STATE/slots/$RELEASE_SLOT"; fi
    if [ "$RELEASE_STRATEGY" = direct ] || { [ "$RELEASE_OPERATION" = promote ] && [ ! -s "$STATE/live" ]; }; then
      echo "$RELEASE_SLOT" >"$STATE/live"
    fi ;;
  switch) echo "$RELEASE_SLOT" >"$STATE/live" ;;
  traffic) echo "$RELEASE_WEIGHT" >"$STATE/weight" ;;
  remove) rm -f "$STATE/slots/canary" ;;
  status)
    live="$(cat "$STATE/live" 2>/dev/null || true)"
    [ -n "$live" ] && printf 'version=%s\nslot=%s\n' "$(cat "$STATE/slots/$live")" "$live" ;;
esac
echo "$op done: version=$RELEASE_VERSION slot=$RELEASE_SLOT target=$RELEASE_TARGET weight=$RELEASE_WEIGHT"
if [ -f "$STATE/crash-after-$op" ] && { [ ! -s "$STATE/crash-after-$op" ] || [ "$(cat "$STATE/crash-after-$op")" = "$RELEASE_OPERATION" ]; }; then
  rm -f "$STATE/crash-after-$op"
  # Kill the action process itself, as a runner dying mid-step would.
  pid=$$
  while [ "$pid" -gt 1 ]; do
    pid="$(awk '/^PPid:/ {print $2}' "/proc/$pid/status")"
    # By its executable: Node 24 names its main thread "MainThread", so /proc/<pid>/comm no longer says node.
    if [ "$(basename "$(readlink "/proc/$pid/exe")")" = node ]; then kill -9 "$pid"; exit 0; fi
  done
fi
`;

export interface ProviderCall {
  command: string;
  operation: string;
  version: string;
  slot: string;
  weight: string;
  target: string;
  rollback: boolean;
  previousVersion: string;
  deploymentId: string;
  strategy: string;
}

export interface ScriptedProvider {
  dir: string;
  url: string;
  commands: { deploy: string; switch: string; traffic: string; remove: string; status: string };
  /** Inputs for deploy-env and rollback: commands, URLs with placeholders, the version check. */
  inputs(strategy: 'direct' | 'rolling' | 'blue-green' | 'canary'): Record<string, string>;
  calls(): Promise<ProviderCall[]>;
  /** RELEASE_* (and any INPUT_*) variables the last `command` call saw. */
  envOf(command: string): Promise<Record<string, string>>;
  /** Health checks of this version (or slot or target name, or `name@version`) answer 500 from now on. */
  breakVersion(versionOrUnit: string): Promise<void>;
  failNext(command: string, times: number): Promise<void>;
  /** The next `command` call (only with RELEASE_OPERATION = `operation`, if given) kills the action process after it ran. */
  crashAfter(command: string, operation?: string): Promise<void>;
  versionAt(slotOrTarget: string, kind?: 'slots' | 'targets'): Promise<string | undefined>;
  liveSlot(): Promise<string | undefined>;
  stop(): Promise<void>;
}

export async function startScriptedProvider(): Promise<ScriptedProvider> {
  const dir = await mkdtemp(join(tmpdir(), 'scripted-provider-'));
  await mkdir(join(dir, 'slots'));
  await mkdir(join(dir, 'targets'));
  await writeFile(join(dir, 'provider.sh'), SCRIPT);
  await chmod(join(dir, 'provider.sh'), 0o755);
  const read = async (path: string) =>
    (await readFile(join(dir, path), 'utf8').catch(() => '')).trim() || undefined;
  const broken = async () => ((await read('broken')) ?? '').split('\n').filter(Boolean);

  const server: Server = createServer((request, response) => {
    void (async () => {
      const path = new URL(request.url ?? '/', 'http://localhost').pathname;
      const unit = /^\/(slots|targets)\/([^/]+)\//.exec(path);
      const version = unit
        ? await read(`${unit[1]}/${unit[2]}`)
        : await read(`slots/${(await read('live')) ?? ''}`);
      const brokenNow = await broken();
      const names = unit ? [version, unit[2], `${unit[2]}@${version}`] : [version];
      const ok = version !== undefined && !names.some((name) => brokenNow.includes(name!));
      response.writeHead(ok ? 200 : version ? 500 : 404, {
        'content-type': 'application/json',
        connection: 'close',
      });
      response.end(
        JSON.stringify(ok ? { status: 'ok', version } : { error: version ? 'broken' : 'nothing deployed' }),
      );
    })();
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', () => done()));
  const url = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  const command = (name: string) => `bash ${join(dir, 'provider.sh')} ${name}`;

  const provider: ScriptedProvider = {
    dir,
    url,
    commands: {
      deploy: command('deploy'),
      switch: command('switch'),
      traffic: command('traffic'),
      remove: command('remove'),
      status: command('status'),
    },
    inputs(strategy) {
      return {
        strategy,
        'environment-url': `${url}/`,
        'deploy-command': provider.commands.deploy,
        'switch-command': provider.commands.switch,
        'traffic-command': provider.commands.traffic,
        'remove-command': provider.commands.remove,
        'verify-url':
          strategy === 'rolling' ? `${url}/targets/{target}/health` : `${url}/slots/{slot}/health`,
        'version-path': '$.version',
        'verify-timeout': '2s',
        'retry-delay': '50ms',
        'analysis-duration': '1s',
        'analysis-rate': '20',
        'min-samples': '5',
      };
    },
    async calls() {
      const text = (await read('calls.log')) ?? '';
      return text
        .split('\n')
        .filter(Boolean)
        .map((line) => {
          const [
            cmd,
            operation,
            version,
            slot,
            weight,
            target,
            rollback,
            previousVersion,
            deploymentId,
            strategy,
          ] = line.split('|');
          return {
            command: cmd!,
            operation: operation!,
            version: version!,
            slot: slot!,
            weight: weight!,
            target: target!,
            rollback: rollback === 'true',
            previousVersion: previousVersion!,
            deploymentId: deploymentId!,
            strategy: strategy!,
          };
        });
    },
    async envOf(name) {
      const text = (await read(`env-${name}.txt`)) ?? '';
      return Object.fromEntries(
        text
          .split('\n')
          .filter(Boolean)
          .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]),
      );
    },
    async breakVersion(version) {
      await writeFile(join(dir, 'broken'), [...(await broken()), version].join('\n') + '\n');
    },
    async failNext(name, times) {
      await writeFile(join(dir, `fail-${name}`), String(times));
    },
    async crashAfter(name, operation) {
      await writeFile(join(dir, `crash-after-${name}`), operation ?? '');
    },
    versionAt: (name, kind = 'slots') => read(`${kind}/${name}`),
    liveSlot: () => read('live'),
    async stop() {
      server.closeAllConnections();
      await new Promise<void>((done) => server.close(() => done()));
      await rm(dir, { recursive: true, force: true });
    },
  };
  return provider;
}
