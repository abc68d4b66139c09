import { readFileSync } from 'node:fs';
import { ReleaseError } from './errors.js';

/** The run's facts, read from the GITHUB_* variables the runner sets. */
export interface RunContext {
  owner: string;
  repo: string;
  repository: string;
  sha: string;
  ref: string;
  refName: string;
  /** The pull request's base branch (GITHUB_BASE_REF), on pull_request events only. */
  baseRef?: string;
  workspace: string;
  runId: string;
  runAttempt: string;
  serverUrl: string;
  apiUrl: string;
  runUrl: string;
  actor: string;
  eventName: string;
  job: string;
  temp: string;
  event: Record<string, unknown>;
  /** `owner/repo/.github/workflows/release.yml@refs/heads/main`: the workflow file that runs. */
  workflowRef: string;
  repositoryId: string;
  repositoryOwnerId: string;
  /** `github-hosted` or `self-hosted`. */
  runnerEnvironment: string;
}

function readEvent(path: string | undefined): Record<string, unknown> {
  if (!path) return {};
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
  } catch {
    return {};
  }
}

export function runContext(env: NodeJS.ProcessEnv = process.env): RunContext {
  const repository = env['GITHUB_REPOSITORY'] ?? '';
  const [owner = '', repo = ''] = repository.split('/');
  const serverUrl = (env['GITHUB_SERVER_URL'] || 'https://github.com').replace(/\/$/, '');
  const runId = env['GITHUB_RUN_ID'] ?? '';
  const ref = env['GITHUB_REF'] ?? '';
  return {
    owner,
    repo,
    repository,
    sha: env['GITHUB_SHA'] ?? '',
    ref,
    refName: env['GITHUB_REF_NAME'] || ref.replace(/^refs\/(heads|tags)\//, ''),
    baseRef: env['GITHUB_BASE_REF'] || undefined,
    workspace: env['GITHUB_WORKSPACE'] || process.cwd(),
    runId,
    runAttempt: env['GITHUB_RUN_ATTEMPT'] ?? '1',
    serverUrl,
    apiUrl: (env['GITHUB_API_URL'] || 'https://api.github.com').replace(/\/$/, ''),
    runUrl: repository && runId ? `${serverUrl}/${repository}/actions/runs/${runId}` : '',
    actor: env['GITHUB_ACTOR'] ?? '',
    eventName: env['GITHUB_EVENT_NAME'] ?? '',
    job: env['GITHUB_JOB'] ?? '',
    temp: env['RUNNER_TEMP'] || env['TMPDIR'] || '/tmp',
    event: readEvent(env['GITHUB_EVENT_PATH']),
    workflowRef: env['GITHUB_WORKFLOW_REF'] ?? '',
    repositoryId: env['GITHUB_REPOSITORY_ID'] ?? '',
    repositoryOwnerId: env['GITHUB_REPOSITORY_OWNER_ID'] ?? '',
    runnerEnvironment: env['RUNNER_ENVIRONMENT'] ?? '',
  };
}

/** The repository is needed for every API call; say so clearly when it is missing. */
export function requireRepository(context: RunContext): { owner: string; repo: string } {
  if (!context.owner || !context.repo) {
    throw new ReleaseError('ENOREPO', `GITHUB_REPOSITORY is "${context.repository}", expected "owner/name"`, {
      hint: 'This runs inside GitHub Actions, where the runner sets GITHUB_REPOSITORY.',
    });
  }
  return { owner: context.owner, repo: context.repo };
}
