export const id = 831;
export const ids = [831];
export const modules = {

/***/ 3831:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  inputSpec: () => (/* reexport */ environment_inputs/* rollbackSpec */.kC),
  run: () => (/* binding */ run)
});

// NAMESPACE OBJECT: ./packages/deployments/src/index.ts
var src_namespaceObject = {};
__webpack_require__.r(src_namespaceObject);
__webpack_require__.d(src_namespaceObject, {
  CANARY_SLOT: () => (CANARY_SLOT),
  DEFAULT_LIVE_CHECK_MS: () => (DEFAULT_LIVE_CHECK_MS),
  DeployCancelled: () => (DeployCancelled),
  DeploymentRecord: () => (DeploymentRecord),
  ENVIRONMENT_NAME: () => (environment_inputs/* ENVIRONMENT_NAME */.YR),
  MIGRATION_KINDS: () => (types/* MIGRATION_KINDS */.dt),
  PAYLOAD_TOOL: () => (PAYLOAD_TOOL),
  Provider: () => (Provider),
  ROLLBACK_COMMANDS: () => (ROLLBACK_COMMANDS),
  RecordedDeployment: () => (RecordedDeployment),
  STRATEGIES: () => (types/* STRATEGIES */.YL),
  STRATEGY_RUNNERS: () => (STRATEGY_RUNNERS),
  TOOLS_EXPECTED: () => (tool_specs/* TOOLS_EXPECTED */.t),
  Timeline: () => (Timeline),
  VERSION: () => (environment_inputs/* VERSION */.xv),
  VerificationFailure: () => (VerificationFailure),
  analysisTable: () => (analysisTable),
  analysisUrl: () => (analysisUrl),
  archiveKind: () => (archiveKind),
  batchesOf: () => (batchesOf),
  buildPayload: () => (buildPayload),
  canaryWeights: () => (environment_inputs/* canaryWeights */.Aw),
  checkAllowedRef: () => (checkAllowedRef),
  checkKnownEnvironment: () => (checkKnownEnvironment),
  checkLiveTraffic: () => (checkLiveTraffic),
  checkMigrationRollback: () => (checkMigrationRollback),
  checkRequiredEnvironment: () => (checkRequiredEnvironment),
  checkRollbackCommands: () => (checkRollbackCommands),
  checksVerifier: () => (checksVerifier),
  commandContext: () => (commandContext),
  commandEnvironment: () => (commandEnvironment),
  commandInput: () => (commandInput),
  defaultAllowedRefs: () => (defaultAllowedRefs),
  deploy: () => (deploy),
  deployEnvSpec: () => (environment_inputs/* deployEnvSpec */._B),
  deployRolling: () => (deployRolling),
  deploySettings: () => (deploySettings),
  deploySummary: () => (deploySummary),
  deploymentsInProgress: () => (deploymentsInProgress),
  describeImpact: () => (describeImpact),
  describeMigration: () => (describeMigration),
  describeStatus: () => (describeStatus),
  fillTemplate: () => (fillTemplate),
  findRollback: () => (findRollback),
  idleSlot: () => (idleSlot),
  installTools: () => (installTools),
  isAlreadyLive: () => (isAlreadyLive),
  isProductionName: () => (isProductionName),
  keepUnchanged: () => (keepUnchanged),
  knownEnvironments: () => (knownEnvironments),
  mayServe: () => (mayServe),
  messageOf: () => (messageOf),
  migrateOnce: () => (migrateOnce),
  migrationProblems: () => (migrationProblems),
  migrationToUndo: () => (migrationToUndo),
  nameMigration: () => (nameMigration),
  parseMigrationOutput: () => (parseMigrationOutput),
  parsePayload: () => (parsePayload),
  parseStatusOutput: () => (parseStatusOutput),
  parseToolSpecs: () => (tool_specs/* parseToolSpecs */.W),
  planRollback: () => (planRollback),
  probeLive: () => (probeLive),
  promoteCanary: () => (promoteCanary),
  providerSettings: () => (providerSettings),
  providerSpec: () => (environment_inputs/* providerSpec */.F1),
  readEnvironmentInputs: () => (environment_inputs/* readEnvironmentInputs */.JR),
  readStatusDescription: () => (readStatusDescription),
  readVersionAt: () => (readVersionAt),
  recordCancelled: () => (recordCancelled),
  recordedMigration: () => (recordedMigration),
  recordedMigrationUndo: () => (recordedMigrationUndo),
  refAllowed: () => (refAllowed),
  removeCanary: () => (removeCanary),
  resolveArtifacts: () => (resolveArtifacts),
  rollBack: () => (rollBack),
  rollbackReport: () => (rollbackReport),
  rollbackSpec: () => (environment_inputs/* rollbackSpec */.kC),
  rollbackSummary: () => (rollbackSummary),
  runnerLog: () => (runnerLog),
  schemaMoved: () => (schemaMoved),
  setupTools: () => (setupTools),
  sha256File: () => (sha256File),
  silentLog: () => (types/* silentLog */.aB),
  sourceRef: () => (sourceRef),
  staleRollbackReason: () => (staleRollbackReason),
  stepsTable: () => (stepsTable),
  stopIfCancelled: () => (stopIfCancelled),
  strategyProblems: () => (strategyProblems),
  templateKeys: () => (templateKeys),
  toolUrl: () => (toolUrl),
  trafficQueryProblems: () => (trafficQueryProblems),
  unchangedPayload: () => (unchangedPayload),
  undoBeforeTraffic: () => (undoBeforeTraffic),
  undoMigrationOnce: () => (undoMigrationOnce),
  verifyChecks: () => (verifyChecks),
  verifyEnvironment: () => (verifyEnvironment),
  verifyUnit: () => (verifyUnit),
  waitForTurn: () => (waitForTurn),
  watchLive: () => (watchLive)
});

// EXTERNAL MODULE: external "node:string_decoder"
var external_node_string_decoder_ = __webpack_require__(6193);
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
function child_env_childEnvironment(extra = {}, base = process.env) {
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

;// CONCATENATED MODULE: ./packages/kit/src/processes.ts


let execModule;
let ioModule;
function collector() {
    const decoder = new external_node_string_decoder_.StringDecoder('utf8');
    let text = '';
    return { push: (chunk) => (text += decoder.write(chunk)), text: () => text + decoder.end() };
}
/** The runner's processes: @actions/exec, loaded on the first command rather than at start-up. */
const runnerProcesses = {
    async run(commandLine, args, options = {}) {
        const { exec } = await (execModule ??= __webpack_require__.e(/* import() */ 955).then(__webpack_require__.bind(__webpack_require__, 1955)));
        const stdout = collector();
        const stderr = collector();
        const exitCode = await exec(commandLine, args, {
            cwd: options.cwd,
            env: child_env_childEnvironment({}, options.env ?? process.env),
            input: options.input,
            silent: options.silent,
            outStream: options.outStream,
            errStream: options.errStream,
            ignoreReturnCode: true,
            listeners: {
                stdout: (chunk) => {
                    if (options.capture)
                        stdout.push(chunk);
                    options.onStdout?.(chunk);
                },
                stderr: (chunk) => {
                    if (options.capture)
                        stderr.push(chunk);
                    options.onStderr?.(chunk);
                },
            },
        });
        return { exitCode, stdout: stdout.text(), stderr: stderr.text() };
    },
    async which(program) {
        const { which } = await (ioModule ??= __webpack_require__.e(/* import() */ 701).then(__webpack_require__.bind(__webpack_require__, 8701)));
        return (await which(program, false)) || undefined;
    },
};
/**
 * Runs nothing: records each command and answers with `answer` (by default
 * exit code 0 and no output). Every program is "installed" at /usr/bin.
 */
class NullProcessRunner {
    answer;
    calls = [];
    constructor(answer = () => ({})) {
        this.answer = answer;
    }
    async run(commandLine, args, options = {}) {
        const call = { commandLine, args, options, env: childEnvironment({}, options.env ?? process.env) };
        this.calls.push(call);
        const { exitCode = 0, stdout = '', stderr = '' } = this.answer(call);
        if (stdout)
            options.onStdout?.(Buffer.from(stdout));
        if (stderr)
            options.onStderr?.(Buffer.from(stderr));
        return { exitCode, stdout: options.capture ? stdout : '', stderr: options.capture ? stderr : '' };
    }
    async which(program) {
        return `/usr/bin/${program}`;
    }
}

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

// EXTERNAL MODULE: ./node_modules/minimatch/dist/esm/index.js + 7 modules
var esm = __webpack_require__(3581);
;// CONCATENATED MODULE: ./packages/deployments/src/guards.ts
/**
 * Checks made before anything changes: may this ref go to this environment, has
 * this version passed the environment before it, is the environment one the
 * repository knows.
 */


const SHA = /^[0-9a-f]{40}$/i;
function isProductionName(environment) {
    return /^(production|prod)$/i.test(environment);
}
/** Production only from tags or main, unless the environment's settings say otherwise. */
function defaultAllowedRefs(production) {
    return production ? ['refs/tags/*', 'refs/heads/main'] : ['**'];
}
/**
 * The ref a version came from, in full form when it can be known. A commit SHA
 * says nothing about a branch, so the workflow's own ref stands in for it.
 */
function sourceRef(ref, workflowRef) {
    if (!ref || SHA.test(ref))
        return workflowRef;
    return ref;
}
/**
 * Patterns starting with `refs/` match the full ref; others match its short
 * name (`main`, `v*`), so `main` allows refs/heads/main and a tag named main alike.
 */
function refAllowed(ref, patterns) {
    const short = ref.replace(/^refs\/(heads|tags)\//, '');
    // A lone `*` is meant as "any ref", though a glob star stops at `/` (feature/x).
    return patterns.some((pattern) => {
        if (pattern === '*' || pattern === '**')
            return true;
        if (pattern.startsWith('refs/'))
            return (0,esm/* minimatch */.xF)(ref, pattern);
        return (0,esm/* minimatch */.xF)(short, pattern) || (0,esm/* minimatch */.xF)(ref, pattern);
    });
}
function checkAllowedRef(environment, ref, patterns) {
    if (!ref) {
        throw new errors/* ReleaseError */.K2('EREF', `Cannot tell which ref ${environment} would be deployed from`, {
            hint: 'Set the input "ref" (a branch or tag) or run from a workflow with GITHUB_REF set.',
        });
    }
    if (refAllowed(ref, patterns))
        return;
    throw new errors/* ReleaseError */.K2('EREF', `${environment} does not accept deployments from ${ref}; allowed: ${patterns.join(', ')}`, {
        hint: `Deploy a tag or an allowed branch, or change allowed-refs under environments.${environment} in .github/release-actions.yml.`,
    });
}
/** `require-environment`: the version must be live, or have been live and not rolled back, there first. */
async function checkRequiredEnvironment(record, version, before) {
    const proof = await record.find((deployment) => deployment.version === version && deployment.good);
    if (proof)
        return proof.id;
    throw new errors/* ReleaseError */.K2('ENOTDEPLOYED', `${version} has no successful deployment to ${record.environment}, which ${before} requires first`, { hint: `Deploy ${version} to ${record.environment} (and let it pass its checks) before ${before}.` });
}
/**
 * An environment name nobody declared is most likely a typo that GitHub would
 * silently turn into a new environment. Known names: the config file's
 * `environments:` and the repository's environments.
 */
function checkKnownEnvironment(environment, known) {
    if (known.length === 0 || known.includes(environment))
        return;
    throw new errors/* ReleaseError */.K2('EENVIRONMENT', `Unknown environment "${environment}"; known: ${[...new Set(known)].sort().join(', ')}`, {
        hint: 'Add it under environments: in .github/release-actions.yml or create it in Settings → Environments.',
    });
}

// EXTERNAL MODULE: ./node_modules/jsonpath-plus/dist/index-node-esm.js
var index_node_esm = __webpack_require__(6229);
;// CONCATENATED MODULE: ./packages/checks/src/backoff.ts
function backoffDelay(attempt, options) {
    const factor = options.factor ?? 2;
    const ceiling = Math.min(options.maxMs, options.initialMs * factor ** Math.max(0, attempt - 1));
    const random = options.random ?? Math.random;
    return ceiling / 2 + random() * (ceiling / 2);
}
/** Resolves after `ms`, or early (without error) when the signal aborts. */
function sleep(ms, signal) {
    return new Promise((resolve) => {
        if (signal?.aborted)
            return resolve();
        const done = () => {
            clearTimeout(timer);
            signal?.removeEventListener('abort', done);
            resolve();
        };
        const timer = setTimeout(done, ms);
        signal?.addEventListener('abort', done, { once: true });
    });
}

;// CONCATENATED MODULE: ./packages/checks/src/limits.ts
/**
 * Bounds on what a caller may ask for. They keep an analysis run's memory fixed
 * (one latency slot per planned request) and turn a typo such as `rate: 50000`
 * into an input error rather than a load test against production.
 */
const LIMITS = {
    /** Longest analysis run. */
    maxDurationMs: 60 * 60_000,
    /** Highest request rate, per second. */
    maxRate: 5_000,
    /** Most requests one analysis run may plan (rate × duration). */
    maxRequests: 1_000_000,
    /** Most requests in flight at once during analysis. */
    maxConcurrency: 1_024,
    /** Longest per-request timeout and latency budget. */
    maxRequestTimeoutMs: 10 * 60_000,
    /** Longest a command check may run. */
    maxCommandTimeoutMs: 6 * 60 * 60_000,
    /** Longest wait for readiness. */
    maxWaitMs: 6 * 60 * 60_000,
    maxP95Ms: 10 * 60_000,
    maxDegradationPct: 1_000,
};
/** How many requests an analysis run plans: one every 1/rate seconds over the duration. */
function plannedRequests(durationMs, rate) {
    return Math.max(1, Math.floor((durationMs * rate) / 1000));
}

;// CONCATENATED MODULE: ./packages/checks/src/names.ts
/** Header names whose values are credentials whatever the user says. */
const ALWAYS_SECRET = new Set(['authorization', 'proxy-authorization', 'cookie', 'set-cookie']);
/** Names that look like they carry a credential (X-Api-Key, X-Auth-Token, X-Session-Id …). */
const SECRET_LOOKING = /token|secret|key|auth|session|passw|signature|credential|cookie/i;
function isSecretHeader(name, extra = []) {
    const lower = name.trim().toLowerCase();
    return (ALWAYS_SECRET.has(lower) ||
        SECRET_LOOKING.test(lower) ||
        extra.some((item) => item.trim().toLowerCase() === lower));
}
/**
 * The values to mask for an HTTP check: every secret header value, and for
 * `Bearer xyz` / `Basic xyz` the credential on its own too (it may be echoed alone).
 */
function secretHeaderValues(check) {
    const values = [];
    for (const [name, value] of Object.entries(check.headers ?? {})) {
        if (!value || !isSecretHeader(name, check.secretHeaders))
            continue;
        values.push(value);
        const credential = /^\S+\s+(\S.*)$/.exec(value)?.[1];
        if (credential && credential.length >= 4)
            values.push(credential);
    }
    return values;
}
function shorten(text, limit = 60) {
    const oneLine = text.replace(/\s+/g, ' ').trim();
    return oneLine.length > limit ? `${oneLine.slice(0, limit - 1)}…` : oneLine;
}
/** A URL fit for logs: no user:password, no query string (it may carry a token). */
function displayUrl(raw) {
    try {
        const url = new URL(raw);
        return `${url.protocol}//${url.host}${url.pathname}`;
    }
    catch {
        return shorten(raw);
    }
}
/** The name a check is reported under: its own, or one made from what it checks. */
function checkName(check) {
    if (check.name)
        return check.name;
    switch (check.kind) {
        case 'http':
            return `${(check.method ?? 'GET').toUpperCase()} ${displayUrl(check.url)}`;
        case 'tcp':
            return `tcp ${check.host.includes(':') ? `[${check.host}]` : check.host}:${check.port}`;
        case 'command':
            return `command: ${shorten(check.command)}`;
        case 'prometheus':
            return `prometheus: ${shorten(check.query)} ${check.operator} ${check.threshold}`;
    }
}
/** Gives every check a distinct name, so results and events can be told apart. */
function uniqueNames(checks) {
    const seen = new Map();
    return checks.map((check) => {
        const base = checkName(check);
        const count = (seen.get(base) ?? 0) + 1;
        seen.set(base, count);
        return count === 1 ? base : `${base} #${count}`;
    });
}

/** Credentials a URL may carry: the password of user:password@, and token-like query values. */
function secretUrlParts(raw) {
    let url;
    try {
        url = new URL(raw);
    }
    catch {
        return [];
    }
    const parts = [];
    if (url.password)
        parts.push(url.password, decodeURIComponent(url.password));
    for (const [name, value] of url.searchParams) {
        if (value.length >= 4 && SECRET_LOOKING.test(name))
            parts.push(value, encodeURIComponent(value));
    }
    return [...new Set(parts)];
}

;// CONCATENATED MODULE: ./packages/checks/src/percentiles.ts
/**
 * Exact percentiles by the nearest-rank method: the p-th percentile is the smallest
 * sample that at least p % of the samples do not exceed. No estimation, no buckets,
 * so two runs over the same samples give the same figures.
 */
function percentile(sorted, p) {
    if (sorted.length === 0)
        return 0;
    const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
    return sorted[Math.min(rank, sorted.length) - 1];
}
/** Two decimals: sub-millisecond detail matters on loopback, more is noise. */
function roundMs(value) {
    return Math.round(value * 100) / 100;
}
function percentiles(samples) {
    const sorted = Float64Array.from(samples).sort();
    return {
        p50: roundMs(percentile(sorted, 50)),
        p95: roundMs(percentile(sorted, 95)),
        p99: roundMs(percentile(sorted, 99)),
        max: roundMs(sorted.length > 0 ? sorted[sorted.length - 1] : 0),
    };
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
;// CONCATENATED MODULE: ./packages/checks/src/command-check.ts


const DEFAULT_COMMAND_TIMEOUT_MS = 10 * 60_000;
/** What is kept of the output to explain a failure: the last lines, not the whole log. */
const TAIL_BYTES = 4096;
const KILL_GRACE_MS = 2_000;
function lastLine(tail) {
    const lines = tail
        .split(/\r?\n/)
        .map((line) => line.trim())
        .filter(Boolean);
    const line = lines[lines.length - 1];
    return line && line.length > 200 ? `${line.slice(0, 199)}…` : line;
}
/**
 * Runs the command through the shell (the user wrote a shell command, such as
 * `npm run test:smoke`) in its own process group, so a timeout stops the whole
 * tree and not only the shell. Passes on exit code 0.
 */
function probeCommand(check, options = {}) {
    const timeoutMs = options.timeoutMs ?? check.timeoutMs ?? DEFAULT_COMMAND_TIMEOUT_MS;
    const started = performance.now();
    const posix = process.platform !== 'win32';
    return new Promise((resolve) => {
        let tail = '';
        let stopped;
        let settled = false;
        const child = (0,external_node_child_process_.spawn)(check.command, {
            shell: true,
            cwd: check.cwd,
            // The step's inputs (headers with tokens, a URL with a password, the Prometheus token) stay out.
            env: child_env_childEnvironment(check.env),
            stdio: ['ignore', 'pipe', 'pipe'],
            detached: posix,
        });
        const finish = (verdict) => {
            if (settled)
                return;
            settled = true;
            clearTimeout(timer);
            clearTimeout(killer);
            options.signal?.removeEventListener('abort', onAbort);
            resolve({ ...verdict, latencyMs: performance.now() - started });
        };
        const signalTree = (signal) => {
            try {
                if (posix && child.pid)
                    process.kill(-child.pid, signal);
                else
                    child.kill(signal);
            }
            catch {
                // Already gone.
            }
        };
        let killer;
        const stop = (why) => {
            stopped = why;
            signalTree('SIGTERM');
            killer = setTimeout(() => signalTree('SIGKILL'), KILL_GRACE_MS);
        };
        const onAbort = () => stop('aborted');
        const timer = setTimeout(() => stop(`timeout after ${timeoutMs} ms`), timeoutMs);
        if (options.signal?.aborted)
            onAbort();
        else
            options.signal?.addEventListener('abort', onAbort, { once: true });
        const collect = (stream) => (chunk) => {
            const text = chunk.toString('utf8');
            check.onOutput?.(text, stream);
            tail = (tail + text).slice(-TAIL_BYTES);
        };
        child.stdout.on('data', collect('stdout'));
        child.stderr.on('data', collect('stderr'));
        child.once('error', (thrown) => finish({ passed: false, reason: `could not start the command: ${thrown.message}` }));
        child.once('close', (code, signal) => {
            if (stopped)
                return finish({ passed: false, reason: stopped, aborted: stopped === 'aborted' });
            if (code === 0)
                return finish({ passed: true, value: 0 });
            const line = lastLine(tail);
            const how = code === null ? `was killed by ${signal}` : `exited with code ${code}`;
            finish({ passed: false, reason: line ? `${how}: ${line}` : how, value: code ?? undefined });
        });
    });
}

;// CONCATENATED MODULE: ./packages/checks/src/jsonpath.ts

/**
 * JSON paths through jsonpath-plus, which evaluates almost anything it is given
 * ("$.[" returns the whole document). A typo in a version check must be an input
 * error, not a check that compares the wrong value, so paths are validated here
 * first: `$`, then `.name`, `.*`, `..name`, `[...]` segments, filter expressions
 * parsed by jsonpath-plus's own safe evaluator.
 */
const NAME = /^[A-Za-z_$][\w$-]*/;
/** The filter expression as jsonpath-plus rewrites it before parsing (`@.x` → `_$_v.x`). */
function scriptOf(expression) {
    return expression
        .replace(/@(parentProperty|parent|property|root|path)/g, '_$_$1')
        .replace(/@(?=[.\s)[]|$)/g, '_$_v');
}
function checkScript(expression) {
    const Script = index_node_esm/* JSONPath */.E.prototype.safeVm.Script;
    try {
        new Script(scriptOf(expression));
        return undefined;
    }
    catch (thrown) {
        return `filter "${expression}" is not a valid expression (${thrown.message})`;
    }
}
/** Reads up to the `]` that closes a bracket opened at `start`, minding quotes and parentheses. */
function closingBracket(path, start) {
    let depth = 0;
    let quote;
    for (let i = start; i < path.length; i += 1) {
        const char = path[i];
        if (quote) {
            if (char === '\\')
                i += 1;
            else if (char === quote)
                quote = undefined;
        }
        else if (char === "'" || char === '"')
            quote = char;
        else if (char === '(' || char === '[')
            depth += 1;
        else if (char === ')' || char === ']') {
            depth -= 1;
            if (depth === 0)
                return char === ']' ? i : -1;
            if (depth < 0)
                return -1;
        }
    }
    return -1;
}
const QUOTED = String.raw `(?:'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")`;
const INDEX = String.raw `-?\d+`;
const SLICE = String.raw `(?:-?\d+)?:(?:-?\d+)?(?::-?\d+)?`;
const MEMBER_LIST = new RegExp(String.raw `^\s*(?:${QUOTED}|${INDEX}|${SLICE}|\*)\s*(?:,\s*(?:${QUOTED}|${INDEX})\s*)*$`);
function checkBracket(inside) {
    const trimmed = inside.trim();
    const filter = /^\?\s*\(([\s\S]*)\)$/.exec(trimmed);
    if (filter)
        return checkScript(filter[1]);
    const script = /^\(([\s\S]*)\)$/.exec(trimmed);
    if (script)
        return checkScript(script[1]);
    if (MEMBER_LIST.test(inside))
        return undefined;
    return `"[${inside}]" is not an index, a quoted name, a slice, * or a filter ?(…)`;
}
/** Returns a description of what is wrong with the path, or undefined when it is valid. */
function jsonPathProblem(path) {
    if (!path.startsWith('$'))
        return 'a JSON path starts with $ (for example $.version)';
    let i = 1;
    while (i < path.length) {
        const rest = path.slice(i);
        if (rest.startsWith('..')) {
            i += 2;
            if (path[i] === '[')
                continue;
            const name = path[i] === '*' ? '*' : NAME.exec(path.slice(i))?.[0];
            if (!name)
                return `expected a name, * or [ after ".." at character ${i + 1}`;
            i += name.length;
        }
        else if (rest.startsWith('.')) {
            i += 1;
            const name = path[i] === '*' ? '*' : NAME.exec(path.slice(i))?.[0];
            if (!name)
                return `expected a name or * after "." at character ${i + 1}`;
            i += name.length;
        }
        else if (rest.startsWith('[')) {
            const end = closingBracket(path, i);
            if (end < 0)
                return `the "[" at character ${i + 1} is not closed`;
            const problem = checkBracket(path.slice(i + 1, end));
            if (problem)
                return problem;
            i = end + 1;
        }
        else {
            return `unexpected "${path[i]}" at character ${i + 1}`;
        }
    }
    return undefined;
}
function evaluateJsonPath(path, json) {
    const results = (0,index_node_esm/* JSONPath */.E)({
        path,
        json: json,
        resultType: 'all',
        wrap: true,
        eval: 'safe',
        ignoreEvalErrors: true,
    });
    return results.map((result) => ({ path: result.path, value: result.value }));
}
/** How a JSON value reads in a failure reason: strings bare (1.2.3), the rest as JSON. */
function showJsonValue(value) {
    if (typeof value === 'string')
        return value;
    const text = JSON.stringify(value) ?? String(value);
    return text.length > 120 ? `${text.slice(0, 119)}…` : text;
}
/** `json-equals` is text, but 1, true and {"a":1} should match the JSON values they spell. */
function jsonValueEquals(value, expected) {
    if (typeof value === 'string')
        return value === expected;
    if (value === null || typeof value !== 'object')
        return String(value) === expected.trim();
    try {
        return canonicalJson(value) === canonicalJson(JSON.parse(expected));
    }
    catch {
        return false;
    }
}
/** JSON with object keys sorted, so {"a":1,"b":2} equals {"b":2,"a":1}. */
function canonicalJson(value) {
    if (Array.isArray(value))
        return `[${value.map(canonicalJson).join(',')}]`;
    if (value && typeof value === 'object') {
        const entries = Object.entries(value).sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0);
        return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(',')}}`;
    }
    return JSON.stringify(value) ?? 'null';
}

;// CONCATENATED MODULE: ./packages/checks/src/regex.ts
/** `/pattern/flags` or a bare pattern. */
function compileRegex(source) {
    const literal = /^\/([\s\S]+)\/([dgimsuvy]*)$/.exec(source);
    return literal ? new RegExp(literal[1], literal[2]) : new RegExp(source);
}

;// CONCATENATED MODULE: ./packages/checks/src/status.ts
const DEFAULT_EXPECT_STATUS = '2xx';
/**
 * Parses "200", "200,204", "200-299", "2xx" or any comma-separated mix.
 * Returns undefined when the text is not a status list, so callers can say why.
 */
function parseStatusMatcher(text) {
    const ranges = [];
    for (const part of text.split(',').map((piece) => piece.trim())) {
        let range;
        const single = /^(\d{3})$/.exec(part);
        const span = /^(\d{3})\s*-\s*(\d{3})$/.exec(part);
        const klass = /^([1-5])xx$/i.exec(part);
        if (single)
            range = { from: Number(single[1]), to: Number(single[1]) };
        else if (span)
            range = { from: Number(span[1]), to: Number(span[2]) };
        else if (klass)
            range = { from: Number(klass[1]) * 100, to: Number(klass[1]) * 100 + 99 };
        if (!range || range.from > range.to || range.from < 100 || range.to > 599)
            return undefined;
        ranges.push(range);
    }
    return ranges.length > 0 ? ranges : undefined;
}
function statusMatches(status, ranges) {
    return ranges.some((range) => status >= range.from && status <= range.to);
}

// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(7067);
var external_node_http_default = /*#__PURE__*/__webpack_require__.n(external_node_http_);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __webpack_require__(4708);
var external_node_https_default = /*#__PURE__*/__webpack_require__.n(external_node_https_);
;// CONCATENATED MODULE: ./packages/checks/src/reasons.ts
/** Network failures in plain words: what an on-call engineer would write in the incident channel. */
const TLS_CODES = new Set([
    'CERT_HAS_EXPIRED',
    'CERT_NOT_YET_VALID',
    'DEPTH_ZERO_SELF_SIGNED_CERT',
    'SELF_SIGNED_CERT_IN_CHAIN',
    'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
    'UNABLE_TO_GET_ISSUER_CERT',
    'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
    'ERR_TLS_CERT_ALTNAME_INVALID',
    'ERR_SSL_WRONG_VERSION_NUMBER',
    'EPROTO',
]);
/** Raised by our own per-request timers, so a timeout is never mistaken for a reset. */
class TimeoutError extends Error {
    timeoutMs;
    constructor(timeoutMs) {
        super(`timeout after ${timeoutMs} ms`);
        this.timeoutMs = timeoutMs;
        this.name = 'TimeoutError';
    }
}
class AbortedError extends Error {
    constructor() {
        super('aborted');
        this.name = 'AbortedError';
    }
}
function reasons_codeOf(thrown) {
    const code = thrown?.code;
    return typeof code === 'string' ? code : undefined;
}
/** OpenSSL's "write EPROTO 80…:error:0A00010B:SSL routines:ssl3_get_record:wrong version number:…" → the words. */
function tlsReason(message) {
    const openssl = /SSL routines:[^:]*:([^:]+)/.exec(message)?.[1]?.trim();
    if (openssl === 'wrong version number')
        return 'wrong version number (is the server speaking plain HTTP?)';
    return openssl ?? message.trim();
}
/** Turns a socket-level error into a reason such as "connection refused by 127.0.0.1:8080". */
function describeNetworkError(thrown, target) {
    if (thrown instanceof TimeoutError || thrown instanceof AbortedError)
        return thrown.message;
    const where = `${target.host.includes(':') ? `[${target.host}]` : target.host}:${target.port}`;
    const code = reasons_codeOf(thrown);
    const message = thrown instanceof Error ? thrown.message : String(thrown);
    switch (code) {
        case 'ENOTFOUND':
            return `DNS failure: ${target.host} could not be resolved`;
        case 'EAI_AGAIN':
            return `DNS failure: ${target.host} could not be resolved (temporary DNS error)`;
        case 'ECONNREFUSED':
            return `connection refused by ${where}`;
        case 'ECONNRESET':
            return `connection reset by ${where}`;
        case 'EPIPE':
            return `connection closed by ${where} while sending`;
        case 'EHOSTUNREACH':
        case 'ENETUNREACH':
            return `${where} is unreachable`;
        case 'ETIMEDOUT':
            return `connection to ${where} timed out`;
        case 'HPE_INVALID_CONSTANT':
        case 'HPE_INVALID_VERSION':
        case 'HPE_INVALID_STATUS':
            return `not an HTTP response from ${where}`;
    }
    if ((code && TLS_CODES.has(code)) || /ssl|tls|certificate/i.test(message)) {
        return `TLS error with ${where}: ${tlsReason(message)}`;
    }
    if (message === 'socket hang up')
        return `${where} closed the connection without a response`;
    return code ? `${message} (${code})` : message;
}

;// CONCATENATED MODULE: ./packages/checks/src/transport.ts



/**
 * One HTTP request with its own deadline, on node's http/https. It never throws:
 * the hot loop of an analysis run sends thousands of these, and a failure is an
 * ordinary outcome there, described in plain words.
 */
/** Bodies are kept up to this size for assertions; the rest is read and dropped. */
const BODY_LIMIT_BYTES = 4 * 1024 * 1024;
const USER_AGENT = 'release-actions-smoke-test';
function sendRequest(spec) {
    const started = performance.now();
    const transport = spec.url.protocol === 'https:' ? (external_node_https_default()) : (external_node_http_default());
    const target = {
        host: spec.url.hostname.replace(/^\[|\]$/g, ''),
        port: spec.url.port || (spec.url.protocol === 'https:' ? 443 : 80),
    };
    return new Promise((resolve) => {
        let settled = false;
        let request;
        const finish = (outcome) => {
            if (settled)
                return;
            settled = true;
            clearTimeout(timer);
            spec.signal?.removeEventListener('abort', onAbort);
            resolve(outcome);
        };
        const fail = (thrown) => finish({
            responded: false,
            reason: describeNetworkError(thrown, target),
            latencyMs: performance.now() - started,
            aborted: thrown instanceof AbortedError,
        });
        // The outcome is settled before the socket is torn down, so the reason is ours, not "socket hang up".
        const stop = (error) => {
            fail(error);
            request?.destroy();
        };
        const onAbort = () => stop(new AbortedError());
        const timer = setTimeout(() => stop(new TimeoutError(spec.timeoutMs)), spec.timeoutMs);
        if (spec.signal?.aborted)
            return stop(new AbortedError());
        spec.signal?.addEventListener('abort', onAbort, { once: true });
        const headers = { 'user-agent': USER_AGENT, ...spec.headers };
        try {
            request = transport.request(spec.url, { method: spec.method, headers, agent: spec.agent }, (response) => {
                const chunks = [];
                let kept = 0;
                response.on('data', (chunk) => {
                    if (!spec.keepBody || kept >= BODY_LIMIT_BYTES)
                        return;
                    chunks.push(chunk);
                    kept += chunk.length;
                });
                response.on('end', () => finish({
                    responded: true,
                    status: response.statusCode ?? 0,
                    location: response.headers.location,
                    body: spec.keepBody ? Buffer.concat(chunks).subarray(0, BODY_LIMIT_BYTES) : undefined,
                    latencyMs: performance.now() - started,
                }));
                response.on('error', fail);
                response.on('aborted', () => fail(Object.assign(new Error('response cut off'), { code: 'ECONNRESET' })));
            });
        }
        catch (thrown) {
            return fail(thrown);
        }
        request.on('error', fail);
        request.end(spec.body);
    });
}

;// CONCATENATED MODULE: ./packages/checks/src/http-check.ts






const DEFAULT_REQUEST_TIMEOUT_MS = 10_000;
/** Assumes a validated check (see validate.ts); throws on anything it cannot compile. */
function prepareHttpCheck(check) {
    const statusText = check.expectStatus ?? DEFAULT_EXPECT_STATUS;
    const statuses = parseStatusMatcher(statusText);
    if (!statuses)
        throw new Error(`invalid expected status "${statusText}"`);
    return {
        check,
        url: new URL(check.url),
        method: (check.method ?? 'GET').toUpperCase(),
        headers: check.headers ?? {},
        statusText,
        statuses,
        regex: check.bodyRegex ? compileRegex(check.bodyRegex) : undefined,
        keepBody: Boolean(check.bodyContains || check.bodyRegex || check.jsonPath),
        timeoutMs: check.timeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS,
    };
}
function judgeJson(prepared, body) {
    const { jsonPath, jsonEquals } = prepared.check;
    if (!jsonPath)
        return undefined;
    let json;
    try {
        json = JSON.parse(body);
    }
    catch {
        return `body is not JSON, so ${jsonPath} could not be read (body starts "${shorten(body, 40)}")`;
    }
    const matches = evaluateJsonPath(jsonPath, json);
    if (matches.length === 0)
        return `${jsonPath} was not found in the response`;
    if (jsonEquals === undefined)
        return undefined;
    const wrong = matches.find((match) => !jsonValueEquals(match.value, jsonEquals));
    if (!wrong)
        return undefined;
    const where = matches.length === 1 ? jsonPath : wrong.path;
    return `${where} was ${showJsonValue(wrong.value)} (expected ${jsonEquals})`;
}
function redirectTarget(location, base) {
    try {
        return displayUrl(new URL(location, base).href);
    }
    catch {
        return shorten(location);
    }
}
/** Every assertion on a response, first failure wins, in the order a person would check them. */
function judgeResponse(prepared, status, body, latencyMs, location) {
    if (!statusMatches(status, prepared.statuses)) {
        // Redirects are not followed: a health URL that sends you to a login page is not healthy.
        const redirect = status >= 300 && status < 400 && location
            ? `, redirecting to ${redirectTarget(location, prepared.url)}`
            : '';
        return `status ${status} (expected ${prepared.statusText}${redirect})`;
    }
    const { bodyContains, latencyBudgetMs } = prepared.check;
    const text = prepared.keepBody ? (body ?? Buffer.alloc(0)).toString('utf8') : '';
    if (bodyContains && !text.includes(bodyContains))
        return `body did not contain "${shorten(bodyContains)}"`;
    if (prepared.regex)
        prepared.regex.lastIndex = 0; // a /g or /y pattern remembers where it stopped
    if (prepared.regex && !prepared.regex.test(text))
        return `body did not match ${prepared.regex}`;
    const jsonProblem = judgeJson(prepared, text);
    if (jsonProblem)
        return jsonProblem;
    if (latencyBudgetMs !== undefined && latencyMs > latencyBudgetMs) {
        return `took ${Math.round(latencyMs)} ms (latency budget ${latencyBudgetMs} ms)`;
    }
    return undefined;
}
function verdictOf(prepared, outcome) {
    if (!outcome.responded) {
        return {
            passed: false,
            responded: false,
            reason: outcome.reason,
            latencyMs: outcome.latencyMs,
            aborted: outcome.aborted,
        };
    }
    const reason = judgeResponse(prepared, outcome.status, outcome.body, outcome.latencyMs, outcome.location);
    return { passed: !reason, responded: true, reason, latencyMs: outcome.latencyMs, status: outcome.status };
}
async function probeHttp(prepared, options = {}) {
    const outcome = await sendRequest({
        url: prepared.url,
        method: prepared.method,
        headers: prepared.headers,
        body: prepared.check.body,
        timeoutMs: options.timeoutMs ?? prepared.timeoutMs,
        keepBody: prepared.keepBody,
        agent: options.agent ?? false,
        signal: options.signal,
    });
    return verdictOf(prepared, outcome);
}

;// CONCATENATED MODULE: ./packages/checks/src/compare.ts
const OPERATORS = ['<=', '>=', '==', '!=', '<', '>'];
function compare(value, operator, threshold) {
    switch (operator) {
        case '<':
            return value < threshold;
        case '<=':
            return value <= threshold;
        case '>':
            return value > threshold;
        case '>=':
            return value >= threshold;
        case '==':
            return value === threshold;
        case '!=':
            return value !== threshold;
    }
}
/** Parses a threshold such as "< 0.01" or ">=99.5" into an operator and a number. */
function parseThreshold(text) {
    const match = /^\s*(<=|>=|==|!=|<|>)\s*(-?(?:\d+(?:\.\d*)?|\.\d+)(?:e[-+]?\d+)?)\s*$/i.exec(text);
    if (!match)
        return undefined;
    return { operator: match[1], threshold: Number(match[2]) };
}

;// CONCATENATED MODULE: ./packages/checks/src/prometheus-check.ts



const DEFAULT_PROMETHEUS_TIMEOUT_MS = 10_000;
function labelsOf(metric) {
    const entries = Object.entries((metric ?? {}));
    return entries.length ? `{${entries.map(([key, value]) => `${key}="${value}"`).join(',')}}` : '';
}
/** The instant values of a query result: one for a scalar, one per series for a vector. */
function seriesOf(data) {
    const result = data?.result;
    switch (data?.resultType) {
        case 'scalar':
            return [{ labels: '', value: Number(result[1]) }];
        case 'vector':
            return result.map((item) => ({
                labels: labelsOf(item.metric),
                value: Number(item.value[1]),
            }));
        default:
            return `the query returned a ${data?.resultType ?? 'missing'} result (expected an instant vector or a scalar)`;
    }
}
function queryUrl(check) {
    const url = new URL(check.url);
    url.pathname = `${url.pathname.replace(/\/+$/, '')}/api/v1/query`;
    url.searchParams.set('query', check.query);
    return url;
}
/**
 * Runs the PromQL query as an instant query and compares every returned series with
 * the threshold. An empty result fails: no data is not evidence of health.
 */
async function probePrometheus(check, options = {}) {
    const timeoutMs = options.timeoutMs ?? check.timeoutMs ?? DEFAULT_PROMETHEUS_TIMEOUT_MS;
    const outcome = await sendRequest({
        url: queryUrl(check),
        method: 'GET',
        headers: { accept: 'application/json', ...check.headers },
        timeoutMs,
        keepBody: true,
        agent: false,
        signal: options.signal,
    });
    const latencyMs = outcome.latencyMs;
    if (!outcome.responded) {
        return { passed: false, reason: `Prometheus: ${outcome.reason}`, latencyMs, aborted: outcome.aborted };
    }
    let parsed;
    try {
        parsed = JSON.parse(outcome.body?.toString('utf8') ?? '');
    }
    catch {
        return { passed: false, reason: `Prometheus answered status ${outcome.status} without JSON`, latencyMs };
    }
    if (parsed.status !== 'success') {
        const why = parsed.error ? `${parsed.errorType ?? 'error'}: ${parsed.error}` : `status ${outcome.status}`;
        return { passed: false, reason: `Prometheus rejected the query (${shorten(why, 200)})`, latencyMs };
    }
    const series = seriesOf(parsed.data);
    if (typeof series === 'string')
        return { passed: false, reason: series, latencyMs };
    if (series.length === 0)
        return { passed: false, reason: 'the query returned no data', latencyMs };
    const expected = `expected ${check.operator} ${check.threshold}`;
    const nan = series.find((item) => Number.isNaN(item.value));
    if (nan)
        return {
            passed: false,
            reason: `the query returned NaN${nan.labels ? ` for ${nan.labels}` : ''} (${expected})`,
            latencyMs,
        };
    const wrong = series.find((item) => !compare(item.value, check.operator, check.threshold));
    if (wrong) {
        const which = series.length > 1 && wrong.labels ? ` for ${wrong.labels}` : '';
        return {
            passed: false,
            reason: `the query returned ${wrong.value}${which} (${expected})`,
            latencyMs,
            value: wrong.value,
        };
    }
    return { passed: true, latencyMs, value: series[0].value };
}
/**
 * The value of an instant query, summed over its series (0 for an empty result: a
 * counter no request has touched yet does not exist). Throws with Prometheus' own
 * words when it cannot answer.
 */
async function queryTotal(base, query, signal) {
    const check = { kind: 'prometheus', ...base, query, operator: '>=', threshold: 0 };
    const outcome = await sendRequest({
        url: queryUrl(check),
        method: 'GET',
        headers: { accept: 'application/json', ...check.headers },
        timeoutMs: check.timeoutMs ?? DEFAULT_PROMETHEUS_TIMEOUT_MS,
        keepBody: true,
        agent: false,
        signal,
    });
    if (!outcome.responded)
        throw new Error(`Prometheus: ${outcome.reason}`);
    let parsed;
    try {
        parsed = JSON.parse(outcome.body?.toString('utf8') ?? '');
    }
    catch {
        throw new Error(`Prometheus answered status ${outcome.status} without JSON`);
    }
    if (parsed.status !== 'success') {
        const why = parsed.error ? `${parsed.errorType ?? 'error'}: ${parsed.error}` : `status ${outcome.status}`;
        throw new Error(`Prometheus rejected the query ${shorten(query, 120)} (${shorten(why, 200)})`);
    }
    const series = seriesOf(parsed.data);
    if (typeof series === 'string')
        throw new Error(series);
    return series.reduce((sum, item) => sum + (Number.isNaN(item.value) ? 0 : item.value), 0);
}

// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(7030);
var external_node_net_default = /*#__PURE__*/__webpack_require__.n(external_node_net_);
;// CONCATENATED MODULE: ./packages/checks/src/tcp-check.ts


const DEFAULT_CONNECT_TIMEOUT_MS = 5_000;
/** Passes when the port accepts a connection; the connection is closed straight away. */
function probeTcp(check, options = {}) {
    const timeoutMs = options.timeoutMs ?? check.timeoutMs ?? DEFAULT_CONNECT_TIMEOUT_MS;
    const started = performance.now();
    return new Promise((resolve) => {
        const socket = external_node_net_default().connect({ host: check.host, port: check.port });
        let settled = false;
        const finish = (verdict) => {
            if (settled)
                return;
            settled = true;
            clearTimeout(timer);
            options.signal?.removeEventListener('abort', onAbort);
            socket.destroy();
            resolve({ ...verdict, latencyMs: performance.now() - started });
        };
        const fail = (thrown) => finish({
            passed: false,
            reason: describeNetworkError(thrown, check),
            aborted: thrown instanceof AbortedError,
        });
        const onAbort = () => fail(new AbortedError());
        const timer = setTimeout(() => fail(new TimeoutError(timeoutMs)), timeoutMs);
        if (options.signal?.aborted)
            return onAbort();
        options.signal?.addEventListener('abort', onAbort, { once: true });
        socket.once('connect', () => finish({ passed: true }));
        socket.once('error', fail);
    });
}

;// CONCATENATED MODULE: ./packages/checks/src/probe.ts




const DEFAULT_TIMEOUTS = {
    http: DEFAULT_REQUEST_TIMEOUT_MS,
    tcp: DEFAULT_CONNECT_TIMEOUT_MS,
    command: DEFAULT_COMMAND_TIMEOUT_MS,
    prometheus: DEFAULT_PROMETHEUS_TIMEOUT_MS,
};
/** How long one attempt of the check may take: its own timeout or the default for its kind. */
function attemptTimeoutMs(check) {
    return check.timeoutMs ?? DEFAULT_TIMEOUTS[check.kind];
}
function probeFor(check) {
    switch (check.kind) {
        case 'http': {
            const prepared = prepareHttpCheck(check);
            return (options) => probeHttp(prepared, options);
        }
        case 'tcp':
            return (options) => probeTcp(check, options);
        case 'command':
            return (options) => probeCommand(check, options);
        case 'prometheus':
            return (options) => probePrometheus(check, options);
    }
}

;// CONCATENATED MODULE: ./packages/checks/src/semaphore.ts
/** At most `limit` holders at once; the others queue in arrival order. */
class Semaphore {
    limit;
    active = 0;
    waiting = [];
    constructor(limit) {
        this.limit = limit;
    }
    async acquire() {
        if (this.active < this.limit) {
            this.active += 1;
            return;
        }
        await new Promise((resolve) => this.waiting.push(resolve));
    }
    release() {
        const next = this.waiting.shift();
        if (next)
            next();
        else
            this.active -= 1;
    }
    async run(task) {
        await this.acquire();
        try {
            return await task();
        }
        finally {
            this.release();
        }
    }
}

;// CONCATENATED MODULE: ./packages/checks/src/validate.ts






/**
 * Checks definitions before anything is sent, so a bad regex or an absurd rate is
 * reported as such instead of surfacing as a failed (or, worse, passing) check.
 * Every problem names the field, the value and what is allowed.
 */
class CheckDefinitionError extends Error {
    problems;
    constructor(problems) {
        super(`Invalid check definition:\n${problems.map((problem) => `- ${problem}`).join('\n')}`);
        this.problems = problems;
        this.name = 'CheckDefinitionError';
    }
}
const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
const METHOD = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
function problem(field, value, expected) {
    const shown = typeof value === 'string' ? `"${value}"` : String(value);
    return `${field}: got ${shown}, expected ${expected}`;
}
function urlProblem(raw) {
    let url;
    try {
        url = new URL(raw);
    }
    catch {
        return 'an absolute http or https URL';
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:')
        return 'an absolute http or https URL';
    return undefined;
}
function regexProblem(source) {
    try {
        compileRegex(source);
        return undefined;
    }
    catch (thrown) {
        return `a valid regular expression (${thrown.message})`;
    }
}
function checkNumber(problems, field, value, { min, max, integer = false, exclusiveMin = false, }) {
    if (value === undefined)
        return;
    const tooLow = exclusiveMin ? value <= min : value < min;
    if (!Number.isFinite(value) || tooLow || value > max || (integer && !Number.isInteger(value))) {
        const kind = integer ? 'an integer' : 'a number';
        problems.push(problem(field, value, `${kind} ${exclusiveMin ? 'above' : 'from'} ${min} ${exclusiveMin ? 'up to' : 'to'} ${max}`));
    }
}
function httpProblems(check, prefix) {
    const problems = [];
    const badUrl = typeof check.url === 'string' ? urlProblem(check.url) : 'an absolute http or https URL';
    if (badUrl)
        problems.push(problem(`${prefix}url`, check.url, badUrl));
    if (check.method !== undefined && !METHOD.test(check.method)) {
        problems.push(problem(`${prefix}method`, check.method, 'an HTTP method such as GET, HEAD or POST'));
    }
    for (const [name, value] of Object.entries(check.headers ?? {})) {
        if (!HEADER_NAME.test(name))
            problems.push(problem(`${prefix}headers`, name, 'a valid header name'));
        if (/[\r\n\0]/.test(value))
            problems.push(`${prefix}headers: the value of ${name} contains a line break`);
    }
    if (check.expectStatus !== undefined && !parseStatusMatcher(check.expectStatus)) {
        problems.push(problem(`${prefix}expectStatus`, check.expectStatus, 'statuses such as 200, 200,204, 200-299 or 2xx'));
    }
    const badRegex = check.bodyRegex !== undefined ? regexProblem(check.bodyRegex) : undefined;
    if (badRegex)
        problems.push(problem(`${prefix}bodyRegex`, check.bodyRegex, badRegex));
    const badPath = check.jsonPath !== undefined ? jsonPathProblem(check.jsonPath) : undefined;
    if (badPath)
        problems.push(problem(`${prefix}jsonPath`, check.jsonPath, `a valid JSON path: ${badPath}`));
    if (check.jsonEquals !== undefined && check.jsonPath === undefined) {
        problems.push(`${prefix}jsonEquals: needs jsonPath, the value to compare it with`);
    }
    const ms = { min: 0, max: LIMITS.maxRequestTimeoutMs, exclusiveMin: true };
    checkNumber(problems, `${prefix}latencyBudgetMs`, check.latencyBudgetMs, ms);
    checkNumber(problems, `${prefix}timeoutMs`, check.timeoutMs, ms);
    return problems;
}
function prometheusProblems(check, prefix) {
    const problems = [];
    const badUrl = typeof check.url === 'string' ? urlProblem(check.url) : 'an absolute http or https URL';
    if (badUrl)
        problems.push(problem(`${prefix}url`, check.url, badUrl));
    if (typeof check.query !== 'string' || !check.query.trim())
        problems.push(problem(`${prefix}query`, check.query, 'a PromQL query'));
    if (!OPERATORS.includes(check.operator))
        problems.push(problem(`${prefix}operator`, check.operator, `one of ${OPERATORS.join(' ')}`));
    if (typeof check.threshold !== 'number' || !Number.isFinite(check.threshold)) {
        problems.push(problem(`${prefix}threshold`, check.threshold, 'a finite number'));
    }
    checkNumber(problems, `${prefix}timeoutMs`, check.timeoutMs, {
        min: 0,
        max: LIMITS.maxRequestTimeoutMs,
        exclusiveMin: true,
    });
    return problems;
}
/** Problems with one check definition, each prefixed with the check's name; empty when valid. */
function validateCheck(check) {
    const prefix = `${checkName(check)}: `;
    switch (check.kind) {
        case 'http':
            return httpProblems(check, prefix);
        case 'prometheus':
            return prometheusProblems(check, prefix);
        case 'tcp': {
            const problems = [];
            if (typeof check.host !== 'string' || !check.host.trim())
                problems.push(problem(`${prefix}host`, check.host, 'a host name or address'));
            checkNumber(problems, `${prefix}port`, check.port ?? Number.NaN, {
                min: 1,
                max: 65_535,
                integer: true,
            });
            checkNumber(problems, `${prefix}timeoutMs`, check.timeoutMs, {
                min: 0,
                max: LIMITS.maxRequestTimeoutMs,
                exclusiveMin: true,
            });
            return problems;
        }
        case 'command': {
            const problems = [];
            if (typeof check.command !== 'string' || !check.command.trim())
                problems.push(problem(`${prefix}command`, check.command, 'a shell command'));
            checkNumber(problems, `${prefix}timeoutMs`, check.timeoutMs, {
                min: 0,
                max: LIMITS.maxCommandTimeoutMs,
                exclusiveMin: true,
            });
            return problems;
        }
        default:
            return [
                `unknown check kind ${JSON.stringify(check.kind)} (expected http, tcp, command or prometheus)`,
            ];
    }
}
/** Problems with analysis options (target, load, thresholds, baseline, metrics); empty when valid. */
function validateAnalysisOptions(options) {
    const problems = [];
    if (options.target?.kind !== 'http')
        problems.push('target: expected an HTTP check');
    else
        problems.push(...validateCheck(options.target));
    checkNumber(problems, 'durationMs', options.durationMs ?? Number.NaN, {
        min: 0,
        max: LIMITS.maxDurationMs,
        exclusiveMin: true,
    });
    checkNumber(problems, 'rate', options.rate ?? Number.NaN, {
        min: 0,
        max: LIMITS.maxRate,
        exclusiveMin: true,
    });
    checkNumber(problems, 'concurrency', options.concurrency, {
        min: 1,
        max: LIMITS.maxConcurrency,
        integer: true,
    });
    checkNumber(problems, 'maxErrorRate', options.maxErrorRate, { min: 0, max: 1 });
    checkNumber(problems, 'maxP95Ms', options.maxP95Ms, { min: 0, max: LIMITS.maxP95Ms, exclusiveMin: true });
    checkNumber(problems, 'maxConsecutiveFailures', options.maxConsecutiveFailures, {
        min: 0,
        max: LIMITS.maxRequests,
        integer: true,
    });
    checkNumber(problems, 'minSamples', options.minSamples, { min: 1, max: LIMITS.maxRequests, integer: true });
    checkNumber(problems, 'falseAlarmRate', options.falseAlarmRate, { min: 0, max: 0.5, exclusiveMin: true });
    if (options.mode !== undefined && options.mode !== 'sequential' && options.mode !== 'fixed')
        problems.push(`mode: got ${JSON.stringify(options.mode)}, expected sequential or fixed`);
    const loadIsValid = problems.every((text) => !/^(durationMs|rate):/.test(text));
    if (loadIsValid) {
        const planned = (options.durationMs * options.rate) / 1000;
        if (planned > LIMITS.maxRequests) {
            problems.push(`rate × duration: ${Math.round(planned)} requests planned, at most ${LIMITS.maxRequests} allowed`);
        }
        else if (options.minSamples !== undefined &&
            options.minSamples > plannedRequests(options.durationMs, options.rate)) {
            problems.push(`minSamples: ${options.minSamples} can never be reached: ${options.rate}/s for ${options.durationMs} ms sends ${plannedRequests(options.durationMs, options.rate)} requests`);
        }
    }
    const baseline = options.baseline;
    if (baseline) {
        if (baseline.url === undefined && baseline.figures === undefined)
            problems.push('baseline: expected a url or figures');
        const badUrl = baseline.url !== undefined ? urlProblem(baseline.url) : undefined;
        if (badUrl)
            problems.push(problem('baseline.url', baseline.url, badUrl));
        if (baseline.figures) {
            checkNumber(problems, 'baseline.figures.errorRate', baseline.figures.errorRate ?? Number.NaN, {
                min: 0,
                max: 1,
            });
            checkNumber(problems, 'baseline.figures.p95Ms', baseline.figures.p95Ms ?? Number.NaN, {
                min: 0,
                max: LIMITS.maxP95Ms,
            });
        }
        checkNumber(problems, 'baseline.maxDegradationPct', baseline.maxDegradationPct, {
            min: 0,
            max: LIMITS.maxDegradationPct,
        });
    }
    for (const metric of options.metrics ?? [])
        problems.push(...validateCheck(metric));
    return problems;
}
function assertValidChecks(checks) {
    const problems = checks.flatMap((check) => validateCheck(check));
    if (problems.length > 0)
        throw new CheckDefinitionError(problems);
}
function assertValidAnalysis(options) {
    const problems = validateAnalysisOptions(options);
    if (problems.length > 0)
        throw new CheckDefinitionError(problems);
}

;// CONCATENATED MODULE: ./packages/checks/src/wait.ts







const DEFAULT_WAIT = {
    initialIntervalMs: 250,
    /** At most a second between attempts, so health is noticed within about a second. */
    maxIntervalMs: 1_000,
    concurrency: 8,
};
const MIN_ATTEMPT_MS = 5;
/** Retries one check until it passes, the deadline passes or the caller aborts. */
async function runCheck(check, name, settings) {
    const started = performance.now();
    const probe = probeFor(check);
    const latencies = [];
    let attempts = 0;
    let reason;
    let value;
    while (true) {
        if (settings.signal?.aborted) {
            reason = reason ? `aborted (last: ${reason})` : 'aborted';
            break;
        }
        const remaining = settings.deadline === undefined ? undefined : settings.deadline - performance.now();
        // A few milliseconds left are not enough for an attempt to mean anything.
        if (remaining !== undefined && remaining < MIN_ATTEMPT_MS && attempts > 0)
            break;
        attempts += 1;
        // The attempt's own timeout, cut to what is left of the wait so the wait's timeout holds.
        const own = attemptTimeoutMs(check);
        const timeoutMs = remaining === undefined ? own : Math.max(1, Math.round(Math.min(own, remaining)));
        const verdict = await settings.semaphore.run(() => probe({ signal: settings.signal, timeoutMs }));
        // Latency figures describe answers: a refused connection's 0.2 ms says nothing about the service.
        if (!verdict.aborted && (verdict.passed || verdict.responded))
            latencies.push(verdict.latencyMs);
        value = verdict.value ?? value;
        // An attempt cut short by the end of the wait says nothing new about the service: keep what the
        // previous one found rather than report "timeout after 3 ms".
        const cutShort = timeoutMs < own && Boolean(verdict.reason?.endsWith(`timeout after ${timeoutMs} ms`));
        reason = verdict.passed
            ? undefined
            : cutShort
                ? (reason ?? `no answer before the wait ended (timeout after ${timeoutMs} ms)`)
                : verdict.reason;
        settings.onAttempt?.({ check: name, attempt: attempts, passed: verdict.passed, reason });
        if (verdict.passed) {
            return result(true);
        }
        if (settings.deadline === undefined || verdict.aborted)
            break;
        const left = settings.deadline - performance.now();
        if (left <= 0)
            break;
        await sleep(Math.min(left, backoffDelay(attempts, { initialMs: settings.initialIntervalMs, maxMs: settings.maxIntervalMs })), settings.signal);
    }
    return result(false);
    function result(passed) {
        return {
            name,
            kind: check.kind,
            passed,
            attempts,
            ...(passed ? {} : { reason }),
            durationMs: roundMs(performance.now() - started),
            ...(latencies.length > 0 ? { latencyMs: percentiles(latencies) } : {}),
            ...(value !== undefined ? { value } : {}),
        };
    }
}
async function runAll(checks, settings) {
    assertValidChecks(checks);
    const startedAt = new Date().toISOString();
    const started = performance.now();
    const semaphore = new Semaphore(settings.concurrency);
    const names = uniqueNames(checks);
    const results = await Promise.all(checks.map((check, index) => runCheck(check, names[index], { ...settings, semaphore })));
    return {
        passed: results.length > 0 && results.every((item) => item.passed),
        checks: results,
        startedAt,
        durationMs: roundMs(performance.now() - started),
    };
}
function optionProblems(options) {
    const problems = [];
    const inRange = (value, min, max) => value === undefined || (Number.isFinite(value) && value >= min && value <= max);
    if (!inRange(options.timeoutMs ?? Number.NaN, 0, LIMITS.maxWaitMs))
        problems.push(`timeoutMs: got ${options.timeoutMs}, expected 0 to ${LIMITS.maxWaitMs}`);
    if (!inRange(options.initialIntervalMs, 1, LIMITS.maxWaitMs))
        problems.push(`initialIntervalMs: got ${options.initialIntervalMs}, expected 1 to ${LIMITS.maxWaitMs}`);
    if (!inRange(options.maxIntervalMs, 1, LIMITS.maxWaitMs))
        problems.push(`maxIntervalMs: got ${options.maxIntervalMs}, expected 1 to ${LIMITS.maxWaitMs}`);
    if (!inRange(options.concurrency, 1, LIMITS.maxConcurrency) ||
        (options.concurrency !== undefined && !Number.isInteger(options.concurrency))) {
        problems.push(`concurrency: got ${options.concurrency}, expected an integer from 1 to ${LIMITS.maxConcurrency}`);
    }
    return problems;
}
/**
 * Runs every check until it passes or `timeoutMs` runs out, each on its own backoff
 * with jitter (a check that passed is not run again), at most `concurrency` attempts
 * at once. A `timeoutMs` of 0 means one attempt each. Resolves with the report
 * whatever the outcome; rejects only on invalid definitions (CheckDefinitionError).
 */
async function waitUntilHealthy(checks, options) {
    const problems = optionProblems(options);
    if (problems.length > 0)
        throw new CheckDefinitionError(problems);
    const initialIntervalMs = options.initialIntervalMs ?? Math.min(DEFAULT_WAIT.initialIntervalMs, options.maxIntervalMs ?? Infinity);
    const maxIntervalMs = Math.max(initialIntervalMs, options.maxIntervalMs ?? DEFAULT_WAIT.maxIntervalMs);
    return runAll(checks, {
        deadline: options.timeoutMs > 0 ? performance.now() + options.timeoutMs : undefined,
        initialIntervalMs,
        maxIntervalMs,
        concurrency: options.concurrency ?? DEFAULT_WAIT.concurrency,
        signal: options.signal,
        onAttempt: options.onAttempt,
    });
}
/** Runs each check once, at most `concurrency` at a time. */
async function runChecksOnce(checks, options = {}) {
    return waitUntilHealthy(checks, { ...options, timeoutMs: 0 });
}

;// CONCATENATED MODULE: ./packages/checks/src/sequential.ts
/** How often a sequential test may miss a bad version (β): detection is the goal, 5 % is conventional. */
const MISS_RATE = 0.05;
/** Default false-alarm rate (α): a healthy version is rolled back at most once in a hundred analyses. */
const DEFAULT_FALSE_ALARM_RATE = 0.01;
class BernoulliSprt {
    name;
    p0;
    p1;
    observations = 0;
    failures = 0;
    logRatio = 0;
    onFailure = 0;
    onPass = 0;
    rejectAt;
    acceptAt;
    constructor(name, p0, p1, falseAlarmRate, missRate = MISS_RATE) {
        this.name = name;
        this.p0 = p0;
        this.p1 = p1;
        this.rebase(p0, p1);
        this.rejectAt = Math.log((1 - missRate) / falseAlarmRate);
        this.acceptAt = Math.log(missRate / (1 - falseAlarmRate));
    }
    /**
     * New hypotheses for the same observations: a comparison with a stable version
     * learns its error rate as the analysis goes, and the canary's is judged against it.
     */
    rebase(p0, p1) {
        if (!(p0 > 0 && p1 > p0 && p1 < 1))
            throw new RangeError(`need 0 < p0 < p1 < 1, got ${p0} and ${p1}`);
        this.p0 = p0;
        this.p1 = p1;
        this.onFailure = Math.log(p1 / p0);
        this.onPass = Math.log((1 - p1) / (1 - p0));
        this.logRatio = this.failures * this.onFailure + (this.observations - this.failures) * this.onPass;
    }
    /** Adds `failures` out of `count` observations (counts from a metric arrive in batches). */
    add(failures, count = 1) {
        if (count <= 0)
            return;
        this.observations += count;
        this.failures += failures;
        this.logRatio += failures * this.onFailure + (count - failures) * this.onPass;
    }
    get verdict() {
        if (this.logRatio >= this.rejectAt)
            return 'bad';
        if (this.logRatio <= this.acceptAt)
            return 'healthy';
        return undefined;
    }
    evidence() {
        const round = (value) => Math.round(value * 1000) / 1000;
        return {
            name: this.name,
            p0: this.p0,
            p1: this.p1,
            observations: this.observations,
            failures: this.failures,
            logRatio: round(this.logRatio),
            rejectAt: round(this.rejectAt),
            acceptAt: round(this.acceptAt),
            verdict: this.verdict,
        };
    }
}
/**
 * The hypotheses for an error rate with a maximum: a bad version fails at least
 * `maxErrorRate` of requests more than `base`, a healthy one at most half of that
 * more (`base` is 0 for a version judged alone). A maximum of 0
 * is read as 0.1 %, since no test tells 0 from "rare" in finite time.
 */
function errorRateHypotheses(maxErrorRate, base = 0) {
    const floor = Math.min(0.9, base);
    const p1 = Math.min(0.99, floor + Math.max(maxErrorRate, 0.001));
    return { p0: floor + (p1 - floor) / 2, p1 };
}
/**
 * A p95 at most the maximum means at most 5 % of answers slower than it; a bad
 * version has at least twice that share slower.
 */
const LATENCY_HYPOTHESES = { p0: 0.05, p1: 0.1 };
/**
 * Against a stable version whose answers are slow (over the maximum and clearly
 * slower than the canary's of the same pair) `base` of the time, a bad canary's are
 * slow twice as often, or 5 points more where that is more: the smallest effect worth
 * a rollback. A healthy one is at most halfway there.
 */
function pairedLatencyHypotheses(base) {
    const floor = Math.min(0.9, base);
    const p1 = Math.min(0.99, Math.max(floor + LATENCY_HYPOTHESES.p0, floor * 2));
    return { p0: floor + (p1 - floor) / 2, p1 };
}

;// CONCATENATED MODULE: ./packages/checks/src/traffic-analysis.ts
/**
 * A canary judged on the requests it actually serves, compared with the stable
 * version's over the same time: two PromQL queries (requests, failed requests, both
 * cumulative counters with `{version}` filled in) read from Prometheus every
 * interval, the growth since the analysis began being the evidence. The canary
 * fails when its error rate is above the stable version's by more than
 * `maxErrorRate`; in sequential mode the verdict comes as soon as it is certain.
 */


const fill = (query, version) => query.replaceAll('{version}', version);
async function counts(options, version) {
    const base = { url: options.prometheusUrl, headers: options.headers };
    const [requests, errors] = await Promise.all([
        queryTotal(base, fill(options.requestsQuery, version), options.signal),
        queryTotal(base, fill(options.errorsQuery, version), options.signal),
    ]);
    return { requests, errors };
}
const growth = (now, start) => ({
    requests: Math.max(0, now.requests - start.requests),
    errors: Math.max(0, now.errors - start.errors),
});
const rate = (counts) => (counts.requests > 0 ? counts.errors / counts.requests : 0);
const pct = (value) => `${Math.round(value * 10_000) / 100} %`;
/** The sequential test for the canary, its hypotheses set by what the stable version shows so far. */
function testFor(canary, stable, maxErrorRate, falseAlarmRate) {
    const { p0, p1 } = errorRateHypotheses(maxErrorRate, rate(stable));
    const test = new BernoulliSprt('failed requests (canary, from Prometheus)', p0, p1, falseAlarmRate);
    test.add(Math.round(canary.errors), Math.round(canary.requests));
    return test;
}
async function analyseTraffic(options) {
    const started = performance.now();
    const { thresholds } = options;
    const falseAlarmRate = options.falseAlarmRate ?? DEFAULT_FALSE_ALARM_RATE;
    const sequential = options.mode === 'sequential';
    const [canaryStart, stableStart] = await Promise.all([
        counts(options, options.canaryVersion),
        counts(options, options.stableVersion),
    ]);
    let canary = { requests: 0, errors: 0 };
    let stable = { requests: 0, errors: 0 };
    let test = testFor(canary, stable, thresholds.maxErrorRate, falseAlarmRate);
    let by = 'window';
    let firstFailureAt;
    while (performance.now() - started < options.durationMs && !options.signal?.aborted) {
        await new Promise((done) => setTimeout(done, options.intervalMs ?? 1_000));
        [canary, stable] = await Promise.all([
            counts(options, options.canaryVersion).then((now) => growth(now, canaryStart)),
            counts(options, options.stableVersion).then((now) => growth(now, stableStart)),
        ]);
        if (canary.errors > 0)
            firstFailureAt ??= Date.now();
        test = testFor(canary, stable, thresholds.maxErrorRate, falseAlarmRate);
        if (!sequential)
            continue;
        if (test.verdict === 'bad') {
            by = 'bad';
            break;
        }
        if (test.verdict === 'healthy' && canary.requests >= thresholds.minSamples) {
            by = 'healthy';
            break;
        }
    }
    return reportOf(options, { canary, stable, test, by, started, firstFailureAt });
}
function reasonsOf(options, outcome) {
    const { canary, stable, by } = outcome;
    const { thresholds } = options;
    const reasons = [];
    const excess = rate(canary) - rate(stable);
    if (options.signal?.aborted)
        reasons.push('the analysis was aborted');
    if (by !== 'bad' && canary.requests < thresholds.minSamples) {
        reasons.push(`Prometheus counted ${Math.round(canary.requests)} requests served by the canary; at least ${thresholds.minSamples} are needed for a verdict`);
    }
    if (by === 'bad' || (by === 'window' && canary.requests > 0 && excess > thresholds.maxErrorRate)) {
        reasons.push(`the canary's error rate ${pct(rate(canary))} (${Math.round(canary.errors)} of ${Math.round(canary.requests)} requests) is above the stable version's ${pct(rate(stable))} by more than ${pct(thresholds.maxErrorRate)}`);
    }
    return reasons;
}
function reportOf(options, outcome) {
    const { canary, stable, by, firstFailureAt } = outcome;
    const { thresholds } = options;
    const sequential = options.mode === 'sequential';
    const reasons = reasonsOf(options, outcome);
    const afterMs = Math.round(performance.now() - outcome.started);
    const decision = {
        mode: sequential ? 'sequential' : 'fixed',
        by,
        afterSamples: Math.round(canary.requests),
        afterMs,
        reason: by === 'window'
            ? 'the whole window was judged'
            : `the evidence crossed the ${by} boundary (stable error rate ${pct(rate(stable))})`,
        ...(sequential ? { falseAlarmRate: options.falseAlarmRate ?? DEFAULT_FALSE_ALARM_RATE } : {}),
        evidence: [outcome.test.evidence()],
    };
    return {
        passed: reasons.length === 0,
        reasons,
        samples: Math.round(canary.requests),
        failures: Math.round(canary.errors),
        errorRate: rate(canary),
        consecutiveFailuresMax: 0,
        latencyMs: { p50: 0, p95: 0, p99: 0, max: 0 },
        durationMs: afterMs,
        thresholds,
        baseline: {
            samples: Math.round(stable.requests),
            errorRate: rate(stable),
            p95Ms: 0,
            degradationPct: 0,
            passed: rate(canary) - rate(stable) <= thresholds.maxErrorRate,
            source: 'url',
        },
        target: `Prometheus ${options.prometheusUrl}`,
        decision,
        ...(firstFailureAt === undefined ? {} : { firstFailureAt }),
    };
}

;// CONCATENATED MODULE: ./packages/checks/src/load.ts





const MAX_DISTINCT_REASONS = 20;
const PROGRESS_EVERY_MS = 1_000;
/** Outcome of request i, kept in issue order to count failures in a row. */
const Outcome = { Pending: 0, Passed: 1, Failed: 2, Skipped: 3 };
/** Reasons that carry a measurement are grouped ("took 2345 ms …" → one bucket). */
function reasonKey(reason) {
    return reason.replace(/^took \d+ ms \(latency budget (\d+) ms\)$/, 'over the latency budget of $1 ms');
}
/** Counts a failure under its reason; past a few distinct reasons, the rest are "other reasons". */
function countReason(reasons, reason) {
    const key = reasonKey(reason ?? 'failed');
    const bucket = reasons.has(key) || reasons.size < MAX_DISTINCT_REASONS ? key : 'other reasons';
    reasons.set(bucket, (reasons.get(bucket) ?? 0) + 1);
}
function defaultConcurrency(rate) {
    // Each slot keeps up with the rate as long as responses take under a second.
    return Math.min(256, Math.max(16, Math.ceil(rate)));
}
/** Counts one finished request; the sample the caller sees, or undefined for an aborted one. */
function countVerdict(tally, index, verdict) {
    if (verdict.aborted) {
        tally.outcomes[index] = Outcome.Skipped;
        return undefined;
    }
    tally.completed += 1;
    if (verdict.responded)
        tally.latencies[tally.responses++] = verdict.latencyMs;
    if (verdict.passed)
        tally.outcomes[index] = Outcome.Passed;
    else {
        tally.outcomes[index] = Outcome.Failed;
        tally.failures += 1;
        tally.firstFailureAt ??= Date.now();
        countReason(tally.reasons, verdict.reason);
    }
    return { index, passed: verdict.passed, responded: verdict.responded, latencyMs: verdict.latencyMs };
}
async function generateLoad(target, options) {
    const planned = plannedRequests(options.durationMs, options.rate);
    const tally = {
        planned,
        sent: 0,
        completed: 0,
        responses: 0,
        failures: 0,
        outcomes: new Uint8Array(planned),
        latencies: new Float64Array(planned),
        reasons: new Map(),
        durationMs: 0,
        lastIssuedMs: 0,
        options,
        decided: false,
    };
    const Agent = target.url.protocol === 'https:' ? (external_node_https_default()).Agent : (external_node_http_default()).Agent;
    const agent = new Agent({ keepAlive: true, maxSockets: options.concurrency });
    const intervalMs = 1000 / options.rate;
    const started = performance.now();
    // Past this point nothing new is sent: the service is too slow for the rate and duration asked for.
    const lastSendAt = started + options.durationMs + target.timeoutMs;
    let inFlight = 0;
    let stopped = false;
    let timer;
    let onAbort;
    const progress = () => options.onProgress?.({
        sent: tally.sent,
        failed: tally.failures,
        elapsedMs: roundMs(performance.now() - started),
    });
    const ticker = options.onProgress ? setInterval(progress, PROGRESS_EVERY_MS) : undefined;
    await new Promise((done) => {
        const finishIfIdle = () => {
            if ((tally.sent >= planned || stopped) && inFlight === 0)
                done();
        };
        const issue = (index) => {
            inFlight += 1;
            tally.lastIssuedMs = performance.now() - started;
            void probeHttp(target, { agent, signal: options.signal }).then((verdict) => {
                inFlight -= 1;
                const sample = countVerdict(tally, index, verdict);
                if (sample && !tally.decided && options.onSample?.(sample))
                    tally.decided = true;
                pump();
            });
        };
        const pump = () => {
            clearTimeout(timer);
            if (!tally.decided && options.stopWhen?.())
                tally.decided = true;
            if (tally.decided ||
                options.signal?.aborted ||
                (performance.now() > lastSendAt && tally.sent < planned))
                stopped = true;
            if (stopped)
                return finishIfIdle();
            const now = performance.now();
            while (tally.sent < planned &&
                inFlight < options.concurrency &&
                started + tally.sent * intervalMs <= now)
                issue(tally.sent++);
            if (tally.sent >= planned)
                return finishIfIdle();
            // All slots busy: the next completion pumps again. Otherwise wake when the next request is due.
            if (inFlight < options.concurrency)
                timer = setTimeout(pump, Math.max(0, started + tally.sent * intervalMs - now));
        };
        onAbort = pump;
        options.signal?.addEventListener('abort', onAbort, { once: true });
        pump();
    });
    if (onAbort)
        options.signal?.removeEventListener('abort', onAbort);
    clearInterval(ticker);
    agent.destroy();
    progress();
    tally.durationMs = performance.now() - started;
    return figuresOf(tally);
}
/** The longest run of failures, in the order the requests were issued. */
function longestFailureRun(outcomes) {
    let run = 0;
    let longest = 0;
    for (const outcome of outcomes) {
        if (outcome === Outcome.Failed)
            longest = Math.max(longest, ++run);
        else if (outcome === Outcome.Passed)
            run = 0;
    }
    return longest;
}
function figuresOf(tally) {
    const { planned, sent, completed, responses, failures, options, decided } = tally;
    return {
        planned,
        sent,
        samples: completed,
        responses,
        failures,
        errorRate: completed > 0 ? failures / completed : 0,
        consecutiveFailuresMax: longestFailureRun(tally.outcomes),
        latencyMs: percentiles(tally.latencies.subarray(0, responses)),
        durationMs: roundMs(tally.durationMs),
        achievedRate: roundMs((sent / Math.max(options.durationMs, tally.lastIssuedMs)) * 1000),
        unsent: planned - sent,
        failureReasons: Object.fromEntries([...tally.reasons].sort((a, b) => b[1] - a[1])),
        aborted: Boolean(options.signal?.aborted) && !decided,
        stoppedEarly: decided && sent < planned,
        ...(tally.firstFailureAt === undefined ? {} : { firstFailureAt: tally.firstFailureAt }),
    };
}

;// CONCATENATED MODULE: ./packages/checks/src/format.ts
/**
 * Figures as people read them in logs, errors and summaries: a share of requests as
 * `6.7 %` (not 0.06666666666666667), a latency as `12.3 ms` or `245 ms`.
 */
function trim(text) {
    return text.includes('.') ? text.replace(/\.?0+$/, '') : text;
}
/** 0.0667 → `6.7 %`, 0.1 → `10 %`, 0.00033 → `0.033 %` (small shares keep two significant digits). */
function formatShare(rate) {
    const value = rate * 100;
    if (value === 0)
        return '0 %';
    if (Math.abs(value) < 0.1)
        return `${trim(value.toPrecision(2))} %`;
    return `${trim(value.toFixed(1))} %`;
}
/** 3.456 → `3.5 ms`, 245.61 → `246 ms`: a tenth of a millisecond where it matters, none beyond. */
function formatMs(ms) {
    return Math.abs(ms) < 100 ? `${trim(ms.toFixed(1))} ms` : `${Math.round(ms)} ms`;
}

;// CONCATENATED MODULE: ./packages/checks/src/judge-load.ts
/** The target's own figures against the thresholds, in plain words. */

function percent(rate) {
    return formatShare(rate);
}
function topReasons(figures) {
    const entries = Object.entries(figures.failureReasons).slice(0, 3);
    return entries.length
        ? `; most often: ${entries.map(([reason, count]) => `${reason} ×${count}`).join(', ')}`
        : '';
}
function judgeLoad(figures, thresholds, label = '', decidedBad = false) {
    const reasons = [];
    if (figures.aborted)
        reasons.push(`${label}the analysis was aborted after ${figures.sent} requests`);
    // A sequential test that found the version bad needs no more answers for that verdict.
    if (figures.responses < thresholds.minSamples && !decidedBad) {
        reasons.push(`${label}only ${figures.responses} of ${figures.sent} requests were answered; at least ${thresholds.minSamples} are needed for a verdict${topReasons(figures)}`);
    }
    if (figures.samples > 0 && figures.errorRate > thresholds.maxErrorRate) {
        reasons.push(`${label}error rate ${percent(figures.errorRate)} is above the maximum of ${percent(thresholds.maxErrorRate)} (${figures.failures} of ${figures.samples} requests failed${topReasons(figures)})`);
    }
    if (figures.responses > 0 && figures.latencyMs.p95 > thresholds.maxP95Ms) {
        reasons.push(`${label}p95 latency ${formatMs(figures.latencyMs.p95)} is above the maximum of ${thresholds.maxP95Ms} ms`);
    }
    if (figures.consecutiveFailuresMax > thresholds.maxConsecutiveFailures) {
        reasons.push(`${label}${figures.consecutiveFailuresMax} requests failed in a row (at most ${thresholds.maxConsecutiveFailures} allowed)`);
    }
    return reasons;
}

;// CONCATENATED MODULE: ./packages/checks/src/baseline.ts
/** The baseline: the previous version's figures next to the target's, and how much worse the target is. */


const DEFAULT_MAX_DEGRADATION_PCT = 20;
/**
 * Degradation is relative to the baseline, but relative to almost nothing is noise: a
 * p95 under 10 ms or an error rate under 1 % is compared as if it were that floor.
 */
const BASELINE_FLOOR = { p95Ms: 10, errorRate: 0.01 };
/** Degradation of the candidate against the baseline, in percent; the worse of latency and errors. */
function degradation(candidate, baseline) {
    const latencyPct = ((candidate.p95Ms - baseline.p95Ms) / Math.max(baseline.p95Ms, BASELINE_FLOOR.p95Ms)) * 100;
    const errorRatePct = ((candidate.errorRate - baseline.errorRate) / Math.max(baseline.errorRate, BASELINE_FLOOR.errorRate)) *
        100;
    const round = (value) => Math.round(value * 10) / 10;
    return {
        latencyPct: round(latencyPct),
        errorRatePct: round(errorRatePct),
        pct: round(Math.max(latencyPct, errorRatePct, 0)),
    };
}
function compareWithBaseline(options, figures, baselineFigures, thresholds, paired) {
    const settings = options.baseline;
    const maxDegradationPct = settings.maxDegradationPct ?? DEFAULT_MAX_DEGRADATION_PCT;
    const reference = baselineFigures
        ? {
            samples: baselineFigures.samples,
            errorRate: baselineFigures.errorRate,
            p95Ms: baselineFigures.latencyMs.p95,
        }
        : { samples: 0, ...settings.figures };
    const change = degradation({ errorRate: figures.errorRate, p95Ms: figures.latencyMs.p95 }, reference);
    const reasons = [];
    // Paired, the comparison was made request by request; the overall figures are shown, not judged.
    const degraded = !paired && change.pct > maxDegradationPct;
    if (degraded) {
        reasons.push(`${change.pct} % worse than the baseline (at most ${maxDegradationPct} % allowed): p95 ${formatMs(figures.latencyMs.p95)} against ${formatMs(reference.p95Ms)}, error rate ${percent(figures.errorRate)} against ${percent(reference.errorRate)}`);
    }
    if (baselineFigures) {
        reasons.push(...judgeLoad(baselineFigures, { ...thresholds, maxErrorRate: 1, maxP95Ms: Infinity, maxConsecutiveFailures: Infinity }, 'baseline: '));
    }
    return {
        reasons,
        baseline: {
            samples: reference.samples,
            errorRate: reference.errorRate,
            p95Ms: reference.p95Ms,
            degradationPct: change.pct,
            passed: reasons.length === 0,
            source: baselineFigures ? 'url' : 'figures',
            latencyDegradationPct: change.latencyPct,
            errorRateDegradationPct: change.errorRatePct,
            maxDegradationPct,
        },
    };
}

;// CONCATENATED MODULE: ./packages/checks/src/sequential-judge.ts


class SequentialJudge {
    thresholds;
    falseAlarmRate;
    mayPassEarly;
    errors;
    latency;
    samples = 0;
    responses = 0;
    failuresInARow = 0;
    pairs = 0;
    stableAloneFailures = 0;
    answeredPairs = 0;
    stableAloneSlow = 0;
    started = performance.now();
    decision;
    constructor(thresholds, falseAlarmRate, 
    /** With a baseline that is not compared request by request, a pass waits for the whole window. */
    mayPassEarly, 
    /** What the streams count, in words, when it is more than a failure or an answer over the maximum. */
    names = {}) {
        this.thresholds = thresholds;
        this.falseAlarmRate = falseAlarmRate;
        this.mayPassEarly = mayPassEarly;
        const { p0, p1 } = errorRateHypotheses(thresholds.maxErrorRate);
        this.errors = new BernoulliSprt(names.errors ?? 'failed requests', p0, p1, falseAlarmRate);
        this.latency = new BernoulliSprt(names.latency ?? `answers slower than ${thresholds.maxP95Ms} ms`, LATENCY_HYPOTHESES.p0, LATENCY_HYPOTHESES.p1, falseAlarmRate);
    }
    /** Takes one finished request; true once the verdict is certain. */
    observe(sample) {
        return this.take({
            failed: !sample.passed,
            responded: sample.responded,
            slow: sample.responded && sample.latencyMs > this.thresholds.maxP95Ms,
        });
    }
    /**
     * Takes one judged request. A request whose failure is left undefined tells nothing
     * about errors (the stable version failed at the same moment): it neither counts nor
     * breaks a run of failures.
     */
    take(observation) {
        if (this.decision)
            return true;
        this.samples += 1;
        if (observation.failed !== undefined)
            this.errors.add(observation.failed ? 1 : 0);
        if (observation.stableAloneFailed !== undefined)
            this.judgeErrorsAgainstStable(observation);
        if (observation.responded) {
            this.responses += 1;
            this.latency.add(observation.slow ? 1 : 0);
            if (observation.stableAloneSlow !== undefined)
                this.judgeLatencyAgainstStable(observation);
        }
        if (observation.failed !== undefined)
            this.failuresInARow = observation.failed ? this.failuresInARow + 1 : 0;
        if (this.failuresInARow > this.thresholds.maxConsecutiveFailures) {
            return this.decide('bad', `${this.failuresInARow} requests failed in a row (at most ${this.thresholds.maxConsecutiveFailures} allowed)`);
        }
        const bad = [this.errors, this.latency].find((test) => test.verdict === 'bad');
        if (bad) {
            return this.decide('bad', `the evidence of ${bad.name} (${bad.evidence().failures} of ${bad.evidence().observations}) crossed the bad boundary at a false-alarm rate of ${formatShare(this.falseAlarmRate)}`);
        }
        if (this.mayPassEarly &&
            this.responses >= this.thresholds.minSamples &&
            this.errors.verdict === 'healthy' &&
            this.latency.verdict === 'healthy') {
            return this.decide('healthy', `both tests reached the healthy boundary after ${this.samples} requests`);
        }
        return false;
    }
    /**
     * Pairs where only the canary failed, against pairs where only the stable version
     * did: their difference is the canary's excess error rate, so the canary is bad when
     * its lone failures exceed the stable version's by more than the maximum.
     */
    judgeErrorsAgainstStable(observation) {
        this.pairs += 1;
        if (observation.stableAloneFailed)
            this.stableAloneFailures += 1;
        const { p0, p1 } = errorRateHypotheses(this.thresholds.maxErrorRate, this.stableAloneFailures / this.pairs);
        this.errors.rebase(p0, p1);
    }
    /** The same for slow answers: the canary's against the stable version's of the same pairs. */
    judgeLatencyAgainstStable(observation) {
        this.answeredPairs += 1;
        if (observation.stableAloneSlow)
            this.stableAloneSlow += 1;
        const { p0, p1 } = pairedLatencyHypotheses(this.stableAloneSlow / this.answeredPairs);
        this.latency.rebase(p0, p1);
    }
    decide(by, reason) {
        this.decision = { ...this.snapshot(), by, reason };
        return true;
    }
    snapshot() {
        return {
            mode: 'sequential',
            afterSamples: this.samples,
            afterMs: Math.round(performance.now() - this.started),
            falseAlarmRate: this.falseAlarmRate,
            evidence: [this.errors.evidence(), this.latency.evidence()],
        };
    }
    /** The streams whose evidence leans to "bad" when the window ended undecided, in words. */
    leaningBad() {
        return [this.errors, this.latency]
            .map((test) => test.evidence())
            .filter((evidence) => evidence.logRatio > 0)
            .map((evidence) => `${evidence.name}: ${evidence.failures} of ${evidence.observations}`);
    }
    /** The decision, or one saying the window ran out before the evidence was conclusive. */
    final() {
        return (this.decision ?? {
            ...this.snapshot(),
            by: 'window',
            reason: 'the evidence was not conclusive before the window ended: the whole window was judged',
        });
    }
}

;// CONCATENATED MODULE: ./packages/checks/src/paired-judge.ts

/** An answer over the maximum and more than the tolerance slower than the other version's of its pair. */
function slowerThan(answer, other, maxP95Ms, tolerance) {
    if (!answer.responded || answer.latencyMs <= maxP95Ms)
        return false;
    return !other.responded || answer.latencyMs > other.latencyMs * (1 + tolerance);
}
function pairObservation(canary, stable, maxP95Ms, tolerance) {
    const bothFailed = !canary.passed && !stable.passed;
    return {
        failed: bothFailed ? undefined : !canary.passed,
        stableAloneFailed: bothFailed ? undefined : canary.passed && !stable.passed,
        responded: canary.responded,
        slow: slowerThan(canary, stable, maxP95Ms, tolerance),
        stableAloneSlow: stable.responded && slowerThan(stable, canary, maxP95Ms, tolerance),
    };
}
class PairedJudge {
    thresholds;
    tolerance;
    judge;
    canary = new Map();
    stable = new Map();
    constructor(thresholds, falseAlarmRate, 
    /** How much slower than the stable version an answer may be before it counts, as a share (0.2 = 20 %). */
    tolerance, 
    /** Prometheus queries judged when the load ends want the whole window. */
    mayPassEarly = true) {
        this.thresholds = thresholds;
        this.tolerance = tolerance;
        const pct = Math.round(tolerance * 100);
        this.judge = new SequentialJudge(thresholds, falseAlarmRate, mayPassEarly, {
            errors: 'failed requests (against the stable version)',
            latency: `answers slower than ${thresholds.maxP95Ms} ms and ${pct} % slower than the stable version's`,
        });
    }
    get decision() {
        return this.judge.decision;
    }
    /** Takes one finished canary request; true once the verdict is certain. */
    observeCanary(sample) {
        return this.match(sample, this.stable, this.canary, (stable) => [sample, stable]);
    }
    /** Takes one finished stable request; true once the verdict is certain. */
    observeStable(sample) {
        return this.match(sample, this.canary, this.stable, (canary) => [canary, sample]);
    }
    match(sample, others, waiting, order) {
        const other = others.get(sample.index);
        if (!other) {
            waiting.set(sample.index, sample);
            return Boolean(this.judge.decision);
        }
        others.delete(sample.index);
        const [canary, stable] = order(other);
        return this.judge.take(pairObservation(canary, stable, this.thresholds.maxP95Ms, this.tolerance));
    }
}

;// CONCATENATED MODULE: ./packages/checks/src/analysis.ts













const DEFAULT_THRESHOLDS = {
    maxErrorRate: 0.05,
    maxP95Ms: 2_000,
    minSamples: 10,
    maxConsecutiveFailures: 5,
};
function thresholdsOf(options) {
    return {
        maxErrorRate: options.maxErrorRate ?? DEFAULT_THRESHOLDS.maxErrorRate,
        maxP95Ms: options.maxP95Ms ?? DEFAULT_THRESHOLDS.maxP95Ms,
        // A short run that plans fewer requests than the default needs every one of them answered.
        minSamples: options.minSamples ??
            Math.min(DEFAULT_THRESHOLDS.minSamples, plannedRequests(options.durationMs, options.rate)),
        maxConsecutiveFailures: options.maxConsecutiveFailures ?? DEFAULT_THRESHOLDS.maxConsecutiveFailures,
    };
}
/** The sequential judge: request by request against the stable version when its URL is loaded alongside. */
function judgeFor(options, thresholds) {
    if (options.mode !== 'sequential')
        return undefined;
    const falseAlarmRate = options.falseAlarmRate ?? DEFAULT_FALSE_ALARM_RATE;
    if (options.baseline?.url) {
        const tolerance = (options.baseline.maxDegradationPct ?? DEFAULT_MAX_DEGRADATION_PCT) / 100;
        const paired = new PairedJudge(thresholds, falseAlarmRate, tolerance, !options.metrics?.length);
        return { judge: paired.judge, paired };
    }
    return {
        judge: new SequentialJudge(thresholds, falseAlarmRate, !options.baseline && !options.metrics?.length),
    };
}
/** The load on the target and, with a baseline URL, the same load on the baseline at the same time. */
async function runLoads(options, load, judges) {
    const baselineUrl = options.baseline?.url;
    const decided = () => Boolean(judges?.judge.decision);
    const { paired, judge } = judges ?? {};
    return Promise.all([
        generateLoad(prepareHttpCheck(options.target), {
            ...load,
            onProgress: options.onProgress,
            onSample: paired
                ? (sample) => paired.observeCanary(sample)
                : judge && ((sample) => judge.observe(sample)),
            stopWhen: decided,
        }),
        baselineUrl
            ? generateLoad(prepareHttpCheck({ ...options.target, url: baselineUrl }), {
                ...load,
                onSample: paired && ((sample) => paired.observeStable(sample)),
                stopWhen: decided,
            })
            : undefined,
    ]);
}
const FIXED_WINDOW = {
    mode: 'fixed',
    by: 'window',
    reason: 'fixed window: every planned request was sent and the whole window judged',
    evidence: [],
};
/**
 * Why the target fails on its own figures. Compared request by request with the
 * stable version, the error rate, p95 and failures in a row are the paired tests'
 * to judge (judged alone they would count the noise both versions share).
 */
function targetReasons(figures, thresholds, decision, judges) {
    if (!judges?.paired) {
        const reasons = judgeLoad(figures, thresholds, '', decision.by === 'bad');
        if (decision.by === 'bad' && reasons.length === 0)
            reasons.push(`sequential analysis stopped after ${decision.afterSamples} requests: ${decision.reason}`);
        return reasons;
    }
    const reasons = judgeLoad(figures, { ...thresholds, maxErrorRate: 1, maxP95Ms: Infinity, maxConsecutiveFailures: Infinity }, '', decision.by === 'bad');
    if (decision.by === 'bad')
        reasons.push(`sequential analysis stopped after ${decision.afterSamples} requests: ${decision.reason}`);
    const leaning = decision.by === 'window' ? judges.judge.leaningBad() : [];
    if (leaning.length > 0)
        reasons.push(`against the stable version, the evidence leans to bad: ${leaning.join('; ')}`);
    return reasons;
}
/** Prometheus queries, once the load has ended, so the metrics cover the traffic just sent. */
async function queryMetrics(options) {
    if (!options.metrics?.length)
        return undefined;
    const report = await runChecksOnce(options.metrics, { signal: options.signal });
    return report.checks;
}
function loadFigures(figures) {
    return {
        samples: figures.samples,
        failures: figures.failures,
        errorRate: figures.errorRate,
        consecutiveFailuresMax: figures.consecutiveFailuresMax,
        latencyMs: figures.latencyMs,
        failureReasons: figures.failureReasons,
        achievedRate: figures.achievedRate,
        planned: figures.planned,
        sent: figures.sent,
        responses: figures.responses,
        unsent: figures.stoppedEarly ? 0 : figures.unsent,
        ...(figures.firstFailureAt === undefined ? {} : { firstFailureAt: figures.firstFailureAt }),
    };
}
/**
 * Sends `rate` requests per second to the target for `durationMs` and judges the
 * service on error rate, p95 latency, consecutive failures and the number of answers
 * (never a pass on no data); optionally against a baseline (the previous version's
 * URL, loaded the same way at the same time, or stored figures) and Prometheus
 * queries evaluated when the load ends. In sequential mode with a baseline URL, the
 * target is judged request by request against the baseline's answer sent with it.
 * Rejects only on invalid options.
 */
async function analyse(options) {
    assertValidAnalysis(options);
    const thresholds = thresholdsOf(options);
    const concurrency = options.concurrency ?? defaultConcurrency(options.rate);
    const started = performance.now();
    const judges = judgeFor(options, thresholds);
    const load = { durationMs: options.durationMs, rate: options.rate, concurrency, signal: options.signal };
    const [figures, baselineFigures] = await runLoads(options, load, judges);
    const decision = judges
        ? judges.judge.final()
        : { ...FIXED_WINDOW, afterSamples: figures.samples, afterMs: Math.round(figures.durationMs) };
    const reasons = targetReasons(figures, thresholds, decision, judges);
    const compared = options.baseline
        ? compareWithBaseline(options, figures, baselineFigures, thresholds, Boolean(judges?.paired))
        : undefined;
    reasons.push(...(compared?.reasons ?? []));
    const metrics = await queryMetrics(options);
    for (const metric of metrics ?? [])
        if (!metric.passed)
            reasons.push(`${metric.name}: ${metric.reason}`);
    return {
        passed: reasons.length === 0,
        reasons,
        ...loadFigures(figures),
        durationMs: roundMs(performance.now() - started),
        thresholds,
        ...(compared ? { baseline: compared.baseline } : {}),
        ...(metrics ? { metrics } : {}),
        target: checkName(options.target),
        rate: options.rate,
        concurrency,
        decision,
    };
}

;// CONCATENATED MODULE: ./packages/deployments/src/live-check.ts
/**
 * The live check after traffic moved to a version that was already verified where
 * it runs: the environment URL is asked again and again for a short window, and the
 * first failed answer confirmed by the next one is the verdict. No wait-until-healthy retries here: every
 * second spent retrying is a second of users on a broken version.
 */

const DEFAULT_INTERVAL_MS = 50;
const REQUEST_TIMEOUT_MS = 5_000;
async function ask(probe, signal) {
    try {
        const response = await fetch(probe.url, {
            signal,
            headers: { connection: 'close' },
            redirect: 'manual',
        });
        const body = await response.text();
        if (response.status >= 400)
            return { failed: `status ${response.status}` };
        if (!probe.versionPath)
            return {};
        try {
            const value = (0,index_node_esm/* JSONPath */.E)({
                path: probe.versionPath,
                json: JSON.parse(body),
                wrap: false,
            });
            return { version: value === undefined || value === null ? undefined : String(value) };
        }
        catch {
            return { failed: `the answer is not JSON with ${probe.versionPath}` };
        }
    }
    catch (thrown) {
        return { failed: thrown.message };
    }
}
/** Requests in flight at most: a slow service is asked again before it answered, not flooded. */
const MAX_IN_FLIGHT = 4;
/**
 * Sends a request every `intervalMs` without waiting for the ones in flight, so the
 * answer that confirms a failure is already on its way when the failure arrives: a
 * version failing every request is caught one interval after its first failed
 * answer rather than one whole answer later. Answers are read in the order sent.
 */
class ProbeSender {
    probe;
    sent = [];
    read = 0;
    inFlight = 0;
    timer;
    closed = false;
    /** Past the window, requests go on only while a failure waits for the answer after it. */
    wanted = true;
    constructor(probe) {
        this.probe = probe;
    }
    start() {
        this.send();
        this.timer = setInterval(() => this.send(), this.probe.intervalMs ?? DEFAULT_INTERVAL_MS);
    }
    send() {
        if (!this.wanted || this.closed || this.probe.signal?.aborted)
            return;
        if (this.inFlight >= MAX_IN_FLIGHT)
            return;
        this.inFlight += 1;
        this.sent.push(ask(this.probe, AbortSignal.timeout(REQUEST_TIMEOUT_MS)).then((answer) => {
            this.inFlight -= 1;
            return { ...answer, at: Date.now() };
        }));
    }
    /**
     * The next answer in the order sent; undefined once nothing more is coming. When every
     * answer sent was read, none is in flight, so the one asked for here is sent at once.
     */
    async next() {
        if (this.read >= this.sent.length) {
            if (!this.wanted || this.probe.signal?.aborted)
                return undefined;
            this.send();
        }
        return this.sent[this.read++];
    }
    /**
     * Sends no more. Requests in flight are left to finish rather than aborted: an aborted
     * request can leave its connection open and idle, and a router reloading to switch
     * back keeps its old worker until that connection closes (seconds, with nginx).
     */
    close() {
        this.closed = true;
        clearInterval(this.timer);
    }
}
/**
 * Passes when no two answers in a row failed during the window and, with a version
 * path, the last answer reported the new version (an older one may answer at first
 * while the switch propagates). A version that fails every request is caught at its
 * second answer, while a healthy one with a small background error rate (one failure
 * in a few hundred) is not switched away from for a single unlucky answer.
 */
async function watchLive(probe) {
    const ends = Date.now() + probe.durationMs;
    const sender = new ProbeSender(probe);
    let answers = 0;
    let lastVersion;
    let unconfirmed;
    let loneFailures = 0;
    sender.start();
    try {
        for (;;) {
            sender.wanted = Date.now() < ends || unconfirmed !== undefined;
            const answer = await sender.next();
            if (!answer)
                break;
            answers += 1;
            if (answer.failed && unconfirmed) {
                return {
                    passed: false,
                    reason: `it answered with a failure (${unconfirmed.reason}) on request ${answers - 1} after the switch, and again (${answer.failed}) on the next`,
                    firstFailureAt: unconfirmed.at,
                    answers,
                };
            }
            if (unconfirmed)
                loneFailures += 1;
            unconfirmed = answer.failed ? { reason: answer.failed, at: answer.at } : undefined;
            if (!answer.failed)
                lastVersion = answer.version;
        }
    }
    finally {
        sender.close();
    }
    if (probe.versionPath && lastVersion !== probe.version) {
        return {
            passed: false,
            reason: `it does not serve ${probe.version}: it reports ${lastVersion ?? 'no version'} at ${probe.versionPath}`,
            firstFailureAt: Date.now(),
            answers,
        };
    }
    return { passed: true, answers, loneFailures };
}

;// CONCATENATED MODULE: ./packages/deployments/src/verify-report.ts
/**
 * What a verification tells while it waits and when it gives up: a progress line
 * every few seconds per URL (the wait can last minutes), and on failure the
 * answer the URL gave, cut to a readable length and scrubbed of every secret.
 */

/** How often a URL that is still failing gets a progress line. */
const PROGRESS_INTERVAL_MS = 5_000;
/** How much of a failed answer's body is shown: enough for an error page's message, not the page. */
const ANSWER_BODY_CHARS = 300;
/** Returns the `onAttempt` callback that writes a progress line per URL every PROGRESS_INTERVAL_MS. */
function progressReporter(checks, timeoutMs, write, now = () => performance.now()) {
    const started = now();
    const waiting = new Map(checks.map((check) => [
        check.name ?? check.url,
        { url: check.url, expected: expectedOf(check), lastLineAt: started },
    ]));
    return (event) => {
        const entry = waiting.get(event.check);
        if (!entry || event.passed)
            return;
        const at = now();
        if (at - entry.lastLineAt < PROGRESS_INTERVAL_MS)
            return;
        entry.lastLineAt = at;
        write(`Waiting for ${entry.url} to answer ${entry.expected}: try ${event.attempt}, ` +
            `${seconds(at - started)} of ${seconds(timeoutMs)}, last answer: ${event.reason ?? 'none yet'}`);
    };
}
function expectedOf(check) {
    return check.jsonPath && check.jsonEquals !== undefined
        ? `2xx with ${check.jsonPath} = ${check.jsonEquals}`
        : '2xx';
}
function seconds(ms) {
    return `${Math.round(ms / 1000)} s`;
}
/**
 * The answer a URL gives now, after it failed its verification: `status 500, body {"error":"broken"}`,
 * or undefined when it does not answer (the failure reason already says so).
 */
async function answerOf(url, timeoutMs = 5_000) {
    try {
        const response = await fetch(url, {
            signal: AbortSignal.timeout(timeoutMs),
            headers: { connection: 'close' },
        });
        const body = scrubSecrets((await response.text()).replace(/\s+/g, ' ').trim());
        return `status ${response.status}, body ${body ? (0,errors/* cut */.Jj)(body, ANSWER_BODY_CHARS) : '(empty)'}`;
    }
    catch {
        return undefined;
    }
}
/** Every masked value replaced by ***, as the runner shows it in the log, for text that also goes elsewhere. */
function scrubSecrets(text) {
    return (0,runner/* maskedValues */.ql)()
        .filter((secret) => secret.length > 0)
        .sort((a, b) => b.length - a.length)
        .reduce((scrubbed, secret) => scrubbed.split(secret).join('***'), text);
}

;// CONCATENATED MODULE: ./packages/deployments/src/verify.ts
/**
 * Verification and canary analysis through the checks engine (the same one
 * smoke-test uses), plus the small helpers that fill URL templates and read
 * which version a URL reports.
 */




/**
 * Fills `{slot}`, `{target}`, `{version}` and `{environment}`; values are
 * URL-encoded, and a placeholder with no value here (no target outside a
 * rolling deploy) becomes empty rather than staying in the URL.
 */
function fillTemplate(template, values) {
    return template.replace(/\{(slot|target|version|environment)\}/g, (_whole, key) => encodeURIComponent(values[key] ?? ''));
}
function templateKeys(template) {
    return [...template.matchAll(/\{(slot|target|version|environment)\}/g)].map((match) => match[1]);
}
function verifyChecks(probe) {
    return probe.urls.map((url, index) => {
        const check = { kind: 'http', name: `${probe.label}: ${url}`, url };
        if (index === 0 && probe.versionPath) {
            check.jsonPath = probe.versionPath;
            check.jsonEquals = probe.version;
        }
        return check;
    });
}
const checksVerifier = {
    watch: watchLive,
    async verify(probe) {
        const checks = verifyChecks(probe);
        const report = await waitUntilHealthy(checks, {
            timeoutMs: probe.timeoutMs,
            signal: probe.signal,
            ...(probe.progress ? { onAttempt: progressReporter(checks, probe.timeoutMs, probe.progress) } : {}),
        });
        // The URL names the check: the label is already in the sentence the caller builds around these.
        const failed = report.checks.flatMap((check, index) => check.passed ? [] : [{ url: checks[index]?.url ?? check.name, reason: check.reason ?? 'failed' }]);
        const reasons = await Promise.all(failed.map(async ({ url, reason }) => {
            const answer = probe.signal?.aborted ? undefined : await answerOf(url);
            return `${url}: ${reason}${answer ? ` (its answer now: ${answer})` : ''}`;
        }));
        return { passed: report.passed, reasons, report };
    },
    async analyse(probe) {
        const { settings } = probe;
        if (settings.prometheus && probe.version && probe.stableVersion) {
            return analyseTraffic({
                prometheusUrl: settings.prometheus.url,
                requestsQuery: settings.prometheus.requestsQuery,
                errorsQuery: settings.prometheus.errorsQuery,
                canaryVersion: probe.version,
                stableVersion: probe.stableVersion,
                durationMs: settings.durationMs,
                thresholds: {
                    maxErrorRate: settings.maxErrorRate,
                    maxP95Ms: settings.maxP95Ms,
                    minSamples: settings.minSamples,
                    maxConsecutiveFailures: settings.maxConsecutiveFailures,
                },
                mode: settings.mode ?? 'sequential',
                falseAlarmRate: settings.falseAlarmRate,
                signal: probe.signal,
            });
        }
        return analyse({
            target: { kind: 'http', name: probe.label, url: probe.url },
            durationMs: settings.durationMs,
            rate: settings.rate,
            maxErrorRate: settings.maxErrorRate,
            maxP95Ms: settings.maxP95Ms,
            minSamples: settings.minSamples,
            maxConsecutiveFailures: settings.maxConsecutiveFailures,
            mode: settings.mode ?? 'sequential',
            falseAlarmRate: settings.falseAlarmRate,
            signal: probe.signal,
            ...(probe.baselineUrl ? { baseline: { url: probe.baselineUrl } } : {}),
        });
    },
};
/** The version a URL reports at a JSON path, or undefined when it does not answer with one. */
async function readVersionAt(url, versionPath, timeoutMs = 5000) {
    try {
        const response = await fetch(url, {
            signal: AbortSignal.timeout(timeoutMs),
            headers: { connection: 'close' },
        });
        if (!response.ok)
            return undefined;
        const json = (await response.json());
        const value = (0,index_node_esm/* JSONPath */.E)({ path: versionPath, json, wrap: false });
        return value === undefined || value === null || typeof value === 'object' ? undefined : String(value);
    }
    catch {
        return undefined;
    }
}

;// CONCATENATED MODULE: ./packages/deployments/src/environment/settings.ts
/**
 * Typed inputs turned into DeploySettings, with the rules that span several
 * inputs (a strategy and the commands it needs, URLs and their placeholders)
 * checked together, so every problem is reported before anything changes.
 */



const NEEDS = {
    direct: [['deployCommand', 'deploy-command', 'a command that deploys RELEASE_VERSION']],
    rolling: [['deployCommand', 'deploy-command', 'a command that deploys RELEASE_VERSION to RELEASE_TARGET']],
    'blue-green': [
        ['deployCommand', 'deploy-command', 'a command that deploys RELEASE_VERSION to RELEASE_SLOT'],
        ['switchCommand', 'switch-command', 'a command that routes all traffic to RELEASE_SLOT'],
    ],
    canary: [
        [
            'deployCommand',
            'deploy-command',
            'a command that deploys RELEASE_VERSION to RELEASE_SLOT (canary or the stable slot)',
        ],
        [
            'trafficCommand',
            'traffic-command',
            'a command that sends RELEASE_WEIGHT percent of traffic to the canary',
        ],
    ],
};
/** Problems with the inputs a strategy needs, in the `Input "name": got …, expected …` form. */
function strategyProblems(strategy, inputs) {
    const problems = [];
    for (const [key, name, what] of NEEDS[strategy]) {
        if (!inputs[key])
            problems.push((0,errors/* inputProblem */.oi)(name, '', `${what} (the ${strategy} strategy needs it)`));
    }
    const urls = inputs.verifyUrl ?? [];
    const first = urls[0] ?? '';
    if (strategy === 'blue-green' && !templateKeys(first).includes('slot')) {
        problems.push((0,errors/* inputProblem */.oi)('verify-url', first, 'a URL with {slot}, e.g. https://{slot}.internal.example.com/health (blue-green verifies the idle slot before the switch)'));
    }
    if (strategy === 'rolling') {
        if (!inputs.targets)
            problems.push((0,errors/* inputProblem */.oi)('targets', '', 'the names of the targets to roll out to (the rolling strategy needs them)'));
        if (!templateKeys(first).includes('target')) {
            problems.push((0,errors/* inputProblem */.oi)('verify-url', first, 'a URL with {target}, e.g. https://{target}.internal.example.com/health (rolling verifies every batch)'));
        }
    }
    if (strategy === 'canary' &&
        !inputs.analysisUrl &&
        !inputs.analysisPrometheusUrl &&
        !templateKeys(first).includes('slot')) {
        problems.push((0,errors/* inputProblem */.oi)('analysis-url', '', 'the canary\'s URL, or a verify-url with {slot} (the canary is analysed at slot "canary")'));
    }
    if (inputs.versionPath && urls.length === 0 && !inputs.environmentUrl) {
        problems.push((0,errors/* inputProblem */.oi)('version-path', inputs.versionPath, 'a verify-url or environment-url to read the version from'));
    }
    return problems;
}
/** The three inputs that judge a canary on its real traffic go together, the queries with {version}. */
function trafficQueryProblems(inputs) {
    const given = [inputs.analysisPrometheusUrl, inputs.analysisRequestsQuery, inputs.analysisErrorsQuery];
    if (given.every((value) => value === undefined))
        return [];
    const problems = [];
    if (!inputs.analysisPrometheusUrl)
        problems.push((0,errors/* inputProblem */.oi)('analysis-prometheus-url', '', 'the Prometheus URL the analysis queries go to'));
    for (const [name, value] of [
        ['analysis-requests-query', inputs.analysisRequestsQuery],
        ['analysis-errors-query', inputs.analysisErrorsQuery],
    ]) {
        if (!value?.includes('{version}'))
            problems.push((0,errors/* inputProblem */.oi)(name, value ?? '', 'a PromQL query with {version} that counts the requests (or failed requests) a version served, e.g. sum(http_requests_total{version="{version}"})'));
    }
    return problems;
}
/** Strategies that keep the previous version serving while the new one takes over. */
const SIDE_BY_SIDE = ['blue-green', 'canary', 'rolling'];
/**
 * A contract migration (one the previous version cannot run on) beside a strategy
 * that keeps the previous version serving for a while: refused unless the user says so.
 */
function migrationProblems(inputs) {
    const problems = [];
    const contract = inputs.migration === 'contract';
    if (contract && !inputs.migrateCommand) {
        problems.push((0,errors/* inputProblem */.oi)('migrate-command', '', 'a command that migrates the database (migration is contract)'));
    }
    if (contract && SIDE_BY_SIDE.includes(inputs.strategy) && !inputs.allowContractMigration) {
        problems.push((0,errors/* inputProblem */.oi)('migration', 'contract', `expand with the ${inputs.strategy} strategy, which keeps the previous version serving beside the ` +
            'migrated schema (split the change: expand now, contract in a later release; use direct; or set ' +
            'allow-contract-migration: true to accept errors from the previous version until traffic has moved)'));
    }
    return problems;
}
const settings_SHA = /^[0-9a-f]{40}$/i;
/** The commit the version came from: the ref itself when it is a SHA, the run's commit when it is the run's ref. */
function commitOf(ref, context) {
    if (settings_SHA.test(ref))
        return ref.toLowerCase();
    if (!ref || ref === context.ref || ref === context.refName)
        return context.sha;
    return '';
}
/** Both actions' shared settings; deploy-env fills in the version, rollback the good version's. */
function providerSettings(inputs, context, environment) {
    const production = inputs.production ?? isProductionName(environment);
    const verifyUrls = inputs.verifyUrl ?? (inputs.environmentUrl ? [inputs.environmentUrl] : []);
    return {
        environment,
        environmentUrl: inputs.environmentUrl,
        commands: {
            deploy: inputs.deployCommand,
            switch: inputs.switchCommand,
            traffic: inputs.trafficCommand,
            remove: inputs.removeCommand,
            status: inputs.statusCommand,
            migrateRollback: inputs.migrateRollbackCommand,
        },
        targets: inputs.targets ?? [],
        batchSize: inputs.batchSize.size,
        batchPercent: inputs.batchSize.percent,
        slots: [inputs.slots[0], inputs.slots[1]],
        verify: { urls: verifyUrls, versionPath: inputs.versionPath, timeoutMs: inputs.verifyTimeout },
        retries: inputs.retries,
        retryDelayMs: inputs.retryDelay,
        production,
        workingDirectory: inputs.workingDirectory ?? context.workspace,
    };
}
function deploySettings(inputs, context, artifacts) {
    const problems = [
        ...strategyProblems(inputs.strategy, inputs),
        ...trafficQueryProblems(inputs),
        ...migrationProblems(inputs),
    ];
    if (problems.length > 0)
        throw new errors/* InputError */.dz(problems);
    const base = providerSettings(inputs, context, inputs.environment);
    const ref = inputs.ref ?? context.ref;
    return {
        settings: {
            ...base,
            verify: { ...base.verify, liveCheckMs: inputs.liveCheck },
            commands: { ...base.commands, migrate: inputs.migrateCommand },
            version: inputs.version,
            ref,
            commit: commitOf(ref, context),
            strategy: inputs.strategy,
            canaryWeights: inputs.canaryWeights,
            analysis: {
                url: inputs.analysisUrl,
                baselineUrl: inputs.analysisBaselineUrl,
                durationMs: inputs.analysisDuration,
                rate: inputs.analysisRate,
                maxErrorRate: inputs.maxErrorRate,
                maxP95Ms: inputs.maxP95Latency,
                minSamples: inputs.minSamples,
                maxConsecutiveFailures: inputs.maxConsecutiveFailures,
                pauseMs: inputs.canaryPause,
                mode: inputs.analysisMode,
                falseAlarmRate: inputs.falseAlarmRate,
                prometheus: inputs.analysisPrometheusUrl
                    ? {
                        url: inputs.analysisPrometheusUrl,
                        requestsQuery: inputs.analysisRequestsQuery,
                        errorsQuery: inputs.analysisErrorsQuery,
                    }
                    : undefined,
            },
            autoRollback: inputs.autoRollback ?? base.production,
            artifacts,
            migration: { kind: inputs.migration, allowContract: inputs.allowContractMigration },
        },
        allowedRefs: inputs.allowedRefs ?? defaultAllowedRefs(base.production),
        sourceRef: sourceRef(ref, context.ref),
    };
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./packages/kit/src/tool-installer.ts
/**
 * Downloaded tools, behind one interface: the runner's tool cache
 * (@actions/tool-cache, loaded only when a job asks for tools, with RUNNER_TEMP
 * for scratch space), or a stand-in in tests. What to trust stays with the
 * caller: this only fetches, unpacks, caches and puts on the PATH.
 */




let toolCache;
const load = () => (toolCache ??= Promise.all(/* import() */[__webpack_require__.e(119), __webpack_require__.e(955), __webpack_require__.e(675), __webpack_require__.e(805)]).then(__webpack_require__.bind(__webpack_require__, 9805)));
/** A single executable gets a folder of its own under RUNNER_TEMP. */
async function placeExecutable(file, name, root) {
    const folder = await (0,promises_.mkdtemp)((0,external_node_path_.join)(root, `${name}-`));
    const executable = (0,external_node_path_.join)(folder, process.platform === 'win32' ? `${name}.exe` : name);
    await (0,promises_.copyFile)(file, executable);
    await (0,promises_.chmod)(executable, 0o755);
    return folder;
}
const runnerToolInstaller = {
    async find(name, version) {
        try {
            return (await load()).find(name, version, process.arch);
        }
        catch {
            // A version tool-cache cannot order (not semver) is simply downloaded again.
            return '';
        }
    },
    download: async (url) => (await load()).downloadTool(url),
    async extract(file, kind, name) {
        const cache = await load();
        if (kind === 'tar.gz')
            return cache.extractTar(file);
        if (kind === 'tar.xz')
            return cache.extractTar(file, undefined, 'xJ');
        if (kind === 'zip')
            return cache.extractZip(file);
        return placeExecutable(file, name, process.env['RUNNER_TEMP'] || (0,external_node_os_.tmpdir)());
    },
    cache: async (directory, name, version) => (await load()).cacheDir(directory, name, version, process.arch),
    addPath: runner/* addPath */.fM,
};

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./packages/deployments/src/tool-specs.ts
var tool_specs = __webpack_require__(9433);
;// CONCATENATED MODULE: ./packages/deployments/src/tools.ts
/**
 * `setup-tools`: the CLIs the provider commands need, each pinned by version,
 * download URL and sha256. The download is checked against the sha256 before
 * anything is extracted; a mismatch refuses the tool. Verified tools go into the
 * tool cache of the installer the entry hands over (the runner's, through the
 * kit), so the next job on the same runner skips the download.
 */






function runnerOs() {
    return process.platform === 'win32' ? 'windows' : process.platform;
}
function runnerArch() {
    return ({ x64: 'amd64', arm64: 'arm64', arm: 'arm', ia32: '386' }[process.arch] ??
        process.arch);
}
function toolUrl(spec) {
    const values = {
        name: spec.name,
        version: spec.version,
        os: runnerOs(),
        arch: runnerArch(),
    };
    return spec.url.replace(/\{(name|version|os|arch)\}/g, (_, key) => values[key]);
}
function archiveKind(spec, url) {
    if (spec.archive)
        return spec.archive;
    const path = new URL(url).pathname;
    if (/\.(tar\.gz|tgz)$/i.test(path))
        return 'tar.gz';
    if (/\.(tar\.xz|txz)$/i.test(path))
        return 'tar.xz';
    if (/\.zip$/i.test(path))
        return 'zip';
    return 'binary';
}
async function sha256File(path) {
    const hash = (0,external_node_crypto_.createHash)('sha256');
    for await (const chunk of (0,external_node_fs_.createReadStream)(path))
        hash.update(chunk);
    return hash.digest('hex');
}
/** Downloads a tool, refuses it unless its sha256 is the pinned one, unpacks it and caches it. */
async function fetchVerified(spec, installer, log) {
    const url = toolUrl(spec);
    let file;
    try {
        file = await installer.download(url);
    }
    catch (thrown) {
        throw new errors/* ReleaseError */.K2('ETOOL', `Could not download ${spec.name} ${spec.version} from ${url}: ${thrown.message}`);
    }
    const digest = await sha256File(file);
    if (digest !== spec.sha256) {
        await (0,promises_.rm)(file, { force: true });
        throw new errors/* ReleaseError */.K2('ECHECKSUM', `${spec.name} ${spec.version}: the file downloaded from ${url} has sha256 ${digest}, expected ${spec.sha256}; the tool was refused`, {
            hint: "Check the sha256 in setup-tools against the publisher's checksums; never copy it from the download itself.",
        });
    }
    const extracted = await installer.extract(file, archiveKind(spec, url), spec.name);
    await (0,promises_.rm)(file, { force: true });
    const directory = await installer.cache(extracted, spec.name, spec.version);
    log.info(`${spec.name} ${spec.version}: downloaded from ${url}, sha256 verified`);
    return directory;
}
async function setupTools(specs, options) {
    const { installer, log } = options;
    const installed = [];
    for (const spec of specs) {
        const cached = await installer.find(spec.name, spec.version);
        if (cached)
            log.info(`${spec.name} ${spec.version}: from the tool cache`);
        const directory = cached || (await fetchVerified(spec, installer, log));
        const binDirectory = spec.bin ? (0,external_node_path_.join)(directory, spec.bin) : directory;
        installer.addPath(binDirectory);
        installed.push({ spec, directory: binDirectory, fromCache: Boolean(cached) });
    }
    return installed;
}

;// CONCATENATED MODULE: ./packages/deployments/src/environment/runner.ts
/** Runner-side pieces deploy-env and rollback share: the log, known environments, tool set-up. */


const runnerLog = { info: runner/* info */.pq, warning: (message) => (0,runner/* warning */.$e)(message), group: runner/* group */.Os };
/**
 * The environments a repository that declares its environments knows: those under
 * environments: in the config file, and those in Settings → Environments. A
 * repository without declarations gets an empty list, which accepts any name.
 */
async function knownEnvironments(config, octokit, repo) {
    const declared = Object.keys(config?.data['environments'] ?? {});
    if (declared.length === 0)
        return [];
    let existing = [];
    try {
        const { data } = await octokit.rest.repos.getAllEnvironments({ ...repo, per_page: 100 });
        existing = (data.environments ?? []).map((environment) => environment.name);
    }
    catch {
        // Listing environments needs more than deployments: write. Without it, the config file decides alone.
    }
    return [...declared, ...existing];
}
async function installTools(specs) {
    if (!specs || specs.length === 0)
        return;
    await (0,runner/* group */.Os)(`Set up ${specs.map((spec) => `${spec.name} ${spec.version}`).join(', ')}`, () => setupTools(specs, { installer: runnerToolInstaller, log: runnerLog }));
}

// EXTERNAL MODULE: ./packages/deployments/src/types.ts
var types = __webpack_require__(7273);
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
    const strategy = types/* STRATEGIES */.YL.includes(String(data['strategy']))
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
        migration: types/* MIGRATION_KINDS */.dt.includes(String(data['migration']))
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

;// CONCATENATED MODULE: ./packages/deployments/src/record.ts

const IN_PROGRESS = ['in_progress', 'queued', 'pending'];
/** One deployment with its statuses (newest first) and what they say. */
class RecordedDeployment {
    id;
    environment;
    sha;
    ref;
    task;
    createdAt;
    rawPayload;
    statuses;
    constructor(id, environment, sha, ref, task, createdAt, rawPayload, statuses) {
        this.id = id;
        this.environment = environment;
        this.sha = sha;
        this.ref = ref;
        this.task = task;
        this.createdAt = createdAt;
        this.rawPayload = rawPayload;
        this.statuses = statuses;
    }
    parsed;
    /** Our payload; undefined for a deployment another tool (or GitHub itself) created. */
    get payload() {
        this.parsed ??= { payload: parsePayload(this.rawPayload) };
        return this.parsed.payload;
    }
    /** The latest state, or `pending` for a deployment nobody has reported on yet. */
    get state() {
        return this.statuses[0]?.state ?? 'pending';
    }
    get inProgress() {
        return IN_PROGRESS.includes(this.state);
    }
    /** Good: the newest state that is not `inactive` is `success` (it went live and was never failed). */
    get good() {
        return this.statuses.find((status) => status.state !== 'inactive')?.state === 'success';
    }
    get everSucceeded() {
        return this.statuses.some((status) => status.state === 'success');
    }
    /** Ours, or one we adopted and described: either way the version is known. */
    get version() {
        if (this.payload)
            return this.payload.version;
        for (const status of this.statuses) {
            const version = readStatusDescription(status.description).version;
            if (version)
                return version;
        }
        return undefined;
    }
    get strategy() {
        return this.payload?.strategy;
    }
    /**
     * The slot that serves traffic when this deployment is live: the newest status
     * naming one (a retried attempt may have picked another slot than the payload
     * planned), else the payload's.
     */
    get slot() {
        for (const status of this.statuses) {
            const slot = readStatusDescription(status.description).slot;
            if (slot)
                return slot;
        }
        return this.payload?.slot;
    }
    /** How far it got: the phase named by its newest status that names one. */
    get phase() {
        for (const status of this.statuses) {
            const phase = readStatusDescription(status.description).phase;
            if (phase)
                return phase;
        }
        return undefined;
    }
    /** The run that made it: from our payload, or from the run link on its statuses. */
    belongsToRun(runId) {
        if (!runId)
            return false;
        if (this.payload)
            return this.payload.run_id === runId;
        return this.statuses.some((status) => new RegExp(`/actions/runs/${runId}(/|$)`).test(status.logUrl));
    }
    get environmentUrl() {
        return this.statuses.find((status) => status.environmentUrl)?.environmentUrl || undefined;
    }
    /** When anything last happened to it: its newest status, or its creation. */
    get lastActivity() {
        return this.statuses[0]?.createdAt ?? this.createdAt;
    }
}
const PAGE = 50;
class DeploymentRecord {
    octokit;
    repo;
    environment;
    maxScan;
    component;
    statusCache = new Map();
    pages;
    constructor(octokit, repo, environment, 
    /** The most deployments any scan looks at (newest first). */
    maxScan = 200, 
    /**
     * A monorepo component: its deployments carry the task `deploy:<component>` and only they are
     * read, because every component shares the environment and its history would otherwise offer
     * another component's version as this one's last good version.
     */
    component) {
        this.octokit = octokit;
        this.repo = repo;
        this.environment = environment;
        this.maxScan = maxScan;
        this.component = component;
    }
    /** The task a deploy records: GitHub's default `deploy`, or the component's own. */
    get deployTask() {
        return this.component ? `deploy:${this.component}` : 'deploy';
    }
    /** A component's rollback stays in its task (the list is filtered by it); the payload says it is one. */
    get rollbackTask() {
        return this.component ? this.deployTask : 'deploy:rollback';
    }
    /** Drops cached statuses and lists, so the next scan sees what changed since. */
    forget() {
        this.statusCache.clear();
        this.pages = undefined;
    }
    async statusesOf(id) {
        const cached = this.statusCache.get(id);
        if (cached)
            return cached;
        const { data } = await this.octokit.rest.repos.listDeploymentStatuses({
            ...this.repo,
            deployment_id: id,
            per_page: 100,
        });
        const statuses = data
            .map((status) => ({
            id: status.id,
            state: status.state,
            description: status.description ?? '',
            createdAt: Date.parse(status.created_at),
            logUrl: status.log_url ?? status.target_url ?? '',
            environmentUrl: status.environment_url ?? '',
        }))
            // Newest first, whatever order the server used; ids grow with time.
            .sort((a, b) => b.id - a.id);
        this.statusCache.set(id, statuses);
        return statuses;
    }
    async toRecorded(raw) {
        const statuses = await this.statusesOf(raw.id);
        return new RecordedDeployment(raw.id, raw.environment, raw.sha, raw.ref, raw.task, Date.parse(raw.created_at), raw.payload, statuses);
    }
    /** The environment's deployments, newest first, each with its statuses (fetched as it is reached). */
    async *newestFirst() {
        this.pages ??= [];
        let seen = 0;
        for (let page = 1; seen < this.maxScan; page += 1) {
            let items = this.pages[page - 1];
            if (!items) {
                const { data } = await this.octokit.rest.repos.listDeployments({
                    ...this.repo,
                    environment: this.environment,
                    ...(this.component ? { task: this.deployTask } : {}),
                    per_page: PAGE,
                    page,
                });
                items = [...data].sort((a, b) => b.id - a.id);
                this.pages[page - 1] = items;
            }
            for (const raw of items) {
                if (seen >= this.maxScan)
                    return;
                seen += 1;
                yield await this.toRecorded(raw);
            }
            if (items.length < PAGE)
                return;
        }
    }
    async find(predicate) {
        for await (const deployment of this.newestFirst())
            if (predicate(deployment))
                return deployment;
        return undefined;
    }
    /**
     * Like `find`, among recent deployments only: those newer than the live one and
     * `beyond` more, which is where a run's own work is (a run does not outlive many deployments).
     */
    async findRecent(predicate, beyond = 10) {
        let budget;
        for await (const deployment of this.newestFirst()) {
            if (predicate(deployment))
                return deployment;
            if (budget === undefined && deployment.state === 'success')
                budget = beyond;
            else if (budget !== undefined && --budget < 0)
                return undefined;
        }
        return undefined;
    }
    /** What serves the environment now: the newest deployment in state `success`, else the newest good one. */
    async live() {
        let newestGood;
        for await (const deployment of this.newestFirst()) {
            if (deployment.state === 'success')
                return deployment;
            if (deployment.good)
                newestGood ??= deployment;
        }
        return newestGood;
    }
    /** One deployment by id, refreshed. */
    async get(id) {
        this.statusCache.delete(id);
        const { data } = await this.octokit.rest.repos.getDeployment({ ...this.repo, deployment_id: id });
        return this.toRecorded(data);
    }
    /**
     * Creates a deployment without the client's automatic retry: a POST whose answer
     * was lost may have been carried out, so before trying again we look for it by
     * the payload's run and attempt and use it if it is there.
     */
    async create(input, attempts = 4, backoffMs = 500) {
        const matches = (deployment) => deployment.payload?.run_id === input.payload.run_id &&
            deployment.payload.run_attempt === input.payload.run_attempt &&
            deployment.payload.version === input.payload.version &&
            deployment.payload.rollback_of === input.payload.rollback_of;
        let lastError;
        for (let attempt = 1; attempt <= attempts; attempt += 1) {
            if (attempt > 1) {
                await new Promise((done) => setTimeout(done, backoffMs * (attempt - 1) ** 2));
                this.forget();
                const made = await this.find(matches);
                if (made)
                    return made;
            }
            try {
                const response = await this.octokit.rest.repos.createDeployment({
                    ...this.repo,
                    ref: input.ref,
                    task: input.task,
                    environment: this.environment,
                    payload: input.payload,
                    description: input.description,
                    // The gates ran before: no merge of the default branch, no commit-status check here.
                    auto_merge: false,
                    required_contexts: [],
                    production_environment: input.production,
                    transient_environment: false,
                    request: { retries: 0 },
                });
                const data = response.data;
                if (response.status !== 201 || typeof data.id !== 'number') {
                    throw new Error(`GitHub did not create the deployment: ${data.message ?? `status ${response.status}`}`);
                }
                this.forget();
                return await this.get(data.id);
            }
            catch (thrown) {
                lastError = thrown;
                const status = thrown.status;
                // Client errors (a missing ref, no permission) will not get better by trying again; rate limits
                // were already waited out by the client's throttling.
                if (status !== undefined && status < 500)
                    throw thrown;
            }
        }
        throw lastError;
    }
    async setStatus(deployment, state, input) {
        await this.octokit.rest.repos.createDeploymentStatus({
            ...this.repo,
            deployment_id: deployment.id,
            state,
            description: input.description,
            ...(input.logUrl ? { log_url: input.logUrl } : {}),
            ...(input.environmentUrl ? { environment_url: input.environmentUrl } : {}),
            ...(input.autoInactive !== undefined ? { auto_inactive: input.autoInactive } : {}),
        });
        this.statusCache.delete(deployment.id);
        this.pages = undefined;
    }
}

// EXTERNAL MODULE: ./packages/kit/src/inputs.ts + 1 modules
var inputs = __webpack_require__(1052);
;// CONCATENATED MODULE: ./packages/deployments/src/provider.ts
/**
 * The provider commands: the user's own shell text, run as `bash -c <command>`
 * by the process runner the entry hands over. Values reach them only as RELEASE_* environment
 * variables, never spliced into the text, so a version or a target name can
 * never become shell syntax.
 */

/** The kit's child environment (no inputs, no runner service tokens) plus the RELEASE_* facts. */
function commandEnvironment(context, base) {
    const env = {};
    const release = {
        RELEASE_OPERATION: context.operation,
        RELEASE_VERSION: context.version,
        RELEASE_ENVIRONMENT: context.environment,
        RELEASE_STRATEGY: context.strategy,
        RELEASE_COMMIT: context.commit,
        RELEASE_REF: context.ref,
        RELEASE_SLOT: context.slot,
        RELEASE_WEIGHT: context.weight,
        RELEASE_TARGET: context.target,
        RELEASE_TARGETS: context.batch?.join('\n'),
        RELEASE_BATCH: context.batchNumber,
        RELEASE_ARTIFACTS: context.artifacts.map((artifact) => artifact.path ?? artifact.name).join('\n'),
        RELEASE_ARTIFACT_DIGESTS: context.artifacts
            .filter((artifact) => artifact.sha256)
            .map((artifact) => `sha256:${artifact.sha256}  ${artifact.name}`)
            .join('\n'),
        RELEASE_PREVIOUS_VERSION: context.previousVersion,
        RELEASE_PREVIOUS_SLOT: context.previousSlot,
        RELEASE_DEPLOYMENT_ID: context.deploymentId,
        RELEASE_ENVIRONMENT_URL: context.environmentUrl,
        RELEASE_ROLLBACK: context.rollback ? 'true' : 'false',
    };
    const migration = {
        RELEASE_SCHEMA_BEFORE: context.schemaBefore,
        RELEASE_SCHEMA_AFTER: context.schemaAfter,
        RELEASE_MIGRATION: context.migration,
    };
    // Only the migrate-rollback-command is told these: elsewhere they would be empty noise.
    if (context.operation === 'migrate-rollback')
        Object.assign(release, migration);
    for (const [key, value] of Object.entries(release))
        env[key] = value === undefined ? '' : String(value);
    return child_env_childEnvironment(env, base);
}
const INPUT_OF = {
    deploy: 'deploy-command',
    switch: 'switch-command',
    traffic: 'traffic-command',
    remove: 'remove-command',
    status: 'status-command',
    migrate: 'migrate-command',
    migrateRollback: 'migrate-rollback-command',
};
function commandInput(kind) {
    return INPUT_OF[kind];
}
const provider_sleep = (ms) => new Promise((done) => setTimeout(done, ms));
class Provider {
    settings;
    log;
    constructor(settings, log) {
        this.settings = settings;
        this.log = log;
    }
    has(kind) {
        return Boolean(this.settings.commands[kind]);
    }
    async once(command, env, capture) {
        let output = '';
        const { exitCode } = await this.settings.processes.run('bash', ['-c', command], {
            cwd: this.settings.workingDirectory,
            env,
            silent: capture,
            onStdout: (chunk) => {
                output += chunk.toString('utf8');
            },
            onStderr: (chunk) => {
                if (capture)
                    output += chunk.toString('utf8');
            },
        });
        return [exitCode, output];
    }
    /**
     * Runs one command, trying again with a doubling pause after a failure: every
     * command must be safe to repeat (the README says so), which is also what lets
     * a re-run after a crash simply run it again.
     */
    async run(kind, context, options = {}) {
        const command = this.settings.commands[kind];
        if (!command) {
            throw new errors/* ReleaseError */.K2('ENOCOMMAND', `No ${commandInput(kind)} is set, but the ${context.strategy} strategy needs one`);
        }
        const env = commandEnvironment(context, this.settings.baseEnv ?? process.env);
        const retries = options.retries ?? this.settings.retries;
        const started = performance.now();
        for (let attempt = 1;; attempt += 1) {
            const [exitCode, output] = await this.once(command, env, Boolean(options.capture));
            if (exitCode === 0)
                return { exitCode, output, attempts: attempt, durationMs: performance.now() - started };
            if (attempt > retries) {
                const tail = options.capture ? output.trim().split('\n').slice(-10).join('\n') : '';
                throw new errors/* ReleaseError */.K2('ECOMMAND', `${commandInput(kind)} failed with exit code ${exitCode}` +
                    (attempt > 1 ? ` after ${attempt} attempts` : '') +
                    (context.target ? ` for target ${context.target}` : '') +
                    (tail ? `:\n${tail}` : ''), { details: { exitCode, output }, hint: 'The command output is in the log group above it.' });
            }
            const delay = this.settings.retryDelayMs * 2 ** (attempt - 1);
            this.log.warning(`${commandInput(kind)} failed with exit code ${exitCode} (attempt ${attempt} of ${retries + 1}); ` +
                `trying again in ${(0,inputs/* formatDuration */.a3)(delay)}`);
            await provider_sleep(delay);
        }
    }
    /** Runs a command inside a log group named after what it does. */
    async step(kind, title, context, options = {}) {
        return this.log.group(title, () => this.run(kind, context, options));
    }
    /**
     * Asks the provider what is live. The status command prints `version=…` and
     * `slot=…` lines, a JSON object with those keys, or just the version.
     */
    async live(context) {
        if (!this.has('status'))
            return undefined;
        const result = await this.run('status', { ...context, operation: 'status' }, { capture: true, retries: 1 });
        return parseStatusOutput(result.output);
    }
}
function parseStatusOutput(output) {
    const text = output.trim();
    if (text.startsWith('{')) {
        try {
            const data = JSON.parse(text);
            const pick = (key) => data[key] === undefined || data[key] === null ? undefined : String(data[key]);
            return { version: pick('version'), slot: pick('slot') };
        }
        catch {
            // Not JSON after all: read it as lines.
        }
    }
    const values = {};
    for (const line of text.split(/\r?\n/)) {
        const match = /^\s*([A-Za-z_]+)\s*[=:]\s*(.*?)\s*$/.exec(line);
        if (match)
            values[match[1].toLowerCase()] = match[2];
    }
    if (values['version'] || values['slot'])
        return { version: values['version'] || undefined, slot: values['slot'] || undefined };
    const first = text.split(/\r?\n/)[0]?.trim();
    return first ? { version: first } : {};
}

;// CONCATENATED MODULE: ./packages/deployments/src/timeline.ts
/** The steps a deploy or rollback took, with their timings, for the job summary. */
class Timeline {
    steps = [];
    analyses = [];
    startedAt = Date.now();
    async step(name, detail, body) {
        const startedAt = Date.now();
        const began = performance.now();
        try {
            const value = await body();
            this.steps.push({ name, detail, startedAt, durationMs: performance.now() - began, ok: true });
            return value;
        }
        catch (thrown) {
            const note = thrown instanceof Error ? thrown.message.split('\n')[0] : String(thrown);
            this.steps.push({ name, detail, startedAt, durationMs: performance.now() - began, ok: false, note });
            throw thrown;
        }
    }
    /** A step that took no time of its own (a decision, a skipped check). */
    note(name, detail, ok = true) {
        this.steps.push({ name, detail, startedAt: Date.now(), durationMs: 0, ok });
    }
    get elapsedMs() {
        return Date.now() - this.startedAt;
    }
}

;// CONCATENATED MODULE: ./packages/deployments/src/lock.ts
/**
 * One deployment per environment at a time. A deployment in progress from
 * another run makes this one wait (up to a limit), and one that has said nothing
 * for longer than `staleAfterMs` is settled: marked success when the provider
 * shows its version live, failure otherwise, so the record matches what runs.
 */

/** In-progress deployments newer than the live one (older ones were overtaken and matter no more). */
async function deploymentsInProgress(record, ours) {
    const found = [];
    for await (const deployment of record.newestFirst()) {
        if (deployment.state === 'success')
            break;
        if (deployment.inProgress && !ours(deployment))
            found.push(deployment);
    }
    return found;
}
function describe(deployment) {
    const run = deployment.payload?.run_url || deployment.statuses[0]?.logUrl;
    return `#${deployment.id}${deployment.version ? ` (${deployment.version})` : ''}${run ? ` from ${run}` : ''}`;
}
async function waitForTurn(options) {
    const now = options.now ?? Date.now;
    const started = now();
    const pollMs = options.pollMs ?? Math.min(10_000, Math.max(200, Math.floor(options.timeoutMs / 10)));
    let announced = false;
    for (;;) {
        options.record.forget();
        const busy = [];
        for (const deployment of await deploymentsInProgress(options.record, options.ours)) {
            const quiet = now() - deployment.lastActivity;
            if (quiet > options.staleAfterMs) {
                const outcome = await options.settle(deployment);
                options.log.warning(`Deployment ${describe(deployment)} to ${options.record.environment} has had no update for ` +
                    `${(0,inputs/* formatDuration */.a3)(quiet)}: ${outcome}`);
            }
            else {
                busy.push(deployment);
            }
        }
        if (busy.length === 0)
            return;
        const waited = now() - started;
        if (waited >= options.timeoutMs) {
            const first = busy[0];
            throw new errors/* ReleaseError */.K2('ELOCKED', `${options.record.environment} is busy: deployment ${describe(first)} has been in progress since ` +
                `${new Date(first.createdAt).toISOString()}; waited ${(0,inputs/* formatDuration */.a3)(waited)}`, {
                hint: 'One deployment per environment runs at a time. Raise lock-timeout to wait longer; a deployment ' +
                    `silent for longer than stale-after (${(0,inputs/* formatDuration */.a3)(options.staleAfterMs)}) is settled automatically.`,
            });
        }
        if (!announced) {
            options.log.info(`Waiting for deployment ${busy.map(describe).join(', ')} to finish (up to ${(0,inputs/* formatDuration */.a3)(options.timeoutMs)})`);
            announced = true;
        }
        await new Promise((done) => setTimeout(done, Math.min(pollMs, options.timeoutMs - waited)));
    }
}

;// CONCATENATED MODULE: ./packages/deployments/src/live.ts

async function probeLive(provider, settings, context) {
    if (provider.has('status')) {
        try {
            const answer = await provider.live({ ...context, operation: 'status' });
            if (answer && (answer.version || answer.slot))
                return { ...answer, source: 'status-command' };
        }
        catch {
            // A failing status command tells nothing; fall back to the URL.
        }
    }
    if (settings.environmentUrl && settings.verify.versionPath) {
        const version = await readVersionAt(settings.environmentUrl, settings.verify.versionPath);
        if (version)
            return { version, source: 'environment-url' };
    }
    return undefined;
}

;// CONCATENATED MODULE: ./packages/deployments/src/strategies/context.ts


/** Verification or analysis said no: the reason auto-rollback acts on. */
class VerificationFailure extends errors/* ReleaseError */.K2 {
    analysis;
    /** When the first failed answer came (ms since the epoch): what recovery is timed from. */
    firstFailureAt;
    constructor(message, analysis, firstFailureAt) {
        super(analysis ? 'EANALYSIS' : 'EVERIFY', message);
        this.analysis = analysis;
        this.name = 'VerificationFailure';
        this.firstFailureAt = firstFailureAt ?? analysis?.firstFailureAt;
    }
}
function commandContext(run, operation, extra = {}) {
    const { settings } = run;
    return {
        operation,
        version: settings.version,
        environment: settings.environment,
        strategy: settings.strategy,
        commit: settings.commit,
        ref: settings.ref,
        artifacts: settings.artifacts,
        previousVersion: run.previous.version,
        previousSlot: run.previous.slot,
        deploymentId: run.deploymentId,
        environmentUrl: settings.environmentUrl,
        rollback: run.rollback,
        slot: run.slot,
        ...extra,
    };
}
function templateValues(run, values) {
    return { version: run.settings.version, environment: run.settings.environment, ...values };
}
/** Verifies one slot or target through the verify URLs; throws VerificationFailure when it stays unhealthy. */
async function verifyUnit(run, label, values) {
    const { verify } = run.settings;
    if (verify.urls.length === 0) {
        run.timeline.note('verify', `${label}: no verify-url, not verified`);
        return;
    }
    const urls = verify.urls.map((template) => fillTemplate(template, templateValues(run, values)));
    await run.timeline.step('verify', label, async () => {
        const outcome = await run.verifier.verify({
            label,
            urls,
            version: run.settings.version,
            versionPath: verify.versionPath,
            timeoutMs: verify.timeoutMs,
            signal: run.signal,
            progress: (line) => run.log.info(line),
        });
        if (!outcome.passed) {
            throw new VerificationFailure(`${label} did not become healthy: ${outcome.reasons.join('; ')}`);
        }
        run.log.info(`Verified ${label}: ${urls.join(', ')}`);
    });
}
const DEFAULT_LIVE_CHECK_MS = 5_000;
/**
 * After traffic moved to a version verified where it runs (a switched slot, a
 * promoted canary): the environment URL is watched for a short window, and the
 * first failed answer fails the deploy at once, so a rollback starts straight away.
 */
async function checkLiveTraffic(run) {
    const { environmentUrl, verify } = run.settings;
    if (!environmentUrl || !run.verifier.watch)
        return verifyEnvironment(run);
    const watch = run.verifier.watch.bind(run.verifier);
    const durationMs = verify.liveCheckMs ?? DEFAULT_LIVE_CHECK_MS;
    await run.timeline.step('live', `live traffic at ${environmentUrl}`, async () => {
        const outcome = await watch({
            url: environmentUrl,
            version: run.settings.version,
            versionPath: verify.versionPath,
            durationMs,
            signal: run.signal,
        });
        if (!outcome.passed) {
            throw new VerificationFailure(`${environmentUrl} failed its live check: ${outcome.reason}`, undefined, outcome.firstFailureAt);
        }
        const lone = outcome.loneFailures
            ? `${outcome.loneFailures} failed alone (the next answer was fine)`
            : 'none failed';
        run.log.info(`Live check of ${environmentUrl}: ${outcome.answers} answers, ${lone}`);
    });
}
/** After traffic moved: the environment URL must serve the new version. */
async function verifyEnvironment(run) {
    const { environmentUrl, verify } = run.settings;
    if (!environmentUrl) {
        run.timeline.note('verify', 'live traffic: no environment-url, not verified');
        return;
    }
    await run.timeline.step('verify', `live traffic at ${environmentUrl}`, async () => {
        const outcome = await run.verifier.verify({
            label: 'live traffic',
            urls: [environmentUrl],
            version: run.settings.version,
            versionPath: verify.versionPath,
            timeoutMs: verify.timeoutMs,
            signal: run.signal,
            progress: (line) => run.log.info(line),
        });
        if (!outcome.passed) {
            throw new VerificationFailure(`${environmentUrl} does not serve ${run.settings.version}: ${outcome.reasons.join('; ')}`);
        }
    });
}

;// CONCATENATED MODULE: ./packages/deployments/src/strategies/blue-green.ts

/** The slot a blue-green deploy goes to: the one of the pair not serving traffic. */
function idleSlot(slots, liveSlot) {
    return liveSlot === slots[0] ? slots[1] : slots[0];
}
/**
 * Deploy to the idle slot, verify it there, switch traffic, verify again through
 * the environment URL. The old slot keeps running the previous version, so a
 * rollback is one switch back.
 */
async function deployBlueGreen(run) {
    const { version } = run.settings;
    const slot = run.slot;
    const from = run.previous.slot;
    if (run.resume === 'switching') {
        run.timeline.note('resume', `the last attempt was switching to slot ${slot}: switching again`);
    }
    else {
        await run.progress('deploying', `deploying to idle slot ${slot}`);
        await run.timeline.step('deploy', `${version} to idle slot ${slot}`, () => run.provider.step('deploy', `Deploy ${version} to slot ${slot}`, commandContext(run, 'deploy', { slot })));
        await verifyUnit(run, `slot ${slot}`, { slot });
    }
    await run.progress('switching', `switching traffic to slot ${slot}`);
    run.reached.phase = 'switching';
    await run.timeline.step('switch', `${from ?? '(none)'} → ${slot}`, () => run.provider.step('switch', `Switch traffic to slot ${slot}`, commandContext(run, 'switch', { slot })));
    run.reached.switched = true;
    // A rollback's switch goes back to a slot that served until just now: verified, with patience.
    await (run.rollback ? verifyEnvironment(run) : checkLiveTraffic(run));
    return { slot };
}

;// CONCATENATED MODULE: ./packages/deployments/src/strategies/canary.ts



/** The slot name the canary runs under (RELEASE_SLOT for its deploy, traffic and remove commands). */
const CANARY_SLOT = 'canary';
const canary_sleep = (ms) => new Promise((done) => setTimeout(done, ms));
/** The URL analysed while the canary takes traffic: analysis-url, else the first verify-url for slot `canary`. */
function analysisUrl(run) {
    const template = run.settings.analysis.url ?? run.settings.verify.urls[0];
    if (!template)
        return undefined;
    return fillTemplate(template, {
        slot: CANARY_SLOT,
        version: run.settings.version,
        environment: run.settings.environment,
    });
}
/**
 * Where the stable version is asked while the canary is analysed, request for request:
 * analysis-baseline-url, else (sequential analysis) the analysed URL's template for the
 * stable slot when it names {slot}. Judged against the stable version at the same moment, noise both
 * versions share (a busy machine, a slow network) cannot fail the canary.
 */
function stableUrl(run) {
    const { analysis, verify } = run.settings;
    // The fixed window keeps judging the canary on its own unless a baseline is named.
    const sameTemplate = analysis.mode === 'fixed' ? undefined : (analysis.url ?? verify.urls[0]);
    const template = analysis.baselineUrl ?? (sameTemplate?.includes('{slot}') ? sameTemplate : undefined);
    if (!template || !run.previous.version)
        return undefined;
    return fillTemplate(template, {
        slot: run.slot,
        version: run.previous.version,
        environment: run.settings.environment,
    });
}
async function analyseAt(run, weight) {
    const { analysis } = run.settings;
    if (analysis.pauseMs > 0) {
        await run.timeline.step('pause', (0,inputs/* formatDuration */.a3)(analysis.pauseMs), () => canary_sleep(analysis.pauseMs));
    }
    const onTraffic = Boolean(analysis.prometheus && run.previous.version);
    const url = onTraffic ? `Prometheus ${analysis.prometheus.url}` : analysisUrl(run);
    if (!url) {
        run.timeline.note('analysis', `canary at ${weight}%: no analysis-url or verify-url, not analysed`);
        return;
    }
    const label = `canary at ${weight}%`;
    await run.timeline.step('analysis', `${label}: ${url}`, async () => {
        const baselineUrl = stableUrl(run);
        const report = await run.verifier.analyse({
            label,
            url,
            baselineUrl,
            settings: analysis,
            signal: run.signal,
            version: run.settings.version,
            stableVersion: run.previous.version,
        });
        run.timeline.analyses.push({ weight, label, report });
        const figures = `${report.samples} requests, error rate ${(report.errorRate * 100).toFixed(2)}%, ` +
            `p95 ${Math.round(report.latencyMs.p95)} ms`;
        if (!report.passed) {
            throw new VerificationFailure(`analysis of the ${label} failed (${figures}): ${report.reasons.join('; ')}`, report);
        }
        run.log.info(`Analysis of the ${label} passed: ${figures}`);
    });
}
async function setWeight(run, weight) {
    await run.timeline.step('traffic', `canary at ${weight}%`, () => run.provider.step('traffic', `Send ${weight}% of traffic to the canary`, commandContext(run, 'traffic', { slot: CANARY_SLOT, weight })));
    run.reached.canaryWeight = weight;
}
/**
 * Promotion: all traffic on the canary, the new version deployed onto the
 * stable slot and verified there, traffic back to the stable slot, canary
 * removed. Traffic never rests on an instance being replaced.
 */
async function promoteCanary(run) {
    const stable = run.slot;
    await run.progress('promoting', `promoting the canary onto slot ${stable}`);
    run.reached.phase = 'promoting';
    if (run.reached.canaryWeight !== 100)
        await setWeight(run, 100);
    await run.timeline.step('promote', `${run.settings.version} onto slot ${stable}`, () => run.provider.step('deploy', `Deploy ${run.settings.version} to slot ${stable}`, commandContext(run, 'promote', { slot: stable })));
    await verifyUnit(run, `slot ${stable}`, { slot: stable });
    await setWeight(run, 0);
    await removeCanary(run);
    await (run.rollback ? verifyEnvironment(run) : checkLiveTraffic(run));
}
async function removeCanary(run) {
    if (!run.provider.has('remove')) {
        run.timeline.note('remove', 'no remove-command: the canary stays, without traffic');
        return;
    }
    await run.timeline.step('remove', 'canary', () => run.provider.step('remove', 'Remove the canary', commandContext(run, 'remove', { slot: CANARY_SLOT })));
}
/** Deploy the canary, then each weight with an analysis before the next, then promote. */
async function deployCanary(run) {
    const { version, canaryWeights } = run.settings;
    if (run.resume === 'promoting') {
        run.timeline.note('resume', 'the last attempt was promoting the canary: promoting again');
    }
    else {
        await run.progress('deploying', 'deploying the canary');
        await run.timeline.step('deploy', `${version} as the canary`, () => run.provider.step('deploy', `Deploy ${version} as the canary`, commandContext(run, 'deploy', { slot: CANARY_SLOT })));
        await verifyUnit(run, 'the canary', { slot: CANARY_SLOT });
        for (const weight of canaryWeights) {
            await run.progress('canary', `canary at ${weight}%`);
            run.reached.phase = 'canary';
            await setWeight(run, weight);
            if (weight < 100)
                await analyseAt(run, weight);
        }
    }
    await promoteCanary(run);
    return { slot: run.slot };
}

;// CONCATENATED MODULE: ./packages/deployments/src/strategies/direct.ts

/** Deploy in place, then verify. */
async function deployDirect(run) {
    const { version, environment } = run.settings;
    await run.progress('deploying', `deploying (direct, slot ${run.slot})`);
    await run.timeline.step('deploy', `${version} to ${environment}`, () => run.provider.step('deploy', `Deploy ${version} to ${environment}`, commandContext(run, 'deploy')));
    run.reached.targets = [environment];
    await verifyUnit(run, environment, { slot: run.slot });
    return { slot: run.slot };
}

;// CONCATENATED MODULE: ./packages/deployments/src/strategies/rolling.ts

/** Splits targets into batches of `size` (or `size` percent of them, rounded up). */
function batchesOf(targets, size, percent) {
    const count = percent ? Math.max(1, Math.ceil((targets.length * size) / 100)) : Math.max(1, size);
    const batches = [];
    for (let index = 0; index < targets.length; index += count)
        batches.push(targets.slice(index, index + count));
    return batches;
}
/**
 * Targets in batches: the targets of a batch are deployed side by side (their
 * output printed per target once they finish), then each is verified; the
 * first batch that fails stops the rollout.
 */
async function deployRolling(run, targets = run.settings.targets) {
    const { version, batchSize, batchPercent } = run.settings;
    const batches = batchesOf(targets, batchSize, batchPercent);
    for (const [index, batch] of batches.entries()) {
        const label = `batch ${index + 1}/${batches.length}`;
        await run.progress('deploying', `deploying ${label} (${batch.join(', ')})`.slice(0, 120));
        await run.timeline.step('deploy', `${label}: ${batch.join(', ')}`, async () => {
            const results = await Promise.allSettled(batch.map((target) => run.provider.run('deploy', commandContext(run, 'deploy', { target, batch, batchNumber: index + 1 }), { capture: true })));
            for (const [position, result] of results.entries()) {
                const target = batch[position];
                const output = result.status === 'fulfilled' ? result.value.output : String(result.reason?.details?.output ?? '');
                await run.log.group(`Deploy ${version} to ${target}`, async () => {
                    if (output.trim())
                        run.log.info(output.trimEnd());
                    if (result.status === 'rejected')
                        run.log.warning(`${target}: ${result.reason.message.split('\n')[0]}`);
                });
            }
            // Targets whose command ran are counted as changed, so a rollback covers them too.
            run.reached.targets.push(...batch);
            const failed = results.find((result) => result.status === 'rejected');
            if (failed)
                throw failed.reason;
        });
        const verifications = await Promise.allSettled(batch.map((target) => verifyUnit(run, `target ${target}`, { target, slot: run.slot })));
        const failed = verifications.find((result) => result.status === 'rejected');
        if (failed)
            throw failed.reason;
    }
    return { slot: run.slot };
}

;// CONCATENATED MODULE: ./packages/deployments/src/strategies/index.ts




const STRATEGY_RUNNERS = {
    direct: deployDirect,
    rolling: (run) => deployRolling(run),
    'blue-green': deployBlueGreen,
    canary: deployCanary,
};





;// CONCATENATED MODULE: ./packages/deployments/src/migration.ts
/**
 * Database migrations around a deploy and a rollback. The user's migrate-command
 * runs once per deployment, before traffic reaches the new version; what it did
 * (which migration, from which schema to which, when) is written into a status of
 * the deployment, because GitHub keeps a deployment's payload as it was created.
 * A rollback reads that status back to know what to undo, and undoes it in the
 * order that keeps the version it goes back to working:
 *
 * - expand (the default): the old version works on the migrated schema, so traffic
 *   goes back first and the schema follows once nothing runs the new version;
 * - contract: the old version cannot run on the migrated schema, so the schema
 *   goes back first.
 */


const UNKNOWN = '?';
const VALUE = /^[A-Za-z0-9][A-Za-z0-9._:+-]{0,59}$/;
const FORWARD = /^migrated (\S+) → (\S+)(?: \(([^)]+)\))?/;
const BACKWARD = /^migrated back (\S+) → (\S+)(?: \(([^)]+)\))?/;
/**
 * The `key=value` lines a migrate command prints about itself: `migration=`,
 * `from=` and `to=` (any other output is just log). Values that could not be
 * recorded safely (spaces, brackets, very long) are left out.
 */
function parseMigrationOutput(output) {
    const values = {};
    for (const line of output.split(/\r?\n/)) {
        const match = /^\s*(migration|from|to)\s*=\s*(.*?)\s*$/i.exec(line);
        if (match && VALUE.test(match[2]))
            values[match[1].toLowerCase()] = match[2];
    }
    return { from: values['from'] ?? UNKNOWN, to: values['to'] ?? UNKNOWN, name: values['migration'] };
}
/** The status text that records a migration: `migrated 1 → 2 (002_add_email)`. */
function describeMigration(migration, back = false) {
    const name = migration.name ? ` (${migration.name})` : '';
    return `migrated ${back ? 'back ' : ''}${migration.from} → ${migration.to}${name}`;
}
/** In words, for messages: `002_add_email (schema 1 → 2)`. */
function nameMigration(migration) {
    const schemas = `schema ${migration.from} → ${migration.to}`;
    return migration.name ? `${migration.name} (${schemas})` : `the migration (${schemas})`;
}
function readRecorded(deployment, pattern) {
    for (const status of deployment.statuses) {
        const text = /^\[[^\]]+\]\s*(.*)$/s.exec(status.description)?.[1] ?? '';
        const match = pattern.exec(text);
        if (match)
            return { from: match[1], to: match[2], name: match[3], at: status.createdAt };
    }
    return undefined;
}
/** The migration a deployment ran, from its statuses. */
function recordedMigration(deployment) {
    return readRecorded(deployment, FORWARD);
}
/** The migration a rollback deployment undid, from its statuses. */
function recordedMigrationUndo(deployment) {
    return readRecorded(deployment, BACKWARD);
}
/** Whether the schema changed: unknown counts as changed, since nothing says it did not. */
function schemaMoved(migration) {
    return migration.from === UNKNOWN || migration.to === UNKNOWN || migration.from !== migration.to;
}
async function runCapturing(step, kind, title, context) {
    return step.log.group(title, async () => {
        try {
            const result = await step.provider.run(kind, context, { capture: true });
            if (result.output.trim())
                step.log.info(result.output.trimEnd());
            return result.output;
        }
        catch (thrown) {
            const output = thrown.details?.output ?? '';
            if (output.trim())
                step.log.info(output.trimEnd());
            throw thrown;
        }
    });
}
/**
 * Runs the migrate-command for a deployment unless it already ran for it (a
 * re-run, or an attempt that got past this point): the deployment's statuses say.
 * Returns what is recorded, or undefined without a migrate-command.
 */
async function migrateOnce(step, current) {
    if (!step.provider.has('migrate'))
        return undefined;
    const { version } = step.context;
    const earlier = recordedMigration(current);
    if (earlier) {
        step.timeline.note('migrate', `already ran for deployment #${current.id}: ${nameMigration(earlier)}`);
        step.log.info(`The migration already ran for this deployment (${nameMigration(earlier)}): not again`);
        return { migration: earlier, ranNow: false };
    }
    await step.record.setStatus(step.deployment, 'in_progress', {
        ...step.status,
        description: describeStatus(version, 'migrating the database'),
    });
    const output = await step.timeline.step('migrate', `database for ${version}`, () => runCapturing(step, 'migrate', `Migrate the database for ${version}`, {
        ...step.context,
        operation: 'migrate',
    }));
    const migration = { ...parseMigrationOutput(output), at: Date.now() };
    await step.record.setStatus(step.deployment, 'in_progress', {
        ...step.status,
        description: describeStatus(version, describeMigration(migration)),
    });
    step.log.info(`Migrated the database for ${version}: ${nameMigration(migration)}`);
    return { migration, ranNow: true };
}
/** The migration a rollback has to undo, or undefined when the bad deployment left the schema alone. */
function migrationToUndo(bad) {
    const migration = recordedMigration(bad);
    return migration && schemaMoved(migration) ? migration : undefined;
}
/**
 * Refuses, before anything changes, to roll back over a migration nobody can undo:
 * old code on a new schema is how a rollback makes an outage worse.
 */
function checkMigrationRollback(bad, to, provider) {
    const migration = migrationToUndo(bad);
    if (!migration || provider.has('migrateRollback'))
        return migration;
    const from = bad.version ?? `deployment #${bad.id}`;
    throw new errors/* ReleaseError */.K2('EMIGRATION', `Cannot roll back ${bad.environment} from ${from} to ${to}: ${from} ran ${nameMigration(migration)} ` +
        'and no migrate-rollback-command is set to undo it', {
        hint: `Nothing was changed. Set migrate-rollback-command (it gets RELEASE_SCHEMA_BEFORE=${migration.from}), ` +
            'undo the migration yourself and run rollback again, or deploy a fix forward.',
    });
}
/**
 * Runs the migrate-rollback-command once for a rollback deployment: a re-run that
 * finds it recorded there does not run it again.
 */
async function undoMigrationOnce(step, migration) {
    const rollbackDeployment = await step.record.get(step.deployment.id);
    const done = recordedMigrationUndo(rollbackDeployment);
    const back = { from: migration.to, to: migration.from, name: migration.name };
    if (done) {
        step.timeline.note('migrate', `already undone by deployment #${rollbackDeployment.id}`);
        return done;
    }
    const { version } = step.context;
    await step.record.setStatus(step.deployment, 'in_progress', {
        ...step.status,
        description: describeStatus(version, `rollback: migrating the database back to ${migration.from}`),
    });
    const started = Date.now();
    await step.timeline.step('migrate', `database back to ${migration.from}`, () => runCapturing(step, 'migrateRollback', `Undo ${nameMigration(migration)}`, {
        ...step.context,
        operation: 'migrate-rollback',
        schemaBefore: migration.from,
        schemaAfter: migration.to,
        migration: migration.name,
    }));
    await step.record.setStatus(step.deployment, 'in_progress', {
        ...step.status,
        description: describeStatus(version, describeMigration(back, true)),
    });
    step.log.info(`Undid ${nameMigration(migration)} in ${(0,inputs/* formatDuration */.a3)(Date.now() - started)}: the schema is back at ${migration.from}`);
    return { ...back, at: Date.now() };
}
/** Expand migrations are undone after traffic is back, contract migrations before. */
function undoBeforeTraffic(kind) {
    return kind === 'contract';
}

;// CONCATENATED MODULE: ./packages/deployments/src/rollback-impact.ts
/** What a rollback reports: when traffic was back on the good version, and what the bad one touched. */

/** The step whose end means traffic is back on the good version. */
const RESTORING_STEP = {
    'switch-back': (step) => step.name === 'switch',
    'redeploy-slot': (step) => step.name === 'switch',
    'withdraw-canary': (step) => step.name === 'traffic',
    'reverse-canary': (step) => step.name === 'traffic' && step.detail.includes('100%'),
    redeploy: (step) => step.name === 'deploy',
    'redeploy-targets': (step) => step.name === 'deploy',
    nothing: () => false,
};
/** When the bad version started taking traffic: from this run's steps, else its first success status. */
function exposureStart(bad, timeline, reached) {
    if (reached) {
        const first = timeline.steps.find((step) => step.ok &&
            ((step.name === 'traffic' && !step.detail.includes(' 0%')) ||
                step.name === 'switch' ||
                step.name === 'deploy') &&
            !(step.name === 'deploy' && (bad.strategy === 'blue-green' || bad.strategy === 'canary')));
        return first?.startedAt;
    }
    return bad.statuses.filter((status) => status.state === 'success').at(-1)?.createdAt;
}
function describeImpact(plan, from, reached, exposedMs) {
    const during = exposedMs !== undefined && exposedMs > 0 ? ` for ${(0,inputs/* formatDuration */.a3)(exposedMs)}` : '';
    if (plan.kind === 'nothing')
        return [`No traffic reached ${from}`];
    const lines = [];
    if (reached) {
        if (plan.strategy === 'canary') {
            const peak = Math.max(reached.canaryWeight, reached.phase === 'promoting' ? 100 : 0);
            lines.push(peak > 0
                ? `The canary (${from}) took up to ${peak}% of requests${during}`
                : `No traffic reached ${from}`);
        }
        else if (plan.strategy === 'blue-green') {
            lines.push(reached.switched
                ? `All traffic went to ${from}${during}`
                : `Traffic may have been switching to ${from}`);
        }
        else if (plan.strategy === 'rolling') {
            lines.push(`${reached.targets.length} target(s) ran ${from}${during}: ${reached.targets.join(', ')}`);
        }
        else {
            lines.push(`${from} was deployed in place${during}`);
        }
    }
    else {
        lines.push(`${from} served the environment${during}`);
    }
    return lines;
}

;// CONCATENATED MODULE: ./packages/deployments/src/rollback-plan.ts
/**
 * What undoes a bad deployment: the kind of rollback its strategy and progress call
 * for, and the provider commands that kind needs, checked before anything changes.
 */



/** The provider commands each kind of rollback runs. */
const ROLLBACK_COMMANDS = {
    'switch-back': ['switch'],
    'redeploy-slot': ['deploy', 'switch'],
    'withdraw-canary': ['traffic'],
    'reverse-canary': ['deploy', 'traffic'],
    redeploy: ['deploy'],
    'redeploy-targets': ['deploy'],
    nothing: [],
};
/** Refuses, before anything changes, a rollback whose commands are not set. */
function checkRollbackCommands(plan, provider) {
    const missing = ROLLBACK_COMMANDS[plan.kind].filter((kind) => !provider.has(kind));
    if (missing.length === 0)
        return;
    throw new errors/* InputError */.dz(missing.map((kind) => (0,errors/* inputProblem */.oi)(commandInput(kind), '', `a command (rolling back this ${plan.strategy} deployment means: ${plan.summary})`)));
}
/**
 * Decides what undoes `bad`. `reached` is what deploy-env saw happen; a
 * standalone rollback reads the same from the record (statuses and payload).
 */
function planRollback(bad, target, settings, reached, before = {}) {
    const strategy = bad.strategy ?? settings.strategy;
    const badSlot = bad.slot ?? settings.slots[0];
    const phase = reached?.phase ?? bad.phase;
    const wentLive = bad.everSucceeded || phase === 'live';
    const previousId = bad.payload?.previous_deployment_id ?? before.id;
    const previousVersion = bad.payload?.previous_version ?? before.version;
    const wasLiveBefore = previousId === target.id || (previousVersion !== undefined && previousVersion === target.version);
    const base = { strategy, slot: badSlot, targets: [] };
    if (strategy === 'blue-green') {
        const switched = reached
            ? reached.switched || reached.phase === 'switching'
            : wentLive || phase === 'switching';
        const previousSlot = bad.payload?.previous_slot ?? before.slot;
        if (!switched && wasLiveBefore) {
            return {
                ...base,
                kind: 'nothing',
                slot: previousSlot ?? idleSlot(settings.slots, badSlot),
                summary: `traffic never left ${target.version}`,
            };
        }
        if (switched && wasLiveBefore && previousSlot && previousSlot !== badSlot) {
            return {
                ...base,
                kind: 'switch-back',
                slot: previousSlot,
                summary: `switch traffic back to slot ${previousSlot}, which still runs ${target.version}`,
            };
        }
        const slot = switched ? idleSlot(settings.slots, badSlot) : badSlot;
        return {
            ...base,
            kind: 'redeploy-slot',
            slot,
            summary: `deploy ${target.version} to slot ${slot}, verify it, switch traffic to it`,
        };
    }
    if (strategy === 'canary') {
        const promoted = wentLive || phase === 'promoting';
        if (!promoted && wasLiveBefore) {
            return {
                ...base,
                kind: 'withdraw-canary',
                summary: `canary weight 0 and canary removed: slot ${badSlot} still runs ${target.version}`,
            };
        }
        return {
            ...base,
            kind: 'reverse-canary',
            summary: `${target.version} as a canary at 100%, then onto slot ${badSlot}`,
        };
    }
    if (strategy === 'rolling') {
        const targets = reached ? reached.targets : (bad.payload?.targets ?? settings.targets);
        if (targets.length === 0)
            return { ...base, kind: 'nothing', summary: 'no target had been changed' };
        return {
            ...base,
            kind: 'redeploy-targets',
            targets,
            summary: `deploy ${target.version} again to ${targets.join(', ')}`,
        };
    }
    return { ...base, kind: 'redeploy', summary: `deploy ${target.version} again` };
}

;// CONCATENATED MODULE: ./packages/deployments/src/rollback-record.ts
/** The rollback's own record: its deployment, the statuses along the way, and how it ended. */



const badStatus = (rollback) => describeStatus(rollback.from, `rolled back to ${rollback.to}: ${rollback.input.reason}`);
/** The rollback deployment this run recorded before (a re-run finishes it), or a new one. */
async function recordRollback(rollback, bad) {
    const { input, plan, settings, to, from } = rollback;
    const { record, run } = input;
    const earlier = await record.findRecent((candidate) => candidate.payload?.rollback_of === bad.id && candidate.belongsToRun(run.runId));
    // Done only while it is still what serves: a later deploy of the bad version undoes it.
    if (earlier?.state === 'success' && (await record.live())?.id === earlier.id)
        return { deployment: earlier, done: true };
    if (earlier?.inProgress)
        return { deployment: earlier, done: false };
    const deployment = await rollback.timeline.step('record', `rollback deployment of ${to}`, () => record.create({
        ref: input.target.sha || input.target.ref,
        task: record.rollbackTask,
        description: `Roll back ${record.environment} from ${from} to ${to}: ${input.reason}`.slice(0, 140),
        production: settings.production,
        payload: buildPayload({
            version: to,
            commit: settings.commit,
            ref: settings.ref,
            strategy: plan.strategy,
            slot: plan.strategy === 'rolling' ? undefined : plan.slot,
            targets: plan.targets.length > 0 ? plan.targets : undefined,
            artifacts: settings.artifacts,
            previous_deployment_id: bad.id,
            previous_version: bad.version,
            previous_slot: bad.slot,
            run_id: run.runId,
            run_attempt: run.runAttempt,
            run_url: run.runUrl,
            rollback_of: bad.id,
            reason: input.reason,
        }),
    }));
    return { deployment, done: false };
}
/** From here on the run's steps report to the rollback deployment. */
async function reportTo(rollback, deployment) {
    const { input, to, from, plan, settings } = rollback;
    const status = { logUrl: input.run.runUrl, environmentUrl: settings.environmentUrl };
    rollback.run.deploymentId = deployment.id;
    rollback.run.progress = (_phase, text) => input.record.setStatus(deployment, 'in_progress', {
        ...status,
        description: describeStatus(to, `rollback: ${text}`),
    });
    await input.record.setStatus(deployment, 'in_progress', {
        ...status,
        description: describeStatus(to, `rolling back from ${from}: ${plan.summary}`),
    });
}
async function recordFailure(rollback, deployment, thrown) {
    const { input, to, from, settings } = rollback;
    const message = thrown instanceof Error ? thrown.message : String(thrown);
    await input.record.setStatus(deployment, 'failure', {
        description: describeStatus(to, `rollback failed: ${message}`),
        logUrl: input.run.runUrl,
        environmentUrl: settings.environmentUrl,
    });
    throw new errors/* ReleaseError */.K2('EROLLBACK', `Rolling ${input.record.environment} back to ${to} failed: ${message}`, {
        cause: thrown,
        hint: `${input.record.environment} may be serving ${from} or a mix; check it and run rollback again once the cause is fixed.`,
    });
}
async function recordSuccess(rollback, bad, deployment) {
    const { input, plan, to, from, settings } = rollback;
    const restoring = rollback.timeline.steps.slice(rollback.firstStep).find(RESTORING_STEP[plan.kind]);
    const restoredAt = restoring ? restoring.startedAt + restoring.durationMs : Date.now();
    await input.record.setStatus(bad, 'failure', { description: badStatus(rollback) });
    await input.record.setStatus(deployment, 'success', {
        description: describeStatus(to, plan.strategy === 'rolling'
            ? `live (rolled back from ${from})`
            : `live on slot ${plan.slot} (rolled back from ${from})`),
        logUrl: input.run.runUrl,
        environmentUrl: settings.environmentUrl,
        autoInactive: true,
    });
    return restoredAt;
}

;// CONCATENATED MODULE: ./packages/deployments/src/rollback-steps.ts





/** Kinds whose one command puts traffic back on the good version. */
const AT_ONCE = new Set(['switch-back', 'withdraw-canary']);
function restoresAtOnce(plan) {
    return AT_ONCE.has(plan.kind);
}
/**
 * The one command that moves traffic back: the user's switch or traffic command, nothing before it.
 * `retries: 0` is the attempt made at once, before anything is recorded: a pause there would keep
 * users on the bad version, so a failure falls through to the recorded rollback, which retries.
 */
async function moveTrafficBack(plan, run, options = {}) {
    if (plan.kind === 'switch-back') {
        await run.timeline.step('switch', `back to slot ${plan.slot}`, () => run.provider.step('switch', `Switch traffic back to slot ${plan.slot}`, commandContext(run, 'switch'), options));
        return;
    }
    await run.timeline.step('traffic', 'canary at 0%', () => run.provider.step('traffic', 'Send no traffic to the canary', commandContext(run, 'traffic', { slot: CANARY_SLOT, weight: 0 }), options));
    run.reached.canaryWeight = 0;
}
async function reverseCanary(run) {
    await run.progress('deploying', `deploying ${run.settings.version} as the canary`);
    await run.timeline.step('deploy', `${run.settings.version} as the canary`, () => run.provider.step('deploy', `Deploy ${run.settings.version} as the canary`, commandContext(run, 'deploy', { slot: CANARY_SLOT })));
    await verifyUnit(run, 'the canary', { slot: CANARY_SLOT });
    await promoteCanary(run);
}
/**
 * Carries out the plan. `trafficBack` says the command that moves traffic back
 * already ran (before the rollback was recorded): what is left is to tidy up and
 * verify.
 */
async function execute(plan, run, trafficBack = false) {
    switch (plan.kind) {
        case 'switch-back':
            if (!trafficBack) {
                await run.progress('switching', `switching traffic back to slot ${plan.slot}`);
                await moveTrafficBack(plan, run);
            }
            await verifyEnvironment(run);
            return;
        case 'withdraw-canary':
            if (!trafficBack) {
                await run.progress('canary', 'withdrawing the canary (at 0%)');
                await moveTrafficBack(plan, run);
            }
            await removeCanary(run);
            await verifyEnvironment(run);
            return;
        case 'redeploy-slot':
            await deployBlueGreen(run);
            return;
        case 'reverse-canary':
            await reverseCanary(run);
            return;
        case 'redeploy-targets':
            await deployRolling(run, plan.targets);
            return;
        case 'redeploy':
            await deployDirect(run);
            return;
        case 'nothing':
            return;
    }
}

;// CONCATENATED MODULE: ./packages/deployments/src/rollback-find.ts
/** What a standalone rollback undoes, and the good deployment it goes back to. */

/** What a standalone rollback undoes and where it goes back to. */
async function findRollback(record, options) {
    record.forget();
    let bad;
    if (options.deploymentId) {
        bad = await record.get(options.deploymentId);
        if (bad.environment !== record.environment) {
            throw new errors/* ReleaseError */.K2('EDEPLOYMENT', `Deployment #${bad.id} belongs to ${bad.environment}, not ${record.environment}`);
        }
        if (record.component && bad.task !== record.deployTask) {
            throw new errors/* ReleaseError */.K2('EDEPLOYMENT', `Deployment #${bad.id} is not one of component ${record.component} (its task is ${bad.task}, not ${record.deployTask})`);
        }
    }
    else {
        bad = await record.find((deployment) => isCurrentCandidate(record, deployment));
    }
    if (!bad) {
        throw new errors/* ReleaseError */.K2('ENOGOOD', `${record.environment} has no deployment to roll back`, {
            hint: 'Nothing was changed.',
        });
    }
    const current = bad;
    if (options.to && current.good && current.version === options.to) {
        throw new errors/* ReleaseError */.K2('EALREADY', `${record.environment} is already on ${options.to} (deployment #${current.id})`, {
            hint: 'Nothing was changed.',
        });
    }
    const target = await record.find((deployment) => {
        if (deployment.id >= current.id)
            return false;
        if (options.to)
            return deployment.version === options.to && deployment.everSucceeded;
        return deployment.good && deployment.version !== undefined && deployment.version !== current.version;
    });
    if (!target) {
        const what = options.to
            ? `no successful deployment of ${options.to} to ${record.environment}`
            : `no earlier good deployment of ${record.environment} with a version other than ${current.version ?? 'the current one'}`;
        throw new errors/* ReleaseError */.K2('ENOGOOD', `Cannot roll back: ${what}`, {
            hint: 'Nothing was changed. Name a version that was deployed there with the input "to", or deploy a fix instead.',
        });
    }
    return { bad: current, target };
}
/**
 * Whether a deployment can be what serves now. Inactive ones are retired, except in a component's
 * history: a success of any deployment in the shared environment (another component's, or the one
 * GitHub makes for each job) marks every earlier one inactive, so a component's live deployment is
 * often inactive, and the newest one that ever went live is what serves it.
 */
function isCurrentCandidate(record, deployment) {
    if (deployment.state !== 'inactive')
        return true;
    return record.component !== undefined && deployment.everSucceeded;
}

;// CONCATENATED MODULE: ./packages/deployments/src/rollback.ts
/**
 * Putting an environment back on its last good version. deploy-env calls this
 * directly for auto-rollback; the rollback action calls it after finding what to
 * undo. What is done depends on the strategy and on how far the bad deployment
 * got: a switch back (blue-green), the canary withdrawn, or the good version's
 * artifacts deployed again with the same commands. The phases: plan, move traffic
 * back at once where one command does it, record the rollback deployment, carry
 * out the rest of the plan, record the outcome.
 */











/** Settings for deploying the good version again: its version, commit and artifacts, not the bad one's. */
function settingsFor(settings, target, strategy) {
    const version = target.version ?? '';
    return {
        ...settings,
        version,
        strategy,
        commit: target.payload?.commit || target.sha,
        ref: target.payload?.ref || target.ref,
        artifacts: target.payload?.artifacts ?? [],
        environmentUrl: settings.environmentUrl ?? target.environmentUrl,
    };
}
function prepare(input) {
    const { bad, target } = input;
    const to = target.version;
    if (!to)
        throw new errors/* ReleaseError */.K2('ENOVERSION', `Deployment #${target.id} does not record a version to roll back to`);
    const timeline = input.timeline ?? new Timeline();
    const plan = planRollback(bad, target, input.settings, input.reached, input.before);
    const settings = settingsFor(input.settings, target, plan.strategy);
    checkRollbackCommands(plan, input.provider);
    const run = {
        settings,
        provider: input.provider,
        verifier: input.verifier,
        log: input.log,
        timeline,
        previous: { version: bad.version, slot: bad.slot ?? settings.slots[0] },
        slot: plan.slot,
        reached: { phase: 'deploying', targets: [], switched: false, canaryWeight: 0 },
        progress: async () => undefined,
        rollback: true,
    };
    return {
        input,
        plan,
        settings,
        timeline,
        from: bad.version ?? `deployment #${bad.id}`,
        to,
        started: Date.now(),
        firstStep: timeline.steps.length,
        exposedSince: exposureStart(bad, timeline, input.reached),
        run,
    };
}
function outcome(rollback, deployment, restoredAt, alreadyDone = false) {
    const { input, plan, from, to, started, exposedSince } = rollback;
    return {
        from,
        to,
        plan,
        deployment,
        restoredMs: Math.max(0, restoredAt - (input.detectedAt ?? started)),
        restoredFrom: input.detectedAt ? 'the first failed answer' : 'the start of the rollback',
        durationMs: Date.now() - started,
        timeline: rollback.timeline,
        alreadyDone,
        reason: input.reason,
        impact: describeImpact(plan, from, input.reached, exposedSince === undefined ? undefined : restoredAt - exposedSince),
    };
}
/** The rest of the plan, with the bad release's migration undone before or after traffic moves. */
async function carryOut(rollback, deployment, migrationToUndo, trafficBack) {
    const { input, run } = rollback;
    const undoMigration = async () => migrationToUndo &&
        undoMigrationOnce({
            record: input.record,
            deployment,
            provider: input.provider,
            log: input.log,
            timeline: rollback.timeline,
            context: commandContext(run, 'migrate-rollback'),
            status: { logUrl: input.run.runUrl, environmentUrl: rollback.settings.environmentUrl },
        }, migrationToUndo);
    if (undoBeforeTraffic(input.bad.payload?.migration)) {
        const migration = await undoMigration();
        await execute(rollback.plan, run, trafficBack);
        return migration;
    }
    await execute(rollback.plan, run, trafficBack);
    return undoMigration();
}
/**
 * The move back before anything is recorded: one attempt, no pause. When it fails, the
 * rollback is recorded as usual and the move is made again as part of it, with the
 * user's retries, so a failure there is recorded.
 */
async function tryTrafficBack(rollback) {
    try {
        await moveTrafficBack(rollback.plan, rollback.run, { retries: 0 });
        return true;
    }
    catch (thrown) {
        rollback.input.log.warning(`Moving traffic back at once failed (${thrown instanceof Error ? thrown.message : String(thrown)}); trying again as part of the recorded rollback`);
        return false;
    }
}
async function rollBack(input) {
    const { record } = input;
    const rollback = prepare(input);
    const { plan } = rollback;
    const trafficBack = Boolean(input.restoreFirst && restoresAtOnce(plan)) && (await tryTrafficBack(rollback));
    const bad = input.restoreFirst ? await record.get(input.bad.id) : input.bad;
    const migrationToUndo = checkMigrationRollback(bad, rollback.to, input.provider);
    input.log.info(`Rolling ${record.environment} back from ${rollback.from} to ${rollback.to}: ${plan.summary}`);
    if (plan.kind === 'nothing' && !migrationToUndo) {
        rollback.timeline.note('rollback', plan.summary);
        await record.setStatus(bad, 'failure', { description: badStatus(rollback) });
        return outcome(rollback, undefined, Date.now());
    }
    const { deployment, done } = await recordRollback(rollback, bad);
    if (done) {
        rollback.timeline.note('rollback', `already done by deployment #${deployment.id}`);
        return outcome(rollback, deployment, deployment.statuses[0].createdAt, true);
    }
    await reportTo(rollback, deployment);
    let migration;
    try {
        migration = await carryOut(rollback, deployment, migrationToUndo, trafficBack);
    }
    catch (thrown) {
        return recordFailure(rollback, deployment, thrown);
    }
    const restoredAt = await recordSuccess(rollback, bad, deployment);
    return { ...outcome(rollback, await record.get(deployment.id), restoredAt), migration };
}

;// CONCATENATED MODULE: ./packages/deployments/src/deploy-attempts.ts
/**
 * What earlier work a deploy picks up: an earlier attempt of this run (a re-run
 * finishes or reports it), or the deployment GitHub made for this job to adopt.
 */

/** The deployment GitHub created for this job (`environment:` on the job): ours to fill in. */
async function findAdoptable(record, request) {
    const { run, settings } = request;
    if (request.adoptId) {
        const named = await record.get(request.adoptId);
        if (named.environment !== settings.environment) {
            throw new errors/* ReleaseError */.K2('EDEPLOYMENT', `Input "deployment-id": deployment #${named.id} is for ${named.environment}, not ${settings.environment}`);
        }
        if (named.version && named.version !== settings.version) {
            throw new errors/* ReleaseError */.K2('EDEPLOYMENT', `Input "deployment-id": deployment #${named.id} carries ${named.version}, not ${settings.version}`);
        }
        return named;
    }
    for await (const deployment of record.newestFirst()) {
        if (deployment.state === 'success')
            break;
        const untouched = deployment.statuses.length === 0 || deployment.belongsToRun(run.runId);
        if (!deployment.payload && deployment.sha === run.sha && untouched && deployment.inProgress)
            return deployment;
    }
    return undefined;
}
/**
 * An earlier attempt's deployment is this run's to finish or to report, unless it was
 * rolled back: then this attempt ("Re-run failed jobs") is a deploy of its own, with a
 * rollback of its own should it fail again (the earlier rollback no longer says what
 * serves once this attempt moves traffic).
 */
async function ownEarlierAttempt(record, runId, version) {
    const own = await record.findRecent((deployment) => deployment.belongsToRun(runId) && deployment.version === version && !deployment.payload?.rollback_of);
    if (!own || own.inProgress || own.state === 'success')
        return own;
    const rolledBack = await record.findRecent((deployment) => deployment.payload?.rollback_of === own.id);
    return rolledBack ? undefined : own;
}
/**
 * A re-run of the job gets a new deployment from GitHub, while the work goes on in
 * the one an earlier attempt started. The new one is retired so it never lingers in
 * progress (which would hold the environment's lock for every later deploy). Its
 * description carries no version, so it is never taken for a deployment to resume.
 */
async function retireFreshDeployment(record, request, own) {
    if (request.adoptId)
        return;
    const fresh = await findAdoptable(record, request);
    if (!fresh || fresh.id === own.id || fresh.id < own.id)
        return;
    await record.setStatus(fresh, 'inactive', {
        description: `Superseded by deployment #${own.id}, which an earlier attempt of this run started`,
        logUrl: request.run.runUrl,
    });
}

;// CONCATENATED MODULE: ./packages/deployments/src/cancelled.ts
/**
 * A deploy cancelled part way (the runner's SIGINT, then SIGTERM 7.5 s later) must
 * still end on a known version. Where the new version may be taking traffic, the
 * deploy rolls back as after any failure; where it never reached traffic, the record
 * says what is live and that nothing else changed.
 */



class DeployCancelled extends errors/* ReleaseError */.K2 {
    constructor(message) {
        super('ECANCELLED', message);
        this.name = 'DeployCancelled';
    }
}
/** Throws DeployCancelled once the run is cancelled: called before each change. */
function stopIfCancelled(signal, version) {
    if (signal?.aborted)
        throw new DeployCancelled(`the run was cancelled while deploying ${version}`);
}
/** Whether the new version may serve users, going by how far the deploy got. */
function mayServe(reached, settings) {
    switch (settings.strategy) {
        case 'blue-green':
            return reached.switched || reached.phase === 'switching';
        case 'canary':
            return reached.canaryWeight > 0 || reached.phase === 'promoting';
        case 'rolling':
            return reached.targets.length > 0;
        case 'direct':
            return true;
    }
}
/** Records a cancelled deploy that never reached traffic (or may have, without a rollback): what is live. */
async function recordCancelled(input) {
    const { settings, reached } = input;
    const probe = await probeLive(input.provider, settings, {
        version: settings.version,
        environment: settings.environment,
        strategy: settings.strategy,
        commit: settings.commit,
        ref: settings.ref,
        artifacts: settings.artifacts,
        rollback: false,
    }).catch(() => undefined);
    const live = probe?.version
        ? `${probe.version} is live (the ${probe.source} says so)`
        : mayServe(reached, settings)
            ? `${settings.version} may be serving: nothing verified it`
            : `${input.previousVersion ?? 'no version'} still serves: traffic never reached ${settings.version}`;
    const text = `cancelled: ${live}`;
    await input.record.setStatus(input.deployment, 'failure', {
        ...input.statusOptions,
        description: describeStatus(settings.version, text),
    });
    return live;
}

;// CONCATENATED MODULE: ./packages/deployments/src/deploy-types.ts
/** The parts of a result every outcome of a recorded deploy shares. */
function resultBase(situation, deployment) {
    return {
        deployment,
        previous: situation.previous,
        environmentUrl: situation.environmentUrl,
        timeline: situation.timeline,
        adopted: Boolean(situation.adopted),
        alreadyDone: false,
    };
}

;// CONCATENATED MODULE: ./packages/deployments/src/deploy-recover.ts
/**
 * A deploy that failed or was cancelled once its deployment was recorded: it ends
 * on a known version, rolled back to the last good one where it may be, and the
 * record says which.
 */




function messageOf(thrown) {
    return thrown instanceof Error ? thrown.message.split('\n')[0] : String(thrown);
}
/** Marks the deployment failed, with the reason in its description. */
async function recordFailed(failed, reason) {
    const { situation, deployment } = failed;
    const { record, run, settings } = situation.request;
    await record.setStatus(deployment, 'failure', {
        logUrl: run.runUrl,
        environmentUrl: situation.environmentUrl,
        description: describeStatus(settings.version, `failed: ${reason}`),
    });
}
async function rollBackAfter(failed, reason, detectedAt, result) {
    const { situation, deployment, strategyRun } = failed;
    const { request, previous } = situation;
    const { record, provider, log, run } = request;
    // Why it failed is the step's error at the end; the log says only what happens next.
    log.info(`Deploying ${request.settings.version} failed; rolling back to ${previous.version}`);
    // With no migration to undo first, a switch back or a withdrawn canary comes before any record.
    const restoreFirst = !provider.has('migrate');
    try {
        const rollback = await rollBack({
            record,
            settings: strategyRun.settings,
            // The migration the deploy ran is recorded on the deployment since it started: read it back
            // when it is to be undone. A switch back alone needs no round trip first.
            bad: restoreFirst ? deployment : await record.get(deployment.id),
            restoreFirst,
            target: previous,
            reason,
            reached: strategyRun.reached,
            before: { id: previous.id, version: previous.version, slot: situation.liveSlot },
            detectedAt,
            provider,
            verifier: request.verifier,
            log,
            timeline: situation.timeline,
            run,
        });
        return {
            ...result,
            status: 'rolled-back',
            rollback,
            slot: situation.recordedSlot ? rollback.plan.slot : '',
        };
    }
    catch (rollbackError) {
        await recordFailed(failed, reason);
        return { ...result, status: 'failure', rollbackError };
    }
}
async function recover(failed) {
    const { situation, deployment, strategyRun, failure } = failed;
    const { request, previous, timeline } = situation;
    const { settings, signal } = request;
    // Recovery is timed from the first failed answer, not from the end of the check that saw it.
    const detectedAt = failure.firstFailureAt ?? Date.now();
    const cancelled = Boolean(signal?.aborted);
    const reason = cancelled ? `the run was ${messageOf(signal?.reason)}` : messageOf(failure);
    const result = {
        ...resultBase(situation, deployment),
        slot: situation.recordedSlot ?? '',
        failure: cancelled ? new DeployCancelled(reason) : failure,
        resumed: failed.resumed,
        migration: failed.migration,
    };
    const canRollBack = settings.autoRollback && Boolean(previous?.version);
    if (cancelled && (!mayServe(strategyRun.reached, settings) || !canRollBack)) {
        const live = await recordCancelled({
            record: request.record,
            deployment,
            settings,
            provider: request.provider,
            previousVersion: previous?.version,
            reached: strategyRun.reached,
            statusOptions: { logUrl: request.run.runUrl, environmentUrl: situation.environmentUrl },
        });
        timeline.note('cancelled', live, false);
        return { ...result, status: 'cancelled' };
    }
    if (!canRollBack) {
        if (settings.autoRollback)
            timeline.note('rollback', 'no earlier good deployment to roll back to', false);
        await recordFailed(failed, reason);
        return { ...result, status: 'failure' };
    }
    return rollBackAfter(failed, reason, detectedAt, result);
}

;// CONCATENATED MODULE: ./packages/deployments/src/deploy-run.ts
/**
 * The recorded part of a deploy: the deployment record, the migration before any
 * traffic moves, the strategy, and the record of what is live at the end.
 */






/** This run's deployment: the earlier attempt's, the adopted one, or a new one. */
async function recordDeployment(situation) {
    const { request, own, adopted, previous, timeline } = situation;
    const { settings, record, run } = request;
    if (own) {
        timeline.note('record', `deployment #${own.id} from an earlier attempt of this run (${own.state})`);
        return own;
    }
    if (adopted) {
        timeline.note('record', `adopted deployment #${adopted.id}, created for this job`);
        return adopted;
    }
    const rolling = settings.strategy === 'rolling';
    return timeline.step('record', `deployment of ${settings.version} to ${settings.environment}`, () => record.create({
        ref: settings.commit || settings.ref,
        task: record.deployTask,
        description: `Deploy ${settings.version} to ${settings.environment} (${settings.strategy})`,
        production: settings.production,
        payload: buildPayload({
            version: settings.version,
            commit: settings.commit,
            ref: settings.ref,
            strategy: settings.strategy,
            slot: situation.recordedSlot,
            targets: rolling ? settings.targets : undefined,
            weights: settings.strategy === 'canary' ? settings.canaryWeights : undefined,
            artifacts: settings.artifacts,
            previous_deployment_id: previous?.id,
            previous_version: previous?.version,
            previous_slot: situation.liveSlot,
            run_id: run.runId,
            run_attempt: run.runAttempt,
            run_url: run.runUrl,
            migration: settings.commands.migrate ? (settings.migration?.kind ?? 'expand') : undefined,
        }),
    }));
}
/** What the strategy is given; every phase it enters is recorded in the deployment's status first. */
function strategyRunFor(situation, deployment) {
    const { request, previous, environmentUrl } = situation;
    const { settings, record, run } = request;
    const strategyRun = {
        settings: { ...settings, environmentUrl },
        provider: request.provider,
        verifier: request.verifier,
        log: request.log,
        timeline: situation.timeline,
        deploymentId: deployment.id,
        previous: { version: previous?.version, slot: situation.liveSlot },
        slot: situation.slot,
        reached: { phase: 'deploying', targets: [], switched: false, canaryWeight: 0 },
        progress: (phase, text) => {
            stopIfCancelled(request.signal, settings.version);
            strategyRun.reached.phase = phase;
            return record.setStatus(deployment, 'in_progress', {
                logUrl: run.runUrl,
                environmentUrl,
                description: describeStatus(settings.version, text),
            });
        },
        resume: situation.resuming?.phase,
        rollback: false,
        signal: request.signal,
    };
    return strategyRun;
}
/** The migrate-command, once per deployment, before any strategy moves traffic (and before rolling's first batch). */
async function migrateBeforeTraffic(situation, strategyRun, deployment) {
    const { record, run } = situation.request;
    if (!strategyRun.provider.has('migrate'))
        return undefined;
    const outcome = await migrateOnce({
        record,
        deployment,
        provider: strategyRun.provider,
        log: strategyRun.log,
        timeline: strategyRun.timeline,
        context: commandContext(strategyRun, 'migrate'),
        status: { logUrl: run.runUrl, environmentUrl: situation.environmentUrl },
    }, await record.get(deployment.id));
    return outcome && { ...outcome.migration, ranNow: outcome.ranNow };
}
/** A probe answer is trusted to say "this version is live" only where it cannot be a mix. */
function trustworthy(probe, settings) {
    return (probe.source === 'status-command' || settings.strategy === 'blue-green' || settings.strategy === 'direct');
}
/**
 * How this run picks up an earlier attempt's work: an earlier attempt that already
 * made the version live only needs the record brought in line.
 */
function pickUp(situation) {
    const { resuming, probe, slot } = situation;
    const { settings } = situation.request;
    if (!resuming)
        return { alreadyLive: false };
    if (probe?.version === settings.version &&
        trustworthy(probe, settings) &&
        (settings.strategy !== 'blue-green' || !probe.slot || probe.slot === slot)) {
        return {
            alreadyLive: true,
            resumed: `${settings.version} was already live (the ${probe.source} says so): the record is brought in line`,
        };
    }
    return {
        alreadyLive: false,
        resumed: `finishing deployment #${resuming.id}, left ${resuming.phase ?? 'in progress'} by an earlier attempt`,
    };
}
/** Success, and the deployment this one replaced made inactive. */
async function recordLive(situation, deployment) {
    const { request, previous, slot, recordedSlot } = situation;
    const { record, run, settings } = request;
    await record.setStatus(deployment, 'success', {
        logUrl: run.runUrl,
        environmentUrl: situation.environmentUrl,
        description: describeStatus(settings.version, recordedSlot ? `live on slot ${slot} (${settings.strategy})` : `live (${settings.strategy})`),
        autoInactive: true,
    });
    // GitHub marks older deployments inactive (auto_inactive); make sure of the one this replaced.
    if (!previous || previous.id === deployment.id)
        return;
    const replaced = await record.get(previous.id);
    if (replaced.state !== 'success')
        return;
    const note = `replaced by ${settings.version} (deployment #${deployment.id})`;
    await record.setStatus(replaced, 'inactive', {
        description: replaced.version ? describeStatus(replaced.version, note) : note,
    });
}
/** Migration, strategy and the final record; a failure after the record is recovered from. */
async function carryOutDeploy(situation, deployment) {
    const strategyRun = strategyRunFor(situation, deployment);
    let migration;
    try {
        migration = await migrateBeforeTraffic(situation, strategyRun, deployment);
    }
    catch (failure) {
        // Nothing reached the new version yet: the deploy stops here, with nothing to roll back.
        await recordFailed({ situation, deployment, strategyRun, failure }, messageOf(failure));
        return { ...resultBase(situation, deployment), status: 'failure', slot: situation.slot, failure };
    }
    const { alreadyLive, resumed } = pickUp(situation);
    try {
        if (alreadyLive) {
            situation.timeline.note('resume', resumed);
            await verifyEnvironment(strategyRun);
        }
        else {
            await STRATEGY_RUNNERS[situation.request.settings.strategy](strategyRun);
        }
    }
    catch (failure) {
        return recover({ situation, deployment, strategyRun, failure, resumed, migration });
    }
    await recordLive(situation, deployment);
    return {
        ...resultBase(situation, deployment),
        status: 'success',
        deployment: await situation.request.record.get(deployment.id),
        slot: situation.recordedSlot ?? '',
        resumed,
        migration,
    };
}

;// CONCATENATED MODULE: ./packages/deployments/src/unchanged.ts


/** Whether the record and the provider agree that `settings.version` is what serves the environment. */
function isAlreadyLive(settings, live, probe) {
    if (!live?.good || live.version !== settings.version)
        return false;
    return !probe?.version || probe.version === settings.version;
}
/**
 * The payload of a deployment that changes nothing: the live one's slot and what it
 * replaced. A live rollback replaced the bad version, which its standby slot may
 * still hold: that is never recorded as something to switch back to.
 */
function unchangedPayload(settings, live, run) {
    const standby = live.payload?.rollback_of ? undefined : live.payload;
    return buildPayload({
        version: settings.version,
        commit: settings.commit,
        ref: settings.ref,
        strategy: settings.strategy,
        slot: settings.strategy === 'rolling' ? undefined : live.slot,
        targets: settings.strategy === 'rolling' ? settings.targets : undefined,
        artifacts: settings.artifacts,
        previous_deployment_id: standby?.previous_deployment_id,
        previous_version: standby?.previous_version,
        previous_slot: standby?.previous_slot,
        run_id: run.runId,
        run_attempt: run.runAttempt,
        run_url: run.runUrl,
    });
}
/**
 * Verifies the live version through the environment URL (with the usual patience:
 * nothing moved) and records a deployment that is live where the live one is.
 * Undefined when it does not answer as it should: the caller then deploys as usual.
 */
async function keepUnchanged(input) {
    const { record, settings, live, strategyRun } = input;
    try {
        await verifyEnvironment(strategyRun);
    }
    catch (failure) {
        strategyRun.log.warning(`${settings.version} is recorded live (deployment #${live.id}) but did not verify (${failure.message}): deploying it again`);
        return undefined;
    }
    const deployment = input.adopted ??
        (await strategyRun.timeline.step('record', `deployment of ${settings.version} (already live)`, () => record.create({
            ref: settings.commit || settings.ref,
            task: record.deployTask,
            description: `Deploy ${settings.version} to ${settings.environment} (already live: unchanged)`,
            production: settings.production,
            payload: unchangedPayload(settings, live, input.run),
        })));
    const where = settings.strategy === 'rolling' ? '' : ` on slot ${live.slot ?? strategyRun.slot}`;
    strategyRun.timeline.note('unchanged', `${settings.version} is already live (deployment #${live.id}) and verified: nothing was changed`);
    await record.setStatus(deployment, 'success', {
        ...input.statusOptions,
        description: describeStatus(settings.version, `live${where} (already live, unchanged)`),
        autoInactive: true,
    });
    return record.get(deployment.id);
}

;// CONCATENATED MODULE: ./packages/deployments/src/deploy.ts
/**
 * One deploy, start to finish: find what this run already did, wait for the
 * environment to be free, record the deployment (adopting the one GitHub made
 * for the job when there is one), run the strategy, and leave the record saying
 * what is live: success, or failure after an automatic rollback. The phases, in
 * order: pick up earlier work, take the environment's turn, look at what serves,
 * keep an unchanged version as it is, then record and carry out (deploy-run.ts).
 */









/** This run already deployed the version: report it, warning when something newer replaced it since. */
async function doneByThisRun(request, own, timeline) {
    const { record, settings, log } = request;
    timeline.note('record', `already deployed by this run: deployment #${own.id}`);
    const live = await record.live();
    if (live && live.id !== own.id) {
        log.warning(`Deployment #${own.id} of ${settings.version} has since been replaced by #${live.id} (${live.version ?? 'unknown version'})`);
    }
    const previous = own.payload?.previous_deployment_id
        ? await record.get(own.payload.previous_deployment_id)
        : undefined;
    return {
        status: 'success',
        deployment: own,
        previous,
        slot: settings.strategy === 'rolling' ? '' : (own.slot ?? settings.slots[0]),
        environmentUrl: own.environmentUrl ?? settings.environmentUrl,
        timeline,
        resumed: `deployment #${own.id} was already live`,
        adopted: false,
        alreadyDone: true,
    };
}
/** What the provider commands are told before the deployment is recorded. */
function baseContext(request) {
    const { settings } = request;
    return {
        version: settings.version,
        environment: settings.environment,
        strategy: settings.strategy,
        commit: settings.commit,
        ref: settings.ref,
        artifacts: settings.artifacts,
        environmentUrl: settings.environmentUrl,
        rollback: false,
    };
}
/**
 * One deployment at a time per environment. A deployment another run left in
 * progress and silent is settled: success when the provider shows its version live,
 * failure otherwise.
 */
async function takeTurn(request, timeline, ours) {
    const { settings, record, run, provider, log } = request;
    await timeline.step('lock', `one deployment at a time in ${settings.environment}`, () => waitForTurn({
        record,
        ours,
        timeoutMs: request.lock.timeoutMs,
        staleAfterMs: request.lock.staleAfterMs,
        pollMs: request.lock.pollMs,
        log,
        settle: async (stale) => {
            const probe = await probeLive(provider, settings, baseContext(request));
            if (probe?.version && stale.version === probe.version) {
                await record.setStatus(stale, 'success', {
                    description: describeStatus(stale.version, `live on slot ${probe.slot ?? stale.slot ?? settings.slots[0]} (settled: the ${probe.source} shows it live)`),
                    autoInactive: true,
                });
                return `the ${probe.source} shows ${probe.version} live, so it is marked success`;
            }
            const staleSince = new Date(stale.lastActivity).toISOString();
            const note = `stale: no update since ${staleSince}; marked failed by run ${run.runId}`;
            await record.setStatus(stale, 'failure', {
                description: stale.version ? describeStatus(stale.version, note) : note,
            });
            return 'marked failure';
        },
    }));
}
/**
 * What serves now, by the record and by the provider (the status-command wins over
 * the record on the live slot), and so where the new version goes.
 */
async function lookAround(request, timeline, earlier) {
    const { settings, record, provider, log } = request;
    record.forget();
    const previous = await record.live();
    const probe = await probeLive(provider, settings, {
        ...baseContext(request),
        previousVersion: previous?.version,
        previousSlot: previous?.slot,
    });
    let liveSlot = previous?.slot;
    if (probe?.source === 'status-command' && probe.slot && settings.slots.includes(probe.slot)) {
        if (liveSlot && probe.slot !== liveSlot) {
            log.warning(`The record says slot ${liveSlot} is live, the status-command says ${probe.slot}: going by the status-command`);
        }
        liveSlot = probe.slot;
    }
    const resuming = earlier.own?.inProgress ? earlier.own : undefined;
    const slot = settings.strategy === 'blue-green'
        ? (resuming?.slot ?? idleSlot(settings.slots, liveSlot))
        : (liveSlot ?? settings.slots[0]);
    return {
        request,
        timeline,
        ...earlier,
        resuming,
        previous,
        probe,
        liveSlot,
        slot,
        recordedSlot: settings.strategy === 'rolling' ? undefined : slot,
        environmentUrl: settings.environmentUrl ?? previous?.environmentUrl,
    };
}
/** The version asked for is live already: verified where it serves and recorded again, nothing changed. */
async function keepIfUnchanged(situation) {
    const { request, previous, probe, liveSlot, slot, environmentUrl, timeline, adopted } = situation;
    const { settings, record, run } = request;
    if (situation.own || !isAlreadyLive(settings, previous, probe))
        return undefined;
    const kept = await keepUnchanged({
        record,
        settings,
        live: previous,
        adopted,
        run,
        statusOptions: { logUrl: run.runUrl, environmentUrl },
        strategyRun: {
            settings: { ...settings, environmentUrl },
            provider: request.provider,
            verifier: request.verifier,
            log: request.log,
            timeline,
            previous: { version: previous.version, slot: liveSlot },
            slot: liveSlot ?? slot,
            reached: { phase: 'live', targets: [], switched: false, canaryWeight: 0 },
            progress: async () => undefined,
            rollback: false,
        },
    });
    if (!kept)
        return undefined;
    return {
        status: 'success',
        deployment: kept,
        previous,
        slot: settings.strategy === 'rolling' ? '' : (previous.slot ?? slot),
        environmentUrl,
        timeline,
        resumed: `${settings.version} was already live (deployment #${previous.id}): nothing was changed`,
        adopted: Boolean(adopted),
        alreadyDone: true,
    };
}
async function deploy(request) {
    const { record, run } = request;
    const timeline = new Timeline();
    record.forget();
    const own = await ownEarlierAttempt(record, run.runId, request.settings.version);
    if (own?.state === 'success')
        return doneByThisRun(request, own, timeline);
    const adopted = own ? undefined : await findAdoptable(record, request);
    if (own)
        await retireFreshDeployment(record, request, own);
    await takeTurn(request, timeline, (deployment) => deployment.id === own?.id || deployment.id === adopted?.id || deployment.belongsToRun(run.runId));
    const situation = await lookAround(request, timeline, { own, adopted });
    const kept = await keepIfUnchanged(situation);
    if (kept)
        return kept;
    const deployment = await recordDeployment(situation);
    return carryOutDeploy(situation, deployment);
}

;// CONCATENATED MODULE: ./packages/kit/src/glob.ts
/** @actions/glob is loaded on the first search, not at start-up. */
async function globFiles(patterns, options = {}) {
    const { create } = await Promise.all(/* import() */[__webpack_require__.e(119), __webpack_require__.e(955), __webpack_require__.e(675), __webpack_require__.e(860)]).then(__webpack_require__.bind(__webpack_require__, 3860));
    const globber = await create(patterns, options);
    return globber.glob();
}

;// CONCATENATED MODULE: ./packages/deployments/src/artifacts.ts
/**
 * The artifacts a deployment carries: files of this run (hashed here) or
 * references that already name their digest (an image `…@sha256:…`). Their
 * names and digests go into the payload, so a rollback can hand the provider
 * the same references again.
 */



const IMAGE_DIGEST = /@sha256:([0-9a-f]{64})$/i;
const NAMED_DIGEST = /^(.+?)=sha256:([0-9a-f]{64})$/i;
async function resolveArtifacts(entries, workspace) {
    const found = [];
    const patterns = [];
    for (const entry of entries) {
        const image = IMAGE_DIGEST.exec(entry);
        const named = NAMED_DIGEST.exec(entry);
        if (image)
            found.push({ name: entry, sha256: image[1].toLowerCase() });
        else if (named)
            found.push({ name: named[1], sha256: named[2].toLowerCase() });
        else
            patterns.push(entry);
    }
    if (patterns.length > 0) {
        for (const pattern of patterns) {
            const files = (await globFiles((0,external_node_path_.resolve)(workspace, pattern), { matchDirectories: false })).sort();
            if (files.length === 0) {
                throw new errors/* ReleaseError */.K2('EARTIFACT', `Input "artifacts": got "${pattern}", which matches no file in ${workspace}`, {
                    hint: 'Paths are relative to the workspace; build the artifacts (or download them) in an earlier step.',
                });
            }
            for (const file of files) {
                found.push({ name: (0,external_node_path_.relative)(workspace, file), sha256: await sha256File(file), path: file });
            }
        }
    }
    return found;
}

;// CONCATENATED MODULE: ./packages/checks/src/decision-text.ts
/** The evidence behind an analysis verdict, in words and table rows, for job summaries. */

/** One sentence: how the verdict was reached and after how many requests. */
function decisionSentence(decision) {
    const when = `after ${decision.afterSamples} requests (${(decision.afterMs / 1000).toFixed(1)} s)`;
    if (decision.mode === 'fixed')
        return `Fixed window: judged ${when}.`;
    const verdict = decision.by === 'bad'
        ? `Stopped early, bad, ${when}`
        : decision.by === 'healthy'
            ? `Stopped early, healthy, ${when}`
            : `Judged on the whole window, ${when}`;
    return `Sequential analysis at a false-alarm rate of ${formatShare(decision.falseAlarmRate ?? 0)}: ${verdict}: ${decision.reason}.`;
}
const EVIDENCE_HEADERS = [
    'Evidence of',
    'Seen',
    'Healthy / bad rate',
    'Log-likelihood ratio',
    'Healthy ≤ · bad ≥',
];
/** One row per test: what it counted, the hypotheses, and where the evidence stood. */
function evidenceRows(decision) {
    return decision.evidence.map((stream) => [
        stream.name,
        `${stream.failures} of ${stream.observations}`,
        `${formatShare(stream.p0)} / ${formatShare(stream.p1)}`,
        `${stream.logRatio}${stream.verdict ? ` (${stream.verdict})` : ''}`,
        `${stream.acceptAt} · ${stream.rejectAt}`,
    ]);
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

;// CONCATENATED MODULE: ./packages/deployments/src/report.ts
/** Job summaries: the steps with their timings, the analysis figures and the rollback report. */



const report_percent = (share) => `${(share * 100).toFixed(share > 0 && share < 0.001 ? 3 : 2)}%`;
const ms = (value) => `${Math.round(value)} ms`;
/** `shown`: the failure the summary states above the table, which a failed step does not repeat. */
function stepsTable(timeline, shown) {
    if (timeline.steps.length === 0)
        return '';
    const rows = timeline.steps.map((step, index) => [
        index + 1,
        step.name,
        step.detail + stepNote(step.note, shown),
        step.durationMs > 0 ? (0,inputs/* formatDuration */.a3)(step.durationMs) : '',
        icon(step.ok),
    ]);
    return heading('Steps', 3) + table(['#', 'Step', 'Detail', 'Took', 'Result'], rows) + '\n';
}
function stepNote(note, shown) {
    if (!note)
        return '';
    if (shown?.includes(note))
        return ' (the failure above)';
    return ` (${note.length > 120 ? `${note.slice(0, 119)}…` : note})`;
}
function analysisTable(timeline) {
    if (timeline.analyses.length === 0)
        return '';
    const rows = timeline.analyses.map(({ weight, report }) => [
        `${weight}%`,
        report.samples,
        report_percent(report.errorRate),
        ms(report.latencyMs.p50),
        ms(report.latencyMs.p95),
        ms(report.latencyMs.p99),
        ms(report.latencyMs.max),
        report.consecutiveFailuresMax,
        `${icon(report.passed)}${report.reasons.length > 0 ? ' ' + report.reasons.join('; ') : ''}`,
    ]);
    const limits = timeline.analyses[0].report.thresholds;
    const note = `Limits: error rate ≤ ${report_percent(limits.maxErrorRate)}, p95 ≤ ${ms(limits.maxP95Ms)}, ` +
        `at least ${limits.minSamples} requests, at most ${limits.maxConsecutiveFailures} failures in a row.\n\n`;
    const evidence = timeline.analyses
        .filter(({ report }) => report.decision)
        .map(({ weight, report }) => {
        const decision = report.decision;
        const rows = evidenceRows(decision);
        return (`At ${weight}%: ${decisionSentence(decision)}\n\n` +
            (rows.length > 0 ? table([...EVIDENCE_HEADERS], rows) + '\n' : ''));
    })
        .join('');
    return (heading('Canary analysis', 3) +
        table(['Canary weight', 'Requests', 'Error rate', 'p50', 'p95', 'p99', 'Max', 'Failures in a row', 'Verdict'], rows) +
        '\n' +
        note +
        evidence);
}
function migrationText(migration) {
    return `${nameMigration(migration)} at ${new Date(migration.at).toISOString()}`;
}
function rollbackReport(rollback, environment, shown) {
    const rows = [
        ['Reason', shown === rollback.reason ? 'the failure above' : rollback.reason],
        ['What was done', rollback.plan.summary],
        ['Impact', rollback.impact.join('; ')],
        [
            'Traffic back on ' + rollback.to,
            `${(0,inputs/* formatDuration */.a3)(rollback.restoredMs)} after ${rollback.restoredFrom}`,
        ],
        ['Rollback took', (0,inputs/* formatDuration */.a3)(rollback.durationMs)],
        ['Rollback deployment', rollback.deployment ? `#${rollback.deployment.id}` : 'none needed'],
    ];
    if (rollback.migration)
        rows.push(['Database', `undid ${migrationText(rollback.migration)}`]);
    const title = rollback.alreadyDone
        ? `Rollback of ${environment} from ${rollback.from} to ${rollback.to} was already done`
        : `Rolled ${environment} back from ${rollback.from} to ${rollback.to}`;
    return heading(`↩️ ${title}`, 3) + table(['Rollback', `${rollback.from} → ${rollback.to}`], rows) + '\n';
}
function deploySummary(result, settings) {
    const { version, environment, strategy } = settings;
    const title = result.status === 'success'
        ? `✅ ${version} is live on ${environment}`
        : result.status === 'rolled-back'
            ? `↩️ ${version} failed on ${environment} and was rolled back to ${result.rollback?.to}`
            : result.status === 'cancelled'
                ? `⏹️ Deploying ${version} to ${environment} was cancelled`
                : `❌ Deploying ${version} to ${environment} failed`;
    const facts = [
        ['Environment', result.environmentUrl ? `${environment} (${result.environmentUrl})` : environment],
        [
            'Version',
            `${version}${settings.ref ? ` from ${settings.ref}` : ''}${settings.commit ? ` (${settings.commit.slice(0, 12)})` : ''}`,
        ],
        [
            'Strategy',
            `${strategy}${strategy === 'blue-green' || strategy === 'canary' ? `, slot ${result.slot}` : ''}`,
        ],
        ['Previous version', result.previous?.version ?? 'none'],
        ...(result.adopted ? [['Recorded on', 'the deployment GitHub created for this job']] : []),
        ['Took', (0,inputs/* formatDuration */.a3)(result.timeline.elapsedMs)],
    ];
    if (result.migration) {
        facts.push([
            'Database',
            `${result.migration.ranNow ? 'migrated' : 'already migrated'}: ${migrationText(result.migration)}`,
        ]);
    }
    if (result.resumed)
        facts.push(['Resumed', result.resumed]);
    const failure = result.failure ? (result.failure.message ?? String(result.failure)) : undefined;
    if (failure)
        facts.push(['Failure', failure]);
    if (result.rollbackError)
        facts.push(['Rollback failure', result.rollbackError.message ?? String(result.rollbackError)]);
    let markdown = heading(title, 2) + table(['Deployment', `#${result.deployment.id}`], facts) + '\n';
    markdown += stepsTable(result.timeline, failure);
    markdown += analysisTable(result.timeline);
    if (result.rollback)
        markdown += rollbackReport(result.rollback, environment, failure);
    if (settings.artifacts.length > 0) {
        markdown +=
            heading('Artifacts', 3) +
                table(['Artifact', 'sha256'], settings.artifacts.map((artifact) => [artifact.name, artifact.sha256 ? code(artifact.sha256) : ''])) +
                '\n';
    }
    return markdown;
}
function rollbackSummary(rollback, environment) {
    return rollbackReport(rollback, environment).replace(/^### /, '## ') + stepsTable(rollback.timeline);
}

;// CONCATENATED MODULE: ./packages/deployments/src/stale.ts
/** Why the rollback of `bad` would undo something that is not live; undefined when it is. */
async function staleRollbackReason(check) {
    const { record, bad } = check;
    record.forget();
    const undone = await record.find((deployment) => deployment.payload?.rollback_of === bad.id && deployment.everSucceeded);
    const live = await record.live();
    const liveVersion = check.probedVersion ?? live?.version;
    if (check.expectedCurrentVersion !== undefined && liveVersion !== check.expectedCurrentVersion) {
        return `${check.expectedCurrentVersion} was expected to be live (expected-current-version), but ${liveVersion ?? 'no known version'} is`;
    }
    if (undone) {
        return `deployment #${bad.id} (${bad.version ?? 'unknown version'}) was already rolled back by deployment #${undone.id}; ${liveVersion ?? 'no known version'} is live`;
    }
    if (live && live.id > bad.id) {
        return `deployment #${bad.id} (${bad.version ?? 'unknown version'}) no longer serves: deployment #${live.id} (${live.version ?? 'unknown version'}) replaced it`;
    }
    return undefined;
}

// EXTERNAL MODULE: ./packages/deployments/src/environment/inputs.ts + 6 modules
var environment_inputs = __webpack_require__(8756);
;// CONCATENATED MODULE: ./packages/deployments/src/index.ts
/**
 * Deployments: strategies, the record in GitHub's Deployments API, guards,
 * rollback and tool set-up, the inputs and settings of an environment, free of
 * runner I/O. deploy-env and rollback are the thin glue around these.
 */
























;// CONCATENATED MODULE: ./actions/rollback/run.ts
/**
 * rollback: find what to undo (the current deployment) and where to go back to
 * (the last good version before it, or `to`), refuse clearly when there is no
 * such version, then hand over to packages/deployments and report.
 */


/** The inputs this action reads, for tooling and tests that check every input (secrets are masked). */

function providerFor(deployments, settings, retries, retryDelayMs) {
    const options = {
        commands: settings.commands,
        retries,
        retryDelayMs,
        workingDirectory: settings.workingDirectory,
        processes: runnerProcesses,
    };
    return new deployments.Provider(options, deployments.runnerLog);
}
/** What the status-command says is live, when there is one; the record decides otherwise. */
async function statusCommandVersion(deployments, settings, inputs) {
    if (!settings.commands.status)
        return undefined;
    const probe = providerFor(deployments, settings, 0, 0);
    try {
        const answer = await probe.live({
            operation: 'status',
            version: '',
            environment: inputs.environment,
            strategy: inputs.strategy ?? 'direct',
            commit: '',
            ref: '',
            artifacts: [],
            rollback: true,
        });
        return answer?.version;
    }
    catch {
        return undefined;
    }
}
/**
 * The deployment to undo and the one to go back to. A re-run continues the rollback this run
 * recorded, rather than rolling back the rollback; a fresh one stops with the reason when what
 * is live is no longer what it was asked to undo.
 */
async function whatToUndo(deployments, record, inputs, context, base) {
    const earlier = await record.findRecent((deployment) => deployment.payload?.rollback_of !== undefined && deployment.belongsToRun(context.runId));
    if (earlier)
        return { bad: await record.get(earlier.payload.rollback_of), target: earlier };
    const pair = await deployments.findRollback(record, { deploymentId: inputs.deploymentId, to: inputs.to });
    const stale = await deployments.staleRollbackReason({
        record,
        bad: pair.bad,
        expectedCurrentVersion: inputs.expectedCurrentVersion,
        probedVersion: await statusCommandVersion(deployments, base, inputs),
    });
    return stale ? { stale } : pair;
}
async function reportNothingChanged(environment, stale) {
    (0,runner/* setOutputs */.n0)({ status: 'skipped', 'rolled-back-from': '', 'rolled-back-to': '', 'deployment-id': '' });
    await (0,runner/* writeSummary */.Sy)(`## ↩️ Rollback of ${environment}: nothing was changed\n\n${stale}.\n`);
    (0,runner/* notice */.lm)(`Nothing was rolled back: ${stale}.`);
}
/** The target's version, commit and artifacts, deployed directly: a rollback is not analysed again. */
function rollbackSettings(base, inputs, { bad, target }) {
    return {
        ...base,
        version: target.version ?? '',
        ref: target.payload?.ref || target.ref,
        commit: target.payload?.commit || target.sha,
        strategy: inputs.strategy ?? bad.strategy ?? 'direct',
        artifacts: target.payload?.artifacts ?? [],
        canaryWeights: [],
        analysis: {
            durationMs: 0,
            rate: 0,
            maxErrorRate: 0,
            maxP95Ms: 0,
            minSamples: 0,
            maxConsecutiveFailures: 0,
            pauseMs: 0,
        },
        autoRollback: false,
    };
}
/** Waits for deployments of other runs to the environment; one gone quiet too long is marked failed. */
async function waitForOurTurn(deployments, record, bad, inputs, context) {
    await deployments.waitForTurn({
        record,
        ours: (deployment) => deployment.id === bad.id || deployment.belongsToRun(context.runId),
        timeoutMs: inputs.lockTimeout,
        staleAfterMs: inputs.staleAfter,
        log: deployments.runnerLog,
        settle: async (stale) => {
            const note = `stale: no update since ${new Date(stale.lastActivity).toISOString()}; marked failed by run ${context.runId}`;
            await record.setStatus(stale, 'failure', {
                description: stale.version ? deployments.describeStatus(stale.version, note) : note,
            });
            return 'marked failure';
        },
    });
}
async function run({ inputs, config }) {
    const context = (0,src_context/* runContext */.p)();
    const base = providerSettings(inputs, context, inputs.environment);
    const repo = (0,src_context/* requireRepository */.C)(context);
    const octokit = await createGitHubClient({ token: inputs.token ?? '' });
    checkKnownEnvironment(inputs.environment, await knownEnvironments(config, octokit, repo));
    const record = new DeploymentRecord(octokit, repo, inputs.environment, undefined, inputs.component);
    const found = await whatToUndo(src_namespaceObject, record, inputs, context, base);
    if ('stale' in found)
        return reportNothingChanged(inputs.environment, found.stale);
    const settings = rollbackSettings(base, inputs, found);
    const provider = providerFor(src_namespaceObject, settings, settings.retries, settings.retryDelayMs);
    checkRollbackCommands(planRollback(found.bad, found.target, settings), provider);
    checkMigrationRollback(found.bad, settings.version, provider);
    await installTools(inputs.setupTools);
    await waitForOurTurn(src_namespaceObject, record, found.bad, inputs, context);
    const outcome = await rollBack({
        record,
        settings,
        bad: found.bad,
        target: found.target,
        reason: inputs.reason,
        provider,
        verifier: checksVerifier,
        log: runnerLog,
        run: { runId: context.runId, runAttempt: context.runAttempt, runUrl: context.runUrl, sha: context.sha },
    });
    (0,runner/* setOutputs */.n0)({
        status: outcome.alreadyDone ? 'already-done' : 'rolled-back',
        'rolled-back-from': outcome.from,
        'rolled-back-to': outcome.to,
        'deployment-id': outcome.deployment?.id ?? '',
    });
    await (0,runner/* writeSummary */.Sy)(rollbackSummary(outcome, inputs.environment));
    runnerLog.info(outcome.alreadyDone
        ? `${inputs.environment} was already rolled back to ${outcome.to}`
        : `${inputs.environment} is back on ${outcome.to} (from ${outcome.from}): ${outcome.plan.summary}`);
}


/***/ })

};
