import {
  createGitHubClient,
  group,
  info,
  setOutputs,
  warning,
  writeSummary,
  type RunContext,
} from '../../packages/kit/src/index.js';
import type { PullModeOutcome, ReleaseSettings } from '../../packages/versioning/src/index.js';
import type { BumpInputs } from './inputs.js';
import { commitOverrides, releasePullApi } from './pull-api.js';
import { pullModeSummary, SAID } from './pull-summary.js';

/**
 * mode: pull-request. The release pull request is opened or kept current; once merged, the run
 * after tags its merge commit and reports a release like the direct mode does, so the pipeline
 * builds, deploys and announces it.
 */

const NOTES_OUTPUT_LIMIT = 512 * 1024;

/** The released components, for a job matrix: `strategy.matrix.component: ${{ fromJSON(…) }}`. */
export function componentsOutput(
  released: Array<{
    name?: string;
    path: string;
    version: string;
    tag: string;
    previous?: string;
    notesFile: string;
    commitSha: string;
  }>,
): string {
  return JSON.stringify(
    released.map((c) => ({
      name: c.name ?? '',
      path: c.path,
      version: c.version,
      tag: c.tag,
      // The tag is always <prefix><version>: announce finds the earlier releases by it.
      'tag-prefix': c.tag.endsWith(c.version) ? c.tag.slice(0, c.tag.length - c.version.length) : '',
      'previous-version': c.previous ?? '',
      'notes-file': c.notesFile,
      'commit-sha': c.commitSha,
    })),
  );
}

function pendingOutput(outcome: PullModeOutcome): string {
  if (outcome.action === 'tagged' || !outcome.proposed) return '[]';
  return JSON.stringify(
    outcome.proposed
      .filter(({ plan }) => plan.version)
      .map(({ name, path, plan }) => ({ name: name ?? '', path, version: plan.version, tag: plan.tag })),
  );
}

function outputs(outcome: PullModeOutcome, monorepo: boolean): Record<string, string> {
  // A monorepo's versions are per component (the components output): no one version stands for the run.
  const released = monorepo ? undefined : outcome.released;
  const all = outcome.releasedComponents ?? [];
  return {
    version: released?.version ?? '',
    'previous-version': monorepo ? '' : (released?.previous ?? outcome.plan?.history.last?.version ?? ''),
    tag: released?.tag ?? '',
    'release-type': released ? 'version' : '',
    prerelease: String(Boolean(released && /-/.test(released.version))),
    notes: released ? released.notes.preview.slice(0, NOTES_OUTPUT_LIMIT) : '',
    'notes-file': released?.notes.file ?? '',
    'pull-request-number': outcome.pull ? String(outcome.pull.number) : '',
    'pull-request-url': outcome.pull?.url ?? '',
    'pull-request-action': outcome.action,
    'pending-version': outcome.action === 'tagged' || monorepo ? '' : (outcome.plan?.version ?? ''),
    mode: 'pull-request',
    released: String(all.length > 0),
    'commit-sha': all[0]?.commitSha ?? '',
    monorepo: String(monorepo),
    components: componentsOutput(all.map((c) => ({ ...c, notesFile: c.notes.file }))),
    'pending-components': pendingOutput(outcome),
  };
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
      components: inputs.componentSet,
    }),
  );
  for (const message of outcome.warnings) warning(message);
  info(
    `${SAID[outcome.action]}${outcome.pull ? ` #${outcome.pull.number} (${outcome.pull.url})` : ''}${outcome.reason ? `: ${outcome.reason}` : ''}.`,
  );
  setOutputs(outputs(outcome, Boolean(inputs.componentSet)));
  await writeSummary(pullModeSummary(outcome));
}
