import type { ErrorCode } from './error-codes.js';

/** Where in a file a problem was found, so the annotation can point at it. */
export interface SourceLocation {
  file: string;
  line?: number;
  column?: number;
}

/**
 * Every failure the actions raise on purpose: a stable code for tests and
 * docs, a message that says what went wrong, and a hint that says what to do.
 */
export class ReleaseError extends Error {
  readonly code: ErrorCode;
  readonly hint?: string;
  readonly location?: SourceLocation;
  readonly details?: unknown;

  constructor(
    code: ErrorCode,
    message: string,
    options: { hint?: string; location?: SourceLocation; details?: unknown; cause?: unknown } = {},
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'ReleaseError';
    this.code = code;
    this.hint = options.hint;
    this.location = options.location;
    this.details = options.details;
  }
}

/** One or more inputs were wrong; raised before the action touches anything. */
export class InputError extends ReleaseError {
  readonly problems: string[];

  constructor(problems: string[], hint?: string, location?: SourceLocation) {
    super('EINPUT', problems.join('\n'), { hint, location });
    this.name = 'InputError';
    this.problems = problems;
  }
}

/** `text` cut to about `max` characters (never inside a surrogate pair), saying how long it was. */
export function cut(text: string, max = 200): string {
  if (text.length <= max) return text;
  const end = /[\uD800-\uDBFF]/.test(text[max - 1] ?? '') ? max - 1 : max;
  return `${text.slice(0, end)}… (${text.length} characters)`;
}

/** One bad input: its name, the value (cut to about 200 characters) and what is allowed. */
export function inputProblem(name: string, value: string, expected: string): string {
  return `Input "${name}": got "${cut(value)}", expected ${expected}`;
}

/** What is shown for any thrown value, whether an Error, a string or anything else. */
export interface FailureReport {
  title: string;
  message: string;
  stack?: string;
  location?: SourceLocation;
}

export function describeFailure(thrown: unknown): FailureReport {
  if (thrown instanceof ReleaseError) {
    const message = thrown.hint ? `${thrown.message}\nHint: ${thrown.hint}` : thrown.message;
    return { title: thrown.code, message, stack: thrown.stack, location: thrown.location };
  }
  if (thrown instanceof Error) {
    return { title: thrown.name || 'Error', message: thrown.message || String(thrown), stack: thrown.stack };
  }
  if (typeof thrown === 'string')
    return { title: 'Error', message: thrown || 'failed with an empty message' };
  let text: string;
  try {
    text = JSON.stringify(thrown) ?? String(thrown);
  } catch {
    text = String(thrown);
  }
  return { title: 'Error', message: `failed with a non-error value: ${text}` };
}
