import { readdir, stat } from 'node:fs/promises';
import { dirname, join, posix, relative } from 'node:path';
import { ReleaseError } from '../../kit/src/index.js';
import { ancestorsOf, GIT_DIRECTORY, inspect, isExcluded, type Match, type WalkContext } from './collect.js';
import { isInside, toPosix } from './paths.js';

/** What goes into an archive, independent of the disk it came from. */
export interface SourceEntry {
  /** Path inside the archive, `/`-separated, no leading or trailing slash. */
  path: string;
  type: 'file' | 'directory' | 'symlink';
  /** Normalised: 0o755 for directories and executables, 0o644 otherwise, 0o777 for links. */
  mode: number;
  size: number;
  /** Where to read a file's bytes (its real path). */
  source?: string;
  /** A link's target, relative to the link's own folder inside the archive. */
  linkname?: string;
}

export const FILE_MODE = 0o644;
export const EXECUTABLE_MODE = 0o755;
export const DIRECTORY_MODE = 0o755;
export const SYMLINK_MODE = 0o777;

/** Byte order of the UTF-8 names: the same on every machine and locale. */
export function compareEntryPaths(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a), Buffer.from(b));
}

function directory(path: string): SourceEntry {
  return { path, type: 'directory', mode: DIRECTORY_MODE, size: 0 };
}

/**
 * The directory the archive paths are relative to, when none is given: a
 * single matched directory's own contents, otherwise the deepest directory
 * holding every match (as actions/upload-artifact does).
 */
export function commonBase(matches: Match[]): string {
  const dirs = matches.map((m) => (m.isDirectory ? m.path : dirname(m.path)));
  let base = dirs[0]!;
  for (const dir of dirs.slice(1)) {
    while (!isInside(base, dir)) base = dirname(base);
  }
  return base;
}

/** A link met on the way, settled once everything it could point at is known. */
interface PendingLink {
  rel: string;
  archivePath: string;
  real: string;
  isDirectory: boolean;
  ancestors: Set<string>;
}

/**
 * Every file and directory below `base` that the matches bring, sorted by
 * name, with the directories between `base` and each match added so modes
 * are the same whatever extracts them. A symbolic link whose target is itself
 * in the archive stays a link (relative, so it works wherever the archive is
 * unpacked), unless `copyLinks`; any other link that passed the checks of
 * `inspect` (inside the workspace, not in git metadata, not hidden) is stored
 * as a copy of its target.
 */
export async function expandMatches(
  context: WalkContext,
  matches: Match[],
  base: string,
): Promise<SourceEntry[]> {
  const entries = new Map<string, SourceEntry>();
  /** Real path → archive path of what is stored as itself (not through a link). */
  const stored = new Map<string, string>();
  const links: PendingLink[] = [];
  const addParents = (path: string) => {
    for (const parent of ancestorsOf(path)) if (!entries.has(parent)) entries.set(parent, directory(parent));
  };
  const addFile = (path: string, size: number, mode: number, source: string) => {
    entries.set(path, { path, type: 'file', mode: mode & 0o111 ? EXECUTABLE_MODE : FILE_MODE, size, source });
  };

  const walk = async (
    dir: string,
    rel: string,
    archivePath: string,
    ancestors: Set<string>,
  ): Promise<void> => {
    const children = await readdir(dir, { withFileTypes: true });
    for (const child of children) {
      const path = join(dir, child.name);
      const childRel = `${rel}/${child.name}`;
      const childArchive = archivePath ? `${archivePath}/${child.name}` : child.name;
      if (child.name === GIT_DIRECTORY || context.skip.has(path)) continue;
      if (!context.includeHidden && child.name.startsWith('.')) continue;
      const info = await inspect(context, path, childRel);
      if (!info || context.skip.has(info.real)) continue;
      const isDirectory = info.stats.isDirectory();
      if (isExcluded(context, childRel, isDirectory)) continue;
      if (info.link && !context.copyLinks) {
        links.push({ rel: childRel, archivePath: childArchive, real: info.real, isDirectory, ancestors });
        continue;
      }
      await store(
        childRel,
        childArchive,
        info.real,
        info.stats.size,
        info.stats.mode,
        isDirectory,
        ancestors,
        path,
      );
    }
  };

  /** Stores a file's bytes, or a folder and everything below it, under `archivePath`. */
  const store = async (
    rel: string,
    archivePath: string,
    real: string,
    size: number,
    mode: number,
    isDirectory: boolean,
    ancestors: Set<string>,
    path = real,
  ): Promise<void> => {
    if (!isDirectory) {
      addFile(archivePath, size, mode, real);
      stored.set(real, archivePath);
      return;
    }
    if (ancestors.has(real)) {
      throw new ReleaseError('ELOOP', `"${rel}" is a symbolic link to one of its own parent directories`, {
        hint: 'Exclude it with a "!" pattern.',
      });
    }
    entries.set(archivePath, directory(archivePath));
    stored.set(real, archivePath);
    await walk(path, rel, archivePath, new Set([...ancestors, real]));
  };

  for (const match of matches) {
    const fromBase = relative(base, match.path);
    if (!isInside(base, match.path)) {
      throw new ReleaseError('EOUTSIDEBASE', `"${match.rel}" is not inside the base directory`, {
        hint: 'Archive paths are relative to base-directory; widen it or narrow the files patterns.',
      });
    }
    const archivePath = toPosix(fromBase);
    if (!archivePath && !match.isDirectory) {
      throw new ReleaseError('EOUTSIDEBASE', `"${match.rel}" is the base directory itself, but a file`, {
        hint: 'base-directory must be a directory that holds the files.',
      });
    }
    const info = await inspect(context, match.path, match.rel);
    if (!info) continue;
    if (archivePath) addParents(archivePath);
    if (!match.isDirectory) {
      if (info.link && !context.copyLinks) {
        links.push({
          rel: match.rel,
          archivePath,
          real: info.real,
          isDirectory: false,
          ancestors: new Set(),
        });
      } else {
        addFile(archivePath, info.stats.size, info.stats.mode, info.real);
        stored.set(info.real, archivePath);
      }
      continue;
    }
    if (archivePath && info.link && !context.copyLinks) {
      links.push({ rel: match.rel, archivePath, real: info.real, isDirectory: true, ancestors: new Set() });
      continue;
    }
    if (archivePath) entries.set(archivePath, directory(archivePath));
    stored.set(info.real, archivePath);
    await walk(match.path, match.rel, archivePath, new Set([info.real]));
  }

  // Links last, once everything stored as itself is known; copying a folder may meet more links.
  while (links.length > 0) {
    for (const link of links.splice(0)) {
      const target = stored.get(link.real);
      if (target !== undefined) {
        entries.set(link.archivePath, symlink(link.archivePath, target));
        continue;
      }
      const stats = await stat(link.real);
      await store(
        link.rel,
        link.archivePath,
        link.real,
        stats.size,
        stats.mode,
        link.isDirectory,
        link.ancestors,
      );
    }
  }
  return [...entries.values()].sort((a, b) => compareEntryPaths(a.path, b.path));
}

function symlink(path: string, target: string): SourceEntry {
  const linkname = posix.relative(posix.dirname(path), target) || '.';
  return { path, type: 'symlink', mode: SYMLINK_MODE, size: 0, linkname };
}

/** Puts every entry under one top directory (`app-1.4.0-linux/…`). */
export function wrapEntries(entries: SourceEntry[], top: string): SourceEntry[] {
  return [directory(top), ...entries.map((entry) => ({ ...entry, path: `${top}/${entry.path}` }))];
}
