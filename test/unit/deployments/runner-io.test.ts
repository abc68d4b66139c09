/**
 * The deployment logic with the runner swapped out: provider commands through
 * the null process runner, setup-tools through a tool installer that serves
 * local files, so what the logic decides is checked without running anything.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createHash } from 'node:crypto';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NullProcessRunner, type ToolInstaller } from '../../../packages/kit/src/index.js';
import { Provider, setupTools, silentLog, type ToolSpec } from '../../../packages/deployments/src/index.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'runner-io-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const context = {
  operation: 'deploy' as const,
  version: '1.4.0',
  environment: 'staging',
  strategy: 'direct' as const,
  commit: 'abc',
  ref: 'refs/tags/v1.4.0',
  artifacts: [],
  rollback: false,
};

describe('provider commands through the process runner', () => {
  it('hand the command to bash with the RELEASE_* facts and without the step inputs', async () => {
    const processes = new NullProcessRunner();
    const provider = new Provider(
      {
        commands: { deploy: './deploy.sh' },
        retries: 0,
        retryDelayMs: 0,
        workingDirectory: dir,
        processes,
        baseEnv: { PATH: '/bin', INPUT_TOKEN: 's3cret' },
      },
      silentLog,
    );
    await provider.run('deploy', context);
    const [call] = processes.calls;
    expect([call?.commandLine, call?.args, call?.options.cwd]).toEqual(['bash', ['-c', './deploy.sh'], dir]);
    expect(call?.env).toMatchObject({
      PATH: '/bin',
      RELEASE_VERSION: '1.4.0',
      RELEASE_ENVIRONMENT: 'staging',
    });
    expect(call?.env).not.toHaveProperty('INPUT_TOKEN');
  });

  it('try a failing command again as often as retries says, then fail with its output', async () => {
    const processes = new NullProcessRunner(() => ({ exitCode: 2, stderr: 'no route' }));
    const provider = new Provider(
      { commands: { deploy: 'deploy' }, retries: 2, retryDelayMs: 1, workingDirectory: dir, processes },
      silentLog,
    );
    await expect(provider.run('deploy', context, { capture: true })).rejects.toMatchObject({
      code: 'ECOMMAND',
      message: 'deploy-command failed with exit code 2 after 3 attempts:\nno route',
    });
    expect(processes.calls).toHaveLength(3);
  });
});

/** A tool installer that "downloads" local files and keeps its cache in a map. */
function localInstaller(files: Record<string, Buffer>) {
  const cached = new Map<string, string>();
  const downloads: string[] = [];
  const onPath: string[] = [];
  const installer: ToolInstaller = {
    find: async (name, version) => cached.get(`${name}@${version}`) ?? '',
    async download(url) {
      downloads.push(url);
      const file = join(dir, `download-${downloads.length}`);
      await writeFile(file, files[url] ?? Buffer.alloc(0));
      return file;
    },
    extract: async (file) => file,
    async cache(_directory, name, version) {
      const folder = join(dir, 'cache', name, version);
      cached.set(`${name}@${version}`, folder);
      return folder;
    },
    addPath: (directory) => onPath.push(directory),
  };
  return { installer, downloads, onPath };
}

describe('setup-tools through the tool installer', () => {
  const body = Buffer.from('#!/bin/sh\necho tool\n');
  const spec: ToolSpec = {
    name: 'deployctl',
    version: '2.0.0',
    url: 'https://tools.example.com/deployctl-{version}',
    sha256: createHash('sha256').update(body).digest('hex'),
    bin: 'bin',
  };

  it('download a verified tool once, then take it from the cache', async () => {
    const { installer, downloads, onPath } = localInstaller({
      'https://tools.example.com/deployctl-2.0.0': body,
    });
    const first = await setupTools([spec], { installer, log: silentLog });
    const second = await setupTools([spec], { installer, log: silentLog });
    expect([first[0]?.fromCache, second[0]?.fromCache]).toEqual([false, true]);
    expect(downloads).toEqual(['https://tools.example.com/deployctl-2.0.0']);
    expect(onPath).toEqual([join(dir, 'cache/deployctl/2.0.0/bin'), join(dir, 'cache/deployctl/2.0.0/bin')]);
  });

  it('refuse a download whose sha256 is not the pinned one, and delete it', async () => {
    const { installer, onPath } = localInstaller({
      'https://tools.example.com/deployctl-2.0.0': Buffer.from('evil'),
    });
    await expect(
      setupTools([{ ...spec, version: '2.0.0' }], { installer, log: silentLog }),
    ).rejects.toMatchObject({
      code: 'ECHECKSUM',
    });
    expect(onPath).toEqual([]);
    expect((await readdir(dir)).filter((name) => name.startsWith('download-'))).toEqual([]);
  });
});
