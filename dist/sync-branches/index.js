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

/***/ 6468:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  P: () => (/* binding */ readSyncInputs),
  I: () => (/* binding */ spec)
});

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

;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
;// CONCATENATED MODULE: ./schema/release-actions.schema.json
const release_actions_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://raw.githubusercontent.com/org/release-actions/v1/schema/release-actions.schema.json","title":"release-actions configuration (.github/release-actions.yml)","description":"Optional shared settings for every release-actions action. An action\'s inputs override these values. Secrets never belong here: pass them as inputs from secrets.*.","type":"object","additionalProperties":false,"properties":{"$schema":{"type":"string"},"version":{"$ref":"config/version.schema.json"},"gates":{"$ref":"config/gates.schema.json"},"artifacts":{"$ref":"config/artifacts.schema.json"},"smoke":{"$ref":"config/smoke.schema.json"},"environments":{"description":"Deployment settings per environment name (inputs of deploy-env and rollback).","type":"object","additionalProperties":{"$ref":"config/environment.schema.json"}},"announce":{"$ref":"config/announce.schema.json"},"sync":{"$ref":"config/sync.schema.json"},"components":{"$ref":"config/components.schema.json"},"linked-versions":{"description":"Groups of components (by name) that always share one version, the highest any of them calls for: when one of them releases, all of them release.","type":"array","items":{"type":"array","items":{"type":"string","minLength":1},"minItems":2,"uniqueItems":true},"examples":[[["api","web"]]]}}}');
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __nccwpck_require__(7975);
;// CONCATENATED MODULE: ./packages/kit/src/files.ts


// `node:fs` and `node:util` are loaded with node itself; `node:fs/promises` would cost every step
// that reads the config file (and fails on its inputs) about 1.5 ms of start-up for its streams.
const readFile = (0,external_node_util_.promisify)(external_node_fs_.readFile);
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
                result[camelCase(name)] = definition.fallback;
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
            result[camelCase(name)] = definition.parse(raw);
        }
        catch (thrown) {
            const expected = thrown instanceof Invalid && thrown.expected ? thrown.expected : definition.expected;
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

// EXTERNAL MODULE: ./packages/branches/src/nothing-to-sync.ts
var nothing_to_sync = __nccwpck_require__(9573);
;// CONCATENATED MODULE: ./actions/sync-branches/inputs.ts
/** The inputs of sync-branches, with the config file's sync section underneath. */


const spec = {
    source: field.ref('ref', 'main, v1.4.0 or a commit SHA'),
    targets: field.refs('branch'),
    'delete-branch': field.ref('branch', 'hotfix/login'),
    'on-conflict': field.choice(['fail', 'warn']).default('fail'),
    'pull-request': field.boolean().default(true),
    'fast-forward': field.boolean().default(true),
    message: field.text('a commit message template').default('Merge {source} into {target}'),
    labels: field.list('labels, one per line or separated by commas').default([]),
    'committer-name': field.text().max(200).default('github-actions[bot]'),
    'committer-email': field.email().default('41898282+github-actions[bot]@users.noreply.github.com'),
    'dry-run': field.boolean().default(false),
    token: field.text('a GitHub token').secret(),
};
async function readSyncInputs() {
    const inputs = await readActionInputs(spec, { section: ['sync'] });
    // Only when it would be the sync's one problem: any other is found (and listed with it) by the sync.
    const nothing = (0,nothing_to_sync/* nothingToSync */.u)({ targets: inputs.targets ?? [], deleteBranch: inputs.deleteBranch });
    if (nothing)
        throw new errors/* ReleaseError */.K2('EINPUT', nothing);
    return inputs;
}


/***/ }),

/***/ 9366:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _packages_kit_src_index_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7924);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6468);


await (0,_packages_kit_src_index_js__WEBPACK_IMPORTED_MODULE_0__/* .runWithInputs */ .hF)(_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .readSyncInputs */ .P, () => __nccwpck_require__.e(/* import() */ 604).then(__nccwpck_require__.bind(__nccwpck_require__, 5604)));

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 9573:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   u: () => (/* binding */ nothingToSync)
/* harmony export */ });
/**
 * A sync with no target and no branch to delete has nothing to do. Known from the inputs alone
 * (no git needed), so the step can say so before it loads the sync itself.
 */
function nothingToSync(options) {
    if (options.targets.length > 0 || options.deleteBranch)
        return undefined;
    return 'Input "targets": got "", expected at least one branch to merge into (or a delete-branch)';
}


/***/ }),

/***/ 3731:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ requireRepository),
/* harmony export */   p: () => (/* binding */ runContext)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(7817);


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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ReleaseError */ .K2('ENOREPO', `GITHUB_REPOSITORY is "${context.repository}", expected "owner/name"`, {
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

/***/ 8372:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  fz: () => (/* binding */ annotate),
  Yz: () => (/* binding */ debug),
  z3: () => (/* binding */ error),
  pq: () => (/* binding */ info),
  _o: () => (/* binding */ isDebug),
  dK: () => (/* binding */ mask),
  n0: () => (/* binding */ setOutputs),
  $e: () => (/* binding */ warning),
  Sy: () => (/* binding */ writeSummary)
});

// UNUSED EXPORTS: addPath, exportVariable, getState, group, logGroup, maskedValues, notice, saveState, setOutput

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
    issue('group', title);
    info(text);
    issue('endgroup');
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

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 5317:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 4589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 7540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 5881:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 3429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 6928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 3193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 3557:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

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
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
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
/******/ var __webpack_exports__ = __nccwpck_require__(9366);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
