import { applyRelease, pushError, pushWithRetries } from './apply.js';
import { prepareCheckout, releaseBranchStart } from './checkout.js';
import { fileEdits, lookupPulls, notesContext, writeNotes } from './notes.js';
import { planRelease, type PlanSettings } from './plan.js';
import type { FindPulls } from './pull-requests.js';
import * as repo from './repository.js';
import { existingRelease, ownTagAtStart, reportExisting } from './reuse.js';
import type { ReleaseOutcome, ReleaseSettings } from './settings.js';

/**
 * A release from start to finish: check the checkout, plan, compute every file,
 * then write, commit, tag and push. Anything that fails before the push is
 * undone (files, commit, tag, branch), so a re-run starts from the same place.
 * A push that finds the branch moved on is undone too; the release is then
 * rebased onto the new head and planned again, so the commits that arrived
 * meanwhile are counted (and never overwritten: nothing is ever force-pushed).
 */

/** Each commit is looked up at most once, however many times the release is planned. */
function cached(find: FindPulls | undefined): FindPulls | undefined {
  if (!find) return undefined;
  const seen = new Map<string, ReturnType<FindPulls>>();
  return (sha) => {
    if (!seen.has(sha)) seen.set(sha, find(sha));
    return seen.get(sha)!;
  };
}

export async function release(settings: ReleaseSettings): Promise<ReleaseOutcome> {
  const warnings: string[] = [];
  const checkout = await prepareCheckout(settings, warnings);
  const { root } = checkout;
  const planSettings: PlanSettings = { ...settings, root };
  const findPulls = cached(settings.findPulls);
  let start = settings.releaseBranch ? await releaseBranchStart(settings, checkout) : checkout.head;

  for (let attempt = 1; ; attempt += 1) {
    const plan = await planRelease(planSettings, start);
    const context = { attempts: attempt, warnings, findPulls, target: checkout.target };

    const own = await ownTagAtStart(settings, planSettings, plan);
    if (own) return reportExisting(settings, root, own, context);
    if (!plan.version) {
      const tagged = plan.history.last?.commit === start ? plan.history.last : undefined;
      const reason = tagged
        ? `${tagged.name} already marks this commit`
        : `no commit since ${plan.history.lastStable?.name ?? 'the start of the history'} calls for a release`;
      const base = { plan, reused: false, files: [], pushed: false, attempts: attempt, warnings };
      return { ...base, released: false, reason };
    }

    const branchName = settings.releaseBranch ? `release/${plan.tag}` : undefined;
    const found = branchName
      ? await existingRelease(
          settings,
          planSettings,
          plan,
          await releaseBranchRef(settings, root, branchName),
          `Branch ${branchName}`,
        )
      : await existingRelease(settings, planSettings, plan, `refs/tags/${plan.tag}`, `Tag ${plan.tag}`);
    if (found) return reportExisting(settings, root, found, { ...context, branchName });

    const when = settings.now();
    const date = when.toISOString().slice(0, 10);
    const { links, report: lookup } = await lookupPulls(settings, plan, findPulls);
    const ctx = notesContext(settings, plan, date, links);
    const notes = await writeNotes(settings, plan, ctx);
    const edits = await fileEdits(settings, root, plan, ctx, notes);
    const outcome: ReleaseOutcome = {
      released: true,
      plan,
      notes,
      date,
      commitSha: start,
      reused: false,
      files: edits.map((edit) => edit.path),
      pushed: false,
      attempts: attempt,
      releaseBranch: branchName,
      lookup,
      warnings,
    };
    if (settings.dryRun) return outcome;

    const applied = await applyRelease(settings, { root, plan, edits, when, branchName, checkout, start });
    outcome.commitSha = applied.commitSha;
    if (!settings.push) return outcome;

    const refspecs = branchName
      ? [`refs/heads/${branchName}:refs/heads/${branchName}`]
      : [`${applied.commitSha}:refs/heads/${checkout.target}`, `refs/tags/${plan.tag}:refs/tags/${plan.tag}`];
    const pushed = await pushWithRetries(settings, root, refspecs);
    if (pushed.outcome === 'pushed') return { ...outcome, pushed: true };
    await applied.undo();
    if (pushed.outcome !== 'behind' || branchName || attempt >= settings.pushAttempts) {
      throw pushError(settings, pushed, refspecs);
    }
    settings.log.info(
      `${settings.remote}/${checkout.target} moved on meanwhile: rebasing onto it and planning again`,
    );
    await repo.rebaseOnto(root, settings.remote, checkout.target!);
    start = await repo.headCommit(root);
  }
}

/** The release branch as the remote has it, else as it is here. */
async function releaseBranchRef(settings: ReleaseSettings, root: string, name: string): Promise<string> {
  const remote = `refs/remotes/${settings.remote}/${name}`;
  await repo.fetchBranch(root, settings.remote, name);
  return (await repo.refExists(root, remote)) ? remote : `refs/heads/${name}`;
}
