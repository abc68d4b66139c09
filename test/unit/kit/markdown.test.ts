import { describe, expect, it } from '@jest/globals';
import { bytes, cell, describeFailure, ReleaseError, table } from '../../../packages/kit/src/index.js';
import { parseCommands, parseKeyValueFile } from '../../bench/runner.js';

describe('summary tables', () => {
  it('escapes what would break a cell', () => {
    expect(cell('a|b\nc <d>')).toBe('a\\|b<br>c &lt;d&gt;');
    expect(cell(undefined)).toBe('—');
  });

  it('renders a markdown table', () => {
    expect(
      table(
        ['gate', 'value'],
        [
          ['coverage', '81 %'],
          ['tests', 120],
        ],
      ),
    ).toBe('| gate | value |\n| --- | --- |\n| coverage | 81 % |\n| tests | 120 |\n');
  });

  it('prints sizes for people', () => {
    expect([bytes(512), bytes(2048), bytes(5 * 1024 ** 3)]).toEqual(['512 B', '2.0 KiB', '5.0 GiB']);
  });
});

describe('describeFailure', () => {
  it('adds the hint to a coded error', () => {
    expect(describeFailure(new ReleaseError('EGATES', 'broke', { hint: 'fix it' }))).toMatchObject({
      title: 'EGATES',
      message: 'broke\nHint: fix it',
    });
  });

  it('never leaves an empty message', () => {
    expect(describeFailure('').message).toBe('failed with an empty message');
    expect(describeFailure(undefined).message).toBe('failed with a non-error value: undefined');
  });
});

describe('the harness parsers', () => {
  it('reads both output file forms', () => {
    expect(parseKeyValueFile('a=1\nnotes<<ghadelim_x\nline 1\n\nline 3\nghadelim_x\nb=two=2\n')).toEqual({
      a: '1',
      notes: 'line 1\n\nline 3',
      b: 'two=2',
    });
    expect(() => parseKeyValueFile('x<<EOF\nnever closed\n')).toThrow('unterminated heredoc');
  });

  it('reads annotations and masks with their escapes', () => {
    const parsed = parseCommands(
      '::add-mask::s3cr%25t\nplain line\n::error file=a.ts,line=3,title=E%3A X::bad%0Avalue\n',
    );
    expect(parsed.masks).toEqual(['s3cr%t']);
    expect(parsed.annotations).toEqual([
      { level: 'error', message: 'bad\nvalue', properties: { file: 'a.ts', line: '3', title: 'E: X' } },
    ]);
  });
});
