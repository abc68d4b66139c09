import { afterEach, describe, expect, it } from '@jest/globals';
import { execFile } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { parse } from 'yaml';
import { loadConfig } from '../../packages/kit/src/index.js';
import { createGitFixture, type GitFixture } from '../bench/git-fixture.js';
import { ROOT, runAction } from '../bench/runner.js';

/**
 * The converter a team runs once (scripts/migrate-config.mjs, the package's
 * release-actions-migrate bin), as a process on repositories holding real-world
 * shaped configs of semantic-release, release-please and changesets. What it writes
 * is read back with the loader every action uses, and for one of them bump-version
 * runs on it.
 */

const exec = promisify(execFile);
const SCRIPT = join(ROOT, 'scripts', 'migrate-config.mjs');
const FIXTURES = join(ROOT, 'test', 'fixtures', 'migrate');
const SCHEMA_LINE =
  '# yaml-language-server: $schema=https://raw.githubusercontent.com/org/release-actions/v1/schema/release-actions.schema.json';

const dirs: string[] = [];
let fixture: GitFixture | undefined;
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
  await fixture?.cleanup();
  fixture = undefined;
});

async function repository(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'migrate-'));
  dirs.push(dir);
  for (const [path, source] of Object.entries(files)) {
    await mkdir(join(dir, path, '..'), { recursive: true });
    if (source.startsWith('fixture:')) await copyFile(join(FIXTURES, source.slice(8)), join(dir, path));
    else await writeFile(join(dir, path), source);
  }
  return dir;
}

async function migrate(cwd: string, args: string[] = []): Promise<{ code: number; out: string }> {
  try {
    const { stdout, stderr } = await exec(process.execPath, [SCRIPT, ...args], { cwd });
    return { code: 0, out: stdout + stderr };
  } catch (thrown) {
    const failure = thrown as { code: number; stdout: string; stderr: string };
    return { code: failure.code, out: failure.stdout + failure.stderr };
  }
}

async function written(
  cwd: string,
): Promise<{ text: string; data: Record<string, Record<string, unknown>> }> {
  const text = await readFile(join(cwd, '.github/release-actions.yml'), 'utf8');
  // Read back as every action reads it: parsed, checked against the schema, or an error.
  const config = await loadConfig(cwd);
  return { text, data: config!.data as Record<string, Record<string, unknown>> };
}

describe('release-actions-migrate from semantic-release', () => {
  it('maps .releaserc.json with its plugins and reports what it cannot', async () => {
    const cwd = await repository({
      '.releaserc.json': 'fixture:releaserc.json',
      'package.json': '{ "name": "widgets", "version": "1.2.0" }\n',
    });
    const result = await migrate(cwd);
    expect(result.code).toBe(0);
    const { text, data } = await written(cwd);
    expect(text.split('\n').slice(0, 2)).toEqual(['# .github/release-actions.yml', SCHEMA_LINE]);
    expect(data).toEqual({
      version: {
        'tag-prefix': 'v',
        'changelog-file': 'docs/CHANGELOG.md',
        'version-files': ['package.json'],
        'commit-message': 'chore(release): {version} [skip ci]',
      },
      artifacts: { 'build-script': './scripts/build.sh $RELEASE_VERSION' },
      announce: { assets: ['dist/*.tgz'], comment: false, channels: ['slack'] },
    });
    expect(result.out).toContain(
      'Wrote .github/release-actions.yml, checked against the release-actions schema.',
    );
    expect(result.out).toMatch(/Not mapped \(4\):/);
    expect(result.out).toContain('@semantic-release/npm npmPublish\n      the actions do not publish to npm');
    expect(result.out).toContain('branches: "+([0-9])?(.{+([0-9]),x}).x"');
    expect(result.out).toContain('`release-type: prerelease` and `preid: beta`');
    // The same list is kept in the file, where the team will look again.
    expect(text).toContain('#   - @semantic-release/git assets: [dist/version.js]');
  });

  it('maps a YAML .releaserc, and names plugins and rules it has no equivalent for', async () => {
    const cwd = await repository({ '.releaserc.yml': 'fixture:releaserc.yml' });
    const result = await migrate(cwd);
    expect(result.code).toBe(0);
    const { data } = await written(cwd);
    expect(data['version']).toEqual({ 'tag-prefix': 'api-v', 'changelog-file': 'none' });
    expect(result.out).toContain('commit-analyzer releaseRules');
    expect(result.out).toContain('plugin @semantic-release/gitlab\n      no equivalent');
    expect(result.out).toContain('`preid: rc`');
  });
});

describe('release-actions-migrate from release-please', () => {
  it('maps one package to the version section, and bump-version then releases as release-please would have', async () => {
    fixture = await createGitFixture({
      files: {
        'package.json': '{\n  "name": "widgets",\n  "version": "0.4.2"\n}\n',
        'src/version.ts': "export const VERSION = '0.4.2'; // x-release-please-version\n",
      },
    });
    const f = fixture;
    await f.tag('v0.4.2', 'v0.4.2');
    await f.commit('feat!: drop the legacy theme');
    await f.push('all');
    // The fixture's monorepo config with its first package only.
    const monorepo = JSON.parse(await readFile(join(FIXTURES, 'release-please-config.json'), 'utf8')) as {
      packages: Record<string, unknown>;
    };
    const single = { ...monorepo, packages: { '.': monorepo.packages['.'] } };
    await writeFile(join(f.work, 'release-please-config.json'), JSON.stringify(single));
    await writeFile(join(f.work, '.release-please-manifest.json'), '{ ".": "0.4.2" }\n');

    const result = await migrate(f.work);
    expect(result.code).toBe(0);
    const { data } = await written(f.work);
    expect(data['version']).toEqual({
      'version-files': [
        'package.json',
        'src/version.ts:(\\d+\\.\\d+\\.\\d+(?:-[0-9A-Za-z.-]+)?)(?=.*x-release-please-version)',
      ],
      'tag-prefix': 'v',
      'changelog-file': 'CHANGELOG.md',
      'major-on-zero': false,
    });
    expect(data['components']).toBeUndefined();
    expect(result.out).toContain('changelog-sections');
    expect(result.out).toContain('extra-files app.json (json $.expo.version)');
    expect(result.out).toContain('. is at 0.4.2 (.release-please-manifest.json)');
    expect(result.out).toContain('release.yml does the same with `mode: pull-request`');

    // bump-minor-pre-major: true carried over: a breaking change on 0.4.2 releases 0.5.0.
    const run = await runAction('bump-version', {
      workspace: f.work,
      inputs: { 'release-type': 'auto', 'dry-run': 'true' },
    });
    expect(run.errors).toEqual([]);
    expect(run.outputs['version']).toBe('0.5.0');
  });

  it('maps several packages to components, with linked-versions, and bump-version releases each from its tag', async () => {
    fixture = await createGitFixture({
      files: {
        'package.json': '{\n  "name": "widgets",\n  "version": "0.4.2"\n}\n',
        'src/version.ts': "export const VERSION = '0.4.2'; // x-release-please-version\n",
        'packages/cli/package.json': '{\n  "name": "widgets-cli",\n  "version": "1.1.0"\n}\n',
      },
    });
    const f = fixture;
    await f.tag('v0.4.2', 'v0.4.2');
    await f.tag('cli-v1.1.0', 'cli-v1.1.0');
    await f.commit('fix: the cli exits 0 on --help', { 'packages/cli/index.js': 'export {};\n' });
    await f.push('all');
    const config = JSON.parse(await readFile(join(FIXTURES, 'release-please-config.json'), 'utf8')) as Record<
      string,
      unknown
    >;
    config['plugins'] = [
      { type: 'linked-versions', groupName: 'pair', components: ['widgets', 'cli'] },
      'node-workspace',
    ];
    config['separate-pull-requests'] = true;
    await writeFile(join(f.work, 'release-please-config.json'), JSON.stringify(config));
    await copyFile(
      join(FIXTURES, 'release-please-manifest.json'),
      join(f.work, '.release-please-manifest.json'),
    );

    const result = await migrate(f.work);
    expect(result.code).toBe(0);
    const { data } = await written(f.work);
    expect(data['version']).toEqual({ 'major-on-zero': false });
    expect(data['components']).toEqual({
      widgets: {
        path: '.',
        'version-files': [
          'package.json',
          'src/version.ts:(\\d+\\.\\d+\\.\\d+(?:-[0-9A-Za-z.-]+)?)(?=.*x-release-please-version)',
        ],
        'tag-prefix': 'v',
        'changelog-file': 'CHANGELOG.md',
      },
      cli: { path: 'packages/cli', 'version-files': ['packages/cli/package.json'], 'tag-prefix': 'cli-v' },
    });
    expect(data['linked-versions']).toEqual([['widgets', 'cli']]);
    expect(result.out).toContain('plugins: node-workspace\n      no equivalent');
    expect(result.out).toContain(
      'separate-pull-requests: true\n      one release pull request carries every component that changed',
    );
    expect(result.out).toContain(
      'packages/cli is at 1.1.0 (.release-please-manifest.json): bump-version reads the last version from the tag cli-v1.1.0',
    );

    // Each component starts from the tag release-please made; linked, both take the higher version.
    const run = await runAction('bump-version', {
      workspace: f.work,
      inputs: { 'release-type': 'auto', 'dry-run': 'true' },
    });
    expect(run.errors).toEqual([]);
    expect(run.outputs['monorepo']).toBe('true');
    const planned = JSON.parse(run.outputs['components']!) as Array<Record<string, string>>;
    expect(planned.map((component) => [component['name'], component['version'], component['tag']])).toEqual([
      ['widgets', '1.1.1', 'v1.1.1'],
      ['cli', '1.1.1', 'cli-v1.1.1'],
    ]);
  });
});

describe('release-actions-migrate from changesets', () => {
  it('maps .changeset/config.json and turns pending changesets into a release type', async () => {
    const cwd = await repository({
      '.changeset/config.json': JSON.stringify({
        $schema: 'https://unpkg.com/@changesets/config@3.0.0/schema.json',
        changelog: ['@changesets/changelog-github', { repo: 'acme/widgets' }],
        commit: false,
        fixed: [['@acme/ui', '@acme/theme']],
        linked: [],
        access: 'public',
        baseBranch: 'main',
        updateInternalDependencies: 'patch',
        ignore: ['@acme/docs'],
      }),
      '.changeset/README.md': '# Changesets\n',
      '.changeset/brave-lions-dance.md': '---\n"@acme/ui": minor\n---\n\nAdd a dark theme.\n',
      '.changeset/quiet-owls-sing.md': '---\n"@acme/theme": patch\n---\n\nFix the focus ring.\n',
      'package.json': '{ "name": "acme", "private": true, "workspaces": ["packages/*"] }\n',
    });
    const result = await migrate(cwd);
    expect(result.code).toBe(0);
    const { data } = await written(cwd);
    expect(data).toEqual({ version: { 'changelog-file': 'CHANGELOG.md' } });
    expect(result.out).toContain('workspaces: ["packages/*"]');
    expect(result.out).toContain('fixed: ["@acme/ui+@acme/theme"]');
    expect(result.out).toContain('ignore: [@acme/docs]');
    expect(result.out).toContain('access: public');
    expect(result.out).toContain(
      '2 changesets not yet released (brave-lions-dance.md, quiet-owls-sing.md), highest minor: release them once with release-type: minor',
    );
    expect(result.out).toContain('call release.yml with main-branch: main');
  });
});

describe('release-actions-migrate safety', () => {
  it('never replaces an existing file without --force, and says what it looked for when nothing is there', async () => {
    const cwd = await repository({
      '.releaserc.json': '{ "branches": ["main"] }',
      '.github/release-actions.yml': 'gates: {}\n',
    });
    const refused = await migrate(cwd);
    expect(refused).toEqual({ code: 1, out: '.github/release-actions.yml exists: --force replaces it.\n' });
    expect(await readFile(join(cwd, '.github/release-actions.yml'), 'utf8')).toBe('gates: {}\n');
    expect((await migrate(cwd, ['--force'])).code).toBe(0);
    expect(parse(await readFile(join(cwd, '.github/release-actions.yml'), 'utf8'))).toEqual({
      version: { 'changelog-file': 'none', 'version-files': ['package.json'] },
    });

    const empty = await repository({ 'README.md': '# app\n' });
    const none = await migrate(empty);
    expect(none.code).toBe(2);
    expect(none.out).toContain('No semantic-release, release-please or changesets configuration');
  });

  it('asks which tool when a repository has two', async () => {
    const cwd = await repository({
      '.releaserc.json': '{}',
      '.changeset/config.json': '{}',
    });
    expect(await migrate(cwd)).toEqual({
      code: 2,
      out: 'Found semantic-release and changesets: choose one with --from.\n',
    });
    expect((await migrate(cwd, ['--from', 'changesets', '--stdout'])).code).toBe(0);
  });
});
