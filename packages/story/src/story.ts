/**
 * The story of one pipeline run, told from its jobs' results and outputs: what was
 * released, which gates held, where it went live (or why it did not), the analysis
 * figures, the rollback, the announcement and the links. Every sentence comes from a
 * result or an output; a job that did not run says why, never that it succeeded.
 */
import { formatMs, formatShare } from '../../checks/src/index.js';
import type { JobRecord, JobResult } from './jobs.js';

export const PIPELINES = ['release', 'deploy', 'hotfix'] as const;
export type Pipeline = (typeof PIPELINES)[number];
export type Outcome = 'success' | 'failure' | 'cancelled';

export interface StoryInput {
  pipeline: Pipeline;
  jobs: JobRecord[];
  /** The version when no job reports it (deploy.yml's input). */
  version?: string;
  runUrl?: string;
  deploymentsUrl?: string;
}

export interface StoryLine {
  label: string;
  icon: string;
  text: string;
}

export interface Story {
  title: string;
  outcome: Outcome;
  lines: StoryLine[];
  links: { label: string; url: string }[];
  jobs: JobRecord[];
}

/** Jobs that deploy: the pipelines' own, or any job that reports a deployment. */
const DEPLOY_JOBS = ['staging', 'production', 'deploy'];
const ICONS: Record<JobResult, string> = { success: '✅', failure: '❌', cancelled: '⛔', skipped: '⏭️' };

export function tellStory(input: StoryInput): Story {
  const byId = new Map(input.jobs.map((job) => [job.id, job]));
  const versionJob = byId.get('version');
  const version = versionJob?.outputs['version'] || input.version || '';
  const outcome = outcomeOf(input.jobs);
  const deploys = input.jobs.filter(isDeployJob);
  const lines = [
    versionLine(versionJob, version),
    ...stepLine(byId.get('authorize'), 'authorized', 'who may start it', input.jobs),
    ...stepLine(byId.get('gates'), 'passed', 'gates', input.jobs),
    ...stepLine(byId.get('build'), 'built and packaged', 'build', input.jobs),
    ...deploys.map((job) => deployLine(job, version, input.jobs)),
    ...analysisLines(deploys),
    rollbackLine(deploys),
    ...stepLine(byId.get('finalize'), 'merged, tagged and merged back', 'merge and tag', input.jobs),
    announcementLine(byId.get('announce'), failureReport(byId), input.jobs),
  ].filter((line): line is StoryLine => line !== undefined);
  return {
    title: titleOf(input.pipeline, version, outcome, deploys, lines),
    outcome,
    lines,
    links: linksOf(input, byId, deploys),
    jobs: input.jobs,
  };
}

function outcomeOf(jobs: JobRecord[]): Outcome {
  if (jobs.some((job) => job.result === 'cancelled')) return 'cancelled';
  if (jobs.some((job) => job.result === 'failure')) return 'failure';
  return 'success';
}

function isDeployJob(job: JobRecord): boolean {
  return DEPLOY_JOBS.includes(job.id) || 'deployment-id' in job.outputs;
}

function environmentOf(job: JobRecord): string {
  return job.outputs['environment'] || job.id;
}

/** Why a job was skipped: the first job before it that failed or was cancelled. */
function skippedBecause(job: JobRecord, jobs: JobRecord[]): string {
  const before = jobs.slice(0, jobs.indexOf(job));
  const stopped = before.find((other) => other.result === 'failure' || other.result === 'cancelled');
  if (!stopped) return 'skipped: not part of this run';
  return `skipped: ${stopped.id} ${stopped.result === 'cancelled' ? 'was cancelled' : 'failed'}`;
}

function ended(job: JobRecord): string {
  return job.result === 'cancelled' ? 'cancelled' : 'failed';
}

function versionLine(job: JobRecord | undefined, version: string): StoryLine | undefined {
  if (!job) return version ? { label: 'version', icon: '🏷️', text: version } : undefined;
  if (job.result !== 'success')
    return {
      label: 'version',
      icon: ICONS[job.result],
      text: `not worked out: the version job ${ended(job)}`,
    };
  if (job.outputs['released'] !== 'true') {
    const pullRequest = job.outputs['pull-request-url'];
    return {
      label: 'version',
      icon: '⏭️',
      text: pullRequest
        ? `${version || 'the next version'} waits in its release pull request (${pullRequest})`
        : 'nothing to release: no commit since the last release calls for one',
    };
  }
  const previous = job.outputs['previous-version'];
  const tag = job.outputs['tag'];
  return {
    label: 'version',
    icon: '🏷️',
    text: [version, previous ? `after ${previous}` : '', tag ? `tag ${tag}` : ''].filter(Boolean).join(', '),
  };
}

function stepLine(job: JobRecord | undefined, done: string, label: string, jobs: JobRecord[]): StoryLine[] {
  if (!job) return [];
  const text =
    job.result === 'success'
      ? done
      : job.result === 'skipped'
        ? skippedBecause(job, jobs)
        : job.result === 'cancelled'
          ? 'cancelled'
          : `failed: see the ${job.id} job`;
  return [{ label, icon: ICONS[job.result], text }];
}

function deployLine(job: JobRecord, version: string, jobs: JobRecord[]): StoryLine {
  const label = environmentOf(job);
  const { outputs } = job;
  if (job.result === 'success' && outputs['status'] !== 'rolled-back') {
    const where = outputs['environment-url'] ? ` at ${outputs['environment-url']}` : '';
    const how = outputs['strategy'] ? ` (${outputs['strategy']})` : '';
    const before = outputs['previous-version'] ? `, replacing ${outputs['previous-version']}` : '';
    return { label, icon: '✅', text: `${version} is live${where}${how}${before}` };
  }
  if (job.result === 'skipped')
    return { label, icon: '⏭️', text: `not deployed — ${skippedBecause(job, jobs)}` };
  const back = outputs['rolled-back-to'];
  const reason =
    outputs['reason'] ||
    (job.result === 'cancelled' ? `the ${job.id} job was cancelled` : `the ${job.id} job failed`) +
      (back ? `; ${label} is back on ${back}` : '');
  // "Not deployed" only where the version is known to be gone: a failed deploy can leave it live.
  const state = back ? 'not deployed' : ended(job);
  return { label, icon: job.result === 'cancelled' ? '⛔' : '❌', text: `${state} — ${reason}` };
}

/** Error rate and p95 latency as the smoke test measured them, where it ran an analysis. */
function analysisLines(deploys: JobRecord[]): StoryLine[] {
  return deploys.flatMap((job) => {
    const rate = Number.parseFloat(job.outputs['error-rate'] ?? '');
    const p95 = Number.parseFloat(job.outputs['p95-ms'] ?? '');
    if (Number.isNaN(rate) && Number.isNaN(p95)) return [];
    const figures = [
      Number.isNaN(rate) ? '' : `error rate ${formatShare(rate)}`,
      Number.isNaN(p95) ? '' : `p95 ${formatMs(p95)}`,
    ].filter(Boolean);
    return [{ label: `analysis (${environmentOf(job)})`, icon: '📈', text: figures.join(', ') }];
  });
}

function rollbackLine(deploys: JobRecord[]): StoryLine | undefined {
  const rolledBack = deploys.filter((job) => job.outputs['rolled-back-to']);
  if (deploys.length === 0) return undefined;
  if (rolledBack.length === 0) return { label: 'rollback', icon: '➖', text: 'none' };
  const text = rolledBack
    .map((job) => `${environmentOf(job)} rolled back to ${job.outputs['rolled-back-to']}`)
    .join('; ');
  return { label: 'rollback', icon: '↩️', text };
}

/** The job that announced a failure: the single release's, else a monorepo's (one leg per component). */
function failureReport(byId: Map<string, JobRecord>): JobRecord | undefined {
  const single = byId.get('report-failure');
  if (single && single.result !== 'skipped') return single;
  return byId.get('component-report-failure') ?? single;
}

function announcementLine(
  announce: JobRecord | undefined,
  reportFailure: JobRecord | undefined,
  jobs: JobRecord[],
): StoryLine | undefined {
  if (reportFailure && reportFailure.result !== 'skipped') {
    const text =
      reportFailure.result === 'success'
        ? 'the failure was announced'
        : `announcing the failure ${ended(reportFailure)}`;
    return { label: 'announcement', icon: ICONS[reportFailure.result], text };
  }
  if (!announce) return undefined;
  if (announce.result === 'success') {
    const url = announce.outputs['release-url'];
    return {
      label: 'announcement',
      icon: '✅',
      text: url ? `published the GitHub Release ${url}` : 'announced',
    };
  }
  if (announce.result === 'skipped')
    return { label: 'announcement', icon: '⏭️', text: `none — ${skippedBecause(announce, jobs)}` };
  return {
    label: 'announcement',
    icon: ICONS[announce.result],
    text: announce.result === 'cancelled' ? 'cancelled' : 'failed: see the announce job',
  };
}

function titleOf(
  pipeline: Pipeline,
  version: string,
  outcome: Outcome,
  deploys: JobRecord[],
  lines: StoryLine[],
): string {
  const name = `${pipeline[0]!.toUpperCase()}${pipeline.slice(1)}${version ? ` ${version}` : ''}`;
  if (outcome === 'success') {
    const live = deploys.filter((job) => job.result === 'success').map(environmentOf);
    return `${name}: ✅ ${live.length > 0 ? `live in ${live.join(' and ')}` : 'done'}`;
  }
  const first = lines.find((line) => line.icon === '❌' || line.icon === '⛔');
  const what = outcome === 'cancelled' ? '⛔ cancelled' : '❌ failed';
  return `${name}: ${what}${first ? ` — ${first.label}: ${first.text}` : ''}`;
}

function linksOf(input: StoryInput, byId: Map<string, JobRecord>, deploys: JobRecord[]): Story['links'] {
  const links = [
    { label: 'GitHub Release', url: byId.get('announce')?.outputs['release-url'] ?? '' },
    { label: 'release pull request', url: byId.get('version')?.outputs['pull-request-url'] ?? '' },
    ...deploys.map((job) => ({ label: environmentOf(job), url: job.outputs['environment-url'] ?? '' })),
    { label: 'deployments', url: deploys.length > 0 ? (input.deploymentsUrl ?? '') : '' },
    { label: 'this run', url: input.runUrl ?? '' },
  ];
  return links.filter((link) => link.url !== '');
}
