import { describe, expect, it } from '@jest/globals';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ERROR_CODES } from '../../packages/kit/src/index.js';
import { ERROR_DOCS_PATH, renderErrorDocs } from '../../scripts/error-docs.js';
import { ROOT } from '../bench/runner.js';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

const sources = ['actions', 'packages'].flatMap((dir) => sourceFiles(join(ROOT, dir)));
const catalogued = Object.keys(ERROR_CODES);

describe('the error catalogue', () => {
  it('is what docs/errors.md shows', () => {
    expect(readFileSync(ERROR_DOCS_PATH, 'utf8')).toBe(renderErrorDocs());
  });

  it('lists only codes the actions raise', () => {
    const text = sources
      .filter((file) => !file.endsWith('error-codes.ts'))
      .map((file) => readFileSync(file, 'utf8'))
      .join('\n');
    const unused = catalogued.filter((code) => !text.includes(`'${code}'`));
    expect(unused).toEqual([]);
  });

  it('names real actions as the ones that raise each code', () => {
    const actions = new Set(readdirSync(join(ROOT, 'actions')));
    const unknown = Object.entries(ERROR_CODES).flatMap(([code, entry]) =>
      entry.raisedBy
        .filter((name) => !actions.has(name) && !name.startsWith('every '))
        .map((name) => `${code}: ${name}`),
    );
    expect(unknown).toEqual([]);
  });
});
