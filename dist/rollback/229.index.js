export const id = 229;
export const ids = [229];
export const modules = {

/***/ 3229:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   deploySettings: () => (/* binding */ deploySettings),
/* harmony export */   providerSettings: () => (/* binding */ providerSettings),
/* harmony export */   strategyProblems: () => (/* binding */ strategyProblems)
/* harmony export */ });
/* harmony import */ var _packages_kit_src_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2284);
/* harmony import */ var _packages_deployments_src_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3745);
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
            problems.push((0,_packages_kit_src_index_js__WEBPACK_IMPORTED_MODULE_0__/* .inputProblem */ .oi)(name, '', `${what} (the ${strategy} strategy needs it)`));
    }
    const urls = inputs.verifyUrl ?? [];
    const first = urls[0] ?? '';
    if (strategy === 'blue-green' && !(0,_packages_deployments_src_index_js__WEBPACK_IMPORTED_MODULE_1__.templateKeys)(first).includes('slot')) {
        problems.push((0,_packages_kit_src_index_js__WEBPACK_IMPORTED_MODULE_0__/* .inputProblem */ .oi)('verify-url', first, 'a URL with {slot}, e.g. https://{slot}.internal.example.com/health (blue-green verifies the idle slot before the switch)'));
    }
    if (strategy === 'rolling') {
        if (!inputs.targets)
            problems.push((0,_packages_kit_src_index_js__WEBPACK_IMPORTED_MODULE_0__/* .inputProblem */ .oi)('targets', '', 'the names of the targets to roll out to (the rolling strategy needs them)'));
        if (!(0,_packages_deployments_src_index_js__WEBPACK_IMPORTED_MODULE_1__.templateKeys)(first).includes('target')) {
            problems.push((0,_packages_kit_src_index_js__WEBPACK_IMPORTED_MODULE_0__/* .inputProblem */ .oi)('verify-url', first, 'a URL with {target}, e.g. https://{target}.internal.example.com/health (rolling verifies every batch)'));
        }
    }
    if (strategy === 'canary' && !inputs.analysisUrl && !(0,_packages_deployments_src_index_js__WEBPACK_IMPORTED_MODULE_1__.templateKeys)(first).includes('slot')) {
        problems.push((0,_packages_kit_src_index_js__WEBPACK_IMPORTED_MODULE_0__/* .inputProblem */ .oi)('analysis-url', '', 'the canary\'s URL, or a verify-url with {slot} (the canary is analysed at slot "canary")'));
    }
    if (inputs.versionPath && urls.length === 0 && !inputs.environmentUrl) {
        problems.push((0,_packages_kit_src_index_js__WEBPACK_IMPORTED_MODULE_0__/* .inputProblem */ .oi)('version-path', inputs.versionPath, 'a verify-url or environment-url to read the version from'));
    }
    return problems;
}
const SHA = /^[0-9a-f]{40}$/i;
/** The commit the version came from: the ref itself when it is a SHA, the run's commit when it is the run's ref. */
function commitOf(ref, context) {
    if (SHA.test(ref))
        return ref.toLowerCase();
    if (!ref || ref === context.ref || ref === context.refName)
        return context.sha;
    return '';
}
/** Both actions' shared settings; deploy-env fills in the version, rollback the good version's. */
function providerSettings(inputs, context, environment) {
    const production = inputs.production ?? (0,_packages_deployments_src_index_js__WEBPACK_IMPORTED_MODULE_1__.isProductionName)(environment);
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
    const problems = strategyProblems(inputs.strategy, inputs);
    if (problems.length > 0)
        throw new _packages_kit_src_index_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(problems);
    const base = providerSettings(inputs, context, inputs.environment);
    const ref = inputs.ref ?? context.ref;
    return {
        settings: {
            ...base,
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
            },
            autoRollback: inputs.autoRollback ?? base.production,
            artifacts,
        },
        allowedRefs: inputs.allowedRefs ?? (0,_packages_deployments_src_index_js__WEBPACK_IMPORTED_MODULE_1__.defaultAllowedRefs)(base.production),
        sourceRef: (0,_packages_deployments_src_index_js__WEBPACK_IMPORTED_MODULE_1__.sourceRef)(ref, context.ref),
    };
}


/***/ })

};
