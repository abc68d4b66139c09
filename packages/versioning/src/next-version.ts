import { semver } from './semver.js';
import { ReleaseError } from '../../kit/src/index.js';
import type { Level } from './conventional.js';

/**
 * The next version, by semver's rules. Prereleases follow the line they are on:
 * 1.2.0-rc.0 → rc.1; a new identifier starts its own counter (alpha.3 → beta.0);
 * a prerelease after a stable release starts the next version (1.1.0 → 1.2.0-rc.0);
 * `promote` turns 1.2.0-rc.1 into 1.2.0.
 */

export const RELEASE_TYPES = ['auto', 'major', 'minor', 'patch', 'prerelease', 'promote', 'version'] as const;
export type ReleaseType = (typeof RELEASE_TYPES)[number];
/** What the `release-type` output reports: the increment that was actually applied. */
export type AppliedType = Level | 'prerelease' | 'promote' | 'version';

export interface VersionRequest {
  releaseType: ReleaseType;
  /** The explicit version, for `version`. */
  version?: string;
  /** Prerelease identifier; defaults to the current prerelease's, then `rc`. */
  preid?: string;
  /** What the commits since the last stable release call for. */
  level?: Level;
  /** The last release reachable (prereleases included) and the last stable one. */
  last?: string;
  lastStable?: string;
  /** While at 0.y.z a breaking change bumps minor, unless this is set. */
  majorOnZero: boolean;
  /** The first release when there is no tag yet. */
  initialVersion: string;
}

export interface VersionDecision {
  /** Undefined when nothing calls for a release. */
  version?: string;
  applied?: AppliedType;
}

/** `1.2.0` for `1.2.0-rc.3`. */
export function stableOf(version: string): string {
  const parsed = semver.parse(version)!;
  return `${parsed.major}.${parsed.minor}.${parsed.patch}`;
}

function preidOf(version: string | undefined): string | undefined {
  const parts = version ? semver.prerelease(version) : null;
  return parts && typeof parts[0] === 'string' ? parts[0] : undefined;
}

/** A breaking change on 0.y.z is a minor bump: semver's "anything may change" phase. */
function effectiveLevel(level: Level, base: string | undefined, majorOnZero: boolean): Level {
  if (level === 'major' && base && semver.major(base) === 0 && !majorOnZero) return 'minor';
  return level;
}

function nextPrerelease(request: VersionRequest): string {
  const { last, lastStable } = request;
  const id = request.preid ?? preidOf(last) ?? 'rc';
  const level = effectiveLevel(request.level ?? 'patch', lastStable ?? last, request.majorOnZero);
  const target = lastStable ? semver.inc(lastStable, level)! : stableOf(request.initialVersion);
  if (last && semver.prerelease(last)) {
    const current = stableOf(last);
    // Still on the same line: new commits do not call for a higher version than it.
    if (semver.gte(current, target)) {
      return preidOf(last) === id ? semver.inc(last, 'prerelease', id)! : `${current}-${id}.0`;
    }
  }
  return `${target}-${id}.0`;
}

function promote(request: VersionRequest): string {
  const { last, lastStable, level } = request;
  if (!last || !semver.prerelease(last)) {
    throw new ReleaseError(
      'ENOPRERELEASE',
      last
        ? `release-type "promote" needs a prerelease to promote, and the last release is ${last}`
        : 'release-type "promote" needs a prerelease to promote, and there is no release yet',
      { hint: 'Publish a prerelease first (release-type: prerelease), or pick major, minor, patch or auto.' },
    );
  }
  const version = stableOf(last);
  if (lastStable && level) {
    const needed = semver.inc(lastStable, effectiveLevel(level, lastStable, request.majorOnZero))!;
    if (semver.gt(needed, version)) {
      throw new ReleaseError(
        'EPROMOTE',
        `Promoting ${last} would release ${version}, but the commits since ${lastStable} call for ${needed}`,
        { hint: 'Publish a new prerelease of the higher version, or use release-type: auto.' },
      );
    }
  }
  return version;
}

function appliedForExplicit(version: string, last: string | undefined): AppliedType {
  if (!last) return 'version';
  if (semver.prerelease(last) && version === stableOf(last)) return 'promote';
  const diff = semver.diff(last, version);
  if (diff === 'major' || diff === 'minor' || diff === 'patch') return diff;
  return 'prerelease';
}

export function decideVersion(request: VersionRequest): VersionDecision {
  const { last, releaseType } = request;
  let decision: VersionDecision;
  switch (releaseType) {
    case 'auto': {
      if (!request.level) return {};
      if (!last) return { version: request.initialVersion, applied: request.level };
      const level = effectiveLevel(request.level, last, request.majorOnZero);
      const version = semver.inc(last, level)!;
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
        version: last ? semver.inc(last, releaseType)! : request.initialVersion,
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
      decision = { version: request.version!, applied: appliedForExplicit(request.version!, last) };
      break;
  }
  if (last && decision.version && !semver.gt(decision.version, last)) {
    throw new ReleaseError(
      'EVERSIONORDER',
      `The next version ${decision.version} is not higher than the last release ${last}`,
      {
        hint:
          releaseType === 'prerelease'
            ? 'Prerelease identifiers sort alphabetically (alpha < beta < rc): pick a later preid, or promote.'
            : 'Pick a version above the last release; tags reachable from HEAD define it.',
      },
    );
  }
  return decision;
}

/** Accepts `1.4.0` or `v1.4.0`; undefined for anything that is not a semantic version. */
export function normaliseVersion(raw: string): string | undefined {
  const text = raw.trim().replace(/^v/, '');
  return semver.valid(text) === text ? text : undefined;
}
