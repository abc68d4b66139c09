import { createReadStream } from 'node:fs';
import { ReportError } from './errors.js';

/**
 * A streaming JSON reader for reports that can be huge (SARIF from a large
 * code base runs to hundreds of MB). Values at the `capture` paths are handed
 * to a callback one at a time and not kept; values at the `skip` paths are
 * read and dropped. Everything else is built as JSON.parse would build it.
 * Errors carry the file, line and column.
 */

type Segment = string | number;
/** Keys, with `*` for any key or index: `['runs', '*', 'results', '*']`. */
export type PathPattern = readonly string[];

export interface Capture {
  path: PathPattern;
  onValue(value: unknown, path: Segment[]): void;
}

export interface JsonStreamOptions {
  capture?: Capture[];
  skip?: PathPattern[];
}

type Mode = 'keep' | 'discard' | 'capture';

interface Frame {
  kind: 'object' | 'array';
  value: Record<string, unknown> | unknown[] | undefined;
  mode: Mode;
  capture?: Capture;
  key?: string;
  index: number;
}

type State =
  | 'value'
  | 'first-key'
  | 'key'
  | 'colon'
  | 'after'
  | 'string'
  | 'escape'
  | 'unicode'
  | 'number'
  | 'literal'
  | 'done';

const NUMBER = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?$/;
// JSON forbids raw control characters inside strings: the run stops at them so they can be reported.
// eslint-disable-next-line no-control-regex
const STRING_RUN = /[^"\\\u0000-\u001f]+/y;

const ESCAPES: Record<string, string> = {
  '"': '"',
  '\\': '\\',
  '/': '/',
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
};

function matches(pattern: PathPattern, path: Segment[]): boolean {
  if (pattern.length !== path.length) return false;
  for (let i = 0; i < pattern.length; i += 1) {
    if (pattern[i] !== '*' && pattern[i] !== String(path[i])) return false;
  }
  return true;
}

export class JsonStreamParser {
  private state: State = 'value';
  private readonly frames: Frame[] = [];
  private readonly path: Segment[] = [];
  private root: unknown;
  private hasRoot = false;
  private line = 1;
  private column = 1;
  private buffer = '';
  private stringIsKey = false;
  private unicode = '';
  private pending: { mode: Mode; capture?: Capture } = { mode: 'keep' };

  constructor(
    private readonly display: string,
    private readonly options: JsonStreamOptions = {},
  ) {}

  private fail(message: string): never {
    throw new ReportError(message, { file: this.display, line: this.line, column: this.column });
  }

  /** Decides, as a value starts, whether it is kept, captured or dropped. */
  private modeHere(): { mode: Mode; capture?: Capture } {
    const parent = this.frames[this.frames.length - 1];
    if (parent?.mode === 'discard') return { mode: 'discard' };
    // Captures win over skips, so `capture: total, skip: *` keeps only `total`.
    const insideCapture = this.frames.some((frame) => frame.mode === 'capture');
    if (!insideCapture) {
      const capture = this.options.capture?.find((c) => matches(c.path, this.path));
      if (capture) return { mode: 'capture', capture };
    }
    if (this.options.skip?.some((pattern) => matches(pattern, this.path))) return { mode: 'discard' };
    return { mode: 'keep' };
  }

  private emit(value: unknown, mode: Mode, capture?: Capture): void {
    if (mode === 'capture') capture!.onValue(value, [...this.path]);
    else if (mode === 'keep') {
      const parent = this.frames[this.frames.length - 1];
      if (!parent) {
        this.root = value;
        this.hasRoot = true;
      } else if (parent.mode !== 'discard' && parent.value) {
        if (parent.kind === 'array') (parent.value as unknown[]).push(value);
        else (parent.value as Record<string, unknown>)[parent.key!] = value;
      }
    }
    const parent = this.frames[this.frames.length - 1];
    if (parent?.kind === 'array') parent.index += 1;
    this.state = this.frames.length > 0 ? 'after' : 'done';
    if (this.frames.length === 0) this.hasRoot = true;
  }

  private open(kind: 'object' | 'array'): void {
    const { mode, capture } = this.modeHere();
    const value = mode === 'discard' ? undefined : kind === 'object' ? {} : [];
    this.frames.push({ kind, value, mode, capture, index: 0 });
    if (kind === 'array') this.path.push(0);
    else this.path.push('');
    this.state = kind === 'object' ? 'first-key' : 'value';
  }

  private close(kind: 'object' | 'array'): void {
    const frame = this.frames[this.frames.length - 1];
    if (!frame || frame.kind !== kind) this.fail(`unexpected "${kind === 'object' ? '}' : ']'}"`);
    this.frames.pop();
    this.path.pop();
    this.emit(frame.value, frame.mode, frame.capture);
  }

  private startValue(): void {
    const frame = this.frames[this.frames.length - 1];
    if (frame?.kind === 'array') this.path[this.path.length - 1] = frame.index;
    this.pending = this.modeHere();
  }

  private finishScalar(value: unknown): void {
    this.emit(value, this.pending.mode, this.pending.capture);
  }

  private endToken(): void {
    const text = this.buffer;
    this.buffer = '';
    if (this.state === 'number') {
      if (!NUMBER.test(text)) this.fail(`invalid number "${text.slice(0, 30)}"`);
      this.finishScalar(Number(text));
    } else {
      if (text === 'true') this.finishScalar(true);
      else if (text === 'false') this.finishScalar(false);
      else if (text === 'null') this.finishScalar(null);
      else this.fail(`unexpected "${text.slice(0, 30)}"`);
    }
  }

  write(chunk: string): void {
    let i = 0;
    while (i < chunk.length) {
      const state = this.state;
      if (state === 'string') i = this.stringRun(chunk, i);
      else if (state === 'escape' || state === 'unicode') i = this.escaped(chunk[i]!, i);
      else if (state === 'number' || state === 'literal') i = this.tokenChar(chunk[i]!, i);
      else i = this.structural(chunk[i]!, i);
    }
  }

  /** Inside a string: a run of plain characters at once, then the closing quote or an escape. */
  private stringRun(chunk: string, i: number): number {
    STRING_RUN.lastIndex = i;
    if (STRING_RUN.test(chunk)) {
      const end = STRING_RUN.lastIndex;
      this.buffer += chunk.slice(i, end);
      this.column += end - i;
      return end;
    }
    const code = chunk.charCodeAt(i);
    if (code !== 34 && code !== 92)
      this.fail('control character inside a string (a line break must be written as \\n)');
    this.column += 1;
    if (code === 34) this.endString();
    else this.state = 'escape';
    return i + 1;
  }

  /** A finished string is a property name (then a colon follows) or a value. */
  private endString(): void {
    const text = this.buffer;
    this.buffer = '';
    if (!this.stringIsKey) return this.finishScalar(text);
    this.frames[this.frames.length - 1]!.key = text;
    this.path[this.path.length - 1] = text;
    this.state = 'colon';
  }

  /** The character after a backslash, or one of the four hex digits of `\\u`. */
  private escaped(char: string, i: number): number {
    if (this.state === 'unicode') {
      if (!/[0-9a-fA-F]/.test(char)) this.fail(`invalid \\u escape in a string`);
      this.unicode += char;
      if (this.unicode.length === 4) {
        this.buffer += String.fromCharCode(parseInt(this.unicode, 16));
        this.state = 'string';
      }
    } else if (char === 'u') {
      this.state = 'unicode';
      this.unicode = '';
    } else if (ESCAPES[char] !== undefined) {
      this.buffer += ESCAPES[char];
      this.state = 'string';
    } else this.fail(`invalid escape "\\${char}" in a string`);
    this.column += 1;
    return i + 1;
  }

  /** Inside a number or a literal (true, false, null): the first other character ends it. */
  private tokenChar(char: string, i: number): number {
    const more = this.state === 'number' ? /[-+0-9.eE]/.test(char) : /[a-zA-Z]/.test(char);
    if (!more) {
      this.endToken();
      return i; // the character that ended the token is read again in the new state
    }
    this.buffer += char;
    this.column += 1;
    return i + 1;
  }

  /** Between tokens: white space, a byte order mark at the very start, or punctuation. */
  private structural(char: string, i: number): number {
    if (char === '\n') {
      this.line += 1;
      this.column = 1;
      return i + 1;
    }
    if (char === ' ' || char === '\t' || char === '\r') {
      this.column += 1;
      return i + 1;
    }
    if (i === 0 && this.line === 1 && this.column === 1 && char === '\ufeff') return i + 1;
    this.punctuation(char);
    this.column += 1;
    return i + 1;
  }

  private punctuation(char: string): void {
    const state = this.state;
    if (state === 'value') this.valueStart(char);
    else if (state === 'first-key' || state === 'key') {
      if (char === '"') {
        this.stringIsKey = true;
        this.state = 'string';
      } else if (char === '}' && state === 'first-key') this.close('object');
      else this.fail(`unexpected "${char}", expected a property name in double quotes`);
    } else if (state === 'colon') {
      if (char !== ':') this.fail(`unexpected "${char}", expected ":"`);
      this.state = 'value';
    } else if (state === 'after') {
      const frame = this.frames[this.frames.length - 1]!;
      if (char === ',') this.state = frame.kind === 'object' ? 'key' : 'value';
      else if (char === '}' && frame.kind === 'object') this.close('object');
      else if (char === ']' && frame.kind === 'array') this.close('array');
      else this.fail(`unexpected "${char}", expected "," or "${frame.kind === 'object' ? '}' : ']'}"`);
    } else if (state === 'done') this.fail(`unexpected "${char}" after the end of the JSON value`);
  }

  /** The first character of a value says what it is; `]` right after `[` closes an empty array. */
  private valueStart(char: string): void {
    const frame = this.frames[this.frames.length - 1];
    if (char === ']' && frame?.kind === 'array' && frame.index === 0) return this.close('array');
    this.startValue();
    if (char === '{') this.open('object');
    else if (char === '[') this.open('array');
    else if (char === '"') {
      this.stringIsKey = false;
      this.state = 'string';
    } else if (char === '-' || (char >= '0' && char <= '9')) {
      this.state = 'number';
      this.buffer = char;
    } else if (char >= 'a' && char <= 'z') {
      this.state = 'literal';
      this.buffer = char;
    } else this.fail(`unexpected "${char}", expected a value`);
  }

  end(): unknown {
    if (this.state === 'number' || this.state === 'literal') this.endToken();
    if (this.state !== 'done') {
      this.fail(
        this.hasRoot || this.frames.length > 0
          ? 'unexpected end of file (the JSON is truncated)'
          : 'the file is empty',
      );
    }
    return this.root;
  }
}

/** Parses a JSON file as a stream; see JsonStreamParser. */
export async function parseJsonFile(
  path: string,
  display: string,
  options: JsonStreamOptions = {},
): Promise<unknown> {
  const parser = new JsonStreamParser(display, options);
  const stream = createReadStream(path, { encoding: 'utf8', highWaterMark: 256 * 1024 });
  try {
    for await (const chunk of stream) parser.write(chunk as string);
  } finally {
    stream.destroy();
  }
  return parser.end();
}

/** JSON.parse for small texts, with the line and column of a syntax error. */
export function parseJsonText(text: string, display: string): unknown {
  const parser = new JsonStreamParser(display);
  parser.write(text);
  return parser.end();
}
