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

/***/ 7163:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const debug = __nccwpck_require__(1159)
const { MAX_LENGTH, MAX_SAFE_INTEGER } = __nccwpck_require__(5101)
const { safeRe: re, t } = __nccwpck_require__(5471)

const parseOptions = __nccwpck_require__(356)
const { compareIdentifiers } = __nccwpck_require__(3348)

const isPrereleaseIdentifier = (prerelease, identifier) => {
  const identifiers = identifier.split('.')
  if (identifiers.length > prerelease.length) {
    return false
  }

  for (let i = 0; i < identifiers.length; i++) {
    if (compareIdentifiers(prerelease[i], identifiers[i]) !== 0) {
      return false
    }
  }

  return true
}

class SemVer {
  constructor (version, options) {
    options = parseOptions(options)

    if (version instanceof SemVer) {
      if (version.loose === !!options.loose &&
        version.includePrerelease === !!options.includePrerelease) {
        return version
      } else {
        version = version.version
      }
    } else if (typeof version !== 'string') {
      throw new TypeError(`Invalid version. Must be a string. Got type "${typeof version}".`)
    }

    if (version.length > MAX_LENGTH) {
      throw new TypeError(
        `version is longer than ${MAX_LENGTH} characters`
      )
    }

    debug('SemVer', version, options)
    this.options = options
    this.loose = !!options.loose
    // this isn't actually relevant for versions, but keep it so that we
    // don't run into trouble passing this.options around.
    this.includePrerelease = !!options.includePrerelease

    const m = version.trim().match(options.loose ? re[t.LOOSE] : re[t.FULL])

    if (!m) {
      throw new TypeError(`Invalid Version: ${version}`)
    }

    this.raw = version

    // these are actually numbers
    this.major = +m[1]
    this.minor = +m[2]
    this.patch = +m[3]

    if (this.major > MAX_SAFE_INTEGER || this.major < 0) {
      throw new TypeError('Invalid major version')
    }

    if (this.minor > MAX_SAFE_INTEGER || this.minor < 0) {
      throw new TypeError('Invalid minor version')
    }

    if (this.patch > MAX_SAFE_INTEGER || this.patch < 0) {
      throw new TypeError('Invalid patch version')
    }

    // numberify any prerelease numeric ids
    if (!m[4]) {
      this.prerelease = []
    } else {
      this.prerelease = m[4].split('.').map((id) => {
        if (/^[0-9]+$/.test(id)) {
          const num = +id
          if (num >= 0 && num < MAX_SAFE_INTEGER) {
            return num
          }
        }
        return id
      })
    }

    this.build = m[5] ? m[5].split('.') : []
    this.format()
  }

  format () {
    this.version = `${this.major}.${this.minor}.${this.patch}`
    if (this.prerelease.length) {
      this.version += `-${this.prerelease.join('.')}`
    }
    return this.version
  }

  toString () {
    return this.version
  }

  compare (other) {
    debug('SemVer.compare', this.version, this.options, other)
    if (!(other instanceof SemVer)) {
      if (typeof other === 'string' && other === this.version) {
        return 0
      }
      other = new SemVer(other, this.options)
    }

    if (other.version === this.version) {
      return 0
    }

    return this.compareMain(other) || this.comparePre(other)
  }

  compareMain (other) {
    if (!(other instanceof SemVer)) {
      other = new SemVer(other, this.options)
    }

    if (this.major < other.major) {
      return -1
    }
    if (this.major > other.major) {
      return 1
    }
    if (this.minor < other.minor) {
      return -1
    }
    if (this.minor > other.minor) {
      return 1
    }
    if (this.patch < other.patch) {
      return -1
    }
    if (this.patch > other.patch) {
      return 1
    }
    return 0
  }

  comparePre (other) {
    if (!(other instanceof SemVer)) {
      other = new SemVer(other, this.options)
    }

    // NOT having a prerelease is > having one
    if (this.prerelease.length && !other.prerelease.length) {
      return -1
    } else if (!this.prerelease.length && other.prerelease.length) {
      return 1
    } else if (!this.prerelease.length && !other.prerelease.length) {
      return 0
    }

    let i = 0
    do {
      const a = this.prerelease[i]
      const b = other.prerelease[i]
      debug('prerelease compare', i, a, b)
      if (a === undefined && b === undefined) {
        return 0
      } else if (b === undefined) {
        return 1
      } else if (a === undefined) {
        return -1
      } else if (a === b) {
        continue
      } else {
        return compareIdentifiers(a, b)
      }
    } while (++i)
  }

  compareBuild (other) {
    if (!(other instanceof SemVer)) {
      other = new SemVer(other, this.options)
    }

    let i = 0
    do {
      const a = this.build[i]
      const b = other.build[i]
      debug('build compare', i, a, b)
      if (a === undefined && b === undefined) {
        return 0
      } else if (b === undefined) {
        return 1
      } else if (a === undefined) {
        return -1
      } else if (a === b) {
        continue
      } else {
        return compareIdentifiers(a, b)
      }
    } while (++i)
  }

  // preminor will bump the version up to the next minor release, and immediately
  // down to pre-release. premajor and prepatch work the same way.
  inc (release, identifier, identifierBase) {
    if (release.startsWith('pre')) {
      if (!identifier && identifierBase === false) {
        throw new Error('invalid increment argument: identifier is empty')
      }
      // Avoid an invalid semver results
      if (identifier) {
        const match = `-${identifier}`.match(this.options.loose ? re[t.PRERELEASELOOSE] : re[t.PRERELEASE])
        if (!match || match[1] !== identifier) {
          throw new Error(`invalid identifier: ${identifier}`)
        }
      }
    }

    switch (release) {
      case 'premajor':
        this.prerelease.length = 0
        this.patch = 0
        this.minor = 0
        this.major++
        this.inc('pre', identifier, identifierBase)
        break
      case 'preminor':
        this.prerelease.length = 0
        this.patch = 0
        this.minor++
        this.inc('pre', identifier, identifierBase)
        break
      case 'prepatch':
        // If this is already a prerelease, it will bump to the next version
        // drop any prereleases that might already exist, since they are not
        // relevant at this point.
        this.prerelease.length = 0
        this.inc('patch', identifier, identifierBase)
        this.inc('pre', identifier, identifierBase)
        break
      // If the input is a non-prerelease version, this acts the same as
      // prepatch.
      case 'prerelease':
        if (this.prerelease.length === 0) {
          this.inc('patch', identifier, identifierBase)
        }
        this.inc('pre', identifier, identifierBase)
        break
      case 'release':
        if (this.prerelease.length === 0) {
          throw new Error(`version ${this.raw} is not a prerelease`)
        }
        this.prerelease.length = 0
        break

      case 'major':
        // If this is a pre-major version, bump up to the same major version.
        // Otherwise increment major.
        // 1.0.0-5 bumps to 1.0.0
        // 1.1.0 bumps to 2.0.0
        if (
          this.minor !== 0 ||
          this.patch !== 0 ||
          this.prerelease.length === 0
        ) {
          this.major++
        }
        this.minor = 0
        this.patch = 0
        this.prerelease = []
        break
      case 'minor':
        // If this is a pre-minor version, bump up to the same minor version.
        // Otherwise increment minor.
        // 1.2.0-5 bumps to 1.2.0
        // 1.2.1 bumps to 1.3.0
        if (this.patch !== 0 || this.prerelease.length === 0) {
          this.minor++
        }
        this.patch = 0
        this.prerelease = []
        break
      case 'patch':
        // If this is not a pre-release version, it will increment the patch.
        // If it is a pre-release it will bump up to the same patch version.
        // 1.2.0-5 patches to 1.2.0
        // 1.2.0 patches to 1.2.1
        if (this.prerelease.length === 0) {
          this.patch++
        }
        this.prerelease = []
        break
      // This probably shouldn't be used publicly.
      // 1.0.0 'pre' would become 1.0.0-0 which is the wrong direction.
      case 'pre': {
        const base = Number(identifierBase) ? 1 : 0

        if (this.prerelease.length === 0) {
          this.prerelease = [base]
        } else {
          let i = this.prerelease.length
          while (--i >= 0) {
            if (typeof this.prerelease[i] === 'number') {
              this.prerelease[i]++
              i = -2
            }
          }
          if (i === -1) {
            // didn't increment anything
            if (identifier === this.prerelease.join('.') && identifierBase === false) {
              throw new Error('invalid increment argument: identifier already exists')
            }
            this.prerelease.push(base)
          }
        }
        if (identifier) {
          // 1.2.0-beta.1 bumps to 1.2.0-beta.2,
          // 1.2.0-beta.fooblz or 1.2.0-beta bumps to 1.2.0-beta.0
          let prerelease = [identifier, base]
          if (identifierBase === false) {
            prerelease = [identifier]
          }
          if (isPrereleaseIdentifier(this.prerelease, identifier)) {
            const prereleaseBase = this.prerelease[identifier.split('.').length]
            if (isNaN(prereleaseBase)) {
              this.prerelease = prerelease
            }
          } else {
            this.prerelease = prerelease
          }
        }
        break
      }
      default:
        throw new Error(`invalid increment argument: ${release}`)
    }
    this.raw = this.format()
    if (this.build.length) {
      this.raw += `+${this.build.join('.')}`
    }
    return this
  }
}

module.exports = SemVer


/***/ }),

/***/ 8469:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const compare = (a, b, loose) =>
  new SemVer(a, loose).compare(new SemVer(b, loose))

module.exports = compare


/***/ }),

/***/ 711:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const parse = __nccwpck_require__(6353)

const diff = (version1, version2) => {
  const v1 = parse(version1, null, true)
  const v2 = parse(version2, null, true)
  const comparison = v1.compare(v2)

  if (comparison === 0) {
    return null
  }

  const v1Higher = comparison > 0
  const highVersion = v1Higher ? v1 : v2
  const lowVersion = v1Higher ? v2 : v1
  const highHasPre = !!highVersion.prerelease.length
  const lowHasPre = !!lowVersion.prerelease.length

  if (lowHasPre && !highHasPre) {
    // Going from prerelease -> no prerelease requires some special casing

    // If the low version has only a major, then it will always be a major
    // Some examples:
    // 1.0.0-1 -> 1.0.0
    // 1.0.0-1 -> 1.1.1
    // 1.0.0-1 -> 2.0.0
    if (!lowVersion.patch && !lowVersion.minor) {
      return 'major'
    }

    // If the main part has no difference
    if (lowVersion.compareMain(highVersion) === 0) {
      if (lowVersion.minor && !lowVersion.patch) {
        return 'minor'
      }
      return 'patch'
    }
  }

  // add the `pre` prefix if we are going to a prerelease version
  const prefix = highHasPre ? 'pre' : ''

  if (v1.major !== v2.major) {
    return prefix + 'major'
  }

  if (v1.minor !== v2.minor) {
    return prefix + 'minor'
  }

  if (v1.patch !== v2.patch) {
    return prefix + 'patch'
  }

  // high and low are prereleases
  return 'prerelease'
}

module.exports = diff


/***/ }),

/***/ 6599:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(8469)
const gt = (a, b, loose) => compare(a, b, loose) > 0
module.exports = gt


/***/ }),

/***/ 1236:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(8469)
const gte = (a, b, loose) => compare(a, b, loose) >= 0
module.exports = gte


/***/ }),

/***/ 2338:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)

const inc = (version, release, options, identifier, identifierBase) => {
  if (typeof (options) === 'string') {
    identifierBase = identifier
    identifier = options
    options = undefined
  }

  try {
    return new SemVer(
      version instanceof SemVer ? version.version : version,
      options
    ).inc(release, identifier, identifierBase).version
  } catch (er) {
    return null
  }
}
module.exports = inc


/***/ }),

/***/ 8511:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const major = (a, loose) => new SemVer(a, loose).major
module.exports = major


/***/ }),

/***/ 6353:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const parse = (version, options, throwErrors = false) => {
  if (version instanceof SemVer) {
    return version
  }
  try {
    return new SemVer(version, options)
  } catch (er) {
    if (!throwErrors) {
      return null
    }
    throw er
  }
}

module.exports = parse


/***/ }),

/***/ 5714:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const parse = __nccwpck_require__(6353)
const prerelease = (version, options) => {
  const parsed = parse(version, options)
  return (parsed && parsed.prerelease.length) ? parsed.prerelease : null
}
module.exports = prerelease


/***/ }),

/***/ 8780:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const parse = __nccwpck_require__(6353)
const valid = (version, options) => {
  const v = parse(version, options)
  return v ? v.version : null
}
module.exports = valid


/***/ }),

/***/ 5101:
/***/ ((module) => {



// Note: this is the semver.org version of the spec that it implements
// Not necessarily the package version of this code.
const SEMVER_SPEC_VERSION = '2.0.0'

const MAX_LENGTH = 256
const MAX_SAFE_INTEGER = Number.MAX_SAFE_INTEGER ||
/* istanbul ignore next */ 9007199254740991

// Max safe segment length for coercion.
const MAX_SAFE_COMPONENT_LENGTH = 16

// Max safe length for a build identifier. The max length minus 6 characters for
// the shortest version with a build 0.0.0+BUILD.
const MAX_SAFE_BUILD_LENGTH = MAX_LENGTH - 6

// ECMAScript whitespace and line terminators matched by \s.
const WHITESPACE_CHARACTERS = [
  '\t',
  '\n',
  '\v',
  '\f',
  '\r',
  ' ',
  '\u00a0',
  '\u1680',
  '\u2000',
  '\u2001',
  '\u2002',
  '\u2003',
  '\u2004',
  '\u2005',
  '\u2006',
  '\u2007',
  '\u2008',
  '\u2009',
  '\u200a',
  '\u2028',
  '\u2029',
  '\u202f',
  '\u205f',
  '\u3000',
  '\ufeff',
]

const RELEASE_TYPES = [
  'major',
  'premajor',
  'minor',
  'preminor',
  'patch',
  'prepatch',
  'prerelease',
]

module.exports = {
  MAX_LENGTH,
  MAX_SAFE_COMPONENT_LENGTH,
  MAX_SAFE_BUILD_LENGTH,
  MAX_SAFE_INTEGER,
  WHITESPACE_CHARACTERS,
  RELEASE_TYPES,
  SEMVER_SPEC_VERSION,
  FLAG_INCLUDE_PRERELEASE: 0b001,
  FLAG_LOOSE: 0b010,
}


/***/ }),

/***/ 1159:
/***/ ((module) => {



const debug = (
  typeof process === 'object' &&
  process.env &&
  process.env.NODE_DEBUG &&
  /\bsemver\b/i.test(process.env.NODE_DEBUG)
) ? (...args) => console.error('SEMVER', ...args)
  : () => {}

module.exports = debug


/***/ }),

/***/ 3348:
/***/ ((module) => {



const numeric = /^[0-9]+$/
const compareIdentifiers = (a, b) => {
  if (typeof a === 'number' && typeof b === 'number') {
    return a === b ? 0 : a < b ? -1 : 1
  }

  const anum = numeric.test(a)
  const bnum = numeric.test(b)

  if (anum && bnum) {
    a = +a
    b = +b
  }

  return a === b ? 0
    : (anum && !bnum) ? -1
    : (bnum && !anum) ? 1
    : a < b ? -1
    : 1
}

const rcompareIdentifiers = (a, b) => compareIdentifiers(b, a)

module.exports = {
  compareIdentifiers,
  rcompareIdentifiers,
}


/***/ }),

/***/ 356:
/***/ ((module) => {



// parse out just the options we care about
const looseOption = Object.freeze({ loose: true })
const emptyOpts = Object.freeze({ })
const parseOptions = options => {
  if (!options) {
    return emptyOpts
  }

  if (typeof options !== 'object') {
    return looseOption
  }

  return options
}
module.exports = parseOptions


/***/ }),

/***/ 5471:
/***/ ((module, exports, __nccwpck_require__) => {



const {
  MAX_SAFE_COMPONENT_LENGTH,
  MAX_SAFE_BUILD_LENGTH,
  MAX_LENGTH,
} = __nccwpck_require__(5101)
const debug = __nccwpck_require__(1159)
exports = module.exports = {}

// The actual regexps go on exports.re
const re = exports.re = []
const safeRe = exports.safeRe = []
const src = exports.src = []
const safeSrc = exports.safeSrc = []
const t = exports.t = {}
let R = 0

const LETTERDASHNUMBER = '[a-zA-Z0-9-]'

// Replace some greedy regex tokens to prevent regex dos issues. These regex are
// used internally via the safeRe object since all inputs in this library get
// normalized first to trim and collapse all extra whitespace. The original
// regexes are exported for userland consumption and lower level usage. A
// future breaking change could export the safer regex only with a note that
// all input should have extra whitespace removed.
const safeRegexReplacements = [
  ['\\s', 1],
  ['\\d', MAX_LENGTH],
  [LETTERDASHNUMBER, MAX_SAFE_BUILD_LENGTH],
]

const makeSafeRegex = (value) => {
  for (const [token, max] of safeRegexReplacements) {
    value = value
      .split(`${token}*`).join(`${token}{0,${max}}`)
      .split(`${token}+`).join(`${token}{1,${max}}`)
  }
  return value
}

const createToken = (name, value, isGlobal) => {
  const safe = makeSafeRegex(value)
  const index = R++
  debug(name, index, value)
  t[name] = index
  src[index] = value
  safeSrc[index] = safe
  re[index] = new RegExp(value, isGlobal ? 'g' : undefined)
  safeRe[index] = new RegExp(safe, isGlobal ? 'g' : undefined)
}

// The following Regular Expressions can be used for tokenizing,
// validating, and parsing SemVer version strings.

// ## Numeric Identifier
// A single `0`, or a non-zero digit followed by zero or more digits.

createToken('NUMERICIDENTIFIER', '0|[1-9]\\d*')
createToken('NUMERICIDENTIFIERLOOSE', '\\d+')

// ## Non-numeric Identifier
// Zero or more digits, followed by a letter or hyphen, and then zero or
// more letters, digits, or hyphens.

createToken('NONNUMERICIDENTIFIER', `\\d*[a-zA-Z-]${LETTERDASHNUMBER}*`)

// ## Main Version
// Three dot-separated numeric identifiers.

createToken('MAINVERSION', `(${src[t.NUMERICIDENTIFIER]})\\.` +
                   `(${src[t.NUMERICIDENTIFIER]})\\.` +
                   `(${src[t.NUMERICIDENTIFIER]})`)

createToken('MAINVERSIONLOOSE', `(${src[t.NUMERICIDENTIFIERLOOSE]})\\.` +
                        `(${src[t.NUMERICIDENTIFIERLOOSE]})\\.` +
                        `(${src[t.NUMERICIDENTIFIERLOOSE]})`)

// ## Pre-release Version Identifier
// A numeric identifier, or a non-numeric identifier.
// Non-numeric identifiers include numeric identifiers but can be longer.
// Therefore non-numeric identifiers must go first.

createToken('PRERELEASEIDENTIFIER', `(?:${src[t.NONNUMERICIDENTIFIER]
}|${src[t.NUMERICIDENTIFIER]})`)

createToken('PRERELEASEIDENTIFIERLOOSE', `(?:${src[t.NONNUMERICIDENTIFIER]
}|${src[t.NUMERICIDENTIFIERLOOSE]})`)

// ## Pre-release Version
// Hyphen, followed by one or more dot-separated pre-release version
// identifiers.

createToken('PRERELEASE', `(?:-(${src[t.PRERELEASEIDENTIFIER]
}(?:\\.${src[t.PRERELEASEIDENTIFIER]})*))`)

createToken('PRERELEASELOOSE', `(?:-?(${src[t.PRERELEASEIDENTIFIERLOOSE]
}(?:\\.${src[t.PRERELEASEIDENTIFIERLOOSE]})*))`)

// ## Build Metadata Identifier
// Any combination of digits, letters, or hyphens.

createToken('BUILDIDENTIFIER', `${LETTERDASHNUMBER}+`)

// ## Build Metadata
// Plus sign, followed by one or more period-separated build metadata
// identifiers.

createToken('BUILD', `(?:\\+(${src[t.BUILDIDENTIFIER]
}(?:\\.${src[t.BUILDIDENTIFIER]})*))`)

// ## Full Version String
// A main version, followed optionally by a pre-release version and
// build metadata.

// Note that the only major, minor, patch, and pre-release sections of
// the version string are capturing groups.  The build metadata is not a
// capturing group, because it should not ever be used in version
// comparison.

createToken('FULLPLAIN', `v?${src[t.MAINVERSION]
}${src[t.PRERELEASE]}?${
  src[t.BUILD]}?`)

createToken('FULL', `^${src[t.FULLPLAIN]}$`)

// like full, but allows v1.2.3 and =1.2.3, which people do sometimes.
// also, 1.0.0alpha1 (prerelease without the hyphen) which is pretty
// common in the npm registry.
createToken('LOOSEPLAIN', `[v=\\s]*${src[t.MAINVERSIONLOOSE]
}${src[t.PRERELEASELOOSE]}?${
  src[t.BUILD]}?`)

createToken('LOOSE', `^${src[t.LOOSEPLAIN]}$`)

createToken('GTLT', '((?:<|>)?=?)')

// Something like "2.*" or "1.2.x".
// Note that "x.x" is a valid xRange identifier, meaning "any version"
// Only the first item is strictly required.
createToken('XRANGEIDENTIFIERLOOSE', `${src[t.NUMERICIDENTIFIERLOOSE]}|x|X|\\*`)
createToken('XRANGEIDENTIFIER', `${src[t.NUMERICIDENTIFIER]}|x|X|\\*`)

createToken('XRANGEPLAIN', `[v=\\s]*(${src[t.XRANGEIDENTIFIER]})` +
                   `(?:\\.(${src[t.XRANGEIDENTIFIER]})` +
                   `(?:\\.(${src[t.XRANGEIDENTIFIER]})` +
                   `(?:${src[t.PRERELEASE]})?${
                     src[t.BUILD]}?` +
                   `)?)?`)

createToken('XRANGEPLAINLOOSE', `[v=\\s]*(${src[t.XRANGEIDENTIFIERLOOSE]})` +
                        `(?:\\.(${src[t.XRANGEIDENTIFIERLOOSE]})` +
                        `(?:\\.(${src[t.XRANGEIDENTIFIERLOOSE]})` +
                        `(?:${src[t.PRERELEASELOOSE]})?${
                          src[t.BUILD]}?` +
                        `)?)?`)

createToken('XRANGE', `^${src[t.GTLT]}\\s*${src[t.XRANGEPLAIN]}$`)
createToken('XRANGELOOSE', `^${src[t.GTLT]}\\s*${src[t.XRANGEPLAINLOOSE]}$`)

// Coercion.
// Extract anything that could conceivably be a part of a valid semver
createToken('COERCEPLAIN', `${'(^|[^\\d])' +
              '(\\d{1,'}${MAX_SAFE_COMPONENT_LENGTH}})` +
              `(?:\\.(\\d{1,${MAX_SAFE_COMPONENT_LENGTH}}))?` +
              `(?:\\.(\\d{1,${MAX_SAFE_COMPONENT_LENGTH}}))?`)
createToken('COERCE', `${src[t.COERCEPLAIN]}(?:$|[^\\d])`)
createToken('COERCEFULL', src[t.COERCEPLAIN] +
              `(?:${src[t.PRERELEASE]})?` +
              `(?:${src[t.BUILD]})?` +
              `(?:$|[^\\d])`)
createToken('COERCERTL', src[t.COERCE], true)
createToken('COERCERTLFULL', src[t.COERCEFULL], true)

// Tilde ranges.
// Meaning is "reasonably at or greater than"
createToken('LONETILDE', '(?:~>?)')

createToken('TILDETRIM', `(\\s*)${src[t.LONETILDE]}\\s+`, true)
exports.tildeTrimReplace = '$1~'

createToken('TILDE', `^${src[t.LONETILDE]}${src[t.XRANGEPLAIN]}$`)
createToken('TILDELOOSE', `^${src[t.LONETILDE]}${src[t.XRANGEPLAINLOOSE]}$`)

// Caret ranges.
// Meaning is "at least and backwards compatible with"
createToken('LONECARET', '(?:\\^)')

createToken('CARETTRIM', `(\\s*)${src[t.LONECARET]}\\s+`, true)
exports.caretTrimReplace = '$1^'

createToken('CARET', `^${src[t.LONECARET]}${src[t.XRANGEPLAIN]}$`)
createToken('CARETLOOSE', `^${src[t.LONECARET]}${src[t.XRANGEPLAINLOOSE]}$`)

// A simple gt/lt/eq thing, or just "" to indicate "any version"
createToken('COMPARATORLOOSE', `^${src[t.GTLT]}\\s*(${src[t.LOOSEPLAIN]})$|^$`)
createToken('COMPARATOR', `^${src[t.GTLT]}\\s*(${src[t.FULLPLAIN]})$|^$`)

// An expression to strip any whitespace between the gtlt and the thing
// it modifies, so that `> 1.2.3` ==> `>1.2.3`
createToken('COMPARATORTRIM', `(\\s*)${src[t.GTLT]
}\\s*(${src[t.LOOSEPLAIN]}|${src[t.XRANGEPLAIN]})`, true)
exports.comparatorTrimReplace = '$1$2$3'

// Something like `1.2.3 - 1.2.4`
// Note that these all use the loose form, because they'll be
// checked against either the strict or loose comparator form
// later.
createToken('HYPHENRANGE', `^\\s*(${src[t.XRANGEPLAIN]})` +
                   `\\s+-\\s+` +
                   `(${src[t.XRANGEPLAIN]})` +
                   `\\s*$`)

createToken('HYPHENRANGELOOSE', `^\\s*(${src[t.XRANGEPLAINLOOSE]})` +
                        `\\s+-\\s+` +
                        `(${src[t.XRANGEPLAINLOOSE]})` +
                        `\\s*$`)

// Star ranges basically just allow anything at all.
createToken('STAR', '(<|>)?=?\\s*\\*')
// >=0.0.0 is like a star
createToken('GTE0', '^\\s*>=\\s*0\\.0\\.0\\s*$')
createToken('GTE0PRE', '^\\s*>=\\s*0\\.0\\.0-0\\s*$')


/***/ }),

/***/ 3751:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  c: () => (/* binding */ readBumpInputs),
  I: () => (/* binding */ spec)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
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

;// CONCATENATED MODULE: ./schema/release-actions.schema.json
const release_actions_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://raw.githubusercontent.com/org/release-actions/v1/schema/release-actions.schema.json","title":"release-actions configuration (.github/release-actions.yml)","description":"Optional shared settings for every release-actions action. An action\'s inputs override these values. Secrets never belong here: pass them as inputs from secrets.*.","type":"object","additionalProperties":false,"properties":{"$schema":{"type":"string"},"version":{"$ref":"config/version.schema.json"},"gates":{"$ref":"config/gates.schema.json"},"artifacts":{"$ref":"config/artifacts.schema.json"},"smoke":{"$ref":"config/smoke.schema.json"},"environments":{"description":"Deployment settings per environment name (inputs of deploy-env and rollback).","type":"object","additionalProperties":{"$ref":"config/environment.schema.json"}},"announce":{"$ref":"config/announce.schema.json"},"sync":{"$ref":"config/sync.schema.json"},"components":{"$ref":"config/components.schema.json"},"linked-versions":{"description":"Groups of components (by name) that always share one version, the highest any of them calls for: when one of them releases, all of them release.","type":"array","items":{"type":"array","items":{"type":"string","minLength":1},"minItems":2,"uniqueItems":true},"examples":[[["api","web"]]]}}}');
// EXTERNAL MODULE: ./packages/kit/src/files.ts
var files = __nccwpck_require__(8371);
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
    const text = await (0,files/* readFileIfExists */.Q)((0,external_node_path_.join)(workspace, relativePath));
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

// EXTERNAL MODULE: ./packages/versioning/src/version-files/index.ts + 2 modules
var version_files = __nccwpck_require__(7557);
// EXTERNAL MODULE: ./packages/versioning/src/next-version.ts + 1 modules
var next_version = __nccwpck_require__(4649);
;// CONCATENATED MODULE: ./packages/versioning/src/components.ts



function configError(file, locate, path, text) {
    const at = locate(path);
    return new errors/* ReleaseError */.K2('ECONFIG', `${file}:${at.line ?? 1}:${at.column ?? 1}: ${text}`, { location: at });
}
function versionFiles(raw) {
    if (raw === undefined)
        return undefined;
    const lines = Array.isArray(raw) ? raw : raw.split('\n').map((line) => line.trim());
    const given = lines.filter(Boolean);
    if (given.length === 1 && given[0] === 'none')
        return [];
    return given.map((line) => (0,version_files/* parseVersionFileSpec */.Rm)(line));
}
function readOne(name, declared, at, fail) {
    let path;
    try {
        path = (0,version_files/* normalisePath */.qb)(declared.path);
    }
    catch {
        throw fail(at('path'), `components.${name}.path "${declared.path}" is not a folder inside the repository`);
    }
    const tagPrefix = declared['tag-prefix'] ?? `${name}-v`;
    if (tagPrefix.startsWith('/') || refPrefixProblem(tagPrefix))
        throw fail(at('tag-prefix'), `components.${name}.tag-prefix "${tagPrefix}" cannot start a tag name`);
    let files;
    try {
        files = versionFiles(declared['version-files']);
    }
    catch (thrown) {
        throw fail(at('version-files'), `components.${name}.version-files: ${thrown.message}`);
    }
    const changelog = declared['changelog-file'];
    let changelogFile;
    try {
        changelogFile =
            changelog === undefined
                ? external_node_path_.posix.join(path, 'CHANGELOG.md')
                : changelog === 'none'
                    ? undefined
                    : (0,version_files/* normalisePath */.qb)(changelog);
    }
    catch {
        throw fail(at('changelog-file'), `components.${name}.changelog-file "${changelog}" is not a file inside the repository`);
    }
    return {
        name,
        path,
        tagPrefix,
        ...(files ? { versionFiles: files } : {}),
        ...(changelogFile ? { changelogFile } : {}),
    };
}
/**
 * The components the config file declares, checked beyond what its schema can say: distinct tag
 * prefixes (a tag must say which component it releases) and linked groups of declared names.
 * Undefined when the file declares none.
 */
function readComponents(data, file, locate) {
    const declared = data['components'];
    if (!declared)
        return undefined;
    const fail = (path, text) => configError(file, locate, path, text);
    const components = Object.entries(declared).map(([name, value]) => readOne(name, value, (key) => ['components', name, key], fail));
    const byPrefix = new Map();
    for (const component of components) {
        const other = byPrefix.get(component.tagPrefix);
        if (other)
            throw fail(['components', component.name, 'tag-prefix'], `components ${other} and ${component.name} both use the tag prefix "${component.tagPrefix}": each component needs its own`);
        byPrefix.set(component.tagPrefix, component.name);
    }
    const linked = data['linked-versions'] ?? [];
    const grouped = new Set();
    linked.forEach((group, index) => {
        group.forEach((name, position) => {
            if (!(name in declared))
                throw fail(['linked-versions', index, position], `linked-versions names "${name}", which is not declared under components (declared: ${Object.keys(declared).join(', ')})`);
            if (grouped.has(name))
                throw fail(['linked-versions', index, position], `component "${name}" is in more than one linked-versions group`);
            grouped.add(name);
        });
    });
    return { components, linked };
}
/** The components named in `wanted` (all when it is empty), in the order the file declares them. */
function chooseComponents(set, wanted) {
    if (wanted.length === 0)
        return set;
    const known = set.components.map((component) => component.name);
    const unknown = wanted.filter((name) => !known.includes(name));
    if (unknown.length > 0)
        throw new errors/* ReleaseError */.K2('EINPUT', `Input "components": got "${unknown.join(', ')}", expected components declared in the config file (${known.join(', ')})`);
    // A linked group releases together: choosing one of its members chooses the group.
    const linked = set.linked.filter((group) => group.some((name) => wanted.includes(name)));
    const withLinked = new Set([...wanted, ...linked.flat()]);
    return { components: set.components.filter((component) => withLinked.has(component.name)), linked };
}

;// CONCATENATED MODULE: ./actions/bump-version/inputs.ts



const LEVELS = ['major', 'minor', 'patch', 'none'];
/**
 * `commit-types`: one type a line, `type: release[, section]` (`docs: patch, Documentation`,
 * `chore: none, hidden`), or the config file's mapping `{ docs: { release: patch, section: Documentation } }`.
 */
function parseCommitTypes(raw) {
    const trimmed = raw.trim();
    if (trimmed.startsWith('{')) {
        let parsed;
        try {
            parsed = JSON.parse(trimmed);
        }
        catch {
            throw new Invalid();
        }
        return Object.entries(parsed).map(([type, rule]) => commitTypeRule(type, rule?.release, rule?.section));
    }
    return splitList(raw, /\n/).map((line) => {
        const match = /^([\w-]+)\s*:\s*([a-z]+)?\s*(?:,\s*(.+))?$/.exec(line);
        if (!match)
            throw new Invalid(`(in line "${line}")`);
        return commitTypeRule(match[1], match[2], match[3]?.trim());
    });
}
function commitTypeRule(type, release, section) {
    if (!/^[\w-]+$/.test(type))
        throw new Invalid(`(type "${type}")`);
    if (release !== undefined && !LEVELS.includes(release))
        throw new Invalid(`(release "${release}" of ${type})`);
    return {
        type,
        ...(release ? { release: release } : {}),
        ...(section ? { section } : {}),
    };
}
/**
 * bump-version's inputs, parsed once. Those the config file (`version:` section of
 * .github/release-actions.yml) may set have their defaults here, not in action.yml.
 * `none` switches off what otherwise has a default (files, changelog, tag prefix).
 */
const BRANCH = /^(?!\/|.*\/\/|.*\.\.|.*@\{|.*[\s~^:?*[\\])[\w./-]+(?<![/.])$/;
function nonePath(raw) {
    if (raw === 'none')
        return undefined;
    try {
        return (0,version_files/* normalisePath */.qb)(raw);
    }
    catch (thrown) {
        throw new Invalid(thrown.message);
    }
}
const spec = {
    'release-type': field.choice(next_version/* RELEASE_TYPES */._E).required(),
    version: field.custom('a semantic version such as 1.4.0 or 2.0.0-rc.1', (raw) => {
        const version = (0,next_version/* normaliseVersion */.r8)(raw);
        if (!version)
            throw new Invalid();
        return version;
    }),
    preid: field.pattern(/^[0-9A-Za-z-]+$/, 'a prerelease identifier such as alpha, beta or rc (letters, digits, hyphens)'),
    'tag-prefix': field
        .custom('a tag prefix such as v or api-v (letters, digits, . _ - /), or none', (raw) => {
        if (raw === 'none')
            return '';
        if (!/^[\w./-]+$/.test(raw) || raw.startsWith('/') || refPrefixProblem(raw))
            throw new Invalid();
        return raw;
    })
        .default('v'),
    path: field.custom('a folder inside the repository', (raw) => nonePath(raw) ?? '.').default('.'),
    'version-files': field.custom('version files, one per line', (raw) => {
        const lines = splitList(raw, /\n/);
        if (lines.length === 1 && lines[0] === 'none')
            return [];
        return lines.map((line) => {
            try {
                return (0,version_files/* parseVersionFileSpec */.Rm)(line);
            }
            catch (thrown) {
                throw new Invalid(`${thrown.message} (in line "${line}")`);
            }
        });
    }),
    // '' stands for `none`, so that "not set" (the default file) stays distinguishable.
    'changelog-file': field.custom('a file inside the repository, or none', (raw) => nonePath(raw) ?? ''),
    'changelog-other': field.boolean().default(false),
    'major-on-zero': field.boolean().default(false),
    'initial-version': field
        .custom('a semantic version such as 1.0.0 or 0.1.0', (raw) => {
        const version = (0,next_version/* normaliseVersion */.r8)(raw);
        if (!version)
            throw new Invalid();
        return version;
    })
        .default('1.0.0'),
    'commit-message': field
        .text()
        .check((text) => (/\{(version|tag)\}/.test(text) ? undefined : 'a message containing {version} or {tag}'))
        .default('chore(release): {tag}'),
    'tag-message': field.text().default('{tag}'),
    'git-user-name': field.text().default('github-actions[bot]'),
    'git-user-email': field.email().default('41898282+github-actions[bot]@users.noreply.github.com'),
    'release-branch': field.boolean().default(false),
    'release-branch-from': field.pattern(BRANCH, 'a branch name such as develop').default('develop'),
    ref: field.custom('a branch name such as main', (raw) => {
        const name = raw.replace(/^refs\/heads\//, '');
        if (!BRANCH.test(name))
            throw new Invalid();
        return name;
    }),
    push: field.boolean().default(true),
    'dry-run': field.boolean().default(false),
    token: field.text('a GitHub token').secret(),
    mode: field.choice(['direct', 'pull-request', 'auto']).default('direct'),
    'pull-request-branch': field.pattern(BRANCH, 'a branch name such as release-actions--branches--main'),
    'pull-request-base': field.custom('a branch name such as main', (raw) => {
        const name = raw.replace(/^refs\/heads\//, '');
        if (!BRANCH.test(name))
            throw new Invalid();
        return name;
    }),
    'commit-types': field.custom('one type a line as type: major|minor|patch|none[, section title or hidden], such as docs: patch, Documentation', parseCommitTypes),
    'pull-request-lookups': field.integer({ min: 0, max: 1000 }).default(50),
    components: field.custom('names of components declared under components: in .github/release-actions.yml, separated by commas, or none', (raw) => {
        if (raw === 'none')
            return 'none';
        const names = splitList(raw);
        if (names.some((name) => !/^[A-Za-z0-9][\w.-]*$/.test(name)))
            throw new Invalid();
        return names;
    }),
};
/**
 * The monorepo components this run releases: those the config file declares (or the ones the
 * components input names), unless the input says none. Undefined for a single-component run.
 */
async function releasedComponents(wanted, path) {
    if (wanted === 'none')
        return undefined;
    const config = await loadConfig((0,context/* runContext */.p)().workspace);
    const declared = config ? readComponents(config.data, config.file, config.locate) : undefined;
    if (!declared) {
        if (wanted && wanted.length > 0)
            throw new errors/* InputError */.dz([
                (0,errors/* inputProblem */.oi)('components', wanted.join(', '), 'none, as .github/release-actions.yml declares no components'),
            ]);
        return undefined;
    }
    if (path !== '.')
        throw new errors/* InputError */.dz([
            (0,errors/* inputProblem */.oi)('path', path, '. (or components: none): the components declared in .github/release-actions.yml each have their own path'),
        ]);
    return chooseComponents(declared, wanted ?? []);
}
async function readBumpInputs() {
    const inputs = await readActionInputs(spec, { section: ['version'] });
    // Rules that tie two inputs together, reported like any other bad input.
    const problems = [];
    if (inputs.releaseType === 'version' && !inputs.version) {
        problems.push((0,errors/* inputProblem */.oi)('version', '', 'a semantic version such as 1.4.0 (required with release-type: version)'));
    }
    if (inputs.releaseType !== 'version' && inputs.version) {
        problems.push((0,errors/* inputProblem */.oi)('version', inputs.version, `nothing unless release-type is version (it is ${inputs.releaseType})`));
    }
    if (inputs.mode !== 'direct' && !inputs.token) {
        problems.push((0,errors/* inputProblem */.oi)('token', '', `a token (such as github.token) with mode: ${inputs.mode}, which opens the release pull request`));
    }
    if (inputs.mode === 'pull-request' && inputs.releaseBranch) {
        problems.push((0,errors/* inputProblem */.oi)('release-branch', 'true', 'false with mode: pull-request (the release pull request is the release branch)'));
    }
    if (problems.length > 0)
        throw new errors/* InputError */.dz(problems);
    const changelogFile = inputs.changelogFile === undefined
        ? external_node_path_.posix.join(inputs.path, 'CHANGELOG.md')
        : inputs.changelogFile || undefined;
    const componentSet = await releasedComponents(inputs.components, inputs.path);
    if (componentSet && inputs.releaseBranch)
        throw new errors/* InputError */.dz([
            (0,errors/* inputProblem */.oi)('release-branch', 'true', 'false for the components declared in .github/release-actions.yml (each component is tagged on the branch it is released from)'),
        ]);
    return { ...inputs, changelogFile, componentSet };
}


/***/ }),

/***/ 7689:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _packages_kit_src_index_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7924);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3751);


await (0,_packages_kit_src_index_js__WEBPACK_IMPORTED_MODULE_0__/* .runWithInputs */ .hF)(_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .readBumpInputs */ .c, () => Promise.all(/* import() */[__nccwpck_require__.e(88), __nccwpck_require__.e(771)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2771)));

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

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

/***/ 8371:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ readFileIfExists)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_util__WEBPACK_IMPORTED_MODULE_1__);


// `node:fs` and `node:util` are loaded with node itself; `node:fs/promises` would cost every step
// that reads the config file (and fails on its inputs) about 1.5 ms of start-up for its streams.
const readFile = (0,node_util__WEBPACK_IMPORTED_MODULE_1__.promisify)(node_fs__WEBPACK_IMPORTED_MODULE_0__.readFile);
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


/***/ }),

/***/ 8372:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  fz: () => (/* binding */ annotate),
  Yz: () => (/* binding */ debug),
  z3: () => (/* binding */ error),
  Os: () => (/* binding */ group),
  pq: () => (/* binding */ info),
  _o: () => (/* binding */ isDebug),
  dK: () => (/* binding */ mask),
  n0: () => (/* binding */ setOutputs),
  $e: () => (/* binding */ warning),
  Sy: () => (/* binding */ writeSummary)
});

// UNUSED EXPORTS: addPath, exportVariable, getState, logGroup, maskedValues, notice, saveState, setOutput

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
    commands_issue('group', name);
    try {
        return await body();
    }
    finally {
        commands_issue('endgroup');
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

/***/ 4649:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  _E: () => (/* binding */ RELEASE_TYPES),
  vI: () => (/* binding */ decideVersion),
  r8: () => (/* binding */ normaliseVersion)
});

// UNUSED EXPORTS: stableOf

// EXTERNAL MODULE: ./node_modules/semver/functions/diff.js
var diff = __nccwpck_require__(711);
var diff_default = /*#__PURE__*/__nccwpck_require__.n(diff);
// EXTERNAL MODULE: ./node_modules/semver/functions/gt.js
var gt = __nccwpck_require__(6599);
var gt_default = /*#__PURE__*/__nccwpck_require__.n(gt);
// EXTERNAL MODULE: ./node_modules/semver/functions/gte.js
var gte = __nccwpck_require__(1236);
var gte_default = /*#__PURE__*/__nccwpck_require__.n(gte);
// EXTERNAL MODULE: ./node_modules/semver/functions/inc.js
var inc = __nccwpck_require__(2338);
var inc_default = /*#__PURE__*/__nccwpck_require__.n(inc);
// EXTERNAL MODULE: ./node_modules/semver/functions/major.js
var major = __nccwpck_require__(8511);
var major_default = /*#__PURE__*/__nccwpck_require__.n(major);
// EXTERNAL MODULE: ./node_modules/semver/functions/parse.js
var parse = __nccwpck_require__(6353);
var parse_default = /*#__PURE__*/__nccwpck_require__.n(parse);
// EXTERNAL MODULE: ./node_modules/semver/functions/prerelease.js
var prerelease = __nccwpck_require__(5714);
var prerelease_default = /*#__PURE__*/__nccwpck_require__.n(prerelease);
// EXTERNAL MODULE: ./node_modules/semver/functions/valid.js
var valid = __nccwpck_require__(8780);
var valid_default = /*#__PURE__*/__nccwpck_require__.n(valid);
;// CONCATENATED MODULE: ./packages/versioning/src/semver.ts








/**
 * The semver functions the version inputs need, imported one by one: semver's index loads
 * every class, range and function at start-up, before a step has read its inputs.
 */
const semver = { diff: (diff_default()), gt: (gt_default()), gte: (gte_default()), inc: (inc_default()), major: (major_default()), parse: (parse_default()), prerelease: (prerelease_default()), valid: (valid_default()) };

// EXTERNAL MODULE: ./packages/kit/src/errors.ts
var errors = __nccwpck_require__(7817);
;// CONCATENATED MODULE: ./packages/versioning/src/next-version.ts


/**
 * The next version, by semver's rules. Prereleases follow the line they are on:
 * 1.2.0-rc.0 → rc.1; a new identifier starts its own counter (alpha.3 → beta.0);
 * a prerelease after a stable release starts the next version (1.1.0 → 1.2.0-rc.0);
 * `promote` turns 1.2.0-rc.1 into 1.2.0.
 */
const RELEASE_TYPES = ['auto', 'major', 'minor', 'patch', 'prerelease', 'promote', 'version'];
/** `1.2.0` for `1.2.0-rc.3`. */
function stableOf(version) {
    const parsed = semver.parse(version);
    return `${parsed.major}.${parsed.minor}.${parsed.patch}`;
}
function preidOf(version) {
    const parts = version ? semver.prerelease(version) : null;
    return parts && typeof parts[0] === 'string' ? parts[0] : undefined;
}
/** A breaking change on 0.y.z is a minor bump: semver's "anything may change" phase. */
function effectiveLevel(level, base, majorOnZero) {
    if (level === 'major' && base && semver.major(base) === 0 && !majorOnZero)
        return 'minor';
    return level;
}
function nextPrerelease(request) {
    const { last, lastStable } = request;
    const id = request.preid ?? preidOf(last) ?? 'rc';
    const level = effectiveLevel(request.level ?? 'patch', lastStable ?? last, request.majorOnZero);
    const target = lastStable ? semver.inc(lastStable, level) : stableOf(request.initialVersion);
    if (last && semver.prerelease(last)) {
        const current = stableOf(last);
        // Still on the same line: new commits do not call for a higher version than it.
        if (semver.gte(current, target)) {
            return preidOf(last) === id ? semver.inc(last, 'prerelease', id) : `${current}-${id}.0`;
        }
    }
    return `${target}-${id}.0`;
}
function promote(request) {
    const { last, lastStable, level } = request;
    if (!last || !semver.prerelease(last)) {
        throw new errors/* ReleaseError */.K2('ENOPRERELEASE', last
            ? `release-type "promote" needs a prerelease to promote, and the last release is ${last}`
            : 'release-type "promote" needs a prerelease to promote, and there is no release yet', { hint: 'Publish a prerelease first (release-type: prerelease), or pick major, minor, patch or auto.' });
    }
    const version = stableOf(last);
    if (lastStable && level) {
        const needed = semver.inc(lastStable, effectiveLevel(level, lastStable, request.majorOnZero));
        if (semver.gt(needed, version)) {
            throw new errors/* ReleaseError */.K2('EPROMOTE', `Promoting ${last} would release ${version}, but the commits since ${lastStable} call for ${needed}`, { hint: 'Publish a new prerelease of the higher version, or use release-type: auto.' });
        }
    }
    return version;
}
function appliedForExplicit(version, last) {
    if (!last)
        return 'version';
    if (semver.prerelease(last) && version === stableOf(last))
        return 'promote';
    const diff = semver.diff(last, version);
    if (diff === 'major' || diff === 'minor' || diff === 'patch')
        return diff;
    return 'prerelease';
}
function decideVersion(request) {
    const { last, releaseType } = request;
    let decision;
    switch (releaseType) {
        case 'auto': {
            if (!request.level)
                return {};
            if (!last)
                return { version: request.initialVersion, applied: request.level };
            const level = effectiveLevel(request.level, last, request.majorOnZero);
            const version = semver.inc(last, level);
            decision = {
                version,
                applied: semver.prerelease(last) && version === stableOf(last) ? 'promote' : level,
            };
            break;
        }
        case 'major':
        case 'minor':
        case 'patch':
            decision = {
                version: last ? semver.inc(last, releaseType) : request.initialVersion,
                applied: releaseType,
            };
            break;
        case 'prerelease':
            decision = { version: nextPrerelease(request), applied: 'prerelease' };
            break;
        case 'promote':
            decision = { version: promote(request), applied: 'promote' };
            break;
        case 'version':
            decision = { version: request.version, applied: appliedForExplicit(request.version, last) };
            break;
    }
    if (last && decision.version && !semver.gt(decision.version, last)) {
        throw new errors/* ReleaseError */.K2('EVERSIONORDER', `The next version ${decision.version} is not higher than the last release ${last}`, {
            hint: releaseType === 'prerelease'
                ? 'Prerelease identifiers sort alphabetically (alpha < beta < rc): pick a later preid, or promote.'
                : 'Pick a version above the last release; tags reachable from HEAD define it.',
        });
    }
    return decision;
}
/** Accepts `1.4.0` or `v1.4.0`; undefined for anything that is not a semantic version. */
function normaliseVersion(raw) {
    const text = raw.trim().replace(/^v/, '');
    return semver.valid(text) === text ? text : undefined;
}


/***/ }),

/***/ 7557:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  $N: () => (/* binding */ detectedSpecs),
  qb: () => (/* binding */ normalisePath),
  Rm: () => (/* binding */ parseVersionFileSpec),
  t: () => (/* binding */ planVersionFiles)
});

// UNUSED EXPORTS: KNOWN_FILE_LIST

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: ./packages/kit/src/files.ts
var files = __nccwpck_require__(8371);
// EXTERNAL MODULE: ./packages/kit/src/errors.ts
var errors = __nccwpck_require__(7817);
;// CONCATENATED MODULE: ./packages/versioning/src/version-files/json-locate.ts
/**
 * Finds where a value sits in JSON text, so it can be replaced in place and the
 * file keeps its indentation, key order and line endings. The text must already
 * have passed JSON.parse; this walks it once without building objects.
 */
const WHITESPACE = new Set([' ', '\t', '\n', '\r']);
class Walker {
    text;
    path;
    at = 0;
    found;
    constructor(text, path) {
        this.text = text;
        this.path = path;
    }
    skip() {
        while (this.at < this.text.length && WHITESPACE.has(this.text[this.at]))
            this.at += 1;
    }
    stringEnd(from) {
        let i = from + 1;
        while (i < this.text.length) {
            const c = this.text[i];
            if (c === '\\')
                i += 2;
            else if (c === '"')
                return i + 1;
            else
                i += 1;
        }
        return i;
    }
    /** Walks one value; `depth` is how much of the path matched on the way here (-1: off the path). */
    value(depth) {
        this.skip();
        const start = this.at;
        const c = this.text[this.at];
        if (c === '{')
            this.object(depth);
        else if (c === '[')
            this.array();
        else if (c === '"')
            this.at = this.stringEnd(this.at);
        else {
            while (this.at < this.text.length && !/[\s,\]}]/.test(this.text[this.at]))
                this.at += 1;
        }
        if (depth === this.path.length && !this.found)
            this.found = { start, end: this.at };
    }
    object(depth) {
        this.at += 1;
        this.skip();
        if (this.text[this.at] === '}') {
            this.at += 1;
            return;
        }
        while (this.at < this.text.length) {
            this.skip();
            const keyEnd = this.stringEnd(this.at);
            const key = JSON.parse(this.text.slice(this.at, keyEnd));
            this.at = keyEnd;
            this.skip();
            this.at += 1; // ':'
            const onPath = depth >= 0 && depth < this.path.length && this.path[depth] === key;
            this.value(onPath ? depth + 1 : -1);
            this.skip();
            if (this.text[this.at] === ',')
                this.at += 1;
            else {
                this.at += 1; // '}'
                return;
            }
        }
    }
    array() {
        this.at += 1;
        this.skip();
        if (this.text[this.at] === ']') {
            this.at += 1;
            return;
        }
        while (this.at < this.text.length) {
            this.value(-1);
            this.skip();
            if (this.text[this.at] === ',')
                this.at += 1;
            else {
                this.at += 1; // ']'
                return;
            }
        }
    }
}
/** The span of the value at `path` (object keys only), or undefined when absent. */
function locateJsonValue(text, path) {
    const walker = new Walker(text, path);
    walker.value(0);
    return walker.found;
}

;// CONCATENATED MODULE: ./packages/versioning/src/version-files/formats.ts


const KNOWN_FILES = [
    'package.json',
    'pyproject.toml',
    'Cargo.toml',
    'Chart.yaml',
    'VERSION',
    'gradle.properties',
];
function lineAt(text, offset) {
    let line = 1;
    for (let i = 0; i < offset && i < text.length; i += 1)
        if (text.charCodeAt(i) === 10)
            line += 1;
    return line;
}
/** EVERSIONFILE: the file cannot be read or updated. */
function fail(file, line, message, hint, code = 'EVERSIONFILE') {
    throw new errors/* ReleaseError */.K2(code, `${file}${line ? `:${line}` : ''}: ${message}`, {
        location: { file, line },
        hint,
    });
}
/** ENOVERSION: a readable file that does not hold the version (skipped when the file was only found by looking). */
const NO_VERSION = 'ENOVERSION';
function absent(file, line, message, hint) {
    fail(file, line, message, hint, NO_VERSION);
}
function replaceAt(text, start, end, value) {
    return text.slice(0, start) + value + text.slice(end);
}
function parseJson(text, file) {
    try {
        JSON.parse(text.replace(/^\uFEFF/, ''));
    }
    catch (thrown) {
        const message = thrown.message;
        const position = /position (\d+)/.exec(message);
        const line = position ? lineAt(text, Number(position[1])) : undefined;
        fail(file, line, `not valid JSON (${message.replace(/^JSON\.parse: /, '')})`);
    }
}
function setJsonString(text, path, version, file, required) {
    const span = locateJsonValue(text, path);
    if (!span) {
        if (required)
            absent(file, 1, `no "${path.join('.')}" field`);
        return text;
    }
    if (text[span.start] !== '"')
        fail(file, lineAt(text, span.start), `"${path.join('.')}" is not a string`);
    return replaceAt(text, span.start, span.end, JSON.stringify(version));
}
function packageJson(text, { file, version }) {
    parseJson(text, file);
    return setJsonString(text, ['version'], version, file, true);
}
/** Both places npm records the root package's version; lockfile v1 has only the first. */
function packageLock(text, { file, version }) {
    parseJson(text, file);
    const top = setJsonString(text, ['version'], version, file, false);
    return setJsonString(top, ['packages', '', 'version'], version, file, false);
}
/** Lines of a TOML file, each with the `[table]` it belongs to. */
function tomlLines(text) {
    const lines = [];
    let table;
    let start = 0;
    let number = 1;
    for (const line of text.split('\n')) {
        const header = /^\s*\[\s*([^[\]]+?)\s*\]\s*(#.*)?\r?$/.exec(line);
        if (header)
            table = header[1].replace(/\s*\.\s*/g, '.');
        else if (/^\s*\[\[/.test(line))
            table = `[[${line.trim()}]]`;
        lines.push({ text: line, start, table, number });
        start += line.length + 1;
        number += 1;
    }
    return lines;
}
const TOML_VERSION = /^(\s*version\s*=\s*)(["'])([^"'\n]*)\2/;
function setTomlVersion(text, tables, ctx, hint) {
    const lines = tomlLines(text);
    for (const table of tables) {
        for (const line of lines.filter((l) => l.table === table)) {
            const match = TOML_VERSION.exec(line.text);
            if (match) {
                const start = line.start + match[1].length + 1;
                return replaceAt(text, start, start + match[3].length, ctx.version);
            }
            if (/^\s*version\s*(\.\s*workspace\s*=|=\s*\{)/.test(line.text)) {
                absent(ctx.file, line.number, 'the version is inherited from the workspace', hint);
            }
            if (/^\s*dynamic\s*=.*["']version["']/.test(line.text)) {
                absent(ctx.file, line.number, `[${table}] declares the version as dynamic`, hint);
            }
        }
    }
    const first = lines.find((l) => l.table && tables.includes(l.table));
    absent(ctx.file, first?.number ?? 1, `no version = "…" in ${tables.map((t) => `[${t}]`).join(' or ')}`, hint);
}
function pyproject(text, ctx) {
    return setTomlVersion(text, ['project', 'tool.poetry'], ctx, 'List the file that holds the version instead, as file:regex (for example src/pkg/__init__.py:__version__ = "(.*)").');
}
function cargoToml(text, ctx) {
    return setTomlVersion(text, ['package', 'workspace.package'], ctx, 'List the workspace root Cargo.toml, whose [workspace.package] holds the version.');
}
/** The package's own entry in Cargo.lock: `name = "<crate>"` followed by its version. */
function cargoLock(text, ctx) {
    const pattern = new RegExp(`(\\[\\[package\\]\\]\\r?\\nname = "${ctx.crate.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"\\r?\\nversion = ")([^"]*)"`);
    const match = pattern.exec(text);
    if (!match)
        return text;
    const start = match.index + match[1].length;
    return replaceAt(text, start, start + match[2].length, ctx.version);
}
function cargoCrateName(text) {
    const line = tomlLines(text).find((l) => l.table === 'package' && /^\s*name\s*=/.test(l.text));
    return line ? /=\s*["']([^"']+)["']/.exec(line.text)?.[1] : undefined;
}
/** `version:` (required) and `appVersion:` (when present) at the top level of a Helm chart. */
function chartYaml(text, ctx) {
    let found = false;
    const out = text.replace(/^(version|appVersion)(:[ \t]*)(["']?)([^"'\s#]+)\3/gm, (_whole, key, sep, quote) => {
        if (key === 'version')
            found = true;
        return `${key}${sep}${quote}${ctx.version}${quote}`;
    });
    if (!found)
        absent(ctx.file, 1, 'no top-level "version:" key');
    return out;
}
function versionFile(text, ctx) {
    const match = /^(\s*)(v?)(\S+)(\s*)$/.exec(text);
    if (!match || !/^\d+\.\d+\.\d+/.test(match[3])) {
        fail(ctx.file, 1, `expected a version such as 1.4.0, found "${text.trim().slice(0, 40)}"`);
    }
    return `${match[1]}${match[2]}${ctx.version}${match[4]}`;
}
function gradleProperties(text, ctx) {
    const match = /^([ \t]*version[ \t]*[=:][ \t]*)(.*?)([ \t]*)$/m.exec(text);
    if (!match)
        absent(ctx.file, 1, 'no "version=" property');
    const start = match.index + match[1].length;
    return replaceAt(text, start, start + match[2].length, ctx.version);
}
/** Every match's first group (or group `version`) becomes the version. */
function regexFile(text, ctx) {
    const source = ctx.pattern;
    const pattern = new RegExp(source.source, source.flags.includes('d') ? source.flags : `${source.flags}d`);
    let out = '';
    let last = 0;
    let count = 0;
    for (const match of text.matchAll(pattern)) {
        const indices = match.indices;
        const span = indices.groups?.['version'] ?? indices[1];
        if (!span)
            continue;
        out += text.slice(last, span[0]) + ctx.version;
        last = span[1];
        count += 1;
    }
    if (count === 0)
        fail(ctx.file, undefined, `the pattern /${source.source}/ matches nothing`);
    return out + text.slice(last);
}
const EDITORS = {
    'package.json': packageJson,
    'package-lock.json': packageLock,
    'pyproject.toml': pyproject,
    'Cargo.toml': cargoToml,
    'Chart.yaml': chartYaml,
    VERSION: versionFile,
    'gradle.properties': gradleProperties,
    regex: regexFile,
};

;// CONCATENATED MODULE: ./packages/versioning/src/version-files/index.ts



const KNOWN_FILE_LIST = KNOWN_FILES.join(', ');
/** `path/package.json`, or `path/to/file:regex` for any other file; throws a message saying what is expected. */
function parseVersionFileSpec(raw) {
    const colon = raw.indexOf(':');
    if (colon > 0) {
        const path = raw.slice(0, colon).trim();
        const source = raw.slice(colon + 1);
        let pattern;
        try {
            pattern = new RegExp(source, 'gm');
        }
        catch (thrown) {
            throw new Error(`file:regex with a valid regular expression (${thrown.message})`);
        }
        if (!/\((?!\?[:=!<])|\(\?<version>/.test(source)) {
            throw new Error('file:regex whose regular expression captures the version in a group, e.g. VERSION = "(.*)"');
        }
        return { path: normalisePath(path), kind: 'regex', pattern, explicit: true };
    }
    const kind = (0,external_node_path_.basename)(raw.trim());
    if (!KNOWN_FILES.includes(kind)) {
        throw new Error(`one of ${KNOWN_FILE_LIST} (in any folder), or file:regex for any other file`);
    }
    return { path: normalisePath(raw.trim()), kind, explicit: true };
}
function normalisePath(path) {
    const clean = external_node_path_.posix
        .normalize(path.replace(/\\/g, '/'))
        .replace(/^\.\/+/, '')
        .replace(/\/+$/, '');
    if (clean.startsWith('../') || clean === '..' || clean.startsWith('/')) {
        throw new Error('a path inside the repository');
    }
    return clean === '' ? '.' : clean;
}
/** The known files present in the component folder, used when `version-files` is not set. */
function detectedSpecs(componentPath) {
    return KNOWN_FILES.map((kind) => ({ path: external_node_path_.posix.join(componentPath, kind), kind, explicit: false }));
}
async function planVersionFiles(root, specs, version) {
    const plan = { edits: [], skipped: [], files: [] };
    const add = (path, before, after) => {
        plan.files.push(path);
        if (after !== before)
            plan.edits.push({ path, before, after });
    };
    for (const spec of specs) {
        const before = await (0,files/* readFileIfExists */.Q)((0,external_node_path_.join)(root, spec.path));
        if (before === undefined) {
            if (spec.explicit) {
                throw new errors/* ReleaseError */.K2('EVERSIONFILE', `${spec.path}: no such file`, {
                    location: { file: spec.path },
                    hint: 'version-files paths are relative to the repository root.',
                });
            }
            continue;
        }
        let after;
        try {
            after = EDITORS[spec.kind](before, { file: spec.path, version, pattern: spec.pattern });
        }
        catch (thrown) {
            // A file found by looking may simply not be where this project keeps its version;
            // one that cannot be read is an error either way.
            if (spec.explicit || !(thrown instanceof errors/* ReleaseError */.K2) || thrown.code !== NO_VERSION)
                throw thrown;
            plan.skipped.push(thrown.message);
            continue;
        }
        add(spec.path, before, after);
        await planCompanion(root, spec, before, version, add);
    }
    return plan;
}
/** The lock file next to a manifest records the same version; keep them in step. */
async function planCompanion(root, spec, manifest, version, add) {
    const folder = (0,external_node_path_.dirname)(spec.path);
    if (spec.kind === 'package.json') {
        const path = external_node_path_.posix.join(folder, 'package-lock.json');
        const before = await (0,files/* readFileIfExists */.Q)((0,external_node_path_.join)(root, path));
        if (before !== undefined)
            add(path, before, EDITORS['package-lock.json'](before, { file: path, version }));
    }
    if (spec.kind === 'Cargo.toml') {
        const crate = cargoCrateName(manifest);
        const path = external_node_path_.posix.join(folder, 'Cargo.lock');
        const before = crate ? await (0,files/* readFileIfExists */.Q)((0,external_node_path_.join)(root, path)) : undefined;
        if (crate && before !== undefined)
            add(path, before, cargoLock(before, { file: path, version, crate }));
    }
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

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

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

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

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

/***/ 5574:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 3557:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");

/***/ }),

/***/ 2375:
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
/******/ var __webpack_exports__ = __nccwpck_require__(7689);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
