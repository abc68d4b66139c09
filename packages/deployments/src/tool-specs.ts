/** The `setup-tools` list: each tool pinned by version, download URL and sha256. */
import { isAbsolute, normalize } from 'node:path';
import { Invalid } from '../../kit/src/index.js';

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

const ARCHIVES: readonly ArchiveKind[] = ['tar.gz', 'tar.xz', 'zip', 'binary'];
export const TOOLS_EXPECTED =
  'a YAML list of tools, each with name, version, url and sha256 (optional bin, archive), e.g. ' +
  '"- {name: kubectl, version: 1.31.0, url: https://…/{os}/{arch}/kubectl, sha256: …}"';

function toolProblem(index: number, problem: string): Invalid {
  return new Invalid(`${TOOLS_EXPECTED}; tool ${index + 1}: ${problem}`);
}

/**
 * Parses the input (YAML list), or the config file's list as it reaches inputs (one JSON object per line).
 * The YAML parser is passed in so that callers can load it only when there is a list to read.
 */
export function parseToolSpecs(raw: string, yaml: Pick<typeof import('yaml'), 'parse'>): ToolSpec[] {
  const lines = raw.split(/\r?\n/).filter((line) => line.trim());
  let items: unknown;
  try {
    items = lines.every((line) => line.trim().startsWith('{'))
      ? lines.map((line) => JSON.parse(line) as unknown)
      : // Every scalar stays text: a version 1.10 is not the number 1.1, a sha256 of digits not a number.
        yaml.parse(raw, { schema: 'failsafe' });
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
