/**
 * The demo's story: a team with a sample service releases a feature (1.1.0)
 * through staging and production, then a broken change (1.2.0) whose
 * production analysis fails and is rolled back. Each job's summary is printed
 * as the runner reports it, then what happened, in numbers.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import {
  describeRun,
  pipelineJobs,
  startPipelineHarness,
  type PipelineHarness,
} from '../../test/workflow-runner/harness.js';
import { nginxAvailable } from '../../test/workflow-runner/sample-project.js';
import type { RunnerEvent, WorkflowRun } from '../../test/workflow-runner/types.js';
import { ROOT } from '../../test/bench/runner.js';
import { readStatusDescription } from '../../packages/deployments/src/payload.js';

const ACTIONS = [
  'validate-gates',
  'bump-version',
  'build-artifacts',
  'deploy-env',
  'smoke-test',
  'rollback',
  'announce',
  'sync-branches',
];
const colour = process.stdout.isTTY && !process.env['NO_COLOR'];
const paint = (code: string) => (text: string) => (colour ? `\u001b[${code}m${text}\u001b[0m` : text);
const bold = paint('1');
const dim = paint('2');
const green = paint('32');
const red = paint('31');
const yellow = paint('33');

const ICONS: Record<string, string> = {
  success: green('✔'),
  failure: red('✘'),
  skipped: dim('○'),
  cancelled: yellow('⊘'),
};

function heading(text: string): void {
  console.log(`\n${bold('━━ ' + text + ' ' + '━'.repeat(Math.max(0, 74 - text.length)))}`);
}

/** Markdown as it reads in a terminal: tables kept, HTML and link targets dropped. */
function plain(markdown: string): string {
  return markdown
    .replace(/<details><summary>(.*?)<\/summary>/g, '▸ $1')
    .replace(/<\/details>/g, '')
    .replace(/<br>/g, ' · ')
    .replace(/\[([^\]]+)\]\((https?:[^)]+)\)/g, '$1')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

function progress(event: RunnerEvent): void {
  if (event.type === 'job-end' && !event.report.workflow) {
    const { report } = event;
    const took = report.result === 'skipped' ? '' : dim(` ${(report.durationMs / 1000).toFixed(1)}s`);
    const reason = report.reason ? dim(` (${report.reason})`) : '';
    console.log(`  ${ICONS[report.result] ?? report.result} ${report.name}${took}${reason}`);
  }
}

function printSummaries(run: WorkflowRun): void {
  for (const job of Object.values(pipelineJobs(run))) {
    if (job.result === 'skipped') continue;
    heading(`${job.name}: ${job.result}`);
    console.log(job.summary.trim() ? plain(job.summary) : dim('(no summary)'));
    const failed = job.steps.filter((step) => step.outcome === 'failure');
    for (const step of failed) {
      const messages = step.annotations
        .filter((a) => a.level === 'error')
        .map((a) => a.message.split('\n').filter(Boolean).slice(0, 3).join(' '));
      console.log(
        red(
          `✘ ${step.name}${step.conclusion === 'success' ? ' (allowed to fail)' : ''}: ${messages.join(' | ')}`,
        ),
      );
    }
  }
}

async function release(harness: PipelineHarness, title: string): Promise<WorkflowRun> {
  heading(title);
  const started = performance.now();
  const run = await harness.release({ onEvent: progress });
  console.log(dim(`  ${run.conclusion} in ${((performance.now() - started) / 1000).toFixed(1)}s`));
  printSummaries(run);
  return run;
}

export async function runDemo(): Promise<number> {
  const missing = ACTIONS.filter((name) => !existsSync(join(ROOT, 'dist', name, 'index.js')));
  if (missing.length > 0) {
    console.error(`dist/ lacks ${missing.join(', ')}: run npm run build first.`);
    return 1;
  }
  // RELEASE_ACTIONS_DEMO_TARGET=simple shows the run a machine without nginx gets.
  const nginx = process.env['RELEASE_ACTIONS_DEMO_TARGET'] !== 'simple' && nginxAvailable();
  console.log(bold('release-actions demo'));
  console.log(
    'A generated repository (sample-app 1.0.0, branches main and develop) calls the release pipeline from its own\n' +
      'workflow. It runs here through a local workflow runner: the actions from dist/ as processes, a local GitHub\n' +
      'API (tags, releases, deployments, pull requests), and two environments, staging and production.',
  );
  console.log(
    nginx
      ? 'Environments: the sample service behind nginx (blue-green in production, smoke test and analysis).'
      : yellow(
          'nginx is not installed: the environments are single instances of the sample service on a port (direct\n' +
            'deploys with a moment of downtime). Install nginx (nginx-light) to see blue-green switches.',
        ),
  );

  const harness = await startPipelineHarness({
    kind: nginx ? 'nginx' : 'simple',
    productionStrategy: nginx ? 'blue-green' : 'direct',
    release: {
      'smoke-url': '{environment-url}',
      'version-path': '$.version',
      'analysis-duration': '2s',
      'max-error-rate': '0.05',
    },
  });
  try {
    await harness.project.commit('feat: greet by name', { 'service.json': '{ "greeting": "hello, you" }\n' });
    const first = await release(harness, 'Release 1: "feat: greet by name" on main');
    await harness.project.breakService();
    const second = await release(
      harness,
      'Release 2: "feat: faster greetings" (it answers half its requests with 500)',
    );

    heading('What happened');
    const refs = await harness.refs();
    const tags = Object.keys(refs)
      .filter((ref) => ref.startsWith('refs/tags/'))
      .map((ref) => ref.slice(10));
    console.log(`Versions tagged:    ${tags.join(', ')}`);
    console.log(
      `GitHub Releases:    ${harness.emulator.state.releases.map((r) => `${r.tagName} (${r.assets.length} assets)`).join(', ')}`,
    );
    console.log('Deployments:');
    for (const deployment of harness.emulator.state.deployments) {
      const payload = (deployment.payload ?? {}) as {
        version?: string;
        strategy?: string;
        rollback_of?: number;
      };
      const states = deployment.statuses.map((s) => s.state).join(' → ');
      // A deployment GitHub made for the job carries no payload: deploy-env writes its version and
      // slot into the status descriptions instead.
      const described = deployment.statuses.map((s) => readStatusDescription(s.description));
      const version = payload.version ?? described.find((d) => d.version)?.version ?? 'no version';
      const strategies = deployment.statuses.map(
        (s) => /\((direct|rolling|blue-green|canary)\b/.exec(s.description ?? '')?.[1],
      );
      const how = payload.strategy ?? strategies.find(Boolean) ?? 'direct';
      const what = payload.rollback_of ? `rollback to ${version}` : `${version} (${how})`;
      console.log(`  #${deployment.id} ${deployment.environment.padEnd(10)} ${what.padEnd(24)} ${states}`);
    }
    const production = pipelineJobs(second)['production']?.outputs ?? {};
    const rollback = production['rolled-back-to'];
    console.log(`Rollback:           ${rollback ? production['reason'] : 'none'}`);
    console.log(
      `Live now:           staging ${await harness.staging.liveVersion()}, production ${await harness.production.liveVersion()}`,
    );
    console.log(`Announcements:      ${harness.webhook.payloads().length} (webhook)`);
    console.log(`GitHub API calls:   ${harness.emulator.calls.length} for both runs`);
    const ok = first.conclusion === 'success' && rollback !== undefined && rollback !== '';
    if (!ok)
      console.log(red(`\nThe demo did not go as planned:\n${describeRun(first)}\n${describeRun(second)}`));
    return ok ? 0 : 1;
  } finally {
    await harness.stop();
  }
}
