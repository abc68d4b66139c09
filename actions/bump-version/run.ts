import { join } from 'node:path';
import {
  createGitHubClient,
  group,
  info,
  pacing,
  runContext,
  setOutputs,
  warning,
  writeSummary,
  type GitHubClient,
} from '../../packages/kit/src/index.js';
import {
  commitRules,
  release,
  releaseComponents,
  type ComponentSet,
  type FindPulls,
  type ReleaseOutcome,
  type ReleaseSettings,
} from '../../packages/versioning/src/index.js';
import type { BumpInputs } from './inputs.js';
import { chooseMode, componentsOutput, runPullRequestMode } from './pull-mode.js';
import { renderSummary } from './summary.js';

/** GitHub caps a job output at 1 MB; the notes-file output always has the whole text. */
const NOTES_OUTPUT_LIMIT = 512 * 1024;

/** The PR lookup's API client, created on the first lookup only (Octokit is not loaded otherwise). */
function pullFinder(token: string, owner: string, repo: string): FindPulls {
  let client: Promise<GitHubClient> | undefined;
  return async (sha) => {
    // Optional lookups: an API that does not answer is not retried (see createGitHubClient).
    client ??= createGitHubClient({ token, failFastWhenUnreachable: true });
    const { data } = await (
      await client
    ).rest.repos.listPullRequestsAssociatedWithCommit({ owner, repo, commit_sha: sha });
    return data;
  };
}

/** The notes for the `notes` output: whole, or their first part and where the rest is. */
function notesOutput(outcome: ReleaseOutcome): string {
  const notes = outcome.notes!;
  if (!notes.truncated) return notes.preview;
  const cut = notes.preview.slice(0, notes.preview.lastIndexOf('\n') + 1);
  return `${cut}\n… (truncated: the full notes are in the file named by the notes-file output)\n`;
}

function outputs(outcome: ReleaseOutcome, path: string): Record<string, string> {
  const { plan } = outcome;
  const released = isReleased(outcome);
  return {
    version: released ? plan.version! : '',
    'previous-version': plan.history.last?.version ?? '',
    tag: released ? plan.tag! : '',
    'release-type': released ? (plan.applied ?? '') : '',
    released: String(released),
    prerelease: String(released && plan.prerelease),
    notes: released ? notesOutput(outcome) : '',
    'notes-file': released ? outcome.notes!.file : '',
    'commit-sha': released ? (outcome.commitSha ?? '') : '',
    monorepo: 'false',
    components: componentsOutput(released ? [releasedEntry(outcome, path)] : []),
  };
}

/** One entry of the components output: a released component (or the whole repository). */
function releasedEntry(outcome: ReleaseOutcome, path: string, name?: string) {
  return {
    ...(name ? { name } : {}),
    path,
    version: outcome.plan.version!,
    tag: outcome.plan.tag!,
    previous: outcome.plan.history.last?.version,
    notesFile: outcome.notes!.file,
    commitSha: outcome.commitSha ?? '',
  };
}

function isReleased(outcome: ReleaseOutcome): boolean {
  return outcome.released && outcome.plan.version !== undefined && outcome.notes !== undefined;
}

function statusLine(outcome: ReleaseOutcome, inputs: BumpInputs): string {
  const { plan } = outcome;
  if (!outcome.released) return `No release: ${outcome.reason}.`;
  const mode = inputs.dryRun ? 'Dry run: would release' : outcome.reused ? 'Already released' : 'Released';
  const from = plan.history.last ? ` (previous ${plan.history.last.name})` : ' (first release)';
  return `${mode} ${plan.tag}${from}, ${plan.applied}`;
}

/** The inputs this action reads, for tooling and tests that check every input (secrets are masked). */
export { spec as inputSpec } from './inputs.js';

export async function run(inputs: BumpInputs): Promise<void> {
  const context = runContext();
  const repositoryUrl = context.repository ? `${context.serverUrl}/${context.repository}` : undefined;
  let findPulls: FindPulls | undefined;
  if (inputs.token && inputs.pullRequestLookups > 0) {
    if (context.owner && context.repo) findPulls = pullFinder(inputs.token, context.owner, context.repo);
    else warning('GITHUB_REPOSITORY is not set: pull requests are not looked up.');
  }
  const settings: ReleaseSettings = {
    workspace: context.workspace,
    tagPrefix: inputs.tagPrefix,
    path: inputs.path,
    releaseType: inputs.releaseType,
    version: inputs.version,
    preid: inputs.preid,
    majorOnZero: inputs.majorOnZero,
    rules: commitRules(inputs.commitTypes),
    initialVersion: inputs.initialVersion,
    listOther: inputs.changelogOther,
    versionFiles: inputs.versionFiles,
    changelogFile: inputs.changelogFile,
    commitMessage: inputs.commitMessage,
    tagMessage: inputs.tagMessage,
    identity: { name: inputs.gitUserName, email: inputs.gitUserEmail },
    releaseBranch: inputs.releaseBranch,
    releaseBranchFrom: inputs.releaseBranchFrom,
    ref: inputs.ref,
    push: inputs.push,
    dryRun: inputs.dryRun,
    remote: 'origin',
    repositoryUrl,
    runUrl: context.runUrl || undefined,
    findPulls,
    pullLookupLimit: inputs.pullRequestLookups,
    notesDir: join(context.temp, 'bump-version'),
    previewLimit: NOTES_OUTPUT_LIMIT,
    pushAttempts: 4,
    retryDelayMs: pacing().gitRetryBaseMs ?? 2000,
    now: () => new Date(),
    log: { info, warning },
  };
  // A dry run writes nothing in either mode: it plans as the direct mode does.
  const mode = await chooseMode(inputs, settings, context);
  if (mode === 'pull-request' && !inputs.dryRun) {
    await runPullRequestMode(inputs, settings, context);
    return;
  }
  if (inputs.componentSet) {
    await runComponents(inputs, settings, inputs.componentSet, mode, repositoryUrl);
    return;
  }
  const outcome = await group('Plan and release', () => release(settings));
  for (const message of outcome.warnings) warning(message);
  info(statusLine(outcome, inputs));
  // What auto chose: a dry run of the pull-request mode plans as the direct mode does.
  setOutputs({ ...outputs(outcome, settings.path), mode });
  await writeSummary(
    renderSummary(outcome, { releaseType: inputs.releaseType, dryRun: inputs.dryRun, repositoryUrl }),
  );
}

/** A monorepo in the direct mode (or a dry run): each component released in turn. */
async function runComponents(
  inputs: BumpInputs,
  settings: ReleaseSettings,
  set: ComponentSet,
  mode: string,
  repositoryUrl: string | undefined,
): Promise<void> {
  const results = await group('Plan and release each component', () => releaseComponents(settings, set));
  const released = results.filter(({ outcome }) => isReleased(outcome));
  for (const { name, outcome } of results) {
    for (const message of outcome.warnings) warning(`${name}: ${message}`);
    info(`${name}: ${statusLine(outcome, inputs)}`);
  }
  setOutputs({
    version: '',
    'previous-version': '',
    tag: '',
    'release-type': '',
    released: String(released.length > 0),
    prerelease: String(released.some(({ outcome }) => outcome.plan.prerelease)),
    notes: '',
    'notes-file': '',
    'commit-sha': released.at(-1)?.outcome.commitSha ?? '',
    mode,
    monorepo: 'true',
    components: componentsOutput(
      released.map(({ name, path, outcome }) => releasedEntry(outcome, path, name)),
    ),
  });
  await writeSummary(
    results
      .map(({ outcome }) =>
        renderSummary(outcome, { releaseType: inputs.releaseType, dryRun: inputs.dryRun, repositoryUrl }),
      )
      .join('\n'),
  );
}
