/**
 * Finds where a value sits in JSON text, so it can be replaced in place and the
 * file keeps its indentation, key order and line endings. The text must already
 * have passed JSON.parse; this walks it once without building objects.
 */

export interface Span {
  start: number;
  end: number;
}

const WHITESPACE = new Set([' ', '\t', '\n', '\r']);

class Walker {
  private at = 0;
  found?: Span;

  constructor(
    private readonly text: string,
    private readonly path: string[],
  ) {}

  private skip(): void {
    while (this.at < this.text.length && WHITESPACE.has(this.text[this.at]!)) this.at += 1;
  }

  private stringEnd(from: number): number {
    let i = from + 1;
    while (i < this.text.length) {
      const c = this.text[i]!;
      if (c === '\\') i += 2;
      else if (c === '"') return i + 1;
      else i += 1;
    }
    return i;
  }

  /** Walks one value; `depth` is how much of the path matched on the way here (-1: off the path). */
  value(depth: number): void {
    this.skip();
    const start = this.at;
    const c = this.text[this.at];
    if (c === '{') this.object(depth);
    else if (c === '[') this.array();
    else if (c === '"') this.at = this.stringEnd(this.at);
    else {
      while (this.at < this.text.length && !/[\s,\]}]/.test(this.text[this.at]!)) this.at += 1;
    }
    if (depth === this.path.length && !this.found) this.found = { start, end: this.at };
  }

  private object(depth: number): void {
    this.at += 1;
    this.skip();
    if (this.text[this.at] === '}') {
      this.at += 1;
      return;
    }
    while (this.at < this.text.length) {
      this.skip();
      const keyEnd = this.stringEnd(this.at);
      const key = JSON.parse(this.text.slice(this.at, keyEnd)) as string;
      this.at = keyEnd;
      this.skip();
      this.at += 1; // ':'
      const onPath = depth >= 0 && depth < this.path.length && this.path[depth] === key;
      this.value(onPath ? depth + 1 : -1);
      this.skip();
      if (this.text[this.at] === ',') this.at += 1;
      else {
        this.at += 1; // '}'
        return;
      }
    }
  }

  private array(): void {
    this.at += 1;
    this.skip();
    if (this.text[this.at] === ']') {
      this.at += 1;
      return;
    }
    while (this.at < this.text.length) {
      this.value(-1);
      this.skip();
      if (this.text[this.at] === ',') this.at += 1;
      else {
        this.at += 1; // ']'
        return;
      }
    }
  }
}

/** The span of the value at `path` (object keys only), or undefined when absent. */
export function locateJsonValue(text: string, path: string[]): Span | undefined {
  const walker = new Walker(text, path);
  walker.value(0);
  return walker.found;
}
