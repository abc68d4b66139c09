import { describe, expect, it, afterAll, beforeAll } from '@jest/globals';
import { spawn } from 'node:child_process';
import { randomFillSync } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdir, mkdtemp, readdir, rm, stat, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { NODE24, ROOT, type RunResult } from '../bench/runner.js';
import { removeRunTemps, runBundle } from '../unit/artifacts/support.js';
import { createGitFixture, type GitFixture } from '../bench/git-fixture.js';

/**
 * Every bad input the issue lists: one clear ::error:: that names the
 * problem, a failed step, and nothing left behind (no archive, no staging
 * folder, no output directory).
 */

let fixture: GitFixture;
let outside: string;

beforeAll(async () => {
  fixture = await createGitFixture({
    files: {
      'dist/cli/app': 'cli\n',
      'dist/server/app': 'server\n',
      'README.md': '# app\n',
    },
  });
  outside = await mkdtemp(join(tmpdir(), 'outside-workspace-'));
  await writeFile(join(outside, 'secret.txt'), 'not for release\n');
  await symlink(join(outside, 'secret.txt'), join(fixture.work, 'dist/cli/secret.txt'));
});

afterAll(async () => {
  await fixture.cleanup();
  await rm(outside, { recursive: true, force: true });
});

/** Archives and staging folders anywhere in the workspace (outside .git). */
async function leftovers(dir: string): Promise<string[]> {
  const found: string[] = [];
  const walk = async (current: string) => {
    for (const entry of await readdir(current, { withFileTypes: true })) {
      if (entry.name === '.git') continue;
      const path = join(current, entry.name);
      if (
        /\.(tar\.gz|zip)$|^\.build-artifacts-|^SHA256SUMS|^artifacts\.json$|^release-artifacts$/.test(
          entry.name,
        )
      ) {
        found.push(relative(dir, path));
      }
      if (entry.isDirectory()) await walk(path);
    }
  };
  await walk(dir);
  return found;
}

async function fails(inputs: Record<string, string>, env: Record<string, string> = {}): Promise<RunResult> {
  const run = await runBundle('build-artifacts', {
    workspace: fixture.work,
    inputs: { version: '1.0.0', ...inputs },
    env,
  });
  expect(run.exitCode).toBe(1);
  expect(run.errors).toHaveLength(1);
  expect(run.outputs).toEqual({});
  expect(await leftovers(fixture.work)).toEqual([]);
  expect(run.stdout + run.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
  return run;
}

describe('build-artifacts refuses bad input and leaves nothing behind', () => {
  it('a build that fails, quoting its last lines of output', async () => {
    const run = await fails({
      files: 'dist',
      'build-script': 'echo "compiling"; echo "main.c:3: error: expected ;" >&2; exit 2',
    });
    expect(run.errors[0]).toContain(
      'failed with exit code 2. Last lines of output:\ncompiling\nmain.c:3: error: expected ;',
    );
    expect(run.log).toMatch(/::group::Build: echo "compiling"/);
  });

  it('a build command that does not exist', async () => {
    const run = await fails({ files: 'dist', 'build-command': 'make-that-does-not-exist dist' });
    expect(run.errors[0]).toContain('Build command `make-that-does-not-exist dist` could not start');
  });

  it('globs that match nothing, all listed', async () => {
    const run = await fails({ files: 'dist/cli\nbuild/**/*.jar\ntarget/app' });
    expect(run.errors[0]).toMatch(/^No files match "build\/\*\*\/\*\.jar", "target\/app"/);
  });

  it('a pattern that climbs out of the workspace with ..', async () => {
    const run = await fails({ files: 'dist\n../other/*' });
    expect(run.errors[0]).toBe(
      'Input "files": got "dist\n../other/*", expected a pattern inside the workspace (".." is refused)',
    );
  });

  it('an absolute path outside the workspace', async () => {
    const run = await fails({ files: join(outside, 'secret.txt') });
    expect(run.errors[0]).toContain(
      'expected a pattern inside the workspace (absolute paths elsewhere are refused)',
    );
  });

  it('a symbolic link that leads outside the workspace', async () => {
    const run = await fails({ files: 'dist/cli' });
    expect(run.errors[0]).toContain(
      `"dist/cli/secret.txt" is a symbolic link to ${join(outside, 'secret.txt')}, outside the workspace`,
    );
  });

  it('an output directory outside the workspace', async () => {
    const run = await fails({ files: 'README.md', 'output-directory': '../published' });
    expect(run.errors[0]).toBe(
      'Input "output-directory": got "../published", expected a path inside the workspace',
    );
  });

  it('two artifacts with one name', async () => {
    const run = await fails({ files: 'dist/cli/app\ndist/server/app', split: 'true' });
    expect(run.errors[0]).toContain(
      'Two artifacts would have the same name:\n"app-1.0.0.tar.gz" from "dist/cli/app" and "dist/server/app"',
    );
  });

  it('an unknown format, a bad version and a bad level, all reported at once', async () => {
    const run = await fails({
      files: 'README.md',
      formats: 'tar.gz, tar.xz',
      version: '1.0/../../x',
      'compression-level': '11',
    });
    expect(run.errors[0]).toContain(
      'Input "formats": got "tar.gz, tar.xz", expected archive formats, any of: tar.gz, zip',
    );
    expect(run.errors[0]).toContain('Input "version": got "1.0/../../x", expected letters, digits');
    expect(run.errors[0]).toContain('Input "compression-level": got "11", expected an integer from 0 to 9');
  });

  it('signing without a key', async () => {
    const run = await fails({ files: 'README.md', sign: 'gpg' });
    expect(run.errors[0]).toBe(
      'Input "signing-key": got "", expected the private key (required when sign is gpg)',
    );
  });

  it('a SOURCE_DATE_EPOCH that is not a number', async () => {
    const run = await fails({ files: 'README.md' }, { SOURCE_DATE_EPOCH: 'yesterday' });
    expect(run.errors[0]).toContain('SOURCE_DATE_EPOCH: got "yesterday", expected a whole number of seconds');
  });
});

describe('build-artifacts attestation failure', () => {
  let server: Server;
  let url: string;
  beforeAll(async () => {
    // An OIDC token endpoint that refuses: the attestation must fail the step, with nothing moved into place.
    server = createServer((_request, response) => {
      response.writeHead(500, { 'content-type': 'application/json' });
      response.end('{"message":"token service down"}');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/token?api-version=2.0`;
  });
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
  });

  it('loads @actions/attest only when asked, and fails cleanly when it cannot attest', async () => {
    const run = await fails(
      { files: 'README.md', attest: 'true', token: 'test-token' },
      { ACTIONS_ID_TOKEN_REQUEST_URL: url, ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'request-token' },
    );
    expect(run.errors[0]).toMatch(/^Attestation failed: /);
    expect(run.log).toContain('::group::Attesting provenance');
  });
});

describe('build-artifacts cancelled while packaging', () => {
  it('removes the half-written archive when the runner sends SIGTERM', async () => {
    const big = await createGitFixture({ files: { 'README.md': '# big\n' } });
    try {
      // Incompressible bytes at level 9: slow enough to be caught in the middle.
      const block = Buffer.alloc(4 * 1024 * 1024);
      const chunks = Array.from({ length: 24 }, () => Buffer.from(randomFillSync(block)));
      await mkdir(join(big.work, 'dist'));
      await writeFile(join(big.work, 'dist/blob.bin'), Buffer.concat(chunks));
      const out = join(big.work, 'release-artifacts');
      const child = spawn(NODE24, [join(ROOT, 'dist/build-artifacts/index.js')], {
        cwd: big.work,
        env: {
          PATH: process.env['PATH'],
          GITHUB_WORKSPACE: big.work,
          GITHUB_REPOSITORY: 'acme/app',
          INPUT_VERSION: '1.0.0',
          INPUT_FILES: 'dist',
          'INPUT_COMPRESSION-LEVEL': '9',
        },
        stdio: 'ignore',
      });
      const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
      // Wait until an archive is being written in the staging folder, then cancel.
      let staged: string | undefined;
      while (!staged) {
        const entries = await readdir(out).catch(() => [] as string[]);
        const folder = entries.find((name) => name.startsWith('.build-artifacts-'));
        if (folder) {
          const inside = await readdir(join(out, folder)).catch(() => [] as string[]);
          const archive = inside.find((name) => name.endsWith('.tar.gz'));
          if (archive && (await stat(join(out, folder, archive)).catch(() => undefined))?.size)
            staged = archive;
        }
        if (child.exitCode !== null) throw new Error('the run finished before it could be cancelled');
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
      child.kill('SIGTERM');
      expect(await exited).toBe(143);
      expect(await readdir(big.work)).not.toContain('release-artifacts');
    } finally {
      await big.cleanup();
    }
  }, 60_000);
});

afterAll(async () => {
  await removeRunTemps();
});
