export const id = 116;
export const ids = [116];
export const modules = {

/***/ 6116:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  inputSpec: () => (/* reexport */ inputs/* spec */.I),
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./packages/kit/src/runner.ts + 3 modules
var runner = __webpack_require__(9237);
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
        Promise.all(/* import() */[__webpack_require__.e(119), __webpack_require__.e(270)]).then(__webpack_require__.bind(__webpack_require__, 2270)),
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

;// CONCATENATED MODULE: ./packages/gates/src/github.ts

function summary(pull) {
    return {
        number: pull.number,
        state: pull.state,
        merged: Boolean(pull.merged_at),
        headSha: pull.head.sha,
        mergeCommitSha: pull.merge_commit_sha ?? undefined,
        url: pull.html_url,
        title: pull.title,
    };
}
function gitHubReader(client, owner, repo) {
    return {
        async pullsForCommit(sha) {
            const pulls = await client.paginate(client.rest.repos.listPullRequestsAssociatedWithCommit, {
                owner,
                repo,
                commit_sha: sha,
                per_page: 100,
            });
            return pulls.map((pull) => summary(pull));
        },
        async pull(number) {
            const { data } = await client.rest.pulls.get({ owner, repo, pull_number: number });
            return summary(data);
        },
        async reviews(pull) {
            const reviews = await client.paginate(client.rest.pulls.listReviews, {
                owner,
                repo,
                pull_number: pull,
                per_page: 100,
            });
            return reviews.map((review) => ({
                id: review.id,
                user: review.user?.login ?? '(deleted user)',
                state: review.state,
                submittedAt: review.submitted_at ?? undefined,
            }));
        },
        async checkRuns(ref) {
            const runs = await client.paginate(client.rest.checks.listForRef, { owner, repo, ref, per_page: 100 });
            return runs.map((run) => ({
                id: run.id,
                name: run.name,
                status: run.status,
                conclusion: run.conclusion,
                url: run.html_url ?? undefined,
                detailsUrl: run.details_url ?? undefined,
            }));
        },
        async statuses(ref) {
            // The combined status pages its `statuses` list; octokit's paginate does not know that shape.
            const all = [];
            for (let page = 1;; page += 1) {
                const { data } = await client.rest.repos.getCombinedStatusForRef({
                    owner,
                    repo,
                    ref,
                    per_page: 100,
                    page,
                });
                for (const status of data.statuses)
                    all.push({ context: status.context, state: status.state, url: status.target_url ?? undefined });
                if (data.statuses.length < 100 || all.length >= data.total_count)
                    break;
            }
            return all;
        },
        async tagCommit(tag) {
            try {
                const { data } = await client.rest.git.getRef({ owner, repo, ref: `tags/${tag}` });
                if (data.object.type === 'tag') {
                    const { data: annotated } = await client.rest.git.getTag({ owner, repo, tag_sha: data.object.sha });
                    return annotated.object.sha;
                }
                return data.object.sha;
            }
            catch (thrown) {
                if (statusOf(thrown) === 404)
                    return undefined;
                throw thrown;
            }
        },
    };
}

// EXTERNAL MODULE: ./node_modules/minimatch/dist/esm/index.js + 7 modules
var esm = __webpack_require__(3581);
// EXTERNAL MODULE: ./node_modules/semver/index.js
var semver = __webpack_require__(2088);
var semver_default = /*#__PURE__*/__webpack_require__.n(semver);
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
async function git_git(args, options = {}) {
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
    return (await git_git(args, options)).stdout.trim();
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

;// CONCATENATED MODULE: ./packages/gates/src/git-history.ts


/** What the gates ask of the local repository: tags, changes since the last release, files at a tag. */
async function isGitRepository(cwd) {
    const result = await git_git(['rev-parse', '--is-inside-work-tree'], { cwd, allowFailure: true });
    return result.exitCode === 0 && result.stdout.trim() === 'true';
}
async function isShallow(cwd) {
    const result = await git_git(['rev-parse', '--is-shallow-repository'], { cwd, allowFailure: true });
    return result.stdout.trim() === 'true';
}
/** The commit a local tag points at, or undefined when there is no such tag. */
async function localTagCommit(cwd, tag) {
    const result = await git_git(['rev-parse', '-q', '--verify', `refs/tags/${tag}^{commit}`], {
        cwd,
        allowFailure: true,
    });
    return result.exitCode === 0 ? result.stdout.trim() : undefined;
}
async function headCommit(cwd) {
    const result = await git(['rev-parse', 'HEAD'], { cwd, allowFailure: true });
    return result.exitCode === 0 ? result.stdout.trim() : undefined;
}
/**
 * The latest release tag reachable from HEAD: the highest semver among tags
 * with the prefix, other than the tag being released (a re-run may have made it)
 * and below the version being released when that is known.
 */
async function previousReleaseTag(cwd, prefix, options = {}) {
    const result = await git_git(['tag', '--merged', 'HEAD', '--list', `${prefix}*`], { cwd, allowFailure: true });
    if (result.exitCode !== 0)
        return undefined;
    let best;
    for (const tag of result.stdout.split('\n').map((t) => t.trim())) {
        if (!tag || tag === options.exclude)
            continue;
        const version = semver_default().valid(tag.slice(prefix.length));
        if (!version || semver_default().prerelease(version))
            continue;
        if (options.below && semver_default().valid(options.below) && !semver_default().lt(version, options.below))
            continue;
        if (!best || semver_default().gt(version, best.version))
            best = { tag, version };
    }
    return best;
}
/** Paths changed between a tag and HEAD. */
async function changedSince(cwd, ref) {
    const output = await git_git(['diff', '--name-only', '--no-renames', ref, 'HEAD'], { cwd });
    return output.stdout.split('\n').filter(Boolean);
}
/** A file's content at a ref, or undefined when it did not exist there. */
async function fileAt(cwd, ref, path) {
    const result = await git_git(['show', `${ref}:${path.replace(/^\.\//, '')}`], { cwd, allowFailure: true });
    return result.exitCode === 0 ? result.stdout : undefined;
}
/** Remote branches that contain a commit (when a tag push leaves no branch in GITHUB_REF). */
async function branchesContaining(cwd, sha) {
    const result = await git_git(['branch', '--all', '--format=%(refname)', '--contains', sha], {
        cwd,
        allowFailure: true,
    });
    if (result.exitCode !== 0)
        return [];
    return result.stdout
        .split('\n')
        .map((ref) => ref
        .trim()
        .replace(/^refs\/heads\//, '')
        .replace(/^refs\/remotes\/[^/]+\//, ''))
        .filter((name) => name && name !== 'HEAD');
}

// EXTERNAL MODULE: ./packages/gates/src/types.ts
var types = __webpack_require__(9637);
;// CONCATENATED MODULE: ./packages/gates/src/gates/branch.ts



/** The tag being released: `tag`, else `tag-prefix` + `version`. */
function releaseTag(settings) {
    return settings.tag ?? (settings.version ? `${settings.tagPrefix}${settings.version}` : undefined);
}
async function currentBranches(settings, context) {
    if (settings.branch)
        return [settings.branch];
    if (context.ref.startsWith('refs/heads/'))
        return [context.ref.slice('refs/heads/'.length)];
    if (context.pullBaseRef)
        return [context.pullBaseRef];
    // A tag push names no branch: the branches that hold the commit stand for it.
    if (await isGitRepository(context.workspace))
        return branchesContaining(context.workspace, context.sha || 'HEAD');
    return [];
}
/**
 * branch: releases only from the release branches, hotfixes only from the
 * hotfix branches; and the release tag does not exist yet, locally or on
 * GitHub. A tag that already points at this very commit is a re-run, not a clash.
 */
async function branchGate(settings, context) {
    const patterns = settings.releaseKind === 'hotfix' ? settings.hotfixBranches : settings.releaseBranches;
    const tag = releaseTag(settings);
    const threshold = `${settings.releaseKind} from ${patterns.join(', ')}${tag ? `; ${tag} is new` : ''}`;
    const evidence = [];
    const reasons = [];
    const branches = await currentBranches(settings, context);
    const allowed = branches.filter((branch) => patterns.some((pattern) => (0,esm/* minimatch */.xF)(branch, pattern)));
    if (branches.length === 0)
        reasons.push(`cannot tell the branch of ${context.ref || 'this run'}: pass the branch input`);
    else if (allowed.length === 0) {
        reasons.push(`a ${settings.releaseKind} cannot be made from ${branches.join(', ')} (allowed: ${patterns.join(', ')})`);
    }
    let tagState = 'not checked (no version or tag given)';
    if (tag) {
        const local = (await isGitRepository(context.workspace))
            ? await localTagCommit(context.workspace, tag)
            : undefined;
        const remote = context.github ? await context.github.tagCommit(tag) : undefined;
        const existing = local ?? remote;
        const where = [local ? 'locally' : '', remote ? 'on GitHub' : ''].filter(Boolean).join(' and ');
        if (!existing)
            tagState = `${tag} is new${context.github ? '' : ' (checked locally only: no token)'}`;
        else if (existing === context.sha) {
            tagState = `${tag} already points at this commit (a re-run)`;
            evidence.push({ message: tagState });
        }
        else {
            tagState = `${tag} already exists ${where} at ${existing.slice(0, 7)}`;
            reasons.push(tagState);
        }
    }
    evidence.unshift(...reasons.map((message) => ({ message })));
    const passed = reasons.length === 0;
    return (0,types/* outcome */.bu)(passed, {
        value: `${branches.join(', ') || 'unknown branch'}; ${tagState}`,
        threshold,
        summary: passed ? `${settings.releaseKind} from ${allowed.join(', ')}; ${tagState}` : reasons.join('; '),
        evidence,
        data: { kind: settings.releaseKind, branches, allowedPatterns: patterns, tag },
    });
}

;// CONCATENATED MODULE: ./packages/kit/src/glob.ts
/** @actions/glob is loaded on the first search, not at start-up. */
async function globFiles(patterns, options = {}) {
    const { create } = await Promise.all(/* import() */[__webpack_require__.e(119), __webpack_require__.e(260), __webpack_require__.e(501)]).then(__webpack_require__.bind(__webpack_require__, 501));
    const globber = await create(patterns, options);
    return globber.glob();
}

;// CONCATENATED MODULE: ./packages/gates/src/parse/files.ts



function displayPath(workspace, path) {
    const rel = (0,external_node_path_.relative)(workspace, path);
    return rel.startsWith('..') || (0,external_node_path_.isAbsolute)(rel) ? path : rel.split(external_node_path_.sep).join('/');
}
/** Patterns relative to the workspace (or absolute), `!` to exclude; files only, sorted. */
async function findFiles(workspace, patterns) {
    const anchored = patterns.map((pattern) => {
        const negate = pattern.startsWith('!');
        const body = negate ? pattern.slice(1) : pattern;
        const absolute = (0,external_node_path_.isAbsolute)(body) ? body : (0,external_node_path_.join)(workspace, body);
        return (negate ? '!' : '') + absolute;
    });
    const found = await globFiles(anchored.join('\n'), { matchDirectories: false, implicitDescendants: false });
    const files = [];
    for (const path of found.sort()) {
        if ((await (0,promises_.stat)(path)).isFile())
            files.push({ path, display: displayPath(workspace, path) });
    }
    return files;
}
/** The reason a gate fails when its reports are missing. */
function missingReports(kind, patterns) {
    return `no ${kind} found for ${patterns.map((p) => `"${p}"`).join(', ')}`;
}
/**
 * A workspace file's text, or why it could not be read, said as it is: missing
 * is not the same failure as a folder in its place or a permission refused.
 */
async function readWorkspaceText(workspace, file, label) {
    try {
        return { text: await (0,promises_.readFile)((0,external_node_path_.join)(workspace, file), 'utf8') };
    }
    catch (thrown) {
        const code = thrown.code;
        if (code === 'ENOENT' || code === 'ENOTDIR')
            return { value: 'missing', problem: `${label} not found` };
        const why = code === 'EISDIR'
            ? 'it is a folder, not a file'
            : code === 'EACCES' || code === 'EPERM'
                ? 'permission denied'
                : thrown instanceof Error
                    ? thrown.message
                    : String(thrown);
        return { value: 'unreadable', problem: `${label} cannot be read: ${why}` };
    }
}

;// CONCATENATED MODULE: ./packages/gates/src/gates/changelog.ts


const HEADING = /^(#{1,6})\s+(.*?)\s*#*\s*$/;
const LINK_DEFINITION = /^\[[^\]]+\]:\s/;
/**
 * The headings of a Markdown changelog, each with the count of content lines
 * under it up to the next heading of the same or a higher level (so a version
 * whose notes sit under `### Fixes` is not empty). Fenced code is not a heading.
 */
function changelogSections(text) {
    const lines = text.split(/\r?\n/);
    const headings = [];
    const content = [];
    let inFence = false;
    lines.forEach((line, index) => {
        if (/^\s*(```|~~~)/.test(line))
            inFence = !inFence;
        const heading = inFence ? null : HEADING.exec(line);
        if (heading)
            headings.push({ title: heading[2], line: index + 1, level: heading[1].length });
        content.push(!heading && line.trim() !== '' && !LINK_DEFINITION.test(line));
    });
    return headings.map((heading, index) => {
        const next = headings.find((h, i) => i > index && h.level <= heading.level);
        const to = next ? next.line - 1 : lines.length;
        let entries = 0;
        for (let i = heading.line; i < to; i += 1)
            if (content[i])
                entries += 1;
        return { ...heading, entries };
    });
}
function versionHeading(title, version) {
    const escaped = version.replace(/[.+]/g, '\\$&');
    return new RegExp(`(^|[^\\w.-])v?${escaped}(?![\\w.-]*\\d|-)`).test(title);
}
/** changelog: an entry for the version, or a non-empty Unreleased section. */
async function changelogGate(settings, context) {
    const file = settings.changelog;
    const threshold = settings.version
        ? `entry for ${settings.version} (or Unreleased)`
        : 'non-empty Unreleased section';
    const read = await readWorkspaceText(context.workspace, file, file);
    if (!('text' in read)) {
        const summary = read.problem;
        return (0,types/* outcome */.bu)(false, { value: read.value, threshold, summary, evidence: [{ message: summary, file }] });
    }
    const text = read.text;
    const sections = changelogSections(text);
    const entry = settings.version
        ? sections.find((s) => versionHeading(s.title, settings.version))
        : undefined;
    const unreleased = sections.find((s) => /\bunreleased\b/i.test(s.title));
    if (entry && entry.entries > 0) {
        return (0,types/* outcome */.bu)(true, {
            value: `entry "${entry.title}"`,
            threshold,
            summary: `${file} has ${entry.entries} line(s) for ${settings.version}`,
            evidence: [{ message: `entry for ${settings.version}`, file, line: entry.line }],
            data: { file, section: entry.title, line: entry.line },
        });
    }
    if (unreleased && unreleased.entries > 0) {
        return (0,types/* outcome */.bu)(true, {
            value: `Unreleased (${unreleased.entries} lines)`,
            threshold,
            summary: `${file} has a non-empty Unreleased section${settings.version ? ` to become ${settings.version}` : ''}`,
            evidence: [{ message: 'Unreleased section', file, line: unreleased.line }],
            data: { file, section: unreleased.title, line: unreleased.line },
        });
    }
    const problem = entry
        ? `the entry for ${settings.version} in ${file} is empty`
        : unreleased
            ? `${file} has no entry for ${settings.version ?? 'the release'} and its Unreleased section is empty`
            : `${file} has no ${settings.version ? `entry for ${settings.version} and no ` : ''}Unreleased section`;
    const at = entry ?? unreleased;
    return (0,types/* outcome */.bu)(false, {
        value: entry ? 'empty entry' : unreleased ? 'empty Unreleased' : 'no entry',
        threshold,
        summary: problem,
        evidence: [{ message: problem, file, line: at?.line ?? 1 }],
        data: { file },
    });
}

;// CONCATENATED MODULE: ./packages/gates/src/parse/errors.ts

/** A report file that cannot be read as the format it claims: names the file and the position. */
class ReportError extends errors/* ReleaseError */.K2 {
    constructor(message, location) {
        const where = [location.file, location.line, location.column]
            .filter((part) => part !== undefined)
            .join(':');
        super('EREPORT', `${where}: ${message}`, { location });
        this.name = 'ReportError';
    }
}
/** 1-based line and column of a character offset in a text. */
function positionOf(text, offset) {
    let line = 1;
    let lineStart = 0;
    for (let i = 0; i < offset && i < text.length; i += 1) {
        if (text.charCodeAt(i) === 10) {
            line += 1;
            lineStart = i + 1;
        }
    }
    return { line, column: offset - lineStart + 1 };
}
function percent(part, whole) {
    return whole === 0 ? 100 : (part / whole) * 100;
}
function formatPercent(value) {
    return `${(Math.floor(value * 100) / 100).toFixed(2).replace(/\.?0+$/, '')}%`;
}

;// CONCATENATED MODULE: ./packages/gates/src/gates/reports.ts

/** Parses each report; a broken one becomes evidence with its position instead of stopping the others. */
async function readAll(files, parse) {
    const parsed = [];
    const broken = [];
    for (const file of files) {
        try {
            parsed.push({ file, value: await parse(file) });
        }
        catch (thrown) {
            if (thrown instanceof ReportError) {
                broken.push({ message: `malformed report: ${thrown.message}`, ...thrown.location });
            }
            else {
                broken.push({
                    message: `cannot read ${file.display}: ${thrown instanceof Error ? thrown.message : String(thrown)}`,
                    file: file.display,
                });
            }
        }
    }
    return { parsed, broken };
}
function plural(count, word) {
    return `${count} ${word}${count === 1 ? '' : 's'}`;
}

;// CONCATENATED MODULE: ./packages/gates/src/gates/checks.ts


const GOOD_CONCLUSIONS = ['success', 'neutral', 'skipped'];
function fromRun(run) {
    const state = run.status !== 'completed'
        ? 'pending'
        : GOOD_CONCLUSIONS.includes(run.conclusion ?? '')
            ? 'success'
            : 'failure';
    return {
        name: run.name,
        kind: 'check run',
        state,
        detail: run.status === 'completed' ? (run.conclusion ?? 'none') : run.status,
        url: run.url,
    };
}
function fromStatus(status) {
    const state = status.state === 'success' ? 'success' : status.state === 'pending' ? 'pending' : 'failure';
    return { name: status.context, kind: 'status', state, detail: status.state, url: status.url };
}
/**
 * checks: the commit's check runs and commit statuses are all successful, or
 * with `required-checks` exactly those are present and successful. The
 * workflow run this step is part of is left out (its own job is still running).
 */
async function checksGate(settings, context) {
    const github = context.github;
    const [runs, statuses] = await Promise.all([github.checkRuns(context.sha), github.statuses(context.sha)]);
    const ownRun = context.runId ? `/actions/runs/${context.runId}/` : undefined;
    const latestRuns = new Map();
    for (const run of runs) {
        if (ownRun && (run.detailsUrl?.includes(ownRun) || run.url?.includes(ownRun)))
            continue;
        const seen = latestRuns.get(run.name);
        if (!seen || run.id > seen.id)
            latestRuns.set(run.name, run);
    }
    const checks = [...[...latestRuns.values()].map(fromRun), ...statuses.map(fromStatus)].filter((check) => !settings.ignoreChecks.includes(check.name));
    const required = settings.requiredChecks;
    const considered = required.length > 0 ? checks.filter((c) => required.includes(c.name)) : checks;
    const evidence = [];
    for (const name of required) {
        if (!checks.some((c) => c.name === name))
            evidence.push({ message: `required check "${name}" has not reported on ${context.sha.slice(0, 7)}` });
    }
    for (const check of considered) {
        if (check.state === 'success')
            continue;
        evidence.push({
            message: `${check.kind} "${check.name}" is ${check.state === 'pending' ? `still ${check.detail}` : check.detail}${check.url ? ` (${check.url})` : ''}`,
        });
    }
    const good = considered.filter((c) => c.state === 'success').length;
    const passed = evidence.length === 0;
    const threshold = required.length > 0 ? `required: ${required.join(', ')}` : 'all successful';
    return (0,types/* outcome */.bu)(passed, {
        value: `${good}/${required.length > 0 ? required.length : considered.length} successful`,
        threshold,
        summary: passed
            ? considered.length === 0
                ? 'no check runs or statuses reported on the commit'
                : `${plural(good, 'check')} successful`
            : `${plural(evidence.length, 'check')} not successful`,
        evidence,
        data: { checks: considered.map(({ name, kind, state, detail }) => ({ name, kind, state, detail })) },
    });
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:readline"
var external_node_readline_ = __webpack_require__(481);
;// CONCATENATED MODULE: ./packages/gates/src/parse/coverage-model.ts
/**
 * Which lines and branches of one file ran, as the union of every report that
 * measured it: a line is covered when any report saw it run, a branch when any
 * report saw it taken (what `lcov -a`, `nyc merge` and Codecov do).
 */
class LineDetail {
    lines = new Map();
    /** By the report's own branch key; `total` > 1 for formats that give a line's conditions as a count. */
    branches = new Map();
    line(number, hit) {
        if (hit)
            this.lines.set(number, true);
        else if (!this.lines.has(number))
            this.lines.set(number, false);
    }
    branch(key, covered, total) {
        const seen = this.branches.get(key);
        if (!seen)
            this.branches.set(key, { covered, total });
        else {
            seen.covered = Math.max(seen.covered, covered);
            seen.total = Math.max(seen.total, total);
        }
    }
    absorb(other) {
        for (const [number, hit] of other.lines)
            this.line(number, hit);
        for (const [key, counter] of other.branches)
            this.branch(key, counter.covered, counter.total);
    }
    totals() {
        let covered = 0;
        for (const hit of this.lines.values())
            if (hit)
                covered += 1;
        const branches = { total: 0, covered: 0 };
        for (const counter of this.branches.values())
            addCounter(branches, counter);
        return { lines: { total: this.lines.size, covered }, branches };
    }
}
/**
 * What a parser keeps of the files it reads: every file's counters (small), and
 * per-line facts only for the files in `wanted`, so a 200 MB report read for its
 * totals costs no more memory than its list of files.
 */
class FileCollector {
    wanted;
    files = new Map();
    repeated = new Set();
    detail = new Map();
    constructor(wanted) {
        this.wanted = wanted;
    }
    /** The per-line record of a file when it is wanted, else undefined (nothing to collect). */
    detailOf(file) {
        if (!this.wanted?.has(file))
            return undefined;
        let detail = this.detail.get(file);
        if (!detail) {
            detail = new LineDetail();
            this.detail.set(file, detail);
        }
        return detail;
    }
    add(file, lines, branches = { total: 0, covered: 0 }) {
        const seen = this.files.get(file);
        if (!seen) {
            this.files.set(file, { lines: { ...lines }, branches: { ...branches } });
            return;
        }
        this.repeated.add(file);
        addCounter(seen.lines, lines);
        addCounter(seen.branches, branches);
    }
    fields() {
        return { files: this.files, repeated: this.repeated, detail: this.detail };
    }
}
function addCounter(into, more) {
    into.total += more.total;
    into.covered += more.covered;
}

;// CONCATENATED MODULE: ./packages/gates/src/parse/lcov.ts




const INTEGER = /^\d+$/;
const RECORD_LINE = 'expected an lcov record line such as "SF:<path>" or "DA:<line>,<hits>"';
/**
 * Feeds every line of a file to `onLine`, stopping at the first error it
 * throws. A 'line' listener runs synchronously per line: much faster than
 * async iteration over 20 million lines.
 */
function eachLine(path, onLine) {
    const stream = (0,external_node_fs_.createReadStream)(path, { encoding: 'utf8', highWaterMark: 64 * 1024 });
    const reader = (0,external_node_readline_.createInterface)({ input: stream, crlfDelay: Infinity });
    return new Promise((resolve, reject) => {
        let failed = false;
        const stop = (error) => {
            failed = true;
            reader.close();
            stream.destroy();
            reject(error);
        };
        reader.on('line', (raw) => {
            if (failed)
                return;
            try {
                onLine(raw);
            }
            catch (thrown) {
                stop(thrown);
            }
        });
        reader.on('close', () => {
            if (!failed)
                resolve();
        });
        stream.on('error', stop);
    });
}
/** One tracefile read line by line: records open with SF:, gather DA/BRDA/counts, close with end_of_record. */
class LcovReader {
    display;
    lines = { total: 0, covered: 0 };
    branches = { total: 0, covered: 0 };
    collector;
    current;
    lineNumber = 0;
    records = 0;
    constructor(display, wanted) {
        this.display = display;
        this.collector = new FileCollector(wanted);
    }
    fail(message, column = 1) {
        throw new ReportError(message, { file: this.display, line: this.lineNumber, column });
    }
    line = (raw) => {
        this.lineNumber += 1;
        const line = raw.trim();
        if (line === '')
            return;
        if (line === 'end_of_record')
            return this.closeRecord();
        const colon = line.indexOf(':');
        if (colon <= 0)
            this.fail(`${RECORD_LINE}, got "${line.slice(0, 60)}"`);
        const key = line.slice(0, colon);
        const value = line.slice(colon + 1);
        if (key === 'TN' || key === 'VER')
            return;
        if (key === 'SF')
            return this.openRecord(value);
        if (!this.current)
            this.fail(`${key}: line outside a record (expected SF:<path> first)`);
        this.recordLine(this.current, key, value, line, raw.indexOf(':') + 2);
    };
    openRecord(file) {
        if (this.current)
            this.fail(`SF: line inside the record of "${this.current.file}" (missing end_of_record)`);
        this.current = {
            file,
            lines: { total: 0, covered: 0 },
            branches: { total: 0, covered: 0 },
            daTotal: 0,
            daHit: 0,
            brdaTotal: 0,
            brdaHit: 0,
            hasLf: false,
            hasBrf: false,
            detail: this.collector.detailOf(file),
        };
    }
    /** LF/LH and BRF/BRH when the record has them, else what its DA and BRDA lines count. */
    closeRecord() {
        if (!this.current)
            this.fail('end_of_record without a preceding SF: line');
        const record = this.current;
        const fileLines = record.hasLf ? record.lines : { total: record.daTotal, covered: record.daHit };
        const fileBranches = record.hasBrf
            ? record.branches
            : { total: record.brdaTotal, covered: record.brdaHit };
        this.lines.total += fileLines.total;
        this.lines.covered += fileLines.covered;
        this.branches.total += fileBranches.total;
        this.branches.covered += fileBranches.covered;
        this.collector.add(record.file, fileLines, fileBranches);
        this.records += 1;
        this.current = undefined;
    }
    recordLine(record, key, value, line, valueColumn) {
        if (key === 'DA')
            this.lineHits(record, value, line, valueColumn);
        else if (key === 'BRDA')
            this.branchHits(record, value, line, valueColumn);
        else if (key === 'LF' || key === 'LH' || key === 'BRF' || key === 'BRH')
            this.count(record, key, value, valueColumn);
        // FN, FNDA, FNF, FNH and any future keys carry nothing the gate measures.
        else if (!/^[A-Z]+$/.test(key))
            this.fail(`${RECORD_LINE}, got "${line.slice(0, 60)}"`);
    }
    /** `DA:<line>,<hits>`: the hot path (most lines of a tracefile), so no split and no regex. */
    lineHits(record, value, line, valueColumn) {
        const comma = value.indexOf(',');
        const lineNo = comma > 0 ? Number(value.slice(0, comma)) : NaN;
        const hitsEnd = value.indexOf(',', comma + 1);
        const hits = Number(hitsEnd === -1 ? value.slice(comma + 1) : value.slice(comma + 1, hitsEnd));
        if (!Number.isInteger(lineNo) || lineNo < 0 || comma + 1 >= value.length || !Number.isInteger(hits)) {
            this.fail(`expected "DA:<line>,<hits>", got "${line.slice(0, 60)}"`, valueColumn);
        }
        record.daTotal += 1;
        if (hits > 0)
            record.daHit += 1;
        record.detail?.line(lineNo, hits > 0);
    }
    /** `BRDA:<line>,<block>,<branch>,<taken>`, where `-` means the branch never ran. */
    branchHits(record, value, line, valueColumn) {
        const parts = value.split(',');
        if (parts.length < 4)
            this.fail(`expected "BRDA:<line>,<block>,<branch>,<taken>", got "${line.slice(0, 60)}"`, valueColumn);
        record.brdaTotal += 1;
        const taken = parts[3] !== '-' && Number(parts[3]) > 0;
        if (taken)
            record.brdaHit += 1;
        record.detail?.branch(`${parts[0]},${parts[1]},${parts[2]}`, taken ? 1 : 0, 1);
    }
    count(record, key, value, valueColumn) {
        if (!INTEGER.test(value))
            this.fail(`expected a count after ${key}:, got "${value.slice(0, 30)}"`, valueColumn);
        const count = Number(value);
        if (key === 'LF')
            record.lines.total = count;
        if (key === 'LH')
            record.lines.covered = count;
        if (key === 'BRF')
            record.branches.total = count;
        if (key === 'BRH')
            record.branches.covered = count;
        if (key === 'LF' || key === 'LH')
            record.hasLf = true;
        if (key === 'BRF' || key === 'BRH')
            record.hasBrf = true;
    }
    /** At the end of the file: a record left open means the file was cut short. */
    finish() {
        if (this.current) {
            this.lineNumber += 1;
            this.fail(`the record of "${this.current.file}" is not closed with end_of_record (the file looks truncated)`);
        }
        if (this.records === 0)
            throw new ReportError('no SF:/end_of_record records: not an lcov tracefile', {
                file: this.display,
                line: 1,
                column: 1,
            });
    }
}
/**
 * lcov tracefiles, one line at a time through readline over a stream: a 200 MB
 * file is read in a few MB of memory. LF/LH (BRF/BRH) are used when present,
 * else the DA (BRDA) lines are counted. The DA and BRDA lines of the files in
 * `wanted` are kept, to merge them with other reports of the same files.
 */
async function parseLcov(path, display, wanted) {
    const reader = new LcovReader(display, wanted);
    await eachLine(path, reader.line);
    reader.finish();
    const { lines, branches } = reader;
    return {
        report: display,
        format: 'lcov',
        lines,
        branches: branches.total > 0 ? branches : undefined,
        ...reader.collector.fields(),
        hasLineDetail: true,
    };
}

// EXTERNAL MODULE: ./node_modules/saxes/saxes.js
var saxes = __webpack_require__(9800);
;// CONCATENATED MODULE: ./packages/gates/src/parse/xml-stream.ts



/**
 * Reads an XML file through a SAX parser, chunk by chunk: memory stays flat
 * however many elements the file holds. A well-formedness error (or one a
 * handler raises) becomes a ReportError with the file, line and column.
 */
async function streamXml(path, display, handlers) {
    const parser = new saxes/* SaxesParser */.wT({ xmlns: false, position: true });
    if (handlers.open)
        parser.on('opentag', (tag) => handlers.open(tag, parser));
    if (handlers.close)
        parser.on('closetag', (tag) => handlers.close(tag.name));
    if (handlers.text) {
        parser.on('text', handlers.text);
        parser.on('cdata', handlers.text);
    }
    const fail = (thrown) => {
        if (thrown instanceof ReportError)
            throw thrown;
        const raw = thrown instanceof Error ? thrown.message : String(thrown);
        // saxes prefixes its messages with "line:column: "; the position is reported separately.
        const message = raw.replace(/^(undefined:)?\d+:\d+: /, '');
        throw new ReportError(message, { file: display, line: parser.line, column: parser.column + 1 });
    };
    const stream = (0,external_node_fs_.createReadStream)(path, { encoding: 'utf8', highWaterMark: 256 * 1024 });
    let empty = true;
    for await (const chunk of stream) {
        if (empty && chunk.trim())
            empty = false;
        try {
            parser.write(chunk);
        }
        catch (thrown) {
            stream.destroy();
            fail(thrown);
        }
    }
    if (empty)
        throw new ReportError('the file is empty', { file: display, line: 1, column: 1 });
    try {
        parser.close();
    }
    catch (thrown) {
        fail(thrown);
    }
}
function numberAttribute(tag, name) {
    const raw = tag.attributes[name];
    if (raw === undefined || raw.trim() === '')
        return undefined;
    const value = Number(raw);
    return Number.isFinite(value) ? value : undefined;
}

;// CONCATENATED MODULE: ./packages/gates/src/parse/xml-coverage.ts



const counter = (tag, total, covered) => ({
    total: numberAttribute(tag, total) ?? 0,
    covered: numberAttribute(tag, covered) ?? 0,
});
/** A `<coverage>` report read element by element: the root's totals, then Clover's or Cobertura's body. */
class XmlCoverageReader {
    display;
    format;
    sawRoot = false;
    rootLines;
    rootBranches;
    rootRates = {};
    cloverLines;
    cloverBranches;
    counted = { total: 0, covered: 0 };
    countedBranches = { total: 0, covered: 0 };
    collector;
    stack = [];
    classFile;
    cloverFile;
    constructor(display, wanted) {
        this.display = display;
        this.collector = new FileCollector(wanted);
    }
    open(tag, parser) {
        const parent = this.stack[this.stack.length - 1];
        this.stack.push(tag.name);
        const depth = this.stack.length;
        if (depth === 1)
            return this.root(tag, parser);
        if (depth === 2 && (tag.name === 'project' || tag.name === 'testproject'))
            this.format = 'clover';
        if (depth === 2 && (tag.name === 'packages' || tag.name === 'sources'))
            this.format ??= 'cobertura';
        if (this.format === 'clover')
            this.cloverElement(tag, parent, depth);
        else
            this.coberturaElement(tag, parent);
    }
    close(name) {
        this.stack.pop();
        if (name === 'class' && this.classFile) {
            this.collector.add(this.classFile.name, this.classFile.lines, this.classFile.branches);
            this.classFile = undefined;
        }
        if (name === 'file')
            this.cloverFile = undefined;
    }
    /** Cobertura's totals sit on the root (older writers give only `line-rate`); Clover's root says `clover=`. */
    root(tag, parser) {
        this.sawRoot = true;
        if (tag.name !== 'coverage') {
            throw new ReportError(`expected a <coverage> root (Cobertura or Clover), got <${tag.name}>`, {
                file: this.display,
                line: parser.line,
                column: parser.column,
            });
        }
        this.format = tag.attributes['clover'] !== undefined ? 'clover' : undefined;
        const valid = numberAttribute(tag, 'lines-valid');
        const covered = numberAttribute(tag, 'lines-covered');
        if (valid !== undefined && covered !== undefined)
            this.rootLines = { total: valid, covered };
        const bValid = numberAttribute(tag, 'branches-valid');
        const bCovered = numberAttribute(tag, 'branches-covered');
        if (bValid !== undefined && bCovered !== undefined)
            this.rootBranches = { total: bValid, covered: bCovered };
        this.rootRates = { line: numberAttribute(tag, 'line-rate'), branch: numberAttribute(tag, 'branch-rate') };
        if (this.rootRates.line !== undefined)
            this.format = 'cobertura';
    }
    /** Clover: `<project><metrics>` for the totals, `<file><metrics>` and `<line>`s per file. */
    cloverElement(tag, parent, depth) {
        if (tag.name === 'metrics' && parent === 'project' && depth === 3) {
            this.cloverLines = counter(tag, 'statements', 'coveredstatements');
            if (numberAttribute(tag, 'conditionals') !== undefined)
                this.cloverBranches = counter(tag, 'conditionals', 'coveredconditionals');
        }
        if (tag.name === 'file') {
            const name = tag.attributes['path'] ?? tag.attributes['name'] ?? '?';
            this.cloverFile = { name, detail: this.collector.detailOf(name) };
        }
        if (tag.name === 'metrics' && parent === 'file' && this.cloverFile) {
            this.collector.add(this.cloverFile.name, counter(tag, 'statements', 'coveredstatements'), counter(tag, 'conditionals', 'coveredconditionals'));
        }
        // Istanbul's Clover writer lists each measured line once (its "statements" are these lines);
        // a `cond` line counts its branches taken (truecount) and not (falsecount), without saying
        // which: merged, the best report per line counts, as for Cobertura.
        const detail = this.cloverFile?.detail;
        const number = numberAttribute(tag, 'num');
        if (tag.name !== 'line' || parent !== 'file' || !detail || number === undefined)
            return;
        detail.line(number, (numberAttribute(tag, 'count') ?? 0) > 0);
        if (tag.attributes['type'] === 'cond') {
            const covered = numberAttribute(tag, 'truecount') ?? 0;
            detail.branch(String(number), covered, covered + (numberAttribute(tag, 'falsecount') ?? 0));
        }
    }
    /** Cobertura: a `<class>` per file, its `<lines><line hits= branch= condition-coverage=>`. */
    coberturaElement(tag, parent) {
        if (tag.name === 'class') {
            const name = tag.attributes['filename'] ?? tag.attributes['name'] ?? '?';
            this.classFile = {
                name,
                lines: { total: 0, covered: 0 },
                branches: { total: 0, covered: 0 },
                detail: this.collector.detailOf(name),
            };
        }
        // Lines under <methods> repeat the class's own <lines>: count only the class level.
        const classFile = this.classFile;
        if (tag.name !== 'line' ||
            parent !== 'lines' ||
            this.stack[this.stack.length - 3] !== 'class' ||
            !classFile)
            return;
        const hit = (numberAttribute(tag, 'hits') ?? 0) > 0;
        classFile.lines.total += 1;
        if (hit)
            classFile.lines.covered += 1;
        this.counted.total += 1;
        if (hit)
            this.counted.covered += 1;
        const number = numberAttribute(tag, 'number');
        if (number !== undefined)
            classFile.detail?.line(number, hit);
        const condition = /\((\d+)\/(\d+)\)/.exec(tag.attributes['condition-coverage'] ?? '');
        if (tag.attributes['branch'] !== 'true' || !condition)
            return;
        const covered = Number(condition[1]);
        const total = Number(condition[2]);
        this.countedBranches.covered += covered;
        this.countedBranches.total += total;
        classFile.branches.covered += covered;
        classFile.branches.total += total;
        // Cobertura counts a line's conditions without saying which: merged, the best report per line counts.
        if (number !== undefined)
            classFile.detail?.branch(String(number), covered, total);
    }
}
function problem(message, display) {
    return new ReportError(message, { file: display, line: 1, column: 1 });
}
function cloverTotals(reader, display) {
    if (!reader.cloverLines)
        throw problem('Clover report without <project><metrics>: no totals to read', display);
    return {
        report: display,
        format: 'clover',
        lines: reader.cloverLines,
        branches: reader.cloverBranches,
        ...reader.collector.fields(),
        hasLineDetail: true,
    };
}
/** The root's counts, else the counted `<line>`s, else the root's rates. */
function coberturaTotals(reader, display) {
    const { counted, countedBranches, rootRates } = reader;
    const lines = reader.rootLines ?? (counted.total > 0 ? counted : undefined);
    const branches = reader.rootBranches ?? (countedBranches.total > 0 ? countedBranches : undefined);
    if (!lines && rootRates.line === undefined) {
        throw problem('Cobertura report without lines-valid/lines-covered, line-rate or <line> elements', display);
    }
    return {
        report: display,
        format: 'cobertura',
        lines: lines ?? { total: 0, covered: 0 },
        branches,
        linesPct: lines ? undefined : rootRates.line * 100,
        branchesPct: branches || rootRates.branch === undefined ? undefined : rootRates.branch * 100,
        ...reader.collector.fields(),
        hasLineDetail: true,
    };
}
/**
 * Cobertura and Clover both use a `<coverage>` root. Cobertura carries its totals
 * on the root (`lines-valid`, `lines-covered`, `branches-valid`, …; older writers
 * only `line-rate`), Clover on `<project><metrics statements= coveredstatements= …>`.
 * When Cobertura's root has no counts, the class-level `<line>` elements are counted.
 * Per file: Cobertura's class `<line>`s, Clover's `<file><metrics>` and `<line>`s;
 * the lines of the files in `wanted` are kept, to merge them with other reports.
 */
async function parseXmlCoverage(path, display, wanted) {
    const reader = new XmlCoverageReader(display, wanted);
    await streamXml(path, display, {
        open: (tag, parser) => reader.open(tag, parser),
        close: (name) => reader.close(name),
    });
    if (!reader.sawRoot)
        throw problem('no root element', display);
    return reader.format === 'clover' ? cloverTotals(reader, display) : coberturaTotals(reader, display);
}

;// CONCATENATED MODULE: ./packages/gates/src/parse/json-stream.ts


const NUMBER = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?$/;
// JSON forbids raw control characters inside strings: the run stops at them so they can be reported.
// eslint-disable-next-line no-control-regex
const STRING_RUN = /[^"\\\u0000-\u001f]+/y;
const ESCAPES = {
    '"': '"',
    '\\': '\\',
    '/': '/',
    b: '\b',
    f: '\f',
    n: '\n',
    r: '\r',
    t: '\t',
};
function matches(pattern, path) {
    if (pattern.length !== path.length)
        return false;
    for (let i = 0; i < pattern.length; i += 1) {
        if (pattern[i] !== '*' && pattern[i] !== String(path[i]))
            return false;
    }
    return true;
}
class JsonStreamParser {
    display;
    options;
    state = 'value';
    frames = [];
    path = [];
    root;
    hasRoot = false;
    line = 1;
    column = 1;
    buffer = '';
    stringIsKey = false;
    unicode = '';
    pending = { mode: 'keep' };
    constructor(display, options = {}) {
        this.display = display;
        this.options = options;
    }
    fail(message) {
        throw new ReportError(message, { file: this.display, line: this.line, column: this.column });
    }
    /** Decides, as a value starts, whether it is kept, captured or dropped. */
    modeHere() {
        const parent = this.frames[this.frames.length - 1];
        if (parent?.mode === 'discard')
            return { mode: 'discard' };
        // Captures win over skips, so `capture: total, skip: *` keeps only `total`.
        const insideCapture = this.frames.some((frame) => frame.mode === 'capture');
        if (!insideCapture) {
            const capture = this.options.capture?.find((c) => matches(c.path, this.path));
            if (capture)
                return { mode: 'capture', capture };
        }
        if (this.options.skip?.some((pattern) => matches(pattern, this.path)))
            return { mode: 'discard' };
        return { mode: 'keep' };
    }
    emit(value, mode, capture) {
        if (mode === 'capture')
            capture.onValue(value, [...this.path]);
        else if (mode === 'keep') {
            const parent = this.frames[this.frames.length - 1];
            if (!parent) {
                this.root = value;
                this.hasRoot = true;
            }
            else if (parent.mode !== 'discard' && parent.value) {
                if (parent.kind === 'array')
                    parent.value.push(value);
                else
                    parent.value[parent.key] = value;
            }
        }
        const parent = this.frames[this.frames.length - 1];
        if (parent?.kind === 'array')
            parent.index += 1;
        this.state = this.frames.length > 0 ? 'after' : 'done';
        if (this.frames.length === 0)
            this.hasRoot = true;
    }
    open(kind) {
        const { mode, capture } = this.modeHere();
        const value = mode === 'discard' ? undefined : kind === 'object' ? {} : [];
        this.frames.push({ kind, value, mode, capture, index: 0 });
        if (kind === 'array')
            this.path.push(0);
        else
            this.path.push('');
        this.state = kind === 'object' ? 'first-key' : 'value';
    }
    close(kind) {
        const frame = this.frames[this.frames.length - 1];
        if (!frame || frame.kind !== kind)
            this.fail(`unexpected "${kind === 'object' ? '}' : ']'}"`);
        this.frames.pop();
        this.path.pop();
        this.emit(frame.value, frame.mode, frame.capture);
    }
    startValue() {
        const frame = this.frames[this.frames.length - 1];
        if (frame?.kind === 'array')
            this.path[this.path.length - 1] = frame.index;
        this.pending = this.modeHere();
    }
    finishScalar(value) {
        this.emit(value, this.pending.mode, this.pending.capture);
    }
    endToken() {
        const text = this.buffer;
        this.buffer = '';
        if (this.state === 'number') {
            if (!NUMBER.test(text))
                this.fail(`invalid number "${text.slice(0, 30)}"`);
            this.finishScalar(Number(text));
        }
        else {
            if (text === 'true')
                this.finishScalar(true);
            else if (text === 'false')
                this.finishScalar(false);
            else if (text === 'null')
                this.finishScalar(null);
            else
                this.fail(`unexpected "${text.slice(0, 30)}"`);
        }
    }
    write(chunk) {
        let i = 0;
        while (i < chunk.length) {
            const state = this.state;
            if (state === 'string')
                i = this.stringRun(chunk, i);
            else if (state === 'escape' || state === 'unicode')
                i = this.escaped(chunk[i], i);
            else if (state === 'number' || state === 'literal')
                i = this.tokenChar(chunk[i], i);
            else
                i = this.structural(chunk[i], i);
        }
    }
    /** Inside a string: a run of plain characters at once, then the closing quote or an escape. */
    stringRun(chunk, i) {
        STRING_RUN.lastIndex = i;
        if (STRING_RUN.test(chunk)) {
            const end = STRING_RUN.lastIndex;
            this.buffer += chunk.slice(i, end);
            this.column += end - i;
            return end;
        }
        const code = chunk.charCodeAt(i);
        if (code !== 34 && code !== 92)
            this.fail('control character inside a string (a line break must be written as \\n)');
        this.column += 1;
        if (code === 34)
            this.endString();
        else
            this.state = 'escape';
        return i + 1;
    }
    /** A finished string is a property name (then a colon follows) or a value. */
    endString() {
        const text = this.buffer;
        this.buffer = '';
        if (!this.stringIsKey)
            return this.finishScalar(text);
        this.frames[this.frames.length - 1].key = text;
        this.path[this.path.length - 1] = text;
        this.state = 'colon';
    }
    /** The character after a backslash, or one of the four hex digits of `\\u`. */
    escaped(char, i) {
        if (this.state === 'unicode') {
            if (!/[0-9a-fA-F]/.test(char))
                this.fail(`invalid \\u escape in a string`);
            this.unicode += char;
            if (this.unicode.length === 4) {
                this.buffer += String.fromCharCode(parseInt(this.unicode, 16));
                this.state = 'string';
            }
        }
        else if (char === 'u') {
            this.state = 'unicode';
            this.unicode = '';
        }
        else if (ESCAPES[char] !== undefined) {
            this.buffer += ESCAPES[char];
            this.state = 'string';
        }
        else
            this.fail(`invalid escape "\\${char}" in a string`);
        this.column += 1;
        return i + 1;
    }
    /** Inside a number or a literal (true, false, null): the first other character ends it. */
    tokenChar(char, i) {
        const more = this.state === 'number' ? /[-+0-9.eE]/.test(char) : /[a-zA-Z]/.test(char);
        if (!more) {
            this.endToken();
            return i; // the character that ended the token is read again in the new state
        }
        this.buffer += char;
        this.column += 1;
        return i + 1;
    }
    /** Between tokens: white space, a byte order mark at the very start, or punctuation. */
    structural(char, i) {
        if (char === '\n') {
            this.line += 1;
            this.column = 1;
            return i + 1;
        }
        if (char === ' ' || char === '\t' || char === '\r') {
            this.column += 1;
            return i + 1;
        }
        if (i === 0 && this.line === 1 && this.column === 1 && char === '\ufeff')
            return i + 1;
        this.punctuation(char);
        this.column += 1;
        return i + 1;
    }
    punctuation(char) {
        const state = this.state;
        if (state === 'value')
            this.valueStart(char);
        else if (state === 'first-key' || state === 'key') {
            if (char === '"') {
                this.stringIsKey = true;
                this.state = 'string';
            }
            else if (char === '}' && state === 'first-key')
                this.close('object');
            else
                this.fail(`unexpected "${char}", expected a property name in double quotes`);
        }
        else if (state === 'colon') {
            if (char !== ':')
                this.fail(`unexpected "${char}", expected ":"`);
            this.state = 'value';
        }
        else if (state === 'after') {
            const frame = this.frames[this.frames.length - 1];
            if (char === ',')
                this.state = frame.kind === 'object' ? 'key' : 'value';
            else if (char === '}' && frame.kind === 'object')
                this.close('object');
            else if (char === ']' && frame.kind === 'array')
                this.close('array');
            else
                this.fail(`unexpected "${char}", expected "," or "${frame.kind === 'object' ? '}' : ']'}"`);
        }
        else if (state === 'done')
            this.fail(`unexpected "${char}" after the end of the JSON value`);
    }
    /** The first character of a value says what it is; `]` right after `[` closes an empty array. */
    valueStart(char) {
        const frame = this.frames[this.frames.length - 1];
        if (char === ']' && frame?.kind === 'array' && frame.index === 0)
            return this.close('array');
        this.startValue();
        if (char === '{')
            this.open('object');
        else if (char === '[')
            this.open('array');
        else if (char === '"') {
            this.stringIsKey = false;
            this.state = 'string';
        }
        else if (char === '-' || (char >= '0' && char <= '9')) {
            this.state = 'number';
            this.buffer = char;
        }
        else if (char >= 'a' && char <= 'z') {
            this.state = 'literal';
            this.buffer = char;
        }
        else
            this.fail(`unexpected "${char}", expected a value`);
    }
    end() {
        if (this.state === 'number' || this.state === 'literal')
            this.endToken();
        if (this.state !== 'done') {
            this.fail(this.hasRoot || this.frames.length > 0
                ? 'unexpected end of file (the JSON is truncated)'
                : 'the file is empty');
        }
        return this.root;
    }
}
/** Parses a JSON file as a stream; see JsonStreamParser. */
async function parseJsonFile(path, display, options = {}) {
    const parser = new JsonStreamParser(display, options);
    const stream = (0,external_node_fs_.createReadStream)(path, { encoding: 'utf8', highWaterMark: 256 * 1024 });
    try {
        for await (const chunk of stream)
            parser.write(chunk);
    }
    finally {
        stream.destroy();
    }
    return parser.end();
}
/** JSON.parse for small texts, with the line and column of a syntax error. */
function parseJsonText(text, display) {
    const parser = new JsonStreamParser(display);
    parser.write(text);
    return parser.end();
}

;// CONCATENATED MODULE: ./packages/gates/src/parse/istanbul.ts



function istanbul_counter(value) {
    if (!value || typeof value !== 'object')
        return undefined;
    const { total, covered } = value;
    return typeof total === 'number' && typeof covered === 'number' ? { total, covered } : undefined;
}
function isIstanbulFile(value) {
    return typeof value['statementMap'] === 'object' && typeof value['s'] === 'object';
}
/**
 * One file of Istanbul's `coverage-final.json`, reduced as Istanbul reduces it:
 * a line's count is the largest count of the statements that start on it; every
 * entry of `b` is one branch.
 */
function istanbulFileDetail(entry) {
    const detail = new LineDetail();
    for (const [id, statement] of Object.entries(entry.statementMap ?? {})) {
        const line = statement?.start?.line;
        if (typeof line !== 'number')
            continue;
        detail.line(line, Number(entry.s[id] ?? 0) > 0);
    }
    for (const [id, counts] of Object.entries(entry.b ?? {})) {
        if (!Array.isArray(counts))
            continue;
        counts.forEach((count, index) => detail.branch(`${id}:${index}`, Number(count) > 0 ? 1 : 0, 1));
    }
    return detail;
}
/** One top-level entry: a coverage-final file, the summary's total or one of its files, or a percentage. */
function readEntry(read, key, value) {
    if (!value || typeof value !== 'object') {
        read.percentages[key] = value;
        return;
    }
    const entry = value;
    if (isIstanbulFile(entry)) {
        const detail = istanbulFileDetail(entry);
        const totals = detail.totals();
        read.finals.add(key, totals.lines, totals.branches);
        read.finals.detailOf(key)?.absorb(detail);
    }
    else if (key === 'total') {
        read.total = { lines: istanbul_counter(entry['lines']), branches: istanbul_counter(entry['branches']) };
    }
    else {
        const lines = istanbul_counter(entry['lines']);
        if (lines)
            read.summaries.add(key, lines, istanbul_counter(entry['branches']));
    }
}
function finalTotals(finals, display) {
    const lines = { total: 0, covered: 0 };
    const branches = { total: 0, covered: 0 };
    for (const file of finals.files.values()) {
        lines.total += file.lines.total;
        lines.covered += file.lines.covered;
        branches.total += file.branches.total;
        branches.covered += file.branches.covered;
    }
    return {
        report: display,
        format: 'istanbul',
        lines,
        branches: branches.total > 0 ? branches : undefined,
        ...finals.fields(),
        hasLineDetail: true,
    };
}
function summaryTotals(read, lines, display) {
    const branches = read.total?.branches;
    return {
        report: display,
        format: 'istanbul-summary',
        lines,
        branches: branches && branches.total > 0 ? branches : undefined,
        ...read.summaries.fields(),
        hasLineDetail: false,
    };
}
function percentageTotals(linesPct, branches, display) {
    return {
        report: display,
        format: 'percentages',
        lines: { total: 0, covered: 0 },
        linesPct,
        branchesPct: typeof branches === 'number' ? branches : undefined,
        files: new Map(),
        repeated: new Set(),
        detail: new Map(),
        hasLineDetail: false,
    };
}
/**
 * Istanbul's JSON reports, read as a stream one file entry at a time:
 * `coverage-final.json` (per statement and branch, which merges line by line, as
 * `nyc merge` does), `coverage-summary.json` (`{ total: { lines, branches, … },
 * "<file>": … }`, totals only), and a plain baseline of percentages,
 * `{ "lines": 81.5, "branches": 70 }`.
 */
async function parseJsonCoverage(path, display, wanted) {
    const read = {
        summaries: new FileCollector(),
        finals: new FileCollector(wanted),
        percentages: {},
    };
    await parseJsonFile(path, display, {
        capture: [{ path: ['*'], onValue: (value, at) => readEntry(read, String(at[0]), value) }],
    });
    if (read.finals.files.size > 0)
        return finalTotals(read.finals, display);
    if (read.total?.lines)
        return summaryTotals(read, read.total.lines, display);
    const linesPct = read.percentages['lines'];
    if (typeof linesPct === 'number')
        return percentageTotals(linesPct, read.percentages['branches'], display);
    throw new ReportError('expected Istanbul coverage-final.json, coverage-summary.json ("total.lines.total/covered") or { "lines": <percent> }', {
        file: display,
        line: 1,
        column: 1,
    });
}

;// CONCATENATED MODULE: ./packages/gates/src/parse/coverage.ts







async function firstText(path) {
    const handle = await (0,promises_.open)(path, 'r');
    try {
        const buffer = Buffer.alloc(512);
        const { bytesRead } = await handle.read(buffer, 0, 512, 0);
        return buffer
            .subarray(0, bytesRead)
            .toString('utf8')
            .replace(/^\ufeff/, '')
            .trimStart();
    }
    finally {
        await handle.close();
    }
}
/** Any supported coverage report, by extension first and by its first bytes otherwise. */
async function parseCoverageReport(path, display, wanted) {
    const extension = (0,external_node_path_.extname)(path).toLowerCase();
    if (extension === '.info' || extension === '.lcov')
        return parseLcov(path, display, wanted);
    if (extension === '.xml')
        return parseXmlCoverage(path, display, wanted);
    if (extension === '.json')
        return parseJsonCoverage(path, display, wanted);
    const head = await firstText(path);
    if (head.startsWith('<'))
        return parseXmlCoverage(path, display, wanted);
    if (head.startsWith('{'))
        return parseJsonCoverage(path, display, wanted);
    if (/^(TN|SF|VER):/.test(head))
        return parseLcov(path, display, wanted);
    throw new ReportError('not a coverage report this action reads (lcov, Cobertura, Clover, coverage-final.json, coverage-summary.json)', {
        file: display,
        line: 1,
        column: 1,
    });
}
/**
 * Percentages from counts, with reports that only give a rate (old Cobertura, a
 * percentages baseline) averaged in unweighted: they carry nothing to count with.
 */
function coverageFigures(reports, lines, branches) {
    const counted = reports.filter((r) => r.linesPct === undefined).length;
    const rates = reports.filter((r) => r.linesPct !== undefined).map((r) => r.linesPct);
    const sum = (values) => values.reduce((a, b) => a + b, 0);
    const linesPct = rates.length === 0
        ? percent(lines.covered, lines.total)
        : counted === 0
            ? sum(rates) / rates.length
            : (percent(lines.covered, lines.total) * counted + sum(rates)) / reports.length;
    const branchRates = reports
        .filter((r) => !r.branches && r.branchesPct !== undefined)
        .map((r) => r.branchesPct);
    let branchesPct = branches ? percent(branches.covered, branches.total) : undefined;
    if (branchRates.length > 0) {
        const all = branchesPct === undefined ? branchRates : [branchesPct, ...branchRates];
        branchesPct = sum(all) / all.length;
    }
    return { linesPct, branchesPct, lines, branches };
}
/** One report's own figures, before any merging. */
function reportFigures(report) {
    return coverageFigures([report], { ...report.lines }, report.branches && { ...report.branches });
}

;// CONCATENATED MODULE: ./packages/gates/src/parse/coverage-merge.ts



const WORST_FILES = 5;
/** One name per source file, however each format writes it: workspace-relative, `/`-separated, no `./`. */
function sourceKey(workspace, name) {
    const slashed = name.replace(/\\/g, '/').replace(/^file:\/\//, '');
    if ((0,external_node_path_.isAbsolute)(slashed)) {
        const rel = (0,external_node_path_.relative)(workspace, slashed);
        if (!rel.startsWith('..') && !(0,external_node_path_.isAbsolute)(rel))
            return rel.split(external_node_path_.sep).join('/');
        return slashed;
    }
    return slashed.replace(/^(\.\/)+/, '');
}
function ratio(counter) {
    return counter.total === 0 ? 1 : counter.covered / counter.total;
}
async function mergeCoverage(reports, workspace, reparse) {
    const byFile = new Map();
    reports.forEach((report, index) => {
        for (const name of report.files.keys()) {
            const key = sourceKey(workspace, name);
            const list = byFile.get(key);
            if (list)
                list.push({ report: index, name });
            else
                byFile.set(key, [{ report: index, name }]);
        }
    });
    const overlapping = [...byFile.entries()].filter(([, list]) => list.length > 1 || list.some((c) => reports[c.report].repeated.has(c.name)));
    // Second read, per-line facts of the overlapping files only.
    const wanted = new Map();
    for (const [, list] of overlapping) {
        for (const c of list) {
            if (!reports[c.report].hasLineDetail)
                continue;
            const set = wanted.get(c.report) ?? new Set();
            set.add(c.name);
            wanted.set(c.report, set);
        }
    }
    const details = new Map();
    for (const [index, names] of wanted)
        details.set(index, (await reparse(reports[index], names)).detail);
    const lines = { total: 0, covered: 0 };
    const branches = { total: 0, covered: 0 };
    for (const report of reports) {
        addCounter(lines, report.lines);
        if (report.branches)
            addCounter(branches, report.branches);
    }
    const merged = new Map();
    const approximated = [];
    for (const [key, list] of overlapping) {
        // Out with what each report counted for the file, in with the union.
        for (const c of list) {
            const own = reports[c.report].files.get(c.name);
            subtract(lines, own.lines);
            if (reports[c.report].branches)
                subtract(branches, own.branches);
        }
        const union = new LineDetail();
        const without = [];
        for (const c of list) {
            const detail = details.get(c.report)?.get(c.name);
            const own = reports[c.report].files.get(c.name);
            // A record with totals but no lines (an lcov record of LF/LH only) has nothing to merge with.
            if (detail && (detail.lines.size > 0 || own.lines.total === 0))
                union.absorb(detail);
            else
                without.push(own);
        }
        let totals = union.totals();
        if (without.length > 0) {
            approximated.push({ file: key, reports: list.map((c) => reports[c.report].report) });
            for (const own of without)
                if (own.lines.covered > totals.lines.covered)
                    totals = own;
        }
        addCounter(lines, totals.lines);
        if (reports.some((r) => r.branches))
            addCounter(branches, totals.branches);
        merged.set(key, { totals, reports: new Set(list.map((c) => c.report)).size });
    }
    const figures = coverageFigures(reports, lines, reports.some((r) => r.branches) ? branches : undefined);
    return {
        ...figures,
        mergedFiles: overlapping.length,
        approximated,
        worst: worstFiles(reports, byFile, merged, workspace),
    };
}
function subtract(from, what) {
    from.total -= what.total;
    from.covered -= what.covered;
}
function worstFiles(reports, byFile, merged, workspace) {
    const worst = [];
    for (const [key, list] of byFile) {
        const lines = merged.get(key)?.totals.lines ?? reports[list[0].report].files.get(list[0].name).lines;
        if (lines.total === 0)
            continue;
        const last = worst[worst.length - 1];
        if (worst.length >= WORST_FILES && last && ratio(lines) >= ratio(last.lines))
            continue;
        worst.push({ file: sourceKey(workspace, key), lines, reports: merged.get(key)?.reports ?? 1 });
        worst.sort((a, b) => ratio(a.lines) - ratio(b.lines));
        if (worst.length > WORST_FILES)
            worst.pop();
    }
    return worst;
}

;// CONCATENATED MODULE: ./packages/gates/src/gates/coverage.ts







async function readBaseline(path, context) {
    const files = await findFiles(context.workspace, [path]);
    if (files.length === 0)
        return { message: `coverage baseline "${path}" not found` };
    try {
        return reportFigures(await parseCoverageReport(files[0].path, files[0].display));
    }
    catch (thrown) {
        if (thrown instanceof ReportError)
            return { message: `malformed coverage baseline: ${thrown.message}`, ...thrown.location };
        throw thrown;
    }
}
function sourcePath(file, context) {
    return (0,external_node_path_.isAbsolute)(file) ? displayPath(context.workspace, file) : file.replace(/^\.\//, '');
}
/** Each report's own line figure, for the summary: `shard-1/lcov.info 83.33%`. */
function perReport(reports) {
    return reports.map((r) => `${r.report} ${formatPercent(reportFigures(r).linesPct)}`).join(', ');
}
function mergedFrom(reports, figures) {
    if (reports.length === 1)
        return '';
    const how = figures.mergedFiles > 0 ? `merged line by line over ${figures.mergedFiles} shared file(s)` : 'summed';
    return ` (${reports.length} reports, ${how}: ${perReport(reports)})`;
}
function fail(found, message, where) {
    found.reasons.push(message);
    found.evidence.push({ message, ...where });
}
function thresholdText(settings) {
    const thresholds = [`lines ≥ ${settings.coverageThreshold}%`];
    if (settings.branchCoverageThreshold !== undefined)
        thresholds.push(`branches ≥ ${settings.branchCoverageThreshold}%`);
    if (settings.coverageBaseline)
        thresholds.push(`drop ≤ ${settings.coverageMaxDrop} points`);
    return thresholds.join(', ');
}
/** Reports whose files could only be counted at a report's figure, not merged line by line. */
function noteApproximations(figures, evidence) {
    for (const { file, reports: from } of figures.approximated.slice(0, 5)) {
        evidence.push({
            message: `${file} is in ${from.join(', ')}, and a report without per-line data (coverage-summary.json) cannot be merged line by line: it counts at its best report's figure. Merge lcov, Cobertura, Clover or coverage-final.json reports instead.`,
            file: from[0],
        });
    }
}
function checkThresholds(settings, figures, where, found) {
    if (figures.linesPct < settings.coverageThreshold) {
        fail(found, `line coverage ${formatPercent(figures.linesPct)} is below ${settings.coverageThreshold}%`, where);
    }
    const branchThreshold = settings.branchCoverageThreshold;
    if (branchThreshold === undefined)
        return;
    if (figures.branchesPct === undefined) {
        fail(found, 'a branch threshold is set but the reports have no branch data', where);
    }
    else if (figures.branchesPct < branchThreshold) {
        fail(found, `branch coverage ${formatPercent(figures.branchesPct)} is below ${branchThreshold}%`, where);
    }
}
/** With a baseline, how far line coverage may drop; the baseline read, when it could be. */
async function checkBaseline(settings, context, figures, where, found) {
    if (!settings.coverageBaseline)
        return undefined;
    const read = await readBaseline(settings.coverageBaseline, context);
    if ('message' in read) {
        found.reasons.push(read.message);
        found.evidence.push(read);
        return undefined;
    }
    const drop = read.linesPct - figures.linesPct;
    if (drop > settings.coverageMaxDrop + 1e-9) {
        fail(found, `line coverage dropped ${drop.toFixed(2)} points (${formatPercent(read.linesPct)} → ${formatPercent(figures.linesPct)}), more than ${settings.coverageMaxDrop} allowed`, where);
    }
    return read;
}
/** The least covered files are where the work is. */
function pointAtWorstFiles(figures, context, evidence) {
    for (const file of figures.worst) {
        evidence.push({
            message: `low coverage: ${formatPercent((file.lines.covered / file.lines.total) * 100)} of ${file.lines.total} lines${file.reports > 1 ? ` (merged from ${file.reports} reports)` : ''}`,
            file: sourcePath(file.file, context),
        });
    }
}
function coverageData(reports, figures, baseline) {
    return {
        reports: reports.map((r) => {
            const own = reportFigures(r);
            return {
                file: r.report,
                format: r.format,
                lines: Number(own.linesPct.toFixed(4)),
                ...(own.branchesPct === undefined ? {} : { branches: Number(own.branchesPct.toFixed(4)) }),
            };
        }),
        mergedFiles: figures.mergedFiles,
        lines: { ...figures.lines, pct: Number(figures.linesPct.toFixed(4)) },
        branches: figures.branchesPct === undefined
            ? undefined
            : { ...figures.branches, pct: Number(figures.branchesPct.toFixed(4)) },
        baseline: baseline ? { lines: baseline.linesPct, branches: baseline.branchesPct } : undefined,
    };
}
/** Every readable report, merged: a file several reports measured counts once, line by line. */
async function mergeReports(parsed, context) {
    const reports = parsed.map((p) => p.value);
    const paths = new Map(parsed.map((p) => [p.value, p.file]));
    const figures = await mergeCoverage(reports, context.workspace, (report, wanted) => {
        const file = paths.get(report);
        return parseCoverageReport(file.path, file.display, wanted);
    });
    return { reports, figures };
}
/**
 * coverage: lcov, Cobertura, Clover, Istanbul JSON or summaries, merged over every
 * report (a file several reports measured counts once, line by line);
 * lines (and branches when a threshold is set) at or above the threshold, and
 * with a baseline, no drop beyond `coverage-max-drop` points.
 */
async function coverageGate(settings, context) {
    const threshold = thresholdText(settings);
    const files = await findFiles(context.workspace, settings.coverageReports);
    if (files.length === 0) {
        const summary = missingReports('coverage reports', settings.coverageReports);
        return (0,types/* outcome */.bu)(false, { value: 'no reports', threshold, summary, evidence: [{ message: summary }] });
    }
    const { parsed, broken } = await readAll(files, (file) => parseCoverageReport(file.path, file.display));
    const found = { evidence: [...broken], reasons: broken.map((b) => b.message) };
    if (parsed.length === 0) {
        return (0,types/* outcome */.bu)(false, {
            value: 'unreadable',
            threshold,
            summary: found.reasons.join('; '),
            evidence: found.evidence,
        });
    }
    const { reports, figures } = await mergeReports(parsed, context);
    noteApproximations(figures, found.evidence);
    // A shortfall is annotated at the least covered source file, where the work is; the
    // report's first line only when no source file is known.
    const worstSource = figures.worst[0] ? sourcePath(figures.worst[0].file, context) : undefined;
    const where = worstSource ? { file: worstSource } : { file: reports[0].report, line: 1 };
    checkThresholds(settings, figures, where, found);
    const baseline = await checkBaseline(settings, context, figures, where, found);
    if (found.reasons.length > 0)
        pointAtWorstFiles(figures, context, found.evidence);
    const value = [`${formatPercent(figures.linesPct)} lines`];
    if (figures.branchesPct !== undefined)
        value.push(`${formatPercent(figures.branchesPct)} branches`);
    if (baseline)
        value.push(`baseline ${formatPercent(baseline.linesPct)}`);
    const passed = found.reasons.length === 0;
    return (0,types/* outcome */.bu)(passed, {
        value: value.join(', '),
        threshold,
        summary: `${passed ? `coverage meets ${threshold}` : found.reasons.join('; ')}${mergedFrom(reports, figures)}`,
        evidence: found.evidence,
        data: coverageData(reports, figures, baseline),
    });
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
;// CONCATENATED MODULE: ./packages/gates/src/gates/custom.ts




const TAIL_LINES = 20;
/** Runs one command the way a workflow `run:` step does (bash -e, else sh -e), keeping the last lines of output. */
function runCommand(command, cwd, timeoutMs, log) {
    const shell = (0,external_node_fs_.existsSync)('/bin/bash')
        ? ['/bin/bash', '--noprofile', '--norc', '-eo', 'pipefail', '-c']
        : ['/bin/sh', '-ec'];
    const started = performance.now();
    return new Promise((resolve) => {
        const child = (0,external_node_child_process_.spawn)(shell[0], [...shell.slice(1), command.run], {
            cwd,
            // The kit's child environment: the step's inputs (the token among them) stay out.
            env: childEnvironment(),
            stdio: ['ignore', 'pipe', 'pipe'],
            detached: true,
        });
        const tail = [];
        let partial = '';
        const take = (chunk) => {
            const lines = (partial + chunk.toString('utf8')).split(/\r?\n/);
            partial = lines.pop() ?? '';
            for (const line of lines) {
                log?.(`[${command.name}] ${line}`);
                tail.push(line);
                if (tail.length > TAIL_LINES)
                    tail.shift();
            }
        };
        child.stdout.on('data', take);
        child.stderr.on('data', take);
        let timedOut = false;
        const timer = setTimeout(() => {
            timedOut = true;
            // The whole process group: a command's own children go too.
            try {
                process.kill(-child.pid, 'SIGKILL');
            }
            catch {
                child.kill('SIGKILL');
            }
        }, timeoutMs);
        const finish = (exitCode, signal) => {
            clearTimeout(timer);
            if (partial) {
                log?.(`[${command.name}] ${partial}`);
                tail.push(partial);
                if (tail.length > TAIL_LINES)
                    tail.shift();
            }
            resolve({
                name: command.name,
                exitCode,
                signal,
                timedOut,
                durationMs: performance.now() - started,
                tail,
            });
        };
        child.on('error', (error) => {
            tail.push(error.message);
            finish(null);
        });
        child.on('close', (code, signal) => finish(code, signal ?? undefined));
    });
}
/** custom: each named command exits 0; they run one after another in the workspace. */
async function customGate(settings, context) {
    const results = [];
    for (const command of settings.customCommands) {
        results.push(await runCommand(command, context.workspace, settings.customTimeoutMs, context.log));
    }
    const failed = results.filter((r) => r.exitCode !== 0);
    const evidence = failed.map((r) => ({
        message: `${r.name}: ${r.timedOut ? `timed out after ${Math.round(settings.customTimeoutMs / 1000)}s` : r.exitCode === null ? `ended by ${r.signal ?? 'an error'}` : `exit code ${r.exitCode}`}${r.tail.length ? `\n${r.tail.slice(-5).join('\n')}` : ''}`,
    }));
    return (0,types/* outcome */.bu)(failed.length === 0, {
        value: `${results.length - failed.length}/${results.length} passed`,
        threshold: 'exit code 0',
        summary: failed.length === 0
            ? `${results.map((r) => r.name).join(', ')} passed`
            : `${failed.map((r) => `${r.name} (${r.timedOut ? 'timed out' : `exit ${r.exitCode ?? r.signal}`})`).join(', ')} failed`,
        evidence,
        data: {
            commands: results.map((r) => ({
                name: r.name,
                exitCode: r.exitCode,
                timedOut: r.timedOut,
                durationMs: Math.round(r.durationMs),
                outputTail: r.tail,
            })),
        },
    });
}

;// CONCATENATED MODULE: ./packages/gates/src/gates/docs.ts







/** The last release before this one, or a reason it cannot be known. */
async function lastRelease(settings, context) {
    if (!(await isGitRepository(context.workspace)))
        return { problem: `${context.workspace} is not a git checkout` };
    const previous = await previousReleaseTag(context.workspace, settings.tagPrefix, {
        exclude: releaseTag(settings),
        below: settings.version,
    });
    if (!previous && (await isShallow(context.workspace))) {
        return {
            problem: 'the checkout is shallow, so earlier release tags are not visible: check out with fetch-depth: 0',
        };
    }
    return previous;
}
/**
 * docs: each `docs-files` pattern matches a file changed since the last release
 * tag; for a new major version, a migration guide (`{major}` in its path is the
 * new major number) exists and is not empty.
 */
async function docsGate(settings, context) {
    const thresholds = [];
    if (settings.docsFiles.length > 0)
        thresholds.push(`changed: ${settings.docsFiles.join(', ')}`);
    const version = settings.version;
    if (version)
        thresholds.push('migration guide for a major');
    const threshold = thresholds.join('; ');
    const previous = await lastRelease(settings, context);
    if (previous && 'problem' in previous) {
        return (0,types/* outcome */.bu)(false, {
            value: 'unknown',
            threshold,
            summary: previous.problem,
            evidence: [{ message: previous.problem }],
        });
    }
    const evidence = [];
    const reasons = [];
    const values = [];
    if (settings.docsFiles.length > 0) {
        if (!previous)
            values.push('first release: every file is new');
        else {
            const changed = await changedSince(context.workspace, previous.tag);
            const stale = settings.docsFiles.filter((pattern) => !changed.some((file) => (0,esm/* minimatch */.xF)(file, pattern, { dot: true })));
            for (const pattern of stale) {
                reasons.push(`${pattern} not changed since ${previous.tag}`);
                evidence.push({ message: reasons[reasons.length - 1] });
            }
            values.push(`${settings.docsFiles.length - stale.length}/${settings.docsFiles.length} updated since ${previous.tag}`);
        }
    }
    const major = version ? semver_default().major(version) : undefined;
    const isNewMajor = major !== undefined &&
        major >= 1 &&
        !semver_default().prerelease(version) &&
        previous !== undefined &&
        semver_default().major(previous.version) < major;
    if (isNewMajor) {
        const patterns = settings.migrationGuide.map((p) => p.replaceAll('{major}', String(major)));
        const guides = await findFiles(context.workspace, patterns);
        const nonEmpty = [];
        for (const guide of guides)
            if ((await (0,promises_.readFile)(guide.path, 'utf8')).trim())
                nonEmpty.push(guide.display);
        if (nonEmpty.length === 0) {
            reasons.push(`${version} is a new major version but no migration guide was found (${patterns.join(', ')})`);
            evidence.push({ message: reasons[reasons.length - 1] });
            values.push('no migration guide');
        }
        else {
            values.push(`migration guide ${nonEmpty[0]}`);
            evidence.push({ message: `migration guide for ${major}.x`, file: nonEmpty[0], line: 1 });
        }
    }
    else if (version)
        values.push(`${version} is not a new major`);
    const passed = reasons.length === 0;
    return (0,types/* outcome */.bu)(passed, {
        value: values.join('; ') || 'nothing to check',
        threshold,
        summary: passed ? values.join('; ') || 'nothing to check' : reasons.join('; '),
        evidence,
        data: { previousRelease: previous?.tag, newMajor: isNewMajor },
    });
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./packages/gates/src/gates/flags.ts







const CONTAINERS = ['flags', 'features', 'featureFlags', 'feature_flags', 'feature-flags', 'toggles'];
const DEFAULT_KEYS = [
    'default',
    'defaultValue',
    'default_value',
    'enabled',
    'value',
    'on',
    'state',
    'status',
];
const OFF_WORDS = ['off', 'false', 'disabled', 'disable', 'no', '0', 'inactive'];
const ON_WORDS = ['on', 'true', 'enabled', 'enable', 'yes', '1', 'active'];
function isOn(value) {
    if (typeof value === 'boolean')
        return value;
    if (typeof value === 'number')
        return value !== 0;
    if (typeof value === 'string') {
        const word = value.trim().toLowerCase();
        if (OFF_WORDS.includes(word))
            return false;
        if (ON_WORDS.includes(word))
            return true;
        return undefined;
    }
    if (value && typeof value === 'object' && !Array.isArray(value)) {
        const record = value;
        const key = DEFAULT_KEYS.find((k) => k in record);
        return key === undefined ? undefined : isOn(record[key]);
    }
    return undefined;
}
/**
 * The flags in a JSON or YAML flags file: a mapping of name → boolean or
 * `{ default: … }` (also under a `flags:`/`features:` key), or a list of
 * `{ name|key|id, default|enabled|… }`. Lines are kept for annotations.
 */
function readFlags(text, display) {
    const lines = new dist.LineCounter();
    const doc = (0,dist.parseDocument)(text, { lineCounter: lines, prettyErrors: false });
    const problem = doc.errors[0];
    if (problem) {
        const at = lines.linePos(problem.pos[0]);
        throw new ReportError(problem.message.split('\n')[0], { file: display, line: at.line, column: at.col });
    }
    const lineOf = (node) => node?.range ? lines.linePos(node.range[0]).line : undefined;
    let container = doc.contents;
    if ((0,dist.isMap)(container)) {
        const wrapper = container.items.find((pair) => (0,dist.isScalar)(pair.key) && CONTAINERS.includes(String(pair.key.value)));
        if (wrapper && ((0,dist.isMap)(wrapper.value) || (0,dist.isSeq)(wrapper.value)))
            container = wrapper.value;
    }
    if ((0,dist.isMap)(container)) {
        return container.items.map((pair) => ({
            name: String((0,dist.isScalar)(pair.key) ? pair.key.value : pair.key),
            on: isOn(pair.value?.toJSON()),
            line: lineOf(pair.key),
        }));
    }
    if ((0,dist.isSeq)(container)) {
        return container.items.map((item, index) => {
            const value = item.toJSON();
            const name = ['name', 'key', 'id'].map((k) => value?.[k]).find((v) => typeof v === 'string');
            return { name: name ?? `#${index + 1}`, on: isOn(value), line: lineOf(item) };
        });
    }
    throw new ReportError('expected a mapping of flags (or a list of flag objects)', {
        file: display,
        line: 1,
        column: 1,
    });
}
/** flags: every flag added to the flags file since the last release tag defaults to off. */
async function flagsGate(settings, context) {
    const file = settings.flagsFile.replace(/^\.\//, '');
    const threshold = 'new flags default off';
    const read = await readWorkspaceText(context.workspace, file, `flags file ${file}`);
    if (!('text' in read)) {
        const summary = read.problem;
        return (0,types/* outcome */.bu)(false, { value: read.value, threshold, summary, evidence: [{ message: summary }] });
    }
    const text = read.text;
    let current;
    try {
        current = readFlags(text, file);
    }
    catch (thrown) {
        if (!(thrown instanceof ReportError))
            throw thrown;
        const summary = `malformed flags file: ${thrown.message}`;
        return (0,types/* outcome */.bu)(false, {
            value: 'unreadable',
            threshold,
            summary,
            evidence: [{ message: summary, ...thrown.location }],
        });
    }
    const previous = await lastRelease(settings, context);
    if (previous && 'problem' in previous) {
        return (0,types/* outcome */.bu)(false, {
            value: 'unknown',
            threshold,
            summary: previous.problem,
            evidence: [{ message: previous.problem }],
        });
    }
    let before = new Set();
    if (previous) {
        const old = await fileAt(context.workspace, previous.tag, file);
        if (old !== undefined) {
            try {
                before = new Set(readFlags(old, `${file}@${previous.tag}`).map((flag) => flag.name));
            }
            catch {
                // An unreadable old file means every flag counts as new: the stricter reading.
            }
        }
    }
    const added = current.filter((flag) => !before.has(flag.name));
    const offending = added.filter((flag) => flag.on !== false);
    const evidence = offending.slice(0, types/* EVIDENCE_LIMIT */.k5).map((flag) => ({
        message: flag.on === undefined
            ? `new flag "${flag.name}" has no default: give it one that is off`
            : `new flag "${flag.name}" defaults to on`,
        file,
        line: flag.line,
    }));
    const passed = offending.length === 0;
    const since = previous ? `since ${previous.tag}` : 'in the first release';
    return (0,types/* outcome */.bu)(passed, {
        value: `${plural(added.length, 'new flag')}, ${offending.length} not off`,
        threshold,
        summary: passed
            ? `${plural(added.length, 'flag')} added ${since}, all default off`
            : `${plural(offending.length, 'flag')} added ${since} ${offending.length === 1 ? 'does' : 'do'} not default to off: ${offending
                .map((f) => f.name)
                .join(', ')}`,
        evidence,
        data: {
            file,
            previousRelease: previous?.tag,
            added: added.map((f) => ({ name: f.name, on: f.on ?? null })),
        },
    });
}

// EXTERNAL MODULE: ./packages/gates/src/settings/freeze-windows.ts
var freeze_windows = __webpack_require__(3517);
// EXTERNAL MODULE: ./packages/gates/src/settings/zoned-time.ts
var zoned_time = __webpack_require__(7066);
;// CONCATENATED MODULE: ./packages/gates/src/gates/freeze.ts


/**
 * freeze: no release to a frozen environment inside a freeze window or on a
 * holiday. A non-empty `override-reason` lets it through as `overridden`, with
 * the reason and who gave it kept in the report.
 */
async function freezeGate(settings, context) {
    const threshold = `outside ${settings.freezeWindows.length} window(s)`;
    const at = context.now.toISOString().replace(/\.\d{3}Z$/, 'Z');
    if (!settings.freezeEnvironments.includes(settings.environment)) {
        return {
            status: 'passed',
            value: `${settings.environment} is not frozen`,
            threshold: `applies to ${settings.freezeEnvironments.join(', ')}`,
            summary: `freeze windows apply to ${settings.freezeEnvironments.join(', ')}, not ${settings.environment}`,
            evidence: [],
            data: { now: at, environment: settings.environment },
        };
    }
    const hit = (0,freeze_windows/* activeWindow */.JV)(settings.freezeWindows, context.now);
    if (!hit) {
        return {
            status: 'passed',
            value: `${at}: open`,
            threshold,
            summary: `${at} is outside every freeze window`,
            evidence: [],
            data: { now: at, environment: settings.environment },
        };
    }
    const local = (0,zoned_time/* wallTime */.Ow)(context.now, hit.window.zone).stamp.replace('T', ' ');
    const until = hit.endsAt.toISOString().replace(/\.\d{3}Z$/, 'Z');
    const inside = `${local} ${hit.window.zone} is inside the freeze "${hit.window.name}" (${hit.window.text}), open again at ${until}`;
    const data = {
        now: at,
        environment: settings.environment,
        window: hit.window.name,
        definition: hit.window.text,
        until,
    };
    if (settings.overrideReason) {
        const override = { reason: settings.overrideReason, actor: context.actor };
        return {
            status: 'overridden',
            value: `frozen: ${hit.window.name}`,
            threshold,
            summary: `${inside}; overridden by ${context.actor || 'unknown'}: ${settings.overrideReason}`,
            evidence: [
                { message: `freeze overridden by ${context.actor || 'unknown'}: ${settings.overrideReason}` },
            ],
            override,
            data,
        };
    }
    return {
        status: 'failed',
        value: `frozen: ${hit.window.name}`,
        threshold,
        summary: `${inside}; set override-reason to release anyway`,
        evidence: [{ message: inside }],
        data,
    };
}

;// CONCATENATED MODULE: ./packages/gates/src/gates/migrations.ts





const SHOWN = 10;
/**
 * migrations: when files matching `migration-files` changed since the last release
 * tag, the environment must be able to run them: a migrate-command for it (input or
 * `environments.<name>.migrate-command` in the config file), or the team's own
 * `migrations-check` passing. Unchanged migrations pass without either.
 */
async function migrationsGate(settings, context) {
    const { migrationFiles, migrateCommandSet, migrationsCheck, environment } = settings;
    const threshold = migrationsCheck
        ? `changed migrations: the check "${migrationsCheck}" passes`
        : `changed migrations: a migrate-command for ${environment}`;
    const previous = await lastRelease(settings, context);
    if (previous && 'problem' in previous) {
        return (0,types/* outcome */.bu)(false, {
            value: 'unknown',
            threshold,
            summary: previous.problem,
            evidence: [{ message: previous.problem }],
        });
    }
    const changed = previous
        ? (await changedSince(context.workspace, previous.tag)).filter((file) => migrationFiles.some((pattern) => (0,esm/* minimatch */.xF)(file, pattern, { dot: true })))
        : [];
    const since = previous ? `since ${previous.tag}` : 'in the first release';
    const data = { since: previous?.tag, changed };
    if (changed.length === 0) {
        return (0,types/* outcome */.bu)(true, {
            value: previous ? 'none changed' : 'first release',
            threshold,
            summary: previous
                ? `no migration file changed since ${previous.tag}`
                : 'first release: there is no earlier schema to migrate from',
            evidence: [],
            data,
        });
    }
    const files = changed.slice(0, SHOWN).map((file) => ({ message: `changed ${since}`, file }));
    const value = `${changed.length} changed`;
    if (migrationsCheck) {
        const result = await runCommand({ name: 'migrations-check', run: migrationsCheck }, context.workspace, settings.customTimeoutMs, context.log);
        const passed = result.exitCode === 0 && !result.timedOut;
        const verdict = result.timedOut ? 'timed out' : `exited with ${result.exitCode ?? result.signal}`;
        return (0,types/* outcome */.bu)(passed, {
            value,
            threshold,
            summary: passed
                ? `${changed.length} migration file(s) changed ${since} and the migrations check passed`
                : `${changed.length} migration file(s) changed ${since} and the migrations check ${verdict}`,
            evidence: passed ? files : [...files, ...result.tail.slice(-5).map((line) => ({ message: line }))],
            data: { ...data, exitCode: result.exitCode },
        });
    }
    return (0,types/* outcome */.bu)(migrateCommandSet, {
        value,
        threshold,
        summary: migrateCommandSet
            ? `${changed.length} migration file(s) changed ${since}; ${environment} has a migrate-command to run them`
            : `${changed.length} migration file(s) changed ${since}, but ${environment} has no migrate-command ` +
                `(set environments.${environment}.migrate-command in .github/release-actions.yml, or name a migrations-check)`,
        evidence: files,
        data,
    });
}

// EXTERNAL MODULE: ./packages/gates/src/settings/budgets.ts
var budgets = __webpack_require__(2970);
;// CONCATENATED MODULE: ./packages/gates/src/gates/performance.ts






/**
 * Numeric metrics out of a benchmark results file, under dotted names: a flat
 * `{ "p95_ms": 180 }`, nested objects (`http.p95_ms`), and arrays of
 * `{ name, value }` (github-action-benchmark's format) or of objects with a
 * name-like key (`bundles[action=validate-gates].meanMs` is `bundles.validate-gates.meanMs`).
 */
function flattenMetrics(value, prefix = '', into = new Map()) {
    if (typeof value === 'number' && Number.isFinite(value)) {
        if (prefix)
            into.set(prefix, value);
        return into;
    }
    if (Array.isArray(value)) {
        value.forEach((item, index) => {
            if (item && typeof item === 'object' && !Array.isArray(item)) {
                const record = item;
                const label = ['name', 'metric', 'id', 'action', 'benchmark']
                    .map((k) => record[k])
                    .find((v) => typeof v === 'string');
                if (typeof label === 'string' && typeof record['value'] === 'number') {
                    into.set(prefix ? `${prefix}.${label}` : label, record['value']);
                    return;
                }
                flattenMetrics(item, `${prefix ? `${prefix}.` : ''}${typeof label === 'string' ? label : index}`, into);
            }
            else
                flattenMetrics(item, `${prefix ? `${prefix}.` : ''}${index}`, into);
        });
        return into;
    }
    if (value && typeof value === 'object') {
        for (const [key, child] of Object.entries(value))
            flattenMetrics(child, prefix ? `${prefix}.${key}` : key, into);
    }
    return into;
}
async function readMetrics(pattern, context, role) {
    const files = await findFiles(context.workspace, [pattern]);
    if (files.length === 0)
        return { message: `${role} "${pattern}" not found` };
    try {
        return flattenMetrics(await parseJsonFile(files[0].path, files[0].display));
    }
    catch (thrown) {
        if (thrown instanceof ReportError)
            return { message: `malformed ${role}: ${thrown.message}`, ...thrown.location };
        throw thrown;
    }
}
function pattern(glob) {
    return new RegExp(`^${glob
        .replace(/[.+^${}()|[\]\\]/g, '\\$&')
        .replace(/\*/g, '.*')
        .replace(/\?/g, '.')}$`);
}
function show(value) {
    return Number.isInteger(value) ? String(value) : value.toFixed(Math.abs(value) < 10 ? 3 : 1);
}
/** Each budgeted metric against its budget; a missing or over-budget metric adds a reason. */
function checkBudgets(settings, current, reasons, evidence) {
    const measured = [];
    for (const budget of settings.performanceBudgets) {
        const value = current.get(budget.metric);
        if (value === undefined) {
            reasons.push(`metric "${budget.metric}" is not in the results`);
            evidence.push({ message: reasons[reasons.length - 1] });
            continue;
        }
        const ok = (0,budgets/* withinBudget */.xV)(value, budget);
        measured.push({ metric: budget.metric, value, budget: `${budget.comparison} ${budget.limit}`, ok });
        if (!ok) {
            reasons.push(`${budget.metric} = ${show(value)}, budget ${budget.comparison} ${budget.limit}`);
            evidence.push({ message: reasons[reasons.length - 1] });
        }
    }
    return measured;
}
/**
 * performance: per-metric budgets (`p95_ms <= 200`), and with a baseline a
 * regression limit in percent on the budgeted metrics (every common metric
 * when there are no budgets). Lower is better unless the budget says `>=`
 * or the metric is listed in `higher-is-better`.
 */
async function performanceGate(settings, context) {
    const thresholds = [];
    if (settings.performanceBudgets.length > 0)
        thresholds.push(plural(settings.performanceBudgets.length, 'budget'));
    if (settings.regressionLimit !== undefined)
        thresholds.push(`regression ≤ ${settings.regressionLimit}%`);
    const threshold = thresholds.join(', ');
    const current = await readMetrics(settings.benchmarkResults, context, 'benchmark results');
    if (!(current instanceof Map)) {
        return (0,types/* outcome */.bu)(false, { value: 'no results', threshold, summary: current.message, evidence: [current] });
    }
    const evidence = [];
    const reasons = [];
    const measured = checkBudgets(settings, current, reasons, evidence);
    const regressions = [];
    if (settings.performanceBaseline && settings.regressionLimit !== undefined) {
        const baseline = await readMetrics(settings.performanceBaseline, context, 'performance baseline');
        if (!(baseline instanceof Map)) {
            reasons.push(baseline.message);
            evidence.push(baseline);
        }
        else {
            const higher = settings.higherIsBetter.map(pattern);
            const budgetDirection = new Map(settings.performanceBudgets.map((b) => [b.metric, b.comparison.startsWith('>')]));
            const names = settings.performanceBudgets.length > 0 ? [...budgetDirection.keys()] : [...current.keys()];
            for (const name of names) {
                const now = current.get(name);
                const before = baseline.get(name);
                if (now === undefined || before === undefined || before === 0)
                    continue;
                const higherIsBetter = budgetDirection.get(name) ?? higher.some((re) => re.test(name));
                const change = ((now - before) / Math.abs(before)) * 100;
                const regression = higherIsBetter ? -change : change;
                regressions.push({
                    metric: name,
                    baseline: before,
                    value: now,
                    regressionPct: Number(regression.toFixed(2)),
                });
                if (regression > settings.regressionLimit + 1e-9) {
                    reasons.push(`${name} regressed ${regression.toFixed(1)}% (${show(before)} → ${show(now)}), limit ${settings.regressionLimit}%`);
                    evidence.push({ message: reasons[reasons.length - 1] });
                }
            }
        }
    }
    const passed = reasons.length === 0;
    const worst = regressions.reduce((max, r) => Math.max(max ?? -Infinity, r['regressionPct']), undefined);
    const value = [
        settings.performanceBudgets.length
            ? `${measured.filter((m) => m['ok']).length}/${settings.performanceBudgets.length} within budget`
            : '',
        worst !== undefined ? `worst regression ${worst.toFixed(1)}%` : '',
    ]
        .filter(Boolean)
        .join(', ');
    return (0,types/* outcome */.bu)(passed, {
        value: value || `${current.size} metrics`,
        threshold,
        summary: passed ? 'every metric within its budget and regression limit' : reasons.join('; '),
        evidence,
        data: { budgets: measured, regressions },
    });
}

;// CONCATENATED MODULE: ./packages/gates/src/gates/reviews.ts


/** The pull request that brought the commit: the one it merged as, else the open one it heads. */
function pickPullRequest(pulls, sha) {
    return (pulls.find((p) => p.merged && p.mergeCommitSha === sha) ??
        pulls.find((p) => p.state === 'open' && p.headSha === sha) ??
        pulls.find((p) => p.merged) ??
        pulls.find((p) => p.state === 'open'));
}
/**
 * Each reviewer's standing is their latest approving, change-requesting or
 * dismissed review (a comment changes nothing), so a later approval clears an
 * earlier change request and a dismissal clears both.
 */
function reviewStanding(reviews) {
    const latest = new Map();
    const ordered = [...reviews].sort((a, b) => (a.submittedAt ?? '').localeCompare(b.submittedAt ?? '') || a.id - b.id);
    for (const review of ordered) {
        if (['APPROVED', 'CHANGES_REQUESTED', 'DISMISSED'].includes(review.state))
            latest.set(review.user, review);
    }
    const approvedBy = [...latest.values()].filter((r) => r.state === 'APPROVED').map((r) => r.user);
    const changesRequestedBy = [...latest.values()]
        .filter((r) => r.state === 'CHANGES_REQUESTED')
        .map((r) => r.user);
    return { approvedBy, changesRequestedBy };
}
/** reviews: the commit's pull request has enough approvals and no outstanding change requests. */
async function reviewsGate(settings, context) {
    const threshold = `≥ ${plural(settings.requiredApprovals, 'approval')}, no change requests`;
    const github = context.github;
    const pull = context.pullNumber
        ? await github.pull(context.pullNumber)
        : pickPullRequest(await github.pullsForCommit(context.sha), context.sha);
    if (!pull) {
        const summary = `no pull request found for commit ${context.sha.slice(0, 7)}: it was not reviewed through one`;
        return (0,types/* outcome */.bu)(false, { value: 'no pull request', threshold, summary, evidence: [{ message: summary }] });
    }
    const { approvedBy, changesRequestedBy } = reviewStanding(await github.reviews(pull.number));
    const reasons = [];
    if (approvedBy.length < settings.requiredApprovals) {
        reasons.push(`#${pull.number} has ${plural(approvedBy.length, 'approval')}, ${settings.requiredApprovals} required`);
    }
    if (changesRequestedBy.length > 0)
        reasons.push(`changes requested by ${changesRequestedBy.join(', ')} on #${pull.number}`);
    const passed = reasons.length === 0;
    return (0,types/* outcome */.bu)(passed, {
        value: `${plural(approvedBy.length, 'approval')}, ${plural(changesRequestedBy.length, 'change request')}`,
        threshold,
        summary: passed
            ? `#${pull.number} approved by ${approvedBy.join(', ') || 'nobody (none required)'}`
            : reasons.join('; '),
        evidence: reasons.map((message) => ({ message: `${message} (${pull.url})` })),
        data: { pullRequest: pull.number, url: pull.url, approvedBy, changesRequestedBy },
    });
}

// EXTERNAL MODULE: ./packages/gates/src/parse/findings.ts
var parse_findings = __webpack_require__(6700);
;// CONCATENATED MODULE: ./packages/gates/src/parse/npm-audit.ts


function severityOf(raw) {
    if (raw === 'critical' || raw === 'high' || raw === 'low')
        return raw;
    if (raw === 'moderate' || raw === 'medium')
        return 'medium';
    return 'none'; // "info"
}
function advisoryId(url, fallback) {
    const match = typeof url === 'string' ? /(GHSA(-[0-9a-z]{4}){3})/i.exec(url) : null;
    return match ? match[1] : fallback;
}
/**
 * `npm audit --json`: the v7+ report (`auditReportVersion: 2`, `vulnerabilities`
 * keyed by package, advisories in `via`) and the older v6 one (`advisories`).
 * One finding per advisory, named by its GHSA id; the packages that only pull
 * a vulnerable one in are listed in its title, not counted again.
 */
async function parseNpmAudit(path, display) {
    const report = (await parseJsonFile(path, display));
    if (!report || typeof report !== 'object') {
        throw new ReportError('not an npm audit report: expected a JSON object', {
            file: display,
            line: 1,
            column: 1,
        });
    }
    if (typeof report['error'] === 'object' && report['error']) {
        const error = report['error'];
        const reason = [error.code, error.summary, report['message']]
            .filter((part) => typeof part === 'string' && part)
            .join(': ');
        throw new ReportError(`npm audit itself failed${reason ? `: ${reason}` : ''} (the report holds no audit results)`, {
            file: display,
            line: 1,
            column: 1,
        });
    }
    const findings = new Map();
    if (report['vulnerabilities'] && typeof report['vulnerabilities'] === 'object') {
        for (const entry of Object.values(report['vulnerabilities'])) {
            for (const via of entry.via ?? []) {
                if (typeof via !== 'object' || via === null)
                    continue;
                const advisory = via;
                const id = advisoryId(advisory.url, advisory.source !== undefined ? String(advisory.source) : (advisory.title ?? '?'));
                if (findings.has(id))
                    continue;
                findings.set(id, {
                    id,
                    aliases: [advisory.source !== undefined ? String(advisory.source) : '', advisory.url ?? ''].filter(Boolean),
                    severity: severityOf(advisory.severity),
                    title: `${advisory.name ?? entry.name ?? '?'}${advisory.range ? ` ${advisory.range}` : ''}: ${advisory.title ?? ''}`,
                    report: display,
                    package: advisory.name ?? entry.name,
                });
            }
        }
        return [...findings.values()];
    }
    if (report['advisories'] && typeof report['advisories'] === 'object') {
        for (const [key, raw] of Object.entries(report['advisories'])) {
            const id = raw['github_advisory_id'] ?? advisoryId(raw['url'], key);
            const cves = Array.isArray(raw['cves']) ? raw['cves'].map(String) : [];
            findings.set(id, {
                id,
                aliases: [key, ...cves, String(raw['url'] ?? '')].filter(Boolean),
                severity: severityOf(raw['severity']),
                title: `${String(raw['module_name'] ?? '?')}: ${String(raw['title'] ?? '')}`,
                report: display,
                package: raw['module_name'],
            });
        }
        return [...findings.values()];
    }
    throw new ReportError('not an npm audit report: expected "vulnerabilities" (npm 7+) or "advisories" (npm 6)', {
        file: display,
        line: 1,
        column: 1,
    });
}

// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(3136);
;// CONCATENATED MODULE: ./packages/gates/src/parse/sarif.ts






function levelSeverity(level) {
    if (level === 'error')
        return 'high';
    if (level === 'note')
        return 'low';
    if (level === 'none')
        return 'none';
    return 'medium'; // SARIF's default level is "warning"
}
function score(raw) {
    const value = typeof raw === 'string' ? Number(raw) : raw;
    return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}
/**
 * Turns a result's artifact URI into a workspace-relative path for annotations.
 * A relative URI is already relative to the scanned root (whatever `uriBaseId`
 * it names, usually the checkout on the machine that ran the scan); an absolute
 * `file:` URI is made relative to this workspace.
 */
function locate(uri, workspace) {
    if (!uri)
        return undefined;
    if (uri.startsWith('file:')) {
        try {
            return displayPath(workspace, (0,external_node_url_.fileURLToPath)(uri));
        }
        catch {
            return undefined;
        }
    }
    if (/^[a-z][a-z0-9+.-]*:/i.test(uri))
        return undefined;
    let decoded = uri;
    try {
        decoded = decodeURIComponent(uri);
    }
    catch {
        // keep the URI as written
    }
    decoded = decoded.replace(/^\.\//, '');
    return (0,external_node_path_.isAbsolute)(decoded) ? displayPath(workspace, decoded) : decoded;
}
/** A failing, unsuppressed, still-present result: what counts as a finding. */
function isOpenFailure(result) {
    const kind = result['kind'] ?? 'fail';
    if (kind !== 'fail')
        return false;
    if (result['baselineState'] === 'absent')
        return false;
    const suppressions = result['suppressions'];
    return !suppressions?.some((s) => s.status === undefined || s.status === 'accepted');
}
/** The figures of one result kept while streaming; its rule is looked up once the runs are read. */
function pendingResult(result, run) {
    const rule = result['rule'];
    const location = result['locations']?.[0]?.['physicalLocation'];
    const message = result['message'];
    return {
        run,
        ruleId: result['ruleId'] ?? rule?.id,
        ruleIndex: result['ruleIndex'] ?? rule?.index,
        extension: rule?.toolComponent?.index,
        level: result['level'],
        score: score(result['properties']?.['security-severity']),
        message: (message?.text ?? message?.markdown ?? '').split('\n')[0].slice(0, 300),
        uri: location?.artifactLocation?.uri,
        line: location?.region?.startLine,
        column: location?.region?.startColumn,
    };
}
/** Reads the log, keeping each open failure and skipping the bulky parts no finding needs. */
async function readResults(path, display) {
    const pending = [];
    const tree = (await parseJsonFile(path, display, {
        capture: [
            {
                path: ['runs', '*', 'results', '*'],
                onValue(value, at) {
                    const result = value;
                    if (isOpenFailure(result))
                        pending.push(pendingResult(result, at[1]));
                },
            },
        ],
        skip: [
            ['runs', '*', 'artifacts'],
            ['runs', '*', 'threadFlowLocations'],
            ['runs', '*', 'graphs'],
            ['runs', '*', 'logicalLocations'],
            ['runs', '*', 'results', '*', 'codeFlows'],
            ['runs', '*', 'results', '*', 'relatedLocations'],
            ['runs', '*', 'results', '*', 'stacks'],
            ['runs', '*', 'results', '*', 'graphTraversals'],
        ],
    }));
    return { tree, pending };
}
function checkLog(tree, display) {
    if (!tree || typeof tree !== 'object' || !Array.isArray(tree.runs)) {
        throw new ReportError('not a SARIF log: expected a top-level "runs" array', {
            file: display,
            line: 1,
            column: 1,
        });
    }
    if (tree.version !== undefined && tree.version !== '2.1.0') {
        throw new ReportError(`SARIF version "${String(tree.version)}" is not supported (expected 2.1.0)`, {
            file: display,
            line: 1,
            column: 1,
        });
    }
    return tree.runs;
}
/** The result's rule: by index in the driver's or the named extension's rules, else by id. */
function ruleOf(result, run) {
    const rules = result.extension !== undefined
        ? run.tool?.extensions?.[result.extension]?.rules
        : run.tool?.driver?.rules;
    return ((result.ruleIndex !== undefined ? rules?.[result.ruleIndex] : undefined) ??
        rules?.find((candidate) => candidate.id === result.ruleId));
}
function toFinding(result, run, display, workspace) {
    const rule = ruleOf(result, run);
    const level = result.level ?? rule?.defaultConfiguration?.level;
    const cvss = result.score ?? score(rule?.properties?.['security-severity']);
    const tags = Array.isArray(rule?.properties?.tags) ? rule.properties.tags.map(String) : [];
    const aliases = [rule?.name, ...tags.filter((tag) => /^(CVE|GHSA|CWE)-/i.test(tag))].filter((alias) => typeof alias === 'string' && alias.length > 0);
    const tool = run.tool?.driver?.name;
    return {
        id: result.ruleId ?? rule?.id ?? '(no rule id)',
        aliases,
        severity: cvss !== undefined ? (0,parse_findings/* severityFromScore */.qI)(cvss) : levelSeverity(level),
        title: `${tool ? `${tool}: ` : ''}${result.message || rule?.shortDescription?.text || ''}`,
        report: display,
        file: locate(result.uri, workspace),
        line: result.line,
        column: result.column,
    };
}
/**
 * SARIF 2.1.0 from any scanner, read as a stream: results are taken one at a
 * time (code flows and artifacts dropped unread), so a run with 100,000
 * results does not build one huge tree. Severity is the rule's or result's
 * `security-severity` (a CVSS score, as GitHub reads it), else the SARIF level
 * (error → high, warning → medium, note → low). Suppressed, absent (fixed) and
 * non-failing kinds (`pass`, `informational`, …) are not findings.
 */
async function parseSarif(path, display, workspace) {
    const { tree, pending } = await readResults(path, display);
    const runs = checkLog(tree, display);
    return pending.map((result) => toFinding(result, runs[result.run] ?? {}, display, workspace));
}

// EXTERNAL MODULE: ./packages/gates/src/settings/allowlist.ts
var allowlist = __webpack_require__(9233);
;// CONCATENATED MODULE: ./packages/gates/src/gates/security.ts







function allowedBy(finding, allowlist) {
    const ids = [finding.id, ...finding.aliases].map((id) => id.toLowerCase());
    return allowlist.find((entry) => ids.includes(entry.id.toLowerCase()));
}
/** Every finding of every SARIF and npm audit report; a missing or unreadable report is a reason to fail. */
async function collectFindings(settings, context) {
    const collected = { findings: [], reportCount: 0, reasons: [], evidence: [] };
    const sources = [
        {
            patterns: settings.sarifReports,
            kind: 'SARIF reports',
            parse: (p, d) => parseSarif(p, d, context.workspace),
        },
        { patterns: settings.npmAuditReports, kind: 'npm audit reports', parse: parseNpmAudit },
    ];
    for (const source of sources) {
        if (source.patterns.length === 0)
            continue;
        const files = await findFiles(context.workspace, source.patterns);
        if (files.length === 0) {
            collected.reasons.push(missingReports(source.kind, source.patterns));
            collected.evidence.push({ message: collected.reasons[collected.reasons.length - 1] });
            continue;
        }
        const { parsed, broken } = await readAll(files, (file) => source.parse(file.path, file.display));
        collected.reportCount += parsed.length;
        collected.evidence.push(...broken);
        if (broken.length > 0)
            collected.reasons.push(`${plural(broken.length, source.kind.replace(/s$/, ''))} could not be read`);
        for (const { value } of parsed)
            collected.findings.push(...value);
    }
    return collected;
}
/** Findings at or above the bar: allowed by a live allowlist entry, or blocking (worst first). */
function sortFindings(findings, settings, now) {
    const bar = (0,parse_findings/* severityRank */.qs)(settings.severityThreshold);
    const sorted = { blocking: [], allowed: [], expired: new Map() };
    for (const finding of findings) {
        if ((0,parse_findings/* severityRank */.qs)(finding.severity) < bar)
            continue;
        const entry = allowedBy(finding, settings.allowlist);
        if (entry && (0,allowlist/* allowlistActive */.CY)(entry, now))
            sorted.allowed.push({ finding, entry });
        else {
            if (entry)
                sorted.expired.set(entry.id, entry);
            sorted.blocking.push(finding);
        }
    }
    sorted.blocking.sort((a, b) => (0,parse_findings/* severityRank */.qs)(b.severity) - (0,parse_findings/* severityRank */.qs)(a.severity));
    return sorted;
}
function blockingEvidence(sorted) {
    const evidence = sorted.blocking.slice(0, types/* EVIDENCE_LIMIT */.k5).map((finding) => ({
        message: `${finding.severity}: ${finding.id}${finding.title ? ` (${finding.title})` : ''}${finding.file ? '' : ` in ${finding.report}`}`,
        file: finding.file ?? finding.report,
        line: finding.file ? finding.line : undefined,
        column: finding.file ? finding.column : undefined,
    }));
    for (const entry of sorted.expired.values()) {
        evidence.push({
            message: `allowlist entry ${entry.id} expired on ${entry.expires} and no longer applies`,
        });
    }
    return evidence;
}
/** `3 findings at or above high: 1 critical, 2 high`. */
function blockingReason(blocking, threshold) {
    const bySeverity = ['critical', 'high', 'medium', 'low']
        .map((severity) => [severity, blocking.filter((f) => f.severity === severity).length])
        .filter(([, count]) => count > 0)
        .map(([severity, count]) => `${count} ${severity}`);
    return `${plural(blocking.length, 'finding')} at or above ${threshold}: ${bySeverity.join(', ')}`;
}
function securityData(findings, sorted) {
    return {
        findings: findings.length,
        blocking: sorted.blocking.map((f) => ({
            id: f.id,
            severity: f.severity,
            report: f.report,
            file: f.file,
            line: f.line,
        })),
        allowlisted: sorted.allowed.map(({ finding, entry }) => ({
            id: finding.id,
            entry: entry.id,
            expires: entry.expires,
            reason: entry.reason,
        })),
        expiredAllowlist: [...sorted.expired.values()],
    };
}
/**
 * security: SARIF from any scanner and `npm audit --json`; no finding at or above
 * `severity-threshold` unless an allowlist entry that has not expired names it.
 */
async function securityGate(settings, context) {
    const threshold = `no ${settings.severityThreshold} or above`;
    const { findings, reportCount, reasons, evidence } = await collectFindings(settings, context);
    const sorted = sortFindings(findings, settings, context.now);
    const { blocking, allowed } = sorted;
    evidence.push(...blockingEvidence(sorted));
    if (blocking.length > 0)
        reasons.push(blockingReason(blocking, settings.severityThreshold));
    const passed = reasons.length === 0;
    const value = `${blocking.length} blocking of ${plural(findings.length, 'finding')}${allowed.length ? `, ${allowed.length} allowlisted` : ''}`;
    return (0,types/* outcome */.bu)(passed, {
        value,
        threshold,
        summary: passed
            ? `no ${settings.severityThreshold} or above findings in ${plural(reportCount, 'report')}${allowed.length ? ` (${allowed.length} allowlisted)` : ''}`
            : reasons.join('; '),
        evidence,
        data: securityData(findings, sorted),
    });
}

;// CONCATENATED MODULE: ./packages/gates/src/parse/junit.ts



const MESSAGE_LIMIT = 300;
/** How much of a failure's text is searched for the stack frame that locates it. */
const TRACE_LIMIT = 8 * 1024;
/** `path/to/file.test.ts:12:5` in a stack frame or a compiler message. */
const FRAME = /((?:[A-Za-z]:)?[^\s():'"<>]+\.(?:[cm]?[jt]sx?|py|java|kt|rb|go|rs|cs|php|swift)):(\d+)(?::(\d+))?/g;
/**
 * Where a failure happened, from its text: the first stack frame in the test's own
 * file, else the first outside dependencies. jest-junit and most runners put the
 * stack there but no line attribute on the test case.
 */
function failureLocation(text, file) {
    let fallback;
    for (const match of text.matchAll(FRAME)) {
        const frame = {
            file: match[1],
            line: Number(match[2]),
            column: match[3] ? Number(match[3]) : undefined,
            own: false,
        };
        if (/(^|[\\/])node_modules[\\/]|^node:|^internal[\\/]/.test(frame.file))
            continue;
        const own = file?.replace(/^\.\//, '');
        if (own && (frame.file === own || frame.file.endsWith(`/${own}`)))
            return { ...frame, own: true };
        fallback ??= frame;
    }
    return fallback;
}
/**
 * The reader's state through one JUnit file: the suites open around the current
 * element, the test case being read, and the failure text still being collected.
 */
class JunitReader {
    display;
    totals = { tests: 0, failures: 0, errors: 0, skipped: 0, failed: [] };
    suites = [];
    testcase;
    /** The failure whose message comes from its text rather than a `message` attribute. */
    collecting;
    /** The failure's text, searched for a stack frame when the test case names no line. */
    trace;
    root;
    constructor(display) {
        this.display = display;
    }
    open(tag, parser) {
        this.checkRoot(tag, parser);
        if (tag.name === 'testsuite')
            this.openSuite(tag);
        else if (tag.name === 'testcase')
            this.openTestcase(tag);
        else if (this.testcase && (tag.name === 'failure' || tag.name === 'error'))
            this.openFailure(tag);
        else if (this.testcase && tag.name === 'skipped')
            this.testcase.skipped = true;
    }
    text(text) {
        if (this.trace !== undefined && this.trace.length < TRACE_LIMIT)
            this.trace += text.slice(0, TRACE_LIMIT - this.trace.length);
        const collecting = this.collecting;
        if (collecting && collecting.message.length < MESSAGE_LIMIT) {
            collecting.message = (collecting.message + text).trimStart().slice(0, MESSAGE_LIMIT);
        }
    }
    close(name) {
        if (name === 'failure' || name === 'error')
            this.closeFailure();
        if (name === 'testcase' && this.testcase)
            this.closeTestcase(this.testcase);
        if (name === 'testsuite')
            this.closeSuite();
    }
    checkRoot(tag, parser) {
        if (this.root !== undefined)
            return;
        this.root = tag.name;
        if (this.root !== 'testsuites' && this.root !== 'testsuite') {
            throw new ReportError(`expected a JUnit <testsuites> or <testsuite> root, got <${this.root}>`, {
                file: this.display,
                line: parser.line,
                column: parser.column,
            });
        }
    }
    openSuite(tag) {
        this.suites.push({
            name: tag.attributes['name'] ?? '',
            file: tag.attributes['file'] ?? tag.attributes['filepath'],
            cases: 0,
            errors: numberAttribute(tag, 'errors') ?? 0,
            failures: numberAttribute(tag, 'failures') ?? 0,
        });
    }
    openTestcase(tag) {
        this.testcase = { tag, skipped: false };
        const suite = this.suites[this.suites.length - 1];
        if (suite)
            suite.cases += 1;
    }
    /** A test case's first failure or error is the one reported. */
    openFailure(tag) {
        const testcase = this.testcase;
        if (testcase.outcome)
            return;
        const suite = this.suites[this.suites.length - 1];
        const line = numberAttribute(testcase.tag, 'line') ?? numberAttribute(tag, 'line');
        testcase.outcome = {
            kind: tag.name,
            name: testcase.tag.attributes['name'] ?? '',
            suite: testcase.tag.attributes['classname'] ?? suite?.name ?? '',
            message: (tag.attributes['message'] ?? '').slice(0, MESSAGE_LIMIT),
            file: testcase.tag.attributes['file'] ?? suite?.file,
            line,
        };
        if (!testcase.outcome.message)
            this.collecting = testcase.outcome;
        if (line === undefined)
            this.trace = '';
    }
    /** Without a line attribute, the failure is placed by the stack frame in its text. */
    closeFailure() {
        const outcome = this.testcase?.outcome;
        if (this.trace !== undefined && outcome) {
            const at = failureLocation(this.trace, outcome.file);
            if (at) {
                const own = at.own && outcome.file;
                Object.assign(outcome, { file: own || at.file, line: at.line, column: at.column });
            }
            this.trace = undefined;
        }
        this.collecting = undefined;
    }
    closeTestcase(testcase) {
        const totals = this.totals;
        totals.tests += 1;
        const failure = testcase.outcome;
        if (failure) {
            failure.message = failure.message.split('\n')[0].trim();
            if (failure.kind === 'failure')
                totals.failures += 1;
            else
                totals.errors += 1;
            if (totals.failed.length < types/* EVIDENCE_LIMIT */.k5)
                totals.failed.push(failure);
        }
        else if (testcase.skipped)
            totals.skipped += 1;
        this.testcase = undefined;
    }
    /** A suite that reports errors but ran no test case did not compile or load. */
    closeSuite() {
        const suite = this.suites.pop();
        if (!suite || suite.cases > 0 || suite.errors + suite.failures === 0)
            return;
        this.totals.errors += suite.errors + suite.failures;
        if (this.totals.failed.length < types/* EVIDENCE_LIMIT */.k5) {
            this.totals.failed.push({
                kind: 'error',
                name: '(suite did not run)',
                suite: suite.name,
                message: '',
                file: suite.file,
            });
        }
    }
}
/**
 * JUnit XML as jest-junit, surefire, pytest and go-junit-report write it,
 * through a SAX stream: 100,000 test cases cost the same memory as ten.
 * A suite that reports errors but holds no test cases (a test file that did not
 * compile or load) counts as that many errors.
 */
async function parseJunit(path, display) {
    const reader = new JunitReader(display);
    await streamXml(path, display, {
        open: (tag, parser) => reader.open(tag, parser),
        text: (text) => reader.text(text),
        close: (name) => reader.close(name),
    });
    return reader.totals;
}

;// CONCATENATED MODULE: ./packages/gates/src/gates/tests.ts





/** `Suite › name`, or the name alone when the suite repeats it or is missing. */
function testLabel(suite, name) {
    const [s, n] = [suite.trim(), name.trim()];
    return s && s !== n && s !== 'undefined' ? `${s} › ${n}` : n;
}
/** The failed tests by name, for the gate's one line: the first few, then how many more. */
function namesOf(labels, failed) {
    const shown = labels
        .slice(0, NAMES_SHOWN)
        .map((label) => (label.length > 80 ? `${label.slice(0, 79)}…` : label));
    const more = failed - shown.length;
    return shown.join(', ') + (more > 0 ? ` and ${more} more` : '');
}
const NAMES_SHOWN = 3;
/** tests: every JUnit report read; no failures or errors; at least `min-tests` test cases. */
async function testsGate(settings, context) {
    const threshold = `0 failed${settings.minTests > 0 ? `, ≥ ${settings.minTests} tests` : ''}`;
    const files = await findFiles(context.workspace, settings.junitReports);
    if (files.length === 0) {
        const summary = missingReports('JUnit reports', settings.junitReports);
        return (0,types/* outcome */.bu)(false, { value: 'no reports', threshold, summary, evidence: [{ message: summary }] });
    }
    const { parsed, broken } = await readAll(files, (file) => parseJunit(file.path, file.display));
    const totals = { tests: 0, failures: 0, errors: 0, skipped: 0, failed: [] };
    for (const { value } of parsed) {
        totals.tests += value.tests;
        totals.failures += value.failures;
        totals.errors += value.errors;
        totals.skipped += value.skipped;
        totals.failed.push(...value.failed);
    }
    const failed = totals.failures + totals.errors;
    const evidence = [...broken];
    const labels = [];
    for (const failure of totals.failed.slice(0, types/* EVIDENCE_LIMIT */.k5)) {
        const file = failure.file ? failure.file.replace(/^\.\//, '') : undefined;
        const label = testLabel(failure.suite, failure.name);
        labels.push(label);
        evidence.push({
            message: `${failure.kind === 'error' ? 'error' : 'failed'}: ${label}${failure.message ? `: ${failure.message}` : ''}`,
            file: file && (0,external_node_path_.isAbsolute)(file) ? displayPath(context.workspace, file) : file,
            line: failure.line,
            column: failure.column,
        });
    }
    const tooFew = totals.tests < settings.minTests;
    const reasons = [];
    if (broken.length > 0)
        reasons.push(`${plural(broken.length, 'report')} could not be read`);
    if (failed > 0)
        reasons.push(`${failed} of ${plural(totals.tests, 'test')} failed: ${namesOf(labels, failed)}`);
    if (tooFew)
        reasons.push(`only ${plural(totals.tests, 'test')} ran, ${settings.minTests} required`);
    const passed = reasons.length === 0;
    return (0,types/* outcome */.bu)(passed, {
        value: `${totals.tests} tests, ${failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}`,
        threshold,
        summary: passed
            ? `${plural(totals.tests, 'test')} passed in ${plural(parsed.length, 'report')}`
            : reasons.join('; '),
        evidence,
        data: {
            reports: parsed.map((p) => p.file.display),
            tests: totals.tests,
            failures: totals.failures,
            errors: totals.errors,
            skipped: totals.skipped,
        },
    });
}

;// CONCATENATED MODULE: ./packages/gates/src/evaluate.ts














/** Each gate declared once: its check, and what it is about in one phrase for the summary. */
const GATES = {
    tests: { check: testsGate, title: 'Tests' },
    coverage: { check: coverageGate, title: 'Coverage' },
    security: { check: securityGate, title: 'Security' },
    performance: { check: performanceGate, title: 'Performance' },
    reviews: { check: reviewsGate, title: 'Reviews' },
    checks: { check: checksGate, title: 'Checks' },
    branch: { check: branchGate, title: 'Branch policy' },
    changelog: { check: changelogGate, title: 'Changelog' },
    docs: { check: docsGate, title: 'Docs' },
    migrations: { check: migrationsGate, title: 'Database migrations' },
    flags: { check: flagsGate, title: 'Feature flags' },
    freeze: { check: freezeGate, title: 'Freeze windows' },
    custom: { check: customGate, title: 'Custom checks' },
};
/**
 * Every enabled gate runs to its verdict, side by side; one that throws (an
 * API outage, an unreadable directory) is a failed gate with the reason, and
 * never keeps the others from being settled and reported.
 */
async function evaluateGates(settings, context) {
    const settled = await Promise.allSettled(settings.gates.map(async (gate) => {
        const started = performance.now();
        const result = await GATES[gate].check(settings, context);
        return { gate, ...result, durationMs: Math.round(performance.now() - started) };
    }));
    return settled.map((entry, index) => {
        if (entry.status === 'fulfilled')
            return entry.value;
        const gate = settings.gates[index];
        // An API that gave no answer is said to be unreachable, not to have "answered 500".
        const message = `the ${gate} gate could not be evaluated: ${describeApiFailure(entry.reason, context.apiUrl)}`;
        return {
            gate,
            status: 'failed',
            value: 'error',
            threshold: '',
            summary: message,
            evidence: [{ message }],
        };
    });
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

;// CONCATENATED MODULE: ./packages/gates/src/report.ts


function buildReport(results, meta) {
    const failedGates = results.filter((r) => r.status === 'failed').map((r) => r.gate);
    return {
        passed: failedGates.length === 0,
        mode: meta.mode,
        commit: meta.commit,
        ref: meta.ref,
        evaluatedAt: meta.now.toISOString(),
        failedGates,
        overrides: results.filter((r) => r.override).map((r) => ({ gate: r.gate, ...r.override })),
        gates: results,
    };
}
function statusText(result) {
    if (result.status === 'overridden')
        return '⚠️ overridden';
    return `${icon(result.status === 'passed')} ${result.status}`;
}
function evidenceLine(item) {
    const where = item.file ? `\`${item.file}${item.line ? `:${item.line}` : ''}\` ` : '';
    return `- ${where}${cell(item.message)}`;
}
/** The job summary: one table, a row per gate, then the evidence of each gate that did not pass. */
function summaryMarkdown(report) {
    const failed = report.failedGates.length;
    const title = failed === 0
        ? `✅ Release gates: all ${report.gates.length} passed`
        : `❌ Release gates: ${failed} of ${report.gates.length} failed${report.mode === 'warn' ? ' (warn mode: not blocking)' : ''}`;
    let markdown = heading(title);
    markdown += table(['Gate', 'Status', 'Value', 'Threshold', 'Details'], report.gates.map((r) => [GATES[r.gate].title, statusText(r), r.value, r.threshold, r.summary]));
    for (const result of report.gates) {
        if (result.status === 'passed' || result.evidence.length === 0)
            continue;
        markdown +=
            '\n' +
                details(`${GATES[result.gate].title}: ${result.status}`, result.evidence.map(evidenceLine).join('\n'));
    }
    for (const override of report.overrides) {
        markdown += `\n> **${override.gate} overridden** by ${cell(override.actor || 'unknown')}: ${cell(override.reason)}\n`;
    }
    return markdown;
}
/** At most this many located annotations per gate: the runner shows only a few per step anyway. */
const LOCATED_PER_GATE = 5;
/**
 * One annotation per gate that did not pass (at its first located evidence, if
 * any), then up to a few more at other places a file and line are known.
 */
function annotationsFor(report) {
    const level = report.mode === 'enforce' ? 'error' : 'warning';
    const annotations = [];
    for (const result of report.gates) {
        const title = `${GATES[result.gate].title} gate`;
        if (result.status === 'overridden') {
            annotations.push({ level: 'warning', title, message: result.summary });
            continue;
        }
        if (result.status !== 'failed')
            continue;
        const located = result.evidence.filter((e) => e.file);
        const first = located[0];
        annotations.push({
            level,
            title,
            message: result.summary,
            file: first?.file,
            line: first?.line,
            column: first?.column,
        });
        for (const item of located.slice(1, LOCATED_PER_GATE)) {
            annotations.push({
                level,
                title,
                message: item.message,
                file: item.file,
                line: item.line,
                column: item.column,
            });
        }
    }
    return annotations;
}

// EXTERNAL MODULE: ./actions/validate-gates/inputs.ts + 7 modules
var inputs = __webpack_require__(4084);
;// CONCATENATED MODULE: ./actions/validate-gates/run.ts




/** Secrets the runner masks never reach the report file either (custom command output could echo one). */
function scrub(text) {
    let clean = text;
    for (const secret of (0,runner/* maskedValues */.ql)())
        if (secret.length >= 4)
            clean = clean.split(secret).join('***');
    return clean;
}
async function writeReport(directory, report) {
    await (0,promises_.mkdir)(directory, { recursive: true });
    const path = (0,external_node_path_.join)(directory, 'validate-gates-report.json');
    // Written whole, then renamed: a reader never sees half a report.
    await (0,promises_.writeFile)(`${path}.partial`, scrub(JSON.stringify(report, null, 2)) + '\n');
    await (0,promises_.rename)(`${path}.partial`, path);
    return path;
}
/** The inputs this action reads, for tooling and tests that check every input (secrets are masked). */

async function run({ settings, token, now }) {
    const run = (0,src_context/* runContext */.p)();
    const pullRequest = (run.event['pull_request'] ?? undefined);
    const needsApi = settings.gates.some((gate) => gate === 'reviews' || gate === 'checks');
    const wantsApi = needsApi ||
        (settings.gates.includes('branch') && Boolean(token) && Boolean(settings.tag ?? settings.version));
    let github;
    if (wantsApi && token) {
        const { owner, repo } = (0,src_context/* requireRepository */.C)(run);
        github = gitHubReader(await createGitHubClient({ token }), owner, repo);
    }
    const context = {
        workspace: run.workspace,
        now,
        // On pull_request events GITHUB_SHA is a test merge; reviews and checks belong to the head commit.
        sha: pullRequest?.head?.sha ?? run.sha,
        ref: run.ref,
        pullBaseRef: run.baseRef,
        pullNumber: typeof pullRequest?.number === 'number' ? pullRequest.number : undefined,
        actor: run.actor,
        runId: run.runId,
        github,
        apiUrl: run.apiUrl,
        log: runner/* info */.pq,
    };
    (0,runner/* info */.pq)(`Evaluating ${settings.gates.length} gate(s): ${settings.gates.join(', ')} (mode: ${settings.mode})`);
    const results = await evaluateGates(settings, context);
    const report = buildReport(results, { mode: settings.mode, commit: context.sha, ref: context.ref, now });
    for (const result of results) {
        const mark = result.status === 'passed' ? '✓' : result.status === 'overridden' ? '!' : '✗';
        (0,runner/* info */.pq)(`${mark} ${result.gate}: ${result.status} — ${result.value} (threshold: ${result.threshold || 'n/a'}) — ${result.summary}`);
    }
    const reportPath = await writeReport((0,external_node_path_.join)(run.temp, 'validate-gates'), report);
    (0,runner/* setOutputs */.n0)({
        passed: String(report.passed),
        'failed-gates': JSON.stringify(report.failedGates),
        report: reportPath,
    });
    await (0,runner/* writeSummary */.Sy)(summaryMarkdown(report));
    for (const annotation of annotationsFor(report)) {
        const location = annotation.file
            ? { file: annotation.file, line: annotation.line, column: annotation.column }
            : undefined;
        (0,runner/* annotate */.fz)(annotation.level, annotation.message, { title: annotation.title, location });
    }
    if (!report.passed && settings.mode === 'enforce') {
        throw new errors/* ReleaseError */.K2('EGATES', `${report.failedGates.length} of ${results.length} release gates failed: ${report.failedGates.join(', ')}`, { hint: `The job summary and ${reportPath} list every failure with its evidence.` });
    }
}


/***/ })

};
