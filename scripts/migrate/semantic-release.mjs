// semantic-release: .releaserc (JSON or YAML), .releaserc.{json,yaml,yml}, or the
// "release" key of package.json. JavaScript configs (release.config.js, .releaserc.js)
// are code, not data: they are named and left for the user to convert by hand.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { Migration, prefixOf, show } from './migration.mjs';

const DATA_FILES = ['.releaserc', '.releaserc.json', '.releaserc.yaml', '.releaserc.yml'];
const CODE_FILES = [
  '.releaserc.js',
  '.releaserc.cjs',
  '.releaserc.mjs',
  'release.config.js',
  'release.config.cjs',
  'release.config.mjs',
];
const DEFAULT_PLUGINS = [
  '@semantic-release/commit-analyzer',
  '@semantic-release/release-notes-generator',
  '@semantic-release/npm',
  '@semantic-release/github',
];

export function detect(cwd) {
  if ([...DATA_FILES, ...CODE_FILES].some((file) => existsSync(join(cwd, file)))) return true;
  const pkg = readPackage(cwd);
  return Boolean(pkg && typeof pkg.release === 'object');
}

function readPackage(cwd) {
  const path = join(cwd, 'package.json');
  return existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : undefined;
}

function load(cwd, migration) {
  for (const file of DATA_FILES) {
    if (existsSync(join(cwd, file))) {
      migration.read.push(file);
      return parse(readFileSync(join(cwd, file), 'utf8')) ?? {};
    }
  }
  const code = CODE_FILES.find((file) => existsSync(join(cwd, file)));
  if (code) {
    migration.read.push(code);
    migration.skip(
      code,
      'a JavaScript config is code, not data: copy its settings into .releaserc.json and run this again, or map them by hand with docs/migrating/semantic-release.md',
    );
    return undefined;
  }
  migration.read.push('package.json (release)');
  return readPackage(cwd).release;
}

/** `["@semantic-release/npm", { … }]` or `"@semantic-release/npm"` → [name, options]. */
function plugins(config) {
  const list = config.plugins ?? DEFAULT_PLUGINS;
  return list.map((entry) => (Array.isArray(entry) ? [entry[0], entry[1] ?? {}] : [entry, {}]));
}

/** `chore(release): ${nextRelease.version} [skip ci]` → `chore(release): {version} [skip ci]`. */
function commitMessage(template, migration) {
  let message = template
    .replace(/\$\{\s*nextRelease\.version\s*\}/g, '{version}')
    .replace(/\$\{\s*nextRelease\.gitTag\s*\}/g, '{tag}');
  if (/\$\{\s*nextRelease\.notes\s*\}/.test(message)) {
    message = message.replace(/\s*\$\{\s*nextRelease\.notes\s*\}\s*/g, '\n').trimEnd();
    migration.skip(
      '@semantic-release/git message: ${nextRelease.notes}',
      'the release commit does not carry the notes; they are in CHANGELOG.md and the GitHub Release',
    );
  }
  if (/\$\{|<%/.test(message)) return undefined;
  return message;
}

function branches(config, migration) {
  const list = config.branches ??
    config.branch ?? [
      '+([0-9])?(.{+([0-9]),x}).x',
      'master',
      'main',
      'next',
      'next-major',
      { name: 'beta', prerelease: true },
      { name: 'alpha', prerelease: true },
    ];
  const entries = (Array.isArray(list) ? list : [list]).map((entry) =>
    typeof entry === 'string' ? { name: entry } : entry,
  );
  const release = entries.filter((entry) => !entry.prerelease && !/[*+?{(]/.test(entry.name));
  const prerelease = entries.filter((entry) => entry.prerelease);
  const maintenance = entries.filter((entry) => !entry.prerelease && /[*+?{(]/.test(entry.name));
  if (release.length > 0) {
    migration.inWorkflow(
      `Release from ${release.map((entry) => `\`${entry.name}\``).join(', ')}: call release.yml on a push to (or a dispatch on) that branch, with \`main-branch: ${release[0].name}\`.`,
    );
  }
  for (const entry of prerelease) {
    const preid = typeof entry.prerelease === 'string' ? entry.prerelease : entry.name;
    migration.inWorkflow(
      `Prereleases from \`${entry.name}\`: call release.yml on that branch with \`release-type: prerelease\` and \`preid: ${preid}\` (versions such as 2.0.0-${preid}.0); \`release-type: promote\` turns the last one into the stable version.`,
    );
  }
  for (const entry of maintenance) {
    migration.skip(
      `branches: ${show(entry.name)}`,
      'maintenance branches (1.x) are released by hotfix.yml from the latest tag of their line, not by a branch pattern',
    );
  }
  if (entries.some((entry) => entry.channel)) {
    migration.skip(
      'branches[].channel',
      'npm dist-tags are set by your publish step (npm publish --tag <channel>)',
    );
  }
}

const HANDLERS = {
  '@semantic-release/commit-analyzer'(options, migration) {
    if (options.preset && !['angular', 'conventionalcommits'].includes(options.preset)) {
      migration.skip(
        `commit-analyzer preset: ${options.preset}`,
        'commits are read as Conventional Commits (the angular and conventionalcommits presets); other presets are not supported',
      );
    }
    if (options.releaseRules) {
      migration.skip(
        'commit-analyzer releaseRules',
        `custom rules are not supported: feat → minor, fix/perf/revert → patch, ! or BREAKING CHANGE → major (${JSON.stringify(options.releaseRules).slice(0, 120)})`,
      );
    }
  },
  '@semantic-release/release-notes-generator'(options, migration) {
    if (options.presetConfig?.types || options.writerOpts) {
      migration.skip(
        'release-notes-generator presetConfig.types / writerOpts',
        'the notes have fixed sections: Breaking changes, Features, Bug fixes, Performance, Reverts (and Other with changelog-other: true)',
      );
    }
  },
  '@semantic-release/changelog'(options, migration) {
    migration.set(
      ['version', 'changelog-file'],
      options.changelogFile ?? 'CHANGELOG.md',
      '@semantic-release/changelog changelogFile',
    );
    if (options.changelogTitle)
      migration.skip(
        '@semantic-release/changelog changelogTitle',
        'a new CHANGELOG.md starts with a Keep a Changelog preamble; edit the title once by hand',
      );
  },
  '@semantic-release/npm'(options, migration) {
    const root = options.pkgRoot ? `${options.pkgRoot.replace(/\/+$/, '')}/` : '';
    migration.set(
      ['version', 'version-files'],
      [`${root}package.json`],
      '@semantic-release/npm (the version in package.json)',
    );
    if (options.npmPublish !== false) {
      migration.skip(
        '@semantic-release/npm npmPublish',
        'the actions do not publish to npm: run `npm publish` in a job after the release (with NODE_AUTH_TOKEN from secrets)',
      );
      migration.inWorkflow(
        'Publish to npm in a job that needs the release job: `npm publish` with `NODE_AUTH_TOKEN: ${{ secrets.NPM_TOKEN }}` in `env:`.',
      );
    }
    if (options.tarballDir)
      migration.add(
        ['announce', 'assets'],
        [`${options.tarballDir.replace(/\/+$/, '')}/*.tgz`],
        '@semantic-release/npm tarballDir',
      );
  },
  '@semantic-release/git'(options, migration) {
    if (options.message) {
      const message = commitMessage(options.message, migration);
      if (message) migration.set(['version', 'commit-message'], message, '@semantic-release/git message');
      else
        migration.skip(
          '@semantic-release/git message',
          `uses placeholders other than \${nextRelease.version} and \${nextRelease.gitTag}: ${options.message}`,
        );
    }
    const assets = (options.assets ?? []).filter(
      (asset) => !/(^|\/)(package(-lock)?\.json|CHANGELOG\.md|npm-shrinkwrap\.json)$/.test(asset),
    );
    if (assets.length > 0) {
      migration.skip(
        `@semantic-release/git assets: ${show(assets)}`,
        'the release commit holds the version files and the changelog; files your build changes belong in the build, or in version-files as file:regex when they hold the version',
      );
    }
  },
  '@semantic-release/github'(options, migration) {
    if (options.assets) {
      const assets = (Array.isArray(options.assets) ? options.assets : [options.assets]).map((asset) =>
        typeof asset === 'string' ? asset : asset.path,
      );
      migration.add(['announce', 'assets'], assets.flat(), '@semantic-release/github assets');
    }
    if (options.successComment === false)
      migration.set(['announce', 'comment'], false, '@semantic-release/github successComment: false');
    else if (typeof options.successComment === 'string')
      migration.skip(
        '@semantic-release/github successComment',
        'the comment text is fixed ("Released in vX.Y.Z" with a link); comment: false turns it off',
      );
    if (options.releasedLabels) {
      const labels =
        options.releasedLabels === false
          ? undefined
          : [options.releasedLabels].flat().filter((label) => !/<%|\$\{/.test(label));
      if (labels?.length)
        migration.set(['announce', 'comment-label'], labels[0], '@semantic-release/github releasedLabels');
      if ((options.releasedLabels?.length ?? 0) > 1)
        migration.skip(
          '@semantic-release/github releasedLabels (after the first)',
          'one label is added to shipped pull requests and issues',
        );
    }
    if (options.failComment || options.failTitle || options.labels) {
      migration.skip(
        '@semantic-release/github failComment / failTitle / labels',
        'a failed release is announced on the configured channels (announce kind: failure), not as an issue',
      );
    }
    if (options.draftRelease)
      migration.set(['announce', 'draft'], true, '@semantic-release/github draftRelease');
  },
  '@semantic-release/exec'(options, migration) {
    if (options.prepareCmd) {
      migration.set(
        ['artifacts', 'build-script'],
        execCommand(options.prepareCmd),
        '@semantic-release/exec prepareCmd',
      );
    }
    if (options.publishCmd) {
      migration.set(
        ['environments', 'production', 'deploy-command'],
        execCommand(options.publishCmd),
        '@semantic-release/exec publishCmd',
      );
      migration.inWorkflow(
        "publishCmd became the production deploy-command: it runs in the production job, behind the environment's approval, after staging and its smoke test.",
      );
    }
    for (const key of [
      'verifyConditionsCmd',
      'analyzeCommitsCmd',
      'verifyReleaseCmd',
      'generateNotesCmd',
      'successCmd',
      'failCmd',
      'addChannelCmd',
    ]) {
      if (options[key])
        migration.skip(
          `@semantic-release/exec ${key}`,
          key === 'verifyConditionsCmd'
            ? 'run it as a custom command gate: gates.custom-commands'
            : 'no matching step; run it in your workflow',
        );
    }
  },
};

/** `${nextRelease.version}` in an exec command → `$RELEASE_VERSION`, which the actions set. */
function execCommand(command) {
  return command.replace(/\$\{\s*nextRelease\.version\s*\}/g, '$RELEASE_VERSION');
}

const SLACK = ['semantic-release-slack-bot', '@semantic-release/slack'];

export function convert(cwd) {
  const migration = new Migration('semantic-release');
  const config = load(cwd, migration);
  if (!config) return migration;
  if (config.extends)
    migration.skip(
      `extends: ${show(config.extends)}`,
      'shared configs are not followed: copy their settings into this file first',
    );
  if (config.tagFormat !== undefined) {
    const prefix = prefixOf(config.tagFormat, '${version}');
    if (prefix) migration.set(['version', 'tag-prefix'], prefix, `tagFormat ${show(config.tagFormat)}`);
    else
      migration.skip(
        `tagFormat ${show(config.tagFormat)}`,
        'tags are <prefix><version>: the version must come last',
      );
  }
  branches(config, migration);
  let changelog = false;
  for (const [name, options] of plugins(config)) {
    if (name === '@semantic-release/changelog') changelog = true;
    const handler = HANDLERS[name];
    if (handler) handler(options, migration);
    else if (SLACK.includes(name)) {
      migration.set(['announce', 'channels'], ['slack'], name);
      migration.inWorkflow(
        'Slack: pass the webhook as the `slack-webhook-url` secret (release.yml reads it from `secrets: inherit`).',
      );
    } else migration.skip(`plugin ${name}`, 'no equivalent; run what it does as a step in your workflow');
  }
  // semantic-release writes no changelog file unless the changelog plugin is there; bump-version does by default.
  if (!changelog)
    migration.set(
      ['version', 'changelog-file'],
      'none',
      'no @semantic-release/changelog plugin (no CHANGELOG.md was written)',
    );
  if (config.dryRun)
    migration.skip(
      'dryRun: true',
      'a dry run is the dry-run input of a run, not a setting: release.yml with dry-run: true',
    );
  for (const key of ['repositoryUrl', 'ci', 'debug']) {
    if (config[key] !== undefined)
      migration.skip(
        `${key}: ${show(config[key])}`,
        "not needed: the actions run in the repository's own workflow",
      );
  }
  migration.inWorkflow(
    'semantic-release releases on every push; release.yml runs when your workflow calls it (on push to main, on a schedule, or from the Actions tab), and deploys to staging and production before it announces.',
  );
  return migration;
}
