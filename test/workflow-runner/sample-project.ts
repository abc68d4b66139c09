import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse, stringify } from 'yaml';
import { ROOT } from '../bench/runner.js';
import { createGitFixture, type GitFixture } from '../bench/git-fixture.js';
import {
  freePort,
  PROVIDER,
  SAMPLE_SERVICE,
  startSampleEnvironment,
} from '../e2e/support/sample-environment.js';
import { httpGet } from '../e2e/support/traffic.js';

/**
 * A generated team repository that releases with the pipelines, and the
 * places it deploys to: the sample service behind nginx (examples/), or a
 * single instance on a port where nginx is absent. The e2e tests, the demo
 * and the benchmark all start from here.
 */

const HERE = resolve(import.meta.dirname ?? new URL('.', import.meta.url).pathname);
const SAMPLE = join(HERE, 'sample');

export interface DeployTarget {
  environment: string;
  kind: 'nginx' | 'simple';
  /** The URL users of the environment hit. */
  url: string;
  /** What the runner machine tells the project's provider script about this target. */
  env: Record<string, string>;
  /** `environments.<name>` of .github/release-actions.yml. */
  config: Record<string, unknown>;
  liveVersion(): Promise<string | undefined>;
  stop(): Promise<void>;
}

export function nginxAvailable(): boolean {
  const found = spawnSync('sh', ['-c', 'command -v nginx || ls /usr/sbin/nginx'], { encoding: 'utf8' });
  return found.status === 0 && found.stdout.trim() !== '';
}

const upper = (environment: string) => environment.toUpperCase().replace(/-/g, '_');

/**
 * An environment to deploy to. With nginx, blue-green and canary work (the
 * router switches without dropping a request); without, only direct.
 */
export async function startTarget(
  environment: string,
  options: { kind?: 'nginx' | 'simple'; strategy?: 'direct' | 'blue-green' | 'canary' } = {},
): Promise<DeployTarget> {
  const kind = options.kind ?? (nginxAvailable() ? 'nginx' : 'simple');
  const strategy = kind === 'simple' ? 'direct' : (options.strategy ?? 'direct');
  const common = {
    strategy,
    'deploy-command': 'bash scripts/provider.sh deploy',
    'status-command': 'bash scripts/provider.sh status',
    'version-path': '$.version',
    'verify-timeout': '20s',
    'retry-delay': '1s',
  };
  if (kind === 'nginx') {
    const sample = await startSampleEnvironment();
    return {
      environment,
      kind,
      url: `${sample.routerUrl}/`,
      env: {
        [`SAMPLE_STATE_DIR_${upper(environment)}`]: sample.stateDir,
        [`SAMPLE_TARGET_${upper(environment)}`]: 'nginx',
        SAMPLE_NGINX: sample.env['SAMPLE_NGINX']!,
      },
      config: {
        ...common,
        'environment-url': `${sample.routerUrl}/`,
        'switch-command': 'bash scripts/provider.sh switch',
        'traffic-command': 'bash scripts/provider.sh traffic',
        'remove-command': 'bash scripts/provider.sh remove',
        'verify-url': `${sample.routerUrl}/slots/{slot}/health`,
        'analysis-url': `${sample.routerUrl}/slots/canary/`,
      },
      liveVersion: () => sample.liveVersion(),
      stop: () => sample.stop(),
    };
  }
  const state = await mkdtemp(join(tmpdir(), `simple-target-${environment}-`));
  const port = await freePort();
  await mkdir(join(state, 'releases'), { recursive: true });
  await writeFile(join(state, 'port'), String(port));
  const url = `http://127.0.0.1:${port}/`;
  return {
    environment,
    kind,
    url,
    env: {
      [`SAMPLE_STATE_DIR_${upper(environment)}`]: state,
      [`SAMPLE_TARGET_${upper(environment)}`]: 'simple',
    },
    config: { ...common, 'environment-url': url, 'verify-url': `${url}health` },
    async liveVersion() {
      const answer = await httpGet(`${url}version`).catch(() => undefined);
      return answer?.status === 200 ? (JSON.parse(answer.body) as { version?: string }).version : undefined;
    },
    async stop() {
      spawnSync('bash', [join(SAMPLE, 'simple-target.sh'), 'stop'], {
        env: { ...process.env, SAMPLE_STATE_DIR: state, SAMPLE_SERVICE },
      });
      await rm(state, { recursive: true, force: true });
    },
  };
}

export interface SampleProjectOptions {
  targets: DeployTarget[];
  /** `gates:` of the config file; default the custom gate running the project's unit check. */
  gates?: Record<string, unknown>;
  /** Extra caller inputs for release.yml (smoke-url, analysis-duration…). */
  release?: Record<string, string | boolean>;
  /** Extra caller inputs for hotfix.yml (mode…). */
  hotfix?: Record<string, string | boolean>;
  /** How the team starts a release: from the Actions tab (default), or on every push to main. */
  trigger?: 'dispatch' | 'push';
  /** A database per environment: the service reads it and each deploy migrates it (db/migrations). */
  database?: SampleDatabase;
  /** More top-level settings of .github/release-actions.yml (a monorepo's components). */
  config?: Record<string, unknown>;
  /** More files in the first commit (a monorepo's component folders). */
  files?: Record<string, string>;
}

export interface SampleDatabase {
  /** postgresql:// URL of each environment's database. */
  urls: Record<string, string>;
  /** The psql the migrate scripts run. */
  psql: string;
}

/** The sample service's migrations (examples/migrations), by file name: `<n>_<name>.up.sql` and `.down.sql`. */
export function sampleMigrations(...numbers: string[]): Record<string, string> {
  const folder = join(PROVIDER, '..', 'migrations');
  return Object.fromEntries(
    readdirSync(folder)
      .filter((file) => numbers.some((number) => file.startsWith(`${number}_`)))
      .map((file) => [`db/migrations/${file}`, readFileSync(join(folder, file), 'utf8')]),
  );
}

/** What a database adds to an environment's settings: the project's migrate commands. */
const MIGRATE_COMMANDS = {
  'migrate-command': 'bash scripts/provider.sh migrate',
  'migrate-rollback-command': 'bash scripts/provider.sh migrate-rollback',
};

export interface SampleProject {
  fixture: GitFixture;
  /** Runner machine variables: where the targets are, the provider scripts, the timings file. */
  env: Record<string, string>;
  /** Lines `<build|deploy|switch…> <ms>` written by the project's scripts: the time spent in user commands. */
  timingsFile: string;
  releaseWorkflow: string;
  hotfixWorkflow: string;
  /** Commits on main and pushes. */
  commit(message: string, files?: Record<string, string>): Promise<string>;
  /**
   * The service of the next build answers half its requests with 500; with `path`, only the requests to
   * that path (a bug in one endpoint: the environment URL stays healthy, only an analysis of that path sees it).
   * `service` adds settings to its service.json and `files` adds files to the commit (a migration).
   */
  breakService(change?: {
    path?: string;
    service?: Record<string, unknown>;
    files?: Record<string, string>;
  }): Promise<void>;
  userCommandMs(): Promise<number>;
  cleanup(): Promise<void>;
}

const CHANGELOG = `# Changelog

All notable changes to this project are documented here.

## [1.0.0] - 2026-01-05

### Features

- First release of the sample service.
`;

/**
 * The `permissions:` the caller in docs/pipelines.md grants its job, verbatim: what a team copies is what
 * the pipelines run with here, so a pipeline job that needs more than the docs grant fails to start.
 */
function documentedPermissions(workflow: 'release.yml' | 'hotfix.yml'): Record<string, string> {
  const docs = readFileSync(join(ROOT, 'docs/pipelines.md'), 'utf8');
  for (const [, block] of docs.matchAll(/```yaml\n([\s\S]*?)```/g)) {
    const caller = parse(block!) as {
      jobs?: Record<string, { uses?: string; permissions?: Record<string, string> }>;
    };
    for (const job of Object.values(caller?.jobs ?? {})) {
      if (job.uses === `org/release-actions/.github/workflows/${workflow}@v1` && job.permissions) {
        return job.permissions;
      }
    }
  }
  throw new Error(`docs/pipelines.md has no caller of ${workflow} with permissions`);
}

/** The team's own workflows: a dozen lines each that call the library's pipelines. */
function callerWorkflows(
  release: Record<string, string | boolean>,
  trigger: 'dispatch' | 'push' = 'dispatch',
  hotfix: Record<string, string | boolean> = {},
): { release: string; hotfix: string } {
  const releaseCaller = {
    name: 'Release',
    on: {
      workflow_dispatch: {
        inputs: {
          'release-type': { type: 'choice', options: ['auto', 'patch', 'minor', 'major'], default: 'auto' },
          'dry-run': { type: 'boolean', default: false },
          'release-branch': { type: 'boolean', default: false },
        },
      },
    },
    jobs: {
      release: {
        permissions: documentedPermissions('release.yml'),
        uses: 'org/release-actions/.github/workflows/release.yml@v1',
        with: {
          'release-type': '${{ inputs.release-type }}',
          'dry-run': '${{ inputs.dry-run }}',
          'release-branch': '${{ inputs.release-branch }}',
          'build-command': 'bash scripts/build.sh',
          files: 'out/*',
          ...release,
        },
        secrets: 'inherit',
      },
    },
  };
  if (trigger === 'push') {
    // One caller on push: the release pull request (or a direct release) follows every push to main.
    releaseCaller.on = { push: { branches: ['main'] } } as unknown as typeof releaseCaller.on;
    releaseCaller.jobs.release.with = {
      'build-command': 'bash scripts/build.sh',
      files: 'out/*',
      ...release,
    } as typeof releaseCaller.jobs.release.with;
  }
  const hotfixCaller = {
    name: 'Hotfix',
    on: {
      workflow_dispatch: {
        inputs: {
          description: { type: 'string', required: true },
          base: { type: 'string', default: '' },
          'skip-staging': { type: 'boolean', default: false },
          commits: { type: 'string', default: '' },
        },
      },
    },
    jobs: {
      hotfix: {
        permissions: documentedPermissions('hotfix.yml'),
        uses: 'org/release-actions/.github/workflows/hotfix.yml@v1',
        with: {
          description: '${{ inputs.description }}',
          base: '${{ inputs.base }}',
          'skip-staging': '${{ inputs.skip-staging }}',
          commits: '${{ inputs.commits }}',
          'build-command': 'bash scripts/build.sh',
          files: 'out/*',
          'version-path': '$.version',
          ...hotfix,
        },
        secrets: 'inherit',
      },
    },
  };
  return { release: stringify(releaseCaller), hotfix: stringify(hotfixCaller) };
}

export async function createSampleProject(options: SampleProjectOptions): Promise<SampleProject> {
  const config = {
    gates: options.gates ?? { gates: ['custom'], 'custom-commands': ['unit: node test/unit.mjs'] },
    environments: Object.fromEntries(
      options.targets.map((target) => [
        target.environment,
        options.database ? { ...target.config, ...MIGRATE_COMMANDS } : target.config,
      ]),
    ),
    ...options.config,
  };
  const callers = callerWorkflows(options.release ?? {}, options.trigger, options.hotfix);
  const [build, provider] = await Promise.all([
    readFile(join(SAMPLE, 'build.sh'), 'utf8'),
    readFile(join(SAMPLE, 'provider.sh'), 'utf8'),
  ]);
  const fixture = await createGitFixture({
    files: {
      'README.md': '# sample-app\n\nA service released with release-actions.\n',
      'package.json': JSON.stringify({ name: 'sample-app', version: '1.0.0', private: true }, null, 2) + '\n',
      'CHANGELOG.md': CHANGELOG,
      // With a database, 1.0.0's code reads customers (id, name): schema 1.
      'service.json':
        JSON.stringify({ greeting: 'hello', ...(options.database ? { schema: 1 } : {}) }, null, 2) + '\n',
      ...(options.database ? sampleMigrations('001') : {}),
      'test/unit.mjs':
        "import { readdirSync, readFileSync } from 'node:fs';\nJSON.parse(readFileSync('service.json', 'utf8'));\nconsole.log('unit: ok');\n",
      'scripts/build.sh': build,
      'scripts/provider.sh': provider,
      '.github/release-actions.yml': stringify(config),
      '.github/workflows/release.yml': callers.release,
      '.github/workflows/hotfix.yml': callers.hotfix,
      ...options.files,
    },
  });
  await fixture.script([{ tag: 'v1.0.0', message: 'v1.0.0' }, { branch: 'develop' }, { push: 'all' }]);
  const timingsFile = join(fixture.root, 'user-command-timings.txt');
  await writeFile(timingsFile, '');
  const env: Record<string, string> = {
    SAMPLE_PROVIDER: PROVIDER,
    SAMPLE_SERVICE,
    SAMPLE_SIMPLE_TARGET: join(SAMPLE, 'simple-target.sh'),
    SAMPLE_TIMINGS: timingsFile,
    // The emulator answers at once: no need for the back-off meant for github.com.
    RELEASE_ACTIONS_API_RETRY_BASE_MS: '0',
    RELEASE_ACTIONS_API_WRITE_INTERVAL_MS: '10',
    RELEASE_ACTIONS_NOTIFY_RETRY_BASE_MS: '0',
    ...Object.assign({}, ...options.targets.map((target) => target.env)),
    ...(options.database
      ? {
          SAMPLE_PSQL: options.database.psql,
          ...Object.fromEntries(
            Object.entries(options.database.urls).map(([name, url]) => [
              `SAMPLE_DATABASE_URL_${upper(name)}`,
              url,
            ]),
          ),
        }
      : {}),
  };
  const project: SampleProject = {
    fixture,
    env,
    timingsFile,
    releaseWorkflow: join(fixture.work, '.github/workflows/release.yml'),
    hotfixWorkflow: join(fixture.work, '.github/workflows/hotfix.yml'),
    async commit(message, files) {
      await fixture.checkout('main');
      await fixture.git(['pull', '--quiet', '--ff-only', 'origin', 'main']);
      const sha = await fixture.commit(message, files);
      await fixture.push(['main']);
      return sha;
    },
    async breakService(change = {}) {
      const service = {
        greeting: 'hi',
        broken: 'errors',
        errorRate: 0.5,
        ...(change.path ? { failingPath: change.path } : {}),
        ...change.service,
      };
      await project.commit('feat: faster greetings', {
        'service.json': JSON.stringify(service, null, 2) + '\n',
        ...change.files,
      });
    },
    async userCommandMs() {
      const lines = (await readFile(timingsFile, 'utf8')).split('\n').filter(Boolean);
      return lines.reduce((total, line) => total + Number(line.split(' ')[1] ?? 0), 0);
    },
    cleanup: () => fixture.cleanup(),
  };
  return project;
}
