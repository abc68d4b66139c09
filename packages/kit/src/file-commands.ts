import { appendFileSync, existsSync } from 'node:fs';
import { EOL } from './eol.js';
import { toCommandValue } from './toolkit.js';

/**
 * The runner's file commands (GITHUB_OUTPUT, GITHUB_STATE, GITHUB_ENV, GITHUB_PATH).
 *
 * Written here rather than taken from @actions/core's file-command module because that module
 * imports `crypto` at load time, which costs about 10 ms of every step's start-up (Node 24),
 * while the random delimiter is only needed once a step writes an output. The protocol is the
 * runner's: a `name<<delimiter` heredoc whose delimiter cannot occur in the name or value.
 */

type FileCommand = 'OUTPUT' | 'STATE' | 'ENV' | 'PATH';

/** Appends one message to the file the runner named for `command`. */
export function issueFileCommand(command: FileCommand, message: string): void {
  const filePath = process.env[`GITHUB_${command}`];
  if (!filePath) throw new Error(`Unable to find environment variable for file command ${command}`);
  if (!existsSync(filePath)) throw new Error(`Missing file at path: ${filePath}`);
  appendFileSync(filePath, `${message}${EOL}`, { encoding: 'utf8' });
}

/** `key<<delimiter … delimiter`, with a delimiter no name or value can forge. */
export function prepareKeyValueMessage(key: string, value: unknown): string {
  const delimiter = `ghadelimiter_${randomUUID()}`;
  const text = toCommandValue(value);
  if (key.includes(delimiter)) {
    throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
  }
  if (text.includes(delimiter)) {
    throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
  }
  return `${key}<<${delimiter}${EOL}${text}${EOL}${delimiter}`;
}

// Loaded on first use: most steps that fail on their inputs never write a file command.
function randomUUID(): string {
  return process.getBuiltinModule('node:crypto').randomUUID();
}
