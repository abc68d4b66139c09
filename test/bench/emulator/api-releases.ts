// Releases and their assets. Assets are uploaded to and downloaded from the emulator itself:
// upload_url and browser_download_url both point at it.
import { createHash } from 'node:crypto';
import type { EmulatorContext, Handlers, Reply } from './context.js';
import { type ApiError, notFound, unprocessable, validationFailed } from './errors.js';
import { RefUpdateRejected } from './git-store.js';
import { issueOfPull } from './api-pulls.js';
import { pagedReply } from './pagination.js';
import { timestamp, type Release, type ReleaseAsset } from './state.js';
import { nodeId, repoApiUrl, repoHtmlUrl, simpleUser } from './shapes.js';

type Json = Record<string, unknown>;
type MakeLatest = 'true' | 'false' | 'legacy';

/** The path segment that names a release in download URLs: its tag, or a token while a draft. */
function releaseSlug(release: Release): string {
  return release.draft
    ? `untagged-${createHash('sha1').update(String(release.id)).digest('hex').slice(0, 20)}`
    : release.tagName;
}

function assetJson(ctx: EmulatorContext, release: Release, asset: ReleaseAsset): Json {
  const slug = encodeURIComponent(releaseSlug(release));
  return {
    url: repoApiUrl(ctx, `/releases/assets/${asset.id}`),
    browser_download_url: `${ctx.apiUrl}/${ctx.owner}/${ctx.repo}/releases/download/${slug}/${encodeURIComponent(asset.name)}`,
    id: asset.id,
    node_id: nodeId('RA', asset.id),
    name: asset.name,
    label: asset.label,
    state: 'uploaded',
    content_type: asset.contentType,
    size: asset.data.length,
    digest: `sha256:${createHash('sha256').update(asset.data).digest('hex')}`,
    download_count: asset.downloadCount,
    created_at: asset.createdAt,
    updated_at: asset.updatedAt,
    uploader: simpleUser(ctx, asset.uploader),
  };
}

function releaseJson(ctx: EmulatorContext, release: Release): Json {
  const api = repoApiUrl(ctx, `/releases/${release.id}`);
  const tag = encodeURIComponent(release.tagName);
  return {
    url: api,
    html_url: repoHtmlUrl(ctx, `/releases/tag/${encodeURIComponent(releaseSlug(release))}`),
    assets_url: `${api}/assets`,
    upload_url: `${api}/assets{?name,label}`,
    tarball_url: release.draft ? null : repoApiUrl(ctx, `/tarball/${tag}`),
    zipball_url: release.draft ? null : repoApiUrl(ctx, `/zipball/${tag}`),
    id: release.id,
    node_id: nodeId('RE', release.id),
    tag_name: release.tagName,
    target_commitish: release.targetCommitish,
    name: release.name,
    body: release.body,
    draft: release.draft,
    prerelease: release.prerelease,
    immutable: release.immutable,
    created_at: release.createdAt,
    published_at: release.publishedAt,
    updated_at: release.updatedAt,
    author: simpleUser(ctx, release.author),
    assets: release.assets.map((asset) => assetJson(ctx, release, asset)),
  };
}

function requireRelease(ctx: EmulatorContext, id: unknown): Release {
  const release = ctx.state.release(Number(id));
  if (!release) throw notFound();
  return release;
}

function duplicateTag(): ApiError {
  return validationFailed([{ resource: 'Release', code: 'already_exists', field: 'tag_name' }]);
}

/**
 * A tag is owned by its published release: GitHub answers already_exists only
 * when one is published, and lets any number of drafts share a tag.
 */
function publishedWithTag(ctx: EmulatorContext, tagName: string, exceptId?: number): boolean {
  return ctx.state.releases.some((r) => !r.draft && r.tagName === tagName && r.id !== exceptId);
}

/** Why git (and so GitHub) would refuse `name` as a tag name (git-check-ref-format rules). */
export function badTagName(name: string): boolean {
  return (
    name.length === 0 ||
    // eslint-disable-next-line no-control-regex
    /[\u0000-\u0020\u007f~^:?*[\\]/.test(name) ||
    name.includes('..') ||
    name.includes('@{') ||
    name.startsWith('/') ||
    name.endsWith('/') ||
    name.includes('//') ||
    name.endsWith('.') ||
    name.split('/').some((part) => part.startsWith('.') || part.endsWith('.lock'))
  );
}

/** GitHub refuses a release body over 125,000 characters. */
export const RELEASE_BODY_LIMIT = 125_000;

function refuseLongBody(body: string | null | undefined): void {
  if (body && [...body].length > RELEASE_BODY_LIMIT) {
    throw validationFailed([
      {
        resource: 'Release',
        code: 'custom',
        field: 'body',
        message: `body is too long (maximum is ${RELEASE_BODY_LIMIT} characters)`,
      },
    ]);
  }
}

/** GitHub's answer to a tag name git would refuse: 422 with these two errors for a published release. */
function malformedTag(published: boolean): ApiError {
  return validationFailed([
    { resource: 'Release', code: 'custom', field: 'tag_name', message: 'tag_name is not well-formed' },
    ...(published
      ? [
          {
            resource: 'Release',
            code: 'custom' as const,
            message: 'Published releases must have a valid tag',
          },
        ]
      : []),
  ]);
}

/** GitHub creates the tag when a release is published and the tag does not exist yet. */
async function ensureTag(ctx: EmulatorContext, release: Release): Promise<void> {
  const ref = `refs/tags/${release.tagName}`;
  if (await ctx.git.getRef(ref)) return;
  const sha = await ctx.git.resolveCommit(release.targetCommitish);
  if (!sha) return;
  try {
    await ctx.git.setRef(ref, sha, null);
  } catch (error) {
    if (!(error instanceof RefUpdateRejected)) throw error;
  }
}

async function requireTarget(ctx: EmulatorContext, tagName: string, target: string): Promise<void> {
  if (await ctx.git.getRef(`refs/tags/${tagName}`)) return;
  if (!(await ctx.git.resolveCommit(target))) {
    throw validationFailed([{ resource: 'Release', code: 'invalid', field: 'target_commitish' }]);
  }
}

/** make_latest defaults to 'true' for a newly published release; 'legacy' also marks the newest. */
function applyMakeLatest(ctx: EmulatorContext, release: Release, makeLatest: MakeLatest): void {
  if (release.draft || release.prerelease) return;
  if (makeLatest === 'false') {
    if (ctx.state.latestReleaseId === release.id)
      ctx.state.latestReleaseId = newestPublished(ctx, release.id)?.id;
    return;
  }
  ctx.state.latestReleaseId = release.id;
}

function newestPublished(ctx: EmulatorContext, exceptId?: number): Release | undefined {
  return ctx.state.releases
    .filter((r) => !r.draft && !r.prerelease && r.id !== exceptId)
    .sort((a, b) => b.id - a.id)[0];
}

/** The release shown as Latest on the repository page. */
function latestRelease(ctx: EmulatorContext): Release | undefined {
  return ctx.state.releases.find((r) => r.id === ctx.state.latestReleaseId && !r.draft && !r.prerelease);
}

function publish(ctx: EmulatorContext, release: Release): void {
  release.draft = false;
  release.publishedAt = timestamp();
  release.immutable = ctx.immutableReleases;
}

function refuseIfImmutable(release: Release, message: string): void {
  if (release.immutable) throw unprocessable(message);
}

/** GitHub replaces characters it does not keep in asset names with dots. */
function assetName(name: string): string {
  return name.replace(/[^A-Za-z0-9._+@-]/g, '.').replace(/^\.+|\.+$/g, '');
}

/** Release notes in the shape GitHub generates: merged pull requests, then a compare link. */
async function generateNotes(
  ctx: EmulatorContext,
  tagName: string,
  target: string,
  previous?: string,
): Promise<string> {
  const previousTag =
    previous ??
    ctx.state.releases.filter((r) => !r.draft && r.tagName !== tagName).sort((a, b) => b.id - a.id)[0]
      ?.tagName;
  const head = (await ctx.git.resolveCommit(tagName)) ?? (await ctx.git.resolveCommit(target));
  const base = previousTag ? await ctx.git.resolveCommit(previousTag) : undefined;
  const range = head ? new Set(await ctx.git.log(head, { exclude: base ? [base] : [] })) : new Set<string>();
  const merged = ctx.state.pulls.filter((p) => p.merged && p.mergeCommitSha && range.has(p.mergeCommitSha));
  const lines = ["## What's Changed"];
  for (const pull of merged) {
    const issue = issueOfPull(ctx, pull);
    lines.push(`* ${issue.title} by @${issue.user} in ${repoHtmlUrl(ctx, `/pull/${pull.number}`)}`);
  }
  lines.push(
    '',
    previousTag
      ? `**Full Changelog**: ${repoHtmlUrl(ctx, `/compare/${previousTag}...${tagName}`)}`
      : `**Full Changelog**: ${repoHtmlUrl(ctx, `/commits/${tagName}`)}`,
  );
  return lines.join('\n');
}

export const releaseHandlers: Handlers = {
  'repos/create-release': async (req, ctx) => {
    const body = req.body as {
      tag_name: string;
      target_commitish?: string;
      name?: string;
      body?: string;
      draft?: boolean;
      prerelease?: boolean;
      generate_release_notes?: boolean;
      make_latest?: MakeLatest;
    };
    const target = body.target_commitish ?? ctx.defaultBranch;
    if (badTagName(body.tag_name)) throw malformedTag(!body.draft);
    refuseLongBody(body.body);
    await requireTarget(ctx, body.tag_name, target);
    let text = body.body ?? null;
    if (body.generate_release_notes) {
      const notes = await generateNotes(ctx, body.tag_name, target);
      text = text ? `${text}\n\n${notes}` : notes;
    }
    // No await between this check and the push: concurrent publishes of one tag yield one release.
    if (publishedWithTag(ctx, body.tag_name)) throw duplicateTag();
    const now = timestamp();
    const release: Release = {
      id: ctx.state.nextId('release'),
      tagName: body.tag_name,
      targetCommitish: target,
      name: body.name ?? null,
      body: text,
      draft: true,
      prerelease: body.prerelease ?? false,
      immutable: false,
      author: ctx.actor,
      createdAt: now,
      updatedAt: now,
      publishedAt: null,
      assets: [],
      listedFrom: Date.now() + ctx.releaseListLagMs,
    };
    if (!body.draft) publish(ctx, release);
    ctx.state.releases.push(release);
    applyMakeLatest(ctx, release, body.make_latest ?? 'true');
    if (!release.draft) await ensureTag(ctx, release);
    return { status: 201, body: releaseJson(ctx, release) };
  },

  'repos/get-release': (req, ctx) => ({
    status: 200,
    body: releaseJson(ctx, requireRelease(ctx, req.params.release_id)),
  }),

  'repos/get-latest-release': (_req, ctx) => {
    const release = latestRelease(ctx);
    if (!release) throw notFound();
    return { status: 200, body: releaseJson(ctx, release) };
  },

  'repos/get-release-by-tag': (req, ctx) => {
    // Drafts have no tag yet as far as GitHub is concerned: they are not found by tag.
    const release = ctx.state.releases.find((r) => !r.draft && r.tagName === String(req.params.tag));
    if (!release) throw notFound();
    return { status: 200, body: releaseJson(ctx, release) };
  },

  'repos/list-releases': (req, ctx) => {
    // The list lags behind writes: a release created a moment ago is not in it yet.
    const now = Date.now();
    const listed = ctx.state.releases.filter((r) => (r.listedFrom ?? 0) <= now);
    const newestFirst = listed.sort((a, b) => b.id - a.id);
    return pagedReply(req, ctx, newestFirst, (release) => releaseJson(ctx, release));
  },

  'repos/update-release': async (req, ctx) => {
    const release = requireRelease(ctx, req.params.release_id);
    const body = req.body as {
      tag_name?: string;
      target_commitish?: string;
      name?: string;
      body?: string;
      draft?: boolean;
      prerelease?: boolean;
      make_latest?: MakeLatest;
    };
    if (body.tag_name !== undefined && body.tag_name !== release.tagName) {
      refuseIfImmutable(release, 'Cannot change the tag of an immutable release.');
      if (badTagName(body.tag_name)) throw malformedTag(body.draft === false || !release.draft);
      if (!release.draft && publishedWithTag(ctx, body.tag_name, release.id)) throw duplicateTag();
      release.tagName = body.tag_name;
    }
    refuseLongBody(body.body);
    if (body.target_commitish !== undefined) release.targetCommitish = body.target_commitish;
    if (body.name !== undefined) release.name = body.name;
    if (body.body !== undefined) release.body = body.body;
    if (body.prerelease !== undefined) release.prerelease = body.prerelease;
    if (body.draft === false && release.draft) {
      await requireTarget(ctx, release.tagName, release.targetCommitish);
      // Publishing claims the tag; no await between this check and the claim.
      if (publishedWithTag(ctx, release.tagName, release.id)) throw duplicateTag();
      publish(ctx, release);
      applyMakeLatest(ctx, release, body.make_latest ?? 'true');
      await ensureTag(ctx, release);
    } else if (body.make_latest !== undefined) {
      applyMakeLatest(ctx, release, body.make_latest);
    }
    if (body.draft === true && !release.draft) {
      refuseIfImmutable(release, 'Cannot convert an immutable release to a draft.');
      release.draft = true;
      release.publishedAt = null;
    }
    release.updatedAt = timestamp();
    return { status: 200, body: releaseJson(ctx, release) };
  },

  'repos/delete-release': (req, ctx) => {
    const release = requireRelease(ctx, req.params.release_id);
    // The tag stays, as on GitHub.
    ctx.state.releases.splice(ctx.state.releases.indexOf(release), 1);
    if (ctx.state.latestReleaseId === release.id) ctx.state.latestReleaseId = newestPublished(ctx)?.id;
    return { status: 204 };
  },

  'repos/list-release-assets': (req, ctx) => {
    const release = requireRelease(ctx, req.params.release_id);
    return pagedReply(req, ctx, release.assets, (asset) => assetJson(ctx, release, asset));
  },

  'repos/upload-release-asset': (req, ctx) => {
    const release = requireRelease(ctx, req.params.release_id);
    refuseIfImmutable(release, 'Cannot upload assets to an immutable release.');
    const name = assetName(String(req.params.name));
    if (release.assets.some((a) => a.name === name)) {
      throw validationFailed([{ resource: 'ReleaseAsset', code: 'already_exists', field: 'name' }]);
    }
    const now = timestamp();
    const asset: ReleaseAsset = {
      id: ctx.state.nextId('asset'),
      name,
      label: req.params.label === undefined ? null : String(req.params.label),
      contentType: String(req.headers['content-type'] ?? 'application/octet-stream'),
      data: req.rawBody,
      uploader: ctx.actor,
      createdAt: now,
      updatedAt: now,
      downloadCount: 0,
    };
    release.assets.push(asset);
    return { status: 201, body: assetJson(ctx, release, asset) };
  },

  'repos/get-release-asset': (req, ctx) => {
    const found = findAsset(ctx, Number(req.params.asset_id));
    if (!found) throw notFound();
    const json = assetJson(ctx, found.release, found.asset);
    // With Accept: application/octet-stream GitHub redirects to the bytes.
    if (String(req.headers.accept ?? '').includes('application/octet-stream')) {
      return { status: 302, headers: { location: String(json.browser_download_url) } };
    }
    return { status: 200, body: json };
  },

  'repos/delete-release-asset': (req, ctx) => {
    const found = findAsset(ctx, Number(req.params.asset_id));
    if (!found) throw notFound();
    refuseIfImmutable(found.release, 'Cannot delete assets from an immutable release.');
    found.release.assets.splice(found.release.assets.indexOf(found.asset), 1);
    return { status: 204 };
  },

  'repos/generate-release-notes': async (req, ctx) => {
    const body = req.body as { tag_name: string; target_commitish?: string; previous_tag_name?: string };
    if (body.previous_tag_name && !(await ctx.git.getRef(`refs/tags/${body.previous_tag_name}`)))
      throw notFound();
    const notes = await generateNotes(
      ctx,
      body.tag_name,
      body.target_commitish ?? ctx.defaultBranch,
      body.previous_tag_name,
    );
    return { status: 200, body: { name: body.tag_name, body: notes } };
  },
};

function findAsset(ctx: EmulatorContext, id: number): { release: Release; asset: ReleaseAsset } | undefined {
  for (const release of ctx.state.releases) {
    const asset = release.assets.find((a) => a.id === id);
    if (asset) return { release, asset };
  }
  return undefined;
}

/** Serves GET /{owner}/{repo}/releases/download/{tag}/{name}, the browser_download_url. */
export function downloadAsset(ctx: EmulatorContext, path: string): Reply | undefined {
  const prefix = `/${ctx.owner}/${ctx.repo}/releases/download/`;
  if (!path.startsWith(prefix)) return undefined;
  const [slug, name] = path.slice(prefix.length).split('/').map(decodeURIComponent);
  const release = ctx.state.releases.find((r) => releaseSlug(r) === slug);
  const asset = release?.assets.find((a) => a.name === name);
  if (!asset)
    return { status: 404, raw: Buffer.from('Not Found'), headers: { 'content-type': 'text/plain' } };
  asset.downloadCount++;
  return {
    status: 200,
    raw: asset.data,
    headers: {
      'content-type': 'application/octet-stream',
      'content-disposition': `attachment; filename=${asset.name}`,
    },
  };
}
