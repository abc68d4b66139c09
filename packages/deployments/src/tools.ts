/**
 * `setup-tools`: the CLIs the provider commands need, each pinned by version,
 * download URL and sha256. The download is checked against the sha256 before
 * anything is extracted; a mismatch refuses the tool. Verified tools go into the
 * tool cache of the installer the entry hands over (the runner's, through the
 * kit), so the next job on the same runner skips the download.
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { ReleaseError, type ToolInstaller } from '../../kit/src/index.js';
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

/** Downloads a tool, refuses it unless its sha256 is the pinned one, unpacks it and caches it. */
async function fetchVerified(spec: ToolSpec, installer: ToolInstaller, log: DeployLog): Promise<string> {
  const url = toolUrl(spec);
  let file: string;
  try {
    file = await installer.download(url);
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
  const extracted = await installer.extract(file, archiveKind(spec, url), spec.name);
  await rm(file, { force: true });
  const directory = await installer.cache(extracted, spec.name, spec.version);
  log.info(`${spec.name} ${spec.version}: downloaded from ${url}, sha256 verified`);
  return directory;
}

export async function setupTools(
  specs: ToolSpec[],
  options: { installer: ToolInstaller; log: DeployLog },
): Promise<InstalledTool[]> {
  const { installer, log } = options;
  const installed: InstalledTool[] = [];
  for (const spec of specs) {
    const cached = await installer.find(spec.name, spec.version);
    if (cached) log.info(`${spec.name} ${spec.version}: from the tool cache`);
    const directory = cached || (await fetchVerified(spec, installer, log));
    const binDirectory = spec.bin ? join(directory, spec.bin) : directory;
    installer.addPath(binDirectory);
    installed.push({ spec, directory: binDirectory, fromCache: Boolean(cached) });
  }
  return installed;
}
