import { describe, it, expect, beforeAll, afterAll } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseCoverageReport } from '../../../packages/gates/src/parse/coverage.js';
import { mergeCoverage } from '../../../packages/gates/src/parse/coverage-merge.js';
import type { CoverageTotals } from '../../../packages/gates/src/parse/coverage-model.js';

/**
 * Two `jest --shard` runs over one source file (test/fixtures/gates/jest-shards,
 * written by jest itself: see generate.sh there). Shard 1 runs 10 of its 12
 * lines, shard 2 runs 5; together every line ran.
 */
const SHARDS = join(import.meta.dirname, '../../fixtures/gates/jest-shards');
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'coverage-merge-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function merge(paths: string[]) {
  const reports = await Promise.all(paths.map((p) => parseCoverageReport(p, p)));
  const byReport = new Map<CoverageTotals, string>(reports.map((r, i) => [r, paths[i]!]));
  let rereads = 0;
  const merged = await mergeCoverage(reports, dir, (report, wanted) => {
    rereads += 1;
    return parseCoverageReport(byReport.get(report)!, report.report, wanted);
  });
  return { reports, merged, rereads };
}

const shard = (n: number, file: string) => join(SHARDS, `shard-${n}`, file);

/** `lcov --summary` of `lcov -a a -a b`, the reference merge. */
function lcovMerged(a: string, b: string): { lines: [number, number]; branches: [number, number] } {
  const out = join(dir, `merged-${Math.random().toString(36).slice(2)}.info`);
  execFileSync('lcov', ['-q', '--rc', 'lcov_branch_coverage=1', '-a', a, '-a', b, '-o', out]);
  const summary = execFileSync('lcov', ['--rc', 'lcov_branch_coverage=1', '--summary', out], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const figure = (name: string): [number, number] => {
    const match = new RegExp(`${name}\\.*: [\\d.]+% \\((\\d+) of (\\d+)`).exec(summary)!;
    return [Number(match[1]), Number(match[2])];
  };
  return { lines: figure('lines'), branches: figure('branches') };
}

describe('coverage of one file from several reports is merged line by line', () => {
  it('two jest shards in lcov: 83.33% and 41.67% of the lines make 100%, as lcov -a says', async () => {
    const { reports, merged } = await merge([shard(1, 'lcov.info'), shard(2, 'lcov.info')]);
    expect(reports.map((r) => r.lines)).toEqual([
      { total: 12, covered: 10 },
      { total: 12, covered: 5 },
    ]);
    expect(merged.lines).toEqual({ total: 12, covered: 12 });
    expect(merged.linesPct).toBe(100);
    expect(merged.branches).toEqual({ total: 6, covered: 5 });
    expect(merged.mergedFiles).toBe(1);
    const reference = lcovMerged(shard(1, 'lcov.info'), shard(2, 'lcov.info'));
    expect([merged.lines.covered, merged.lines.total]).toEqual(reference.lines);
    expect([merged.branches!.covered, merged.branches!.total]).toEqual(reference.branches);
  });

  it('V8 coverage (c8-style lcov from --coverageProvider=v8) merges to what lcov -a gives', async () => {
    const a = join(SHARDS, 'shard-v8-1/lcov.info');
    const b = join(SHARDS, 'shard-v8-2/lcov.info');
    const { merged } = await merge([a, b]);
    const reference = lcovMerged(a, b);
    expect([merged.lines.covered, merged.lines.total]).toEqual(reference.lines);
    expect([merged.branches!.covered, merged.branches!.total]).toEqual(reference.branches);
    expect(merged.linesPct).toBe(100);
  });

  it.each([['cobertura-coverage.xml'], ['clover.xml'], ['coverage-final.json']])(
    'the same shards as %s merge to every line covered',
    async (file) => {
      const { merged, rereads } = await merge([shard(1, file), shard(2, file)]);
      expect(merged.lines).toEqual({ total: 12, covered: 12 });
      expect(rereads).toBe(2);
      expect(merged.approximated).toEqual([]);
    },
  );

  it('coverage-final.json knows which branch ran, so its branches merge exactly (5 of 6)', async () => {
    const { merged } = await merge([shard(1, 'coverage-final.json'), shard(2, 'coverage-final.json')]);
    expect(merged.branches).toEqual({ total: 6, covered: 5 });
  });

  it('coverage-summary.json has no lines to merge: the file counts at its best report and says so', async () => {
    const { merged } = await merge([shard(1, 'coverage-summary.json'), shard(2, 'coverage-summary.json')]);
    expect(merged.lines).toEqual({ total: 12, covered: 10 });
    expect(merged.approximated).toEqual([
      {
        file: '/home/runner/work/shop/shop/src/pricing.js',
        reports: [shard(1, 'coverage-summary.json'), shard(2, 'coverage-summary.json')],
      },
    ]);
  });

  it('reports of different files add up and are read once', async () => {
    const a = join(dir, 'a.info');
    const b = join(dir, 'b.info');
    await writeFile(a, 'SF:src/a.js\nDA:1,1\nDA:2,1\nDA:3,0\nDA:4,0\nend_of_record\n');
    await writeFile(b, 'SF:src/b.js\nDA:1,1\nDA:2,1\nend_of_record\n');
    const { merged, rereads } = await merge([a, b]);
    expect(merged.lines).toEqual({ total: 6, covered: 4 });
    expect(merged.mergedFiles).toBe(0);
    expect(rereads).toBe(0);
  });

  it('the same file under different names (relative, ./, absolute in the workspace) is one file', async () => {
    const a = join(dir, 'rel.info');
    const b = join(dir, 'abs.info');
    await writeFile(a, 'SF:./src/a.js\nDA:1,1\nDA:2,0\nend_of_record\n');
    await writeFile(b, `SF:${join(dir, 'src/a.js')}\nDA:1,0\nDA:2,1\nend_of_record\n`);
    const { merged } = await merge([a, b]);
    expect(merged.lines).toEqual({ total: 2, covered: 2 });
    expect(merged.worst).toEqual([{ file: 'src/a.js', lines: { total: 2, covered: 2 }, reports: 2 }]);
  });

  it('a file named twice in one report counts once', async () => {
    const a = join(dir, 'twice.info');
    await writeFile(
      a,
      'SF:src/a.js\nDA:1,1\nDA:2,0\nend_of_record\nSF:src/a.js\nDA:1,0\nDA:2,0\nend_of_record\n',
    );
    const { merged } = await merge([a]);
    expect(merged.lines).toEqual({ total: 2, covered: 1 });
  });
});
