import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 1916:
/***/ ((__unused_webpack_module, exports) => {

var __webpack_unused_export__;

__webpack_unused_export__ = true;
exports.Io = __webpack_unused_export__ = void 0;
var peq = new Uint32Array(0x10000);
var myers_32 = function (a, b) {
    var n = a.length;
    var m = b.length;
    var lst = 1 << (n - 1);
    var pv = -1;
    var mv = 0;
    var sc = n;
    var i = n;
    while (i--) {
        peq[a.charCodeAt(i)] |= 1 << i;
    }
    for (i = 0; i < m; i++) {
        var eq = peq[b.charCodeAt(i)];
        var xv = eq | mv;
        eq |= ((eq & pv) + pv) ^ pv;
        mv |= ~(eq | pv);
        pv &= eq;
        if (mv & lst) {
            sc++;
        }
        if (pv & lst) {
            sc--;
        }
        mv = (mv << 1) | 1;
        pv = (pv << 1) | ~(xv | mv);
        mv &= xv;
    }
    i = n;
    while (i--) {
        peq[a.charCodeAt(i)] = 0;
    }
    return sc;
};
var myers_x = function (b, a) {
    var n = a.length;
    var m = b.length;
    var mhc = [];
    var phc = [];
    var hsize = Math.ceil(n / 32);
    var vsize = Math.ceil(m / 32);
    for (var i = 0; i < hsize; i++) {
        phc[i] = -1;
        mhc[i] = 0;
    }
    var j = 0;
    for (; j < vsize - 1; j++) {
        var mv_1 = 0;
        var pv_1 = -1;
        var start_1 = j * 32;
        var vlen_1 = Math.min(32, m) + start_1;
        for (var k = start_1; k < vlen_1; k++) {
            peq[b.charCodeAt(k)] |= 1 << k;
        }
        for (var i = 0; i < n; i++) {
            var eq = peq[a.charCodeAt(i)];
            var pb = (phc[(i / 32) | 0] >>> i) & 1;
            var mb = (mhc[(i / 32) | 0] >>> i) & 1;
            var xv = eq | mv_1;
            var xh = ((((eq | mb) & pv_1) + pv_1) ^ pv_1) | eq | mb;
            var ph = mv_1 | ~(xh | pv_1);
            var mh = pv_1 & xh;
            if ((ph >>> 31) ^ pb) {
                phc[(i / 32) | 0] ^= 1 << i;
            }
            if ((mh >>> 31) ^ mb) {
                mhc[(i / 32) | 0] ^= 1 << i;
            }
            ph = (ph << 1) | pb;
            mh = (mh << 1) | mb;
            pv_1 = mh | ~(xv | ph);
            mv_1 = ph & xv;
        }
        for (var k = start_1; k < vlen_1; k++) {
            peq[b.charCodeAt(k)] = 0;
        }
    }
    var mv = 0;
    var pv = -1;
    var start = j * 32;
    var vlen = Math.min(32, m - start) + start;
    for (var k = start; k < vlen; k++) {
        peq[b.charCodeAt(k)] |= 1 << k;
    }
    var score = m;
    for (var i = 0; i < n; i++) {
        var eq = peq[a.charCodeAt(i)];
        var pb = (phc[(i / 32) | 0] >>> i) & 1;
        var mb = (mhc[(i / 32) | 0] >>> i) & 1;
        var xv = eq | mv;
        var xh = ((((eq | mb) & pv) + pv) ^ pv) | eq | mb;
        var ph = mv | ~(xh | pv);
        var mh = pv & xh;
        score += (ph >>> (m - 1)) & 1;
        score -= (mh >>> (m - 1)) & 1;
        if ((ph >>> 31) ^ pb) {
            phc[(i / 32) | 0] ^= 1 << i;
        }
        if ((mh >>> 31) ^ mb) {
            mhc[(i / 32) | 0] ^= 1 << i;
        }
        ph = (ph << 1) | pb;
        mh = (mh << 1) | mb;
        pv = mh | ~(xv | ph);
        mv = ph & xv;
    }
    for (var k = start; k < vlen; k++) {
        peq[b.charCodeAt(k)] = 0;
    }
    return score;
};
var distance = function (a, b) {
    if (a.length < b.length) {
        var tmp = b;
        b = a;
        a = tmp;
    }
    if (b.length === 0) {
        return a.length;
    }
    if (a.length <= 32) {
        return myers_32(a, b);
    }
    return myers_x(a, b);
};
exports.Io = distance;
var closest = function (str, arr) {
    var min_distance = Infinity;
    var min_index = 0;
    for (var i = 0; i < arr.length; i++) {
        var dist = distance(str, arr[i]);
        if (dist < min_distance) {
            min_distance = dist;
            min_index = i;
        }
    }
    return arr[min_index];
};
__webpack_unused_export__ = closest;


/***/ }),

/***/ 5883:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  P: () => (/* binding */ readSmokeInputs)
});

// UNUSED EXPORTS: spec

;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
;// CONCATENATED MODULE: ./schema/release-actions.schema.json
const release_actions_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://raw.githubusercontent.com/org/release-actions/v1/schema/release-actions.schema.json","title":"release-actions configuration (.github/release-actions.yml)","description":"Optional shared settings for every release-actions action. An action\'s inputs override these values. Secrets never belong here: pass them as inputs from secrets.*.","type":"object","additionalProperties":false,"properties":{"$schema":{"type":"string"},"version":{"$ref":"config/version.schema.json"},"gates":{"$ref":"config/gates.schema.json"},"artifacts":{"$ref":"config/artifacts.schema.json"},"smoke":{"$ref":"config/smoke.schema.json"},"environments":{"description":"Deployment settings per environment name (inputs of deploy-env and rollback).","type":"object","additionalProperties":{"$ref":"config/environment.schema.json"}},"announce":{"$ref":"config/announce.schema.json"},"sync":{"$ref":"config/sync.schema.json"},"components":{"$ref":"config/components.schema.json"},"linked-versions":{"description":"Groups of components (by name) that always share one version, the highest any of them calls for: when one of them releases, all of them release.","type":"array","items":{"type":"array","items":{"type":"string","minLength":1},"minItems":2,"uniqueItems":true},"examples":[[["api","web"]]]}}}');
// EXTERNAL MODULE: ./packages/kit/src/errors.ts
var errors = __nccwpck_require__(7817);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
;// CONCATENATED MODULE: external "node:util"
const external_node_util_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");
;// CONCATENATED MODULE: ./packages/kit/src/files.ts


// `node:fs` and `node:util` are loaded with node itself; `node:fs/promises` would cost every step
// that reads the config file (and fails on its inputs) about 1.5 ms of start-up for its streams.
const readFile = (0,external_node_util_namespaceObject.promisify)(external_node_fs_.readFile);
/** A text file's content, or undefined when there is no such file; other errors are thrown. */
async function readFileIfExists(path) {
    try {
        return await readFile(path, 'utf8');
    }
    catch (thrown) {
        if (thrown.code === 'ENOENT')
            return undefined;
        throw thrown;
    }
}

// EXTERNAL MODULE: ./node_modules/fastest-levenshtein/mod.js
var mod = __nccwpck_require__(1916);
;// CONCATENATED MODULE: ./packages/kit/src/suggest.ts

/**
 * "Did you mean" for a name that is not one of the known names: the closest known
 * name when it is close enough to be a slip (a typo, a transposition) or when one
 * name abbreviates the other (`prod` for `production`), else undefined.
 */
function closestName(name, known) {
    const wanted = name.toLowerCase();
    let best;
    for (const candidate of known) {
        const lower = candidate.toLowerCase();
        const edits = (0,mod/* distance */.Io)(wanted, lower);
        // Up to one edit in three characters reads as a slip; more is another word.
        const slip = edits <= Math.max(1, Math.floor(Math.max(wanted.length, lower.length) / 3));
        const abbreviation = Math.min(wanted.length, lower.length) >= 3 && lower.startsWith(wanted);
        if (!slip && !abbreviation)
            continue;
        const score = slip ? edits : lower.length - wanted.length + 10;
        if (!best || score < best.score)
            best = { name: candidate, score };
    }
    return best?.name;
}
/** ` (did you mean "x"?)`, or nothing. */
function didYouMean(name, known) {
    const match = closestName(name, known);
    return match ? ` (did you mean "${match}"?)` : '';
}

;// CONCATENATED MODULE: ./packages/kit/src/config.ts





/**
 * The optional `.github/release-actions.yml`: parsed with a real YAML parser,
 * validated against the JSON Schema in `schema/`, every problem reported with
 * its file, line and column.
 */
const CONFIG_PATH = '.github/release-actions.yml';
/** The schema's `$id`: where editors fetch it, on the major tag. */
const SCHEMA_URL = release_actions_schema_namespaceObject.$id;
/** Finds the node at `path`; `key` selects the key rather than the value of the last step. */
function nodeAt(yaml, doc, path, key = false) {
    const { isMap, isPair, isScalar } = yaml;
    let node = doc.contents;
    for (const [index, segment] of path.entries()) {
        if (!isMap(node) && !(node && typeof node === 'object' && 'items' in node))
            return node;
        const items = node.items;
        const next = isMap(node)
            ? items.find((item) => isPair(item) && isScalar(item.key) && String(item.key.value) === String(segment))
            : items[Number(segment)];
        if (next === undefined)
            return node;
        if (isPair(next))
            node = key && index === path.length - 1 ? next.key : next.value;
        else
            node = next;
    }
    return node;
}
function locator(yaml, file, doc, lines) {
    return (path, key = false) => {
        const node = nodeAt(yaml, doc, path, key);
        const offset = node?.range?.[0];
        if (offset === undefined)
            return { file, line: 1, column: 1 };
        const { line, col } = lines.linePos(offset);
        return { file, line, column: col };
    };
}
async function validate(data, file, locate) {
    // Both are CommonJS whose module.exports carries itself as `.default`, under node and ncc alike.
    const [ajvModule, formatsModule, { SECTION_SCHEMAS }] = await Promise.all([
        Promise.all(/* import() */[__nccwpck_require__.e(457), __nccwpck_require__.e(210)]).then(__nccwpck_require__.t.bind(__nccwpck_require__, 2210, 23)),
        Promise.all(/* import() */[__nccwpck_require__.e(457), __nccwpck_require__.e(196)]).then(__nccwpck_require__.t.bind(__nccwpck_require__, 2815, 23)),
        __nccwpck_require__.e(/* import() */ 742).then(__nccwpck_require__.bind(__nccwpck_require__, 9742)),
    ]);
    const Ajv2020 = ajvModule.default.default;
    const addFormats = formatsModule.default.default;
    // verbose: each problem carries the schema it broke, whose properties are the keys to suggest.
    const ajv = new Ajv2020({ allErrors: true, strict: false, verbose: true });
    addFormats(ajv);
    for (const schema of SECTION_SCHEMAS)
        ajv.addSchema(schema);
    const check = ajv.compile(release_actions_schema_namespaceObject);
    if (check(data))
        return;
    const problems = (check.errors ?? []).map((problem) => {
        const path = problem.instancePath.split('/').slice(1).map(decodeURIComponent);
        const extra = problem.params.additionalProperty;
        const at = extra ? locate([...path, extra], true) : locate(path);
        const where = `${file}:${at.line}:${at.column}`;
        const known = Object.keys(problem.parentSchema?.properties ?? {});
        const subject = extra
            ? `unknown key "${extra}"${didYouMean(extra, known)}`
            : `"${path.join('.') || '(root)'}" ${problem.message}`;
        return { at, text: `${where}: ${subject}` };
    });
    // In the order of the file, as an editor lists them.
    problems.sort((a, b) => (a.at.line ?? 0) - (b.at.line ?? 0) || (a.at.column ?? 0) - (b.at.column ?? 0));
    throw new errors/* ReleaseError */.K2('ECONFIG', problems.map((p) => p.text).join('\n'), {
        location: problems[0]?.at,
        hint: `Start the file with "# yaml-language-server: $schema=${SCHEMA_URL}" and editors check it as you type.`,
    });
}
/** Reads and validates the config file; undefined when the repository has none. */
async function loadConfig(workspace, relativePath = CONFIG_PATH) {
    const text = await readFileIfExists((0,external_node_path_namespaceObject.join)(workspace, relativePath));
    if (text === undefined)
        return undefined;
    // Loaded only when the repository has a config file: most runs never pay for the parser.
    const yaml = await __nccwpck_require__.e(/* import() */ 815).then(__nccwpck_require__.t.bind(__nccwpck_require__, 8815, 19));
    const lines = new yaml.LineCounter();
    const doc = yaml.parseDocument(text, { lineCounter: lines, prettyErrors: false });
    const syntax = doc.errors[0];
    if (syntax) {
        const start = lines.linePos(syntax.pos[0]);
        const location = { file: relativePath, line: start.line, column: start.col };
        throw new errors/* ReleaseError */.K2('ECONFIG', `${relativePath}:${start.line}:${start.col}: ${syntax.message.split('\n')[0]}`, {
            location,
        });
    }
    const data = (doc.toJS() ?? {});
    const locate = locator(yaml, relativePath, doc, lines);
    await validate(data, relativePath, locate);
    return { file: relativePath, data, locate: (path, key) => locate(path, key) };
}
/** The values of one section (`gates`, or `environments.production`) as input defaults. */
function configSection(config, path) {
    if (!config)
        return undefined;
    let node = config.data;
    for (const segment of path) {
        node = node && typeof node === 'object' ? node[segment] : undefined;
    }
    if (!node || typeof node !== 'object' || Array.isArray(node))
        return undefined;
    return {
        values: node,
        file: config.file,
        path,
        locate: (name) => config.locate([...path, name]),
    };
}
/**
 * A section chosen by name (`environments.prod`) that the file does not declare,
 * while it declares others: a warning to show, and whether the name looks like a
 * slip for a declared one (`prod` for `production`), which callers treat as an error.
 */
function undeclaredSection(config, path) {
    if (!config || path.length < 2)
        return undefined;
    const parentPath = path.slice(0, -1);
    let parent = config.data;
    for (const segment of parentPath) {
        parent = parent && typeof parent === 'object' ? parent[segment] : undefined;
    }
    if (!parent || typeof parent !== 'object' || Array.isArray(parent))
        return undefined;
    const name = path[path.length - 1];
    const declared = Object.keys(parent);
    if (declared.length === 0 || declared.includes(name))
        return undefined;
    const match = closestName(name, declared);
    const where = parentPath.join('.');
    const message = `"${name}" is not declared under ${where} in ${config.file} (declared: ${declared.join(', ')})` +
        (match ? `; did you mean "${match}"?` : '; none of its settings apply.') +
        (match ? ` If "${name}" is meant, declare it there, even as "${name}: {}".` : '');
    return { message, likelyTypo: match !== undefined, location: config.locate(parentPath, true) };
}

// EXTERNAL MODULE: ./packages/kit/src/context.ts
var context = __nccwpck_require__(3731);
// EXTERNAL MODULE: ./packages/kit/src/inputs.ts + 1 modules
var inputs = __nccwpck_require__(1052);
// EXTERNAL MODULE: ./packages/kit/src/runner.ts + 4 modules
var runner = __nccwpck_require__(8372);
;// CONCATENATED MODULE: ./packages/kit/src/input-sources.ts



/** The runner's variable name for an input: `INPUT_` + upper case, spaces as underscores. */
function inputVariable(name) {
    return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}
function rawInput(name, env = process.env) {
    return (env[inputVariable(name)] ?? '').trim();
}
function configText(value) {
    if (value === null || value === undefined)
        return '';
    if (Array.isArray(value))
        return value.map((item) => configText(item)).join('\n');
    if (typeof value === 'object')
        return JSON.stringify(value);
    return String(value);
}
/**
 * A bad value from the config file, told as the file tells it: where it is and
 * under which key, since no step input was involved.
 */
function configProblem(config, name, shown, expected) {
    const at = config.locate?.(name);
    const file = config.file ?? 'the config file';
    const where = at?.line ? `${file}:${at.line}${at.column ? `:${at.column}` : ''}` : file;
    const key = [...(config.path ?? []), name].join('.');
    return { text: `${where}: "${key}": got "${shown}", expected ${expected}`, location: at ?? { file } };
}
function readInputs(spec, sources = {}) {
    const env = sources.env ?? process.env;
    const problems = [];
    let location;
    const result = {};
    // A value from the config file is reported at its file and line, an input by its name.
    const report = (name, shown, expected, fromConfig) => {
        if (!fromConfig) {
            problems.push((0,errors/* inputProblem */.oi)(name, shown, expected));
            return;
        }
        const problem = configProblem(sources.config, name, shown, expected);
        location ??= problem.location;
        problems.push(problem.text);
    };
    for (const [name, definition] of Object.entries(spec)) {
        let raw = rawInput(name, env);
        let fromConfig = false;
        if (!raw && sources.config && name in sources.config.values) {
            raw = configText(sources.config.values[name]).trim();
            fromConfig = true;
        }
        if (definition.isSecret)
            (0,runner/* mask */.dK)(raw);
        if (!raw) {
            if (definition.fallback !== undefined)
                result[(0,inputs/* camelCase */.xQ)(name)] = definition.fallback;
            else if (definition.isRequired)
                problems.push((0,errors/* inputProblem */.oi)(name, '', `${definition.expected} (required)`));
            continue;
        }
        if (raw.length > definition.maxLength) {
            const shown = definition.isSecret ? '***' : raw;
            const expected = `at most ${definition.maxLength} characters (got ${raw.length})`;
            report(name, shown, expected, fromConfig);
            continue;
        }
        try {
            result[(0,inputs/* camelCase */.xQ)(name)] = definition.parse(raw);
        }
        catch (thrown) {
            const expected = thrown instanceof inputs/* Invalid */.WO && thrown.expected ? thrown.expected : definition.expected;
            const shown = definition.isSecret ? '***' : raw;
            report(name, shown, expected, fromConfig);
        }
    }
    if (problems.length > 0)
        throw new errors/* InputError */.dz(problems, undefined, location);
    return result;
}

;// CONCATENATED MODULE: ./packages/kit/src/action-inputs.ts





/**
 * The section a step chose by name (`environments.<environment>`). A name the file
 * does not declare while it declares others is reported: as an error when it looks
 * like a slip for a declared one (`prod` for `production`), since the step would
 * otherwise run without that environment's settings; else as a warning.
 */
function declaredSection(config, path) {
    const undeclared = undeclaredSection(config, path);
    if (undeclared?.likelyTypo) {
        throw new errors/* ReleaseError */.K2('ECONFIG', undeclared.message, { location: undeclared.location });
    }
    if (undeclared)
        (0,runner/* annotate */.fz)('warning', undeclared.message, { location: undeclared.location });
    return configSection(config, path);
}
/** Inputs parsed once: the config file's section first, the step's `with:` over it. */
async function readActionInputs(spec, options = {}) {
    const env = options.env ?? process.env;
    const workspace = options.workspace ?? (0,context/* runContext */.p)(env).workspace;
    const chosen = typeof options.section === 'function';
    const path = typeof options.section === 'function' ? options.section((name) => rawInput(name, env)) : options.section;
    const file = path ? await loadConfig(workspace) : undefined;
    const config = path ? (chosen ? declaredSection(file, path) : configSection(file, path)) : undefined;
    return readInputs(spec, { env, config });
}

// EXTERNAL MODULE: ./packages/smoke-test/src/inputs.ts
var src_inputs = __nccwpck_require__(2353);
;// CONCATENATED MODULE: ./actions/smoke-test/inputs.ts
/** The inputs of smoke-test, with the config file's smoke section underneath, checked together. */



async function readSmokeInputs() {
    const inputs = await readActionInputs(src_inputs/* spec */.IC, { section: ['smoke'] });
    (0,src_inputs/* crossCheck */.DV)(inputs, (name) => rawInput(name));
    return inputs;
}


/***/ }),

/***/ 9878:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _packages_kit_src_index_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7924);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(5883);


await (0,_packages_kit_src_index_js__WEBPACK_IMPORTED_MODULE_0__/* .runWithInputs */ .hF)(_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .readSmokeInputs */ .P, () => __nccwpck_require__.e(/* import() */ 529).then(__nccwpck_require__.bind(__nccwpck_require__, 3529)));

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 2796:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   B7: () => (/* binding */ parseThreshold),
/* harmony export */   UD: () => (/* binding */ compare),
/* harmony export */   we: () => (/* binding */ OPERATORS)
/* harmony export */ });
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


/***/ }),

/***/ 8136:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Dc: () => (/* binding */ evaluateJsonPath),
  tX: () => (/* binding */ jsonPathProblem),
  n5: () => (/* binding */ jsonValueEquals),
  $S: () => (/* binding */ showJsonValue)
});

;// CONCATENATED MODULE: external "vm"
const external_vm_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("vm");
;// CONCATENATED MODULE: ./node_modules/jsonpath-plus/dist/index-node-esm.js


/**
 * @implements {IHooks}
 */
class Hooks {
  /**
   * @callback HookCallback
   * @this {*|Jsep} this
   * @param {Jsep} env
   * @returns: void
   */
  /**
   * Adds the given callback to the list of callbacks for the given hook.
   *
   * The callback will be invoked when the hook it is registered for is run.
   *
   * One callback function can be registered to multiple hooks and the same hook multiple times.
   *
   * @param {string|object} name The name of the hook, or an object of callbacks keyed by name
   * @param {HookCallback|boolean} callback The callback function which is given environment variables.
   * @param {?boolean} [first=false] Will add the hook to the top of the list (defaults to the bottom)
   * @public
   */
  add(name, callback, first) {
    if (typeof arguments[0] != 'string') {
      // Multiple hook callbacks, keyed by name
      for (let name in arguments[0]) {
        this.add(name, arguments[0][name], arguments[1]);
      }
    } else {
      (Array.isArray(name) ? name : [name]).forEach(function (name) {
        this[name] = this[name] || [];
        if (callback) {
          this[name][first ? 'unshift' : 'push'](callback);
        }
      }, this);
    }
  }

  /**
   * Runs a hook invoking all registered callbacks with the given environment variables.
   *
   * Callbacks will be invoked synchronously and in the order in which they were registered.
   *
   * @param {string} name The name of the hook.
   * @param {Object<string, any>} env The environment variables of the hook passed to all callbacks registered.
   * @public
   */
  run(name, env) {
    this[name] = this[name] || [];
    this[name].forEach(function (callback) {
      callback.call(env && env.context ? env.context : env, env);
    });
  }
}

/**
 * @implements {IPlugins}
 */
class Plugins {
  constructor(jsep) {
    this.jsep = jsep;
    this.registered = {};
  }

  /**
   * @callback PluginSetup
   * @this {Jsep} jsep
   * @returns: void
   */
  /**
   * Adds the given plugin(s) to the registry
   *
   * @param {object} plugins
   * @param {string} plugins.name The name of the plugin
   * @param {PluginSetup} plugins.init The init function
   * @public
   */
  register(...plugins) {
    plugins.forEach(plugin => {
      if (typeof plugin !== 'object' || !plugin.name || !plugin.init) {
        throw new Error('Invalid JSEP plugin format');
      }
      if (this.registered[plugin.name]) {
        // already registered. Ignore.
        return;
      }
      plugin.init(this.jsep);
      this.registered[plugin.name] = plugin;
    });
  }
}

//     JavaScript Expression Parser (JSEP) 1.4.0

class Jsep {
  /**
   * @returns {string}
   */
  static get version() {
    // To be filled in by the template
    return '1.4.0';
  }

  /**
   * @returns {string}
   */
  static toString() {
    return 'JavaScript Expression Parser (JSEP) v' + Jsep.version;
  }
  // ==================== CONFIG ================================
  /**
   * @method addUnaryOp
   * @param {string} op_name The name of the unary op to add
   * @returns {Jsep}
   */
  static addUnaryOp(op_name) {
    Jsep.max_unop_len = Math.max(op_name.length, Jsep.max_unop_len);
    Jsep.unary_ops[op_name] = 1;
    return Jsep;
  }

  /**
   * @method jsep.addBinaryOp
   * @param {string} op_name The name of the binary op to add
   * @param {number} precedence The precedence of the binary op (can be a float). Higher number = higher precedence
   * @param {boolean} [isRightAssociative=false] whether operator is right-associative
   * @returns {Jsep}
   */
  static addBinaryOp(op_name, precedence, isRightAssociative) {
    Jsep.max_binop_len = Math.max(op_name.length, Jsep.max_binop_len);
    Jsep.binary_ops[op_name] = precedence;
    if (isRightAssociative) {
      Jsep.right_associative.add(op_name);
    } else {
      Jsep.right_associative.delete(op_name);
    }
    return Jsep;
  }

  /**
   * @method addIdentifierChar
   * @param {string} char The additional character to treat as a valid part of an identifier
   * @returns {Jsep}
   */
  static addIdentifierChar(char) {
    Jsep.additional_identifier_chars.add(char);
    return Jsep;
  }

  /**
   * @method addLiteral
   * @param {string} literal_name The name of the literal to add
   * @param {*} literal_value The value of the literal
   * @returns {Jsep}
   */
  static addLiteral(literal_name, literal_value) {
    Jsep.literals[literal_name] = literal_value;
    return Jsep;
  }

  /**
   * @method removeUnaryOp
   * @param {string} op_name The name of the unary op to remove
   * @returns {Jsep}
   */
  static removeUnaryOp(op_name) {
    delete Jsep.unary_ops[op_name];
    if (op_name.length === Jsep.max_unop_len) {
      Jsep.max_unop_len = Jsep.getMaxKeyLen(Jsep.unary_ops);
    }
    return Jsep;
  }

  /**
   * @method removeAllUnaryOps
   * @returns {Jsep}
   */
  static removeAllUnaryOps() {
    Jsep.unary_ops = {};
    Jsep.max_unop_len = 0;
    return Jsep;
  }

  /**
   * @method removeIdentifierChar
   * @param {string} char The additional character to stop treating as a valid part of an identifier
   * @returns {Jsep}
   */
  static removeIdentifierChar(char) {
    Jsep.additional_identifier_chars.delete(char);
    return Jsep;
  }

  /**
   * @method removeBinaryOp
   * @param {string} op_name The name of the binary op to remove
   * @returns {Jsep}
   */
  static removeBinaryOp(op_name) {
    delete Jsep.binary_ops[op_name];
    if (op_name.length === Jsep.max_binop_len) {
      Jsep.max_binop_len = Jsep.getMaxKeyLen(Jsep.binary_ops);
    }
    Jsep.right_associative.delete(op_name);
    return Jsep;
  }

  /**
   * @method removeAllBinaryOps
   * @returns {Jsep}
   */
  static removeAllBinaryOps() {
    Jsep.binary_ops = {};
    Jsep.max_binop_len = 0;
    return Jsep;
  }

  /**
   * @method removeLiteral
   * @param {string} literal_name The name of the literal to remove
   * @returns {Jsep}
   */
  static removeLiteral(literal_name) {
    delete Jsep.literals[literal_name];
    return Jsep;
  }

  /**
   * @method removeAllLiterals
   * @returns {Jsep}
   */
  static removeAllLiterals() {
    Jsep.literals = {};
    return Jsep;
  }
  // ==================== END CONFIG ============================

  /**
   * @returns {string}
   */
  get char() {
    return this.expr.charAt(this.index);
  }

  /**
   * @returns {number}
   */
  get code() {
    return this.expr.charCodeAt(this.index);
  }
  /**
   * @param {string} expr a string with the passed in express
   * @returns Jsep
   */
  constructor(expr) {
    // `index` stores the character number we are currently at
    // All of the gobbles below will modify `index` as we move along
    this.expr = expr;
    this.index = 0;
  }

  /**
   * static top-level parser
   * @returns {jsep.Expression}
   */
  static parse(expr) {
    return new Jsep(expr).parse();
  }

  /**
   * Get the longest key length of any object
   * @param {object} obj
   * @returns {number}
   */
  static getMaxKeyLen(obj) {
    return Math.max(0, ...Object.keys(obj).map(k => k.length));
  }

  /**
   * `ch` is a character code in the next three functions
   * @param {number} ch
   * @returns {boolean}
   */
  static isDecimalDigit(ch) {
    return ch >= 48 && ch <= 57; // 0...9
  }

  /**
   * Returns the precedence of a binary operator or `0` if it isn't a binary operator. Can be float.
   * @param {string} op_val
   * @returns {number}
   */
  static binaryPrecedence(op_val) {
    return Jsep.binary_ops[op_val] || 0;
  }

  /**
   * Looks for start of identifier
   * @param {number} ch
   * @returns {boolean}
   */
  static isIdentifierStart(ch) {
    return ch >= 65 && ch <= 90 ||
    // A...Z
    ch >= 97 && ch <= 122 ||
    // a...z
    ch >= 128 && !Jsep.binary_ops[String.fromCharCode(ch)] ||
    // any non-ASCII that is not an operator
    Jsep.additional_identifier_chars.has(String.fromCharCode(ch)); // additional characters
  }

  /**
   * @param {number} ch
   * @returns {boolean}
   */
  static isIdentifierPart(ch) {
    return Jsep.isIdentifierStart(ch) || Jsep.isDecimalDigit(ch);
  }

  /**
   * throw error at index of the expression
   * @param {string} message
   * @throws
   */
  throwError(message) {
    const error = new Error(message + ' at character ' + this.index);
    error.index = this.index;
    error.description = message;
    throw error;
  }

  /**
   * Run a given hook
   * @param {string} name
   * @param {jsep.Expression|false} [node]
   * @returns {?jsep.Expression}
   */
  runHook(name, node) {
    if (Jsep.hooks[name]) {
      const env = {
        context: this,
        node
      };
      Jsep.hooks.run(name, env);
      return env.node;
    }
    return node;
  }

  /**
   * Runs a given hook until one returns a node
   * @param {string} name
   * @returns {?jsep.Expression}
   */
  searchHook(name) {
    if (Jsep.hooks[name]) {
      const env = {
        context: this
      };
      Jsep.hooks[name].find(function (callback) {
        callback.call(env.context, env);
        return env.node;
      });
      return env.node;
    }
  }

  /**
   * Push `index` up to the next non-space character
   */
  gobbleSpaces() {
    let ch = this.code;
    // Whitespace
    while (ch === Jsep.SPACE_CODE || ch === Jsep.TAB_CODE || ch === Jsep.LF_CODE || ch === Jsep.CR_CODE) {
      ch = this.expr.charCodeAt(++this.index);
    }
    this.runHook('gobble-spaces');
  }

  /**
   * Top-level method to parse all expressions and returns compound or single node
   * @returns {jsep.Expression}
   */
  parse() {
    this.runHook('before-all');
    const nodes = this.gobbleExpressions();

    // If there's only one expression just try returning the expression
    const node = nodes.length === 1 ? nodes[0] : {
      type: Jsep.COMPOUND,
      body: nodes
    };
    return this.runHook('after-all', node);
  }

  /**
   * top-level parser (but can be reused within as well)
   * @param {number} [untilICode]
   * @returns {jsep.Expression[]}
   */
  gobbleExpressions(untilICode) {
    let nodes = [],
      ch_i,
      node;
    while (this.index < this.expr.length) {
      ch_i = this.code;

      // Expressions can be separated by semicolons, commas, or just inferred without any
      // separators
      if (ch_i === Jsep.SEMCOL_CODE || ch_i === Jsep.COMMA_CODE) {
        this.index++; // ignore separators
      } else {
        // Try to gobble each expression individually
        if (node = this.gobbleExpression()) {
          nodes.push(node);
          // If we weren't able to find a binary expression and are out of room, then
          // the expression passed in probably has too much
        } else if (this.index < this.expr.length) {
          if (ch_i === untilICode) {
            break;
          }
          this.throwError('Unexpected "' + this.char + '"');
        }
      }
    }
    return nodes;
  }

  /**
   * The main parsing function.
   * @returns {?jsep.Expression}
   */
  gobbleExpression() {
    const node = this.searchHook('gobble-expression') || this.gobbleBinaryExpression();
    this.gobbleSpaces();
    return this.runHook('after-expression', node);
  }

  /**
   * Search for the operation portion of the string (e.g. `+`, `===`)
   * Start by taking the longest possible binary operations (3 characters: `===`, `!==`, `>>>`)
   * and move down from 3 to 2 to 1 character until a matching binary operation is found
   * then, return that binary operation
   * @returns {string|boolean}
   */
  gobbleBinaryOp() {
    this.gobbleSpaces();
    let to_check = this.expr.substr(this.index, Jsep.max_binop_len);
    let tc_len = to_check.length;
    while (tc_len > 0) {
      // Don't accept a binary op when it is an identifier.
      // Binary ops that start with a identifier-valid character must be followed
      // by a non identifier-part valid character
      if (Jsep.binary_ops.hasOwnProperty(to_check) && (!Jsep.isIdentifierStart(this.code) || this.index + to_check.length < this.expr.length && !Jsep.isIdentifierPart(this.expr.charCodeAt(this.index + to_check.length)))) {
        this.index += tc_len;
        return to_check;
      }
      to_check = to_check.substr(0, --tc_len);
    }
    return false;
  }

  /**
   * This function is responsible for gobbling an individual expression,
   * e.g. `1`, `1+2`, `a+(b*2)-Math.sqrt(2)`
   * @returns {?jsep.BinaryExpression}
   */
  gobbleBinaryExpression() {
    let node, biop, prec, stack, biop_info, left, right, i, cur_biop;

    // First, try to get the leftmost thing
    // Then, check to see if there's a binary operator operating on that leftmost thing
    // Don't gobbleBinaryOp without a left-hand-side
    left = this.gobbleToken();
    if (!left) {
      return left;
    }
    biop = this.gobbleBinaryOp();

    // If there wasn't a binary operator, just return the leftmost node
    if (!biop) {
      return left;
    }

    // Otherwise, we need to start a stack to properly place the binary operations in their
    // precedence structure
    biop_info = {
      value: biop,
      prec: Jsep.binaryPrecedence(biop),
      right_a: Jsep.right_associative.has(biop)
    };
    right = this.gobbleToken();
    if (!right) {
      this.throwError("Expected expression after " + biop);
    }
    stack = [left, biop_info, right];

    // Properly deal with precedence using [recursive descent](http://www.engr.mun.ca/~theo/Misc/exp_parsing.htm)
    while (biop = this.gobbleBinaryOp()) {
      prec = Jsep.binaryPrecedence(biop);
      if (prec === 0) {
        this.index -= biop.length;
        break;
      }
      biop_info = {
        value: biop,
        prec,
        right_a: Jsep.right_associative.has(biop)
      };
      cur_biop = biop;

      // Reduce: make a binary expression from the three topmost entries.
      const comparePrev = prev => biop_info.right_a && prev.right_a ? prec > prev.prec : prec <= prev.prec;
      while (stack.length > 2 && comparePrev(stack[stack.length - 2])) {
        right = stack.pop();
        biop = stack.pop().value;
        left = stack.pop();
        node = {
          type: Jsep.BINARY_EXP,
          operator: biop,
          left,
          right
        };
        stack.push(node);
      }
      node = this.gobbleToken();
      if (!node) {
        this.throwError("Expected expression after " + cur_biop);
      }
      stack.push(biop_info, node);
    }
    i = stack.length - 1;
    node = stack[i];
    while (i > 1) {
      node = {
        type: Jsep.BINARY_EXP,
        operator: stack[i - 1].value,
        left: stack[i - 2],
        right: node
      };
      i -= 2;
    }
    return node;
  }

  /**
   * An individual part of a binary expression:
   * e.g. `foo.bar(baz)`, `1`, `"abc"`, `(a % 2)` (because it's in parenthesis)
   * @returns {boolean|jsep.Expression}
   */
  gobbleToken() {
    let ch, to_check, tc_len, node;
    this.gobbleSpaces();
    node = this.searchHook('gobble-token');
    if (node) {
      return this.runHook('after-token', node);
    }
    ch = this.code;
    if (Jsep.isDecimalDigit(ch) || ch === Jsep.PERIOD_CODE) {
      // Char code 46 is a dot `.` which can start off a numeric literal
      return this.gobbleNumericLiteral();
    }
    if (ch === Jsep.SQUOTE_CODE || ch === Jsep.DQUOTE_CODE) {
      // Single or double quotes
      node = this.gobbleStringLiteral();
    } else if (ch === Jsep.OBRACK_CODE) {
      node = this.gobbleArray();
    } else {
      to_check = this.expr.substr(this.index, Jsep.max_unop_len);
      tc_len = to_check.length;
      while (tc_len > 0) {
        // Don't accept an unary op when it is an identifier.
        // Unary ops that start with a identifier-valid character must be followed
        // by a non identifier-part valid character
        if (Jsep.unary_ops.hasOwnProperty(to_check) && (!Jsep.isIdentifierStart(this.code) || this.index + to_check.length < this.expr.length && !Jsep.isIdentifierPart(this.expr.charCodeAt(this.index + to_check.length)))) {
          this.index += tc_len;
          const argument = this.gobbleToken();
          if (!argument) {
            this.throwError('missing unaryOp argument');
          }
          return this.runHook('after-token', {
            type: Jsep.UNARY_EXP,
            operator: to_check,
            argument,
            prefix: true
          });
        }
        to_check = to_check.substr(0, --tc_len);
      }
      if (Jsep.isIdentifierStart(ch)) {
        node = this.gobbleIdentifier();
        if (Jsep.literals.hasOwnProperty(node.name)) {
          node = {
            type: Jsep.LITERAL,
            value: Jsep.literals[node.name],
            raw: node.name
          };
        } else if (node.name === Jsep.this_str) {
          node = {
            type: Jsep.THIS_EXP
          };
        }
      } else if (ch === Jsep.OPAREN_CODE) {
        // open parenthesis
        node = this.gobbleGroup();
      }
    }
    if (!node) {
      return this.runHook('after-token', false);
    }
    node = this.gobbleTokenProperty(node);
    return this.runHook('after-token', node);
  }

  /**
   * Gobble properties of of identifiers/strings/arrays/groups.
   * e.g. `foo`, `bar.baz`, `foo['bar'].baz`
   * It also gobbles function calls:
   * e.g. `Math.acos(obj.angle)`
   * @param {jsep.Expression} node
   * @returns {jsep.Expression}
   */
  gobbleTokenProperty(node) {
    this.gobbleSpaces();
    let ch = this.code;
    while (ch === Jsep.PERIOD_CODE || ch === Jsep.OBRACK_CODE || ch === Jsep.OPAREN_CODE || ch === Jsep.QUMARK_CODE) {
      let optional;
      if (ch === Jsep.QUMARK_CODE) {
        if (this.expr.charCodeAt(this.index + 1) !== Jsep.PERIOD_CODE) {
          break;
        }
        optional = true;
        this.index += 2;
        this.gobbleSpaces();
        ch = this.code;
      }
      this.index++;
      if (ch === Jsep.OBRACK_CODE) {
        node = {
          type: Jsep.MEMBER_EXP,
          computed: true,
          object: node,
          property: this.gobbleExpression()
        };
        if (!node.property) {
          this.throwError('Unexpected "' + this.char + '"');
        }
        this.gobbleSpaces();
        ch = this.code;
        if (ch !== Jsep.CBRACK_CODE) {
          this.throwError('Unclosed [');
        }
        this.index++;
      } else if (ch === Jsep.OPAREN_CODE) {
        // A function call is being made; gobble all the arguments
        node = {
          type: Jsep.CALL_EXP,
          'arguments': this.gobbleArguments(Jsep.CPAREN_CODE),
          callee: node
        };
      } else if (ch === Jsep.PERIOD_CODE || optional) {
        if (optional) {
          this.index--;
        }
        this.gobbleSpaces();
        node = {
          type: Jsep.MEMBER_EXP,
          computed: false,
          object: node,
          property: this.gobbleIdentifier()
        };
      }
      if (optional) {
        node.optional = true;
      } // else leave undefined for compatibility with esprima

      this.gobbleSpaces();
      ch = this.code;
    }
    return node;
  }

  /**
   * Parse simple numeric literals: `12`, `3.4`, `.5`. Do this by using a string to
   * keep track of everything in the numeric literal and then calling `parseFloat` on that string
   * @returns {jsep.Literal}
   */
  gobbleNumericLiteral() {
    let number = '',
      ch,
      chCode;
    while (Jsep.isDecimalDigit(this.code)) {
      number += this.expr.charAt(this.index++);
    }
    if (this.code === Jsep.PERIOD_CODE) {
      // can start with a decimal marker
      number += this.expr.charAt(this.index++);
      while (Jsep.isDecimalDigit(this.code)) {
        number += this.expr.charAt(this.index++);
      }
    }
    ch = this.char;
    if (ch === 'e' || ch === 'E') {
      // exponent marker
      number += this.expr.charAt(this.index++);
      ch = this.char;
      if (ch === '+' || ch === '-') {
        // exponent sign
        number += this.expr.charAt(this.index++);
      }
      while (Jsep.isDecimalDigit(this.code)) {
        // exponent itself
        number += this.expr.charAt(this.index++);
      }
      if (!Jsep.isDecimalDigit(this.expr.charCodeAt(this.index - 1))) {
        this.throwError('Expected exponent (' + number + this.char + ')');
      }
    }
    chCode = this.code;

    // Check to make sure this isn't a variable name that start with a number (123abc)
    if (Jsep.isIdentifierStart(chCode)) {
      this.throwError('Variable names cannot start with a number (' + number + this.char + ')');
    } else if (chCode === Jsep.PERIOD_CODE || number.length === 1 && number.charCodeAt(0) === Jsep.PERIOD_CODE) {
      this.throwError('Unexpected period');
    }
    return {
      type: Jsep.LITERAL,
      value: parseFloat(number),
      raw: number
    };
  }

  /**
   * Parses a string literal, staring with single or double quotes with basic support for escape codes
   * e.g. `"hello world"`, `'this is\nJSEP'`
   * @returns {jsep.Literal}
   */
  gobbleStringLiteral() {
    let str = '';
    const startIndex = this.index;
    const quote = this.expr.charAt(this.index++);
    let closed = false;
    while (this.index < this.expr.length) {
      let ch = this.expr.charAt(this.index++);
      if (ch === quote) {
        closed = true;
        break;
      } else if (ch === '\\') {
        // Check for all of the common escape codes
        ch = this.expr.charAt(this.index++);
        switch (ch) {
          case 'n':
            str += '\n';
            break;
          case 'r':
            str += '\r';
            break;
          case 't':
            str += '\t';
            break;
          case 'b':
            str += '\b';
            break;
          case 'f':
            str += '\f';
            break;
          case 'v':
            str += '\x0B';
            break;
          default:
            str += ch;
        }
      } else {
        str += ch;
      }
    }
    if (!closed) {
      this.throwError('Unclosed quote after "' + str + '"');
    }
    return {
      type: Jsep.LITERAL,
      value: str,
      raw: this.expr.substring(startIndex, this.index)
    };
  }

  /**
   * Gobbles only identifiers
   * e.g.: `foo`, `_value`, `$x1`
   * Also, this function checks if that identifier is a literal:
   * (e.g. `true`, `false`, `null`) or `this`
   * @returns {jsep.Identifier}
   */
  gobbleIdentifier() {
    let ch = this.code,
      start = this.index;
    if (Jsep.isIdentifierStart(ch)) {
      this.index++;
    } else {
      this.throwError('Unexpected ' + this.char);
    }
    while (this.index < this.expr.length) {
      ch = this.code;
      if (Jsep.isIdentifierPart(ch)) {
        this.index++;
      } else {
        break;
      }
    }
    return {
      type: Jsep.IDENTIFIER,
      name: this.expr.slice(start, this.index)
    };
  }

  /**
   * Gobbles a list of arguments within the context of a function call
   * or array literal. This function also assumes that the opening character
   * `(` or `[` has already been gobbled, and gobbles expressions and commas
   * until the terminator character `)` or `]` is encountered.
   * e.g. `foo(bar, baz)`, `my_func()`, or `[bar, baz]`
   * @param {number} termination
   * @returns {jsep.Expression[]}
   */
  gobbleArguments(termination) {
    const args = [];
    let closed = false;
    let separator_count = 0;
    while (this.index < this.expr.length) {
      this.gobbleSpaces();
      let ch_i = this.code;
      if (ch_i === termination) {
        // done parsing
        closed = true;
        this.index++;
        if (termination === Jsep.CPAREN_CODE && separator_count && separator_count >= args.length) {
          this.throwError('Unexpected token ' + String.fromCharCode(termination));
        }
        break;
      } else if (ch_i === Jsep.COMMA_CODE) {
        // between expressions
        this.index++;
        separator_count++;
        if (separator_count !== args.length) {
          // missing argument
          if (termination === Jsep.CPAREN_CODE) {
            this.throwError('Unexpected token ,');
          } else if (termination === Jsep.CBRACK_CODE) {
            for (let arg = args.length; arg < separator_count; arg++) {
              args.push(null);
            }
          }
        }
      } else if (args.length !== separator_count && separator_count !== 0) {
        // NOTE: `&& separator_count !== 0` allows for either all commas, or all spaces as arguments
        this.throwError('Expected comma');
      } else {
        const node = this.gobbleExpression();
        if (!node || node.type === Jsep.COMPOUND) {
          this.throwError('Expected comma');
        }
        args.push(node);
      }
    }
    if (!closed) {
      this.throwError('Expected ' + String.fromCharCode(termination));
    }
    return args;
  }

  /**
   * Responsible for parsing a group of things within parentheses `()`
   * that have no identifier in front (so not a function call)
   * This function assumes that it needs to gobble the opening parenthesis
   * and then tries to gobble everything within that parenthesis, assuming
   * that the next thing it should see is the close parenthesis. If not,
   * then the expression probably doesn't have a `)`
   * @returns {boolean|jsep.Expression}
   */
  gobbleGroup() {
    this.index++;
    let nodes = this.gobbleExpressions(Jsep.CPAREN_CODE);
    if (this.code === Jsep.CPAREN_CODE) {
      this.index++;
      if (nodes.length === 1) {
        return nodes[0];
      } else if (!nodes.length) {
        return false;
      } else {
        return {
          type: Jsep.SEQUENCE_EXP,
          expressions: nodes
        };
      }
    } else {
      this.throwError('Unclosed (');
    }
  }

  /**
   * Responsible for parsing Array literals `[1, 2, 3]`
   * This function assumes that it needs to gobble the opening bracket
   * and then tries to gobble the expressions as arguments.
   * @returns {jsep.ArrayExpression}
   */
  gobbleArray() {
    this.index++;
    return {
      type: Jsep.ARRAY_EXP,
      elements: this.gobbleArguments(Jsep.CBRACK_CODE)
    };
  }
}

// Static fields:
const hooks = new Hooks();
Object.assign(Jsep, {
  hooks,
  plugins: new Plugins(Jsep),
  // Node Types
  // ----------
  // This is the full set of types that any JSEP node can be.
  // Store them here to save space when minified
  COMPOUND: 'Compound',
  SEQUENCE_EXP: 'SequenceExpression',
  IDENTIFIER: 'Identifier',
  MEMBER_EXP: 'MemberExpression',
  LITERAL: 'Literal',
  THIS_EXP: 'ThisExpression',
  CALL_EXP: 'CallExpression',
  UNARY_EXP: 'UnaryExpression',
  BINARY_EXP: 'BinaryExpression',
  ARRAY_EXP: 'ArrayExpression',
  TAB_CODE: 9,
  LF_CODE: 10,
  CR_CODE: 13,
  SPACE_CODE: 32,
  PERIOD_CODE: 46,
  // '.'
  COMMA_CODE: 44,
  // ','
  SQUOTE_CODE: 39,
  // single quote
  DQUOTE_CODE: 34,
  // double quotes
  OPAREN_CODE: 40,
  // (
  CPAREN_CODE: 41,
  // )
  OBRACK_CODE: 91,
  // [
  CBRACK_CODE: 93,
  // ]
  QUMARK_CODE: 63,
  // ?
  SEMCOL_CODE: 59,
  // ;
  COLON_CODE: 58,
  // :

  // Operations
  // ----------
  // Use a quickly-accessible map to store all of the unary operators
  // Values are set to `1` (it really doesn't matter)
  unary_ops: {
    '-': 1,
    '!': 1,
    '~': 1,
    '+': 1
  },
  // Also use a map for the binary operations but set their values to their
  // binary precedence for quick reference (higher number = higher precedence)
  // see [Order of operations](https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Operators/Operator_Precedence)
  binary_ops: {
    '||': 1,
    '??': 1,
    '&&': 2,
    '|': 3,
    '^': 4,
    '&': 5,
    '==': 6,
    '!=': 6,
    '===': 6,
    '!==': 6,
    '<': 7,
    '>': 7,
    '<=': 7,
    '>=': 7,
    '<<': 8,
    '>>': 8,
    '>>>': 8,
    '+': 9,
    '-': 9,
    '*': 10,
    '/': 10,
    '%': 10,
    '**': 11
  },
  // sets specific binary_ops as right-associative
  right_associative: new Set(['**']),
  // Additional valid identifier chars, apart from a-z, A-Z and 0-9 (except on the starting char)
  additional_identifier_chars: new Set(['$', '_']),
  // Literals
  // ----------
  // Store the values to return for the various literals we may encounter
  literals: {
    'true': true,
    'false': false,
    'null': null
  },
  // Except for `this`, which is special. This could be changed to something like `'self'` as well
  this_str: 'this'
});
Jsep.max_unop_len = Jsep.getMaxKeyLen(Jsep.unary_ops);
Jsep.max_binop_len = Jsep.getMaxKeyLen(Jsep.binary_ops);

// Backward Compatibility:
const jsep = expr => new Jsep(expr).parse();
const stdClassProps = Object.getOwnPropertyNames(class Test {});
Object.getOwnPropertyNames(Jsep).filter(prop => !stdClassProps.includes(prop) && jsep[prop] === undefined).forEach(m => {
  jsep[m] = Jsep[m];
});
jsep.Jsep = Jsep; // allows for const { Jsep } = require('jsep');

const CONDITIONAL_EXP = 'ConditionalExpression';
var ternary = {
  name: 'ternary',
  init(jsep) {
    // Ternary expression: test ? consequent : alternate
    jsep.hooks.add('after-expression', function gobbleTernary(env) {
      if (env.node && this.code === jsep.QUMARK_CODE) {
        this.index++;
        const test = env.node;
        const consequent = this.gobbleExpression();
        if (!consequent) {
          this.throwError('Expected expression');
        }
        this.gobbleSpaces();
        if (this.code === jsep.COLON_CODE) {
          this.index++;
          const alternate = this.gobbleExpression();
          if (!alternate) {
            this.throwError('Expected expression');
          }
          env.node = {
            type: CONDITIONAL_EXP,
            test,
            consequent,
            alternate
          };

          // check for operators of higher priority than ternary (i.e. assignment)
          // jsep sets || at 1, and assignment at 0.9, and conditional should be between them
          if (test.operator && jsep.binary_ops[test.operator] <= 0.9) {
            let newTest = test;
            while (newTest.right.operator && jsep.binary_ops[newTest.right.operator] <= 0.9) {
              newTest = newTest.right;
            }
            env.node.test = newTest.right;
            newTest.right = env.node;
            env.node = test;
          }
        } else {
          this.throwError('Expected :');
        }
      }
    });
  }
};

// Add default plugins:

jsep.plugins.register(ternary);

const FSLASH_CODE = 47; // '/'
const BSLASH_CODE = 92; // '\\'

var index = {
  name: 'regex',
  init(jsep) {
    // Regex literal: /abc123/ig
    jsep.hooks.add('gobble-token', function gobbleRegexLiteral(env) {
      if (this.code === FSLASH_CODE) {
        const patternIndex = ++this.index;
        let inCharSet = false;
        while (this.index < this.expr.length) {
          if (this.code === FSLASH_CODE && !inCharSet) {
            const pattern = this.expr.slice(patternIndex, this.index);
            let flags = '';
            while (++this.index < this.expr.length) {
              const code = this.code;
              if (code >= 97 && code <= 122 // a...z
              || code >= 65 && code <= 90 // A...Z
              || code >= 48 && code <= 57) {
                // 0-9
                flags += this.char;
              } else {
                break;
              }
            }
            let value;
            try {
              value = new RegExp(pattern, flags);
            } catch (e) {
              this.throwError(e.message);
            }
            env.node = {
              type: jsep.LITERAL,
              value,
              raw: this.expr.slice(patternIndex - 1, this.index)
            };

            // allow . [] and () after regex: /regex/.test(a)
            env.node = this.gobbleTokenProperty(env.node);
            return env.node;
          }
          if (this.code === jsep.OBRACK_CODE) {
            inCharSet = true;
          } else if (inCharSet && this.code === jsep.CBRACK_CODE) {
            inCharSet = false;
          }
          this.index += this.code === BSLASH_CODE ? 2 : 1;
        }
        this.throwError('Unclosed Regex');
      }
    });
  }
};

const PLUS_CODE = 43; // +
const MINUS_CODE = 45; // -

const index_node_esm_plugin = {
  name: 'assignment',
  assignmentOperators: new Set(['=', '*=', '**=', '/=', '%=', '+=', '-=', '<<=', '>>=', '>>>=', '&=', '^=', '|=', '||=', '&&=', '??=']),
  updateOperators: [PLUS_CODE, MINUS_CODE],
  assignmentPrecedence: 0.9,
  init(jsep) {
    const updateNodeTypes = [jsep.IDENTIFIER, jsep.MEMBER_EXP];
    index_node_esm_plugin.assignmentOperators.forEach(op => jsep.addBinaryOp(op, index_node_esm_plugin.assignmentPrecedence, true));
    jsep.hooks.add('gobble-token', function gobbleUpdatePrefix(env) {
      const code = this.code;
      if (index_node_esm_plugin.updateOperators.some(c => c === code && c === this.expr.charCodeAt(this.index + 1))) {
        this.index += 2;
        env.node = {
          type: 'UpdateExpression',
          operator: code === PLUS_CODE ? '++' : '--',
          argument: this.gobbleTokenProperty(this.gobbleIdentifier()),
          prefix: true
        };
        if (!env.node.argument || !updateNodeTypes.includes(env.node.argument.type)) {
          this.throwError(`Unexpected ${env.node.operator}`);
        }
      }
    });
    jsep.hooks.add('after-token', function gobbleUpdatePostfix(env) {
      if (env.node) {
        const code = this.code;
        if (index_node_esm_plugin.updateOperators.some(c => c === code && c === this.expr.charCodeAt(this.index + 1))) {
          if (!updateNodeTypes.includes(env.node.type)) {
            this.throwError(`Unexpected ${env.node.operator}`);
          }
          this.index += 2;
          env.node = {
            type: 'UpdateExpression',
            operator: code === PLUS_CODE ? '++' : '--',
            argument: env.node,
            prefix: false
          };
        }
      }
    });
    jsep.hooks.add('after-expression', function gobbleAssignment(env) {
      if (env.node) {
        // Note: Binaries can be chained in a single expression to respect
        // operator precedence (i.e. a = b = 1 + 2 + 3)
        // Update all binary assignment nodes in the tree
        updateBinariesToAssignments(env.node);
      }
    });
    function updateBinariesToAssignments(node) {
      if (index_node_esm_plugin.assignmentOperators.has(node.operator)) {
        node.type = 'AssignmentExpression';
        updateBinariesToAssignments(node.left);
        updateBinariesToAssignments(node.right);
      } else if (!node.operator) {
        Object.values(node).forEach(val => {
          if (val && typeof val === 'object') {
            updateBinariesToAssignments(val);
          }
        });
      }
    }
  }
};

/* eslint-disable no-bitwise -- Convenient */

// register plugins
jsep.plugins.register(index, index_node_esm_plugin);
jsep.addUnaryOp('typeof');
jsep.addUnaryOp('void');
jsep.addLiteral('null', null);
jsep.addLiteral('undefined', undefined);
const BLOCKED_PROTO_PROPERTIES = new Set(['constructor', '__proto__', '__defineGetter__', '__defineSetter__', '__lookupGetter__', '__lookupSetter__']);
const SafeEval = {
  /**
   * @param {jsep.Expression} ast
   * @param {Record<string, any>} subs
   */
  evalAst(ast, subs) {
    switch (ast.type) {
      case 'BinaryExpression':
      case 'LogicalExpression':
        return SafeEval.evalBinaryExpression(ast, subs);
      case 'Compound':
        return SafeEval.evalCompound(ast, subs);
      case 'ConditionalExpression':
        return SafeEval.evalConditionalExpression(ast, subs);
      case 'Identifier':
        return SafeEval.evalIdentifier(ast, subs);
      case 'Literal':
        return SafeEval.evalLiteral(ast, subs);
      case 'MemberExpression':
        return SafeEval.evalMemberExpression(ast, subs);
      case 'UnaryExpression':
        return SafeEval.evalUnaryExpression(ast, subs);
      case 'ArrayExpression':
        return SafeEval.evalArrayExpression(ast, subs);
      case 'CallExpression':
        return SafeEval.evalCallExpression(ast, subs);
      case 'AssignmentExpression':
        return SafeEval.evalAssignmentExpression(ast, subs);
      default:
        throw SyntaxError('Unexpected expression', ast);
    }
  },
  evalBinaryExpression(ast, subs) {
    const result = {
      '||': (a, b) => a || b(),
      '&&': (a, b) => a && b(),
      '|': (a, b) => a | b(),
      '^': (a, b) => a ^ b(),
      '&': (a, b) => a & b(),
      // eslint-disable-next-line eqeqeq -- API
      '==': (a, b) => a == b(),
      // eslint-disable-next-line eqeqeq -- API
      '!=': (a, b) => a != b(),
      '===': (a, b) => a === b(),
      '!==': (a, b) => a !== b(),
      '<': (a, b) => a < b(),
      '>': (a, b) => a > b(),
      '<=': (a, b) => a <= b(),
      '>=': (a, b) => a >= b(),
      '<<': (a, b) => a << b(),
      '>>': (a, b) => a >> b(),
      '>>>': (a, b) => a >>> b(),
      '+': (a, b) => a + b(),
      '-': (a, b) => a - b(),
      '*': (a, b) => a * b(),
      '/': (a, b) => a / b(),
      '%': (a, b) => a % b()
    }[ast.operator](SafeEval.evalAst(ast.left, subs), () => SafeEval.evalAst(ast.right, subs));
    return result;
  },
  evalCompound(ast, subs) {
    let last;
    for (let i = 0; i < ast.body.length; i++) {
      if (ast.body[i].type === 'Identifier' && ['var', 'let', 'const'].includes(ast.body[i].name) && ast.body[i + 1] && ast.body[i + 1].type === 'AssignmentExpression') {
        // var x=2; is detected as
        // [{Identifier var}, {AssignmentExpression x=2}]
        // eslint-disable-next-line @stylistic/max-len -- Long
        // eslint-disable-next-line sonarjs/updated-loop-counter -- Convenient
        i += 1;
      }
      const expr = ast.body[i];
      last = SafeEval.evalAst(expr, subs);
    }
    return last;
  },
  evalConditionalExpression(ast, subs) {
    if (SafeEval.evalAst(ast.test, subs)) {
      return SafeEval.evalAst(ast.consequent, subs);
    }
    return SafeEval.evalAst(ast.alternate, subs);
  },
  evalIdentifier(ast, subs) {
    if (Object.hasOwn(subs, ast.name)) {
      return subs[ast.name];
    }
    throw ReferenceError(`${ast.name} is not defined`);
  },
  evalLiteral(ast) {
    return ast.value;
  },
  evalMemberExpression(ast, subs) {
    const prop = String(
    // NOTE: `String(value)` throws error when
    // value has overwritten the toString method to return non-string
    // i.e. `value = {toString: () => []}`
    ast.computed ? SafeEval.evalAst(ast.property) // `object[property]`
    : ast.property.name // `object.property` property is Identifier
    );
    const obj = SafeEval.evalAst(ast.object, subs);
    if (obj === undefined || obj === null) {
      throw TypeError(`Cannot read properties of ${obj} (reading '${prop}')`);
    }
    if (!Object.hasOwn(obj, prop) && BLOCKED_PROTO_PROPERTIES.has(prop)) {
      throw TypeError(`Cannot read properties of ${obj} (reading '${prop}')`);
    }
    const result = obj[prop];
    if (typeof result === 'function') {
      return result.bind(obj); // arrow functions aren't affected by bind.
    }
    return result;
  },
  evalUnaryExpression(ast, subs) {
    const result = {
      '-': a => -SafeEval.evalAst(a, subs),
      '!': a => !SafeEval.evalAst(a, subs),
      '~': a => ~SafeEval.evalAst(a, subs),
      // eslint-disable-next-line no-implicit-coercion -- API
      '+': a => +SafeEval.evalAst(a, subs),
      typeof: a => typeof SafeEval.evalAst(a, subs),
      // eslint-disable-next-line no-void, sonarjs/void-use -- feature
      void: a => void SafeEval.evalAst(a, subs)
    }[ast.operator](ast.argument);
    return result;
  },
  evalArrayExpression(ast, subs) {
    return ast.elements.map(el => SafeEval.evalAst(el, subs));
  },
  evalCallExpression(ast, subs) {
    const args = ast.arguments.map(arg => SafeEval.evalAst(arg, subs));
    const func = SafeEval.evalAst(ast.callee, subs);
    /* c8 ignore start  */
    if (func === Function) {
      // unreachable since BLOCKED_PROTO_PROPERTIES includes 'constructor'
      throw new Error('Function constructor is disabled');
    }
    /* c8 ignore end  */
    return func(...args);
  },
  evalAssignmentExpression(ast, subs) {
    if (ast.left.type !== 'Identifier') {
      throw SyntaxError('Invalid left-hand side in assignment');
    }
    const id = ast.left.name;
    const value = SafeEval.evalAst(ast.right, subs);
    subs[id] = value;
    return subs[id];
  }
};

/**
 * A replacement for NodeJS' VM.Script which is also {@link https://developer.mozilla.org/en-US/docs/Web/HTTP/CSP | Content Security Policy} friendly.
 */
class SafeScript {
  /**
   * @param {string} expr Expression to evaluate
   */
  constructor(expr) {
    this.code = expr;
    this.ast = jsep(this.code);
  }

  /**
   * @param {object} context Object whose items will be added
   *   to evaluation
   * @returns {EvaluatedResult} Result of evaluated code
   */
  runInNewContext(context) {
    // `Object.create(null)` creates a prototypeless object
    const keyMap = Object.assign(Object.create(null), context);
    return SafeEval.evalAst(this.ast, keyMap);
  }
}

/* eslint-disable camelcase -- Convenient for escaping */


/**
 * @typedef {null|boolean|number|string|object|GenericArray} JSONObject
 */

/**
 * @typedef {any} AnyItem
 */

/**
 * @typedef {any} AnyResult
 */

/**
 * Copies array and then pushes item into it.
 * @param {GenericArray} arr Array to copy and into which to push
 * @param {AnyItem} item Array item to add (to end)
 * @returns {GenericArray} Copy of the original array
 */
function push(arr, item) {
  arr = arr.slice();
  arr.push(item);
  return arr;
}
/**
 * Copies array and then unshifts item into it.
 * @param {AnyItem} item Array item to add (to beginning)
 * @param {GenericArray} arr Array to copy and into which to unshift
 * @returns {GenericArray} Copy of the original array
 */
function unshift(item, arr) {
  arr = arr.slice();
  arr.unshift(item);
  return arr;
}

/**
 * Caught when JSONPath is used without `new` but rethrown if with `new`
 * @extends Error
 */
class NewError extends Error {
  /**
   * @param {AnyResult} value The evaluated scalar value
   */
  constructor(value) {
    super('JSONPath should not be called with "new" (it prevents return ' + 'of (unwrapped) scalar values)');
    this.avoidNew = true;
    this.value = value;
    this.name = 'NewError';
  }
}

/**
* @typedef {object} ReturnObject
* @property {string} path
* @property {JSONObject} value
* @property {object|GenericArray} parent
* @property {string} parentProperty
*/

/**
* @callback JSONPathCallback
* @param {string|object} preferredOutput
* @param {"value"|"property"} type
* @param {ReturnObject} fullRetObj
* @returns {void}
*/

/**
* @callback OtherTypeCallback
* @param {JSONObject} val
* @param {string} path
* @param {object|GenericArray} parent
* @param {string} parentPropName
* @returns {boolean}
*/

/**
 * @typedef {any} ContextItem
 */

/**
 * @typedef {any} EvaluatedResult
 */

/**
* @callback EvalCallback
* @param {string} code
* @param {ContextItem} context
* @returns {EvaluatedResult}
*/

/**
 * @typedef {typeof SafeScript} EvalClass
 */

/**
 * @typedef {object} JSONPathOptions
 * @property {JSON} json
 * @property {string|string[]} path
 * @property {"value"|"path"|"pointer"|"parent"|"parentProperty"|
 *   "all"} [resultType="value"]
 * @property {boolean} [flatten=false]
 * @property {boolean} [wrap=true]
 * @property {object} [sandbox={}]
 * @property {EvalCallback|EvalClass|'safe'|'native'|
 *   boolean} [eval = 'safe']
 * @property {object|GenericArray|null} [parent=null]
 * @property {string|null} [parentProperty=null]
 * @property {JSONPathCallback} [callback]
 * @property {OtherTypeCallback} [otherTypeCallback] Defaults to
 *   function which throws on encountering `@other`
 * @property {boolean} [autostart=true]
 */

/**
 * @param {string|JSONPathOptions} opts If a string, will be treated as `expr`
 * @param {string} [expr] JSON path to evaluate
 * @param {JSON} [obj] JSON object to evaluate against
 * @param {JSONPathCallback} [callback] Passed 3 arguments: 1) desired payload
 *     per `resultType`, 2) `"value"|"property"`, 3) Full returned object with
 *     all payloads
 * @param {OtherTypeCallback} [otherTypeCallback] If `@other()` is at the end
 *   of one's query, this will be invoked with the value of the item, its
 *   path, its parent, and its parent's property name, and it should return
 *   a boolean indicating whether the supplied value belongs to the "other"
 *   type or not (or it may handle transformations and return `false`).
 * @returns {JSONPath}
 * @class
 */
function JSONPath(opts, expr, obj, callback, otherTypeCallback) {
  // eslint-disable-next-line no-restricted-syntax -- Allow for pseudo-class
  if (!(this instanceof JSONPath)) {
    try {
      return new JSONPath(opts, expr, obj, callback, otherTypeCallback);
    } catch (e) {
      if (!e.avoidNew) {
        throw e;
      }
      return e.value;
    }
  }
  if (typeof opts === 'string') {
    otherTypeCallback = callback;
    callback = obj;
    obj = expr;
    expr = opts;
    opts = null;
  }
  const optObj = opts && typeof opts === 'object';
  opts = opts || {};
  this.json = opts.json || obj;
  this.path = opts.path || expr;
  this.resultType = opts.resultType || 'value';
  this.flatten = opts.flatten || false;
  this.wrap = Object.hasOwn(opts, 'wrap') ? opts.wrap : true;
  this.sandbox = opts.sandbox || {};
  this.eval = opts.eval === undefined ? 'safe' : opts.eval;
  this.ignoreEvalErrors = typeof opts.ignoreEvalErrors === 'undefined' ? false : opts.ignoreEvalErrors;
  this.parent = opts.parent || null;
  this.parentProperty = opts.parentProperty || null;
  this.callback = opts.callback || callback || null;
  this.otherTypeCallback = opts.otherTypeCallback || otherTypeCallback || function () {
    throw new TypeError('You must supply an otherTypeCallback callback option ' + 'with the @other() operator.');
  };
  if (opts.autostart !== false) {
    const args = {
      path: optObj ? opts.path : expr
    };
    if (!optObj) {
      args.json = obj;
    } else if ('json' in opts) {
      args.json = opts.json;
    }
    const ret = this.evaluate(args);
    if (!ret || typeof ret !== 'object') {
      throw new NewError(ret);
    }
    return ret;
  }
}

// PUBLIC METHODS
JSONPath.prototype.evaluate = function (expr, json, callback, otherTypeCallback) {
  let currParent = this.parent,
    currParentProperty = this.parentProperty;
  let {
    flatten,
    wrap
  } = this;
  this.currResultType = this.resultType;
  this.currEval = this.eval;
  this.currSandbox = this.sandbox;
  callback = callback || this.callback;
  this.currOtherTypeCallback = otherTypeCallback || this.otherTypeCallback;
  json = json || this.json;
  expr = expr || this.path;
  if (expr && typeof expr === 'object' && !Array.isArray(expr)) {
    if (!expr.path && expr.path !== '') {
      throw new TypeError('You must supply a "path" property when providing an object ' + 'argument to JSONPath.evaluate().');
    }
    if (!Object.hasOwn(expr, 'json')) {
      throw new TypeError('You must supply a "json" property when providing an object ' + 'argument to JSONPath.evaluate().');
    }
    ({
      json
    } = expr);
    flatten = Object.hasOwn(expr, 'flatten') ? expr.flatten : flatten;
    this.currResultType = Object.hasOwn(expr, 'resultType') ? expr.resultType : this.currResultType;
    this.currSandbox = Object.hasOwn(expr, 'sandbox') ? expr.sandbox : this.currSandbox;
    wrap = Object.hasOwn(expr, 'wrap') ? expr.wrap : wrap;
    this.currEval = Object.hasOwn(expr, 'eval') ? expr.eval : this.currEval;
    callback = Object.hasOwn(expr, 'callback') ? expr.callback : callback;
    this.currOtherTypeCallback = Object.hasOwn(expr, 'otherTypeCallback') ? expr.otherTypeCallback : this.currOtherTypeCallback;
    currParent = Object.hasOwn(expr, 'parent') ? expr.parent : currParent;
    currParentProperty = Object.hasOwn(expr, 'parentProperty') ? expr.parentProperty : currParentProperty;
    expr = expr.path;
  }
  currParent = currParent || null;
  currParentProperty = currParentProperty || null;
  if (Array.isArray(expr)) {
    expr = JSONPath.toPathString(expr);
  }
  if (!expr && expr !== '' || !json) {
    return undefined;
  }
  const exprList = JSONPath.toPathArray(expr);
  if (exprList[0] === '$' && exprList.length > 1) {
    exprList.shift();
  }
  this._hasParentSelector = null;
  const result = this._trace(exprList, json, ['$'], currParent, currParentProperty, callback).filter(function (ea) {
    return ea && !ea.isParentSelector;
  });
  if (!result.length) {
    return wrap ? [] : undefined;
  }
  if (!wrap && result.length === 1 && !result[0].hasArrExpr) {
    return this._getPreferredOutput(result[0]);
  }
  return result.reduce((rslt, ea) => {
    const valOrPath = this._getPreferredOutput(ea);
    if (flatten && Array.isArray(valOrPath)) {
      rslt = rslt.concat(valOrPath);
    } else {
      rslt.push(valOrPath);
    }
    return rslt;
  }, []);
};

// PRIVATE METHODS

JSONPath.prototype._getPreferredOutput = function (ea) {
  const resultType = this.currResultType;
  switch (resultType) {
    case 'all':
      {
        const path = Array.isArray(ea.path) ? ea.path : JSONPath.toPathArray(ea.path);
        ea.pointer = JSONPath.toPointer(path);
        ea.path = typeof ea.path === 'string' ? ea.path : JSONPath.toPathString(ea.path);
        return ea;
      }
    case 'value':
    case 'parent':
    case 'parentProperty':
      return ea[resultType];
    case 'path':
      return JSONPath.toPathString(ea[resultType]);
    case 'pointer':
      return JSONPath.toPointer(ea.path);
    default:
      throw new TypeError('Unknown result type');
  }
};
JSONPath.prototype._handleCallback = function (fullRetObj, callback, type) {
  if (callback) {
    const preferredOutput = this._getPreferredOutput(fullRetObj);
    fullRetObj.path = typeof fullRetObj.path === 'string' ? fullRetObj.path : JSONPath.toPathString(fullRetObj.path);
    // eslint-disable-next-line n/callback-return -- No need to return
    callback(preferredOutput, type, fullRetObj);
  }
};

/**
 *
 * @param {string} expr
 * @param {JSONObject} val
 * @param {string} path
 * @param {object|GenericArray} parent
 * @param {string} parentPropName
 * @param {JSONPathCallback} callback
 * @param {boolean} hasArrExpr
 * @param {boolean} literalPriority
 * @returns {ReturnObject|ReturnObject[]}
 */
JSONPath.prototype._trace = function (expr, val, path, parent, parentPropName, callback, hasArrExpr, literalPriority) {
  // No expr to follow? return path and value as the result of
  //  this trace branch
  let retObj;
  if (!expr.length) {
    retObj = {
      path,
      value: val,
      parent,
      parentProperty: parentPropName,
      hasArrExpr
    };
    this._handleCallback(retObj, callback, 'value');
    return retObj;
  }
  const loc = expr[0],
    x = expr.slice(1);

  // We need to gather the return value of recursive trace calls in order to
  // do the parent sel computation.
  const ret = [];
  /**
   *
   * @param {ReturnObject|ReturnObject[]} elems
   * @returns {void}
   */
  function addRet(elems) {
    if (Array.isArray(elems)) {
      // This was causing excessive stack size in Node (with or
      //  without Babel) against our performance test:
      //  `ret.push(...elems);`
      elems.forEach(t => {
        ret.push(t);
      });
    } else {
      ret.push(elems);
    }
  }
  if ((typeof loc !== 'string' || literalPriority) && val && Object.hasOwn(val, loc)) {
    // simple case--directly follow property
    addRet(this._trace(x, val[loc], push(path, loc), val, loc, callback, hasArrExpr));
    // eslint-disable-next-line unicorn/prefer-switch -- Part of larger `if`
  } else if (loc === '*') {
    // all child properties
    this._walk(val, m => {
      addRet(this._trace(x, val[m], push(path, m), val, m, callback, true, true));
    });
  } else if (loc === '..') {
    // all descendent parent properties
    // Check remaining expression with val's immediate children
    addRet(this._trace(x, val, path, parent, parentPropName, callback, hasArrExpr));
    this._walk(val, m => {
      // We don't join m and x here because we only want parents,
      //   not scalar values
      if (typeof val[m] === 'object') {
        // Keep going with recursive descent on val's
        //   object children
        addRet(this._trace(expr.slice(), val[m], push(path, m), val, m, callback, true));
      }
    });
    // The parent sel computation is handled in the frame above using the
    // ancestor object of val
  } else if (loc === '^') {
    // This is not a final endpoint, so we do not invoke the callback here
    this._hasParentSelector = true;
    return {
      path: path.slice(0, -1),
      expr: x,
      isParentSelector: true
    };
  } else if (loc === '~') {
    // property name
    retObj = {
      path: push(path, loc),
      value: parentPropName,
      parent,
      parentProperty: null
    };
    this._handleCallback(retObj, callback, 'property');
    return retObj;
  } else if (loc === '$') {
    // root only
    addRet(this._trace(x, val, path, null, null, callback, hasArrExpr));
  } else if (/^(-?\d*):(-?\d*):?(\d*)$/u.test(loc)) {
    // [start:end:step]  Python slice syntax
    addRet(this._slice(loc, x, val, path, parent, parentPropName, callback));
  } else if (loc.indexOf('?(') === 0) {
    // [?(expr)] (filtering)
    if (this.currEval === false) {
      throw new Error('Eval [?(expr)] prevented in JSONPath expression.');
    }
    const safeLoc = loc.replace(/^\?\((.*?)\)$/u, '$1');
    // check for a nested filter expression
    const nested = /@.?([^?]*)[['](\??\(.*?\))(?!.\)\])[\]']/gu.exec(safeLoc);
    if (nested) {
      // find if there are matches in the nested expression
      // add them to the result set if there is at least one match
      this._walk(val, m => {
        const npath = [nested[2]];
        const nvalue = nested[1] ? val[m][nested[1]] : val[m];
        const filterResults = this._trace(npath, nvalue, path, parent, parentPropName, callback, true);
        if (filterResults.length > 0) {
          addRet(this._trace(x, val[m], push(path, m), val, m, callback, true));
        }
      });
    } else {
      this._walk(val, m => {
        if (this._eval(safeLoc, val[m], m, path, parent, parentPropName)) {
          addRet(this._trace(x, val[m], push(path, m), val, m, callback, true));
        }
      });
    }
  } else if (loc[0] === '(') {
    // [(expr)] (dynamic property/index)
    if (this.currEval === false) {
      throw new Error('Eval [(expr)] prevented in JSONPath expression.');
    }
    // As this will resolve to a property name (but we don't know it
    //  yet), property and parent information is relative to the
    //  parent of the property to which this expression will resolve
    addRet(this._trace(unshift(this._eval(loc, val, path.at(-1), path.slice(0, -1), parent, parentPropName), x), val, path, parent, parentPropName, callback, hasArrExpr));
  } else if (loc[0] === '@') {
    // value type: @boolean(), etc.
    let addType = false;
    const valueType = loc.slice(1, -2);
    switch (valueType) {
      case 'scalar':
        if (!val || !['object', 'function'].includes(typeof val)) {
          addType = true;
        }
        break;
      case 'boolean':
      case 'string':
      case 'undefined':
      case 'function':
        if (typeof val === valueType) {
          addType = true;
        }
        break;
      case 'integer':
        if (Number.isFinite(val) && !(val % 1)) {
          addType = true;
        }
        break;
      case 'number':
        if (Number.isFinite(val)) {
          addType = true;
        }
        break;
      case 'nonFinite':
        if (typeof val === 'number' && !Number.isFinite(val)) {
          addType = true;
        }
        break;
      case 'object':
        if (val && typeof val === valueType) {
          addType = true;
        }
        break;
      case 'array':
        if (Array.isArray(val)) {
          addType = true;
        }
        break;
      case 'other':
        addType = this.currOtherTypeCallback(val, path, parent, parentPropName);
        break;
      case 'null':
        if (val === null) {
          addType = true;
        }
        break;
      /* c8 ignore next 2 */
      default:
        throw new TypeError('Unknown value type ' + valueType);
    }
    if (addType) {
      retObj = {
        path,
        value: val,
        parent,
        parentProperty: parentPropName
      };
      this._handleCallback(retObj, callback, 'value');
      return retObj;
    }
    // `-escaped property
  } else if (loc[0] === '`' && val && Object.hasOwn(val, loc.slice(1))) {
    const locProp = loc.slice(1);
    addRet(this._trace(x, val[locProp], push(path, locProp), val, locProp, callback, hasArrExpr, true));
  } else if (loc.includes(',')) {
    // [name1,name2,...]
    const parts = loc.split(',');
    for (const part of parts) {
      addRet(this._trace(unshift(part, x), val, path, parent, parentPropName, callback, true));
    }
    // simple case--directly follow property
  } else if (!literalPriority && val && Object.hasOwn(val, loc)) {
    addRet(this._trace(x, val[loc], push(path, loc), val, loc, callback, hasArrExpr, true));
  }

  // We check the resulting values for parent selections. For parent
  // selections we discard the value object and continue the trace with the
  // current val object
  if (this._hasParentSelector) {
    for (let t = 0; t < ret.length; t++) {
      const rett = ret[t];
      if (rett && rett.isParentSelector) {
        const tmp = this._trace(rett.expr, val, rett.path, parent, parentPropName, callback, hasArrExpr);
        if (Array.isArray(tmp)) {
          ret[t] = tmp[0];
          const tl = tmp.length;
          for (let tt = 1; tt < tl; tt++) {
            // eslint-disable-next-line @stylistic/max-len -- Long
            // eslint-disable-next-line sonarjs/updated-loop-counter -- Convenient
            t++;
            ret.splice(t, 0, tmp[tt]);
          }
        } else {
          ret[t] = tmp;
        }
      }
    }
  }
  return ret;
};
JSONPath.prototype._walk = function (val, f) {
  if (Array.isArray(val)) {
    const n = val.length;
    for (let i = 0; i < n; i++) {
      f(i);
    }
  } else if (val && typeof val === 'object') {
    Object.keys(val).forEach(m => {
      f(m);
    });
  }
};
JSONPath.prototype._slice = function (loc, expr, val, path, parent, parentPropName, callback) {
  if (!Array.isArray(val)) {
    return undefined;
  }
  const len = val.length,
    parts = loc.split(':'),
    step = parts[2] && Number.parseInt(parts[2]) || 1;
  let start = parts[0] && Number.parseInt(parts[0]) || 0,
    end = parts[1] && Number.parseInt(parts[1]) || len;
  start = start < 0 ? Math.max(0, start + len) : Math.min(len, start);
  end = end < 0 ? Math.max(0, end + len) : Math.min(len, end);
  const ret = [];
  for (let i = start; i < end; i += step) {
    const tmp = this._trace(unshift(i, expr), val, path, parent, parentPropName, callback, true);
    // Should only be possible to be an array here since first part of
    //   ``unshift(i, expr)` passed in above would not be empty, nor `~`,
    //     nor begin with `@` (as could return objects)
    // This was causing excessive stack size in Node (with or
    //  without Babel) against our performance test: `ret.push(...tmp);`
    tmp.forEach(t => {
      ret.push(t);
    });
  }
  return ret;
};
JSONPath.prototype._eval = function (code, _v, _vname, path, parent, parentPropName) {
  this.currSandbox._$_parentProperty = parentPropName;
  this.currSandbox._$_parent = parent;
  this.currSandbox._$_property = _vname;
  this.currSandbox._$_root = this.json;
  this.currSandbox._$_v = _v;
  const containsPath = code.includes('@path');
  if (containsPath) {
    this.currSandbox._$_path = JSONPath.toPathString(path.concat([_vname]));
  }
  const scriptCacheKey = this.currEval + 'Script:' + code;
  if (!JSONPath.cache[scriptCacheKey]) {
    let script = code.replaceAll('@parentProperty', '_$_parentProperty').replaceAll('@parent', '_$_parent').replaceAll('@property', '_$_property').replaceAll('@root', '_$_root').replaceAll(/@([.\s)[])/gu, '_$_v$1');
    if (containsPath) {
      script = script.replaceAll('@path', '_$_path');
    }
    if (this.currEval === 'safe' || this.currEval === true || this.currEval === undefined) {
      JSONPath.cache[scriptCacheKey] = new this.safeVm.Script(script);
    } else if (this.currEval === 'native') {
      JSONPath.cache[scriptCacheKey] = new this.vm.Script(script);
    } else if (typeof this.currEval === 'function' && this.currEval.prototype && Object.hasOwn(this.currEval.prototype, 'runInNewContext')) {
      const CurrEval = this.currEval;
      JSONPath.cache[scriptCacheKey] = new CurrEval(script);
    } else if (typeof this.currEval === 'function') {
      JSONPath.cache[scriptCacheKey] = {
        runInNewContext: context => this.currEval(script, context)
      };
    } else {
      throw new TypeError(`Unknown "eval" property "${this.currEval}"`);
    }
  }
  try {
    return JSONPath.cache[scriptCacheKey].runInNewContext(this.currSandbox);
  } catch (e) {
    if (this.ignoreEvalErrors) {
      return false;
    }
    throw new Error('jsonPath: ' + e.message + ': ' + code);
  }
};

// PUBLIC CLASS PROPERTIES AND METHODS

// Could store the cache object itself
JSONPath.cache = {};

/**
 * @param {string[]} pathArr Array to convert
 * @returns {string} The path string
 */
JSONPath.toPathString = function (pathArr) {
  const x = pathArr,
    n = x.length;
  let p = '$';
  for (let i = 1; i < n; i++) {
    if (!/^(~|\^|@.*?\(\))$/u.test(x[i])) {
      p += /^[0-9*]+$/u.test(x[i]) ? '[' + x[i] + ']' : "['" + x[i] + "']";
    }
  }
  return p;
};

/**
 * @param {string} pointer JSON Path
 * @returns {string} JSON Pointer
 */
JSONPath.toPointer = function (pointer) {
  const x = pointer,
    n = x.length;
  let p = '';
  for (let i = 1; i < n; i++) {
    if (!/^(~|\^|@.*?\(\))$/u.test(x[i])) {
      p += '/' + x[i].toString().replaceAll('~', '~0').replaceAll('/', '~1');
    }
  }
  return p;
};

/**
 * @param {string} expr Expression to convert
 * @returns {string[]}
 */
JSONPath.toPathArray = function (expr) {
  const {
    cache
  } = JSONPath;
  if (cache[expr]) {
    return cache[expr].concat();
  }
  const subx = [];
  const normalized = expr
  // Properties
  .replaceAll(/@(?:null|boolean|number|string|integer|undefined|nonFinite|scalar|array|object|function|other)\(\)/gu, ';$&;')
  // Parenthetical evaluations (filtering and otherwise), directly
  //   within brackets or single quotes
  .replaceAll(/[['](\??\(.*?\))[\]'](?!.\])/gu, function ($0, $1) {
    return '[#' + (subx.push($1) - 1) + ']';
  })
  // Escape periods and tildes within properties
  .replaceAll(/\[['"]([^'\]]*)['"]\]/gu, function ($0, prop) {
    return "['" + prop.replaceAll('.', '%@%').replaceAll('~', '%%@@%%') + "']";
  })
  // Properties operator
  .replaceAll('~', ';~;')
  // Split by property boundaries
  .replaceAll(/['"]?\.['"]?(?![^[]*\])|\[['"]?/gu, ';')
  // Reinsert periods within properties
  .replaceAll('%@%', '.')
  // Reinsert tildes within properties
  .replaceAll('%%@@%%', '~')
  // Parent
  .replaceAll(/(?:;)?(\^+)(?:;)?/gu, function ($0, ups) {
    return ';' + ups.split('').join(';') + ';';
  })
  // Descendents
  .replaceAll(/;;;|;;/gu, ';..;')
  // Remove trailing
  .replaceAll(/;$|'?\]|'$/gu, '');
  const exprList = normalized.split(';').map(function (exp) {
    const match = exp.match(/#(\d+)/u);
    return !match || !match[1] ? exp : subx[match[1]];
  });
  cache[expr] = exprList;
  return cache[expr].concat();
};
JSONPath.prototype.safeVm = {
  Script: SafeScript
};

JSONPath.prototype.vm = external_vm_namespaceObject;



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
    const Script = JSONPath.prototype.safeVm.Script;
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
    const results = JSONPath({
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


/***/ }),

/***/ 7619:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ LIMITS),
/* harmony export */   n: () => (/* binding */ plannedRequests)
/* harmony export */ });
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


/***/ }),

/***/ 9123:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   I3: () => (/* binding */ checkName),
/* harmony export */   Qy: () => (/* binding */ displayUrl),
/* harmony export */   eQ: () => (/* binding */ secretUrlParts),
/* harmony export */   ml: () => (/* binding */ shorten),
/* harmony export */   o4: () => (/* binding */ secretHeaderValues),
/* harmony export */   uZ: () => (/* binding */ uniqueNames)
/* harmony export */ });
/* unused harmony export isSecretHeader */
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


/***/ }),

/***/ 9744:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ compileRegex)
/* harmony export */ });
/** `/pattern/flags` or a bare pattern. */
function compileRegex(source) {
    const literal = /^\/([\s\S]+)\/([dgimsuvy]*)$/.exec(source);
    return literal ? new RegExp(literal[1], literal[2]) : new RegExp(source);
}


/***/ }),

/***/ 5169:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   W6: () => (/* binding */ parseStatusMatcher),
/* harmony export */   W_: () => (/* binding */ statusMatches),
/* harmony export */   ps: () => (/* binding */ DEFAULT_EXPECT_STATUS)
/* harmony export */ });
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


/***/ }),

/***/ 8753:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Hs: () => (/* binding */ regexProblem),
/* harmony export */   LB: () => (/* binding */ validateCheck),
/* harmony export */   Ym: () => (/* binding */ assertValidChecks),
/* harmony export */   gD: () => (/* binding */ CheckDefinitionError),
/* harmony export */   nv: () => (/* binding */ assertValidAnalysis),
/* harmony export */   r5: () => (/* binding */ validateAnalysisOptions)
/* harmony export */ });
/* unused harmony export urlProblem */
/* harmony import */ var _compare_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(2796);
/* harmony import */ var _regex_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(9744);
/* harmony import */ var _jsonpath_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(8136);
/* harmony import */ var _limits_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(7619);
/* harmony import */ var _names_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(9123);
/* harmony import */ var _status_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(5169);






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
        (0,_regex_js__WEBPACK_IMPORTED_MODULE_0__/* .compileRegex */ .D)(source);
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
    if (check.expectStatus !== undefined && !(0,_status_js__WEBPACK_IMPORTED_MODULE_1__/* .parseStatusMatcher */ .W6)(check.expectStatus)) {
        problems.push(problem(`${prefix}expectStatus`, check.expectStatus, 'statuses such as 200, 200,204, 200-299 or 2xx'));
    }
    const badRegex = check.bodyRegex !== undefined ? regexProblem(check.bodyRegex) : undefined;
    if (badRegex)
        problems.push(problem(`${prefix}bodyRegex`, check.bodyRegex, badRegex));
    const badPath = check.jsonPath !== undefined ? (0,_jsonpath_js__WEBPACK_IMPORTED_MODULE_2__/* .jsonPathProblem */ .tX)(check.jsonPath) : undefined;
    if (badPath)
        problems.push(problem(`${prefix}jsonPath`, check.jsonPath, `a valid JSON path: ${badPath}`));
    if (check.jsonEquals !== undefined && check.jsonPath === undefined) {
        problems.push(`${prefix}jsonEquals: needs jsonPath, the value to compare it with`);
    }
    const ms = { min: 0, max: _limits_js__WEBPACK_IMPORTED_MODULE_3__/* .LIMITS */ .b.maxRequestTimeoutMs, exclusiveMin: true };
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
    if (!_compare_js__WEBPACK_IMPORTED_MODULE_4__/* .OPERATORS */ .we.includes(check.operator))
        problems.push(problem(`${prefix}operator`, check.operator, `one of ${_compare_js__WEBPACK_IMPORTED_MODULE_4__/* .OPERATORS */ .we.join(' ')}`));
    if (typeof check.threshold !== 'number' || !Number.isFinite(check.threshold)) {
        problems.push(problem(`${prefix}threshold`, check.threshold, 'a finite number'));
    }
    checkNumber(problems, `${prefix}timeoutMs`, check.timeoutMs, {
        min: 0,
        max: _limits_js__WEBPACK_IMPORTED_MODULE_3__/* .LIMITS */ .b.maxRequestTimeoutMs,
        exclusiveMin: true,
    });
    return problems;
}
/** Problems with one check definition, each prefixed with the check's name; empty when valid. */
function validateCheck(check) {
    const prefix = `${(0,_names_js__WEBPACK_IMPORTED_MODULE_5__/* .checkName */ .I3)(check)}: `;
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
                max: _limits_js__WEBPACK_IMPORTED_MODULE_3__/* .LIMITS */ .b.maxRequestTimeoutMs,
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
                max: _limits_js__WEBPACK_IMPORTED_MODULE_3__/* .LIMITS */ .b.maxCommandTimeoutMs,
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
        max: _limits_js__WEBPACK_IMPORTED_MODULE_3__/* .LIMITS */ .b.maxDurationMs,
        exclusiveMin: true,
    });
    checkNumber(problems, 'rate', options.rate ?? Number.NaN, {
        min: 0,
        max: _limits_js__WEBPACK_IMPORTED_MODULE_3__/* .LIMITS */ .b.maxRate,
        exclusiveMin: true,
    });
    checkNumber(problems, 'concurrency', options.concurrency, {
        min: 1,
        max: _limits_js__WEBPACK_IMPORTED_MODULE_3__/* .LIMITS */ .b.maxConcurrency,
        integer: true,
    });
    checkNumber(problems, 'maxErrorRate', options.maxErrorRate, { min: 0, max: 1 });
    checkNumber(problems, 'maxP95Ms', options.maxP95Ms, { min: 0, max: _limits_js__WEBPACK_IMPORTED_MODULE_3__/* .LIMITS */ .b.maxP95Ms, exclusiveMin: true });
    checkNumber(problems, 'maxConsecutiveFailures', options.maxConsecutiveFailures, {
        min: 0,
        max: _limits_js__WEBPACK_IMPORTED_MODULE_3__/* .LIMITS */ .b.maxRequests,
        integer: true,
    });
    checkNumber(problems, 'minSamples', options.minSamples, { min: 1, max: _limits_js__WEBPACK_IMPORTED_MODULE_3__/* .LIMITS */ .b.maxRequests, integer: true });
    checkNumber(problems, 'falseAlarmRate', options.falseAlarmRate, { min: 0, max: 0.5, exclusiveMin: true });
    if (options.mode !== undefined && options.mode !== 'sequential' && options.mode !== 'fixed')
        problems.push(`mode: got ${JSON.stringify(options.mode)}, expected sequential or fixed`);
    const loadIsValid = problems.every((text) => !/^(durationMs|rate):/.test(text));
    if (loadIsValid) {
        const planned = (options.durationMs * options.rate) / 1000;
        if (planned > _limits_js__WEBPACK_IMPORTED_MODULE_3__/* .LIMITS */ .b.maxRequests) {
            problems.push(`rate × duration: ${Math.round(planned)} requests planned, at most ${_limits_js__WEBPACK_IMPORTED_MODULE_3__/* .LIMITS */ .b.maxRequests} allowed`);
        }
        else if (options.minSamples !== undefined &&
            options.minSamples > (0,_limits_js__WEBPACK_IMPORTED_MODULE_3__/* .plannedRequests */ .n)(options.durationMs, options.rate)) {
            problems.push(`minSamples: ${options.minSamples} can never be reached: ${options.rate}/s for ${options.durationMs} ms sends ${(0,_limits_js__WEBPACK_IMPORTED_MODULE_3__/* .plannedRequests */ .n)(options.durationMs, options.rate)} requests`);
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
                max: _limits_js__WEBPACK_IMPORTED_MODULE_3__/* .LIMITS */ .b.maxP95Ms,
            });
        }
        checkNumber(problems, 'baseline.maxDegradationPct', baseline.maxDegradationPct, {
            min: 0,
            max: _limits_js__WEBPACK_IMPORTED_MODULE_3__/* .LIMITS */ .b.maxDegradationPct,
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


/***/ }),

/***/ 3731:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   p: () => (/* binding */ runContext)
/* harmony export */ });
/* unused harmony export requireRepository */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);


function readEvent(path) {
    if (!path)
        return {};
    try {
        return JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path, 'utf8'));
    }
    catch {
        return {};
    }
}
function runContext(env = process.env) {
    const repository = env['GITHUB_REPOSITORY'] ?? '';
    const [owner = '', repo = ''] = repository.split('/');
    const serverUrl = (env['GITHUB_SERVER_URL'] || 'https://github.com').replace(/\/$/, '');
    const runId = env['GITHUB_RUN_ID'] ?? '';
    const ref = env['GITHUB_REF'] ?? '';
    return {
        owner,
        repo,
        repository,
        sha: env['GITHUB_SHA'] ?? '',
        ref,
        refName: env['GITHUB_REF_NAME'] || ref.replace(/^refs\/(heads|tags)\//, ''),
        baseRef: env['GITHUB_BASE_REF'] || undefined,
        workspace: env['GITHUB_WORKSPACE'] || process.cwd(),
        runId,
        runAttempt: env['GITHUB_RUN_ATTEMPT'] ?? '1',
        serverUrl,
        apiUrl: (env['GITHUB_API_URL'] || 'https://api.github.com').replace(/\/$/, ''),
        runUrl: repository && runId ? `${serverUrl}/${repository}/actions/runs/${runId}` : '',
        actor: env['GITHUB_ACTOR'] ?? '',
        eventName: env['GITHUB_EVENT_NAME'] ?? '',
        job: env['GITHUB_JOB'] ?? '',
        temp: env['RUNNER_TEMP'] || env['TMPDIR'] || '/tmp',
        event: readEvent(env['GITHUB_EVENT_PATH']),
        workflowRef: env['GITHUB_WORKFLOW_REF'] ?? '',
        repositoryId: env['GITHUB_REPOSITORY_ID'] ?? '',
        repositoryOwnerId: env['GITHUB_REPOSITORY_OWNER_ID'] ?? '',
        runnerEnvironment: env['RUNNER_ENVIRONMENT'] ?? '',
    };
}
/** The repository is needed for every API call; say so clearly when it is missing. */
function requireRepository(context) {
    if (!context.owner || !context.repo) {
        throw new ReleaseError('ENOREPO', `GITHUB_REPOSITORY is "${context.repository}", expected "owner/name"`, {
            hint: 'This runs inside GitHub Actions, where the runner sets GITHUB_REPOSITORY.',
        });
    }
    return { owner: context.owner, repo: context.repo };
}


/***/ }),

/***/ 7924:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   hF: () => (/* binding */ runWithInputs)
/* harmony export */ });
/* unused harmony exports reportFailure, runAction */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7817);
/* harmony import */ var _runner_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(8372);


/**
 * Reports any thrown value (an Error, a string, anything) as one `::error::`
 * annotation and a failed step. The stack only appears under RUNNER_DEBUG.
 */
function reportFailure(thrown) {
    const failure = (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .describeFailure */ .Ic)(thrown);
    (0,_runner_js__WEBPACK_IMPORTED_MODULE_1__/* .error */ .z3)(failure.message, { title: failure.title, location: failure.location });
    if ((0,_runner_js__WEBPACK_IMPORTED_MODULE_1__/* .isDebug */ ._o)() && failure.stack)
        (0,_runner_js__WEBPACK_IMPORTED_MODULE_1__/* .debug */ .Yz)(failure.stack);
    process.exitCode = 1;
}
/** The whole of an action's entry file: `runAction(main)`. */
async function runAction(main) {
    process.on('unhandledRejection', (reason) => reportFailure(reason));
    try {
        await main();
    }
    catch (thrown) {
        reportFailure(thrown);
    }
}
/**
 * An entry that reads its inputs before it loads its run logic: a step that fails on its
 * inputs reports it without loading (and compiling) the packages the run needs, so it starts
 * almost as fast as bare node. `load` is the entry's `() => import('./run.js')`.
 */
async function runWithInputs(read, load) {
    await runAction(async () => {
        const inputs = await read();
        const { run } = await load();
        await run(inputs);
    });
}


/***/ }),

/***/ 7817:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ic: () => (/* binding */ describeFailure),
/* harmony export */   Jj: () => (/* binding */ cut),
/* harmony export */   K2: () => (/* binding */ ReleaseError),
/* harmony export */   dz: () => (/* binding */ InputError),
/* harmony export */   oi: () => (/* binding */ inputProblem)
/* harmony export */ });
/**
 * Every failure the actions raise on purpose: a stable code for tests and
 * docs, a message that says what went wrong, and a hint that says what to do.
 */
class ReleaseError extends Error {
    code;
    hint;
    location;
    details;
    constructor(code, message, options = {}) {
        super(message, options.cause === undefined ? undefined : { cause: options.cause });
        this.name = 'ReleaseError';
        this.code = code;
        this.hint = options.hint;
        this.location = options.location;
        this.details = options.details;
    }
}
/** One or more inputs were wrong; raised before the action touches anything. */
class InputError extends ReleaseError {
    problems;
    constructor(problems, hint, location) {
        super('EINPUT', problems.join('\n'), { hint, location });
        this.name = 'InputError';
        this.problems = problems;
    }
}
/** `text` cut to about `max` characters (never inside a surrogate pair), saying how long it was. */
function cut(text, max = 200) {
    if (text.length <= max)
        return text;
    const end = /[\uD800-\uDBFF]/.test(text[max - 1] ?? '') ? max - 1 : max;
    return `${text.slice(0, end)}… (${text.length} characters)`;
}
/** One bad input: its name, the value (cut to about 200 characters) and what is allowed. */
function inputProblem(name, value, expected) {
    return `Input "${name}": got "${cut(value)}", expected ${expected}`;
}
function describeFailure(thrown) {
    if (thrown instanceof ReleaseError) {
        const message = thrown.hint ? `${thrown.message}\nHint: ${thrown.hint}` : thrown.message;
        return { title: thrown.code, message, stack: thrown.stack, location: thrown.location };
    }
    if (thrown instanceof Error) {
        return { title: thrown.name || 'Error', message: thrown.message || String(thrown), stack: thrown.stack };
    }
    if (typeof thrown === 'string')
        return { title: 'Error', message: thrown || 'failed with an empty message' };
    let text;
    try {
        text = JSON.stringify(thrown) ?? String(thrown);
    }
    catch {
        text = String(thrown);
    }
    return { title: 'Error', message: `failed with a non-error value: ${text}` };
}


/***/ }),

/***/ 1052:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  WO: () => (/* binding */ Invalid),
  xQ: () => (/* binding */ camelCase),
  ZZ: () => (/* binding */ field),
  a3: () => (/* binding */ formatDuration),
  ry: () => (/* binding */ splitList)
});

// UNUSED EXPORTS: DEFAULT_MAX_INPUT_LENGTH, Field, parseDuration

// EXTERNAL MODULE: ./packages/kit/src/errors.ts
var errors = __nccwpck_require__(7817);
;// CONCATENATED MODULE: ./packages/kit/src/names.ts
/**
 * Git's own ref-name rules (git-check-ref-format(1)) and a practical e-mail
 * address check, so that every branch, tag and address input is refused with a
 * clear message before anything is written, instead of by git or GitHub halfway.
 */
/** Git refuses these anywhere in a ref name: control characters, space, ~ ^ : ? * [ and backslash. */
// eslint-disable-next-line no-control-regex
const FORBIDDEN_CHARACTER = /[\u0000-\u0020\u007f~^:?*[\\]/;
/** Stricter than git: command substitution, which no release name needs and scripts can trip on. */
const SHELL_SUBSTITUTION = /\$\(|\$\{|`/;
/** Why `name` is not a valid short branch or tag name, or undefined when git would take it. */
function refNameProblem(name) {
    if (name.length === 0)
        return 'it is empty';
    const bad = FORBIDDEN_CHARACTER.exec(name)?.[0];
    if (bad !== undefined) {
        const code = bad.charCodeAt(0);
        const shown = bad === ' ' ? 'a space' : code < 0x20 || code === 0x7f ? 'a control character' : `"${bad}"`;
        return `it contains ${shown}`;
    }
    if (name.includes('..'))
        return 'it contains ".."';
    if (name.includes('@{'))
        return 'it contains "@{"';
    if (name === '@')
        return 'it is "@"';
    if (name === 'HEAD')
        return 'it is "HEAD"';
    if (name.startsWith('-'))
        return 'it starts with "-"';
    if (name.startsWith('/') || name.endsWith('/'))
        return 'it starts or ends with "/"';
    if (name.includes('//'))
        return 'it contains "//"';
    if (name.endsWith('.'))
        return 'it ends with "."';
    for (const part of name.split('/')) {
        if (part.startsWith('.'))
            return `a part of it ("${part}") starts with "."`;
        if (part.endsWith('.lock'))
            return `a part of it ("${part}") ends with ".lock"`;
    }
    if (SHELL_SUBSTITUTION.test(name))
        return 'it contains shell command substitution ($(…), ${…} or `…`)';
    return undefined;
}
/**
 * A prefix put before a version to make a tag (`v`, `api/v`): judged as the
 * tag it makes, so `release/` is fine but `a..` or `x y` are not.
 */
function refPrefixProblem(prefix) {
    if (prefix.length === 0)
        return undefined;
    return refNameProblem(`${prefix}1.0.0`);
}
const LOCAL = /^[^\s@<>()\\,;:"]+$/;
const LABEL = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?$/;
/** Why `address` is not a plain e-mail address (`name@example.com`), or undefined. */
function emailProblem(address) {
    if (address.length > 254)
        return 'it is longer than 254 characters';
    const at = address.lastIndexOf('@');
    if (at <= 0)
        return 'it has no "@" with a name before it';
    const local = address.slice(0, at);
    const domain = address.slice(at + 1);
    if (local.length > 64)
        return 'the part before "@" is longer than 64 characters';
    if (!LOCAL.test(local) || local.startsWith('.') || local.endsWith('.') || local.includes('..'))
        return `"${local}" is not a valid name before "@"`;
    const labels = domain.split('.');
    if (labels.length < 2 || !labels.every((label) => LABEL.test(label)))
        return `"${domain}" is not a domain name such as example.com`;
    return undefined;
}
/** `Name <name@example.com>` or a plain address: the address part, and what is wrong with it. */
function mailboxProblem(mailbox) {
    const named = /^([^<>]*)<([^<>]+)>$/.exec(mailbox.trim());
    if (named) {
        if (/[\r\n]/.test(named[1]))
            return 'the display name contains a line break';
        return emailProblem(named[2].trim());
    }
    return emailProblem(mailbox.trim());
}

;// CONCATENATED MODULE: ./packages/kit/src/inputs.ts


/**
 * Typed inputs, parsed once. An action declares a spec of fields; `readInputs`
 * turns the runner's INPUT_* variables (and the config file's values, which
 * inputs override) into one typed object, or throws a single InputError that
 * lists every bad value at once.
 */
/** Thrown by a field's parser; `expected` replaces the field's default description. */
class Invalid extends Error {
    expected;
    constructor(expected) {
        super(expected ?? 'invalid');
        this.expected = expected;
    }
}
/** How long an input may be unless its field says otherwise: far more than any real value, far less than a crash. */
const DEFAULT_MAX_INPUT_LENGTH = 64 * 1024;
class Field {
    expected;
    parse;
    isRequired;
    fallback;
    isSecret;
    maxLength;
    constructor(expected, parse, isRequired = false, fallback = undefined, isSecret = false, maxLength = DEFAULT_MAX_INPUT_LENGTH) {
        this.expected = expected;
        this.parse = parse;
        this.isRequired = isRequired;
        this.fallback = fallback;
        this.isSecret = isSecret;
        this.maxLength = maxLength;
    }
    with(changes) {
        return new Field(this.expected, changes.parse ?? this.parse, changes.isRequired ?? this.isRequired, 'fallback' in changes ? changes.fallback : this.fallback, changes.isSecret ?? this.isSecret, changes.maxLength ?? this.maxLength);
    }
    /** The step fails when the input is empty and no config value or default exists. */
    required() {
        return this.with({ isRequired: true });
    }
    default(value) {
        return this.with({ fallback: value });
    }
    /** The value is masked in the log the moment it is read, and never echoed in errors. */
    secret() {
        return this.with({ isSecret: true });
    }
    /** At most `length` characters: checked before parsing, so nothing downstream meets a runaway value. */
    max(length) {
        return this.with({ maxLength: length });
    }
    /** Adds a further rule on the parsed value. */
    check(rule) {
        const parse = (raw) => {
            const value = this.parse(raw);
            const problem = rule(value);
            if (problem)
                throw new Invalid(problem);
            return value;
        };
        return this.with({ parse });
    }
}
function camelCase(name) {
    return name.replace(/[-_ ]+([a-zA-Z0-9])/g, (_, c) => c.toUpperCase());
}
const TRUE = ['true', 'True', 'TRUE'];
const FALSE = ['false', 'False', 'FALSE'];
const DURATION_UNITS = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };
function bounds(min, max) {
    if (min !== undefined && max !== undefined)
        return ` from ${min} to ${max}`;
    if (min !== undefined)
        return ` of at least ${min}`;
    if (max !== undefined)
        return ` of at most ${max}`;
    return '';
}
function inRange(value, min, max) {
    return (min === undefined || value >= min) && (max === undefined || value <= max);
}
/** Parses `500ms`, `30s`, `5m`, `1h30m` or a bare number of seconds into milliseconds. */
function parseDuration(raw) {
    const text = raw.trim();
    if (/^\d+(\.\d+)?$/.test(text))
        return Math.round(Number(text) * 1000);
    const parts = [...text.matchAll(/(\d+(?:\.\d+)?)(ms|s|m|h|d)/g)];
    if (parts.length === 0 || parts.map((p) => p[0]).join('') !== text)
        return undefined;
    return Math.round(parts.reduce((total, p) => total + Number(p[1]) * DURATION_UNITS[p[2]], 0));
}
function formatDuration(ms) {
    if (ms < 1000)
        return `${Math.round(ms)}ms`;
    if (ms < 60_000)
        return `${(ms / 1000).toFixed(ms % 1000 === 0 ? 0 : 1)}s`;
    const hours = Math.floor(ms / 3_600_000);
    const minutes = Math.floor((ms % 3_600_000) / 60_000);
    const seconds = Math.round((ms % 60_000) / 1000);
    const parts = [hours ? `${hours}h` : '', minutes ? `${minutes}m` : '', seconds ? `${seconds}s` : ''];
    return parts.join('');
}
/** Splits a list input on new lines (and commas unless `lines` is set), dropping blanks and `#` comments. */
function splitList(raw, separator = /[\n,]/) {
    return raw
        .split(separator)
        .map((item) => item.trim())
        .filter((item) => item.length > 0 && !item.startsWith('#'));
}
const field = {
    text(expected = 'a non-empty string') {
        return new Field(expected, (raw) => raw);
    },
    pattern(regex, expected) {
        return new Field(expected, (raw) => {
            if (!regex.test(raw))
                throw new Invalid();
            return raw;
        });
    },
    boolean() {
        return new Field('true or false', (raw) => {
            if (TRUE.includes(raw))
                return true;
            if (FALSE.includes(raw))
                return false;
            throw new Invalid();
        });
    },
    choice(choices) {
        return new Field(`one of: ${choices.join(', ')}`, (raw) => {
            if (!choices.includes(raw))
                throw new Invalid();
            return raw;
        });
    },
    integer(options = {}) {
        return new Field(`an integer${bounds(options.min, options.max)}`, (raw) => {
            if (!/^-?\d+$/.test(raw))
                throw new Invalid();
            const value = Number(raw);
            if (!inRange(value, options.min, options.max))
                throw new Invalid();
            return value;
        });
    },
    number(options = {}) {
        return new Field(`a number${bounds(options.min, options.max)}`, (raw) => {
            if (!/^-?(\d+(\.\d*)?|\.\d+)$/.test(raw))
                throw new Invalid();
            const value = Number(raw);
            if (!inRange(value, options.min, options.max))
                throw new Invalid();
            return value;
        });
    },
    /** A duration in milliseconds: `500ms`, `30s`, `5m`, `1h30m`, or a number of seconds. */
    duration(options = {}) {
        const limits = options.max !== undefined
            ? ` between ${formatDuration(options.min ?? 0)} and ${formatDuration(options.max)}`
            : '';
        return new Field(`a duration such as 30s, 5m or 1h30m${limits}`, (raw) => {
            const value = parseDuration(raw);
            if (value === undefined || !inRange(value, options.min, options.max))
                throw new Invalid();
            return value;
        });
    },
    /** Items separated by new lines or commas. */
    list(expected = 'a list of values, one per line or separated by commas') {
        return new Field(expected, (raw) => {
            const items = splitList(raw);
            if (items.length === 0)
                throw new Invalid();
            return items;
        });
    },
    /** Glob patterns, one per line (commas are legal inside `{a,b}`). */
    globs() {
        return new Field('glob patterns, one per line', (raw) => {
            const patterns = splitList(raw, /\n/);
            if (patterns.length === 0)
                throw new Invalid();
            return patterns;
        });
    },
    url(protocols = ['http:', 'https:']) {
        const names = protocols.map((p) => p.replace(':', '')).join(' or ');
        return new Field(`an absolute ${names} URL`, (raw) => {
            let url;
            try {
                url = new URL(raw);
            }
            catch {
                throw new Invalid();
            }
            if (!protocols.includes(url.protocol))
                throw new Invalid();
            return raw;
        });
    },
    /** A branch or tag name by git's rules (git check-ref-format); `refs/heads/` or `refs/tags/` is taken off. */
    ref(kind = 'ref', example = kind === 'tag' ? 'v1.4.0' : 'main') {
        const what = kind === 'ref' ? 'branch or tag' : kind;
        return new Field(`a valid git ${what} name such as ${example}`, (raw) => {
            const prefix = { branch: /^refs\/heads\//, tag: /^refs\/tags\//, ref: /^$/ }[kind];
            const name = raw.replace(prefix, '');
            const problem = refNameProblem(name);
            if (problem)
                throw new Invalid(`a valid git ${what} name such as ${example} (${problem})`);
            return name;
        }).max(255);
    },
    /** Branch names, one per line or separated by commas, each by git's rules. */
    refs(kind = 'branch') {
        return new Field(`${kind} names, one per line or separated by commas`, (raw) => {
            const names = splitList(raw);
            if (names.length === 0)
                throw new Invalid();
            for (const name of names) {
                const problem = refNameProblem(name);
                if (problem)
                    throw new Invalid(`valid git ${kind} names ("${(0,errors/* cut */.Jj)(name, 100)}": ${problem})`);
            }
            return names;
        });
    },
    /** What goes before a version to make a tag (`v`, `api/v`), judged as the tag it makes. */
    refPrefix(example = 'v') {
        return new Field(`a tag prefix such as ${example}`, (raw) => {
            const problem = refPrefixProblem(raw);
            if (problem)
                throw new Invalid(`a tag prefix such as ${example} that makes a valid git tag (${problem})`);
            return raw;
        }).max(200);
    },
    /** A plain e-mail address, or with `named` also `Name <address>`. */
    email(options = {}) {
        const expected = options.named
            ? 'an email address such as releases@example.com or "Releases <releases@example.com>"'
            : 'an email address such as releases@example.com';
        return new Field(expected, (raw) => {
            const problem = options.named ? mailboxProblem(raw) : emailProblem(raw);
            if (problem)
                throw new Invalid(`${expected} (${problem})`);
            return raw;
        }).max(320);
    },
    /** E-mail addresses, one per line or separated by commas; each may be `Name <address>`. */
    emails() {
        return new Field('email addresses, one per line or separated by commas', (raw) => {
            const list = splitList(raw);
            if (list.length === 0)
                throw new Invalid();
            const bad = list.filter((address) => mailboxProblem(address));
            if (bad.length > 0)
                throw new Invalid(`email addresses such as ops@example.com (not valid: ${(0,errors/* cut */.Jj)(bad.join(', '), 200)})`);
            return list;
        });
    },
    json(expected = 'valid JSON') {
        return new Field(expected, (raw) => {
            try {
                return JSON.parse(raw);
            }
            catch {
                throw new Invalid();
            }
        });
    },
    custom(expected, parse) {
        return new Field(expected, parse);
    },
};


/***/ }),

/***/ 8372:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  fz: () => (/* binding */ annotate),
  Yz: () => (/* binding */ debug),
  z3: () => (/* binding */ error),
  pq: () => (/* binding */ info),
  _o: () => (/* binding */ isDebug),
  QT: () => (/* binding */ logGroup),
  dK: () => (/* binding */ mask),
  ql: () => (/* binding */ maskedValues),
  n0: () => (/* binding */ setOutputs),
  Sy: () => (/* binding */ writeSummary)
});

// UNUSED EXPORTS: addPath, exportVariable, getState, group, notice, saveState, setOutput, warning

;// CONCATENATED MODULE: ./packages/kit/src/eol.ts
/**
 * The runner's line ending, as `os.EOL` gives it: `\r\n` on Windows runners, `\n` elsewhere.
 * A constant rather than `node:os`, which a step that fails on its inputs would load for nothing.
 */
const EOL = process.platform === 'win32' ? '\r\n' : '\n';

;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/utils.js
// We use any as a valid input type
/* eslint-disable @typescript-eslint/no-explicit-any */
/**
 * Sanitizes an input into a string so it can be passed into issueCommand safely
 * @param input input to sanitize into a string
 */
function toCommandValue(input) {
    if (input === null || input === undefined) {
        return '';
    }
    else if (typeof input === 'string' || input instanceof String) {
        return input;
    }
    return JSON.stringify(input);
}
/**
 *
 * @param annotationProperties
 * @returns The command properties to send with the actual annotation command
 * See IssueCommandProperties: https://github.com/actions/runner/blob/main/src/Runner.Worker/ActionCommandManager.cs#L646
 */
function toCommandProperties(annotationProperties) {
    if (!Object.keys(annotationProperties).length) {
        return {};
    }
    return {
        title: annotationProperties.title,
        file: annotationProperties.file,
        line: annotationProperties.startLine,
        endLine: annotationProperties.endLine,
        col: annotationProperties.startColumn,
        endColumn: annotationProperties.endColumn
    };
}
//# sourceMappingURL=utils.js.map
;// CONCATENATED MODULE: ./packages/kit/src/commands.ts
/**
 * The runner's workflow commands on stdout: `::name key=value,key=value::message`.
 *
 * Written here rather than taken from @actions/core's command module because that module loads
 * `node:os` (for its line ending) when a bundle starts, on every step. The escaping is the
 * runner's: `%`, CR and LF in a message, and also `:` and `,` in a property value.
 */


const escapeMessage = (value) => toCommandValue(value).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (value) => escapeMessage(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
/**
 * The command line. Properties without a value (undefined, empty, 0) are left out; the space
 * after the name follows whether any property was given, as @actions/core writes it.
 */
function formatCommand(command, properties, message) {
    const pairs = Object.entries(properties)
        .filter(([, value]) => Boolean(value))
        .map(([key, value]) => `${key}=${escapeProperty(value)}`);
    const head = Object.keys(properties).length > 0 ? `${command} ${pairs.join(',')}` : command;
    return `::${head}::${escapeMessage(message)}`;
}
function issueCommand(command, properties, message) {
    process.stdout.write(formatCommand(command, properties, message) + EOL);
}
function commands_issue(name, message = '') {
    issueCommand(name, {}, message);
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
;// CONCATENATED MODULE: ./packages/kit/src/file-commands.ts



/** Appends one message to the file the runner named for `command`. */
function file_commands_issueFileCommand(command, message) {
    const filePath = process.env[`GITHUB_${command}`];
    if (!filePath)
        throw new Error(`Unable to find environment variable for file command ${command}`);
    if (!(0,external_node_fs_.existsSync)(filePath))
        throw new Error(`Missing file at path: ${filePath}`);
    (0,external_node_fs_.appendFileSync)(filePath, `${message}${EOL}`, { encoding: 'utf8' });
}
/** `key<<delimiter … delimiter`, with a delimiter no name or value can forge. */
function file_commands_prepareKeyValueMessage(key, value) {
    const delimiter = `ghadelimiter_${randomUUID()}`;
    const text = toCommandValue(value);
    if (key.includes(delimiter)) {
        throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
    }
    if (text.includes(delimiter)) {
        throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
    }
    return `${key}<<${delimiter}${EOL}${text}${EOL}${delimiter}`;
}
// Loaded on first use: most steps that fail on their inputs never write a file command.
function randomUUID() {
    return process.getBuiltinModule('node:crypto').randomUUID();
}

;// CONCATENATED MODULE: ./packages/kit/src/runner.ts




/** Log lines, annotations, masks, outputs and state: everything a step says to the runner. */
function info(message) {
    process.stdout.write(message + EOL);
}
function isDebug() {
    return process.env['RUNNER_DEBUG'] === '1';
}
function debug(message) {
    issueCommand('debug', {}, message);
}
function annotate(level, message, options = {}) {
    const properties = toCommandProperties({
        title: options.title,
        file: options.location?.file,
        startLine: options.location?.line,
        startColumn: options.location?.column,
    });
    issueCommand(level, properties, message);
}
const error = (message, options) => annotate('error', message, options);
const warning = (message, options) => annotate('warning', message, options);
const notice = (message, options) => annotate('notice', message, options);
const masked = new Set();
/** Masks a secret in every later log line; multi-line secrets are masked line by line too. */
function mask(secret) {
    if (!secret)
        return;
    const pieces = [secret, ...secret.split(/\r?\n/).filter((line) => line.trim().length >= 4)];
    for (const piece of pieces) {
        if (masked.has(piece))
            continue;
        masked.add(piece);
        issueCommand('add-mask', {}, piece);
    }
}
/** Secrets masked so far, so code that builds reports can scrub them as well. */
function maskedValues() {
    return [...masked];
}
function setOutput(name, value) {
    const text = typeof value === 'string' ? value : JSON.stringify(value);
    if (process.env['GITHUB_OUTPUT']) {
        file_commands_issueFileCommand('OUTPUT', file_commands_prepareKeyValueMessage(name, text));
        return;
    }
    process.stdout.write(EOL);
    issueCommand('set-output', { name }, toCommandValue(text));
}
function setOutputs(values) {
    for (const [name, value] of Object.entries(values)) {
        if (value !== undefined)
            setOutput(name, value);
    }
}
function saveState(name, value) {
    if (process.env['GITHUB_STATE'])
        issueFileCommand('STATE', prepareKeyValueMessage(name, value));
}
function getState(name) {
    return process.env[`STATE_${name}`] ?? '';
}
function exportVariable(name, value) {
    process.env[name] = value;
    if (process.env['GITHUB_ENV'])
        issueFileCommand('ENV', prepareKeyValueMessage(name, value));
}
function addPath(directory) {
    const separator = process.platform === 'win32' ? ';' : ':';
    process.env['PATH'] = `${directory}${separator}${process.env['PATH'] ?? ''}`;
    if (process.env['GITHUB_PATH'])
        issueFileCommand('PATH', directory);
}
/** Runs `body` inside a collapsible log group, closing the group however it ends. */
async function group(name, body) {
    issue('group', name);
    try {
        return await body();
    }
    finally {
        issue('endgroup');
    }
}
/** A collapsed log group written in one go, so lines of concurrent work cannot land inside it. */
function logGroup(title, text) {
    commands_issue('group', title);
    info(text);
    commands_issue('endgroup');
}
/** Appends markdown to the job summary; outside a runner the text goes to the log instead. */
async function writeSummary(markdown) {
    if (!process.env['GITHUB_STEP_SUMMARY']) {
        info(markdown);
        return;
    }
    const { summary } = await __nccwpck_require__.e(/* import() */ 517).then(__nccwpck_require__.bind(__nccwpck_require__, 9517));
    await summary.addRaw(markdown, true).write();
    summary.emptyBuffer();
}


/***/ }),

/***/ 2353:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   DV: () => (/* binding */ crossCheck),
/* harmony export */   IC: () => (/* binding */ spec)
/* harmony export */ });
/* unused harmony exports parseHeaders, parseTcpTargets, falseAlarmRate, parseBaseline */
/* harmony import */ var _kit_src_index_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1052);
/* harmony import */ var _kit_src_index_js__WEBPACK_IMPORTED_MODULE_6__ = __nccwpck_require__(7817);
/* harmony import */ var _checks_src_index_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(5169);
/* harmony import */ var _checks_src_index_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(8753);
/* harmony import */ var _checks_src_index_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(8136);
/* harmony import */ var _checks_src_index_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(7619);
/* harmony import */ var _checks_src_index_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(2796);


/** Parses `Name: value` lines (or, from the config file, a JSON object of names to values). */
function parseHeaders(raw) {
    if (raw.startsWith('{')) {
        let parsed;
        try {
            parsed = JSON.parse(raw);
        }
        catch {
            throw new _kit_src_index_js__WEBPACK_IMPORTED_MODULE_0__/* .Invalid */ .WO();
        }
        if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed))
            throw new _kit_src_index_js__WEBPACK_IMPORTED_MODULE_0__/* .Invalid */ .WO();
        return Object.fromEntries(Object.entries(parsed).map(([name, value]) => [name, String(value)]));
    }
    const headers = {};
    for (const line of raw.split(/\r?\n/).map((text) => text.trim())) {
        if (!line || line.startsWith('#'))
            continue;
        const colon = line.indexOf(':');
        const name = line.slice(0, colon).trim();
        if (colon <= 0 || !/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/.test(name))
            throw new _kit_src_index_js__WEBPACK_IMPORTED_MODULE_0__/* .Invalid */ .WO();
        headers[name] = line.slice(colon + 1).trim();
    }
    return headers;
}
/** `host:port`, `[v6]:port`, separated by new lines or commas. */
function parseTcpTargets(raw) {
    return (0,_kit_src_index_js__WEBPACK_IMPORTED_MODULE_0__/* .splitList */ .ry)(raw).map((item) => {
        const match = /^(?:\[([0-9A-Fa-f:.]+)\]|([^\s:[\]]+)):(\d{1,5})$/.exec(item);
        const port = Number(match?.[3]);
        if (!match || port < 1 || port > 65_535)
            throw new _kit_src_index_js__WEBPACK_IMPORTED_MODULE_0__/* .Invalid */ .WO();
        return { host: (match[1] ?? match[2]), port };
    });
}
/** `1%` or `0.01`: how often a sequential analysis may judge a healthy service bad. */
function falseAlarmRate(raw) {
    const match = /^(\d+(?:\.\d+)?)\s*(%?)$/.exec(raw);
    const value = match ? Number(match[1]) / (match[2] ? 100 : 1) : Number.NaN;
    if (!(value > 0 && value <= 0.5))
        throw new _kit_src_index_js__WEBPACK_IMPORTED_MODULE_0__/* .Invalid */ .WO();
    return value;
}
/** `{"errorRate":…,"p95Ms":…}`, or an earlier smoke-test `report` (its analysis figures). */
function parseBaseline(raw) {
    let parsed;
    try {
        parsed = JSON.parse(raw);
    }
    catch {
        throw new _kit_src_index_js__WEBPACK_IMPORTED_MODULE_0__/* .Invalid */ .WO();
    }
    const analysis = (parsed?.['analysis'] ?? undefined);
    const errorRate = analysis ? analysis.errorRate : parsed?.['errorRate'];
    const p95Ms = analysis ? analysis.latencyMs?.p95 : parsed?.['p95Ms'];
    if (typeof errorRate !== 'number' || errorRate < 0 || errorRate > 1)
        throw new _kit_src_index_js__WEBPACK_IMPORTED_MODULE_0__/* .Invalid */ .WO();
    if (typeof p95Ms !== 'number' || p95Ms < 0 || !Number.isFinite(p95Ms))
        throw new _kit_src_index_js__WEBPACK_IMPORTED_MODULE_0__/* .Invalid */ .WO();
    return { errorRate, p95Ms };
}
const ms = (max) => ({ min: 1, max });
const spec = {
    url: _kit_src_index_js__WEBPACK_IMPORTED_MODULE_0__/* .field */ .ZZ.url(),
    method: _kit_src_index_js__WEBPACK_IMPORTED_MODULE_0__/* .field */ .ZZ.pattern(/^[A-Za-z]+$/, 'an HTTP method such as GET, HEAD or POST').default('GET'),
    headers: _kit_src_index_js__WEBPACK_IMPORTED_MODULE_0__/* .field */ .ZZ.custom('headers, one "Name: value" per line', parseHeaders).secret(),
    'secret-headers': _kit_src_index_js__WEBPACK_IMPORTED_MODULE_0__/* .field */ .ZZ.list('header names, one per line or separated by commas').default([]),
    body: _kit_src_index_js__WEBPACK_IMPORTED_MODULE_0__/* .field */ .ZZ.text(),
    'expect-status': _kit_src_index_js__WEBPACK_IMPORTED_MODULE_0__/* .field */ .ZZ
        .custom('statuses such as 200, 200,204, 200-299 or 2xx', (raw) => {
        if (!(0,_checks_src_index_js__WEBPACK_IMPORTED_MODULE_1__/* .parseStatusMatcher */ .W6)(raw))
            throw new _kit_src_index_js__WEBPACK_IMPORTED_MODULE_0__/* .Invalid */ .WO();
        return raw;
    })
        .default('2xx'),
    'body-contains': _kit_src_index_js__WEBPACK_IMPORTED_MODULE_0__/* .field */ .ZZ.text(),
    'body-regex': _kit_src_index_js__WEBPACK_IMPORTED_MODULE_0__/* .field */ .ZZ.custom('a valid regular expression', (raw) => {
        const problem = (0,_checks_src_index_js__WEBPACK_IMPORTED_MODULE_2__/* .regexProblem */ .Hs)(raw);
        if (problem)
            throw new _kit_src_index_js__WEBPACK_IMPORTED_MODULE_0__/* .Invalid */ .WO(problem);
        return raw;
    }),
    'json-path': _kit_src_index_js__WEBPACK_IMPORTED_MODULE_0__/* .field */ .ZZ.custom('a JSON path such as $.version', (raw) => {
        const problem = (0,_checks_src_index_js__WEBPACK_IMPORTED_MODULE_3__/* .jsonPathProblem */ .tX)(raw);
        if (problem)
            throw new _kit_src_index_js__WEBPACK_IMPORTED_MODULE_0__/* .Invalid */ .WO(`a JSON path such as $.version: ${problem}`);
        return raw;
    }),
    'json-equals': _kit_src_index_js__WEBPACK_IMPORTED_MODULE_0__/* .field */ .ZZ.text(),
    'latency-budget': _kit_src_index_js__WEBPACK_IMPORTED_MODULE_0__/* .field */ .ZZ.duration(ms(_checks_src_index_js__WEBPACK_IMPORTED_MODULE_4__/* .LIMITS */ .b.maxRequestTimeoutMs)),
    'request-timeout': _kit_src_index_js__WEBPACK_IMPORTED_MODULE_0__/* .field */ .ZZ.duration(ms(_checks_src_index_js__WEBPACK_IMPORTED_MODULE_4__/* .LIMITS */ .b.maxRequestTimeoutMs)).default(10_000),
    tcp: _kit_src_index_js__WEBPACK_IMPORTED_MODULE_0__/* .field */ .ZZ.custom('host:port pairs (port 1 to 65535), one per line or separated by commas', parseTcpTargets),
    command: _kit_src_index_js__WEBPACK_IMPORTED_MODULE_0__/* .field */ .ZZ.text('a shell command'),
    'command-timeout': _kit_src_index_js__WEBPACK_IMPORTED_MODULE_0__/* .field */ .ZZ.duration(ms(_checks_src_index_js__WEBPACK_IMPORTED_MODULE_4__/* .LIMITS */ .b.maxCommandTimeoutMs)).default(10 * 60_000),
    timeout: _kit_src_index_js__WEBPACK_IMPORTED_MODULE_0__/* .field */ .ZZ.duration({ min: 0, max: _checks_src_index_js__WEBPACK_IMPORTED_MODULE_4__/* .LIMITS */ .b.maxWaitMs }).default(5 * 60_000),
    interval: _kit_src_index_js__WEBPACK_IMPORTED_MODULE_0__/* .field */ .ZZ.duration({ min: 100, max: 5 * 60_000 }).default(1_000),
    concurrency: _kit_src_index_js__WEBPACK_IMPORTED_MODULE_0__/* .field */ .ZZ.integer({ min: 1, max: 64 }).default(8),
    duration: _kit_src_index_js__WEBPACK_IMPORTED_MODULE_0__/* .field */ .ZZ.duration({ min: 0, max: _checks_src_index_js__WEBPACK_IMPORTED_MODULE_4__/* .LIMITS */ .b.maxDurationMs }).default(0),
    rate: _kit_src_index_js__WEBPACK_IMPORTED_MODULE_0__/* .field */ .ZZ.number({ min: 0.1, max: _checks_src_index_js__WEBPACK_IMPORTED_MODULE_4__/* .LIMITS */ .b.maxRate }).default(10),
    'max-error-rate': _kit_src_index_js__WEBPACK_IMPORTED_MODULE_0__/* .field */ .ZZ.number({ min: 0, max: 1 }).default(0.05),
    'max-p95-ms': _kit_src_index_js__WEBPACK_IMPORTED_MODULE_0__/* .field */ .ZZ.number({ min: 1, max: _checks_src_index_js__WEBPACK_IMPORTED_MODULE_4__/* .LIMITS */ .b.maxP95Ms }).default(2_000),
    'min-samples': _kit_src_index_js__WEBPACK_IMPORTED_MODULE_0__/* .field */ .ZZ.integer({ min: 1, max: _checks_src_index_js__WEBPACK_IMPORTED_MODULE_4__/* .LIMITS */ .b.maxRequests }),
    'max-consecutive-failures': _kit_src_index_js__WEBPACK_IMPORTED_MODULE_0__/* .field */ .ZZ.integer({ min: 0, max: _checks_src_index_js__WEBPACK_IMPORTED_MODULE_4__/* .LIMITS */ .b.maxRequests }).default(5),
    'analysis-mode': _kit_src_index_js__WEBPACK_IMPORTED_MODULE_0__/* .field */ .ZZ.choice(['sequential', 'fixed']).default('sequential'),
    'false-alarm-rate': _kit_src_index_js__WEBPACK_IMPORTED_MODULE_0__/* .field */ .ZZ
        .custom('a share above 0 and at most 50%, such as 1% or 0.01', falseAlarmRate)
        .default(0.01),
    'baseline-url': _kit_src_index_js__WEBPACK_IMPORTED_MODULE_0__/* .field */ .ZZ.url(),
    baseline: _kit_src_index_js__WEBPACK_IMPORTED_MODULE_0__/* .field */ .ZZ.custom('JSON such as {"errorRate": 0.01, "p95Ms": 250}, or an earlier smoke-test report', parseBaseline),
    'max-degradation': _kit_src_index_js__WEBPACK_IMPORTED_MODULE_0__/* .field */ .ZZ
        .custom(`a percentage from 0 to ${_checks_src_index_js__WEBPACK_IMPORTED_MODULE_4__/* .LIMITS */ .b.maxDegradationPct}, such as 20 or 20%`, (raw) => {
        const match = /^(\d+(?:\.\d+)?)\s*%?$/.exec(raw);
        const value = Number(match?.[1]);
        if (!match || value > _checks_src_index_js__WEBPACK_IMPORTED_MODULE_4__/* .LIMITS */ .b.maxDegradationPct)
            throw new _kit_src_index_js__WEBPACK_IMPORTED_MODULE_0__/* .Invalid */ .WO();
        return value;
    })
        .default(20),
    'prometheus-url': _kit_src_index_js__WEBPACK_IMPORTED_MODULE_0__/* .field */ .ZZ.url(),
    'prometheus-query': _kit_src_index_js__WEBPACK_IMPORTED_MODULE_0__/* .field */ .ZZ.text('a PromQL query'),
    'prometheus-threshold': _kit_src_index_js__WEBPACK_IMPORTED_MODULE_0__/* .field */ .ZZ.custom('a comparison such as "< 0.01" (<, <=, >, >=, ==, != and a number)', (raw) => {
        const parsed = (0,_checks_src_index_js__WEBPACK_IMPORTED_MODULE_5__/* .parseThreshold */ .B7)(raw);
        if (!parsed)
            throw new _kit_src_index_js__WEBPACK_IMPORTED_MODULE_0__/* .Invalid */ .WO();
        return parsed;
    }),
    'prometheus-token': _kit_src_index_js__WEBPACK_IMPORTED_MODULE_0__/* .field */ .ZZ.text('a token').secret(),
};
/** What one input says about another: rules no single field can check on its own. */
function crossCheck(inputs, raw) {
    const problems = [];
    const values = inputs;
    // A value may come from the config file, where there is no raw input to quote.
    const shown = (name) => {
        const value = values[(0,_kit_src_index_js__WEBPACK_IMPORTED_MODULE_0__/* .camelCase */ .xQ)(name)];
        if (raw(name) || value === undefined)
            return raw(name);
        return typeof value === 'object' ? JSON.stringify(value) : String(value);
    };
    const given = (name) => values[(0,_kit_src_index_js__WEBPACK_IMPORTED_MODULE_0__/* .camelCase */ .xQ)(name)] !== undefined;
    const say = (name, expected) => problems.push((0,_kit_src_index_js__WEBPACK_IMPORTED_MODULE_6__/* .inputProblem */ .oi)(name, shown(name), expected));
    const httpOnly = [
        'body-contains',
        'body-regex',
        'json-path',
        'json-equals',
        'latency-budget',
        'body',
    ];
    const prometheus = [inputs.prometheusUrl, inputs.prometheusQuery, inputs.prometheusThreshold];
    const hasPrometheus = prometheus.every((value) => value !== undefined);
    if (!inputs.url && !inputs.tcp && !inputs.command && !hasPrometheus) {
        say('url', 'a URL to check (or tcp, command, or prometheus-url with prometheus-query and prometheus-threshold): there is nothing to check');
    }
    if (!inputs.url) {
        for (const name of httpOnly)
            if (given(name))
                say(name, 'it only together with url');
        if (inputs.duration > 0)
            say('duration', 'an analysis only together with url (the URL to load)');
    }
    if (inputs.jsonEquals !== undefined && inputs.jsonPath === undefined)
        say('json-equals', 'it only together with json-path (e.g. $.version)');
    if (prometheus.some((value) => value !== undefined) && !hasPrometheus) {
        for (const [name, value] of [
            ['prometheus-url', inputs.prometheusUrl],
            ['prometheus-query', inputs.prometheusQuery],
            ['prometheus-threshold', inputs.prometheusThreshold],
        ]) {
            if (value === undefined)
                say(name, 'a value: prometheus-url, prometheus-query and prometheus-threshold go together');
        }
    }
    const analysis = inputs.duration > 0;
    if (!analysis) {
        for (const name of ['baseline-url', 'baseline'])
            if (given(name))
                say(name, 'it only together with duration (analysis mode)');
    }
    if (inputs.baselineUrl && inputs.baseline)
        say('baseline', 'either baseline-url or baseline, not both');
    if (analysis) {
        const planned = (inputs.duration * inputs.rate) / 1000;
        if (planned > _checks_src_index_js__WEBPACK_IMPORTED_MODULE_4__/* .LIMITS */ .b.maxRequests) {
            say('rate', `a rate × duration of at most ${_checks_src_index_js__WEBPACK_IMPORTED_MODULE_4__/* .LIMITS */ .b.maxRequests} requests (this asks for ${Math.round(planned)})`);
        }
        else if (inputs.minSamples !== undefined &&
            inputs.minSamples > (0,_checks_src_index_js__WEBPACK_IMPORTED_MODULE_4__/* .plannedRequests */ .n)(inputs.duration, inputs.rate)) {
            say('min-samples', `at most the ${(0,_checks_src_index_js__WEBPACK_IMPORTED_MODULE_4__/* .plannedRequests */ .n)(inputs.duration, inputs.rate)} requests that rate × duration sends`);
        }
    }
    if (problems.length > 0)
        throw new _kit_src_index_js__WEBPACK_IMPORTED_MODULE_6__/* .InputError */ .dz(problems);
}


/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 4708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(9878);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
