import { readFile, stat } from 'node:fs/promises';
import { isAbsolute, join, relative, sep } from 'node:path';
import { globFiles } from '../../../kit/src/index.js';

/** A report file found by a glob: its absolute path and the workspace-relative one annotations use. */
export interface FoundFile {
  path: string;
  display: string;
}

export function displayPath(workspace: string, path: string): string {
  const rel = relative(workspace, path);
  return rel.startsWith('..') || isAbsolute(rel) ? path : rel.split(sep).join('/');
}

/** Patterns relative to the workspace (or absolute), `!` to exclude; files only, sorted. */
export async function findFiles(workspace: string, patterns: string[]): Promise<FoundFile[]> {
  const anchored = patterns.map((pattern) => {
    const negate = pattern.startsWith('!');
    const body = negate ? pattern.slice(1) : pattern;
    const absolute = isAbsolute(body) ? body : join(workspace, body);
    return (negate ? '!' : '') + absolute;
  });
  const found = await globFiles(anchored.join('\n'), { matchDirectories: false, implicitDescendants: false });
  const files: FoundFile[] = [];
  for (const path of found.sort()) {
    if ((await stat(path)).isFile()) files.push({ path, display: displayPath(workspace, path) });
  }
  return files;
}

/** The reason a gate fails when its reports are missing. */
export function missingReports(kind: string, patterns: string[]): string {
  return `no ${kind} found for ${patterns.map((p) => `"${p}"`).join(', ')}`;
}

/**
 * A workspace file's text, or why it could not be read, said as it is: missing
 * is not the same failure as a folder in its place or a permission refused.
 */
export async function readWorkspaceText(
  workspace: string,
  file: string,
  label: string,
): Promise<{ text: string } | { value: 'missing' | 'unreadable'; problem: string }> {
  try {
    return { text: await readFile(join(workspace, file), 'utf8') };
  } catch (thrown) {
    const code = (thrown as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return { value: 'missing', problem: `${label} not found` };
    const why =
      code === 'EISDIR'
        ? 'it is a folder, not a file'
        : code === 'EACCES' || code === 'EPERM'
          ? 'permission denied'
          : thrown instanceof Error
            ? thrown.message
            : String(thrown);
    return { value: 'unreadable', problem: `${label} cannot be read: ${why}` };
  }
}
