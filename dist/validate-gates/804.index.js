export const id = 804;
export const ids = [804];
export const modules = {

/***/ 7804:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  annotationsFor: () => (/* reexport */ annotationsFor),
  buildReport: () => (/* reexport */ buildReport),
  evaluateGates: () => (/* reexport */ evaluateGates),
  gitHubReader: () => (/* reexport */ gitHubReader),
  summaryMarkdown: () => (/* reexport */ summaryMarkdown)
});

// UNUSED EXPORTS: ALLOWLIST_SYNTAX, BUDGET_SYNTAX, COMMAND_SYNTAX, EVIDENCE_LIMIT, GATES, GATE_NAMES, SEVERITIES, WINDOW_SYNTAX, isTimeZone, outcome, parseAllowlist, parseBudgets, parseCustomCommands, parseJunit, parseLcov, parseWindows

// EXTERNAL MODULE: ./node_modules/minimatch/dist/esm/index.js + 7 modules
var esm = __webpack_require__(3581);
// EXTERNAL MODULE: ./node_modules/semver/index.js
var semver = __webpack_require__(2088);
var semver_default = /*#__PURE__*/__webpack_require__.n(semver);
// EXTERNAL MODULE: ./packages/kit/src/git.ts
var src_git = __webpack_require__(552);
;// CONCATENATED MODULE: ./packages/gates/src/git-history.ts


/** What the gates ask of the local repository: tags, changes since the last release, files at a tag. */
async function isGitRepository(cwd) {
    const result = await (0,src_git/* git */.$Y)(['rev-parse', '--is-inside-work-tree'], { cwd, allowFailure: true });
    return result.exitCode === 0 && result.stdout.trim() === 'true';
}
async function isShallow(cwd) {
    const result = await (0,src_git/* git */.$Y)(['rev-parse', '--is-shallow-repository'], { cwd, allowFailure: true });
    return result.stdout.trim() === 'true';
}
/** The commit a local tag points at, or undefined when there is no such tag. */
async function localTagCommit(cwd, tag) {
    const result = await (0,src_git/* git */.$Y)(['rev-parse', '-q', '--verify', `refs/tags/${tag}^{commit}`], {
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
    const result = await (0,src_git/* git */.$Y)(['tag', '--merged', 'HEAD', '--list', `${prefix}*`], { cwd, allowFailure: true });
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
    const output = await (0,src_git/* git */.$Y)(['diff', '--name-only', '--no-renames', ref, 'HEAD'], { cwd });
    return output.stdout.split('\n').filter(Boolean);
}
/** A file's content at a ref, or undefined when it did not exist there. */
async function fileAt(cwd, ref, path) {
    const result = await (0,src_git/* git */.$Y)(['show', `${ref}:${path.replace(/^\.\//, '')}`], { cwd, allowFailure: true });
    return result.exitCode === 0 ? result.stdout : undefined;
}
/** Remote branches that contain a commit (when a tag push leaves no branch in GITHUB_REF). */
async function branchesContaining(cwd, sha) {
    const result = await (0,src_git/* git */.$Y)(['branch', '--all', '--format=%(refname)', '--contains', sha], {
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

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
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
    let text;
    try {
        text = await (0,promises_.readFile)((0,external_node_path_.join)(context.workspace, file), 'utf8');
    }
    catch {
        const summary = `${file} not found`;
        return (0,types/* outcome */.bu)(false, { value: 'missing', threshold, summary, evidence: [{ message: summary, file }] });
    }
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

// EXTERNAL MODULE: ./packages/kit/src/errors.ts
var errors = __webpack_require__(7817);
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
const WORST_FILES = 5;
/** Keeps the N least covered files seen so far without holding every file. */
class WorstFiles {
    files = [];
    add(file, lines) {
        if (lines.total === 0)
            return;
        const ratio = lines.covered / lines.total;
        const last = this.files[this.files.length - 1];
        if (this.files.length >= WORST_FILES && last && ratio >= last.lines.covered / last.lines.total)
            return;
        this.files.push({ file, lines: { ...lines } });
        this.files.sort((a, b) => a.lines.covered / a.lines.total - b.lines.covered / b.lines.total);
        if (this.files.length > WORST_FILES)
            this.files.pop();
    }
}
function addCounter(into, more) {
    into.total += more.total;
    into.covered += more.covered;
}

;// CONCATENATED MODULE: ./packages/gates/src/parse/lcov.ts




const INTEGER = /^\d+$/;
/**
 * lcov tracefiles, one line at a time through readline over a stream: a 200 MB
 * file is read in a few MB of memory. LF/LH (BRF/BRH) are used when present,
 * else the DA (BRDA) lines are counted.
 */
async function parseLcov(path, display) {
    const lines = { total: 0, covered: 0 };
    const branches = { total: 0, covered: 0 };
    const worst = new WorstFiles();
    let current;
    let lineNumber = 0;
    let records = 0;
    const fail = (message, column = 1) => {
        throw new ReportError(message, { file: display, line: lineNumber, column });
    };
    const stream = (0,external_node_fs_.createReadStream)(path, { encoding: 'utf8', highWaterMark: 64 * 1024 });
    const reader = (0,external_node_readline_.createInterface)({ input: stream, crlfDelay: Infinity });
    // A 'line' listener runs synchronously per line: much faster than async iteration over 20 million lines.
    const onLine = (raw) => {
        lineNumber += 1;
        const line = raw.trim();
        if (line === '')
            return;
        if (line === 'end_of_record') {
            if (!current)
                fail('end_of_record without a preceding SF: line');
            const record = current;
            const fileLines = record.hasLf ? record.lines : { total: record.daTotal, covered: record.daHit };
            const fileBranches = record.hasBrf
                ? record.branches
                : { total: record.brdaTotal, covered: record.brdaHit };
            lines.total += fileLines.total;
            lines.covered += fileLines.covered;
            branches.total += fileBranches.total;
            branches.covered += fileBranches.covered;
            worst.add(record.file, fileLines);
            records += 1;
            current = undefined;
            return;
        }
        const colon = line.indexOf(':');
        if (colon <= 0) {
            fail(`expected an lcov record line such as "SF:<path>" or "DA:<line>,<hits>", got "${line.slice(0, 60)}"`);
        }
        const key = line.slice(0, colon);
        const value = line.slice(colon + 1);
        if (key === 'TN' || key === 'VER')
            return;
        if (key === 'SF') {
            if (current)
                fail(`SF: line inside the record of "${current.file}" (missing end_of_record)`);
            current = {
                file: value,
                lines: { total: 0, covered: 0 },
                branches: { total: 0, covered: 0 },
                daTotal: 0,
                daHit: 0,
                brdaTotal: 0,
                brdaHit: 0,
                hasLf: false,
                hasBrf: false,
            };
            return;
        }
        if (!current)
            fail(`${key}: line outside a record (expected SF:<path> first)`);
        const record = current;
        const valueColumn = raw.indexOf(':') + 2;
        switch (key) {
            case 'DA': {
                // The hot path (most lines of a tracefile): no split, no regex.
                const comma = value.indexOf(',');
                const lineNo = comma > 0 ? Number(value.slice(0, comma)) : NaN;
                const hitsEnd = value.indexOf(',', comma + 1);
                const hits = Number(hitsEnd === -1 ? value.slice(comma + 1) : value.slice(comma + 1, hitsEnd));
                if (!Number.isInteger(lineNo) || lineNo < 0 || comma + 1 >= value.length || !Number.isInteger(hits)) {
                    fail(`expected "DA:<line>,<hits>", got "${line.slice(0, 60)}"`, valueColumn);
                }
                record.daTotal += 1;
                if (hits > 0)
                    record.daHit += 1;
                break;
            }
            case 'BRDA': {
                const parts = value.split(',');
                if (parts.length < 4)
                    fail(`expected "BRDA:<line>,<block>,<branch>,<taken>", got "${line.slice(0, 60)}"`, valueColumn);
                record.brdaTotal += 1;
                if (parts[3] !== '-' && Number(parts[3]) > 0)
                    record.brdaHit += 1;
                break;
            }
            case 'LF':
            case 'LH':
            case 'BRF':
            case 'BRH': {
                if (!INTEGER.test(value))
                    fail(`expected a count after ${key}:, got "${value.slice(0, 30)}"`, valueColumn);
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
                break;
            }
            default:
                // FN, FNDA, FNF, FNH and any future keys carry nothing the gate measures.
                if (!/^[A-Z]+$/.test(key)) {
                    fail(`expected an lcov record line such as "SF:<path>" or "DA:<line>,<hits>", got "${line.slice(0, 60)}"`);
                }
                break;
        }
    };
    await new Promise((resolve, reject) => {
        let failed = false;
        reader.on('line', (raw) => {
            if (failed)
                return;
            try {
                onLine(raw);
            }
            catch (thrown) {
                failed = true;
                reader.close();
                stream.destroy();
                reject(thrown);
            }
        });
        reader.on('close', () => {
            if (!failed)
                resolve();
        });
        stream.on('error', (error) => {
            failed = true;
            reader.close();
            reject(error);
        });
    });
    if (current) {
        lineNumber += 1;
        fail(`the record of "${current.file}" is not closed with end_of_record (the file looks truncated)`);
    }
    if (records === 0)
        throw new ReportError('no SF:/end_of_record records: not an lcov tracefile', {
            file: display,
            line: 1,
            column: 1,
        });
    return {
        report: display,
        format: 'lcov',
        lines,
        branches: branches.total > 0 ? branches : undefined,
        worst: worst.files,
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



/**
 * Cobertura and Clover both use a `<coverage>` root. Cobertura carries its totals
 * on the root (`lines-valid`, `lines-covered`, `branches-valid`, …; older writers
 * only `line-rate`), Clover on `<project><metrics statements= coveredstatements= …>`.
 * When Cobertura's root has no counts, the class-level `<line>` elements are counted.
 */
async function parseXmlCoverage(path, display) {
    let format;
    let rootLines;
    let rootBranches;
    let rootRates = {};
    let cloverLines;
    let cloverBranches;
    const counted = { total: 0, covered: 0 };
    const countedBranches = { total: 0, covered: 0 };
    const worst = new WorstFiles();
    const stack = [];
    let classFile;
    let cloverFile;
    let sawRoot = false;
    await streamXml(path, display, {
        open(tag, parser) {
            const parent = stack[stack.length - 1];
            stack.push(tag.name);
            if (stack.length === 1) {
                sawRoot = true;
                if (tag.name !== 'coverage') {
                    throw new ReportError(`expected a <coverage> root (Cobertura or Clover), got <${tag.name}>`, {
                        file: display,
                        line: parser.line,
                        column: parser.column,
                    });
                }
                format = tag.attributes['clover'] !== undefined ? 'clover' : undefined;
                const valid = numberAttribute(tag, 'lines-valid');
                const covered = numberAttribute(tag, 'lines-covered');
                if (valid !== undefined && covered !== undefined)
                    rootLines = { total: valid, covered };
                const bValid = numberAttribute(tag, 'branches-valid');
                const bCovered = numberAttribute(tag, 'branches-covered');
                if (bValid !== undefined && bCovered !== undefined)
                    rootBranches = { total: bValid, covered: bCovered };
                rootRates = { line: numberAttribute(tag, 'line-rate'), branch: numberAttribute(tag, 'branch-rate') };
                if (rootRates.line !== undefined)
                    format = 'cobertura';
                return;
            }
            if (stack.length === 2 && (tag.name === 'project' || tag.name === 'testproject'))
                format = 'clover';
            if (stack.length === 2 && (tag.name === 'packages' || tag.name === 'sources'))
                format ??= 'cobertura';
            if (format === 'clover') {
                if (tag.name === 'metrics' && parent === 'project' && stack.length === 3) {
                    cloverLines = {
                        total: numberAttribute(tag, 'statements') ?? 0,
                        covered: numberAttribute(tag, 'coveredstatements') ?? 0,
                    };
                    const conditionals = numberAttribute(tag, 'conditionals');
                    if (conditionals !== undefined) {
                        cloverBranches = {
                            total: conditionals,
                            covered: numberAttribute(tag, 'coveredconditionals') ?? 0,
                        };
                    }
                }
                if (tag.name === 'file')
                    cloverFile = tag.attributes['path'] ?? tag.attributes['name'];
                if (tag.name === 'metrics' && parent === 'file' && cloverFile) {
                    worst.add(cloverFile, {
                        total: numberAttribute(tag, 'statements') ?? 0,
                        covered: numberAttribute(tag, 'coveredstatements') ?? 0,
                    });
                }
                return;
            }
            if (tag.name === 'class') {
                classFile = {
                    name: tag.attributes['filename'] ?? tag.attributes['name'] ?? '?',
                    lines: { total: 0, covered: 0 },
                };
            }
            // Lines under <methods> repeat the class's own <lines>: count only the class level.
            if (tag.name === 'line' && parent === 'lines' && stack[stack.length - 3] === 'class' && classFile) {
                const hit = (numberAttribute(tag, 'hits') ?? 0) > 0;
                classFile.lines.total += 1;
                if (hit)
                    classFile.lines.covered += 1;
                counted.total += 1;
                if (hit)
                    counted.covered += 1;
                const condition = /\((\d+)\/(\d+)\)/.exec(tag.attributes['condition-coverage'] ?? '');
                if (tag.attributes['branch'] === 'true' && condition) {
                    countedBranches.covered += Number(condition[1]);
                    countedBranches.total += Number(condition[2]);
                }
            }
        },
        close(name) {
            stack.pop();
            if (name === 'class' && classFile) {
                worst.add(classFile.name, classFile.lines);
                classFile = undefined;
            }
            if (name === 'file')
                cloverFile = undefined;
        },
    });
    if (!sawRoot)
        throw new ReportError('no root element', { file: display, line: 1, column: 1 });
    if (format === 'clover') {
        if (!cloverLines) {
            throw new ReportError('Clover report without <project><metrics>: no totals to read', {
                file: display,
                line: 1,
                column: 1,
            });
        }
        return { report: display, format, lines: cloverLines, branches: cloverBranches, worst: worst.files };
    }
    const lines = rootLines ?? (counted.total > 0 ? counted : undefined);
    const branches = rootBranches ?? (countedBranches.total > 0 ? countedBranches : undefined);
    if (!lines && rootRates.line === undefined) {
        throw new ReportError('Cobertura report without lines-valid/lines-covered, line-rate or <line> elements', {
            file: display,
            line: 1,
            column: 1,
        });
    }
    return {
        report: display,
        format: 'cobertura',
        lines: lines ?? { total: 0, covered: 0 },
        branches,
        linesPct: lines ? undefined : rootRates.line * 100,
        branchesPct: branches || rootRates.branch === undefined ? undefined : rootRates.branch * 100,
        worst: worst.files,
    };
}

;// CONCATENATED MODULE: ./packages/gates/src/parse/json-stream.ts


const NUMBER = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?$/;
// JSON forbids raw control characters inside strings: the run stops at them so they can be reported.
// eslint-disable-next-line no-control-regex
const STRING_RUN = /[^"\\\u0000-\u001f]+/y;
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
        const length = chunk.length;
        while (i < length) {
            const state = this.state;
            if (state === 'string') {
                STRING_RUN.lastIndex = i;
                if (STRING_RUN.test(chunk)) {
                    const end = STRING_RUN.lastIndex;
                    this.buffer += chunk.slice(i, end);
                    this.column += end - i;
                    i = end;
                    continue;
                }
                const code = chunk.charCodeAt(i);
                if (code === 34) {
                    i += 1;
                    this.column += 1;
                    const text = this.buffer;
                    this.buffer = '';
                    if (this.stringIsKey) {
                        const frame = this.frames[this.frames.length - 1];
                        frame.key = text;
                        this.path[this.path.length - 1] = text;
                        this.state = 'colon';
                    }
                    else
                        this.finishScalar(text);
                    continue;
                }
                if (code === 92) {
                    this.state = 'escape';
                    i += 1;
                    this.column += 1;
                    continue;
                }
                this.fail('control character inside a string (a line break must be written as \\n)');
            }
            const char = chunk[i];
            if (state === 'escape') {
                const simple = {
                    '"': '"',
                    '\\': '\\',
                    '/': '/',
                    b: '\b',
                    f: '\f',
                    n: '\n',
                    r: '\r',
                    t: '\t',
                };
                if (char === 'u') {
                    this.state = 'unicode';
                    this.unicode = '';
                }
                else if (simple[char] !== undefined) {
                    this.buffer += simple[char];
                    this.state = 'string';
                }
                else
                    this.fail(`invalid escape "\\${char}" in a string`);
                i += 1;
                this.column += 1;
                continue;
            }
            if (state === 'unicode') {
                if (!/[0-9a-fA-F]/.test(char))
                    this.fail(`invalid \\u escape in a string`);
                this.unicode += char;
                if (this.unicode.length === 4) {
                    this.buffer += String.fromCharCode(parseInt(this.unicode, 16));
                    this.state = 'string';
                }
                i += 1;
                this.column += 1;
                continue;
            }
            if (state === 'number' || state === 'literal') {
                const more = state === 'number' ? /[-+0-9.eE]/.test(char) : /[a-zA-Z]/.test(char);
                if (more) {
                    this.buffer += char;
                    i += 1;
                    this.column += 1;
                    continue;
                }
                this.endToken();
                continue; // the character that ended the token is read again in the new state
            }
            if (char === '\n') {
                this.line += 1;
                this.column = 1;
                i += 1;
                continue;
            }
            if (char === ' ' || char === '\t' || char === '\r') {
                i += 1;
                this.column += 1;
                continue;
            }
            if (i === 0 && this.line === 1 && this.column === 1 && char === '\ufeff') {
                i += 1;
                continue;
            }
            switch (state) {
                case 'value':
                    if (char === ']' &&
                        this.frames[this.frames.length - 1]?.kind === 'array' &&
                        this.frames[this.frames.length - 1].index === 0) {
                        this.close('array');
                        break;
                    }
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
                    break;
                case 'first-key':
                case 'key':
                    if (char === '"') {
                        this.stringIsKey = true;
                        this.state = 'string';
                    }
                    else if (char === '}' && state === 'first-key')
                        this.close('object');
                    else
                        this.fail(`unexpected "${char}", expected a property name in double quotes`);
                    break;
                case 'colon':
                    if (char !== ':')
                        this.fail(`unexpected "${char}", expected ":"`);
                    this.state = 'value';
                    break;
                case 'after': {
                    const frame = this.frames[this.frames.length - 1];
                    if (char === ',')
                        this.state = frame.kind === 'object' ? 'key' : 'value';
                    else if (char === '}' && frame.kind === 'object')
                        this.close('object');
                    else if (char === ']' && frame.kind === 'array')
                        this.close('array');
                    else
                        this.fail(`unexpected "${char}", expected "," or "${frame.kind === 'object' ? '}' : ']'}"`);
                    break;
                }
                case 'done':
                    this.fail(`unexpected "${char}" after the end of the JSON value`);
            }
            i += 1;
            this.column += 1;
        }
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



function counter(value) {
    if (!value || typeof value !== 'object')
        return undefined;
    const { total, covered } = value;
    return typeof total === 'number' && typeof covered === 'number' ? { total, covered } : undefined;
}
/**
 * Istanbul's `coverage-summary.json` (`{ total: { lines, branches, … }, "<file>": … }`),
 * read as a stream one file entry at a time. Also accepts a plain baseline of
 * percentages, `{ "lines": 81.5, "branches": 70 }`.
 */
async function parseJsonCoverage(path, display) {
    let total;
    const worst = new WorstFiles();
    const percentages = {};
    await parseJsonFile(path, display, {
        capture: [
            {
                path: ['*'],
                onValue(value, at) {
                    const key = String(at[0]);
                    if (value && typeof value === 'object') {
                        const entry = value;
                        if (key === 'total')
                            total = { lines: counter(entry['lines']), branches: counter(entry['branches']) };
                        else {
                            const lines = counter(entry['lines']);
                            if (lines)
                                worst.add(key, lines);
                        }
                    }
                    else
                        percentages[key] = value;
                },
            },
        ],
    });
    if (total?.lines) {
        return {
            report: display,
            format: 'istanbul-summary',
            lines: total.lines,
            branches: total.branches && total.branches.total > 0 ? total.branches : undefined,
            worst: worst.files,
        };
    }
    if (typeof percentages['lines'] === 'number') {
        const branches = percentages['branches'];
        return {
            report: display,
            format: 'percentages',
            lines: { total: 0, covered: 0 },
            linesPct: percentages['lines'],
            branchesPct: typeof branches === 'number' ? branches : undefined,
            worst: [],
        };
    }
    throw new ReportError('expected an Istanbul coverage-summary.json ("total.lines.total/covered") or { "lines": <percent> }', {
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
async function parseCoverageReport(path, display) {
    const extension = (0,external_node_path_.extname)(path).toLowerCase();
    if (extension === '.info' || extension === '.lcov')
        return parseLcov(path, display);
    if (extension === '.xml')
        return parseXmlCoverage(path, display);
    if (extension === '.json')
        return parseJsonCoverage(path, display);
    const head = await firstText(path);
    if (head.startsWith('<'))
        return parseXmlCoverage(path, display);
    if (head.startsWith('{'))
        return parseJsonCoverage(path, display);
    if (/^(TN|SF|VER):/.test(head))
        return parseLcov(path, display);
    throw new ReportError('not a coverage report this action reads (lcov, Cobertura, Clover, coverage-summary.json)', {
        file: display,
        line: 1,
        column: 1,
    });
}
/** Totals over several reports (a monorepo's packages), as one percentage per metric. */
function combineCoverage(reports) {
    const counted = reports.filter((r) => r.linesPct === undefined);
    const lines = { total: 0, covered: 0 };
    for (const r of counted) {
        lines.total += r.lines.total;
        lines.covered += r.lines.covered;
    }
    const withBranches = reports.filter((r) => r.branches);
    const branches = withBranches.length > 0 ? { total: 0, covered: 0 } : undefined;
    for (const r of withBranches) {
        branches.total += r.branches.total;
        branches.covered += r.branches.covered;
    }
    // Reports that only give a rate (old Cobertura, a percentages baseline) are averaged in unweighted.
    const rates = reports.filter((r) => r.linesPct !== undefined).map((r) => r.linesPct);
    const linesPct = rates.length === 0
        ? percent(lines.covered, lines.total)
        : counted.length === 0
            ? rates.reduce((a, b) => a + b, 0) / rates.length
            : (percent(lines.covered, lines.total) * counted.length + rates.reduce((a, b) => a + b, 0)) /
                reports.length;
    const branchRates = reports
        .filter((r) => !r.branches && r.branchesPct !== undefined)
        .map((r) => r.branchesPct);
    let branchesPct = branches ? percent(branches.covered, branches.total) : undefined;
    if (branchRates.length > 0) {
        const all = branchesPct === undefined ? branchRates : [branchesPct, ...branchRates];
        branchesPct = all.reduce((a, b) => a + b, 0) / all.length;
    }
    return { linesPct, branchesPct, lines, branches };
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
    // Loaded on use: the glob module pulls in the toolkit, which only the report gates need.
    const { create } = await Promise.all(/* import() */[__webpack_require__.e(119), __webpack_require__.e(260), __webpack_require__.e(375)]).then(__webpack_require__.bind(__webpack_require__, 4375));
    const globber = await create(anchored.join('\n'), { matchDirectories: false, implicitDescendants: false });
    const found = await globber.glob();
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

;// CONCATENATED MODULE: ./packages/gates/src/gates/coverage.ts






async function readBaseline(path, context) {
    const files = await findFiles(context.workspace, [path]);
    if (files.length === 0)
        return { message: `coverage baseline "${path}" not found` };
    try {
        return combineCoverage([await parseCoverageReport(files[0].path, files[0].display)]);
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
/**
 * coverage: lcov, Cobertura, Clover or Istanbul summaries, summed over every report;
 * lines (and branches when a threshold is set) at or above the threshold, and
 * with a baseline, no drop beyond `coverage-max-drop` points.
 */
async function coverageGate(settings, context) {
    const thresholds = [`lines ≥ ${settings.coverageThreshold}%`];
    if (settings.branchCoverageThreshold !== undefined)
        thresholds.push(`branches ≥ ${settings.branchCoverageThreshold}%`);
    if (settings.coverageBaseline)
        thresholds.push(`drop ≤ ${settings.coverageMaxDrop} points`);
    const threshold = thresholds.join(', ');
    const files = await findFiles(context.workspace, settings.coverageReports);
    if (files.length === 0) {
        const summary = missingReports('coverage reports', settings.coverageReports);
        return (0,types/* outcome */.bu)(false, { value: 'no reports', threshold, summary, evidence: [{ message: summary }] });
    }
    const { parsed, broken } = await readAll(files, (file) => parseCoverageReport(file.path, file.display));
    const evidence = [...broken];
    const reasons = broken.map((b) => b.message);
    if (parsed.length === 0) {
        return (0,types/* outcome */.bu)(false, { value: 'unreadable', threshold, summary: reasons.join('; '), evidence });
    }
    const reports = parsed.map((p) => p.value);
    const figures = combineCoverage(reports);
    const firstReport = reports[0].report;
    const lineProblem = figures.linesPct < settings.coverageThreshold;
    if (lineProblem) {
        reasons.push(`line coverage ${formatPercent(figures.linesPct)} is below ${settings.coverageThreshold}%`);
        evidence.push({ message: reasons[reasons.length - 1], file: firstReport, line: 1 });
    }
    if (settings.branchCoverageThreshold !== undefined) {
        if (figures.branchesPct === undefined) {
            reasons.push('a branch threshold is set but the reports have no branch data');
            evidence.push({ message: reasons[reasons.length - 1], file: firstReport, line: 1 });
        }
        else if (figures.branchesPct < settings.branchCoverageThreshold) {
            reasons.push(`branch coverage ${formatPercent(figures.branchesPct)} is below ${settings.branchCoverageThreshold}%`);
            evidence.push({ message: reasons[reasons.length - 1], file: firstReport, line: 1 });
        }
    }
    let baseline;
    if (settings.coverageBaseline) {
        const read = await readBaseline(settings.coverageBaseline, context);
        if ('message' in read) {
            reasons.push(read.message);
            evidence.push(read);
        }
        else {
            baseline = read;
            const drop = baseline.linesPct - figures.linesPct;
            if (drop > settings.coverageMaxDrop + 1e-9) {
                reasons.push(`line coverage dropped ${drop.toFixed(2)} points (${formatPercent(baseline.linesPct)} → ${formatPercent(figures.linesPct)}), more than ${settings.coverageMaxDrop} allowed`);
                evidence.push({ message: reasons[reasons.length - 1], file: firstReport, line: 1 });
            }
        }
    }
    if (reasons.length > 0) {
        // The least covered files are where the work is.
        const worst = reports
            .flatMap((r) => r.worst)
            .sort((a, b) => a.lines.covered / a.lines.total - b.lines.covered / b.lines.total)
            .slice(0, 5);
        for (const file of worst) {
            evidence.push({
                message: `low coverage: ${formatPercent((file.lines.covered / file.lines.total) * 100)} of ${file.lines.total} lines`,
                file: sourcePath(file.file, context),
            });
        }
    }
    const value = [`${formatPercent(figures.linesPct)} lines`];
    if (figures.branchesPct !== undefined)
        value.push(`${formatPercent(figures.branchesPct)} branches`);
    if (baseline)
        value.push(`baseline ${formatPercent(baseline.linesPct)}`);
    const passed = reasons.length === 0;
    return (0,types/* outcome */.bu)(passed, {
        value: value.join(', '),
        threshold,
        summary: passed ? `coverage meets ${threshold} over ${reports.length} report(s)` : reasons.join('; '),
        evidence,
        data: {
            reports: reports.map((r) => ({ file: r.report, format: r.format })),
            lines: { ...figures.lines, pct: Number(figures.linesPct.toFixed(4)) },
            branches: figures.branchesPct === undefined
                ? undefined
                : { ...figures.branches, pct: Number(figures.branchesPct.toFixed(4)) },
            baseline: baseline ? { lines: baseline.linesPct, branches: baseline.branchesPct } : undefined,
        },
    });
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
;// CONCATENATED MODULE: ./packages/gates/src/gates/custom.ts



const TAIL_LINES = 20;
/**
 * The step's INPUT_* variables (the token among them) are not passed on: a
 * check command has no business with them.
 */
function commandEnv() {
    return Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('INPUT_')));
}
/** Runs one command the way a workflow `run:` step does (bash -e, else sh -e), keeping the last lines of output. */
function runCommand(command, cwd, timeoutMs, log) {
    const shell = (0,external_node_fs_.existsSync)('/bin/bash')
        ? ['/bin/bash', '--noprofile', '--norc', '-eo', 'pipefail', '-c']
        : ['/bin/sh', '-ec'];
    const started = performance.now();
    return new Promise((resolve) => {
        const child = (0,external_node_child_process_.spawn)(shell[0], [...shell.slice(1), command.run], {
            cwd,
            env: commandEnv(),
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
    let text;
    try {
        text = await (0,promises_.readFile)((0,external_node_path_.join)(context.workspace, file), 'utf8');
    }
    catch {
        const summary = `flags file ${file} not found`;
        return (0,types/* outcome */.bu)(false, { value: 'missing', threshold, summary, evidence: [{ message: summary }] });
    }
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
/**
 * SARIF 2.1.0 from any scanner, read as a stream: results are taken one at a
 * time (code flows and artifacts dropped unread), so a run with 100,000
 * results does not build one huge tree. Severity is the rule's or result's
 * `security-severity` (a CVSS score, as GitHub reads it), else the SARIF level
 * (error → high, warning → medium, note → low). Suppressed, absent (fixed) and
 * non-failing kinds (`pass`, `informational`, …) are not findings.
 */
async function parseSarif(path, display, workspace) {
    const pending = [];
    const tree = (await parseJsonFile(path, display, {
        capture: [
            {
                path: ['runs', '*', 'results', '*'],
                onValue(value, at) {
                    const result = value;
                    const kind = result['kind'] ?? 'fail';
                    if (kind !== 'fail')
                        return;
                    if (result['baselineState'] === 'absent')
                        return;
                    const suppressions = result['suppressions'];
                    if (suppressions?.some((s) => s.status === undefined || s.status === 'accepted'))
                        return;
                    const rule = result['rule'];
                    const location = result['locations']?.[0]?.['physicalLocation'];
                    const message = result['message'];
                    pending.push({
                        run: at[1],
                        ruleId: result['ruleId'] ?? rule?.id,
                        ruleIndex: result['ruleIndex'] ?? rule?.index,
                        extension: rule?.toolComponent?.index,
                        level: result['level'],
                        score: score(result['properties']?.['security-severity']),
                        message: (message?.text ?? message?.markdown ?? '').split('\n')[0].slice(0, 300),
                        uri: location?.artifactLocation?.uri,
                        line: location?.region?.startLine,
                        column: location?.region?.startColumn,
                    });
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
    const runs = tree.runs;
    return pending.map((result) => {
        const run = runs[result.run] ?? {};
        const rules = result.extension !== undefined
            ? run.tool?.extensions?.[result.extension]?.rules
            : run.tool?.driver?.rules;
        const rule = (result.ruleIndex !== undefined ? rules?.[result.ruleIndex] : undefined) ??
            rules?.find((candidate) => candidate.id === result.ruleId);
        const ruleScore = score(rule?.properties?.['security-severity']);
        const level = result.level ?? rule?.defaultConfiguration?.level;
        const cvss = result.score ?? ruleScore;
        const tags = Array.isArray(rule?.properties?.tags)
            ? rule.properties.tags.map(String)
            : [];
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
    });
}

// EXTERNAL MODULE: ./packages/gates/src/settings/allowlist.ts
var allowlist = __webpack_require__(9233);
;// CONCATENATED MODULE: ./packages/gates/src/gates/security.ts







function allowedBy(finding, allowlist) {
    const ids = [finding.id, ...finding.aliases].map((id) => id.toLowerCase());
    return allowlist.find((entry) => ids.includes(entry.id.toLowerCase()));
}
/**
 * security: SARIF from any scanner and `npm audit --json`; no finding at or above
 * `severity-threshold` unless an allowlist entry that has not expired names it.
 */
async function securityGate(settings, context) {
    const threshold = `no ${settings.severityThreshold} or above`;
    const evidence = [];
    const reasons = [];
    const findings = [];
    let reportCount = 0;
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
            reasons.push(missingReports(source.kind, source.patterns));
            evidence.push({ message: reasons[reasons.length - 1] });
            continue;
        }
        const { parsed, broken } = await readAll(files, (file) => source.parse(file.path, file.display));
        reportCount += parsed.length;
        evidence.push(...broken);
        if (broken.length > 0)
            reasons.push(`${plural(broken.length, source.kind.replace(/s$/, ''))} could not be read`);
        for (const { value } of parsed)
            findings.push(...value);
    }
    const bar = (0,parse_findings/* severityRank */.qs)(settings.severityThreshold);
    const blocking = [];
    const allowed = [];
    const expired = new Map();
    for (const finding of findings) {
        if ((0,parse_findings/* severityRank */.qs)(finding.severity) < bar)
            continue;
        const entry = allowedBy(finding, settings.allowlist);
        if (entry && (0,allowlist/* allowlistActive */.CY)(entry, context.now))
            allowed.push({ finding, entry });
        else {
            if (entry)
                expired.set(entry.id, entry);
            blocking.push(finding);
        }
    }
    blocking.sort((a, b) => (0,parse_findings/* severityRank */.qs)(b.severity) - (0,parse_findings/* severityRank */.qs)(a.severity));
    for (const finding of blocking.slice(0, types/* EVIDENCE_LIMIT */.k5)) {
        evidence.push({
            message: `${finding.severity}: ${finding.id}${finding.title ? ` (${finding.title})` : ''}${finding.file ? '' : ` in ${finding.report}`}`,
            file: finding.file ?? finding.report,
            line: finding.file ? finding.line : undefined,
            column: finding.file ? finding.column : undefined,
        });
    }
    for (const entry of expired.values()) {
        evidence.push({
            message: `allowlist entry ${entry.id} expired on ${entry.expires} and no longer applies`,
        });
    }
    if (blocking.length > 0) {
        const bySeverity = ['critical', 'high', 'medium', 'low']
            .map((severity) => [severity, blocking.filter((f) => f.severity === severity).length])
            .filter(([, count]) => count > 0)
            .map(([severity, count]) => `${count} ${severity}`);
        reasons.push(`${plural(blocking.length, 'finding')} at or above ${settings.severityThreshold}: ${bySeverity.join(', ')}`);
    }
    const passed = reasons.length === 0;
    const value = `${blocking.length} blocking of ${plural(findings.length, 'finding')}${allowed.length ? `, ${allowed.length} allowlisted` : ''}`;
    return (0,types/* outcome */.bu)(passed, {
        value,
        threshold,
        summary: passed
            ? `no ${settings.severityThreshold} or above findings in ${plural(reportCount, 'report')}${allowed.length ? ` (${allowed.length} allowlisted)` : ''}`
            : reasons.join('; '),
        evidence,
        data: {
            findings: findings.length,
            blocking: blocking.map((f) => ({
                id: f.id,
                severity: f.severity,
                report: f.report,
                file: f.file,
                line: f.line,
            })),
            allowlisted: allowed.map(({ finding, entry }) => ({
                id: finding.id,
                entry: entry.id,
                expires: entry.expires,
                reason: entry.reason,
            })),
            expiredAllowlist: [...expired.values()],
        },
    });
}

;// CONCATENATED MODULE: ./packages/gates/src/parse/junit.ts



const MESSAGE_LIMIT = 300;
/**
 * JUnit XML as jest-junit, surefire, pytest and go-junit-report write it,
 * through a SAX stream: 100,000 test cases cost the same memory as ten.
 * A suite that reports errors but holds no test cases (a test file that did not
 * compile or load) counts as that many errors.
 */
async function parseJunit(path, display) {
    const totals = { tests: 0, failures: 0, errors: 0, skipped: 0, failed: [] };
    const suites = [];
    let testcase;
    let collecting;
    let root;
    await streamXml(path, display, {
        open(tag, parser) {
            if (root === undefined) {
                root = tag.name;
                if (root !== 'testsuites' && root !== 'testsuite') {
                    throw new ReportError(`expected a JUnit <testsuites> or <testsuite> root, got <${root}>`, {
                        file: display,
                        line: parser.line,
                        column: parser.column,
                    });
                }
            }
            if (tag.name === 'testsuite') {
                suites.push({
                    name: tag.attributes['name'] ?? '',
                    file: tag.attributes['file'] ?? tag.attributes['filepath'],
                    cases: 0,
                    errors: numberAttribute(tag, 'errors') ?? 0,
                    failures: numberAttribute(tag, 'failures') ?? 0,
                });
            }
            else if (tag.name === 'testcase') {
                testcase = { tag, skipped: false };
                const suite = suites[suites.length - 1];
                if (suite)
                    suite.cases += 1;
            }
            else if (testcase && (tag.name === 'failure' || tag.name === 'error')) {
                if (!testcase.outcome) {
                    const suite = suites[suites.length - 1];
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
                        collecting = testcase.outcome;
                }
            }
            else if (testcase && tag.name === 'skipped') {
                testcase.skipped = true;
            }
        },
        text(text) {
            if (collecting && collecting.message.length < MESSAGE_LIMIT) {
                collecting.message = (collecting.message + text).trimStart().slice(0, MESSAGE_LIMIT);
            }
        },
        close(name) {
            if (name === 'failure' || name === 'error')
                collecting = undefined;
            if (name === 'testcase' && testcase) {
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
                testcase = undefined;
            }
            if (name === 'testsuite') {
                const suite = suites.pop();
                if (suite && suite.cases === 0 && suite.errors + suite.failures > 0) {
                    totals.errors += suite.errors + suite.failures;
                    if (totals.failed.length < types/* EVIDENCE_LIMIT */.k5) {
                        totals.failed.push({
                            kind: 'error',
                            name: '(suite did not run)',
                            suite: suite.name,
                            message: '',
                            file: suite.file,
                        });
                    }
                }
            }
        },
    });
    return totals;
}

;// CONCATENATED MODULE: ./packages/gates/src/gates/tests.ts





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
    for (const failure of totals.failed.slice(0, types/* EVIDENCE_LIMIT */.k5)) {
        const file = failure.file ? failure.file.replace(/^\.\//, '') : undefined;
        const name = failure.name.trim();
        const suite = failure.suite.trim();
        const label = suite && suite !== name && suite !== 'undefined' ? `${suite} › ${name}` : name;
        evidence.push({
            message: `${failure.kind === 'error' ? 'error' : 'failed'}: ${label}${failure.message ? `: ${failure.message}` : ''}`,
            file: file && (0,external_node_path_.isAbsolute)(file) ? displayPath(context.workspace, file) : file,
            line: failure.line,
        });
    }
    const tooFew = totals.tests < settings.minTests;
    const reasons = [];
    if (broken.length > 0)
        reasons.push(`${plural(broken.length, 'report')} could not be read`);
    if (failed > 0)
        reasons.push(`${failed} of ${plural(totals.tests, 'test')} failed`);
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
    flags: { check: flagsGate, title: 'Feature flags' },
    freeze: { check: freezeGate, title: 'Freeze windows' },
    custom: { check: customGate, title: 'Custom checks' },
};
function describe(thrown) {
    if (thrown instanceof Error) {
        const status = thrown.status;
        return typeof status === 'number' ? `GitHub API answered ${status}: ${thrown.message}` : thrown.message;
    }
    return String(thrown);
}
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
        const message = `the ${gate} gate could not be evaluated: ${describe(entry.reason)}`;
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

// EXTERNAL MODULE: ./packages/kit/src/github.ts
var github = __webpack_require__(8713);
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
                if ((0,github/* statusOf */.c)(thrown) === 404)
                    return undefined;
                throw thrown;
            }
        },
    };
}

// EXTERNAL MODULE: ./packages/gates/src/settings/custom-commands.ts
var custom_commands = __webpack_require__(4192);
;// CONCATENATED MODULE: ./packages/gates/src/index.ts















/***/ })

};
