import { open } from 'node:fs/promises';
import { extname } from 'node:path';
import { ReportError } from './errors.js';
import { parseLcov } from './lcov.js';
import { parseXmlCoverage } from './xml-coverage.js';
import { parseJsonCoverage } from './istanbul.js';
import { percent } from './errors.js';
import type { CoverageTotals } from './coverage-model.js';

async function firstText(path: string): Promise<string> {
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(512);
    const { bytesRead } = await handle.read(buffer, 0, 512, 0);
    return buffer
      .subarray(0, bytesRead)
      .toString('utf8')
      .replace(/^\ufeff/, '')
      .trimStart();
  } finally {
    await handle.close();
  }
}

/** Any supported coverage report, by extension first and by its first bytes otherwise. */
export async function parseCoverageReport(path: string, display: string): Promise<CoverageTotals> {
  const extension = extname(path).toLowerCase();
  if (extension === '.info' || extension === '.lcov') return parseLcov(path, display);
  if (extension === '.xml') return parseXmlCoverage(path, display);
  if (extension === '.json') return parseJsonCoverage(path, display);
  const head = await firstText(path);
  if (head.startsWith('<')) return parseXmlCoverage(path, display);
  if (head.startsWith('{')) return parseJsonCoverage(path, display);
  if (/^(TN|SF|VER):/.test(head)) return parseLcov(path, display);
  throw new ReportError(
    'not a coverage report this action reads (lcov, Cobertura, Clover, coverage-summary.json)',
    {
      file: display,
      line: 1,
      column: 1,
    },
  );
}

export interface CoverageFigures {
  linesPct: number;
  branchesPct?: number;
  lines: { total: number; covered: number };
  branches?: { total: number; covered: number };
}

/** Totals over several reports (a monorepo's packages), as one percentage per metric. */
export function combineCoverage(reports: CoverageTotals[]): CoverageFigures {
  const counted = reports.filter((r) => r.linesPct === undefined);
  const lines = { total: 0, covered: 0 };
  for (const r of counted) {
    lines.total += r.lines.total;
    lines.covered += r.lines.covered;
  }
  const withBranches = reports.filter((r) => r.branches);
  const branches = withBranches.length > 0 ? { total: 0, covered: 0 } : undefined;
  for (const r of withBranches) {
    branches!.total += r.branches!.total;
    branches!.covered += r.branches!.covered;
  }
  // Reports that only give a rate (old Cobertura, a percentages baseline) are averaged in unweighted.
  const rates = reports.filter((r) => r.linesPct !== undefined).map((r) => r.linesPct!);
  const linesPct =
    rates.length === 0
      ? percent(lines.covered, lines.total)
      : counted.length === 0
        ? rates.reduce((a, b) => a + b, 0) / rates.length
        : (percent(lines.covered, lines.total) * counted.length + rates.reduce((a, b) => a + b, 0)) /
          reports.length;
  const branchRates = reports
    .filter((r) => !r.branches && r.branchesPct !== undefined)
    .map((r) => r.branchesPct!);
  let branchesPct = branches ? percent(branches.covered, branches.total) : undefined;
  if (branchRates.length > 0) {
    const all = branchesPct === undefined ? branchRates : [branchesPct, ...branchRates];
    branchesPct = all.reduce((a, b) => a + b, 0) / all.length;
  }
  return { linesPct, branchesPct, lines, branches };
}
