import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ReleaseError } from '../../kit/src/index.js';
import type { Checkout } from './checkout.js';
import { notesOf, readMarker, RELEASE_LABELS, type ReleaseComponent } from './release-pull-body.js';
import type {
  PullModeOutcome,
  ReleasePull,
  ReleasedComponent,
  ResolvedPullSettings,
} from './release-pull-types.js';
import * as repo from './repository.js';
import { tagMessage } from './tags.js';

/**
 * The half of the pull-request mode after a person merged the release pull request: each
 * component it names gets its tag on the merge commit. A tag that already exists is left alone
 * (and reported again only to a re-run of the run that made it), so re-runs never tag twice.
 */

/** Whether `tag` was made by this very workflow run (a re-run reports its release again). */
async function taggedByThisRun(settings: ResolvedPullSettings, root: string, tag: string): Promise<boolean> {
  return Boolean(settings.runUrl) && (await tagMessage(root, tag)).includes(settings.runUrl!);
}

/** The newest merged release pull request with a component still to tag, or one this run tagged. */
export async function pendingMerge(
  settings: ResolvedPullSettings,
  target: string,
): Promise<ReleasePull | undefined> {
  const closed = await settings.api.listClosed(settings.pullBranch, target);
  const newest = closed.find((pull) => pull.merged && pull.mergeCommitSha && readMarker(pull.body));
  if (!newest) return undefined;
  const workspace = await repo.repositoryRoot(settings.workspace);
  for (const component of readMarker(newest.body)!.components) {
    if (!(await repo.refExists(workspace, `refs/tags/${component.tag}`))) return newest;
    if (await taggedByThisRun(settings, workspace, component.tag)) return newest;
  }
  return undefined;
}

export async function tagMerged(
  settings: ResolvedPullSettings,
  checkout: Checkout,
  pull: ReleasePull,
  warnings: string[],
): Promise<PullModeOutcome> {
  const { root } = checkout;
  const components = readMarker(pull.body)!.components;
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
  // Every tag is checked before any is made: a tag elsewhere stops the run with nothing half done.
  const existing = new Map<string, string | undefined>();
  for (const component of components) {
    const at = await repo.refExists(root, `refs/tags/${component.tag}`);
    if (at && at !== commitSha) {
      throw new ReleaseError(
        'ETAGEXISTS',
        `${component.tag} already exists on ${at}, not on the merge commit ${commitSha}`,
      );
    }
    existing.set(component.tag, at);
  }
  const released: ReleasedComponent[] = [];
  for (const [index, component] of components.entries()) {
    const ours = existing.get(component.tag)
      ? await taggedByThisRun(settings, root, component.tag)
      : await pushTag(settings, root, component, commitSha);
    if (!ours) continue;
    const notes = await notesFile(settings, component, notesOf(pull.body, index));
    settings.log.info(`Tagged the merge of #${pull.number} (${commitSha.slice(0, 7)}) as ${component.tag}`);
    released.push({
      ...(component.name ? { name: component.name } : {}),
      path: component.path,
      tag: component.tag,
      version: component.version,
      commitSha,
      notes,
      previous: component.previous,
    });
  }
  if (released.length === 0) {
    const tags = components.map((component) => component.tag).join(', ');
    return {
      action: 'none',
      reason: `${tags} ${components.length === 1 ? 'was' : 'were'} tagged by another run`,
      warnings,
      releasedComponents: [],
    };
  }
  await settings.api.setLabels(pull.number, [RELEASE_LABELS.tagged], [RELEASE_LABELS.pending]);
  return { action: 'tagged', pull, released: released[0], releasedComponents: released, warnings };
}

/** Pushes the annotated tag; false when another run's push of the same tag won. */
async function pushTag(
  settings: ResolvedPullSettings,
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

async function notesFile(settings: ResolvedPullSettings, component: ReleaseComponent, notes: string) {
  await mkdir(settings.notesDir, { recursive: true });
  const file = join(settings.notesDir, `${component.tag.replace(/[^\w.-]+/g, '-')}-notes.md`);
  await writeFile(file, notes);
  const preview = notes.slice(0, settings.previewLimit);
  return { file, preview, truncated: preview.length < notes.length, bodyBytes: Buffer.byteLength(notes) };
}
