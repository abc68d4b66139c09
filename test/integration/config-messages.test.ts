import { afterEach, describe, expect, it } from '@jest/globals';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runAction } from '../bench/runner.js';

/**
 * What a user sees when .github/release-actions.yml has a mistake: the bundles run
 * as processes, each message pointing at the file and line, never at a step input.
 * Every run fails on its inputs, before any API call (the API URL goes nowhere).
 */

const workspaces: string[] = [];
afterEach(async () => {
  await Promise.all(workspaces.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

async function workspaceWith(config: string): Promise<string> {
  const workspace = await mkdtemp(join(tmpdir(), 'config-messages-'));
  workspaces.push(workspace);
  await mkdir(join(workspace, '.github'));
  await writeFile(join(workspace, '.github/release-actions.yml'), config);
  return workspace;
}

const ENVIRONMENTS = `environments:
  staging:
    strategy: direct
    deploy-command: ./deploy.sh
  production:
    strategy: blue-green
    deploy-command: ./deploy.sh
`;

function deploy(workspace: string, environment: string) {
  return runAction('deploy-env', {
    workspace,
    inputs: { environment, version: '1.2.0', token: 'ghs_test' },
  });
}

describe('config mistakes, as deploy-env and bump-version report them', () => {
  it('suggests the key a misspelt one was meant to be, at its line', async () => {
    const workspace = await workspaceWith(
      ENVIRONMENTS.replace('strategy: blue-green', 'stratgy: blue-green'),
    );
    const run = await deploy(workspace, 'production');
    expect(run.exitCode).toBe(1);
    expect(run.errors).toEqual([
      expect.stringContaining(
        '.github/release-actions.yml:6:5: unknown key "stratgy" (did you mean "strategy"?)',
      ),
    ]);
    expect(run.annotations[0]!.properties).toMatchObject({
      file: '.github/release-actions.yml',
      line: '6',
      col: '5',
    });
  });

  it('refuses an environment name that is a slip for a declared one', async () => {
    const workspace = await workspaceWith(ENVIRONMENTS);
    const run = await deploy(workspace, 'prod');
    expect(run.exitCode).toBe(1);
    expect(run.errors[0]).toContain(
      '"prod" is not declared under environments in .github/release-actions.yml (declared: staging, production); did you mean "production"?',
    );
    expect(run.annotations[0]!.properties).toMatchObject({ file: '.github/release-actions.yml', line: '1' });
  });

  it('names the file, line and key of a value bump-version cannot use, not an input', async () => {
    const workspace = await workspaceWith('version:\n  release-type: auto\n  tag-prefix: /v\n');
    const run = await runAction('bump-version', { workspace, inputs: {} });
    expect(run.exitCode).toBe(1);
    expect(run.errors[0]).toMatch(
      /^\.github\/release-actions\.yml:3:15: "version\.tag-prefix": got "\/v", expected a tag prefix such as v or api-v/,
    );
    expect(run.errors[0]).not.toContain('Input "tag-prefix"');
    expect(run.annotations[0]!.properties).toMatchObject({
      file: '.github/release-actions.yml',
      line: '3',
      col: '15',
    });
  });
});
