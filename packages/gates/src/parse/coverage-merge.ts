import { isAbsolute, relative, sep } from 'node:path';
import {
  addCounter,
  LineDetail,
  type Counter,
  type CoverageTotals,
  type FileTotals,
} from './coverage-model.js';
import { coverageFigures, type CoverageFigures } from './coverage.js';

/**
 * Several coverage reports as one, the way `lcov -a`, `nyc merge` and Codecov
 * combine them: reports of different files add up; a file that several reports
 * measured (`jest --shard`, a unit and an integration run) counts once, with a
 * line covered when any report saw it run and a branch when any saw it taken.
 * Adding percentages or counts of the same file would under- or over-state it.
 *
 * Reports are read once for their per-file counters; only when files overlap are
 * the reports holding them read again, keeping per-line facts for those files
 * alone, so the memory stays proportional to what has to be merged.
 */

export interface MergedFile {
  /** Workspace-relative where it lies inside the workspace, else as the report names it. */
  file: string;
  lines: Counter;
  /** How many reports measured it. */
  reports: number;
}

export interface MergedCoverage extends CoverageFigures {
  /** Files measured by more than one report (or named twice in one), merged line by line. */
  mergedFiles: number;
  /** Files that overlapped where a report holds no per-line facts: counted at their best single report. */
  approximated: { file: string; reports: string[] }[];
  /** The least covered files after merging, worst first. */
  worst: MergedFile[];
}

export type Reparse = (report: CoverageTotals, wanted: ReadonlySet<string>) => Promise<CoverageTotals>;

const WORST_FILES = 5;

/** One name per source file, however each format writes it: workspace-relative, `/`-separated, no `./`. */
export function sourceKey(workspace: string, name: string): string {
  const slashed = name.replace(/\\/g, '/').replace(/^file:\/\//, '');
  if (isAbsolute(slashed)) {
    const rel = relative(workspace, slashed);
    if (!rel.startsWith('..') && !isAbsolute(rel)) return rel.split(sep).join('/');
    return slashed;
  }
  return slashed.replace(/^(\.\/)+/, '');
}

interface Contribution {
  report: number;
  name: string;
}

function ratio(counter: Counter): number {
  return counter.total === 0 ? 1 : counter.covered / counter.total;
}

export async function mergeCoverage(
  reports: CoverageTotals[],
  workspace: string,
  reparse: Reparse,
): Promise<MergedCoverage> {
  const byFile = new Map<string, Contribution[]>();
  reports.forEach((report, index) => {
    for (const name of report.files.keys()) {
      const key = sourceKey(workspace, name);
      const list = byFile.get(key);
      if (list) list.push({ report: index, name });
      else byFile.set(key, [{ report: index, name }]);
    }
  });
  const overlapping = [...byFile.entries()].filter(
    ([, list]) => list.length > 1 || list.some((c) => reports[c.report]!.repeated.has(c.name)),
  );

  // Second read, per-line facts of the overlapping files only.
  const wanted = new Map<number, Set<string>>();
  for (const [, list] of overlapping) {
    for (const c of list) {
      if (!reports[c.report]!.hasLineDetail) continue;
      const set = wanted.get(c.report) ?? new Set<string>();
      set.add(c.name);
      wanted.set(c.report, set);
    }
  }
  const details = new Map<number, Map<string, LineDetail>>();
  for (const [index, names] of wanted) details.set(index, (await reparse(reports[index]!, names)).detail);

  const lines: Counter = { total: 0, covered: 0 };
  const branches: Counter = { total: 0, covered: 0 };
  for (const report of reports) {
    addCounter(lines, report.lines);
    if (report.branches) addCounter(branches, report.branches);
  }
  const merged = new Map<string, { totals: FileTotals; reports: number }>();
  const approximated: MergedCoverage['approximated'] = [];
  for (const [key, list] of overlapping) {
    // Out with what each report counted for the file, in with the union.
    for (const c of list) {
      const own = reports[c.report]!.files.get(c.name)!;
      subtract(lines, own.lines);
      if (reports[c.report]!.branches) subtract(branches, own.branches);
    }
    const union = new LineDetail();
    const without: FileTotals[] = [];
    for (const c of list) {
      const detail = details.get(c.report)?.get(c.name);
      const own = reports[c.report]!.files.get(c.name)!;
      // A record with totals but no lines (an lcov record of LF/LH only) has nothing to merge with.
      if (detail && (detail.lines.size > 0 || own.lines.total === 0)) union.absorb(detail);
      else without.push(own);
    }
    let totals = union.totals();
    if (without.length > 0) {
      approximated.push({ file: key, reports: list.map((c) => reports[c.report]!.report) });
      for (const own of without) if (own.lines.covered > totals.lines.covered) totals = own;
    }
    addCounter(lines, totals.lines);
    if (reports.some((r) => r.branches)) addCounter(branches, totals.branches);
    merged.set(key, { totals, reports: new Set(list.map((c) => c.report)).size });
  }

  const figures = coverageFigures(reports, lines, reports.some((r) => r.branches) ? branches : undefined);
  return {
    ...figures,
    mergedFiles: overlapping.length,
    approximated,
    worst: worstFiles(reports, byFile, merged, workspace),
  };
}

function subtract(from: Counter, what: Counter): void {
  from.total -= what.total;
  from.covered -= what.covered;
}

function worstFiles(
  reports: CoverageTotals[],
  byFile: Map<string, Contribution[]>,
  merged: Map<string, { totals: FileTotals; reports: number }>,
  workspace: string,
): MergedFile[] {
  const worst: MergedFile[] = [];
  for (const [key, list] of byFile) {
    const lines = merged.get(key)?.totals.lines ?? reports[list[0]!.report]!.files.get(list[0]!.name)!.lines;
    if (lines.total === 0) continue;
    const last = worst[worst.length - 1];
    if (worst.length >= WORST_FILES && last && ratio(lines) >= ratio(last.lines)) continue;
    worst.push({ file: sourceKey(workspace, key), lines, reports: merged.get(key)?.reports ?? 1 });
    worst.sort((a, b) => ratio(a.lines) - ratio(b.lines));
    if (worst.length > WORST_FILES) worst.pop();
  }
  return worst;
}
