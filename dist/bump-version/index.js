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

/***/ 9379:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const ANY = Symbol('SemVer ANY')
// hoisted class for cyclic dependency
class Comparator {
  static get ANY () {
    return ANY
  }

  constructor (comp, options) {
    options = parseOptions(options)

    if (comp instanceof Comparator) {
      if (comp.loose === !!options.loose) {
        return comp
      } else {
        comp = comp.value
      }
    }

    comp = comp.trim().split(/\s+/).join(' ')
    debug('comparator', comp, options)
    this.options = options
    this.loose = !!options.loose
    this.parse(comp)

    if (this.semver === ANY) {
      this.value = ''
    } else {
      this.value = this.operator + this.semver.version
    }

    debug('comp', this)
  }

  parse (comp) {
    const r = this.options.loose ? re[t.COMPARATORLOOSE] : re[t.COMPARATOR]
    const m = comp.match(r)

    if (!m) {
      throw new TypeError(`Invalid comparator: ${comp}`)
    }

    this.operator = m[1] !== undefined ? m[1] : ''
    if (this.operator === '=') {
      this.operator = ''
    }

    // if it literally is just '>' or '' then allow anything.
    if (!m[2]) {
      this.semver = ANY
    } else {
      this.semver = new SemVer(m[2], this.options.loose)
    }
  }

  toString () {
    return this.value
  }

  test (version) {
    debug('Comparator.test', version, this.options.loose)

    if (this.semver === ANY || version === ANY) {
      return true
    }

    if (typeof version === 'string') {
      try {
        version = new SemVer(version, this.options)
      } catch (er) {
        return false
      }
    }

    return cmp(version, this.operator, this.semver, this.options)
  }

  intersects (comp, options) {
    if (!(comp instanceof Comparator)) {
      throw new TypeError('a Comparator is required')
    }

    if (this.operator === '') {
      if (this.value === '') {
        return true
      }
      return new Range(comp.value, options).test(this.value)
    } else if (comp.operator === '') {
      if (comp.value === '') {
        return true
      }
      return new Range(this.value, options).test(comp.semver)
    }

    options = parseOptions(options)

    // Special cases where nothing can possibly be lower
    if (options.includePrerelease &&
      (this.value === '<0.0.0-0' || comp.value === '<0.0.0-0')) {
      return false
    }
    if (!options.includePrerelease &&
      (this.value.startsWith('<0.0.0') || comp.value.startsWith('<0.0.0'))) {
      return false
    }

    // Same direction increasing (> or >=)
    if (this.operator.startsWith('>') && comp.operator.startsWith('>')) {
      return true
    }
    // Same direction decreasing (< or <=)
    if (this.operator.startsWith('<') && comp.operator.startsWith('<')) {
      return true
    }
    // same SemVer and both sides are inclusive (<= or >=)
    if (
      (this.semver.version === comp.semver.version) &&
      this.operator.includes('=') && comp.operator.includes('=')) {
      return true
    }
    // opposite directions less than
    if (cmp(this.semver, '<', comp.semver, options) &&
      this.operator.startsWith('>') && comp.operator.startsWith('<')) {
      return true
    }
    // opposite directions greater than
    if (cmp(this.semver, '>', comp.semver, options) &&
      this.operator.startsWith('<') && comp.operator.startsWith('>')) {
      return true
    }
    return false
  }
}

module.exports = Comparator

const parseOptions = __nccwpck_require__(356)
const { safeRe: re, t } = __nccwpck_require__(5471)
const cmp = __nccwpck_require__(8646)
const debug = __nccwpck_require__(1159)
const SemVer = __nccwpck_require__(7163)
const Range = __nccwpck_require__(6782)


/***/ }),

/***/ 6782:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SPACE_CHARACTERS = /\s+/g

// hoisted class for cyclic dependency
class Range {
  constructor (range, options) {
    options = parseOptions(options)

    if (range instanceof Range) {
      if (
        range.loose === !!options.loose &&
        range.includePrerelease === !!options.includePrerelease
      ) {
        return range
      } else {
        return new Range(range.raw, options)
      }
    }

    if (range instanceof Comparator) {
      // just put it in the set and return
      this.raw = range.value
      this.set = [[range]]
      this.formatted = undefined
      return this
    }

    this.options = options
    this.loose = !!options.loose
    this.includePrerelease = !!options.includePrerelease

    // First reduce all whitespace as much as possible so we do not have to rely
    // on potentially slow regexes like \s*. This is then stored and used for
    // future error messages as well.
    this.raw = range.trim().replace(SPACE_CHARACTERS, ' ')

    // First, split on ||
    this.set = this.raw
      .split('||')
      // map the range to a 2d array of comparators
      .map(r => this.parseRange(r.trim()))
      // throw out any comparator lists that are empty
      // this generally means that it was not a valid range, which is allowed
      // in loose mode, but will still throw if the WHOLE range is invalid.
      .filter(c => c.length)

    if (!this.set.length) {
      throw new TypeError(`Invalid SemVer Range: ${this.raw}`)
    }

    // if we have any that are not the null set, throw out null sets.
    if (this.set.length > 1) {
      // keep the first one, in case they're all null sets
      const first = this.set[0]
      this.set = this.set.filter(c => !isNullSet(c[0]))
      if (this.set.length === 0) {
        this.set = [first]
      } else if (this.set.length > 1) {
        // if we have any that are *, then the range is just *
        for (const c of this.set) {
          if (c.length === 1 && isAny(c[0])) {
            this.set = [c]
            break
          }
        }
      }
    }

    this.formatted = undefined
  }

  get range () {
    if (this.formatted === undefined) {
      this.formatted = ''
      for (let i = 0; i < this.set.length; i++) {
        if (i > 0) {
          this.formatted += '||'
        }
        const comps = this.set[i]
        for (let k = 0; k < comps.length; k++) {
          if (k > 0) {
            this.formatted += ' '
          }
          this.formatted += comps[k].toString().trim()
        }
      }
    }
    return this.formatted
  }

  format () {
    return this.range
  }

  toString () {
    return this.range
  }

  parseRange (range) {
    // strip build metadata so it can't bleed into the version
    range = range.replace(BUILDSTRIPRE, '')

    // memoize range parsing for performance.
    // this is a very hot path, and fully deterministic.
    const memoOpts =
      (this.options.includePrerelease && FLAG_INCLUDE_PRERELEASE) |
      (this.options.loose && FLAG_LOOSE)
    const memoKey = memoOpts + ':' + range
    const cached = cache.get(memoKey)
    if (cached) {
      return cached
    }

    const loose = this.options.loose
    // `1.2.3 - 1.2.4` => `>=1.2.3 <=1.2.4`
    const hr = loose ? re[t.HYPHENRANGELOOSE] : re[t.HYPHENRANGE]
    range = range.replace(hr, hyphenReplace(this.options.includePrerelease))
    debug('hyphen replace', range)

    // `> 1.2.3 < 1.2.5` => `>1.2.3 <1.2.5`
    range = trimComparatorWhitespace(range)
    debug('comparator trim', range)

    // `~ 1.2.3` => `~1.2.3`
    range = range.replace(re[t.TILDETRIM], tildeTrimReplace)
    debug('tilde trim', range)

    // `^ 1.2.3` => `^1.2.3`
    range = range.replace(re[t.CARETTRIM], caretTrimReplace)
    debug('caret trim', range)

    // At this point, the range is completely trimmed and
    // ready to be split into comparators.

    let rangeList = range
      .split(' ')
      .map(comp => parseComparator(comp, this.options))
      .join(' ')
      .split(/\s+/)
      // >=0.0.0 is equivalent to *
      .map(comp => replaceGTE0(comp, this.options))

    if (loose) {
      // in loose mode, throw out any that are not valid comparators
      rangeList = rangeList.filter(comp => {
        debug('loose invalid filter', comp, this.options)
        return !!comp.match(re[t.COMPARATORLOOSE])
      })
    }
    debug('range list', rangeList)

    // if any comparators are the null set, then replace with JUST null set
    // if more than one comparator, remove any * comparators
    // also, don't include the same comparator more than once
    const rangeMap = new Map()
    const comparators = rangeList.map(comp => new Comparator(comp, this.options))
    for (const comp of comparators) {
      if (isNullSet(comp)) {
        return [comp]
      }
      rangeMap.set(comp.value, comp)
    }
    if (rangeMap.size > 1 && rangeMap.has('')) {
      rangeMap.delete('')
    }

    const result = [...rangeMap.values()]
    cache.set(memoKey, result)
    return result
  }

  intersects (range, options) {
    if (!(range instanceof Range)) {
      throw new TypeError('a Range is required')
    }

    return this.set.some((thisComparators) => {
      return (
        isSatisfiable(thisComparators, options) &&
        range.set.some((rangeComparators) => {
          return (
            isSatisfiable(rangeComparators, options) &&
            thisComparators.every((thisComparator) => {
              return rangeComparators.every((rangeComparator) => {
                return thisComparator.intersects(rangeComparator, options)
              })
            })
          )
        })
      )
    })
  }

  // if ANY of the sets match ALL of its comparators, then pass
  test (version) {
    if (!version) {
      return false
    }

    if (typeof version === 'string') {
      try {
        version = new SemVer(version, this.options)
      } catch (er) {
        return false
      }
    }

    for (let i = 0; i < this.set.length; i++) {
      if (testSet(this.set[i], version, this.options)) {
        return true
      }
    }
    return false
  }
}

module.exports = Range

const LRU = __nccwpck_require__(1383)
const cache = new LRU()

const parseOptions = __nccwpck_require__(356)
const Comparator = __nccwpck_require__(9379)
const debug = __nccwpck_require__(1159)
const SemVer = __nccwpck_require__(7163)
const trimComparatorWhitespace = __nccwpck_require__(9737)
const {
  safeRe: re,
  src,
  t,
  tildeTrimReplace,
  caretTrimReplace,
} = __nccwpck_require__(5471)
const { FLAG_INCLUDE_PRERELEASE, FLAG_LOOSE } = __nccwpck_require__(5101)

// unbounded global build-metadata stripper used by parseRange
const BUILDSTRIPRE = new RegExp(src[t.BUILD], 'g')

const isNullSet = c => c.value === '<0.0.0-0'
const isAny = c => c.value === ''

// take a set of comparators and determine whether there
// exists a version which can satisfy it
const isSatisfiable = (comparators, options) => {
  let result = true
  const remainingComparators = comparators.slice()
  let testComparator = remainingComparators.pop()

  while (result && remainingComparators.length) {
    result = remainingComparators.every((otherComparator) => {
      return testComparator.intersects(otherComparator, options)
    })

    testComparator = remainingComparators.pop()
  }

  return result
}

// comprised of xranges, tildes, stars, and gtlt's at this point.
// already replaced the hyphen ranges
// turn into a set of JUST comparators.
const parseComparator = (comp, options) => {
  comp = comp.replace(re[t.BUILD], '')
  debug('comp', comp, options)
  comp = replaceCarets(comp, options)
  debug('caret', comp)
  comp = replaceTildes(comp, options)
  debug('tildes', comp)
  comp = replaceXRanges(comp, options)
  debug('xrange', comp)
  comp = replaceStars(comp, options)
  debug('stars', comp)
  return comp
}

const isX = id => !id || id.toLowerCase() === 'x' || id === '*'

const invalidXRangeOrder = (M, m, p) => (
  (isX(M) && !isX(m)) ||
  (isX(m) && p && !isX(p))
)

// ~, ~> --> * (any, kinda silly)
// ~2, ~2.x, ~2.x.x, ~>2, ~>2.x ~>2.x.x --> >=2.0.0 <3.0.0-0
// ~2.0, ~2.0.x, ~>2.0, ~>2.0.x --> >=2.0.0 <2.1.0-0
// ~1.2, ~1.2.x, ~>1.2, ~>1.2.x --> >=1.2.0 <1.3.0-0
// ~1.2.3, ~>1.2.3 --> >=1.2.3 <1.3.0-0
// ~1.2.0, ~>1.2.0 --> >=1.2.0 <1.3.0-0
// ~0.0.1 --> >=0.0.1 <0.1.0-0
const replaceTildes = (comp, options) => {
  return comp
    .trim()
    .split(/\s+/)
    .map((c) => replaceTilde(c, options))
    .join(' ')
}

const replaceTilde = (comp, options) => {
  const r = options.loose ? re[t.TILDELOOSE] : re[t.TILDE]
  // if we're including prereleases in the match, then the lower bound is
  // -0, the lowest possible prerelease value, just like x-ranges and carets.
  // this keeps `~1.2` equivalent to the `1.2.x` x-range it's documented as.
  const z = options.includePrerelease ? '-0' : ''
  return comp.replace(r, (_, M, m, p, pr) => {
    debug('tilde', comp, _, M, m, p, pr)
    let ret

    if (isX(M)) {
      ret = ''
    } else if (isX(m)) {
      ret = `>=${M}.0.0${z} <${+M + 1}.0.0-0`
    } else if (isX(p)) {
      // ~1.2 == >=1.2.0 <1.3.0-0
      ret = `>=${M}.${m}.0${z} <${M}.${+m + 1}.0-0`
    } else if (pr) {
      debug('replaceTilde pr', pr)
      ret = `>=${M}.${m}.${p}-${pr
      } <${M}.${+m + 1}.0-0`
    } else {
      // ~1.2.3 == >=1.2.3 <1.3.0-0
      ret = `>=${M}.${m}.${p
      } <${M}.${+m + 1}.0-0`
    }

    debug('tilde return', ret)
    return ret
  })
}

// ^ --> * (any, kinda silly)
// ^2, ^2.x, ^2.x.x --> >=2.0.0 <3.0.0-0
// ^2.0, ^2.0.x --> >=2.0.0 <3.0.0-0
// ^1.2, ^1.2.x --> >=1.2.0 <2.0.0-0
// ^1.2.3 --> >=1.2.3 <2.0.0-0
// ^1.2.0 --> >=1.2.0 <2.0.0-0
// ^0.0.1 --> >=0.0.1 <0.0.2-0
// ^0.1.0 --> >=0.1.0 <0.2.0-0
const replaceCarets = (comp, options) => {
  return comp
    .trim()
    .split(/\s+/)
    .map((c) => replaceCaret(c, options))
    .join(' ')
}

const replaceCaret = (comp, options) => {
  debug('caret', comp, options)
  const r = options.loose ? re[t.CARETLOOSE] : re[t.CARET]
  const z = options.includePrerelease ? '-0' : ''
  return comp.replace(r, (_, M, m, p, pr) => {
    debug('caret', comp, _, M, m, p, pr)
    let ret

    if (isX(M)) {
      ret = ''
    } else if (isX(m)) {
      ret = `>=${M}.0.0${z} <${+M + 1}.0.0-0`
    } else if (isX(p)) {
      if (M === '0') {
        ret = `>=${M}.${m}.0${z} <${M}.${+m + 1}.0-0`
      } else {
        ret = `>=${M}.${m}.0${z} <${+M + 1}.0.0-0`
      }
    } else if (pr) {
      debug('replaceCaret pr', pr)
      if (M === '0') {
        if (m === '0') {
          ret = `>=${M}.${m}.${p}-${pr
          } <${M}.${m}.${+p + 1}-0`
        } else {
          ret = `>=${M}.${m}.${p}-${pr
          } <${M}.${+m + 1}.0-0`
        }
      } else {
        ret = `>=${M}.${m}.${p}-${pr
        } <${+M + 1}.0.0-0`
      }
    } else {
      debug('no pr')
      if (M === '0') {
        if (m === '0') {
          ret = `>=${M}.${m}.${p
          } <${M}.${m}.${+p + 1}-0`
        } else {
          ret = `>=${M}.${m}.${p
          } <${M}.${+m + 1}.0-0`
        }
      } else {
        ret = `>=${M}.${m}.${p
        } <${+M + 1}.0.0-0`
      }
    }

    debug('caret return', ret)
    return ret
  })
}

const replaceXRanges = (comp, options) => {
  debug('replaceXRanges', comp, options)
  return comp
    .split(/\s+/)
    .map((c) => replaceXRange(c, options))
    .join(' ')
}

const replaceXRange = (comp, options) => {
  comp = comp.trim()
  const r = options.loose ? re[t.XRANGELOOSE] : re[t.XRANGE]
  return comp.replace(r, (ret, gtlt, M, m, p, pr) => {
    debug('xRange', comp, ret, gtlt, M, m, p, pr)
    if (invalidXRangeOrder(M, m, p)) {
      return comp
    }

    const xM = isX(M)
    const xm = xM || isX(m)
    const xp = xm || isX(p)
    const anyX = xp

    if (gtlt === '=' && anyX) {
      gtlt = ''
    }

    // if we're including prereleases in the match, then we need
    // to fix this to -0, the lowest possible prerelease value
    pr = options.includePrerelease ? '-0' : ''

    if (xM) {
      if (gtlt === '>' || gtlt === '<') {
        // nothing is allowed
        ret = '<0.0.0-0'
      } else {
        // nothing is forbidden
        ret = '*'
      }
    } else if (gtlt && anyX) {
      // we know patch is an x, because we have any x at all.
      // replace X with 0
      if (xm) {
        m = 0
      }
      p = 0

      if (gtlt === '>') {
        // >1 => >=2.0.0
        // >1.2 => >=1.3.0
        gtlt = '>='
        if (xm) {
          M = +M + 1
          m = 0
          p = 0
        } else {
          m = +m + 1
          p = 0
        }
      } else if (gtlt === '<=') {
        // <=0.7.x is actually <0.8.0, since any 0.7.x should
        // pass.  Similarly, <=7.x is actually <8.0.0, etc.
        gtlt = '<'
        if (xm) {
          M = +M + 1
        } else {
          m = +m + 1
        }
      }

      if (gtlt === '<') {
        pr = '-0'
      }

      ret = `${gtlt + M}.${m}.${p}${pr}`
    } else if (xm) {
      ret = `>=${M}.0.0${pr} <${+M + 1}.0.0-0`
    } else if (xp) {
      ret = `>=${M}.${m}.0${pr
      } <${M}.${+m + 1}.0-0`
    }

    debug('xRange return', ret)

    return ret
  })
}

// Because * is AND-ed with everything else in the comparator,
// and '' means "any version", just remove the *s entirely.
const replaceStars = (comp, options) => {
  debug('replaceStars', comp, options)
  // Looseness is ignored here.  star is always as loose as it gets!
  return comp
    .trim()
    .replace(re[t.STAR], '')
}

const replaceGTE0 = (comp, options) => {
  debug('replaceGTE0', comp, options)
  return comp
    .trim()
    .replace(re[options.includePrerelease ? t.GTE0PRE : t.GTE0], '')
}

// This function is passed to string.replace(re[t.HYPHENRANGE])
// M, m, patch, prerelease, build
// 1.2 - 3.4.5 => >=1.2.0 <=3.4.5
// 1.2.3 - 3.4 => >=1.2.0 <3.5.0-0 Any 3.4.x will do
// 1.2 - 3.4 => >=1.2.0 <3.5.0-0
// TODO build?
const hyphenReplace = incPr => ($0,
  from, fM, fm, fp, fpr, fb,
  to, tM, tm, tp, tpr) => {
  if (isX(fM)) {
    from = ''
  } else if (isX(fm)) {
    from = `>=${fM}.0.0${incPr ? '-0' : ''}`
  } else if (isX(fp)) {
    from = `>=${fM}.${fm}.0${incPr ? '-0' : ''}`
  } else if (fpr) {
    from = `>=${from}`
  } else {
    from = `>=${from}${incPr ? '-0' : ''}`
  }

  if (isX(tM)) {
    to = ''
  } else if (isX(tm)) {
    to = `<${+tM + 1}.0.0-0`
  } else if (isX(tp)) {
    to = `<${tM}.${+tm + 1}.0-0`
  } else if (tpr) {
    to = `<=${tM}.${tm}.${tp}-${tpr}`
  } else if (incPr) {
    to = `<${tM}.${tm}.${+tp + 1}-0`
  } else {
    to = `<=${to}`
  }

  return `${from} ${to}`.trim()
}

const testSet = (set, version, options) => {
  for (let i = 0; i < set.length; i++) {
    if (!set[i].test(version)) {
      return false
    }
  }

  if (version.prerelease.length && !options.includePrerelease) {
    // Find the set of versions that are allowed to have prereleases
    // For example, ^1.2.3-pr.1 desugars to >=1.2.3-pr.1 <2.0.0
    // That should allow `1.2.3-pr.2` to pass.
    // However, `1.2.4-alpha.notready` should NOT be allowed,
    // even though it's within the range set by the comparators.
    for (let i = 0; i < set.length; i++) {
      debug(set[i].semver)
      if (set[i].semver === Comparator.ANY) {
        continue
      }

      if (set[i].semver.prerelease.length > 0) {
        const allowed = set[i].semver
        if (allowed.major === version.major &&
            allowed.minor === version.minor &&
            allowed.patch === version.patch) {
          return true
        }
      }
    }

    // Version has a -pre, but it's not one of the ones we like.
    return false
  }

  return true
}


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

/***/ 1799:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const parse = __nccwpck_require__(6353)
const clean = (version, options) => {
  const s = parse(version.trim().replace(/^[=v]+/, ''), options)
  return s ? s.version : null
}
module.exports = clean


/***/ }),

/***/ 8646:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const eq = __nccwpck_require__(5082)
const neq = __nccwpck_require__(4974)
const gt = __nccwpck_require__(6599)
const gte = __nccwpck_require__(1236)
const lt = __nccwpck_require__(3872)
const lte = __nccwpck_require__(6717)

const cmp = (a, op, b, loose) => {
  switch (op) {
    case '===':
      if (typeof a === 'object') {
        a = a.version
      }
      if (typeof b === 'object') {
        b = b.version
      }
      return a === b

    case '!==':
      if (typeof a === 'object') {
        a = a.version
      }
      if (typeof b === 'object') {
        b = b.version
      }
      return a !== b

    case '':
    case '=':
    case '==':
      return eq(a, b, loose)

    case '!=':
      return neq(a, b, loose)

    case '>':
      return gt(a, b, loose)

    case '>=':
      return gte(a, b, loose)

    case '<':
      return lt(a, b, loose)

    case '<=':
      return lte(a, b, loose)

    default:
      throw new TypeError(`Invalid operator: ${op}`)
  }
}
module.exports = cmp


/***/ }),

/***/ 5385:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const parse = __nccwpck_require__(6353)
const { safeRe: re, t } = __nccwpck_require__(5471)

const coerce = (version, options) => {
  if (version instanceof SemVer) {
    return version
  }

  if (typeof version === 'number') {
    version = String(version)
  }

  if (typeof version !== 'string') {
    return null
  }

  options = options || {}

  let match = null
  if (!options.rtl) {
    match = version.match(options.includePrerelease ? re[t.COERCEFULL] : re[t.COERCE])
  } else {
    // Find the right-most coercible string that does not share
    // a terminus with a more left-ward coercible string.
    // Eg, '1.2.3.4' wants to coerce '2.3.4', not '3.4' or '4'
    // With includePrerelease option set, '1.2.3.4-rc' wants to coerce '2.3.4-rc', not '2.3.4'
    //
    // Walk through the string checking with a /g regexp
    // Manually set the index so as to pick up overlapping matches.
    // Stop when we get a match that ends at the string end, since no
    // coercible string can be more right-ward without the same terminus.
    const coerceRtlRegex = options.includePrerelease ? re[t.COERCERTLFULL] : re[t.COERCERTL]
    let next
    while ((next = coerceRtlRegex.exec(version)) &&
        (!match || match.index + match[0].length !== version.length)
    ) {
      if (!match ||
            next.index + next[0].length !== match.index + match[0].length) {
        match = next
      }
      coerceRtlRegex.lastIndex = next.index + next[1].length + next[2].length
    }
    // leave it in a clean state
    coerceRtlRegex.lastIndex = -1
  }

  if (match === null) {
    return null
  }

  const major = match[2]
  const minor = match[3] || '0'
  const patch = match[4] || '0'
  const prerelease = options.includePrerelease && match[5] ? `-${match[5]}` : ''
  const build = options.includePrerelease && match[6] ? `+${match[6]}` : ''

  return parse(`${major}.${minor}.${patch}${prerelease}${build}`, options)
}
module.exports = coerce


/***/ }),

/***/ 7648:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const compareBuild = (a, b, loose) => {
  const versionA = new SemVer(a, loose)
  const versionB = new SemVer(b, loose)
  return versionA.compare(versionB) || versionA.compareBuild(versionB)
}
module.exports = compareBuild


/***/ }),

/***/ 6874:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(8469)
const compareLoose = (a, b) => compare(a, b, true)
module.exports = compareLoose


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

/***/ 5082:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(8469)
const eq = (a, b, loose) => compare(a, b, loose) === 0
module.exports = eq


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

/***/ 3872:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(8469)
const lt = (a, b, loose) => compare(a, b, loose) < 0
module.exports = lt


/***/ }),

/***/ 6717:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(8469)
const lte = (a, b, loose) => compare(a, b, loose) <= 0
module.exports = lte


/***/ }),

/***/ 8511:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const major = (a, loose) => new SemVer(a, loose).major
module.exports = major


/***/ }),

/***/ 2603:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const minor = (a, loose) => new SemVer(a, loose).minor
module.exports = minor


/***/ }),

/***/ 4974:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(8469)
const neq = (a, b, loose) => compare(a, b, loose) !== 0
module.exports = neq


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

/***/ 8756:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const patch = (a, loose) => new SemVer(a, loose).patch
module.exports = patch


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

/***/ 2173:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(8469)
const rcompare = (a, b, loose) => compare(b, a, loose)
module.exports = rcompare


/***/ }),

/***/ 7192:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compareBuild = __nccwpck_require__(7648)
const rsort = (list, loose) => list.sort((a, b) => compareBuild(b, a, loose))
module.exports = rsort


/***/ }),

/***/ 8011:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const Range = __nccwpck_require__(6782)
const satisfies = (version, range, options) => {
  try {
    range = new Range(range, options)
  } catch (er) {
    return false
  }
  return range.test(version)
}
module.exports = satisfies


/***/ }),

/***/ 9872:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compareBuild = __nccwpck_require__(7648)
const sort = (list, loose) => list.sort((a, b) => compareBuild(a, b, loose))
module.exports = sort


/***/ }),

/***/ 6114:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const parse = __nccwpck_require__(6353)
const constants = __nccwpck_require__(5101)
const SemVer = __nccwpck_require__(7163)

const truncate = (version, truncation, options) => {
  if (!constants.RELEASE_TYPES.includes(truncation)) {
    return null
  }

  const clonedVersion = cloneInputVersion(version, options)
  return clonedVersion && doTruncation(clonedVersion, truncation)
}

const cloneInputVersion = (version, options) => {
  const versionStringToParse = (
    version instanceof SemVer ? version.version : version
  )

  return parse(versionStringToParse, options)
}

const doTruncation = (version, truncation) => {
  if (isPrerelease(truncation)) {
    return version.version
  }

  version.prerelease = []

  switch (truncation) {
    case 'major':
      version.minor = 0
      version.patch = 0
      break
    case 'minor':
      version.patch = 0
      break
  }

  return version.format()
}

const isPrerelease = (type) => {
  return type.startsWith('pre')
}

module.exports = truncate


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

/***/ 2088:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



// just pre-load all the stuff that index.js lazily exports
const internalRe = __nccwpck_require__(5471)
const constants = __nccwpck_require__(5101)
const SemVer = __nccwpck_require__(7163)
const identifiers = __nccwpck_require__(3348)
const parse = __nccwpck_require__(6353)
const valid = __nccwpck_require__(8780)
const clean = __nccwpck_require__(1799)
const inc = __nccwpck_require__(2338)
const diff = __nccwpck_require__(711)
const major = __nccwpck_require__(8511)
const minor = __nccwpck_require__(2603)
const patch = __nccwpck_require__(8756)
const prerelease = __nccwpck_require__(5714)
const compare = __nccwpck_require__(8469)
const rcompare = __nccwpck_require__(2173)
const compareLoose = __nccwpck_require__(6874)
const compareBuild = __nccwpck_require__(7648)
const sort = __nccwpck_require__(9872)
const rsort = __nccwpck_require__(7192)
const gt = __nccwpck_require__(6599)
const lt = __nccwpck_require__(3872)
const eq = __nccwpck_require__(5082)
const neq = __nccwpck_require__(4974)
const gte = __nccwpck_require__(1236)
const lte = __nccwpck_require__(6717)
const cmp = __nccwpck_require__(8646)
const coerce = __nccwpck_require__(5385)
const truncate = __nccwpck_require__(6114)
const Comparator = __nccwpck_require__(9379)
const Range = __nccwpck_require__(6782)
const satisfies = __nccwpck_require__(8011)
const toComparators = __nccwpck_require__(4750)
const maxSatisfying = __nccwpck_require__(3193)
const minSatisfying = __nccwpck_require__(8595)
const minVersion = __nccwpck_require__(1866)
const validRange = __nccwpck_require__(4737)
const outside = __nccwpck_require__(280)
const gtr = __nccwpck_require__(2276)
const ltr = __nccwpck_require__(5213)
const intersects = __nccwpck_require__(3465)
const simplifyRange = __nccwpck_require__(2028)
const subset = __nccwpck_require__(1489)
module.exports = {
  parse,
  valid,
  clean,
  inc,
  diff,
  major,
  minor,
  patch,
  prerelease,
  compare,
  rcompare,
  compareLoose,
  compareBuild,
  sort,
  rsort,
  gt,
  lt,
  eq,
  neq,
  gte,
  lte,
  cmp,
  coerce,
  truncate,
  Comparator,
  Range,
  satisfies,
  toComparators,
  maxSatisfying,
  minSatisfying,
  minVersion,
  validRange,
  outside,
  gtr,
  ltr,
  intersects,
  simplifyRange,
  subset,
  SemVer,
  re: internalRe.re,
  src: internalRe.src,
  tokens: internalRe.t,
  SEMVER_SPEC_VERSION: constants.SEMVER_SPEC_VERSION,
  RELEASE_TYPES: constants.RELEASE_TYPES,
  compareIdentifiers: identifiers.compareIdentifiers,
  rcompareIdentifiers: identifiers.rcompareIdentifiers,
}


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

/***/ 1383:
/***/ ((module) => {



class LRUCache {
  constructor () {
    this.max = 1000
    this.map = new Map()
  }

  get (key) {
    const value = this.map.get(key)
    if (value === undefined) {
      return undefined
    } else {
      // Remove the key from the map and add it to the end
      this.map.delete(key)
      this.map.set(key, value)
      return value
    }
  }

  delete (key) {
    return this.map.delete(key)
  }

  set (key, value) {
    const deleted = this.delete(key)

    if (!deleted && value !== undefined) {
      // If cache is full, delete the least recently used item
      if (this.map.size >= this.max) {
        const firstKey = this.map.keys().next().value
        this.delete(firstKey)
      }

      this.map.set(key, value)
    }

    return this
  }
}

module.exports = LRUCache


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

/***/ 9737:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

// @ts-check


// Reproduce safeRe[COMPARATORTRIM] replacement boundaries, not version
// validation. Each end-index finder returns an exclusive end, or its start
// on no match.
// Positions count from zero. An end of 3 means characters 0, 1, and 2 were read;
// range.slice(start, end) gives the matched text, not a converted number.
const {
  MAX_LENGTH,
  MAX_SAFE_BUILD_LENGTH,
  WHITESPACE_CHARACTERS,
} = __nccwpck_require__(5101)

/**
 * Remembers the last two rows of digits so their characters need not be reread.
 * Positions start at -1 until a row has been found.
 *
 * @typedef {object} DigitRunCache
 * @property {number} start The first character of the most recently found row.
 * @property {number} end The position after that row's last character.
 * @property {number} previousStart The first character of the previous row.
 * @property {number} previousEnd The position after the previous row.
 */

// One entry per UTF-16 code unit keeps membership checks constant-time.
const whitespace = new Uint8Array(0x10000)
for (const char of WHITESPACE_CHARACTERS) {
  whitespace[char.charCodeAt(0)] = 1
}

/**
 * Checks whether a character is whitespace, like a space, tab, or newline.
 * Looking past the end of the string returns false.
 *
 * @param {string|undefined} char One character, or undefined past the string's end.
 * @returns {boolean} Whether the character is whitespace.
 * @example isWhitespace(' ') // true
 * @example isWhitespace('1') // false
 */
const isWhitespace = char =>
  char !== undefined && whitespace[char.charCodeAt(0)] === 1

/**
 * Checks for v, =, or whitespace before the version number.
 * These are historical version prefixes, not range operators:
 * < and > are handled separately, as are tilde and caret ranges.
 *
 * @param {string|undefined} char One character to check.
 * @returns {boolean} Whether the character can belong to a version prefix.
 * @example isVersionPrefix('=') // true
 * @example isVersionPrefix('>') // false
 */
const isVersionPrefix = char =>
  char === 'v' ||
  char === '=' ||
  isWhitespace(char)

/**
 * Checks whether a character is one of the digits 0 through 9.
 *
 * @param {string|undefined} char One character to check.
 * @returns {boolean} Whether the character is an ASCII digit.
 * @example isDigit('7') // true
 * @example isDigit('.') // false
 */
const isDigit = char => char !== undefined && char >= '0' && char <= '9'

/**
 * Checks whether a character is an English letter, uppercase or lowercase.
 *
 * @param {string|undefined} char One character to check.
 * @returns {boolean} Whether the character is an ASCII letter.
 * @example isLetter('b') // true
 * @example isLetter('7') // false
 */
const isLetter = char =>
  char !== undefined && (
    (char >= 'a' && char <= 'z') ||
    (char >= 'A' && char <= 'Z')
  )

/**
 * Checks for a letter, digit, or hyphen: the characters allowed inside
 * prerelease and build names such as beta-1.
 *
 * @param {string|undefined} char One character to check.
 * @returns {boolean} Whether the character can be part of an identifier.
 * @example isIdentifierCharacter('-') // true
 * @example isIdentifierCharacter('.') // false; dots separate identifiers
 */
const isIdentifierCharacter = char => isDigit(char) || isLetter(char) || char === '-'

/**
 * Checks whether a version component can begin here: with a digit or
 * a wildcard such as x, X, or *.
 *
 * @param {string|undefined} char One character to check.
 * @returns {boolean} Whether a number or wildcard can start with this character.
 * @example isVersionStart('x') // true
 * @example isVersionStart('v') // false; v belongs to the prefix
 */
const isVersionStart = char =>
  isDigit(char) ||
  char === 'x' ||
  char === 'X' ||
  char === '*'

/**
 * Finds the end of a row of digits, but returns no more than limit digits.
 * Remembers the last two rows so looking at them again does not reread them.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position of the first character to check.
 * @param {number} limit The most digit characters the returned match can include.
 * @param {DigitRunCache} digitRuns Shared cache of digit-run positions, updated in place.
 * @returns {number} The position after the matched digits, or start if none match.
 * @example findDigitsEndIndex('123abc', 0, 10, digitRuns) // 3, pointing at a
 * @example findDigitsEndIndex('123abc', 0, 2, digitRuns) // 2, pointing at the unread 3
 */
const findDigitsEndIndex = (range, start, limit, digitRuns) => {
  if (!isDigit(range[start])) {
    return start
  }
  if (start >= digitRuns.start && start < digitRuns.end) {
    return Math.min(start + limit, digitRuns.end)
  }
  if (start >= digitRuns.previousStart && start < digitRuns.previousEnd) {
    return Math.min(start + limit, digitRuns.previousEnd)
  }
  let end = start + 1
  while (isDigit(range[end])) {
    end++
  }
  // A failed full version can rewind from its second run to its first.
  digitRuns.previousStart = digitRuns.start
  digitRuns.previousEnd = digitRuns.end
  digitRuns.start = start
  digitRuns.end = end
  return Math.min(start + limit, end)
}

/**
 * Reads a number using the old regex's length and leading-zero rules.
 * Strict mode reads just the first zero in 012; loose mode can read all three.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the number should begin.
 * @param {boolean} loose Whether to allow leading zeros.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the matched digits, not their numeric value.
 * @example findVersionNumberEndIndex('012', 0, false, digitRuns) // 1
 * @example findVersionNumberEndIndex('012', 0, true, digitRuns) // 3
 */
const findVersionNumberEndIndex = (range, start, loose, digitRuns) => {
  if (!loose && range[start] === '0') {
    return start + 1
  }
  // Strict syntax allows an initial nonzero digit plus MAX_LENGTH digits.
  return findDigitsEndIndex(range, start, loose ? MAX_LENGTH : MAX_LENGTH + 1, digitRuns)
}

/**
 * Reads one piece of a prerelease name, such as beta or 1 in beta.1.
 * Tries the letter-or-hyphen form first, then the number-only form.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the identifier should begin.
 * @param {boolean} loose Whether numeric identifiers may have leading zeros.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the identifier, or start if none matches.
 * @example findPrereleaseIdentifierEndIndex('beta.1', 0, false, digitRuns) // 4, at the dot
 * @example findPrereleaseIdentifierEndIndex('001beta', 0, false, digitRuns) // 7
 */
const findPrereleaseIdentifierEndIndex = (range, start, loose, digitRuns) => {
  const digitsEnd = findDigitsEndIndex(range, start, MAX_LENGTH, digitRuns)
  // The legacy regex tries a nonnumeric identifier before a numeric one.
  if (isLetter(range[digitsEnd]) || range[digitsEnd] === '-') {
    let end = digitsEnd + 1
    const limit = end + MAX_SAFE_BUILD_LENGTH
    while (end < limit && isIdentifierCharacter(range[end])) {
      end++
    }
    return end
  }
  return findVersionNumberEndIndex(range, start, loose, digitRuns)
}

/**
 * Reads a prerelease suffix such as -beta.1, one dot-separated piece at a time.
 * Loose mode also allows the name without its opening hyphen.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the suffix should begin, including -.
 * @param {boolean} loose Whether the opening hyphen is optional and zeros allowed.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the matched suffix, or start if absent.
 * @example findPrereleaseEndIndex('-beta.1+sha', 0, false, digitRuns) // 7, at the plus
 * @example findPrereleaseEndIndex('beta', 0, false, digitRuns) // 0; no opening hyphen
 */
const findPrereleaseEndIndex = (range, start, loose, digitRuns) => {
  const hyphen = range[start] === '-'
  if (!loose && !hyphen) {
    return start
  }
  const identifierStart = start + (hyphen ? 1 : 0)
  let end = findPrereleaseIdentifierEndIndex(range, identifierStart, loose, digitRuns)
  if (end === identifierStart) {
    if (!loose || !hyphen) {
      return start
    }
    // In loose syntax, a lone hyphen can itself be the identifier.
    end = findPrereleaseIdentifierEndIndex(range, start, loose, digitRuns)
  }
  while (range[end] === '.') {
    const next = findPrereleaseIdentifierEndIndex(range, end + 1, loose, digitRuns)
    if (next === end + 1) {
      break
    }
    end = next
  }
  return end
}

/**
 * Reads one build-name piece, such as sha or 123 in +sha.123.
 * Stops at a disallowed character or the old regex's length limit.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the identifier should begin.
 * @returns {number} The position after the identifier, or start if none matches.
 * @example findBuildIdentifierEndIndex('sha.123', 0) // 3, at the dot
 * @example findBuildIdentifierEndIndex('001', 0) // 3; leading zeros are allowed
 */
const findBuildIdentifierEndIndex = (range, start) => {
  let end = start
  while (end - start < MAX_SAFE_BUILD_LENGTH && isIdentifierCharacter(range[end])) {
    end++
  }
  return end
}

/**
 * Reads optional build metadata such as +sha.123.
 * Leaves the position unchanged if there is no plus sign followed by a name.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the opening + should be.
 * @returns {number} The position after the matched metadata, or start if absent.
 * @example findBuildEndIndex('+sha.123 <2', 0) // 8, at the space
 * @example findBuildEndIndex('+', 0) // 0; a plus sign alone is not a match
 */
const findBuildEndIndex = (range, start) => {
  if (range[start] !== '+') {
    return start
  }
  let end = findBuildIdentifierEndIndex(range, start + 1)
  if (end === start + 1) {
    return start
  }
  while (range[end] === '.') {
    const next = findBuildIdentifierEndIndex(range, end + 1)
    if (next === end + 1) {
      break
    }
    end = next
  }
  return end
}

/**
 * Reads three numbers separated by dots, then any prerelease and build suffixes.
 * Uses loose rules, so forms such as 01.02.03beta can match here.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position of the first number, after any prefix.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the version match, or start if none matches.
 * @example findLooseFullVersionEndIndex('1.2.3-beta+sha <2', 0, digitRuns) // 14
 * @example findLooseFullVersionEndIndex('1.2', 0, digitRuns) // 0; needs three numbers
 */
const findLooseFullVersionEndIndex = (range, start, digitRuns) => {
  let end = start
  for (let component = 0; component < 3; component++) {
    const next = findVersionNumberEndIndex(range, end, true, digitRuns)
    if (next === end) {
      return start
    }
    end = next
    if (component < 2) {
      if (range[end] !== '.') {
        return start
      }
      end++
    }
  }
  const prereleaseEnd = findPrereleaseEndIndex(range, end, true, digitRuns)
  return findBuildEndIndex(range, prereleaseEnd)
}

/**
 * Reads one component of a partial or wildcard version, such as 2 or x in 2.x.
 * Numbers use strict leading-zero rules; wildcards take up one character.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the component should begin.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the component, or start if none matches.
 * @example findPartialVersionComponentEndIndex('2.x', 0, digitRuns) // 1, at the dot
 * @example findPartialVersionComponentEndIndex('2.x', 2, digitRuns) // 3, after x
 */
const findPartialVersionComponentEndIndex = (range, start, digitRuns) => {
  if (isDigit(range[start])) {
    return findVersionNumberEndIndex(range, start, false, digitRuns)
  }
  return isVersionStart(range[start]) ? start + 1 : start
}

/**
 * Reads up to three components, allowing forms such as 1, 1.2, or 1.x.
 * After the third component, also reads any strict prerelease and build suffixes.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position of a number or wildcard, after any prefix.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the matched version text.
 * @example findPartialVersionEndIndex('1.x <2', 0, digitRuns) // 3, at the space
 * @example findPartialVersionEndIndex('1.', 0, digitRuns) // 1; the trailing dot is unread
 */
const findPartialVersionEndIndex = (range, start, digitRuns) => {
  let end = findPartialVersionComponentEndIndex(range, start, digitRuns)
  for (let component = 0; component < 2; component++) {
    if (range[end] !== '.') {
      return end
    }
    const next = findPartialVersionComponentEndIndex(range, end + 1, digitRuns)
    if (next === end + 1) {
      return end
    }
    end = next
  }
  const prereleaseEnd = findPrereleaseEndIndex(range, end, false, digitRuns)
  return findBuildEndIndex(range, prereleaseEnd)
}

/**
 * Finds where a version match ends, without deciding whether the range is valid.
 * Tries a loose full version first, then a partial or wildcard version, just
 * like the old regex's LOOSEPLAIN and XRANGEPLAIN alternatives.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position of a number or wildcard, after any prefix.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position where scanning the next candidate can resume.
 * @example findVersionEndIndex('1.2.3 <2', 0, digitRuns) // 5, at the space
 * @example findVersionEndIndex('1.x <2', 0, digitRuns) // 3, at the space
 */
const findVersionEndIndex = (range, start, digitRuns) => {
  const fullVersionEnd = findLooseFullVersionEndIndex(range, start, digitRuns)
  return fullVersionEnd !== start
    ? fullVersionEnd
    : findPartialVersionEndIndex(range, start, digitRuns)
}

/**
 * Finds the one whitespace character the old replacement would remove.
 * Keeps leading whitespace, skips an optional operator, and checks immediately
 * after it. Returns -1 if there is nothing to remove.
 *
 * @param {string} range The text containing a candidate already found by the caller.
 * @param {number} matchStart The candidate's position, including leading whitespace.
 * @returns {number} The position of the removable whitespace, or -1 if absent.
 * @example findRemovableWhitespaceIndex(' > 1', 0) // 2; keep the space at position 0
 * @example findRemovableWhitespaceIndex('>1', 0) // -1
 */
const findRemovableWhitespaceIndex = (range, matchStart) => {
  let position = matchStart
  if (isWhitespace(range[position])) {
    position++
  }
  if (range[position] === '<' || range[position] === '>') {
    position++
  }
  if (range[position] === '=') {
    position++
  }
  return isWhitespace(range[position]) ? position : -1
}

/**
 * Joins an operator to its version, turning > 1.2.3 into >1.2.3.
 * Copies everything else according to the old regex's matching rules.
 * Moves forward through prefixes and whole versions to avoid repeatedly
 * searching the same characters on long inputs.
 *
 * @param {string} range The range text to process; the original string is unchanged.
 * @returns {string} The range with matched operator whitespace removed.
 * @example trimComparatorWhitespace('> 1.2.3 < 2') // '>1.2.3 <2'
 * @example trimComparatorWhitespace('> invalid') // '> invalid'
 */
const trimComparatorWhitespace = range => {
  let result = ''
  let copyFrom = 0
  let cursor = 0
  const digitRuns = { start: -1, end: -1, previousStart: -1, previousEnd: -1 }

  while (cursor < range.length) {
    const matchStart = cursor
    if (range[cursor] === '<' || range[cursor] === '>') {
      cursor++
    } else if (!isVersionPrefix(range[cursor]) && !isVersionStart(range[cursor])) {
      cursor++
      continue
    }

    // Consume a v/=/whitespace run once, even when no version follows it.
    while (cursor < range.length && isVersionPrefix(range[cursor])) {
      cursor++
    }
    if (!isVersionStart(range[cursor])) {
      continue
    }

    const whitespacePosition = findRemovableWhitespaceIndex(range, matchStart)
    if (whitespacePosition !== -1) {
      result += range.slice(copyFrom, whitespacePosition)
      copyFrom = whitespacePosition + 1
    }

    // Skip the entire match, so a prerelease's trailing v cannot be
    // reconsidered as the prefix of another version.
    cursor = findVersionEndIndex(range, cursor, digitRuns)
  }

  return result + range.slice(copyFrom)
}

module.exports = trimComparatorWhitespace


/***/ }),

/***/ 2276:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



// Determine if version is greater than all the versions possible in the range.
const outside = __nccwpck_require__(280)
const gtr = (version, range, options) => outside(version, range, '>', options)
module.exports = gtr


/***/ }),

/***/ 3465:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const Range = __nccwpck_require__(6782)
const intersects = (r1, r2, options) => {
  r1 = new Range(r1, options)
  r2 = new Range(r2, options)
  return r1.intersects(r2, options)
}
module.exports = intersects


/***/ }),

/***/ 5213:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const outside = __nccwpck_require__(280)
// Determine if version is less than all the versions possible in the range
const ltr = (version, range, options) => outside(version, range, '<', options)
module.exports = ltr


/***/ }),

/***/ 3193:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const Range = __nccwpck_require__(6782)

const maxSatisfying = (versions, range, options) => {
  let max = null
  let maxSV = null
  let rangeObj = null
  try {
    rangeObj = new Range(range, options)
  } catch (er) {
    return null
  }
  versions.forEach((v) => {
    if (rangeObj.test(v)) {
      // satisfies(v, range, options)
      if (!max || maxSV.compare(v) === -1) {
        // compare(max, v, true)
        max = v
        maxSV = new SemVer(max, options)
      }
    }
  })
  return max
}
module.exports = maxSatisfying


/***/ }),

/***/ 8595:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const Range = __nccwpck_require__(6782)
const minSatisfying = (versions, range, options) => {
  let min = null
  let minSV = null
  let rangeObj = null
  try {
    rangeObj = new Range(range, options)
  } catch (er) {
    return null
  }
  versions.forEach((v) => {
    if (rangeObj.test(v)) {
      // satisfies(v, range, options)
      if (!min || minSV.compare(v) === 1) {
        // compare(min, v, true)
        min = v
        minSV = new SemVer(min, options)
      }
    }
  })
  return min
}
module.exports = minSatisfying


/***/ }),

/***/ 1866:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const Range = __nccwpck_require__(6782)
const gt = __nccwpck_require__(6599)

const minVersion = (range, loose) => {
  range = new Range(range, loose)

  let minver = new SemVer('0.0.0')
  if (range.test(minver)) {
    return minver
  }

  minver = new SemVer('0.0.0-0')
  if (range.test(minver)) {
    return minver
  }

  minver = null
  for (let i = 0; i < range.set.length; ++i) {
    const comparators = range.set[i]

    let setMin = null
    comparators.forEach((comparator) => {
      // Clone to avoid manipulating the comparator's semver object.
      const compver = new SemVer(comparator.semver.version)
      switch (comparator.operator) {
        case '>':
          if (compver.prerelease.length === 0) {
            compver.patch++
          } else {
            compver.prerelease.push(0)
          }
          compver.raw = compver.format()
          /* fallthrough */
        case '':
        case '>=':
          if (!setMin || gt(compver, setMin)) {
            setMin = compver
          }
          break
        case '<':
        case '<=':
          /* Ignore maximum versions */
          break
        /* istanbul ignore next */
        default:
          throw new Error(`Unexpected operation: ${comparator.operator}`)
      }
    })
    if (setMin && (!minver || gt(minver, setMin))) {
      minver = setMin
    }
  }

  if (minver && range.test(minver)) {
    return minver
  }

  return null
}
module.exports = minVersion


/***/ }),

/***/ 280:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const Comparator = __nccwpck_require__(9379)
const { ANY } = Comparator
const Range = __nccwpck_require__(6782)
const satisfies = __nccwpck_require__(8011)
const gt = __nccwpck_require__(6599)
const lt = __nccwpck_require__(3872)
const lte = __nccwpck_require__(6717)
const gte = __nccwpck_require__(1236)

const outside = (version, range, hilo, options) => {
  version = new SemVer(version, options)
  range = new Range(range, options)

  let gtfn, ltefn, ltfn, comp, ecomp
  switch (hilo) {
    case '>':
      gtfn = gt
      ltefn = lte
      ltfn = lt
      comp = '>'
      ecomp = '>='
      break
    case '<':
      gtfn = lt
      ltefn = gte
      ltfn = gt
      comp = '<'
      ecomp = '<='
      break
    default:
      throw new TypeError('Must provide a hilo val of "<" or ">"')
  }

  // If it satisfies the range it is not outside
  if (satisfies(version, range, options)) {
    return false
  }

  // From now on, variable terms are as if we're in "gtr" mode.
  // but note that everything is flipped for the "ltr" function.

  for (let i = 0; i < range.set.length; ++i) {
    const comparators = range.set[i]

    let high = null
    let low = null

    comparators.forEach((comparator) => {
      if (comparator.semver === ANY) {
        comparator = new Comparator('>=0.0.0')
      }
      high = high || comparator
      low = low || comparator
      if (gtfn(comparator.semver, high.semver, options)) {
        high = comparator
      } else if (ltfn(comparator.semver, low.semver, options)) {
        low = comparator
      }
    })

    // If the edge version comparator has a operator then our version
    // isn't outside it
    if (high.operator === comp || high.operator === ecomp) {
      return false
    }

    // If the lowest version comparator has an operator and our version
    // is less than it then it isn't higher than the range
    if ((!low.operator || low.operator === comp) &&
        ltefn(version, low.semver)) {
      return false
    } else if (low.operator === ecomp && ltfn(version, low.semver)) {
      return false
    }
  }
  return true
}

module.exports = outside


/***/ }),

/***/ 2028:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



// given a set of versions and a range, create a "simplified" range
// that includes the same versions that the original range does
// If the original range is shorter than the simplified one, return that.
const satisfies = __nccwpck_require__(8011)
const compare = __nccwpck_require__(8469)
module.exports = (versions, range, options) => {
  const set = []
  let first = null
  let prev = null
  const v = versions.sort((a, b) => compare(a, b, options))
  for (const version of v) {
    const included = satisfies(version, range, options)
    if (included) {
      prev = version
      if (!first) {
        first = version
      }
    } else {
      if (prev) {
        set.push([first, prev])
      }
      prev = null
      first = null
    }
  }
  if (first) {
    set.push([first, null])
  }

  const ranges = []
  for (const [min, max] of set) {
    if (min === max) {
      ranges.push(min)
    } else if (!max && min === v[0]) {
      ranges.push('*')
    } else if (!max) {
      ranges.push(`>=${min}`)
    } else if (min === v[0]) {
      ranges.push(`<=${max}`)
    } else {
      ranges.push(`${min} - ${max}`)
    }
  }
  const simplified = ranges.join(' || ')
  const original = typeof range.raw === 'string' ? range.raw : String(range)
  return simplified.length < original.length ? simplified : range
}


/***/ }),

/***/ 1489:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const Range = __nccwpck_require__(6782)
const Comparator = __nccwpck_require__(9379)
const { ANY } = Comparator
const satisfies = __nccwpck_require__(8011)
const compare = __nccwpck_require__(8469)

// Complex range `r1 || r2 || ...` is a subset of `R1 || R2 || ...` iff:
// - Every simple range `r1, r2, ...` is a null set, OR
// - Every simple range `r1, r2, ...` which is not a null set is a subset of
//   some `R1, R2, ...`
//
// Simple range `c1 c2 ...` is a subset of simple range `C1 C2 ...` iff:
// - If c is only the ANY comparator
//   - If C is only the ANY comparator, return true
//   - Else if in prerelease mode, return false
//   - else replace c with `[>=0.0.0]`
// - If C is only the ANY comparator
//   - if in prerelease mode, return true
//   - else replace C with `[>=0.0.0]`
// - Let EQ be the set of = comparators in c
// - If EQ is more than one, return true (null set)
// - Let GT be the highest > or >= comparator in c
// - Let LT be the lowest < or <= comparator in c
// - If GT and LT, and GT.semver > LT.semver, return true (null set)
// - If any C is a = range, and GT or LT are set, return false
// - If EQ
//   - If GT, and EQ does not satisfy GT, return true (null set)
//   - If LT, and EQ does not satisfy LT, return true (null set)
//   - If EQ satisfies every C, return true
//   - Else return false
// - If GT
//   - If GT.semver is lower than any > or >= comp in C, return false
//   - If GT is >=, and GT.semver does not satisfy every C, return false
//   - If GT.semver has a prerelease, and not in prerelease mode
//     - If no C has a prerelease and the GT.semver tuple, return false
// - If LT
//   - If LT.semver is greater than any < or <= comp in C, return false
//   - If LT is <=, and LT.semver does not satisfy every C, return false
//   - If LT.semver has a prerelease, and not in prerelease mode
//     - If no C has a prerelease and the LT.semver tuple, return false
// - Else return true

const subset = (sub, dom, options = {}) => {
  if (sub === dom) {
    return true
  }

  sub = new Range(sub, options)
  dom = new Range(dom, options)
  let sawNonNull = false

  OUTER: for (const simpleSub of sub.set) {
    for (const simpleDom of dom.set) {
      const isSub = simpleSubset(simpleSub, simpleDom, options)
      sawNonNull = sawNonNull || isSub !== null
      if (isSub) {
        continue OUTER
      }
    }
    // the null set is a subset of everything, but null simple ranges in
    // a complex range should be ignored.  so if we saw a non-null range,
    // then we know this isn't a subset, but if EVERY simple range was null,
    // then it is a subset.
    if (sawNonNull) {
      return false
    }
  }
  return true
}

const minimumVersionWithPreRelease = [new Comparator('>=0.0.0-0')]
const minimumVersion = [new Comparator('>=0.0.0')]

const simpleSubset = (sub, dom, options) => {
  if (sub === dom) {
    return true
  }

  if (sub.length === 1 && sub[0].semver === ANY) {
    if (dom.length === 1 && dom[0].semver === ANY) {
      return true
    } else if (options.includePrerelease) {
      sub = minimumVersionWithPreRelease
    } else {
      sub = minimumVersion
    }
  }

  if (dom.length === 1 && dom[0].semver === ANY) {
    if (options.includePrerelease) {
      return true
    } else {
      dom = minimumVersion
    }
  }

  const eqSet = new Set()
  let gt, lt
  for (const c of sub) {
    if (c.operator === '>' || c.operator === '>=') {
      gt = higherGT(gt, c, options)
    } else if (c.operator === '<' || c.operator === '<=') {
      lt = lowerLT(lt, c, options)
    } else {
      eqSet.add(c.semver)
    }
  }

  if (eqSet.size > 1) {
    return null
  }

  let gtltComp
  if (gt && lt) {
    gtltComp = compare(gt.semver, lt.semver, options)
    if (gtltComp > 0) {
      return null
    } else if (gtltComp === 0 && (gt.operator !== '>=' || lt.operator !== '<=')) {
      return null
    }
  }

  // will iterate one or zero times
  for (const eq of eqSet) {
    if (gt && !satisfies(eq, String(gt), options)) {
      return null
    }

    if (lt && !satisfies(eq, String(lt), options)) {
      return null
    }

    for (const c of dom) {
      if (!satisfies(eq, String(c), options)) {
        return false
      }
    }

    return true
  }

  let higher, lower
  let hasDomLT, hasDomGT
  // if the subset has a prerelease, we need a comparator in the superset
  // with the same tuple and a prerelease, or it's not a subset
  let needDomLTPre = lt &&
    !options.includePrerelease &&
    lt.semver.prerelease.length ? lt.semver : false
  let needDomGTPre = gt &&
    !options.includePrerelease &&
    gt.semver.prerelease.length ? gt.semver : false
  // exception: <1.2.3-0 is the same as <1.2.3
  if (needDomLTPre && needDomLTPre.prerelease.length === 1 &&
      lt.operator === '<' && needDomLTPre.prerelease[0] === 0) {
    needDomLTPre = false
  }

  for (const c of dom) {
    hasDomGT = hasDomGT || c.operator === '>' || c.operator === '>='
    hasDomLT = hasDomLT || c.operator === '<' || c.operator === '<='
    if (gt) {
      if (needDomGTPre) {
        if (c.semver.prerelease && c.semver.prerelease.length &&
            c.semver.major === needDomGTPre.major &&
            c.semver.minor === needDomGTPre.minor &&
            c.semver.patch === needDomGTPre.patch) {
          needDomGTPre = false
        }
      }
      if (c.operator === '>' || c.operator === '>=') {
        higher = higherGT(gt, c, options)
        if (higher === c && higher !== gt) {
          return false
        }
      } else if (gt.operator === '>=' && !c.test(gt.semver)) {
        return false
      }
    }
    if (lt) {
      if (needDomLTPre) {
        if (c.semver.prerelease && c.semver.prerelease.length &&
            c.semver.major === needDomLTPre.major &&
            c.semver.minor === needDomLTPre.minor &&
            c.semver.patch === needDomLTPre.patch) {
          needDomLTPre = false
        }
      }
      if (c.operator === '<' || c.operator === '<=') {
        lower = lowerLT(lt, c, options)
        if (lower === c && lower !== lt) {
          return false
        }
      } else if (lt.operator === '<=' && !c.test(lt.semver)) {
        return false
      }
    }
    if (!c.operator && (lt || gt) && gtltComp !== 0) {
      return false
    }
  }

  // if there was a < or >, and nothing in the dom, then must be false
  // UNLESS it was limited by another range in the other direction.
  // Eg, >1.0.0 <1.0.1 is still a subset of <2.0.0
  if (gt && hasDomLT && !lt && gtltComp !== 0) {
    return false
  }

  if (lt && hasDomGT && !gt && gtltComp !== 0) {
    return false
  }

  // we needed a prerelease range in a specific tuple, but didn't get one
  // then this isn't a subset.  eg >=1.2.3-pre is not a subset of >=1.0.0,
  // because it includes prereleases in the 1.2.3 tuple
  if (needDomGTPre || needDomLTPre) {
    return false
  }

  return true
}

// >=1.2.3 is lower than >1.2.3
const higherGT = (a, b, options) => {
  if (!a) {
    return b
  }
  const comp = compare(a.semver, b.semver, options)
  return comp > 0 ? a
    : comp < 0 ? b
    : b.operator === '>' && a.operator === '>=' ? b
    : a
}

// <=1.2.3 is higher than <1.2.3
const lowerLT = (a, b, options) => {
  if (!a) {
    return b
  }
  const comp = compare(a.semver, b.semver, options)
  return comp < 0 ? a
    : comp > 0 ? b
    : b.operator === '<' && a.operator === '<=' ? b
    : a
}

module.exports = subset


/***/ }),

/***/ 4750:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const Range = __nccwpck_require__(6782)

// Mostly just for testing and legacy API reasons
const toComparators = (range, options) =>
  new Range(range, options).set
    .map(comp => comp.map(c => c.value).join(' ').trim().split(' '))

module.exports = toComparators


/***/ }),

/***/ 4737:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const Range = __nccwpck_require__(6782)
const validRange = (range, options) => {
  try {
    // Return '*' instead of '' so that truthiness works.
    // This will throw if it's invalid anyway
    return new Range(range, options).range || '*'
  } catch (er) {
    return null
  }
}
module.exports = validRange


/***/ }),

/***/ 7689:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _packages_kit_src_index_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7924);
/* harmony import */ var _run_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(8829);


await (0,_packages_kit_src_index_js__WEBPACK_IMPORTED_MODULE_0__/* .runAction */ .C)(_run_js__WEBPACK_IMPORTED_MODULE_1__/* .run */ .e);

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 8829:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  e: () => (/* binding */ run)
});

// UNUSED EXPORTS: inputSpec

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: ./packages/kit/src/github.ts
var github = __nccwpck_require__(8713);
// EXTERNAL MODULE: ./packages/kit/src/context.ts
var src_context = __nccwpck_require__(3731);
// EXTERNAL MODULE: ./packages/kit/src/runner.ts + 5 modules
var runner = __nccwpck_require__(4626);
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
    const workspace = options.workspace ?? (0,src_context/* runContext */.p)(env).workspace;
    const chosen = typeof options.section === 'function';
    const path = typeof options.section === 'function' ? options.section((name) => rawInput(name, env)) : options.section;
    const file = path ? await loadConfig(workspace) : undefined;
    const config = path ? (chosen ? declaredSection(file, path) : configSection(file, path)) : undefined;
    return readInputs(spec, { env, config });
}

// EXTERNAL MODULE: ./packages/versioning/src/version-files/index.ts + 2 modules
var version_files = __nccwpck_require__(7557);
// EXTERNAL MODULE: ./packages/versioning/src/next-version.ts
var next_version = __nccwpck_require__(1192);
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
    'commit-types': field.custom('one type a line as type: major|minor|patch|none[, section title or hidden], such as docs: patch, Documentation', parseCommitTypes),
    'pull-request-lookups': field.integer({ min: 0, max: 1000 }).default(50),
};
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
    return { ...inputs, changelogFile };
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

// EXTERNAL MODULE: ./packages/versioning/src/release-pull-body.ts
var release_pull_body = __nccwpck_require__(9644);
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

;// CONCATENATED MODULE: ./actions/bump-version/pull-mode.ts


/**
 * mode: pull-request. The release pull request is opened or kept current; once merged, the run
 * after tags its merge commit and reports a release like the direct mode does, so the pipeline
 * builds, deploys and announces it.
 */
const NOTES_OUTPUT_LIMIT = 512 * 1024;
function outputs(outcome) {
    const released = outcome.released;
    return {
        version: released?.version ?? '',
        'previous-version': released?.previous ?? outcome.plan?.history.last?.version ?? '',
        tag: released?.tag ?? '',
        'release-type': released ? 'version' : '',
        released: String(Boolean(released)),
        prerelease: String(Boolean(released && /-/.test(released.version))),
        notes: released ? released.notes.preview.slice(0, NOTES_OUTPUT_LIMIT) : '',
        'notes-file': released?.notes.file ?? '',
        'commit-sha': released?.commitSha ?? '',
        'pull-request-number': outcome.pull ? String(outcome.pull.number) : '',
        'pull-request-url': outcome.pull?.url ?? '',
        'pull-request-action': outcome.action,
        'pending-version': outcome.action === 'tagged' ? '' : (outcome.plan?.version ?? ''),
        mode: 'pull-request',
    };
}
const SAID = {
    created: 'Opened the release pull request',
    updated: 'Updated the release pull request',
    unchanged: 'The release pull request is up to date',
    closed: 'Closed the release pull request: nothing to release',
    none: 'No release pull request',
    superseded: 'Left the release pull request to the run for the newer commit',
    tagged: 'Tagged the merged release pull request',
};
function summary(outcome) {
    const rows = [['what happened', SAID[outcome.action]]];
    if (outcome.pull)
        rows.push(['pull request', `[#${outcome.pull.number}](${outcome.pull.url}) ${outcome.pull.title}`]);
    if (outcome.released)
        rows.push([
            'released',
            `${code(outcome.released.tag)} at ${code(outcome.released.commitSha.slice(0, 7))}`,
        ]);
    else if (outcome.plan?.version)
        rows.push(['proposes', code(outcome.plan.tag)]);
    if (outcome.reason)
        rows.push(['why', outcome.reason]);
    return heading('Release pull request') + table(['', ''], rows);
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
    const branch = settings.ref ?? context.refName;
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
    const { releasePullRequest } = await __nccwpck_require__.e(/* import() */ 219).then(__nccwpck_require__.bind(__nccwpck_require__, 6219));
    if (!context.owner || !context.repo)
        throw new Error('GITHUB_REPOSITORY is not set: mode pull-request needs the repository');
    const client = await (0,github/* createGitHubClient */.L)({ token: inputs.token });
    const api = releasePullApi(client, context.owner, context.repo);
    const target = settings.ref ?? context.refName;
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
    }));
    for (const message of outcome.warnings)
        (0,runner/* warning */.$e)(message);
    (0,runner/* info */.pq)(`${SAID[outcome.action]}${outcome.pull ? ` #${outcome.pull.number} (${outcome.pull.url})` : ''}${outcome.reason ? `: ${outcome.reason}` : ''}.`);
    (0,runner/* setOutputs */.n0)(outputs(outcome));
    await (0,runner/* writeSummary */.Sy)(summary(outcome));
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
function renderSummary(outcome, context) {
    const { plan } = outcome;
    const since = plan.history.lastStable?.name ?? 'the first commit';
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
    parts.push(`\n${heading('Commits by type', 3)}${plan.analysis.commits} commit${plan.analysis.commits === 1 ? '' : 's'} since ${since}${cancelled}.\n\n`);
    if (kinds.length > 0)
        parts.push(table(['type', 'commits'], kinds.map(([kind, count]) => [code(kind), count])));
    return parts.join('');
}

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
function numberFromEnv(name, fallback) {
    const raw = process.env[name];
    return raw !== undefined && /^\d+$/.test(raw) ? Number(raw) : fallback;
}
/** The notes for the `notes` output: whole, or their first part and where the rest is. */
function notesOutput(outcome) {
    const notes = outcome.notes;
    if (!notes.truncated)
        return notes.preview;
    const cut = notes.preview.slice(0, notes.preview.lastIndexOf('\n') + 1);
    return `${cut}\n… (truncated: the full notes are in the file named by the notes-file output)\n`;
}
function run_outputs(outcome) {
    const { plan } = outcome;
    const released = outcome.released && plan.version !== undefined && outcome.notes !== undefined;
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
    };
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

async function run() {
    const inputs = await readBumpInputs();
    const { release, commitRules } = await __nccwpck_require__.e(/* import() */ 219).then(__nccwpck_require__.bind(__nccwpck_require__, 6219));
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
        rules: commitRules(inputs.commitTypes),
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
        retryDelayMs: numberFromEnv('RELEASE_ACTIONS_GIT_RETRY_BASE_MS', 2000),
        now: () => new Date(),
        log: { info: runner/* info */.pq, warning: runner/* warning */.$e },
    };
    // A dry run writes nothing in either mode: it plans as the direct mode does.
    const mode = await chooseMode(inputs, settings, context);
    if (mode === 'pull-request' && !inputs.dryRun) {
        await runPullRequestMode(inputs, settings, context);
        return;
    }
    const outcome = await (0,runner/* group */.Os)('Plan and release', () => release(settings));
    for (const message of outcome.warnings)
        (0,runner/* warning */.$e)(message);
    (0,runner/* info */.pq)(statusLine(outcome, inputs));
    // What auto chose: a dry run of the pull-request mode plans as the direct mode does.
    (0,runner/* setOutputs */.n0)({ ...run_outputs(outcome), mode });
    await (0,runner/* writeSummary */.Sy)(renderSummary(outcome, { releaseType: inputs.releaseType, dryRun: inputs.dryRun, repositoryUrl }));
}


/***/ }),

/***/ 9815:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
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
/* harmony export */   C: () => (/* binding */ runAction)
/* harmony export */ });
/* unused harmony export reportFailure */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7817);
/* harmony import */ var _runner_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(4626);


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

/***/ 8371:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ readFileIfExists)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);

/** A text file's content, or undefined when there is no such file; other errors are thrown. */
async function readFileIfExists(path) {
    try {
        return await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(path, 'utf8');
    }
    catch (thrown) {
        if (thrown.code === 'ENOENT')
            return undefined;
        throw thrown;
    }
}


/***/ }),

/***/ 8713:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ createGitHubClient),
/* harmony export */   c: () => (/* binding */ statusOf)
/* harmony export */ });
/* harmony import */ var _api_failure_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(9815);
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(3731);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7817);
/* harmony import */ var _runner_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(4626);




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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ReleaseError */ .K2('ENOTOKEN', 'Input "token": got "", expected a GitHub token', {
            hint: 'Pass `token: ${{ github.token }}` (the default) or a token from secrets.',
        });
    }
    (0,_runner_js__WEBPACK_IMPORTED_MODULE_1__/* .mask */ .dK)(options.token);
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
        (0,_runner_js__WEBPACK_IMPORTED_MODULE_1__/* .warning */ .$e)(`GitHub ${kind} on ${request.method} ${request.url}: retrying in ${retryAfter}s`);
        return true;
    };
    return getOctokit(options.token, {
        baseUrl: options.baseUrl ?? (0,_context_js__WEBPACK_IMPORTED_MODULE_2__/* .runContext */ .p)().apiUrl,
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
    ...(options.failFastWhenUnreachable ? [_api_failure_js__WEBPACK_IMPORTED_MODULE_3__/* .failFastWhenUnreachable */ .fM] : []), retry, throttling);
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

/***/ 4626:
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

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
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
    process.stdout.write(message + external_node_os_.EOL);
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
    process.stdout.write(external_node_os_.EOL);
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
    command_issue('group', name);
    try {
        return await body();
    }
    finally {
        command_issue('endgroup');
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

/***/ 1192:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   _E: () => (/* binding */ RELEASE_TYPES),
/* harmony export */   r8: () => (/* binding */ normaliseVersion),
/* harmony export */   vI: () => (/* binding */ decideVersion)
/* harmony export */ });
/* unused harmony export stableOf */
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2088);
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(semver__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _kit_src_index_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(7817);


/**
 * The next version, by semver's rules. Prereleases follow the line they are on:
 * 1.2.0-rc.0 → rc.1; a new identifier starts its own counter (alpha.3 → beta.0);
 * a prerelease after a stable release starts the next version (1.1.0 → 1.2.0-rc.0);
 * `promote` turns 1.2.0-rc.1 into 1.2.0.
 */
const RELEASE_TYPES = ['auto', 'major', 'minor', 'patch', 'prerelease', 'promote', 'version'];
/** `1.2.0` for `1.2.0-rc.3`. */
function stableOf(version) {
    const parsed = semver__WEBPACK_IMPORTED_MODULE_0___default().parse(version);
    return `${parsed.major}.${parsed.minor}.${parsed.patch}`;
}
function preidOf(version) {
    const parts = version ? semver__WEBPACK_IMPORTED_MODULE_0___default().prerelease(version) : null;
    return parts && typeof parts[0] === 'string' ? parts[0] : undefined;
}
/** A breaking change on 0.y.z is a minor bump: semver's "anything may change" phase. */
function effectiveLevel(level, base, majorOnZero) {
    if (level === 'major' && base && semver__WEBPACK_IMPORTED_MODULE_0___default().major(base) === 0 && !majorOnZero)
        return 'minor';
    return level;
}
function nextPrerelease(request) {
    const { last, lastStable } = request;
    const id = request.preid ?? preidOf(last) ?? 'rc';
    const level = effectiveLevel(request.level ?? 'patch', lastStable ?? last, request.majorOnZero);
    const target = lastStable ? semver__WEBPACK_IMPORTED_MODULE_0___default().inc(lastStable, level) : stableOf(request.initialVersion);
    if (last && semver__WEBPACK_IMPORTED_MODULE_0___default().prerelease(last)) {
        const current = stableOf(last);
        // Still on the same line: new commits do not call for a higher version than it.
        if (semver__WEBPACK_IMPORTED_MODULE_0___default().gte(current, target)) {
            return preidOf(last) === id ? semver__WEBPACK_IMPORTED_MODULE_0___default().inc(last, 'prerelease', id) : `${current}-${id}.0`;
        }
    }
    return `${target}-${id}.0`;
}
function promote(request) {
    const { last, lastStable, level } = request;
    if (!last || !semver__WEBPACK_IMPORTED_MODULE_0___default().prerelease(last)) {
        throw new _kit_src_index_js__WEBPACK_IMPORTED_MODULE_1__/* .ReleaseError */ .K2('ENOPRERELEASE', last
            ? `release-type "promote" needs a prerelease to promote, and the last release is ${last}`
            : 'release-type "promote" needs a prerelease to promote, and there is no release yet', { hint: 'Publish a prerelease first (release-type: prerelease), or pick major, minor, patch or auto.' });
    }
    const version = stableOf(last);
    if (lastStable && level) {
        const needed = semver__WEBPACK_IMPORTED_MODULE_0___default().inc(lastStable, effectiveLevel(level, lastStable, request.majorOnZero));
        if (semver__WEBPACK_IMPORTED_MODULE_0___default().gt(needed, version)) {
            throw new _kit_src_index_js__WEBPACK_IMPORTED_MODULE_1__/* .ReleaseError */ .K2('EPROMOTE', `Promoting ${last} would release ${version}, but the commits since ${lastStable} call for ${needed}`, { hint: 'Publish a new prerelease of the higher version, or use release-type: auto.' });
        }
    }
    return version;
}
function appliedForExplicit(version, last) {
    if (!last)
        return 'version';
    if (semver__WEBPACK_IMPORTED_MODULE_0___default().prerelease(last) && version === stableOf(last))
        return 'promote';
    const diff = semver__WEBPACK_IMPORTED_MODULE_0___default().diff(last, version);
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
            const version = semver__WEBPACK_IMPORTED_MODULE_0___default().inc(last, level);
            decision = {
                version,
                applied: semver__WEBPACK_IMPORTED_MODULE_0___default().prerelease(last) && version === stableOf(last) ? 'promote' : level,
            };
            break;
        }
        case 'major':
        case 'minor':
        case 'patch':
            decision = {
                version: last ? semver__WEBPACK_IMPORTED_MODULE_0___default().inc(last, releaseType) : request.initialVersion,
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
    if (last && decision.version && !semver__WEBPACK_IMPORTED_MODULE_0___default().gt(decision.version, last)) {
        throw new _kit_src_index_js__WEBPACK_IMPORTED_MODULE_1__/* .ReleaseError */ .K2('EVERSIONORDER', `The next version ${decision.version} is not higher than the last release ${last}`, {
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
    return semver__WEBPACK_IMPORTED_MODULE_0___default().valid(text) === text ? text : undefined;
}


/***/ }),

/***/ 9644:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   EN: () => (/* binding */ RELEASE_LABELS),
/* harmony export */   SI: () => (/* binding */ pullTitle),
/* harmony export */   c2: () => (/* binding */ pullBody),
/* harmony export */   h$: () => (/* binding */ notesOf),
/* harmony export */   qs: () => (/* binding */ commitOverride),
/* harmony export */   t7: () => (/* binding */ readMarker),
/* harmony export */   t_: () => (/* binding */ releasePullBranch)
/* harmony export */ });
/* harmony import */ var _settings_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5961);

/** release-please's labels, so that dashboards and habits carry over. */
const RELEASE_LABELS = { pending: 'autorelease: pending', tagged: 'autorelease: tagged' };
const MARKER = /<!-- release-actions:release (\{.*?\}) -->/;
const NOTES_START = '<!-- release-actions:notes:start -->';
const NOTES_END = '<!-- release-actions:notes:end -->';
/** The pull request branch for a target branch, in release-please's style. */
function releasePullBranch(target) {
    return `release-actions--branches--${target}`;
}
function pullTitle(settings, component) {
    return (0,_settings_js__WEBPACK_IMPORTED_MODULE_0__/* .fillTemplate */ .o)(settings.commitMessage, { version: component.version, tag: component.tag }).split('\n')[0];
}
function pullBody(input) {
    const marker = {
        target: input.target,
        components: input.components.map(({ path, tag, version, previous }) => ({
            path,
            tag,
            version,
            ...(previous ? { previous } : {}),
        })),
    };
    const names = input.components.map((c) => `\`${c.tag}\``).join(', ');
    const intro = `Merging this pull request releases ${names} from \`${input.target}\`: the next run of the release ` +
        'workflow tags the merge commit, then builds, deploys and announces it.\n';
    const outro = `\n---\nKept up to date on every push to \`${input.target}\`; edits to this text are replaced. ` +
        "To change the notes, change the commits (or a merged pull request's `BEGIN_COMMIT_OVERRIDE` block).\n\n" +
        `<!-- release-actions:release ${JSON.stringify(marker)} -->\n`;
    const room = input.limit - intro.length - outro.length;
    const sections = input.components
        .map((c) => `\n## ${c.tag}\n\n${NOTES_START}\n${c.notes.trimEnd()}\n${NOTES_END}\n`)
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
/** The notes of the first component, as the merged pull request showed them. */
function notesOf(body) {
    const start = body.indexOf(NOTES_START);
    const end = body.indexOf(NOTES_END, start);
    if (start === -1 || end === -1)
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

/***/ 5961:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
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
/******/ var __webpack_exports__ = __nccwpck_require__(7689);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
