export const id = 465;
export const ids = [465];
export const modules = {

/***/ 2465:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   installTools: () => (/* binding */ installTools),
/* harmony export */   knownEnvironments: () => (/* binding */ knownEnvironments),
/* harmony export */   runnerLog: () => (/* binding */ runnerLog)
/* harmony export */ });
/* harmony import */ var _packages_kit_src_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2284);
/* harmony import */ var _packages_deployments_src_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3745);
/** Runner-side pieces deploy-env and rollback share: the log, known environments, tool set-up. */


const runnerLog = { info: _packages_kit_src_index_js__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq, warning: (message) => (0,_packages_kit_src_index_js__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e)(message), group: _packages_kit_src_index_js__WEBPACK_IMPORTED_MODULE_0__/* .group */ .Os };
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
    await (0,_packages_kit_src_index_js__WEBPACK_IMPORTED_MODULE_0__/* .group */ .Os)(`Set up ${specs.map((spec) => `${spec.name} ${spec.version}`).join(', ')}`, () => (0,_packages_deployments_src_index_js__WEBPACK_IMPORTED_MODULE_1__.setupTools)(specs, { addPath: _packages_kit_src_index_js__WEBPACK_IMPORTED_MODULE_0__/* .addPath */ .fM, log: runnerLog }));
}


/***/ })

};
