import { isAbsolute } from 'node:path';
import { parseCoverageReport, reportFigures, type CoverageFigures } from '../parse/coverage.js';
import { mergeCoverage, type MergedCoverage } from '../parse/coverage-merge.js';
import { formatPercent, ReportError } from '../parse/errors.js';
import { displayPath, findFiles, missingReports, type FoundFile } from '../parse/files.js';
import type { CoverageTotals } from '../parse/coverage-model.js';
import { outcome, type Evidence, type GateOutcome } from '../types.js';
import type { GateContext, GateSettings } from '../settings.js';
import { readAll } from './reports.js';

async function readBaseline(path: string, context: GateContext): Promise<CoverageFigures | Evidence> {
  const files = await findFiles(context.workspace, [path]);
  if (files.length === 0) return { message: `coverage baseline "${path}" not found` };
  try {
    return reportFigures(await parseCoverageReport(files[0]!.path, files[0]!.display));
  } catch (thrown) {
    if (thrown instanceof ReportError)
      return { message: `malformed coverage baseline: ${thrown.message}`, ...thrown.location };
    throw thrown;
  }
}

function sourcePath(file: string, context: GateContext): string {
  return isAbsolute(file) ? displayPath(context.workspace, file) : file.replace(/^\.\//, '');
}

/** Each report's own line figure, for the summary: `shard-1/lcov.info 83.33%`. */
function perReport(reports: CoverageTotals[]): string {
  return reports.map((r) => `${r.report} ${formatPercent(reportFigures(r).linesPct)}`).join(', ');
}

function mergedFrom(reports: CoverageTotals[], figures: MergedCoverage): string {
  if (reports.length === 1) return '';
  const how =
    figures.mergedFiles > 0 ? `merged line by line over ${figures.mergedFiles} shared file(s)` : 'summed';
  return ` (${reports.length} reports, ${how}: ${perReport(reports)})`;
}

/** The gate's reasons to fail, each also evidence at a place in the code. */
interface Findings {
  reasons: string[];
  evidence: Evidence[];
}

function fail(found: Findings, message: string, where: Partial<Evidence>): void {
  found.reasons.push(message);
  found.evidence.push({ message, ...where });
}

function thresholdText(settings: GateSettings): string {
  const thresholds = [`lines ≥ ${settings.coverageThreshold}%`];
  if (settings.branchCoverageThreshold !== undefined)
    thresholds.push(`branches ≥ ${settings.branchCoverageThreshold}%`);
  if (settings.coverageBaseline) thresholds.push(`drop ≤ ${settings.coverageMaxDrop} points`);
  return thresholds.join(', ');
}

/** Reports whose files could only be counted at a report's figure, not merged line by line. */
function noteApproximations(figures: MergedCoverage, evidence: Evidence[]): void {
  for (const { file, reports: from } of figures.approximated.slice(0, 5)) {
    evidence.push({
      message: `${file} is in ${from.join(', ')}, and a report without per-line data (coverage-summary.json) cannot be merged line by line: it counts at its best report's figure. Merge lcov, Cobertura, Clover or coverage-final.json reports instead.`,
      file: from[0],
    });
  }
}

function checkThresholds(
  settings: GateSettings,
  figures: MergedCoverage,
  where: Partial<Evidence>,
  found: Findings,
): void {
  if (figures.linesPct < settings.coverageThreshold) {
    fail(
      found,
      `line coverage ${formatPercent(figures.linesPct)} is below ${settings.coverageThreshold}%`,
      where,
    );
  }
  const branchThreshold = settings.branchCoverageThreshold;
  if (branchThreshold === undefined) return;
  if (figures.branchesPct === undefined) {
    fail(found, 'a branch threshold is set but the reports have no branch data', where);
  } else if (figures.branchesPct < branchThreshold) {
    fail(found, `branch coverage ${formatPercent(figures.branchesPct)} is below ${branchThreshold}%`, where);
  }
}

/** With a baseline, how far line coverage may drop; the baseline read, when it could be. */
async function checkBaseline(
  settings: GateSettings,
  context: GateContext,
  figures: MergedCoverage,
  where: Partial<Evidence>,
  found: Findings,
): Promise<CoverageFigures | undefined> {
  if (!settings.coverageBaseline) return undefined;
  const read = await readBaseline(settings.coverageBaseline, context);
  if ('message' in read) {
    found.reasons.push(read.message);
    found.evidence.push(read);
    return undefined;
  }
  const drop = read.linesPct - figures.linesPct;
  if (drop > settings.coverageMaxDrop + 1e-9) {
    fail(
      found,
      `line coverage dropped ${drop.toFixed(2)} points (${formatPercent(read.linesPct)} → ${formatPercent(figures.linesPct)}), more than ${settings.coverageMaxDrop} allowed`,
      where,
    );
  }
  return read;
}

/** The least covered files are where the work is. */
function pointAtWorstFiles(figures: MergedCoverage, context: GateContext, evidence: Evidence[]): void {
  for (const file of figures.worst) {
    evidence.push({
      message: `low coverage: ${formatPercent((file.lines.covered / file.lines.total) * 100)} of ${file.lines.total} lines${file.reports > 1 ? ` (merged from ${file.reports} reports)` : ''}`,
      file: sourcePath(file.file, context),
    });
  }
}

function coverageData(
  reports: CoverageTotals[],
  figures: MergedCoverage,
  baseline: CoverageFigures | undefined,
): Record<string, unknown> {
  return {
    reports: reports.map((r) => {
      const own = reportFigures(r);
      return {
        file: r.report,
        format: r.format,
        lines: Number(own.linesPct.toFixed(4)),
        ...(own.branchesPct === undefined ? {} : { branches: Number(own.branchesPct.toFixed(4)) }),
      };
    }),
    mergedFiles: figures.mergedFiles,
    lines: { ...figures.lines, pct: Number(figures.linesPct.toFixed(4)) },
    branches:
      figures.branchesPct === undefined
        ? undefined
        : { ...figures.branches, pct: Number(figures.branchesPct.toFixed(4)) },
    baseline: baseline ? { lines: baseline.linesPct, branches: baseline.branchesPct } : undefined,
  };
}

/** Every readable report, merged: a file several reports measured counts once, line by line. */
async function mergeReports(parsed: { value: CoverageTotals; file: FoundFile }[], context: GateContext) {
  const reports: CoverageTotals[] = parsed.map((p) => p.value);
  const paths = new Map(parsed.map((p) => [p.value, p.file]));
  const figures = await mergeCoverage(reports, context.workspace, (report, wanted) => {
    const file = paths.get(report)!;
    return parseCoverageReport(file.path, file.display, wanted);
  });
  return { reports, figures };
}

/**
 * coverage: lcov, Cobertura, Clover, Istanbul JSON or summaries, merged over every
 * report (a file several reports measured counts once, line by line);
 * lines (and branches when a threshold is set) at or above the threshold, and
 * with a baseline, no drop beyond `coverage-max-drop` points.
 */
export async function coverageGate(settings: GateSettings, context: GateContext): Promise<GateOutcome> {
  const threshold = thresholdText(settings);
  const files = await findFiles(context.workspace, settings.coverageReports);
  if (files.length === 0) {
    const summary = missingReports('coverage reports', settings.coverageReports);
    return outcome(false, { value: 'no reports', threshold, summary, evidence: [{ message: summary }] });
  }
  const { parsed, broken } = await readAll(files, (file) => parseCoverageReport(file.path, file.display));
  const found: Findings = { evidence: [...broken], reasons: broken.map((b) => b.message) };
  if (parsed.length === 0) {
    return outcome(false, {
      value: 'unreadable',
      threshold,
      summary: found.reasons.join('; '),
      evidence: found.evidence,
    });
  }
  const { reports, figures } = await mergeReports(parsed, context);
  noteApproximations(figures, found.evidence);
  // A shortfall is annotated at the least covered source file, where the work is; the
  // report's first line only when no source file is known.
  const worstSource = figures.worst[0] ? sourcePath(figures.worst[0].file, context) : undefined;
  const where = worstSource ? { file: worstSource } : { file: reports[0]!.report, line: 1 };
  checkThresholds(settings, figures, where, found);
  const baseline = await checkBaseline(settings, context, figures, where, found);
  if (found.reasons.length > 0) pointAtWorstFiles(figures, context, found.evidence);
  const value = [`${formatPercent(figures.linesPct)} lines`];
  if (figures.branchesPct !== undefined) value.push(`${formatPercent(figures.branchesPct)} branches`);
  if (baseline) value.push(`baseline ${formatPercent(baseline.linesPct)}`);
  const passed = found.reasons.length === 0;
  return outcome(passed, {
    value: value.join(', '),
    threshold,
    summary: `${passed ? `coverage meets ${threshold}` : found.reasons.join('; ')}${mergedFrom(reports, figures)}`,
    evidence: found.evidence,
    data: coverageData(reports, figures, baseline),
  });
}
