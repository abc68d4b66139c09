#!/usr/bin/env node
// validate-gates on huge reports: a 200 MB lcov tracefile and a JUnit file with
// 100,000 test cases, each read by the bundled action as a process (time and
// peak RSS through GNU time). Peers in the same run, over the same files:
// `wc -l` / `grep -c` (the I/O floor) and a non-streaming read in node
// (readFileSync and a scan of the whole text: what loading it at once costs).
import { createWriteStream, mkdtempSync, rmSync, statSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { once } from 'node:events';
import { runMeasured, writeResult } from './lib.mjs';

const BUNDLE = resolve('dist/validate-gates/index.js');
if (!existsSync(BUNDLE)) {
  console.error(`${BUNDLE} is missing: run npm run build -- validate-gates first`);
  process.exit(1);
}
const LCOV_BYTES = 200 * 1024 * 1024;
const JUNIT_CASES = 100_000;
const dir = mkdtempSync(join(tmpdir(), 'bench-gates-'));

async function writeLines(path, produce) {
  const out = createWriteStream(path);
  for (const chunk of produce()) {
    if (!out.write(chunk)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}

function* lcovRecords() {
  let written = 0;
  for (let file = 0; written < LCOV_BYTES; file += 1) {
    const lines = [`TN:\nSF:src/module-${file}/index.ts\n`];
    let hit = 0;
    for (let line = 1; line <= 400; line += 1) {
      const hits = (line * 7 + file) % 5 === 0 ? 0 : (line % 13) + 1;
      if (hits > 0) hit += 1;
      lines.push(`DA:${line},${hits}\n`);
      if (line % 10 === 0) lines.push(`BRDA:${line},0,0,${hits}\nBRDA:${line},0,1,${hits > 3 ? 1 : '-'}\n`);
    }
    lines.push(`LF:400\nLH:${hit}\nBRF:80\nBRH:60\nend_of_record\n`);
    const chunk = lines.join('');
    written += chunk.length;
    yield chunk;
  }
}

function* junitCases() {
  yield '<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="bench" tests="100000">\n';
  for (let suite = 0; suite < JUNIT_CASES / 100; suite += 1) {
    const cases = [`  <testsuite name="suite ${suite}" tests="100" file="test/suite-${suite}.test.ts">\n`];
    for (let n = 0; n < 100; n += 1) {
      const id = suite * 100 + n;
      cases.push(
        `    <testcase classname="suite ${suite}" name="case ${id} does the thing &amp; more" time="0.00${n % 10}">`,
      );
      if (id % 997 === 0)
        cases.push(
          `<failure message="expected ${id} to equal ${id + 1}"><![CDATA[AssertionError: expected ${id}\n    at test/suite-${suite}.test.ts:${n + 1}:7]]></failure>`,
        );
      else if (id % 101 === 0) cases.push('<skipped/>');
      cases.push('</testcase>\n');
    }
    cases.push('  </testsuite>\n');
    yield cases.join('');
  }
  yield '</testsuites>\n';
}

function runGates(inputs) {
  const env = {
    PATH: process.env.PATH,
    GITHUB_WORKSPACE: dir,
    RUNNER_TEMP: dir,
    GITHUB_REPOSITORY: 'acme/app',
    INPUT_MODE: 'warn',
    ...Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v])),
  };
  const result = runMeasured(process.execPath, [BUNDLE], { env, cwd: dir });
  if (result.status !== 0)
    throw new Error(`validate-gates exited ${result.status}:\n${result.stdout}\n${result.stderr}`);
  const line = result.stdout.split('\n').find((l) => /^[✓✗] (coverage|tests|freeze):/.test(l));
  return { seconds: result.seconds, peakMiB: result.peakMiB, verdict: line };
}

function nonStreaming(path, pattern) {
  const script = `const t=require('fs').readFileSync(${JSON.stringify(path)},'utf8');let n=0;const re=${pattern};while(re.exec(t))n++;console.log(n)`;
  const result = runMeasured(process.execPath, ['-e', script]);
  return { seconds: result.seconds, peakMiB: result.peakMiB, count: Number(result.stdout.trim()) };
}

function shell(command, args) {
  const result = runMeasured(command, args);
  return { seconds: result.seconds, peakMiB: result.peakMiB, output: result.stdout.trim().split(/\s+/)[0] };
}

const round = (value) => (value === undefined ? undefined : Number(value.toFixed(3)));
const tidy = (figures) =>
  Object.fromEntries(Object.entries(figures).map(([k, v]) => [k, typeof v === 'number' ? round(v) : v]));

try {
  const lcov = join(dir, 'lcov.info');
  const junit = join(dir, 'junit.xml');
  await writeLines(lcov, lcovRecords);
  await writeLines(junit, junitCases);
  const lcovSize = statSync(lcov).size;
  const junitSize = statSync(junit).size;

  // The same bundle on a gate that reads no file: what start-up alone costs, to read the figures against.
  const idle = runGates({
    GATES: 'freeze',
    'FREEZE-WINDOWS': 'Sat 00:00 - Sun 00:00',
    NOW: '2026-03-04T10:00:00Z',
  });
  const coverage = runGates({
    GATES: 'coverage',
    'COVERAGE-REPORTS': 'lcov.info',
    'COVERAGE-THRESHOLD': '50',
  });
  const tests = runGates({ GATES: 'tests', 'JUNIT-REPORTS': 'junit.xml' });
  const lcovWc = shell('wc', ['-l', lcov]);
  const junitGrep = shell('grep', ['-c', '<testcase', junit]);
  const lcovWhole = nonStreaming(lcov, '/^DA:/gm');
  const junitWhole = nonStreaming(junit, '/<testcase /g');

  writeResult('validate-gates', {
    aim: 'huge reports read in bounded memory: peak RSS far below the file size, time within a few x of the I/O floor',
    bundleWithoutReports: tidy(idle),
    lcov: {
      file: { bytes: lcovSize, MiB: round(lcovSize / 2 ** 20) },
      validateGates: tidy({ ...coverage, MiBPerSecond: lcovSize / 2 ** 20 / coverage.seconds }),
      peers: {
        'wc -l (I/O floor)': tidy(lcovWc),
        'node readFileSync + regex over the whole text (non-streaming)': tidy(lcovWhole),
      },
    },
    junit: {
      file: { bytes: junitSize, MiB: round(junitSize / 2 ** 20), testCases: JUNIT_CASES },
      validateGates: tidy({ ...tests, casesPerSecond: JUNIT_CASES / tests.seconds }),
      peers: {
        'grep -c <testcase (I/O floor)': tidy(junitGrep),
        'node readFileSync + regex over the whole text (non-streaming)': tidy(junitWhole),
      },
    },
  });
} finally {
  rmSync(dir, { recursive: true, force: true });
}
