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
import { isAbsolute, join, normalize } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { ReleaseError } from '../../kit/src/errors.js';
import { Invalid } from '../../kit/src/inputs.js';
import type { DeployLog } from './types.js';

export type ArchiveKind = 'tar.gz' | 'tar.xz' | 'zip' | 'binary';

export interface ToolSpec {
  name: string;
  version: string;
  /** May hold `{name}`, `{version}`, `{os}` (linux, darwin, windows) and `{arch}` (amd64, arm64). */
  url: string;
  sha256: string;
  /** Folder inside the archive that holds the executables (e.g. `linux-amd64`). */
  bin?: string;
  archive?: ArchiveKind;
}

export interface InstalledTool {
  spec: ToolSpec;
  directory: string;
  fromCache: boolean;
}

const ARCHIVES: readonly ArchiveKind[] = ['tar.gz', 'tar.xz', 'zip', 'binary'];
export const TOOLS_EXPECTED =
  'a YAML list of tools, each with name, version, url and sha256 (optional bin, archive), e.g. ' +
  '"- {name: kubectl, version: 1.31.0, url: https://…/{os}/{arch}/kubectl, sha256: …}"';

function toolProblem(index: number, problem: string): Invalid {
  return new Invalid(`${TOOLS_EXPECTED}; tool ${index + 1}: ${problem}`);
}

/** Parses the input (YAML list), or the config file's list as it reaches inputs (one JSON object per line). */
export function parseToolSpecs(raw: string): ToolSpec[] {
  const lines = raw.split(/\r?\n/).filter((line) => line.trim());
  let items: unknown;
  try {
    items = lines.every((line) => line.trim().startsWith('{'))
      ? lines.map((line) => JSON.parse(line) as unknown)
      : // Every scalar stays text: a version 1.10 is not the number 1.1, a sha256 of digits not a number.
        parseYaml(raw, { schema: 'failsafe' });
  } catch {
    throw new Invalid(TOOLS_EXPECTED);
  }
  if (!Array.isArray(items) || items.length === 0) throw new Invalid(TOOLS_EXPECTED);
  return items.map((item, index) => {
    if (!item || typeof item !== 'object') throw toolProblem(index, 'not a mapping');
    const data = item as Record<string, unknown>;
    const unknownKeys = Object.keys(data).filter(
      (key) => !['name', 'version', 'url', 'sha256', 'bin', 'archive'].includes(key),
    );
    if (unknownKeys.length > 0) throw toolProblem(index, `unknown key ${unknownKeys.join(', ')}`);
    const name = String(data['name'] ?? '');
    const version = String(data['version'] ?? '');
    const url = String(data['url'] ?? '');
    const sha256 = String(data['sha256'] ?? '')
      .replace(/^sha256:/i, '')
      .toLowerCase();
    if (!/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(name))
      throw toolProblem(index, `name "${name}" is not a tool name`);
    if (!/^[A-Za-z0-9][A-Za-z0-9._+-]*$/.test(version))
      throw toolProblem(index, `version "${version}" is not a version`);
    if (!/^https?:\/\/\S+$/.test(url)) throw toolProblem(index, `url "${url}" is not an http(s) URL`);
    if (!/^[0-9a-f]{64}$/.test(sha256)) throw toolProblem(index, `sha256 of ${name} must be 64 hex digits`);
    const spec: ToolSpec = { name, version, url, sha256 };
    if (data['bin'] !== undefined) {
      const bin = String(data['bin']);
      if (isAbsolute(bin) || normalize(bin).startsWith('..'))
        throw toolProblem(index, `bin "${bin}" must stay inside the archive`);
      spec.bin = bin;
    }
    if (data['archive'] !== undefined) {
      if (!(ARCHIVES as readonly string[]).includes(String(data['archive']))) {
        throw toolProblem(index, `archive must be one of ${ARCHIVES.join(', ')}`);
      }
      spec.archive = data['archive'] as ArchiveKind;
    }
    return spec;
  });
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
