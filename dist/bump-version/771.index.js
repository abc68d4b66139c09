export const id = 771;
export const ids = [771];
export const modules = {

/***/ 2771:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  inputSpec: () => (/* reexport */ inputs/* spec */.I),
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./packages/kit/src/github.ts
var github = __webpack_require__(8713);
// EXTERNAL MODULE: ./packages/kit/src/context.ts
var src_context = __webpack_require__(3731);
// EXTERNAL MODULE: ./packages/kit/src/runner.ts + 4 modules
var runner = __webpack_require__(8372);
// EXTERNAL MODULE: ./packages/kit/src/pacing.ts
var pacing = __webpack_require__(774);
// EXTERNAL MODULE: ./packages/versioning/src/conventional.ts
var conventional = __webpack_require__(1542);
// EXTERNAL MODULE: ./packages/versioning/src/apply.ts
var apply = __webpack_require__(9826);
// EXTERNAL MODULE: ./packages/versioning/src/checkout.ts
var src_checkout = __webpack_require__(7232);
// EXTERNAL MODULE: ./packages/versioning/src/notes.ts + 1 modules
var src_notes = __webpack_require__(4756);
// EXTERNAL MODULE: ./packages/versioning/src/plan.ts + 2 modules
var src_plan = __webpack_require__(8379);
// EXTERNAL MODULE: ./packages/versioning/src/repository.ts
var repository = __webpack_require__(444);
// EXTERNAL MODULE: ./packages/kit/src/errors.ts
var errors = __webpack_require__(7817);
// EXTERNAL MODULE: ./packages/versioning/src/settings.ts
var src_settings = __webpack_require__(5961);
// EXTERNAL MODULE: ./packages/versioning/src/tags.ts
var tags = __webpack_require__(8977);
;// CONCATENATED MODULE: ./packages/versioning/src/reuse.ts







/** A tag on `start` that this very workflow run made (recorded in its message). */
async function ownTagAtStart(settings, planSettings, plan) {
    if (!settings.runUrl)
        return undefined;
    const { root } = planSettings;
    for (const tag of plan.history.all.filter((t) => t.commit === plan.start)) {
        if (!(await (0,tags/* tagMessage */.ib)(root, tag.name)).includes(settings.runUrl))
            continue;
        // On a release commit, plan from its parent: what the run that made it saw.
        const subject = (0,src_settings/* fillTemplate */.o)(settings.commitMessage, { version: tag.version, tag: tag.name }).split('\n')[0];
        const parent = (await repository/* commitSubject */.sF(root, plan.start)) === subject
            ? await repository/* firstParent */.v1(root, plan.start)
            : undefined;
        const again = await (0,src_plan/* planRelease */.F)(planSettings, parent ?? plan.start, tag.name);
        if (again.version === tag.version)
            return { commit: plan.start, plan: again };
    }
    return undefined;
}
/**
 * The computed tag (or release branch) exists. It is this release when it sits on
 * a release commit for this version made on top of `start`; planning again from
 * that commit's parent gives the outputs of the run that made it. Anything else is
 * someone else's tag: fail, and never move it.
 */
async function existingRelease(settings, planSettings, plan, ref, what) {
    const { root } = planSettings;
    const commit = await repository/* refExists */.SJ(root, ref);
    if (!commit)
        return undefined;
    const subject = await repository/* commitSubject */.sF(root, commit);
    if (commit !== plan.start &&
        subject === (0,src_settings/* releaseSubject */._)(settings, plan) &&
        (await repository/* isAncestor */.QX(root, plan.start, commit))) {
        const parent = await repository/* firstParent */.v1(root, commit);
        const again = parent ? await (0,src_plan/* planRelease */.F)(planSettings, parent) : undefined;
        if (again && again.version === plan.version)
            return { commit, plan: again };
    }
    throw new errors/* ReleaseError */.K2(what.startsWith('Branch') ? 'EBRANCHEXISTS' : 'ETAGEXISTS', `${what} already exists on ${commit.slice(0, 7)} ("${subject}"), which is not the release of ${plan.start.slice(0, 7)}; it is never moved`, {
        hint: what.startsWith('Branch')
            ? 'Delete the branch if it is stale, or release another version.'
            : `If the tag is a mistake, delete it (git push ${settings.remote} :refs/tags/${plan.tag}); otherwise release a higher version.`,
    });
}
/** Reports a release that already exists; finishes its push if an earlier attempt never made it. */
async function reportExisting(settings, root, found, context) {
    const { plan, commit } = found;
    const when = context.branchName ? settings.now() : await repository/* tagDate */.xn(root, plan.tag);
    const date = when.toISOString().slice(0, 10);
    const { links, report: lookup } = await (0,src_notes/* lookupPulls */.ZA)(settings, plan, context.findPulls);
    const notes = await (0,src_notes/* writeNotes */.Ru)(settings, plan, (0,src_notes/* notesContext */.tc)(settings, plan, date, links));
    settings.log.info(`${context.branchName ?? plan.tag} already marks this release (${commit.slice(0, 7)}); reusing it`);
    let pushed = false;
    const local = !context.branchName && (await repository/* remoteHasTag */.xH(root, settings.remote, plan.tag)) === false;
    if (local && settings.push && !settings.dryRun) {
        // Made by an earlier attempt that never reached the remote: finish its push.
        const refspecs = [
            ...(context.target ? [`${commit}:refs/heads/${context.target}`] : []),
            `refs/tags/${plan.tag}:refs/tags/${plan.tag}`,
        ];
        const result = await (0,apply/* pushWithRetries */.bZ)(settings, root, refspecs);
        if (result.outcome !== 'pushed')
            throw (0,apply/* pushError */.JK)(settings, result, refspecs);
        pushed = true;
    }
    return {
        released: true,
        plan,
        notes,
        date,
        commitSha: commit,
        reused: true,
        files: [],
        pushed,
        attempts: context.attempts,
        lookup,
        warnings: context.warnings,
        releaseBranch: context.branchName,
    };
}

;// CONCATENATED MODULE: ./packages/versioning/src/release.ts






/**
 * A release from start to finish: check the checkout, plan, compute every file,
 * then write, commit, tag and push. Anything that fails before the push is
 * undone (files, commit, tag, branch), so a re-run starts from the same place.
 * A push that finds the branch moved on is undone too; the release is then
 * rebased onto the new head and planned again, so the commits that arrived
 * meanwhile are counted (and never overwritten: nothing is ever force-pushed).
 */
/** Each commit is looked up at most once, however many times the release is planned. */
function cached(find) {
    if (!find)
        return undefined;
    const seen = new Map();
    return (sha) => {
        if (!seen.has(sha))
            seen.set(sha, find(sha));
        return seen.get(sha);
    };
}
async function release(settings) {
    const warnings = [];
    const checkout = await (0,src_checkout/* prepareCheckout */.s)(settings, warnings);
    const { root } = checkout;
    const planSettings = { ...settings, root };
    const findPulls = cached(settings.findPulls);
    let start = settings.releaseBranch ? await (0,src_checkout/* releaseBranchStart */.o)(settings, checkout) : checkout.head;
    for (let attempt = 1;; attempt += 1) {
        const plan = await (0,src_plan/* planRelease */.F)(planSettings, start);
        const context = { attempts: attempt, warnings, findPulls, target: checkout.target };
        const own = await ownTagAtStart(settings, planSettings, plan);
        if (own)
            return reportExisting(settings, root, own, context);
        if (!plan.version) {
            const tagged = plan.history.last?.commit === start ? plan.history.last : undefined;
            const reason = tagged
                ? `${tagged.name} already marks this commit`
                : `no commit since ${plan.history.lastStable?.name ?? 'the start of the history'} calls for a release`;
            const base = { plan, reused: false, files: [], pushed: false, attempts: attempt, warnings };
            return { ...base, released: false, reason };
        }
        const branchName = settings.releaseBranch ? `release/${plan.tag}` : undefined;
        const found = branchName
            ? await existingRelease(settings, planSettings, plan, await releaseBranchRef(settings, root, branchName), `Branch ${branchName}`)
            : await existingRelease(settings, planSettings, plan, `refs/tags/${plan.tag}`, `Tag ${plan.tag}`);
        if (found)
            return reportExisting(settings, root, found, { ...context, branchName });
        const when = settings.now();
        const date = when.toISOString().slice(0, 10);
        const { links, report: lookup } = await (0,src_notes/* lookupPulls */.ZA)(settings, plan, findPulls);
        const ctx = (0,src_notes/* notesContext */.tc)(settings, plan, date, links);
        const notes = await (0,src_notes/* writeNotes */.Ru)(settings, plan, ctx);
        const edits = await (0,src_notes/* fileEdits */.YF)(settings, root, plan, ctx, notes);
        const outcome = {
            released: true,
            plan,
            notes,
            date,
            commitSha: start,
            reused: false,
            files: edits.map((edit) => edit.path),
            pushed: false,
            attempts: attempt,
            releaseBranch: branchName,
            lookup,
            warnings,
        };
        if (settings.dryRun)
            return outcome;
        const applied = await (0,apply/* applyRelease */.Yr)(settings, { root, plan, edits, when, branchName, checkout, start });
        outcome.commitSha = applied.commitSha;
        if (!settings.push)
            return outcome;
        const refspecs = branchName
            ? [`refs/heads/${branchName}:refs/heads/${branchName}`]
            : [`${applied.commitSha}:refs/heads/${checkout.target}`, `refs/tags/${plan.tag}:refs/tags/${plan.tag}`];
        const pushed = await (0,apply/* pushWithRetries */.bZ)(settings, root, refspecs);
        if (pushed.outcome === 'pushed')
            return { ...outcome, pushed: true };
        await applied.undo();
        if (pushed.outcome !== 'behind' || branchName || attempt >= settings.pushAttempts) {
            throw (0,apply/* pushError */.JK)(settings, pushed, refspecs);
        }
        settings.log.info(`${settings.remote}/${checkout.target} moved on meanwhile: rebasing onto it and planning again`);
        await repository/* rebaseOnto */.l4(root, settings.remote, checkout.target);
        start = await repository/* headCommit */.Qo(root);
    }
}
/** The release branch as the remote has it, else as it is here. */
async function releaseBranchRef(settings, root, name) {
    const remote = `refs/remotes/${settings.remote}/${name}`;
    await repository/* fetchBranch */.D_(root, settings.remote, name);
    return (await repository/* refExists */.SJ(root, remote)) ? remote : `refs/heads/${name}`;
}

// EXTERNAL MODULE: ./packages/versioning/src/component-plans.ts
var component_plans = __webpack_require__(3520);
;// CONCATENATED MODULE: ./packages/versioning/src/release-components.ts



/** The versions linked components share, planned from the checkout before anything is written. */
async function linkedVersions(settings, set) {
    const shared = new Map();
    if (set.linked.length === 0)
        return shared;
    const root = await repository/* repositoryRoot */.Hn(settings.workspace);
    const head = await repository/* headCommit */.Qo(root);
    const plans = await (0,component_plans/* planUnits */.nd)((0,component_plans/* releaseUnits */.hA)(settings, set), root, head, set.linked);
    const linked = new Set(set.linked.flat());
    for (const { name, plan } of plans) {
        if (name && linked.has(name) && plan.version)
            shared.set(name, plan.version);
    }
    return shared;
}
async function releaseComponents(settings, set) {
    const shared = await linkedVersions(settings, set);
    const outcomes = [];
    for (const unit of (0,component_plans/* releaseUnits */.hA)(settings, set)) {
        const version = shared.get(unit.name);
        const own = version ? { ...unit.settings, releaseType: 'version', version } : unit.settings;
        settings.log.info(`Component ${unit.name} (${unit.settings.path}, tags ${unit.settings.tagPrefix}…)`);
        outcomes.push({ name: unit.name, path: unit.settings.path, outcome: await release(own) });
    }
    return outcomes;
}

// EXTERNAL MODULE: ./packages/versioning/src/release-pull-body.ts
var release_pull_body = __webpack_require__(9644);
;// CONCATENATED MODULE: ./actions/bump-version/pull-api.ts

function toPull(data) {
    return {
        number: data.number,
        url: data.html_url,
        title: data.title,
        body: data.body ?? '',
        open: data.state === 'open',
        merged: Boolean(data.merged_at),
        ...(data.merge_commit_sha ? { mergeCommitSha: data.merge_commit_sha } : {}),
        labels: data.labels.map((label) => (typeof label === 'string' ? label : (label.name ?? ''))),
    };
}
function pull_api_status(thrown) {
    return typeof thrown === 'object' && thrown !== null && 'status' in thrown
        ? Number(thrown.status)
        : undefined;
}
function releasePullApi(client, owner, repo) {
    const head = (branch) => `${owner}:${branch}`;
    return {
        async findOpen(branch, base) {
            const { data } = await client.rest.pulls.list({
                owner,
                repo,
                state: 'open',
                head: head(branch),
                base,
                per_page: 10,
            });
            return data[0] ? toPull(data[0]) : undefined;
        },
        async listClosed(branch, base) {
            const { data } = await client.rest.pulls.list({
                owner,
                repo,
                state: 'closed',
                head: head(branch),
                base,
                sort: 'created',
                direction: 'desc',
                per_page: 10,
            });
            return data.map((pull) => toPull(pull));
        },
        async create(input) {
            try {
                const { data } = await client.rest.pulls.create({ owner, repo, ...input });
                return toPull(data);
            }
            catch (thrown) {
                // "A pull request already exists for owner:branch.": a concurrent run made it.
                if (pull_api_status(thrown) === 422 && /already exists/.test(String(thrown.message)))
                    return undefined;
                throw thrown;
            }
        },
        async update(number, input) {
            const { data } = await client.rest.pulls.update({ owner, repo, pull_number: number, ...input });
            return toPull(data);
        },
        async setLabels(number, add, remove) {
            if (add.length > 0)
                await client.rest.issues.addLabels({ owner, repo, issue_number: number, labels: add });
            for (const name of remove) {
                await client.rest.issues
                    .removeLabel({ owner, repo, issue_number: number, name })
                    .catch((thrown) => {
                    if (pull_api_status(thrown) !== 404)
                        throw thrown;
                });
            }
        },
        async comment(number, body) {
            await client.rest.issues.createComment({ owner, repo, issue_number: number, body });
        },
    };
}
/**
 * The commit messages merged pull requests put in their `BEGIN_COMMIT_OVERRIDE` block, by commit:
 * the squash (or merge) commit, and the pull request's own commits (its first stands for the block,
 * the others for nothing), so the override holds whichever way the pull request was merged.
 */
async function commitOverrides(client, owner, repo, base) {
    const { data } = await client.rest.pulls.list({
        owner,
        repo,
        state: 'closed',
        base,
        sort: 'updated',
        direction: 'desc',
        per_page: 100,
    });
    const overrides = new Map();
    for (const pull of data) {
        const messages = pull.merged_at ? (0,release_pull_body/* commitOverride */.qs)(pull.body) : undefined;
        if (!messages)
            continue;
        if (pull.merge_commit_sha)
            overrides.set(pull.merge_commit_sha, messages);
        const { data: commits } = await client.rest.pulls.listCommits({
            owner,
            repo,
            pull_number: pull.number,
            per_page: 100,
        });
        commits.forEach((commit, index) => overrides.set(commit.sha, index === 0 ? messages : []));
    }
    return overrides;
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

;// CONCATENATED MODULE: ./actions/bump-version/summary.ts

/**
 * The job summary: the version, why (the commit that drove the bump, or the
 * input that asked for it), the release notes as they will read, and the
 * commits by type. Bounded in size: GitHub
 * caps a step's summary at 1 MiB, and the full notes are in `notes-file`.
 */
const NOTES_IN_SUMMARY = 60_000;
const BECAUSE = { major: 'a breaking change in', minor: 'a feature in', patch: 'a fix in' };
function shortLink(sha, repositoryUrl) {
    const short = code(sha.slice(0, 7));
    return repositoryUrl ? `[${short}](${repositoryUrl}/commit/${sha})` : short;
}
function why(outcome, releaseType, repositoryUrl) {
    const { plan } = outcome;
    if (releaseType !== 'auto')
        return `release-type: ${releaseType} (input)`;
    const driver = plan.analysis.driver;
    if (!driver || !plan.level)
        return '—';
    return `${plan.applied}: ${BECAUSE[plan.level]} ${shortLink(driver.hash, repositoryUrl)} ${driver.header}`;
}
/** The notes as written, cut at a line past NOTES_IN_SUMMARY characters. */
function notesText(notes) {
    const { preview, truncated } = notes;
    if (!truncated && preview.length <= NOTES_IN_SUMMARY)
        return preview.endsWith('\n') ? preview : `${preview}\n`;
    const cut = preview.slice(0, preview.lastIndexOf('\n', NOTES_IN_SUMMARY) + 1);
    return `${cut}\n… (the full notes are in the notes-file output)\n`;
}
/** `1 commit since v1.0.0`: how much history the plan read, as both summaries say it. */
function commitsSince(plan) {
    const { commits } = plan.analysis;
    const since = plan.history.lastStable?.name ?? 'the first commit';
    return `${commits} commit${commits === 1 ? '' : 's'} since ${since}`;
}
function renderSummary(outcome, context) {
    const { plan } = outcome;
    const parts = [];
    if (!outcome.released) {
        parts.push(heading('No release'));
        parts.push(`${outcome.reason ?? 'Nothing to release'}. Last release: ${plan.history.last?.name ?? 'none'}.\n\n`);
    }
    else {
        const suffix = context.dryRun ? ' (dry run)' : outcome.reused ? ' (already released)' : '';
        parts.push(heading(`${plan.tag}${suffix}`));
        const commitCell = outcome.commitSha ? shortLink(outcome.commitSha, context.repositoryUrl) : '—';
        const where = outcome.releaseBranch
            ? `branch ${code(outcome.releaseBranch)} at ${commitCell}`
            : `${code(plan.tag)} on ${commitCell}${outcome.pushed ? ', pushed' : ''}`;
        parts.push(table(['Version', code(plan.version)], [
            ['Previous', plan.history.last ? code(plan.history.last.version) : 'none'],
            ['Release type', `${plan.applied}${plan.prerelease ? ' (prerelease)' : ''}`],
            ['Why', why(outcome, context.releaseType, context.repositoryUrl)],
            [context.dryRun ? 'Would tag' : 'Tag', where],
            ['Files', outcome.files.length > 0 ? outcome.files.map(code).join(', ') : 'none'],
        ]));
    }
    // The notes come first, as they will read on the release: they are what a reviewer checks.
    if (outcome.released && outcome.notes)
        parts.push(`\n${heading('Release notes', 3)}${notesText(outcome.notes)}`);
    const kinds = Object.entries(plan.analysis.byKind).sort((a, b) => b[1] - a[1]);
    const cancelled = plan.analysis.cancelled ? ` (${plan.analysis.cancelled} reverted with their revert)` : '';
    parts.push(`\n${heading('Commits by type', 3)}${commitsSince(plan)}${cancelled}.\n\n`);
    if (kinds.length > 0)
        parts.push(table(['type', 'commits'], kinds.map(([kind, count]) => [code(kind), count])));
    return parts.join('');
}

;// CONCATENATED MODULE: ./actions/bump-version/pull-summary.ts


/**
 * The job summary of the pull-request mode: what happened to the release pull request, what it
 * proposes and on which commits, and once it is tagged, the release notes as they will read.
 */
const SAID = {
    created: 'Opened the release pull request',
    updated: 'Updated the release pull request',
    unchanged: 'The release pull request is up to date',
    closed: 'Closed the release pull request: nothing to release',
    none: 'No release pull request',
    superseded: 'Left the release pull request to the run for the newer commit',
    tagged: 'Tagged the merged release pull request',
};
/** `1 commit since v1.0.0 (feat 1)`: what the proposal rests on. */
function commitsLine({ plan }) {
    const kinds = Object.entries(plan.analysis.byKind)
        .sort((a, b) => b[1] - a[1])
        .map(([kind, count]) => `${code(kind)} ${count}`)
        .join(', ');
    return `${commitsSince(plan)}${kinds ? ` (${kinds})` : ''}`;
}
function rows(outcome) {
    const found = [];
    if (outcome.pull)
        found.push(['Pull request', `[#${outcome.pull.number}](${outcome.pull.url}) ${outcome.pull.title}`]);
    const released = outcome.releasedComponents ?? [];
    const proposing = (outcome.proposed ?? []).filter(({ plan }) => plan.version);
    if (released.length > 0)
        found.push([
            'Released',
            `${released.map((c) => code(c.tag)).join(', ')} at ${code(released[0].commitSha.slice(0, 7))}`,
        ]);
    else if (proposing.length > 0) {
        found.push(['Proposes', proposing.map(({ plan }) => code(plan.tag)).join(', ')]);
        for (const component of proposing)
            found.push([component.name ? `Commits (${component.name})` : 'Commits', commitsLine(component)]);
    }
    if (outcome.reason)
        found.push(['Why', outcome.reason]);
    return found;
}
function pullModeSummary(outcome) {
    const parts = [
        heading('Release pull request'),
        table(['What happened', SAID[outcome.action]], rows(outcome)),
    ];
    for (const component of outcome.releasedComponents ?? []) {
        const title = component.name ? `Release notes: ${component.name} ${component.version}` : 'Release notes';
        parts.push(`\n${heading(title, 3)}${notesText(component.notes)}`);
    }
    return parts.join('');
}

;// CONCATENATED MODULE: ./actions/bump-version/pull-mode.ts



/**
 * mode: pull-request. The release pull request is opened or kept current; once merged, the run
 * after tags its merge commit and reports a release like the direct mode does, so the pipeline
 * builds, deploys and announces it.
 */
const NOTES_OUTPUT_LIMIT = 512 * 1024;
/** The released components, for a job matrix: `strategy.matrix.component: ${{ fromJSON(…) }}`. */
function componentsOutput(released) {
    return JSON.stringify(released.map((c) => ({
        name: c.name ?? '',
        path: c.path,
        version: c.version,
        tag: c.tag,
        // The tag is always <prefix><version>: announce finds the earlier releases by it.
        'tag-prefix': c.tag.endsWith(c.version) ? c.tag.slice(0, c.tag.length - c.version.length) : '',
        'previous-version': c.previous ?? '',
        'notes-file': c.notesFile,
        'commit-sha': c.commitSha,
    })));
}
function pendingOutput(outcome) {
    if (outcome.action === 'tagged' || !outcome.proposed)
        return '[]';
    return JSON.stringify(outcome.proposed
        .filter(({ plan }) => plan.version)
        .map(({ name, path, plan }) => ({ name: name ?? '', path, version: plan.version, tag: plan.tag })));
}
function outputs(outcome, monorepo) {
    // A monorepo's versions are per component (the components output): no one version stands for the run.
    const released = monorepo ? undefined : outcome.released;
    const all = outcome.releasedComponents ?? [];
    return {
        version: released?.version ?? '',
        'previous-version': monorepo ? '' : (released?.previous ?? outcome.plan?.history.last?.version ?? ''),
        tag: released?.tag ?? '',
        'release-type': released ? 'version' : '',
        prerelease: String(Boolean(released && /-/.test(released.version))),
        notes: released ? released.notes.preview.slice(0, NOTES_OUTPUT_LIMIT) : '',
        'notes-file': released?.notes.file ?? '',
        'pull-request-number': outcome.pull ? String(outcome.pull.number) : '',
        'pull-request-url': outcome.pull?.url ?? '',
        'pull-request-action': outcome.action,
        'pending-version': outcome.action === 'tagged' || monorepo ? '' : (outcome.plan?.version ?? ''),
        mode: 'pull-request',
        released: String(all.length > 0),
        'commit-sha': all[0]?.commitSha ?? '',
        monorepo: String(monorepo),
        components: componentsOutput(all.map((c) => ({ ...c, notesFile: c.notes.file }))),
        'pending-components': pendingOutput(outcome),
    };
}
/** The rules that refuse a direct push of the release commit (a fast-forward by a non-admin). */
const BLOCKING_RULES = new Set([
    'pull_request',
    'update',
    'required_status_checks',
    'required_signatures',
    'required_deployments',
    'merge_queue',
    'creation',
]);
/**
 * mode: auto: pull-request where the branch is protected (classic protection, or a ruleset whose
 * rules refuse a direct push), direct elsewhere. Both endpoints answer a job token with only
 * contents: read (branch protection details would need administration, which GITHUB_TOKEN lacks).
 */
async function chooseMode(inputs, settings, context) {
    if (inputs.mode !== 'auto')
        return inputs.mode;
    if (inputs.releaseBranch)
        return 'direct';
    // Where the release would land: the pull request's base when it is not the branch planned from.
    const branch = inputs.pullRequestBase ?? settings.ref ?? context.refName;
    if (!context.owner || !context.repo || !branch)
        throw new Error('mode auto needs GITHUB_REPOSITORY and the branch (ref)');
    const client = await (0,github/* createGitHubClient */.L)({ token: inputs.token });
    const where = { owner: context.owner, repo: context.repo, branch };
    const { data } = await client.rest.repos.getBranch(where);
    const rules = data.protected ? [] : (await client.rest.repos.getBranchRules(where)).data;
    const blocking = rules.filter((rule) => BLOCKING_RULES.has(rule.type)).map((rule) => rule.type);
    const mode = data.protected || blocking.length > 0 ? 'pull-request' : 'direct';
    const why = data.protected
        ? 'branch protection'
        : blocking.length > 0
            ? `ruleset rules: ${blocking.join(', ')}`
            : 'no protection';
    (0,runner/* info */.pq)(`${branch}: ${why}, so the release goes ${mode === 'direct' ? 'straight to the branch' : 'through a pull request'}.`);
    return mode;
}
async function runPullRequestMode(inputs, settings, context) {
    const { releasePullRequest } = await __webpack_require__.e(/* import() */ 331).then(__webpack_require__.bind(__webpack_require__, 2331));
    if (!context.owner || !context.repo)
        throw new Error('GITHUB_REPOSITORY is not set: mode pull-request needs the repository');
    const client = await (0,github/* createGitHubClient */.L)({ token: inputs.token });
    const api = releasePullApi(client, context.owner, context.repo);
    const target = inputs.pullRequestBase ?? settings.ref ?? context.refName;
    const overrides = target
        ? await commitOverrides(client, context.owner, context.repo, target).catch((thrown) => {
            (0,runner/* warning */.$e)(`Commit overrides in pull request bodies were not read: ${thrown.message}`);
            return undefined;
        })
        : undefined;
    const outcome = await (0,runner/* group */.Os)('Release pull request', () => releasePullRequest({
        ...settings,
        overrides,
        api,
        pullBranch: inputs.pullRequestBranch,
        pullBase: inputs.pullRequestBase,
        components: inputs.componentSet,
    }));
    for (const message of outcome.warnings)
        (0,runner/* warning */.$e)(message);
    (0,runner/* info */.pq)(`${SAID[outcome.action]}${outcome.pull ? ` #${outcome.pull.number} (${outcome.pull.url})` : ''}${outcome.reason ? `: ${outcome.reason}` : ''}.`);
    (0,runner/* setOutputs */.n0)(outputs(outcome, Boolean(inputs.componentSet)));
    await (0,runner/* writeSummary */.Sy)(pullModeSummary(outcome));
}

// EXTERNAL MODULE: ./actions/bump-version/inputs.ts + 8 modules
var inputs = __webpack_require__(3751);
;// CONCATENATED MODULE: ./actions/bump-version/run.ts





/** GitHub caps a job output at 1 MB; the notes-file output always has the whole text. */
const run_NOTES_OUTPUT_LIMIT = 512 * 1024;
/** The PR lookup's API client, created on the first lookup only (Octokit is not loaded otherwise). */
function pullFinder(token, owner, repo) {
    let client;
    return async (sha) => {
        // Optional lookups: an API that does not answer is not retried (see createGitHubClient).
        client ??= (0,github/* createGitHubClient */.L)({ token, failFastWhenUnreachable: true });
        const { data } = await (await client).rest.repos.listPullRequestsAssociatedWithCommit({ owner, repo, commit_sha: sha });
        return data;
    };
}
/** The notes for the `notes` output: whole, or their first part and where the rest is. */
function notesOutput(outcome) {
    const notes = outcome.notes;
    if (!notes.truncated)
        return notes.preview;
    const cut = notes.preview.slice(0, notes.preview.lastIndexOf('\n') + 1);
    return `${cut}\n… (truncated: the full notes are in the file named by the notes-file output)\n`;
}
function run_outputs(outcome, path) {
    const { plan } = outcome;
    const released = isReleased(outcome);
    return {
        version: released ? plan.version : '',
        'previous-version': plan.history.last?.version ?? '',
        tag: released ? plan.tag : '',
        'release-type': released ? (plan.applied ?? '') : '',
        released: String(released),
        prerelease: String(released && plan.prerelease),
        notes: released ? notesOutput(outcome) : '',
        'notes-file': released ? outcome.notes.file : '',
        'commit-sha': released ? (outcome.commitSha ?? '') : '',
        monorepo: 'false',
        components: componentsOutput(released ? [releasedEntry(outcome, path)] : []),
    };
}
/** One entry of the components output: a released component (or the whole repository). */
function releasedEntry(outcome, path, name) {
    return {
        ...(name ? { name } : {}),
        path,
        version: outcome.plan.version,
        tag: outcome.plan.tag,
        previous: outcome.plan.history.last?.version,
        notesFile: outcome.notes.file,
        commitSha: outcome.commitSha ?? '',
    };
}
function isReleased(outcome) {
    return outcome.released && outcome.plan.version !== undefined && outcome.notes !== undefined;
}
function statusLine(outcome, inputs) {
    const { plan } = outcome;
    if (!outcome.released)
        return `No release: ${outcome.reason}.`;
    const mode = inputs.dryRun ? 'Dry run: would release' : outcome.reused ? 'Already released' : 'Released';
    const from = plan.history.last ? ` (previous ${plan.history.last.name})` : ' (first release)';
    return `${mode} ${plan.tag}${from}, ${plan.applied}`;
}
/** The inputs this action reads, for tooling and tests that check every input (secrets are masked). */

async function run(inputs) {
    const context = (0,src_context/* runContext */.p)();
    const repositoryUrl = context.repository ? `${context.serverUrl}/${context.repository}` : undefined;
    let findPulls;
    if (inputs.token && inputs.pullRequestLookups > 0) {
        if (context.owner && context.repo)
            findPulls = pullFinder(inputs.token, context.owner, context.repo);
        else
            (0,runner/* warning */.$e)('GITHUB_REPOSITORY is not set: pull requests are not looked up.');
    }
    const settings = {
        workspace: context.workspace,
        tagPrefix: inputs.tagPrefix,
        path: inputs.path,
        releaseType: inputs.releaseType,
        version: inputs.version,
        preid: inputs.preid,
        majorOnZero: inputs.majorOnZero,
        rules: (0,conventional/* commitRules */.XK)(inputs.commitTypes),
        initialVersion: inputs.initialVersion,
        listOther: inputs.changelogOther,
        versionFiles: inputs.versionFiles,
        changelogFile: inputs.changelogFile,
        commitMessage: inputs.commitMessage,
        tagMessage: inputs.tagMessage,
        identity: { name: inputs.gitUserName, email: inputs.gitUserEmail },
        releaseBranch: inputs.releaseBranch,
        releaseBranchFrom: inputs.releaseBranchFrom,
        ref: inputs.ref,
        push: inputs.push,
        dryRun: inputs.dryRun,
        remote: 'origin',
        repositoryUrl,
        runUrl: context.runUrl || undefined,
        findPulls,
        pullLookupLimit: inputs.pullRequestLookups,
        notesDir: (0,external_node_path_.join)(context.temp, 'bump-version'),
        previewLimit: run_NOTES_OUTPUT_LIMIT,
        pushAttempts: 4,
        retryDelayMs: (0,pacing/* pacing */.X)().gitRetryBaseMs ?? 2000,
        now: () => new Date(),
        log: { info: runner/* info */.pq, warning: runner/* warning */.$e },
    };
    // A dry run writes nothing in either mode: it plans as the direct mode does.
    const mode = await chooseMode(inputs, settings, context);
    if (mode === 'pull-request' && !inputs.dryRun) {
        await runPullRequestMode(inputs, settings, context);
        return;
    }
    if (inputs.componentSet) {
        await runComponents(inputs, settings, inputs.componentSet, mode, repositoryUrl);
        return;
    }
    const outcome = await (0,runner/* group */.Os)('Plan and release', () => release(settings));
    for (const message of outcome.warnings)
        (0,runner/* warning */.$e)(message);
    (0,runner/* info */.pq)(statusLine(outcome, inputs));
    // What auto chose: a dry run of the pull-request mode plans as the direct mode does.
    (0,runner/* setOutputs */.n0)({ ...run_outputs(outcome, settings.path), mode });
    await (0,runner/* writeSummary */.Sy)(renderSummary(outcome, { releaseType: inputs.releaseType, dryRun: inputs.dryRun, repositoryUrl }));
}
/** A monorepo in the direct mode (or a dry run): each component released in turn. */
async function runComponents(inputs, settings, set, mode, repositoryUrl) {
    const results = await (0,runner/* group */.Os)('Plan and release each component', () => releaseComponents(settings, set));
    const released = results.filter(({ outcome }) => isReleased(outcome));
    for (const { name, outcome } of results) {
        for (const message of outcome.warnings)
            (0,runner/* warning */.$e)(`${name}: ${message}`);
        (0,runner/* info */.pq)(`${name}: ${statusLine(outcome, inputs)}`);
    }
    (0,runner/* setOutputs */.n0)({
        version: '',
        'previous-version': '',
        tag: '',
        'release-type': '',
        released: String(released.length > 0),
        prerelease: String(released.some(({ outcome }) => outcome.plan.prerelease)),
        notes: '',
        'notes-file': '',
        'commit-sha': released.at(-1)?.outcome.commitSha ?? '',
        mode,
        monorepo: 'true',
        components: componentsOutput(released.map(({ name, path, outcome }) => releasedEntry(outcome, path, name))),
    });
    await (0,runner/* writeSummary */.Sy)(results
        .map(({ outcome }) => renderSummary(outcome, { releaseType: inputs.releaseType, dryRun: inputs.dryRun, repositoryUrl }))
        .join('\n'));
}


/***/ }),

/***/ 9815:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R0: () => (/* binding */ isUnreachable),
/* harmony export */   fM: () => (/* binding */ failFastWhenUnreachable),
/* harmony export */   ge: () => (/* binding */ describeApiFailure)
/* harmony export */ });
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


/***/ }),

/***/ 839:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  $Y: () => (/* binding */ git),
  dP: () => (/* binding */ gitStream),
  q_: () => (/* binding */ gitText)
});

// UNUSED EXPORTS: GitError

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

// EXTERNAL MODULE: ./packages/kit/src/errors.ts
var errors = __webpack_require__(7817);
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


/***/ }),

/***/ 8713:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ createGitHubClient),
/* harmony export */   c: () => (/* binding */ statusOf)
/* harmony export */ });
/* harmony import */ var _api_failure_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9815);
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3731);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7817);
/* harmony import */ var _runner_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8372);
/* harmony import */ var _pacing_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(774);





/**
 * An Octokit with the retry and throttling plugins, loaded on first use so that
 * actions which never call the API do not pay for it at start-up.
 * RELEASE_ACTIONS_API_RETRY_BASE_MS and RELEASE_ACTIONS_API_WRITE_INTERVAL_MS tune
 * the pacing (for a GitHub Enterprise Server with its own limits, or a local API).
 */
async function createGitHubClient(options) {
    if (!options.token) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ReleaseError */ .K2('ENOTOKEN', 'Input "token": got "", expected a GitHub token', {
            hint: 'Pass `token: ${{ github.token }}` (the default) or a token from secrets.',
        });
    }
    (0,_runner_js__WEBPACK_IMPORTED_MODULE_1__/* .mask */ .dK)(options.token);
    const [{ getOctokit }, { retry }, { throttling }, { default: Bottleneck }] = await Promise.all([
        __webpack_require__.e(/* import() */ 270).then(__webpack_require__.bind(__webpack_require__, 2270)),
        Promise.all(/* import() */[__webpack_require__.e(251), __webpack_require__.e(735)]).then(__webpack_require__.bind(__webpack_require__, 9735)),
        Promise.all(/* import() */[__webpack_require__.e(251), __webpack_require__.e(856)]).then(__webpack_require__.bind(__webpack_require__, 6856)),
        __webpack_require__.e(/* import() */ 251).then(__webpack_require__.t.bind(__webpack_require__, 3251, 23)),
    ]);
    const retries = options.retries ?? 4;
    const retryBaseMs = options.retryBaseMs ?? (0,_pacing_js__WEBPACK_IMPORTED_MODULE_2__/* .pacing */ .X)().apiRetryBaseMs ?? 1000;
    const writeInterval = options.writeIntervalMs ?? (0,_pacing_js__WEBPACK_IMPORTED_MODULE_2__/* .pacing */ .X)().apiWriteIntervalMs ?? 250;
    const onLimit = (kind) => (retryAfter, request, _octokit, retryCount) => {
        if (retryCount >= retries)
            return false;
        (0,_runner_js__WEBPACK_IMPORTED_MODULE_1__/* .warning */ .$e)(`GitHub ${kind} on ${request.method} ${request.url}: retrying in ${retryAfter}s`);
        return true;
    };
    return getOctokit(options.token, {
        baseUrl: options.baseUrl ?? (0,_context_js__WEBPACK_IMPORTED_MODULE_3__/* .runContext */ .p)().apiUrl,
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
    ...(options.failFastWhenUnreachable ? [_api_failure_js__WEBPACK_IMPORTED_MODULE_4__/* .failFastWhenUnreachable */ .fM] : []), retry, throttling);
}
/** The HTTP status of an Octokit error, or undefined for anything else. */
function statusOf(thrown) {
    if (typeof thrown === 'object' && thrown !== null && 'status' in thrown) {
        const status = thrown.status;
        return typeof status === 'number' ? status : undefined;
    }
    return undefined;
}


/***/ }),

/***/ 774:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ pacing)
/* harmony export */ });
/* unused harmony export readPacing */
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


/***/ }),

/***/ 9826:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JK: () => (/* binding */ pushError),
/* harmony export */   Yr: () => (/* binding */ applyRelease),
/* harmony export */   bZ: () => (/* binding */ pushWithRetries)
/* harmony export */ });
/* harmony import */ var _kit_src_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7817);
/* harmony import */ var _files_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6241);
/* harmony import */ var _repository_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(444);
/* harmony import */ var _settings_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5961);




async function applyRelease(settings, ctx) {
    const { root, plan } = ctx;
    const steps = [];
    const undo = async () => {
        for (const step of steps.reverse())
            await step();
    };
    const values = { version: plan.version, tag: plan.tag };
    try {
        if (ctx.branchName) {
            await _repository_js__WEBPACK_IMPORTED_MODULE_0__/* .createBranch */ .lY(root, ctx.branchName, ctx.start);
            const back = { branch: ctx.checkout.branch, commit: ctx.checkout.head };
            steps.push(async () => {
                await _repository_js__WEBPACK_IMPORTED_MODULE_0__/* .switchTo */ .S_(root, back);
                await _repository_js__WEBPACK_IMPORTED_MODULE_0__/* .deleteBranch */ .SN(root, ctx.branchName);
            });
        }
        steps.push(await (0,_files_js__WEBPACK_IMPORTED_MODULE_1__/* .writeAllOrNothing */ .P)(root, ctx.edits));
        let commitSha = ctx.start;
        if (ctx.edits.length > 0) {
            steps.push(() => _repository_js__WEBPACK_IMPORTED_MODULE_0__/* .resetTo */ .Tv(root, ctx.start));
            const message = (0,_settings_js__WEBPACK_IMPORTED_MODULE_2__/* .fillTemplate */ .o)(settings.commitMessage, values);
            const paths = ctx.edits.map((edit) => edit.path);
            commitSha = await _repository_js__WEBPACK_IMPORTED_MODULE_0__/* .commit */ .cd(root, paths, message, settings.identity, ctx.when);
            settings.log.info(`Committed ${commitSha.slice(0, 7)} ${message.split('\n')[0]}`);
        }
        if (!ctx.branchName) {
            let message = (0,_settings_js__WEBPACK_IMPORTED_MODULE_2__/* .fillTemplate */ .o)(settings.tagMessage, values);
            if (settings.runUrl)
                message += `\n\nRelease-Run: ${settings.runUrl}`;
            steps.push(() => _repository_js__WEBPACK_IMPORTED_MODULE_0__/* .deleteTag */ ._R(root, plan.tag));
            await _repository_js__WEBPACK_IMPORTED_MODULE_0__/* .createTag */ .VZ(root, plan.tag, message, commitSha, settings.identity, ctx.when);
            settings.log.info(`Tagged ${commitSha.slice(0, 7)} as ${plan.tag}`);
        }
        return { commitSha, undo };
    }
    catch (thrown) {
        await undo();
        throw thrown;
    }
}
const sleep = (ms) => new Promise((done) => setTimeout(done, ms));
async function pushWithRetries(settings, root, refspecs) {
    for (let attempt = 1;; attempt += 1) {
        const result = await _repository_js__WEBPACK_IMPORTED_MODULE_0__/* .push */ .VC(root, settings.remote, refspecs);
        if (result.outcome !== 'transient' || attempt >= settings.pushAttempts)
            return result;
        const why = result.detail.split('\n').pop();
        settings.log.warning(`Push failed (${why}); retrying (${attempt}/${settings.pushAttempts - 1})`);
        await sleep(settings.retryDelayMs * 2 ** (attempt - 1));
    }
}
const PUSH_HINTS = {
    refused: 'The remote refused the push: the job needs `permissions: contents: write`, and a protected branch must let this token push (or use release-branch: true).',
    exists: 'Another run created the same tag or branch meanwhile; re-run to pick it up.',
    behind: 'The branch kept moving while the release was pushed; re-run the workflow.',
};
function pushError(settings, pushed, refspecs) {
    return new _kit_src_index_js__WEBPACK_IMPORTED_MODULE_3__/* .ReleaseError */ .K2('EPUSH', `Pushing ${refspecs.join(' ')} to ${settings.remote} failed (${pushed.outcome}); the local release commit and tag were undone:\n${pushed.detail}`, {
        hint: PUSH_HINTS[pushed.outcome] ??
            'Check that the remote is reachable and the token may push; a re-run starts from a clean state.',
    });
}


/***/ }),

/***/ 7232:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   o: () => (/* binding */ releaseBranchStart),
/* harmony export */   s: () => (/* binding */ prepareCheckout)
/* harmony export */ });
/* harmony import */ var _kit_src_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7817);
/* harmony import */ var _repository_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(444);


function listed(files) {
    return files.slice(0, 10).join(', ') + (files.length > 10 ? `, and ${files.length - 10} more` : '');
}
async function prepareCheckout(settings, warnings) {
    const root = await _repository_js__WEBPACK_IMPORTED_MODULE_0__/* .repositoryRoot */ .Hn(settings.workspace);
    const [head, branch, changed, remote] = await Promise.all([
        _repository_js__WEBPACK_IMPORTED_MODULE_0__/* .headCommit */ .Qo(root),
        _repository_js__WEBPACK_IMPORTED_MODULE_0__/* .currentBranch */ .eR(root),
        _repository_js__WEBPACK_IMPORTED_MODULE_0__/* .changedFiles */ .Y_(root),
        _repository_js__WEBPACK_IMPORTED_MODULE_0__/* .hasRemote */ .F6(root, settings.remote),
    ]);
    const target = settings.releaseBranch ? undefined : (settings.ref ?? branch);
    const writes = !settings.dryRun;
    if (writes && settings.push && !settings.releaseBranch && !target) {
        throw new _kit_src_index_js__WEBPACK_IMPORTED_MODULE_1__/* .ReleaseError */ .K2('EDETACHED', `HEAD is detached at ${head.slice(0, 7)}, so there is no branch to push the release to`, {
            hint: 'Set the ref input to the branch to release on (for example ref: main), or check a branch out.',
        });
    }
    if (writes && settings.push && !remote) {
        throw new _kit_src_index_js__WEBPACK_IMPORTED_MODULE_1__/* .ReleaseError */ .K2('ENOREMOTE', `There is no remote "${settings.remote}" to push the release to`, {
            hint: 'Check the repository out with actions/checkout, or set push: false to keep the release local.',
        });
    }
    if (changed.length > 0 && writes) {
        throw new _kit_src_index_js__WEBPACK_IMPORTED_MODULE_1__/* .ReleaseError */ .K2('EDIRTY', `The working tree has uncommitted changes: ${listed(changed)}`, {
            hint: 'Commit or discard them in an earlier step: the release commit must hold only the release.',
        });
    }
    if (changed.length > 0)
        warnings.push(`The working tree has uncommitted changes (${listed(changed)}); a real run would stop.`);
    const warning = await _repository_js__WEBPACK_IMPORTED_MODULE_0__/* .completeHistory */ .Cx(root, settings.remote, remote);
    if (warning)
        warnings.push(warning);
    if (!(await _repository_js__WEBPACK_IMPORTED_MODULE_0__/* .pathExists */ .s0(root, head, settings.path))) {
        throw new _kit_src_index_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz([(0,_kit_src_index_js__WEBPACK_IMPORTED_MODULE_1__/* .inputProblem */ .oi)('path', settings.path, 'a folder that exists in the repository')]);
    }
    return { root, head, branch, target };
}
/** Where a `release/<tag>` branch starts: the tip of `release-branch-from`, as fresh as the remote has it. */
async function releaseBranchStart(settings, checkout) {
    const base = settings.releaseBranchFrom;
    if (checkout.branch === base)
        return checkout.head;
    await _repository_js__WEBPACK_IMPORTED_MODULE_0__/* .fetchBranch */ .D_(checkout.root, settings.remote, base);
    const start = (await _repository_js__WEBPACK_IMPORTED_MODULE_0__/* .refExists */ .SJ(checkout.root, `refs/remotes/${settings.remote}/${base}`)) ??
        (await _repository_js__WEBPACK_IMPORTED_MODULE_0__/* .refExists */ .SJ(checkout.root, `refs/heads/${base}`));
    if (!start)
        throw new _kit_src_index_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz([(0,_kit_src_index_js__WEBPACK_IMPORTED_MODULE_1__/* .inputProblem */ .oi)('release-branch-from', base, 'a branch that exists')]);
    return start;
}


/***/ }),

/***/ 3520:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   hA: () => (/* binding */ releaseUnits),
/* harmony export */   nd: () => (/* binding */ planUnits)
/* harmony export */ });
/* unused harmony export componentSettings */
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2088);
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(semver__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _kit_src_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7817);
/* harmony import */ var _plan_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8379);



/** The release settings of one component: its own folder, tags, files and changelog. */
function componentSettings(settings, component) {
    return {
        ...settings,
        path: component.path,
        tagPrefix: component.tagPrefix,
        versionFiles: component.versionFiles,
        changelogFile: component.changelogFile,
    };
}
function releaseUnits(settings, set) {
    if (!set)
        return [{ settings }];
    return set.components.map((component) => ({
        name: component.name,
        settings: componentSettings(settings, component),
    }));
}
async function planUnits(units, root, start, linked = []) {
    const plans = [];
    for (const unit of units)
        plans.push({ ...unit, plan: await (0,_plan_js__WEBPACK_IMPORTED_MODULE_1__/* .planRelease */ .F)({ ...unit.settings, root }, start) });
    for (const group of linked)
        await alignGroup(plans, group, root, start);
    return plans;
}
/** Every member of a linked group moves to the highest version any member calls for. */
async function alignGroup(plans, group, root, start) {
    const members = plans.filter((unit) => unit.name !== undefined && group.includes(unit.name));
    const versions = members.map((unit) => unit.plan.version).filter((v) => v !== undefined);
    if (versions.length === 0)
        return;
    const shared = versions.sort((semver__WEBPACK_IMPORTED_MODULE_0___default().rcompare))[0];
    for (const member of members) {
        if (member.plan.version === shared)
            continue;
        const last = member.plan.history.last?.version;
        if (last && !semver__WEBPACK_IMPORTED_MODULE_0___default().gt(shared, last)) {
            throw new _kit_src_index_js__WEBPACK_IMPORTED_MODULE_2__/* .ReleaseError */ .K2('ECONFIG', `The linked components ${group.join(', ')} would share ${shared}, but ${member.name} is already at ${last}`, {
                hint: 'Linked components keep one version: release them together once at a version above all of theirs (Release-As).',
            });
        }
        const plan = await (0,_plan_js__WEBPACK_IMPORTED_MODULE_1__/* .planRelease */ .F)({ ...member.settings, root, releaseType: 'version', version: shared }, start);
        plans[plans.indexOf(member)] = { ...member, plan };
    }
}


/***/ }),

/***/ 1542:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ kindOf),
/* harmony export */   In: () => (/* binding */ levelOf),
/* harmony export */   U5: () => (/* binding */ higherLevel),
/* harmony export */   XK: () => (/* binding */ commitRules),
/* harmony export */   Xs: () => (/* binding */ headerKey),
/* harmony export */   ZE: () => (/* binding */ sectionOf),
/* harmony export */   e9: () => (/* binding */ DEFAULT_COMMIT_RULES),
/* harmony export */   o7: () => (/* binding */ parseCommitMessage)
/* harmony export */ });
/* unused harmony exports COMMIT_TYPES, LEVEL_RANK */
/**
 * Conventional Commits (https://www.conventionalcommits.org/en/v1.0.0/): one commit
 * message in, its type, scope, subject, breaking-change notes, revert target and
 * squash-merge PR number out. Kept close to conventional-commits-parser with the
 * `conventionalcommits` preset (what most tools use), with three deliberate
 * differences, each the spec's reading or the safer one:
 *  - types compare case-insensitively (`Fix:` is a fix), as the spec says;
 *  - `BREAKING CHANGE` must be upper case and followed by a colon, so prose such as
 *    "breaking changes are listed below" in a body never ships a major by accident;
 *  - a revert cancels the commit it names by hash (an abbreviated hash too) or,
 *    when it names none (a squash-merged GitHub revert keeps only its header,
 *    `Revert "chore(deps): update x" (#2230)`), the commit whose header it quotes;
 *  - a revert of a type that never releases (`chore`, `docs`…) releases nothing.
 */
/** Types this tool knows; `hidden` ones never bump and are not listed in the changelog. */
const COMMIT_TYPES = {
    feat: { level: 'minor', section: 'features' },
    feature: { level: 'minor', section: 'features' },
    fix: { level: 'patch', section: 'fixes' },
    perf: { level: 'patch', section: 'performance' },
    revert: { level: 'patch', section: 'reverts' },
    docs: {},
    style: {},
    chore: {},
    refactor: {},
    test: {},
    build: {},
    ci: {},
};
const HEADER = /^(\w+)(?:\(([^()\r\n]*)\))?(!)?: (.*)$/;
const BREAKING_FOOTER = /^[\s*|]*(?:BREAKING CHANGE|BREAKING-CHANGE):[ \t]*(.*)$/;
/** Any footer token (`Refs: x`, `Reviewed-by: y`, `Fixes #1`) ends a multi-line note. */
const FOOTER_TOKEN = /^(?:[\w-]+|BREAKING CHANGE): |^[\w-]+ #/;
const REVERTS_HASH = /This reverts commit ([0-9a-f]{7,64})\b/i;
const GIT_REVERT_HEADER = /^Revert\s+"/i;
/** `Revert "<header>"`, optionally followed by a squash merge's ` (#123)`. */
const QUOTED_REVERT = /^Revert\s+"(.*)"(?:\s*\(#\d+\))?$/i;
const SQUASH_PR = /\s*\(#(\d+)\)$/;
/** release-please's footer, matched as it matches it: any case, on a line of its own. */
const RELEASE_AS = /^release-as:\s*v?(\S+)\s*$/im;
const DEFAULT_COMMIT_RULES = {
    types: COMMIT_TYPES,
    order: ['features', 'fixes', 'performance', 'reverts', 'other'],
};
/** The built-in groups by the title a team would write for them. */
const BUILT_IN_TITLES = {
    features: 'features',
    'bug fixes': 'fixes',
    fixes: 'fixes',
    performance: 'performance',
    'performance improvements': 'performance',
    reverts: 'reverts',
    other: 'other',
};
/** The defaults with a team's rules laid over them, type by type. */
function commitRules(overrides) {
    if (!overrides || overrides.length === 0)
        return DEFAULT_COMMIT_RULES;
    const types = { ...COMMIT_TYPES };
    const order = [...DEFAULT_COMMIT_RULES.order];
    for (const rule of overrides) {
        const type = rule.type.toLowerCase();
        const current = { ...(types[type] ?? {}) };
        if (rule.release !== undefined)
            current.level = rule.release === 'none' ? undefined : rule.release;
        if (rule.section !== undefined) {
            const hidden = rule.section.toLowerCase() === 'hidden';
            const section = hidden ? undefined : (BUILT_IN_TITLES[rule.section.toLowerCase()] ?? rule.section);
            current.section = section;
            if (section && !order.includes(section))
                order.splice(order.indexOf('reverts'), 0, section);
        }
        types[type] = current;
    }
    return { types, order };
}
/** A footer line with GitHub's closing keywords (or Refs) and issue numbers: `Closes #15`, `Fixes: a/b#3, #4`. */
const ISSUE_FOOTER = /^(close[sd]?|fix(?:e[sd])?|resolve[sd]?|refs?)\b:?[ \t]+((?:[\w.-]+\/[\w.-]+)?#\d+(?:[ \t]*,[ \t]*(?:[\w.-]+\/[\w.-]+)?#\d+)*)[ \t]*$/i;
function issueReferences(body) {
    const found = [];
    for (const line of body.split(/\r?\n/)) {
        const match = ISSUE_FOOTER.exec(line.trim());
        if (match)
            found.push(`${match[1].toLowerCase()} ${match[2].split(/[ \t]*,[ \t]*/).join(', ')}`);
    }
    return found;
}
/** The first non-empty line, as git shows it. */
function headerOf(message) {
    let start = 0;
    while (start < message.length && (message[start] === '\n' || message[start] === '\r'))
        start += 1;
    const end = message.indexOf('\n', start);
    if (end < 0)
        return { header: message.slice(start).trimEnd(), rest: '' };
    return { header: message.slice(start, end).replace(/\r$/, ''), rest: message.slice(end + 1) };
}
function breakingNotes(body) {
    const notes = [];
    const lines = body.split(/\r?\n/);
    for (let i = 0; i < lines.length; i += 1) {
        const match = BREAKING_FOOTER.exec(lines[i]);
        if (!match)
            continue;
        // A note runs on over following lines until a blank line or the next footer.
        const text = [match[1].trim()];
        while (i + 1 < lines.length && lines[i + 1].trim() && !FOOTER_TOKEN.test(lines[i + 1])) {
            text.push(lines[i + 1].trim());
            i += 1;
        }
        notes.push(text.filter(Boolean).join(' '));
    }
    return notes;
}
function parseCommitMessage(message) {
    const { header, rest } = headerOf(message);
    const match = HEADER.exec(header);
    // Cheap checks first: on a long history almost no body holds either marker.
    const breaking = rest.includes('BREAKING') ? breakingNotes(rest) : [];
    const commit = { subject: header, header, breaking };
    const releaseAs = /release-as/i.test(rest) ? RELEASE_AS.exec(rest) : null;
    if (releaseAs)
        commit.releaseAs = releaseAs[1];
    const references = rest.includes('#') ? issueReferences(rest) : [];
    if (references.length > 0)
        commit.references = references;
    if (match) {
        commit.type = match[1].toLowerCase();
        if (match[2])
            commit.scope = match[2].trim() || undefined;
        commit.subject = match[4];
        if (match[3] && breaking.length === 0)
            breaking.push(match[4].replace(SQUASH_PR, ''));
    }
    const pr = commit.subject.endsWith(')') ? SQUASH_PR.exec(commit.subject) : null;
    if (pr) {
        commit.pr = Number(pr[1]);
        commit.subject = commit.subject.slice(0, pr.index);
    }
    if (commit.type === 'revert' || GIT_REVERT_HEADER.test(header)) {
        const target = rest.includes('reverts commit') || rest.includes('Reverts commit') ? REVERTS_HASH.exec(rest) : null;
        commit.revert = target ? { hash: target[1].toLowerCase() } : {};
        const quoted = revertedHeader(commit);
        if (quoted)
            commit.revert.header = quoted;
    }
    return commit;
}
/** A header as a revert quotes it and a squash merge writes it: without the trailing ` (#123)`. */
function headerKey(header) {
    return header.trim().replace(SQUASH_PR, '');
}
/** The header a revert quotes: `Revert "<header>"` (GitHub, git revert) or `revert: <header>`. */
function revertedHeader(commit) {
    const quoted = QUOTED_REVERT.exec(commit.header);
    if (quoted)
        return headerKey(quoted[1]) || undefined;
    if (commit.type !== 'revert')
        return undefined;
    const subject = commit.subject.trim().replace(/^"(.*)"$/, '$1');
    return headerKey(subject) || undefined;
}
/** Whether a revert takes back a commit of a type that never releases: then it releases nothing either. */
function revertsSilentType(commit, rules = DEFAULT_COMMIT_RULES) {
    if (!commit.revert?.header)
        return false;
    const reverted = parseCommitMessage(commit.revert.header);
    if (reverted.revert || reverted.breaking.length > 0 || !reverted.type)
        return false;
    const known = rules.types[reverted.type];
    return known !== undefined && known.level === undefined;
}
/** What a commit does to the version: breaking beats a feature beats a fix. */
function levelOf(commit, rules = DEFAULT_COMMIT_RULES) {
    if (commit.breaking.length > 0)
        return 'major';
    if (commit.revert)
        return revertsSilentType(commit, rules) ? undefined : 'patch';
    return commit.type ? rules.types[commit.type]?.level : undefined;
}
/** The changelog section a commit is listed under (besides Breaking changes), if any. */
function sectionOf(commit, rules = DEFAULT_COMMIT_RULES) {
    if (commit.revert)
        return revertsSilentType(commit, rules) ? undefined : 'reverts';
    if (!commit.type || !(commit.type in rules.types))
        return 'other';
    return rules.types[commit.type].section;
}
/** Label for the "commits by type" tally: the type, or how the message falls outside the convention. */
function kindOf(commit) {
    if (commit.revert && !commit.type)
        return 'revert';
    if (!commit.type)
        return 'non-conventional';
    return commit.type;
}
const LEVEL_RANK = { patch: 1, minor: 2, major: 3 };
function higherLevel(a, b) {
    if (!a)
        return b;
    if (!b)
        return a;
    return LEVEL_RANK[a] >= LEVEL_RANK[b] ? a : b;
}


/***/ }),

/***/ 570:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   TW: () => (/* binding */ ChangelogEntries),
/* harmony export */   ZY: () => (/* binding */ REFERENCES_MARK)
/* harmony export */ });
/* unused harmony exports GROUP_ORDER, linesOf */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _record_stream_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5490);




const GROUP_ORDER = [
    'breaking',
    'features',
    'fixes',
    'performance',
    'reverts',
    'other',
];
/** Separates a line's text from its issue footers, which the notes print after the links. */
const REFERENCES_MARK = '\u0002';
/** The lines of an entry in a group, without links: a breaking entry has one per note. */
function linesOf(group, entry) {
    const scope = entry.scope ? `**${entry.scope}:** ` : '';
    const references = entry.references?.length ? REFERENCES_MARK + entry.references.join(', ') : '';
    if (group === 'breaking')
        return entry.breaking.map((note) => `- ${scope}${note}${references}`);
    return [`- ${scope}${entry.subject}${references}`];
}
/** More distinct scopes than this in one group share one trailing bucket, each line keeping its scope. */
const MAX_SCOPES = 40;
const OVERFLOW = '\u0001';
/**
 * Lines wait in a byte buffer per bucket, not in a growing string: strings that
 * wait long outlive V8's young generation and pile up as old-generation garbage.
 */
const BUFFER_BYTES = 8 * 1024;
const spillDirs = new Set();
// Spill files are scratch: gone when the process ends, however it ends.
process.once('exit', () => {
    for (const dir of spillDirs)
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(dir, { recursive: true, force: true });
});
class ChangelogEntries {
    budget;
    order;
    buckets = new Map();
    scopes = new Map();
    dir;
    held = 0;
    /** Entries added (one listed in two groups counts once). */
    size = 0;
    /** `order`: the groups after Breaking changes, in print order (configured sections included). */
    constructor(budget = 2000, order = GROUP_ORDER) {
        this.budget = budget;
        this.order = order;
    }
    add(entry) {
        this.size += 1;
        if (entry.breaking.length > 0)
            this.put('breaking', entry);
        if (entry.section)
            this.put(entry.section, entry);
    }
    /** Whether anything is listed under a group. */
    has(group) {
        return this.scopes.has(group);
    }
    /** Every line of a group, in print order: scopes alphabetically, unscoped, the overflow bucket. */
    async *group(group) {
        const keys = [...(this.scopes.get(group) ?? [])].sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
        for (const scope of keys) {
            const bucket = this.buckets.get(`${group}\0${scope}`);
            if (bucket.file) {
                this.close(bucket);
                yield* readLines(bucket.file);
            }
            else
                yield* bucket.lines;
        }
    }
    put(group, entry) {
        const scopes = this.scopes.get(group) ?? new Set();
        this.scopes.set(group, scopes);
        let scope = entry.scope ?? '';
        if (!scopes.has(scope) && scopes.size >= MAX_SCOPES)
            scope = OVERFLOW;
        scopes.add(scope);
        const key = `${group}\0${scope}`;
        let bucket = this.buckets.get(key);
        if (!bucket) {
            bucket = { lines: [], used: 0 };
            this.buckets.set(key, bucket);
            if (this.dir)
                bucket.file = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(this.dir, `${this.buckets.size}.txt`);
        }
        for (const text of linesOf(group, entry)) {
            const line = { hash: entry.hash, text };
            if (entry.pr !== undefined)
                line.pr = entry.pr;
            if (bucket.file)
                this.write(bucket, line);
            else {
                bucket.lines.push(line);
                this.held += 1;
            }
        }
        if (!bucket.file && this.held > this.budget)
            this.spill();
    }
    /** Past the budget: every bucket moves to its file, and later lines go straight there. */
    spill() {
        this.dir = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdtempSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir)(), 'bump-version-'));
        spillDirs.add(this.dir);
        let index = 0;
        for (const bucket of this.buckets.values()) {
            bucket.file = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(this.dir, `${(index += 1)}.txt`);
            for (const line of bucket.lines)
                this.write(bucket, line);
            bucket.lines = [];
        }
        this.held = 0;
    }
    /** A record is `<hash>\t<pr>\t<line>\n`; lines hold no newline. */
    write(bucket, line) {
        const record = `${line.hash}\t${line.pr ?? ''}\t${line.text}\n`;
        const size = Buffer.byteLength(record);
        bucket.buffer ??= Buffer.allocUnsafe(BUFFER_BYTES);
        if (bucket.used + size > BUFFER_BYTES)
            this.flush(bucket);
        if (size > BUFFER_BYTES)
            this.append(bucket, Buffer.from(record));
        else
            bucket.used += bucket.buffer.write(record, bucket.used);
    }
    flush(bucket) {
        if (bucket.used === 0 || !bucket.buffer)
            return;
        this.append(bucket, bucket.buffer.subarray(0, bucket.used));
        bucket.used = 0;
    }
    append(bucket, bytes) {
        bucket.fd ??= (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(bucket.file, 'a');
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeSync)(bucket.fd, bytes);
    }
    close(bucket) {
        this.flush(bucket);
        if (bucket.fd !== undefined)
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(bucket.fd);
        bucket.fd = undefined;
        bucket.buffer = undefined;
    }
}
/** The lines of a spill file, read in 64 KiB chunks. */
async function* readLines(file) {
    let read = [];
    const splitter = new _record_stream_js__WEBPACK_IMPORTED_MODULE_3__/* .RecordSplitter */ .H((bytes, start, end) => {
        const tab = bytes.indexOf(0x09, start);
        const next = bytes.indexOf(0x09, tab + 1);
        const line = {
            hash: bytes.toString('latin1', start, tab),
            text: bytes.toString('utf8', next + 1, end),
        };
        if (next > tab + 1)
            line.pr = Number(bytes.toString('latin1', tab + 1, next));
        read.push(line);
    }, 0x0a);
    for await (const chunk of (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createReadStream)(file, { highWaterMark: 64 * 1024 })) {
        splitter.push(chunk);
        yield* read;
        read = [];
    }
    splitter.end();
    yield* read;
}
/** Named scopes first, then the unscoped entries, then the overflow bucket. */
function rank(scope) {
    if (scope === OVERFLOW)
        return 2;
    return scope === '' ? 1 : 0;
}


/***/ }),

/***/ 6241:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ writeAllOrNothing),
/* harmony export */   x: () => (/* binding */ writeChunk)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_events__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8474);
/* harmony import */ var node_events__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_events__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);




async function restore(root, edits) {
    for (const edit of edits) {
        const file = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(root, edit.path);
        if (edit.before === undefined)
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(file, { force: true });
        else
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)(file, edit.before);
    }
}
async function writeContent(path, content) {
    if (typeof content === 'string') {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)(path, content);
        return;
    }
    const out = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createWriteStream)(path);
    const failed = (0,node_events__WEBPACK_IMPORTED_MODULE_2__.once)(out, 'error').then(([error]) => Promise.reject(error));
    await Promise.race([content(out), failed]);
    out.end();
    await Promise.race([(0,node_events__WEBPACK_IMPORTED_MODULE_2__.once)(out, 'finish'), failed]);
}
/** Writes a chunk, waiting when the stream asks to. */
async function writeChunk(out, text) {
    if (!out.write(text))
        await (0,node_events__WEBPACK_IMPORTED_MODULE_2__.once)(out, 'drain');
}
async function writeAllOrNothing(root, edits) {
    const staged = [];
    const placed = [];
    try {
        for (const edit of edits) {
            const file = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(root, edit.path);
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.dirname)(file), { recursive: true });
            const temporary = `${file}.bump-version-${process.pid}`;
            staged.push(temporary);
            await writeContent(temporary, edit.after);
            // Keep the file's mode (an executable script stays executable).
            if (edit.before !== undefined)
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.chmod)(temporary, (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(file)).mode & 0o7777);
        }
        for (const [index, edit] of edits.entries()) {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(staged[index], (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(root, edit.path));
            placed.push(edit);
        }
    }
    catch (thrown) {
        await Promise.all(staged.map((path) => (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(path, { force: true })));
        await restore(root, placed);
        throw thrown;
    }
    return () => restore(root, edits);
}


/***/ }),

/***/ 4756:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  YF: () => (/* binding */ fileEdits),
  ZA: () => (/* binding */ lookupPulls),
  tc: () => (/* binding */ notesContext),
  Ru: () => (/* binding */ writeNotes)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./packages/kit/src/files.ts
var files = __webpack_require__(8371);
// EXTERNAL MODULE: external "node:events"
var external_node_events_ = __webpack_require__(8474);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./packages/versioning/src/entries.ts
var entries = __webpack_require__(570);
;// CONCATENATED MODULE: ./packages/versioning/src/changelog.ts

const SECTION_TITLES = {
    breaking: 'Breaking changes',
    features: 'Features',
    fixes: 'Bug fixes',
    performance: 'Performance',
    reverts: 'Reverts',
    other: 'Other',
};
/** A listed line with its links: the pull request (from the subject or the lookup), the commit, the author. */
function linked(line, ctx) {
    const link = ctx.links?.get(line.hash);
    const pr = link?.pr ?? line.pr;
    const url = ctx.repositoryUrl;
    const short = line.hash.slice(0, 7);
    const commit = url ? `[${short}](${url}/commit/${line.hash})` : short;
    const refs = pr === undefined ? commit : `${url ? `[#${pr}](${url}/pull/${pr})` : `#${pr}`}, ${commit}`;
    const [text, issues] = line.text.split(entries/* REFERENCES_MARK */.ZY);
    const footers = issues ? `, ${linkIssues(issues, url)}` : '';
    return `${text} (${refs})${link?.author ? ` by @${link.author}` : ''}${footers}\n`;
}
/** `closes #15, acme/api#3` with each issue linked when the repository is known. */
function linkIssues(text, url) {
    if (!url)
        return text;
    const server = url.slice(0, url.lastIndexOf('/', url.lastIndexOf('/') - 1));
    return text.replace(/([\w.-]+\/[\w.-]+)?#(\d+)/g, (whole, repo, number) => repo ? `[${whole}](${server}/${repo}/issues/${number})` : `[#${number}](${url}/issues/${number})`);
}
function compareUrl(ctx) {
    if (!ctx.repositoryUrl)
        return undefined;
    return ctx.previousTag
        ? `${ctx.repositoryUrl}/compare/${ctx.previousTag}...${ctx.tag}`
        : `${ctx.repositoryUrl}/releases/tag/${ctx.tag}`;
}
const CHUNK = 64 * 1024;
/** The `###` sections, written in chunks of about 64 KiB. */
async function writeNotesBody(entries, ctx, write) {
    let buffer = '';
    let any = false;
    const order = entries.order[0] === 'breaking' ? entries.order : ['breaking', ...entries.order];
    for (const group of order) {
        if (!entries.has(group))
            continue;
        // A configured section is its own title.
        buffer += `${any ? '\n' : ''}### ${SECTION_TITLES[group] ?? group}\n\n`;
        any = true;
        for await (const line of entries.group(group)) {
            buffer += linked(line, ctx);
            if (buffer.length >= CHUNK) {
                await write(buffer);
                buffer = '';
            }
        }
    }
    if (!any)
        buffer += 'No notable changes.\n';
    await write(buffer);
}
/** What follows the sections in release notes: the link to everything that changed. */
function notesFooter(ctx) {
    const url = ctx.previousTag ? compareUrl(ctx) : undefined;
    return url ? `\n**Full changelog**: ${url}\n` : '';
}
/** The whole notes as one string, for small releases and tests. */
async function renderNotes(entries, ctx) {
    const parts = [];
    await writeNotesBody(entries, ctx, (text) => void parts.push(text));
    return parts.join('') + notesFooter(ctx);
}
/** `## [1.2.0](compare) - 2026-01-05`, then a blank line: what goes above the sections in CHANGELOG.md. */
function changelogHeading(ctx) {
    const url = compareUrl(ctx);
    return url ? `## [${ctx.version}](${url}) - ${ctx.date}\n\n` : `## [${ctx.version}] - ${ctx.date}\n\n`;
}
const PREAMBLE = '# Changelog\n\nAll notable changes to this project are documented in this file. The format follows\n' +
    '[Keep a Changelog](https://keepachangelog.com/en/1.1.0/), and versions follow\n' +
    '[Semantic Versioning](https://semver.org/).\n\n';
function escapeRegExp(text) {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
/** True when the changelog already has a section for this version (a re-run, or a merged release branch). */
function hasVersionSection(changelog, version) {
    return new RegExp(`^##\\s+\\[?v?${escapeRegExp(version)}\\]?(?:[\\s(]|$)`, 'm').test(changelog);
}
/** Undefined when the changelog already has a section for this version. */
function planInsertion(changelog, version) {
    if (changelog === undefined || changelog.trim() === '')
        return { before: PREAMBLE, after: '', crlf: false };
    if (hasVersionSection(changelog, version))
        return undefined;
    const crlf = changelog.includes('\r\n');
    const newline = crlf ? '\r\n' : '\n';
    // Above the newest release, below any `## [Unreleased]` section.
    const heading = /^##[ \t]+(?!\[?unreleased\]?)/im.exec(changelog);
    if (heading)
        return {
            before: changelog.slice(0, heading.index),
            after: newline + changelog.slice(heading.index),
            crlf,
        };
    return {
        before: (changelog.endsWith(newline) ? changelog : changelog + newline) + newline,
        after: '',
        crlf,
    };
}
/** The changelog with a section inserted, as one string (small files and tests). */
function insertSection(changelog, section, version) {
    const at = planInsertion(changelog, version);
    if (!at)
        return undefined;
    return at.before + (at.crlf ? section.replace(/\n/g, '\r\n') : section) + at.after;
}

// EXTERNAL MODULE: ./packages/versioning/src/files.ts
var src_files = __webpack_require__(6241);
// EXTERNAL MODULE: ./packages/versioning/src/pull-requests.ts
var pull_requests = __webpack_require__(3566);
// EXTERNAL MODULE: ./packages/versioning/src/version-files/index.ts + 2 modules
var version_files = __webpack_require__(7557);
;// CONCATENATED MODULE: ./packages/versioning/src/notes.ts









/**
 * The release's text and files: the notes (written once, to the notes file, and
 * streamed from there into the changelog), and every version file edit, all
 * computed before anything in the repository is written.
 */
function notesContext(settings, plan, date, links) {
    return {
        version: plan.version,
        tag: plan.tag,
        previousTag: plan.notesFrom?.name,
        date,
        repositoryUrl: settings.repositoryUrl,
        links,
    };
}
async function lookupPulls(settings, plan, findPulls) {
    if (!findPulls || settings.pullLookupLimit === 0 || unreachableFinders.has(findPulls))
        return {};
    const { links, report } = await (0,pull_requests/* linkPullRequests */.M)(plan.notes.lookupCandidates, findPulls, {
        limit: settings.pullLookupLimit,
    });
    if (report.unreachable) {
        // Said once: a later plan of the same run (after a race on the branch) skips the lookup silently.
        unreachableFinders.add(findPulls);
        settings.log.warning(`Pull request lookups skipped after the first try: ${report.error}. The notes link ${report.linked > 0 ? 'what was found so far and ' : ''}commits only; the release goes on.`);
    }
    else if (report.error) {
        const permission = report.forbidden ? ' The job needs `pull-requests: read` for the rest.' : '';
        settings.log.warning(`Pull request lookup stopped (${report.error}); the notes link what was found so far.${permission}`);
    }
    return { links, report };
}
/** Lookups whose API gave no answer: not tried again in the same run. */
const unreachableFinders = new WeakSet();
async function writeNotes(settings, plan, ctx) {
    await (0,promises_.mkdir)(settings.notesDir, { recursive: true });
    const file = (0,external_node_path_.join)(settings.notesDir, `${plan.tag.replace(/[^\w.-]+/g, '-')}-notes.md`);
    const out = (0,external_node_fs_.createWriteStream)(file);
    let preview = '';
    let chars = 0;
    let bodyBytes = 0;
    const take = async (text) => {
        if (preview.length < settings.previewLimit)
            preview += text.slice(0, settings.previewLimit - preview.length);
        chars += text.length;
        bodyBytes += Buffer.byteLength(text);
        await (0,src_files/* writeChunk */.x)(out, text);
    };
    await writeNotesBody(plan.notes.entries, ctx, take);
    const footer = notesFooter(ctx);
    await (0,src_files/* writeChunk */.x)(out, footer);
    out.end();
    await (0,external_node_events_.once)(out, 'finish');
    const truncated = chars > preview.length;
    return { file, preview: truncated ? preview : preview + footer, truncated, bodyBytes };
}
/** Copies the first `bytes` of the notes file into the changelog, in the file's own line endings. */
async function copyBody(out, notes, crlf) {
    if (notes.bodyBytes === 0)
        return;
    for await (const chunk of (0,external_node_fs_.createReadStream)(notes.file, {
        encoding: 'utf8',
        start: 0,
        end: notes.bodyBytes - 1,
    })) {
        await (0,src_files/* writeChunk */.x)(out, crlf ? chunk.replace(/\n/g, '\r\n') : chunk);
    }
}
/** Every file the release writes; a file that cannot be updated stops the release here, before any write. */
async function fileEdits(settings, root, plan, ctx, notes) {
    const specs = settings.versionFiles ?? (0,version_files/* detectedSpecs */.$N)(settings.path);
    const versionFiles = await (0,version_files/* planVersionFiles */.t)(root, specs, plan.version);
    for (const skipped of versionFiles.skipped)
        settings.log.info(`Skipped ${skipped}`);
    const edits = [...versionFiles.edits];
    if (settings.changelogFile) {
        const before = await (0,files/* readFileIfExists */.Q)((0,external_node_path_.join)(root, settings.changelogFile));
        const at = planInsertion(before, plan.version);
        if (!at)
            settings.log.info(`${settings.changelogFile} already has a section for ${plan.version}`);
        else {
            const heading = changelogHeading(ctx);
            const after = async (out) => {
                await (0,src_files/* writeChunk */.x)(out, at.before + (at.crlf ? heading.replace(/\n/g, '\r\n') : heading));
                await copyBody(out, notes, at.crlf);
                await (0,src_files/* writeChunk */.x)(out, at.after);
            };
            edits.push({ path: settings.changelogFile, before, after });
        }
    }
    return edits;
}


/***/ }),

/***/ 8379:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  F: () => (/* binding */ planRelease)
});

// EXTERNAL MODULE: ./node_modules/semver/index.js
var semver = __webpack_require__(2088);
var semver_default = /*#__PURE__*/__webpack_require__.n(semver);
// EXTERNAL MODULE: ./packages/kit/src/git.ts + 1 modules
var git = __webpack_require__(839);
// EXTERNAL MODULE: ./packages/versioning/src/conventional.ts
var conventional = __webpack_require__(1542);
// EXTERNAL MODULE: ./packages/versioning/src/entries.ts
var src_entries = __webpack_require__(570);
// EXTERNAL MODULE: ./packages/versioning/src/record-stream.ts
var record_stream = __webpack_require__(5490);
;// CONCATENATED MODULE: ./packages/versioning/src/analyse.ts




/**
 * `git log` arguments for the range; shared with the benchmark so both read the same commits.
 * Each record is `<mark><hash>\x1f<parents>\x1f<message>`. `--boundary` marks (with `-`)
 * the commits just before the range: the range's start is an ancestor of its end exactly
 * when it is one of them, which spares a second walk of the history to check. Merges are
 * read and skipped here rather than left out with --no-merges, which would also drop the
 * boundary commit whose only child in the range is a merge.
 */
function logArguments(options) {
    const range = options.from ? `${options.from}..${options.to}` : options.to;
    const args = ['log', '-z', '--no-show-signature', '--format=%m%H%x1f%P%x1f%B', range];
    if (options.from)
        args.splice(1, 0, '--boundary');
    if (options.path && options.path !== '.')
        args.push('--', `:(top,literal)${options.path}`);
    return args;
}
const MAX_KINDS = 40;
class HistoryAnalyser {
    listOther;
    candidates;
    watch;
    rules;
    overrides;
    result;
    /** Reverts whose target is older than anything read so far, by the target's full hash… */
    pending = new Map();
    /** …or, for a revert that names an abbreviated hash, by its first 7 characters… */
    pendingShort = new Map();
    /** …or, for one that names no hash (a squash-merged GitHub revert), by the header it quotes. */
    pendingHeader = new Map();
    kinds = new Map();
    breaking = new Finder('BREAKING');
    reverts = new Finder('everts commit');
    releaseAs = [new Finder('elease-As'), new Finder('elease-as'), new Finder('ELEASE-AS')];
    issues = new Finder('#');
    withoutPull = [];
    withPull = [];
    constructor(listOther = false, candidates = 0, memoryBudget, watch, rules = conventional/* DEFAULT_COMMIT_RULES */.e9, overrides) {
        this.listOther = listOther;
        this.candidates = candidates;
        this.watch = watch;
        this.rules = rules;
        this.overrides = overrides;
        const entries = new src_entries/* ChangelogEntries */.TW(memoryBudget, rules.order);
        this.result = { commits: 0, byKind: {}, cancelled: 0, entries, lookupCandidates: [], found: new Map() };
    }
    /** One `git log` record, `bytes[start, end)`: `<mark><hash>\x1f<parents>\x1f<message>` (see logArguments). */
    addRecord(bytes, start = 0, end = bytes.length) {
        const hashEnd = bytes.indexOf(0x1f, start);
        const parentsEnd = hashEnd < 0 || hashEnd >= end ? -1 : bytes.indexOf(0x1f, hashEnd + 1);
        if (parentsEnd < 0 || parentsEnd >= end)
            return;
        const boundary = bytes[start] === 0x2d; // '-'
        const hash = bytes.toString('latin1', start + 1, hashEnd);
        if (this.watch?.has(hash))
            this.result.found.set(hash, boundary ? 'boundary' : 'range');
        // Boundary commits are before the range; merges bring commits that are read on their own.
        const space = bytes.indexOf(0x20, hashEnd + 1);
        if (boundary || (space >= 0 && space < parentsEnd))
            return;
        const message = parentsEnd + 1;
        const newline = bytes.indexOf(0x0a, message);
        const headerEnd = newline < 0 || newline > end ? end : newline;
        // Only a breaking-change footer or a revert's "This reverts commit" make the body matter:
        // otherwise the header alone is decoded and parsed.
        const override = this.overrides?.get(hash);
        if (override) {
            for (const text of override)
                this.add(hash, text);
            return;
        }
        const bodyMatters = headerEnd === message ||
            (headerEnd < end &&
                (this.breaking.within(bytes, headerEnd, end) ||
                    this.reverts.within(bytes, headerEnd, end) ||
                    this.issues.within(bytes, headerEnd, end) ||
                    this.releaseAs.some((finder) => finder.within(bytes, headerEnd, end))));
        this.add(hash, bytes.toString('utf8', message, bodyMatters ? end : headerEnd));
    }
    add(hash, message) {
        const commit = (0,conventional/* parseCommitMessage */.o7)(message);
        this.result.commits += 1;
        // Newest first: the first footer met is the newest.
        if (commit.releaseAs && !this.result.releaseAs)
            this.result.releaseAs = { version: commit.releaseAs, hash };
        const kind = (0,conventional/* kindOf */.I)(commit);
        const seen = this.kinds.get(kind);
        if (seen !== undefined)
            this.kinds.set(kind, seen + 1);
        else if (this.kinds.size < MAX_KINDS)
            this.kinds.set(kind, 1);
        else
            this.kinds.set('(other types)', (this.kinds.get('(other types)') ?? 0) + 1);
        if (this.cancels(hash) || this.cancelsByHeader(commit.header))
            return;
        const target = commit.revert?.hash ?? commit.revert?.header;
        if (target) {
            // Held back until the end: if the reverted commit is in the range, both drop out.
            const held = { hash, target, message };
            const [map, key] = !commit.revert?.hash
                ? [this.pendingHeader, target]
                : target.length >= 40
                    ? [this.pending, target]
                    : [this.pendingShort, target.slice(0, 7)];
            const list = map.get(key);
            if (list)
                list.push(held);
            else
                map.set(key, [held]);
            return;
        }
        this.count(hash, commit);
    }
    /** Whether a hash-less revert read earlier (newer) quotes this commit's header: the first such revert takes it. */
    cancelsByHeader(header) {
        if (this.pendingHeader.size === 0)
            return false;
        const key = (0,conventional/* headerKey */.Xs)(header);
        const list = this.pendingHeader.get(key);
        if (!list)
            return false;
        list.shift();
        if (list.length === 0)
            this.pendingHeader.delete(key);
        this.result.cancelled += 1;
        return true;
    }
    /** Counts the reverts whose target lies before the range; call once the log is read. */
    finish() {
        for (const map of [this.pending, this.pendingShort, this.pendingHeader]) {
            for (const list of map.values())
                for (const held of list)
                    this.count(held.hash, (0,conventional/* parseCommitMessage */.o7)(held.message));
            map.clear();
        }
        this.result.byKind = Object.fromEntries(this.kinds);
        this.result.lookupCandidates = [...this.withoutPull, ...this.withPull];
        return this.result;
    }
    cancels(hash) {
        const full = this.pending.size > 0 ? this.pending.get(hash) : undefined;
        if (full) {
            full.shift();
            if (full.length === 0)
                this.pending.delete(hash);
            this.result.cancelled += 1;
            return true;
        }
        if (this.pendingShort.size === 0)
            return false;
        const key = hash.slice(0, 7);
        const list = this.pendingShort.get(key);
        const index = list ? list.findIndex((held) => hash.startsWith(held.target)) : -1;
        if (!list || index < 0)
            return false;
        list.splice(index, 1);
        if (list.length === 0)
            this.pendingShort.delete(key);
        this.result.cancelled += 1;
        return true;
    }
    count(hash, commit) {
        const level = (0,conventional/* levelOf */.In)(commit, this.rules);
        if (level) {
            const before = this.result.level;
            this.result.level = (0,conventional/* higherLevel */.U5)(before, level);
            if (!this.result.driver || this.result.level !== before)
                this.result.driver = { hash, header: commit.header };
        }
        let section = (0,conventional/* sectionOf */.ZE)(commit, this.rules);
        if (section === 'other' && !this.listOther)
            section = undefined;
        if (!section && commit.breaking.length === 0)
            return;
        const entry = { hash, subject: commit.subject, breaking: commit.breaking };
        if (commit.type)
            entry.type = commit.type;
        if (commit.scope)
            entry.scope = commit.scope;
        if (section)
            entry.section = section;
        if (commit.pr !== undefined)
            entry.pr = commit.pr;
        if (commit.references)
            entry.references = commit.references;
        this.result.entries.add(entry);
        const candidates = entry.pr === undefined ? this.withoutPull : this.withPull;
        if (candidates.length < this.candidates)
            candidates.push(entry);
    }
}
/**
 * Whether an ASCII word occurs in a record, for records read in order from one
 * chunk: Buffer.indexOf searches to the end of the chunk, so its answer is kept
 * and reused until the records pass it, which keeps a chunk's search linear.
 */
class Finder {
    word;
    bytes;
    at = -1;
    constructor(word) {
        this.word = word;
    }
    within(bytes, start, end) {
        if (bytes !== this.bytes || (this.at >= 0 && this.at < start)) {
            this.bytes = bytes;
            this.at = bytes.indexOf(this.word, start, 'latin1');
        }
        return this.at >= 0 && this.at + this.word.length <= end;
    }
}
/** Streams `git log` for the range through a HistoryAnalyser. */
async function analyseHistory(options) {
    const analyser = new HistoryAnalyser(options.listOther, options.lookupCandidates, options.memoryBudget, options.watch, options.rules, options.overrides);
    const splitter = new record_stream/* RecordSplitter */.H((bytes, start, end) => analyser.addRecord(bytes, start, end));
    // GIT_FLUSH=0: git otherwise flushes after every commit when its output is a pipe,
    // one write per commit, which makes reading a long history half again as slow.
    await (0,git/* gitStream */.dP)(logArguments(options), (chunk) => splitter.push(chunk), {
        cwd: options.cwd,
        env: { GIT_FLUSH: '0' },
    });
    splitter.end();
    return analyser.finish();
}

// EXTERNAL MODULE: ./packages/versioning/src/next-version.ts + 1 modules
var next_version = __webpack_require__(4649);
// EXTERNAL MODULE: ./packages/versioning/src/tags.ts
var src_tags = __webpack_require__(8977);
;// CONCATENATED MODULE: ./packages/versioning/src/history.ts



/**
 * The releases reachable from a commit and the commits since the last stable one,
 * in one walk of the history when possible. Asking git which tags are reachable
 * (`--merged`) walks the whole history since the oldest of them: on a long history
 * that is a second walk as long as the log itself. Instead the highest stable tag is
 * taken as the start of the range, and the log confirms it: a tag is reachable
 * exactly when the walk meets it, in the range or on its boundary. Only when that
 * leaves a higher tag unaccounted for (a prerelease on another branch, say) does
 * git get asked after all.
 */
const isStable = (tag) => semver_default().prerelease(tag.version) === null;
function historyOf(all) {
    return { all, last: all[0], lastStable: all.find(isStable) };
}
async function releasesAndCommits(range, ignoreTag) {
    const { cwd, tagPrefix, to } = range;
    const tags = (await (0,src_tags/* listReleaseTags */.LA)(cwd, tagPrefix)).filter((tag) => tag.name !== ignoreTag);
    const guess = tags.find(isStable);
    // A monorepo component's log is limited to its folder, and so is what it meets: ask git.
    if (range.path === undefined || range.path === '.') {
        const above = guess ? tags.filter((tag) => semver_default().gt(tag.version, guess.version)) : tags;
        const watch = new Set([...above, ...(guess ? [guess] : [])].map((tag) => tag.commit));
        const analysis = await analyseHistory({ ...range, from: guess?.commit, watch });
        const met = (tag) => tag.commit === to || analysis.found.has(tag.commit);
        // Without a stable tag the walk covers everything reachable: a tag it did not meet is not reachable.
        if (!guess || (met(guess) && above.every(met))) {
            return { history: historyOf(tags.filter((tag) => tag === guess || met(tag))), analysis };
        }
        const history = historyOf(await reachableTags(cwd, tagPrefix, to, ignoreTag));
        if (history.lastStable?.commit === guess.commit)
            return { history, analysis };
        return { history, analysis: await analyseHistory({ ...range, from: history.lastStable?.commit }) };
    }
    const history = historyOf(await reachableTags(cwd, tagPrefix, to, ignoreTag));
    return { history, analysis: await analyseHistory({ ...range, from: history.lastStable?.commit }) };
}
async function reachableTags(cwd, prefix, to, ignoreTag) {
    return (await (0,src_tags/* listReleaseTags */.LA)(cwd, prefix, to)).filter((tag) => tag.name !== ignoreTag);
}

;// CONCATENATED MODULE: ./packages/versioning/src/plan.ts




/** `ignoreTag`: a tag on `start` made by the run being repeated, which must not count as the last release. */
async function planRelease(settings, start, ignoreTag) {
    const range = {
        cwd: settings.root,
        to: start,
        path: settings.path,
        listOther: settings.listOther,
        lookupCandidates: settings.pullLookupLimit,
        rules: settings.rules,
        overrides: settings.overrides,
    };
    const { history, analysis } = await releasesAndCommits({ ...range, tagPrefix: settings.tagPrefix }, ignoreTag);
    // A Release-As footer since the last release names the version, as release-please reads it;
    // an explicit release type in the workflow still wins.
    const releaseAs = settings.releaseType === 'auto' ? usableReleaseAs(analysis, history) : undefined;
    const decision = (0,next_version/* decideVersion */.vI)({
        releaseType: releaseAs ? 'version' : settings.releaseType,
        version: releaseAs?.version ?? settings.version,
        preid: settings.preid,
        level: analysis.level,
        last: history.last?.version,
        lastStable: history.lastStable?.version,
        majorOnZero: settings.majorOnZero,
        initialVersion: settings.initialVersion,
    });
    const prerelease = decision.version ? semver_default().prerelease(decision.version) !== null : false;
    const notesFrom = prerelease ? history.last : history.lastStable;
    const notes = notesFrom?.commit === history.lastStable?.commit
        ? analysis
        : await analyseHistory({ ...range, from: notesFrom?.commit });
    return {
        start,
        history,
        analysis,
        level: analysis.level,
        version: decision.version,
        applied: decision.applied,
        tag: decision.version ? `${settings.tagPrefix}${decision.version}` : undefined,
        prerelease,
        notesFrom,
        notes,
        ...(releaseAs ? { releaseAs } : {}),
    };
}
/** The footer's version, when it is a version and above the last release (else it is history). */
function usableReleaseAs(analysis, history) {
    const wanted = analysis.releaseAs;
    const version = wanted ? semver_default().valid(semver_default().clean(wanted.version)) : null;
    if (!wanted || !version)
        return undefined;
    if (history.last && !semver_default().gt(version, history.last.version))
        return undefined;
    return { version, hash: wanted.hash };
}


/***/ }),

/***/ 3566:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ ignoringPull),
/* harmony export */   M: () => (/* binding */ linkPullRequests)
/* harmony export */ });
/* harmony import */ var _kit_src_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9815);
/* harmony import */ var _kit_src_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8713);

/**
 * The release pull request itself holds the commits it releases when they are not on its base yet (a hotfix
 * branch's): it is never the pull request that brought them, or each run would link it and update it.
 */
function ignoringPull(find, own) {
    if (!find || own === undefined)
        return find;
    return async (sha) => (await find(sha)).filter((pull) => pull.number !== own);
}
function pickPull(pulls, known) {
    if (known !== undefined)
        return pulls.find((pull) => pull.number === known);
    return pulls.find((pull) => pull.merged_at) ?? pulls[0];
}
async function linkPullRequests(candidates, find, options) {
    const queue = candidates.slice(0, options.limit);
    const links = new Map();
    const report = { calls: 0, linked: 0 };
    const worker = async () => {
        while (queue.length > 0 && !report.error) {
            const entry = queue.shift();
            report.calls += 1;
            let pulls;
            try {
                pulls = await find(entry.hash);
            }
            catch (thrown) {
                if (!report.error) {
                    report.error = (0,_kit_src_index_js__WEBPACK_IMPORTED_MODULE_0__/* .describeApiFailure */ .ge)(thrown);
                    report.unreachable = (0,_kit_src_index_js__WEBPACK_IMPORTED_MODULE_0__/* .isUnreachable */ .R0)(thrown);
                    const status = (0,_kit_src_index_js__WEBPACK_IMPORTED_MODULE_1__/* .statusOf */ .c)(thrown);
                    report.forbidden = !report.unreachable && (status === 403 || status === 404);
                }
                return;
            }
            const pull = pickPull(pulls, entry.pr);
            if (!pull)
                continue;
            links.set(entry.hash, { pr: pull.number, author: pull.user?.login });
            report.linked += 1;
        }
    };
    await Promise.all(Array.from({ length: Math.max(1, options.concurrency ?? 4) }, worker));
    return { links, report };
}


/***/ }),

/***/ 5490:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ RecordSplitter)
/* harmony export */ });
/**
 * Splits a byte stream into records at a separator byte (NUL for `git log -z`),
 * handing each complete record on as it arrives. Only the unfinished tail of the
 * last chunk is kept, so memory stays flat however long the history is. Records
 * are handed on as byte ranges, so a multi-byte character split across two chunks
 * is never cut, and the consumer decodes only what it reads.
 */
class RecordSplitter {
    onRecord;
    separator;
    tail = [];
    constructor(
    /** A record is `bytes[start, end)`; no Buffer is made per record. */
    onRecord, separator = 0) {
        this.onRecord = onRecord;
        this.separator = separator;
    }
    push(chunk) {
        let start = 0;
        let end = chunk.indexOf(this.separator, start);
        while (end >= 0) {
            if (this.tail.length > 0) {
                this.tail.push(chunk.subarray(start, end));
                const whole = Buffer.concat(this.tail);
                this.tail = [];
                this.onRecord(whole, 0, whole.length);
            }
            else
                this.onRecord(chunk, start, end);
            start = end + 1;
            end = chunk.indexOf(this.separator, start);
        }
        // Copy: the producer may reuse the chunk's memory once this returns.
        if (start < chunk.length)
            this.tail.push(Buffer.from(chunk.subarray(start)));
    }
    /** The last record when the stream does not end with a separator. */
    end() {
        if (this.tail.length === 0)
            return;
        const rest = Buffer.concat(this.tail);
        this.tail = [];
        if (rest.length > 0)
            this.onRecord(rest, 0, rest.length);
    }
}


/***/ }),

/***/ 9644:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EN: () => (/* binding */ RELEASE_LABELS),
/* harmony export */   SI: () => (/* binding */ pullTitle),
/* harmony export */   _8: () => (/* binding */ releaseValues),
/* harmony export */   c2: () => (/* binding */ pullBody),
/* harmony export */   h$: () => (/* binding */ notesOf),
/* harmony export */   qs: () => (/* binding */ commitOverride),
/* harmony export */   t7: () => (/* binding */ readMarker),
/* harmony export */   t_: () => (/* binding */ releasePullBranch)
/* harmony export */ });
/* harmony import */ var _settings_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5961);

/** release-please's labels, so that dashboards and habits carry over. */
const RELEASE_LABELS = { pending: 'autorelease: pending', tagged: 'autorelease: tagged' };
const MARKER = /<!-- release-actions:release (\{.*?\}) -->/;
const NOTES_START = '<!-- release-actions:notes:start -->';
const NOTES_END = '<!-- release-actions:notes:end -->';
/** The pull request branch for a target branch, in release-please's style. */
function releasePullBranch(target) {
    return `release-actions--branches--${target}`;
}
/** The commit message's first line, for one component or several (their tags and versions listed). */
function pullTitle(settings, components) {
    return (0,_settings_js__WEBPACK_IMPORTED_MODULE_0__/* .fillTemplate */ .o)(settings.commitMessage, releaseValues(components)).split('\n')[0];
}
/** `{tag}` and `{version}` for the release commit: `v1.2.0`, or `api-v1.2.0, web-v2.0.0`. */
function releaseValues(components) {
    if (components.length === 1)
        return { version: components[0].version, tag: components[0].tag };
    return {
        tag: components.map((c) => c.tag).join(', '),
        version: components.map((c) => `${c.name ?? c.path} ${c.version}`).join(', '),
    };
}
function pullBody(input) {
    const marker = {
        target: input.target,
        components: input.components.map(({ name, path, tag, version, previous }) => ({
            ...(name ? { name } : {}),
            path,
            tag,
            version,
            ...(previous ? { previous } : {}),
        })),
    };
    const names = input.components.map((c) => `\`${c.tag}\``).join(', ');
    const from = input.source ?? input.target;
    const intro = `Merging this pull request releases ${names} from \`${from}\`: the next run of the release ` +
        'workflow tags the merge commit, then builds, deploys and announces it.\n';
    const outro = `\n---\nKept up to date on every push to \`${from}\`; edits to this text are replaced. ` +
        "To change the notes, change the commits (or a merged pull request's `BEGIN_COMMIT_OVERRIDE` block).\n\n" +
        `<!-- release-actions:release ${JSON.stringify(marker)} -->\n`;
    const room = input.limit - intro.length - outro.length;
    const sections = input.components
        .map((c) => `\n## ${c.name ? `${c.name}: ` : ''}${c.tag}\n\n${NOTES_START}\n${c.notes.trimEnd()}\n${NOTES_END}\n`)
        .join('');
    const cut = sections.length > room
        ? `${sections.slice(0, room - 200)}\n\n… (the notes are too long for a pull request body; the CHANGELOG has them whole)\n${NOTES_END}\n`
        : sections;
    return intro + cut + outro;
}
function readMarker(body) {
    const found = body ? MARKER.exec(body) : null;
    if (!found)
        return undefined;
    try {
        const marker = JSON.parse(found[1]);
        return Array.isArray(marker.components) && marker.components.length > 0 ? marker : undefined;
    }
    catch {
        return undefined;
    }
}
/** The notes of the component at `index` (in the marker's order), as the merged pull request showed them. */
function notesOf(body, index = 0) {
    let start = -1;
    for (let seen = 0; seen <= index; seen += 1) {
        start = body.indexOf(NOTES_START, start + 1);
        if (start === -1)
            return '';
    }
    const end = body.indexOf(NOTES_END, start);
    if (end === -1)
        return '';
    return `${body.slice(start + NOTES_START.length, end).trim()}\n`;
}
/**
 * A pull request body's `BEGIN_COMMIT_OVERRIDE` … `END_COMMIT_OVERRIDE` block as commit messages:
 * each line that starts a Conventional Commit header begins a message, other lines are its body.
 */
function commitOverride(body) {
    const found = body ? /BEGIN_COMMIT_OVERRIDE\s*\r?\n([\s\S]*?)\r?\n\s*END_COMMIT_OVERRIDE/.exec(body) : null;
    if (!found)
        return undefined;
    const messages = [];
    for (const line of found[1].split(/\r?\n/)) {
        if (/^\w+(?:\([^()]*\))?!?: \S/.test(line))
            messages.push([line.trim()]);
        else if (messages.length > 0)
            messages.at(-1).push(line);
    }
    return messages.map((lines) => lines.join('\n').trim());
}


/***/ }),

/***/ 444:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cx: () => (/* binding */ completeHistory),
/* harmony export */   D_: () => (/* binding */ fetchBranch),
/* harmony export */   F6: () => (/* binding */ hasRemote),
/* harmony export */   Hn: () => (/* binding */ repositoryRoot),
/* harmony export */   QX: () => (/* binding */ isAncestor),
/* harmony export */   Qo: () => (/* binding */ headCommit),
/* harmony export */   SJ: () => (/* binding */ refExists),
/* harmony export */   SN: () => (/* binding */ deleteBranch),
/* harmony export */   S_: () => (/* binding */ switchTo),
/* harmony export */   Tv: () => (/* binding */ resetTo),
/* harmony export */   VC: () => (/* binding */ push),
/* harmony export */   VZ: () => (/* binding */ createTag),
/* harmony export */   Y_: () => (/* binding */ changedFiles),
/* harmony export */   _R: () => (/* binding */ deleteTag),
/* harmony export */   cd: () => (/* binding */ commit),
/* harmony export */   eR: () => (/* binding */ currentBranch),
/* harmony export */   l4: () => (/* binding */ rebaseOnto),
/* harmony export */   lY: () => (/* binding */ createBranch),
/* harmony export */   s0: () => (/* binding */ pathExists),
/* harmony export */   sF: () => (/* binding */ commitSubject),
/* harmony export */   v1: () => (/* binding */ firstParent),
/* harmony export */   xH: () => (/* binding */ remoteHasTag),
/* harmony export */   xn: () => (/* binding */ tagDate)
/* harmony export */ });
/* unused harmony export classifyPush */
/* harmony import */ var _kit_src_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(839);
/* harmony import */ var _kit_src_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7817);

async function repositoryRoot(workspace) {
    const result = await (0,_kit_src_index_js__WEBPACK_IMPORTED_MODULE_0__/* .git */ .$Y)(['rev-parse', '--show-toplevel'], { cwd: workspace, allowFailure: true });
    if (result.exitCode !== 0) {
        throw new _kit_src_index_js__WEBPACK_IMPORTED_MODULE_1__/* .ReleaseError */ .K2('ENOTGIT', `${workspace} is not inside a git repository`, {
            hint: 'Check the repository out first: actions/checkout with fetch-depth: 0.',
        });
    }
    return result.stdout.trim();
}
async function headCommit(cwd, rev = 'HEAD') {
    return (0,_kit_src_index_js__WEBPACK_IMPORTED_MODULE_0__/* .gitText */ .q_)(['rev-parse', '--verify', `${rev}^{commit}`], { cwd });
}
/** The checked-out branch, or undefined on a detached HEAD. */
async function currentBranch(cwd) {
    const result = await (0,_kit_src_index_js__WEBPACK_IMPORTED_MODULE_0__/* .git */ .$Y)(['symbolic-ref', '--quiet', '--short', 'HEAD'], { cwd, allowFailure: true });
    return result.exitCode === 0 ? result.stdout.trim() : undefined;
}
async function refExists(cwd, ref) {
    const result = await (0,_kit_src_index_js__WEBPACK_IMPORTED_MODULE_0__/* .git */ .$Y)(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], {
        cwd,
        allowFailure: true,
    });
    return result.exitCode === 0 ? result.stdout.trim() : undefined;
}
async function hasRemote(cwd, remote) {
    return (await (0,_kit_src_index_js__WEBPACK_IMPORTED_MODULE_0__/* .git */ .$Y)(['remote', 'get-url', remote], { cwd, allowFailure: true })).exitCode === 0;
}
/** Tracked files with changes (untracked files, such as build output, do not count). */
async function changedFiles(cwd) {
    const { stdout } = await (0,_kit_src_index_js__WEBPACK_IMPORTED_MODULE_0__/* .git */ .$Y)(['status', '--porcelain', '--untracked-files=no'], { cwd });
    return stdout
        .split('\n')
        .filter(Boolean)
        .map((line) => line.slice(3));
}
async function isAncestor(cwd, ancestor, descendant) {
    return ((await (0,_kit_src_index_js__WEBPACK_IMPORTED_MODULE_0__/* .git */ .$Y)(['merge-base', '--is-ancestor', ancestor, descendant], { cwd, allowFailure: true }))
        .exitCode === 0);
}
async function pathExists(cwd, commit, path) {
    if (path === '.')
        return true;
    return (await (0,_kit_src_index_js__WEBPACK_IMPORTED_MODULE_0__/* .git */ .$Y)(['cat-file', '-e', `${commit}:${path}`], { cwd, allowFailure: true })).exitCode === 0;
}
function lastLines(result) {
    return (result.stderr || result.stdout).trim().split('\n').slice(-4).join('\n');
}
/**
 * History and tags, whatever the checkout fetched. actions/checkout fetches one
 * commit and no tags by default: deepen such a clone, with its tags, before
 * reading it. A full clone only has its tags refreshed (best effort: a run that
 * cannot reach the remote still works from what it has).
 * Returns a warning to show, if any.
 */
async function completeHistory(cwd, remote, reachable) {
    const shallow = (await (0,_kit_src_index_js__WEBPACK_IMPORTED_MODULE_0__/* .gitText */ .q_)(['rev-parse', '--is-shallow-repository'], { cwd })) === 'true';
    if (shallow) {
        const result = reachable
            ? await (0,_kit_src_index_js__WEBPACK_IMPORTED_MODULE_0__/* .git */ .$Y)(['fetch', '--quiet', '--unshallow', '--tags', remote], { cwd, allowFailure: true })
            : undefined;
        if (!result || result.exitCode !== 0) {
            const why = result ? lastLines(result) : `there is no remote "${remote}"`;
            throw new _kit_src_index_js__WEBPACK_IMPORTED_MODULE_1__/* .ReleaseError */ .K2('ESHALLOW', `This is a shallow clone and its history could not be fetched, so the last release cannot be found: ${why}`, { hint: 'Check out the whole history: actions/checkout with fetch-depth: 0.' });
        }
        return undefined;
    }
    if (!reachable)
        return undefined;
    const result = await (0,_kit_src_index_js__WEBPACK_IMPORTED_MODULE_0__/* .git */ .$Y)(['fetch', '--quiet', '--tags', remote], { cwd, allowFailure: true });
    return result.exitCode === 0 ? undefined : `Could not refresh tags from ${remote}: ${lastLines(result)}`;
}
/** Fetches one branch from the remote into refs/remotes; false when the remote lacks it. */
async function fetchBranch(cwd, remote, branch) {
    const spec = `+refs/heads/${branch}:refs/remotes/${remote}/${branch}`;
    return (await (0,_kit_src_index_js__WEBPACK_IMPORTED_MODULE_0__/* .git */ .$Y)(['fetch', '--quiet', remote, spec], { cwd, allowFailure: true })).exitCode === 0;
}
async function remoteHasTag(cwd, remote, tag) {
    const result = await (0,_kit_src_index_js__WEBPACK_IMPORTED_MODULE_0__/* .git */ .$Y)(['ls-remote', '--tags', remote, `refs/tags/${tag}`], { cwd, allowFailure: true });
    return result.exitCode === 0 ? result.stdout.trim().length > 0 : undefined;
}
function withIdentity(identity, args) {
    return ['-c', `user.name=${identity.name}`, '-c', `user.email=${identity.email}`, ...args];
}
function dated(when) {
    const stamp = `${Math.floor(when.getTime() / 1000)} +0000`;
    return { GIT_AUTHOR_DATE: stamp, GIT_COMMITTER_DATE: stamp };
}
async function commit(cwd, paths, message, identity, when) {
    await (0,_kit_src_index_js__WEBPACK_IMPORTED_MODULE_0__/* .git */ .$Y)(['add', '--', ...paths], { cwd });
    // --no-verify: hooks installed by the project's tooling (lint-staged, commitlint)
    // are for people's commits; the release commit only touches version files.
    await (0,_kit_src_index_js__WEBPACK_IMPORTED_MODULE_0__/* .git */ .$Y)(withIdentity(identity, ['commit', '--quiet', '--no-verify', '-m', message]), {
        cwd,
        env: dated(when),
    });
    return headCommit(cwd);
}
async function createTag(cwd, tag, message, target, identity, when) {
    await (0,_kit_src_index_js__WEBPACK_IMPORTED_MODULE_0__/* .git */ .$Y)(withIdentity(identity, ['tag', '--annotate', '--message', message, tag, target]), {
        cwd,
        env: dated(when),
    });
}
async function deleteTag(cwd, tag) {
    await (0,_kit_src_index_js__WEBPACK_IMPORTED_MODULE_0__/* .git */ .$Y)(['tag', '--delete', tag], { cwd, allowFailure: true });
}
const TRANSIENT = /could not resolve host|connection (reset|refused|timed out)|timed out|early eof|remote end hung up|unable to access|\b50[0-9]\b|temporarily|rpc failed|could not read from remote/i;
/** Classifies a push, so that only a remote that moved on is rebased onto and only a network hiccup is retried. */
function classifyPush(result) {
    if (result.exitCode === 0)
        return 'pushed';
    const text = `${result.stdout}\n${result.stderr}`;
    // Behind: refused as not a fast-forward, or the remote branch moved between the
    // client's check and the server's ref update (a true race: "cannot lock ref").
    if (/\((fetch first|non-fast-forward|stale info)\)|cannot lock ref|incorrect old value/.test(text))
        return 'behind';
    if (/\(already exists\)/.test(text))
        return 'exists';
    if (/remote rejected|protected branch|permission|denied|\b403\b|declined/i.test(text))
        return 'refused';
    if (TRANSIENT.test(text))
        return 'transient';
    return 'failed';
}
/** One push of all refs, atomically: the branch and its tag land together or not at all. */
async function push(cwd, remote, refspecs) {
    const result = await (0,_kit_src_index_js__WEBPACK_IMPORTED_MODULE_0__/* .git */ .$Y)(['push', '--atomic', '--porcelain', remote, ...refspecs], {
        cwd,
        allowFailure: true,
    });
    return { outcome: classifyPush(result), detail: lastLines(result) };
}
/** Brings the local branch (or detached HEAD) up to date with the remote branch. */
async function rebaseOnto(cwd, remote, branch) {
    if (!(await fetchBranch(cwd, remote, branch))) {
        throw new _kit_src_index_js__WEBPACK_IMPORTED_MODULE_1__/* .ReleaseError */ .K2('EPUSH', `Could not fetch ${branch} from ${remote} to catch up with it`);
    }
    const result = await (0,_kit_src_index_js__WEBPACK_IMPORTED_MODULE_0__/* .git */ .$Y)(['rebase', '--quiet', `refs/remotes/${remote}/${branch}`], {
        cwd,
        allowFailure: true,
    });
    if (result.exitCode !== 0) {
        await (0,_kit_src_index_js__WEBPACK_IMPORTED_MODULE_0__/* .git */ .$Y)(['rebase', '--abort'], { cwd, allowFailure: true });
        throw new _kit_src_index_js__WEBPACK_IMPORTED_MODULE_1__/* .ReleaseError */ .K2('EREBASE', `${remote}/${branch} moved on and the local commits do not rebase onto it cleanly`, {
            details: lastLines(result),
            hint: 'Re-run the workflow on the new head of the branch.',
        });
    }
}
/** Puts HEAD and the index back on `commit` without touching files (those are restored separately). */
async function resetTo(cwd, commitSha) {
    await (0,_kit_src_index_js__WEBPACK_IMPORTED_MODULE_0__/* .git */ .$Y)(['reset', '--quiet', '--mixed', commitSha], { cwd });
}
async function switchTo(cwd, target) {
    if (target.branch)
        await (0,_kit_src_index_js__WEBPACK_IMPORTED_MODULE_0__/* .git */ .$Y)(['switch', '--quiet', target.branch], { cwd });
    else
        await (0,_kit_src_index_js__WEBPACK_IMPORTED_MODULE_0__/* .git */ .$Y)(['switch', '--quiet', '--detach', target.commit], { cwd });
}
async function createBranch(cwd, name, start) {
    await (0,_kit_src_index_js__WEBPACK_IMPORTED_MODULE_0__/* .git */ .$Y)(['switch', '--quiet', '--create', name, start], { cwd });
}
async function deleteBranch(cwd, name) {
    await (0,_kit_src_index_js__WEBPACK_IMPORTED_MODULE_0__/* .git */ .$Y)(['branch', '--quiet', '-D', name], { cwd, allowFailure: true });
}
async function commitSubject(cwd, sha) {
    return (0,_kit_src_index_js__WEBPACK_IMPORTED_MODULE_0__/* .gitText */ .q_)(['log', '-1', '--format=%s', sha], { cwd });
}
async function firstParent(cwd, sha) {
    return refExists(cwd, `${sha}^1`);
}
/** When a tag was made (tagger date), or its commit's date for a lightweight tag. */
async function tagDate(cwd, tag) {
    const text = await (0,_kit_src_index_js__WEBPACK_IMPORTED_MODULE_0__/* .gitText */ .q_)([
        'for-each-ref',
        '--format=%(taggerdate:unix)%00%(*committerdate:unix)%00%(committerdate:unix)',
        `refs/tags/${tag}`,
    ], {
        cwd,
    });
    const seconds = text.split('\0').find((part) => /^\d+$/.test(part));
    return new Date(Number(seconds ?? 0) * 1000);
}


/***/ }),

/***/ 5961:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ releaseSubject),
/* harmony export */   o: () => (/* binding */ fillTemplate)
/* harmony export */ });
function fillTemplate(template, values) {
    return template.replace(/\{version\}/g, values.version).replace(/\{tag\}/g, values.tag);
}
/** The first line of the release commit message: how a release commit is recognised. */
function releaseSubject(settings, plan) {
    return fillTemplate(settings.commitMessage, { version: plan.version, tag: plan.tag }).split('\n')[0];
}


/***/ }),

/***/ 8977:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LA: () => (/* binding */ listReleaseTags),
/* harmony export */   ib: () => (/* binding */ tagMessage)
/* harmony export */ });
/* unused harmony exports versionOfTag, tagCommit */
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2088);
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(semver__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _kit_src_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(839);


/** The version a tag names under this prefix, or undefined when it is not `<prefix><strict semver>`. */
function versionOfTag(tag, prefix) {
    if (!tag.startsWith(prefix))
        return undefined;
    const rest = tag.slice(prefix.length);
    return semver__WEBPACK_IMPORTED_MODULE_0___default().valid(rest) === rest ? rest : undefined;
}
function globEscape(text) {
    return text.replace(/[*?[\]\\]/g, (c) => `\\${c}`);
}
async function listReleaseTags(cwd, prefix, mergedInto) {
    const args = ['for-each-ref', '--format=%(refname:strip=2)%00%(objectname)%00%(*objectname)'];
    if (mergedInto)
        args.push(`--merged=${mergedInto}`);
    args.push(`refs/tags/${globEscape(prefix)}*`);
    const { stdout } = await (0,_kit_src_index_js__WEBPACK_IMPORTED_MODULE_1__/* .git */ .$Y)(args, { cwd });
    const tags = [];
    for (const line of stdout.split('\n')) {
        if (!line)
            continue;
        const [name = '', object = '', peeled = ''] = line.split('\0');
        const version = versionOfTag(name, prefix);
        if (version)
            tags.push({ name, version, commit: peeled || object });
    }
    return tags.sort((a, b) => semver__WEBPACK_IMPORTED_MODULE_0___default().rcompare(a.version, b.version));
}
/** The commit a tag points at, or undefined when there is no such tag here. */
async function tagCommit(cwd, tag) {
    const result = await git(['rev-parse', '--verify', '--quiet', `refs/tags/${tag}^{commit}`], {
        cwd,
        allowFailure: true,
    });
    return result.exitCode === 0 ? result.stdout.trim() : undefined;
}
/** The annotation of a tag (empty for a lightweight tag). */
async function tagMessage(cwd, tag) {
    return (0,_kit_src_index_js__WEBPACK_IMPORTED_MODULE_1__/* .gitText */ .q_)(['for-each-ref', '--format=%(contents)', `refs/tags/${tag}`], { cwd });
}


/***/ })

};
