// Writes docs/errors.md from the error catalogue (packages/kit/src/error-codes.ts), so every
// `::error` title an action prints can be looked up. `--check` exits 1 when the page is stale.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ERROR_CODES, type ErrorCodeEntry } from '../packages/kit/src/error-codes.js';

export const ERROR_DOCS_PATH = fileURLToPath(new URL('../docs/errors.md', import.meta.url));

const cell = (text: string): string => text.replace(/\|/g, '\\|');

export function renderErrorDocs(): string {
  const entries = Object.entries(ERROR_CODES) as [string, ErrorCodeEntry][];
  const rows = entries
    .sort(([a], [b]) => a.localeCompare(b))
    .map(
      ([code, entry]) =>
        `| <a id="${code.toLowerCase()}"></a>\`${code}\` | ${cell(entry.meaning)} | ${cell(entry.action)} | ${entry.raisedBy.join(', ')} |`,
    );
  return [
    '# Error codes',
    '',
    '<!-- Generated from packages/kit/src/error-codes.ts by `npm run docs`; do not edit by hand. -->',
    '',
    'When an action fails on purpose, the title of its `::error::` annotation is one of these codes, and its',
    'message says what was found. A step that fails with any other title hit something unexpected: run it again',
    'with debug logging (`RUNNER_DEBUG`) for the stack, and report it.',
    '',
    '| code | what it means | what to do | raised by |',
    '| --- | --- | --- | --- |',
    ...rows,
    '',
  ].join('\n');
}

function main(): void {
  const rendered = renderErrorDocs();
  if (process.argv.includes('--check')) {
    const current = readFileSync(ERROR_DOCS_PATH, 'utf8');
    if (current !== rendered) {
      console.error('docs/errors.md is out of date: run npm run docs');
      process.exit(1);
    }
    return;
  }
  writeFileSync(ERROR_DOCS_PATH, rendered);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
