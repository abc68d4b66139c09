// JSON shapes shared by several API areas: users, the repository, commits. Each carries every
// property GitHub's description marks required, with URLs built from the emulator's own base.
import { createHash } from 'node:crypto';
import type { EmulatorContext } from './context.js';
import type { CommitInfo, FileChange, GitPerson } from './git-store.js';

type Json = Record<string, unknown>;

/** The well-known id of the user GITHUB_TOKEN acts as. */
const KNOWN_USER_IDS: Record<string, number> = { 'github-actions[bot]': 41898282 };

/** A stable positive id for a login, so the same user always looks the same. */
export function userId(login: string): number {
  return (
    KNOWN_USER_IDS[login] ??
    1_000_000 + (parseInt(createHash('sha1').update(login).digest('hex').slice(0, 7), 16) % 90_000_000)
  );
}

/** An opaque global id in GitHub's style: a type prefix and an encoded database id. */
export function nodeId(prefix: string, id: number | string): string {
  return `${prefix}_kwDO${Buffer.from(String(id)).toString('base64url')}`;
}

export function repoApiUrl(ctx: EmulatorContext, suffix = ''): string {
  return `${ctx.apiUrl}/repos/${ctx.owner}/${ctx.repo}${suffix}`;
}

export function repoHtmlUrl(ctx: EmulatorContext, suffix = ''): string {
  return `${ctx.serverUrl}/${ctx.owner}/${ctx.repo}${suffix}`;
}

export function simpleUser(
  ctx: EmulatorContext,
  login: string,
  type?: 'User' | 'Organization' | 'Bot',
): Json {
  const api = `${ctx.apiUrl}/users/${encodeURIComponent(login)}`;
  const id = userId(login);
  return {
    login,
    id,
    node_id: nodeId(type === 'Organization' ? 'O' : login.endsWith('[bot]') ? 'BOT' : 'U', id),
    avatar_url: `${ctx.serverUrl}/${encodeURIComponent(login)}.png`,
    gravatar_id: '',
    url: api,
    html_url: `${ctx.serverUrl}/${encodeURIComponent(login)}`,
    followers_url: `${api}/followers`,
    following_url: `${api}/following{/other_user}`,
    gists_url: `${api}/gists{/gist_id}`,
    starred_url: `${api}/starred{/owner}{/repo}`,
    subscriptions_url: `${api}/subscriptions`,
    organizations_url: `${api}/orgs`,
    repos_url: `${api}/repos`,
    events_url: `${api}/events{/privacy}`,
    received_events_url: `${api}/received_events`,
    type: type ?? (login.endsWith('[bot]') ? 'Bot' : 'User'),
    user_view_type: 'public',
    site_admin: false,
  };
}

export const REPOSITORY_CREATED_AT = '2024-01-02T03:04:05Z';

/** One object that satisfies full-repository, repository and minimal-repository. */
export function repositoryJson(ctx: EmulatorContext): Json {
  const api = repoApiUrl(ctx);
  const id = userId(`${ctx.owner}/${ctx.repo}`);
  const host = new URL(ctx.serverUrl).host;
  return {
    id,
    node_id: nodeId('R', id),
    name: ctx.repo,
    full_name: `${ctx.owner}/${ctx.repo}`,
    owner: simpleUser(ctx, ctx.owner, 'Organization'),
    private: false,
    html_url: repoHtmlUrl(ctx),
    description: null,
    fork: false,
    url: api,
    archive_url: `${api}/{archive_format}{/ref}`,
    assignees_url: `${api}/assignees{/user}`,
    blobs_url: `${api}/git/blobs{/sha}`,
    branches_url: `${api}/branches{/branch}`,
    collaborators_url: `${api}/collaborators{/collaborator}`,
    comments_url: `${api}/comments{/number}`,
    commits_url: `${api}/commits{/sha}`,
    compare_url: `${api}/compare/{base}...{head}`,
    contents_url: `${api}/contents/{+path}`,
    contributors_url: `${api}/contributors`,
    deployments_url: `${api}/deployments`,
    downloads_url: `${api}/downloads`,
    events_url: `${api}/events`,
    forks_url: `${api}/forks`,
    git_commits_url: `${api}/git/commits{/sha}`,
    git_refs_url: `${api}/git/refs{/sha}`,
    git_tags_url: `${api}/git/tags{/sha}`,
    git_url: `git://${host}/${ctx.owner}/${ctx.repo}.git`,
    issue_comment_url: `${api}/issues/comments{/number}`,
    issue_events_url: `${api}/issues/events{/number}`,
    issues_url: `${api}/issues{/number}`,
    keys_url: `${api}/keys{/key_id}`,
    labels_url: `${api}/labels{/name}`,
    languages_url: `${api}/languages`,
    merges_url: `${api}/merges`,
    milestones_url: `${api}/milestones{/number}`,
    notifications_url: `${api}/notifications{?since,all,participating}`,
    pulls_url: `${api}/pulls{/number}`,
    releases_url: `${api}/releases{/id}`,
    ssh_url: `git@${host}:${ctx.owner}/${ctx.repo}.git`,
    stargazers_url: `${api}/stargazers`,
    statuses_url: `${api}/statuses/{sha}`,
    subscribers_url: `${api}/subscribers`,
    subscription_url: `${api}/subscription`,
    tags_url: `${api}/tags`,
    teams_url: `${api}/teams`,
    trees_url: `${api}/git/trees{/sha}`,
    clone_url: `${repoHtmlUrl(ctx)}.git`,
    mirror_url: null,
    hooks_url: `${api}/hooks`,
    svn_url: repoHtmlUrl(ctx),
    homepage: null,
    language: 'TypeScript',
    forks_count: 0,
    stargazers_count: 0,
    watchers_count: 0,
    size: 0,
    default_branch: ctx.defaultBranch,
    open_issues_count: ctx.state.issues.filter((i) => i.state === 'open').length,
    is_template: false,
    topics: [],
    has_issues: true,
    has_projects: true,
    has_wiki: true,
    has_pages: false,
    has_downloads: true,
    has_discussions: false,
    archived: false,
    disabled: false,
    visibility: 'public',
    pushed_at: REPOSITORY_CREATED_AT,
    created_at: REPOSITORY_CREATED_AT,
    updated_at: REPOSITORY_CREATED_AT,
    permissions: { admin: false, maintain: false, push: true, triage: true, pull: true },
    allow_rebase_merge: ctx.protection.settings.allowRebaseMerge,
    allow_squash_merge: ctx.protection.settings.allowSquashMerge,
    allow_merge_commit: ctx.protection.settings.allowMergeCommit,
    allow_auto_merge: ctx.protection.settings.allowAutoMerge,
    delete_branch_on_merge: ctx.protection.settings.deleteBranchOnMerge,
    subscribers_count: 0,
    network_count: 0,
    license: null,
    forks: 0,
    open_issues: ctx.state.issues.filter((i) => i.state === 'open').length,
    watchers: 0,
  };
}

/** The GitHub user behind a commit identity, when it is one GitHub could link (noreply addresses). */
function linkedLogin(person: GitPerson): string | undefined {
  const match = /^(?:\d+\+)?([^@]+)@users\.noreply\.github\.com$/.exec(person.email);
  return match?.[1];
}

function gitPersonJson(person: GitPerson): Json {
  return {
    name: person.name,
    email: person.email,
    date: new Date(person.date).toISOString().replace(/\.\d{3}Z$/, 'Z'),
  };
}

export function fileJson(ctx: EmulatorContext, sha: string, file: FileChange): Json {
  const path = file.filename.split('/').map(encodeURIComponent).join('/');
  return {
    sha: file.sha,
    filename: file.filename,
    status: file.status,
    additions: file.additions,
    deletions: file.deletions,
    changes: file.additions + file.deletions,
    blob_url: repoHtmlUrl(ctx, `/blob/${sha}/${path}`),
    raw_url: repoHtmlUrl(ctx, `/raw/${sha}/${path}`),
    contents_url: repoApiUrl(ctx, `/contents/${path}?ref=${sha}`),
    ...(file.previousFilename ? { previous_filename: file.previousFilename } : {}),
  };
}

/** The `commit` schema; with `files`, also stats and the file list (as get-commit answers). */
export function commitJson(ctx: EmulatorContext, info: CommitInfo, files?: FileChange[]): Json {
  const author = linkedLogin(info.author);
  const committer = linkedLogin(info.committer);
  const json: Json = {
    sha: info.sha,
    node_id: nodeId('C', info.sha),
    url: repoApiUrl(ctx, `/commits/${info.sha}`),
    html_url: repoHtmlUrl(ctx, `/commit/${info.sha}`),
    comments_url: repoApiUrl(ctx, `/commits/${info.sha}/comments`),
    commit: {
      url: repoApiUrl(ctx, `/git/commits/${info.sha}`),
      author: gitPersonJson(info.author),
      committer: gitPersonJson(info.committer),
      message: info.message,
      comment_count: 0,
      tree: { sha: info.tree, url: repoApiUrl(ctx, `/git/trees/${info.tree}`) },
      verification: {
        verified: false,
        reason: 'unsigned',
        signature: null,
        payload: null,
        verified_at: null,
      },
    },
    author: author ? simpleUser(ctx, author) : null,
    committer: committer ? simpleUser(ctx, committer) : null,
    parents: info.parents.map((sha) => ({
      sha,
      url: repoApiUrl(ctx, `/commits/${sha}`),
      html_url: repoHtmlUrl(ctx, `/commit/${sha}`),
    })),
  };
  if (files) {
    const additions = files.reduce((sum, f) => sum + f.additions, 0);
    const deletions = files.reduce((sum, f) => sum + f.deletions, 0);
    json.stats = { total: additions + deletions, additions, deletions };
    json.files = files.map((f) => fileJson(ctx, info.sha, f));
  }
  return json;
}

/** The git-commit schema (git/get-commit): the raw object rather than the REST commit. */
export function gitCommitJson(ctx: EmulatorContext, info: CommitInfo): Json {
  return {
    sha: info.sha,
    node_id: nodeId('C', info.sha),
    url: repoApiUrl(ctx, `/git/commits/${info.sha}`),
    html_url: repoHtmlUrl(ctx, `/commit/${info.sha}`),
    author: gitPersonJson(info.author),
    committer: gitPersonJson(info.committer),
    message: info.message,
    tree: { sha: info.tree, url: repoApiUrl(ctx, `/git/trees/${info.tree}`) },
    parents: info.parents.map((sha) => ({
      sha,
      url: repoApiUrl(ctx, `/git/commits/${sha}`),
      html_url: repoHtmlUrl(ctx, `/commit/${sha}`),
    })),
    verification: { verified: false, reason: 'unsigned', signature: null, payload: null, verified_at: null },
  };
}

/** The identity GitHub writes as when it makes commits or tags for the API's caller. */
export function actorIdentity(ctx: EmulatorContext, date = new Date()): GitPerson {
  const id = userId(ctx.actor);
  return {
    name: ctx.actor,
    email: `${id}+${ctx.actor}@users.noreply.github.com`,
    date: date.toISOString(),
  };
}
