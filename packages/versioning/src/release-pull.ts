import { readFile } from 'node:fs/promises';
import { git, ReleaseError } from '../../kit/src/index.js';
import { applyRelease } from './apply.js';
import { prepareCheckout, type Checkout } from './checkout.js';
import { planUnits, releaseUnits, type UnitPlan } from './component-plans.js';
import type { FileEdit } from './files.js';
import { fileEdits, lookupPulls, notesContext, writeNotes } from './notes.js';
import type { Plan } from './plan.js';
import {
  pullBody,
  pullTitle,
  RELEASE_LABELS,
  releasePullBranch,
  releaseValues,
  type ReleaseComponent,
} from './release-pull-body.js';
import { ignoringPull } from './pull-requests.js';
import { pendingMerge, tagMerged } from './release-pull-tag.js';
import type {
  PullAction,
  PullModeOutcome,
  PullModeSettings,
  ReleasePull,
  ResolvedPullSettings,
} from './release-pull-types.js';
import * as repo from './repository.js';

/**
 * The pull-request mode of a release: instead of pushing the release commit to a protected
 * branch, keep one release pull request per target branch current (version files, CHANGELOG
 * and notes, force-pushed to a branch of ours), and once a person has merged it, tag the
 * merge commit. Every step finds what was already done, so re-runs and runs that race end with
 * one pull request and one tag.
 *
 * The pull request names its releases in a marker (a list of components), so that several
 * components can share one pull request.
 */

type Resolved = ResolvedPullSettings;

/** GitHub refuses a pull request body above 65,536 characters. */
const BODY_LIMIT = 60_000;

export async function releasePullRequest(settings: PullModeSettings): Promise<PullModeOutcome> {
  const warnings: string[] = [];
  const checkout = await prepareCheckout({ ...settings, releaseBranch: false }, warnings);
  const target = checkout.target!;
  const resolved = {
    ...settings,
    pullBranch: settings.pullBranch ?? releasePullBranch(target),
    pullBase: settings.pullBase ?? target,
  };
  const merged = await pendingMerge(resolved, resolved.pullBase);
  if (merged) return tagMerged(resolved, checkout, merged, warnings);
  return keepCurrent(resolved, checkout, target, warnings);
}

/** What one releasing component adds to the pull request: its marker entry, notes and file edits. */
interface Prepared {
  component: ReleaseComponent;
  notes: string;
  edits: FileEdit[];
}

/**
 * `own` is the release pull request itself, which holds the commits it releases when they are not on
 * its base yet (a hotfix branch's): never the pull request that brought them.
 */
async function prepareComponent(
  unit: UnitPlan,
  root: string,
  date: string,
  own: number | undefined,
): Promise<Prepared> {
  const { settings, plan } = unit;
  const { links } = await lookupPulls(settings, plan, ignoringPull(settings.findPulls, own));
  const ctx = notesContext(settings, plan, date, links);
  const notes = await writeNotes(settings, plan, ctx);
  const edits = await fileEdits(settings, root, plan, ctx, notes);
  const component: ReleaseComponent = {
    ...(unit.name ? { name: unit.name } : {}),
    path: settings.path,
    tag: plan.tag!,
    version: plan.version!,
    ...(plan.history.last ? { previous: plan.history.last.version } : {}),
  };
  return { component, notes: await readFile(notes.file, 'utf8'), edits };
}

/** Two components may not write the same file: the second would undo the first's version. */
function allEdits(prepared: Prepared[]): FileEdit[] {
  const owner = new Map<string, string>();
  for (const { component, edits } of prepared) {
    for (const edit of edits) {
      const other = owner.get(edit.path);
      if (other)
        throw new ReleaseError(
          'ECONFIG',
          `${other} and ${component.name ?? component.path} both write ${edit.path}: give each component its own version files`,
        );
      owner.set(edit.path, component.name ?? component.path);
    }
  }
  return prepared.flatMap((entry) => entry.edits);
}

/** The first tag a releasing component would make that exists already, if every one of them does. */
async function taggedAlready(root: string, releasing: UnitPlan[]): Promise<string | undefined> {
  const tags = releasing.map((unit) => unit.plan.tag!);
  for (const tag of tags) if (!(await repo.refExists(root, `refs/tags/${tag}`))) return undefined;
  return tags.join(', ');
}

function nothingToRelease(plans: UnitPlan[]): string {
  if (plans.length === 1) {
    const { plan } = plans[0]!;
    return `no commit since ${plan.history.lastStable?.name ?? 'the start of the history'} calls for a release`;
  }
  return `no component (${plans.map((unit) => unit.name).join(', ')}) has a commit since its last release that calls for one`;
}

/** Opens, updates or closes the release pull request for what the target branch holds now. */
async function keepCurrent(
  settings: Resolved,
  checkout: Checkout,
  target: string,
  warnings: string[],
): Promise<PullModeOutcome> {
  const { root, head } = checkout;
  const units = releaseUnits(settings, settings.components);
  const plans = await planUnits(units, root, head, settings.components?.linked);
  const releasing = plans.filter((unit) => unit.plan.version);
  const proposed = plans.map(({ name, settings: own, plan }) => ({
    ...(name ? { name } : {}),
    path: own.path,
    plan,
  }));
  const plan = (releasing[0] ?? plans[0])!.plan;
  const base = settings.pullBase;
  const open = await settings.api.findOpen(settings.pullBranch, base);
  if (releasing.length === 0) {
    const reason = nothingToRelease(plans);
    if (!open) return { action: 'none', plan, proposed, reason, warnings };
    await settings.api.comment(
      open.number,
      `Nothing to release on \`${target}\` any more (${reason}): closing.`,
    );
    const closed = await settings.api.update(open.number, { state: 'closed' });
    await deleteRemoteBranch(settings, root);
    return { action: 'closed', pull: closed, plan, proposed, reason, warnings };
  }
  // Planned from a branch that does not see the tags (a hotfix merged and tagged on main): released already.
  const tagged = await taggedAlready(root, releasing);
  if (tagged) {
    const reason = `${tagged} already exists: nothing more to propose from ${target}`;
    return { action: 'none', plan, proposed, reason, warnings, pull: open };
  }
  if (await superseded(settings, root, target, head)) {
    const reason = `${target} moved on since ${head.slice(0, 7)}: the run for the newer commit updates the release pull request`;
    return { action: 'superseded', plan, proposed, reason, warnings, pull: open };
  }
  const date = settings.now().toISOString().slice(0, 10);
  const prepared: Prepared[] = [];
  for (const unit of releasing) prepared.push(await prepareComponent(unit, root, date, open?.number));
  const components = prepared.map((entry) => entry.component);
  const title = pullTitle(settings, components);
  const body = pullBody({
    target: base,
    source: target,
    components: prepared.map((entry) => ({ ...entry.component, notes: entry.notes })),
    limit: BODY_LIMIT,
  });
  // The release commit names every component: its message is filled from all their tags.
  const commitPlan = { ...plan, ...releaseValues(components) };
  const branchChanged = await pushReleaseBranch(settings, checkout, commitPlan, allEdits(prepared));
  const done = (action: PullAction, pull: ReleasePull): PullModeOutcome => ({
    action,
    pull,
    plan,
    proposed,
    warnings,
  });
  if (open) {
    if (!branchChanged && open.title === title && open.body === body) return done('unchanged', open);
    return done('updated', await settings.api.update(open.number, { title, body }));
  }
  const created = await settings.api.create({ head: settings.pullBranch, base, title, body });
  if (!created) {
    // A concurrent run opened it between our look and our create: bring that one up to date.
    const found = await settings.api.findOpen(settings.pullBranch, base);
    if (!found)
      throw new ReleaseError(
        'EPUSH',
        `GitHub says a release pull request from ${settings.pullBranch} exists, but none is open`,
      );
    return done('updated', await settings.api.update(found.number, { title, body }));
  }
  await settings.api.setLabels(created.number, [RELEASE_LABELS.pending], []);
  return done('created', created);
}

/** Whether the remote target branch has moved past the commit this run plans from. */
async function superseded(settings: Resolved, root: string, target: string, head: string): Promise<boolean> {
  if (!(await repo.fetchBranch(root, settings.remote, target))) return false;
  const tip = await repo.refExists(root, `refs/remotes/${settings.remote}/${target}`);
  return tip !== undefined && tip !== head && (await repo.isAncestor(root, head, tip));
}

/**
 * The release commit on top of the target's head, force-pushed to the release branch (ours alone).
 * False when the branch already held exactly this change on this head.
 */
async function pushReleaseBranch(
  settings: Resolved,
  checkout: Checkout,
  plan: Plan,
  edits: FileEdit[],
): Promise<boolean> {
  const { root, head } = checkout;
  const branch = settings.pullBranch;
  const local = `release-actions-work/${branch}`;
  const applied = await applyRelease(settings, {
    root,
    plan,
    edits,
    when: settings.now(),
    branchName: local,
    checkout,
    start: head,
  });
  try {
    // A run racing on the same push may write the branch at the same moment: look again and retry.
    for (let attempt = 1; ; attempt += 1) {
      await repo.fetchBranch(root, settings.remote, branch);
      const remote = await repo.refExists(root, `refs/remotes/${settings.remote}/${branch}`);
      if (remote && (await sameChange(root, remote, applied.commitSha, head))) return false;
      const pushed = await repo.push(root, settings.remote, [`+${applied.commitSha}:refs/heads/${branch}`]);
      if (pushed.outcome === 'pushed') {
        settings.log.info(`Pushed the release commit ${applied.commitSha.slice(0, 7)} to ${branch}`);
        return true;
      }
      if (pushed.outcome !== 'behind' || attempt >= 3) {
        throw new ReleaseError(
          'EPUSH',
          `Pushing the release branch ${branch} failed (${pushed.outcome}):\n${pushed.detail}`,
          {
            hint: 'The job needs `permissions: contents: write`, and no rule may protect the release pull request branch.',
          },
        );
      }
    }
  } finally {
    await applied.undo();
  }
}

/** Same parent and same files: the branch already holds this release commit. */
async function sameChange(root: string, remote: string, local: string, head: string): Promise<boolean> {
  const parent = await repo.refExists(root, `${remote}^1`);
  if (parent !== head) return false;
  const trees = await git(['rev-parse', `${remote}^{tree}`, `${local}^{tree}`], { cwd: root });
  const [a, b] = trees.stdout.trim().split('\n');
  return a === b;
}

async function deleteRemoteBranch(settings: Resolved, root: string): Promise<void> {
  const result = await repo.push(root, settings.remote, [`:refs/heads/${settings.pullBranch}`]);
  if (result.outcome !== 'pushed')
    settings.log.warning(`Could not delete ${settings.pullBranch}: ${result.detail}`);
}

export type * from './release-pull-types.js';
