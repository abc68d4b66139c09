import { describe, expect, it, afterEach, beforeEach } from '@jest/globals';
import { mkdir, rm, symlink } from 'node:fs/promises';
import { join } from 'node:path';
import { planArtifacts, type PackageOptions } from '../../../packages/artifacts/src/package.js';
import { normalisePattern, resolveInsideWorkspace } from '../../../packages/artifacts/src/paths.js';
import { tempDir, writeTree } from './support.js';

let root: string;
let workspace: string;

beforeEach(async () => {
  root = await tempDir();
  workspace = join(root, 'workspace');
  await writeTree(workspace, {
    'dist/cli/app': 'cli',
    'dist/cli/README.md': 'cli docs',
    'dist/server/app': 'server',
    'dist/server/debug/app.pdb': 'symbols',
    'docs/guide.md': 'guide',
    LICENSE: 'MIT',
    'release-artifacts/old.tar.gz': 'from a previous run',
  });
  await writeTree(root, { 'outside/secret.txt': 'not for the archive' });
});

afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

function options(patterns: string[], extra: Partial<PackageOptions> = {}): PackageOptions {
  return {
    workspace,
    patterns,
    skip: [join(workspace, 'release-artifacts')],
    split: false,
    wrap: false,
    name: 'app',
    version: '1.2.0',
    formats: ['tar.gz'],
    ...extra,
  };
}

const paths = (plan: Awaited<ReturnType<typeof planArtifacts>>, index = 0) =>
  plan[index]!.entries.map((e) => e.path);

describe('what the files patterns package', () => {
  it('takes a single matched folder by its contents, and the common parent for several matches', async () => {
    expect(paths(await planArtifacts(options(['dist/cli'])))).toEqual(['README.md', 'app']);
    expect(paths(await planArtifacts(options(['dist/cli/app', 'LICENSE'])))).toEqual([
      'LICENSE',
      'dist',
      'dist/cli',
      'dist/cli/app',
    ]);
  });

  it('applies ! exclusions to files and whole folders', async () => {
    // Only dist/server is left, so (as with actions/upload-artifact) its contents are the archive's root.
    const plan = await planArtifacts(options(['dist/**', '!**/*.pdb', '!dist/cli']));
    expect(paths(plan)).toEqual(['app', 'debug']);
    const kept = await planArtifacts(options(['dist', '!**/*.pdb', '!dist/cli/README.md']));
    expect(paths(kept)).toEqual(['cli', 'cli/app', 'server', 'server/app', 'server/debug']);
  });

  it('never packages the output directory, even when a pattern covers it', async () => {
    const plan = await planArtifacts(options(['*', '!docs']));
    expect(paths(plan)).not.toContain('release-artifacts');
    expect(paths(plan)).toContain('LICENSE');
  });

  it('never packages .git, where actions/checkout keeps the job token', async () => {
    await writeTree(workspace, {
      '.git/config': '[http] extraheader = AUTHORIZATION: basic dG9rZW4=',
      'src/.git/HEAD': 'x',
    });
    for (const patterns of [['.'], ['*'], ['**'], ['./']]) {
      const plan = await planArtifacts(options(patterns));
      expect(paths(plan).filter((path) => path.split('/').includes('.git'))).toEqual([]);
      expect(paths(plan)).toEqual(expect.arrayContaining(['LICENSE', 'dist/cli/app', 'docs/guide.md']));
    }
    await expect(planArtifacts(options(['.git/config']))).rejects.toMatchObject({ code: 'ENOMATCH' });
  });

  it('lists every pattern that matched nothing', async () => {
    await expect(planArtifacts(options(['dist/cli', 'build/*.zip', 'nothing-here']))).rejects.toMatchObject({
      code: 'ENOMATCH',
      message: 'No files match "build/*.zip", "nothing-here"',
    });
  });

  it('names artifacts with version, platform and format, and wraps on request', async () => {
    const plan = await planArtifacts(
      options(['dist/cli'], { platform: 'linux-x64', formats: ['tar.gz', 'zip'], wrap: true }),
    );
    expect(plan.map((a) => a.name)).toEqual(['app-1.2.0-linux-x64.tar.gz', 'app-1.2.0-linux-x64.zip']);
    expect(paths(plan)).toEqual([
      'app-1.2.0-linux-x64',
      'app-1.2.0-linux-x64/README.md',
      'app-1.2.0-linux-x64/app',
    ]);
  });

  it('makes one artifact per match with split, and refuses two artifacts with one name', async () => {
    const plan = await planArtifacts(options(['dist/*'], { split: true }));
    expect(plan.map((a) => a.name)).toEqual(['cli-1.2.0.tar.gz', 'server-1.2.0.tar.gz']);
    await expect(
      planArtifacts(options(['dist/cli/app', 'dist/server/app'], { split: true })),
    ).rejects.toMatchObject({
      code: 'EDUPLICATE',
      message: expect.stringContaining('"app-1.2.0.tar.gz" from "dist/cli/app" and "dist/server/app"'),
    });
  });
});

describe('the workspace boundary', () => {
  it('refuses patterns with .. and absolute paths outside the workspace', () => {
    expect(normalisePattern('../outside/*', workspace)).toEqual({
      problem: expect.stringContaining('".." is refused'),
    });
    expect(normalisePattern('dist/../../x', workspace)).toHaveProperty('problem');
    expect(normalisePattern('/etc/passwd', workspace)).toEqual({
      problem: expect.stringContaining('absolute'),
    });
    expect(normalisePattern(join(workspace, 'dist/*'), workspace)).toEqual({ pattern: 'dist/*' });
    expect(normalisePattern('!./dist/debug', workspace)).toEqual({ pattern: '!dist/debug' });
  });

  it('refuses a symbolic link that leads outside, whether matched directly or found inside a folder', async () => {
    await symlink(join(root, 'outside/secret.txt'), join(workspace, 'dist/cli/secret.txt'));
    await expect(planArtifacts(options(['dist/cli/secret.txt']))).rejects.toMatchObject({ code: 'EOUTSIDE' });
    await expect(planArtifacts(options(['dist/cli']))).rejects.toMatchObject({
      code: 'EOUTSIDE',
      message: expect.stringContaining('"dist/cli/secret.txt" is a symbolic link to'),
    });
    await expect(planArtifacts(options(['dist/**/*.txt']))).rejects.toMatchObject({ code: 'EOUTSIDE' });
  });

  it('refuses a folder link that leads outside', async () => {
    await symlink(join(root, 'outside'), join(workspace, 'linked'));
    await expect(planArtifacts(options(['linked/*']))).rejects.toMatchObject({ code: 'EOUTSIDE' });
    await expect(planArtifacts(options(['linked']))).rejects.toMatchObject({ code: 'EOUTSIDE' });
  });

  it('follows links that stay inside, packaging the target bytes under the link name', async () => {
    await symlink('../../docs/guide.md', join(workspace, 'dist/cli/GUIDE.md'));
    await symlink(join(workspace, 'docs'), join(workspace, 'dist/server/docs'));
    const plan = await planArtifacts(options(['dist']));
    expect(paths(plan)).toEqual(
      expect.arrayContaining(['cli/GUIDE.md', 'server/docs', 'server/docs/guide.md']),
    );
    expect(plan[0]!.entries.find((e) => e.path === 'cli/GUIDE.md')).toMatchObject({ type: 'file', size: 5 });
  });

  it('refuses a link loop and a broken link', async () => {
    await symlink('..', join(workspace, 'dist/server/up'));
    await expect(planArtifacts(options(['dist/server']))).rejects.toMatchObject({ code: 'ELOOP' });
    await rm(join(workspace, 'dist/server/up'));
    await symlink('missing-target', join(workspace, 'dist/server/broken'));
    await expect(planArtifacts(options(['dist/server']))).rejects.toMatchObject({ code: 'ELINK' });
  });

  it('refuses folder inputs that lead outside, also through a link', async () => {
    await expect(resolveInsideWorkspace(workspace, 'output-directory', '../out')).rejects.toMatchObject({
      code: 'EOUTSIDE',
      message: 'Input "output-directory": got "../out", expected a path inside the workspace',
    });
    await expect(resolveInsideWorkspace(workspace, 'output-directory', '/tmp')).rejects.toMatchObject({
      code: 'EOUTSIDE',
    });
    await symlink(join(root, 'outside'), join(workspace, 'out-link'));
    await expect(
      resolveInsideWorkspace(workspace, 'output-directory', 'out-link/new/deeper'),
    ).rejects.toMatchObject({
      code: 'EOUTSIDE',
      message: expect.stringContaining('through a symbolic link'),
    });
    await expect(resolveInsideWorkspace(workspace, 'output-directory', 'new/folder')).resolves.toMatchObject({
      path: join(workspace, 'new/folder'),
    });
  });

  it('refuses an empty result', async () => {
    await mkdir(join(workspace, 'empty/inner'), { recursive: true });
    await expect(planArtifacts(options(['empty']))).rejects.toMatchObject({ code: 'ENOMATCH' });
  });
});
