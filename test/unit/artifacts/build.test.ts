import { describe, expect, it, afterAll, beforeAll } from '@jest/globals';
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { runnerProcesses } from '../../../packages/kit/src/index.js';
import { buildEnvironment, runBuildStep, type BuildStep } from '../../../packages/artifacts/src/build.js';
import { tempDir } from './support.js';

let dir: string;
beforeAll(async () => {
  dir = await tempDir();
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

function quiet() {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (chunk: Buffer) => chunks.push(chunk));
  return { out, text: () => Buffer.concat(chunks).toString('utf8') };
}

async function build(step: BuildStep, env: Record<string, string> = buildEnvironment(process.env, {})) {
  const log = quiet();
  await runBuildStep(step, {
    processes: runnerProcesses,
    cwd: dir,
    env,
    outStream: log.out,
    errStream: log.out,
  });
  return log.text();
}

describe('build commands', () => {
  it('splits a command line into arguments without a shell', async () => {
    const script = "require('fs').writeFileSync('argv.json', JSON.stringify(process.argv.slice(1)))";
    await build({ kind: 'command', commandLine: `node -e "${script}" "two words" $HOME 'single' a|b` });
    expect(JSON.parse(await readFile(join(dir, 'argv.json'), 'utf8'))).toEqual([
      'two words',
      '$HOME',
      "'single'",
      'a|b',
    ]);
  });

  it('runs a build-script through bash with -e and pipefail', async () => {
    await build(
      { kind: 'script', script: 'echo "$RELEASE_VERSION" | tr a-z A-Z > version.txt' },
      buildEnvironment(process.env, { RELEASE_VERSION: 'rc' }),
    );
    expect(await readFile(join(dir, 'version.txt'), 'utf8')).toBe('RC\n');
    await expect(build({ kind: 'script', script: 'false | cat\necho never' })).rejects.toMatchObject({
      code: 'EBUILD',
    });
  });

  it('quotes the last lines of output when the build fails', async () => {
    const script =
      'for i in $(seq 1 50); do echo "line $i"; done; echo "compiler: error in main.c" >&2; exit 3';
    const failure = await build({ kind: 'script', script }).catch((thrown: Error) => thrown);
    expect(failure).toMatchObject({ code: 'EBUILD' });
    const message = (failure as Error).message;
    expect(message).toContain('failed with exit code 3. Last lines of output:');
    expect(message).toContain('compiler: error in main.c');
    expect(message).toContain('line 50');
    expect(message).not.toContain('line 10\n');
  });

  it('says when a command cannot start', async () => {
    await expect(build({ kind: 'command', commandLine: 'no-such-build-tool --all' })).rejects.toMatchObject({
      code: 'EBUILD',
      message: expect.stringContaining('could not start'),
    });
  });

  it('keeps the step inputs (the signing key among them) out of the build environment', () => {
    const env = buildEnvironment(
      { PATH: '/bin', 'INPUT_SIGNING-KEY': 'secret', INPUT_TOKEN: 't' },
      { SOURCE_DATE_EPOCH: '1' },
    );
    expect(env).toEqual({ PATH: '/bin', SOURCE_DATE_EPOCH: '1' });
  });
});
