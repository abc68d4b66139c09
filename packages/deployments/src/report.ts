/** Job summaries: the steps with their timings, the analysis figures and the rollback report. */
import { decisionSentence, EVIDENCE_HEADERS, evidenceRows } from '../../checks/src/index.js';
import { formatDuration, code, heading, icon, table } from '../../kit/src/index.js';
import type { DeployResult } from './deploy.js';
import { nameMigration, type MigrationRecord } from './migration.js';
import type { RollbackOutcome } from './rollback.js';
import type { Timeline } from './timeline.js';
import type { DeploySettings } from './types.js';

const percent = (share: number) => `${(share * 100).toFixed(share > 0 && share < 0.001 ? 3 : 2)}%`;
const ms = (value: number) => `${Math.round(value)} ms`;

/** `shown`: the failure the summary states above the table, which a failed step does not repeat. */
export function stepsTable(timeline: Timeline, shown?: string): string {
  if (timeline.steps.length === 0) return '';
  const rows = timeline.steps.map((step, index) => [
    index + 1,
    step.name,
    step.detail + stepNote(step.note, shown),
    step.durationMs > 0 ? formatDuration(step.durationMs) : '',
    icon(step.ok),
  ]);
  return heading('Steps', 3) + table(['#', 'Step', 'Detail', 'Took', 'Result'], rows) + '\n';
}

function stepNote(note: string | undefined, shown: string | undefined): string {
  if (!note) return '';
  if (shown?.includes(note)) return ' (the failure above)';
  return ` (${note.length > 120 ? `${note.slice(0, 119)}…` : note})`;
}

export function analysisTable(timeline: Timeline): string {
  if (timeline.analyses.length === 0) return '';
  const rows = timeline.analyses.map(({ weight, report }) => [
    `${weight}%`,
    report.samples,
    percent(report.errorRate),
    ms(report.latencyMs.p50),
    ms(report.latencyMs.p95),
    ms(report.latencyMs.p99),
    ms(report.latencyMs.max),
    report.consecutiveFailuresMax,
    `${icon(report.passed)}${report.reasons.length > 0 ? ' ' + report.reasons.join('; ') : ''}`,
  ]);
  const limits = timeline.analyses[0]!.report.thresholds;
  const note =
    `Limits: error rate ≤ ${percent(limits.maxErrorRate)}, p95 ≤ ${ms(limits.maxP95Ms)}, ` +
    `at least ${limits.minSamples} requests, at most ${limits.maxConsecutiveFailures} failures in a row.\n\n`;
  const evidence = timeline.analyses
    .filter(({ report }) => report.decision)
    .map(({ weight, report }) => {
      const decision = report.decision!;
      const rows = evidenceRows(decision);
      return (
        `At ${weight}%: ${decisionSentence(decision)}\n\n` +
        (rows.length > 0 ? table([...EVIDENCE_HEADERS], rows) + '\n' : '')
      );
    })
    .join('');
  return (
    heading('Canary analysis', 3) +
    table(
      ['Canary weight', 'Requests', 'Error rate', 'p50', 'p95', 'p99', 'Max', 'Failures in a row', 'Verdict'],
      rows,
    ) +
    '\n' +
    note +
    evidence
  );
}

function migrationText(migration: MigrationRecord): string {
  return `${nameMigration(migration)} at ${new Date(migration.at).toISOString()}`;
}

export function rollbackReport(rollback: RollbackOutcome, environment: string, shown?: string): string {
  const rows: unknown[][] = [
    ['Reason', shown === rollback.reason ? 'the failure above' : rollback.reason],
    ['What was done', rollback.plan.summary],
    ['Impact', rollback.impact.join('; ')],
    [
      'Traffic back on ' + rollback.to,
      `${formatDuration(rollback.restoredMs)} after ${rollback.restoredFrom}`,
    ],
    ['Rollback took', formatDuration(rollback.durationMs)],
    ['Rollback deployment', rollback.deployment ? `#${rollback.deployment.id}` : 'none needed'],
  ];
  if (rollback.migration) rows.push(['Database', `undid ${migrationText(rollback.migration)}`]);
  const title = rollback.alreadyDone
    ? `Rollback of ${environment} from ${rollback.from} to ${rollback.to} was already done`
    : `Rolled ${environment} back from ${rollback.from} to ${rollback.to}`;
  return heading(`↩️ ${title}`, 3) + table(['Rollback', `${rollback.from} → ${rollback.to}`], rows) + '\n';
}

export function deploySummary(result: DeployResult, settings: DeploySettings): string {
  const { version, environment, strategy } = settings;
  const title =
    result.status === 'success'
      ? `✅ ${version} is live on ${environment}`
      : result.status === 'rolled-back'
        ? `↩️ ${version} failed on ${environment} and was rolled back to ${result.rollback?.to}`
        : result.status === 'cancelled'
          ? `⏹️ Deploying ${version} to ${environment} was cancelled`
          : `❌ Deploying ${version} to ${environment} failed`;
  const facts: unknown[][] = [
    ['Environment', result.environmentUrl ? `${environment} (${result.environmentUrl})` : environment],
    [
      'Version',
      `${version}${settings.ref ? ` from ${settings.ref}` : ''}${settings.commit ? ` (${settings.commit.slice(0, 12)})` : ''}`,
    ],
    [
      'Strategy',
      `${strategy}${strategy === 'blue-green' || strategy === 'canary' ? `, slot ${result.slot}` : ''}`,
    ],
    ['Previous version', result.previous?.version ?? 'none'],
    ...(result.adopted ? [['Recorded on', 'the deployment GitHub created for this job']] : []),
    ['Took', formatDuration(result.timeline.elapsedMs)],
  ];
  if (result.migration) {
    facts.push([
      'Database',
      `${result.migration.ranNow ? 'migrated' : 'already migrated'}: ${migrationText(result.migration)}`,
    ]);
  }
  if (result.resumed) facts.push(['Resumed', result.resumed]);
  const failure = result.failure ? ((result.failure as Error).message ?? String(result.failure)) : undefined;
  if (failure) facts.push(['Failure', failure]);
  if (result.rollbackError)
    facts.push(['Rollback failure', (result.rollbackError as Error).message ?? String(result.rollbackError)]);
  let markdown = heading(title, 2) + table(['Deployment', `#${result.deployment.id}`], facts) + '\n';
  markdown += stepsTable(result.timeline, failure);
  markdown += analysisTable(result.timeline);
  if (result.rollback) markdown += rollbackReport(result.rollback, environment, failure);
  if (settings.artifacts.length > 0) {
    markdown +=
      heading('Artifacts', 3) +
      table(
        ['Artifact', 'sha256'],
        settings.artifacts.map((artifact) => [artifact.name, artifact.sha256 ? code(artifact.sha256) : '']),
      ) +
      '\n';
  }
  return markdown;
}

export function rollbackSummary(rollback: RollbackOutcome, environment: string): string {
  return rollbackReport(rollback, environment).replace(/^### /, '## ') + stepsTable(rollback.timeline);
}
