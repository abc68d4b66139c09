import type { Dirent, Stats } from 'node:fs';
import { lstat, readdir, realpath, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { Minimatch } from 'minimatch';
import { ReleaseError } from '../../kit/src/index.js';
import { isInside } from './paths.js';

/**
 * Finds what the `files` patterns match inside the workspace. Patterns are
 * relative to the workspace; `!pattern` excludes. A matched directory brings
 * its whole tree. Every path is judged by where it really points: a symbolic
 * link whose real target lies outside the workspace, or anywhere in a `.git`
 * folder, is refused the moment it would be included, so nothing from outside
 * and no git metadata can end up in an archive (actions/checkout keeps the
 * job's token in `.git/config`; `dist/config -> ../.git/config` must not ship
 * it). `.git` folders are never searched nor packaged. Hidden files and folders
 * (a name starting with `.`) are left out unless asked for, as
 * actions/upload-artifact does, and a link may not bring one in under another name.
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
  /** Package files and folders whose name starts with `.`. */
  includeHidden: boolean;
  /** Store the target's bytes for every link, rather than keeping links that stay inside the archive. */
  copyLinks: boolean;
}

export interface WalkOptions {
  includeHidden?: boolean;
  copyLinks?: boolean;
}

const MAGIC = /[*?[\]{}()!+@]/;
export const GIT_DIRECTORY = '.git';
const OPTIONS = { dot: true } as const;

export async function walkContext(
  workspace: string,
  patterns: string[],
  skip: string[] = [],
  options: WalkOptions = {},
): Promise<WalkContext> {
  const realWorkspace = await realpath(workspace);
  const skipped = new Set<string>();
  for (const dir of skip) {
    skipped.add(dir);
    skipped.add(await realpath(dir).catch(() => dir));
  }
  const excludes = patterns.filter((p) => p.startsWith('!')).map((p) => new Minimatch(p.slice(1), OPTIONS));
  return {
    workspace,
    realWorkspace,
    skip: skipped,
    excludes,
    includeHidden: options.includeHidden ?? false,
    copyLinks: options.copyLinks ?? false,
  };
}

/** Whether a `/`-separated relative path has a part whose name starts with `.`. */
export function isHiddenPath(rel: string): boolean {
  return rel.split('/').some((part) => part.startsWith('.') && part !== '.' && part !== '..');
}

function workspaceRelative(context: WalkContext, real: string): string {
  return relative(context.realWorkspace, real).split(sep).join('/');
}

/** Whether a real path lies in git metadata: a `.git` folder or file anywhere below the workspace. */
function inGitMetadata(context: WalkContext, real: string): boolean {
  return workspaceRelative(context, real).split('/').includes(GIT_DIRECTORY);
}

export function isExcluded(context: WalkContext, rel: string, isDirectory: boolean): boolean {
  return context.excludes.some((m) => m.match(rel) || (isDirectory && m.match(`${rel}/`)));
}

function gitError(rel: string, target: string): ReleaseError {
  return new ReleaseError(
    'EGITLINK',
    `"${rel}" is a symbolic link to ${target}, inside git's metadata, which is never packaged`,
    {
      hint: "actions/checkout keeps the job's token in .git/config: remove the link, or copy what the release needs out of .git into the packaged folder.",
    },
  );
}

function hiddenError(rel: string, target: string): ReleaseError {
  return new ReleaseError('EHIDDEN', `"${rel}" is a symbolic link to ${target}, a hidden file or folder`, {
    hint: 'Hidden files and folders (a name starting with ".") are left out of archives; set include-hidden-files: true to package them.',
  });
}

function outsideError(rel: string, real: string, workspace: string): ReleaseError {
  return new ReleaseError('EOUTSIDE', `"${rel}" is a symbolic link to ${real}, outside the workspace`, {
    hint: `Only files inside the workspace (${workspace}) are packaged; copy what you need into it first.`,
  });
}

/**
 * What a path is once links are followed, judged by its real target: outside
 * the workspace, in git metadata, or (unless asked for) hidden, it is refused;
 * broken links and special files are refused too.
 */
export async function inspect(
  context: WalkContext,
  path: string,
  rel: string,
): Promise<{ stats: Stats; real: string; link: boolean } | undefined> {
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
  if (inGitMetadata(context, real)) throw gitError(rel, workspaceRelative(context, real));
  const link = own.isSymbolicLink();
  if (link && !context.includeHidden && isHiddenPath(workspaceRelative(context, real))) {
    throw hiddenError(rel, workspaceRelative(context, real));
  }
  const stats = link ? await stat(real) : own;
  if (!stats.isFile() && !stats.isDirectory()) {
    throw new ReleaseError('ESPECIAL', `"${rel}" is neither a file nor a directory`, {
      hint: 'Sockets, pipes and devices cannot be packaged; exclude it with a "!" pattern.',
    });
  }
  return { stats, real, link };
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
  if (!context.includeHidden && isHiddenPath(prefix)) return false;
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
      if (!context.includeHidden && entry.name.startsWith('.')) continue;
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
        if (
          !real ||
          !isInside(context.realWorkspace, real) ||
          inGitMetadata(context, real) ||
          ancestors.has(real) ||
          context.skip.has(real)
        )
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
    const hidden = context.includeHidden
      ? ''
      : ' Hidden files and folders (a name starting with ".") are left out unless include-hidden-files is true.';
    throw new ReleaseError('ENOMATCH', `No files match ${unmatched.map((p) => `"${p}"`).join(', ')}`, {
      hint: `Patterns are relative to the workspace (${context.workspace}); check the build wrote its output there.${hidden}`,
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
