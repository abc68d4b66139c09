import { afterAll, describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  configSection,
  field,
  loadConfig,
  readActionInputs,
  ReleaseError,
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
