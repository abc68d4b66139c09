import { mkdir, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  ReleaseError,
  annotate,
  createGitHubClient,
  info,
  maskedValues,
  requireRepository,
  runContext,
  setOutputs,
  writeSummary,
} from '../../packages/kit/src/index.js';
import {
  annotationsFor,
  buildReport,
  evaluateGates,
  gitHubReader,
  summaryMarkdown,
  type GateContext,
  type GateReport,
} from '../../packages/gates/src/index.js';
import type { ActionSettings } from './inputs.js';

/** Secrets the runner masks never reach the report file either (custom command output could echo one). */
function scrub(text: string): string {
  let clean = text;
  for (const secret of maskedValues()) if (secret.length >= 4) clean = clean.split(secret).join('***');
  return clean;
}

async function writeReport(directory: string, report: GateReport): Promise<string> {
  await mkdir(directory, { recursive: true });
  const path = join(directory, 'validate-gates-report.json');
  // Written whole, then renamed: a reader never sees half a report.
  await writeFile(`${path}.partial`, scrub(JSON.stringify(report, null, 2)) + '\n');
  await rename(`${path}.partial`, path);
  return path;
}

/** The inputs this action reads, for tooling and tests that check every input (secrets are masked). */
export { spec as inputSpec } from './inputs.js';

export async function run({ settings, token, now }: ActionSettings): Promise<void> {
  const run = runContext();
  const pullRequest = (run.event['pull_request'] ?? undefined) as
    { number?: number; head?: { sha?: string } } | undefined;
  const needsApi = settings.gates.some((gate) => gate === 'reviews' || gate === 'checks');
  const wantsApi =
    needsApi ||
    (settings.gates.includes('branch') && Boolean(token) && Boolean(settings.tag ?? settings.version));
  let github: GateContext['github'];
  if (wantsApi && token) {
    const { owner, repo } = requireRepository(run);
    github = gitHubReader(await createGitHubClient({ token }), owner, repo);
  }
  const context: GateContext = {
    workspace: run.workspace,
    now,
    // On pull_request events GITHUB_SHA is a test merge; reviews and checks belong to the head commit.
    sha: pullRequest?.head?.sha ?? run.sha,
    ref: run.ref,
    pullBaseRef: run.baseRef,
    pullNumber: typeof pullRequest?.number === 'number' ? pullRequest.number : undefined,
    actor: run.actor,
    runId: run.runId,
    github,
    apiUrl: run.apiUrl,
    log: info,
  };

  info(`Evaluating ${settings.gates.length} gate(s): ${settings.gates.join(', ')} (mode: ${settings.mode})`);
  const results = await evaluateGates(settings, context);
  const report = buildReport(results, { mode: settings.mode, commit: context.sha, ref: context.ref, now });
  for (const result of results) {
    const mark = result.status === 'passed' ? '✓' : result.status === 'overridden' ? '!' : '✗';
    info(
      `${mark} ${result.gate}: ${result.status} — ${result.value} (threshold: ${result.threshold || 'n/a'}) — ${result.summary}`,
    );
  }
  const reportPath = await writeReport(join(run.temp, 'validate-gates'), report);
  setOutputs({
    passed: String(report.passed),
    'failed-gates': JSON.stringify(report.failedGates),
    report: reportPath,
  });
  await writeSummary(summaryMarkdown(report));
  for (const annotation of annotationsFor(report)) {
    const location = annotation.file
      ? { file: annotation.file, line: annotation.line, column: annotation.column }
      : undefined;
    annotate(annotation.level, annotation.message, { title: annotation.title, location });
  }
  if (!report.passed && settings.mode === 'enforce') {
    throw new ReleaseError(
      'EGATES',
      `${report.failedGates.length} of ${results.length} release gates failed: ${report.failedGates.join(', ')}`,
      { hint: `The job summary and ${reportPath} list every failure with its evidence.` },
    );
  }
}
