import { describe, expect, it, afterAll, beforeAll } from '@jest/globals';
import { mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { RunResult } from '../bench/runner.js';
import { createGitFixture, type GitFixture } from '../bench/git-fixture.js';
import { manifestProblems, type Manifest } from '../../packages/artifacts/src/manifest.js';
import { removeRunTemps, runBundle, sh } from '../unit/artifacts/support.js';

/**
 * The bundle as a process on real git checkouts: the same commit built in two
 * different folders, at different file times, permissions and time zones,
 * must give the same bytes; the outputs must verify with the real sha256sum.
 */

const FILES = {
  'README.md': '# app\n',
  'src/main.js': 'console.log("app");\n',
  'src/lib/util.js': 'export const answer = 42;\n',
  'bin/app': '#!/usr/bin/env node\nimport "../src/main.js";\n',
};

// The build stamps the version in, then disturbs everything that must not leak into the archive.
const BUILD_SCRIPT = (touchDate: string, fileMode: string) => `
mkdir -p dist/bin
cp -r src dist/
cp bin/app dist/bin/app && chmod 755 dist/bin/app
echo "$RELEASE_VERSION built at $SOURCE_DATE_EPOCH" > dist/VERSION
chmod ${fileMode} dist/VERSION dist/src/main.js
find dist -exec touch -h -d '${touchDate}' {} +
`;

let fixtures: GitFixture[] = [];
const runs: RunResult[] = [];

async function build(
  fixture: GitFixture,
  touchDate: string,
  fileMode: string,
  tz: string,
): Promise<RunResult> {
  return runBundle('build-artifacts', {
    workspace: fixture.work,
    sha: await fixture.head(),
    env: { TZ: tz },
    inputs: {
      version: '1.4.0',
      platform: 'linux-x64',
      'build-script': BUILD_SCRIPT(touchDate, fileMode),
      files: 'dist\nREADME.md',
      formats: 'tar.gz, zip',
      sha512: 'true',
    },
  });
}

beforeAll(async () => {
  fixtures = await Promise.all([createGitFixture({ files: FILES }), createGitFixture({ files: FILES })]);
  runs.push(await build(fixtures[0]!, '2001-02-03 04:05:06', '644', 'UTC'));
  runs.push(await build(fixtures[1]!, '2024-12-31 23:59:59', '600', 'Pacific/Auckland'));
}, 60_000);

afterAll(async () => {
  await Promise.all(fixtures.map((fixture) => fixture.cleanup()));
});

const artifactsOf = (run: RunResult) =>
  JSON.parse(run.outputs['artifacts'] ?? '[]') as {
    name: string;
    path: string;
    sha256: string;
    size: number;
  }[];

describe('build-artifacts, package mode', () => {
  it('builds, packages and succeeds with every output set', () => {
    for (const run of runs) {
      expect(run.errors).toEqual([]);
      expect(run.exitCode).toBe(0);
      const out = join(run.workspace, 'release-artifacts');
      expect(run.outputs).toMatchObject({
        directory: out,
        manifest: join(out, 'artifacts.json'),
        checksums: join(out, 'SHA256SUMS'),
        provenance: join(out, 'provenance.intoto.json'),
        signature: '',
      });
      expect(artifactsOf(run).map((a) => a.name)).toEqual([
        'app-1.4.0-linux-x64.tar.gz',
        'app-1.4.0-linux-x64.zip',
      ]);
    }
  });

  it('gives byte-identical archives from two folders, file times, modes and time zones', async () => {
    const [a, b] = runs.map(artifactsOf);
    expect(a!.map((x) => x.sha256)).toEqual(b!.map((x) => x.sha256));
    const sums = await Promise.all(runs.map((run) => readFile(run.outputs['checksums']!, 'utf8')));
    expect(sums[0]).toBe(sums[1]);
    expect(fixtures[0]!.work).not.toBe(fixtures[1]!.work);
  });

  it('writes checksum files that sha256sum -c and sha512sum -c verify', async () => {
    const out = runs[0]!.outputs['directory']!;
    const check = await sh('sha256sum', ['-c', '--strict', 'SHA256SUMS'], { cwd: out });
    expect(check).toMatchObject({
      code: 0,
      stdout: 'app-1.4.0-linux-x64.tar.gz: OK\napp-1.4.0-linux-x64.zip: OK\n',
    });
    expect((await sh('sha512sum', ['-c', '--strict', 'SHA512SUMS'], { cwd: out })).code).toBe(0);
  });

  it('packages what the build made, with the commit time on every entry and normalised modes', async () => {
    const listing = await sh('tar', ['--utc', '--numeric-owner', '-tvzf', artifactsOf(runs[1]!)[0]!.path]);
    const lines = listing.stdout.trim().split('\n');
    expect(lines.map((line) => line.split(/\s+/).slice(-1)[0])).toEqual([
      'README.md',
      'dist/',
      'dist/VERSION',
      'dist/bin/',
      'dist/bin/app',
      'dist/src/',
      'dist/src/lib/',
      'dist/src/lib/util.js',
      'dist/src/main.js',
    ]);
    // The fixture's first commit is at 2026-01-05 09:00 UTC.
    expect(lines.every((line) => line.includes('0/0') && line.includes('2026-01-05 09:01'))).toBe(true);
    expect(lines.find((line) => line.endsWith('dist/VERSION'))).toMatch(/^-rw-r--r-- /);
    expect(lines.find((line) => line.endsWith('dist/bin/app'))).toMatch(/^-rwxr-xr-x /);
    const version = await sh('tar', ['-xzOf', artifactsOf(runs[1]!)[0]!.path, 'dist/VERSION']);
    expect(version.stdout).toMatch(/^1\.4\.0 built at \d+\n$/);
  });

  it('writes a manifest that matches its JSON Schema and agrees with the outputs', async () => {
    const run = runs[0]!;
    const manifest = JSON.parse(await readFile(run.outputs['manifest']!, 'utf8')) as Manifest;
    expect(await manifestProblems(manifest)).toEqual([]);
    expect(manifest).toMatchObject({
      name: 'app',
      version: '1.4.0',
      commit: await fixtures[0]!.head(),
      repository: 'acme/app',
      platforms: ['linux-x64'],
      checksums: { sha256: 'SHA256SUMS', sha512: 'SHA512SUMS' },
      provenance: 'provenance.intoto.json',
    });
    expect(manifest.artifacts.map((a) => [a.name, a.sha256, a.size])).toEqual(
      artifactsOf(run).map((a) => [a.name, a.sha256, a.size]),
    );
    const statement = JSON.parse(await readFile(run.outputs['provenance']!, 'utf8'));
    expect(statement.subject).toEqual(
      manifest.artifacts.map((a) => ({ name: a.name, digest: { sha256: a.sha256 } })),
    );
  });

  it('shows a job summary table with size and sha256, and groups the build output', () => {
    const run = runs[0]!;
    expect(run.summary).toContain('| artifact | platform | size | sha256 |');
    for (const artifact of artifactsOf(run)) expect(run.summary).toContain(`\`${artifact.sha256}\``);
    expect(run.log).toMatch(/::group::Build: mkdir -p dist\/bin … \(\d+ lines\)/);
    expect(run.log).toContain('::group::Packaging');
  });

  it('keeps identical outputs untouched on a re-run', async () => {
    const out = runs[0]!.outputs['directory']!;
    const before = await Promise.all(artifactsOf(runs[0]!).map((a) => stat(a.path)));
    const again = await build(fixtures[0]!, '2011-11-11 11:11:11', '640', 'Asia/Tokyo');
    expect(again.exitCode).toBe(0);
    expect(artifactsOf(again).map((a) => a.sha256)).toEqual(artifactsOf(runs[0]!).map((a) => a.sha256));
    const after = await Promise.all(artifactsOf(again).map((a) => stat(a.path)));
    expect(after.map((s) => [s.ino, s.mtimeMs])).toEqual(before.map((s) => [s.ino, s.mtimeMs]));
    expect(again.log).toContain(
      'Kept unchanged: app-1.4.0-linux-x64.tar.gz, app-1.4.0-linux-x64.zip, SHA256SUMS, SHA512SUMS',
    );
    expect((await readdir(out)).filter((name) => name.startsWith('.'))).toEqual([]);
  });
});

describe('build-artifacts, other package options', () => {
  let fixture: GitFixture;
  beforeAll(async () => {
    fixture = await createGitFixture({
      files: {
        'dist/cli/cli': 'cli binary',
        'dist/server/server': 'server binary',
        'dist/server/server.pdb': 'symbols',
      },
    });
  });
  afterAll(async () => {
    await fixture.cleanup();
  });

  it('splits one artifact per match, runs build commands without a shell, reads the config file', async () => {
    await mkdir(join(fixture.work, '.github'), { recursive: true });
    await writeFile(
      join(fixture.work, '.github/release-actions.yml'),
      'artifacts:\n  files: ["dist/*", "!**/*.pdb"]\n  split: true\n  wrap: true\n  formats: [zip]\n  output-directory: out\n',
    );
    const run = await runBundle('build-artifacts', {
      workspace: fixture.work,
      env: { SOURCE_DATE_EPOCH: '1700000000' },
      inputs: {
        version: '3.0.0-rc.1',
        'build-command':
          'node -e "require(\'fs\').writeFileSync(process.argv[1], process.env.SOURCE_DATE_EPOCH)" dist/cli/stamp',
        attest: 'true',
      },
    });
    expect(run.errors).toEqual([]);
    expect(run.exitCode).toBe(0);
    const artifacts = JSON.parse(run.outputs['artifacts']!) as { name: string; path: string }[];
    expect(artifacts.map((a) => a.name)).toEqual(['cli-3.0.0-rc.1.zip', 'server-3.0.0-rc.1.zip']);
    expect(run.outputs['directory']).toBe(join(fixture.work, 'out'));
    const listing = await sh('unzip', ['-Z1', artifacts[0]!.path]);
    expect(listing.stdout.trim().split('\n')).toEqual([
      'cli-3.0.0-rc.1/',
      'cli-3.0.0-rc.1/cli',
      'cli-3.0.0-rc.1/stamp',
    ]);
    const server = await sh('unzip', ['-Z', '-T', artifacts[1]!.path]);
    expect(server.stdout).not.toContain('server.pdb');
    expect(server.stdout).toContain('20231114.221320 server-3.0.0-rc.1/server');
    expect((await sh('unzip', ['-p', artifacts[0]!.path, 'cli-3.0.0-rc.1/stamp'])).stdout).toBe('1700000000');
    // attest: true without an OIDC token is a notice, not a failure.
    expect(run.annotations).toContainEqual(
      expect.objectContaining({ level: 'notice', message: expect.stringContaining('no OIDC token') }),
    );
    await rm(join(fixture.work, '.github'), { recursive: true, force: true });
  });
});

afterAll(async () => {
  await removeRunTemps();
});
