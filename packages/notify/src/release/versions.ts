import semver from 'semver';

/**
 * Which release is "latest" and which came before, decided by semantic version
 * rather than by date: a hotfix 1.3.5 published after 1.4.0 must not take the
 * "Latest" badge from 1.4.0.
 */

export interface ReleaseRecord {
  id: number;
  tag_name: string;
  draft: boolean;
  prerelease: boolean;
}

export type MakeLatest = 'true' | 'false' | 'legacy';

export function isPrerelease(version: string): boolean {
  return (semver.prerelease(version) ?? []).length > 0;
}

/** The version in a tag written as `<prefix><version>`, or undefined for other tags. */
export function versionOfTag(tag: string, prefix: string): string | undefined {
  if (!tag.startsWith(prefix)) return undefined;
  return semver.valid(tag.slice(prefix.length)) ?? undefined;
}

interface Versioned {
  tag: string;
  version: string;
}

function versioned(releases: readonly ReleaseRecord[], prefix: string, exceptTag: string): Versioned[] {
  return releases
    .filter((release) => !release.draft && release.tag_name !== exceptTag)
    .map((release) => ({ tag: release.tag_name, version: versionOfTag(release.tag_name, prefix) }))
    .filter((entry): entry is Versioned => entry.version !== undefined)
    .sort((a, b) => semver.rcompare(a.version, b.version));
}

/** The highest published stable release other than `tag`. */
export function highestStable(
  releases: readonly ReleaseRecord[],
  prefix: string,
  tag: string,
): Versioned | undefined {
  return versioned(releases, prefix, tag).find((entry) => !isPrerelease(entry.version));
}

/**
 * The release before `version`: the highest stable one below it for a stable
 * version; for a prerelease, the highest of any kind below it.
 */
export function previousRelease(
  releases: readonly ReleaseRecord[],
  prefix: string,
  version: string,
  tag: string,
): Versioned | undefined {
  const stable = !isPrerelease(version);
  return versioned(releases, prefix, tag).find(
    (entry) => semver.lt(entry.version, version) && (!stable || !isPrerelease(entry.version)),
  );
}

export interface LatestDecision {
  makeLatest: MakeLatest;
  reason: string;
}

/** `make_latest` for a release, when the input leaves it to the action (`auto`). */
export function decideLatest(
  version: string,
  releases: readonly ReleaseRecord[],
  prefix: string,
  tag: string,
): LatestDecision {
  if (isPrerelease(version))
    return { makeLatest: 'false', reason: 'a prerelease is never the latest release' };
  const highest = highestStable(releases, prefix, tag);
  if (highest && semver.gt(highest.version, version)) {
    return { makeLatest: 'false', reason: `${highest.tag} is a higher version (a release on an older line)` };
  }
  return {
    makeLatest: 'true',
    reason: highest ? `higher than ${highest.tag}` : 'the first stable release',
  };
}
