import { posix } from 'node:path';
import { ReleaseError, refPrefixProblem, type SourceLocation } from '../../kit/src/index.js';
import { normalisePath, parseVersionFileSpec, type VersionFileSpec } from './version-files/index.js';

/**
 * The components of a monorepo, as `.github/release-actions.yml` declares them (`components:` by
 * name, `linked-versions:` for groups that share one version). Each component is released like a
 * repository of its own: its folder's commits, its tag prefix, its version files and CHANGELOG.
 */

export interface Component {
  name: string;
  /** Folder relative to the repository root. */
  path: string;
  tagPrefix: string;
  /** undefined: the known files found in the folder; []: none. */
  versionFiles?: VersionFileSpec[];
  /** Relative to the repository root; undefined for no changelog. */
  changelogFile?: string;
}

export interface ComponentSet {
  components: Component[];
  /** Groups of component names that always share one version. */
  linked: string[][];
}

interface DeclaredComponent {
  path: string;
  'tag-prefix'?: string;
  'version-files'?: string | string[];
  'changelog-file'?: string;
}

type Locate = (path: (string | number)[]) => SourceLocation;

function configError(file: string, locate: Locate, path: (string | number)[], text: string): ReleaseError {
  const at = locate(path);
  return new ReleaseError('ECONFIG', `${file}:${at.line ?? 1}:${at.column ?? 1}: ${text}`, { location: at });
}

function versionFiles(raw: DeclaredComponent['version-files']): VersionFileSpec[] | undefined {
  if (raw === undefined) return undefined;
  const lines = Array.isArray(raw) ? raw : raw.split('\n').map((line) => line.trim());
  const given = lines.filter(Boolean);
  if (given.length === 1 && given[0] === 'none') return [];
  return given.map((line) => parseVersionFileSpec(line));
}

function readOne(
  name: string,
  declared: DeclaredComponent,
  at: (key: string) => (string | number)[],
  fail: (path: (string | number)[], text: string) => ReleaseError,
): Component {
  let path: string;
  try {
    path = normalisePath(declared.path);
  } catch {
    throw fail(
      at('path'),
      `components.${name}.path "${declared.path}" is not a folder inside the repository`,
    );
  }
  const tagPrefix = declared['tag-prefix'] ?? `${name}-v`;
  if (tagPrefix.startsWith('/') || refPrefixProblem(tagPrefix))
    throw fail(at('tag-prefix'), `components.${name}.tag-prefix "${tagPrefix}" cannot start a tag name`);
  let files: VersionFileSpec[] | undefined;
  try {
    files = versionFiles(declared['version-files']);
  } catch (thrown) {
    throw fail(at('version-files'), `components.${name}.version-files: ${(thrown as Error).message}`);
  }
  const changelog = declared['changelog-file'];
  let changelogFile: string | undefined;
  try {
    changelogFile =
      changelog === undefined
        ? posix.join(path, 'CHANGELOG.md')
        : changelog === 'none'
          ? undefined
          : normalisePath(changelog);
  } catch {
    throw fail(
      at('changelog-file'),
      `components.${name}.changelog-file "${changelog}" is not a file inside the repository`,
    );
  }
  return {
    name,
    path,
    tagPrefix,
    ...(files ? { versionFiles: files } : {}),
    ...(changelogFile ? { changelogFile } : {}),
  };
}

/**
 * The components the config file declares, checked beyond what its schema can say: distinct tag
 * prefixes (a tag must say which component it releases) and linked groups of declared names.
 * Undefined when the file declares none.
 */
export function readComponents(
  data: Record<string, unknown>,
  file: string,
  locate: Locate,
): ComponentSet | undefined {
  const declared = data['components'] as Record<string, DeclaredComponent> | undefined;
  if (!declared) return undefined;
  const fail = (path: (string | number)[], text: string) => configError(file, locate, path, text);
  const components = Object.entries(declared).map(([name, value]) =>
    readOne(name, value, (key) => ['components', name, key], fail),
  );
  const byPrefix = new Map<string, string>();
  for (const component of components) {
    const other = byPrefix.get(component.tagPrefix);
    if (other)
      throw fail(
        ['components', component.name, 'tag-prefix'],
        `components ${other} and ${component.name} both use the tag prefix "${component.tagPrefix}": each component needs its own`,
      );
    byPrefix.set(component.tagPrefix, component.name);
  }
  const linked = (data['linked-versions'] as string[][] | undefined) ?? [];
  const grouped = new Set<string>();
  linked.forEach((group, index) => {
    group.forEach((name, position) => {
      if (!(name in declared))
        throw fail(
          ['linked-versions', index, position],
          `linked-versions names "${name}", which is not declared under components (declared: ${Object.keys(declared).join(', ')})`,
        );
      if (grouped.has(name))
        throw fail(
          ['linked-versions', index, position],
          `component "${name}" is in more than one linked-versions group`,
        );
      grouped.add(name);
    });
  });
  return { components, linked };
}

/** The components named in `wanted` (all when it is empty), in the order the file declares them. */
export function chooseComponents(set: ComponentSet, wanted: string[]): ComponentSet {
  if (wanted.length === 0) return set;
  const known = set.components.map((component) => component.name);
  const unknown = wanted.filter((name) => !known.includes(name));
  if (unknown.length > 0)
    throw new ReleaseError(
      'EINPUT',
      `Input "components": got "${unknown.join(', ')}", expected components declared in the config file (${known.join(', ')})`,
    );
  // A linked group releases together: choosing one of its members chooses the group.
  const linked = set.linked.filter((group) => group.some((name) => wanted.includes(name)));
  const withLinked = new Set([...wanted, ...linked.flat()]);
  return { components: set.components.filter((component) => withLinked.has(component.name)), linked };
}
