/**
 * Downloaded tools, behind one interface: the runner's tool cache
 * (@actions/tool-cache, loaded only when a job asks for tools, with RUNNER_TEMP
 * for scratch space), or a stand-in in tests. What to trust stays with the
 * caller: this only fetches, unpacks, caches and puts on the PATH.
 */
import { chmod, copyFile, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { addPath } from './runner.js';

export type ToolArchive = 'tar.gz' | 'tar.xz' | 'zip' | 'binary';

export interface ToolInstaller {
  /** The cached folder of this tool version for this machine's architecture, or '' when there is none. */
  find(name: string, version: string): Promise<string>;
  /** Downloads to a temporary file and returns its path. */
  download(url: string): Promise<string>;
  /** Unpacks an archive (or places a single executable named `name`) into a new folder. */
  extract(file: string, kind: ToolArchive, name: string): Promise<string>;
  /** Copies a folder into the tool cache and returns the cached folder. */
  cache(directory: string, name: string, version: string): Promise<string>;
  /** Puts a folder first on the PATH, for this step and the job's later steps. */
  addPath(directory: string): void;
}

let toolCache: Promise<typeof import('@actions/tool-cache')> | undefined;
const load = () => (toolCache ??= import('@actions/tool-cache'));

/** A single executable gets a folder of its own under RUNNER_TEMP. */
export async function placeExecutable(file: string, name: string, root: string): Promise<string> {
  const folder = await mkdtemp(join(root, `${name}-`));
  const executable = join(folder, process.platform === 'win32' ? `${name}.exe` : name);
  await copyFile(file, executable);
  await chmod(executable, 0o755);
  return folder;
}

export const runnerToolInstaller: ToolInstaller = {
  async find(name, version) {
    try {
      return (await load()).find(name, version, process.arch);
    } catch {
      // A version tool-cache cannot order (not semver) is simply downloaded again.
      return '';
    }
  },
  download: async (url) => (await load()).downloadTool(url),
  async extract(file, kind, name) {
    const cache = await load();
    if (kind === 'tar.gz') return cache.extractTar(file);
    if (kind === 'tar.xz') return cache.extractTar(file, undefined, 'xJ');
    if (kind === 'zip') return cache.extractZip(file);
    return placeExecutable(file, name, process.env['RUNNER_TEMP'] || tmpdir());
  },
  cache: async (directory, name, version) => (await load()).cacheDir(directory, name, version, process.arch),
  addPath,
};
