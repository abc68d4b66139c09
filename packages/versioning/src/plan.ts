import semver from 'semver';
import { analyseHistory, type Analysis } from './analyse.js';
import type { CommitRules, Level } from './conventional.js';
import { decideVersion, type AppliedType, type ReleaseType } from './next-version.js';
import { releasesAndCommits } from './history.js';
import type { ReleaseHistory, ReleaseTag } from './tags.js';

/**
 * What a release would be, from one commit: the last releases reachable from it,
 * the commits since, the next version and the commits its notes list.
 */

export interface PlanSettings {
  root: string;
  tagPrefix: string;
  /** Component folder relative to the repository root ('.' for the whole repository). */
  path: string;
  releaseType: ReleaseType;
  version?: string;
  preid?: string;
  majorOnZero: boolean;
  initialVersion: string;
  listOther: boolean;
  /** Entries kept for the pull request lookup. */
  pullLookupLimit: number;
  /** Which commit types release and which the notes list. */
  rules?: CommitRules;
  /** Commit messages that stand for a merged pull request's commit (BEGIN_COMMIT_OVERRIDE). */
  overrides?: Map<string, string[]>;
}

export interface Plan {
  /** The commit the release is cut from. */
  start: string;
  history: ReleaseHistory;
  /** Commits since the last stable release: they decide the level. */
  analysis: Analysis;
  level?: Level;
  version?: string;
  applied?: AppliedType;
  tag?: string;
  prerelease: boolean;
  /** The release the notes start from: the last stable one, or for a prerelease the last of any kind. */
  notesFrom?: ReleaseTag;
  /** Commits the notes cover (the same object as `analysis` when the ranges agree). */
  notes: Analysis;
  /** The `Release-As:` footer that chose the version, when one did. */
  releaseAs?: { version: string; hash: string };
}

/** `ignoreTag`: a tag on `start` made by the run being repeated, which must not count as the last release. */
export async function planRelease(settings: PlanSettings, start: string, ignoreTag?: string): Promise<Plan> {
  const range = {
    cwd: settings.root,
    to: start,
    path: settings.path,
    listOther: settings.listOther,
    lookupCandidates: settings.pullLookupLimit,
    rules: settings.rules,
    overrides: settings.overrides,
  };
  const { history, analysis } = await releasesAndCommits(
    { ...range, tagPrefix: settings.tagPrefix },
    ignoreTag,
  );
  // A Release-As footer since the last release names the version, as release-please reads it;
  // an explicit release type in the workflow still wins.
  const releaseAs = settings.releaseType === 'auto' ? usableReleaseAs(analysis, history) : undefined;
  const decision = decideVersion({
    releaseType: releaseAs ? 'version' : settings.releaseType,
    version: releaseAs?.version ?? settings.version,
    preid: settings.preid,
    level: analysis.level,
    last: history.last?.version,
    lastStable: history.lastStable?.version,
    majorOnZero: settings.majorOnZero,
    initialVersion: settings.initialVersion,
  });
  const prerelease = decision.version ? semver.prerelease(decision.version) !== null : false;
  const notesFrom = prerelease ? history.last : history.lastStable;
  const notes =
    notesFrom?.commit === history.lastStable?.commit
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
function usableReleaseAs(analysis: Analysis, history: ReleaseHistory): Analysis['releaseAs'] {
  const wanted = analysis.releaseAs;
  const version = wanted ? semver.valid(semver.clean(wanted.version)) : null;
  if (!wanted || !version) return undefined;
  if (history.last && !semver.gt(version, history.last.version)) return undefined;
  return { version, hash: wanted.hash };
}
