import { realpath as realpathCallback } from 'node:fs';
import { dirname, isAbsolute, join, normalize, relative, sep } from 'node:path';
import { promisify } from 'node:util';
import { ReleaseError } from '../../kit/src/index.js';

// The native realpath, as `fs/promises` has it, without loading `fs/promises` (and its streams)
// for the input checks: build-artifacts checks its folders before anything else loads.
const realpath = promisify(realpathCallback.native);

/**
 * Everything this action reads or writes stays inside the workspace: no `..`
 * that climbs out, no absolute path elsewhere, no symbolic link whose real
 * target lies outside. Checks compare real paths, so a workspace that is
 * itself reached through a link still works.
 */

export function isInside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

/** Posix form of a path relative to `root` ('' for the root itself). */
export function toPosix(rel: string): string {
  return sep === '/' ? rel : rel.split(sep).join('/');
}

/**
 * A glob pattern as written by the user, made relative to the workspace.
 * Returns a problem text for patterns that point outside it.
 */
export function normalisePattern(
  pattern: string,
  workspace: string,
): { pattern: string } | { problem: string } {
  const negated = pattern.startsWith('!');
  let body = negated ? pattern.slice(1) : pattern;
  if (isAbsolute(body)) {
    if (!isInside(workspace, body))
      return { problem: 'a pattern inside the workspace (absolute paths elsewhere are refused)' };
    body = toPosix(relative(workspace, body)) || '.';
  }
  body = body.replace(/^(\.\/+)+/, '').replace(/\/+$/, '');
  if (body.split('/').includes('..')) return { problem: 'a pattern inside the workspace (".." is refused)' };
  // The workspace itself: everything at its top (the output directory and .git are skipped anyway).
  if (body === '.' || body === '') body = '*';
  return { pattern: (negated ? '!' : '') + body };
}

/** The real path of the nearest existing ancestor of `path`, plus what is left below it. */
async function realExisting(path: string): Promise<string> {
  let current = path;
  const rest: string[] = [];
  for (;;) {
    try {
      return join(await realpath(current), ...rest.reverse());
    } catch (thrown) {
      if ((thrown as NodeJS.ErrnoException).code !== 'ENOENT') throw thrown;
      const parent = dirname(current);
      if (parent === current) return path;
      rest.push(current.slice(parent.length).replace(/^[\\/]+/, ''));
      current = parent;
    }
  }
}

/**
 * Resolves a directory input (`output-directory`, `working-directory`, ...)
 * against the workspace and refuses one that leads outside it, whether by
 * `..`, an absolute path or a symbolic link on the way. The directory need not exist.
 */
export async function resolveInsideWorkspace(
  workspace: string,
  input: string,
  value: string,
): Promise<{ path: string; real: string }> {
  const path = normalize(isAbsolute(value) ? value : join(workspace, value));
  const realWorkspace = await realpath(workspace);
  const real = await realExisting(path);
  if (!isInside(workspace, path) || !isInside(realWorkspace, real)) {
    const through = isInside(workspace, path) ? ` (through a symbolic link to ${real})` : '';
    throw new ReleaseError(
      'EOUTSIDE',
      `Input "${input}": got "${value}", expected a path inside the workspace${through}`,
      {
        hint: `Paths are relative to the workspace ${workspace}; "..", absolute paths elsewhere and links that lead out are refused.`,
      },
    );
  }
  return { path, real };
}
