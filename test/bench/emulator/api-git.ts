// Git data: refs, annotated tags, raw commits, tags list and the repository itself.
import type { EmulatorContext, Handlers } from './context.js';
import { notFound, unprocessable, conflict } from './errors.js';
import {
  type ObjectType,
  type RefInfo,
  type TagInfo,
  RefUpdateRejected,
  isSafeRevision,
} from './git-store.js';
import { pagedReply } from './pagination.js';
import { actorIdentity, gitCommitJson, nodeId, repoApiUrl, repositoryJson } from './shapes.js';

function objectUrl(ctx: EmulatorContext, type: ObjectType, sha: string): string {
  return repoApiUrl(ctx, `/git/${type}s/${sha}`);
}

export function gitRefJson(ctx: EmulatorContext, info: RefInfo): Record<string, unknown> {
  return {
    ref: info.ref,
    node_id: nodeId('REF', info.ref),
    url: repoApiUrl(ctx, `/git/${info.ref}`),
    object: { type: info.type, sha: info.sha, url: objectUrl(ctx, info.type, info.sha) },
  };
}

function gitTagJson(ctx: EmulatorContext, tag: TagInfo): Record<string, unknown> {
  return {
    node_id: nodeId('TAG', tag.sha),
    tag: tag.tag,
    sha: tag.sha,
    url: objectUrl(ctx, 'tag', tag.sha),
    message: tag.message,
    tagger: { name: tag.tagger.name, email: tag.tagger.email, date: tag.tagger.date },
    object: {
      type: tag.object.type,
      sha: tag.object.sha,
      url: objectUrl(ctx, tag.object.type, tag.object.sha),
    },
    verification: { verified: false, reason: 'unsigned', signature: null, payload: null, verified_at: null },
  };
}

/** The API names refs without "refs/" (heads/main); some callers send the full name anyway. */
function fullRefName(ref: string): string {
  return ref.startsWith('refs/') ? ref : `refs/${ref}`;
}

/** GitHub answers 409 on every git endpoint of a repository that has no commits yet. */
async function requireNonEmpty(ctx: EmulatorContext): Promise<void> {
  if ((await ctx.git.listRefs()).length === 0) throw conflict('Git Repository is empty.');
}

function isValidNewRef(ref: string): boolean {
  return /^refs\/[^/]+\/.+/.test(ref) && isSafeRevision(ref) && !ref.endsWith('/') && !ref.endsWith('.lock');
}

export const gitHandlers: Handlers = {
  'repos/get': (_req, ctx) => ({ status: 200, body: repositoryJson(ctx) }),

  'git/get-ref': async (req, ctx) => {
    await requireNonEmpty(ctx);
    const info = await ctx.git.getRef(fullRefName(String(req.params.ref)));
    if (!info) throw notFound();
    return { status: 200, body: gitRefJson(ctx, info) };
  },

  'git/list-matching-refs': async (req, ctx) => {
    await requireNonEmpty(ctx);
    const refs = await ctx.git.listRefs(fullRefName(String(req.params.ref)));
    return { status: 200, body: refs.map((info) => gitRefJson(ctx, info)) };
  },

  'git/create-ref': async (req, ctx) => {
    const { ref, sha } = req.body as { ref: string; sha: string };
    if (!isValidNewRef(ref)) throw unprocessable(`${ref} is not a valid ref name.`);
    if (!(await ctx.git.objectType(sha))) throw unprocessable('Object does not exist');
    try {
      await ctx.git.setRef(ref, sha, null);
    } catch (error) {
      if (error instanceof RefUpdateRejected) throw unprocessable('Reference already exists');
      throw error;
    }
    return { status: 201, body: gitRefJson(ctx, (await ctx.git.getRef(ref)) as RefInfo) };
  },

  'git/update-ref': async (req, ctx) => {
    const ref = fullRefName(String(req.params.ref));
    const { sha, force } = req.body as { sha: string; force?: boolean };
    const current = await ctx.git.getRef(ref);
    if (!current) throw unprocessable('Reference does not exist');
    const type = await ctx.git.objectType(sha);
    if (!type) throw unprocessable('Object does not exist');
    if (!force && current.sha !== sha) {
      const fastForward = type === 'commit' && (await ctx.git.isAncestor(current.sha, sha));
      if (!fastForward) throw unprocessable('Update is not a fast forward');
    }
    try {
      // Guarded by the value read above: a concurrent push makes this fail instead of being lost.
      await ctx.git.setRef(ref, sha, current.sha);
    } catch (error) {
      if (error instanceof RefUpdateRejected) throw unprocessable('Reference cannot be updated');
      throw error;
    }
    return { status: 200, body: gitRefJson(ctx, (await ctx.git.getRef(ref)) as RefInfo) };
  },

  'git/delete-ref': async (req, ctx) => {
    const deleted = await ctx.git.deleteRef(fullRefName(String(req.params.ref)));
    if (!deleted) throw unprocessable('Reference does not exist');
    return { status: 204 };
  },

  'git/create-tag': async (req, ctx) => {
    const body = req.body as {
      tag: string;
      message: string;
      object: string;
      type: ObjectType;
      tagger?: { name?: string; email?: string; date?: string };
    };
    const actual = await ctx.git.objectType(body.object);
    if (!actual || actual !== body.type) throw unprocessable('Object does not exist');
    const identity = actorIdentity(ctx);
    const tagger = {
      name: body.tagger?.name ?? identity.name,
      email: body.tagger?.email ?? identity.email,
      date: body.tagger?.date ?? identity.date,
    };
    const sha = await ctx.git.createTag({ ...body, tagger });
    return { status: 201, body: gitTagJson(ctx, (await ctx.git.getTag(sha)) as TagInfo) };
  },

  'git/get-tag': async (req, ctx) => {
    const tag = await ctx.git.getTag(String(req.params.tag_sha));
    if (!tag) throw notFound();
    return { status: 200, body: gitTagJson(ctx, tag) };
  },

  'git/get-commit': async (req, ctx) => {
    const commit = await ctx.git.getCommit(String(req.params.commit_sha));
    if (!commit) throw notFound();
    return { status: 200, body: gitCommitJson(ctx, commit) };
  },

  'repos/list-tags': async (req, ctx) => {
    const tags = await ctx.git.listRefs('refs/tags/');
    const peeled = await Promise.all(
      tags.map(async (info) => ({
        name: info.ref.slice('refs/tags/'.length),
        sha: info.type === 'commit' ? info.sha : (info.peeled ?? (await ctx.git.resolveCommit(info.ref))),
      })),
    );
    const named = peeled
      .filter((t): t is { name: string; sha: string } => t.sha !== undefined)
      .sort((a, b) => b.name.localeCompare(a.name, 'en', { numeric: true }));
    return pagedReply(req, ctx, named, (t) => ({
      name: t.name,
      commit: { sha: t.sha, url: repoApiUrl(ctx, `/commits/${t.sha}`) },
      zipball_url: repoApiUrl(ctx, `/zipball/refs/tags/${t.name}`),
      tarball_url: repoApiUrl(ctx, `/tarball/refs/tags/${t.name}`),
      node_id: nodeId('REF', `refs/tags/${t.name}`),
    }));
  },
};
