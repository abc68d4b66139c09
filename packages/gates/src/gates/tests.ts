import { isAbsolute } from 'node:path';
import { displayPath, findFiles, missingReports } from '../parse/files.js';
import { parseJunit, type JunitTotals } from '../parse/junit.js';
import { EVIDENCE_LIMIT, outcome, type Evidence, type GateOutcome } from '../types.js';
import type { GateContext, GateSettings } from '../settings.js';
import { plural, readAll } from './reports.js';

/** `Suite › name`, or the name alone when the suite repeats it or is missing. */
function testLabel(suite: string, name: string): string {
  const [s, n] = [suite.trim(), name.trim()];
  return s && s !== n && s !== 'undefined' ? `${s} › ${n}` : n;
}

/** The failed tests by name, for the gate's one line: the first few, then how many more. */
function namesOf(labels: string[], failed: number): string {
  const shown = labels
    .slice(0, NAMES_SHOWN)
    .map((label) => (label.length > 80 ? `${label.slice(0, 79)}…` : label));
  const more = failed - shown.length;
  return shown.join(', ') + (more > 0 ? ` and ${more} more` : '');
}

const NAMES_SHOWN = 3;

/** tests: every JUnit report read; no failures or errors; at least `min-tests` test cases. */
export async function testsGate(settings: GateSettings, context: GateContext): Promise<GateOutcome> {
  const threshold = `0 failed${settings.minTests > 0 ? `, ≥ ${settings.minTests} tests` : ''}`;
  const files = await findFiles(context.workspace, settings.junitReports);
  if (files.length === 0) {
    const summary = missingReports('JUnit reports', settings.junitReports);
    return outcome(false, { value: 'no reports', threshold, summary, evidence: [{ message: summary }] });
  }
  const { parsed, broken } = await readAll(files, (file) => parseJunit(file.path, file.display));
  const totals: JunitTotals = { tests: 0, failures: 0, errors: 0, skipped: 0, failed: [] };
  for (const { value } of parsed) {
    totals.tests += value.tests;
    totals.failures += value.failures;
    totals.errors += value.errors;
    totals.skipped += value.skipped;
    totals.failed.push(...value.failed);
  }
  const failed = totals.failures + totals.errors;
  const evidence: Evidence[] = [...broken];
  const labels: string[] = [];
  for (const failure of totals.failed.slice(0, EVIDENCE_LIMIT)) {
    const file = failure.file ? failure.file.replace(/^\.\//, '') : undefined;
    const label = testLabel(failure.suite, failure.name);
    labels.push(label);
    evidence.push({
      message: `${failure.kind === 'error' ? 'error' : 'failed'}: ${label}${failure.message ? `: ${failure.message}` : ''}`,
      file: file && isAbsolute(file) ? displayPath(context.workspace, file) : file,
      line: failure.line,
      column: failure.column,
    });
  }
  const tooFew = totals.tests < settings.minTests;
  const reasons: string[] = [];
  if (broken.length > 0) reasons.push(`${plural(broken.length, 'report')} could not be read`);
  if (failed > 0)
    reasons.push(`${failed} of ${plural(totals.tests, 'test')} failed: ${namesOf(labels, failed)}`);
  if (tooFew) reasons.push(`only ${plural(totals.tests, 'test')} ran, ${settings.minTests} required`);
  const passed = reasons.length === 0;
  return outcome(passed, {
    value: `${totals.tests} tests, ${failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}`,
    threshold,
    summary: passed
      ? `${plural(totals.tests, 'test')} passed in ${plural(parsed.length, 'report')}`
      : reasons.join('; '),
    evidence,
    data: {
      reports: parsed.map((p) => p.file.display),
      tests: totals.tests,
      failures: totals.failures,
      errors: totals.errors,
      skipped: totals.skipped,
    },
  });
}
