import type { Dirent, Stats } from 'node:fs';
import { lstat, readdir, realpath, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { Minimatch } from 'minimatch';
import { ReleaseError } from '../../kit/src/errors.js';
import { isInside } from './paths.js';

/**
 * Finds what the `files` patterns match inside the workspace. Patterns are
 * relative to the workspace; `!pattern` excludes. A matched directory brings
 * its whole tree. Symbolic links are followed only where their real target
 * stays inside the workspace; one that leads out is refused the moment it
 * would be included, so nothing from outside can end up in an archive.
 * `.git` folders are never searched nor packaged: actions/checkout keeps the
 * job's token in `.git/config`, which must not ship in a release.
 */

export interface Match {
  /** Workspace-relative, `/`-separated, as the user sees it. */
  rel: string;
  /** Absolute path as reached (through links, not resolved). */
  path: string;
  isDirectory: boolean;
}

export interface WalkContext {
  workspace: string;
  realWorkspace: string;
  /** Directories never searched nor packaged (the output directory). */
  skip: Set<string>;
  excludes: Minimatch[];
}

const MAGIC = /[*?[\]{}()!+@]/;
export const GIT_DIRECTORY = '.git';
const OPTIONS = { dot: true } as const;

export async function walkContext(
  workspace: string,
  patterns: string[],
  skip: string[] = [],
): Promise<WalkContext> {
  const realWorkspace = await realpath(workspace);
  const skipped = new Set<string>();
  for (const dir of skip) {
    skipped.add(dir);
    skipped.add(await realpath(dir).catch(() => dir));
  }
  const excludes = patterns.filter((p) => p.startsWith('!')).map((p) => new Minimatch(p.slice(1), OPTIONS));
  return { workspace, realWorkspace, skip: skipped, excludes };
}

export function isExcluded(context: WalkContext, rel: string, isDirectory: boolean): boolean {
  return context.excludes.some((m) => m.match(rel) || (isDirectory && m.match(`${rel}/`)));
}

function outsideError(rel: string, real: string, workspace: string): ReleaseError {
  return new ReleaseError('EOUTSIDE', `"${rel}" is a symbolic link to ${real}, outside the workspace`, {
    hint: `Only files inside the workspace (${workspace}) are packaged; copy what you need into it first.`,
  });
}

/**
 * What a path is once links are followed. Links are checked against the
 * workspace; broken links and special files are refused.
 */
export async function inspect(
  context: WalkContext,
  path: string,
  rel: string,
): Promise<{ stats: Stats; real: string } | undefined> {
  let own: Stats;
  try {
    own = await lstat(path);
  } catch (thrown) {
    if (
      (thrown as NodeJS.ErrnoException).code === 'ENOENT' ||
      (thrown as NodeJS.ErrnoException).code === 'ENOTDIR'
    ) {
      return undefined;
    }
    throw thrown;
  }
  let real: string;
  try {
    real = await realpath(path);
  } catch {
    throw new ReleaseError('ELINK', `"${rel}" is a broken symbolic link`, {
      hint: 'Remove the link or make the build create its target.',
    });
  }
  if (!isInside(context.realWorkspace, real)) throw outsideError(rel, real, context.workspace);
  const stats = own.isSymbolicLink() ? await stat(real) : own;
  if (!stats.isFile() && !stats.isDirectory()) {
    throw new ReleaseError('ESPECIAL', `"${rel}" is neither a file nor a directory`, {
      hint: 'Sockets, pipes and devices cannot be packaged; exclude it with a "!" pattern.',
    });
  }
  return { stats, real };
}

function literalPrefix(pattern: string): string {
  const parts = pattern.split('/');
  const literal: string[] = [];
  for (const part of parts) {
    if (MAGIC.test(part)) break;
    literal.push(part);
  }
  return literal.join('/');
}

async function listDirectory(path: string): Promise<Dirent[]> {
  const entries = await readdir(path, { withFileTypes: true });
  return entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** Searches one pattern; directory links inside the workspace are followed, ones leading out are not searched. */
async function search(context: WalkContext, pattern: string, found: Map<string, Match>): Promise<boolean> {
  const matcher = new Minimatch(pattern, OPTIONS);
  const prefix = literalPrefix(pattern);
  const start = join(context.workspace, prefix);
  const info = await inspect(context, start, prefix || '.');
  if (!info) return false;
  if (prefix === pattern) {
    const skipped = context.skip.has(start) || prefix.split('/').includes(GIT_DIRECTORY);
    if (skipped || isExcluded(context, prefix, info.stats.isDirectory())) return false;
    found.set(prefix, { rel: prefix, path: start, isDirectory: info.stats.isDirectory() });
    return true;
  }
  if (!info.stats.isDirectory()) return false;
  let matched = false;
  const visit = async (dir: string, relDir: string, ancestors: Set<string>): Promise<void> => {
    for (const entry of await listDirectory(dir)) {
      const path = join(dir, entry.name);
      const rel = relDir ? `${relDir}/${entry.name}` : entry.name;
      if (entry.name === GIT_DIRECTORY || context.skip.has(path)) continue;
      if (matcher.match(rel)) {
        const target = await inspect(context, path, rel);
        if (!target || context.skip.has(target.real)) continue;
        const isDirectory = target.stats.isDirectory();
        if (isExcluded(context, rel, isDirectory)) continue;
        found.set(rel, { rel, path, isDirectory });
        matched = true;
        continue;
      }
      if (!matcher.match(rel, true)) continue;
      if (entry.isDirectory()) {
        await visit(path, rel, ancestors);
      } else if (entry.isSymbolicLink()) {
        const real = await realpath(path).catch(() => undefined);
        if (!real || !isInside(context.realWorkspace, real) || ancestors.has(real) || context.skip.has(real))
          continue;
        if (!(await stat(real)).isDirectory()) continue;
        await visit(path, rel, new Set([...ancestors, real]));
      }
    }
  };
  await visit(start, prefix, new Set([info.real]));
  return matched;
}

/**
 * Every path the patterns match, keeping only the outermost (a matched
 * directory already brings what is below it), sorted. Patterns that match
 * nothing are all reported in one error.
 */
export async function findMatches(context: WalkContext, patterns: string[]): Promise<Match[]> {
  const found = new Map<string, Match>();
  const unmatched: string[] = [];
  for (const pattern of patterns.filter((p) => !p.startsWith('!'))) {
    if (!(await search(context, pattern, found))) unmatched.push(pattern);
  }
  if (unmatched.length > 0) {
    throw new ReleaseError('ENOMATCH', `No files match ${unmatched.map((p) => `"${p}"`).join(', ')}`, {
      hint: `Patterns are relative to the workspace (${context.workspace}); check the build wrote its output there.`,
      details: { unmatched },
    });
  }
  return [...found.keys()]
    .sort()
    .filter((rel) => !ancestorsOf(rel).some((ancestor) => found.has(ancestor)))
    .map((rel) => found.get(rel)!);
}

/** `a/b/c` → `a`, `a/b`. */
export function ancestorsOf(rel: string): string[] {
  const parts = rel.split('/');
  return parts.slice(0, -1).map((_, index) => parts.slice(0, index + 1).join('/'));
}
