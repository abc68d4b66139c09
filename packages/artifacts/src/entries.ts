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

/** Where a file or folder is, as the walk meets it. */
interface Found {
  rel: string;
  archivePath: string;
  real: string;
  size: number;
  mode: number;
  isDirectory: boolean;
  ancestors: Set<string>;
  /** The path walked when it differs from the real one (a folder reached through a link). */
  path?: string;
}

/** The entries gathered so far: what is stored as itself, and the links still to settle. */
class Expansion {
  readonly entries = new Map<string, SourceEntry>();
  /** Real path → archive path of what is stored as itself (not through a link). */
  private readonly stored = new Map<string, string>();
  private readonly links: PendingLink[] = [];

  constructor(private readonly context: WalkContext) {}

  /** One matched file or folder, with the folders between the base and it. */
  async addMatch(match: Match, base: string): Promise<void> {
    const archivePath = archivePathOf(match, base);
    const info = await inspect(this.context, match.path, match.rel);
    if (!info) return;
    if (archivePath) this.addParents(archivePath);
    const asLink = info.link && !this.context.copyLinks && (archivePath !== '' || !match.isDirectory);
    if (asLink) {
      this.links.push({
        rel: match.rel,
        archivePath,
        real: info.real,
        isDirectory: match.isDirectory,
        ancestors: new Set(),
      });
      return;
    }
    if (!match.isDirectory) {
      this.addFile(archivePath, info.stats.size, info.stats.mode, info.real);
      return;
    }
    if (archivePath) this.entries.set(archivePath, directory(archivePath));
    this.stored.set(info.real, archivePath);
    await this.walk(match.path, match.rel, archivePath, new Set([info.real]));
  }

  /** Links last, once everything stored as itself is known; copying a folder may meet more links. */
  async settleLinks(): Promise<void> {
    while (this.links.length > 0) {
      for (const link of this.links.splice(0)) {
        const target = this.stored.get(link.real);
        if (target !== undefined) {
          this.entries.set(link.archivePath, symlink(link.archivePath, target));
          continue;
        }
        const stats = await stat(link.real);
        await this.store({ ...link, size: stats.size, mode: stats.mode });
      }
    }
  }

  private addParents(path: string): void {
    for (const parent of ancestorsOf(path)) {
      if (!this.entries.has(parent)) this.entries.set(parent, directory(parent));
    }
  }

  private addFile(path: string, size: number, mode: number, source: string): void {
    const fileMode = mode & 0o111 ? EXECUTABLE_MODE : FILE_MODE;
    this.entries.set(path, { path, type: 'file', mode: fileMode, size, source });
    this.stored.set(source, path);
  }

  private async walk(dir: string, rel: string, archivePath: string, ancestors: Set<string>): Promise<void> {
    const context = this.context;
    for (const child of await readdir(dir, { withFileTypes: true })) {
      const path = join(dir, child.name);
      const childRel = `${rel}/${child.name}`;
      const childArchive = archivePath ? `${archivePath}/${child.name}` : child.name;
      if (child.name === GIT_DIRECTORY || context.skip.has(path)) continue;
      if (!context.includeHidden && child.name.startsWith('.')) continue;
      const info = await inspect(context, path, childRel);
      if (!info || context.skip.has(info.real)) continue;
      const isDirectory = info.stats.isDirectory();
      if (isExcluded(context, childRel, isDirectory)) continue;
      const found = { rel: childRel, archivePath: childArchive, real: info.real, isDirectory, ancestors };
      if (info.link && !context.copyLinks) this.links.push(found);
      else await this.store({ ...found, size: info.stats.size, mode: info.stats.mode, path });
    }
  }

  /** Stores a file's bytes, or a folder and everything below it, under its archive path. */
  private async store(found: Found): Promise<void> {
    if (!found.isDirectory) {
      this.addFile(found.archivePath, found.size, found.mode, found.real);
      return;
    }
    if (found.ancestors.has(found.real)) {
      throw new ReleaseError(
        'ELOOP',
        `"${found.rel}" is a symbolic link to one of its own parent directories`,
        {
          hint: 'Exclude it with a "!" pattern.',
        },
      );
    }
    this.entries.set(found.archivePath, directory(found.archivePath));
    this.stored.set(found.real, found.archivePath);
    await this.walk(
      found.path ?? found.real,
      found.rel,
      found.archivePath,
      new Set([...found.ancestors, found.real]),
    );
  }
}

/** The match's path inside the archive; refused when it is outside the base, or is the base but a file. */
function archivePathOf(match: Match, base: string): string {
  if (!isInside(base, match.path)) {
    throw new ReleaseError('EOUTSIDEBASE', `"${match.rel}" is not inside the base directory`, {
      hint: 'Archive paths are relative to base-directory; widen it or narrow the files patterns.',
    });
  }
  const archivePath = toPosix(relative(base, match.path));
  if (!archivePath && !match.isDirectory) {
    throw new ReleaseError('EOUTSIDEBASE', `"${match.rel}" is the base directory itself, but a file`, {
      hint: 'base-directory must be a directory that holds the files.',
    });
  }
  return archivePath;
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
  const expansion = new Expansion(context);
  for (const match of matches) await expansion.addMatch(match, base);
  await expansion.settleLinks();
  return [...expansion.entries.values()].sort((a, b) => compareEntryPaths(a.path, b.path));
}

function symlink(path: string, target: string): SourceEntry {
  const linkname = posix.relative(posix.dirname(path), target) || '.';
  return { path, type: 'symlink', mode: SYMLINK_MODE, size: 0, linkname };
}

/** Puts every entry under one top directory (`app-1.4.0-linux/…`). */
export function wrapEntries(entries: SourceEntry[], top: string): SourceEntry[] {
  return [directory(top), ...entries.map((entry) => ({ ...entry, path: `${top}/${entry.path}` }))];
}
