import { ReleaseError } from '../../kit/src/index.js';
import { pushError, pushWithRetries } from './apply.js';
import { lookupPulls, notesContext, writeNotes } from './notes.js';
import { planRelease, type Plan, type PlanSettings } from './plan.js';
import type { FindPulls } from './pull-requests.js';
import * as repo from './repository.js';
import { fillTemplate, releaseSubject, type ReleaseOutcome, type ReleaseSettings } from './settings.js';
import { tagMessage } from './tags.js';

/**
 * Re-runs. A release that already happened is recognised and reported with the
 * outputs of the run that made it; nothing is written again. A tag or release
 * branch of the same name that is not this release is never moved.
 */

export interface Found {
  /** The release commit (or the tagged commit when no files changed). */
  commit: string;
  /** The plan as the run that made the release saw it. */
  plan: Plan;
}

/** A tag on `start` that this very workflow run made (recorded in its message). */
export async function ownTagAtStart(
  settings: ReleaseSettings,
  planSettings: PlanSettings,
  plan: Plan,
): Promise<Found | undefined> {
  if (!settings.runUrl) return undefined;
  const { root } = planSettings;
  for (const tag of plan.history.all.filter((t) => t.commit === plan.start)) {
    if (!(await tagMessage(root, tag.name)).includes(settings.runUrl)) continue;
    // On a release commit, plan from its parent: what the run that made it saw.
    const subject = fillTemplate(settings.commitMessage, { version: tag.version, tag: tag.name }).split(
      '\n',
    )[0];
    const parent =
      (await repo.commitSubject(root, plan.start)) === subject
        ? await repo.firstParent(root, plan.start)
        : undefined;
    const again = await planRelease(planSettings, parent ?? plan.start, tag.name);
    if (again.version === tag.version) return { commit: plan.start, plan: again };
  }
  return undefined;
}

/**
 * The computed tag (or release branch) exists. It is this release when it sits on
 * a release commit for this version made on top of `start`; planning again from
 * that commit's parent gives the outputs of the run that made it. Anything else is
 * someone else's tag: fail, and never move it.
 */
export async function existingRelease(
  settings: ReleaseSettings,
  planSettings: PlanSettings,
  plan: Plan,
  ref: string,
  what: string,
): Promise<Found | undefined> {
  const { root } = planSettings;
  const commit = await repo.refExists(root, ref);
  if (!commit) return undefined;
  const subject = await repo.commitSubject(root, commit);
  if (
    commit !== plan.start &&
    subject === releaseSubject(settings, plan) &&
    (await repo.isAncestor(root, plan.start, commit))
  ) {
    const parent = await repo.firstParent(root, commit);
    const again = parent ? await planRelease(planSettings, parent) : undefined;
    if (again && again.version === plan.version) return { commit, plan: again };
  }
  throw new ReleaseError(
    what.startsWith('Branch') ? 'EBRANCHEXISTS' : 'ETAGEXISTS',
    `${what} already exists on ${commit.slice(0, 7)} ("${subject}"), which is not the release of ${plan.start.slice(0, 7)}; it is never moved`,
    {
      hint: what.startsWith('Branch')
        ? 'Delete the branch if it is stale, or release another version.'
        : `If the tag is a mistake, delete it (git push ${settings.remote} :refs/tags/${plan.tag}); otherwise release a higher version.`,
    },
  );
}

/** Reports a release that already exists; finishes its push if an earlier attempt never made it. */
export async function reportExisting(
  settings: ReleaseSettings,
  root: string,
  found: Found,
  context: {
    attempts: number;
    warnings: string[];
    findPulls?: FindPulls;
    branchName?: string;
    target?: string;
  },
): Promise<ReleaseOutcome> {
  const { plan, commit } = found;
  const when = context.branchName ? settings.now() : await repo.tagDate(root, plan.tag!);
  const date = when.toISOString().slice(0, 10);
  const { links, report: lookup } = await lookupPulls(settings, plan, context.findPulls);
  const notes = await writeNotes(settings, plan, notesContext(settings, plan, date, links));
  settings.log.info(
    `${context.branchName ?? plan.tag} already marks this release (${commit.slice(0, 7)}); reusing it`,
  );
  let pushed = false;
  const local = !context.branchName && (await repo.remoteHasTag(root, settings.remote, plan.tag!)) === false;
  if (local && settings.push && !settings.dryRun) {
    // Made by an earlier attempt that never reached the remote: finish its push.
    const refspecs = [
      ...(context.target ? [`${commit}:refs/heads/${context.target}`] : []),
      `refs/tags/${plan.tag}:refs/tags/${plan.tag}`,
    ];
    const result = await pushWithRetries(settings, root, refspecs);
    if (result.outcome !== 'pushed') throw pushError(settings, result, refspecs);
    pushed = true;
  }
  return {
    released: true,
    plan,
    notes,
    date,
    commitSha: commit,
    reused: true,
    files: [],
    pushed,
    attempts: context.attempts,
    lookup,
    warnings: context.warnings,
    releaseBranch: context.branchName,
  };
}
