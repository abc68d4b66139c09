import { EOL } from './eol.js';
import { issue, issueCommand } from './commands.js';
import { toCommandProperties, toCommandValue } from './toolkit.js';
import { issueFileCommand, prepareKeyValueMessage } from './file-commands.js';
import type { SourceLocation } from './errors.js';

/** Log lines, annotations, masks, outputs and state: everything a step says to the runner. */

export function info(message: string): void {
  process.stdout.write(message + EOL);
}

export function isDebug(): boolean {
  return process.env['RUNNER_DEBUG'] === '1';
}

export function debug(message: string): void {
  issueCommand('debug', {}, message);
}

type AnnotationLevel = 'error' | 'warning' | 'notice';

export function annotate(
  level: AnnotationLevel,
  message: string,
  options: { title?: string; location?: SourceLocation } = {},
): void {
  const properties = toCommandProperties({
    title: options.title,
    file: options.location?.file,
    startLine: options.location?.line,
    startColumn: options.location?.column,
  });
  issueCommand(level, properties, message);
}

export const error = (message: string, options?: Parameters<typeof annotate>[2]) =>
  annotate('error', message, options);
export const warning = (message: string, options?: Parameters<typeof annotate>[2]) =>
  annotate('warning', message, options);
export const notice = (message: string, options?: Parameters<typeof annotate>[2]) =>
  annotate('notice', message, options);

const masked = new Set<string>();

/** Masks a secret in every later log line; multi-line secrets are masked line by line too. */
export function mask(secret: string | undefined): void {
  if (!secret) return;
  const pieces = [secret, ...secret.split(/\r?\n/).filter((line) => line.trim().length >= 4)];
  for (const piece of pieces) {
    if (masked.has(piece)) continue;
    masked.add(piece);
    issueCommand('add-mask', {}, piece);
  }
}

/** Secrets masked so far, so code that builds reports can scrub them as well. */
export function maskedValues(): string[] {
  return [...masked];
}

export function setOutput(name: string, value: unknown): void {
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  if (process.env['GITHUB_OUTPUT']) {
    issueFileCommand('OUTPUT', prepareKeyValueMessage(name, text));
    return;
  }
  process.stdout.write(EOL);
  issueCommand('set-output', { name }, toCommandValue(text));
}

export function setOutputs(values: Record<string, unknown>): void {
  for (const [name, value] of Object.entries(values)) {
    if (value !== undefined) setOutput(name, value);
  }
}

export function saveState(name: string, value: string): void {
  if (process.env['GITHUB_STATE']) issueFileCommand('STATE', prepareKeyValueMessage(name, value));
}

export function getState(name: string): string {
  return process.env[`STATE_${name}`] ?? '';
}

export function exportVariable(name: string, value: string): void {
  process.env[name] = value;
  if (process.env['GITHUB_ENV']) issueFileCommand('ENV', prepareKeyValueMessage(name, value));
}

export function addPath(directory: string): void {
  const separator = process.platform === 'win32' ? ';' : ':';
  process.env['PATH'] = `${directory}${separator}${process.env['PATH'] ?? ''}`;
  if (process.env['GITHUB_PATH']) issueFileCommand('PATH', directory);
}

/** Runs `body` inside a collapsible log group, closing the group however it ends. */
export async function group<T>(name: string, body: () => Promise<T>): Promise<T> {
  issue('group', name);
  try {
    return await body();
  } finally {
    issue('endgroup');
  }
}

/** A collapsed log group written in one go, so lines of concurrent work cannot land inside it. */
export function logGroup(title: string, text: string): void {
  issue('group', title);
  info(text);
  issue('endgroup');
}

/** Appends markdown to the job summary; outside a runner the text goes to the log instead. */
export async function writeSummary(markdown: string): Promise<void> {
  if (!process.env['GITHUB_STEP_SUMMARY']) {
    info(markdown);
    return;
  }
  const { summary } = await import('./summary.js');
  await summary.addRaw(markdown, true).write();
  summary.emptyBuffer();
}
