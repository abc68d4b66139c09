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

/***/ 1365:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _packages_kit_src_index_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7924);
/* harmony import */ var _run_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(9807);


await (0,_packages_kit_src_index_js__WEBPACK_IMPORTED_MODULE_0__/* .runAction */ .C)(_run_js__WEBPACK_IMPORTED_MODULE_1__/* .run */ .e);

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 9807:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  e: () => (/* binding */ run)
});

// UNUSED EXPORTS: inputSpec

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

// EXTERNAL MODULE: ./packages/kit/src/runner.ts + 6 modules
var runner = __nccwpck_require__(668);
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

;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
;// CONCATENATED MODULE: ./schema/release-actions.schema.json
const release_actions_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://raw.githubusercontent.com/org/release-actions/v1/schema/release-actions.schema.json","title":"release-actions configuration (.github/release-actions.yml)","description":"Optional shared settings for every release-actions action. An action\'s inputs override these values. Secrets never belong here: pass them as inputs from secrets.*.","type":"object","additionalProperties":false,"properties":{"$schema":{"type":"string"},"version":{"$ref":"config/version.schema.json"},"gates":{"$ref":"config/gates.schema.json"},"artifacts":{"$ref":"config/artifacts.schema.json"},"smoke":{"$ref":"config/smoke.schema.json"},"environments":{"description":"Deployment settings per environment name (inputs of deploy-env and rollback).","type":"object","additionalProperties":{"$ref":"config/environment.schema.json"}},"announce":{"$ref":"config/announce.schema.json"},"sync":{"$ref":"config/sync.schema.json"}}}');
;// CONCATENATED MODULE: ./schema/config/version.schema.json
const version_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://raw.githubusercontent.com/org/release-actions/v1/schema/config/version.schema.json","title":"bump-version settings","description":"Defaults for the bump-version action, by input name. A step\'s `with:` overrides them. The token is never set here.","type":"object","additionalProperties":false,"properties":{"release-type":{"description":"auto (from Conventional Commits since the last release tag), major, minor, patch, prerelease, promote (the last prerelease to its stable version), or version (the version setting).","enum":["auto","major","minor","patch","prerelease","promote","version"]},"version":{"description":"The version to release with release-type version, such as 2.0.0 or 2.0.0-rc.1 (a leading v is accepted).","type":"string","pattern":"^v?(0|[1-9]\\\\d*)\\\\.(0|[1-9]\\\\d*)\\\\.(0|[1-9]\\\\d*)(?:-[0-9A-Za-z-]+(?:\\\\.[0-9A-Za-z-]+)*)?(?:\\\\+[0-9A-Za-z-]+(?:\\\\.[0-9A-Za-z-]+)*)?$"},"preid":{"description":"Prerelease identifier for release-type prerelease: alpha, beta, rc or any identifier. Default: the current prerelease\'s identifier, else rc.","type":"string","pattern":"^[0-9A-Za-z-]+$","examples":["alpha","beta","rc"]},"tag-prefix":{"description":"Release tags are <prefix><version>; other tags are ignored. A component prefix such as api-v in a monorepo, or none for bare versions. Default: v.","type":"string","pattern":"^[\\\\w./-]+$","examples":["v","api-v","none"]},"path":{"description":"A monorepo component\'s folder: only commits touching it count, and its version files and changelog live there. Default: . (the whole repository).","type":"string","examples":["services/api"]},"version-files":{"description":"Files that hold the version, relative to the repository root: package.json (with package-lock.json), pyproject.toml, Cargo.toml (with Cargo.lock), Chart.yaml, VERSION, gradle.properties, or file:regex for anything else (the first group, or the group named version, is the version). Default: those of these files found in path. none for no files.","oneOf":[{"type":"string"},{"type":"array","items":{"type":"string","minLength":1},"minItems":1}],"examples":[["package.json","charts/app/Chart.yaml","src/version.ts:VERSION = \'(.*)\'"]]},"changelog-file":{"description":"The changelog the release is added to, in the Keep a Changelog layout, or none. Default: CHANGELOG.md in path.","type":"string"},"changelog-other":{"description":"List commits that are not Conventional Commits under \\"Other\\" in the notes. Default: false.","type":"boolean"},"major-on-zero":{"description":"While the version is 0.y.z a breaking change bumps minor; true makes it bump major. Default: false.","type":"boolean"},"initial-version":{"description":"The first version, when no release tag exists yet. Default: 1.0.0.","type":"string","pattern":"^v?\\\\d+\\\\.\\\\d+\\\\.\\\\d+(?:-[0-9A-Za-z.-]+)?$"},"commit-message":{"description":"Release commit message; {version} and {tag} are filled in, and one of them must be there. Default: chore(release): {tag}.","type":"string","pattern":"\\\\{(version|tag)\\\\}"},"tag-message":{"description":"Annotated tag message; {version} and {tag} are filled in. Default: {tag}.","type":"string"},"git-user-name":{"description":"Author of the release commit and tag. Default: github-actions[bot].","type":"string"},"git-user-email":{"description":"Email of the release commit and tag author. Default: 41898282+github-actions[bot]@users.noreply.github.com.","type":"string"},"release-branch":{"description":"Cut a release/<tag> branch from release-branch-from with the release commit on it and push it; the tag is made when the release reaches the main branch. Default: false.","type":"boolean"},"release-branch-from":{"description":"The branch a release branch starts from. Default: develop.","type":"string"},"ref":{"description":"The branch to push the release commit to, needed when HEAD is detached. Default: the checked-out branch.","type":"string"},"push":{"description":"Push the release commit and tag; false leaves them in the local clone. Default: true.","type":"boolean"},"dry-run":{"description":"Compute everything and write nothing; needs only read access. Default: false.","type":"boolean"},"mode":{"description":"direct pushes the release commit and tag; pull-request keeps one release pull request per branch and tags its merge commit once merged (for protected branches); auto chooses pull-request where the branch is protected. Default: direct.","enum":["direct","pull-request","auto"]},"pull-request-branch":{"description":"The branch the release pull request comes from, force-pushed on every update. Default: release-actions--branches--<branch>.","type":"string"},"commit-types":{"description":"Which commit types make a release and where the notes list them, by type: release (major, minor, patch or none) and section (a title, or hidden). Types not listed keep the defaults.","type":"object","propertyNames":{"pattern":"^[\\\\w-]+$"},"additionalProperties":{"type":"object","additionalProperties":false,"properties":{"release":{"enum":["major","minor","patch","none"]},"section":{"type":"string","minLength":1}}},"examples":[{"docs":{"release":"patch","section":"Documentation"},"chore":{"release":"none","section":"hidden"}}]},"pull-request-lookups":{"description":"At most this many API calls to find the pull request of listed commits (those without a (#123) first); 0 turns the lookup off. Default: 50.","type":"integer","minimum":0,"maximum":1000}}}');
;// CONCATENATED MODULE: ./schema/config/gates.schema.json
const gates_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://raw.githubusercontent.com/org/release-actions/v1/schema/config/gates.schema.json","title":"validate-gates settings","description":"Inputs of validate-gates, by input name; the step\'s inputs override them. The token never belongs here.","type":"object","additionalProperties":false,"properties":{"gates":{"description":"The gates to check.","oneOf":[{"type":"string"},{"type":"array","items":{"enum":["tests","coverage","security","performance","reviews","checks","branch","changelog","docs","migrations","flags","freeze","custom"]}}]},"mode":{"description":"enforce fails the step on a failed gate; warn only annotates.","enum":["enforce","warn"]},"junit-reports":{"description":"tests: JUnit XML report globs.","oneOf":[{"type":"string"},{"type":"array","items":{"type":"string"}}]},"min-tests":{"description":"tests: least number of test cases; default 1, so an empty report fails.","type":"integer","minimum":0},"coverage-reports":{"description":"coverage: lcov, Cobertura, Clover or coverage-summary.json globs.","oneOf":[{"type":"string"},{"type":"array","items":{"type":"string"}}]},"coverage-threshold":{"description":"coverage: minimum line coverage in percent (default 80).","type":"number","minimum":0,"maximum":100},"branch-coverage-threshold":{"description":"coverage: minimum branch coverage in percent.","type":"number","minimum":0,"maximum":100},"coverage-baseline":{"description":"coverage: baseline report that coverage must not drop below.","type":"string"},"coverage-max-drop":{"description":"coverage: tolerated drop below the baseline, in points (default 0).","type":"number","minimum":0,"maximum":100},"sarif-reports":{"description":"security: SARIF 2.1.0 report globs.","oneOf":[{"type":"string"},{"type":"array","items":{"type":"string"}}]},"npm-audit-report":{"description":"security: npm audit --json output file(s).","oneOf":[{"type":"string"},{"type":"array","items":{"type":"string"}}]},"severity-threshold":{"description":"security: lowest severity that fails the gate (default high).","enum":["low","medium","moderate","high","critical"]},"allowlist":{"description":"security: accepted advisories, each with an expiry date.","oneOf":[{"type":"string"},{"type":"array","items":{"oneOf":[{"type":"string","description":"<id> <YYYY-MM-DD> [reason]"},{"type":"object","additionalProperties":false,"required":["id","expires"],"properties":{"id":{"type":"string","description":"GHSA, CVE, npm advisory number or SARIF rule id"},"expires":{"description":"Last day (UTC) the entry applies","oneOf":[{"type":"string","format":"date"}]},"reason":{"type":"string"}}}]}}]},"benchmark-results":{"description":"performance: benchmark results JSON file.","type":"string"},"performance-budgets":{"description":"performance: per-metric budgets: metric → number (max), \\"<= 200\\", \\">= 1000\\", { max } or { min }.","oneOf":[{"type":"string"},{"type":"object","additionalProperties":{"oneOf":[{"type":"number"},{"type":"string","pattern":"^\\\\s*(<=|>=|<|>)?\\\\s*-?\\\\d+(\\\\.\\\\d+)?\\\\s*[a-zA-Z%/]*\\\\s*$"},{"type":"object","additionalProperties":false,"properties":{"max":{"type":"number"},"min":{"type":"number"}}}]}},{"type":"array","items":{"oneOf":[{"type":"string"},{"type":"object","required":["metric"],"additionalProperties":false,"properties":{"metric":{"type":"string"},"max":{"type":"number"},"min":{"type":"number"}}}]}}]},"performance-baseline":{"description":"performance: baseline results JSON for regression-limit.","type":"string"},"regression-limit":{"description":"performance: largest allowed regression in percent.","type":"number","minimum":0,"maximum":1000},"higher-is-better":{"description":"performance: metric patterns where larger is better.","oneOf":[{"type":"string"},{"type":"array","items":{"type":"string"}}]},"required-approvals":{"description":"reviews: approvals needed (default 1).","type":"integer","minimum":0,"maximum":100},"required-checks":{"description":"checks: names that must be present and successful.","oneOf":[{"type":"string"},{"type":"array","items":{"type":"string"}}]},"ignore-checks":{"description":"checks: names to leave out.","oneOf":[{"type":"string"},{"type":"array","items":{"type":"string"}}]},"release-kind":{"description":"branch: release or hotfix (default release).","enum":["release","hotfix"]},"release-branches":{"description":"branch: patterns releases may come from (default main, release/*).","oneOf":[{"type":"string"},{"type":"array","items":{"type":"string"}}]},"hotfix-branches":{"description":"branch: patterns hotfixes may come from (default hotfix/*).","oneOf":[{"type":"string"},{"type":"array","items":{"type":"string"}}]},"branch":{"description":"branch: the branch being released.","type":"string"},"version":{"description":"The version being released.","type":"string"},"tag":{"description":"The release tag (default tag-prefix + version).","type":"string"},"tag-prefix":{"description":"Prefix of release tags (default v).","type":"string"},"changelog":{"description":"changelog: the changelog file (default CHANGELOG.md).","type":"string"},"docs-files":{"description":"docs: file patterns that must change between releases.","oneOf":[{"type":"string"},{"type":"array","items":{"type":"string"}}]},"migration-guide":{"description":"docs: migration guide paths for a new major; {major} is the major number.","oneOf":[{"type":"string"},{"type":"array","items":{"type":"string"}}]},"migration-files":{"description":"migrations: globs of the database migration files (default migrations/**, db/migrations/**, db/migrate/**, prisma/migrations/**).","oneOf":[{"type":"string"},{"type":"array","items":{"type":"string"}}]},"migrate-command":{"description":"migrations: the environment\'s migrate-command, when the workflow gives it to deploy-env rather than environments.<name>.migrate-command.","type":"string"},"migrations-check":{"description":"migrations: the team\'s own shell command that must pass when migration files changed, instead of a migrate-command.","type":"string"},"flags-file":{"description":"flags: the JSON or YAML feature flags file.","type":"string"},"freeze-windows":{"description":"freeze: weekly or dated windows.","oneOf":[{"type":"string"},{"type":"array","items":{"oneOf":[{"type":"string"},{"type":"object","additionalProperties":false,"required":["from"],"properties":{"name":{"type":"string"},"from":{"type":"string","description":"Fri 12:00, 2026-12-24 or 2026-12-24 18:00"},"to":{"type":"string"},"timezone":{"type":"string","description":"IANA zone, e.g. Europe/Berlin"}}}]}}]},"holidays":{"description":"freeze: dated holidays.","oneOf":[{"type":"string"},{"type":"array","items":{"oneOf":[{"type":"string"},{"type":"object","additionalProperties":false,"required":["from"],"properties":{"name":{"type":"string"},"from":{"type":"string","description":"Fri 12:00, 2026-12-24 or 2026-12-24 18:00"},"to":{"type":"string"},"timezone":{"type":"string","description":"IANA zone, e.g. Europe/Berlin"}}}]}}]},"timezone":{"description":"freeze: default IANA time zone (default UTC).","type":"string"},"environment":{"description":"freeze: the environment released to (default production).","type":"string"},"freeze-environments":{"description":"freeze: environments freeze windows apply to (default production).","oneOf":[{"type":"string"},{"type":"array","items":{"type":"string"}}]},"override-reason":{"description":"freeze: release inside a window anyway, for this reason.","type":"string"},"now":{"description":"Evaluation time for reproducible runs (ISO 8601 with a zone).","type":"string"},"custom-commands":{"description":"custom: named shell commands that must exit 0.","oneOf":[{"type":"string"},{"type":"object","additionalProperties":{"type":"string"}},{"type":"array","items":{"oneOf":[{"type":"string"},{"type":"object","required":["name","run"],"additionalProperties":false,"properties":{"name":{"type":"string"},"run":{"type":"string"}}}]}}]},"custom-timeout":{"description":"custom: time limit per command (30s, 5m, 1h; default 10m).","oneOf":[{"type":"string"},{"type":"number"}]}}}');
;// CONCATENATED MODULE: ./schema/config/artifacts.schema.json
const artifacts_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://raw.githubusercontent.com/org/release-actions/v1/schema/config/artifacts.schema.json","title":"build-artifacts settings","description":"Defaults for the inputs of build-artifacts, by input name; a step\'s own inputs override them. Per-run values (version, platform, mode) and secrets (signing-key, signing-passphrase, token) are inputs only.","type":"object","additionalProperties":false,"properties":{"name":{"type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9._+-]*$","description":"Name artifacts start with (<name>-<version>[-<platform>].tar.gz). Default the repository name."},"build-command":{"description":"Build commands run in order, each a program and its arguments, run without a shell.","oneOf":[{"type":"string"},{"type":"array","items":{"type":"string"}}]},"build-script":{"type":"string","description":"A bash script run after build-command (bash -e -o pipefail)."},"working-directory":{"type":"string","description":"Folder inside the workspace the build runs in."},"files":{"description":"Glob patterns of what to package, relative to the workspace; !pattern excludes.","oneOf":[{"type":"string"},{"type":"array","items":{"type":"string"},"minItems":1}]},"base-directory":{"type":"string","description":"Folder that paths inside the archives are relative to."},"split":{"type":"boolean","description":"One artifact per matched path instead of one for everything. Default false."},"wrap":{"type":"boolean","description":"Put each archive\'s contents under a top folder named like the artifact. Default false."},"include-hidden-files":{"type":"boolean","description":"Package files and folders whose name starts with a dot. Default false."},"copy-symlinks":{"type":"boolean","description":"Store copies of link targets instead of keeping links that stay inside the archive. Default false."},"formats":{"description":"Archive formats. Default tar.gz.","oneOf":[{"type":"string","pattern":"^\\\\s*(tar\\\\.gz|zip)(\\\\s*,\\\\s*(tar\\\\.gz|zip))?\\\\s*$"},{"type":"array","items":{"enum":["tar.gz","zip"]},"minItems":1,"uniqueItems":true}]},"compression-level":{"type":"integer","minimum":0,"maximum":9,"description":"0 (store) to 9. Default 6."},"output-directory":{"type":"string","description":"Folder inside the workspace for the outputs. Default release-artifacts."},"sha512":{"type":"boolean","description":"Also write SHA512SUMS. Default false."},"merge-from":{"description":"Merge mode: glob patterns of the legs\' downloaded folders.","oneOf":[{"type":"string"},{"type":"array","items":{"type":"string"},"minItems":1}]},"sign":{"enum":["none","gpg","minisign","cosign"],"description":"Tool that signs the checksum files. Default none."},"provenance":{"type":"boolean","description":"Write provenance.intoto.json (SLSA provenance v1). Default true."},"attest":{"type":"boolean","description":"Attest the provenance with GitHub artifact attestations. Default false."}}}');
;// CONCATENATED MODULE: ./schema/config/smoke.schema.json
const smoke_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://raw.githubusercontent.com/org/release-actions/v1/schema/config/smoke.schema.json","title":"smoke-test settings","description":"Inputs of smoke-test, by input name; a step\'s inputs override them. Secrets (Authorization headers, tokens) never belong here: pass them as inputs from secrets.*.","type":"object","additionalProperties":false,"$defs":{"duration":{"description":"A duration such as 500ms, 30s, 5m or 1h30m, or a number of seconds.","anyOf":[{"type":"number","minimum":0},{"type":"string","pattern":"^\\\\s*(\\\\d+(\\\\.\\\\d+)?|(\\\\d+(\\\\.\\\\d+)?(ms|s|m|h|d))+)\\\\s*$"}]},"url":{"type":"string","pattern":"^https?://","description":"An absolute http or https URL."}},"properties":{"url":{"$ref":"#/$defs/url","description":"The URL to check, e.g. https://staging.example.com/health."},"method":{"type":"string","pattern":"^[A-Za-z]+$","default":"GET","description":"HTTP method."},"headers":{"description":"Request headers without secrets: a list of \\"Name: value\\" lines, or a map of names to values.","oneOf":[{"type":"array","items":{"type":"string","pattern":"^[!#$%&\'*+.^_`|~0-9A-Za-z-]+\\\\s*:"}},{"type":"object","additionalProperties":{"type":["string","number","boolean"]}}]},"secret-headers":{"description":"Further header names whose values are masked.","oneOf":[{"type":"array","items":{"type":"string"}},{"type":"string"}]},"body":{"type":"string","description":"Request body."},"expect-status":{"description":"Accepted statuses: 200, \\"200,204\\", \\"200-299\\" or \\"2xx\\".","default":"2xx","oneOf":[{"type":"integer","minimum":100,"maximum":599},{"type":"string","pattern":"^\\\\s*(\\\\d{3}(\\\\s*-\\\\s*\\\\d{3})?|[1-5][xX]{2})(\\\\s*,\\\\s*(\\\\d{3}(\\\\s*-\\\\s*\\\\d{3})?|[1-5][xX]{2}))*\\\\s*$"}]},"body-contains":{"type":"string","description":"Text the response body must contain."},"body-regex":{"type":"string","description":"A regular expression the body must match (pattern or /pattern/flags)."},"json-path":{"type":"string","pattern":"^\\\\$","description":"A JSON path into the response, e.g. $.version."},"json-equals":{"type":["string","number","boolean"],"description":"The value at json-path must equal this."},"latency-budget":{"$ref":"#/$defs/duration","description":"A response slower than this fails, e.g. 500ms."},"request-timeout":{"$ref":"#/$defs/duration","default":"10s","description":"Time limit of each request."},"tcp":{"description":"host:port pairs that must accept connections.","oneOf":[{"type":"array","items":{"type":"string","pattern":"^(\\\\[[0-9A-Fa-f:.]+\\\\]|[^\\\\s:\\\\[\\\\]]+):\\\\d{1,5}$"}},{"type":"string"}]},"command":{"type":"string","description":"A shell command that must exit 0, e.g. npm run test:smoke."},"command-timeout":{"$ref":"#/$defs/duration","default":"10m","description":"Time limit of one run of command."},"timeout":{"$ref":"#/$defs/duration","default":"5m","description":"How long to wait for every check to pass (0: one attempt each)."},"interval":{"$ref":"#/$defs/duration","default":"1s","description":"Longest pause between attempts of a check."},"concurrency":{"type":"integer","minimum":1,"maximum":64,"default":8,"description":"Checks run at the same time."},"duration":{"$ref":"#/$defs/duration","description":"Analysis: send requests to url for this long (at most 1h); 0 or absent for none."},"rate":{"type":"number","exclusiveMinimum":0,"maximum":5000,"default":10,"description":"Analysis requests per second."},"max-error-rate":{"type":"number","minimum":0,"maximum":1,"default":0.05,"description":"Highest allowed fraction of failed requests."},"max-p95-ms":{"type":"number","minimum":1,"maximum":600000,"default":2000,"description":"Highest allowed 95th percentile latency, in milliseconds."},"min-samples":{"type":"integer","minimum":1,"default":10,"description":"Fewest answered requests for a verdict."},"max-consecutive-failures":{"type":"integer","minimum":0,"default":5,"description":"Most requests allowed to fail in a row."},"baseline-url":{"$ref":"#/$defs/url","description":"The previous version\'s URL, loaded alongside for comparison."},"baseline":{"description":"Stored baseline figures.","type":"object","required":["errorRate","p95Ms"],"additionalProperties":false,"properties":{"errorRate":{"type":"number","minimum":0,"maximum":1},"p95Ms":{"type":"number","minimum":0}}},"max-degradation":{"description":"Largest allowed degradation against the baseline, in percent.","default":20,"oneOf":[{"type":"number","minimum":0,"maximum":1000},{"type":"string","pattern":"^\\\\d+(\\\\.\\\\d+)?\\\\s*%?$"}]},"prometheus-url":{"$ref":"#/$defs/url","description":"Base URL of a Prometheus server."},"prometheus-query":{"type":"string","description":"A PromQL instant query."},"prometheus-threshold":{"type":"string","pattern":"^\\\\s*(<=|>=|==|!=|<|>)\\\\s*-?(\\\\d+(\\\\.\\\\d*)?|\\\\.\\\\d+)([eE][-+]?\\\\d+)?\\\\s*$","description":"The comparison the query\'s value must meet, e.g. \\"< 0.01\\"."}}}');
;// CONCATENATED MODULE: ./schema/config/environment.schema.json
const environment_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://raw.githubusercontent.com/org/release-actions/v1/schema/config/environment.schema.json","title":"settings of one environment","description":"Inputs of deploy-env and rollback for this environment, by input name. A step\'s inputs override them.","type":"object","additionalProperties":false,"properties":{"strategy":{"type":"string","enum":["direct","rolling","blue-green","canary"],"description":"How to deploy. Default: direct."},"environment-url":{"type":"string","description":"Public URL of the environment; recorded on the deployment and checked after a blue-green switch or canary promotion.","format":"uri"},"deploy-command":{"type":"string","description":"Shell command (bash) that deploys RELEASE_VERSION to RELEASE_SLOT or RELEASE_TARGET."},"switch-command":{"type":"string","description":"Blue-green: shell command that routes all traffic to RELEASE_SLOT."},"traffic-command":{"type":"string","description":"Canary: shell command that sends RELEASE_WEIGHT percent of traffic to the canary."},"remove-command":{"type":"string","description":"Canary: shell command that removes the canary."},"status-command":{"type":"string","description":"Shell command that prints what is live: version=… and slot=… lines, a JSON object, or the version."},"migrate-command":{"type":"string","description":"Shell command (bash) that migrates the database for RELEASE_VERSION; runs once per deployment, before traffic moves. May print migration=, from= and to= lines, which are recorded."},"migrate-rollback-command":{"type":"string","description":"Shell command that undoes the migration of the release being rolled back: back to RELEASE_SCHEMA_BEFORE from RELEASE_SCHEMA_AFTER (RELEASE_MIGRATION names it)."},"migration":{"type":"string","enum":["expand","contract"],"description":"expand: the previous version works on the migrated schema (the default); contract: it does not, so blue-green, canary and rolling refuse unless allow-contract-migration is true, and a rollback migrates back before moving traffic."},"allow-contract-migration":{"type":"boolean","description":"Blue-green, canary and rolling: deploy a contract migration although the previous version keeps serving beside it until traffic has moved. Default: false."},"verify-url":{"description":"URLs that must answer 2xx/3xx after each deploy; {slot}, {target}, {version}, {environment} are filled in.","oneOf":[{"type":"string"},{"type":"array","items":{"type":"string"},"minItems":1}]},"version-path":{"type":"string","description":"JSON path (such as $.version) into the first verify-url\'s answer that must equal the version.","pattern":"^\\\\$"},"verify-timeout":{"description":"How long a deployed slot or target may take to become healthy. Default: 2m.","oneOf":[{"type":"string","pattern":"^(\\\\d+(\\\\.\\\\d+)?|(\\\\d+(\\\\.\\\\d+)?(ms|s|m|h|d))+)$"},{"type":"number","minimum":0}]},"targets":{"description":"Rolling: the targets, each passed as RELEASE_TARGET.","oneOf":[{"type":"string"},{"type":"array","items":{"type":"string"},"minItems":1}]},"batch-size":{"description":"Rolling: targets per batch, as a number or a share such as 25%. Default: 1.","oneOf":[{"type":"integer","minimum":1},{"type":"string","pattern":"^\\\\d+%?$"}]},"slots":{"description":"Blue-green: the two slot names. Default: [blue, green].","oneOf":[{"type":"string"},{"type":"array","items":{"type":"string"},"minItems":2,"maxItems":2}]},"canary-weights":{"description":"Canary: increasing traffic percentages. Default: [10, 50, 100].","oneOf":[{"type":"string"},{"type":"array","items":{"type":"integer","minimum":1,"maximum":100},"minItems":1}]},"canary-pause":{"description":"Canary: wait after each weight change before the analysis. Default: 0s.","oneOf":[{"type":"string","pattern":"^(\\\\d+(\\\\.\\\\d+)?|(\\\\d+(\\\\.\\\\d+)?(ms|s|m|h|d))+)$"},{"type":"number","minimum":0}]},"analysis-url":{"type":"string","description":"Canary: URL analysed while the canary takes traffic. Default: the first verify-url with {slot} = canary."},"analysis-baseline-url":{"type":"string","description":"Canary: URL of the stable version to compare with."},"analysis-duration":{"description":"Canary: how long each analysis sends requests. Default: 60s.","oneOf":[{"type":"string","pattern":"^(\\\\d+(\\\\.\\\\d+)?|(\\\\d+(\\\\.\\\\d+)?(ms|s|m|h|d))+)$"},{"type":"number","minimum":0}]},"analysis-rate":{"type":"number","exclusiveMinimum":0,"maximum":1000,"description":"Canary: requests per second during an analysis. Default: 10."},"max-error-rate":{"description":"Canary: highest share of failed requests, as 1% or 0.01. Default: 1%.","oneOf":[{"type":"number","minimum":0,"maximum":1},{"type":"string","pattern":"^\\\\d+(\\\\.\\\\d+)?%?$"}]},"max-p95-latency":{"description":"Canary: highest 95th-percentile latency. Default: 1s.","oneOf":[{"type":"string","pattern":"^(\\\\d+(\\\\.\\\\d+)?|(\\\\d+(\\\\.\\\\d+)?(ms|s|m|h|d))+)$"},{"type":"number","minimum":0}]},"min-samples":{"type":"integer","minimum":1,"description":"Canary: fewest requests an analysis needs. Default: 20."},"max-consecutive-failures":{"type":"integer","minimum":1,"description":"Canary: most failed requests in a row. Default: 3."},"auto-rollback":{"type":"boolean","description":"Roll back when verification or analysis fails. Default: true for production."},"allowed-refs":{"description":"Ref patterns this environment accepts (refs/tags/*, main). Default: tags and main for production, anything elsewhere.","oneOf":[{"type":"string"},{"type":"array","items":{"type":"string"},"minItems":1}]},"require-environment":{"type":"string","description":"Environment where the version must have a successful deployment first."},"setup-tools":{"description":"CLIs the commands need, downloaded, verified by sha256, cached and put on PATH.","oneOf":[{"type":"string"},{"type":"array","minItems":1,"items":{"type":"object","additionalProperties":false,"required":["name","version","url","sha256"],"properties":{"name":{"type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9._-]*$","description":"Name of the executable."},"version":{"type":["string","number"],"description":"Version, filled in as {version}."},"url":{"type":"string","pattern":"^https?://","description":"Download URL; {name}, {version}, {os}, {arch} are filled in."},"sha256":{"type":"string","pattern":"^(sha256:)?[0-9a-fA-F]{64}$","description":"sha256 of the download."},"bin":{"type":"string","description":"Folder inside the archive holding the executables."},"archive":{"type":"string","enum":["tar.gz","tar.xz","zip","binary"],"description":"Archive kind, when the URL does not tell."}}}}]},"retries":{"type":"integer","minimum":0,"description":"How often a failed command is tried again. Default: 2.","maximum":10},"retry-delay":{"description":"Pause before the first retry, doubling after. Default: 5s.","oneOf":[{"type":"string","pattern":"^(\\\\d+(\\\\.\\\\d+)?|(\\\\d+(\\\\.\\\\d+)?(ms|s|m|h|d))+)$"},{"type":"number","minimum":0}]},"working-directory":{"type":"string","description":"Directory the commands run in. Default: the workspace."},"lock-timeout":{"description":"How long to wait for another deployment of this environment. Default: 10m.","oneOf":[{"type":"string","pattern":"^(\\\\d+(\\\\.\\\\d+)?|(\\\\d+(\\\\.\\\\d+)?(ms|s|m|h|d))+)$"},{"type":"number","minimum":0}]},"stale-after":{"description":"A deployment in progress with no update for this long is settled. Default: 1h.","oneOf":[{"type":"string","pattern":"^(\\\\d+(\\\\.\\\\d+)?|(\\\\d+(\\\\.\\\\d+)?(ms|s|m|h|d))+)$"},{"type":"number","minimum":0}]},"production":{"type":"boolean","description":"Whether this is a production environment. Default: true for production and prod."}}}');
;// CONCATENATED MODULE: ./schema/config/announce.schema.json
const announce_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://raw.githubusercontent.com/org/release-actions/v1/schema/config/announce.schema.json","title":"announce settings","description":"Inputs of announce, by input name. Secrets (tokens, webhook URLs, passwords) never belong here: pass them as inputs from secrets.*.","type":"object","additionalProperties":false,"properties":{"tag-prefix":{"type":"string","description":"Prefix of version tags. Default \\"v\\"."},"generate-notes":{"type":"boolean","description":"Ask GitHub to generate release notes when none are given. Default true."},"github-release":{"type":"boolean","description":"Create or complete the GitHub Release (kind release only). Default true for releases."},"release-name":{"type":"string","description":"The release title. Default the tag."},"prerelease":{"enum":["auto",true,false,"true","false"],"description":"Mark releases as prereleases: auto (versions with a prerelease part), true or false. Default auto."},"make-latest":{"enum":["auto","legacy",true,false,"true","false"],"description":"Make the release the latest: auto (unless a higher version exists or it is a prerelease), true, false or legacy. Default auto."},"draft":{"type":"boolean","description":"Leave releases as drafts for a person to publish. Default false."},"assets":{"description":"Glob patterns of files to attach to the release (one per item, ! excludes).","oneOf":[{"type":"string"},{"type":"array","items":{"type":"string","minLength":1}}]},"manifest":{"type":"string","description":"Path of build-artifacts\' artifacts.json, whose sha256 values are compared with existing assets."},"replace-assets":{"type":"boolean","description":"Replace differing assets instead of failing. Default false."},"comment":{"type":"boolean","description":"Comment on the pull requests and issues that shipped. Default true for releases."},"comment-label":{"type":"string","description":"Label added to what shipped; \\"false\\" for none. Default \\"released\\".","minLength":1},"channels":{"description":"Channels to send to. Default every channel whose destination is set.","oneOf":[{"type":"string"},{"type":"array","uniqueItems":true,"items":{"enum":["slack","teams","discord","email","webhook"]}}]},"title":{"type":"string","description":"Message title, with the placeholders of template."},"template":{"type":"string","description":"Message text in Markdown, with placeholders {{version}}, {{tag}}, {{environment}}, {{url}}, {{notes}}, {{previous-version}}, {{reason}}, {{repository}}, {{run-url}}, {{kind}}."},"slack-channel":{"type":"string","description":"Slack channel id or name to post to with a bot token."},"slack-api-url":{"type":"string","description":"Base URL of Slack\'s Web API. Default https://slack.com/api.","format":"uri"},"slack-fail-on-error":{"type":"boolean","description":"Fail the step when Slack cannot be reached. Default true."},"teams-fail-on-error":{"type":"boolean","description":"Fail the step when Teams cannot be reached. Default true."},"discord-fail-on-error":{"type":"boolean","description":"Fail the step when Discord cannot be reached. Default true."},"smtp-host":{"type":"string","description":"SMTP server host."},"smtp-port":{"type":"integer","minimum":1,"maximum":65535,"description":"SMTP port. Default 587."},"smtp-security":{"enum":["starttls","tls"],"description":"starttls (required STARTTLS) or tls (implicit TLS). Default starttls."},"smtp-username":{"type":"string","description":"SMTP user name."},"smtp-ca":{"type":"string","description":"PEM certificate to trust for the SMTP server."},"email-from":{"type":"string","description":"Sender address, e.g. \\"Releases <releases@example.com>\\"."},"email-to":{"description":"Recipient addresses.","oneOf":[{"type":"string"},{"type":"array","items":{"type":"string","minLength":1}}]},"email-fail-on-error":{"type":"boolean","description":"Fail the step when the email server cannot be reached. Default true."},"webhook-fail-on-error":{"type":"boolean","description":"Fail the step when the webhook cannot be reached. Default true."}}}');
;// CONCATENATED MODULE: ./schema/config/sync.schema.json
const sync_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://raw.githubusercontent.com/org/release-actions/v1/schema/config/sync.schema.json","title":"sync-branches settings","description":"Inputs of sync-branches, by input name. The step\'s own inputs override these.","type":"object","additionalProperties":false,"properties":{"on-conflict":{"description":"What a conflict does to the step once its pull request is open: fail, or warn and succeed.","enum":["fail","warn"],"default":"fail"},"pull-request":{"description":"On a conflict, push the source to sync/<source>-into-<target> and open (or reuse) a pull request listing the conflicting files.","type":"boolean","default":true},"fast-forward":{"description":"Move a target without a merge commit when it has no commits of its own.","type":"boolean","default":true},"message":{"description":"Merge commit message; {source} and {target} are replaced.","type":"string","minLength":1,"default":"Merge {source} into {target}"},"labels":{"description":"Labels for conflict pull requests.","type":"array","items":{"type":"string","minLength":1},"uniqueItems":true},"committer-name":{"description":"Author and committer name of merge commits.","type":"string","minLength":1},"committer-email":{"description":"Author and committer e-mail of merge commits.","type":"string","minLength":3}}}');
;// CONCATENATED MODULE: external "node:fs/promises"
const promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");
;// CONCATENATED MODULE: ./packages/kit/src/files.ts

/** A text file's content, or undefined when there is no such file; other errors are thrown. */
async function readFileIfExists(path) {
    try {
        return await (0,promises_namespaceObject.readFile)(path, 'utf8');
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
const SECTION_SCHEMAS = [
    version_schema_namespaceObject,
    gates_schema_namespaceObject,
    artifacts_schema_namespaceObject,
    smoke_schema_namespaceObject,
    environment_schema_namespaceObject,
    announce_schema_namespaceObject,
    sync_schema_namespaceObject,
];
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
    const [ajvModule, formatsModule] = await Promise.all([Promise.all(/* import() */[__nccwpck_require__.e(457), __nccwpck_require__.e(210)]).then(__nccwpck_require__.t.bind(__nccwpck_require__, 2210, 23)), Promise.all(/* import() */[__nccwpck_require__.e(457), __nccwpck_require__.e(196)]).then(__nccwpck_require__.t.bind(__nccwpck_require__, 2815, 23))]);
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

;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
;// CONCATENATED MODULE: ./packages/kit/src/context.ts


function readEvent(path) {
    if (!path)
        return {};
    try {
        return JSON.parse((0,external_node_fs_namespaceObject.readFileSync)(path, 'utf8'));
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
    };
}
/** The repository is needed for every API call; say so clearly when it is missing. */
function requireRepository(context) {
    if (!context.owner || !context.repo) {
        throw new errors/* ReleaseError */.K2('ENOREPO', `GITHUB_REPOSITORY is "${context.repository}", expected "owner/name"`, {
            hint: 'This runs inside GitHub Actions, where the runner sets GITHUB_REPOSITORY.',
        });
    }
    return { owner: context.owner, repo: context.repo };
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
    const workspace = options.workspace ?? runContext(env).workspace;
    const chosen = typeof options.section === 'function';
    const path = typeof options.section === 'function' ? options.section((name) => rawInput(name, env)) : options.section;
    const file = path ? await loadConfig(workspace) : undefined;
    const config = path ? (chosen ? declaredSection(file, path) : configSection(file, path)) : undefined;
    return readInputs(spec, { env, config });
}

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

;// CONCATENATED MODULE: ./packages/kit/src/github.ts




function numberFromEnv(name) {
    const raw = process.env[name];
    return raw !== undefined && /^\d+$/.test(raw) ? Number(raw) : undefined;
}
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
        __nccwpck_require__.e(/* import() */ 758).then(__nccwpck_require__.bind(__nccwpck_require__, 1758)),
        Promise.all(/* import() */[__nccwpck_require__.e(251), __nccwpck_require__.e(735)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9735)),
        Promise.all(/* import() */[__nccwpck_require__.e(251), __nccwpck_require__.e(856)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6856)),
        __nccwpck_require__.e(/* import() */ 251).then(__nccwpck_require__.t.bind(__nccwpck_require__, 3251, 23)),
    ]);
    const retries = options.retries ?? 4;
    const retryBaseMs = options.retryBaseMs ?? numberFromEnv('RELEASE_ACTIONS_API_RETRY_BASE_MS') ?? 1000;
    const writeInterval = options.writeIntervalMs ?? numberFromEnv('RELEASE_ACTIONS_API_WRITE_INTERVAL_MS') ?? 250;
    const onLimit = (kind) => (retryAfter, request, _octokit, retryCount) => {
        if (retryCount >= retries)
            return false;
        (0,runner/* warning */.$e)(`GitHub ${kind} on ${request.method} ${request.url}: retrying in ${retryAfter}s`);
        return true;
    };
    return getOctokit(options.token, {
        baseUrl: options.baseUrl ?? runContext().apiUrl,
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

;// CONCATENATED MODULE: ./packages/access/src/permission.ts

/**
 * Who may do what: a user's role on the repository, from GitHub's collaborator
 * permission API, compared with the least role an operation needs.
 */
const ROLES = ['none', 'read', 'triage', 'write', 'maintain', 'admin'];
/** A custom role counts as the classic level it is built on, which is all the API tells us about it. */
function effectiveRole(answer) {
    const known = (value) => ROLES.includes(value);
    if (known(answer.roleName))
        return answer.roleName;
    if (known(answer.permission))
        return answer.permission;
    return 'none';
}
function satisfies(role, required) {
    return ROLES.indexOf(role) >= ROLES.indexOf(required);
}
/** The roles that satisfy a requirement, for messages: `maintain or admin`. */
function acceptedRoles(required) {
    const accepted = ROLES.slice(ROLES.indexOf(required));
    return accepted.length === 1 ? accepted[0] : `${accepted.slice(0, -1).join(', ')} or ${accepted.at(-1)}`;
}
async function fetchRole(client, owner, repo, user) {
    try {
        const { data } = await client.rest.repos.getCollaboratorPermissionLevel({ owner, repo, username: user });
        return effectiveRole({ permission: data.permission, roleName: data.role_name });
    }
    catch (thrown) {
        // 404: not a collaborator (or no such user); either way, no role on the repository.
        if (statusOf(thrown) === 404)
            return 'none';
        throw thrown;
    }
}
function decide(user, role, required) {
    return { user, role, required, allowed: satisfies(role, required) };
}
function refusal(decision, repository, operation) {
    const has = decision.role === 'none' ? 'has no role on' : `has the ${decision.role} role on`;
    return new errors/* ReleaseError */.K2('EFORBIDDEN', `@${decision.user} ${has} ${repository}; to ${operation} you need ${acceptedRoles(decision.required)}.`, {
        hint: `Ask a repository ${acceptedRoles(decision.required)} user to run it, or to grant you that role.`,
    });
}

;// CONCATENATED MODULE: ./actions/authorize/run.ts


const spec = {
    permission: field.choice(ROLES.filter((role) => role !== 'none')).default('maintain'),
    actor: field.pattern(/^[A-Za-z0-9-]+(\[bot\])?$/, 'a GitHub login').required(),
    operation: field.text().default('run this workflow'),
    token: field.text('a GitHub token').secret().required(),
};
/** The inputs this action reads, for tooling and tests that check every input (secrets are masked). */

async function run() {
    const inputs = await readActionInputs(spec);
    const context = runContext();
    const { owner, repo } = requireRepository(context);
    const client = await createGitHubClient({ token: inputs.token });
    const role = await fetchRole(client, owner, repo, inputs.actor);
    const decision = decide(inputs.actor, role, inputs.permission);
    (0,runner/* setOutputs */.n0)({ role, allowed: String(decision.allowed) });
    await (0,runner/* writeSummary */.Sy)(heading(`Authorization: ${decision.allowed ? '✅ allowed' : '❌ refused'}`, 3) +
        table(['user', 'role', 'needed for', 'needs'], [[`@${inputs.actor}`, role, inputs.operation, code(`${inputs.permission}+`)]]));
    if (!decision.allowed)
        throw refusal(decision, context.repository, inputs.operation);
    (0,runner/* info */.pq)(`@${inputs.actor} has the ${role} role on ${context.repository}: allowed to ${inputs.operation}.`);
}


/***/ }),

/***/ 7924:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ runAction)
/* harmony export */ });
/* unused harmony export reportFailure */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7817);
/* harmony import */ var _runner_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(668);


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

/***/ 668:
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

;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
// EXTERNAL MODULE: external "os"
var external_os_ = __nccwpck_require__(857);
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
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/command.js


/**
 * Issues a command to the GitHub Actions runner
 *
 * @param command - The command name to issue
 * @param properties - Additional properties for the command (key-value pairs)
 * @param message - The message to include with the command
 * @remarks
 * This function outputs a specially formatted string to stdout that the Actions
 * runner interprets as a command. These commands can control workflow behavior,
 * set outputs, create annotations, mask values, and more.
 *
 * Command Format:
 *   ::name key=value,key=value::message
 *
 * @example
 * ```typescript
 * // Issue a warning annotation
 * issueCommand('warning', {}, 'This is a warning message');
 * // Output: ::warning::This is a warning message
 *
 * // Set an environment variable
 * issueCommand('set-env', { name: 'MY_VAR' }, 'some value');
 * // Output: ::set-env name=MY_VAR::some value
 *
 * // Add a secret mask
 * issueCommand('add-mask', {}, 'secretValue123');
 * // Output: ::add-mask::secretValue123
 * ```
 *
 * @internal
 * This is an internal utility function that powers the public API functions
 * such as setSecret, warning, error, and exportVariable.
 */
function issueCommand(command, properties, message) {
    const cmd = new Command(command, properties, message);
    process.stdout.write(cmd.toString() + external_os_.EOL);
}
function command_issue(name, message = '') {
    issueCommand(name, {}, message);
}
const CMD_STRING = '::';
class Command {
    constructor(command, properties, message) {
        if (!command) {
            command = 'missing.command';
        }
        this.command = command;
        this.properties = properties;
        this.message = message;
    }
    toString() {
        let cmdStr = CMD_STRING + this.command;
        if (this.properties && Object.keys(this.properties).length > 0) {
            cmdStr += ' ';
            let first = true;
            for (const key in this.properties) {
                if (this.properties.hasOwnProperty(key)) {
                    const val = this.properties[key];
                    if (val) {
                        if (first) {
                            first = false;
                        }
                        else {
                            cmdStr += ',';
                        }
                        cmdStr += `${key}=${escapeProperty(val)}`;
                    }
                }
            }
        }
        cmdStr += `${CMD_STRING}${escapeData(this.message)}`;
        return cmdStr;
    }
}
function escapeData(s) {
    return toCommandValue(s)
        .replace(/%/g, '%25')
        .replace(/\r/g, '%0D')
        .replace(/\n/g, '%0A');
}
function escapeProperty(s) {
    return toCommandValue(s)
        .replace(/%/g, '%25')
        .replace(/\r/g, '%0D')
        .replace(/\n/g, '%0A')
        .replace(/:/g, '%3A')
        .replace(/,/g, '%2C');
}
//# sourceMappingURL=command.js.map
;// CONCATENATED MODULE: external "crypto"
const external_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");
// EXTERNAL MODULE: external "fs"
var external_fs_ = __nccwpck_require__(9896);
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/file-command.js
// For internal use, subject to change.
// We use any as a valid input type
/* eslint-disable @typescript-eslint/no-explicit-any */




function file_command_issueFileCommand(command, message) {
    const filePath = process.env[`GITHUB_${command}`];
    if (!filePath) {
        throw new Error(`Unable to find environment variable for file command ${command}`);
    }
    if (!external_fs_.existsSync(filePath)) {
        throw new Error(`Missing file at path: ${filePath}`);
    }
    external_fs_.appendFileSync(filePath, `${toCommandValue(message)}${external_os_.EOL}`, {
        encoding: 'utf8'
    });
}
function file_command_prepareKeyValueMessage(key, value) {
    const delimiter = `ghadelimiter_${external_crypto_namespaceObject.randomUUID()}`;
    const convertedValue = toCommandValue(value);
    // These should realistically never happen, but just in case someone finds a
    // way to exploit uuid generation let's not allow keys or values that contain
    // the delimiter.
    if (key.includes(delimiter)) {
        throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
    }
    if (convertedValue.includes(delimiter)) {
        throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
    }
    return `${key}<<${delimiter}${external_os_.EOL}${convertedValue}${external_os_.EOL}${delimiter}`;
}
//# sourceMappingURL=file-command.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/summary.js
var __awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


const { access, appendFile, writeFile } = external_fs_.promises;
const SUMMARY_ENV_VAR = 'GITHUB_STEP_SUMMARY';
const SUMMARY_DOCS_URL = 'https://docs.github.com/actions/using-workflows/workflow-commands-for-github-actions#adding-a-job-summary';
class Summary {
    constructor() {
        this._buffer = '';
    }
    /**
     * Finds the summary file path from the environment, rejects if env var is not found or file does not exist
     * Also checks r/w permissions.
     *
     * @returns step summary file path
     */
    filePath() {
        return __awaiter(this, void 0, void 0, function* () {
            if (this._filePath) {
                return this._filePath;
            }
            const pathFromEnv = process.env[SUMMARY_ENV_VAR];
            if (!pathFromEnv) {
                throw new Error(`Unable to find environment variable for $${SUMMARY_ENV_VAR}. Check if your runtime environment supports job summaries.`);
            }
            try {
                yield access(pathFromEnv, external_fs_.constants.R_OK | external_fs_.constants.W_OK);
            }
            catch (_a) {
                throw new Error(`Unable to access summary file: '${pathFromEnv}'. Check if the file has correct read/write permissions.`);
            }
            this._filePath = pathFromEnv;
            return this._filePath;
        });
    }
    /**
     * Wraps content in an HTML tag, adding any HTML attributes
     *
     * @param {string} tag HTML tag to wrap
     * @param {string | null} content content within the tag
     * @param {[attribute: string]: string} attrs key-value list of HTML attributes to add
     *
     * @returns {string} content wrapped in HTML element
     */
    wrap(tag, content, attrs = {}) {
        const htmlAttrs = Object.entries(attrs)
            .map(([key, value]) => ` ${key}="${value}"`)
            .join('');
        if (!content) {
            return `<${tag}${htmlAttrs}>`;
        }
        return `<${tag}${htmlAttrs}>${content}</${tag}>`;
    }
    /**
     * Writes text in the buffer to the summary buffer file and empties buffer. Will append by default.
     *
     * @param {SummaryWriteOptions} [options] (optional) options for write operation
     *
     * @returns {Promise<Summary>} summary instance
     */
    write(options) {
        return __awaiter(this, void 0, void 0, function* () {
            const overwrite = !!(options === null || options === void 0 ? void 0 : options.overwrite);
            const filePath = yield this.filePath();
            const writeFunc = overwrite ? writeFile : appendFile;
            yield writeFunc(filePath, this._buffer, { encoding: 'utf8' });
            return this.emptyBuffer();
        });
    }
    /**
     * Clears the summary buffer and wipes the summary file
     *
     * @returns {Summary} summary instance
     */
    clear() {
        return __awaiter(this, void 0, void 0, function* () {
            return this.emptyBuffer().write({ overwrite: true });
        });
    }
    /**
     * Returns the current summary buffer as a string
     *
     * @returns {string} string of summary buffer
     */
    stringify() {
        return this._buffer;
    }
    /**
     * If the summary buffer is empty
     *
     * @returns {boolen} true if the buffer is empty
     */
    isEmptyBuffer() {
        return this._buffer.length === 0;
    }
    /**
     * Resets the summary buffer without writing to summary file
     *
     * @returns {Summary} summary instance
     */
    emptyBuffer() {
        this._buffer = '';
        return this;
    }
    /**
     * Adds raw text to the summary buffer
     *
     * @param {string} text content to add
     * @param {boolean} [addEOL=false] (optional) append an EOL to the raw text (default: false)
     *
     * @returns {Summary} summary instance
     */
    addRaw(text, addEOL = false) {
        this._buffer += text;
        return addEOL ? this.addEOL() : this;
    }
    /**
     * Adds the operating system-specific end-of-line marker to the buffer
     *
     * @returns {Summary} summary instance
     */
    addEOL() {
        return this.addRaw(external_os_.EOL);
    }
    /**
     * Adds an HTML codeblock to the summary buffer
     *
     * @param {string} code content to render within fenced code block
     * @param {string} lang (optional) language to syntax highlight code
     *
     * @returns {Summary} summary instance
     */
    addCodeBlock(code, lang) {
        const attrs = Object.assign({}, (lang && { lang }));
        const element = this.wrap('pre', this.wrap('code', code), attrs);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML list to the summary buffer
     *
     * @param {string[]} items list of items to render
     * @param {boolean} [ordered=false] (optional) if the rendered list should be ordered or not (default: false)
     *
     * @returns {Summary} summary instance
     */
    addList(items, ordered = false) {
        const tag = ordered ? 'ol' : 'ul';
        const listItems = items.map(item => this.wrap('li', item)).join('');
        const element = this.wrap(tag, listItems);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML table to the summary buffer
     *
     * @param {SummaryTableCell[]} rows table rows
     *
     * @returns {Summary} summary instance
     */
    addTable(rows) {
        const tableBody = rows
            .map(row => {
            const cells = row
                .map(cell => {
                if (typeof cell === 'string') {
                    return this.wrap('td', cell);
                }
                const { header, data, colspan, rowspan } = cell;
                const tag = header ? 'th' : 'td';
                const attrs = Object.assign(Object.assign({}, (colspan && { colspan })), (rowspan && { rowspan }));
                return this.wrap(tag, data, attrs);
            })
                .join('');
            return this.wrap('tr', cells);
        })
            .join('');
        const element = this.wrap('table', tableBody);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds a collapsable HTML details element to the summary buffer
     *
     * @param {string} label text for the closed state
     * @param {string} content collapsable content
     *
     * @returns {Summary} summary instance
     */
    addDetails(label, content) {
        const element = this.wrap('details', this.wrap('summary', label) + content);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML image tag to the summary buffer
     *
     * @param {string} src path to the image you to embed
     * @param {string} alt text description of the image
     * @param {SummaryImageOptions} options (optional) addition image attributes
     *
     * @returns {Summary} summary instance
     */
    addImage(src, alt, options) {
        const { width, height } = options || {};
        const attrs = Object.assign(Object.assign({}, (width && { width })), (height && { height }));
        const element = this.wrap('img', null, Object.assign({ src, alt }, attrs));
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML section heading element
     *
     * @param {string} text heading text
     * @param {number | string} [level=1] (optional) the heading level, default: 1
     *
     * @returns {Summary} summary instance
     */
    addHeading(text, level) {
        const tag = `h${level}`;
        const allowedTag = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].includes(tag)
            ? tag
            : 'h1';
        const element = this.wrap(allowedTag, text);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML thematic break (<hr>) to the summary buffer
     *
     * @returns {Summary} summary instance
     */
    addSeparator() {
        const element = this.wrap('hr', null);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML line break (<br>) to the summary buffer
     *
     * @returns {Summary} summary instance
     */
    addBreak() {
        const element = this.wrap('br', null);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML blockquote to the summary buffer
     *
     * @param {string} text quote text
     * @param {string} cite (optional) citation url
     *
     * @returns {Summary} summary instance
     */
    addQuote(text, cite) {
        const attrs = Object.assign({}, (cite && { cite }));
        const element = this.wrap('blockquote', text, attrs);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML anchor tag to the summary buffer
     *
     * @param {string} text link text/content
     * @param {string} href hyperlink
     *
     * @returns {Summary} summary instance
     */
    addLink(text, href) {
        const element = this.wrap('a', text, { href });
        return this.addRaw(element).addEOL();
    }
}
const _summary = new Summary();
/**
 * @deprecated use `core.summary`
 */
const markdownSummary = (/* unused pure expression or super */ null && (_summary));
const summary = _summary;
//# sourceMappingURL=summary.js.map
;// CONCATENATED MODULE: ./packages/kit/src/runner.ts


/** Log lines, annotations, masks, outputs and state: everything a step says to the runner. */
function info(message) {
    process.stdout.write(message + external_node_os_namespaceObject.EOL);
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
        file_command_issueFileCommand('OUTPUT', file_command_prepareKeyValueMessage(name, text));
        return;
    }
    process.stdout.write(external_node_os_namespaceObject.EOL);
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

/***/ 643:
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

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 3193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

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
/******/ var __webpack_exports__ = __nccwpck_require__(1365);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
