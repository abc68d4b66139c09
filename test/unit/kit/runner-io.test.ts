/**
 * The runner I/O the logic packages are handed: the runner's process runner
 * (a real child process) and the null one the logic's tests use.
 */
import { describe, expect, it } from '@jest/globals';
import { NullProcessRunner, runnerProcesses } from '../../../packages/kit/src/index.js';

describe('process runner', () => {
  it('never hands a child the step inputs or service tokens, even when the caller passes them', async () => {
    const result = await runnerProcesses.run(
      'sh',
      ['-c', 'printf "%s|%s|%s" "${INPUT_TOKEN-unset}" "${ACTIONS_ID_TOKEN_REQUEST_TOKEN-unset}" "$KEEP"'],
      {
        env: {
          PATH: process.env['PATH'],
          INPUT_TOKEN: 's3cret',
          ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'oidc',
          KEEP: 'yes',
        },
        silent: true,
        capture: true,
      },
    );
    expect(result).toEqual({ exitCode: 0, stdout: 'unset|unset|yes', stderr: '' });
  });

  it('returns a non-zero exit as a result, with stdin, stderr and streamed chunks', async () => {
    const chunks: string[] = [];
    const result = await runnerProcesses.run('sh', ['-c', 'cat; echo oops >&2; exit 3'], {
      input: Buffer.from('from stdin'),
      silent: true,
      capture: true,
      onStdout: (chunk) => chunks.push(chunk.toString()),
    });
    expect(result).toEqual({ exitCode: 3, stdout: 'from stdin', stderr: 'oops\n' });
    expect(chunks.join('')).toBe('from stdin');
  });

  it('finds programs on the PATH and says when there is none', async () => {
    expect(await runnerProcesses.which('sh')).toMatch(/\/sh$/);
    expect(await runnerProcesses.which('no-such-program-here')).toBeUndefined();
  });

  it('the null runner runs nothing, records what it was asked and filters the environment it reports', async () => {
    const processes = new NullProcessRunner(({ args }) => ({
      exitCode: args[0] === 'fail' ? 1 : 0,
      stdout: 'ok',
    }));
    expect(await processes.run('tool', ['fail'], { env: { INPUT_X: '1', A: 'b' }, capture: true })).toEqual({
      exitCode: 1,
      stdout: 'ok',
      stderr: '',
    });
    expect(processes.calls.map((call) => [call.commandLine, call.args, call.env])).toEqual([
      ['tool', ['fail'], { A: 'b' }],
    ]);
  });
});
