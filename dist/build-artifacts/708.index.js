export const id = 708;
export const ids = [708];
export const modules = {

/***/ 43708:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  inputSpec: () => (/* reexport */ inputs/* spec */.IC),
  run: () => (/* binding */ run_run)
});

// EXTERNAL MODULE: ./packages/kit/src/context.ts
var src_context = __webpack_require__(93731);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./packages/kit/src/runner.ts + 4 modules
var runner = __webpack_require__(58372);
// EXTERNAL MODULE: external "node:string_decoder"
var external_node_string_decoder_ = __webpack_require__(46193);
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
        const { exec } = await (execModule ??= __webpack_require__.e(/* import() */ 955).then(__webpack_require__.bind(__webpack_require__, 41955)));
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
        const { which } = await (ioModule ??= __webpack_require__.e(/* import() */ 701).then(__webpack_require__.bind(__webpack_require__, 88701)));
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

// EXTERNAL MODULE: ./packages/kit/src/errors.ts
var errors = __webpack_require__(77817);
;// CONCATENATED MODULE: ./packages/kit/src/attester.ts
/**
 * Artifact attestations, behind one interface: GitHub's (@actions/attest and
 * its Sigstore stack, loaded only when a job attests, so every other run starts
 * fast), or a stand-in in tests. It needs the job's OIDC token, which only
 * `permissions: { id-token: write }` gives.
 */
const githubAttester = {
    available: () => Boolean(process.env['ACTIONS_ID_TOKEN_REQUEST_URL'] && process.env['ACTIONS_ID_TOKEN_REQUEST_TOKEN']),
    async attest(request) {
        const { attest } = await Promise.all(/* import() */[__webpack_require__.e(955), __webpack_require__.e(293)]).then(__webpack_require__.bind(__webpack_require__, 19293));
        const result = await attest({ ...request, predicate: request.predicate });
        return { attestationID: result.attestationID, tlogID: result.tlogID };
    },
};

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
let git_execModule;
function loadExec() {
    return (git_execModule ??= __webpack_require__.e(/* import() */ 955).then(__webpack_require__.bind(__webpack_require__, 41955)));
}
/** Git runs the repository's hooks and filters, user code that must not see this step's inputs either. */
function gitEnv(extra = {}) {
    return child_env_childEnvironment({ GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C', ...extra });
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

;// CONCATENATED MODULE: ./packages/artifacts/src/source-date.ts

async function resolveSourceDate(workspace, sourceDateEpoch) {
    const given = sourceDateEpoch?.trim();
    if (given) {
        if (!/^\d{1,12}$/.test(given)) {
            throw new errors/* ReleaseError */.K2('ESOURCEDATE', `SOURCE_DATE_EPOCH: got "${given}", expected a whole number of seconds since 1970-01-01 UTC`);
        }
        return { epoch: Number(given), from: 'SOURCE_DATE_EPOCH' };
    }
    const result = await git(['log', '-1', '--format=%ct'], { cwd: workspace, allowFailure: true });
    const epoch = result.stdout.trim();
    if (result.exitCode !== 0 || !/^\d+$/.test(epoch)) {
        throw new errors/* ReleaseError */.K2('ESOURCEDATE', 'Cannot tell the commit time: the workspace is not a git checkout with a commit', {
            hint: 'Check out the repository first (actions/checkout), or set SOURCE_DATE_EPOCH in the step env.',
            details: { stderr: result.stderr.trim() },
        });
    }
    return { epoch: Number(epoch), from: 'commit' };
}
/** The commit being built: HEAD of the workspace, else the run's commit (GITHUB_SHA). */
async function resolveCommit(workspace, runSha) {
    const result = await git(['rev-parse', 'HEAD'], { cwd: workspace, allowFailure: true });
    const head = result.stdout.trim();
    if (result.exitCode === 0 && /^[0-9a-f]{40,64}$/.test(head))
        return head;
    const sha = runSha.trim();
    return sha && /^[0-9a-f]{40,64}$/.test(sha) ? sha : undefined;
}

;// CONCATENATED MODULE: ./packages/artifacts/src/build.ts

function describeStep(step) {
    if (step.kind === 'command')
        return step.commandLine;
    const lines = step.script.trim().split('\n');
    return lines.length > 1 ? `${lines[0]} … (${lines.length} lines)` : lines[0];
}
/**
 * The environment builds and signing tools run in: the kit's child
 * environment (the job's, without this step's inputs: the signing key and the
 * token are no business of a build tool), plus the release facts a build may
 * stamp in.
 */
function buildEnvironment(base, extra) {
    const defined = Object.entries(extra).filter(([, value]) => value !== undefined);
    return child_env_childEnvironment(Object.fromEntries(defined), base);
}
/** Keeps the last lines of a stream of output without keeping all of it. */
class Tail {
    lines;
    text = '';
    constructor(lines) {
        this.lines = lines;
    }
    push = (chunk) => {
        this.text = (this.text + chunk.toString('utf8')).slice(-16_384);
    };
    toString() {
        return this.text.replace(/\s+$/, '').split(/\r?\n/).slice(-this.lines).join('\n');
    }
}
async function runBuildStep(step, options) {
    const tail = new Tail(options.tailLines ?? 20);
    const shown = describeStep(step);
    const [tool, args] = step.kind === 'command'
        ? [step.commandLine, []]
        : ['bash', ['--noprofile', '--norc', '-e', '-o', 'pipefail', '-c', step.script]];
    let exitCode;
    try {
        ({ exitCode } = await options.processes.run(tool, args, {
            cwd: options.cwd,
            env: options.env,
            outStream: options.outStream,
            errStream: options.errStream,
            onStdout: tail.push,
            onStderr: tail.push,
        }));
    }
    catch (thrown) {
        throw new errors/* ReleaseError */.K2('EBUILD', `Build ${step.kind} \`${shown}\` could not start: ${thrown.message}`, {
            hint: step.kind === 'command'
                ? 'A build-command line is a program and its arguments, run without a shell; use build-script for shell syntax.'
                : 'bash must be on the PATH.',
        });
    }
    if (exitCode !== 0) {
        const output = tail.toString();
        throw new errors/* ReleaseError */.K2('EBUILD', `Build ${step.kind} \`${shown}\` failed with exit code ${exitCode}${output ? `. Last lines of output:\n${output}` : ' and printed nothing'}`, { hint: 'No artifacts were written. The full output is in the log group above.' });
    }
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(46466);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(38522);
// EXTERNAL MODULE: ./node_modules/tar-stream/index.js
var tar_stream = __webpack_require__(56118);
// EXTERNAL MODULE: ./node_modules/yazl/index.js
var yazl = __webpack_require__(93044);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./packages/artifacts/src/hash.ts



/** A pass-through stream that hashes and counts what flows through it. */
class DigestStream extends external_node_stream_.Transform {
    hashes;
    size = 0;
    constructor(algorithms) {
        super();
        this.hashes = unique(algorithms).map((name) => [name, (0,external_node_crypto_.createHash)(name)]);
    }
    _transform(chunk, _encoding, callback) {
        for (const [, hash] of this.hashes)
            hash.update(chunk);
        this.size += chunk.length;
        callback(null, chunk);
    }
    /** Only once the stream has ended. */
    digests() {
        return toDigests(this.size, this.hashes);
    }
}
function unique(algorithms) {
    return [...new Set(['sha256', ...algorithms])];
}
function toDigests(size, hashes) {
    const result = { size, sha256: '' };
    for (const [name, hash] of hashes)
        result[name] = hash.digest('hex');
    return result;
}
/** 4 MiB: large enough that the hash, not the system calls, sets the pace. */
const BLOCK = 4 * 1024 * 1024;
/** Hashes a file by reading it block by block into one reused buffer. */
async function hashFile(path, algorithms = ['sha256']) {
    const hashes = unique(algorithms).map((name) => [name, (0,external_node_crypto_.createHash)(name)]);
    const handle = await (0,promises_.open)(path, 'r');
    const buffer = Buffer.allocUnsafe(BLOCK);
    let size = 0;
    try {
        for (;;) {
            const { bytesRead } = await handle.read(buffer, 0, BLOCK, null);
            if (bytesRead === 0)
                break;
            const view = buffer.subarray(0, bytesRead);
            for (const [, hash] of hashes)
                hash.update(view);
            size += bytesRead;
        }
    }
    finally {
        await handle.close();
    }
    return toDigests(size, hashes);
}

;// CONCATENATED MODULE: ./packages/artifacts/src/archive.ts







const READ_BLOCK = 1024 * 1024;
/** Unix, whatever platform wrote the file (zlib writes the host's code). */
const GZIP_OS_UNIX = 3;
const GZIP_OS_OFFSET = 9;
/** Sets byte 9 of the gzip stream (the OS that wrote it) to a fixed value. */
class FixGzipOsByte extends external_node_stream_.Transform {
    position = 0;
    _transform(chunk, _encoding, callback) {
        if (this.position <= GZIP_OS_OFFSET && GZIP_OS_OFFSET < this.position + chunk.length) {
            chunk[GZIP_OS_OFFSET - this.position] = GZIP_OS_UNIX;
        }
        this.position += chunk.length;
        callback(null, chunk);
    }
}
/** Waits for `work`, but gives up as soon as the archive's own pipeline fails (a full disk, say). */
function alongside(work, output) {
    return Promise.race([work, output.then(() => Promise.reject(new Error('the archive stream ended early')))]);
}
async function writeTarGz(entries, destination, options) {
    const pack = (0,tar_stream.pack)();
    const digest = new DigestStream(options.algorithms ?? ['sha256']);
    const gzip = (0,external_node_zlib_.createGzip)({
        level: options.level,
        chunkSize: 64 * 1024,
        strategy: external_node_zlib_.constants.Z_DEFAULT_STRATEGY,
    });
    const output = (0,external_node_stream_promises_.pipeline)(pack, gzip, new FixGzipOsByte(), digest, (0,external_node_fs_.createWriteStream)(destination));
    output.catch(() => undefined);
    const mtime = new Date(options.mtime * 1000);
    const owner = { uid: 0, gid: 0, uname: '', gname: '' };
    try {
        for (const entry of entries) {
            if (entry.type === 'directory') {
                await alongside(new Promise((resolve, reject) => {
                    pack.entry({ name: `${entry.path}/`, type: 'directory', mode: entry.mode, mtime, ...owner }, (error) => (error ? reject(error) : resolve()));
                }), output);
                continue;
            }
            if (entry.type === 'symlink') {
                await alongside(new Promise((resolve, reject) => {
                    pack.entry({
                        name: entry.path,
                        type: 'symlink',
                        linkname: entry.linkname,
                        mode: entry.mode,
                        mtime,
                        ...owner,
                    }, (error) => (error ? reject(error) : resolve()));
                }), output);
                continue;
            }
            await alongside(new Promise((resolve, reject) => {
                const header = {
                    name: entry.path,
                    type: 'file',
                    size: entry.size,
                    mode: entry.mode,
                    mtime,
                    ...owner,
                };
                const sink = pack.entry(header, (error) => (error ? reject(error) : resolve()));
                sink.on('error', reject);
                const input = (0,external_node_fs_.createReadStream)(entry.source, { highWaterMark: READ_BLOCK });
                input.on('error', (error) => {
                    sink.destroy(error);
                    reject(error);
                });
                input.pipe(sink);
            }), output);
        }
        pack.finalize();
        await output;
    }
    catch (thrown) {
        pack.destroy(thrown);
        await output.catch(() => undefined);
        throw thrown;
    }
    return digest.digests();
}
const DOS_EPOCH_MS = Date.UTC(1980, 0, 1);
/** Later than 1980-01-01 in every time zone, so yazl never swaps in its own local-time minimum. */
const NEVER_CLAMPED_MS = Date.UTC(1980, 0, 2);
/**
 * yazl fills the zip's DOS date fields from a Date's local-time getters, which
 * would make the bytes depend on the runner's time zone. This Date answers
 * those getters in UTC (the usual convention for reproducible zips), while
 * getTime() stays exact for the extended timestamp field.
 */
class DosFieldsInUtc extends Date {
    fields() {
        return new Date(Math.max(this.getTime(), DOS_EPOCH_MS));
    }
    valueOf() {
        return Math.max(this.getTime(), NEVER_CLAMPED_MS);
    }
    getFullYear() {
        return this.fields().getUTCFullYear();
    }
    getMonth() {
        return this.fields().getUTCMonth();
    }
    getDate() {
        return this.fields().getUTCDate();
    }
    getHours() {
        return this.fields().getUTCHours();
    }
    getMinutes() {
        return this.fields().getUTCMinutes();
    }
    getSeconds() {
        return this.fields().getUTCSeconds();
    }
}
const ZIP_FILE_TYPE = 0o100000;
const ZIP_DIRECTORY_TYPE = 0o40000;
/** A link in a zip (as Info-ZIP writes one): the Unix link type in the mode, the target as the stored content. */
const ZIP_SYMLINK_TYPE = 0o120000;
async function writeZip(entries, destination, options) {
    const zip = new yazl/* ZipFile */.u();
    const digest = new DigestStream(options.algorithms ?? ['sha256']);
    const mtime = new DosFieldsInUtc(options.mtime * 1000);
    let failed;
    const fail = (error) => {
        failed ??= error;
        zip.outputStream.destroy(error);
    };
    zip.on('error', fail);
    for (const entry of entries) {
        if (entry.type === 'directory') {
            zip.addEmptyDirectory(entry.path, { mtime, mode: ZIP_DIRECTORY_TYPE | entry.mode });
            continue;
        }
        if (entry.type === 'symlink') {
            zip.addBuffer(Buffer.from(entry.linkname), entry.path, {
                mtime,
                mode: ZIP_SYMLINK_TYPE | entry.mode,
                compress: false,
            });
            continue;
        }
        const read = () => {
            const input = (0,external_node_fs_.createReadStream)(entry.source, { highWaterMark: READ_BLOCK });
            input.on('error', fail);
            return input;
        };
        zip.addReadStreamLazy(entry.path, { mtime, mode: ZIP_FILE_TYPE | entry.mode, size: entry.size, compressionLevel: options.level }, (callback) => callback(null, read()));
    }
    zip.end();
    try {
        await (0,external_node_stream_promises_.pipeline)(zip.outputStream, digest, (0,external_node_fs_.createWriteStream)(destination));
    }
    catch (thrown) {
        throw failed ?? thrown;
    }
    if (failed)
        throw failed;
    return digest.digests();
}
function writeArchive(format, entries, destination, options) {
    return format === 'zip'
        ? writeZip(entries, destination, options)
        : writeTarGz(entries, destination, options);
}

// EXTERNAL MODULE: ./node_modules/minimatch/dist/esm/index.js + 7 modules
var esm = __webpack_require__(33581);
// EXTERNAL MODULE: ./packages/artifacts/src/paths.ts
var paths = __webpack_require__(711);
;// CONCATENATED MODULE: ./packages/artifacts/src/collect.ts





const MAGIC = /[*?[\]{}()!+@]/;
const GIT_DIRECTORY = '.git';
const OPTIONS = { dot: true };
async function walkContext(workspace, patterns, skip = [], options = {}) {
    const realWorkspace = await (0,promises_.realpath)(workspace);
    const skipped = new Set();
    for (const dir of skip) {
        skipped.add(dir);
        skipped.add(await (0,promises_.realpath)(dir).catch(() => dir));
    }
    const excludes = patterns.filter((p) => p.startsWith('!')).map((p) => new esm/* Minimatch */.VR(p.slice(1), OPTIONS));
    return {
        workspace,
        realWorkspace,
        skip: skipped,
        excludes,
        includeHidden: options.includeHidden ?? false,
        copyLinks: options.copyLinks ?? false,
    };
}
/** Whether a `/`-separated relative path has a part whose name starts with `.`. */
function isHiddenPath(rel) {
    return rel.split('/').some((part) => part.startsWith('.') && part !== '.' && part !== '..');
}
function workspaceRelative(context, real) {
    return (0,external_node_path_.relative)(context.realWorkspace, real).split(external_node_path_.sep).join('/');
}
/** Whether a real path lies in git metadata: a `.git` folder or file anywhere below the workspace. */
function inGitMetadata(context, real) {
    return workspaceRelative(context, real).split('/').includes(GIT_DIRECTORY);
}
function isExcluded(context, rel, isDirectory) {
    return context.excludes.some((m) => m.match(rel) || (isDirectory && m.match(`${rel}/`)));
}
function gitError(rel, target) {
    return new errors/* ReleaseError */.K2('EGITLINK', `"${rel}" is a symbolic link to ${target}, inside git's metadata, which is never packaged`, {
        hint: "actions/checkout keeps the job's token in .git/config: remove the link, or copy what the release needs out of .git into the packaged folder.",
    });
}
function hiddenError(rel, target) {
    return new errors/* ReleaseError */.K2('EHIDDEN', `"${rel}" is a symbolic link to ${target}, a hidden file or folder`, {
        hint: 'Hidden files and folders (a name starting with ".") are left out of archives; set include-hidden-files: true to package them.',
    });
}
function outsideError(rel, real, workspace) {
    return new errors/* ReleaseError */.K2('EOUTSIDE', `"${rel}" is a symbolic link to ${real}, outside the workspace`, {
        hint: `Only files inside the workspace (${workspace}) are packaged; copy what you need into it first.`,
    });
}
/**
 * What a path is once links are followed, judged by its real target: outside
 * the workspace, in git metadata, or (unless asked for) hidden, it is refused;
 * broken links and special files are refused too.
 */
async function inspect(context, path, rel) {
    let own;
    try {
        own = await (0,promises_.lstat)(path);
    }
    catch (thrown) {
        if (thrown.code === 'ENOENT' ||
            thrown.code === 'ENOTDIR') {
            return undefined;
        }
        throw thrown;
    }
    let real;
    try {
        real = await (0,promises_.realpath)(path);
    }
    catch {
        throw new errors/* ReleaseError */.K2('ELINK', `"${rel}" is a broken symbolic link`, {
            hint: 'Remove the link or make the build create its target.',
        });
    }
    if (!(0,paths/* isInside */.FK)(context.realWorkspace, real))
        throw outsideError(rel, real, context.workspace);
    if (inGitMetadata(context, real))
        throw gitError(rel, workspaceRelative(context, real));
    const link = own.isSymbolicLink();
    if (link && !context.includeHidden && isHiddenPath(workspaceRelative(context, real))) {
        throw hiddenError(rel, workspaceRelative(context, real));
    }
    const stats = link ? await (0,promises_.stat)(real) : own;
    if (!stats.isFile() && !stats.isDirectory()) {
        throw new errors/* ReleaseError */.K2('ESPECIAL', `"${rel}" is neither a file nor a directory`, {
            hint: 'Sockets, pipes and devices cannot be packaged; exclude it with a "!" pattern.',
        });
    }
    return { stats, real, link };
}
function literalPrefix(pattern) {
    const parts = pattern.split('/');
    const literal = [];
    for (const part of parts) {
        if (MAGIC.test(part))
            break;
        literal.push(part);
    }
    return literal.join('/');
}
async function listDirectory(path) {
    const entries = await (0,promises_.readdir)(path, { withFileTypes: true });
    return entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}
/** Searches one pattern; directory links inside the workspace are followed, ones leading out are not searched. */
async function search(context, pattern, found) {
    const matcher = new esm/* Minimatch */.VR(pattern, OPTIONS);
    const prefix = literalPrefix(pattern);
    const start = (0,external_node_path_.join)(context.workspace, prefix);
    if (!context.includeHidden && isHiddenPath(prefix))
        return false;
    const info = await inspect(context, start, prefix || '.');
    if (!info)
        return false;
    if (prefix === pattern) {
        const skipped = context.skip.has(start) || prefix.split('/').includes(GIT_DIRECTORY);
        if (skipped || isExcluded(context, prefix, info.stats.isDirectory()))
            return false;
        found.set(prefix, { rel: prefix, path: start, isDirectory: info.stats.isDirectory() });
        return true;
    }
    if (!info.stats.isDirectory())
        return false;
    let matched = false;
    const visit = async (dir, relDir, ancestors) => {
        for (const entry of await listDirectory(dir)) {
            const path = (0,external_node_path_.join)(dir, entry.name);
            const rel = relDir ? `${relDir}/${entry.name}` : entry.name;
            if (entry.name === GIT_DIRECTORY || context.skip.has(path))
                continue;
            if (!context.includeHidden && entry.name.startsWith('.'))
                continue;
            if (matcher.match(rel)) {
                const target = await inspect(context, path, rel);
                if (!target || context.skip.has(target.real))
                    continue;
                const isDirectory = target.stats.isDirectory();
                if (isExcluded(context, rel, isDirectory))
                    continue;
                found.set(rel, { rel, path, isDirectory });
                matched = true;
                continue;
            }
            if (!matcher.match(rel, true))
                continue;
            if (entry.isDirectory()) {
                await visit(path, rel, ancestors);
            }
            else if (entry.isSymbolicLink()) {
                const real = await (0,promises_.realpath)(path).catch(() => undefined);
                if (!real ||
                    !(0,paths/* isInside */.FK)(context.realWorkspace, real) ||
                    inGitMetadata(context, real) ||
                    ancestors.has(real) ||
                    context.skip.has(real))
                    continue;
                if (!(await (0,promises_.stat)(real)).isDirectory())
                    continue;
                await visit(path, rel, new Set([...ancestors, real]));
            }
        }
    };
    await visit(start, prefix, new Set([info.real]));
    return matched;
}
/**
 * Every path the patterns match, keeping only the outermost (a matched
 * directory already brings what is below it), sorted. Patterns that match
 * nothing are all reported in one error.
 */
async function findMatches(context, patterns) {
    const found = new Map();
    const unmatched = [];
    for (const pattern of patterns.filter((p) => !p.startsWith('!'))) {
        if (!(await search(context, pattern, found)))
            unmatched.push(pattern);
    }
    if (unmatched.length > 0) {
        const hidden = context.includeHidden
            ? ''
            : ' Hidden files and folders (a name starting with ".") are left out unless include-hidden-files is true.';
        throw new errors/* ReleaseError */.K2('ENOMATCH', `No files match ${unmatched.map((p) => `"${p}"`).join(', ')}`, {
            hint: `Patterns are relative to the workspace (${context.workspace}); check the build wrote its output there.${hidden}`,
            details: { unmatched },
        });
    }
    return [...found.keys()]
        .sort()
        .filter((rel) => !ancestorsOf(rel).some((ancestor) => found.has(ancestor)))
        .map((rel) => found.get(rel));
}
/** `a/b/c` → `a`, `a/b`. */
function ancestorsOf(rel) {
    const parts = rel.split('/');
    return parts.slice(0, -1).map((_, index) => parts.slice(0, index + 1).join('/'));
}

;// CONCATENATED MODULE: ./packages/artifacts/src/entries.ts





const FILE_MODE = 0o644;
const EXECUTABLE_MODE = 0o755;
const DIRECTORY_MODE = 0o755;
const SYMLINK_MODE = 0o777;
/** Byte order of the UTF-8 names: the same on every machine and locale. */
function compareEntryPaths(a, b) {
    return Buffer.compare(Buffer.from(a), Buffer.from(b));
}
function directory(path) {
    return { path, type: 'directory', mode: DIRECTORY_MODE, size: 0 };
}
/**
 * The directory the archive paths are relative to, when none is given: a
 * single matched directory's own contents, otherwise the deepest directory
 * holding every match (as actions/upload-artifact does).
 */
function commonBase(matches) {
    const dirs = matches.map((m) => (m.isDirectory ? m.path : (0,external_node_path_.dirname)(m.path)));
    let base = dirs[0];
    for (const dir of dirs.slice(1)) {
        while (!(0,paths/* isInside */.FK)(base, dir))
            base = (0,external_node_path_.dirname)(base);
    }
    return base;
}
/** The entries gathered so far: what is stored as itself, and the links still to settle. */
class Expansion {
    context;
    entries = new Map();
    /** Real path → archive path of what is stored as itself (not through a link). */
    stored = new Map();
    links = [];
    constructor(context) {
        this.context = context;
    }
    /** One matched file or folder, with the folders between the base and it. */
    async addMatch(match, base) {
        const archivePath = archivePathOf(match, base);
        const info = await inspect(this.context, match.path, match.rel);
        if (!info)
            return;
        if (archivePath)
            this.addParents(archivePath);
        const asLink = info.link && !this.context.copyLinks && (archivePath !== '' || !match.isDirectory);
        if (asLink) {
            this.links.push({
                rel: match.rel,
                archivePath,
                real: info.real,
                isDirectory: match.isDirectory,
                ancestors: new Set(),
            });
            return;
        }
        if (!match.isDirectory) {
            this.addFile(archivePath, info.stats.size, info.stats.mode, info.real);
            return;
        }
        if (archivePath)
            this.entries.set(archivePath, directory(archivePath));
        this.stored.set(info.real, archivePath);
        await this.walk(match.path, match.rel, archivePath, new Set([info.real]));
    }
    /** Links last, once everything stored as itself is known; copying a folder may meet more links. */
    async settleLinks() {
        while (this.links.length > 0) {
            for (const link of this.links.splice(0)) {
                const target = this.stored.get(link.real);
                if (target !== undefined) {
                    this.entries.set(link.archivePath, symlink(link.archivePath, target));
                    continue;
                }
                const stats = await (0,promises_.stat)(link.real);
                await this.store({ ...link, size: stats.size, mode: stats.mode });
            }
        }
    }
    addParents(path) {
        for (const parent of ancestorsOf(path)) {
            if (!this.entries.has(parent))
                this.entries.set(parent, directory(parent));
        }
    }
    addFile(path, size, mode, source) {
        const fileMode = mode & 0o111 ? EXECUTABLE_MODE : FILE_MODE;
        this.entries.set(path, { path, type: 'file', mode: fileMode, size, source });
        this.stored.set(source, path);
    }
    async walk(dir, rel, archivePath, ancestors) {
        const context = this.context;
        for (const child of await (0,promises_.readdir)(dir, { withFileTypes: true })) {
            const path = (0,external_node_path_.join)(dir, child.name);
            const childRel = `${rel}/${child.name}`;
            const childArchive = archivePath ? `${archivePath}/${child.name}` : child.name;
            if (child.name === GIT_DIRECTORY || context.skip.has(path))
                continue;
            if (!context.includeHidden && child.name.startsWith('.'))
                continue;
            const info = await inspect(context, path, childRel);
            if (!info || context.skip.has(info.real))
                continue;
            const isDirectory = info.stats.isDirectory();
            if (isExcluded(context, childRel, isDirectory))
                continue;
            const found = { rel: childRel, archivePath: childArchive, real: info.real, isDirectory, ancestors };
            if (info.link && !context.copyLinks)
                this.links.push(found);
            else
                await this.store({ ...found, size: info.stats.size, mode: info.stats.mode, path });
        }
    }
    /** Stores a file's bytes, or a folder and everything below it, under its archive path. */
    async store(found) {
        if (!found.isDirectory) {
            this.addFile(found.archivePath, found.size, found.mode, found.real);
            return;
        }
        if (found.ancestors.has(found.real)) {
            throw new errors/* ReleaseError */.K2('ELOOP', `"${found.rel}" is a symbolic link to one of its own parent directories`, {
                hint: 'Exclude it with a "!" pattern.',
            });
        }
        this.entries.set(found.archivePath, directory(found.archivePath));
        this.stored.set(found.real, found.archivePath);
        await this.walk(found.path ?? found.real, found.rel, found.archivePath, new Set([...found.ancestors, found.real]));
    }
}
/** The match's path inside the archive; refused when it is outside the base, or is the base but a file. */
function archivePathOf(match, base) {
    if (!(0,paths/* isInside */.FK)(base, match.path)) {
        throw new errors/* ReleaseError */.K2('EOUTSIDEBASE', `"${match.rel}" is not inside the base directory`, {
            hint: 'Archive paths are relative to base-directory; widen it or narrow the files patterns.',
        });
    }
    const archivePath = (0,paths/* toPosix */.d7)((0,external_node_path_.relative)(base, match.path));
    if (!archivePath && !match.isDirectory) {
        throw new errors/* ReleaseError */.K2('EOUTSIDEBASE', `"${match.rel}" is the base directory itself, but a file`, {
            hint: 'base-directory must be a directory that holds the files.',
        });
    }
    return archivePath;
}
/**
 * Every file and directory below `base` that the matches bring, sorted by
 * name, with the directories between `base` and each match added so modes
 * are the same whatever extracts them. A symbolic link whose target is itself
 * in the archive stays a link (relative, so it works wherever the archive is
 * unpacked), unless `copyLinks`; any other link that passed the checks of
 * `inspect` (inside the workspace, not in git metadata, not hidden) is stored
 * as a copy of its target.
 */
async function expandMatches(context, matches, base) {
    const expansion = new Expansion(context);
    for (const match of matches)
        await expansion.addMatch(match, base);
    await expansion.settleLinks();
    return [...expansion.entries.values()].sort((a, b) => compareEntryPaths(a.path, b.path));
}
function symlink(path, target) {
    const linkname = external_node_path_.posix.relative(external_node_path_.posix.dirname(path), target) || '.';
    return { path, type: 'symlink', mode: SYMLINK_MODE, size: 0, linkname };
}
/** Puts every entry under one top directory (`app-1.4.0-linux/…`). */
function wrapEntries(entries, top) {
    return [directory(top), ...entries.map((entry) => ({ ...entry, path: `${top}/${entry.path}` }))];
}

// EXTERNAL MODULE: ./packages/artifacts/src/names.ts
var names = __webpack_require__(21759);
;// CONCATENATED MODULE: ./packages/artifacts/src/package.ts






function artifactGroups(matches, options) {
    if (!options.split)
        return [{ stem: options.name, matches }];
    return matches.map((match) => ({
        stem: (0,names/* safeStem */.JS)((0,names/* stemOf */.Vc)((0,external_node_path_.basename)(match.path), match.isDirectory)),
        matches: [match],
    }));
}
async function planArtifacts(options) {
    const context = await walkContext(options.workspace, options.patterns, options.skip, {
        includeHidden: options.includeHidden,
        copyLinks: options.copyLinks,
    });
    const matches = await findMatches(context, options.patterns);
    const planned = [];
    for (const group of artifactGroups(matches, options)) {
        const base = options.baseDirectory ?? commonBase(group.matches);
        const entries = await expandMatches(context, group.matches, base);
        const from = group.matches.map((m) => m.rel);
        if (!entries.some((entry) => entry.type === 'file')) {
            throw new errors/* ReleaseError */.K2('ENOMATCH', `${from.map((rel) => `"${rel}"`).join(', ')} holds no files to package`, {
                hint: 'The patterns matched only empty directories, or "!" patterns excluded everything below them.',
            });
        }
        for (const format of options.formats) {
            const name = (0,names/* artifactFileName */.UA)(group.stem, options.version, options.platform, format);
            const top = name.slice(0, -(format.length + 1));
            const contents = options.wrap ? wrapEntries(entries, top) : entries;
            planned.push({ name, format, platform: options.platform ?? null, entries: contents, from });
        }
    }
    rejectDuplicateNames(planned);
    return planned;
}
function rejectDuplicateNames(planned) {
    const byName = new Map();
    for (const artifact of planned)
        byName.set(artifact.name, [...(byName.get(artifact.name) ?? []), artifact]);
    const clashes = [...byName.entries()].filter(([, list]) => list.length > 1);
    if (clashes.length === 0)
        return;
    const lines = clashes.map(([name, list]) => `"${name}" from ${list.map((a) => a.from.map((rel) => `"${rel}"`).join(' + ')).join(' and ')}`);
    throw new errors/* ReleaseError */.K2('EDUPLICATE', `Two artifacts would have the same name:\n${lines.join('\n')}`, {
        hint: 'Rename one of the paths, or package them together (split: false).',
    });
}
/** Writes each planned archive into the staging folder, hashing it on the way. */
async function writePlannedArtifacts(planned, staging, options) {
    const records = [];
    for (const artifact of planned) {
        const digests = await writeArchive(artifact.format, artifact.entries, staging.path(artifact.name), options);
        const record = {
            name: artifact.name,
            path: artifact.name,
            format: artifact.format,
            platform: artifact.platform,
            size: digests.size,
            sha256: digests.sha256,
            ...(digests.sha512 ? { sha512: digests.sha512 } : {}),
            entries: artifact.entries.filter((entry) => entry.type === 'file').length,
        };
        records.push(record);
        options.onArtifact?.(record);
    }
    return records;
}

;// CONCATENATED MODULE: ./schema/artifacts-manifest.schema.json
const artifacts_manifest_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://release-actions.dev/schema/artifacts-manifest.schema.json","title":"build-artifacts manifest (artifacts.json)","description":"What a build-artifacts run produced: the release it belongs to, and every artifact with its size and digests. A matrix leg writes one for its own platform; merge mode reads those and writes one for the whole release.","type":"object","additionalProperties":false,"required":["schemaVersion","name","version","commit","sourceDateEpoch","buildTime","platforms","checksums","artifacts"],"properties":{"$schema":{"type":"string"},"schemaVersion":{"const":1,"description":"Version of this format."},"name":{"$ref":"#/$defs/safeName","description":"Project name the artifacts are named after."},"version":{"$ref":"#/$defs/safeName","description":"The release version."},"commit":{"description":"The commit that was built: the checked-out HEAD the archives were made from, or null when it could not be told.","oneOf":[{"type":"string","pattern":"^[0-9a-f]{40}([0-9a-f]{24})?$"},{"type":"null"}]},"workflowCommit":{"description":"The commit the workflow run was started for (GITHUB_SHA), whose workflow file ran. It differs from commit when the job builds another commit, such as a release commit made earlier in the run.","oneOf":[{"type":"string","pattern":"^[0-9a-f]{40}([0-9a-f]{24})?$"},{"type":"null"}]},"repository":{"type":"string","description":"owner/name of the repository."},"runUrl":{"type":"string","description":"The workflow run that produced the files."},"sourceDateEpoch":{"type":"integer","minimum":0,"description":"Seconds since 1970: the modification time of every archive entry (SOURCE_DATE_EPOCH or the commit time)."},"buildTime":{"type":"string","format":"date-time","description":"When this manifest was written (UTC)."},"platforms":{"type":"array","items":{"$ref":"#/$defs/safeName"},"uniqueItems":true,"description":"Platform labels of the artifacts, sorted."},"checksums":{"type":"object","additionalProperties":false,"required":["sha256"],"description":"Checksum files next to this manifest, in the format sha256sum -c and sha512sum -c read.","properties":{"sha256":{"const":"SHA256SUMS"},"sha512":{"const":"SHA512SUMS"}}},"signatures":{"type":"array","description":"Detached signatures of the checksum files.","items":{"type":"object","additionalProperties":false,"required":["file","signs","tool"],"properties":{"file":{"$ref":"#/$defs/fileName"},"signs":{"enum":["SHA256SUMS","SHA512SUMS"]},"tool":{"enum":["gpg","minisign","cosign"]},"keyId":{"type":"string","description":"Fingerprint of the signing key, when the tool reports it."}}}},"provenance":{"$ref":"#/$defs/fileName","description":"The in-toto Statement (SLSA provenance v1) for the artifacts."},"attestation":{"type":"object","additionalProperties":false,"properties":{"id":{"type":"string"},"url":{"type":"string"}},"description":"The GitHub artifact attestation of the provenance, when one was made."},"artifacts":{"type":"array","items":{"$ref":"#/$defs/artifact"},"description":"Every artifact, sorted by name."}},"$defs":{"safeName":{"type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9._+-]*$","maxLength":200},"fileName":{"type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9._+-]*$","maxLength":255},"artifact":{"type":"object","additionalProperties":false,"required":["name","path","format","platform","size","sha256","entries"],"properties":{"name":{"$ref":"#/$defs/fileName","description":"File name, as listed in SHA256SUMS."},"path":{"$ref":"#/$defs/fileName","description":"Path of the file relative to this manifest."},"format":{"enum":["tar.gz","zip"]},"platform":{"description":"The platform label of the build that made it, or null.","oneOf":[{"$ref":"#/$defs/safeName"},{"type":"null"}]},"size":{"type":"integer","minimum":0,"description":"Size in bytes."},"sha256":{"type":"string","pattern":"^[0-9a-f]{64}$"},"sha512":{"type":"string","pattern":"^[0-9a-f]{128}$"},"entries":{"type":"integer","minimum":0,"description":"Number of files in the archive."}}}}}');
;// CONCATENATED MODULE: ./packages/artifacts/src/manifest.ts



/** `artifacts.json`: the machine-readable record of a run, described by schema/artifacts-manifest.schema.json. */
const MANIFEST_FILE = 'artifacts.json';
const MANIFEST_SCHEMA_ID = artifacts_manifest_schema_namespaceObject.$id;
let validator;
async function compile() {
    if (validator)
        return validator;
    // Both are CommonJS whose module.exports carries itself as `.default`, under node and ncc alike.
    const [ajvModule, formatsModule] = await Promise.all([Promise.all(/* import() */[__webpack_require__.e(457), __webpack_require__.e(210)]).then(__webpack_require__.t.bind(__webpack_require__, 52210, 23)), Promise.all(/* import() */[__webpack_require__.e(457), __webpack_require__.e(196)]).then(__webpack_require__.t.bind(__webpack_require__, 82815, 23))]);
    const Ajv2020 = ajvModule.default.default;
    const addFormats = formatsModule.default.default;
    const ajv = new Ajv2020({ allErrors: true, strict: true });
    addFormats(ajv);
    validator = ajv.compile(artifacts_manifest_schema_namespaceObject);
    return validator;
}
/** Problems with a manifest, as `path: message` lines; empty when it is valid. */
async function manifestProblems(data) {
    const check = await compile();
    if (check(data))
        return [];
    return (check.errors ?? []).map((problem) => `${problem.instancePath || '(root)'} ${problem.message ?? 'is invalid'}`);
}
async function readManifest(path) {
    let data;
    try {
        data = JSON.parse(await (0,promises_.readFile)(path, 'utf8'));
    }
    catch (thrown) {
        const missing = thrown.code === 'ENOENT';
        throw new errors/* ReleaseError */.K2('EMANIFEST', missing ? `${path} is missing` : `${path} is not valid JSON`, {
            hint: 'Each merged folder must hold the artifacts.json a build-artifacts leg wrote, next to its archives.',
        });
    }
    const problems = await manifestProblems(data);
    if (problems.length > 0) {
        throw new errors/* ReleaseError */.K2('EMANIFEST', `${path} does not match the manifest schema:\n${problems.join('\n')}`, {
            hint: `The schema is ${MANIFEST_SCHEMA_ID}.`,
        });
    }
    return data;
}
function formatManifest(manifest) {
    return JSON.stringify({ $schema: MANIFEST_SCHEMA_ID, ...manifest }, null, 2) + '\n';
}

;// CONCATENATED MODULE: ./packages/artifacts/src/merge.ts






async function readLegs(workspace, patterns, skip) {
    // Legs are folders this action wrote; what of them is used is named by their manifests.
    const context = await walkContext(workspace, patterns, skip, { includeHidden: true });
    const matches = await findMatches(context, patterns);
    const folders = matches.filter((match) => match.isDirectory);
    if (folders.length === 0) {
        throw new errors/* ReleaseError */.K2('ENOMATCH', `merge-from matched no folders (${matches.map((m) => `"${m.rel}"`).join(', ')})`, {
            hint: 'Point merge-from at the folders the legs were downloaded into, such as legs/*.',
        });
    }
    const legs = [];
    for (const folder of folders) {
        legs.push({
            rel: folder.rel,
            directory: folder.path,
            manifest: await readManifest((0,external_node_path_.join)(folder.path, MANIFEST_FILE)),
        });
    }
    return legs;
}
function requireOneValue(legs, pick, what, code) {
    const values = new Map();
    for (const leg of legs)
        values.set(pick(leg.manifest), [...(values.get(pick(leg.manifest)) ?? []), leg.rel]);
    if (values.size > 1) {
        const lines = [...values.entries()].map(([value, rels]) => `${value ?? '(none)'}: ${rels.join(', ')}`);
        throw new errors/* ReleaseError */.K2(code, `The legs were built for different ${what}s:\n${lines.join('\n')}`, {
            hint: 'Merge only the legs of one workflow run; a stale download folder is the usual cause.',
        });
    }
    return [...values.keys()][0] ?? null;
}
/** Checks the legs agree, then links (or copies) each artifact into the staging folder and verifies its bytes. */
async function mergeLegs(legs, staging, algorithms) {
    const version = requireOneValue(legs, (m) => m.version, 'version', 'EMERGEVERSION');
    const commit = requireOneValue(legs, (m) => m.commit, 'commit', 'EMERGECOMMIT');
    const byName = new Map();
    for (const leg of legs) {
        for (const record of leg.manifest.artifacts) {
            if (!record.name.endsWith(`.${record.format}`) || record.path !== record.name) {
                throw new errors/* ReleaseError */.K2('EMANIFEST', `${leg.rel}/${MANIFEST_FILE}: artifact "${record.name}" has an unexpected name or path`);
            }
            byName.set(record.name, [...(byName.get(record.name) ?? []), { leg, record }]);
        }
    }
    const conflicts = [...byName.entries()].filter(([, list]) => new Set(list.map((c) => c.record.sha256)).size > 1);
    if (conflicts.length > 0) {
        const lines = conflicts.map(([name, list]) => `"${name}": ${list.map((c) => `${c.leg.rel} (sha256 ${c.record.sha256.slice(0, 12)}…)`).join(' vs ')}`);
        throw new errors/* ReleaseError */.K2('EMERGECONFLICT', `Two legs made an artifact of the same name with different contents:\n${lines.join('\n')}`, {
            hint: 'Give each leg its own platform label so the names differ.',
        });
    }
    const artifacts = [];
    for (const [name, [first]] of [...byName.entries()].sort(([a], [b]) => (a < b ? -1 : 1))) {
        const { leg, record } = first;
        const source = (0,external_node_path_.join)(leg.directory, record.path);
        const staged = staging.path(name);
        try {
            // A hard link is instant and costs no space; copy when the folders are on different file systems.
            await (0,promises_.link)(source, staged).catch(() => (0,promises_.copyFile)(source, staged));
        }
        catch {
            throw new errors/* ReleaseError */.K2('EMANIFEST', `${leg.rel}/${MANIFEST_FILE} lists "${name}", but ${leg.rel}/${record.path} is missing`, {
                hint: 'Download the whole artifact of each leg, not just its manifest.',
            });
        }
        const digests = await hashFile(staged, algorithms);
        const sha512Differs = record.sha512 !== undefined && digests.sha512 !== undefined && digests.sha512 !== record.sha512;
        if (digests.sha256 !== record.sha256 || digests.size !== record.size || sha512Differs) {
            throw new errors/* ReleaseError */.K2('ECORRUPT', `${leg.rel}/${name} does not match its manifest (sha256 ${digests.sha256}, expected ${record.sha256})`, {
                hint: 'The download is incomplete or was changed after the leg built it; re-run the leg.',
            });
        }
        const { sha512: _unverified, ...kept } = record;
        artifacts.push({
            ...kept,
            size: digests.size,
            sha256: digests.sha256,
            ...(digests.sha512 ? { sha512: digests.sha512 } : {}),
        });
    }
    return {
        artifacts,
        version,
        names: [...new Set(legs.map((leg) => leg.manifest.name))],
        commit,
        sourceDateEpoch: Math.max(...legs.map((leg) => leg.manifest.sourceDateEpoch)),
    };
}

;// CONCATENATED MODULE: ./packages/artifacts/src/staging.ts




/**
 * Nothing is ever half-written: every output is first made in a hidden
 * staging folder inside the output directory (same file system, so the move
 * is an atomic rename), and only once all of them exist are they moved into
 * place. A file already there with the same bytes is kept as it is, so a
 * re-run changes nothing it does not have to. On failure the staging folder
 * goes, and so does the output directory if this run created it.
 */
const PREFIX = '.build-artifacts-';
class Staging {
    outputDirectory;
    root;
    created;
    constructor(outputDirectory, root, created) {
        this.outputDirectory = outputDirectory;
        this.root = root;
        this.created = created;
    }
    static async open(outputDirectory) {
        const created = await (0,promises_.mkdir)(outputDirectory, { recursive: true });
        // A folder left by a run that was killed before it could clean up.
        for (const entry of await (0,promises_.readdir)(outputDirectory)) {
            if (entry.startsWith(PREFIX))
                await (0,promises_.rm)((0,external_node_path_.join)(outputDirectory, entry), { recursive: true, force: true });
        }
        const root = await (0,promises_.mkdtemp)((0,external_node_path_.join)(outputDirectory, PREFIX));
        return new Staging(outputDirectory, root, created);
    }
    path(name) {
        return (0,external_node_path_.join)(this.root, name);
    }
    finalPath(name) {
        return (0,external_node_path_.join)(this.outputDirectory, name);
    }
    async writeText(name, text) {
        const path = this.path(name);
        await (0,promises_.writeFile)(path, text);
        return path;
    }
    /** Moves the staged files into place in the given order; identical existing files are kept. */
    async commit(names) {
        const result = { written: [], kept: [] };
        for (const name of names) {
            const staged = this.path(name);
            const final = this.finalPath(name);
            if (await sameContent(staged, final)) {
                await (0,promises_.unlink)(staged);
                result.kept.push(name);
            }
            else {
                await (0,promises_.rename)(staged, final);
                result.written.push(name);
            }
        }
        await (0,promises_.rm)(this.root, { recursive: true, force: true });
        return result;
    }
    /**
     * Removes what this run staged, and the output directory if this run made it
     * and it is empty. Synchronous, so a signal handler can call it on the way out.
     */
    discardNow() {
        (0,external_node_fs_.rmSync)(this.root, { recursive: true, force: true });
        for (let current = this.outputDirectory; this.created && current.length >= this.created.length;) {
            try {
                (0,external_node_fs_.rmdirSync)(current);
            }
            catch {
                return;
            }
            current = (0,external_node_path_.dirname)(current);
        }
    }
    /** Removes everything this run staged (and the output directory, if this run made it and it is empty). */
    async discard() {
        this.discardNow();
    }
}
async function sameContent(a, b) {
    const [left, right] = await Promise.all([(0,promises_.stat)(a), (0,promises_.stat)(b).catch(() => undefined)]);
    if (!right || !right.isFile() || left.size !== right.size)
        return false;
    const [x, y] = await Promise.all([hashFile(a), hashFile(b)]);
    return x.sha256 === y.sha256;
}

;// CONCATENATED MODULE: ./packages/artifacts/src/checksums.ts
/**
 * Checksum files in the format `sha256sum -c` reads: the hex digest, two
 * spaces (text mode, which on every platform GNU coreutils treats the same
 * as binary), the file name, a line feed; sorted by name.
 */
const CHECKSUM_FILES = { sha256: 'SHA256SUMS', sha512: 'SHA512SUMS' };
function formatChecksums(items, algorithm) {
    return [...items]
        .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
        .map((item) => {
        const digest = item[algorithm];
        if (!digest)
            throw new Error(`no ${algorithm} digest for ${item.name}`);
        // Names are restricted to a safe set, so none needs coreutils' backslash escaping.
        if (/[\\\n\r]/.test(item.name))
            throw new Error(`cannot list "${item.name}" in a checksum file`);
        return `${digest}  ${item.name}\n`;
    })
        .join('');
}
/** Reads `<digest>  <name>` and `<digest> *<name>` lines back (for verifying in tests and merges). */
function parseChecksums(text) {
    const result = new Map();
    for (const line of text.split('\n')) {
        const match = /^([0-9a-f]{64}|[0-9a-f]{128}) [ *](.+)$/.exec(line);
        if (match)
            result.set(match[2], match[1]);
    }
    return result;
}

;// CONCATENATED MODULE: ./packages/artifacts/src/provenance.ts
/**
 * An in-toto Statement v1 whose predicate is SLSA Provenance v1 with the
 * GitHub Actions workflow build type, the same shape @actions/attest builds
 * from the job's OIDC claims, here built from the run's facts (the kit's run
 * context, read from the runner's variables) so it can be written without an id token.
 * https://slsa.dev/spec/v1.0/provenance · https://github.com/in-toto/attestation/tree/main/spec/v1
 */
const STATEMENT_TYPE = 'https://in-toto.io/Statement/v1';
const SLSA_PROVENANCE_V1 = 'https://slsa.dev/provenance/v1';
const GITHUB_WORKFLOW_BUILD_TYPE = 'https://actions.github.io/buildtypes/workflow/v1';
/**
 * Two commits can be at play, and both are recorded, each named: the workflow's
 * (GITHUB_SHA, whose workflow file ran: the build type's first dependency) and
 * the source's (the checkout's HEAD, what the archives were made from), which
 * differ when a job builds a commit made earlier in the run (a release commit).
 */
function slsaPredicate(run, startedOn, builtCommit) {
    const server = run.serverUrl.replace(/\/$/, '');
    const { repository, ref, workflowRef } = run;
    // owner/repo/.github/workflows/release.yml@refs/heads/main → .github/workflows/release.yml
    const workflowPath = workflowRef.replace(`${repository}/`, '').split('@')[0] ?? '';
    const internal = {};
    const facts = [
        ['event_name', run.eventName],
        ['repository_id', run.repositoryId],
        ['repository_owner_id', run.repositoryOwnerId],
        ['runner_environment', run.runnerEnvironment],
    ];
    for (const [key, value] of facts)
        if (value)
            internal[key] = value;
    const runId = run.runId;
    const attempt = run.runAttempt || '1';
    return {
        buildDefinition: {
            buildType: GITHUB_WORKFLOW_BUILD_TYPE,
            externalParameters: { workflow: { ref, repository: `${server}/${repository}`, path: workflowPath } },
            internalParameters: { github: internal },
            resolvedDependencies: [
                {
                    uri: `git+${server}/${repository}@${ref}`,
                    digest: { gitCommit: run.sha },
                    name: 'workflow',
                    annotations: {
                        role: 'the commit the workflow run was started for (GITHUB_SHA); its workflow file ran',
                    },
                },
                ...(builtCommit
                    ? [
                        {
                            uri: `git+${server}/${repository}@${builtCommit}`,
                            digest: { gitCommit: builtCommit },
                            name: 'source',
                            annotations: {
                                role: builtCommit === run.sha
                                    ? 'the commit the artifacts were built from (the checkout HEAD), the same as the workflow commit'
                                    : 'the commit the artifacts were built from (the checkout HEAD), not the workflow commit',
                            },
                        },
                    ]
                    : []),
            ],
        },
        runDetails: {
            builder: { id: workflowRef ? `${server}/${workflowRef}` : `${server}/${repository}` },
            metadata: {
                invocationId: `${server}/${repository}/actions/runs/${runId}/attempts/${attempt}`,
                ...(startedOn ? { startedOn: startedOn.toISOString() } : {}),
            },
        },
    };
}
function provenanceStatement(subjects, run, startedOn, builtCommit) {
    return {
        _type: STATEMENT_TYPE,
        subject: [...subjects].sort((a, b) => (a.name < b.name ? -1 : 1)),
        predicateType: SLSA_PROVENANCE_V1,
        predicate: slsaPredicate(run, startedOn, builtCommit),
    };
}

;// CONCATENATED MODULE: ./packages/artifacts/src/sign.ts



/**
 * Detached signatures of the checksum files, made by the tool the user
 * chose. The private key only ever exists in a private temp folder (mode
 * 0700, files 0600) or on the tool's stdin or environment; the folder is
 * removed whatever happens, no command line carries it, and the tools run
 * silently so nothing they print about the key reaches the log.
 */

const SIGNATURE_EXTENSION = {
    gpg: '.asc',
    minisign: '.minisig',
    cosign: '.sig',
};
/** Keys stored base64-encoded are decoded; armored, PEM and minisign text keys are used as they are. */
function decodeKey(key) {
    const text = key.trim();
    if (/-----BEGIN |untrusted comment:/.test(text))
        return Buffer.from(text + '\n');
    const compact = text.replace(/\s+/g, '');
    if (/^[A-Za-z0-9+/]+={0,2}$/.test(compact) && compact.length % 4 === 0)
        return Buffer.from(compact, 'base64');
    return Buffer.from(text + '\n');
}
async function run(processes, tool, args, options) {
    const result = await processes.run(tool, args, {
        env: options.env,
        // Only tools that read stdin get it: writing to one that has already exited fails with EPIPE.
        input: options.input,
        silent: true,
        capture: true,
    });
    if (result.exitCode === 0)
        return result.stdout;
    let detail = (result.stderr || result.stdout).trim().split('\n').slice(-8).join('\n');
    for (const secret of options.secrets)
        if (secret)
            detail = detail.split(secret).join('***');
    throw new errors/* ReleaseError */.K2('ESIGN', `${(0,external_node_path_.basename)(tool)} ${args[0]} failed with exit code ${result.exitCode}${detail ? `:\n${detail}` : ''}`, {
        hint: 'Check that signing-key holds the private key and signing-passphrase its passphrase.',
    });
}
async function privateFolder(tempRoot, prefix) {
    const folder = await (0,promises_.mkdtemp)((0,external_node_path_.join)(tempRoot, prefix));
    await (0,promises_.chmod)(folder, 0o700);
    return folder;
}
async function privateFile(folder, name, content) {
    const path = (0,external_node_path_.join)(folder, name);
    await (0,promises_.writeFile)(path, content, { mode: 0o600 });
    return path;
}
async function requireTool(signer, processes) {
    const path = await processes.which(signer);
    if (!path) {
        throw new errors/* ReleaseError */.K2('ESIGN', `sign is "${signer}", but ${signer} is not installed on this runner`, {
            hint: `Install ${signer} in an earlier step, or choose another signer.`,
        });
    }
    return path;
}
/** gpg in a throwaway GNUPGHOME: import, sign, stop its agent, delete it all. */
async function gpgSession(options, tool) {
    const home = await privateFolder(options.tempRoot, 'gnupg-');
    const env = { ...options.env, GNUPGHOME: home };
    const secrets = [options.key, options.passphrase ?? ''];
    const close = async () => {
        await options.processes.run('gpgconf', ['--kill', 'all'], { env, silent: true }).catch(() => undefined);
        await (0,promises_.rm)(home, { recursive: true, force: true });
    };
    try {
        const passphraseFile = await privateFile(home, 'passphrase', options.passphrase ?? '');
        const unlock = [
            '--batch',
            '--no-tty',
            '--pinentry-mode',
            'loopback',
            '--passphrase-file',
            passphraseFile,
        ];
        await run(options.processes, tool, ['--import', ...unlock], {
            env,
            input: decodeKey(options.key),
            secrets,
        });
        const listing = await run(options.processes, tool, ['--list-secret-keys', '--with-colons', '--batch'], {
            env,
            secrets,
        });
        const keyId = /^fpr:+([0-9A-F]{40,64}):/m.exec(listing)?.[1];
        if (!keyId) {
            throw new errors/* ReleaseError */.K2('ESIGN', 'signing-key holds no secret key gpg can use', {
                hint: 'Export it with `gpg --armor --export-secret-keys <id>` and store the output as the secret.',
            });
        }
        return {
            keyId,
            async sign(file, signature) {
                const args = ['--detach-sign', ...unlock, '--yes', '--armor', '--digest-algo', 'SHA256'];
                await run(options.processes, tool, [...args, '--local-user', keyId, '--output', signature, file], {
                    env,
                    secrets,
                });
            },
            close,
        };
    }
    catch (thrown) {
        await close();
        throw thrown;
    }
}
/** minisign reads the key from a file and its password from stdin. */
async function minisignSession(options, tool) {
    const folder = await privateFolder(options.tempRoot, 'minisign-');
    const keyFile = await privateFile(folder, 'minisign.key', decodeKey(options.key));
    const secrets = [options.key, options.passphrase ?? ''];
    return {
        async sign(file, signature) {
            const input = Buffer.from(`${options.passphrase ?? ''}\n`);
            await run(options.processes, tool, ['-S', '-s', keyFile, '-m', file, '-x', signature], {
                env: options.env,
                input,
                secrets,
            });
        },
        close: () => (0,promises_.rm)(folder, { recursive: true, force: true }),
    };
}
/** cosign takes the key and its password from the environment (`env://`), so it never touches the disk. */
async function cosignSession(options, tool) {
    const env = {
        ...options.env,
        COSIGN_PRIVATE_KEY: decodeKey(options.key).toString('utf8'),
        COSIGN_PASSWORD: options.passphrase ?? '',
    };
    const secrets = [options.key, options.passphrase ?? ''];
    return {
        async sign(file, signature) {
            const args = [
                'sign-blob',
                '--yes',
                '--key',
                'env://COSIGN_PRIVATE_KEY',
                '--output-signature',
                signature,
                file,
            ];
            await run(options.processes, tool, args, { env, secrets });
        },
        close: async () => undefined,
    };
}
async function openSigningSession(options) {
    const tool = await requireTool(options.signer, options.processes);
    if (options.signer === 'gpg')
        return gpgSession(options, tool);
    if (options.signer === 'minisign')
        return minisignSession(options, tool);
    return cosignSession(options, tool);
}

;// CONCATENATED MODULE: ./packages/artifacts/src/release.ts




/**
 * The files that describe a set of artifacts, written into the staging
 * folder next to them: checksum files, their signatures, the provenance
 * statement and, last, the manifest that names them all.
 */
const PROVENANCE_FILE = 'provenance.intoto.json';
async function writeReleaseFiles(options) {
    const artifacts = [...options.artifacts].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    const checksumFiles = [];
    for (const algorithm of options.algorithms) {
        const file = CHECKSUM_FILES[algorithm];
        await options.staging.writeText(file, formatChecksums(artifacts, algorithm));
        checksumFiles.push(file);
    }
    const signatures = [];
    if (options.signing) {
        const session = await openSigningSession(options.signing);
        try {
            for (const file of checksumFiles) {
                const signature = `${file}${SIGNATURE_EXTENSION[options.signing.signer]}`;
                await session.sign(options.staging.path(file), options.staging.path(signature));
                signatures.push({
                    file: signature,
                    signs: file,
                    tool: options.signing.signer,
                    ...(session.keyId ? { keyId: session.keyId } : {}),
                });
            }
        }
        finally {
            await session.close();
        }
    }
    const subjects = artifacts.map((a) => ({ name: a.name, digest: { sha256: a.sha256 } }));
    const statement = provenanceStatement(subjects, options.run, options.startedOn, options.facts.commit);
    if (options.provenance) {
        await options.staging.writeText(PROVENANCE_FILE, JSON.stringify(statement, null, 2) + '\n');
    }
    const manifest = {
        schemaVersion: 1,
        name: options.facts.name,
        version: options.facts.version,
        commit: options.facts.commit,
        ...(options.facts.workflowCommit !== undefined ? { workflowCommit: options.facts.workflowCommit } : {}),
        ...(options.facts.repository ? { repository: options.facts.repository } : {}),
        ...(options.facts.runUrl ? { runUrl: options.facts.runUrl } : {}),
        sourceDateEpoch: options.facts.sourceDateEpoch,
        buildTime: new Date().toISOString(),
        platforms: [...new Set(artifacts.map((a) => a.platform).filter((p) => Boolean(p)))].sort(),
        checksums: {
            sha256: 'SHA256SUMS',
            ...(options.algorithms.includes('sha512') ? { sha512: 'SHA512SUMS' } : {}),
        },
        ...(signatures.length > 0 ? { signatures } : {}),
        ...(options.provenance ? { provenance: PROVENANCE_FILE } : {}),
        artifacts,
    };
    return {
        manifest,
        checksumFiles,
        signatureFiles: signatures.map((s) => s.file),
        provenanceFile: options.provenance ? PROVENANCE_FILE : undefined,
        statement,
        order: [
            ...artifacts.map((a) => a.name),
            ...checksumFiles,
            ...signatures.map((s) => s.file),
            ...(options.provenance ? [PROVENANCE_FILE] : []),
            MANIFEST_FILE,
        ],
    };
}
/** Writes the manifest (once the attestation, if any, is known) into the staging folder. */
async function writeManifest(staging, manifest) {
    await staging.writeText(MANIFEST_FILE, formatManifest(manifest));
}

;// CONCATENATED MODULE: ./packages/artifacts/src/attest.ts

async function attestStatement(attester, statement, token, repositoryUrl) {
    try {
        const result = await attester.attest({
            subjects: statement.subject,
            predicateType: statement.predicateType,
            predicate: statement.predicate,
            token,
        });
        const id = result.attestationID;
        return { id, url: id ? `${repositoryUrl}/attestations/${id}` : undefined, tlogId: result.tlogID };
    }
    catch (thrown) {
        throw new errors/* ReleaseError */.K2('EATTEST', `Attestation failed: ${thrown.message ?? String(thrown)}`, {
            hint: 'The job needs `permissions: { id-token: write, attestations: write }`. The artifacts were not moved into place.',
        });
    }
}

;// CONCATENATED MODULE: ./actions/build-artifacts/summary.ts

/** The job summary: what was made, how big, and the digests people compare against. */
function summaryMarkdown(manifest, kept, mode) {
    const title = `Release artifacts: ${manifest.name} ${manifest.version}${mode === 'merge' ? ' (merged)' : ''}`;
    const rows = manifest.artifacts.map((a) => [code(a.name), a.platform ?? '', bytes(a.size), code(a.sha256)]);
    const facts = [
        `Checksums: ${code(manifest.checksums.sha256)}${manifest.checksums.sha512 ? `, ${code(manifest.checksums.sha512)}` : ''}`,
    ];
    for (const signature of manifest.signatures ?? []) {
        facts.push(`Signature: ${code(signature.file)} (${signature.tool}${signature.keyId ? `, key ${code(signature.keyId)}` : ''})`);
    }
    if (manifest.provenance)
        facts.push(`Provenance: ${code(manifest.provenance)} (SLSA v1)`);
    if (manifest.attestation?.url)
        facts.push(`Attestation: ${manifest.attestation.url}`);
    if (manifest.commit)
        facts.push(`Commit built: ${code(manifest.commit)} (the checkout's HEAD), source date ${new Date(manifest.sourceDateEpoch * 1000).toISOString()}`);
    if (manifest.workflowCommit && manifest.workflowCommit !== manifest.commit)
        facts.push(`Workflow commit: ${code(manifest.workflowCommit)} (GITHUB_SHA, the commit the run was started for; another than the one built)`);
    if (kept > 0)
        facts.push(`${kept} file(s) already present with identical bytes were kept as they were.`);
    return (heading(title) +
        table(['artifact', 'platform', 'size', 'sha256'], rows) +
        '\n' +
        facts.map((line) => `- ${line}`).join('\n') +
        `\n\nVerify a download: ${code('sha256sum -c --ignore-missing SHA256SUMS')}\n`);
}

;// CONCATENATED MODULE: ./actions/build-artifacts/work.ts





/** GITHUB_SHA when it is a commit id (a local run may have none). */
function workflowCommit(context) {
    return /^[0-9a-f]{40}([0-9a-f]{24})?$/.test(context.sha) ? context.sha : null;
}
async function packageMode(context, settings, startedOn) {
    // SOURCE_DATE_EPOCH is the reproducible-builds convention a job may set, not a runner variable.
    const sourceDate = await resolveSourceDate(context.workspace, process.env['SOURCE_DATE_EPOCH']);
    const commit = (await resolveCommit(context.workspace, context.sha)) ?? null;
    const env = buildEnvironment(process.env, {
        SOURCE_DATE_EPOCH: String(sourceDate.epoch),
        RELEASE_VERSION: settings.version,
        RELEASE_PLATFORM: settings.platform,
    });
    for (const step of settings.build) {
        await (0,runner/* group */.Os)(`Build: ${describeStep(step)}`, () => runBuildStep(step, { processes: runnerProcesses, cwd: settings.workingDirectory, env }));
    }
    const planned = await planArtifacts({
        workspace: context.workspace,
        patterns: settings.files,
        skip: [settings.outputDirectory],
        baseDirectory: settings.baseDirectory,
        split: settings.split,
        wrap: settings.wrap,
        includeHidden: settings.includeHidden,
        copyLinks: settings.copyLinks,
        name: settings.name,
        version: settings.version,
        platform: settings.platform,
        formats: settings.formats,
    });
    const facts = {
        name: settings.name,
        version: settings.version,
        commit,
        workflowCommit: workflowCommit(context),
        repository: context.repository || undefined,
        runUrl: context.runUrl || undefined,
        sourceDateEpoch: sourceDate.epoch,
    };
    await withStaging(settings.outputDirectory, async (staging) => {
        const artifacts = await (0,runner/* group */.Os)('Packaging', async () => {
            (0,runner/* info */.pq)(`Entry time ${new Date(sourceDate.epoch * 1000).toISOString()} (from ${sourceDate.from}), level ${settings.level}`);
            return writePlannedArtifacts(planned, staging, {
                mtime: sourceDate.epoch,
                level: settings.level,
                algorithms: settings.algorithms,
                onArtifact: (a) => (0,runner/* info */.pq)(`${a.name}: ${bytes(a.size)}, ${a.entries} file(s), sha256 ${a.sha256}`),
            });
        });
        await finish(context, settings, staging, artifacts, facts, startedOn);
    });
}
async function mergeMode(context, settings, startedOn) {
    const legs = await readLegs(context.workspace, settings.mergeFrom, [settings.outputDirectory]);
    (0,runner/* info */.pq)(`Merging ${legs.length} leg(s): ${legs.map((leg) => leg.rel).join(', ')}`);
    await withStaging(settings.outputDirectory, async (staging) => {
        const merged = await (0,runner/* group */.Os)('Verifying and merging', () => mergeLegs(legs, staging, settings.algorithms));
        if (settings.version !== merged.version) {
            throw new errors/* ReleaseError */.K2('EMERGEVERSION', `The legs built version ${merged.version}, but the version input is ${settings.version}`);
        }
        for (const a of merged.artifacts)
            (0,runner/* info */.pq)(`${a.name} (${a.platform ?? 'no platform'}): ${bytes(a.size)}, sha256 ${a.sha256}`);
        const facts = {
            name: settings.nameGiven || merged.names.length !== 1 ? settings.name : merged.names[0],
            version: merged.version,
            commit: merged.commit,
            workflowCommit: workflowCommit(context),
            repository: context.repository || undefined,
            runUrl: context.runUrl || undefined,
            sourceDateEpoch: merged.sourceDateEpoch,
        };
        await finish(context, settings, staging, merged.artifacts, facts, startedOn);
    });
}
/** Opens the staging folder; on any failure or cancellation nothing this run made is left behind. */
async function withStaging(directory, body) {
    const staging = await Staging.open(directory);
    const onSignal = (signal) => {
        staging.discardNow();
        process.exit(signal === 'SIGINT' ? 130 : 143);
    };
    process.once('SIGINT', onSignal);
    process.once('SIGTERM', onSignal);
    try {
        await body(staging);
    }
    catch (thrown) {
        await staging.discard();
        throw thrown;
    }
    finally {
        process.off('SIGINT', onSignal);
        process.off('SIGTERM', onSignal);
    }
}
async function finish(context, settings, staging, artifacts, facts, startedOn) {
    const files = await writeReleaseFiles({
        staging,
        artifacts,
        algorithms: settings.algorithms,
        facts,
        signing: settings.signer
            ? {
                signer: settings.signer,
                key: settings.signingKey,
                passphrase: settings.signingPassphrase,
                tempRoot: context.temp,
                env: buildEnvironment(process.env, {}),
                processes: runnerProcesses,
            }
            : undefined,
        provenance: settings.provenance,
        run: context,
        startedOn,
    });
    const { manifest } = files;
    if (settings.attest) {
        if (!githubAttester.available()) {
            (0,runner/* notice */.lm)('attest is true, but this job has no OIDC token, so the attestation was skipped. Give the job `permissions: { id-token: write, attestations: write }`.', { title: 'Attestation skipped' });
        }
        else {
            const result = await (0,runner/* group */.Os)('Attesting provenance', () => attestStatement(githubAttester, files.statement, settings.token ?? '', `${context.serverUrl}/${context.repository}`));
            manifest.attestation = {
                ...(result.id ? { id: result.id } : {}),
                ...(result.url ? { url: result.url } : {}),
            };
            (0,runner/* info */.pq)(`Attestation ${result.url ?? result.id ?? 'stored'}`);
        }
    }
    await writeManifest(staging, manifest);
    const committed = await staging.commit(files.order);
    if (committed.kept.length > 0)
        (0,runner/* info */.pq)(`Kept unchanged: ${committed.kept.join(', ')}`);
    await warnAboutStrays(settings.outputDirectory, files.order, context.workspace);
    const at = (name) => staging.finalPath(name);
    (0,runner/* setOutputs */.n0)({
        artifacts: manifest.artifacts.map((a) => ({
            name: a.name,
            path: at(a.name),
            format: a.format,
            platform: a.platform,
            size: a.size,
            sha256: a.sha256,
            ...(a.sha512 ? { sha512: a.sha512 } : {}),
        })),
        manifest: at(MANIFEST_FILE),
        checksums: at(files.checksumFiles[0]),
        directory: settings.outputDirectory,
        signature: files.signatureFiles[0] ? at(files.signatureFiles[0]) : '',
        provenance: files.provenanceFile ? at(files.provenanceFile) : '',
        'attestation-url': manifest.attestation?.url ?? '',
    });
    await (0,runner/* writeSummary */.Sy)(summaryMarkdown(manifest, committed.kept.length, settings.mode));
}
/** Files in the output directory that this run did not make are not in SHA256SUMS; say so before someone uploads them. */
async function warnAboutStrays(directory, made, workspace) {
    const strays = (await (0,promises_.readdir)(directory)).filter((name) => !name.startsWith('.') && !made.includes(name));
    if (strays.length === 0)
        return;
    (0,runner/* warning */.$e)(`${(0,external_node_path_.relative)(workspace, directory) || directory} also holds ${strays.join(', ')}, which this run did not make and SHA256SUMS does not list.`, { title: 'Stray files in the output directory' });
}

// EXTERNAL MODULE: ./actions/build-artifacts/inputs.ts + 9 modules
var inputs = __webpack_require__(74526);
;// CONCATENATED MODULE: ./actions/build-artifacts/run.ts


/** The inputs this action reads, for tooling and tests that check every input (secrets are masked). */

async function run_run(settings) {
    const context = (0,src_context/* runContext */.p)();
    const startedOn = new Date();
    if (settings.mode === 'merge')
        await mergeMode(context, settings, startedOn);
    else
        await packageMode(context, settings, startedOn);
}


/***/ })

};
