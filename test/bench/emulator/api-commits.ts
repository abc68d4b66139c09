// Commits, comparisons, branches and the merges endpoint.
import { rulesetsFor } from './protection.js';
import type { EmulatorContext, Handlers } from './context.js';
import { ApiError, errorBody, notFound, unprocessable } from './errors.js';
import type { CommitInfo } from './git-store.js';
import { linkHeaders, paginate, pagedReply } from './pagination.js';
import { pullCommitShas, pullSimpleJson } from './api-pulls.js';
import { actorIdentity, commitJson, fileJson, repoApiUrl, repoHtmlUrl } from './shapes.js';

/** Compare answers at most this many commits unless the caller paginates. */
const COMPARE_COMMIT_LIMIT = 250;

async function commitsOf(ctx: EmulatorContext, shas: string[]): Promise<CommitInfo[]> {
  const infos = await Promise.all(shas.map((sha) => ctx.git.getCommit(sha)));
  return infos.filter((info): info is CommitInfo => info !== undefined);
}

async function branchCommit(ctx: EmulatorContext, branch: string): Promise<string | undefined> {
  return (await ctx.git.getRef(`refs/heads/${branch}`))?.sha;
}

export const commitHandlers: Handlers = {
  'repos/get-commit': async (req, ctx) => {
    const ref = String(req.params.ref);
    const sha = await ctx.git.resolveCommit(ref);
    if (!sha) throw unprocessable(`No commit found for SHA: ${ref}`);
    const info = (await ctx.git.getCommit(sha)) as CommitInfo;
    return { status: 200, body: commitJson(ctx, info, await ctx.git.commitFiles(sha)) };
  },

  'repos/list-commits': async (req, ctx) => {
    const start = String(req.params.sha ?? ctx.defaultBranch);
    const sha = await ctx.git.resolveCommit(start);
    if (!sha) throw notFound();
    const path = req.params.path === undefined ? undefined : String(req.params.path);
    const shas = await ctx.git.log(sha, { path });
    const { items, link } = paginate(req, ctx, shas);
    const infos = await commitsOf(ctx, items);
    return { status: 200, body: infos.map((info) => commitJson(ctx, info)), headers: linkHeaders(link) };
  },

  'repos/compare-commits-with-basehead': async (req, ctx) => {
    const basehead = String(req.params.basehead);
    const [baseName, headName] = basehead.includes('...') ? basehead.split('...') : basehead.split('..');
    const [base, head] = await Promise.all([
      ctx.git.resolveCommit(baseName ?? ''),
      ctx.git.resolveCommit(headName ?? ''),
    ]);
    if (!base || !head) throw notFound();
    const mergeBase = (await ctx.git.mergeBase(base, head)) ?? base;
    const [aheadShas, behindShas] = await Promise.all([
      ctx.git.log(head, { exclude: [base] }),
      ctx.git.log(base, { exclude: [head] }),
    ]);
    const status =
      aheadShas.length === 0 && behindShas.length === 0
        ? 'identical'
        : behindShas.length === 0
          ? 'ahead'
          : aheadShas.length === 0
            ? 'behind'
            : 'diverged';
    const oldestFirst = [...aheadShas].reverse();
    const paged = req.params.page !== undefined || req.params.per_page !== undefined;
    const page = paged
      ? paginate(req, ctx, oldestFirst)
      : { items: oldestFirst.slice(0, COMPARE_COMMIT_LIMIT), link: undefined };
    const [baseInfo, mergeBaseInfo, commits, files] = await Promise.all([
      ctx.git.getCommit(base),
      ctx.git.getCommit(mergeBase),
      commitsOf(ctx, page.items),
      ctx.git.diffFiles(mergeBase, head),
    ]);
    return {
      status: 200,
      headers: linkHeaders(page.link),
      body: {
        url: repoApiUrl(ctx, `/compare/${baseName}...${headName}`),
        html_url: repoHtmlUrl(ctx, `/compare/${baseName}...${headName}`),
        permalink_url: repoHtmlUrl(
          ctx,
          `/compare/${ctx.owner}:${base.slice(0, 7)}...${ctx.owner}:${head.slice(0, 7)}`,
        ),
        diff_url: repoHtmlUrl(ctx, `/compare/${baseName}...${headName}.diff`),
        patch_url: repoHtmlUrl(ctx, `/compare/${baseName}...${headName}.patch`),
        base_commit: commitJson(ctx, baseInfo as CommitInfo),
        merge_base_commit: commitJson(ctx, mergeBaseInfo as CommitInfo),
        status,
        ahead_by: aheadShas.length,
        behind_by: behindShas.length,
        total_commits: aheadShas.length,
        commits: commits.map((info) => commitJson(ctx, info)),
        files: files.map((file) => fileJson(ctx, head, file)),
      },
    };
  },

  'repos/list-pull-requests-associated-with-commit': async (req, ctx) => {
    const sha = (await ctx.git.resolveCommit(String(req.params.commit_sha))) ?? String(req.params.commit_sha);
    const matches = [];
    for (const pull of [...ctx.state.pulls].sort((a, b) => b.number - a.number)) {
      const shas = await pullCommitShas(ctx, pull);
      if (shas.includes(sha) || pull.mergeCommitSha === sha) matches.push(pull);
    }
    const { items, link } = paginate(req, ctx, matches);
    const body = await Promise.all(items.map((pull) => pullSimpleJson(ctx, pull)));
    return { status: 200, body, headers: linkHeaders(link) };
  },

  'repos/list-branches': async (req, ctx) => {
    const heads = await ctx.git.listRefs('refs/heads/');
    const isProtected = (info: { ref: string }) => branchProtected(ctx, info.ref.slice('refs/heads/'.length));
    const listed =
      req.params.protected === undefined
        ? heads
        : heads.filter((info) => isProtected(info) === req.params.protected);
    return pagedReply(req, ctx, listed, (info) => ({
      name: info.ref.slice('refs/heads/'.length),
      commit: { sha: info.sha, url: repoApiUrl(ctx, `/commits/${info.sha}`) },
      protected: isProtected(info),
    }));
  },

  'repos/get-branch': async (req, ctx) => {
    const name = String(req.params.branch);
    const sha = await branchCommit(ctx, name);
    if (!sha) throw notFound('Branch not found');
    const info = (await ctx.git.getCommit(sha)) as CommitInfo;
    return {
      status: 200,
      body: {
        name,
        commit: commitJson(ctx, info),
        _links: {
          html: repoHtmlUrl(ctx, `/tree/${name}`),
          self: repoApiUrl(ctx, `/branches/${encodeURIComponent(name)}`),
        },
        // What anyone who can read the repository sees of the protection (the rest needs administration).
        protected: branchProtected(ctx, name),
        protection: {
          enabled: branchProtected(ctx, name),
          required_status_checks: requiredChecksSummary(ctx, name),
        },
        protection_url: repoApiUrl(ctx, `/branches/${encodeURIComponent(name)}/protection`),
      },
    };
  },

  'repos/merge': async (req, ctx) => {
    const { base, head, commit_message } = req.body as {
      base: string;
      head: string;
      commit_message?: string;
    };
    const baseSha = await branchCommit(ctx, base);
    if (!baseSha) throw new ApiError(404, errorBody(404, 'Base does not exist'));
    const headSha = await ctx.git.resolveCommit(head);
    if (!headSha) throw new ApiError(404, errorBody(404, 'Head does not exist'));
    if (await ctx.git.isAncestor(headSha, baseSha)) return { status: 204 };
    const message = commit_message ?? `Merge ${head} into ${base}`;
    const merged = await ctx.git.merge(baseSha, headSha, message, actorIdentity(ctx));
    if ('conflict' in merged) throw new ApiError(409, errorBody(409, 'Merge conflict'));
    // Guarded: if the base moved meanwhile, the merge is stale and GitHub would answer a conflict.
    try {
      await ctx.git.setRef(`refs/heads/${base}`, merged.sha, baseSha);
    } catch {
      throw new ApiError(409, errorBody(409, 'Merge conflict'));
    }
    const info = (await ctx.git.getCommit(merged.sha)) as CommitInfo;
    return { status: 201, body: commitJson(ctx, info, await ctx.git.commitFiles(merged.sha)) };
  },
};

/** Protected as GitHub's branches API says: classic protection or a ruleset that targets it. */
function branchProtected(ctx: EmulatorContext, branch: string): boolean {
  return ctx.protection.branches.has(branch) || rulesetsFor(ctx, branch).length > 0;
}

function requiredChecksSummary(ctx: EmulatorContext, branch: string): Record<string, unknown> {
  const contexts = ctx.protection.branches.get(branch)?.requiredChecks ?? [];
  return {
    enforcement_level: contexts.length > 0 ? 'non_admins' : 'off',
    contexts,
    checks: contexts.map((context) => ({ context, app_id: null })),
  };
}
