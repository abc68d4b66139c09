import { cut } from './errors.js';
import { emailProblem, mailboxProblem, refNameProblem, refPrefixProblem, type RefKind } from './names.js';

/**
 * Typed inputs, parsed once. An action declares a spec of fields; `readInputs`
 * turns the runner's INPUT_* variables (and the config file's values, which
 * inputs override) into one typed object, or throws a single InputError that
 * lists every bad value at once.
 */

/** Thrown by a field's parser; `expected` replaces the field's default description. */
export class Invalid extends Error {
  constructor(readonly expected?: string) {
    super(expected ?? 'invalid');
  }
}

type Parser<T> = (raw: string) => T;

/** How long an input may be unless its field says otherwise: far more than any real value, far less than a crash. */
export const DEFAULT_MAX_INPUT_LENGTH = 64 * 1024;

export class Field<T, Present extends boolean = false> {
  constructor(
    readonly expected: string,
    readonly parse: Parser<T>,
    readonly isRequired = false,
    readonly fallback: T | undefined = undefined,
    readonly isSecret = false,
    readonly maxLength = DEFAULT_MAX_INPUT_LENGTH,
  ) {}

  private with<P extends boolean>(changes: {
    parse?: Parser<T>;
    isRequired?: boolean;
    fallback?: T;
    isSecret?: boolean;
    maxLength?: number;
  }): Field<T, P> {
    return new Field<T, P>(
      this.expected,
      changes.parse ?? this.parse,
      changes.isRequired ?? this.isRequired,
      'fallback' in changes ? changes.fallback : this.fallback,
      changes.isSecret ?? this.isSecret,
      changes.maxLength ?? this.maxLength,
    );
  }

  /** The step fails when the input is empty and no config value or default exists. */
  required(): Field<T, true> {
    return this.with<true>({ isRequired: true });
  }

  default(value: T): Field<T, true> {
    return this.with<true>({ fallback: value });
  }

  /** The value is masked in the log the moment it is read, and never echoed in errors. */
  secret(): Field<T, Present> {
    return this.with<Present>({ isSecret: true });
  }

  /** At most `length` characters: checked before parsing, so nothing downstream meets a runaway value. */
  max(length: number): Field<T, Present> {
    return this.with<Present>({ maxLength: length });
  }

  /** Adds a further rule on the parsed value. */
  check(rule: (value: T) => string | undefined): Field<T, Present> {
    const parse: Parser<T> = (raw) => {
      const value = this.parse(raw);
      const problem = rule(value);
      if (problem) throw new Invalid(problem);
      return value;
    };
    return this.with<Present>({ parse });
  }
}

type Camel<S extends string> = S extends `${infer Head}-${infer Tail}`
  ? `${Head}${Capitalize<Camel<Tail>>}`
  : S;
type ValueOf<F> = F extends Field<infer T, infer P> ? (P extends true ? T : T | undefined) : never;
export type Spec = Record<string, Field<unknown, boolean>>;
export type Inputs<S extends Spec> = { [K in keyof S & string as Camel<K>]: ValueOf<S[K]> };

export function camelCase(name: string): string {
  return name.replace(/[-_ ]+([a-zA-Z0-9])/g, (_, c: string) => c.toUpperCase());
}

const TRUE = ['true', 'True', 'TRUE'];
const FALSE = ['false', 'False', 'FALSE'];
const DURATION_UNITS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };

function bounds(min?: number, max?: number): string {
  if (min !== undefined && max !== undefined) return ` from ${min} to ${max}`;
  if (min !== undefined) return ` of at least ${min}`;
  if (max !== undefined) return ` of at most ${max}`;
  return '';
}

function inRange(value: number, min?: number, max?: number): boolean {
  return (min === undefined || value >= min) && (max === undefined || value <= max);
}

/** Parses `500ms`, `30s`, `5m`, `1h30m` or a bare number of seconds into milliseconds. */
export function parseDuration(raw: string): number | undefined {
  const text = raw.trim();
  if (/^\d+(\.\d+)?$/.test(text)) return Math.round(Number(text) * 1000);
  const parts = [...text.matchAll(/(\d+(?:\.\d+)?)(ms|s|m|h|d)/g)];
  if (parts.length === 0 || parts.map((p) => p[0]).join('') !== text) return undefined;
  return Math.round(parts.reduce((total, p) => total + Number(p[1]) * DURATION_UNITS[p[2]!]!, 0));
}

export function formatDuration(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)}ms`;
  if (ms < 60_000) return `${(ms / 1000).toFixed(ms % 1000 === 0 ? 0 : 1)}s`;
  const hours = Math.floor(ms / 3_600_000);
  const minutes = Math.floor((ms % 3_600_000) / 60_000);
  const seconds = Math.round((ms % 60_000) / 1000);
  const parts = [hours ? `${hours}h` : '', minutes ? `${minutes}m` : '', seconds ? `${seconds}s` : ''];
  return parts.join('');
}

/** Splits a list input on new lines (and commas unless `lines` is set), dropping blanks and `#` comments. */
export function splitList(raw: string, separator: RegExp = /[\n,]/): string[] {
  return raw
    .split(separator)
    .map((item) => item.trim())
    .filter((item) => item.length > 0 && !item.startsWith('#'));
}

export const field = {
  text(expected = 'a non-empty string'): Field<string> {
    return new Field(expected, (raw) => raw);
  },
  pattern(regex: RegExp, expected: string): Field<string> {
    return new Field(expected, (raw) => {
      if (!regex.test(raw)) throw new Invalid();
      return raw;
    });
  },
  boolean(): Field<boolean> {
    return new Field('true or false', (raw) => {
      if (TRUE.includes(raw)) return true;
      if (FALSE.includes(raw)) return false;
      throw new Invalid();
    });
  },
  choice<const C extends string>(choices: readonly C[]): Field<C> {
    return new Field(`one of: ${choices.join(', ')}`, (raw) => {
      if (!(choices as readonly string[]).includes(raw)) throw new Invalid();
      return raw as C;
    });
  },
  integer(options: { min?: number; max?: number } = {}): Field<number> {
    return new Field(`an integer${bounds(options.min, options.max)}`, (raw) => {
      if (!/^-?\d+$/.test(raw)) throw new Invalid();
      const value = Number(raw);
      if (!inRange(value, options.min, options.max)) throw new Invalid();
      return value;
    });
  },
  number(options: { min?: number; max?: number } = {}): Field<number> {
    return new Field(`a number${bounds(options.min, options.max)}`, (raw) => {
      if (!/^-?(\d+(\.\d*)?|\.\d+)$/.test(raw)) throw new Invalid();
      const value = Number(raw);
      if (!inRange(value, options.min, options.max)) throw new Invalid();
      return value;
    });
  },
  /** A duration in milliseconds: `500ms`, `30s`, `5m`, `1h30m`, or a number of seconds. */
  duration(options: { min?: number; max?: number } = {}): Field<number> {
    const limits =
      options.max !== undefined
        ? ` between ${formatDuration(options.min ?? 0)} and ${formatDuration(options.max)}`
        : '';
    return new Field(`a duration such as 30s, 5m or 1h30m${limits}`, (raw) => {
      const value = parseDuration(raw);
      if (value === undefined || !inRange(value, options.min, options.max)) throw new Invalid();
      return value;
    });
  },
  /** Items separated by new lines or commas. */
  list(expected = 'a list of values, one per line or separated by commas'): Field<string[]> {
    return new Field(expected, (raw) => {
      const items = splitList(raw);
      if (items.length === 0) throw new Invalid();
      return items;
    });
  },
  /** Glob patterns, one per line (commas are legal inside `{a,b}`). */
  globs(): Field<string[]> {
    return new Field('glob patterns, one per line', (raw) => {
      const patterns = splitList(raw, /\n/);
      if (patterns.length === 0) throw new Invalid();
      return patterns;
    });
  },
  url(protocols: readonly string[] = ['http:', 'https:']): Field<string> {
    const names = protocols.map((p) => p.replace(':', '')).join(' or ');
    return new Field(`an absolute ${names} URL`, (raw) => {
      let url: URL;
      try {
        url = new URL(raw);
      } catch {
        throw new Invalid();
      }
      if (!protocols.includes(url.protocol)) throw new Invalid();
      return raw;
    });
  },
  /** A branch or tag name by git's rules (git check-ref-format); `refs/heads/` or `refs/tags/` is taken off. */
  ref(kind: RefKind = 'ref', example = kind === 'tag' ? 'v1.4.0' : 'main'): Field<string> {
    const what = kind === 'ref' ? 'branch or tag' : kind;
    return new Field(`a valid git ${what} name such as ${example}`, (raw) => {
      const prefix = { branch: /^refs\/heads\//, tag: /^refs\/tags\//, ref: /^$/ }[kind];
      const name = raw.replace(prefix, '');
      const problem = refNameProblem(name);
      if (problem) throw new Invalid(`a valid git ${what} name such as ${example} (${problem})`);
      return name;
    }).max(255);
  },
  /** Branch names, one per line or separated by commas, each by git's rules. */
  refs(kind: RefKind = 'branch'): Field<string[]> {
    return new Field(`${kind} names, one per line or separated by commas`, (raw) => {
      const names = splitList(raw);
      if (names.length === 0) throw new Invalid();
      for (const name of names) {
        const problem = refNameProblem(name);
        if (problem) throw new Invalid(`valid git ${kind} names ("${cut(name, 100)}": ${problem})`);
      }
      return names;
    });
  },
  /** What goes before a version to make a tag (`v`, `api/v`), judged as the tag it makes. */
  refPrefix(example = 'v'): Field<string> {
    return new Field(`a tag prefix such as ${example}`, (raw) => {
      const problem = refPrefixProblem(raw);
      if (problem)
        throw new Invalid(`a tag prefix such as ${example} that makes a valid git tag (${problem})`);
      return raw;
    }).max(200);
  },
  /** A plain e-mail address, or with `named` also `Name <address>`. */
  email(options: { named?: boolean } = {}): Field<string> {
    const expected = options.named
      ? 'an email address such as releases@example.com or "Releases <releases@example.com>"'
      : 'an email address such as releases@example.com';
    return new Field(expected, (raw) => {
      const problem = options.named ? mailboxProblem(raw) : emailProblem(raw);
      if (problem) throw new Invalid(`${expected} (${problem})`);
      return raw;
    }).max(320);
  },
  /** E-mail addresses, one per line or separated by commas; each may be `Name <address>`. */
  emails(): Field<string[]> {
    return new Field('email addresses, one per line or separated by commas', (raw) => {
      const list = splitList(raw);
      if (list.length === 0) throw new Invalid();
      const bad = list.filter((address) => mailboxProblem(address));
      if (bad.length > 0)
        throw new Invalid(`email addresses such as ops@example.com (not valid: ${cut(bad.join(', '), 200)})`);
      return list;
    });
  },
  json<T = unknown>(expected = 'valid JSON'): Field<T> {
    return new Field(expected, (raw) => {
      try {
        return JSON.parse(raw) as T;
      } catch {
        throw new Invalid();
      }
    });
  },
  custom<T>(expected: string, parse: (raw: string) => T): Field<T> {
    return new Field(expected, parse);
  },
};
