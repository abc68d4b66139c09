import { ReleaseError } from '../../kit/src/index.js';
import type { Checkout } from './checkout.js';
import { writeAllOrNothing, type FileEdit, type Undo } from './files.js';
import type { Plan } from './plan.js';
import * as repo from './repository.js';
import { fillTemplate, type ReleaseSettings } from './settings.js';

/**
 * The writing half of a release: branch, files, commit, tag, each step leaving
 * behind how to take it back; then the push, retried on network errors.
 */

export interface ApplyContext {
  root: string;
  plan: Plan;
  edits: FileEdit[];
  when: Date;
  branchName?: string;
  checkout: Checkout;
  start: string;
}

export interface Applied {
  commitSha: string;
  /** Takes every step back, newest first: files, commit, tag and branch as they were. */
  undo: Undo;
}

export async function applyRelease(settings: ReleaseSettings, ctx: ApplyContext): Promise<Applied> {
  const { root, plan } = ctx;
  const steps: Undo[] = [];
  const undo: Undo = async () => {
    for (const step of steps.reverse()) await step();
  };
  const values = { version: plan.version!, tag: plan.tag! };
  try {
    if (ctx.branchName) {
      await repo.createBranch(root, ctx.branchName, ctx.start);
      const back = { branch: ctx.checkout.branch, commit: ctx.checkout.head };
      steps.push(async () => {
        await repo.switchTo(root, back);
        await repo.deleteBranch(root, ctx.branchName!);
      });
    }
    steps.push(await writeAllOrNothing(root, ctx.edits));
    let commitSha = ctx.start;
    if (ctx.edits.length > 0) {
      steps.push(() => repo.resetTo(root, ctx.start));
      const message = fillTemplate(settings.commitMessage, values);
      const paths = ctx.edits.map((edit) => edit.path);
      commitSha = await repo.commit(root, paths, message, settings.identity, ctx.when);
      settings.log.info(`Committed ${commitSha.slice(0, 7)} ${message.split('\n')[0]}`);
    }
    if (!ctx.branchName) {
      let message = fillTemplate(settings.tagMessage, values);
      if (settings.runUrl) message += `\n\nRelease-Run: ${settings.runUrl}`;
      steps.push(() => repo.deleteTag(root, plan.tag!));
      await repo.createTag(root, plan.tag!, message, commitSha, settings.identity, ctx.when);
      settings.log.info(`Tagged ${commitSha.slice(0, 7)} as ${plan.tag}`);
    }
    return { commitSha, undo };
  } catch (thrown) {
    await undo();
    throw thrown;
  }
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

export interface PushResult {
  outcome: repo.PushOutcome;
  detail: string;
}

export async function pushWithRetries(
  settings: ReleaseSettings,
  root: string,
  refspecs: string[],
): Promise<PushResult> {
  for (let attempt = 1; ; attempt += 1) {
    const result = await repo.push(root, settings.remote, refspecs);
    if (result.outcome !== 'transient' || attempt >= settings.pushAttempts) return result;
    const why = result.detail.split('\n').pop();
    settings.log.warning(`Push failed (${why}); retrying (${attempt}/${settings.pushAttempts - 1})`);
    await sleep(settings.retryDelayMs * 2 ** (attempt - 1));
  }
}

const PUSH_HINTS: Partial<Record<repo.PushOutcome, string>> = {
  refused:
    'The remote refused the push: the job needs `permissions: contents: write`, and a protected branch must let this token push (or use release-branch: true).',
  exists: 'Another run created the same tag or branch meanwhile; re-run to pick it up.',
  behind: 'The branch kept moving while the release was pushed; re-run the workflow.',
};

export function pushError(settings: ReleaseSettings, pushed: PushResult, refspecs: string[]): ReleaseError {
  return new ReleaseError(
    'EPUSH',
    `Pushing ${refspecs.join(' ')} to ${settings.remote} failed (${pushed.outcome}); the local release commit and tag were undone:\n${pushed.detail}`,
    {
      hint:
        PUSH_HINTS[pushed.outcome] ??
        'Check that the remote is reachable and the token may push; a re-run starts from a clean state.',
    },
  );
}
