import type { SaxesTagPlain } from 'saxes';
import { EVIDENCE_LIMIT } from '../types.js';
import { ReportError } from './errors.js';
import { numberAttribute, streamXml } from './xml-stream.js';

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

/**
 * JUnit XML as jest-junit, surefire, pytest and go-junit-report write it,
 * through a SAX stream: 100,000 test cases cost the same memory as ten.
 * A suite that reports errors but holds no test cases (a test file that did not
 * compile or load) counts as that many errors.
 */
export async function parseJunit(path: string, display: string): Promise<JunitTotals> {
  const totals: JunitTotals = { tests: 0, failures: 0, errors: 0, skipped: 0, failed: [] };
  const suites: { name: string; file?: string; cases: number; errors: number; failures: number }[] = [];
  let testcase: { tag: SaxesTagPlain; outcome?: TestFailure; skipped: boolean } | undefined;
  let collecting: TestFailure | undefined;
  let trace: string | undefined;
  let root: string | undefined;

  await streamXml(path, display, {
    open(tag, parser) {
      if (root === undefined) {
        root = tag.name;
        if (root !== 'testsuites' && root !== 'testsuite') {
          throw new ReportError(`expected a JUnit <testsuites> or <testsuite> root, got <${root}>`, {
            file: display,
            line: parser.line,
            column: parser.column,
          });
        }
      }
      if (tag.name === 'testsuite') {
        suites.push({
          name: tag.attributes['name'] ?? '',
          file: tag.attributes['file'] ?? tag.attributes['filepath'],
          cases: 0,
          errors: numberAttribute(tag, 'errors') ?? 0,
          failures: numberAttribute(tag, 'failures') ?? 0,
        });
      } else if (tag.name === 'testcase') {
        testcase = { tag, skipped: false };
        const suite = suites[suites.length - 1];
        if (suite) suite.cases += 1;
      } else if (testcase && (tag.name === 'failure' || tag.name === 'error')) {
        if (!testcase.outcome) {
          const suite = suites[suites.length - 1];
          const line = numberAttribute(testcase.tag, 'line') ?? numberAttribute(tag, 'line');
          testcase.outcome = {
            kind: tag.name,
            name: testcase.tag.attributes['name'] ?? '',
            suite: testcase.tag.attributes['classname'] ?? suite?.name ?? '',
            message: (tag.attributes['message'] ?? '').slice(0, MESSAGE_LIMIT),
            file: testcase.tag.attributes['file'] ?? suite?.file,
            line,
          };
          if (!testcase.outcome.message) collecting = testcase.outcome;
          if (line === undefined) trace = '';
        }
      } else if (testcase && tag.name === 'skipped') {
        testcase.skipped = true;
      }
    },
    text(text) {
      if (trace !== undefined && trace.length < TRACE_LIMIT)
        trace += text.slice(0, TRACE_LIMIT - trace.length);
      if (collecting && collecting.message.length < MESSAGE_LIMIT) {
        collecting.message = (collecting.message + text).trimStart().slice(0, MESSAGE_LIMIT);
      }
    },
    close(name) {
      if ((name === 'failure' || name === 'error') && trace !== undefined && testcase?.outcome) {
        const at = failureLocation(trace, testcase.outcome.file);
        if (at) {
          const own = at.own && testcase.outcome.file;
          Object.assign(testcase.outcome, { file: own || at.file, line: at.line, column: at.column });
        }
        trace = undefined;
      }
      if (name === 'failure' || name === 'error') collecting = undefined;
      if (name === 'testcase' && testcase) {
        totals.tests += 1;
        const failure = testcase.outcome;
        if (failure) {
          failure.message = failure.message.split('\n')[0]!.trim();
          if (failure.kind === 'failure') totals.failures += 1;
          else totals.errors += 1;
          if (totals.failed.length < EVIDENCE_LIMIT) totals.failed.push(failure);
        } else if (testcase.skipped) totals.skipped += 1;
        testcase = undefined;
      }
      if (name === 'testsuite') {
        const suite = suites.pop();
        if (suite && suite.cases === 0 && suite.errors + suite.failures > 0) {
          totals.errors += suite.errors + suite.failures;
          if (totals.failed.length < EVIDENCE_LIMIT) {
            totals.failed.push({
              kind: 'error',
              name: '(suite did not run)',
              suite: suite.name,
              message: '',
              file: suite.file,
            });
          }
        }
      }
    },
  });
  return totals;
}
