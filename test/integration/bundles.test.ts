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
      expect(existsSync(join(ROOT, 'dist', name, 'index.js'))).toBe(true);
      expect(JSON.parse(readFileSync(join(ROOT, 'dist', name, 'package.json'), 'utf8'))).toEqual({
        type: 'module',
      });
    }
  });

  it.each(actions)(
    '%s, run with no inputs, fails with one clear error naming a required input',
    async (name) => {
      const metadata = await readActionMetadata(name);
      const required = Object.entries(metadata.inputs ?? {})
        .filter(([, input]) => input.required && input.default === undefined)
        .map(([input]) => input);
      const run = await runAction(name, { timeoutMs: 30_000 });
      expect(run.exitCode).toBe(1);
      expect(run.errors).toHaveLength(1);
      const message = run.errors[0]!;
      const named = required.filter((input) => message.includes(`Input "${input}": got ""`));
      expect(named.length).toBeGreaterThan(0);
      // No stack trace anywhere without RUNNER_DEBUG.
      expect(run.stdout + run.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
      expect(run.outputs).toEqual({});
    },
  );
});
