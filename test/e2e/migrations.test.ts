/**
 * Database migrations end to end, for real on 127.0.0.1: a PostgreSQL server
 * started for the test, the sample service (examples/) behind an nginx router,
 * the migrate scripts of examples/provider, and the deploy-env and rollback
 * bundles as processes against the GitHub API emulator.
 *
 * 1.0.0 creates the customers table; 2.0.0 adds a column its code needs and goes
 * out blue-green under load (a first attempt dies after migrating; the re-run
 * does not migrate again); 3.0.0 migrates, fails its canary analysis and is
 * rolled back with its down-migration, under load, without one failed request;
 * then a direct 3.0.1 is rolled back by the rollback action: refused without a
 * migrate-rollback-command, done with one, and not done twice on a re-run.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { startEmulator, type Emulator } from '../bench/emulator/index.js';
import { runAction, type RunResult } from '../bench/runner.js';
import { startPostgres, type Postgres } from './support/postgres.js';
import {
  PROVIDER,
  startSampleEnvironment,
  type ReleaseBehaviour,
  type SampleEnvironment,
} from './support/sample-environment.js';
import { httpGet, startTrafficClient } from './support/traffic.js';

let emulator: Emulator;
let environment: SampleEnvironment;
let database: Postgres;
let sha: string;

const MIGRATE = `bash ${join(PROVIDER, 'migrate.sh')}`;
const MIGRATE_ROLLBACK = `bash ${join(PROVIDER, 'migrate-rollback.sh')}`;

function processEnv(attempt = '1'): Record<string, string> {
  return {
    ...environment.env,
    SAMPLE_DATABASE_URL: database.url,
    SAMPLE_PSQL: join(database.binDir, 'psql'),
    GITHUB_RUN_ATTEMPT: attempt,
    RELEASE_ACTIONS_API_RETRY_BASE_MS: '10',
    RELEASE_ACTIONS_API_WRITE_INTERVAL_MS: '0',
  };
}

async function deploy(
  version: string,
  strategy: 'direct' | 'blue-green' | 'canary',
  options: { runId: string; attempt?: string; inputs?: Record<string, string> },
): Promise<RunResult> {
  return runAction('deploy-env', {
    inputs: {
      environment: 'production',
      version,
      token: 'test-token',
      ...environment.inputs(strategy),
      'migrate-command': MIGRATE,
      'migrate-rollback-command': MIGRATE_ROLLBACK,
      'canary-weights': '10,50,100',
      'analysis-duration': '2s',
      'analysis-rate': '20',
      'min-samples': '10',
      'max-p95-latency': '150ms',
      'retry-delay': '1s',
      retries: '0',
      'verify-timeout': '20s',
      ...options.inputs,
    },
    env: processEnv(options.attempt),
    apiUrl: emulator.url,
    sha,
    ref: `refs/tags/v${version}`,
    runId: options.runId,
    timeoutMs: 120_000,
  });
}

async function rollback(runId: string, inputs: Record<string, string>, attempt = '1'): Promise<RunResult> {
  return runAction('rollback', {
    inputs: {
      environment: 'production',
      reason: 'customers report errors',
      token: 'test-token',
      ...environment.inputs('direct'),
      ...inputs,
    },
    env: processEnv(attempt),
    apiUrl: emulator.url,
    sha,
    runId,
    timeoutMs: 120_000,
  });
}

/** What the live router's /health says: version and schema. */
async function liveHealth(): Promise<{ version?: string; schema?: number }> {
  const answer = await httpGet(`${environment.routerUrl}/health`);
  return JSON.parse(answer.body) as { version?: string; schema?: number };
}

/** The migrate scripts' own log: one line per run ("<time> migrate <version>"). */
async function migrationRuns(): Promise<string[]> {
  const text = await readFile(join(environment.stateDir, 'migrations.log'), 'utf8').catch(() => '');
  return text
    .split('\n')
    .filter(Boolean)
    .map((line) => line.split(' ').slice(1).join(' '));
}

function columns(): string[] {
  return database
    .query(
      "SELECT column_name FROM information_schema.columns WHERE table_name = 'customers' ORDER BY ordinal_position",
    )
    .split('\n');
}

function deploymentsOf(version: string) {
  return emulator.state.deployments.filter(
    (deployment) => (deployment.payload as { version?: string }).version === version,
  );
}

const descriptions = (deployment: { statuses: Array<{ description?: string | null }> }) =>
  deployment.statuses.map((status) => status.description ?? '');

describe('deploy-env and rollback with database migrations on real PostgreSQL and nginx', () => {
  beforeAll(async () => {
    database = await startPostgres();
    environment = await startSampleEnvironment();
    emulator = await startEmulator();
    sha = await emulator.seedCommit({ message: 'release', branch: 'main' });
    const write = (version: string, release: ReleaseBehaviour) => environment.release(version, release);
    await write('1.0.0', { schema: 1, columns: ['id', 'name'] });
    await write('2.0.0', { schema: 2, columns: ['id', 'name', 'email'] });
    await write('3.0.0', { schema: 3, columns: ['id', 'name', 'email', 'visits'], latencyMs: 400 });
    await write('3.0.1', { schema: 3, columns: ['id', 'name', 'email', 'visits'] });
  }, 60_000);

  afterAll(async () => {
    await environment?.stop();
    await emulator?.close();
    await database?.stop();
  });

  it('deploys 1.0.0 directly after migrating an empty database, and records the migration', async () => {
    const result = await deploy('1.0.0', 'direct', { runId: '100' });
    expect(result.errors).toEqual([]);
    expect(await liveHealth()).toMatchObject({ version: '1.0.0', schema: 1 });
    expect(await migrationRuns()).toEqual(['migrate 1.0.0']);
    const [record] = deploymentsOf('1.0.0');
    expect(record!.payload).toMatchObject({ migration: 'expand' });
    expect(descriptions(record!)).toContain('[1.0.0] migrated 0 → 1 (001_create_customers)');
    expect(result.summary).toMatch(/Database \| migrated: 001_create_customers \(schema 0 → 1\) at \d{4}-/);
  });

  it('refuses a contract migration beside blue-green before touching anything', async () => {
    const before = emulator.state.deployments.length;
    const result = await deploy('2.0.0', 'blue-green', { runId: '150', inputs: { migration: 'contract' } });
    expect(result.exitCode).toBe(1);
    expect(result.errors.join('\n')).toMatch(
      /Input "migration": got "contract", expected expand with the blue-green strategy/,
    );
    expect(emulator.state.deployments).toHaveLength(before);
    expect(await migrationRuns()).toEqual(['migrate 1.0.0']);
    expect(columns()).toEqual(['id', 'name']);
  });

  it('migrates once for 2.0.0 blue-green across a failed attempt and its re-run, with no failed request', async () => {
    const client = startTrafficClient(`${environment.routerUrl}/`, { concurrency: 3, intervalMs: 5 });
    const first = await deploy('2.0.0', 'blue-green', {
      runId: '200',
      inputs: { 'switch-command': 'exit 3', 'auto-rollback': 'false' },
    });
    expect(first.exitCode).toBe(1);
    expect(first.outputs).toMatchObject({ status: 'failure' });
    // The migration ran and 1.0.0 keeps serving on the expanded schema.
    expect(columns()).toEqual(['id', 'name', 'email']);
    expect(await liveHealth()).toMatchObject({ version: '1.0.0', schema: 2 });

    const rerun = await deploy('2.0.0', 'blue-green', { runId: '200', attempt: '2' });
    const traffic = await client.stop();
    expect(rerun.errors).toEqual([]);
    expect(rerun.outputs).toMatchObject({ status: 'success', slot: 'green' });
    expect(await migrationRuns()).toEqual(['migrate 1.0.0', 'migrate 2.0.0']);
    expect(rerun.log).toContain('The migration already ran for this deployment');
    expect(rerun.summary).toMatch(/Database \| already migrated: 002_add_email \(schema 1 → 2\)/);
    expect(await liveHealth()).toMatchObject({ version: '2.0.0', schema: 2 });
    expect(traffic.sent).toBeGreaterThan(50);
    expect(traffic.failures).toEqual([]);
    expect(traffic.byVersion['1.0.0']).toBeGreaterThan(0);
    expect(traffic.byVersion['2.0.0']).toBeGreaterThan(0);
    expect(deploymentsOf('2.0.0')).toHaveLength(1);
  });

  it('rolls 3.0.0 back when its canary analysis fails: traffic back first, then its down-migration, no failed request', async () => {
    const client = startTrafficClient(`${environment.routerUrl}/`, { concurrency: 3, intervalMs: 5 });
    const result = await deploy('3.0.0', 'canary', { runId: '300' });
    const traffic = await client.stop();
    expect(result.exitCode).toBe(1);
    expect(result.outputs).toMatchObject({ status: 'rolled-back', 'previous-version': '2.0.0' });
    expect(result.errors[0]).toMatch(/analysis of the canary at 10% failed/);
    expect(await liveHealth()).toMatchObject({ version: '2.0.0', schema: 2 });
    expect(columns()).toEqual(['id', 'name', 'email']);
    expect(await migrationRuns()).toEqual([
      'migrate 1.0.0',
      'migrate 2.0.0',
      'migrate 3.0.0',
      'migrate-rollback 2.0.0',
    ]);
    expect(traffic.failures).toEqual([]);
    expect(traffic.byVersion['3.0.0']).toBeGreaterThan(0);

    const [bad] = deploymentsOf('3.0.0');
    expect(descriptions(bad!)).toContain('[3.0.0] migrated 2 → 3 (003_add_visits)');
    const undo = emulator.state.deployments.find(
      (deployment) => (deployment.payload as { rollback_of?: number }).rollback_of === bad!.id,
    )!;
    expect(descriptions(undo)).toContain('[2.0.0] migrated back 3 → 2 (003_add_visits)');
    expect(undo.statuses.at(-1)!.state).toBe('success');
    // An expand migration is undone once no traffic reaches the version that needs it.
    const steps = [...result.summary.matchAll(/^\| \d+ \| (\w+) \| ([^|]*)\|/gm)].map(
      (m) => `${m[1]} ${m[2]}`,
    );
    const withdrawn = steps.findIndex((step) => step.startsWith('traffic canary at 0%'));
    const migratedBack = steps.findIndex((step) => step.startsWith('migrate database back to 2'));
    expect(withdrawn).toBeGreaterThan(-1);
    expect(migratedBack).toBeGreaterThan(withdrawn);
    expect(result.summary).toMatch(/Database \| undid 003_add_visits \(schema 3 → 2\)/);
  });

  it('refuses to roll back a migration without a migrate-rollback-command, naming it, and changes nothing', async () => {
    const forward = await deploy('3.0.1', 'direct', { runId: '400' });
    expect(forward.errors).toEqual([]);
    expect(await liveHealth()).toMatchObject({ version: '3.0.1', schema: 3 });
    const before = emulator.state.deployments.length;

    const refused = await rollback('500', {});
    expect(refused.exitCode).toBe(1);
    expect(refused.errors.join('\n')).toMatch(
      /Cannot roll back production from 3\.0\.1 to 2\.0\.0: 3\.0\.1 ran 003_add_visits \(schema 2 → 3\) and no migrate-rollback-command is set/,
    );
    expect(emulator.state.deployments).toHaveLength(before);
    expect(await liveHealth()).toMatchObject({ version: '3.0.1', schema: 3 });
  });

  it('rolls 3.0.1 back with its down-migration, and a re-run of the rollback runs nothing twice', async () => {
    const runs = (await migrationRuns()).length;
    const done = await rollback('600', { 'migrate-rollback-command': MIGRATE_ROLLBACK });
    expect(done.errors).toEqual([]);
    expect(done.outputs).toMatchObject({ 'rolled-back-from': '3.0.1', 'rolled-back-to': '2.0.0' });
    expect(await liveHealth()).toMatchObject({ version: '2.0.0', schema: 2 });
    expect(columns()).toEqual(['id', 'name', 'email']);
    expect((await migrationRuns()).slice(runs)).toEqual(['migrate-rollback 2.0.0']);

    const again = await rollback('600', { 'migrate-rollback-command': MIGRATE_ROLLBACK }, '2');
    expect(again.errors).toEqual([]);
    expect(again.log).toContain('was already rolled back to 2.0.0');
    expect((await migrationRuns()).slice(runs)).toEqual(['migrate-rollback 2.0.0']);
    expect(await liveHealth()).toMatchObject({ version: '2.0.0', schema: 2 });
  });
});
