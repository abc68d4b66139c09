import { isAbsolute } from 'node:path';
import { parseCoverageReport, reportFigures, type CoverageFigures } from '../parse/coverage.js';
import { mergeCoverage, type MergedCoverage } from '../parse/coverage-merge.js';
import { formatPercent, ReportError } from '../parse/errors.js';
import { displayPath, findFiles, missingReports } from '../parse/files.js';
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

/**
 * coverage: lcov, Cobertura, Clover, Istanbul JSON or summaries, merged over every
 * report (a file several reports measured counts once, line by line);
 * lines (and branches when a threshold is set) at or above the threshold, and
 * with a baseline, no drop beyond `coverage-max-drop` points.
 */
export async function coverageGate(settings: GateSettings, context: GateContext): Promise<GateOutcome> {
  const thresholds = [`lines ≥ ${settings.coverageThreshold}%`];
  if (settings.branchCoverageThreshold !== undefined)
    thresholds.push(`branches ≥ ${settings.branchCoverageThreshold}%`);
  if (settings.coverageBaseline) thresholds.push(`drop ≤ ${settings.coverageMaxDrop} points`);
  const threshold = thresholds.join(', ');
  const files = await findFiles(context.workspace, settings.coverageReports);
  if (files.length === 0) {
    const summary = missingReports('coverage reports', settings.coverageReports);
    return outcome(false, { value: 'no reports', threshold, summary, evidence: [{ message: summary }] });
  }
  const { parsed, broken } = await readAll(files, (file) => parseCoverageReport(file.path, file.display));
  const evidence: Evidence[] = [...broken];
  const reasons = broken.map((b) => b.message);
  if (parsed.length === 0) {
    return outcome(false, { value: 'unreadable', threshold, summary: reasons.join('; '), evidence });
  }
  const reports: CoverageTotals[] = parsed.map((p) => p.value);
  const paths = new Map(parsed.map((p) => [p.value, p.file]));
  const figures = await mergeCoverage(reports, context.workspace, (report, wanted) => {
    const file = paths.get(report)!;
    return parseCoverageReport(file.path, file.display, wanted);
  });
  for (const { file, reports: from } of figures.approximated.slice(0, 5)) {
    evidence.push({
      message: `${file} is in ${from.join(', ')}, and a report without per-line data (coverage-summary.json) cannot be merged line by line: it counts at its best report's figure. Merge lcov, Cobertura, Clover or coverage-final.json reports instead.`,
      file: from[0],
    });
  }
  // A shortfall is annotated at the least covered source file, where the work is; the
  // report's first line only when no source file is known.
  const worstSource = figures.worst[0] ? sourcePath(figures.worst[0].file, context) : undefined;
  const where = worstSource ? { file: worstSource } : { file: reports[0]!.report, line: 1 };
  const lineProblem = figures.linesPct < settings.coverageThreshold;
  if (lineProblem) {
    reasons.push(`line coverage ${formatPercent(figures.linesPct)} is below ${settings.coverageThreshold}%`);
    evidence.push({ message: reasons[reasons.length - 1]!, ...where });
  }
  if (settings.branchCoverageThreshold !== undefined) {
    if (figures.branchesPct === undefined) {
      reasons.push('a branch threshold is set but the reports have no branch data');
      evidence.push({ message: reasons[reasons.length - 1]!, ...where });
    } else if (figures.branchesPct < settings.branchCoverageThreshold) {
      reasons.push(
        `branch coverage ${formatPercent(figures.branchesPct)} is below ${settings.branchCoverageThreshold}%`,
      );
      evidence.push({ message: reasons[reasons.length - 1]!, ...where });
    }
  }
  let baseline: CoverageFigures | undefined;
  if (settings.coverageBaseline) {
    const read = await readBaseline(settings.coverageBaseline, context);
    if ('message' in read) {
      reasons.push(read.message);
      evidence.push(read);
    } else {
      baseline = read;
      const drop = baseline.linesPct - figures.linesPct;
      if (drop > settings.coverageMaxDrop + 1e-9) {
        reasons.push(
          `line coverage dropped ${drop.toFixed(2)} points (${formatPercent(baseline.linesPct)} → ${formatPercent(figures.linesPct)}), more than ${settings.coverageMaxDrop} allowed`,
        );
        evidence.push({ message: reasons[reasons.length - 1]!, ...where });
      }
    }
  }
  if (reasons.length > 0) {
    // The least covered files are where the work is.
    for (const file of figures.worst) {
      evidence.push({
        message: `low coverage: ${formatPercent((file.lines.covered / file.lines.total) * 100)} of ${file.lines.total} lines${file.reports > 1 ? ` (merged from ${file.reports} reports)` : ''}`,
        file: sourcePath(file.file, context),
      });
    }
  }
  const value = [`${formatPercent(figures.linesPct)} lines`];
  if (figures.branchesPct !== undefined) value.push(`${formatPercent(figures.branchesPct)} branches`);
  if (baseline) value.push(`baseline ${formatPercent(baseline.linesPct)}`);
  const passed = reasons.length === 0;
  return outcome(passed, {
    value: value.join(', '),
    threshold,
    summary: `${passed ? `coverage meets ${threshold}` : reasons.join('; ')}${mergedFrom(reports, figures)}`,
    evidence,
    data: {
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
    },
  });
}
