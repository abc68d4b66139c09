export const id = 604;
export const ids = [604];
export const modules = {

/***/ 5604:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  inputSpec: () => (/* reexport */ inputs/* spec */.I),
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./packages/kit/src/context.ts
var src_context = __webpack_require__(3731);
;// CONCATENATED MODULE: ./packages/kit/src/api-failure.ts
/**
 * Telling an unreachable GitHub API (no answer at all: the connection was
 * refused, the name did not resolve, the network dropped) from one that
 * answered with an error. Octokit reports both as a RequestError, the first
 * with status 500 and no response, which reads as "GitHub API answered 500";
 * the messages here say what happened.
 */
/** Codes Node's fetch (undici) gives when no HTTP answer came back. */
const NETWORK_CODES = new Set([
    'ECONNREFUSED',
    'ECONNRESET',
    'ENOTFOUND',
    'EAI_AGAIN',
    'ETIMEDOUT',
    'EHOSTUNREACH',
    'ENETUNREACH',
    'EPIPE',
    'UND_ERR_CONNECT_TIMEOUT',
    'UND_ERR_HEADERS_TIMEOUT',
    'UND_ERR_SOCKET',
]);
function causeChain(thrown) {
    const chain = [];
    let current = thrown;
    while (current && typeof current === 'object' && chain.length < 5) {
        chain.push(current);
        current = current.cause;
    }
    return chain;
}
function codeOf(value) {
    const code = value.code;
    return typeof code === 'string' ? code : undefined;
}
/** Whether a failed API call got no HTTP answer at all. */
function isUnreachable(thrown) {
    if (!thrown || typeof thrown !== 'object')
        return false;
    // An HTTP answer, whatever its status, means the API was reached.
    if (thrown.response)
        return false;
    return causeChain(thrown).some((link) => {
        const code = codeOf(link);
        if (code && NETWORK_CODES.has(code))
            return true;
        return link instanceof Error && link.name === 'TypeError' && link.message === 'fetch failed';
    });
}
/** The innermost message of a network failure: `connect ECONNREFUSED 127.0.0.1:9`. */
function networkReason(thrown) {
    const chain = causeChain(thrown);
    for (const link of [...chain].reverse()) {
        if (link instanceof Error && link.message && link.message !== 'fetch failed')
            return link.message;
    }
    return 'no answer';
}
/** One sentence on why a GitHub API call failed: unreachable, or what it answered. */
function describeApiFailure(thrown, apiUrl) {
    if (isUnreachable(thrown)) {
        return `the GitHub API${apiUrl ? ` at ${apiUrl}` : ''} is unreachable (${networkReason(thrown)})`;
    }
    const status = thrown?.status;
    const message = thrown instanceof Error ? thrown.message : String(thrown);
    return typeof status === 'number' ? `GitHub API answered ${status}: ${message}` : message;
}
/**
 * An Octokit plugin for clients that only make optional lookups: the first call
 * that gets no answer is not retried, and every later call fails at once with the
 * same error, so an unreachable API costs one refused connection rather than
 * minutes of back-off. Listed before the retry plugin, its hook sits closest to
 * the request, so the retry plugin reads the `retries: 0` it sets.
 */
function failFastWhenUnreachable(octokit) {
    let unreachable;
    octokit.hook.wrap('request', async (request, options) => {
        const noRetry = (thrown) => {
            options.request = { ...options.request, retries: 0 };
            throw thrown;
        };
        // Calls made after the first failure (or in flight beside it) fail at once, and are not retried either.
        if (unreachable)
            noRetry(unreachable);
        try {
            return await request(options);
        }
        catch (thrown) {
            if (!isUnreachable(thrown))
                throw thrown;
            unreachable ??= thrown;
            return noRetry(thrown);
        }
    });
    return {};
}

// EXTERNAL MODULE: ./packages/kit/src/errors.ts
var errors = __webpack_require__(7817);
// EXTERNAL MODULE: ./packages/kit/src/runner.ts + 4 modules
var runner = __webpack_require__(8372);
;// CONCATENATED MODULE: ./packages/kit/src/pacing.ts
const VARIABLES = {
    apiRetryBaseMs: 'RELEASE_ACTIONS_API_RETRY_BASE_MS',
    apiWriteIntervalMs: 'RELEASE_ACTIONS_API_WRITE_INTERVAL_MS',
    notifyRetryBaseMs: 'RELEASE_ACTIONS_NOTIFY_RETRY_BASE_MS',
    notifyMaxWaitMs: 'RELEASE_ACTIONS_NOTIFY_MAX_WAIT_MS',
    gitRetryBaseMs: 'RELEASE_ACTIONS_GIT_RETRY_BASE_MS',
};
/** Whole milliseconds; anything else is ignored, leaving the action's own figure. */
function readPacing(env) {
    const pacing = {};
    for (const [key, name] of Object.entries(VARIABLES)) {
        const raw = env[name];
        if (raw !== undefined && /^\d+$/.test(raw))
            pacing[key] = Number(raw);
    }
    return pacing;
}
let current;
/** The step's pacing, read from its environment on first use. */
function pacing() {
    current ??= readPacing(process.env);
    return current;
}

;// CONCATENATED MODULE: ./packages/kit/src/github.ts





/**
 * An Octokit with the retry and throttling plugins, loaded on first use so that
 * actions which never call the API do not pay for it at start-up.
 * RELEASE_ACTIONS_API_RETRY_BASE_MS and RELEASE_ACTIONS_API_WRITE_INTERVAL_MS tune
 * the pacing (for a GitHub Enterprise Server with its own limits, or a local API).
 */
async function createGitHubClient(options) {
    if (!options.token) {
        throw new errors/* ReleaseError */.K2('ENOTOKEN', 'Input "token": got "", expected a GitHub token', {
            hint: 'Pass `token: ${{ github.token }}` (the default) or a token from secrets.',
        });
    }
    (0,runner/* mask */.dK)(options.token);
    const [{ getOctokit }, { retry }, { throttling }, { default: Bottleneck }] = await Promise.all([
        __webpack_require__.e(/* import() */ 270).then(__webpack_require__.bind(__webpack_require__, 2270)),
        Promise.all(/* import() */[__webpack_require__.e(251), __webpack_require__.e(735)]).then(__webpack_require__.bind(__webpack_require__, 9735)),
        Promise.all(/* import() */[__webpack_require__.e(251), __webpack_require__.e(856)]).then(__webpack_require__.bind(__webpack_require__, 6856)),
        __webpack_require__.e(/* import() */ 251).then(__webpack_require__.t.bind(__webpack_require__, 3251, 23)),
    ]);
    const retries = options.retries ?? 4;
    const retryBaseMs = options.retryBaseMs ?? pacing().apiRetryBaseMs ?? 1000;
    const writeInterval = options.writeIntervalMs ?? pacing().apiWriteIntervalMs ?? 250;
    const onLimit = (kind) => (retryAfter, request, _octokit, retryCount) => {
        if (retryCount >= retries)
            return false;
        (0,runner/* warning */.$e)(`GitHub ${kind} on ${request.method} ${request.url}: retrying in ${retryAfter}s`);
        return true;
    };
    return getOctokit(options.token, {
        baseUrl: options.baseUrl ?? (0,src_context/* runContext */.p)().apiUrl,
        retry: { retries, retryAfterBaseValue: retryBaseMs },
        throttle: {
            retryAfterBaseValue: retryBaseMs,
            write: new Bottleneck.Group({ maxConcurrent: 1, minTime: writeInterval }),
            notifications: new Bottleneck.Group({ maxConcurrent: 1, minTime: writeInterval * 4 }),
            onRateLimit: onLimit('rate limit'),
            onSecondaryRateLimit: onLimit('secondary rate limit'),
        },
    }, 
    // First, so that its hook sits inside the retry plugin's (see failFastWhenUnreachable).
    ...(options.failFastWhenUnreachable ? [failFastWhenUnreachable] : []), retry, throttling);
}
/** The HTTP status of an Octokit error, or undefined for anything else. */
function statusOf(thrown) {
    if (typeof thrown === 'object' && thrown !== null && 'status' in thrown) {
        const status = thrown.status;
        return typeof status === 'number' ? status : undefined;
    }
    return undefined;
}

;// CONCATENATED MODULE: ./packages/kit/src/child-env.ts
/**
 * The one place that decides what a child process (a user's build, deploy,
 * smoke or gate command, a signing tool, git and the hooks it runs) sees of
 * this step's environment.
 *
 * The runner hands an action its inputs as INPUT_* variables, secrets among
 * them (tokens, signing keys, webhook URLs, Prometheus tokens, headers with
 * bearer tokens), and gives JavaScript actions service tokens that `run:`
 * steps never get. None of that is a command's business. What the user put in
 * the job's or the step's `env:` stays: that is how a user hands a command a
 * value on purpose, as a `run:` step would receive it.
 */
const WITHHELD = [
    // The step's own inputs, each secret input among them.
    /^INPUT_/i,
    // The runner's service tokens for JavaScript actions: cache, artifacts, results, OIDC.
    /^ACTIONS_RUNTIME_TOKEN$/i,
    /^ACTIONS_RUNTIME_URL$/i,
    /^ACTIONS_CACHE_URL$/i,
    /^ACTIONS_RESULTS_URL$/i,
    /^ACTIONS_ID_TOKEN_REQUEST_TOKEN$/i,
    /^ACTIONS_ID_TOKEN_REQUEST_URL$/i,
    // Saved state of this action's pre/post steps.
    /^STATE_/i,
];
/** True for a variable the step's children must not inherit. */
function isWithheldVariable(name) {
    return WITHHELD.some((pattern) => pattern.test(name));
}
/**
 * The environment for a child process: `base` (this process's environment)
 * without the withheld variables, then `extra` on top (the values the action
 * means the command to have, such as RELEASE_VERSION; `undefined` removes one).
 */
function childEnvironment(extra = {}, base = process.env) {
    const env = {};
    for (const [key, value] of Object.entries(base)) {
        if (value !== undefined && !isWithheldVariable(key))
            env[key] = value;
    }
    for (const [key, value] of Object.entries(extra)) {
        if (value === undefined)
            delete env[key];
        else
            env[key] = String(value);
    }
    return env;
}

;// CONCATENATED MODULE: ./packages/kit/src/git.ts


class GitError extends errors/* ReleaseError */.K2 {
    args;
    result;
    constructor(args, result) {
        const detail = (result.stderr || result.stdout).trim().split('\n').slice(-5).join('\n');
        super('EGIT', `git ${args.join(' ')} failed with exit code ${result.exitCode}${detail ? `:\n${detail}` : ''}`);
        this.args = args;
        this.result = result;
    }
}
/** @actions/exec (and child_process with it) is loaded on the first git command, not at start-up. */
let execModule;
function loadExec() {
    return (execModule ??= __webpack_require__.e(/* import() */ 260).then(__webpack_require__.bind(__webpack_require__, 1260)));
}
/** Git runs the repository's hooks and filters, user code that must not see this step's inputs either. */
function gitEnv(extra = {}) {
    return childEnvironment({ GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C', ...extra });
}
async function git(args, options = {}) {
    const { getExecOutput } = await loadExec();
    const result = await getExecOutput('git', args, {
        cwd: options.cwd,
        env: gitEnv(options.env),
        silent: true,
        ignoreReturnCode: true,
        input: options.input === undefined ? undefined : Buffer.from(options.input),
    });
    if (result.exitCode !== 0 && !options.allowFailure)
        throw new GitError(args, result);
    return result;
}
/** Trimmed stdout of a git command that must succeed. */
async function gitText(args, options = {}) {
    return (await git(args, options)).stdout.trim();
}
/**
 * Streams a git command's stdout chunk by chunk without holding it, for
 * output that grows with history (a log of 100,000 commits).
 */
async function gitStream(args, onChunk, options = {}) {
    const { exec } = await loadExec();
    let stderr = '';
    const exitCode = await exec('git', args, {
        cwd: options.cwd,
        env: gitEnv(options.env),
        silent: true,
        ignoreReturnCode: true,
        listeners: {
            stdout: onChunk,
            stderr: (chunk) => {
                stderr = (stderr + chunk.toString()).slice(-4096);
            },
        },
    });
    if (exitCode !== 0 && !options.allowFailure)
        throw new GitError(args, { stdout: '', stderr, exitCode });
}

;// CONCATENATED MODULE: ./packages/branches/src/repository.ts

class Repository {
    cwd;
    remote;
    constructor(cwd, remote = 'origin') {
        this.cwd = cwd;
        this.remote = remote;
    }
    run(args, options = {}) {
        return git(args, { cwd: this.cwd, ...options });
    }
    text(args) {
        return gitText(args, { cwd: this.cwd });
    }
    async ensureRepository() {
        const inside = await this.run(['rev-parse', '--is-inside-work-tree'], { allowFailure: true });
        if (inside.exitCode !== 0) {
            throw new errors/* ReleaseError */.K2('ENOTREPO', `${this.cwd} is not a git repository`, {
                hint: 'Check out the repository first (actions/checkout with fetch-depth: 0).',
            });
        }
        const remotes = (await this.text(['remote'])).split('\n');
        if (!remotes.includes(this.remote)) {
            throw new errors/* ReleaseError */.K2('ENOREMOTE', `the repository has no remote "${this.remote}"`, {
                hint: 'actions/checkout sets up "origin"; branches are synchronised on the remote, not locally.',
            });
        }
    }
    async isValidBranchName(name) {
        const result = await this.run(['check-ref-format', '--branch', name], { allowFailure: true });
        return result.exitCode === 0 && !name.startsWith('-');
    }
    /** The remote's refs for the given full names (`refs/heads/x`, `refs/tags/y`), tags peeled to commits. */
    async remoteRefs(names) {
        const found = new Map();
        if (names.length === 0)
            return found;
        const output = await this.text(['ls-remote', this.remote, ...names]);
        for (const line of output.split('\n').filter(Boolean)) {
            const [sha, ref] = line.split('\t');
            if (ref.endsWith('^{}'))
                found.set(ref.slice(0, -3), sha);
            else if (!found.has(ref))
                found.set(ref, sha);
        }
        return found;
    }
    /** The remote's default branch (what `HEAD` points to there). */
    async remoteDefaultBranch() {
        const output = await this.text(['ls-remote', '--symref', this.remote, 'HEAD']);
        const match = /^ref: refs\/heads\/(\S+)\tHEAD$/m.exec(output);
        return match?.[1];
    }
    /**
     * Fetches the named remote refs into `refs/sync-branches/<name>` so their
     * whole history is local; a shallow clone is deepened first, because a merge
     * base cannot be found in a history cut short.
     */
    async fetch(refs) {
        if (refs.length === 0)
            return;
        const shallow = (await this.text(['rev-parse', '--is-shallow-repository'])) === 'true';
        const specs = refs.map((ref) => `+${ref}:refs/sync-branches/${ref.replace(/^refs\//, '')}`);
        const args = [
            'fetch',
            '--quiet',
            '--no-tags',
            ...(shallow ? ['--unshallow'] : []),
            this.remote,
            ...specs,
        ];
        await this.run(args);
    }
    async hasCommit(sha) {
        const result = await this.run(['cat-file', '-e', `${sha}^{commit}`], { allowFailure: true });
        return result.exitCode === 0;
    }
    async resolveLocal(revision) {
        const result = await this.run(['rev-parse', '--verify', '--quiet', `${revision}^{commit}`], {
            allowFailure: true,
        });
        return result.exitCode === 0 ? result.stdout.trim() : undefined;
    }
    /** True when `ancestor` is reachable from `descendant` (equal counts). */
    async isAncestor(ancestor, descendant) {
        const result = await this.run(['merge-base', '--is-ancestor', ancestor, descendant], {
            allowFailure: true,
        });
        if (result.exitCode === 0)
            return true;
        if (result.exitCode === 1)
            return false;
        throw new errors/* ReleaseError */.K2('EGIT', `git merge-base --is-ancestor ${ancestor} ${descendant} failed: ${result.stderr.trim()}`);
    }
    async mergeTree(ours, theirs) {
        const args = ['merge-tree', '--write-tree', '--name-only', '--no-messages', '-z', ours, theirs];
        const result = await this.run(args, { allowFailure: true });
        if (result.exitCode !== 0 && result.exitCode !== 1) {
            throw new errors/* ReleaseError */.K2('EGIT', `git merge-tree failed: ${(result.stderr || result.stdout).trim()}`, {
                hint: 'Merging needs git 2.38 or later (ubuntu-latest runners have it).',
            });
        }
        const [tree = '', ...files] = result.stdout.split('\0').filter(Boolean);
        return { clean: result.exitCode === 0, tree, conflicts: [...new Set(files)].sort() };
    }
    async commitMerge(tree, parents, message, identity) {
        const env = {
            GIT_AUTHOR_NAME: identity.name,
            GIT_AUTHOR_EMAIL: identity.email,
            GIT_COMMITTER_NAME: identity.name,
            GIT_COMMITTER_EMAIL: identity.email,
        };
        const args = ['commit-tree', tree, ...parents.flatMap((parent) => ['-p', parent]), '-m', message];
        return (await this.run(args, { env })).stdout.trim();
    }
    /**
     * Moves a remote branch to `sha`, never by force: the remote refuses anything
     * but a fast-forward, so a race with another writer becomes a rejection the
     * caller retries on the new tip instead of a lost commit.
     */
    async push(sha, branch) {
        const result = await this.run(['push', '--porcelain', this.remote, `${sha}:refs/heads/${branch}`], {
            allowFailure: true,
        });
        if (result.exitCode === 0)
            return { ok: true };
        const detail = (result.stderr + '\n' + result.stdout).trim();
        const rejected = /\[rejected\]|non-fast-forward|fetch first/i.test(detail);
        return { ok: false, rejected, detail };
    }
    /** Deletes a remote branch only if it still points at `expected`. */
    async deleteBranch(branch, expected) {
        const args = ['push', '--porcelain', `--force-with-lease=refs/heads/${branch}:${expected}`, this.remote];
        const result = await this.run([...args, `:refs/heads/${branch}`], { allowFailure: true });
        if (result.exitCode === 0)
            return { ok: true };
        const detail = (result.stderr + '\n' + result.stdout).trim();
        return { ok: false, rejected: /\[rejected\]|stale info/i.test(detail), detail };
    }
    /** Commits in `head` that `base` lacks, newest first, one line each. */
    async missingCommits(base, head, limit = 20) {
        const output = await this.text(['log', '--format=%h %s', `--max-count=${limit}`, `${base}..${head}`]);
        return output.split('\n').filter(Boolean);
    }
}

;// CONCATENATED MODULE: ./packages/branches/src/pull-requests.ts

/** Ruleset rules that refuse a direct push of a merge by a non-admin. */
const BLOCKING_RULES = new Set([
    'pull_request',
    'update',
    'required_status_checks',
    'required_signatures',
    'required_deployments',
    'merge_queue',
]);
const ENABLE_AUTO_MERGE = `mutation($pullRequestId: ID!) {
  enablePullRequestAutoMerge(input: { pullRequestId: $pullRequestId, mergeMethod: MERGE }) {
    pullRequest { number }
  }
}`;
function graphqlMessages(thrown) {
    const errors = thrown.errors;
    return errors ? errors.map((error) => error.message ?? '').join('; ') : String(thrown.message);
}
function githubPullRequests(client, owner, repo) {
    const findOpen = async (head, base) => {
        const { data } = await client.rest.pulls.list({
            owner,
            repo,
            state: 'open',
            head: `${owner}:${head}`,
            base,
        });
        const pull = data.find((candidate) => candidate.head.ref === head && candidate.base.ref === base);
        return pull
            ? { number: pull.number, url: pull.html_url, body: pull.body ?? '', nodeId: pull.node_id }
            : undefined;
    };
    return {
        findOpen,
        async create(input) {
            try {
                const { data } = await client.rest.pulls.create({
                    owner,
                    repo,
                    ...input,
                    maintainer_can_modify: true,
                });
                return { number: data.number, url: data.html_url, body: data.body ?? '', nodeId: data.node_id };
            }
            catch (thrown) {
                // Another run opened it between our look-up and our create: use theirs.
                if (statusOf(thrown) === 422) {
                    const existing = await findOpen(input.head, input.base);
                    if (existing)
                        return existing;
                }
                throw thrown;
            }
        },
        async updateBody(number, body) {
            await client.rest.pulls.update({ owner, repo, pull_number: number, body });
        },
        async addLabels(number, labels) {
            await client.rest.issues.addLabels({ owner, repo, issue_number: number, labels });
        },
        async isProtected(branch) {
            const { data } = await client.rest.repos.getBranch({ owner, repo, branch });
            if (data.protected)
                return true;
            const { data: rules } = await client.rest.repos.getBranchRules({ owner, repo, branch });
            return rules.some((rule) => BLOCKING_RULES.has(rule.type));
        },
        async autoMerge(pull) {
            let allowed = true;
            try {
                await client.graphql(ENABLE_AUTO_MERGE, { pullRequestId: pull.nodeId });
                return 'enabled';
            }
            catch (thrown) {
                const message = graphqlMessages(thrown);
                allowed = !/auto merge is not allowed/i.test(message);
                // GitHub refuses auto-merge on a pull request with nothing to wait for: merge it now.
                if (allowed && !/is in (clean|unstable|has_hooks) status/i.test(message))
                    throw thrown;
            }
            // Merged now when the branch's rules let this token merge it; else it waits for people.
            try {
                await client.rest.pulls.merge({ owner, repo, pull_number: pull.number, merge_method: 'merge' });
                return 'merged';
            }
            catch (thrown) {
                if (statusOf(thrown) === 405 || statusOf(thrown) === 409)
                    return allowed ? 'blocked' : 'not-allowed';
                throw thrown;
            }
        },
    };
}
const fence = (text) => '`' + text.replace(/`/g, "'") + '`';
/** The pull request's body: what conflicts, what is missing, and the commands that resolve it. */
function conflictBody(description) {
    const { source, target, syncBranch } = description;
    const lines = [
        `Merging ${fence(source)} (${description.sourceSha.slice(0, 7)}) into ${fence(target)} ` +
            `(${description.targetSha.slice(0, 7)}) conflicts, so nothing was merged: this pull request carries ` +
            `${fence(source)} until the conflicts are resolved.`,
        '',
        `### Conflicting files (${description.conflicts.length})`,
        '',
        ...description.conflicts.map((file) => `- ${fence(file)}`),
        '',
    ];
    if (description.commits.length > 0) {
        lines.push(`### Commits of ${fence(source)} missing from ${fence(target)}`, '');
        lines.push(...description.commits.map((commit) => `- ${commit}`), '');
    }
    lines.push('### Resolve', '', '```sh', 'git fetch origin', `git switch ${syncBranch}`, `git merge origin/${target}`, '# fix the files listed above, then', 'git commit --all', 'git push', '```', '', 'Then merge this pull request (with a merge commit, so the history of both branches is kept).');
    if (description.runUrl)
        lines.push('', `Opened by ${description.runUrl}.`);
    lines.push('', `<!-- sync-branches source=${source} target=${target} -->`);
    return lines.join('\n');
}
function conflictTitle(source, target) {
    return `Merge ${source} into ${target} (conflicts to resolve)`;
}
/** Defers building the client until a conflict needs it, so clean syncs need neither token nor API. */
function lazyPullRequests(load) {
    let loaded;
    const api = () => (loaded ??= load());
    return {
        findOpen: async (head, base) => (await api()).findOpen(head, base),
        create: async (input) => (await api()).create(input),
        updateBody: async (number, body) => (await api()).updateBody(number, body),
        addLabels: async (number, labels) => (await api()).addLabels(number, labels),
        isProtected: async (branch) => (await api()).isProtected(branch),
        autoMerge: async (pull) => (await api()).autoMerge(pull),
    };
}
/** The body of a pull request that carries a merge a protected branch will not take as a push. */
function protectedBody(description) {
    const { source, target } = description;
    const lines = [
        `${fence(target)} is protected, so ${fence(source)} (${fence(description.sourceSha.slice(0, 12))}) reaches it`,
        `through this pull request rather than a push. It merges cleanly; it merges by itself once the branch's`,
        'required reviews and checks are there, where the repository allows auto-merge.',
        '',
    ];
    if (description.commits.length > 0) {
        lines.push(`### Commits of ${fence(source)} missing from ${fence(target)}`, '');
        lines.push(...description.commits.map((commit) => `- ${commit}`), '');
    }
    if (description.runUrl)
        lines.push(`Opened by ${description.runUrl}.`, '');
    lines.push(`<!-- sync-branches source=${source} target=${target} -->`);
    return lines.join('\n');
}

// EXTERNAL MODULE: ./packages/branches/src/nothing-to-sync.ts
var nothing_to_sync = __webpack_require__(9573);
;// CONCATENATED MODULE: ./packages/branches/src/names.ts
/** Branch names the synchronisation derives from the ones it is given. */
/** A branch-name-safe slug: `release/v1.4.0` → `release-v1.4.0`, `Fix login crash!` → `fix-login-crash`. */
function slugify(text, maxLength = 60) {
    const slug = text
        .toLowerCase()
        .normalize('NFKD')
        .replace(/[\u0300-\u036f]/g, '')
        .replace(/[^a-z0-9._-]+/g, '-')
        .replace(/\.{2,}/g, '.')
        .replace(/^[-.]+|[-.]+$/g, '');
    return slug.slice(0, maxLength).replace(/[-.]+$/g, '');
}
/** The branch a conflicting sync is parked on for its pull request: `sync/<source>-into-<target>`. */
function syncBranchName(source, target) {
    const from = /^[0-9a-f]{40}$/i.test(source) ? source.slice(0, 12) : slugify(source);
    return `sync/${from || 'source'}-into-${slugify(target) || 'target'}`;
}
/** Fills `{source}` and `{target}` in the merge commit message template. */
function mergeMessage(template, source, target) {
    return template.replace(/\{source\}/g, source).replace(/\{target\}/g, target);
}

;// CONCATENATED MODULE: ./packages/branches/src/sync-types.ts
const heads = (branch) => `refs/heads/${branch}`;

;// CONCATENATED MODULE: ./packages/branches/src/sync-pull-requests.ts




/** The pull requests a sync opens: for a conflict, and for a protected target that takes no push. */
async function openConflictPullRequest(repo, api, options, result, sourceSha, remote) {
    if (!options.pullRequest)
        return;
    const syncBranch = syncBranchName(options.source, result.target);
    result.syncBranch = syncBranch;
    if (options.dryRun)
        return;
    if (!api)
        throw new errors/* ReleaseError */.K2('ENOTOKEN', 'a conflict needs a pull request, and no token was given');
    await park(repo, options, result, sourceSha, remote, syncBranch);
    const body = conflictBody({
        source: options.source,
        sourceSha,
        target: result.target,
        targetSha: result.previousSha,
        syncBranch,
        conflicts: result.conflicts,
        commits: await repo.missingCommits(result.previousSha, sourceSha),
        runUrl: options.runUrl,
    });
    await openOrUpdate(api, options, result, syncBranch, body, conflictTitle(options.source, result.target));
}
/** Opens the pull request from the sync branch, or brings the open one up to date. */
async function openOrUpdate(api, options, result, syncBranch, body, title) {
    const existing = await api.findOpen(syncBranch, result.target);
    if (existing) {
        // Only the run link changes between re-runs: leave the pull request alone unless the conflicts did.
        if (withoutRunLink(existing.body) !== withoutRunLink(body))
            await api.updateBody(existing.number, body);
        result.pullRequest = { number: existing.number, url: existing.url, reused: true };
        return existing;
    }
    const created = await api.create({ head: syncBranch, base: result.target, title, body });
    result.pullRequest = { number: created.number, url: created.url, reused: false };
    if (options.labels.length > 0)
        await api.addLabels(created.number, options.labels);
    return created;
}
/**
 * A protected target takes no push: the source goes to the sync branch and a pull request, which
 * merges by itself where the repository allows auto-merge (or at once, when nothing is required).
 */
async function openProtectedPullRequest(repo, api, options, base, sourceSha, remote) {
    const syncBranch = syncBranchName(options.source, base.target);
    const result = { ...base, outcome: 'pull-request', sha: base.previousSha, syncBranch };
    if (options.dryRun)
        return result;
    await park(repo, options, result, sourceSha, remote, syncBranch);
    const body = protectedBody({
        source: options.source,
        sourceSha,
        target: base.target,
        syncBranch,
        commits: await repo.missingCommits(base.previousSha, sourceSha),
        runUrl: options.runUrl,
    });
    const title = mergeMessage(options.messageTemplate, options.source, base.target);
    const pull = await openOrUpdate(api, options, result, syncBranch, body, title);
    const autoMerge = await api.autoMerge(pull);
    result.pullRequest = { ...result.pullRequest, autoMerge };
    if (autoMerge === 'merged') {
        const tips = await repo.remoteRefs([heads(base.target)]);
        result.sha = tips.get(heads(base.target)) ?? result.sha;
    }
    if (autoMerge === 'not-allowed')
        result.note = 'the repository does not allow auto-merge: the pull request waits for someone to merge it';
    return result;
}
/** Parks the source on the sync branch, keeping whatever someone already pushed there (a resolution in progress). */
async function park(repo, options, result, sourceSha, remote, syncBranch) {
    const parked = remote.get(heads(syncBranch));
    if (!parked || (await repo.isAncestor(parked, sourceSha))) {
        if (parked !== sourceSha) {
            const pushed = await repo.push(sourceSha, syncBranch);
            if (!pushed.ok)
                throw new errors/* ReleaseError */.K2('EPUSH', `could not push ${syncBranch}:\n${pushed.detail}`);
        }
    }
    else if (!(await repo.isAncestor(sourceSha, parked))) {
        const merge = await repo.mergeTree(parked, sourceSha);
        if (merge.clean) {
            const message = mergeMessage(options.messageTemplate, options.source, syncBranch);
            const commit = await repo.commitMerge(merge.tree, [parked, sourceSha], message, options.identity);
            const pushed = await repo.push(commit, syncBranch);
            if (!pushed.ok)
                result.note = `${syncBranch} moved while it was updated; it lacks the newest ${options.source}`;
        }
        else {
            result.note = `${syncBranch} has diverged from ${options.source}; merge ${options.source} into it by hand`;
        }
    }
}
/** Protection as the token may read it; a token that cannot tell falls back to pushing. */
async function isProtected(api, branch) {
    try {
        return await api.isProtected(branch);
    }
    catch {
        return false;
    }
}
function withoutRunLink(body) {
    return body.replace(/^Opened by .*$/m, '').trim();
}

;// CONCATENATED MODULE: ./packages/branches/src/sync.ts





async function validate(repo, options) {
    const problems = [];
    if (options.targets.length > 0 && !options.source) {
        problems.push('Input "source": got "", expected the branch, tag or commit to merge (required with targets)');
    }
    const nothing = (0,nothing_to_sync/* nothingToSync */.u)(options);
    if (nothing)
        problems.push(nothing);
    for (const target of options.targets) {
        if (!(await repo.isValidBranchName(target))) {
            problems.push(`Input "targets": got "${target}", expected a valid branch name`);
        }
        else if (target === options.source) {
            problems.push(`Input "targets": got "${target}", expected a branch other than the source`);
        }
    }
    const duplicates = options.targets.filter((target, index) => options.targets.indexOf(target) !== index);
    if (duplicates.length > 0)
        problems.push(`Input "targets": got "${duplicates[0]}" twice, expected each branch once`);
    if (options.deleteBranch !== undefined) {
        if (!(await repo.isValidBranchName(options.deleteBranch))) {
            problems.push(`Input "delete-branch": got "${options.deleteBranch}", expected a valid branch name`);
        }
        else if (options.targets.includes(options.deleteBranch)) {
            problems.push(`Input "delete-branch": got "${options.deleteBranch}", expected a branch that is not a target`);
        }
    }
    if (problems.length > 0)
        throw new errors/* ReleaseError */.K2('EINPUT', problems.join('\n'));
}
/** Finds the source (branch, tag or commit) and every branch involved on the remote, and fetches them. */
async function resolve(repo, options) {
    const { source, targets } = options;
    const syncBranches = targets.map((target) => heads(syncBranchName(source, target)));
    const wanted = [
        ...(source ? [heads(source), `refs/tags/${source}`] : []),
        ...targets.map(heads),
        ...syncBranches,
    ];
    if (options.deleteBranch)
        wanted.push(heads(options.deleteBranch));
    const remote = await repo.remoteRefs(wanted);
    const missing = targets.filter((target) => !remote.has(heads(target)));
    if (missing.length > 0) {
        throw new errors/* ReleaseError */.K2('ENOTARGET', `Input "targets": branch ${missing.map((b) => `"${b}"`).join(', ')} does not exist on the remote`, {
            hint: 'Create the branch first, or leave it out of "targets"; nothing was merged.',
        });
    }
    const toFetch = [
        ...new Set([...targets.map(heads), ...syncBranches, heads(options.deleteBranch ?? '')]),
    ].filter((ref) => remote.has(ref));
    const sourceRef = [heads(source), `refs/tags/${source}`].find((ref) => source && remote.has(ref));
    if (sourceRef)
        toFetch.push(sourceRef);
    await repo.fetch(toFetch);
    // An annotated tag is peeled to its commit; a bare SHA or a local name must already be in the clone.
    const sourceSha = targets.length > 0 ? await repo.resolveLocal(remote.get(sourceRef ?? '') ?? source) : undefined;
    if (!sourceSha && targets.length > 0) {
        throw new errors/* ReleaseError */.K2('ENOSOURCE', `Input "source": "${source}" is neither a branch nor a tag on the remote, nor a local commit`, {
            hint: 'Pass a branch name, a tag or a full commit SHA that the checkout contains (fetch-depth: 0).',
        });
    }
    return { sourceSha: sourceSha ?? '', remote };
}
async function syncTarget(repo, api, options, target, resolved) {
    const { sourceSha } = resolved;
    let tip = resolved.remote.get(heads(target));
    const attempts = options.pushAttempts ?? 3;
    for (let attempt = 1;; attempt += 1) {
        const base = { target, previousSha: tip, conflicts: [] };
        if (await repo.isAncestor(sourceSha, tip))
            return { ...base, outcome: 'up-to-date', sha: tip };
        // A protected target is never pushed to: its merge goes through a pull request (a conflict too).
        if (attempt === 1 && api && options.pullRequest && (await isProtected(api, target))) {
            const merge = await repo.mergeTree(tip, sourceSha);
            if (!merge.clean) {
                const result = { ...base, outcome: 'conflict', sha: tip, conflicts: merge.conflicts };
                await openConflictPullRequest(repo, api, options, result, sourceSha, resolved.remote);
                return result;
            }
            return openProtectedPullRequest(repo, api, options, base, sourceSha, resolved.remote);
        }
        let outcome;
        let next;
        if (options.fastForward && (await repo.isAncestor(tip, sourceSha))) {
            outcome = 'fast-forward';
            next = sourceSha;
        }
        else {
            const merge = await repo.mergeTree(tip, sourceSha);
            if (!merge.clean) {
                const result = { ...base, outcome: 'conflict', sha: tip, conflicts: merge.conflicts };
                await openConflictPullRequest(repo, api, options, result, sourceSha, resolved.remote);
                return result;
            }
            outcome = 'merged';
            const message = mergeMessage(options.messageTemplate, options.source, target);
            next = await repo.commitMerge(merge.tree, [tip, sourceSha], message, options.identity);
        }
        if (options.dryRun)
            return { ...base, outcome, sha: next };
        const pushed = await repo.push(next, target);
        if (pushed.ok)
            return { ...base, outcome, sha: next };
        if (!pushed.rejected || attempt >= attempts) {
            throw new errors/* ReleaseError */.K2('EPUSH', `could not update "${target}" on the remote:\n${pushed.detail}`, {
                hint: pushed.rejected
                    ? `"${target}" kept moving while it was being merged; run the step again.`
                    : `The token may not push to "${target}" (branch protection?). Nothing was merged into it.`,
            });
        }
        // Someone pushed to the target meanwhile: merge again onto their tip.
        const fresh = await repo.remoteRefs([heads(target)]);
        await repo.fetch([heads(target)]);
        tip = fresh.get(heads(target)) ?? tip;
    }
}
async function deleteMergedBranch(repo, options, branch, results, remote) {
    const sha = remote.get(heads(branch));
    if (!sha)
        return { branch, outcome: 'already-absent' };
    const conflicted = results.filter((result) => result.outcome === 'conflict').map((result) => result.target);
    if (conflicted.length > 0) {
        return {
            branch,
            outcome: 'kept',
            sha,
            reason: `${conflicted.join(', ')} does not have it yet (conflict)`,
        };
    }
    // Without targets, the remote's default branch must already hold every commit of the branch.
    const holders = results.length > 0 ? results.map((r) => ({ name: r.target, sha: r.sha })) : [];
    if (holders.length === 0) {
        const defaultBranch = await repo.remoteDefaultBranch();
        if (!defaultBranch || defaultBranch === branch) {
            return {
                branch,
                outcome: 'kept',
                sha,
                reason: 'it is the default branch, or no branch is known to hold it',
            };
        }
        const tips = await repo.remoteRefs([heads(defaultBranch)]);
        await repo.fetch([heads(defaultBranch)]);
        holders.push({ name: defaultBranch, sha: tips.get(heads(defaultBranch)) });
    }
    for (const holder of holders) {
        if (!(await repo.isAncestor(sha, holder.sha))) {
            const missing = await repo.missingCommits(holder.sha, sha, 5);
            return {
                branch,
                outcome: 'kept',
                sha,
                reason: `${holder.name} lacks ${missing.length} commit(s) of it: ${missing.join('; ')}`,
            };
        }
    }
    if (options.dryRun)
        return { branch, outcome: 'deleted', sha };
    const removed = await repo.deleteBranch(branch, sha);
    if (removed.ok)
        return { branch, outcome: 'deleted', sha };
    if (removed.rejected)
        return { branch, outcome: 'kept', sha, reason: 'it moved while it was being deleted' };
    throw new errors/* ReleaseError */.K2('EPUSH', `could not delete "${branch}" on the remote:\n${removed.detail}`);
}
async function syncBranches(repo, api, options) {
    await validate(repo, options);
    await repo.ensureRepository();
    const resolved = await resolve(repo, options);
    const targets = [];
    for (const target of options.targets)
        targets.push(await syncTarget(repo, api, options, target, resolved));
    const deleted = options.deleteBranch
        ? await deleteMergedBranch(repo, options, options.deleteBranch, targets, resolved.remote)
        : undefined;
    return { source: options.source, sourceSha: resolved.sourceSha, targets, deleted, dryRun: options.dryRun };
}

;// CONCATENATED MODULE: ./packages/kit/src/markdown.ts
/** Small builders for job summaries: tables people want to read. */
/** Escapes what would break a table cell: pipes, new lines and HTML. */
function cell(value) {
    if (value === undefined || value === null || value === '')
        return '—';
    return String(value)
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/\|/g, '\\|')
        .replace(/\r?\n/g, '<br>');
}
function table(headers, rows) {
    const head = `| ${headers.map(cell).join(' | ')} |`;
    const rule = `| ${headers.map(() => '---').join(' | ')} |`;
    const body = rows.map((row) => `| ${row.map(cell).join(' | ')} |`);
    return [head, rule, ...body].join('\n') + '\n';
}
function heading(text, level = 2) {
    return `${'#'.repeat(level)} ${text}\n\n`;
}
function code(text) {
    return '`' + text.replace(/`/g, 'ˋ') + '`';
}
function details(summary, body) {
    return `<details><summary>${cell(summary)}</summary>\n\n${body}\n\n</details>\n`;
}
const icon = (ok) => (ok === undefined ? '⏭️' : ok ? '✅' : '❌');
function bytes(size) {
    if (size < 1024)
        return `${size} B`;
    const units = ['KiB', 'MiB', 'GiB', 'TiB'];
    let value = size;
    let unit = -1;
    while (value >= 1024 && unit < units.length - 1) {
        value /= 1024;
        unit += 1;
    }
    return `${value.toFixed(1)} ${units[unit]}`;
}

;// CONCATENATED MODULE: ./packages/branches/src/report.ts

/** The job summary: one row per target, the pull requests opened, and the branch deleted or kept. */
const OUTCOME_TEXT = {
    'up-to-date': '✅ already up to date',
    'fast-forward': '✅ fast-forwarded',
    merged: '✅ merged (merge commit)',
    conflict: '⚠️ conflict',
    'pull-request': '🔀 protected: pull request',
};
function detail(result) {
    if (result.outcome === 'pull-request') {
        const pull = result.pullRequest;
        const merge = {
            enabled: 'auto-merge on',
            merged: 'merged',
            'not-allowed': 'waits for a merge',
            blocked: 'waits for reviews and checks',
        };
        return pull ? `[#${pull.number}](${pull.url})${pull.autoMerge ? `, ${merge[pull.autoMerge]}` : ''}` : '';
    }
    if (result.outcome !== 'conflict') {
        return result.sha === result.previousSha
            ? ''
            : `${result.previousSha.slice(0, 7)} → ${result.sha.slice(0, 7)}`;
    }
    const files = result.conflicts.map(code).join(', ');
    const pull = result.pullRequest
        ? `${result.pullRequest.reused ? 'reused' : 'opened'} [#${result.pullRequest.number}](${result.pullRequest.url})`
        : result.syncBranch
            ? `would open a pull request from ${code(result.syncBranch)}`
            : '';
    return [files, pull, result.note].filter(Boolean).join(' · ');
}
function syncSummary(result) {
    const title = `Branch sync: ${result.source ? code(result.source) : 'clean-up'}${result.dryRun ? ' (dry run)' : ''}`;
    let markdown = heading(title, 3);
    if (result.targets.length > 0) {
        markdown += table(['target', 'result', 'details'], result.targets.map((target) => [target.target, OUTCOME_TEXT[target.outcome], detail(target)]));
    }
    if (result.deleted) {
        const { branch, outcome, reason } = result.deleted;
        const text = outcome === 'deleted'
            ? `${result.dryRun ? 'Would delete' : 'Deleted'} ${code(branch)}.`
            : outcome === 'already-absent'
                ? `${code(branch)} was already deleted.`
                : `Kept ${code(branch)}: ${reason}.`;
        markdown += `\n${text}\n`;
    }
    return markdown;
}
/** One line per target for the log. */
function syncLogLines(result) {
    const lines = result.targets.map((target) => {
        const what = OUTCOME_TEXT[target.outcome].replace(/^\S+ /, '');
        return `${result.source} → ${target.target}: ${what}${target.outcome === 'conflict' ? ` in ${target.conflicts.join(', ')}` : ''}`;
    });
    if (result.deleted)
        lines.push(`${result.deleted.branch}: ${result.deleted.outcome}${result.deleted.reason ? ` (${result.deleted.reason})` : ''}`);
    return lines;
}

// EXTERNAL MODULE: ./actions/sync-branches/inputs.ts + 9 modules
var inputs = __webpack_require__(6468);
;// CONCATENATED MODULE: ./actions/sync-branches/run.ts


function outputsOf(result) {
    const conflicts = result.targets.filter((target) => target.outcome === 'conflict');
    return {
        status: conflicts.length > 0 ? 'conflict' : 'clean',
        results: result.targets.map((target) => ({
            target: target.target,
            outcome: target.outcome,
            sha: target.sha,
            conflicts: target.conflicts,
            'pull-request': target.pullRequest?.url ?? null,
        })),
        merged: result.targets
            .filter((target) => target.sha !== target.previousSha)
            .map((target) => target.target),
        // Protected targets: the merge waits in a pull request (or was merged through one).
        'pull-request-targets': result.targets
            .filter((target) => target.outcome === 'pull-request')
            .map((target) => target.target),
        conflicts: conflicts.map((target) => target.target),
        'pull-requests': result.targets.flatMap((target) => (target.pullRequest ? [target.pullRequest.url] : [])),
        deleted: result.deleted?.outcome === 'deleted' ? 'true' : 'false',
    };
}
/** The inputs this action reads, for tooling and tests that check every input (secrets are masked). */

async function run(inputs) {
    const context = (0,src_context/* runContext */.p)();
    const repo = new Repository(context.workspace);
    const pullRequests = lazyPullRequests(async () => {
        const { owner, repo: name } = (0,src_context/* requireRepository */.C)(context);
        return githubPullRequests(await createGitHubClient({ token: inputs.token ?? '' }), owner, name);
    });
    const result = await syncBranches(repo, pullRequests, {
        source: inputs.source ?? '',
        targets: inputs.targets ?? [],
        deleteBranch: inputs.deleteBranch,
        fastForward: inputs.fastForward,
        pullRequest: inputs.pullRequest,
        messageTemplate: inputs.message,
        labels: inputs.labels,
        identity: { name: inputs.committerName, email: inputs.committerEmail },
        dryRun: inputs.dryRun,
        runUrl: context.runUrl || undefined,
    });
    for (const line of syncLogLines(result))
        (0,runner/* info */.pq)(line);
    (0,runner/* setOutputs */.n0)(outputsOf(result));
    await (0,runner/* writeSummary */.Sy)(syncSummary(result));
    if (result.deleted?.outcome === 'kept')
        (0,runner/* warning */.$e)(`Kept branch "${result.deleted.branch}": ${result.deleted.reason}`);
    const conflicts = result.targets.filter((target) => target.outcome === 'conflict');
    if (conflicts.length === 0)
        return;
    const described = conflicts
        .map((target) => {
        const where = target.pullRequest ? ` (pull request ${target.pullRequest.url})` : '';
        return `"${target.target}" conflicts in ${target.conflicts.join(', ')}${where}`;
    })
        .join('; ');
    const message = `Merging "${result.source}" left ${conflicts.length} branch(es) unchanged: ${described}`;
    if (inputs.onConflict === 'warn') {
        (0,runner/* warning */.$e)(message, { title: 'Branch sync conflict' });
        return;
    }
    throw new errors/* ReleaseError */.K2('ECONFLICT', message, {
        hint: inputs.pullRequest
            ? 'Resolve the conflicts in the pull request; nothing was lost, the source is kept on its sync/ branch.'
            : 'Merge by hand and push, or enable pull-request to get a pull request for it.',
    });
}


/***/ })

};
