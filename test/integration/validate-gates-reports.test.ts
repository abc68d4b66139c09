import { describe, it, expect, beforeEach, afterEach } from '@jest/globals';
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { runAction, type RunResult } from '../bench/runner.js';

/**
 * The report gates as a user meets them: the bundle run as a process over
 * reports that jest itself wrote (test/fixtures/gates/jest-shards/generate.sh:
 * two `jest --shard` runs over one source file).
 */
const FIXTURES = join(import.meta.dirname, '../fixtures/gates');
let workspace: string;

beforeEach(async () => {
  workspace = await mkdtemp(join(tmpdir(), 'gates-reports-'));
});
afterEach(async () => {
  await rm(workspace, { recursive: true, force: true });
});

async function place(files: Record<string, string>): Promise<void> {
  for (const [target, source] of Object.entries(files)) {
    await mkdir(dirname(join(workspace, target)), { recursive: true });
    if (source.includes('\n')) await writeFile(join(workspace, target), source);
    else await copyFile(join(FIXTURES, source), join(workspace, target));
  }
}

async function gate(result: RunResult, name: string) {
  const report = JSON.parse(await readFile(result.outputs['report']!, 'utf8'));
  return report.gates.find((g: { gate: string }) => g.gate === name) as {
    status: string;
    value: string;
    summary: string;
    evidence: { message: string }[];
    data: Record<string, unknown>;
  };
}

describe('validate-gates merges coverage from several reports of the same files', () => {
  it.each([
    ['lcov.info', '100% lines, 83.33% branches', '83.33%', '41.66%'],
    ['cobertura-coverage.xml', '100% lines, 50% branches', '83.33%', '41.66%'],
    ['clover.xml', '100% lines, 50% branches', '83.33%', '41.66%'],
    ['coverage-final.json', '100% lines, 83.33% branches', '83.33%', '41.66%'],
  ])('two jest --shard reports (%s) pass a 90%% threshold at 100%% together', async (file, value, a, b) => {
    await place({
      [`coverage/shard-1/${file}`]: `jest-shards/shard-1/${file}`,
      [`coverage/shard-2/${file}`]: `jest-shards/shard-2/${file}`,
    });
    const result = await runAction('validate-gates', {
      workspace,
      inputs: { gates: 'coverage', 'coverage-reports': `coverage/shard-*/${file}`, 'coverage-threshold': 90 },
    });
    expect(result.errors).toEqual([]);
    expect(result.exitCode).toBe(0);
    const coverage = await gate(result, 'coverage');
    expect(coverage.status).toBe('passed');
    expect(coverage.value).toBe(value);
    expect(coverage.summary).toBe(
      `coverage meets lines ≥ 90% (2 reports, merged line by line over 1 shared file(s): coverage/shard-1/${file} ${a}, coverage/shard-2/${file} ${b})`,
    );
    expect(coverage.data['reports']).toEqual([
      expect.objectContaining({ file: `coverage/shard-1/${file}`, lines: 83.3333 }),
      expect.objectContaining({ file: `coverage/shard-2/${file}`, lines: 41.6667 }),
    ]);
    expect(result.summary).toContain('100% lines');
  });

  it('summaries without per-line data are not averaged either: the best report counts, with a warning', async () => {
    await place({
      'coverage/shard-1/coverage-summary.json': 'jest-shards/shard-1/coverage-summary.json',
      'coverage/shard-2/coverage-summary.json': 'jest-shards/shard-2/coverage-summary.json',
    });
    const result = await runAction('validate-gates', {
      workspace,
      inputs: {
        gates: 'coverage',
        'coverage-reports': 'coverage/shard-*/coverage-summary.json',
        mode: 'warn',
      },
    });
    const coverage = await gate(result, 'coverage');
    expect(coverage.value).toMatch(/^83\.33% lines/);
    expect(coverage.evidence.map((e) => e.message)).toContainEqual(
      expect.stringContaining('cannot be merged line by line'),
    );
  });
});

describe('validate-gates boundaries', () => {
  it('coverage exactly at the threshold passes; a line less fails', async () => {
    // 4 of 5 lines: exactly 80%.
    await place({
      'coverage/lcov.info': 'SF:src/a.js\nDA:1,1\nDA:2,1\nDA:3,1\nDA:4,1\nDA:5,0\nend_of_record\n',
    });
    const at = await runAction('validate-gates', {
      workspace,
      inputs: { gates: 'coverage', 'coverage-threshold': 80 },
    });
    expect(at.exitCode).toBe(0);
    expect((await gate(at, 'coverage')).status).toBe('passed');
    const above = await runAction('validate-gates', {
      workspace,
      inputs: { gates: 'coverage', 'coverage-threshold': 80.01 },
    });
    expect(above.exitCode).toBe(1);
    expect((await gate(above, 'coverage')).summary).toBe('line coverage 80% is below 80.01%');
  });

  it('a JUnit report with no test cases fails the tests gate by default; min-tests 0 accepts it', async () => {
    await place({
      'reports/junit.xml':
        '<?xml version="1.0"?>\n<testsuites name="jest tests" tests="0" failures="0" errors="0">\n</testsuites>\n',
    });
    const empty = await runAction('validate-gates', { workspace, inputs: { gates: 'tests' } });
    expect(empty.exitCode).toBe(1);
    const tests = await gate(empty, 'tests');
    expect(tests.status).toBe('failed');
    expect(tests.summary).toBe('only 0 tests ran, 1 required');
    const accepted = await runAction('validate-gates', {
      workspace,
      inputs: { gates: 'tests', 'min-tests': 0 },
    });
    expect(accepted.exitCode).toBe(0);
  });
});

describe('validate-gates says why a file could not be read', () => {
  it('a changelog or flags file that is a folder is unreadable, not "not found"', async () => {
    await mkdir(join(workspace, 'CHANGELOG.md'));
    await mkdir(join(workspace, 'flags.json'));
    const result = await runAction('validate-gates', {
      workspace,
      inputs: { gates: 'changelog, flags', 'flags-file': 'flags.json', version: '1.2.0' },
    });
    expect(result.exitCode).toBe(1);
    const changelog = await gate(result, 'changelog');
    expect(changelog).toMatchObject({
      value: 'unreadable',
      summary: 'CHANGELOG.md cannot be read: it is a folder, not a file',
    });
    expect((await gate(result, 'flags')).summary).toBe(
      'flags file flags.json cannot be read: it is a folder, not a file',
    );
  });

  it('a missing one is still "not found"', async () => {
    const result = await runAction('validate-gates', { workspace, inputs: { gates: 'changelog' } });
    expect((await gate(result, 'changelog')).summary).toBe('CHANGELOG.md not found');
  });
});
