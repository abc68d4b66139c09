import { describe, expect, it } from '@jest/globals';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { listActions } from '../../scripts/actions.mjs';
import { readActionMetadata } from '../bench/static-checks.js';
import { ROOT, runAction } from '../bench/runner.js';

const actions = listActions(ROOT);

describe('every bundle', () => {
  it('exists for every action, as an ES module', () => {
    expect(actions.length).toBeGreaterThan(0);
    for (const name of actions) {
      expect({ name, bundle: existsSync(join(ROOT, 'dist', name, 'index.js')) }).toEqual({
        name,
        bundle: true,
      });
      expect(JSON.parse(readFileSync(join(ROOT, 'dist', name, 'package.json'), 'utf8'))).toEqual({
        type: 'module',
      });
    }
  });

  // Inputs the config file may supply are required in code rather than in action.yml,
  // so the check is that the one error names a declared input as missing.
  it.each(actions)(
    '%s, run with no inputs, fails with one clear error naming a missing input',
    async (name) => {
      const declared = Object.keys((await readActionMetadata(name)).inputs ?? {});
      const run = await runAction(name, { timeoutMs: 30_000 });
      expect(run.exitCode).toBe(1);
      expect(run.errors).toHaveLength(1);
      const missing = [...run.errors[0]!.matchAll(/Input "([a-z0-9-]+)": got ""/g)].map((match) => match[1]!);
      expect(missing.length).toBeGreaterThan(0);
      for (const input of missing) expect(declared).toContain(input);
      // No stack trace anywhere without RUNNER_DEBUG.
      expect(run.stdout + run.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
      expect(run.outputs).toEqual({});
    },
  );
});
