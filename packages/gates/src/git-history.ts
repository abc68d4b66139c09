import semver from 'semver';
import { git } from '../../kit/src/index.js';

/** What the gates ask of the local repository: tags, changes since the last release, files at a tag. */

export async function isGitRepository(cwd: string): Promise<boolean> {
  const result = await git(['rev-parse', '--is-inside-work-tree'], { cwd, allowFailure: true });
  return result.exitCode === 0 && result.stdout.trim() === 'true';
}

export async function isShallow(cwd: string): Promise<boolean> {
  const result = await git(['rev-parse', '--is-shallow-repository'], { cwd, allowFailure: true });
  return result.stdout.trim() === 'true';
}

/** The commit a local tag points at, or undefined when there is no such tag. */
export async function localTagCommit(cwd: string, tag: string): Promise<string | undefined> {
  const result = await git(['rev-parse', '-q', '--verify', `refs/tags/${tag}^{commit}`], {
    cwd,
    allowFailure: true,
  });
  return result.exitCode === 0 ? result.stdout.trim() : undefined;
}

export async function headCommit(cwd: string): Promise<string | undefined> {
  const result = await git(['rev-parse', 'HEAD'], { cwd, allowFailure: true });
  return result.exitCode === 0 ? result.stdout.trim() : undefined;
}

/**
 * The latest release tag reachable from HEAD: the highest semver among tags
 * with the prefix, other than the tag being released (a re-run may have made it)
 * and below the version being released when that is known.
 */
export async function previousReleaseTag(
  cwd: string,
  prefix: string,
  options: { exclude?: string; below?: string } = {},
): Promise<{ tag: string; version: string } | undefined> {
  const result = await git(['tag', '--merged', 'HEAD', '--list', `${prefix}*`], { cwd, allowFailure: true });
  if (result.exitCode !== 0) return undefined;
  let best: { tag: string; version: string } | undefined;
  for (const tag of result.stdout.split('\n').map((t) => t.trim())) {
    if (!tag || tag === options.exclude) continue;
    const version = semver.valid(tag.slice(prefix.length));
    if (!version || semver.prerelease(version)) continue;
    if (options.below && semver.valid(options.below) && !semver.lt(version, options.below)) continue;
    if (!best || semver.gt(version, best.version)) best = { tag, version };
  }
  return best;
}

/** Paths changed between a tag and HEAD. */
export async function changedSince(cwd: string, ref: string): Promise<string[]> {
  const output = await git(['diff', '--name-only', '--no-renames', ref, 'HEAD'], { cwd });
  return output.stdout.split('\n').filter(Boolean);
}

/** A file's content at a ref, or undefined when it did not exist there. */
export async function fileAt(cwd: string, ref: string, path: string): Promise<string | undefined> {
  const result = await git(['show', `${ref}:${path.replace(/^\.\//, '')}`], { cwd, allowFailure: true });
  return result.exitCode === 0 ? result.stdout : undefined;
}

/** Remote branches that contain a commit (when a tag push leaves no branch in GITHUB_REF). */
export async function branchesContaining(cwd: string, sha: string): Promise<string[]> {
  const result = await git(['branch', '--all', '--format=%(refname)', '--contains', sha], {
    cwd,
    allowFailure: true,
  });
  if (result.exitCode !== 0) return [];
  return result.stdout
    .split('\n')
    .map((ref) =>
      ref
        .trim()
        .replace(/^refs\/heads\//, '')
        .replace(/^refs\/remotes\/[^/]+\//, ''),
    )
    .filter((name) => name && name !== 'HEAD');
}
