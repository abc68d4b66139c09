import { createWriteStream } from 'node:fs';
import { chmod, mkdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { once } from 'node:events';
import { dirname, join } from 'node:path';
import type { Writable } from 'node:stream';

/**
 * Writes a set of files as one change: each goes to a temporary file beside it,
 * then all are renamed into place. If any step fails, the files already replaced
 * get their old content back, so the working tree holds every new file or none.
 */

export interface FileEdit {
  /** Relative to the repository root. */
  path: string;
  /** Undefined for a file that does not exist yet. */
  before?: string;
  /** The new content, or a function that streams it (a changelog can be large). */
  after: string | ((out: Writable) => Promise<void>);
}

/** Puts the old content back (or removes files that were new). */
export type Undo = () => Promise<void>;

async function restore(root: string, edits: FileEdit[]): Promise<void> {
  for (const edit of edits) {
    const file = join(root, edit.path);
    if (edit.before === undefined) await rm(file, { force: true });
    else await writeFile(file, edit.before);
  }
}

async function writeContent(path: string, content: FileEdit['after']): Promise<void> {
  if (typeof content === 'string') {
    await writeFile(path, content);
    return;
  }
  const out = createWriteStream(path);
  const failed = once(out, 'error').then(([error]) => Promise.reject(error as Error));
  await Promise.race([content(out), failed]);
  out.end();
  await Promise.race([once(out, 'finish'), failed]);
}

/** Writes a chunk, waiting when the stream asks to. */
export async function writeChunk(out: Writable, text: string): Promise<void> {
  if (!out.write(text)) await once(out, 'drain');
}

export async function writeAllOrNothing(root: string, edits: FileEdit[]): Promise<Undo> {
  const staged: string[] = [];
  const placed: FileEdit[] = [];
  try {
    for (const edit of edits) {
      const file = join(root, edit.path);
      await mkdir(dirname(file), { recursive: true });
      const temporary = `${file}.bump-version-${process.pid}`;
      staged.push(temporary);
      await writeContent(temporary, edit.after);
      // Keep the file's mode (an executable script stays executable).
      if (edit.before !== undefined) await chmod(temporary, (await stat(file)).mode & 0o7777);
    }
    for (const [index, edit] of edits.entries()) {
      await rename(staged[index]!, join(root, edit.path));
      placed.push(edit);
    }
  } catch (thrown) {
    await Promise.all(staged.map((path) => rm(path, { force: true })));
    await restore(root, placed);
    throw thrown;
  }
  return () => restore(root, edits);
}
