import { rmdirSync, rmSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, rename, rm, stat, unlink, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { hashFile } from './hash.js';

/**
 * Nothing is ever half-written: every output is first made in a hidden
 * staging folder inside the output directory (same file system, so the move
 * is an atomic rename), and only once all of them exist are they moved into
 * place. A file already there with the same bytes is kept as it is, so a
 * re-run changes nothing it does not have to. On failure the staging folder
 * goes, and so does the output directory if this run created it.
 */

const PREFIX = '.build-artifacts-';

export interface CommitResult {
  written: string[];
  kept: string[];
}

export class Staging {
  private constructor(
    readonly outputDirectory: string,
    readonly root: string,
    private readonly created: string | undefined,
  ) {}

  static async open(outputDirectory: string): Promise<Staging> {
    const created = await mkdir(outputDirectory, { recursive: true });
    // A folder left by a run that was killed before it could clean up.
    for (const entry of await readdir(outputDirectory)) {
      if (entry.startsWith(PREFIX)) await rm(join(outputDirectory, entry), { recursive: true, force: true });
    }
    const root = await mkdtemp(join(outputDirectory, PREFIX));
    return new Staging(outputDirectory, root, created);
  }

  path(name: string): string {
    return join(this.root, name);
  }

  finalPath(name: string): string {
    return join(this.outputDirectory, name);
  }

  async writeText(name: string, text: string): Promise<string> {
    const path = this.path(name);
    await writeFile(path, text);
    return path;
  }

  /** Moves the staged files into place in the given order; identical existing files are kept. */
  async commit(names: string[]): Promise<CommitResult> {
    const result: CommitResult = { written: [], kept: [] };
    for (const name of names) {
      const staged = this.path(name);
      const final = this.finalPath(name);
      if (await sameContent(staged, final)) {
        await unlink(staged);
        result.kept.push(name);
      } else {
        await rename(staged, final);
        result.written.push(name);
      }
    }
    await rm(this.root, { recursive: true, force: true });
    return result;
  }

  /**
   * Removes what this run staged, and the output directory if this run made it
   * and it is empty. Synchronous, so a signal handler can call it on the way out.
   */
  discardNow(): void {
    rmSync(this.root, { recursive: true, force: true });
    for (let current = this.outputDirectory; this.created && current.length >= this.created.length;) {
      try {
        rmdirSync(current);
      } catch {
        return;
      }
      current = dirname(current);
    }
  }

  /** Removes everything this run staged (and the output directory, if this run made it and it is empty). */
  async discard(): Promise<void> {
    this.discardNow();
  }
}

async function sameContent(a: string, b: string): Promise<boolean> {
  const [left, right] = await Promise.all([stat(a), stat(b).catch(() => undefined)]);
  if (!right || !right.isFile() || left.size !== right.size) return false;
  const [x, y] = await Promise.all([hashFile(a), hashFile(b)]);
  return x.sha256 === y.sha256;
}
