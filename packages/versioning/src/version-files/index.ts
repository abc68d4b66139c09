import { basename, dirname, join, posix } from 'node:path';
import { readFileIfExists, ReleaseError } from '../../../kit/src/index.js';
import {
  cargoCrateName,
  cargoLock,
  EDITORS,
  KNOWN_FILES,
  NO_VERSION,
  type VersionFileKind,
} from './formats.js';
import type { FileEdit } from '../files.js';

/**
 * Version files: the ones listed in `version-files`, or those found in the
 * component's folder. Every edit is computed in memory first, so an unreadable
 * file stops the release before anything is written.
 */

export interface VersionFileSpec {
  path: string;
  kind: VersionFileKind;
  pattern?: RegExp;
  /** Listed by the user (must exist and hold a version) rather than found by looking. */
  explicit: boolean;
}

export const KNOWN_FILE_LIST = KNOWN_FILES.join(', ');

/** `path/package.json`, or `path/to/file:regex` for any other file; throws a message saying what is expected. */
export function parseVersionFileSpec(raw: string): VersionFileSpec {
  const colon = raw.indexOf(':');
  if (colon > 0) {
    const path = raw.slice(0, colon).trim();
    const source = raw.slice(colon + 1);
    let pattern: RegExp;
    try {
      pattern = new RegExp(source, 'gm');
    } catch (thrown) {
      throw new Error(`file:regex with a valid regular expression (${(thrown as Error).message})`);
    }
    if (!/\((?!\?[:=!<])|\(\?<version>/.test(source)) {
      throw new Error(
        'file:regex whose regular expression captures the version in a group, e.g. VERSION = "(.*)"',
      );
    }
    return { path: normalisePath(path), kind: 'regex', pattern, explicit: true };
  }
  const kind = basename(raw.trim()) as VersionFileKind;
  if (!KNOWN_FILES.includes(kind)) {
    throw new Error(`one of ${KNOWN_FILE_LIST} (in any folder), or file:regex for any other file`);
  }
  return { path: normalisePath(raw.trim()), kind, explicit: true };
}

export function normalisePath(path: string): string {
  const clean = posix
    .normalize(path.replace(/\\/g, '/'))
    .replace(/^\.\/+/, '')
    .replace(/\/+$/, '');
  if (clean.startsWith('../') || clean === '..' || clean.startsWith('/')) {
    throw new Error('a path inside the repository');
  }
  return clean === '' ? '.' : clean;
}

/** The known files present in the component folder, used when `version-files` is not set. */
export function detectedSpecs(componentPath: string): VersionFileSpec[] {
  return KNOWN_FILES.map((kind) => ({ path: posix.join(componentPath, kind), kind, explicit: false }));
}

export interface VersionFilesPlan {
  edits: FileEdit[];
  /** Files found by looking that hold no version, with the reason, for the log. */
  skipped: string[];
  /** Every file considered that holds the version (changed or already right). */
  files: string[];
}

export async function planVersionFiles(
  root: string,
  specs: VersionFileSpec[],
  version: string,
): Promise<VersionFilesPlan> {
  const plan: VersionFilesPlan = { edits: [], skipped: [], files: [] };
  const add = (path: string, before: string, after: string) => {
    plan.files.push(path);
    if (after !== before) plan.edits.push({ path, before, after });
  };
  for (const spec of specs) {
    const before = await readFileIfExists(join(root, spec.path));
    if (before === undefined) {
      if (spec.explicit) {
        throw new ReleaseError('EVERSIONFILE', `${spec.path}: no such file`, {
          location: { file: spec.path },
          hint: 'version-files paths are relative to the repository root.',
        });
      }
      continue;
    }
    let after: string;
    try {
      after = EDITORS[spec.kind](before, { file: spec.path, version, pattern: spec.pattern });
    } catch (thrown) {
      // A file found by looking may simply not be where this project keeps its version;
      // one that cannot be read is an error either way.
      if (spec.explicit || !(thrown instanceof ReleaseError) || thrown.code !== NO_VERSION) throw thrown;
      plan.skipped.push(thrown.message);
      continue;
    }
    add(spec.path, before, after);
    await planCompanion(root, spec, before, version, add);
  }
  return plan;
}

/** The lock file next to a manifest records the same version; keep them in step. */
async function planCompanion(
  root: string,
  spec: VersionFileSpec,
  manifest: string,
  version: string,
  add: (path: string, before: string, after: string) => void,
): Promise<void> {
  const folder = dirname(spec.path);
  if (spec.kind === 'package.json') {
    const path = posix.join(folder, 'package-lock.json');
    const before = await readFileIfExists(join(root, path));
    if (before !== undefined)
      add(path, before, EDITORS['package-lock.json'](before, { file: path, version }));
  }
  if (spec.kind === 'Cargo.toml') {
    const crate = cargoCrateName(manifest);
    const path = posix.join(folder, 'Cargo.lock');
    const before = crate ? await readFileIfExists(join(root, path)) : undefined;
    if (crate && before !== undefined) add(path, before, cargoLock(before, { file: path, version, crate }));
  }
}
