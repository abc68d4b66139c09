import { afterAll, describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  closestName,
  configSection,
  field,
  loadConfig,
  readActionInputs,
  ReleaseError,
  undeclaredSection,
} from '../../../packages/kit/src/index.js';

const dirs: string[] = [];
function workspaceWith(config: string | undefined): string {
  const dir = mkdtempSync(join(tmpdir(), 'config-'));
  dirs.push(dir);
  if (config !== undefined) {
    mkdirSync(join(dir, '.github'));
    writeFileSync(join(dir, '.github/release-actions.yml'), config);
  }
  return dir;
}
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

async function failure(workspace: string): Promise<ReleaseError> {
  try {
    await loadConfig(workspace);
  } catch (thrown) {
    if (thrown instanceof ReleaseError) return thrown;
    throw thrown;
  }
  throw new Error('expected the config to be refused');
}

describe('loadConfig', () => {
  it('is optional', async () => {
    expect(await loadConfig(workspaceWith(undefined))).toBeUndefined();
  });

  it('reports YAML syntax errors with file, line and column', async () => {
    const error = await failure(workspaceWith('environments:\n  staging:\n    strategy: [direct\n'));
    expect(error.code).toBe('ECONFIG');
    expect(error.location?.file).toBe('.github/release-actions.yml');
    expect(error.location?.line).toBeGreaterThanOrEqual(3);
    expect(error.message).toMatch(/^\.github\/release-actions\.yml:\d+:\d+: /);
  });

  it('reports an unknown top-level key at its own line and column', async () => {
    const error = await failure(workspaceWith('# settings\nenvironments: {}\ndeploy-everything: true\n'));
    expect(error.message).toBe('.github/release-actions.yml:3:1: unknown key "deploy-everything"');
    expect(error.location).toEqual({ file: '.github/release-actions.yml', line: 3, column: 1 });
  });

  it('reports a key a section does not know, at the key', async () => {
    const error = await failure(workspaceWith('environments:\n  staging:\n    flavour: blue\n'));
    expect(error.message).toBe('.github/release-actions.yml:3:5: unknown key "flavour"');
  });

  it('reports a value of the wrong type where it is', async () => {
    const error = await failure(workspaceWith('environments:\n  staging: 12\n'));
    expect(error.message).toBe('.github/release-actions.yml:2:12: "environments.staging" must be object');
  });

  it('gives a section whose values sit under the inputs', async () => {
    const workspace = workspaceWith(
      'environments:\n  production:\n    retries: 2\n    strategy: blue-green\n',
    );
    const config = await loadConfig(workspace);
    const section = configSection(config, ['environments', 'production']);
    expect(section?.values).toEqual({ retries: 2, strategy: 'blue-green' });
    expect(section?.locate?.('strategy')).toEqual({
      file: '.github/release-actions.yml',
      line: 4,
      column: 15,
    });
    expect(configSection(config, ['environments', 'staging'])).toBeUndefined();

    const spec = { environment: field.text().required(), retries: field.integer({ min: 0 }).default(5) };
    const section2 = (raw: (name: string) => string) => ['environments', raw('environment')];
    const fromConfig = await readActionInputs(spec, {
      section: section2,
      env: { GITHUB_WORKSPACE: workspace, INPUT_ENVIRONMENT: 'production' },
    });
    expect(fromConfig).toEqual({ environment: 'production', retries: 2 });
    const overridden = await readActionInputs(spec, {
      section: section2,
      env: { GITHUB_WORKSPACE: workspace, INPUT_ENVIRONMENT: 'production', INPUT_RETRIES: '0' },
    });
    expect(overridden.retries).toBe(0);
  });
});

describe('config messages', () => {
  it('suggests the key a misspelt one was meant to be', async () => {
    const error = await failure(
      workspaceWith('environments:\n  production:\n    stratgy: blue-green\nanounce:\n  channels: [slack]\n'),
    );
    expect(error.message).toBe(
      [
        '.github/release-actions.yml:3:5: unknown key "stratgy" (did you mean "strategy"?)',
        '.github/release-actions.yml:4:1: unknown key "anounce" (did you mean "announce"?)',
      ].join('\n'),
    );
  });

  it('names the file, line and key of a bad value found while reading the inputs, not an input', async () => {
    const workspace = workspaceWith('environments:\n  production:\n    working-directory: /srv/app\n');
    const spec = {
      environment: field.text().required(),
      'working-directory': field.pattern(/^[^/]/, 'a folder inside the workspace'),
    };
    const thrown = await readActionInputs(spec, {
      section: (raw) => ['environments', raw('environment')],
      env: { GITHUB_WORKSPACE: workspace, INPUT_ENVIRONMENT: 'production' },
    }).catch((caught: unknown) => caught as ReleaseError);
    expect((thrown as ReleaseError).message).toBe(
      '.github/release-actions.yml:3:24: "environments.production.working-directory": got "/srv/app", expected a folder inside the workspace',
    );
    expect((thrown as ReleaseError).message).not.toContain('Input');
    expect((thrown as ReleaseError).location).toEqual({
      file: '.github/release-actions.yml',
      line: 3,
      column: 24,
    });
  });

  it('reports an environment name that is not declared, as an error when it looks like a slip', async () => {
    const config = await loadConfig(
      workspaceWith('environments:\n  staging: {}\n  production:\n    strategy: blue-green\n'),
    );
    expect(undeclaredSection(config, ['environments', 'prod'])).toEqual({
      message:
        '"prod" is not declared under environments in .github/release-actions.yml (declared: staging, production); did you mean "production"? If "prod" is meant, declare it there, even as "prod: {}".',
      likelyTypo: true,
      location: { file: '.github/release-actions.yml', line: 1, column: 1 },
    });
    expect(undeclaredSection(config, ['environments', 'preview-42'])).toMatchObject({
      message:
        '"preview-42" is not declared under environments in .github/release-actions.yml (declared: staging, production); none of its settings apply.',
      likelyTypo: false,
    });
    expect(undeclaredSection(config, ['environments', 'production'])).toBeUndefined();
    expect(undeclaredSection(await loadConfig(workspaceWith('gates: {}\n')), ['environments', 'x'])).toBe(
      undefined,
    );
  });
});

describe('closestName', () => {
  it('finds slips and abbreviations, and nothing for another word', () => {
    expect(closestName('stratgy', ['strategy', 'slots'])).toBe('strategy');
    expect(closestName('prod', ['staging', 'production'])).toBe('production');
    expect(closestName('stagign', ['staging', 'production'])).toBe('staging');
    expect(closestName('flavour', ['strategy', 'retries', 'environment-url'])).toBeUndefined();
  });
});
