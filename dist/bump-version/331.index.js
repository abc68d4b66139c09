export const id = 331;
export const ids = [331];
export const modules = {

/***/ 2331:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  releasePullRequest: () => (/* reexport */ releasePullRequest)
});

// UNUSED EXPORTS: COMMIT_TYPES, ChangelogEntries, DEFAULT_COMMIT_RULES, GROUP_ORDER, HistoryAnalyser, KNOWN_FILE_LIST, LEVEL_RANK, RELEASE_LABELS, RELEASE_TYPES, RecordSplitter, SECTION_TITLES, analyseHistory, changelogHeading, chooseComponents, commitMessageProblem, commitOverride, commitRules, compareUrl, decideVersion, detectedSpecs, fillTemplate, hasVersionSection, headerKey, higherLevel, ignoringPull, insertSection, kindOf, levelOf, linkPullRequests, listReleaseTags, logArguments, normalisePath, normaliseVersion, notesFooter, notesOf, parseCommitMessage, parseVersionFileSpec, planInsertion, planRelease, planVersionFiles, pullBody, pullTitle, readComponents, readMarker, release, releaseComponents, releasePullBranch, releaseSubject, releaseValues, renderNotes, sectionOf, stableOf, tagCommit, tagMessage, versionOfTag, writeAllOrNothing, writeChunk, writeNotesBody

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./packages/kit/src/errors.ts
var errors = __webpack_require__(7817);
// EXTERNAL MODULE: ./packages/kit/src/git.ts + 1 modules
var git = __webpack_require__(839);
// EXTERNAL MODULE: ./packages/versioning/src/apply.ts
var apply = __webpack_require__(9826);
// EXTERNAL MODULE: ./packages/versioning/src/checkout.ts
var src_checkout = __webpack_require__(7232);
// EXTERNAL MODULE: ./packages/versioning/src/component-plans.ts
var component_plans = __webpack_require__(3520);
// EXTERNAL MODULE: ./packages/versioning/src/notes.ts + 1 modules
var src_notes = __webpack_require__(4756);
// EXTERNAL MODULE: ./packages/versioning/src/release-pull-body.ts
var release_pull_body = __webpack_require__(9644);
// EXTERNAL MODULE: ./packages/versioning/src/pull-requests.ts
var pull_requests = __webpack_require__(3566);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./packages/versioning/src/repository.ts
var repository = __webpack_require__(444);
// EXTERNAL MODULE: ./packages/versioning/src/tags.ts
var tags = __webpack_require__(8977);
;// CONCATENATED MODULE: ./packages/versioning/src/release-pull-tag.ts






/**
 * The half of the pull-request mode after a person merged the release pull request: each
 * component it names gets its tag on the merge commit. A tag that already exists is left alone
 * (and reported again only to a re-run of the run that made it), so re-runs never tag twice.
 */
/** Whether `tag` was made by this very workflow run (a re-run reports its release again). */
async function taggedByThisRun(settings, root, tag) {
    return Boolean(settings.runUrl) && (await (0,tags/* tagMessage */.ib)(root, tag)).includes(settings.runUrl);
}
/** The newest merged release pull request with a component still to tag, or one this run tagged. */
async function pendingMerge(settings, target) {
    const closed = await settings.api.listClosed(settings.pullBranch, target);
    const newest = closed.find((pull) => pull.merged && pull.mergeCommitSha && (0,release_pull_body/* readMarker */.t7)(pull.body));
    if (!newest)
        return undefined;
    const workspace = await repository/* repositoryRoot */.Hn(settings.workspace);
    for (const component of (0,release_pull_body/* readMarker */.t7)(newest.body).components) {
        if (!(await repository/* refExists */.SJ(workspace, `refs/tags/${component.tag}`)))
            return newest;
        if (await taggedByThisRun(settings, workspace, component.tag))
            return newest;
    }
    return undefined;
}
async function tagMerged(settings, checkout, pull, warnings) {
    const { root } = checkout;
    const components = (0,release_pull_body/* readMarker */.t7)(pull.body).components;
    const commitSha = pull.mergeCommitSha;
    if (!(await repository/* refExists */.SJ(root, commitSha))) {
        throw new errors/* ReleaseError */.K2('ENOTARGET', `The merge commit ${commitSha} of pull request #${pull.number} is not in the checkout`, {
            hint: 'Check out the target branch with its whole history (actions/checkout with fetch-depth: 0).',
        });
    }
    // Every tag is checked before any is made: a tag elsewhere stops the run with nothing half done.
    const existing = new Map();
    for (const component of components) {
        const at = await repository/* refExists */.SJ(root, `refs/tags/${component.tag}`);
        if (at && at !== commitSha) {
            throw new errors/* ReleaseError */.K2('ETAGEXISTS', `${component.tag} already exists on ${at}, not on the merge commit ${commitSha}`);
        }
        existing.set(component.tag, at);
    }
    const released = [];
    for (const [index, component] of components.entries()) {
        const ours = existing.get(component.tag)
            ? await taggedByThisRun(settings, root, component.tag)
            : await pushTag(settings, root, component, commitSha);
        if (!ours)
            continue;
        const notes = await notesFile(settings, component, (0,release_pull_body/* notesOf */.h$)(pull.body, index));
        settings.log.info(`Tagged the merge of #${pull.number} (${commitSha.slice(0, 7)}) as ${component.tag}`);
        released.push({
            ...(component.name ? { name: component.name } : {}),
            path: component.path,
            tag: component.tag,
            version: component.version,
            commitSha,
            notes,
            previous: component.previous,
        });
    }
    if (released.length === 0) {
        const tags = components.map((component) => component.tag).join(', ');
        return {
            action: 'none',
            reason: `${tags} ${components.length === 1 ? 'was' : 'were'} tagged by another run`,
            warnings,
            releasedComponents: [],
        };
    }
    await settings.api.setLabels(pull.number, [release_pull_body/* RELEASE_LABELS */.EN.tagged], [release_pull_body/* RELEASE_LABELS */.EN.pending]);
    return { action: 'tagged', pull, released: released[0], releasedComponents: released, warnings };
}
/** Pushes the annotated tag; false when another run's push of the same tag won. */
async function pushTag(settings, root, component, commitSha) {
    let message = settings.tagMessage
        .replace(/\{version\}/g, component.version)
        .replace(/\{tag\}/g, component.tag);
    if (settings.runUrl)
        message += `\n\nRelease-Run: ${settings.runUrl}`;
    const when = settings.now();
    await repository/* createTag */.VZ(root, component.tag, message, commitSha, settings.identity, when);
    const pushed = await repository/* push */.VC(root, settings.remote, [
        `refs/tags/${component.tag}:refs/tags/${component.tag}`,
    ]);
    if (pushed.outcome === 'pushed')
        return true;
    await repository/* deleteTag */._R(root, component.tag);
    // Another run's push of the same tag won (refused as existing, or as a ref it was locking).
    if (pushed.outcome === 'exists' || (await repository/* remoteHasTag */.xH(root, settings.remote, component.tag)))
        return false;
    throw new errors/* ReleaseError */.K2('EPUSH', `Pushing the tag ${component.tag} failed (${pushed.outcome}):\n${pushed.detail}`, {
        hint: 'The job needs `permissions: contents: write`; a tag ruleset must let this token create release tags.',
    });
}
async function notesFile(settings, component, notes) {
    await (0,promises_.mkdir)(settings.notesDir, { recursive: true });
    const file = (0,external_node_path_.join)(settings.notesDir, `${component.tag.replace(/[^\w.-]+/g, '-')}-notes.md`);
    await (0,promises_.writeFile)(file, notes);
    const preview = notes.slice(0, settings.previewLimit);
    return { file, preview, truncated: preview.length < notes.length, bodyBytes: Buffer.byteLength(notes) };
}

;// CONCATENATED MODULE: ./packages/versioning/src/release-pull.ts










/** GitHub refuses a pull request body above 65,536 characters. */
const BODY_LIMIT = 60_000;
async function releasePullRequest(settings) {
    const warnings = [];
    const checkout = await (0,src_checkout/* prepareCheckout */.s)({ ...settings, releaseBranch: false }, warnings);
    const target = checkout.target;
    const resolved = {
        ...settings,
        pullBranch: settings.pullBranch ?? (0,release_pull_body/* releasePullBranch */.t_)(target),
        pullBase: settings.pullBase ?? target,
    };
    const merged = await pendingMerge(resolved, resolved.pullBase);
    if (merged)
        return tagMerged(resolved, checkout, merged, warnings);
    return keepCurrent(resolved, checkout, target, warnings);
}
/**
 * `own` is the release pull request itself, which holds the commits it releases when they are not on
 * its base yet (a hotfix branch's): never the pull request that brought them.
 */
async function prepareComponent(unit, root, date, own) {
    const { settings, plan } = unit;
    const { links } = await (0,src_notes/* lookupPulls */.ZA)(settings, plan, (0,pull_requests/* ignoringPull */.B)(settings.findPulls, own));
    const ctx = (0,src_notes/* notesContext */.tc)(settings, plan, date, links);
    const notes = await (0,src_notes/* writeNotes */.Ru)(settings, plan, ctx);
    const edits = await (0,src_notes/* fileEdits */.YF)(settings, root, plan, ctx, notes);
    const component = {
        ...(unit.name ? { name: unit.name } : {}),
        path: settings.path,
        tag: plan.tag,
        version: plan.version,
        ...(plan.history.last ? { previous: plan.history.last.version } : {}),
    };
    return { component, notes: await (0,promises_.readFile)(notes.file, 'utf8'), edits };
}
/** Two components may not write the same file: the second would undo the first's version. */
function allEdits(prepared) {
    const owner = new Map();
    for (const { component, edits } of prepared) {
        for (const edit of edits) {
            const other = owner.get(edit.path);
            if (other)
                throw new errors/* ReleaseError */.K2('ECONFIG', `${other} and ${component.name ?? component.path} both write ${edit.path}: give each component its own version files`);
            owner.set(edit.path, component.name ?? component.path);
        }
    }
    return prepared.flatMap((entry) => entry.edits);
}
/** The first tag a releasing component would make that exists already, if every one of them does. */
async function taggedAlready(root, releasing) {
    const tags = releasing.map((unit) => unit.plan.tag);
    for (const tag of tags)
        if (!(await repository/* refExists */.SJ(root, `refs/tags/${tag}`)))
            return undefined;
    return tags.join(', ');
}
function nothingToRelease(plans) {
    if (plans.length === 1) {
        const { plan } = plans[0];
        return `no commit since ${plan.history.lastStable?.name ?? 'the start of the history'} calls for a release`;
    }
    return `no component (${plans.map((unit) => unit.name).join(', ')}) has a commit since its last release that calls for one`;
}
/** Opens, updates or closes the release pull request for what the target branch holds now. */
async function keepCurrent(settings, checkout, target, warnings) {
    const { root, head } = checkout;
    const units = (0,component_plans/* releaseUnits */.hA)(settings, settings.components);
    const plans = await (0,component_plans/* planUnits */.nd)(units, root, head, settings.components?.linked);
    const releasing = plans.filter((unit) => unit.plan.version);
    const proposed = plans.map(({ name, settings: own, plan }) => ({
        ...(name ? { name } : {}),
        path: own.path,
        plan,
    }));
    const plan = (releasing[0] ?? plans[0]).plan;
    const base = settings.pullBase;
    const open = await settings.api.findOpen(settings.pullBranch, base);
    if (releasing.length === 0) {
        const reason = nothingToRelease(plans);
        if (!open)
            return { action: 'none', plan, proposed, reason, warnings };
        await settings.api.comment(open.number, `Nothing to release on \`${target}\` any more (${reason}): closing.`);
        const closed = await settings.api.update(open.number, { state: 'closed' });
        await deleteRemoteBranch(settings, root);
        return { action: 'closed', pull: closed, plan, proposed, reason, warnings };
    }
    // Planned from a branch that does not see the tags (a hotfix merged and tagged on main): released already.
    const tagged = await taggedAlready(root, releasing);
    if (tagged) {
        const reason = `${tagged} already exists: nothing more to propose from ${target}`;
        return { action: 'none', plan, proposed, reason, warnings, pull: open };
    }
    if (await superseded(settings, root, target, head)) {
        const reason = `${target} moved on since ${head.slice(0, 7)}: the run for the newer commit updates the release pull request`;
        return { action: 'superseded', plan, proposed, reason, warnings, pull: open };
    }
    const date = settings.now().toISOString().slice(0, 10);
    const prepared = [];
    for (const unit of releasing)
        prepared.push(await prepareComponent(unit, root, date, open?.number));
    const components = prepared.map((entry) => entry.component);
    const title = (0,release_pull_body/* pullTitle */.SI)(settings, components);
    const body = (0,release_pull_body/* pullBody */.c2)({
        target: base,
        source: target,
        components: prepared.map((entry) => ({ ...entry.component, notes: entry.notes })),
        limit: BODY_LIMIT,
    });
    // The release commit names every component: its message is filled from all their tags.
    const commitPlan = { ...plan, ...(0,release_pull_body/* releaseValues */._8)(components) };
    const branchChanged = await pushReleaseBranch(settings, checkout, commitPlan, allEdits(prepared));
    const done = (action, pull) => ({
        action,
        pull,
        plan,
        proposed,
        warnings,
    });
    if (open) {
        if (!branchChanged && open.title === title && open.body === body)
            return done('unchanged', open);
        return done('updated', await settings.api.update(open.number, { title, body }));
    }
    const created = await settings.api.create({ head: settings.pullBranch, base, title, body });
    if (!created) {
        // A concurrent run opened it between our look and our create: bring that one up to date.
        const found = await settings.api.findOpen(settings.pullBranch, base);
        if (!found)
            throw new errors/* ReleaseError */.K2('EPUSH', `GitHub says a release pull request from ${settings.pullBranch} exists, but none is open`);
        return done('updated', await settings.api.update(found.number, { title, body }));
    }
    await settings.api.setLabels(created.number, [release_pull_body/* RELEASE_LABELS */.EN.pending], []);
    return done('created', created);
}
/** Whether the remote target branch has moved past the commit this run plans from. */
async function superseded(settings, root, target, head) {
    if (!(await repository/* fetchBranch */.D_(root, settings.remote, target)))
        return false;
    const tip = await repository/* refExists */.SJ(root, `refs/remotes/${settings.remote}/${target}`);
    return tip !== undefined && tip !== head && (await repository/* isAncestor */.QX(root, head, tip));
}
/**
 * The release commit on top of the target's head, force-pushed to the release branch (ours alone).
 * False when the branch already held exactly this change on this head.
 */
async function pushReleaseBranch(settings, checkout, plan, edits) {
    const { root, head } = checkout;
    const branch = settings.pullBranch;
    const local = `release-actions-work/${branch}`;
    const applied = await (0,apply/* applyRelease */.Yr)(settings, {
        root,
        plan,
        edits,
        when: settings.now(),
        branchName: local,
        checkout,
        start: head,
    });
    try {
        // A run racing on the same push may write the branch at the same moment: look again and retry.
        for (let attempt = 1;; attempt += 1) {
            await repository/* fetchBranch */.D_(root, settings.remote, branch);
            const remote = await repository/* refExists */.SJ(root, `refs/remotes/${settings.remote}/${branch}`);
            if (remote && (await sameChange(root, remote, applied.commitSha, head)))
                return false;
            const pushed = await repository/* push */.VC(root, settings.remote, [`+${applied.commitSha}:refs/heads/${branch}`]);
            if (pushed.outcome === 'pushed') {
                settings.log.info(`Pushed the release commit ${applied.commitSha.slice(0, 7)} to ${branch}`);
                return true;
            }
            if (pushed.outcome !== 'behind' || attempt >= 3) {
                throw new errors/* ReleaseError */.K2('EPUSH', `Pushing the release branch ${branch} failed (${pushed.outcome}):\n${pushed.detail}`, {
                    hint: 'The job needs `permissions: contents: write`, and no rule may protect the release pull request branch.',
                });
            }
        }
    }
    finally {
        await applied.undo();
    }
}
/** Same parent and same files: the branch already holds this release commit. */
async function sameChange(root, remote, local, head) {
    const parent = await repository/* refExists */.SJ(root, `${remote}^1`);
    if (parent !== head)
        return false;
    const trees = await (0,git/* git */.$Y)(['rev-parse', `${remote}^{tree}`, `${local}^{tree}`], { cwd: root });
    const [a, b] = trees.stdout.trim().split('\n');
    return a === b;
}
async function deleteRemoteBranch(settings, root) {
    const result = await repository/* push */.VC(root, settings.remote, [`:refs/heads/${settings.pullBranch}`]);
    if (result.outcome !== 'pushed')
        settings.log.warning(`Could not delete ${settings.pullBranch}: ${result.detail}`);
}

;// CONCATENATED MODULE: ./packages/versioning/src/index.ts




















/***/ })

};
