import { describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { listActions } from '../../scripts/actions.mjs';
import { checkActionFile, readActionMetadata } from '../bench/static-checks.js';
import { ROOT } from '../bench/runner.js';

const actions = listActions(ROOT);
const INPUT_KEYS = ['description', 'required', 'default', 'deprecationMessage'];

describe('action metadata', () => {
  it('finds the actions', () => {
    expect(actions.length).toBeGreaterThan(0);
  });

  it.each(actions)("%s/action.yml passes GitHub's own action parser", async (name) => {
    expect(await checkActionFile(join(ROOT, name, 'action.yml'))).toEqual([]);
  });

  it.each(actions)(
    '%s/action.yml runs its committed bundle on node24 and documents every input and output',
    async (name) => {
      const metadata = await readActionMetadata(name);
      expect(metadata.runs.using).toBe('node24');
      expect(metadata.runs.main).toBe(`../dist/${name}/index.js`);
      expect(existsSync(join(ROOT, name, metadata.runs.main ?? ''))).toBe(true);
      for (const [input, spec] of Object.entries(metadata.inputs ?? {})) {
        expect({ input, keys: Object.keys(spec).filter((key) => !INPUT_KEYS.includes(key)) }).toEqual({
          input,
          keys: [],
        });
        expect({ input, description: typeof spec.description }).toEqual({ input, description: 'string' });
        expect(input).toMatch(/^[a-z][a-z0-9-]*$/);
      }
      for (const [output, spec] of Object.entries(metadata.outputs ?? {})) {
        expect({ output, description: typeof spec.description }).toEqual({ output, description: 'string' });
      }
    },
  );

  it.each(actions)('%s/action.yml is named, described and branded like the others', async (name) => {
    const metadata = (await readActionMetadata(name)) as Awaited<ReturnType<typeof readActionMetadata>> & {
      description?: string;
      branding?: { icon?: string; color?: string };
    };
    expect(metadata.name).toBe(`release-actions ${name}`);
    expect(metadata.description?.trim().length).toBeGreaterThan(20);
    expect(metadata.branding).toEqual({ icon: expect.any(String), color: expect.any(String) });
  });

  it('has no root action.yml: the actions are referenced by path, as the README says', () => {
    expect(existsSync(join(ROOT, 'action.yml')) || existsSync(join(ROOT, 'action.yaml'))).toBe(false);
    expect(readFileSync(join(ROOT, 'README.md'), 'utf8')).toContain('## How the actions are published');
  });

  it('says which runner node24 actions need, where users read first', () => {
    for (const doc of ['README.md', 'docs/pipelines.md']) {
      expect({ doc, says: readFileSync(join(ROOT, doc), 'utf8').includes('v2.327.1 or later') }).toEqual({
        doc,
        says: true,
      });
    }
  });

  it('action READMEs match their action.yml (npm run docs)', () => {
    const check = spawnSync(process.execPath, ['scripts/action-docs.mjs', '--check'], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(check.stderr).toBe('');
    expect(check.status).toBe(0);
  });
});
