/**
 * What a step that fails on its inputs loads. Every step starts a fresh node, so what the input
 * check loads is paid on every run: it is kept to the bundle's entry file (the run logic is a
 * chunk loaded once the inputs pass) and to the builtins node itself loads, with no
 * `fs/promises` (streams, readline), `os` or `vm`. The time itself is measured by
 * `npm run bench -- startup`; this holds the line on what is loaded.
 */
import { afterAll, describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { listActions } from '../../scripts/actions.mjs';
import { NODE24, ROOT, runAction } from '../bench/runner.js';

const actions = listActions(ROOT);
const probe = join(ROOT, 'test/bench/startup-probe.cjs');
const scratch = mkdtempSync(join(tmpdir(), 'cold-start-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

interface Loaded {
  builtins: string[];
  files: string[];
}

/** Builtins an input check itself needs: smoke-test checks a json-path's filters with jsonpath-plus's evaluator. */
const NEEDED_BY_INPUT_CHECKS: Record<string, string[]> = { 'smoke-test': ['vm'] };

const readLoaded = (file: string): Loaded => JSON.parse(readFileSync(file, 'utf8')) as Loaded;

function bareNode(): Loaded {
  const file = join(scratch, 'bare.json');
  // Through pipes, writing to both, as the runner runs a step (a piped stdout loads net and streams).
  const result = spawnSync(
    NODE24,
    ['--require', probe, '-e', 'process.stdout.write(""); process.stderr.write("")'],
    {
      env: { PATH: process.env['PATH'], STARTUP_PROBE_FILE: file },
    },
  );
  if (result.status !== 0) throw new Error(`bare node failed: ${String(result.stderr)}`);
  return readLoaded(file);
}

describe('a step that fails on its inputs', () => {
  const bare = bareNode();

  it.each(actions)('%s loads only its entry file and the builtins bare node loads', async (name) => {
    const file = join(scratch, `${name}.json`);
    const run = await runAction(name, {
      env: { NODE_OPTIONS: `--require ${probe}`, STARTUP_PROBE_FILE: file },
      timeoutMs: 30_000,
    });
    expect(run.exitCode).toBe(1);
    expect(run.errors).toHaveLength(1);
    const loaded = readLoaded(file);
    expect(loaded.files).toEqual([pathToFileURL(join(ROOT, 'dist', name, 'index.js')).href]);
    const allowed = [...bare.builtins, ...(NEEDED_BY_INPUT_CHECKS[name] ?? [])];
    expect(loaded.builtins.filter((builtin) => !allowed.includes(builtin))).toEqual([]);
  });
});
