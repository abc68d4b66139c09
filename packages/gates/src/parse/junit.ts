import type { SaxesTagPlain } from 'saxes';
import { EVIDENCE_LIMIT } from '../types.js';
import { ReportError } from './errors.js';
import { numberAttribute, streamXml, type XmlParser } from './xml-stream.js';

export interface TestFailure {
  kind: 'failure' | 'error';
  name: string;
  suite: string;
  message: string;
  file?: string;
  line?: number;
  column?: number;
}

export interface JunitTotals {
  tests: number;
  failures: number;
  errors: number;
  skipped: number;
  /** The first failures, for the summary and annotations (bounded). */
  failed: TestFailure[];
}

const MESSAGE_LIMIT = 300;
/** How much of a failure's text is searched for the stack frame that locates it. */
const TRACE_LIMIT = 8 * 1024;
/** `path/to/file.test.ts:12:5` in a stack frame or a compiler message. */
const FRAME =
  /((?:[A-Za-z]:)?[^\s():'"<>]+\.(?:[cm]?[jt]sx?|py|java|kt|rb|go|rs|cs|php|swift)):(\d+)(?::(\d+))?/g;

/**
 * Where a failure happened, from its text: the first stack frame in the test's own
 * file, else the first outside dependencies. jest-junit and most runners put the
 * stack there but no line attribute on the test case.
 */
export function failureLocation(
  text: string,
  file: string | undefined,
): { file: string; line: number; column?: number; own: boolean } | undefined {
  let fallback: { file: string; line: number; column?: number; own: boolean } | undefined;
  for (const match of text.matchAll(FRAME)) {
    const frame = {
      file: match[1]!,
      line: Number(match[2]),
      column: match[3] ? Number(match[3]) : undefined,
      own: false,
    };
    if (/(^|[\\/])node_modules[\\/]|^node:|^internal[\\/]/.test(frame.file)) continue;
    const own = file?.replace(/^\.\//, '');
    if (own && (frame.file === own || frame.file.endsWith(`/${own}`))) return { ...frame, own: true };
    fallback ??= frame;
  }
  return fallback;
}

interface Suite {
  name: string;
  file?: string;
  cases: number;
  errors: number;
  failures: number;
}

interface OpenTestcase {
  tag: SaxesTagPlain;
  outcome?: TestFailure;
  skipped: boolean;
}

/**
 * The reader's state through one JUnit file: the suites open around the current
 * element, the test case being read, and the failure text still being collected.
 */
class JunitReader {
  readonly totals: JunitTotals = { tests: 0, failures: 0, errors: 0, skipped: 0, failed: [] };
  private readonly suites: Suite[] = [];
  private testcase: OpenTestcase | undefined;
  /** The failure whose message comes from its text rather than a `message` attribute. */
  private collecting: TestFailure | undefined;
  /** The failure's text, searched for a stack frame when the test case names no line. */
  private trace: string | undefined;
  private root: string | undefined;

  constructor(private readonly display: string) {}

  open(tag: SaxesTagPlain, parser: XmlParser): void {
    this.checkRoot(tag, parser);
    if (tag.name === 'testsuite') this.openSuite(tag);
    else if (tag.name === 'testcase') this.openTestcase(tag);
    else if (this.testcase && (tag.name === 'failure' || tag.name === 'error')) this.openFailure(tag);
    else if (this.testcase && tag.name === 'skipped') this.testcase.skipped = true;
  }

  text(text: string): void {
    if (this.trace !== undefined && this.trace.length < TRACE_LIMIT)
      this.trace += text.slice(0, TRACE_LIMIT - this.trace.length);
    const collecting = this.collecting;
    if (collecting && collecting.message.length < MESSAGE_LIMIT) {
      collecting.message = (collecting.message + text).trimStart().slice(0, MESSAGE_LIMIT);
    }
  }

  close(name: string): void {
    if (name === 'failure' || name === 'error') this.closeFailure();
    if (name === 'testcase' && this.testcase) this.closeTestcase(this.testcase);
    if (name === 'testsuite') this.closeSuite();
  }

  private checkRoot(tag: SaxesTagPlain, parser: XmlParser): void {
    if (this.root !== undefined) return;
    this.root = tag.name;
    if (this.root !== 'testsuites' && this.root !== 'testsuite') {
      throw new ReportError(`expected a JUnit <testsuites> or <testsuite> root, got <${this.root}>`, {
        file: this.display,
        line: parser.line,
        column: parser.column,
      });
    }
  }

  private openSuite(tag: SaxesTagPlain): void {
    this.suites.push({
      name: tag.attributes['name'] ?? '',
      file: tag.attributes['file'] ?? tag.attributes['filepath'],
      cases: 0,
      errors: numberAttribute(tag, 'errors') ?? 0,
      failures: numberAttribute(tag, 'failures') ?? 0,
    });
  }

  private openTestcase(tag: SaxesTagPlain): void {
    this.testcase = { tag, skipped: false };
    const suite = this.suites[this.suites.length - 1];
    if (suite) suite.cases += 1;
  }

  /** A test case's first failure or error is the one reported. */
  private openFailure(tag: SaxesTagPlain): void {
    const testcase = this.testcase!;
    if (testcase.outcome) return;
    const suite = this.suites[this.suites.length - 1];
    const line = numberAttribute(testcase.tag, 'line') ?? numberAttribute(tag, 'line');
    testcase.outcome = {
      kind: tag.name as TestFailure['kind'],
      name: testcase.tag.attributes['name'] ?? '',
      suite: testcase.tag.attributes['classname'] ?? suite?.name ?? '',
      message: (tag.attributes['message'] ?? '').slice(0, MESSAGE_LIMIT),
      file: testcase.tag.attributes['file'] ?? suite?.file,
      line,
    };
    if (!testcase.outcome.message) this.collecting = testcase.outcome;
    if (line === undefined) this.trace = '';
  }

  /** Without a line attribute, the failure is placed by the stack frame in its text. */
  private closeFailure(): void {
    const outcome = this.testcase?.outcome;
    if (this.trace !== undefined && outcome) {
      const at = failureLocation(this.trace, outcome.file);
      if (at) {
        const own = at.own && outcome.file;
        Object.assign(outcome, { file: own || at.file, line: at.line, column: at.column });
      }
      this.trace = undefined;
    }
    this.collecting = undefined;
  }

  private closeTestcase(testcase: OpenTestcase): void {
    const totals = this.totals;
    totals.tests += 1;
    const failure = testcase.outcome;
    if (failure) {
      failure.message = failure.message.split('\n')[0]!.trim();
      if (failure.kind === 'failure') totals.failures += 1;
      else totals.errors += 1;
      if (totals.failed.length < EVIDENCE_LIMIT) totals.failed.push(failure);
    } else if (testcase.skipped) totals.skipped += 1;
    this.testcase = undefined;
  }

  /** A suite that reports errors but ran no test case did not compile or load. */
  private closeSuite(): void {
    const suite = this.suites.pop();
    if (!suite || suite.cases > 0 || suite.errors + suite.failures === 0) return;
    this.totals.errors += suite.errors + suite.failures;
    if (this.totals.failed.length < EVIDENCE_LIMIT) {
      this.totals.failed.push({
        kind: 'error',
        name: '(suite did not run)',
        suite: suite.name,
        message: '',
        file: suite.file,
      });
    }
  }
}

/**
 * JUnit XML as jest-junit, surefire, pytest and go-junit-report write it,
 * through a SAX stream: 100,000 test cases cost the same memory as ten.
 * A suite that reports errors but holds no test cases (a test file that did not
 * compile or load) counts as that many errors.
 */
export async function parseJunit(path: string, display: string): Promise<JunitTotals> {
  const reader = new JunitReader(display);
  await streamXml(path, display, {
    open: (tag, parser) => reader.open(tag, parser),
    text: (text) => reader.text(text),
    close: (name) => reader.close(name),
  });
  return reader.totals;
}
