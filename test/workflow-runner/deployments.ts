import { PLATFORM_HEADER } from '../bench/emulator/server.js';
import type { RunState } from './state.js';

/**
 * The deployment GitHub creates by itself for a job that declares `environment:`,
 * made here through the REST API the run talks to (so the request and answer are
 * checked like any other): the run's commit, the environment, an empty payload,
 * no merge and no required contexts, then an `in_progress` status whose log link
 * is the job; when the job ends, a final status with its result. Nothing of it reaches the job's steps: as on GitHub, no context
 * or variable names the deployment, so an action has to find it.
 */

export interface EnvironmentDeployment {
  id: number;
  logUrl: string;
}

/** GitHub writes these statuses as itself, whatever the job's own token may do. */
const platformToken = (run: RunState) => run.options.platformToken ?? 'test-token';

let jobCounter = 0;

async function call(run: RunState, method: string, path: string, body: unknown): Promise<unknown> {
  const url = `${run.options.apiUrl.replace(/\/$/, '')}/repos/${run.repository}${path}`;
  let response: Response;
  try {
    response = await fetch(url, {
      method,
      headers: {
        accept: 'application/vnd.github+json',
        authorization: `token ${platformToken(run)}`,
        'content-type': 'application/json',
        'x-github-api-version': '2022-11-28',
        // GitHub writes these itself: faults injected into the API the workflow calls do not reach them.
        [PLATFORM_HEADER]: '1',
      },
      body: JSON.stringify(body),
    });
  } catch (thrown) {
    throw new Error(`${method} ${path}: ${(thrown as Error).message}`);
  }
  const text = await response.text();
  let data: unknown = text;
  try {
    data = text ? JSON.parse(text) : undefined;
  } catch {
    // Not JSON: reported as text.
  }
  if (!response.ok) {
    const message = (data as { message?: string } | undefined)?.message ?? text;
    throw new Error(`${method} ${path}: ${response.status} ${message}`);
  }
  return data;
}

/** A link to the job's log, as GitHub puts on the statuses it writes: `…/actions/runs/<run>/job/<job>`. */
function jobLogUrl(run: RunState): string {
  jobCounter += 1;
  const server = String(run.github['server_url'] ?? 'https://github.com');
  return `${server}/${run.repository}/actions/runs/${run.runId}/job/${run.attempt * 100_000 + jobCounter}`;
}

/**
 * Made when the job reaches its environment: `in_progress` at once, or `queued` while required
 * reviewers have not answered (the job waits; `finishEnvironmentDeployment` moves it on).
 */
export async function createEnvironmentDeployment(
  run: RunState,
  environment: string,
  waitingForReview = false,
): Promise<EnvironmentDeployment> {
  const sha = String(run.github['sha']);
  const deployment = (await call(run, 'POST', '/deployments', {
    ref: sha,
    task: 'deploy',
    environment,
    auto_merge: false,
    required_contexts: [],
    payload: {},
    transient_environment: false,
    production_environment: environment === 'production',
  })) as { id?: unknown };
  if (typeof deployment?.id !== 'number') {
    throw new Error(`POST /deployments: no deployment id in the answer`);
  }
  const logUrl = jobLogUrl(run);
  await call(run, 'POST', `/deployments/${deployment.id}/statuses`, {
    state: waitingForReview ? 'queued' : 'in_progress',
    log_url: logUrl,
  });
  return { id: deployment.id, logUrl };
}

/** A later status GitHub writes: in_progress once approved, and the job's result when it ends. */
export async function finishEnvironmentDeployment(
  run: RunState,
  deployment: EnvironmentDeployment,
  state: 'in_progress' | 'success' | 'failure',
  environmentUrl?: string,
): Promise<void> {
  await call(run, 'POST', `/deployments/${deployment.id}/statuses`, {
    state,
    log_url: deployment.logUrl,
    ...(environmentUrl ? { environment_url: environmentUrl } : {}),
  });
}
