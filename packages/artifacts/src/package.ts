import { basename } from 'node:path';
import { ReleaseError } from '../../kit/src/index.js';
import { writeArchive } from './archive.js';
import { findMatches, walkContext, type Match } from './collect.js';
import { commonBase, expandMatches, wrapEntries, type SourceEntry } from './entries.js';
import type { DigestAlgorithm } from './hash.js';
import type { ArtifactRecord } from './manifest.js';
import { artifactFileName, safeStem, stemOf, type ArchiveFormat } from './names.js';
import type { Staging } from './staging.js';

/**
 * Package mode: what the `files` patterns match becomes one archive per
 * format (or, with `split`, one per matched path), named
 * `<stem>-<version>[-<platform>].<format>`. Everything is planned and checked
 * (matches, links, names) before the first byte is written.
 */

export interface PackageOptions {
  workspace: string;
  /** Workspace-relative patterns; `!` excludes. */
  patterns: string[];
  /** Directories never packaged (the output directory). */
  skip: string[];
  /** Archive paths are relative to this; default: the common parent of the matches. */
  baseDirectory?: string;
  split: boolean;
  /** Put everything under a top folder named like the artifact. */
  wrap: boolean;
  /** Package names starting with `.` (left out by default). */
  includeHidden?: boolean;
  /** Copy link targets even where the link could stay a link. */
  copyLinks?: boolean;
  name: string;
  version: string;
  platform?: string;
  formats: ArchiveFormat[];
}

export interface PlannedArtifact {
  name: string;
  format: ArchiveFormat;
  platform: string | null;
  entries: SourceEntry[];
  /** The matched paths it is made of, for messages. */
  from: string[];
}

function artifactGroups(matches: Match[], options: PackageOptions): { stem: string; matches: Match[] }[] {
  if (!options.split) return [{ stem: options.name, matches }];
  return matches.map((match) => ({
    stem: safeStem(stemOf(basename(match.path), match.isDirectory)),
    matches: [match],
  }));
}

export async function planArtifacts(options: PackageOptions): Promise<PlannedArtifact[]> {
  const context = await walkContext(options.workspace, options.patterns, options.skip, {
    includeHidden: options.includeHidden,
    copyLinks: options.copyLinks,
  });
  const matches = await findMatches(context, options.patterns);
  const planned: PlannedArtifact[] = [];
  for (const group of artifactGroups(matches, options)) {
    const base = options.baseDirectory ?? commonBase(group.matches);
    const entries = await expandMatches(context, group.matches, base);
    const from = group.matches.map((m) => m.rel);
    if (!entries.some((entry) => entry.type === 'file')) {
      throw new ReleaseError(
        'ENOMATCH',
        `${from.map((rel) => `"${rel}"`).join(', ')} holds no files to package`,
        {
          hint: 'The patterns matched only empty directories, or "!" patterns excluded everything below them.',
        },
      );
    }
    for (const format of options.formats) {
      const name = artifactFileName(group.stem, options.version, options.platform, format);
      const top = name.slice(0, -(format.length + 1));
      const contents = options.wrap ? wrapEntries(entries, top) : entries;
      planned.push({ name, format, platform: options.platform ?? null, entries: contents, from });
    }
  }
  rejectDuplicateNames(planned);
  return planned;
}

function rejectDuplicateNames(planned: PlannedArtifact[]): void {
  const byName = new Map<string, PlannedArtifact[]>();
  for (const artifact of planned) byName.set(artifact.name, [...(byName.get(artifact.name) ?? []), artifact]);
  const clashes = [...byName.entries()].filter(([, list]) => list.length > 1);
  if (clashes.length === 0) return;
  const lines = clashes.map(
    ([name, list]) =>
      `"${name}" from ${list.map((a) => a.from.map((rel) => `"${rel}"`).join(' + ')).join(' and ')}`,
  );
  throw new ReleaseError('EDUPLICATE', `Two artifacts would have the same name:\n${lines.join('\n')}`, {
    hint: 'Rename one of the paths, or package them together (split: false).',
  });
}

export interface WriteOptions {
  mtime: number;
  level: number;
  algorithms: DigestAlgorithm[];
  onArtifact?: (record: ArtifactRecord) => void;
}

/** Writes each planned archive into the staging folder, hashing it on the way. */
export async function writePlannedArtifacts(
  planned: PlannedArtifact[],
  staging: Staging,
  options: WriteOptions,
): Promise<ArtifactRecord[]> {
  const records: ArtifactRecord[] = [];
  for (const artifact of planned) {
    const digests = await writeArchive(
      artifact.format,
      artifact.entries,
      staging.path(artifact.name),
      options,
    );
    const record: ArtifactRecord = {
      name: artifact.name,
      path: artifact.name,
      format: artifact.format,
      platform: artifact.platform,
      size: digests.size,
      sha256: digests.sha256,
      ...(digests.sha512 ? { sha512: digests.sha512 } : {}),
      entries: artifact.entries.filter((entry) => entry.type === 'file').length,
    };
    records.push(record);
    options.onArtifact?.(record);
  }
  return records;
}
