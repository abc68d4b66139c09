/**
 * Workflow commands as the runner reads them: the kit writes them itself (without node:os at
 * start-up), so every line must be byte for byte what @actions/core's command module writes.
 */
import { describe, expect, it, jest } from '@jest/globals';
import { issueCommand as coreIssueCommand } from '../../../node_modules/@actions/core/lib/command.js';
import { formatCommand, issue, issueCommand } from '../../../packages/kit/src/commands.js';

function written(body: () => void): string {
  const write = jest.spyOn(process.stdout, 'write').mockImplementation(() => true);
  try {
    body();
    return write.mock.calls.map(([chunk]) => String(chunk)).join('');
  } finally {
    write.mockRestore();
  }
}

const cases: [string, Record<string, unknown>, unknown][] = [
  ['debug', {}, 'plain'],
  ['error', { title: 'EINPUT', file: 'a,b:c.yml', line: 3, col: 0, endLine: undefined }, 'bad\nvalue 100%'],
  ['warning', { title: 'multi\r\nline' }, 'x'],
  ['add-mask', {}, 'S3cret:with,punctuation%0A'],
  ['set-output', { name: 'result' }, { nested: [1, 'two'] }],
  ['group', {}, ''],
  ['notice', { title: '' }, undefined],
  ['error', { title: 'T', file: 'f.ts', line: 12, col: 4 }, null],
];

describe('workflow commands', () => {
  it.each(cases)('::%s:: is written as @actions/core writes it', (command, properties, message) => {
    const ours = written(() => issueCommand(command, properties, message));
    const core = written(() => coreIssueCommand(command, properties, message));
    expect(ours).toBe(core);
  });

  it('escapes messages and property values as the runner unescapes them', () => {
    expect(formatCommand('error', { title: 'a:b,c', file: 'x%y' }, 'line 1\r\nline 2 %')).toBe(
      '::error title=a%3Ab%2Cc,file=x%25y::line 1%0D%0Aline 2 %25',
    );
    expect(formatCommand('warning', {}, 'kept: as, is')).toBe('::warning::kept: as, is');
    expect(formatCommand('warning', { title: undefined, line: 0 }, 'x')).toBe('::warning ::x');
  });

  it('issue() is a command without properties, ending in the platform line ending', () => {
    expect(written(() => issue('endgroup'))).toBe(
      `::endgroup::${process.platform === 'win32' ? '\r\n' : '\n'}`,
    );
  });
});
