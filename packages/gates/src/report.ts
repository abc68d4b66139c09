import { table, heading, details, icon, cell } from '../../kit/src/index.js';
import { GATES } from './evaluate.js';
import type { Evidence, GateResult } from './types.js';

export interface GateReport {
  passed: boolean;
  mode: 'enforce' | 'warn';
  commit: string;
  ref: string;
  evaluatedAt: string;
  failedGates: string[];
  overrides: { gate: string; reason: string; actor: string }[];
  gates: GateResult[];
}

export function buildReport(
  results: GateResult[],
  meta: { mode: 'enforce' | 'warn'; commit: string; ref: string; now: Date },
): GateReport {
  const failedGates = results.filter((r) => r.status === 'failed').map((r) => r.gate);
  return {
    passed: failedGates.length === 0,
    mode: meta.mode,
    commit: meta.commit,
    ref: meta.ref,
    evaluatedAt: meta.now.toISOString(),
    failedGates,
    overrides: results.filter((r) => r.override).map((r) => ({ gate: r.gate, ...r.override! })),
    gates: results,
  };
}

function statusText(result: GateResult): string {
  if (result.status === 'overridden') return '⚠️ overridden';
  return `${icon(result.status === 'passed')} ${result.status}`;
}

function evidenceLine(item: Evidence): string {
  const where = item.file ? `\`${item.file}${item.line ? `:${item.line}` : ''}\` ` : '';
  return `- ${where}${cell(item.message)}`;
}

/** The job summary: one table, a row per gate, then the evidence of each gate that did not pass. */
export function summaryMarkdown(report: GateReport): string {
  const failed = report.failedGates.length;
  const title =
    failed === 0
      ? `✅ Release gates: all ${report.gates.length} passed`
      : `❌ Release gates: ${failed} of ${report.gates.length} failed${report.mode === 'warn' ? ' (warn mode: not blocking)' : ''}`;
  let markdown = heading(title);
  markdown += table(
    ['Gate', 'Status', 'Value', 'Threshold', 'Details'],
    report.gates.map((r) => [GATES[r.gate].title, statusText(r), r.value, r.threshold, r.summary]),
  );
  for (const result of report.gates) {
    if (result.status === 'passed' || result.evidence.length === 0) continue;
    markdown +=
      '\n' +
      details(`${GATES[result.gate].title}: ${result.status}`, result.evidence.map(evidenceLine).join('\n'));
  }
  for (const override of report.overrides) {
    markdown += `\n> **${override.gate} overridden** by ${cell(override.actor || 'unknown')}: ${cell(override.reason)}\n`;
  }
  return markdown;
}

export interface GateAnnotation {
  level: 'error' | 'warning' | 'notice';
  title: string;
  message: string;
  file?: string;
  line?: number;
  column?: number;
}

/** At most this many located annotations per gate: the runner shows only a few per step anyway. */
const LOCATED_PER_GATE = 5;

/**
 * One annotation per gate that did not pass (at its first located evidence, if
 * any), then up to a few more at other places a file and line are known.
 */
export function annotationsFor(report: GateReport): GateAnnotation[] {
  const level = report.mode === 'enforce' ? 'error' : 'warning';
  const annotations: GateAnnotation[] = [];
  for (const result of report.gates) {
    const title = `${GATES[result.gate].title} gate`;
    if (result.status === 'overridden') {
      annotations.push({ level: 'warning', title, message: result.summary });
      continue;
    }
    if (result.status !== 'failed') continue;
    const located = result.evidence.filter((e) => e.file);
    const first = located[0];
    annotations.push({
      level,
      title,
      message: result.summary,
      file: first?.file,
      line: first?.line,
      column: first?.column,
    });
    for (const item of located.slice(1, LOCATED_PER_GATE)) {
      annotations.push({
        level,
        title,
        message: item.message,
        file: item.file,
        line: item.line,
        column: item.column,
      });
    }
  }
  return annotations;
}
