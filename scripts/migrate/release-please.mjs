// release-please: release-please-config.json and .release-please-manifest.json.
// One package maps to the config file's version section; several become its
// components (one release pull request for all of them), with the linked-versions
// plugin as linked-versions groups.
import { existsSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { Migration, show } from './migration.mjs';

const CONFIG = 'release-please-config.json';
const MANIFEST = '.release-please-manifest.json';

/** The file each release-type keeps its version in (bump-version reads these natively). */
const VERSION_FILES = {
  node: ['package.json'],
  expo: ['package.json'],
  python: ['pyproject.toml'],
  rust: ['Cargo.toml'],
  helm: ['Chart.yaml'],
  simple: ['version.txt:^(\\S+)$'],
  'java-yoshi': undefined,
  maven: undefined,
  go: [],
};
const VERSION = '(\\d+\\.\\d+\\.\\d+(?:-[0-9A-Za-z.-]+)?)';

export function detect(cwd) {
  return existsSync(join(cwd, CONFIG)) || existsSync(join(cwd, MANIFEST));
}

function readJson(cwd, file, migration) {
  if (!existsSync(join(cwd, file))) return undefined;
  migration.read.push(file);
  return JSON.parse(readFileSync(join(cwd, file), 'utf8'));
}

/** Settings may sit at the top (defaults for every package) or under the package. */
function settingsOf(config, path) {
  const { packages: _packages, ...defaults } = config;
  return { ...defaults, ...(config.packages?.[path] ?? {}) };
}

function within(path, file) {
  return path === '.' ? file : posix.join(path, file);
}

function tagPrefix(settings) {
  const v = settings['include-v-in-tag'] === false ? '' : 'v';
  if (settings['include-component-in-tag'] === false || !settings.component) return v || 'none';
  return `${settings.component}${settings['tag-separator'] ?? '-'}${v}`;
}

function extraFiles(settings, path, migration) {
  const files = [];
  for (const entry of settings['extra-files'] ?? []) {
    const file = typeof entry === 'string' ? entry : entry.path;
    const type = typeof entry === 'string' ? 'generic' : entry.type;
    const where = within(path, file);
    if (type === 'json' && entry.jsonpath === '$.version')
      files.push(where.endsWith('package.json') ? where : `${where}:"version"\\s*:\\s*"${VERSION}"`);
    else if (type === 'generic') {
      // release-please's inline annotation: the version on the line that says x-release-please-version.
      files.push(`${where}:${VERSION}(?=.*x-release-please-version)`);
      migration.inWorkflow(
        `${where}: the version is replaced on lines marked x-release-please-version; blocks between x-release-please-start-version and -end are not: mark each line instead.`,
      );
    } else
      migration.skip(
        `extra-files ${show(file)} (${type}${entry.jsonpath ? ` ${entry.jsonpath}` : ''})`,
        'only package.json-style "version" keys and lines marked x-release-please-version are updated; use file:regex in version-files',
      );
  }
  return files;
}

function versionFiles(settings, path, migration) {
  const type = settings['release-type'] ?? 'node';
  const base = VERSION_FILES[type];
  if (base === undefined) {
    migration.skip(
      `release-type: ${type}`,
      'no version file of this kind is written: list the files that hold the version in version-files (file:regex for any format)',
    );
    return extraFiles(settings, path, migration);
  }
  return [...base.map((file) => within(path, file)), ...extraFiles(settings, path, migration)];
}

/** What locates one component: its version files, tag prefix and changelog. */
function componentEntry(settings, path, migration) {
  const files = versionFiles(settings, path, migration);
  const entry = {
    'version-files': files.length > 0 ? files : 'none',
    'tag-prefix': tagPrefix(settings),
  };
  if (settings['changelog-path']) entry['changelog-file'] = within(path, settings['changelog-path']);
  if (settings['skip-changelog']) entry['changelog-file'] = 'none';
  return entry;
}

function mapSingle(settings, path, migration) {
  const entry = componentEntry(settings, path, migration);
  if (path !== '.') migration.set(['version', 'path'], path, `packages["${path}"]`);
  migration.set(
    ['version', 'version-files'],
    entry['version-files'],
    `release-type: ${settings['release-type'] ?? 'node'}`,
  );
  migration.set(
    ['version', 'tag-prefix'],
    entry['tag-prefix'],
    'include-v-in-tag / component / tag-separator',
  );
  if (entry['changelog-file'])
    migration.set(
      ['version', 'changelog-file'],
      entry['changelog-file'],
      settings['skip-changelog'] ? 'skip-changelog' : 'changelog-path',
    );
}

/** A component name the config file accepts: release-please's component, else the package or folder name. */
function componentName(settings, path) {
  const raw =
    settings.component ??
    settings['package-name']?.split('/').pop() ??
    (path === '.' ? 'root' : posix.basename(path));
  const name = raw.replace(/[^\w.-]/g, '-').replace(/^[^A-Za-z0-9]+/, '');
  return name || 'root';
}

/** Every package becomes a component; a tag prefix two of them would share gets the component's name. */
function mapComponents(config, paths, migration) {
  const names = new Map();
  const prefixes = new Set();
  for (const path of paths) {
    const settings = settingsOf(config, path);
    const base = componentName(settings, path);
    let name = base;
    for (let n = 2; migration.config.components?.[name]; n += 1) name = `${base}-${n}`;
    names.set(settings.component ?? name, name);
    const entry = { path, ...componentEntry(settings, path, migration) };
    if (entry['tag-prefix'] === 'none' || prefixes.has(entry['tag-prefix'])) {
      migration.inWorkflow(
        `${path}: its tags (${entry['tag-prefix'] === 'none' ? 'the bare version' : `${entry['tag-prefix']}<version>`}) would be shared with another component; it is released as ${name}-v<version> from now on: tag its last release ${name}-v<version> once.`,
      );
      entry['tag-prefix'] = `${name}-v`;
    }
    prefixes.add(entry['tag-prefix']);
    for (const [key, value] of Object.entries(entry))
      migration.set(['components', name, key], value, `packages["${path}"]`);
  }
  return names;
}

/** release-please's linked-versions plugin is a linked-versions group; other plugins have no equivalent. */
function mapPlugins(config, names, migration) {
  for (const plugin of config.plugins ?? []) {
    const type = typeof plugin === 'string' ? plugin : plugin.type;
    if (type === 'linked-versions' && names.size > 0 && Array.isArray(plugin.components)) {
      const group = plugin.components.map((component) => names.get(component) ?? component);
      migration.add(
        ['linked-versions'],
        [group],
        `plugins: linked-versions ${show(plugin.groupName ?? '')}`.trim(),
      );
      continue;
    }
    migration.skip(
      `plugins: ${show(type)}`,
      type === 'linked-versions' ? 'one package: nothing to link' : 'no equivalent',
    );
  }
}

/** Settings that apply to every component: how versions move, prereleases, drafts. */
function mapShared(settings, migration) {
  // release-please bumps major for a breaking change on 0.x unless bump-minor-pre-major; bump-version bumps minor unless major-on-zero.
  migration.set(
    ['version', 'major-on-zero'],
    settings['bump-minor-pre-major'] !== true,
    `bump-minor-pre-major: ${settings['bump-minor-pre-major'] === true}`,
  );
  if (settings['bump-patch-for-minor-pre-major'])
    migration.skip('bump-patch-for-minor-pre-major', 'a feature on 0.x bumps minor');
  if (settings['initial-version'])
    migration.set(['version', 'initial-version'], settings['initial-version'], 'initial-version');
  if (settings.prerelease) {
    migration.inWorkflow(
      `prerelease: true: run release.yml with \`release-type: prerelease\`${settings['prerelease-type'] ? ` and \`preid: ${settings['prerelease-type']}\`` : ''}; \`promote\` makes the stable release.`,
    );
    if (settings['prerelease-type'])
      migration.set(['version', 'preid'], settings['prerelease-type'], 'prerelease-type');
  }
  if (settings.draft) migration.set(['announce', 'draft'], true, 'draft');
  if (settings['changelog-sections'])
    migration.skip(
      'changelog-sections',
      'the notes have fixed sections (Breaking changes, Features, Bug fixes, Performance, Reverts; Other with changelog-other: true); hidden types stay hidden',
    );
  if (settings['release-as']) {
    migration.skip(
      `release-as: ${settings['release-as']}`,
      'a one-off, not a setting: run release.yml once with release-type: version and version: ' +
        settings['release-as'],
    );
  }
  for (const key of [
    'versioning',
    'pull-request-title-pattern',
    'pull-request-header',
    'draft-pull-request',
    'label',
    'release-label',
    'group-pull-request-title-pattern',
    'sequential-calls',
    'always-link-local',
    'changelog-type',
    'changelog-host',
    'exclude-paths',
  ]) {
    if (settings[key] !== undefined && !(key === 'versioning' && settings[key] === 'default')) {
      migration.skip(
        `${key}: ${show(settings[key])}`,
        key === 'exclude-paths'
          ? 'a component counts the commits under its path'
          : 'no equivalent setting: the release pull request is titled chore(release): <tags>',
      );
    }
  }
}

/** Where bump-version will look for a package's last release: the tag prefix the conversion gave it. */
function prefixGiven(migration, path, first) {
  const component = Object.values(migration.config.components ?? {}).find((entry) => entry.path === path);
  if (component) return component['tag-prefix'];
  return path === first ? migration.config.version?.['tag-prefix'] : undefined;
}

export function convert(cwd) {
  const migration = new Migration('release-please');
  const config = readJson(cwd, CONFIG, migration) ?? {};
  const manifest = readJson(cwd, MANIFEST, migration) ?? {};
  const paths = Object.keys(config.packages ?? {});
  if (paths.length === 0) paths.push(...(Object.keys(manifest).length > 0 ? Object.keys(manifest) : ['.']));
  const [first] = paths;
  if (paths.length > 1) mapPlugins(config, mapComponents(config, paths, migration), migration);
  else {
    mapSingle(settingsOf(config, first), first, migration);
    mapPlugins(config, new Map(), migration);
  }
  mapShared(settingsOf(config, first), migration);
  if (config['separate-pull-requests'])
    migration.skip(
      'separate-pull-requests: true',
      'one release pull request carries every component that changed',
    );
  for (const [path, version] of Object.entries(manifest)) {
    const prefix = prefixGiven(migration, path, first) ?? tagPrefix(settingsOf(config, path));
    migration.inWorkflow(
      `${path} is at ${version} (${MANIFEST}): bump-version reads the last version from the tag ${prefix === 'none' ? '' : prefix}${version}, which release-please created; no manifest is kept.`,
    );
  }
  for (const key of ['bootstrap-sha', 'last-release-sha']) {
    if (config[key])
      migration.skip(
        `${key}: ${config[key]}`,
        'the last release is the newest release tag reachable from the branch; commits before it are not read',
      );
  }
  migration.inWorkflow(
    'release-please keeps a release pull request open and releases when it is merged; release.yml does the same with `mode: pull-request`, which the default `auto` picks where main is protected: the run after the merge tags, builds, deploys and announces. It needs the repository setting "Allow GitHub Actions to create and approve pull requests".',
  );
  return migration;
}
