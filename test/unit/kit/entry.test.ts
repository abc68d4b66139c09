import { describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseCommands, parseKeyValueFile, ROOT } from '../../bench/runner.js';

// The wrapper is exercised as a real process, the way the runner sees it.
function probe(kind: string, extraEnv: Record<string, string> = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'entry-probe-'));
  const output = join(dir, 'output');
  writeFileSync(output, '');
  const result = spawnSync(
    process.execPath,
    ['--import', 'tsx', join(ROOT, 'test/unit/kit/probe/entry-probe.ts')],
    {
      cwd: ROOT,
      encoding: 'utf8',
      env: {
        PATH: process.env['PATH'],
        HOME: process.env['HOME'],
        PROBE_THROW: kind,
        GITHUB_OUTPUT: output,
        ...extraEnv,
      },
    },
  );
  const { annotations } = parseCommands(result.stdout);
  return { ...result, annotations, outputs: parseKeyValueFile(readFileSync(output, 'utf8')) };
}

describe('runAction', () => {
  it('fails the step on a thrown string, with one error annotation', () => {
    const run = probe('string');
    expect(run.status).toBe(1);
    expect(run.annotations).toEqual([
      { level: 'error', message: 'plain string failure', properties: { title: 'Error' } },
    ]);
  });

  it('fails the step on a thrown non-error object and shows its value', () => {
    const run = probe('object');
    expect(run.status).toBe(1);
    expect(run.annotations).toHaveLength(1);
    expect(run.annotations[0]!.message).toBe('failed with a non-error value: {"code":42}');
  });

  it('reports an Error by its name and message, without the stack unless RUNNER_DEBUG is set', () => {
    const quiet = probe('error');
    expect(quiet.status).toBe(1);
    expect(quiet.annotations[0]).toMatchObject({
      message: 'something was undefined',
      properties: { title: 'TypeError' },
    });
    expect(quiet.stdout).not.toContain('entry-probe.ts:');
    const loud = probe('error', { RUNNER_DEBUG: '1' });
    expect(loud.stdout).toMatch(/::debug::TypeError: something was undefined%0A\s+at /);
  });

  it('puts a coded error at its file and line with the hint', () => {
    const run = probe('release');
    expect(run.status).toBe(1);
    expect(run.annotations).toEqual([
      {
        level: 'error',
        message:
          'tag v1.2.3 already exists on another commit\nHint: Delete the tag or release a higher version.',
        properties: { title: 'ETAGEXISTS', file: 'CHANGELOG.md', line: '3', col: '1' },
      },
    ]);
  });

  it('lists every bad input in a single annotation', () => {
    const run = probe('input');
    expect(run.annotations).toHaveLength(1);
    expect(run.annotations[0]!.message.split('\n')).toEqual([
      'Input "a": got "x", expected one of: b, c',
      'Input "d": got "", expected a number (required)',
    ]);
  });

  it('fails on an unhandled rejection even after main resolved', () => {
    const run = probe('rejection');
    expect(run.status).toBe(1);
    expect(run.annotations[0]!.message).toBe('late rejection');
  });

  it('succeeds and writes multi-line outputs in the heredoc form', () => {
    const run = probe('none');
    expect(run.status).toBe(0);
    expect(run.annotations).toEqual([]);
    expect(run.outputs).toEqual({ started: 'yes', multiline: 'line one\nline two' });
  });
});
