/**
 * The sample environment of examples/: an nginx router run as our own process
 * with its config in a temp dir, and the provider scripts that start instances
 * of the sample service behind it. The deploy-strategies e2e test, the local
 * workflow runner and the demo all use it:
 *
 *   const env = await startSampleEnvironment();
 *   await env.release('1.0.0');                       // "build" a version
 *   await runAction('deploy-env', { inputs: { ...env.inputs('blue-green'), version: '1.0.0' }, env: env.env });
 *   await env.liveVersion();                          // '1.0.0'
 *   await env.stop();
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { httpGet } from './traffic.js';

export const EXAMPLES = resolve(
  import.meta.dirname ?? new URL('.', import.meta.url).pathname,
  '../../../examples',
);
export const PROVIDER = join(EXAMPLES, 'provider');
export const SAMPLE_SERVICE = join(EXAMPLES, 'sample-service', 'server.mjs');

/** The nginx binary, or an error that says how to get it (the e2e test must fail, not skip, without it). */
export function findNginx(): string {
  const candidates = [
    process.env['SAMPLE_NGINX'],
    '/usr/sbin/nginx',
    '/usr/local/sbin/nginx',
    '/usr/bin/nginx',
  ];
  const onPath = spawnSync('sh', ['-c', 'command -v nginx'], { encoding: 'utf8' }).stdout.trim();
  for (const candidate of [onPath, ...candidates]) if (candidate && existsSync(candidate)) return candidate;
  throw new Error(
    'nginx is not installed: the sample environment needs it (Debian: apt-get install nginx-light; .ci/run installs it)',
  );
}

export async function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => done(port));
    });
  });
}

export type Broken = 'down' | 'errors' | 'version';

/** How a released version behaves (see examples/sample-service/server.mjs). */
export interface ReleaseBehaviour {
  broken?: Broken;
  errorRate?: number;
  /** Failures at random rather than evenly spread. */
  random?: boolean;
  /** Delay of every answer but /health. */
  latencyMs?: number;
  /** Fail only requests to this path. */
  failingPath?: string;
  /** With a database: the schema version the code needs (what migrate.sh migrates to). */
  schema?: number;
  /** With a database: the customers columns the code reads (default id, name). */
  columns?: string[];
}

export interface SampleEnvironment {
  /** State directory of the provider scripts (SAMPLE_STATE_DIR). */
  stateDir: string;
  routerPort: number;
  /** The public URL: what users of the environment hit. */
  routerUrl: string;
  /** Environment variables the provider commands need (pass them to the action process). */
  env: Record<string, string>;
  commands: { deploy: string; switch: string; traffic: string; remove: string; status: string };
  /** deploy-env / rollback inputs for this environment (commands, URLs, version check). */
  inputs(strategy?: 'direct' | 'blue-green' | 'canary' | 'rolling'): Record<string, string>;
  /** Writes the release file of a version (what a build would produce); `broken` makes it misbehave. */
  release(version: string, options?: ReleaseBehaviour): Promise<void>;
  /** The version the router serves right now, or undefined when nothing answers. */
  liveVersion(): Promise<string | undefined>;
  /** Instances running now, by slot (or target) name. */
  slots(): Promise<Record<string, { version: string; port: number }>>;
  stop(): Promise<void>;
}

function bash(script: string): string {
  return `bash ${join(PROVIDER, script)}`;
}

export async function startSampleEnvironment(
  options: { stateDir?: string; port?: number } = {},
): Promise<SampleEnvironment> {
  const nginx = findNginx();
  const stateDir = options.stateDir ?? (await mkdtemp(join(tmpdir(), 'sample-env-')));
  const router = join(stateDir, 'router');
  await mkdir(join(router, 'tmp'), { recursive: true });
  await mkdir(join(stateDir, 'releases'), { recursive: true });
  await mkdir(join(stateDir, 'slots'), { recursive: true });
  await mkdir(join(stateDir, 'instances'), { recursive: true });
  const routerPort = options.port ?? (await freePort());
  await writeFile(join(router, 'port'), String(routerPort));
  const env = { SAMPLE_STATE_DIR: stateDir, SAMPLE_NGINX: nginx };
  const rendered = spawnSync('bash', ['-c', `source ${join(PROVIDER, 'lib.sh')} && render_config`], {
    env: { ...process.env, ...env },
    encoding: 'utf8',
  });
  if (rendered.status !== 0) throw new Error(`could not render the router config: ${rendered.stderr}`);
  const master: ChildProcess = spawn(
    nginx,
    ['-p', router, '-c', join(router, 'nginx.conf'), '-e', join(router, 'error.log'), '-g', 'daemon off;'],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let stderr = '';
  master.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  let ended = false;
  const exited = new Promise<void>((done) =>
    master.once('exit', () => {
      ended = true;
      done();
    }),
  );
  const routerUrl = `http://127.0.0.1:${routerPort}`;
  for (let attempt = 0; ; attempt += 1) {
    const answer = await httpGet(`${routerUrl}/__router`).catch(() => undefined);
    if (answer?.status === 200) break;
    if (ended || attempt > 200) {
      master.kill('SIGKILL');
      throw new Error(`nginx did not start on port ${routerPort}: ${stderr.trim() || 'no output'}`);
    }
    await new Promise((done) => setTimeout(done, 25));
  }

  const readState = async (path: string) =>
    (await readFile(join(stateDir, path), 'utf8').catch(() => '')).trim();

  const environment: SampleEnvironment = {
    stateDir,
    routerPort,
    routerUrl,
    env,
    commands: {
      deploy: bash('deploy.sh'),
      switch: bash('switch.sh'),
      traffic: bash('traffic.sh'),
      remove: bash('remove.sh'),
      status: bash('status.sh'),
    },
    inputs(strategy = 'direct') {
      return {
        strategy,
        'environment-url': `${routerUrl}/`,
        'deploy-command': environment.commands.deploy,
        'switch-command': environment.commands.switch,
        'traffic-command': environment.commands.traffic,
        'remove-command': environment.commands.remove,
        'status-command': environment.commands.status,
        'verify-url':
          strategy === 'rolling' ? `${routerUrl}/slots/{target}/health` : `${routerUrl}/slots/{slot}/health`,
        'version-path': '$.version',
        'analysis-url': `${routerUrl}/slots/{slot}/`,
      };
    },
    async release(version, release = {}) {
      const file = {
        version,
        ...(release.broken ? { broken: release.broken } : {}),
        ...(release.errorRate ? { errorRate: release.errorRate } : {}),
        ...(release.random ? { random: true } : {}),
        ...(release.latencyMs ? { latencyMs: release.latencyMs } : {}),
        ...(release.failingPath ? { failingPath: release.failingPath } : {}),
        ...(release.schema !== undefined ? { schema: release.schema } : {}),
        ...(release.columns ? { columns: release.columns } : {}),
      };
      await writeFile(join(stateDir, 'releases', `${version}.json`), JSON.stringify(file));
    },
    async liveVersion() {
      const answer = await httpGet(`${routerUrl}/version`).catch(() => undefined);
      if (answer?.status !== 200) return undefined;
      return (JSON.parse(answer.body) as { version?: string }).version;
    },
    async slots() {
      const result: Record<string, { version: string; port: number }> = {};
      for (const name of await readdir(join(stateDir, 'slots')).catch(() => [] as string[])) {
        const id = await readState(join('slots', name));
        if (!id) continue;
        result[name] = {
          version: await readState(join('instances', id, 'version')),
          port: Number(await readState(join('instances', id, 'port'))),
        };
      }
      return result;
    },
    async stop() {
      if (!ended) {
        master.kill('SIGTERM');
        let timer: NodeJS.Timeout | undefined;
        await Promise.race([exited, new Promise((done) => (timer = setTimeout(done, 5000)))]);
        clearTimeout(timer);
        if (!ended) {
          master.kill('SIGKILL');
          await exited;
        }
      }
      for (const id of await readdir(join(stateDir, 'instances')).catch(() => [] as string[])) {
        const pid = Number(await readState(join('instances', id, 'pid')));
        if (pid > 0) {
          try {
            process.kill(pid, 'SIGKILL');
          } catch {
            // Already gone.
          }
        }
      }
      if (!options.stateDir) await rm(stateDir, { recursive: true, force: true });
    },
  };
  return environment;
}
