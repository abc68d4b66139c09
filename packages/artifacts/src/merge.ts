import { copyFile, link } from 'node:fs/promises';
import { join } from 'node:path';
import { ReleaseError, type ErrorCode } from '../../kit/src/index.js';
import { findMatches, walkContext } from './collect.js';
import { hashFile, type DigestAlgorithm } from './hash.js';
import { MANIFEST_FILE, readManifest, type ArtifactRecord, type Manifest } from './manifest.js';
import type { Staging } from './staging.js';

/**
 * Merge mode: the folders that the matrix legs uploaded (each with its
 * archives and its own artifacts.json) become one release. Every file is
 * re-hashed against its leg's manifest, so a corrupt download is caught;
 * an artifact that two legs both made is kept once when the bytes agree and
 * refused when they do not.
 */

export interface Leg {
  /** Workspace-relative folder, for messages. */
  rel: string;
  directory: string;
  manifest: Manifest;
}

export async function readLegs(workspace: string, patterns: string[], skip: string[]): Promise<Leg[]> {
  // Legs are folders this action wrote; what of them is used is named by their manifests.
  const context = await walkContext(workspace, patterns, skip, { includeHidden: true });
  const matches = await findMatches(context, patterns);
  const folders = matches.filter((match) => match.isDirectory);
  if (folders.length === 0) {
    throw new ReleaseError(
      'ENOMATCH',
      `merge-from matched no folders (${matches.map((m) => `"${m.rel}"`).join(', ')})`,
      {
        hint: 'Point merge-from at the folders the legs were downloaded into, such as legs/*.',
      },
    );
  }
  const legs: Leg[] = [];
  for (const folder of folders) {
    legs.push({
      rel: folder.rel,
      directory: folder.path,
      manifest: await readManifest(join(folder.path, MANIFEST_FILE)),
    });
  }
  return legs;
}

interface Candidate {
  leg: Leg;
  record: ArtifactRecord;
}

function requireOneValue(
  legs: Leg[],
  pick: (m: Manifest) => string | null,
  what: string,
  code: ErrorCode,
): string | null {
  const values = new Map<string | null, string[]>();
  for (const leg of legs)
    values.set(pick(leg.manifest), [...(values.get(pick(leg.manifest)) ?? []), leg.rel]);
  if (values.size > 1) {
    const lines = [...values.entries()].map(([value, rels]) => `${value ?? '(none)'}: ${rels.join(', ')}`);
    throw new ReleaseError(code, `The legs were built for different ${what}s:\n${lines.join('\n')}`, {
      hint: 'Merge only the legs of one workflow run; a stale download folder is the usual cause.',
    });
  }
  return [...values.keys()][0] ?? null;
}

export interface MergedLegs {
  artifacts: ArtifactRecord[];
  version: string;
  names: string[];
  commit: string | null;
  sourceDateEpoch: number;
}

/** Checks the legs agree, then links (or copies) each artifact into the staging folder and verifies its bytes. */
export async function mergeLegs(
  legs: Leg[],
  staging: Staging,
  algorithms: DigestAlgorithm[],
): Promise<MergedLegs> {
  const version = requireOneValue(legs, (m) => m.version, 'version', 'EMERGEVERSION')!;
  const commit = requireOneValue(legs, (m) => m.commit, 'commit', 'EMERGECOMMIT');
  const byName = new Map<string, Candidate[]>();
  for (const leg of legs) {
    for (const record of leg.manifest.artifacts) {
      if (!record.name.endsWith(`.${record.format}`) || record.path !== record.name) {
        throw new ReleaseError(
          'EMANIFEST',
          `${leg.rel}/${MANIFEST_FILE}: artifact "${record.name}" has an unexpected name or path`,
        );
      }
      byName.set(record.name, [...(byName.get(record.name) ?? []), { leg, record }]);
    }
  }
  const conflicts = [...byName.entries()].filter(
    ([, list]) => new Set(list.map((c) => c.record.sha256)).size > 1,
  );
  if (conflicts.length > 0) {
    const lines = conflicts.map(
      ([name, list]) =>
        `"${name}": ${list.map((c) => `${c.leg.rel} (sha256 ${c.record.sha256.slice(0, 12)}…)`).join(' vs ')}`,
    );
    throw new ReleaseError(
      'EMERGECONFLICT',
      `Two legs made an artifact of the same name with different contents:\n${lines.join('\n')}`,
      {
        hint: 'Give each leg its own platform label so the names differ.',
      },
    );
  }

  const artifacts: ArtifactRecord[] = [];
  for (const [name, [first]] of [...byName.entries()].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const { leg, record } = first!;
    const source = join(leg.directory, record.path);
    const staged = staging.path(name);
    try {
      // A hard link is instant and costs no space; copy when the folders are on different file systems.
      await link(source, staged).catch(() => copyFile(source, staged));
    } catch {
      throw new ReleaseError(
        'EMANIFEST',
        `${leg.rel}/${MANIFEST_FILE} lists "${name}", but ${leg.rel}/${record.path} is missing`,
        {
          hint: 'Download the whole artifact of each leg, not just its manifest.',
        },
      );
    }
    const digests = await hashFile(staged, algorithms);
    const sha512Differs =
      record.sha512 !== undefined && digests.sha512 !== undefined && digests.sha512 !== record.sha512;
    if (digests.sha256 !== record.sha256 || digests.size !== record.size || sha512Differs) {
      throw new ReleaseError(
        'ECORRUPT',
        `${leg.rel}/${name} does not match its manifest (sha256 ${digests.sha256}, expected ${record.sha256})`,
        {
          hint: 'The download is incomplete or was changed after the leg built it; re-run the leg.',
        },
      );
    }
    const { sha512: _unverified, ...kept } = record;
    artifacts.push({
      ...kept,
      size: digests.size,
      sha256: digests.sha256,
      ...(digests.sha512 ? { sha512: digests.sha512 } : {}),
    });
  }
  return {
    artifacts,
    version,
    names: [...new Set(legs.map((leg) => leg.manifest.name))],
    commit,
    sourceDateEpoch: Math.max(...legs.map((leg) => leg.manifest.sourceDateEpoch)),
  };
}
