export const id = 717;
export const ids = [717];
export const modules = {

/***/ 6717:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  inputSpec: () => (/* reexport */ release_metrics_inputs/* spec */.I),
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./packages/kit/src/context.ts
var src_context = __webpack_require__(3731);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
;// CONCATENATED MODULE: ./packages/kit/src/conditional.ts
/**
 * Conditional requests: GitHub answers a GET that carries the ETag of an
 * earlier answer in `If-None-Match` with 304 Not Modified when nothing
 * changed, and a 304 made with an Authorization header does not count against
 * the primary rate limit. The cache keeps, per URL, the ETag, the data (as a
 * caller chose to keep it) and the Link header that pagination follows, and can
 * be saved to a file so that the next run (with the file restored by
 * actions/cache) asks only for what changed.
 */

const FORMAT = 1;
class EtagCache {
    slim;
    entries = new Map();
    constructor(slim = (_url, data) => data) {
        this.slim = slim;
    }
    get size() {
        return this.entries.size;
    }
    get(url) {
        return this.entries.get(url);
    }
    set(url, entry) {
        this.entries.set(url, { ...entry, data: this.slim(url, entry.data) });
    }
    /** A cache file from an earlier run; a missing or unreadable one is an empty cache. */
    static async load(path, slim) {
        const cache = new EtagCache(slim);
        let parsed;
        try {
            parsed = JSON.parse(await (0,promises_.readFile)(path, 'utf8'));
        }
        catch {
            return cache;
        }
        if (parsed.format !== FORMAT || typeof parsed.entries !== 'object' || parsed.entries === null)
            return cache;
        for (const [url, entry] of Object.entries(parsed.entries)) {
            if (typeof entry?.etag === 'string')
                cache.entries.set(url, entry);
        }
        return cache;
    }
    /** Written to a temporary file first, so a cancelled run never leaves half a cache behind. */
    async save(path) {
        const temporary = `${path}.${process.pid}.tmp`;
        await (0,promises_.writeFile)(temporary, JSON.stringify({ format: FORMAT, entries: Object.fromEntries(this.entries) }), 'utf8');
        await (0,promises_.rename)(temporary, path);
    }
}
/**
 * Sends `If-None-Match` on every GET the cache has an ETag for and turns a 304
 * into the cached answer, so callers (and octokit.paginate) see a normal 200.
 * Also counts requests, conditional or not, for the cost report.
 */
function useConditionalRequests(octokit, cache) {
    const counts = { requests: 0, notModified: 0 };
    octokit.hook.wrap('request', async (request, options) => {
        counts.requests += 1;
        if (!cache || String(options.method).toUpperCase() !== 'GET')
            return request(options);
        const url = octokit.request.endpoint(options).url;
        const cached = cache.get(url);
        if (cached)
            options.headers = { ...options.headers, 'if-none-match': cached.etag };
        try {
            const response = await request(options);
            const etag = response.headers.etag;
            if (etag)
                cache.set(url, { etag, link: response.headers.link, data: response.data });
            return response;
        }
        catch (thrown) {
            if (cached && thrown.status === 304) {
                counts.notModified += 1;
                const headers = cached.link ? { etag: cached.etag, link: cached.link } : { etag: cached.etag };
                return { status: 200, url, headers, data: cache.get(url).data };
            }
            throw thrown;
        }
    });
    return counts;
}

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

// EXTERNAL MODULE: ./node_modules/semver/index.js
var semver = __webpack_require__(2088);
var semver_default = /*#__PURE__*/__webpack_require__.n(semver);
;// CONCATENATED MODULE: ./packages/deployments/src/types.ts
const STRATEGIES = ['direct', 'rolling', 'blue-green', 'canary'];
/**
 * expand: the previous version keeps working on the migrated schema (columns or
 * tables added); contract: it does not (columns dropped, renamed or made required).
 */
const MIGRATION_KINDS = ['expand', 'contract'];
const silentLog = {
    info: () => undefined,
    warning: () => undefined,
    group: (_name, body) => body(),
};

;// CONCATENATED MODULE: ./packages/deployments/src/payload.ts
/**
 * The deployment payload and status descriptions: the record GitHub keeps for us.
 * Keys are snake_case, as GitHub's own payloads are, and every field is optional
 * when read back, because deployments made by other tools (or by GitHub for a job
 * with `environment:`) carry other payloads or none.
 */

const PAYLOAD_TOOL = 'release-actions';
function buildPayload(fields) {
    const payload = {
        tool: PAYLOAD_TOOL,
        ...fields,
        artifacts: fields.artifacts.map(({ name, sha256 }) => (sha256 ? { name, sha256 } : { name })),
    };
    // GitHub stores the payload as given: drop empty fields rather than send nulls.
    return Object.fromEntries(Object.entries(payload).filter(([, value]) => value !== undefined));
}
function payload_text(value) {
    return typeof value === 'string' && value.length > 0
        ? value
        : typeof value === 'number'
            ? String(value)
            : undefined;
}
function positive(value) {
    const number = typeof value === 'string' ? Number(value) : value;
    return typeof number === 'number' && Number.isInteger(number) && number > 0 ? number : undefined;
}
/** Our payload, or undefined when the deployment was made by someone else. */
function parsePayload(raw) {
    let value = raw;
    if (typeof value === 'string') {
        try {
            value = JSON.parse(value);
        }
        catch {
            return undefined;
        }
    }
    if (!value || typeof value !== 'object' || Array.isArray(value))
        return undefined;
    const data = value;
    if (data['tool'] !== PAYLOAD_TOOL)
        return undefined;
    const version = payload_text(data['version']);
    if (!version)
        return undefined;
    const strategy = STRATEGIES.includes(String(data['strategy']))
        ? data['strategy']
        : 'direct';
    const list = (key) => Array.isArray(data[key]) ? data[key].map((item) => String(item)) : undefined;
    const artifacts = Array.isArray(data['artifacts'])
        ? data['artifacts'].flatMap((item) => {
            const entry = item;
            const name = payload_text(entry?.['name']);
            return name ? [{ name, sha256: payload_text(entry?.['sha256']) }] : [];
        })
        : [];
    return {
        tool: PAYLOAD_TOOL,
        version,
        commit: payload_text(data['commit']) ?? '',
        ref: payload_text(data['ref']) ?? '',
        strategy,
        slot: payload_text(data['slot']),
        targets: list('targets'),
        weights: list('weights')?.map(Number),
        artifacts,
        previous_deployment_id: positive(data['previous_deployment_id']),
        previous_version: payload_text(data['previous_version']),
        previous_slot: payload_text(data['previous_slot']),
        run_id: payload_text(data['run_id']) ?? '',
        run_attempt: payload_text(data['run_attempt']) ?? '',
        run_url: payload_text(data['run_url']) ?? '',
        rollback_of: positive(data['rollback_of']),
        reason: payload_text(data['reason']),
        migration: MIGRATION_KINDS.includes(String(data['migration']))
            ? data['migration']
            : undefined,
    };
}
/**
 * Status descriptions start with the version in brackets and name the phase, so
 * a deployment we adopted (whose payload GitHub wrote, not us) still says which
 * version it carries, and a re-run knows how far a crashed attempt got.
 * GitHub keeps at most 140 characters.
 */
function describeStatus(version, text) {
    const full = `[${version}] ${text}`;
    return full.length <= 140 ? full : `${full.slice(0, 139)}…`;
}
const PHASE_WORDS = [
    [/^switching\b/, 'switching'],
    [/^promoting\b/, 'promoting'],
    [/^canary\b/, 'canary'],
    [/^verifying\b/, 'verifying'],
    [/^deploying\b/, 'deploying'],
    [/^live\b/, 'live'],
];
function readStatusDescription(description) {
    const match = /^\[([^\]]+)\]\s*(.*)$/s.exec(description ?? '');
    if (!match)
        return {};
    const rest = match[2];
    const phase = PHASE_WORDS.find(([pattern]) => pattern.test(rest))?.[1];
    const slot = /\bslot (\S+?)[,.)]?(?:\s|$)/.exec(rest)?.[1];
    const weight = /\bat (\d{1,3})%/.exec(rest)?.[1];
    return { version: match[1], phase, slot, weight: weight === undefined ? undefined : Number(weight) };
}

;// CONCATENATED MODULE: ./packages/metrics/src/history.ts
/**
 * Reads the record from GitHub: each environment's deployments newest first (100
 * a page, stopping at the start of the period), the statuses of each (a few at
 * a time), then the tags and releases, and one comparison per release that
 * reached production to find its first commit. Every GET may be conditional
 * (see the kit's EtagCache): a later run pays only for what changed.
 */



const PER_PAGE = 100;
/** Runs `work` over `items`, at most `limit` at a time, keeping the order of results. */
async function pool(items, limit, work) {
    const results = new Array(items.length);
    let next = 0;
    const workers = Array.from({ length: Math.min(limit, items.length) }, async () => {
        while (next < items.length) {
            const index = next++;
            results[index] = await work(items[index]);
        }
    });
    await Promise.all(workers);
    return results;
}
/** What is kept of each answer in the cache file: only the fields read below. */
function slimAnswer(url, data) {
    if (!Array.isArray(data)) {
        if (/\/compare\//.test(url)) {
            const compare = data;
            return {
                total_commits: compare.total_commits,
                commits: compare.commits.map((commit) => ({
                    sha: commit.sha,
                    commit: { committer: { date: commit.commit?.committer?.date } },
                })),
            };
        }
        return data;
    }
    const pick = (item, keys) => Object.fromEntries(keys.filter((key) => key in item).map((key) => [key, item[key]]));
    if (/\/statuses(\?|$)/.test(url))
        return data.map((item) => pick(item, ['id', 'state', 'description', 'created_at', 'log_url', 'target_url']));
    if (/\/deployments(\?|$)/.test(url))
        return data.map((item) => pick(item, ['id', 'environment', 'task', 'ref', 'sha', 'created_at', 'payload']));
    if (/\/tags(\?|$)/.test(url))
        return data.map((item) => ({ name: item.name, commit: { sha: item.commit?.sha } }));
    if (/\/releases(\?|$)/.test(url))
        return data.map((item) => pick(item, ['tag_name', 'html_url', 'name', 'draft']));
    return data;
}
async function deploymentsOf(octokit, repo, environment, since) {
    const found = [];
    const pages = octokit.paginate.iterator(octokit.rest.repos.listDeployments, {
        ...repo,
        environment,
        per_page: PER_PAGE,
    });
    for await (const { data } of pages) {
        const page = data;
        found.push(...page.filter((deployment) => Date.parse(deployment.created_at) >= since));
        // Newest first: once a page reaches back before the period, the rest is older still.
        if (page.some((deployment) => Date.parse(deployment.created_at) < since))
            break;
    }
    return found;
}
async function statusesOf(octokit, repo, id) {
    const statuses = (await octokit.paginate(octokit.rest.repos.listDeploymentStatuses, {
        ...repo,
        deployment_id: id,
        per_page: PER_PAGE,
    }));
    // Oldest first, whatever order the server used: ids grow with time.
    return statuses
        .sort((a, b) => a.id - b.id)
        .map((status) => ({
        state: status.state,
        description: status.description ?? '',
        at: Date.parse(status.created_at),
    }));
}
function toFact(raw, statuses) {
    const payload = parsePayload(raw.payload);
    const described = [...statuses]
        .reverse()
        .map((status) => readStatusDescription(status.description).version)
        .find(Boolean);
    return {
        id: raw.id,
        environment: raw.environment,
        task: raw.task,
        ref: raw.ref,
        sha: raw.sha,
        createdAt: Date.parse(raw.created_at),
        version: payload?.version ?? described,
        payloadRef: payload?.ref || undefined,
        previousVersion: payload?.previous_version,
        rollbackOf: payload?.rollback_of,
        reason: payload?.reason,
        runUrl: payload?.run_url || undefined,
        statuses,
    };
}
async function releaseTags(octokit, repo, prefix) {
    const tags = await octokit.paginate(octokit.rest.repos.listTags, { ...repo, per_page: PER_PAGE });
    const byVersion = new Map();
    for (const { name } of tags) {
        const bare = prefix && name.startsWith(prefix) ? name.slice(prefix.length) : name;
        const version = semver_default().valid(bare);
        // The prefixed tag wins over a bare one for the same version.
        if (version && (!byVersion.has(version) || name.startsWith(prefix)))
            byVersion.set(version, name);
    }
    return byVersion;
}
async function releaseLinks(octokit, repo, tags) {
    const releases = await octokit.paginate(octokit.rest.repos.listReleases, { ...repo, per_page: PER_PAGE });
    const byTag = new Map(releases.filter((release) => !release.draft).map((release) => [release.tag_name, release]));
    const links = new Map();
    for (const [version, tag] of tags) {
        const release = byTag.get(tag);
        if (release)
            links.set(version, { tag, url: release.html_url, name: release.name ?? undefined });
    }
    return links;
}
/** The previous release by version order (a hotfix 1.3.5 follows 1.3.4, whenever it shipped). */
function previousVersion(version, versions) {
    return versions
        .filter((other) => semver_default().lt(other, version) && !semver_default().prerelease(other))
        .sort((semver_default()).rcompare)[0];
}
async function firstCommit(octokit, repo, base, head) {
    // The first page of a paginated comparison holds the oldest commits.
    let data;
    try {
        ({ data } = await octokit.rest.repos.compareCommitsWithBasehead({
            ...repo,
            basehead: `${base}...${head}`,
            per_page: PER_PAGE,
            page: 1,
        }));
    }
    catch (thrown) {
        // A tag deleted since, or histories without a common ancestor: no lead time for this release.
        if (statusOf(thrown) === 404)
            return undefined;
        throw thrown;
    }
    const dated = data.commits
        .map((commit) => ({ sha: commit.sha, at: Date.parse(commit.commit.committer?.date ?? '') }))
        .filter((commit) => Number.isFinite(commit.at))
        .sort((a, b) => a.at - b.at);
    return dated[0] ? { ...dated[0], commits: data.total_commits, base } : undefined;
}
async function readHistory(octokit, repo, options) {
    const concurrency = options.concurrency ?? 8;
    const raw = [];
    for (const environment of options.environments) {
        raw.push(...(await deploymentsOf(octokit, repo, environment, options.period.since)));
    }
    const statuses = await pool(raw, concurrency, (deployment) => statusesOf(octokit, repo, deployment.id));
    const deployments = raw.map((deployment, index) => toFact(deployment, statuses[index]));
    const tags = await releaseTags(octokit, repo, options.tagPrefix);
    const releases = await releaseLinks(octokit, repo, tags);
    const versions = [
        ...new Set(deployments
            .filter((deployment) => deployment.environment === options.production && deployment.version)
            .filter((deployment) => deployment.rollbackOf === undefined)
            .map((deployment) => deployment.version)),
    ].filter((version) => tags.has(version));
    const known = [...tags.keys()];
    const compared = await pool(versions, concurrency, async (version) => {
        const previous = previousVersion(version, known);
        return previous ? firstCommit(octokit, repo, tags.get(previous), tags.get(version)) : undefined;
    });
    const firstCommits = new Map();
    versions.forEach((version, index) => {
        if (compared[index])
            firstCommits.set(version, compared[index]);
    });
    return { deployments, tags, releases, firstCommits };
}

// EXTERNAL MODULE: ./node_modules/minimatch/dist/esm/index.js + 7 modules
var esm = __webpack_require__(3581);
;// CONCATENATED MODULE: ./packages/metrics/src/outcomes.ts
const FAILED = ['failure', 'error'];
const ROLLED_BACK = /^\[[^\]]+\]\s*rolled back to (\S+?):\s*(.*)$/s;
function isRollback(deployment) {
    return deployment.rollbackOf !== undefined || deployment.task === 'deploy:rollback';
}
function firstAt(deployment, states) {
    return deployment.statuses.find((status) => states.includes(status.state))?.at;
}
/** The newest state that is not `inactive`: being replaced later does not undo a success or a failure. */
function lastMeaningfulState(deployment) {
    return deployment.statuses.filter((status) => status.state !== 'inactive').at(-1)?.state;
}
function failureReason(deployment) {
    for (const status of [...deployment.statuses].reverse()) {
        if (!FAILED.includes(status.state))
            continue;
        const rolled = ROLLED_BACK.exec(status.description);
        if (rolled)
            return rolled[2];
        return status.description.replace(/^\[[^\]]+\]\s*/, '').replace(/^failed:\s*/, '') || undefined;
    }
    return undefined;
}
/** Outcomes of one environment's deployments (any order); restore times look across all of them. */
function outcomesOf(deployments) {
    const rollbacks = new Map();
    for (const deployment of deployments) {
        if (deployment.rollbackOf !== undefined && !rollbacks.has(deployment.rollbackOf))
            rollbacks.set(deployment.rollbackOf, deployment);
    }
    const wentLive = deployments
        .map((deployment) => ({ id: deployment.id, at: firstAt(deployment, ['success']) }))
        .filter((entry) => entry.at !== undefined)
        .sort((a, b) => a.at - b.at);
    return deployments.map((deployment) => {
        const succeededAt = firstAt(deployment, ['success']);
        const failedStatusAt = firstAt(deployment, FAILED);
        const rollback = rollbacks.get(deployment.id);
        const describedRollback = deployment.statuses.some((status) => FAILED.includes(status.state) && ROLLED_BACK.test(status.description));
        const rolledBack = rollback !== undefined || describedRollback;
        const last = lastMeaningfulState(deployment);
        const changeFailed = rolledBack || (last !== undefined && FAILED.includes(last));
        const startedAt = firstAt(deployment, ['in_progress']) ?? deployment.createdAt;
        const failureAt = changeFailed
            ? Math.min(failedStatusAt ?? Infinity, rollback?.createdAt ?? Infinity)
            : undefined;
        const knownFailureAt = failureAt !== undefined && Number.isFinite(failureAt) ? failureAt : undefined;
        const restoredAt = knownFailureAt === undefined
            ? undefined
            : wentLive.find((entry) => entry.id !== deployment.id && entry.at >= knownFailureAt)?.at;
        return {
            deployment,
            isRollback: isRollback(deployment),
            finished: succeededAt !== undefined || failedStatusAt !== undefined,
            succeeded: succeededAt !== undefined,
            succeededAt,
            durationMs: succeededAt === undefined ? undefined : Math.max(0, succeededAt - startedAt),
            changeFailed,
            rolledBack,
            reason: rollback?.reason ?? failureReason(deployment),
            failureAt: knownFailureAt,
            restoredAt,
        };
    });
}

;// CONCATENATED MODULE: ./packages/metrics/src/stats.ts
/**
 * Nearest-rank percentile (the smallest value with at least p% of the values at
 * or below it): always one of the observed values, so a report never shows a
 * duration nobody measured.
 */
function percentile(values, p) {
    if (values.length === 0)
        return undefined;
    const sorted = [...values].sort((a, b) => a - b);
    const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
    return sorted[rank - 1];
}
/** The median of an even count is the mean of the two middle values, as usual. */
function median(values) {
    if (values.length === 0)
        return undefined;
    const sorted = [...values].sort((a, b) => a - b);
    const middle = Math.floor(sorted.length / 2);
    return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}
function spread(values) {
    return { count: values.length, median: median(values), p90: percentile(values, 90) };
}
function ratio(part, whole) {
    return whole === 0 ? undefined : part / whole;
}

;// CONCATENATED MODULE: ./packages/metrics/src/compute.ts
/**
 * The figures: per environment (frequency, success, change failure and rollback
 * rates, duration, time to restore), per release in production (lead time,
 * hotfix or not, what went wrong) and per week, all from the outcomes.
 */




const WEEK_MS = 7 * 86_400_000;
const inPeriod = (at, period) => at >= period.since && at < period.until;
function environmentFigures(environment, outcomes, period) {
    const started = outcomes.filter((outcome) => inPeriod(outcome.deployment.createdAt, period));
    const deploys = started.filter((outcome) => !outcome.isRollback);
    const finished = deploys.filter((outcome) => outcome.finished);
    const successful = finished.filter((outcome) => outcome.succeeded);
    const failed = finished.filter((outcome) => outcome.changeFailed);
    const rolledBack = finished.filter((outcome) => outcome.rolledBack);
    const restores = failed
        .filter((outcome) => outcome.restoredAt !== undefined)
        .map((outcome) => outcome.restoredAt - outcome.failureAt);
    const weeks = (period.until - period.since) / WEEK_MS;
    return {
        environment,
        deployments: finished.length,
        successful: successful.length,
        changeFailures: failed.length,
        rolledBack: rolledBack.length,
        rollbacks: started.filter((outcome) => outcome.isRollback).length,
        unfinished: deploys.length - finished.length,
        deploymentsPerWeek: weeks > 0 ? successful.length / weeks : 0,
        successRate: ratio(successful.length, finished.length),
        changeFailureRate: ratio(failed.length, finished.length),
        rollbackRate: ratio(rolledBack.length, finished.length),
        durationMs: spread(successful.map((outcome) => outcome.durationMs)),
        timeToRestoreMs: spread(restores),
    };
}
/** Whether `other` is of a newer major.minor line than `version`. */
function newerLine(other, version) {
    const parsed = other ? semver_default().parse(other) : null;
    return (parsed !== null &&
        (parsed.major > version.major || (parsed.major === version.major && parsed.minor > version.minor)));
}
/**
 * A hotfix: shipped from a ref matching the hotfix globs, or a version whose
 * pre-release names it (1.4.1-hotfix.1), or a patch of an older line deployed
 * while a newer line was live (1.3.5 after 1.4.0): the deployment's payload
 * names what was live, or a newer line went live earlier in the period.
 */
function isHotfix(version, deployments, hotfixRefs, newerLineLiveBefore) {
    const refs = deployments.flatMap((deployment) => [deployment.payloadRef ?? '', deployment.ref]);
    if (refs.some((ref) => ref && hotfixRefs.some((glob) => (0,esm/* minimatch */.xF)(ref, glob))))
        return true;
    const parsed = semver_default().parse(version);
    if (!parsed)
        return false;
    if (parsed.prerelease.some((part) => /hotfix/i.test(String(part))))
        return true;
    const replacedNewer = deployments.some((deployment) => newerLine(deployment.previousVersion, parsed));
    return parsed.patch > 0 && (newerLineLiveBefore || replacedNewer);
}
function lineOf(version) {
    const parsed = semver_default().parse(version);
    return parsed ? `${parsed.major}.${parsed.minor}` : undefined;
}
function releaseFigures(outcomes, history, options) {
    const byVersion = new Map();
    for (const outcome of outcomes) {
        const version = outcome.deployment.version;
        if (outcome.isRollback || !version)
            continue;
        byVersion.set(version, [...(byVersion.get(version) ?? []), outcome]);
    }
    // When each minor line first went live, to recognise a patch of an older line shipped later.
    const lineLive = new Map();
    for (const [version, attempts] of byVersion) {
        const live = Math.min(...attempts.map((outcome) => outcome.succeededAt ?? Infinity));
        const line = lineOf(version);
        if (line && Number.isFinite(live))
            lineLive.set(line, Math.min(live, lineLive.get(line) ?? Infinity));
    }
    const releases = [];
    for (const [version, attempts] of byVersion) {
        const firstAttempt = Math.min(...attempts.map((outcome) => outcome.deployment.createdAt));
        if (!inPeriod(firstAttempt, options.period))
            continue;
        const live = attempts
            .map((outcome) => outcome.succeededAt)
            .filter((at) => at !== undefined);
        const firstLiveAt = live.length > 0 ? Math.min(...live) : undefined;
        const parsed = semver_default().parse(version);
        const newerLineLiveBefore = parsed !== null &&
            firstLiveAt !== undefined &&
            [...lineLive].some(([line, at]) => newerLine(`${line}.0`, parsed) && at < firstLiveAt);
        const failed = attempts.filter((outcome) => outcome.changeFailed);
        const restores = failed
            .filter((outcome) => outcome.restoredAt !== undefined)
            .map((outcome) => outcome.restoredAt - outcome.failureAt);
        const first = history.firstCommits.get(version);
        const link = history.releases.get(version);
        const newest = [...attempts].sort((a, b) => b.deployment.createdAt - a.deployment.createdAt);
        releases.push({
            version,
            tag: history.tags.get(version),
            url: link?.url,
            runUrl: (failed[0] ?? newest[0])?.deployment.runUrl,
            shipped: firstLiveAt !== undefined,
            inProgress: firstLiveAt === undefined && attempts.some((outcome) => !outcome.finished),
            firstLiveAt,
            hotfix: isHotfix(version, attempts.map((outcome) => outcome.deployment), options.hotfixRefs, newerLineLiveBefore),
            leadTimeMs: first && firstLiveAt !== undefined ? Math.max(0, firstLiveAt - first.at) : undefined,
            commits: first?.commits,
            attempts: attempts.length,
            changeFailed: failed.length > 0,
            rolledBack: failed.some((outcome) => outcome.rolledBack),
            reason: failed.map((outcome) => outcome.reason).find(Boolean),
            timeToRestoreMs: restores.length > 0 ? Math.max(...restores) : undefined,
        });
    }
    return releases.sort((a, b) => (a.firstLiveAt ?? Infinity) - (b.firstLiveAt ?? Infinity));
}
function weekFigures(outcomes, releases, period) {
    const weeks = [];
    for (let start = period.since; start < period.until; start += WEEK_MS) {
        const week = { since: start, until: Math.min(start + WEEK_MS, period.until) };
        const deploys = outcomes.filter((outcome) => !outcome.isRollback && outcome.finished && inPeriod(outcome.deployment.createdAt, week));
        const failures = deploys.filter((outcome) => outcome.changeFailed).length;
        const leadTimes = releases
            .filter((release) => release.leadTimeMs !== undefined && inPeriod(release.firstLiveAt, week))
            .map((release) => release.leadTimeMs);
        weeks.push({
            start,
            deployments: deploys.filter((outcome) => outcome.succeeded).length,
            finished: deploys.length,
            changeFailures: failures,
            changeFailureRate: ratio(failures, deploys.length),
            leadTimeMs: spread(leadTimes).median,
        });
    }
    return weeks;
}
function computeFigures(history, options) {
    const outcomesByEnvironment = new Map();
    for (const environment of options.environments) {
        outcomesByEnvironment.set(environment, outcomesOf(history.deployments.filter((deployment) => deployment.environment === environment)));
    }
    const production = outcomesByEnvironment.get(options.production) ?? [];
    const releaseList = releaseFigures(production, history, options);
    const shipped = releaseList.filter((release) => release.shipped);
    const hotfixes = shipped.filter((release) => release.hotfix).length;
    const { since, until } = options.period;
    return {
        period: { since, until, weeks: (until - since) / WEEK_MS },
        production: options.production,
        environments: options.environments.map((environment) => environmentFigures(environment, outcomesByEnvironment.get(environment) ?? [], options.period)),
        releases: {
            shipped: shipped.length,
            hotfixes,
            hotfixShare: ratio(hotfixes, shipped.length),
            leadTimeMs: spread(shipped.filter((release) => release.leadTimeMs !== undefined).map((release) => release.leadTimeMs)),
        },
        releaseList,
        weeks: weekFigures(production, releaseList, options.period),
    };
}
/** Worst first: failed or never shipped (one still deploying is not judged yet), the longest to restore, then the longest lead time. */
function worstReleases(releases, count) {
    const badness = (release) => release.changeFailed || (!release.shipped && !release.inProgress) ? 1 : 0;
    // Never restored (or never shipped) counts as the longest restore of all.
    const restore = (release) => release.timeToRestoreMs ?? (badness(release) ? Number.MAX_SAFE_INTEGER : 0);
    return [...releases]
        .sort((a, b) => badness(b) - badness(a) || restore(b) - restore(a) || (b.leadTimeMs ?? 0) - (a.leadTimeMs ?? 0))
        .slice(0, count);
}

// EXTERNAL MODULE: ./packages/metrics/src/targets.ts
var targets = __webpack_require__(8511);
// EXTERNAL MODULE: ./packages/kit/src/inputs.ts + 1 modules
var inputs = __webpack_require__(1052);
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

;// CONCATENATED MODULE: ./packages/metrics/src/charts.ts

/** Mermaid strings are double-quoted; a quote inside one cannot be escaped, so it is replaced. */
function quoted(text) {
    return `"${text.replace(/"/g, "'")}"`;
}
function xychart(chart) {
    const top = chart.max ?? Math.max(1, Math.ceil(Math.max(0, ...chart.values) * 1.1));
    return [
        'xychart-beta',
        `    title ${quoted(chart.title)}`,
        `    x-axis [${chart.labels.map(quoted).join(', ')}]`,
        `    y-axis ${quoted(chart.axis)} 0 --> ${top}`,
        `    ${chart.kind} [${chart.values.map((value) => String((0,targets/* round */.LI)(value))).join(', ')}]`,
    ].join('\n');
}
/** Week labels: the date each week starts, month-day. */
function weekLabel(start) {
    return new Date(start).toISOString().slice(5, 10);
}
function trendCharts(weeks, environment) {
    const labels = weeks.map((week) => weekLabel(week.start));
    return [
        xychart({
            title: `Deployments to ${environment} per week`,
            axis: 'deployments',
            kind: 'bar',
            labels,
            values: weeks.map((week) => week.deployments),
        }),
        xychart({
            title: 'Lead time for changes, median per week (hours)',
            axis: 'hours',
            kind: 'line',
            labels,
            values: weeks.map((week) => (week.leadTimeMs ?? 0) / 3_600_000),
        }),
        xychart({
            title: 'Change failure rate per week (%)',
            axis: 'percent',
            kind: 'bar',
            labels,
            values: weeks.map((week) => (week.changeFailureRate ?? 0) * 100),
            max: 100,
        }),
    ];
}

;// CONCATENATED MODULE: ./packages/metrics/src/report.ts
/** The job summary, the one-line report and the JSON output. */




const percent = (value) => (value === undefined ? 'no data' : `${(0,targets/* round */.LI)(value * 100)}%`);
const time = (value) => (value === undefined ? 'no data' : (0,inputs/* formatDuration */.a3)(value));
const day = (at) => new Date(at).toISOString().slice(0, 10);
const spreadText = (value) => value.count === 0 ? 'no data' : `${time(value.median)} (p90 ${time(value.p90)}, n=${value.count})`;
function productionOf(figures) {
    return figures.environments.find((env) => env.environment === figures.production);
}
/** One line for a release announcement or a log. */
function headline(figures) {
    const production = productionOf(figures);
    const weeks = (0,targets/* round */.LI)(figures.period.weeks);
    return [
        `${figures.production}, last ${weeks} weeks: ${(0,targets/* round */.LI)(production?.deploymentsPerWeek ?? 0)} deployments/week`,
        `lead time ${time(figures.releases.leadTimeMs.median)}`,
        `change failure rate ${percent(production?.changeFailureRate)}`,
        `time to restore ${time(production?.timeToRestoreMs.median)}`,
        `rollback rate ${percent(production?.rollbackRate)}`,
        figures.releases.shipped === 0
            ? 'no release reached production'
            : `hotfixes ${percent(figures.releases.hotfixShare)} of ${figures.releases.shipped} releases`,
    ].join(', ');
}
function releaseLink(release, context) {
    const url = release.url ??
        (release.tag
            ? `${context.serverUrl}/${context.repository}/releases/tag/${encodeURIComponent(release.tag)}`
            : undefined);
    return url ? `[${release.version}](${url})` : release.version;
}
function outcome(release) {
    if (release.inProgress)
        return 'deploying';
    if (!release.shipped)
        return `never went live (${release.attempts} attempt(s))`;
    if (release.rolledBack)
        return 'rolled back';
    if (release.changeFailed)
        return 'failed';
    return release.attempts > 1 ? `live after ${release.attempts} attempts` : 'live';
}
function environmentTable(env) {
    return (heading(env.environment, 4) +
        table(['figure', 'value'], [
            ['deployments (finished)', env.deployments],
            ['deployment frequency', `${(0,targets/* round */.LI)(env.deploymentsPerWeek)}/week`],
            ['success rate', percent(env.successRate)],
            ['change failure rate', percent(env.changeFailureRate)],
            [
                'rollback rate',
                `${percent(env.rollbackRate)} (${env.rolledBack} rolled back, ${env.rollbacks} rollbacks)`,
            ],
            ['deployment duration', spreadText(env.durationMs)],
            ['time to restore', spreadText(env.timeToRestoreMs)],
            ['still running', env.unfinished],
        ]));
}
function targetTable(results, gate) {
    if (results.length === 0)
        return '';
    const note = gate === 'off' ? ' (not enforced)' : gate === 'warn' ? ' (misses warn)' : ' (misses fail the step)';
    return (heading(`Targets${note}`, 3) +
        table(['', 'target', 'actual'], results.map((result) => [
            icon(result.met),
            `${result.name} ${result.operator} ${(0,targets/* formatValue */.Fl)(result.name, result.value)}`,
            (0,targets/* formatValue */.Fl)(result.name, result.actual),
        ])) +
        '\n');
}
function summaryMarkdown(figures, results, cost, context) {
    const charts = trendCharts(figures.weeks, figures.production)
        .map((chart) => '```mermaid\n' + chart + '\n```\n')
        .join('\n');
    const worst = worstReleases(figures.releaseList, context.worst);
    const worstTable = worst.length === 0
        ? 'No release reached production in this period.\n'
        : table(['release', 'outcome', 'why', 'time to restore', 'lead time', 'commits', 'run'], worst.map((release) => [
            releaseLink(release, context),
            `${outcome(release)}${release.hotfix ? ' · hotfix' : ''}`,
            release.reason,
            time(release.timeToRestoreMs),
            time(release.leadTimeMs),
            release.commits,
            release.runUrl ? `[run](${release.runUrl})` : undefined,
        ]));
    return [
        heading(`Release metrics: ${context.repository}, ${day(figures.period.since)} to ${day(figures.period.until)}`, 2),
        `${headline(figures)}.\n\n`,
        targetTable(results, context.gate),
        heading('Trends', 3),
        charts,
        '\n',
        heading('By environment', 3),
        figures.environments.map(environmentTable).join('\n'),
        '\n',
        heading('Worst releases', 3),
        worstTable,
        `\n<sub>${cost.requests} API requests, ${cost.notModified} of them answered 304 Not Modified (free of the rate limit).</sub>\n`,
    ].join('');
}
/** The `metrics` output: every figure, machine-readable (times in milliseconds, rates from 0 to 1). */
function metricsJson(figures, results, cost, context) {
    const iso = (at) => (at === undefined ? undefined : new Date(at).toISOString());
    return {
        repository: context.repository,
        period: {
            since: iso(figures.period.since),
            until: iso(figures.period.until),
            weeks: figures.period.weeks,
        },
        production: figures.production,
        environments: figures.environments,
        releases: figures.releases,
        weeks: figures.weeks.map((week) => ({ ...week, start: iso(week.start) })),
        worst: worstReleases(figures.releaseList, context.worst).map((release) => ({
            ...release,
            firstLiveAt: iso(release.firstLiveAt),
        })),
        targets: results.map((result) => ({ ...result, met: result.met ?? null, text: (0,targets/* describeTarget */.ff)(result) })),
        cost: { ...cost, counted: cost.requests - cost.notModified },
    };
}

// EXTERNAL MODULE: ./actions/release-metrics/inputs.ts + 6 modules
var release_metrics_inputs = __webpack_require__(799);
;// CONCATENATED MODULE: ./actions/release-metrics/run.ts
/**
 * release-metrics: read the period's deployments, tags, releases and
 * comparisons from GitHub (conditionally, with the cache file when given),
 * compute the figures, write the summary and outputs, then apply the gate.
 */




async function run(inputs) {
    const context = (0,src_context/* runContext */.p)();
    const repo = (0,src_context/* requireRepository */.C)(context);
    const environments = [...new Set([...inputs.environments, inputs.productionEnvironment])];
    const until = inputs.until ?? Date.now();
    const period = { since: until - inputs.period, until };
    const cachePath = inputs.cachePath ? (0,external_node_path_.resolve)(context.workspace, inputs.cachePath) : undefined;
    const cache = cachePath ? await EtagCache.load(cachePath, slimAnswer) : undefined;
    const octokit = await createGitHubClient({ token: inputs.token });
    const cost = useConditionalRequests(octokit, cache);
    const history = await readHistory(octokit, repo, {
        environments,
        production: inputs.productionEnvironment,
        period,
        tagPrefix: inputs.tagPrefix,
    });
    const figures = computeFigures(history, {
        environments,
        production: inputs.productionEnvironment,
        period,
        hotfixRefs: inputs.hotfixRefs,
    });
    const results = (0,targets/* judge */.S4)(figures, inputs.targets);
    if (cache && cachePath)
        await cache.save(cachePath);
    const reportContext = {
        repository: context.repository,
        serverUrl: context.serverUrl,
        worst: inputs.worst,
        gate: inputs.gate,
    };
    const missed = (0,targets/* missedTargets */.Ec)(results);
    const line = headline(figures);
    (0,runner/* setOutputs */.n0)({
        metrics: JSON.stringify(metricsJson(figures, results, cost, reportContext)),
        report: line,
        gate: inputs.gate === 'off' ? 'off' : missed ? 'missed' : 'passed',
    });
    // `line`: one line in another job's report (the release pipeline's announcement) rather than the whole page.
    await (0,runner/* writeSummary */.Sy)(inputs.summary === 'line'
        ? `**Release health** (${context.repository}): ${line}.\n`
        : summaryMarkdown(figures, results, cost, reportContext));
    (0,runner/* info */.pq)(line);
    (0,runner/* info */.pq)(`${cost.requests} API requests, ${cost.notModified} answered 304 Not Modified`);
    if (!missed || inputs.gate === 'off')
        return;
    if (inputs.gate === 'fail')
        throw missed;
    for (const result of results.filter((entry) => entry.met === false)) {
        (0,runner/* warning */.$e)(`Release target missed: ${(0,targets/* describeTarget */.ff)(result)}`, { title: 'release-metrics' });
    }
}


/***/ })

};
