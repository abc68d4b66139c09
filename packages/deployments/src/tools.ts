/**
 * `setup-tools`: the CLIs the provider commands need, each pinned by version,
 * download URL and sha256. The download is checked against the sha256 before
 * anything is extracted; a mismatch refuses the tool. Verified tools go into the
 * runner's tool cache, so the next job on the same runner skips the download.
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { chmod, copyFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ReleaseError } from '../../kit/src/errors.js';
import type { ArchiveKind, ToolSpec } from './tool-specs.js';
import type { DeployLog } from './types.js';

export { parseToolSpecs, TOOLS_EXPECTED, type ArchiveKind, type ToolSpec } from './tool-specs.js';

export interface InstalledTool {
  spec: ToolSpec;
  directory: string;
  fromCache: boolean;
}

function runnerOs(): string {
  return process.platform === 'win32' ? 'windows' : process.platform;
}

function runnerArch(): string {
  return (
    ({ x64: 'amd64', arm64: 'arm64', arm: 'arm', ia32: '386' } as Record<string, string>)[process.arch] ??
    process.arch
  );
}

export function toolUrl(spec: ToolSpec): string {
  const values: Record<string, string> = {
    name: spec.name,
    version: spec.version,
    os: runnerOs(),
    arch: runnerArch(),
  };
  return spec.url.replace(/\{(name|version|os|arch)\}/g, (_, key: string) => values[key]!);
}

export function archiveKind(spec: ToolSpec, url: string): ArchiveKind {
  if (spec.archive) return spec.archive;
  const path = new URL(url).pathname;
  if (/\.(tar\.gz|tgz)$/i.test(path)) return 'tar.gz';
  if (/\.(tar\.xz|txz)$/i.test(path)) return 'tar.xz';
  if (/\.zip$/i.test(path)) return 'zip';
  return 'binary';
}

export async function sha256File(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

export async function setupTools(
  specs: ToolSpec[],
  options: { addPath: (directory: string) => void; log: DeployLog },
): Promise<InstalledTool[]> {
  // Loaded only when a job asks for tools: tool-cache brings an HTTP client with it.
  const cache = await import('@actions/tool-cache');
  const installed: InstalledTool[] = [];
  for (const spec of specs) {
    let cached = '';
    try {
      cached = cache.find(spec.name, spec.version, process.arch);
    } catch {
      // A version tool-cache cannot order (not semver) is simply downloaded again.
    }
    let directory = cached;
    if (!cached) {
      const url = toolUrl(spec);
      let file: string;
      try {
        file = await cache.downloadTool(url);
      } catch (thrown) {
        throw new ReleaseError(
          'ETOOL',
          `Could not download ${spec.name} ${spec.version} from ${url}: ${(thrown as Error).message}`,
        );
      }
      const digest = await sha256File(file);
      if (digest !== spec.sha256) {
        await rm(file, { force: true });
        throw new ReleaseError(
          'ECHECKSUM',
          `${spec.name} ${spec.version}: the file downloaded from ${url} has sha256 ${digest}, expected ${spec.sha256}; the tool was refused`,
          {
            hint: "Check the sha256 in setup-tools against the publisher's checksums; never copy it from the download itself.",
          },
        );
      }
      const kind = archiveKind(spec, url);
      let extracted: string;
      if (kind === 'tar.gz') extracted = await cache.extractTar(file);
      else if (kind === 'tar.xz') extracted = await cache.extractTar(file, undefined, 'xJ');
      else if (kind === 'zip') extracted = await cache.extractZip(file);
      else {
        extracted = await mkdtemp(join(process.env['RUNNER_TEMP'] || tmpdir(), `${spec.name}-`));
        const executable = join(extracted, process.platform === 'win32' ? `${spec.name}.exe` : spec.name);
        await copyFile(file, executable);
        await chmod(executable, 0o755);
      }
      await rm(file, { force: true });
      directory = await cache.cacheDir(extracted, spec.name, spec.version, process.arch);
      options.log.info(`${spec.name} ${spec.version}: downloaded from ${url}, sha256 verified`);
    } else {
      options.log.info(`${spec.name} ${spec.version}: from the tool cache`);
    }
    const binDirectory = spec.bin ? join(directory, spec.bin) : directory;
    options.addPath(binDirectory);
    installed.push({ spec, directory: binDirectory, fromCache: Boolean(cached) });
  }
  return installed;
}
