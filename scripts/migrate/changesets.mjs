// changesets: .changeset/config.json, and the changeset files waiting in .changeset/.
// The version then comes from Conventional Commits instead of changeset files, so the
// pending changesets are listed with the release type that would ship them.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { Migration, show } from './migration.mjs';

const CONFIG = '.changeset/config.json';
const RANK = { patch: 1, minor: 2, major: 3 };

export function detect(cwd) {
  return existsSync(join(cwd, CONFIG));
}

/** The front matter of a changeset: `"pkg": minor` per package. */
function pendingChangesets(cwd) {
  const dir = join(cwd, '.changeset');
  return readdirSync(dir)
    .filter((file) => file.endsWith('.md') && file.toLowerCase() !== 'readme.md')
    .map((file) => {
      const text = readFileSync(join(dir, file), 'utf8');
      const front = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
      return { file, bumps: front ? (parse(front[1]) ?? {}) : {} };
    });
}

function workspaces(pkg) {
  const list = Array.isArray(pkg?.workspaces) ? pkg.workspaces : pkg?.workspaces?.packages;
  return list ?? [];
}

export function convert(cwd) {
  const migration = new Migration('changesets');
  migration.read.push(CONFIG);
  const config = JSON.parse(readFileSync(join(cwd, CONFIG), 'utf8'));
  const pkgPath = join(cwd, 'package.json');
  const pkg = existsSync(pkgPath) ? JSON.parse(readFileSync(pkgPath, 'utf8')) : undefined;

  const packages = workspaces(pkg);
  if (packages.length > 0) {
    migration.skip(
      `workspaces: ${show(packages)}`,
      "each package is a component: add a bump-version step per package with path: <folder> and tag-prefix: <name>@ (the config file holds one component's settings)",
    );
  } else if (pkg) {
    migration.set(
      ['version', 'version-files'],
      ['package.json'],
      'package.json (the package changesets versions)',
    );
  }
  migration.set(
    ['version', 'changelog-file'],
    config.changelog === false ? 'none' : 'CHANGELOG.md',
    `changelog: ${show(config.changelog === false ? false : ([config.changelog].flat()[0] ?? '@changesets/cli/changelog'))}`,
  );
  if (Array.isArray(config.changelog) && config.changelog[0] === '@changesets/changelog-github') {
    migration.inWorkflow(
      '@changesets/changelog-github linked pull requests and thanked authors: bump-version does both from the commits (pull-request-lookups), with pull-requests: read.',
    );
  }
  if (config.baseBranch)
    migration.inWorkflow(
      `baseBranch ${config.baseBranch}: call release.yml with main-branch: ${config.baseBranch}.`,
    );
  if (config.commit)
    migration.inWorkflow(
      'commit: true: bump-version always commits the release (chore(release): vX.Y.Z, set with version.commit-message).',
    );
  if (config.access === 'public' || config.access === 'restricted') {
    migration.skip(
      `access: ${config.access}`,
      `the actions do not publish to npm: add \`npm publish --access ${config.access}\` to a job after the release`,
    );
  }
  for (const key of ['fixed', 'linked']) {
    if (Array.isArray(config[key]) && config[key].length > 0)
      migration.skip(
        `${key}: ${show(config[key].map((group) => group.join('+')))}`,
        'packages that share a version: give them one bump-version step over their common folder, or release them one by one',
      );
  }
  if (Array.isArray(config.ignore) && config.ignore.length > 0)
    migration.skip(`ignore: ${show(config.ignore)}`, 'a package without a bump-version step is not released');
  if (config.updateInternalDependencies && config.updateInternalDependencies !== 'patch')
    migration.skip(
      `updateInternalDependencies: ${config.updateInternalDependencies}`,
      'dependency ranges between workspace packages are not rewritten',
    );
  if (config.privatePackages)
    migration.skip(
      'privatePackages',
      'private packages are versioned and tagged like any other when they have a step',
    );
  if (
    config.snapshot ||
    config.prettier !== undefined ||
    config.bumpVersionsWithWorkspaceProtocolOnly !== undefined
  ) {
    migration.skip(
      'snapshot / prettier / bumpVersionsWithWorkspaceProtocolOnly',
      'no equivalent: prereleases are release-type: prerelease with a preid',
    );
  }

  const pending = pendingChangesets(cwd);
  if (pending.length > 0) {
    let highest;
    for (const { bumps } of pending) {
      for (const level of Object.values(bumps)) if (RANK[level] > (RANK[highest] ?? 0)) highest = level;
    }
    migration.inWorkflow(
      `${pending.length} changeset${pending.length === 1 ? '' : 's'} not yet released (${pending.map((entry) => entry.file).join(', ')}), highest ${highest ?? 'none'}: release them once with release-type: ${highest ?? 'patch'}, then delete .changeset/*.md; from then on the version comes from Conventional Commits.`,
    );
  }
  migration.inWorkflow(
    "changesets takes the version and the notes from changeset files written in each pull request; bump-version takes them from Conventional Commit messages (feat → minor, fix → patch, ! → major), so write the changeset's summary as the commit or squash-merge title.",
  );
  return migration;
}
