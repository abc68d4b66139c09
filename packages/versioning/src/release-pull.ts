import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { git, ReleaseError } from '../../kit/src/index.js';
import { applyRelease } from './apply.js';
import { prepareCheckout, type Checkout } from './checkout.js';
import { fileEdits, lookupPulls, notesContext, writeNotes } from './notes.js';
import { planRelease, type Plan, type PlanSettings } from './plan.js';
import {
  notesOf,
  pullBody,
  pullTitle,
  readMarker,
  RELEASE_LABELS,
  releasePullBranch,
  type ReleaseComponent,
} from './release-pull-body.js';
import { ignoringPull } from './pull-requests.js';
import * as repo from './repository.js';
import type { ReleaseSettings, WrittenNotes } from './settings.js';
import { tagMessage } from './tags.js';

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

export interface ReleasePull {
  number: number;
  url: string;
  title: string;
  body: string;
  open: boolean;
  merged: boolean;
  mergeCommitSha?: string;
  labels: string[];
}

/** What the release pull request needs from GitHub; the action implements it with its API client. */
export interface ReleasePullApi {
  /** The open pull request from `head` into `base`, if any. */
  findOpen(head: string, base: string): Promise<ReleasePull | undefined>;
  /** Closed pull requests from `head` into `base`, newest first (a page is enough). */
  listClosed(head: string, base: string): Promise<ReleasePull[]>;
  /** Undefined when GitHub says one already exists for the head (a concurrent run made it). */
  create(input: {
    head: string;
    base: string;
    title: string;
    body: string;
  }): Promise<ReleasePull | undefined>;
  update(number: number, input: { title?: string; body?: string; state?: 'closed' }): Promise<ReleasePull>;
  setLabels(number: number, add: string[], remove: string[]): Promise<void>;
  comment(number: number, body: string): Promise<void>;
}

export interface PullModeSettings extends ReleaseSettings {
  api: ReleasePullApi;
  /** The branch the release pull request comes from (ours, force-pushed on every update). Default releasePullBranch(target). */
  pullBranch?: string;
  /**
   * The branch the release pull request merges into, when it is not the branch planned from: a hotfix
   * is planned from its hotfix branch and reaches a protected main through the pull request.
   */
  pullBase?: string;
}

export type PullAction = 'created' | 'updated' | 'unchanged' | 'closed' | 'none' | 'superseded' | 'tagged';

export interface PullModeOutcome {
  action: PullAction;
  pull?: ReleasePull;
  /** The plan behind the pull request (what it proposes), when there is one. */
  plan?: Plan;
  /** Set when this run tagged a merged release pull request (or re-ran the run that did). */
  released?: { tag: string; version: string; commitSha: string; notes: WrittenNotes; previous?: string };
  reason?: string;
  warnings: string[];
}

type Resolved = PullModeSettings & { pullBranch: string; pullBase: string };

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

/** The newest merged release pull request whose tag does not exist yet, or that this run tagged. */
async function pendingMerge(settings: Resolved, target: string): Promise<ReleasePull | undefined> {
  const closed = await settings.api.listClosed(settings.pullBranch, target);
  const newest = closed.find((pull) => pull.merged && pull.mergeCommitSha && readMarker(pull.body));
  if (!newest) return undefined;
  const component = readMarker(newest.body)!.components[0]!;
  const workspace = await repo.repositoryRoot(settings.workspace);
  const tagged = await repo.refExists(workspace, `refs/tags/${component.tag}`);
  if (!tagged) return newest;
  // Tagged already: by this very run (a re-run of it reports the release again), or long ago.
  const own = settings.runUrl && (await tagMessage(workspace, component.tag)).includes(settings.runUrl);
  return own ? newest : undefined;
}

async function tagMerged(
  settings: Resolved,
  checkout: Checkout,
  pull: ReleasePull,
  warnings: string[],
): Promise<PullModeOutcome> {
  const { root } = checkout;
  const component = readMarker(pull.body)!.components[0]!;
  const commitSha = pull.mergeCommitSha!;
  if (!(await repo.refExists(root, commitSha))) {
    throw new ReleaseError(
      'ENOTARGET',
      `The merge commit ${commitSha} of pull request #${pull.number} is not in the checkout`,
      {
        hint: 'Check out the target branch with its whole history (actions/checkout with fetch-depth: 0).',
      },
    );
  }
  const existing = await repo.refExists(root, `refs/tags/${component.tag}`);
  if (existing && existing !== commitSha) {
    throw new ReleaseError(
      'ETAGEXISTS',
      `${component.tag} already exists on ${existing}, not on the merge commit ${commitSha}`,
    );
  }
  let ours = Boolean(existing);
  if (!existing) ours = await pushTag(settings, root, component, commitSha);
  if (!ours) {
    return { action: 'none', reason: `${component.tag} was tagged by another run`, warnings };
  }
  await settings.api.setLabels(pull.number, [RELEASE_LABELS.tagged], [RELEASE_LABELS.pending]);
  const notes = await notesFile(settings, component, notesOf(pull.body));
  settings.log.info(`Tagged the merge of #${pull.number} (${commitSha.slice(0, 7)}) as ${component.tag}`);
  return {
    action: 'tagged',
    pull,
    released: {
      tag: component.tag,
      version: component.version,
      commitSha,
      notes,
      previous: component.previous,
    },
    warnings,
  };
}

/** Pushes the annotated tag; false when another run's push of the same tag won. */
async function pushTag(
  settings: Resolved,
  root: string,
  component: ReleaseComponent,
  commitSha: string,
): Promise<boolean> {
  let message = settings.tagMessage
    .replace(/\{version\}/g, component.version)
    .replace(/\{tag\}/g, component.tag);
  if (settings.runUrl) message += `\n\nRelease-Run: ${settings.runUrl}`;
  const when = settings.now();
  await repo.createTag(root, component.tag, message, commitSha, settings.identity, when);
  const pushed = await repo.push(root, settings.remote, [
    `refs/tags/${component.tag}:refs/tags/${component.tag}`,
  ]);
  if (pushed.outcome === 'pushed') return true;
  await repo.deleteTag(root, component.tag);
  // Another run's push of the same tag won (refused as existing, or as a ref it was locking).
  if (pushed.outcome === 'exists' || (await repo.remoteHasTag(root, settings.remote, component.tag)))
    return false;
  throw new ReleaseError(
    'EPUSH',
    `Pushing the tag ${component.tag} failed (${pushed.outcome}):\n${pushed.detail}`,
    {
      hint: 'The job needs `permissions: contents: write`; a tag ruleset must let this token create release tags.',
    },
  );
}

async function notesFile(
  settings: Resolved,
  component: ReleaseComponent,
  notes: string,
): Promise<WrittenNotes> {
  await mkdir(settings.notesDir, { recursive: true });
  const file = join(settings.notesDir, `${component.tag.replace(/[^\w.-]+/g, '-')}-notes.md`);
  await writeFile(file, notes);
  const preview = notes.slice(0, settings.previewLimit);
  return { file, preview, truncated: preview.length < notes.length, bodyBytes: Buffer.byteLength(notes) };
}

/** Opens, updates or closes the release pull request for what the target branch holds now. */
async function keepCurrent(
  settings: Resolved,
  checkout: Checkout,
  target: string,
  warnings: string[],
): Promise<PullModeOutcome> {
  const { root, head } = checkout;
  const planSettings: PlanSettings = { ...settings, root };
  const plan = await planRelease(planSettings, head);
  const base = settings.pullBase;
  const open = await settings.api.findOpen(settings.pullBranch, base);
  if (!plan.version) {
    const reason = `no commit since ${plan.history.lastStable?.name ?? 'the start of the history'} calls for a release`;
    if (!open) return { action: 'none', plan, reason, warnings };
    await settings.api.comment(
      open.number,
      `Nothing to release on \`${target}\` any more (${reason}): closing.`,
    );
    const closed = await settings.api.update(open.number, { state: 'closed' });
    await deleteRemoteBranch(settings, root);
    return { action: 'closed', pull: closed, plan, reason, warnings };
  }
  // Planned from a branch that does not see the tag (a hotfix merged and tagged on main): released already.
  const released = plan.tag ? await repo.refExists(root, `refs/tags/${plan.tag}`) : undefined;
  if (released) {
    const reason = `${plan.tag} already exists (on ${released.slice(0, 7)}): nothing more to propose from ${target}`;
    return { action: 'none', plan, reason, warnings, pull: open };
  }
  if (await superseded(settings, root, target, head)) {
    const reason = `${target} moved on since ${head.slice(0, 7)}: the run for the newer commit updates the release pull request`;
    return { action: 'superseded', plan, reason, warnings, pull: open };
  }
  const { links } = await lookupPulls(settings, plan, ignoringPull(settings.findPulls, open?.number));
  const date = settings.now().toISOString().slice(0, 10);
  const ctx = notesContext(settings, plan, date, links);
  const notes = await writeNotes(settings, plan, ctx);
  const edits = await fileEdits(settings, root, plan, ctx, notes);
  const component: ReleaseComponent = {
    path: settings.path,
    tag: plan.tag!,
    version: plan.version!,
    ...(plan.history.last ? { previous: plan.history.last.version } : {}),
  };
  const notesText = await readFile(notes.file, 'utf8');
  const title = pullTitle(settings, component);
  const components = [{ ...component, notes: notesText }];
  const body = pullBody({ target: base, source: target, components, limit: BODY_LIMIT });
  const branchChanged = await pushReleaseBranch(settings, checkout, plan, edits);
  if (open) {
    if (!branchChanged && open.title === title && open.body === body)
      return { action: 'unchanged', pull: open, plan, warnings };
    const updated = await settings.api.update(open.number, { title, body });
    return { action: 'updated', pull: updated, plan, warnings };
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
    return {
      action: 'updated',
      pull: await settings.api.update(found.number, { title, body }),
      plan,
      warnings,
    };
  }
  await settings.api.setLabels(created.number, [RELEASE_LABELS.pending], []);
  return { action: 'created', pull: created, plan, warnings };
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
  edits: Awaited<ReturnType<typeof fileEdits>>,
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
