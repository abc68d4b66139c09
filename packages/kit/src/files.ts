import { readFile as readFileCallback } from 'node:fs';
import { promisify } from 'node:util';

// `node:fs` and `node:util` are loaded with node itself; `node:fs/promises` would cost every step
// that reads the config file (and fails on its inputs) about 1.5 ms of start-up for its streams.
const readFile = promisify(readFileCallback);

/** A text file's content, or undefined when there is no such file; other errors are thrown. */
export async function readFileIfExists(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, 'utf8');
  } catch (thrown) {
    if ((thrown as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw thrown;
  }
}
