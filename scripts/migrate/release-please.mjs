// release-please: release-please-config.json and .release-please-manifest.json.
// One component maps to the config file; every further one is named, with the
// bump-version step (path and tag-prefix) that releases it.
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

function mapComponent(settings, path, migration) {
  const files = versionFiles(settings, path, migration);
  if (path !== '.') migration.set(['version', 'path'], path, `packages["${path}"]`);
  migration.set(
    ['version', 'version-files'],
    files.length > 0 ? files : 'none',
    `release-type: ${settings['release-type'] ?? 'node'}`,
  );
  migration.set(
    ['version', 'tag-prefix'],
    tagPrefix(settings),
    'include-v-in-tag / component / tag-separator',
  );
  if (settings['changelog-path'])
    migration.set(['version', 'changelog-file'], within(path, settings['changelog-path']), 'changelog-path');
  if (settings['skip-changelog']) migration.set(['version', 'changelog-file'], 'none', 'skip-changelog');
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
    'separate-pull-requests',
    'group-pull-request-title-pattern',
    'sequential-calls',
    'always-link-local',
    'plugins',
    'changelog-type',
    'changelog-host',
    'exclude-paths',
  ]) {
    if (settings[key] !== undefined && !(key === 'versioning' && settings[key] === 'default')) {
      migration.skip(
        `${key}: ${show(settings[key])}`,
        key === 'exclude-paths' ? 'a component counts the commits under its path' : 'no equivalent setting',
      );
    }
  }
}

export function convert(cwd) {
  const migration = new Migration('release-please');
  const config = readJson(cwd, CONFIG, migration) ?? {};
  const manifest = readJson(cwd, MANIFEST, migration) ?? {};
  const paths = Object.keys(config.packages ?? {});
  if (paths.length === 0) paths.push(...(Object.keys(manifest).length > 0 ? Object.keys(manifest) : ['.']));
  const [first, ...rest] = paths;
  mapComponent(settingsOf(config, first), first, migration);
  for (const path of rest) {
    const settings = settingsOf(config, path);
    migration.skip(
      `packages["${path}"]`,
      `another component: add a bump-version step with path: ${path} and tag-prefix: ${tagPrefix(settings)} (the config file holds one component's settings)`,
    );
  }
  for (const [path, version] of Object.entries(manifest)) {
    migration.inWorkflow(
      `${path} is at ${version} (${MANIFEST}): bump-version reads the last version from the tag ${tagPrefix(settingsOf(config, path)) === 'none' ? '' : tagPrefix(settingsOf(config, path))}${version}, which release-please created; no manifest is kept.`,
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
    'release-please keeps a release pull request open and releases when it is merged; release.yml releases when it is called (from the Actions tab, a schedule, or a push), pushing the release commit and tag itself. Where main is protected, pass release.yml a `token` secret that may push to it.',
  );
  return migration;
}
