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
export async function parseCoverageReport(
  path: string,
  display: string,
  wanted?: ReadonlySet<string>,
): Promise<CoverageTotals> {
  const extension = extname(path).toLowerCase();
  if (extension === '.info' || extension === '.lcov') return parseLcov(path, display, wanted);
  if (extension === '.xml') return parseXmlCoverage(path, display, wanted);
  if (extension === '.json') return parseJsonCoverage(path, display, wanted);
  const head = await firstText(path);
  if (head.startsWith('<')) return parseXmlCoverage(path, display, wanted);
  if (head.startsWith('{')) return parseJsonCoverage(path, display, wanted);
  if (/^(TN|SF|VER):/.test(head)) return parseLcov(path, display, wanted);
  throw new ReportError(
    'not a coverage report this action reads (lcov, Cobertura, Clover, coverage-final.json, coverage-summary.json)',
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

/**
 * Percentages from counts, with reports that only give a rate (old Cobertura, a
 * percentages baseline) averaged in unweighted: they carry nothing to count with.
 */
export function coverageFigures(
  reports: CoverageTotals[],
  lines: { total: number; covered: number },
  branches: { total: number; covered: number } | undefined,
): CoverageFigures {
  const counted = reports.filter((r) => r.linesPct === undefined).length;
  const rates = reports.filter((r) => r.linesPct !== undefined).map((r) => r.linesPct!);
  const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
  const linesPct =
    rates.length === 0
      ? percent(lines.covered, lines.total)
      : counted === 0
        ? sum(rates) / rates.length
        : (percent(lines.covered, lines.total) * counted + sum(rates)) / reports.length;
  const branchRates = reports
    .filter((r) => !r.branches && r.branchesPct !== undefined)
    .map((r) => r.branchesPct!);
  let branchesPct = branches ? percent(branches.covered, branches.total) : undefined;
  if (branchRates.length > 0) {
    const all = branchesPct === undefined ? branchRates : [branchesPct, ...branchRates];
    branchesPct = sum(all) / all.length;
  }
  return { linesPct, branchesPct, lines, branches };
}

/** One report's own figures, before any merging. */
export function reportFigures(report: CoverageTotals): CoverageFigures {
  return coverageFigures([report], { ...report.lines }, report.branches && { ...report.branches });
}
