/**
 * The demo's story: a team with a sample service releases a feature (1.1.0)
 * through staging and production, then a broken change (1.2.0) whose
 * production analysis fails and is rolled back. Each job's summary is printed
 * as the runner reports it, then what happened, in numbers.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { isAbsolute, join, relative } from 'node:path';
import {
  describeRun,
  pipelineJobs,
  startPipelineHarness,
  type PipelineHarness,
} from '../../test/workflow-runner/harness.js';
import { nginxAvailable, sampleMigrations } from '../../test/workflow-runner/sample-project.js';
import { findPostgres } from '../../test/e2e/support/postgres.js';
import { httpGet } from '../../test/e2e/support/traffic.js';
import type { RunnerEvent, WorkflowRun } from '../../test/workflow-runner/types.js';
import { ROOT } from '../../test/bench/runner.js';
import { readStatusDescription } from '../../packages/deployments/src/payload.js';
import {
  approveBackMerges,
  DEMO_PROTECTION,
  directPushesToProtectedBranches,
  openReleasePullRequest,
  reviewAndMerge,
} from './review.js';

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

/** `1 commit`, `2 commits`. */
function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

/** Where the generated repository is kept after the demo, for a newcomer to look around. */
const KEPT = process.env['RELEASE_ACTIONS_DEMO_KEEP'] || join(ROOT, '.tmp', 'demo', 'sample-app');

function heading(text: string): void {
  console.log(`\n${bold('━━ ' + text + ' ' + '━'.repeat(Math.max(0, 74 - text.length)))}`);
}

/** Markdown as it reads in a terminal: tables kept, HTML and link targets dropped. */
function plain(markdown: string): string {
  return markdown
    .replace(/<details><summary>(.*?)<\/summary>/g, '▸ $1')
    .replace(/<\/details>/g, '')
    .replace(/<!--[\s\S]*?-->\n?/g, '')
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

/** The failed steps of a job, one line each with their error annotations. */
function failureLines(job: ReturnType<typeof pipelineJobs>[string]): string[] {
  return job.steps
    .filter((step) => step.outcome === 'failure')
    .map((step) => {
      const messages = step.annotations
        .filter((a) => a.level === 'error')
        .map((a) => a.message.split('\n').filter(Boolean).slice(0, 3).join(' '));
      return `✘ ${step.name}${step.conclusion === 'success' ? ' (allowed to fail)' : ''}: ${messages.join(' | ')}`;
    });
}

function printSummaries(run: WorkflowRun): void {
  for (const job of Object.values(pipelineJobs(run))) {
    if (job.result === 'skipped') continue;
    heading(`${job.name}: ${job.result}`);
    // A failed job opens with what failed: its summary may start with a step that went well
    // ("1.2.0 is live") before the one that did not.
    const failures = failureLines(job);
    for (const line of failures) console.log(red(line));
    if (failures.length > 0) console.log(dim('The steps, in order:'));
    console.log(job.summary.trim() ? plain(job.summary) : dim('(no summary)'));
  }
}

/** What each announcement said, as the webhook received it. */
function printAnnouncements(payloads: Record<string, unknown>[]): void {
  console.log(`Announcements:      ${count(payloads.length, 'message')} (webhook)`);
  for (const payload of payloads) {
    const title = typeof payload['title'] === 'string' ? payload['title'] : String(payload['kind'] ?? '');
    console.log(`  ${bold(`[${String(payload['kind'] ?? 'message')}]`)} ${title}`);
    const text = typeof payload['text'] === 'string' ? payload['text'] : '';
    for (const line of plain(text).split('\n').slice(0, 12)) console.log(dim(`    ${line}`));
  }
}

/** Copies the generated repository (as origin has it after both runs) to KEPT, and says where it is. */
function keepRepository(harness: PipelineHarness): void {
  rmSync(KEPT, { recursive: true, force: true });
  mkdirSync(join(KEPT, '..'), { recursive: true });
  execFileSync('git', ['clone', '--quiet', harness.project.fixture.origin, KEPT]);
  execFileSync('git', ['-C', KEPT, 'remote', 'remove', 'origin']);
  const inside = relative(process.cwd(), KEPT);
  const shown = inside && !inside.startsWith('..') && !isAbsolute(inside) ? inside : KEPT;
  heading('Look around');
  console.log(`The generated repository is kept in ${bold(shown)} (replaced by the next demo):`);
  console.log(`  git -C ${shown} log --oneline --graph --all     the release commits, tags and merges`);
  console.log(`  ${shown}/CHANGELOG.md                        what bump-version wrote`);
  console.log(`  ${shown}/.github/release-actions.yml         the environments' settings`);
  console.log(`Its caller workflow, ${shown}/.github/workflows/release.yml:\n`);
  console.log(dim(readFileSync(join(KEPT, '.github', 'workflows', 'release.yml'), 'utf8').trimEnd()));
}

/** Why the demo runs without a database, or undefined when PostgreSQL is there to use. */
function databaseMissing(): string | undefined {
  if (process.env['RELEASE_ACTIONS_DEMO_DATABASE'] === 'none') return 'RELEASE_ACTIONS_DEMO_DATABASE=none';
  try {
    findPostgres();
    return undefined;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

/** The schema version the live service reports on /health (it reads it from its database). */
async function liveSchema(url: string): Promise<string> {
  const answer = await httpGet(`${url}health`).catch(() => undefined);
  if (answer?.status !== 200) return 'unknown';
  const schema = (JSON.parse(answer.body) as { schema?: number }).schema;
  return schema === undefined ? 'unknown' : String(schema);
}

/** Each environment's schema, from its database and from its live service, and the migrations recorded. */
async function printDatabase(harness: PipelineHarness): Promise<void> {
  const database = harness.database!;
  const schemas = [harness.staging, harness.production].map(
    (target) => `${target.environment} ${database.schema(target.environment)}`,
  );
  console.log(`Database schema:    ${schemas.join(', ')} (PostgreSQL, newest applied migration)`);
  console.log(
    `Live service reads: staging schema ${await liveSchema(harness.staging.url)}, production schema ${await liveSchema(harness.production.url)}`,
  );
  console.log('Migrations recorded on the deployments:');
  for (const deployment of harness.emulator.state.deployments) {
    for (const status of deployment.statuses) {
      const text = status.description ?? '';
      if (/\bmigrated\b/.test(text))
        console.log(`  #${deployment.id} ${deployment.environment.padEnd(10)} ${text}`);
    }
  }
}

async function runPipeline(harness: PipelineHarness, what: string): Promise<WorkflowRun> {
  console.log(bold(what));
  const started = performance.now();
  const run = await harness.release({ onEvent: progress });
  console.log(dim(`  ${run.conclusion} in ${((performance.now() - started) / 1000).toFixed(1)}s`));
  return run;
}

/**
 * One release on the protected main: the push opens (or updates) the release pull request, CI and
 * two reviewers pass it, a maintainer merges it, and the push of the merge releases and deploys.
 */
async function release(harness: PipelineHarness, title: string): Promise<WorkflowRun> {
  heading(title);
  const opening = await runPipeline(harness, 'The push to main: the pipeline proposes the release');
  const pull = openReleasePullRequest(harness);
  if (!pull) {
    printSummaries(opening);
    return opening;
  }
  console.log(`  Release pull request #${pull.number}: ${bold(pull.title)}`);
  const proposal = pipelineJobs(opening)['version']?.summary ?? '';
  for (const line of plain(proposal).split('\n').filter(Boolean)) console.log(dim(`    ${line}`));
  const merge = await reviewAndMerge(harness, pull);
  console.log(
    `  ${ICONS['success']} ci passed, approved by mona and dana, squash-merged by mona as ${merge.slice(0, 7)}`,
  );
  const run = await runPipeline(harness, 'The push of the merge: the pipeline releases what was reviewed');
  printSummaries(run);
  const backMerged = await approveBackMerges(harness);
  if (backMerged.length > 0)
    console.log(
      `\nBack-merge into develop: ${backMerged.map((n) => `#${n}`).join(', ')} approved by dana, merged by auto-merge`,
    );
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
      'workflow on every push to main. It runs here through a local workflow runner: the actions from dist/ as\n' +
      'processes, a local GitHub API (tags, releases, deployments, pull requests), and two environments, staging\n' +
      'and production. main is protected as teams protect it (two approving reviews and a passing ci check, no\n' +
      'direct pushes; develop needs one review) and the pipeline has GITHUB_TOKEN only: each release goes through\n' +
      'a release pull request that people review and merge.',
  );
  console.log(
    nginx
      ? 'Environments: the sample service behind nginx (blue-green in production, smoke test and analysis).'
      : yellow(
          'nginx is not installed: the environments are single instances of the sample service on a port (direct\n' +
            'deploys with a moment of downtime). Install nginx (nginx-light) to see blue-green switches.',
        ),
  );

  // RELEASE_ACTIONS_DEMO_DATABASE=none shows the run a machine without PostgreSQL gets.
  const noDatabase = databaseMissing();
  console.log(
    noDatabase
      ? yellow(
          `Database migrations: skipped, because ${noDatabase.replace(/^PostgreSQL is not installed: the migration tests need it/, 'PostgreSQL is not installed')}.\n` +
            'Install postgresql to see each release migrate its database and the rollback undo its migration.',
        )
      : 'Database: PostgreSQL, one database per environment; each release migrates it (db/migrations) before\n' +
          'traffic moves, and a rollback runs the down-migration of the release it undoes.',
  );

  const harness = await startPipelineHarness({
    database: !noDatabase,
    kind: nginx ? 'nginx' : 'simple',
    productionStrategy: nginx ? 'blue-green' : 'direct',
    trigger: 'push',
    protection: DEMO_PROTECTION,
    release: {
      'smoke-url': '{environment-url}',
      'version-path': '$.version',
      'analysis-duration': '2s',
      'max-error-rate': '0.05',
    },
  });
  try {
    // With a database, release 1 adds customers.email and code that reads it; release 2 adds
    // customers.visits and is the one to be undone, migration and all.
    const database = Boolean(harness.database);
    await harness.project.commit('feat: greet by name', {
      'service.json':
        JSON.stringify(
          { greeting: 'hello, you', ...(database ? { schema: 2, columns: ['id', 'name', 'email'] } : {}) },
          null,
          2,
        ) + '\n',
      ...(database ? sampleMigrations('002') : {}),
    });
    const first = await release(
      harness,
      `Release 1: "feat: greet by name" on main${database ? ' (migration 002_add_email)' : ''}`,
    );
    await harness.project.breakService(
      database
        ? {
            service: { schema: 3, columns: ['id', 'name', 'email', 'visits'] },
            files: sampleMigrations('003'),
          }
        : {},
    );
    const second = await release(
      harness,
      `Release 2: "feat: faster greetings" (it answers half its requests with 500${database ? '; migration 003_add_visits' : ''})`,
    );

    heading('What happened');
    const refs = await harness.refs();
    const tags = Object.keys(refs)
      .filter((ref) => ref.startsWith('refs/tags/'))
      .map((ref) => ref.slice(10));
    console.log(`Versions tagged:    ${tags.join(', ')}`);
    console.log(
      `GitHub Releases:    ${harness.emulator.state.releases.map((r) => `${r.tagName} (${count(r.assets.length, 'asset')})`).join(', ')}`,
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
      // A failed blue-green deploy's statuses name its slot but not the strategy.
      const how =
        payload.strategy ??
        strategies.find(Boolean) ??
        (described.some((d) => d.slot) ? 'blue-green' : 'direct');
      const what = payload.rollback_of ? `rollback to ${version}` : `${version} (${how})`;
      console.log(`  #${deployment.id} ${deployment.environment.padEnd(10)} ${what.padEnd(24)} ${states}`);
    }
    const production = pipelineJobs(second)['production']?.outputs ?? {};
    const rollback = production['rolled-back-to'];
    console.log(`Rollback:           ${rollback ? production['reason'] : 'none'}`);
    console.log(
      `Live now:           staging ${await harness.staging.liveVersion()}, production ${await harness.production.liveVersion()}`,
    );
    if (database) await printDatabase(harness);
    else console.log(`Database:           migrations skipped (${noDatabase})`);
    printAnnouncements(harness.webhook.payloads());
    const pulls = harness.emulator.state.pulls.map(
      (p) => `#${p.number} ${p.head} → ${p.base} (${p.merged ? 'merged' : 'open'})`,
    );
    console.log(`Pull requests:      ${pulls.join(', ')}`);
    const direct = await directPushesToProtectedBranches(harness);
    console.log(`Pushes to main/develop by the pipeline: ${direct.length ? direct.join(', ') : 'none'}`);
    console.log(`GitHub API calls:   ${harness.emulator.calls.length} for all four runs`);
    keepRepository(harness);
    const ok =
      first.conclusion === 'success' && rollback !== undefined && rollback !== '' && direct.length === 0;
    if (!ok)
      console.log(red(`\nThe demo did not go as planned:\n${describeRun(first)}\n${describeRun(second)}`));
    return ok ? 0 : 1;
  } finally {
    await harness.stop();
  }
}
