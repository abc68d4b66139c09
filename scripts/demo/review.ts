/**
 * The demo's review step: what a team's reviewers and CI do between the push that opens the
 * release pull request and the push of its merge. main is protected (two approving reviews and
 * the `ci` check), so the pipeline opens a pull request instead of pushing, and a person merges it.
 */
import type { PipelineHarness } from '../../test/workflow-runner/harness.js';

/** The branch protection the demo's repository has, as GitHub's settings page would show it. */
export const DEMO_PROTECTION = {
  protectedBranches: {
    main: { requiredApprovingReviews: 2, requiredChecks: ['ci'] },
    develop: { requiredApprovingReviews: 1 },
  },
  repositorySettings: { allowAutoMerge: true },
};

export const RELEASE_BRANCH = 'release-actions--branches--main';

export interface ReleasePullRequest {
  number: number;
  title: string;
}

/** The open release pull request onto main, as the pipeline left it. */
export function openReleasePullRequest(harness: PipelineHarness): ReleasePullRequest | undefined {
  const { state } = harness.emulator;
  const pull = state.pulls.find((p) => p.head === RELEASE_BRANCH && !p.merged);
  const issue = pull && state.issue(pull.number);
  if (!pull || !issue || issue.state !== 'open') return undefined;
  return { number: pull.number, title: issue.title };
}

/**
 * CI's check passes on the pull request's head, two maintainers approve, and one of them
 * squash-merges it through the API with their own token. Returns the merge commit.
 */
export async function reviewAndMerge(harness: PipelineHarness, pull: ReleasePullRequest): Promise<string> {
  const { emulator, project } = harness;
  const head = await project.fixture.git(['rev-parse', RELEASE_BRANCH], project.fixture.origin);
  emulator.seedCheckRun(head, { name: 'ci', status: 'completed', conclusion: 'success' });
  await emulator.seedReview(pull.number, { user: 'mona', state: 'APPROVED' });
  await emulator.seedReview(pull.number, { user: 'dana', state: 'APPROVED' });
  const answer = await fetch(`${emulator.url}/repos/acme/app/pulls/${pull.number}/merge`, {
    method: 'PUT',
    headers: { authorization: `token ${emulator.userToken('mona')}`, 'content-type': 'application/json' },
    body: JSON.stringify({ merge_method: 'squash' }),
  });
  const body = (await answer.json()) as { sha?: string; message?: string };
  if (answer.status !== 200 || !body.sha)
    throw new Error(`merging #${pull.number} failed: ${answer.status} ${body.message ?? ''}`);
  return body.sha;
}

/** Approves the back-merge pull requests into develop; auto-merge merges them once approved. */
export async function approveBackMerges(harness: PipelineHarness): Promise<number[]> {
  const { state } = harness.emulator;
  const waiting = state.pulls.filter((p) => p.base === 'develop' && !p.merged && p.autoMerge);
  for (const pull of waiting)
    await harness.emulator.seedReview(pull.number, { user: 'dana', state: 'APPROVED' });
  return waiting.filter((p) => state.pull(p.number)?.merged).map((p) => p.number);
}

/** Pushes to main or develop by anyone but the team's own local commits: the demo expects none. */
export async function directPushesToProtectedBranches(harness: PipelineHarness): Promise<string[]> {
  const pushes = await harness.emulator.pushLog();
  return pushes
    .filter((push) => ['refs/heads/main', 'refs/heads/develop'].includes(push.ref) && push.pusher !== 'local')
    .map((push) => `${push.pusher} → ${push.ref}${push.accepted ? '' : ' (refused)'}`);
}
