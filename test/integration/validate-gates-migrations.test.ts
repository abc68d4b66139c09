/**
 * The migrations gate, the bundle as a process on a real git repository: a
 * release v1.0.0, then a new migration file on main. It fails without a
 * migrate-command for the environment, and passes with one in the config file,
 * with one given as input, or with the team's own migrations-check.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { createGitFixture, type GitFixture } from '../bench/git-fixture.js';
import { runAction, type RunResult } from '../bench/runner.js';

let repo: GitFixture;

async function gate(inputs: Record<string, string> = {}): Promise<RunResult> {
  return runAction('validate-gates', {
    workspace: repo.work,
    inputs: { gates: 'migrations', ...inputs },
  });
}

async function verdict(result: RunResult) {
  const report = JSON.parse(await readFile(result.outputs['report']!, 'utf8')) as {
    gates: Array<{ gate: string; status: string; value: string; summary: string; evidence: unknown[] }>;
  };
  return report.gates.find((entry) => entry.gate === 'migrations')!;
}

async function config(text: string | undefined): Promise<void> {
  await mkdir(join(repo.work, '.github'), { recursive: true });
  await writeFile(join(repo.work, '.github', 'release-actions.yml'), text ?? '');
}

describe('validate-gates: migrations', () => {
  beforeAll(async () => {
    repo = await createGitFixture();
    await repo.commit('feat: customers', {
      'db/migrations/001_create_customers.sql': 'CREATE TABLE customers (id serial PRIMARY KEY);\n',
      'src/app.js': 'export {};\n',
    });
    await repo.tag('v1.0.0', 'v1.0.0');
    await repo.commit('fix: wording', { 'src/app.js': 'export const a = 1;\n' });
  });

  afterAll(async () => {
    await repo?.cleanup();
  });

  it('passes when no migration file changed since the last release, with nothing configured', async () => {
    const result = await gate();
    expect(result.errors).toEqual([]);
    expect(await verdict(result)).toMatchObject({
      status: 'passed',
      summary: 'no migration file changed since v1.0.0',
    });
  });

  it('fails when a migration changed and the environment has no migrate-command, naming the file', async () => {
    await repo.commit('feat: customer email', {
      'db/migrations/002_add_email.sql': 'ALTER TABLE customers ADD COLUMN email text;\n',
    });
    const result = await gate({ environment: 'staging' });
    expect(result.exitCode).toBe(1);
    const migrations = await verdict(result);
    expect(migrations.status).toBe('failed');
    expect(migrations.summary).toBe(
      '1 migration file(s) changed since v1.0.0, but staging has no migrate-command ' +
        '(set environments.staging.migrate-command in .github/release-actions.yml, or name a migrations-check)',
    );
    expect(migrations.evidence).toEqual([
      { message: 'changed since v1.0.0', file: 'db/migrations/002_add_email.sql' },
    ]);
    expect(result.errors.join('\n')).toContain('staging has no migrate-command');
  });

  it('passes with a migrate-command for the environment in the config file, or as an input', async () => {
    await config('environments:\n  staging:\n    migrate-command: npm run migrate\n');
    const fromConfig = await gate({ environment: 'staging' });
    expect(fromConfig.errors).toEqual([]);
    expect((await verdict(fromConfig)).summary).toBe(
      '1 migration file(s) changed since v1.0.0; staging has a migrate-command to run them',
    );
    const otherEnvironment = await gate({ environment: 'production' });
    expect((await verdict(otherEnvironment)).status).toBe('failed');
    await config(undefined);
    const fromInput = await gate({ environment: 'production', 'migrate-command': 'npm run migrate' });
    expect((await verdict(fromInput)).status).toBe('passed');
  });

  it("runs the team's migrations-check instead, and fails with its output when it fails", async () => {
    const passing = await gate({ 'migrations-check': 'test -f db/migrations/002_add_email.sql' });
    expect((await verdict(passing)).summary).toBe(
      '1 migration file(s) changed since v1.0.0 and the migrations check passed',
    );
    const failing = await gate({ 'migrations-check': 'echo "002 has no down migration"; exit 4' });
    const migrations = await verdict(failing);
    expect(migrations.status).toBe('failed');
    expect(migrations.summary).toBe(
      '1 migration file(s) changed since v1.0.0 and the migrations check exited with 4',
    );
    expect(migrations.evidence).toContainEqual({ message: '002 has no down migration' });
  });
});
