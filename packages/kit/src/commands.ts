/**
 * The runner's workflow commands on stdout: `::name key=value,key=value::message`.
 *
 * Written here rather than taken from @actions/core's command module because that module loads
 * `node:os` (for its line ending) when a bundle starts, on every step. The escaping is the
 * runner's: `%`, CR and LF in a message, and also `:` and `,` in a property value.
 */
import { EOL } from './eol.js';
import { toCommandValue } from './toolkit.js';

type CommandProperties = Record<string, unknown>;

const escapeMessage = (value: unknown): string =>
  toCommandValue(value).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');

const escapeProperty = (value: unknown): string =>
  escapeMessage(value).replace(/:/g, '%3A').replace(/,/g, '%2C');

/**
 * The command line. Properties without a value (undefined, empty, 0) are left out; the space
 * after the name follows whether any property was given, as @actions/core writes it.
 */
export function formatCommand(command: string, properties: CommandProperties, message: unknown): string {
  const pairs = Object.entries(properties)
    .filter(([, value]) => Boolean(value))
    .map(([key, value]) => `${key}=${escapeProperty(value)}`);
  const head = Object.keys(properties).length > 0 ? `${command} ${pairs.join(',')}` : command;
  return `::${head}::${escapeMessage(message)}`;
}

export function issueCommand(command: string, properties: CommandProperties, message: unknown): void {
  process.stdout.write(formatCommand(command, properties, message) + EOL);
}

export function issue(name: string, message = ''): void {
  issueCommand(name, {}, message);
}
