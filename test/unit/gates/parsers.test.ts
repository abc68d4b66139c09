import { describe, it, expect, beforeAll, afterAll } from '@jest/globals';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseLcov } from '../../../packages/gates/src/parse/lcov.js';
import { parseJunit } from '../../../packages/gates/src/parse/junit.js';
import { parseXmlCoverage } from '../../../packages/gates/src/parse/xml-coverage.js';
import { parseJsonCoverage } from '../../../packages/gates/src/parse/istanbul.js';
import { parseCoverageReport } from '../../../packages/gates/src/parse/coverage.js';
import { mergeCoverage } from '../../../packages/gates/src/parse/coverage-merge.js';
import {
  JsonStreamParser,
  parseJsonFile,
  parseJsonText,
} from '../../../packages/gates/src/parse/json-stream.js';
import { parseSarif } from '../../../packages/gates/src/parse/sarif.js';
import { parseNpmAudit } from '../../../packages/gates/src/parse/npm-audit.js';
import { ReportError } from '../../../packages/gates/src/parse/errors.js';

const FIXTURES = join(import.meta.dirname, '../../fixtures/gates');
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'gates-parsers-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function file(name: string, content: string): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, content);
  return path;
}

async function failure(promise: Promise<unknown>): Promise<ReportError> {
  try {
    await promise;
  } catch (thrown) {
    if (thrown instanceof ReportError) return thrown;
    throw thrown;
  }
  throw new Error('expected a ReportError');
}

describe('coverage reports written by jest (lcov, Cobertura, Clover, coverage-summary.json)', () => {
  it('all four formats give the same totals for the same run', async () => {
    const reports = await Promise.all([
      parseLcov(join(FIXTURES, 'jest/lcov.info'), 'lcov.info'),
      parseXmlCoverage(join(FIXTURES, 'jest/cobertura-coverage.xml'), 'cobertura.xml'),
      parseXmlCoverage(join(FIXTURES, 'jest/clover.xml'), 'clover.xml'),
      parseJsonCoverage(join(FIXTURES, 'jest/coverage-summary.json'), 'summary.json'),
    ]);
    expect(reports.map((r) => r.format)).toEqual(['lcov', 'cobertura', 'clover', 'istanbul-summary']);
    for (const report of reports) {
      expect(report.lines).toEqual({ total: 7, covered: 5 });
      expect(report.branches).toEqual({ total: 4, covered: 2 });
    }
    expect([...reports[0]!.files.keys()]).toEqual(['src/math.js']);
  });

  it('detects the format from the extension or the first bytes', async () => {
    const lcov = await file('report-without-extension', 'TN:\nSF:a.js\nDA:1,1\nDA:2,0\nend_of_record\n');
    const detected = await parseCoverageReport(lcov, 'report-without-extension');
    expect(detected.format).toBe('lcov');
    expect(detected.lines).toEqual({ total: 2, covered: 1 });
  });

  it('sums several reports and averages rate-only Cobertura in', async () => {
    const a = await parseLcov(await file('a.info', 'SF:a.js\nLF:10\nLH:9\nend_of_record\n'), 'a.info');
    const b = await parseLcov(await file('b.info', 'SF:b.js\nLF:30\nLH:15\nend_of_record\n'), 'b.info');
    const merged = await mergeCoverage([a, b], dir, () => Promise.reject(new Error('nothing overlaps')));
    expect(merged.linesPct).toBeCloseTo(60);
    const rateOnly = await parseXmlCoverage(
      await file('rate.xml', '<coverage line-rate="0.5"><packages/></coverage>'),
      'rate.xml',
    );
    expect(rateOnly.linesPct).toBe(50);
  });

  it('counts Cobertura class lines once when the root has no totals', async () => {
    const xml = `<?xml version="1.0"?><coverage version="1"><packages><package name="p"><classes>
      <class name="A" filename="a.py"><methods><method name="m"><lines><line number="1" hits="1"/></lines></method></methods>
      <lines><line number="1" hits="1"/><line number="2" hits="0" branch="true" condition-coverage="50% (1/2)"/></lines></class>
      </classes></package></packages></coverage>`;
    const report = await parseXmlCoverage(await file('py.xml', xml), 'py.xml');
    expect(report.lines).toEqual({ total: 2, covered: 1 });
    expect(report.branches).toEqual({ total: 2, covered: 1 });
  });

  it('names the file and line of a malformed lcov record', async () => {
    const path = await file('bad.info', 'TN:\nSF:a.js\nDA:1,1\nDA:two,1\nend_of_record\n');
    const error = await failure(parseLcov(path, 'coverage/bad.info'));
    expect(error.location).toMatchObject({ file: 'coverage/bad.info', line: 4 });
    expect(error.message).toMatch(/^coverage\/bad\.info:4:\d+: expected "DA:<line>,<hits>"/);
  });

  it('reports a truncated lcov file and text that is not lcov', async () => {
    expect(
      (await failure(parseLcov(await file('cut.info', 'SF:a.js\nDA:1,1\n'), 'cut.info'))).message,
    ).toMatch(/cut\.info:3:1: .*not closed with end_of_record/);
    expect((await failure(parseLcov(await file('html.info', '<html>\n'), 'html.info'))).location?.line).toBe(
      1,
    );
  });

  it('names the position of broken XML', async () => {
    const path = await file(
      'broken.xml',
      '<coverage lines-valid="3" lines-covered="1">\n  <packages>\n  </package>\n</coverage>\n',
    );
    const error = await failure(parseXmlCoverage(path, 'broken.xml'));
    expect(error.location).toMatchObject({ file: 'broken.xml', line: 3 });
  });
});

describe('JUnit reports', () => {
  it('reads jest-junit output: counts, the failing test, its file', async () => {
    const totals = await parseJunit(join(FIXTURES, 'jest/junit-failing.xml'), 'junit.xml');
    expect(totals).toMatchObject({ tests: 5, failures: 1, errors: 0, skipped: 1 });
    expect(totals.failed[0]).toMatchObject({ kind: 'failure', file: 'src/math.test.js' });
    expect(totals.failed[0]!.message).toContain('expect(received).toBe(expected)');
    const passing = await parseJunit(join(FIXTURES, 'jest/junit-passing.xml'), 'junit.xml');
    expect(passing).toMatchObject({ tests: 4, failures: 0, errors: 0, skipped: 1 });
  });

  it('counts a suite that failed to load as errors, and errors apart from failures', async () => {
    const xml = `<testsuites><testsuite name="broken.test.ts" errors="1" failures="0" tests="0"></testsuite>
      <testsuite name="s"><testcase name="a" classname="S"><error message="boom" type="TypeError"/></testcase>
      <testcase name="b" classname="S"><failure><![CDATA[AssertionError: nope
      at line 3]]></failure></testcase></testsuite></testsuites>`;
    const totals = await parseJunit(await file('mixed.xml', xml), 'mixed.xml');
    expect(totals).toMatchObject({ tests: 2, failures: 1, errors: 2 });
    expect(totals.failed.map((f) => f.message)).toEqual(['', 'boom', 'AssertionError: nope']);
  });

  it('rejects a file that is not JUnit, and an empty one, with positions', async () => {
    const other = await failure(
      parseJunit(await file('other.xml', '<?xml version="1.0"?>\n<project/>'), 'other.xml'),
    );
    expect(other.message).toMatch(
      /other\.xml:2:\d+: expected a JUnit <testsuites> or <testsuite> root, got <project>/,
    );
    const empty = await failure(parseJunit(await file('empty.xml', ''), 'empty.xml'));
    expect(empty.message).toBe('empty.xml:1:1: the file is empty');
  });
});

describe('streaming JSON', () => {
  const samples = [
    '{"a":1,"b":[true,false,null,-0.5e3,"x\\n\\"y\\u00e9\\ud83d\\ude00"],"c":{}, "d":[] ,"e":[{}]}',
    '[1, 2.25, "two", {"nested": {"deep": [0]}}]',
    '"just a string"',
    '  42  ',
    '\ufeff{"bom": true}',
  ];

  it('builds the same values as JSON.parse, whatever the chunk boundaries', () => {
    for (const sample of samples) {
      for (let cut = 0; cut <= sample.length; cut += 1) {
        const parser = new JsonStreamParser('sample.json');
        parser.write(sample.slice(0, cut));
        parser.write(sample.slice(cut));
        expect(parser.end()).toEqual(JSON.parse(sample.replace(/^\ufeff/, '')));
      }
    }
  });

  it('hands captured values over one by one and drops skipped ones', async () => {
    const path = await file(
      'big.json',
      JSON.stringify({
        keep: 1,
        items: [
          { n: 1, junk: 'x' },
          { n: 2, junk: 'y' },
        ],
        drop: { a: 1 },
      }),
    );
    const seen: unknown[] = [];
    const tree = await parseJsonFile(path, 'big.json', {
      capture: [{ path: ['items', '*'], onValue: (value, at) => seen.push([at[1], value]) }],
      skip: [['drop'], ['items', '*', 'junk']],
    });
    expect(seen).toEqual([
      [0, { n: 1 }],
      [1, { n: 2 }],
    ]);
    expect(tree).toEqual({ keep: 1, items: [] });
  });

  it('gives the line and column of a syntax error', () => {
    const cases: [string, RegExp][] = [
      ['{\n  "a": 1,\n  "b": tru\n}', /^x\.json:3:11: unexpected "tru"/],
      ['{\n  "a": 1,\n}', /^x\.json:3:1: unexpected "}", expected a property name/],
      ['[1, 2', /^x\.json:1:6: unexpected end of file/],
      ['', /^x\.json:1:1: the file is empty/],
      ['{"a": "line\nbreak"}', /^x\.json:1:12: control character inside a string/],
      ['{"a": 01}', /^x\.json:1:9: invalid number "01"/],
      ['{} {}', /^x\.json:1:4: unexpected "{" after the end/],
    ];
    for (const [text, message] of cases) {
      expect(() => parseJsonText(text, 'x.json')).toThrow(message);
    }
  });
});

describe('security reports', () => {
  it('reads SARIF from CodeQL: security-severity, levels, suppressions, locations', async () => {
    const findings = await parseSarif(join(FIXTURES, 'security/codeql.sarif'), 'codeql.sarif', '/ws');
    expect(findings.map((f) => [f.id, f.severity, f.file, f.line])).toEqual([
      ['js/sql-injection', 'high', 'src/db.js', 42],
      ['js/log-injection', 'medium', 'src/server.js', 7],
      ['js/unused-local-variable', 'low', 'src/util.js', 3],
    ]);
  });

  it('reads SARIF from Trivy, and absolute file URIs become workspace paths', async () => {
    const findings = await parseSarif(join(FIXTURES, 'security/trivy.sarif'), 'trivy.sarif', '/ws');
    expect(findings).toEqual([
      expect.objectContaining({ id: 'CVE-2022-24999', severity: 'high', file: 'package-lock.json' }),
    ]);
    const sarif = {
      version: '2.1.0',
      runs: [
        {
          tool: { driver: { name: 't' } },
          results: [
            {
              ruleId: 'r',
              level: 'error',
              message: { text: 'm' },
              locations: [{ physicalLocation: { artifactLocation: { uri: 'file:///ws/src/a%20b.ts' } } }],
            },
            { ruleId: 'p', kind: 'pass', level: 'error', message: { text: 'fine' } },
            { ruleId: 'f', level: 'error', baselineState: 'absent', message: { text: 'fixed' } },
          ],
        },
      ],
    };
    const parsed = await parseSarif(await file('abs.sarif', JSON.stringify(sarif)), 'abs.sarif', '/ws');
    expect(parsed.map((f) => [f.id, f.file])).toEqual([['r', 'src/a b.ts']]);
  });

  it('names the position of malformed SARIF and rejects other versions', async () => {
    const error = await failure(
      parseSarif(join(FIXTURES, 'security/malformed.sarif'), 'malformed.sarif', '/ws'),
    );
    expect(error.message).toBe('malformed.sarif:5:36: unexpected """, expected "," or "}"');
    const old = await failure(
      parseSarif(await file('old.sarif', '{"version":"1.0.0","runs":[]}'), 'old.sarif', '/ws'),
    );
    expect(old.message).toMatch(/version "1.0.0" is not supported/);
  });

  it('reads npm audit --json: one finding per advisory, named by GHSA id', async () => {
    const findings = await parseNpmAudit(join(FIXTURES, 'security/npm-audit.json'), 'audit.json');
    expect(findings.map((f) => [f.id, f.severity])).toEqual([
      ['GHSA-p6mc-m468-83gw', 'high'],
      ['GHSA-35jh-r3h4-6jhm', 'high'],
      ['GHSA-29mw-wpgm-hmr9', 'medium'],
      ['GHSA-xvch-5gv4-984h', 'critical'],
      ['GHSA-vh95-rmgr-6w4m', 'medium'],
    ]);
    expect(findings[0]!.aliases).toContain('1096366');
    expect(await parseNpmAudit(join(FIXTURES, 'security/npm-audit-clean.json'), 'clean.json')).toEqual([]);
  });

  it('reads the npm 6 format and says when npm audit itself failed', async () => {
    const v6 = {
      advisories: {
        '1179': {
          id: 1179,
          module_name: 'minimist',
          severity: 'low',
          title: 'Prototype Pollution',
          github_advisory_id: 'GHSA-vh95-rmgr-6w4m',
          cves: ['CVE-2020-7598'],
          url: 'https://github.com/advisories/GHSA-vh95-rmgr-6w4m',
        },
      },
    };
    const findings = await parseNpmAudit(await file('v6.json', JSON.stringify(v6)), 'v6.json');
    expect(findings).toEqual([
      expect.objectContaining({
        id: 'GHSA-vh95-rmgr-6w4m',
        severity: 'low',
        aliases: expect.arrayContaining(['1179', 'CVE-2020-7598']),
      }),
    ]);
    const error = await failure(parseNpmAudit(join(FIXTURES, 'security/npm-audit-error.json'), 'audit.json'));
    expect(error.message).toMatch(/npm audit itself failed: 405 Method Not Allowed/);
  });
});
