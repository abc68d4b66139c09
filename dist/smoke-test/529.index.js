export const id = 529;
export const ids = [529];
export const modules = {

/***/ 3529:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  inputSpec: () => (/* reexport */ inputs/* spec */.IC),
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./packages/kit/src/context.ts
var context = __webpack_require__(3731);
// EXTERNAL MODULE: ./packages/kit/src/runner.ts + 4 modules
var runner = __webpack_require__(8372);
// EXTERNAL MODULE: ./packages/kit/src/errors.ts
var errors = __webpack_require__(7817);
// EXTERNAL MODULE: ./packages/kit/src/inputs.ts + 1 modules
var src_inputs = __webpack_require__(1052);
;// CONCATENATED MODULE: ./packages/smoke-test/src/plan.ts
function buildPlan(inputs, workspace, onCommandOutput) {
    const http = inputs.url
        ? {
            kind: 'http',
            url: inputs.url,
            method: inputs.method.toUpperCase(),
            headers: inputs.headers,
            body: inputs.body,
            expectStatus: inputs.expectStatus,
            bodyContains: inputs.bodyContains,
            bodyRegex: inputs.bodyRegex,
            jsonPath: inputs.jsonPath,
            jsonEquals: inputs.jsonEquals,
            latencyBudgetMs: inputs.latencyBudget,
            timeoutMs: inputs.requestTimeout,
            secretHeaders: inputs.secretHeaders,
        }
        : undefined;
    const tcp = (inputs.tcp ?? []).map((target) => ({
        kind: 'tcp',
        host: target.host,
        port: target.port,
        timeoutMs: inputs.requestTimeout,
    }));
    const command = inputs.command
        ? {
            kind: 'command',
            command: inputs.command,
            cwd: workspace,
            timeoutMs: inputs.commandTimeout,
            onOutput: onCommandOutput,
        }
        : undefined;
    const prometheus = inputs.prometheusUrl && inputs.prometheusQuery && inputs.prometheusThreshold
        ? {
            kind: 'prometheus',
            url: inputs.prometheusUrl,
            query: inputs.prometheusQuery,
            operator: inputs.prometheusThreshold.operator,
            threshold: inputs.prometheusThreshold.threshold,
            timeoutMs: inputs.requestTimeout,
            headers: inputs.prometheusToken ? { authorization: `Bearer ${inputs.prometheusToken}` } : undefined,
        }
        : undefined;
    const analysis = http && inputs.duration > 0
        ? {
            target: http,
            durationMs: inputs.duration,
            rate: inputs.rate,
            maxErrorRate: inputs.maxErrorRate,
            maxP95Ms: inputs.maxP95Ms,
            minSamples: inputs.minSamples,
            maxConsecutiveFailures: inputs.maxConsecutiveFailures,
            mode: inputs.analysisMode,
            falseAlarmRate: inputs.falseAlarmRate,
            baseline: inputs.baselineUrl
                ? { url: inputs.baselineUrl, maxDegradationPct: inputs.maxDegradation }
                : inputs.baseline
                    ? { figures: inputs.baseline, maxDegradationPct: inputs.maxDegradation }
                    : undefined,
            metrics: prometheus ? [prometheus] : undefined,
        }
        : undefined;
    const checks = [
        ...(http ? [http] : []),
        ...tcp,
        ...(command ? [command] : []),
        ...(prometheus && !analysis ? [prometheus] : []),
    ];
    return { http, tcp, command, prometheus, checks, analysis };
}

// EXTERNAL MODULE: ./packages/checks/src/names.ts
var src_names = __webpack_require__(9123);
// EXTERNAL MODULE: ./packages/checks/src/validate.ts
var validate = __webpack_require__(8753);
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

// EXTERNAL MODULE: ./packages/checks/src/limits.ts
var limits = __webpack_require__(7619);
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
            env: childEnvironment(check.env),
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

// EXTERNAL MODULE: ./packages/checks/src/jsonpath.ts + 2 modules
var jsonpath = __webpack_require__(8136);
// EXTERNAL MODULE: ./packages/checks/src/regex.ts
var regex = __webpack_require__(9744);
// EXTERNAL MODULE: ./packages/checks/src/status.ts
var src_status = __webpack_require__(5169);
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
function codeOf(thrown) {
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
    const code = codeOf(thrown);
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
function transport_sendRequest(spec) {
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
    const statusText = check.expectStatus ?? src_status/* DEFAULT_EXPECT_STATUS */.ps;
    const statuses = (0,src_status/* parseStatusMatcher */.W6)(statusText);
    if (!statuses)
        throw new Error(`invalid expected status "${statusText}"`);
    return {
        check,
        url: new URL(check.url),
        method: (check.method ?? 'GET').toUpperCase(),
        headers: check.headers ?? {},
        statusText,
        statuses,
        regex: check.bodyRegex ? (0,regex/* compileRegex */.D)(check.bodyRegex) : undefined,
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
        return `body is not JSON, so ${jsonPath} could not be read (body starts "${(0,src_names/* shorten */.ml)(body, 40)}")`;
    }
    const matches = (0,jsonpath/* evaluateJsonPath */.Dc)(jsonPath, json);
    if (matches.length === 0)
        return `${jsonPath} was not found in the response`;
    if (jsonEquals === undefined)
        return undefined;
    const wrong = matches.find((match) => !(0,jsonpath/* jsonValueEquals */.n5)(match.value, jsonEquals));
    if (!wrong)
        return undefined;
    const where = matches.length === 1 ? jsonPath : wrong.path;
    return `${where} was ${(0,jsonpath/* showJsonValue */.$S)(wrong.value)} (expected ${jsonEquals})`;
}
function redirectTarget(location, base) {
    try {
        return (0,src_names/* displayUrl */.Qy)(new URL(location, base).href);
    }
    catch {
        return (0,src_names/* shorten */.ml)(location);
    }
}
/** Every assertion on a response, first failure wins, in the order a person would check them. */
function judgeResponse(prepared, status, body, latencyMs, location) {
    if (!(0,src_status/* statusMatches */.W_)(status, prepared.statuses)) {
        // Redirects are not followed: a health URL that sends you to a login page is not healthy.
        const redirect = status >= 300 && status < 400 && location
            ? `, redirecting to ${redirectTarget(location, prepared.url)}`
            : '';
        return `status ${status} (expected ${prepared.statusText}${redirect})`;
    }
    const { bodyContains, latencyBudgetMs } = prepared.check;
    const text = prepared.keepBody ? (body ?? Buffer.alloc(0)).toString('utf8') : '';
    if (bodyContains && !text.includes(bodyContains))
        return `body did not contain "${(0,src_names/* shorten */.ml)(bodyContains)}"`;
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
    const outcome = await transport_sendRequest({
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

// EXTERNAL MODULE: ./packages/checks/src/compare.ts
var compare = __webpack_require__(2796);
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
    const outcome = await transport_sendRequest({
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
        return { passed: false, reason: `Prometheus rejected the query (${(0,src_names/* shorten */.ml)(why, 200)})`, latencyMs };
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
    const wrong = series.find((item) => !(0,compare/* compare */.UD)(item.value, check.operator, check.threshold));
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
    (0,validate/* assertValidChecks */.Ym)(checks);
    const startedAt = new Date().toISOString();
    const started = performance.now();
    const semaphore = new Semaphore(settings.concurrency);
    const names = (0,src_names/* uniqueNames */.uZ)(checks);
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
    if (!inRange(options.timeoutMs ?? Number.NaN, 0, limits/* LIMITS */.b.maxWaitMs))
        problems.push(`timeoutMs: got ${options.timeoutMs}, expected 0 to ${limits/* LIMITS */.b.maxWaitMs}`);
    if (!inRange(options.initialIntervalMs, 1, limits/* LIMITS */.b.maxWaitMs))
        problems.push(`initialIntervalMs: got ${options.initialIntervalMs}, expected 1 to ${limits/* LIMITS */.b.maxWaitMs}`);
    if (!inRange(options.maxIntervalMs, 1, limits/* LIMITS */.b.maxWaitMs))
        problems.push(`maxIntervalMs: got ${options.maxIntervalMs}, expected 1 to ${limits/* LIMITS */.b.maxWaitMs}`);
    if (!inRange(options.concurrency, 1, limits/* LIMITS */.b.maxConcurrency) ||
        (options.concurrency !== undefined && !Number.isInteger(options.concurrency))) {
        problems.push(`concurrency: got ${options.concurrency}, expected an integer from 1 to ${limits/* LIMITS */.b.maxConcurrency}`);
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
        throw new validate/* CheckDefinitionError */.gD(problems);
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
    const planned = (0,limits/* plannedRequests */.n)(options.durationMs, options.rate);
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
            Math.min(DEFAULT_THRESHOLDS.minSamples, (0,limits/* plannedRequests */.n)(options.durationMs, options.rate)),
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
    (0,validate/* assertValidAnalysis */.nv)(options);
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
        target: (0,src_names/* checkName */.I3)(options.target),
        rate: options.rate,
        concurrency,
        decision,
    };
}

;// CONCATENATED MODULE: ./packages/smoke-test/src/work.ts


/**
 * The smoke test's work, in its phases: wait until every check is healthy,
 * then (when they are) the load analysis, then the verdict with one line per
 * failure. Where the log goes is the caller's.
 */
const work_PROGRESS_EVERY_MS = 5_000;
/** Every secret the plan carries (header values, credentials in URLs), for the log's mask. */
function planSecrets(plan) {
    const secrets = [];
    if (plan.http)
        secrets.push(...(0,src_names/* secretHeaderValues */.o4)(plan.http), ...(0,src_names/* secretUrlParts */.eQ)(plan.http.url));
    if (plan.prometheus)
        secrets.push(...(0,src_names/* secretUrlParts */.eQ)(plan.prometheus.url));
    if (plan.analysis?.baseline?.url)
        secrets.push(...(0,src_names/* secretUrlParts */.eQ)(plan.analysis.baseline.url));
    return secrets;
}
/** The engine's own validation, after the inputs': what the kit's fields cannot see. */
function assertPlanIsValid(plan) {
    const problems = [
        ...plan.checks.flatMap(validate/* validateCheck */.LB),
        ...(plan.analysis ? (0,validate/* validateAnalysisOptions */.r5)(plan.analysis) : []),
    ];
    if (problems.length > 0)
        throw new errors/* InputError */.dz([...new Set(problems)]);
}
/** Logs each check's attempts when something changes (not every identical failure) and its command output. */
function attemptLogger(plan, started, options) {
    const last = new Map();
    const commandName = plan.command ? (0,src_names/* checkName */.I3)(plan.command) : undefined;
    const at = () => (0,src_inputs/* formatDuration */.a3)(performance.now() - started);
    return (event) => {
        if (event.check === commandName) {
            const text = options.commandOutput.text.trimEnd() || '(no output)';
            options.commandOutput.text = '';
            options.log.group(`Output of ${event.check} (attempt ${event.attempt}, ${event.passed ? 'passed' : 'failed'})`, text);
        }
        if (event.passed) {
            options.log.info(`✅ ${event.check}: healthy after ${event.attempt} attempt${event.attempt === 1 ? '' : 's'} (${at()})`);
        }
        else if (last.get(event.check) !== event.reason || event.attempt === 1) {
            options.log.info(`⏳ ${event.check}: ${event.reason} (attempt ${event.attempt}, ${at()})`);
        }
        last.set(event.check, event.reason);
    };
}
async function waitPhase(plan, started, options) {
    if (plan.checks.length === 0)
        return { passed: true, checks: [], startedAt: new Date().toISOString(), durationMs: 0 };
    const how = options.timeoutMs > 0 ? `waiting up to ${(0,src_inputs/* formatDuration */.a3)(options.timeoutMs)}` : 'one attempt each';
    options.log.info(`Checking ${plan.checks.length} target${plan.checks.length === 1 ? '' : 's'} (${how})`);
    return waitUntilHealthy(plan.checks, {
        timeoutMs: options.timeoutMs,
        maxIntervalMs: options.intervalMs,
        concurrency: options.concurrency,
        onAttempt: attemptLogger(plan, started, options),
    });
}
async function analysisPhase(analysisPlan, log) {
    const { rate, durationMs } = analysisPlan;
    log.info(`Analysis: ${rate} requests/s to ${(0,src_names/* checkName */.I3)(analysisPlan.target)} for ${(0,src_inputs/* formatDuration */.a3)(durationMs)}`);
    let lastProgress = 0;
    const analysis = await analyse({
        ...analysisPlan,
        onProgress: ({ sent, failed, elapsedMs }) => {
            if (elapsedMs - lastProgress < work_PROGRESS_EVERY_MS)
                return;
            lastProgress = elapsedMs;
            log.info(`  ${(0,src_inputs/* formatDuration */.a3)(elapsedMs)}: ${sent} sent, ${failed} failed`);
        },
    });
    const { latencyMs: l } = analysis;
    log.info(`Analysis: ${analysis.samples} requests, error rate ${formatShare(analysis.errorRate)}, p50 ${formatMs(l.p50)}, p95 ${formatMs(l.p95)}, p99 ${formatMs(l.p99)}, max ${formatMs(l.max)}`);
    return analysis;
}
function failureLines(checks, analysis, timeoutMs) {
    const lines = checks.checks
        .filter((check) => !check.passed)
        .map((check) => {
        const tried = timeoutMs > 0
            ? ` (${check.attempts} attempt${check.attempts === 1 ? '' : 's'} in ${(0,src_inputs/* formatDuration */.a3)(check.durationMs)})`
            : '';
        return `${check.name}: ${check.reason ?? 'failed'}${tried}`;
    });
    if (analysis)
        lines.push(...analysis.reasons.map((reason) => `analysis: ${reason}`));
    return lines;
}
async function runSmokeTest(plan, options) {
    const started = performance.now();
    const checks = await waitPhase(plan, started, options);
    const analysis = plan.analysis && checks.passed ? await analysisPhase(plan.analysis, options.log) : undefined;
    return {
        passed: checks.passed && (!plan.analysis || Boolean(analysis?.passed)),
        checks,
        analysis,
        analysisSkipped: Boolean(plan.analysis) && !analysis,
        failures: failureLines(checks, analysis, options.timeoutMs),
        durationMs: performance.now() - started,
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

;// CONCATENATED MODULE: ./actions/smoke-test/summary.ts


/** The job summary: a row per check, then the analysis figures against their limits. */
const ms = (value) => (value === undefined ? '' : formatMs(value));
const pct = formatShare;
const seconds = (value) => (0,src_inputs/* formatDuration */.a3)(value);
function checkRows(checks) {
    return checks.map((check) => [
        icon(check.passed),
        check.name,
        check.attempts,
        ms(check.latencyMs?.p50),
        ms(check.latencyMs?.p95),
        ms(check.latencyMs?.p99),
        ms(check.latencyMs?.max),
        seconds(check.durationMs),
        check.passed
            ? check.value !== undefined && check.kind === 'prometheus'
                ? `value ${check.value}`
                : ''
            : check.reason,
    ]);
}
function checksTable(checks) {
    return table(['Status', 'Check', 'Attempts', 'p50', 'p95', 'p99', 'max', 'Time', 'Detail'], checkRows(checks));
}
/** One row per figure the analysis gates on, with its limit; the baseline's comparison last. */
function figureRows(analysis) {
    const limits = analysis.thresholds;
    const answered = analysis.responses ?? analysis.samples;
    const rows = [
        [
            icon(answered >= limits.minSamples),
            'Answered requests',
            `${answered} of ${analysis.sent ?? analysis.samples}`,
            `at least ${limits.minSamples}`,
        ],
        [
            icon(analysis.errorRate <= limits.maxErrorRate),
            'Error rate',
            `${pct(analysis.errorRate)} (${analysis.failures} failed)`,
            `at most ${pct(limits.maxErrorRate)}`,
        ],
        [
            icon(analysis.latencyMs.p95 <= limits.maxP95Ms),
            'p95 latency',
            ms(analysis.latencyMs.p95),
            `at most ${limits.maxP95Ms} ms`,
        ],
        [
            '',
            'p50 / p99 / max',
            `${ms(analysis.latencyMs.p50)} / ${ms(analysis.latencyMs.p99)} / ${ms(analysis.latencyMs.max)}`,
            '',
        ],
        [
            icon(analysis.consecutiveFailuresMax <= limits.maxConsecutiveFailures),
            'Failures in a row',
            analysis.consecutiveFailuresMax,
            `at most ${limits.maxConsecutiveFailures}`,
        ],
        [
            '',
            'Rate',
            `${analysis.achievedRate ?? analysis.rate}/s (asked ${analysis.rate}/s, ${analysis.concurrency} at once)`,
            '',
        ],
    ];
    const baseline = analysis.baseline;
    if (baseline) {
        const source = baseline.source === 'url' ? `measured, ${baseline.samples} requests` : 'stored figures';
        const change = baseline.degradationPct > 0 ? `${baseline.degradationPct} % worse` : 'no worse';
        rows.push([
            icon(baseline.passed),
            `Against the baseline (${source})`,
            `${change}: p95 ${ms(analysis.latencyMs.p95)} vs ${ms(baseline.p95Ms)}, error rate ${pct(analysis.errorRate)} vs ${pct(baseline.errorRate)}`,
            `at most ${baseline.maxDegradationPct} % worse`,
        ]);
    }
    return rows;
}
function analysisSection(analysis) {
    const rows = figureRows(analysis);
    let text = heading(`Analysis of ${analysis.target ?? 'the target'} over ${seconds(analysis.durationMs)}`, 3);
    text += table(['Status', 'Figure', 'Value', 'Limit'], rows);
    if (analysis.decision) {
        text += '\n' + decisionSentence(analysis.decision) + '\n';
        if (analysis.decision.evidence.length > 0)
            text += '\n' + table([...EVIDENCE_HEADERS], evidenceRows(analysis.decision));
    }
    if (analysis.metrics?.length)
        text +=
            '\n' +
                table(['', 'Metric', 'Value', 'Detail'], analysis.metrics.map((metric) => [
                    icon(metric.passed),
                    metric.name,
                    metric.value ?? '',
                    metric.reason ?? '',
                ]));
    const reasons = Object.entries(analysis.failureReasons ?? {});
    if (reasons.length > 0) {
        text +=
            '\n' +
                details('Why requests failed', table(['Reason', 'Requests'], reasons.map(([reason, count]) => [reason, count])));
    }
    return text;
}
function smokeSummary(checks, analysis, passed, failures) {
    let text = heading(`${icon(passed)} Smoke test ${passed ? 'passed' : 'failed'}`);
    if (checks.checks.length > 0)
        text += checksTable(checks.checks);
    if (analysis === 'skipped')
        text += '\nThe analysis did not run: the checks did not pass.\n';
    else if (analysis)
        text += '\n' + analysisSection(analysis);
    if (failures.length > 0)
        text += '\n' + failures.map((line) => `- ${line}`).join('\n') + '\n';
    return text;
}

;// CONCATENATED MODULE: ./actions/smoke-test/work.ts



/** Command output is shown per attempt; beyond this the start is dropped (the end says why it failed). */
const OUTPUT_LIMIT = 1024 * 1024;
function scrub(text) {
    let shown = text;
    for (const secret of (0,runner/* maskedValues */.ql)().sort((a, b) => b.length - a.length))
        shown = shown.split(secret).join('***');
    return shown;
}
async function smokeTest(inputs, context) {
    const commandOutput = { text: '' };
    const plan = buildPlan(inputs, context.workspace, (chunk) => {
        commandOutput.text = (commandOutput.text + chunk).slice(-OUTPUT_LIMIT);
    });
    for (const secret of planSecrets(plan))
        (0,runner/* mask */.dK)(secret);
    assertPlanIsValid(plan);
    const outcome = await runSmokeTest(plan, {
        timeoutMs: inputs.timeout,
        intervalMs: inputs.interval,
        concurrency: inputs.concurrency,
        log: { info: runner/* info */.pq, group: runner/* logGroup */.QT },
        commandOutput,
    });
    const { passed, checks, analysis, failures } = outcome;
    const report = {
        passed,
        checks: checks.checks,
        analysis: analysis ?? null,
        startedAt: checks.startedAt,
        durationMs: Math.round(outcome.durationMs),
    };
    (0,runner/* setOutputs */.n0)({
        passed: String(passed),
        report: scrub(JSON.stringify(report)),
        'error-rate': analysis ? String(analysis.errorRate) : '',
        'p95-ms': analysis ? String(analysis.latencyMs.p95) : '',
    });
    await (0,runner/* writeSummary */.Sy)(scrub(smokeSummary(checks, outcome.analysisSkipped ? 'skipped' : analysis, passed, failures)));
    if (!passed) {
        const waited = checks.checks.some((check) => !check.passed && check.attempts > 1);
        throw new errors/* ReleaseError */.K2('ESMOKE', scrub(`Smoke test failed:\n${failures.map((line) => `- ${line}`).join('\n')}`), {
            hint: waited
                ? `The checks kept failing for ${(0,src_inputs/* formatDuration */.a3)(inputs.timeout)}; raise timeout if the service needs longer to warm up.`
                : undefined,
        });
    }
    (0,runner/* info */.pq)(`Smoke test passed (${(0,src_inputs/* formatDuration */.a3)(outcome.durationMs)})`);
}

// EXTERNAL MODULE: ./packages/smoke-test/src/inputs.ts
var inputs = __webpack_require__(2353);
;// CONCATENATED MODULE: ./actions/smoke-test/run.ts


/** The inputs this action reads, for tooling and tests that check every input (secrets are masked). */

async function run(inputs) {
    await smokeTest(inputs, (0,context/* runContext */.p)());
}


/***/ })

};
