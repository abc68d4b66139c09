import { ReleaseError } from '../../../kit/src/index.js';
import { BYTE_BUDGETS, cutNotice, fitText, utf8Bytes } from '../fit.js';
import type { LocalAsset } from './assets.js';
import { syncAssets, type AssetChanges } from './release-assets.js';
import { httpStatus, isAlreadyExists, sleep, type GitHubClient, type Log, type Repo } from './github-api.js';
import { decideLatest, previousRelease, type MakeLatest, type ReleaseRecord } from './versions.js';

/**
 * The GitHub Release for a tag, made the way that survives re-runs, parallel
 * jobs and immutable releases: find it (drafts included) or create it as a
 * draft, attach the assets it lacks, then publish. A run that dies anywhere
 * leaves a draft or a finished release, and the next run completes it.
 */

export interface ReleaseRequest extends Repo {
  tag: string;
  version: string;
  tagPrefix: string;
  name: string;
  /** Notes as given; when absent, GitHub's generated notes (or the existing release's body). */
  notes?: string;
  /** Where the whole notes can be read, linked from the release when they are too long for it. */
  notesUrl?: string;
  generateNotes: boolean;
  /** The tag the notes and the comment range start from; found among releases when absent. */
  previousTag?: string;
  /** Where the tag is created if it does not exist yet. */
  target?: string;
  prerelease: boolean;
  makeLatest: MakeLatest | 'auto';
  /** Leave the release as a draft for a person to publish. */
  keepDraft: boolean;
  assets: LocalAsset[];
  replaceAssets: boolean;
}

export interface ReleaseOutcome {
  id: number;
  url: string;
  /** What this run did to the release. */
  action: 'created' | 'completed-draft' | 'updated' | 'unchanged';
  draft: boolean;
  immutable: boolean;
  notes: string;
  previousTag?: string;
  makeLatest?: MakeLatest;
  makeLatestReason?: string;
  assets: AssetChanges;
}

interface ApiRelease extends ReleaseRecord {
  html_url: string;
  upload_url: string;
  body?: string | null;
  name: string | null;
  immutable?: boolean;
}

async function listReleases(octokit: GitHubClient, target: Repo): Promise<ApiRelease[]> {
  // Only owner and repo: any other field of a request object would go into the query string.
  return (await octokit.paginate(octokit.rest.repos.listReleases, {
    ...repo(target),
    per_page: 100,
  })) as ApiRelease[];
}

/** The release that owns a tag: the published one if any, else the oldest draft. */
export function canonicalRelease<T extends ReleaseRecord>(
  releases: readonly T[],
  tag: string,
): T | undefined {
  const candidates = releases.filter((release) => release.tag_name === tag);
  return candidates.find((release) => !release.draft) ?? [...candidates].sort((a, b) => a.id - b.id)[0];
}

async function generateNotes(
  octokit: GitHubClient,
  request: ReleaseRequest,
  previousTag?: string,
): Promise<string> {
  const { data } = await octokit.rest.repos.generateReleaseNotes({
    owner: request.owner,
    repo: request.repo,
    tag_name: request.tag,
    ...(request.target ? { target_commitish: request.target } : {}),
    ...(previousTag ? { previous_tag_name: previousTag } : {}),
  });
  return data.body;
}

async function createDraft(
  octokit: GitHubClient,
  request: ReleaseRequest,
  body: string,
): Promise<ApiRelease> {
  const { data } = await octokit.rest.repos.createRelease({
    owner: request.owner,
    repo: request.repo,
    tag_name: request.tag,
    name: request.name,
    body,
    draft: true,
    prerelease: request.prerelease,
    ...(request.target ? { target_commitish: request.target } : {}),
  });
  return data as ApiRelease;
}

/** Pauses between reads of the releases list while it catches up with a write (about 20 s in all). */
const LIST_CATCH_UP_DELAYS_MS = [250, 500, 1000, 2000, 2000, 2000, 3000, 3000, 3000, 3000];

/**
 * GitHub's releases list lags behind its writes. Reads it until it shows this
 * run's own draft (releases appear in the order they were made, so every
 * older draft for the tag shows by then too) or a published release for the
 * tag (which settles who owns it), and gives up waiting after about 20 s.
 */
async function settledReleases(
  octokit: GitHubClient,
  request: ReleaseRequest,
  mine: ApiRelease | undefined,
  log: Log,
): Promise<ApiRelease[]> {
  for (let attempt = 0; ; attempt += 1) {
    const releases = await listReleases(octokit, request);
    const settled =
      releases.some((release) => release.tag_name === request.tag && !release.draft) ||
      (mine !== undefined && releases.some((release) => release.id === mine.id));
    const delay = LIST_CATCH_UP_DELAYS_MS[attempt];
    if (settled || delay === undefined) {
      if (!settled)
        log.info(`The releases list did not catch up with ${request.tag}; going on with what it shows`);
      return releases;
    }
    await sleep(delay);
  }
}

async function deleteDraft(octokit: GitHubClient, request: ReleaseRequest, id: number): Promise<void> {
  try {
    await octokit.rest.repos.deleteRelease({ owner: request.owner, repo: request.repo, release_id: id });
  } catch (thrown) {
    // Another run removed it already.
    if (httpStatus(thrown) !== 404) throw thrown;
  }
}

/**
 * Creates the draft, unless another job got there first: GitHub answers 422
 * already_exists for a tag with a published release, and allows several drafts
 * for one tag, so after creating, the oldest draft wins and the others are removed.
 */
async function createOrAdopt(
  octokit: GitHubClient,
  request: ReleaseRequest,
  body: string,
  log: Log,
): Promise<{ release: ApiRelease; created: boolean }> {
  let mine: ApiRelease | undefined;
  try {
    mine = await createDraft(octokit, request, body);
  } catch (thrown) {
    if (!isAlreadyExists(thrown)) throw thrown;
    log.info(`A release for ${request.tag} was created by another run meanwhile; using it`);
  }
  const winner = canonicalRelease(await settledReleases(octokit, request, mine, log), request.tag) ?? mine;
  if (!winner) {
    throw new ReleaseError(
      'ERELEASE',
      `GitHub refused to create the release for ${request.tag} and none exists`,
    );
  }
  if (mine && winner.id !== mine.id) {
    log.info(
      `Another run created the release for ${request.tag} at the same time; removing this run's duplicate draft`,
    );
    await deleteDraft(octokit, request, mine.id);
  }
  return { release: winner, created: mine !== undefined && winner.id === mine.id };
}

/** Once the tag's release is published, drafts for the same tag left by runs that died are removed. */
async function removeOtherDrafts(
  octokit: GitHubClient,
  request: ReleaseRequest,
  published: ApiRelease,
  log: Log,
): Promise<void> {
  const others = (await listReleases(octokit, request)).filter(
    (release) => release.tag_name === request.tag && release.draft && release.id !== published.id,
  );
  for (const draft of others) {
    log.info(`Removing a leftover draft for ${request.tag} (id ${draft.id})`);
    await deleteDraft(octokit, request, draft.id);
  }
}

async function publish(
  octokit: GitHubClient,
  request: ReleaseRequest,
  release: ApiRelease,
  body: string,
  makeLatest: MakeLatest,
): Promise<ApiRelease> {
  try {
    const { data } = await octokit.rest.repos.updateRelease({
      owner: request.owner,
      repo: request.repo,
      release_id: release.id,
      tag_name: request.tag,
      name: request.name,
      body,
      draft: false,
      prerelease: request.prerelease,
      make_latest: makeLatest,
    });
    return data as ApiRelease;
  } catch (thrown) {
    // A parallel job may have published it a moment ago (immutable releases then refuse edits).
    const { data } = await octokit.rest.repos.getRelease({ ...repo(request), release_id: release.id });
    if (!data.draft) return data as ApiRelease;
    // Or published another draft for the tag (the list had not shown it): that one is the release.
    if (isAlreadyExists(thrown)) {
      const published = (await listReleases(octokit, request)).find(
        (candidate) => candidate.tag_name === request.tag && !candidate.draft,
      );
      if (published) {
        await deleteDraft(octokit, request, release.id);
        return published;
      }
    }
    throw thrown;
  }
}

const repo = (request: Repo): Repo => ({ owner: request.owner, repo: request.repo });

/** The notes as a release body: GitHub refuses more than 125,000 characters, so they are cut to fit with a link. */
function releaseBody(notes: string, request: ReleaseRequest): string {
  return fitText(notes, BYTE_BUDGETS.releaseBody, utf8Bytes, cutNotice(request.notesUrl, 'markdown')).text;
}

/** The releases of the repository, the tag's release among them, and the tag the notes start from. */
async function findRelease(octokit: GitHubClient, request: ReleaseRequest) {
  const releases = await listReleases(octokit, request);
  const previousTag =
    request.previousTag ?? previousRelease(releases, request.tagPrefix, request.version, request.tag)?.tag;
  return { releases, previousTag, release: canonicalRelease(releases, request.tag) };
}

/** The notes as given, else the existing release's body, else GitHub's generated notes when asked for. */
async function resolveNotes(
  octokit: GitHubClient,
  request: ReleaseRequest,
  release: ApiRelease | undefined,
  previousTag: string | undefined,
): Promise<string> {
  const notes = request.notes ?? (release?.body || undefined);
  if (notes !== undefined) return notes;
  return request.generateNotes ? await generateNotes(octokit, request, previousTag) : '';
}

/** A draft is published unless it is to be kept; `auto` makes it latest only when it is the highest version. */
async function publishDraft(
  octokit: GitHubClient,
  request: ReleaseRequest,
  release: ApiRelease,
  releases: ApiRelease[],
  notes: string,
) {
  if (!release.draft || request.keepDraft) return { release, decision: undefined };
  const decision =
    request.makeLatest === 'auto'
      ? decideLatest(request.version, releases, request.tagPrefix, request.tag)
      : { makeLatest: request.makeLatest, reason: 'as configured' };
  const published = await publish(
    octokit,
    request,
    release,
    releaseBody(notes, request),
    decision.makeLatest,
  );
  return { release: published, decision };
}

function actionTaken(created: boolean, completedDraft: boolean, changed: boolean): ReleaseOutcome['action'] {
  if (created) return 'created';
  if (completedDraft) return 'completed-draft';
  return changed ? 'updated' : 'unchanged';
}

export async function ensureRelease(
  octokit: GitHubClient,
  request: ReleaseRequest,
  log: Log,
): Promise<ReleaseOutcome> {
  const found = await findRelease(octokit, request);
  let release = found.release;
  const existedBefore = release !== undefined;
  const alreadyPublished = release !== undefined && !release.draft;
  let notes = await resolveNotes(octokit, request, release, found.previousTag);

  let created = false;
  if (!release) {
    ({ release, created } = await createOrAdopt(octokit, request, releaseBody(notes, request), log));
    if (!created && !release.draft) notes = request.notes ?? release.body ?? notes;
  } else {
    log.info(`Found the ${release.draft ? 'draft ' : ''}release for ${request.tag} (id ${release.id})`);
  }

  const assets = await syncAssets(octokit, request, release, created, log);
  const publishing = await publishDraft(octokit, request, release, found.releases, notes);
  release = publishing.release;
  const decision = publishing.decision;
  if (!release.draft) await removeOtherDrafts(octokit, request, release, log);

  const changedAssets = assets.uploaded.length + assets.replaced.length > 0;
  return {
    id: release.id,
    url: release.html_url,
    action: actionTaken(
      created,
      existedBefore && !alreadyPublished && decision !== undefined,
      changedAssets || !!decision,
    ),
    draft: release.draft,
    immutable: release.immutable === true,
    notes,
    previousTag: found.previousTag,
    makeLatest: decision?.makeLatest,
    makeLatestReason: decision?.reason,
    assets,
  };
}
