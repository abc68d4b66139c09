export const id = 348;
export const ids = [348];
export const modules = {

/***/ 6348:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  inputSpec: () => (/* reexport */ src_inputs/* spec */.I),
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./packages/kit/src/context.ts
var src_context = __webpack_require__(3731);
// EXTERNAL MODULE: ./packages/kit/src/runner.ts + 3 modules
var runner = __webpack_require__(9237);
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

// EXTERNAL MODULE: ./packages/kit/src/inputs.ts + 1 modules
var inputs = __webpack_require__(1052);
// EXTERNAL MODULE: ./packages/kit/src/errors.ts
var errors = __webpack_require__(7817);
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

// EXTERNAL MODULE: ./packages/notify/src/http.ts
var http = __webpack_require__(767);
;// CONCATENATED MODULE: ./packages/notify/src/shipped.ts

/** GitHub's closing keywords (`Fixes #12`, `closes acme/app#3`, `Resolved: https://…/issues/4`) for this repository. */
function closingReferences(body, repo) {
    if (!body)
        return [];
    const found = new Set();
    const keyword = String.raw `\b(?:close[sd]?|fix(?:e[sd])?|resolve[sd]?)\b:?\s+`;
    const short = new RegExp(`${keyword}(?:([\\w.-]+)/([\\w.-]+))?#(\\d+)\\b`, 'gi');
    const long = new RegExp(`${keyword}https?://[^/\\s]+/([\\w.-]+)/([\\w.-]+)/issues/(\\d+)\\b`, 'gi');
    const same = (owner, name) => owner === undefined ||
        (owner.toLowerCase() === repo.owner.toLowerCase() && name?.toLowerCase() === repo.repo.toLowerCase());
    for (const pattern of [short, long]) {
        for (const match of body.matchAll(pattern)) {
            if (same(match[1], match[2]))
                found.add(Number(match[3]));
        }
    }
    return [...found].sort((a, b) => a - b);
}
/** Commit SHAs in `base...head` (or the history of `head` when there is no base), at most `limit`. */
async function commitsInRange(octokit, repo, range, limit = 1000) {
    const shas = [];
    for (let page = 1; shas.length < limit; page += 1) {
        let batch;
        let total = Infinity;
        if (range.base) {
            const { data } = await octokit.rest.repos.compareCommitsWithBasehead({
                ...repo,
                basehead: `${range.base}...${range.head}`,
                per_page: 100,
                page,
            });
            batch = data.commits.map((commit) => commit.sha);
            total = data.total_commits;
        }
        else {
            const { data } = await octokit.rest.repos.listCommits({
                ...repo,
                sha: range.head,
                per_page: 100,
                page,
            });
            batch = data.map((commit) => commit.sha);
        }
        shas.push(...batch);
        if (batch.length < 100 || shas.length >= total)
            break;
    }
    return [...new Set(shas)].slice(0, limit);
}
const labelNames = (labels) => (labels ?? []).map((label) => (typeof label === 'string' ? label : (label.name ?? ''))).filter(Boolean);
/** Runs `work` over `items`, at most `width` at a time. */
async function pool(items, width, work) {
    const results = new Array(items.length);
    let next = 0;
    await Promise.all(Array.from({ length: Math.min(width, items.length) }, async () => {
        while (next < items.length) {
            const index = next++;
            results[index] = await work(items[index]);
        }
    }));
    return results;
}
async function shippedItems(octokit, repo, commits, log) {
    const pulls = new Map();
    const lists = await pool(commits, 4, async (sha) => {
        const { data } = await octokit.rest.repos.listPullRequestsAssociatedWithCommit({
            ...repo,
            commit_sha: sha,
        });
        return data;
    });
    for (const pull of lists.flat())
        if (pull.merged_at)
            pulls.set(pull.number, pull);
    const items = new Map();
    for (const pull of pulls.values()) {
        items.set(pull.number, {
            number: pull.number,
            kind: 'pull',
            title: pull.title,
            labels: labelNames(pull.labels),
        });
    }
    const referenced = [
        ...new Set([...pulls.values()].flatMap((pull) => closingReferences(pull.body, repo))),
    ].filter((number) => !items.has(number));
    // Optional reads: an API that stops answering ends them all at once, with one warning that says so.
    let unreachable = false;
    const issues = await pool(referenced, 4, async (number) => {
        if (unreachable)
            return undefined;
        try {
            const { data } = await octokit.rest.issues.get({ ...repo, issue_number: number });
            return data;
        }
        catch (thrown) {
            if (isUnreachable(thrown)) {
                if (!unreachable)
                    log.warning(`Issues named as closed by the shipped pull requests were not read: ${describeApiFailure(thrown)}; they get no comment.`);
                unreachable = true;
                return undefined;
            }
            log.warning(`#${number} is named as closed by a pull request but could not be read (${describeApiFailure(thrown)}); skipping it`);
            return undefined;
        }
    });
    for (const issue of issues) {
        if (!issue)
            continue;
        items.set(issue.number, {
            number: issue.number,
            kind: issue.pull_request ? 'pull' : 'issue',
            title: issue.title,
            labels: labelNames(issue.labels),
        });
    }
    return [...items.values()].sort((a, b) => a.number - b.number);
}

;// CONCATENATED MODULE: ./packages/notify/src/release/github-api.ts
const silentLog = { info: () => undefined, warning: () => undefined };
function httpStatus(thrown) {
    if (typeof thrown === 'object' && thrown !== null && 'status' in thrown) {
        const status = thrown.status;
        return typeof status === 'number' ? status : undefined;
    }
    return undefined;
}
/** True for GitHub's 422 whose errors say the thing already exists (a release for a tag, an asset name). */
function isAlreadyExists(thrown) {
    if (httpStatus(thrown) !== 422)
        return false;
    const data = thrown.response?.data;
    return (data?.errors ?? []).some((error) => error.code === 'already_exists');
}
function errorText(thrown) {
    if (thrown instanceof Error)
        return thrown.message;
    return String(thrown);
}
const sleep = (ms) => new Promise((done) => setTimeout(done, ms));

;// CONCATENATED MODULE: ./packages/notify/src/comments.ts


/**
 * "Released in v1.4.0" on every pull request and issue that shipped, plus a
 * label. Each comment carries a hidden marker, so a re-run finds it and never
 * posts twice. Writes go through the client's pacing (one at a time, spaced),
 * which keeps a large release clear of GitHub's secondary rate limit.
 */
function releasedMarker(tag) {
    return `<!-- release-actions:released ${tag} -->`;
}
function releasedComment(tag, releaseUrl) {
    const name = releaseUrl ? `[${tag}](${releaseUrl})` : `\`${tag}\``;
    return `🚀 Released in ${name}.\n\n${releasedMarker(tag)}`;
}
async function hasMarker(octokit, repo, number, marker) {
    for await (const { data } of octokit.paginate.iterator(octokit.rest.issues.listComments, {
        ...repo,
        issue_number: number,
        per_page: 100,
    })) {
        if (data.some((comment) => comment.body?.includes(marker)))
            return true;
    }
    return false;
}
async function commentOnShipped(octokit, repo, items, options, log) {
    const outcome = { commented: [], alreadyCommented: [], labelled: [] };
    const marker = releasedMarker(options.tag);
    for (const item of items) {
        try {
            if (await hasMarker(octokit, repo, item.number, marker)) {
                outcome.alreadyCommented.push(item.number);
            }
            else {
                await octokit.rest.issues.createComment({
                    ...repo,
                    issue_number: item.number,
                    body: releasedComment(options.tag, options.releaseUrl),
                });
                outcome.commented.push(item.number);
            }
            if (options.label && !item.labels.includes(options.label)) {
                await octokit.rest.issues.addLabels({ ...repo, issue_number: item.number, labels: [options.label] });
                outcome.labelled.push(item.number);
            }
        }
        catch (thrown) {
            const status = httpStatus(thrown);
            const done = outcome.commented.length
                ? ` (already done: ${outcome.commented.map((n) => `#${n}`).join(', ')})`
                : '';
            throw new errors/* ReleaseError */.K2('ECOMMENT', `Could not comment on or label #${item.number}: ${errorText(thrown)}${done}`, {
                hint: status === 403 || status === 404
                    ? 'The job needs `issues: write` and `pull-requests: write` permissions. A re-run skips what was done.'
                    : 'A re-run skips the comments already posted.',
                cause: thrown,
            });
        }
        log.info(`#${item.number} (${item.kind}): released in ${options.tag}`);
    }
    return outcome;
}

// EXTERNAL MODULE: ./packages/notify/src/fit.ts
var fit = __webpack_require__(3356);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./packages/notify/src/release/assets.ts




/**
 * GitHub renames uploaded files whose names contain anything but letters, digits
 * and `._-+@` (and drops leading and trailing dots); naming them the same way
 * up front lets a re-run find them again.
 */
function releaseAssetName(fileName) {
    return fileName.replace(/[^A-Za-z0-9._+@-]+/g, '.').replace(/^\.+|\.+$/g, '') || 'asset';
}
/**
 * How two names are compared: GitHub's exact replacement rules are not documented
 * (one dot per character or per run of characters), so runs of dots count as one.
 */
function assetKey(name) {
    return releaseAssetName(name)
        .replace(/\.{2,}/g, '.')
        .toLowerCase();
}
const CONTENT_TYPES = [
    [/\.(tar\.gz|tgz)$/i, 'application/gzip'],
    [/\.gz$/i, 'application/gzip'],
    [/\.zip$/i, 'application/zip'],
    [/\.tar$/i, 'application/x-tar'],
    [/\.(tar\.xz|xz)$/i, 'application/x-xz'],
    [/\.(tar\.zst|zst)$/i, 'application/zstd'],
    [/\.(json|intoto\.jsonl|sbom)$/i, 'application/json'],
    [/\.(asc|sig)$/i, 'application/pgp-signature'],
    [/\.(txt|md)$/i, 'text/plain; charset=utf-8'],
    [/(^|\/)SHA(256|512)SUMS$/i, 'text/plain; charset=utf-8'],
    [/\.(deb)$/i, 'application/vnd.debian.binary-package'],
    [/\.(rpm)$/i, 'application/x-rpm'],
];
function contentTypeFor(name) {
    return CONTENT_TYPES.find(([pattern]) => pattern.test(name))?.[1] ?? 'application/octet-stream';
}
async function sha256File(path) {
    const hash = (0,external_node_crypto_.createHash)('sha256');
    for await (const chunk of (0,external_node_fs_.createReadStream)(path))
        hash.update(chunk);
    return hash.digest('hex');
}
/**
 * build-artifacts' manifest (`artifacts.json`): `{ artifacts: [{ name, path, sha256, … }] }`.
 * Returns sha256 by file name, so a re-run compares without reading the files.
 */
async function readManifest(path) {
    const parsed = JSON.parse(await (0,promises_.readFile)(path, 'utf8'));
    const entries = Array.isArray(parsed)
        ? parsed
        : parsed && typeof parsed === 'object' && Array.isArray(parsed.artifacts)
            ? parsed.artifacts
            : undefined;
    if (!entries)
        throw new Error('expected an object with an "artifacts" list');
    const digests = new Map();
    for (const entry of entries) {
        const sha256 = typeof entry?.sha256 === 'string' ? entry.sha256.toLowerCase() : undefined;
        if (!sha256 || !/^[0-9a-f]{64}$/.test(sha256))
            continue;
        for (const key of [entry.name, entry.path, entry.file]) {
            if (typeof key === 'string' && key)
                digests.set(assetKey((0,external_node_path_.basename)(key)), sha256);
        }
    }
    return digests;
}
async function describeLocalAssets(paths, manifest) {
    return Promise.all(paths.map(async (path) => {
        const name = releaseAssetName((0,external_node_path_.basename)(path));
        return { name, path, size: (await (0,promises_.stat)(path)).size, sha256: manifest?.get(assetKey(name)) };
    }));
}
/** Names that two local files would share on the release. */
function duplicateNames(assets) {
    const seen = new Map();
    for (const asset of assets)
        seen.set(assetKey(asset.name), (seen.get(assetKey(asset.name)) ?? 0) + 1);
    return [...seen].filter(([, count]) => count > 1).map(([name]) => name);
}
function digestHex(digest) {
    const match = /^sha256:([0-9a-f]{64})$/i.exec(digest ?? '');
    return match ? match[1].toLowerCase() : undefined;
}
async function localSha256(asset) {
    asset.sha256 ??= await sha256File(asset.path);
    return asset.sha256;
}
/** Decides, for each local file, what to do with the release's asset of the same name. */
async function planAssets(locals, remotes, options) {
    const byName = new Map(remotes.map((remote) => [assetKey(remote.name), remote]));
    const steps = [];
    for (const local of locals) {
        const remote = byName.get(assetKey(local.name));
        if (!remote) {
            steps.push({ action: 'upload', local });
            continue;
        }
        // An upload that died half-way leaves an asset that is not "uploaded": it is never a real file.
        if (remote.state !== 'uploaded') {
            steps.push({
                action: 'replace',
                local,
                remote,
                reason: `left ${remote.state} by an interrupted upload`,
            });
            continue;
        }
        // A different size is a different file: no need to download it to know.
        if (remote.size !== local.size) {
            if (options.replace)
                steps.push({ action: 'replace', local, remote, reason: 'different size' });
            else {
                const remoteSha256 = digestHex(remote.digest);
                steps.push({
                    action: 'conflict',
                    local,
                    remote,
                    localSha256: await localSha256(local),
                    remoteSha256,
                });
            }
            continue;
        }
        const remoteSha256 = digestHex(remote.digest) ?? (await options.remoteSha256(remote));
        const ownSha256 = await localSha256(local);
        if (remoteSha256 === ownSha256)
            steps.push({ action: 'skip', local, remote });
        else if (options.replace)
            steps.push({ action: 'replace', local, remote, reason: 'different content' });
        else
            steps.push({ action: 'conflict', local, remote, localSha256: ownSha256, remoteSha256 });
    }
    return steps;
}

;// CONCATENATED MODULE: ./packages/notify/src/release/uploads.ts





async function listAssets(octokit, repo, releaseId) {
    return (await octokit.paginate(octokit.rest.repos.listReleaseAssets, {
        ...repo,
        release_id: releaseId,
        per_page: 100,
    }));
}
/** Hashes a release asset by downloading it, for API versions without `digest`. */
async function downloadSha256(octokit, repo, asset) {
    const response = await octokit.request('GET /repos/{owner}/{repo}/releases/assets/{asset_id}', {
        ...repo,
        asset_id: asset.id,
        headers: { accept: 'application/octet-stream' },
        request: { parseSuccessResponseBody: false },
    });
    const hash = (0,external_node_crypto_.createHash)('sha256');
    const body = response.data;
    if (body instanceof ArrayBuffer)
        hash.update(Buffer.from(body));
    else if (body)
        for await (const chunk of body)
            hash.update(chunk);
    return hash.digest('hex');
}
const UPLOAD_ATTEMPTS = 3;
/**
 * Uploads one file to the release's `upload_url`, streaming it. A failed attempt
 * may leave a half-made asset, and a parallel job may upload the same name: both
 * are checked on the release before trying again.
 */
async function uploadAsset(octokit, repo, release, asset, log) {
    for (let attempt = 1;; attempt += 1) {
        try {
            await octokit.request({
                method: 'POST',
                url: release.upload_url,
                name: asset.name,
                data: (0,external_node_fs_.createReadStream)(asset.path),
                headers: { 'content-type': contentTypeFor(asset.name), 'content-length': String(asset.size) },
                // A stream can be sent once: retries happen here, with a fresh stream.
                request: { retries: 0 },
            });
            return 'uploaded';
        }
        catch (thrown) {
            const status = httpStatus(thrown);
            const transient = status === undefined || status >= 500 || status === 429;
            if (status !== 422 && !(transient && attempt < UPLOAD_ATTEMPTS))
                throw thrown;
            const existing = (await listAssets(octokit, repo, release.id)).find((remote) => assetKey(remote.name) === assetKey(asset.name));
            if (existing?.state === 'uploaded') {
                const remoteSha = digestHex(existing.digest) ?? (await downloadSha256(octokit, repo, existing));
                if (remoteSha === (await localSha256(asset)))
                    return 'present';
                throw new errors/* ReleaseError */.K2('EASSETCONFLICT', `${asset.name} was uploaded with different content by another run`);
            }
            if (existing)
                await octokit.rest.repos.deleteReleaseAsset({ ...repo, asset_id: existing.id });
            if (attempt >= UPLOAD_ATTEMPTS)
                throw thrown;
            log.warning(`Upload of ${asset.name} failed (${errorText(thrown)}); trying again`);
            await sleep(500 * attempt);
        }
    }
}

;// CONCATENATED MODULE: ./packages/notify/src/release/release-assets.ts



function conflictError(steps, tag) {
    const conflicts = steps.filter((step) => step.action === 'conflict');
    if (conflicts.length === 0)
        return undefined;
    const lines = conflicts.map((step) => {
        const remote = step.remoteSha256 ? `sha256 ${step.remoteSha256}` : `${step.remote.size} bytes`;
        const local = step.remoteSha256 ? `sha256 ${step.localSha256}` : `${step.local.size} bytes`;
        return `${step.local.name}: the release has ${remote}, ${step.local.path} has ${local}`;
    });
    return new errors/* ReleaseError */.K2('EASSETCONFLICT', `Release ${tag} already has different assets with these names:\n${lines.join('\n')}`, {
        hint: 'Nothing was uploaded. Set `replace-assets: true` to replace them, or rebuild the same bytes.',
    });
}
/** Everything is checked before the first upload: a conflict or an immutable release changes nothing. */
async function planChanges(octokit, request, release, created) {
    const repo = { owner: request.owner, repo: request.repo };
    const remotes = created ? [] : await listAssets(octokit, repo, release.id);
    const steps = await planAssets(request.assets, remotes, {
        replace: request.replaceAssets,
        remoteSha256: (asset) => downloadSha256(octokit, repo, asset),
    });
    const conflict = conflictError(steps, request.tag);
    if (conflict)
        throw conflict;
    const changes = steps.filter((step) => step.action !== 'skip');
    if (changes.length > 0 && !release.draft && release.immutable) {
        throw new errors/* ReleaseError */.K2('EIMMUTABLE', `Release ${request.tag} is published and immutable, so ${changes.map((s) => s.local.name).join(', ')} cannot be attached`, {
            hint: 'Assets of an immutable release are fixed when it is published; publish a new version instead.',
        });
    }
    return steps;
}
/**
 * Attaches the assets the release lacks: same bytes are skipped, different bytes under the
 * same name are a conflict unless replacing was asked for. A fresh release has none to list.
 */
async function syncAssets(octokit, request, release, created, log) {
    const repo = { owner: request.owner, repo: request.repo };
    const steps = await planChanges(octokit, request, release, created);
    const assets = { uploaded: [], replaced: [], skipped: [] };
    for (const step of steps) {
        if (step.action === 'skip') {
            assets.skipped.push(step.local.name);
            continue;
        }
        if (step.action === 'replace') {
            log.info(`Replacing ${step.local.name} (${step.reason})`);
            await octokit.rest.repos.deleteReleaseAsset({ ...repo, asset_id: step.remote.id });
        }
        const result = await uploadAsset(octokit, repo, release, step.local, log);
        if (result === 'present')
            assets.skipped.push(step.local.name);
        else if (step.action === 'replace')
            assets.replaced.push(step.local.name);
        else
            assets.uploaded.push(step.local.name);
    }
    return assets;
}

// EXTERNAL MODULE: ./node_modules/semver/index.js
var semver = __webpack_require__(2088);
var semver_default = /*#__PURE__*/__webpack_require__.n(semver);
;// CONCATENATED MODULE: ./packages/notify/src/release/versions.ts

function isPrerelease(version) {
    return (semver_default().prerelease(version) ?? []).length > 0;
}
/** The version in a tag written as `<prefix><version>`, or undefined for other tags. */
function versionOfTag(tag, prefix) {
    if (!tag.startsWith(prefix))
        return undefined;
    return semver_default().valid(tag.slice(prefix.length)) ?? undefined;
}
function versioned(releases, prefix, exceptTag) {
    return releases
        .filter((release) => !release.draft && release.tag_name !== exceptTag)
        .map((release) => ({ tag: release.tag_name, version: versionOfTag(release.tag_name, prefix) }))
        .filter((entry) => entry.version !== undefined)
        .sort((a, b) => semver_default().rcompare(a.version, b.version));
}
/** The highest published stable release other than `tag`. */
function highestStable(releases, prefix, tag) {
    return versioned(releases, prefix, tag).find((entry) => !isPrerelease(entry.version));
}
/**
 * The release before `version`: the highest stable one below it for a stable
 * version; for a prerelease, the highest of any kind below it.
 */
function previousRelease(releases, prefix, version, tag) {
    const stable = !isPrerelease(version);
    return versioned(releases, prefix, tag).find((entry) => semver_default().lt(entry.version, version) && (!stable || !isPrerelease(entry.version)));
}
/** `make_latest` for a release, when the input leaves it to the action (`auto`). */
function decideLatest(version, releases, prefix, tag) {
    if (isPrerelease(version))
        return { makeLatest: 'false', reason: 'a prerelease is never the latest release' };
    const highest = highestStable(releases, prefix, tag);
    if (highest && semver_default().gt(highest.version, version)) {
        return { makeLatest: 'false', reason: `${highest.tag} is a higher version (a release on an older line)` };
    }
    return {
        makeLatest: 'true',
        reason: highest ? `higher than ${highest.tag}` : 'the first stable release',
    };
}

;// CONCATENATED MODULE: ./packages/notify/src/release/github-release.ts





async function listReleases(octokit, target) {
    // Only owner and repo: any other field of a request object would go into the query string.
    return (await octokit.paginate(octokit.rest.repos.listReleases, {
        ...repo(target),
        per_page: 100,
    }));
}
/** The release that owns a tag: the published one if any, else the oldest draft. */
function canonicalRelease(releases, tag) {
    const candidates = releases.filter((release) => release.tag_name === tag);
    return candidates.find((release) => !release.draft) ?? [...candidates].sort((a, b) => a.id - b.id)[0];
}
async function generateNotes(octokit, request, previousTag) {
    const { data } = await octokit.rest.repos.generateReleaseNotes({
        owner: request.owner,
        repo: request.repo,
        tag_name: request.tag,
        ...(request.target ? { target_commitish: request.target } : {}),
        ...(previousTag ? { previous_tag_name: previousTag } : {}),
    });
    return data.body;
}
async function createDraft(octokit, request, body) {
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
    return data;
}
/** Pauses between reads of the releases list while it catches up with a write (about 20 s in all). */
const LIST_CATCH_UP_DELAYS_MS = [250, 500, 1000, 2000, 2000, 2000, 3000, 3000, 3000, 3000];
/**
 * GitHub's releases list lags behind its writes. Reads it until it shows this
 * run's own draft (releases appear in the order they were made, so every
 * older draft for the tag shows by then too) or a published release for the
 * tag (which settles who owns it), and gives up waiting after about 20 s.
 */
async function settledReleases(octokit, request, mine, log) {
    for (let attempt = 0;; attempt += 1) {
        const releases = await listReleases(octokit, request);
        const settled = releases.some((release) => release.tag_name === request.tag && !release.draft) ||
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
async function deleteDraft(octokit, request, id) {
    try {
        await octokit.rest.repos.deleteRelease({ owner: request.owner, repo: request.repo, release_id: id });
    }
    catch (thrown) {
        // Another run removed it already.
        if (httpStatus(thrown) !== 404)
            throw thrown;
    }
}
/**
 * Creates the draft, unless another job got there first: GitHub answers 422
 * already_exists for a tag with a published release, and allows several drafts
 * for one tag, so after creating, the oldest draft wins and the others are removed.
 */
async function createOrAdopt(octokit, request, body, log) {
    let mine;
    try {
        mine = await createDraft(octokit, request, body);
    }
    catch (thrown) {
        if (!isAlreadyExists(thrown))
            throw thrown;
        log.info(`A release for ${request.tag} was created by another run meanwhile; using it`);
    }
    const winner = canonicalRelease(await settledReleases(octokit, request, mine, log), request.tag) ?? mine;
    if (!winner) {
        throw new errors/* ReleaseError */.K2('ERELEASE', `GitHub refused to create the release for ${request.tag} and none exists`);
    }
    if (mine && winner.id !== mine.id) {
        log.info(`Another run created the release for ${request.tag} at the same time; removing this run's duplicate draft`);
        await deleteDraft(octokit, request, mine.id);
    }
    return { release: winner, created: mine !== undefined && winner.id === mine.id };
}
/** Once the tag's release is published, drafts for the same tag left by runs that died are removed. */
async function removeOtherDrafts(octokit, request, published, log) {
    const others = (await listReleases(octokit, request)).filter((release) => release.tag_name === request.tag && release.draft && release.id !== published.id);
    for (const draft of others) {
        log.info(`Removing a leftover draft for ${request.tag} (id ${draft.id})`);
        await deleteDraft(octokit, request, draft.id);
    }
}
async function publish(octokit, request, release, body, makeLatest) {
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
        return data;
    }
    catch (thrown) {
        // A parallel job may have published it a moment ago (immutable releases then refuse edits).
        const { data } = await octokit.rest.repos.getRelease({ ...repo(request), release_id: release.id });
        if (!data.draft)
            return data;
        // Or published another draft for the tag (the list had not shown it): that one is the release.
        if (isAlreadyExists(thrown)) {
            const published = (await listReleases(octokit, request)).find((candidate) => candidate.tag_name === request.tag && !candidate.draft);
            if (published) {
                await deleteDraft(octokit, request, release.id);
                return published;
            }
        }
        throw thrown;
    }
}
const repo = (request) => ({ owner: request.owner, repo: request.repo });
/** The notes as a release body: GitHub refuses more than 125,000 characters, so they are cut to fit with a link. */
function releaseBody(notes, request) {
    return (0,fit/* fitText */.vY)(notes, fit/* BYTE_BUDGETS */.QC.releaseBody, fit/* utf8Bytes */.dy, (0,fit/* cutNotice */.zm)(request.notesUrl, 'markdown')).text;
}
/** The releases of the repository, the tag's release among them, and the tag the notes start from. */
async function findRelease(octokit, request) {
    const releases = await listReleases(octokit, request);
    const previousTag = request.previousTag ?? previousRelease(releases, request.tagPrefix, request.version, request.tag)?.tag;
    return { releases, previousTag, release: canonicalRelease(releases, request.tag) };
}
/** The notes as given, else the existing release's body, else GitHub's generated notes when asked for. */
async function resolveNotes(octokit, request, release, previousTag) {
    const notes = request.notes ?? (release?.body || undefined);
    if (notes !== undefined)
        return notes;
    return request.generateNotes ? await generateNotes(octokit, request, previousTag) : '';
}
/** A draft is published unless it is to be kept; `auto` makes it latest only when it is the highest version. */
async function publishDraft(octokit, request, release, releases, notes) {
    if (!release.draft || request.keepDraft)
        return { release, decision: undefined };
    const decision = request.makeLatest === 'auto'
        ? decideLatest(request.version, releases, request.tagPrefix, request.tag)
        : { makeLatest: request.makeLatest, reason: 'as configured' };
    const published = await publish(octokit, request, release, releaseBody(notes, request), decision.makeLatest);
    return { release: published, decision };
}
function actionTaken(created, completedDraft, changed) {
    if (created)
        return 'created';
    if (completedDraft)
        return 'completed-draft';
    return changed ? 'updated' : 'unchanged';
}
async function ensureRelease(octokit, request, log) {
    const found = await findRelease(octokit, request);
    let release = found.release;
    const existedBefore = release !== undefined;
    const alreadyPublished = release !== undefined && !release.draft;
    let notes = await resolveNotes(octokit, request, release, found.previousTag);
    let created = false;
    if (!release) {
        ({ release, created } = await createOrAdopt(octokit, request, releaseBody(notes, request), log));
        if (!created && !release.draft)
            notes = request.notes ?? release.body ?? notes;
    }
    else {
        log.info(`Found the ${release.draft ? 'draft ' : ''}release for ${request.tag} (id ${release.id})`);
    }
    const assets = await syncAssets(octokit, request, release, created, log);
    const publishing = await publishDraft(octokit, request, release, found.releases, notes);
    release = publishing.release;
    const decision = publishing.decision;
    if (!release.draft)
        await removeOtherDrafts(octokit, request, release, log);
    const changedAssets = assets.uploaded.length + assets.replaced.length > 0;
    return {
        id: release.id,
        url: release.html_url,
        action: actionTaken(created, existedBefore && !alreadyPublished && decision !== undefined, changedAssets || !!decision),
        draft: release.draft,
        immutable: release.immutable === true,
        notes,
        previousTag: found.previousTag,
        makeLatest: decision?.makeLatest,
        makeLatestReason: decision?.reason,
        assets,
    };
}

;// CONCATENATED MODULE: ./packages/notify/src/scrub.ts
/**
 * Removes secrets from text that is about to be shown: error messages, response
 * bodies, summaries. A webhook URL is a credential in itself, and servers echo
 * it back in error pages ("Cannot POST /hooks/T0/B0/xyz"), so a URL is scrubbed
 * whole, as its path, and percent-encoded, as well as any other masked value.
 */
/** The forms in which a secret may appear in text someone else wrote. */
function secretForms(secret) {
    const forms = new Set([secret]);
    const encoded = encodeURIComponent(secret);
    if (encoded !== secret)
        forms.add(encoded);
    try {
        const url = new URL(secret);
        const tail = url.pathname + url.search;
        if (tail.length >= 8)
            forms.add(tail);
        if (url.pathname.length >= 8)
            forms.add(url.pathname);
        const decoded = decodeURIComponent(url.pathname);
        if (decoded.length >= 8)
            forms.add(decoded);
    }
    catch {
        // Not a URL: the plain forms are enough.
    }
    return [...forms];
}
function scrub(text, secrets) {
    const forms = secrets
        .filter((secret) => secret.length >= 4)
        .flatMap(secretForms)
        .sort((a, b) => b.length - a.length);
    let shown = text;
    for (const form of forms)
        shown = shown.split(form).join('***');
    return shown;
}

;// CONCATENATED MODULE: ./packages/notify/src/channels/index.ts








/** Sends to every channel at once; one channel failing never stops the others. */
async function broadcast(message, plans, options) {
    return Promise.all(plans.map(async ({ channel, failOnError }) => {
        const onRetry = (attempt, waitMs, reason) => options.onRetry?.(attempt, waitMs, scrub(reason, options.secrets), channel.name);
        try {
            const delivery = await channel.send(message, { ...options, onRetry });
            return {
                channel: channel.name,
                status: delivery.status,
                id: delivery.id,
                channelId: delivery.channel,
                detail: delivery.detail,
                attempts: delivery.attempts,
                failOnError,
            };
        }
        catch (thrown) {
            const text = thrown instanceof http/* DeliveryError */.VE
                ? thrown.message
                : thrown instanceof Error
                    ? thrown.message
                    : String(thrown);
            return {
                channel: channel.name,
                status: 'failed',
                error: scrub(text, options.secrets),
                attempts: thrown instanceof http/* DeliveryError */.VE ? thrown.attempts : 1,
                failOnError,
            };
        }
    }));
}

// EXTERNAL MODULE: ./packages/notify/src/message.ts
var src_message = __webpack_require__(5908);
// EXTERNAL MODULE: ./packages/notify/src/text.ts
var src_text = __webpack_require__(4788);
;// CONCATENATED MODULE: ./packages/notify/src/channels/teams.ts




/**
 * Microsoft Teams through a Workflows (Power Automate) webhook: the message is an
 * Adaptive Card 1.4 inside the `attachments` envelope the "post to a channel when
 * a webhook request is received" flow expects. The Office 365 connectors that took
 * MessageCards are retired; their URLs end in webhook.office.com.
 */
const ADAPTIVE_CARD_VERSION = '1.4';
// Teams refuses messages over about 28 KB: the whole payload is kept within BYTE_BUDGETS.teams.
const MAX_TITLE = 400;
const ACCENT = {
    release: 'Good',
    deploy: 'Accent',
    rollback: 'Warning',
    failure: 'Attention',
};
/** The card, with `text` (Markdown, already fitted) as its body text. */
function adaptiveCard(message, text = (0,src_text/* headingsToBold */.kr)(message.text.trim())) {
    const body = [
        {
            type: 'TextBlock',
            text: (0,src_text/* truncate */.xv)(message.title, MAX_TITLE),
            style: 'heading',
            size: 'Large',
            weight: 'Bolder',
            color: ACCENT[message.kind],
            wrap: true,
        },
    ];
    if (text)
        body.push({ type: 'TextBlock', text, wrap: true });
    if (message.facts.length > 0) {
        body.push({
            type: 'FactSet',
            facts: message.facts.map((fact) => ({ title: fact.name, value: fact.value })),
        });
    }
    const card = {
        $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
        type: 'AdaptiveCard',
        version: ADAPTIVE_CARD_VERSION,
        body,
        msteams: { width: 'Full' },
    };
    if (message.links.length > 0) {
        card['actions'] = message.links.map((link) => ({
            type: 'Action.OpenUrl',
            title: link.title,
            url: link.url,
        }));
    }
    return card;
}
function envelope(card) {
    return {
        type: 'message',
        attachments: [
            { contentType: 'application/vnd.microsoft.card.adaptive', contentUrl: null, content: card },
        ],
    };
}
/** The message as sent: its UTF-8 JSON within BYTE_BUDGETS.teams, the notes cut to fit with a link to them. */
function teamsPayload(message) {
    const build = (text) => envelope(adaptiveCard(message, text));
    const fitted = (0,fit/* fitText */.vY)((0,src_text/* headingsToBold */.kr)(message.text.trim()), fit/* BYTE_BUDGETS */.QC.teams, (text) => (0,fit/* jsonBytes */.yN)(build(text)), (0,fit/* cutNotice */.zm)((0,src_message/* fullNotesUrl */._B)(message), 'markdown'));
    return build(fitted.text);
}
/** True for the retired Office 365 connector URLs, so the action can warn. */
function isLegacyTeamsConnector(url) {
    try {
        return /(^|\.)webhook\.office\.com$/i.test(new URL(url).hostname);
    }
    catch {
        return false;
    }
}
class TeamsWebhook {
    webhookUrl;
    name = 'teams';
    constructor(webhookUrl) {
        this.webhookUrl = webhookUrl;
    }
    async send(message, options) {
        const answer = await (0,http/* postWithRetry */.xX)((0,http/* jsonRequest */.UX)(this.webhookUrl, teamsPayload(message)), options);
        // Workflows answer 202 Accepted with no body and no message id.
        return { status: 'sent', detail: 'Workflows webhook', attempts: answer.attempts };
    }
}

;// CONCATENATED MODULE: ./packages/kit/src/glob.ts
/** @actions/glob is loaded on the first search, not at start-up. */
async function globFiles(patterns, options = {}) {
    const { create } = await Promise.all(/* import() */[__webpack_require__.e(119), __webpack_require__.e(411)]).then(__webpack_require__.bind(__webpack_require__, 1411));
    const globber = await create(patterns, options);
    return globber.glob();
}

// EXTERNAL MODULE: ./packages/notify/src/channels/types.ts
var types = __webpack_require__(5673);
;// CONCATENATED MODULE: ./packages/notify/src/channels/slack.ts




/**
 * Slack through an incoming webhook, or through the Web API with a bot token
 * (`chat.postMessage`, which returns the message `ts` so later steps can reply
 * in its thread or update it with `chat.update`).
 */
// Block Kit limits: https://api.slack.com/reference/block-kit/blocks
const SLACK_LIMITS = {
    blocks: 50,
    headerText: 150,
    sectionText: 3000,
    sectionFields: 10,
    fieldText: 2000,
    contextElements: 10,
    fallbackText: 4000,
    textSections: 20,
};
/** The blocks, with `body` (mrkdwn, already fitted) as the text sections. */
function slackBlocks(message, body = (0,src_text/* markdownToSlack */.rw)(message.text.trim())) {
    const blocks = [
        {
            type: 'header',
            text: { type: 'plain_text', text: (0,src_text/* truncate */.xv)(message.title, SLACK_LIMITS.headerText), emoji: true },
        },
    ];
    if (body) {
        const sections = (0,src_text/* chunk */.iv)(body, SLACK_LIMITS.sectionText);
        const kept = sections.slice(0, SLACK_LIMITS.textSections);
        if (sections.length > kept.length) {
            kept[kept.length - 1] = (0,src_text/* truncate */.xv)(kept[kept.length - 1] + '\n…', SLACK_LIMITS.sectionText);
        }
        for (const text of kept)
            blocks.push({ type: 'section', text: { type: 'mrkdwn', text } });
    }
    if (message.facts.length > 0) {
        blocks.push({
            type: 'section',
            fields: message.facts.slice(0, SLACK_LIMITS.sectionFields).map((fact) => ({
                type: 'mrkdwn',
                text: (0,src_text/* truncate */.xv)(`*${(0,src_text/* escapeSlack */.k4)(fact.name)}*\n${(0,src_text/* escapeSlack */.k4)(fact.value)}`, SLACK_LIMITS.fieldText),
            })),
        });
    }
    if (message.links.length > 0) {
        const text = message.links.map((link) => `<${link.url}|${(0,src_text/* escapeSlack */.k4)(link.title)}>`).join('  ·  ');
        blocks.push({
            type: 'context',
            elements: [{ type: 'mrkdwn', text: (0,src_text/* truncate */.xv)(text, SLACK_LIMITS.sectionText) }],
        });
    }
    return blocks;
}
// The notification text is a preview: the blocks carry the message.
const FALLBACK_PREVIEW = 300;
/**
 * The whole payload: blocks plus the plain `text` Slack shows in notifications,
 * its UTF-8 JSON within BYTE_BUDGETS.slack, the notes cut to fit with a link to them.
 */
function slackPayload(message, target = {}) {
    const build = (body) => {
        const fallback = (0,src_text/* truncate */.xv)(`${message.title}\n${message.text}`, FALLBACK_PREVIEW);
        const payload = {
            text: (0,src_text/* escapeSlack */.k4)(fallback),
            blocks: slackBlocks(message, body),
            unfurl_links: false,
            unfurl_media: false,
        };
        if (target.channel)
            payload['channel'] = target.channel;
        if (target.updateTs)
            payload['ts'] = target.updateTs;
        else if (target.threadTs)
            payload['thread_ts'] = target.threadTs;
        return payload;
    };
    const fitted = (0,fit/* fitText */.vY)((0,src_text/* markdownToSlack */.rw)(message.text.trim()), fit/* BYTE_BUDGETS */.QC.slack, (body) => (0,fit/* jsonBytes */.yN)(build(body)), (0,fit/* cutNotice */.zm)((0,src_message/* fullNotesUrl */._B)(message), 'slack'));
    return build(fitted.text);
}
class SlackWebhook {
    webhookUrl;
    name = 'slack';
    constructor(webhookUrl) {
        this.webhookUrl = webhookUrl;
    }
    async send(message, options) {
        const answer = await (0,http/* postWithRetry */.xX)((0,http/* jsonRequest */.UX)(this.webhookUrl, slackPayload(message)), options);
        return { status: 'sent', detail: 'incoming webhook', attempts: answer.attempts };
    }
}
class SlackBot {
    token;
    apiUrl;
    target;
    name = 'slack';
    constructor(token, apiUrl, target) {
        this.token = token;
        this.apiUrl = apiUrl;
        this.target = target;
    }
    async send(message, options) {
        const method = this.target.updateTs ? 'chat.update' : 'chat.postMessage';
        const answer = await (0,http/* postWithRetry */.xX)((0,http/* jsonRequest */.UX)(`${this.apiUrl.replace(/\/+$/, '')}/${method}`, slackPayload(message, this.target), {
            authorization: `Bearer ${this.token}`,
        }), options);
        let parsed;
        try {
            parsed = JSON.parse(answer.body);
        }
        catch {
            throw new http/* DeliveryError */.VE(`Slack ${method} answered with something other than JSON`, answer.status, answer.body);
        }
        // The Web API answers 200 with ok:false for errors such as channel_not_found.
        if (!parsed.ok) {
            throw new http/* DeliveryError */.VE(`Slack ${method} failed: ${parsed.error ?? 'unknown error'}`, answer.status, answer.body, answer.attempts);
        }
        return {
            status: this.target.updateTs ? 'updated' : 'sent',
            id: parsed.ts,
            channel: parsed.channel,
            detail: parsed.channel ? `channel ${parsed.channel}` : undefined,
            attempts: answer.attempts,
        };
    }
}

// EXTERNAL MODULE: ./packages/notify/src/channels/email.ts
var email = __webpack_require__(6888);
;// CONCATENATED MODULE: ./packages/notify/src/channels/discord.ts




/**
 * Discord through a channel webhook, as one embed. Discord rejects a whole
 * message when any embed limit is exceeded, so every part is cut to fit first.
 */
// https://discord.com/developers/docs/resources/message#embed-object-embed-limits
const DISCORD_LIMITS = {
    title: 256,
    description: 4096,
    fields: 25,
    fieldName: 256,
    fieldValue: 1024,
    footer: 2048,
    total: 6000,
};
/** The characters Discord counts against the 6000 total of an embed. */
function embedSize(embed) {
    return (embed.title.length +
        (embed.description?.length ?? 0) +
        embed.fields.reduce((sum, field) => sum + field.name.length + field.value.length, 0) +
        (embed.footer?.text.length ?? 0));
}
/** Cuts every part to its limit, then the description until the whole fits in the total. */
function fitEmbed(embed) {
    const fields = embed.fields
        .filter((field) => field.name.trim() && field.value.trim())
        .slice(0, DISCORD_LIMITS.fields)
        .map((field) => ({
        ...field,
        name: (0,src_text/* truncate */.xv)(field.name, DISCORD_LIMITS.fieldName),
        value: (0,src_text/* truncate */.xv)(field.value, DISCORD_LIMITS.fieldValue),
    }));
    const fitted = {
        ...embed,
        title: (0,src_text/* truncate */.xv)(embed.title, DISCORD_LIMITS.title),
        fields,
        footer: embed.footer ? { text: (0,src_text/* truncate */.xv)(embed.footer.text, DISCORD_LIMITS.footer) } : undefined,
    };
    if (embed.description)
        fitted.description = (0,src_text/* truncate */.xv)(embed.description, DISCORD_LIMITS.description);
    let excess = embedSize(fitted) - DISCORD_LIMITS.total;
    if (excess > 0 && fitted.description) {
        const room = fitted.description.length - excess;
        if (room > 1)
            fitted.description = (0,src_text/* truncate */.xv)(fitted.description, room);
        else
            delete fitted.description;
        excess = embedSize(fitted) - DISCORD_LIMITS.total;
    }
    while (excess > 0 && fitted.fields.length > 0) {
        fitted.fields.pop();
        excess = embedSize(fitted) - DISCORD_LIMITS.total;
    }
    return fitted;
}
/** Room for the description: its own limit, and what the rest of the embed leaves of the total. */
function descriptionRoom(message) {
    const rest = fitEmbed({
        title: message.title,
        color: message.color,
        fields: message.facts.map((fact) => ({ name: fact.name, value: fact.value, inline: true })),
        footer: { text: message.announcement.repository },
    });
    return Math.min(DISCORD_LIMITS.description, DISCORD_LIMITS.total - embedSize(rest));
}
function discordPayload(message, now = new Date()) {
    // Discord counts characters; UTF-16 units are never fewer, so a text within them is within Discord's.
    const description = (0,fit/* fitText */.vY)(message.text.trim(), Math.max(0, descriptionRoom(message)), (text) => text.length, (0,fit/* cutNotice */.zm)((0,src_message/* fullNotesUrl */._B)(message), 'markdown')).text;
    const embed = fitEmbed({
        title: message.title,
        description: description || undefined,
        url: message.url,
        color: message.color,
        fields: message.facts.map((fact) => ({ name: fact.name, value: fact.value, inline: true })),
        footer: { text: message.announcement.repository },
        timestamp: now.toISOString(),
    });
    if (!embed.url)
        delete embed.url;
    if (!embed.description)
        delete embed.description;
    // Nobody is pinged by text that happens to contain @everyone or a role mention.
    return { embeds: [embed], allowed_mentions: { parse: [] } };
}
/** `?wait=true` makes Discord answer with the message (and its id) instead of 204. */
function withWait(webhookUrl) {
    const url = new URL(webhookUrl);
    url.searchParams.set('wait', 'true');
    return url.toString();
}
class DiscordWebhook {
    webhookUrl;
    name = 'discord';
    constructor(webhookUrl) {
        this.webhookUrl = webhookUrl;
    }
    async send(message, options) {
        const answer = await (0,http/* postWithRetry */.xX)((0,http/* jsonRequest */.UX)(withWait(this.webhookUrl), discordPayload(message)), options);
        let id;
        try {
            id = JSON.parse(answer.body).id;
        }
        catch {
            id = undefined;
        }
        return { status: 'sent', id, detail: 'channel webhook', attempts: answer.attempts };
    }
}

;// CONCATENATED MODULE: ./packages/notify/src/channels/webhook.ts




/**
 * A generic JSON webhook (status pages, internal tools). With a secret, the raw
 * body is signed with HMAC-SHA256 and sent as `X-Signature-256: sha256=<hex>`,
 * the scheme GitHub's own webhooks use, so receivers can reuse their verifier.
 */
const SIGNATURE_HEADER = 'x-signature-256';
function signature(body, secret) {
    return `sha256=${(0,external_node_crypto_.createHmac)('sha256', secret).update(body, 'utf8').digest('hex')}`;
}
/**
 * The JSON body, within BYTE_BUDGETS.webhook: over it, `notes` and `text` are cut
 * (each to half the room), `truncated` is true and `release_url`/`run_url` lead to the rest.
 */
function webhookPayload(message, now = new Date()) {
    const whole = webhookBody(message, message.text, message.announcement.notes ?? null, now);
    if ((0,fit/* jsonBytes */.yN)(whole) <= fit/* BYTE_BUDGETS */.QC.webhook)
        return whole;
    const notice = (0,fit/* cutNotice */.zm)((0,src_message/* fullNotesUrl */._B)(message), 'markdown');
    const empty = (0,fit/* jsonBytes */.yN)(webhookBody(message, '', '', now)) + 64;
    const half = Math.max(0, Math.floor((fit/* BYTE_BUDGETS */.QC.webhook - empty) / 2));
    const size = (text) => (0,fit/* jsonBytes */.yN)(text);
    const text = (0,fit/* fitText */.vY)(message.text, half, size, notice).text;
    const notes = message.announcement.notes
        ? (0,fit/* fitText */.vY)(message.announcement.notes, half, size, notice).text
        : null;
    return { ...webhookBody(message, text, notes, now), truncated: true };
}
function webhookBody(message, text, notes, now) {
    const a = message.announcement;
    return {
        event: message.event,
        kind: message.kind,
        repository: a.repository,
        version: a.version,
        tag: a.tag,
        environment: a.environment ?? null,
        previous_version: a.previousVersion ?? null,
        reason: a.reason ?? null,
        url: message.url ?? null,
        release_url: a.releaseUrl ?? null,
        run_url: a.runUrl ?? null,
        title: message.title,
        text,
        notes,
        sent_at: now.toISOString(),
    };
}
class JsonWebhook {
    url;
    secret;
    name = 'webhook';
    constructor(url, secret) {
        this.url = url;
        this.secret = secret;
    }
    async send(message, options) {
        const delivery = (0,external_node_crypto_.randomUUID)();
        const request = (0,http/* jsonRequest */.UX)(this.url, webhookPayload(message), {
            'user-agent': 'release-actions-announce',
            'x-release-event': message.event,
            'x-release-delivery': delivery,
        });
        // The signature covers the exact bytes that are sent.
        if (this.secret)
            request.headers[SIGNATURE_HEADER] = signature(request.body, this.secret);
        const answer = await (0,http/* postWithRetry */.xX)(request, options);
        return {
            status: 'sent',
            id: delivery,
            detail: this.secret ? 'signed' : 'unsigned',
            attempts: answer.attempts,
        };
    }
}

;// CONCATENATED MODULE: ./packages/announce/src/channels.ts


/**
 * A channel is configured when its destination is given, or its settings are (a Slack channel
 * name in the config file): then a missing secret is an error, never a channel silently skipped.
 */
function configuredChannels(inputs) {
    const has = {
        slack: Boolean(inputs.slackWebhookUrl || inputs.slackToken || inputs.slackChannel),
        teams: Boolean(inputs.teamsWebhookUrl),
        discord: Boolean(inputs.discordWebhookUrl),
        email: Boolean(inputs.smtpHost || inputs.emailTo),
        webhook: Boolean(inputs.webhookUrl),
    };
    return types/* CHANNEL_NAMES */.b.filter((name) => has[name]);
}
function slackChannel(inputs, problems) {
    const failOn = '(the slack channel is selected)';
    if (inputs.slackToken) {
        if (!inputs.slackChannel) {
            problems.push((0,errors/* inputProblem */.oi)('slack-channel', '', `a Slack channel id or name to post to with slack-token ${failOn}`));
            return undefined;
        }
        return new SlackBot(inputs.slackToken, inputs.slackApiUrl, {
            channel: inputs.slackChannel,
            threadTs: inputs.slackThreadTs,
            updateTs: inputs.slackUpdateTs,
        });
    }
    if (!inputs.slackWebhookUrl && inputs.slackChannel) {
        problems.push((0,errors/* inputProblem */.oi)('slack-token', '', `a Slack bot token to post to ${inputs.slackChannel} ${failOn}`));
        return undefined;
    }
    if (!inputs.slackWebhookUrl) {
        problems.push((0,errors/* inputProblem */.oi)('slack-webhook-url', '', `a Slack incoming webhook URL, or slack-token ${failOn}`));
        return undefined;
    }
    for (const [name, value] of [
        ['slack-thread-ts', inputs.slackThreadTs],
        ['slack-update-ts', inputs.slackUpdateTs],
    ]) {
        if (value)
            problems.push((0,errors/* inputProblem */.oi)(name, value, 'to be used with slack-token (an incoming webhook cannot reply or update)'));
    }
    return new SlackWebhook(inputs.slackWebhookUrl);
}
function emailChannel(inputs, problems) {
    const failOn = '(the email channel is selected)';
    const missing = [];
    if (!inputs.smtpHost)
        missing.push(['smtp-host', 'the SMTP server host']);
    if (!inputs.emailFrom)
        missing.push(['email-from', 'the sender address']);
    if (!inputs.emailTo)
        missing.push(['email-to', 'at least one recipient address']);
    if (inputs.smtpUsername && !inputs.smtpPassword)
        missing.push(['smtp-password', 'the password for smtp-username']);
    for (const [name, expected] of missing)
        problems.push((0,errors/* inputProblem */.oi)(name, '', `${expected} ${failOn}`));
    if (missing.length > 0)
        return undefined;
    return new email/* EmailChannel */.I4({
        host: inputs.smtpHost,
        port: inputs.smtpPort,
        security: inputs.smtpSecurity,
        username: inputs.smtpUsername,
        password: inputs.smtpPassword,
        ca: inputs.smtpCa,
        from: inputs.emailFrom,
        to: inputs.emailTo,
    });
}
function channelPlans(inputs, problems) {
    const names = inputs.channels ?? configuredChannels(inputs);
    const plans = [];
    for (const name of names) {
        let channel;
        let failOnError = true;
        switch (name) {
            case 'slack':
                channel = slackChannel(inputs, problems);
                failOnError = inputs.slackFailOnError;
                break;
            case 'teams':
                if (inputs.teamsWebhookUrl)
                    channel = new TeamsWebhook(inputs.teamsWebhookUrl);
                else
                    problems.push((0,errors/* inputProblem */.oi)('teams-webhook-url', '', 'a Teams Workflows webhook URL (the teams channel is selected)'));
                failOnError = inputs.teamsFailOnError;
                break;
            case 'discord':
                if (inputs.discordWebhookUrl)
                    channel = new DiscordWebhook(inputs.discordWebhookUrl);
                else
                    problems.push((0,errors/* inputProblem */.oi)('discord-webhook-url', '', 'a Discord webhook URL (the discord channel is selected)'));
                failOnError = inputs.discordFailOnError;
                break;
            case 'email':
                channel = emailChannel(inputs, problems);
                failOnError = inputs.emailFailOnError;
                break;
            case 'webhook':
                if (inputs.webhookUrl)
                    channel = new JsonWebhook(inputs.webhookUrl, inputs.webhookSecret);
                else
                    problems.push((0,errors/* inputProblem */.oi)('webhook-url', '', 'a webhook URL (the webhook channel is selected)'));
                failOnError = inputs.webhookFailOnError;
                break;
        }
        if (channel)
            plans.push({ channel, failOnError });
    }
    return plans;
}

;// CONCATENATED MODULE: ./packages/announce/src/plan.ts






async function readNotes(inputs, workspace, problems) {
    if (inputs.notes && inputs.notesFile) {
        problems.push((0,errors/* inputProblem */.oi)('notes-file', inputs.notesFile, 'to be empty when notes is given (one or the other)'));
        return inputs.notes;
    }
    if (!inputs.notesFile)
        return inputs.notes;
    const path = (0,external_node_path_.resolve)(workspace, inputs.notesFile);
    try {
        return await (0,promises_.readFile)(path, 'utf8');
    }
    catch {
        problems.push((0,errors/* inputProblem */.oi)('notes-file', inputs.notesFile, 'a readable file of release notes (it does not exist)'));
        return undefined;
    }
}
/** Each positive pattern must match at least one file; `!` patterns exclude from all of them. */
async function resolveAssets(patterns, workspace, problems) {
    const anchor = (pattern) => ((0,external_node_path_.isAbsolute)(pattern) ? pattern : (0,external_node_path_.resolve)(workspace, pattern));
    const excludes = patterns.filter((p) => p.startsWith('!')).map((p) => `!${anchor(p.slice(1))}`);
    const files = new Set();
    const empty = [];
    for (const pattern of patterns.filter((p) => !p.startsWith('!'))) {
        const matched = await globFiles([anchor(pattern), ...excludes].join('\n'), {
            matchDirectories: false,
            implicitDescendants: false,
        });
        if (matched.length === 0)
            empty.push(pattern);
        for (const file of matched)
            files.add(file);
    }
    if (empty.length > 0) {
        problems.push((0,errors/* inputProblem */.oi)('assets', patterns.join('\n'), `patterns that match files (nothing matches: ${empty.join(', ')})`));
    }
    return [...files].sort();
}
async function localAssets(inputs, workspace, problems) {
    let manifest;
    if (inputs.manifest) {
        const path = (0,external_node_path_.resolve)(workspace, inputs.manifest);
        try {
            if (!(await (0,promises_.stat)(path)).isFile())
                throw new Error('not a file');
            manifest = await readManifest(path);
        }
        catch (thrown) {
            const why = (0,external_node_fs_.existsSync)(path)
                ? thrown instanceof Error
                    ? thrown.message
                    : String(thrown)
                : 'it does not exist';
            problems.push((0,errors/* inputProblem */.oi)('manifest', inputs.manifest, `build-artifacts' artifacts.json (${why})`));
        }
    }
    if (!inputs.assets)
        return [];
    const assets = await describeLocalAssets(await resolveAssets(inputs.assets, workspace, problems), manifest);
    const duplicates = duplicateNames(assets);
    if (duplicates.length > 0) {
        problems.push((0,errors/* inputProblem */.oi)('assets', inputs.assets.join('\n'), `files with distinct names (more than one is named ${duplicates.join(', ')})`));
    }
    return assets;
}
async function planAnnouncement(inputs, context) {
    const problems = [];
    const isRelease = inputs.kind === 'release';
    // Webhook URLs carry their credential in the path, which error pages like to repeat.
    for (const url of [
        inputs.slackWebhookUrl,
        inputs.teamsWebhookUrl,
        inputs.discordWebhookUrl,
        inputs.webhookUrl,
    ]) {
        if (url)
            for (const form of secretForms(url))
                (0,runner/* mask */.dK)(form);
    }
    if (inputs.githubRelease && !isRelease) {
        problems.push((0,errors/* inputProblem */.oi)('github-release', 'true', `false for kind "${inputs.kind}" (only a release makes a GitHub Release)`));
    }
    if ((inputs.kind === 'deploy' || inputs.kind === 'rollback') && !inputs.environment) {
        problems.push((0,errors/* inputProblem */.oi)('environment', '', `the environment name (required for kind "${inputs.kind}")`));
    }
    const githubRelease = inputs.githubRelease ?? isRelease;
    const comment = (inputs.comment ?? isRelease) && isRelease && !inputs.draft;
    const notes = await readNotes(inputs, context.workspace, problems);
    const assets = await localAssets(inputs, context.workspace, problems);
    if (assets.length > 0 && !githubRelease) {
        problems.push((0,errors/* inputProblem */.oi)('assets', inputs.assets.join('\n'), 'no assets unless github-release is true'));
    }
    const channels = channelPlans(inputs, problems);
    if (!githubRelease && !comment && channels.length === 0) {
        problems.push((0,errors/* inputProblem */.oi)('channels', '', `at least one channel to send to (none is configured: set e.g. slack-webhook-url)`));
    }
    if (problems.length > 0)
        throw new errors/* InputError */.dz(problems);
    const version = inputs.version;
    const tag = inputs.tag || `${inputs.tagPrefix}${version}`;
    return {
        kind: inputs.kind,
        version,
        tag,
        tagPrefix: inputs.tagPrefix,
        previousVersion: inputs.previousVersion,
        notes,
        githubRelease,
        comment,
        commentLabel: ['false', 'none'].includes(inputs.commentLabel) ? undefined : inputs.commentLabel,
        prerelease: inputs.prerelease === 'auto' ? isPrerelease(version) : inputs.prerelease === 'true',
        assets,
        channels,
    };
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

;// CONCATENATED MODULE: ./actions/announce/summary.ts

const ACTIONS = {
    created: 'created and published',
    'completed-draft': 'completed an earlier run’s draft and published it',
    updated: 'updated',
    unchanged: 'already complete, nothing to do',
};
function releaseSection(release) {
    const state = release.draft ? 'draft' : release.immutable ? 'published, immutable' : 'published';
    const action = release.draft && release.action === 'created' ? 'created as a draft' : ACTIONS[release.action];
    const latest = release.makeLatest
        ? ` · latest: ${release.makeLatest === 'true' ? 'yes' : release.makeLatest} (${release.makeLatestReason})`
        : '';
    const lines = [
        `**GitHub Release** [${release.url.split('/').pop()}](${release.url}): ${action} (${state})${latest}\n`,
    ];
    const rows = [
        ...release.assets.uploaded.map((name) => [code(name), '⬆️ uploaded']),
        ...release.assets.replaced.map((name) => [code(name), '🔁 replaced']),
        ...release.assets.skipped.map((name) => [code(name), '⏭️ identical, kept']),
    ];
    if (rows.length > 0)
        lines.push(table(['asset', 'result'], rows));
    return lines.join('\n') + '\n';
}
function channelSection(outcomes) {
    if (outcomes.length === 0)
        return '';
    const rows = outcomes.map((outcome) => [
        outcome.channel,
        `${icon(outcome.status !== 'failed')} ${outcome.status}${outcome.attempts > 1 ? ` (${outcome.attempts} attempts)` : ''}`,
        outcome.id ?? '',
        outcome.status === 'failed'
            ? `${outcome.error ?? ''}${outcome.failOnError ? '' : ' (fail-on-error: false)'}`
            : (outcome.detail ?? ''),
    ]);
    return heading('Channels', 3) + table(['channel', 'result', 'message id', 'detail'], rows) + '\n';
}
function commentSection(comments, skipped) {
    if (skipped)
        return heading('Comments', 3) + `${skipped}\n\n`;
    if (!comments)
        return '';
    const list = (numbers) => (numbers.length ? numbers.map((n) => `#${n}`).join(', ') : 'none');
    return (heading('Comments', 3) +
        table(['', 'pull requests and issues'], [
            ['commented', list(comments.commented)],
            ['already commented by an earlier run', list(comments.alreadyCommented)],
            ['labelled', list(comments.labelled)],
        ]) +
        '\n');
}
function renderSummary(facts) {
    return [
        heading(facts.title),
        facts.release ? releaseSection(facts.release) : '',
        channelSection(facts.channels),
        commentSection(facts.comments, facts.commentsSkipped),
    ].join('');
}

;// CONCATENATED MODULE: ./actions/announce/work.ts




const log = { info: runner/* info */.pq, warning: runner/* warning */.$e };
/** Back-off for chat and email; the variables exist for local servers and tests, like the API client's. */
function retryPolicy() {
    return {
        ...http/* DEFAULT_RETRY */.vI,
        baseMs: pacing().notifyRetryBaseMs ?? http/* DEFAULT_RETRY */.vI.baseMs,
        maxWaitMs: pacing().notifyMaxWaitMs ?? http/* DEFAULT_RETRY */.vI.maxWaitMs,
    };
}
/** The `messages` output: channel → { status, id }, plus Slack's channel id for a later chat.update. */
function messagesOutput(outcomes) {
    const output = {};
    for (const outcome of outcomes) {
        const entry = { status: outcome.status };
        if (outcome.id)
            entry['id'] = outcome.id;
        if (outcome.channelId)
            entry['channel'] = outcome.channelId;
        if (outcome.error)
            entry['error'] = outcome.error;
        output[outcome.channel] = entry;
    }
    return output;
}
/** Where the whole notes live when a release body cannot hold them: the notes file at the tag, else the tag's history. */
function notesUrl(context, tag, notesFile) {
    const base = `${context.serverUrl}/${context.repository}`;
    const path = notesFile?.replace(/^\.\//, '');
    return path
        ? `${base}/blob/${encodeURIComponent(tag)}/${path.split('/').map(encodeURIComponent).join('/')}`
        : `${base}/commits/${encodeURIComponent(tag)}`;
}
function validSha(sha) {
    return /^[0-9a-f]{40}$/.test(sha) && !/^0+$/.test(sha) ? sha : undefined;
}
async function postComments(octokit, plan, repo, commits, previousTag, releaseUrl) {
    // Without an earlier tag this is the first release: its whole history would be a great many reads.
    const limit = previousTag ? 1000 : 250;
    const shas = commits ?? (await commitsInRange(octokit, repo, { base: previousTag, head: plan.tag }, limit));
    if (!commits && shas.length >= limit)
        (0,runner/* warning */.$e)(`Only the first ${limit} commits of the release are looked at`);
    (0,runner/* info */.pq)(`${shas.length} commit(s) in ${previousTag ? `${previousTag}...${plan.tag}` : plan.tag}`);
    const items = await shippedItems(octokit, repo, shas, log);
    (0,runner/* info */.pq)(`${items.length} pull request(s) and issue(s) shipped`);
    return commentOnShipped(octokit, repo, items, { tag: plan.tag, releaseUrl, label: plan.commentLabel }, log);
}
function releaseRequest(plan, inputs, context, api, previousTag) {
    return {
        ...api.repo,
        tag: plan.tag,
        version: plan.version,
        tagPrefix: plan.tagPrefix,
        name: inputs.releaseName || plan.tag,
        notes: plan.notes,
        notesUrl: notesUrl(context, plan.tag, inputs.notesFile),
        generateNotes: inputs.generateNotes,
        previousTag,
        target: inputs.target || validSha(context.sha),
        prerelease: plan.prerelease,
        makeLatest: inputs.makeLatest,
        keepDraft: inputs.draft,
        assets: plan.assets,
        replaceAssets: inputs.replaceAssets,
    };
}
async function publishRelease(plan, inputs, context, api, previousTag) {
    const request = releaseRequest(plan, inputs, context, api, previousTag);
    const created = await (0,runner/* group */.Os)(`GitHub Release ${plan.tag}`, () => ensureRelease(api.octokit, request, log));
    (0,runner/* setOutputs */.n0)({ 'release-url': created.url, 'release-id': String(created.id) });
    (0,runner/* info */.pq)(`Release ${plan.tag}: ${created.url} (${created.action})`);
    return created;
}
/** What the channels say: the release's notes and previous version when the release found them. */
function announcementOf(plan, inputs, context, release, releaseUrl) {
    const previousVersion = plan.previousVersion ??
        (release?.previousTag?.startsWith(plan.tagPrefix)
            ? release.previousTag.slice(plan.tagPrefix.length)
            : undefined);
    return {
        kind: plan.kind,
        repository: context.repository,
        version: plan.version,
        tag: plan.tag,
        environment: inputs.environment,
        url: inputs.url,
        releaseUrl: plan.kind === 'release' ? releaseUrl : undefined,
        runUrl: context.runUrl || undefined,
        notes: release?.notes ?? plan.notes,
        previousVersion,
        reason: inputs.reason,
    };
}
/** Sends to every channel; a channel that must not fail adds a failure, any other only warns. */
async function sendToChannels(message, plan, progress) {
    if (plan.channels.length > 0) {
        progress.channels = await (0,runner/* group */.Os)('Channels', () => broadcast(message, plan.channels, {
            secrets: (0,runner/* maskedValues */.ql)(),
            policy: retryPolicy(),
            onRetry: (attempt, waitMs, reason, channel) => (0,runner/* warning */.$e)(`${channel}: ${reason}; attempt ${attempt + 1} in ${(0,inputs/* formatDuration */.a3)(waitMs)}`),
        }));
        for (const outcome of progress.channels) {
            if (outcome.status !== 'failed')
                (0,runner/* info */.pq)(`${outcome.channel}: ${outcome.status}${outcome.id ? ` (${outcome.id})` : ''}`);
            else if (outcome.failOnError)
                progress.failures.push(`${outcome.channel}: ${outcome.error}`);
            else
                (0,runner/* warning */.$e)(`${outcome.channel} failed (fail-on-error is false): ${outcome.error}`);
        }
    }
    const slack = progress.channels.find((outcome) => outcome.channel === 'slack' && outcome.id);
    (0,runner/* setOutputs */.n0)({ messages: messagesOutput(progress.channels), 'slack-ts': slack?.id });
}
/** A comment on each pull request and issue that shipped; a known failure is reported, not thrown. */
async function commentOnWhatShipped(api, plan, inputs, previousTag, releaseUrl, progress) {
    try {
        progress.comments = await (0,runner/* group */.Os)('Comments on what shipped', () => postComments(api.octokit, plan, api.repo, inputs.commits, previousTag, releaseUrl));
    }
    catch (thrown) {
        if (!(thrown instanceof errors/* ReleaseError */.K2))
            throw thrown;
        progress.failures.push(thrown.hint ? `${thrown.message}\nHint: ${thrown.hint}` : thrown.message);
    }
}
/** The release, then the channels, then the comments, each as far as the plan asks. */
async function announceSteps(plan, inputs, context, progress) {
    const needsApi = plan.githubRelease || plan.comment;
    const api = needsApi
        ? { repo: (0,src_context/* requireRepository */.C)(context), octokit: await createGitHubClient({ token: inputs.token ?? '' }) }
        : undefined;
    const previousTag = plan.previousVersion ? `${plan.tagPrefix}${plan.previousVersion}` : undefined;
    if (plan.githubRelease && api)
        progress.release = await publishRelease(plan, inputs, context, api, previousTag);
    const release = progress.release;
    const releaseUrl = release?.url ?? `${context.serverUrl}/${context.repository}/releases/tag/${plan.tag}`;
    const announcement = announcementOf(plan, inputs, context, release, releaseUrl);
    const message = (0,src_message/* composeMessage */.SB)(announcement, { template: inputs.template, title: inputs.title });
    await sendToChannels(message, plan, progress);
    if (plan.comment && api) {
        await commentOnWhatShipped(api, plan, inputs, release?.previousTag ?? previousTag, releaseUrl, progress);
    }
}
async function announce(inputs, context) {
    const plan = await planAnnouncement(inputs, context);
    if (inputs.teamsWebhookUrl && isLegacyTeamsConnector(inputs.teamsWebhookUrl)) {
        (0,runner/* warning */.$e)('teams-webhook-url is an Office 365 connector URL; those are retired. Create a Workflows webhook instead.');
    }
    const progress = { channels: [], failures: [] };
    const title = `${plan.kind === 'release' ? '🚀' : '📣'} announce: ${context.repository} ${plan.tag}`;
    try {
        await announceSteps(plan, inputs, context, progress);
    }
    finally {
        await (0,runner/* writeSummary */.Sy)(renderSummary({
            title,
            release: progress.release,
            channels: progress.channels,
            comments: progress.comments,
            commentsSkipped: inputs.draft && plan.kind === 'release' ? 'Skipped: the release is kept as a draft.' : undefined,
        }));
    }
    if (progress.failures.length > 0) {
        throw new errors/* ReleaseError */.K2('EANNOUNCE', `Not everything was announced:\n${progress.failures.join('\n')}`, {
            hint: 'What succeeded is not repeated for the GitHub Release and comments when the job is re-run.',
        });
    }
}

// EXTERNAL MODULE: ./packages/announce/src/inputs.ts
var src_inputs = __webpack_require__(5752);
;// CONCATENATED MODULE: ./actions/announce/run.ts


/** The inputs this action reads, for tooling and tests that check every input (secrets are masked). */

async function run(inputs) {
    await announce(inputs, (0,src_context/* runContext */.p)());
}


/***/ })

};
