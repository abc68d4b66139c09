import {
  code,
  createGitHubClient,
  group,
  heading,
  info,
  setOutputs,
  table,
  warning,
  writeSummary,
  type RunContext,
} from '../../packages/kit/src/index.js';
import type { PullModeOutcome, ReleaseSettings } from '../../packages/versioning/src/index.js';
import type { BumpInputs } from './inputs.js';
import { commitOverrides, releasePullApi } from './pull-api.js';

/**
 * mode: pull-request. The release pull request is opened or kept current; once merged, the run
 * after tags its merge commit and reports a release like the direct mode does, so the pipeline
 * builds, deploys and announces it.
 */

const NOTES_OUTPUT_LIMIT = 512 * 1024;

function outputs(outcome: PullModeOutcome): Record<string, string> {
  const released = outcome.released;
  return {
    version: released?.version ?? '',
    'previous-version': released?.previous ?? outcome.plan?.history.last?.version ?? '',
    tag: released?.tag ?? '',
    'release-type': released ? 'version' : '',
    released: String(Boolean(released)),
    prerelease: String(Boolean(released && /-/.test(released.version))),
    notes: released ? released.notes.preview.slice(0, NOTES_OUTPUT_LIMIT) : '',
    'notes-file': released?.notes.file ?? '',
    'commit-sha': released?.commitSha ?? '',
    'pull-request-number': outcome.pull ? String(outcome.pull.number) : '',
    'pull-request-url': outcome.pull?.url ?? '',
    'pull-request-action': outcome.action,
    'pending-version': outcome.action === 'tagged' ? '' : (outcome.plan?.version ?? ''),
    mode: 'pull-request',
  };
}

const SAID: Record<PullModeOutcome['action'], string> = {
  created: 'Opened the release pull request',
  updated: 'Updated the release pull request',
  unchanged: 'The release pull request is up to date',
  closed: 'Closed the release pull request: nothing to release',
  none: 'No release pull request',
  superseded: 'Left the release pull request to the run for the newer commit',
  tagged: 'Tagged the merged release pull request',
};

function summary(outcome: PullModeOutcome): string {
  const rows: string[][] = [['what happened', SAID[outcome.action]]];
  if (outcome.pull)
    rows.push(['pull request', `[#${outcome.pull.number}](${outcome.pull.url}) ${outcome.pull.title}`]);
  if (outcome.released)
    rows.push([
      'released',
      `${code(outcome.released.tag)} at ${code(outcome.released.commitSha.slice(0, 7))}`,
    ]);
  else if (outcome.plan?.version) rows.push(['proposes', code(outcome.plan.tag!)]);
  if (outcome.reason) rows.push(['why', outcome.reason]);
  return heading('Release pull request') + table(['', ''], rows);
}

/** The rules that refuse a direct push of the release commit (a fast-forward by a non-admin). */
const BLOCKING_RULES = new Set([
  'pull_request',
  'update',
  'required_status_checks',
  'required_signatures',
  'required_deployments',
  'merge_queue',
  'creation',
]);

/**
 * mode: auto: pull-request where the branch is protected (classic protection, or a ruleset whose
 * rules refuse a direct push), direct elsewhere. Both endpoints answer a job token with only
 * contents: read (branch protection details would need administration, which GITHUB_TOKEN lacks).
 */
export async function chooseMode(
  inputs: BumpInputs,
  settings: ReleaseSettings,
  context: RunContext,
): Promise<'direct' | 'pull-request'> {
  if (inputs.mode !== 'auto') return inputs.mode;
  if (inputs.releaseBranch) return 'direct';
  // Where the release would land: the pull request's base when it is not the branch planned from.
  const branch = inputs.pullRequestBase ?? settings.ref ?? context.refName;
  if (!context.owner || !context.repo || !branch)
    throw new Error('mode auto needs GITHUB_REPOSITORY and the branch (ref)');
  const client = await createGitHubClient({ token: inputs.token! });
  const where = { owner: context.owner, repo: context.repo, branch };
  const { data } = await client.rest.repos.getBranch(where);
  const rules = data.protected ? [] : (await client.rest.repos.getBranchRules(where)).data;
  const blocking = rules.filter((rule) => BLOCKING_RULES.has(rule.type)).map((rule) => rule.type);
  const mode = data.protected || blocking.length > 0 ? 'pull-request' : 'direct';
  const why = data.protected
    ? 'branch protection'
    : blocking.length > 0
      ? `ruleset rules: ${blocking.join(', ')}`
      : 'no protection';
  info(
    `${branch}: ${why}, so the release goes ${mode === 'direct' ? 'straight to the branch' : 'through a pull request'}.`,
  );
  return mode;
}

export async function runPullRequestMode(
  inputs: BumpInputs,
  settings: ReleaseSettings,
  context: RunContext,
): Promise<void> {
  const { releasePullRequest } = await import('../../packages/versioning/src/index.js');
  if (!context.owner || !context.repo)
    throw new Error('GITHUB_REPOSITORY is not set: mode pull-request needs the repository');
  const client = await createGitHubClient({ token: inputs.token! });
  const api = releasePullApi(client, context.owner, context.repo);
  const target = inputs.pullRequestBase ?? settings.ref ?? context.refName;
  const overrides = target
    ? await commitOverrides(client, context.owner, context.repo, target).catch((thrown: unknown) => {
        warning(`Commit overrides in pull request bodies were not read: ${(thrown as Error).message}`);
        return undefined;
      })
    : undefined;
  const outcome = await group('Release pull request', () =>
    releasePullRequest({
      ...settings,
      overrides,
      api,
      pullBranch: inputs.pullRequestBranch,
      pullBase: inputs.pullRequestBase,
    }),
  );
  for (const message of outcome.warnings) warning(message);
  info(
    `${SAID[outcome.action]}${outcome.pull ? ` #${outcome.pull.number} (${outcome.pull.url})` : ''}${outcome.reason ? `: ${outcome.reason}` : ''}.`,
  );
  setOutputs(outputs(outcome));
  await writeSummary(summary(outcome));
}
