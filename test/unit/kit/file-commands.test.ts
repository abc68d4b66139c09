/**
 * The runner's file commands as the kit writes them: outputs, state and environment
 * in `name<<delimiter` form, paths one a line, in the files the runner names.
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { addPath, exportVariable, saveState, setOutput } from '../../../packages/kit/src/index.js';

const names = ['GITHUB_OUTPUT', 'GITHUB_STATE', 'GITHUB_ENV', 'GITHUB_PATH'] as const;
let dir: string;
const saved: Record<string, string | undefined> = {};

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'file-commands-'));
  for (const name of [...names, 'PATH', 'FILE_COMMANDS_PROBE']) saved[name] = process.env[name];
  for (const name of names) {
    const file = join(dir, name.toLowerCase());
    writeFileSync(file, '');
    process.env[name] = file;
  }
});

afterEach(() => {
  for (const [name, value] of Object.entries(saved)) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
  rmSync(dir, { recursive: true, force: true });
});

const written = (name: (typeof names)[number]) => readFileSync(process.env[name]!, 'utf8');

/** Reads `key<<delimiter … delimiter` entries as the runner does. */
function parseHeredocs(text: string): Record<string, string> {
  const values: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i += 1) {
    const match = /^([^<]+)<<(ghadelimiter_[0-9a-f-]{36})$/.exec(lines[i]!);
    if (!match) continue;
    const end = lines.indexOf(match[2]!, i + 1);
    values[match[1]!] = lines.slice(i + 1, end).join('\n');
    i = end;
  }
  return values;
}

describe('file commands', () => {
  it('writes outputs as heredocs with a fresh random delimiter each, multi-line values whole', () => {
    setOutput('version', '1.4.0');
    setOutput('notes', 'line one\nline two');
    setOutput('figures', { lines: 81.5 });
    const text = written('GITHUB_OUTPUT');
    expect(parseHeredocs(text)).toEqual({
      version: '1.4.0',
      notes: 'line one\nline two',
      figures: '{"lines":81.5}',
    });
    const delimiters = [...text.matchAll(/<<(ghadelimiter_\S+)/g)].map((m) => m[1]);
    expect(new Set(delimiters).size).toBe(3);
  });

  it('writes state and environment the same way, and paths one a line', () => {
    saveState('started', '1767600000');
    exportVariable('FILE_COMMANDS_PROBE', 'yes');
    addPath('/opt/tool/bin');
    expect(parseHeredocs(written('GITHUB_STATE'))).toEqual({ started: '1767600000' });
    expect(parseHeredocs(written('GITHUB_ENV'))).toEqual({ FILE_COMMANDS_PROBE: 'yes' });
    expect(process.env['FILE_COMMANDS_PROBE']).toBe('yes');
    expect(written('GITHUB_PATH')).toBe('/opt/tool/bin\n');
  });

  it('refuses a file the runner named but that does not exist', () => {
    process.env['GITHUB_OUTPUT'] = join(dir, 'missing');
    expect(() => setOutput('version', '1.4.0')).toThrow(`Missing file at path: ${join(dir, 'missing')}`);
  });
});
