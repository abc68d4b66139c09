import { describe, it, expect, beforeAll, afterAll } from '@jest/globals';
import { copyFile, mkdir, readFile, writeFile, access } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { runAction, type RunResult } from '../bench/runner.js';
import { createGitFixture, type GitFixture } from '../bench/git-fixture.js';

const FIXTURES = join(import.meta.dirname, '../fixtures/gates');

const CHANGELOG = `# Changelog

## [Unreleased]

## [1.1.0] - 2026-01-05
### Added
- The new checkout flow, behind the newCheckout flag.

## [1.0.0] - 2026-01-01
- First release.
`;

/** A repository released as v1.0.0, with a change on main since then and the reports a CI run leaves behind. */
async function releasedRepository(): Promise<GitFixture> {
  const repo = await createGitFixture();
  await repo.commit('feat: first release', {
    'CHANGELOG.md': '# Changelog\n\n## [1.0.0] - 2026-01-01\n- First release.\n',
    'flags.json': JSON.stringify({ flags: { legacySearch: true } }, null, 2) + '\n',
    'docs/guide.md': '# Guide\n',
    'README.md': '# app\n',
  });
  await repo.tag('v1.0.0', 'v1.0.0');
  await repo.commit('feat: new checkout flow', {
    'CHANGELOG.md': CHANGELOG,
    'flags.json':
      JSON.stringify(
        { flags: { legacySearch: true, newCheckout: { default: false, owner: 'shop' } } },
        null,
        2,
      ) + '\n',
    'docs/guide.md': '# Guide\n\nThe new checkout.\n',
  });
  await repo.push('all');
  return repo;
}

async function place(workspace: string, files: Record<string, string>): Promise<void> {
  for (const [target, source] of Object.entries(files)) {
    await mkdir(dirname(join(workspace, target)), { recursive: true });
    if (source.startsWith('{') || source.startsWith('<') || source.includes('\n'))
      await writeFile(join(workspace, target), source);
    else await copyFile(join(FIXTURES, source), join(workspace, target));
  }
}

async function readReport(result: RunResult): Promise<{
  passed: boolean;
  failedGates: string[];
  overrides: { gate: string; reason: string; actor: string }[];
  gates: {
    gate: string;
    status: string;
    value: string;
    threshold: string;
    summary: string;
    evidence: { message: string; file?: string; line?: number }[];
    data?: Record<string, unknown>;
  }[];
}> {
  expect(result.outputs['report']).toBe(
    join(result.temp, 'runner-temp', 'validate-gates', 'validate-gates-report.json'),
  );
  return JSON.parse(await readFile(result.outputs['report']!, 'utf8'));
}

const WEDNESDAY = '2026-03-04T10:00:00Z';
const FRIDAY_AFTERNOON_BERLIN = '2026-03-27T14:00:00Z';

describe('validate-gates, every gate that needs no GitHub API', () => {
  let repo: GitFixture;

  beforeAll(async () => {
    repo = await releasedRepository();
  });
  afterAll(async () => {
    await repo.cleanup();
  });

  it('passes when every gate passes, with one summary table and a JSON report', async () => {
    await place(repo.work, {
      'reports/junit.xml': 'jest/junit-passing.xml',
      'coverage/lcov.info': 'jest/lcov.info',
      'reports/clean.sarif': 'security/clean.sarif',
      'reports/npm-audit.json': 'security/npm-audit-clean.json',
      'bench/results.json':
        '{"http": {"p95_ms": 180, "rps": 1250}, "bundle": [{"name": "size_kb", "value": 410}]}',
      'bench/baseline.json':
        '{"http": {"p95_ms": 175, "rps": 1300}, "bundle": [{"name": "size_kb", "value": 400}]}',
      'coverage/baseline.json': '{"lines": 71.4, "branches": 50}',
    });
    const result = await runAction('validate-gates', {
      workspace: repo.work,
      sha: await repo.head(),
      inputs: {
        gates: 'tests, coverage, security, performance, branch, changelog, docs, flags, freeze, custom',
        'junit-reports': 'reports/*.xml',
        'min-tests': 3,
        'coverage-threshold': 70,
        'branch-coverage-threshold': 50,
        'coverage-baseline': 'coverage/baseline.json',
        'sarif-reports': 'reports/*.sarif',
        'npm-audit-report': 'reports/npm-audit.json',
        'benchmark-results': 'bench/results.json',
        'performance-budgets': 'http.p95_ms <= 200\nhttp.rps >= 1000\nbundle.size_kb <= 500',
        'performance-baseline': 'bench/baseline.json',
        'regression-limit': 10,
        version: '1.1.0',
        'docs-files': 'docs/**',
        'flags-file': 'flags.json',
        'freeze-windows': 'weekend: Fri 12:00 - Mon 06:00 Europe/Berlin',
        holidays: '2026-12-24..2026-12-26',
        now: WEDNESDAY,
        'custom-commands': 'changelog-present: test -s CHANGELOG.md\nnode-runs: node -e "process.exit(0)"',
      },
    });
    expect(result.errors).toEqual([]);
    expect(result.exitCode).toBe(0);
    expect(result.outputs['passed']).toBe('true');
    expect(result.outputs['failed-gates']).toBe('[]');
    const report = await readReport(result);
    expect(report.gates.map((g) => [g.gate, g.status])).toEqual(
      [
        'tests',
        'coverage',
        'security',
        'performance',
        'branch',
        'changelog',
        'docs',
        'flags',
        'freeze',
        'custom',
      ].map((g) => [g, 'passed']),
    );
    const byGate = Object.fromEntries(report.gates.map((g) => [g.gate, g]));
    expect(byGate['tests']!.value).toBe('4 tests, 0 failed, 1 skipped');
    expect(byGate['coverage']!.value).toBe('71.42% lines, 50% branches, baseline 71.4%');
    expect(byGate['coverage']!.threshold).toBe('lines ≥ 70%, branches ≥ 50%, drop ≤ 0 points');
    expect(byGate['performance']!.data!['regressions']).toEqual(
      expect.arrayContaining([expect.objectContaining({ metric: 'http.rps', regressionPct: 3.85 })]),
    );
    expect(byGate['flags']!.summary).toBe('1 flag added since v1.0.0, all default off');
    expect(byGate['docs']!.value).toBe('1/1 updated since v1.0.0; 1.1.0 is not a new major');
    expect(byGate['changelog']!.evidence[0]).toMatchObject({ file: 'CHANGELOG.md', line: 5 });
    expect(byGate['branch']!.value).toBe('main; v1.1.0 is new (checked locally only: no token)');
    expect(result.summary).toContain('## ✅ Release gates: all 10 passed');
    expect(result.summary.match(/^\| Gate \| Status \| Value \| Threshold \| Details \|$/gm)).toHaveLength(1);
    expect(result.summary).toContain(
      '| Coverage | ✅ passed | 71.42% lines, 50% branches, baseline 71.4% | lines ≥ 70%, branches ≥ 50%, drop ≤ 0 points |',
    );
  });

  it('settles every gate and reports every failure at once, annotated where the file and line are known', async () => {
    await place(repo.work, {
      'reports/junit.xml': 'jest/junit-failing.xml',
      'coverage/lcov.info': 'jest/lcov.info',
      'reports/codeql.sarif': 'security/codeql.sarif',
      'reports/malformed.sarif': 'security/malformed.sarif',
      'reports/npm-audit.json': 'security/npm-audit.json',
      'bench/results.json': '{"http": {"p95_ms": 260}}',
      'bench/baseline.json': '{"http": {"p95_ms": 200}}',
      'flags.json':
        '{\n  "flags": {\n    "legacySearch": true,\n    "newCheckout": { "default": false },\n    "betaPricing": true\n  }\n}\n',
    });
    const result = await runAction('validate-gates', {
      workspace: repo.work,
      ref: 'refs/heads/feature/pricing',
      inputs: {
        gates: 'tests, coverage, security, performance, branch, changelog, docs, flags, freeze, custom',
        'junit-reports': 'reports/junit.xml',
        'sarif-reports': 'reports/*.sarif',
        'npm-audit-report': 'reports/npm-audit.json',
        allowlist:
          'GHSA-p6mc-m468-83gw 2026-12-31 no fix for our usage yet\nGHSA-35jh-r3h4-6jhm 2026-02-28 expired last week',
        'benchmark-results': 'bench/results.json',
        'performance-budgets': 'http.p95_ms <= 200\nhttp.p99_ms <= 400',
        'performance-baseline': 'bench/baseline.json',
        'regression-limit': 10,
        version: '1.2.0',
        'docs-files': 'README.md',
        'flags-file': 'flags.json',
        'freeze-windows': 'weekend: Fri 12:00 - Mon 06:00 Europe/Berlin',
        now: FRIDAY_AFTERNOON_BERLIN,
        'custom-commands': 'licenses: echo "GPL-3.0 found in left-pad"; exit 3\nfine: true',
      },
    });
    expect(result.exitCode).toBe(1);
    expect(result.outputs['passed']).toBe('false');
    const failed = [
      'tests',
      'coverage',
      'security',
      'performance',
      'branch',
      'changelog',
      'docs',
      'flags',
      'freeze',
      'custom',
    ];
    expect(JSON.parse(result.outputs['failed-gates']!)).toEqual(failed);
    const report = await readReport(result);
    const byGate = Object.fromEntries(report.gates.map((g) => [g.gate, g]));
    expect(byGate['tests']!.summary).toBe('1 of 5 tests failed: adds negatives (wrong on purpose)');
    expect(byGate['coverage']!.summary).toBe('line coverage 71.42% is below 80%');
    expect(byGate['security']!.summary).toBe(
      '1 SARIF report could not be read; 3 findings at or above high: 1 critical, 2 high',
    );
    expect(byGate['security']!.evidence.map((e) => e.message)).toEqual([
      'malformed report: reports/malformed.sarif:5:36: unexpected """, expected "," or "}"',
      expect.stringMatching(/^critical: GHSA-xvch-5gv4-984h/),
      expect.stringMatching(/^high: js\/sql-injection/),
      expect.stringMatching(/^high: GHSA-35jh-r3h4-6jhm/),
      'allowlist entry GHSA-35jh-r3h4-6jhm expired on 2026-02-28 and no longer applies',
    ]);
    expect(byGate['performance']!.summary).toBe(
      'http.p95_ms = 260, budget <= 200; metric "http.p99_ms" is not in the results; http.p95_ms regressed 30.0% (200 → 260), limit 10%',
    );
    expect(byGate['branch']!.summary).toBe(
      'a release cannot be made from feature/pricing (allowed: main, release/*)',
    );
    expect(byGate['changelog']!.summary).toBe(
      'CHANGELOG.md has no entry for 1.2.0 and its Unreleased section is empty',
    );
    expect(byGate['docs']!.summary).toBe('README.md not changed since v1.0.0');
    expect(byGate['flags']!.summary).toBe('1 flag added since v1.0.0 does not default to off: betaPricing');
    expect(byGate['freeze']!.summary).toMatch(
      /^2026-03-27 15:00 Europe\/Berlin is inside the freeze "weekend" .* open again at 2026-03-30T04:00:00Z/,
    );
    expect(byGate['custom']!.evidence[0]!.message).toBe('licenses: exit code 3\nGPL-3.0 found in left-pad');

    const errorAt = (file: string) =>
      result.annotations.find((a) => a.level === 'error' && a.properties['file'] === file);
    expect(errorAt('reports/junit.xml')).toBeUndefined();
    // The failing test's file and line, from the stack in the JUnit report.
    expect(errorAt('src/math.test.js')?.message).toBe(
      '1 of 5 tests failed: adds negatives (wrong on purpose)',
    );
    expect(errorAt('src/math.test.js')?.properties).toMatchObject({
      title: 'Tests gate',
      line: '5',
      col: '69',
    });
    // The coverage shortfall at the least covered source file, not at the report.
    expect(errorAt('coverage/lcov.info')).toBeUndefined();
    expect(result.annotations.find((a) => a.properties['title'] === 'Coverage gate')).toMatchObject({
      message: 'line coverage 71.42% is below 80%',
      properties: { file: expect.stringMatching(/^src\/[\w.]+\.js$/) },
    });
    expect(errorAt('reports/malformed.sarif')?.properties).toMatchObject({ line: '5', col: '36' });
    expect(errorAt('src/db.js')?.properties).toMatchObject({ line: '42', col: '18', title: 'Security gate' });
    expect(errorAt('flags.json')?.properties).toMatchObject({ line: '5' });
    expect(errorAt('CHANGELOG.md')?.properties).toMatchObject({ line: '3' });
    const last = result.errors[result.errors.length - 1]!;
    expect(last).toMatch(
      /^10 of 10 release gates failed: tests, coverage, security, performance, branch, changelog, docs, flags, freeze, custom/,
    );
    expect(result.summary).toContain('## ❌ Release gates: 10 of 10 failed');
    expect(result.summary).toContain('<details><summary>Security: failed</summary>');
    expect(result.summary).toContain('- `src/db.js:42` high: js/sql-injection');
    expect(result.summary).toContain(
      '| Tests | ❌ failed | 5 tests, 1 failed, 1 skipped | 0 failed, ≥ 1 tests | 1 of 5 tests failed: adds negatives (wrong on purpose) |',
    );
  });

  it('in warn mode annotates the failures as warnings and succeeds; a missing report fails its gate without a crash', async () => {
    const result = await runAction('validate-gates', {
      workspace: repo.work,
      inputs: {
        gates: 'coverage, tests, custom',
        mode: 'warn',
        'coverage-reports': 'coverage/lcov.info',
        'junit-reports': 'no-such-dir/*.xml',
        // The step's inputs, the token among them, stay out of the commands' environment.
        'custom-commands':
          'no-inputs-in-env: test -z "$INPUT_TOKEN" && test -z "$INPUT_GATES" && echo "$TOKEN_ECHO"',
        token: 'ghs_0123456789abcdefSECRET',
      },
      env: { TOKEN_ECHO: 'ghs_0123456789abcdefSECRET' },
    });
    expect(result.exitCode).toBe(0);
    expect(result.errors).toEqual([]);
    expect(result.outputs['passed']).toBe('false');
    expect(JSON.parse(result.outputs['failed-gates']!)).toEqual(['coverage', 'tests']);
    expect(result.annotations.filter((a) => a.level === 'warning').map((a) => a.message)).toEqual(
      expect.arrayContaining([
        'line coverage 71.42% is below 80%',
        'no JUnit reports found for "no-such-dir/*.xml"',
      ]),
    );
    expect(result.summary).toContain('(warn mode: not blocking)');
    const report = await readFile(result.outputs['report']!, 'utf8');
    const custom = JSON.parse(report).gates[2];
    expect(custom).toMatchObject({ gate: 'custom', status: 'passed' });
    // The command echoed the secret: the report keeps it masked, as the log does.
    expect(custom.data.commands[0].outputTail).toEqual(['***']);
    expect(report).not.toContain('ghs_0123456789abcdefSECRET');
  });

  it('lets a release through a freeze window with an override reason, and records it', async () => {
    const result = await runAction('validate-gates', {
      workspace: repo.work,
      inputs: {
        gates: 'freeze',
        'freeze-windows': 'Fri 12:00 - Mon 06:00 Europe/Berlin',
        now: FRIDAY_AFTERNOON_BERLIN,
        'override-reason': 'Payment outage fix, approved by the on-call lead',
      },
    });
    expect(result.exitCode).toBe(0);
    expect(result.outputs['passed']).toBe('true');
    const report = await readReport(result);
    expect(report.overrides).toEqual([
      { gate: 'freeze', reason: 'Payment outage fix, approved by the on-call lead', actor: 'octocat' },
    ]);
    expect(report.gates[0]).toMatchObject({ status: 'overridden', value: 'frozen: freeze' });
    expect(result.annotations).toEqual([
      expect.objectContaining({ level: 'warning', properties: { title: 'Freeze windows gate' } }),
    ]);
    expect(result.summary).toContain(
      '**freeze overridden** by octocat: Payment outage fix, approved by the on-call lead',
    );

    const staging = await runAction('validate-gates', {
      workspace: repo.work,
      inputs: {
        gates: 'freeze',
        'freeze-windows': 'Fri 12:00 - Mon 06:00 Europe/Berlin',
        now: FRIDAY_AFTERNOON_BERLIN,
        environment: 'staging',
      },
    });
    expect(staging.exitCode).toBe(0);
    expect((await readReport(staging)).gates[0]!.summary).toBe(
      'freeze windows apply to production, not staging',
    );
  });

  it('fails the branch gate when the release tag exists elsewhere, and treats a tag on this commit as a re-run', async () => {
    const head = await repo.head();
    await repo.tag('v1.0.1', 'v1.0.1', 'v1.0.0');
    await repo.tag('v1.1.0', 'v1.1.0');
    const clash = await runAction('validate-gates', {
      workspace: repo.work,
      sha: head,
      inputs: { gates: 'branch', version: '1.0.1' },
    });
    expect(clash.exitCode).toBe(1);
    expect((await readReport(clash)).gates[0]!.summary).toMatch(
      /^v1\.0\.1 already exists locally at [0-9a-f]{7}$/,
    );
    const rerun = await runAction('validate-gates', {
      workspace: repo.work,
      sha: head,
      inputs: { gates: 'branch', version: '1.1.0' },
    });
    expect(rerun.exitCode).toBe(0);
    expect((await readReport(rerun)).gates[0]!.summary).toBe(
      'release from main; v1.1.0 already points at this commit (a re-run)',
    );
    const hotfix = await runAction('validate-gates', {
      workspace: repo.work,
      ref: 'refs/heads/main',
      inputs: { gates: 'branch', 'release-kind': 'hotfix' },
    });
    expect(hotfix.exitCode).toBe(1);
    expect(hotfix.errors[0]).toBe('a hotfix cannot be made from main (allowed: hotfix/*)');
    await repo.git(['tag', '-d', 'v1.0.1']);
    await repo.git(['tag', '-d', 'v1.1.0']);
  });

  it('asks for a migration guide for a new major version', async () => {
    const without = await runAction('validate-gates', {
      workspace: repo.work,
      inputs: { gates: 'docs', version: '2.0.0' },
    });
    expect(without.exitCode).toBe(1);
    expect(without.errors[0]).toBe(
      '2.0.0 is a new major version but no migration guide was found (MIGRATION.md, UPGRADING.md, docs/migration*)',
    );
    await place(repo.work, { 'docs/migrations/v2.md': '# Moving to 2.0\n\nRename the config key.\n' });
    const withGuide = await runAction('validate-gates', {
      workspace: repo.work,
      inputs: { gates: 'docs', version: '2.0.0', 'migration-guide': 'docs/migrations/v{major}.md' },
    });
    expect(withGuide.exitCode).toBe(0);
    expect((await readReport(withGuide)).gates[0]!.value).toBe('migration guide docs/migrations/v2.md');
  });
});

describe('validate-gates settings from .github/release-actions.yml', () => {
  let repo: GitFixture;

  beforeAll(async () => {
    repo = await releasedRepository();
  });
  afterAll(async () => {
    await repo.cleanup();
  });

  it('reads structured settings from the gates section; inputs override it', async () => {
    await place(repo.work, {
      '.github/release-actions.yml': `gates:
  gates: [security, performance, freeze, custom]
  npm-audit-report: reports/npm-audit.json
  allowlist:
    - { id: GHSA-p6mc-m468-83gw, expires: 2026-12-31, reason: not reachable from our code }
    - { id: GHSA-35jh-r3h4-6jhm, expires: 2026-12-31 }
    - { id: GHSA-xvch-5gv4-984h, expires: 2026-12-31 }
  benchmark-results: bench/results.json
  performance-budgets:
    http.p95_ms: "<= 200"
    http.rps: { min: 1000 }
  freeze-windows:
    - { name: year-end, from: "2026-12-20", to: "2027-01-02", timezone: Europe/Berlin }
  custom-commands:
    has-readme: test -f README.md
  coverage-threshold: 90
`,
      'reports/npm-audit.json': 'security/npm-audit.json',
      'bench/results.json': '{"http": {"p95_ms": 150, "rps": 1100}}',
    });
    const result = await runAction('validate-gates', {
      workspace: repo.work,
      inputs: { now: '2026-12-21T09:00:00Z' },
    });
    expect(result.exitCode).toBe(1);
    const report = await readReport(result);
    expect(report.gates.map((g) => [g.gate, g.status])).toEqual([
      ['security', 'passed'],
      ['performance', 'passed'],
      ['freeze', 'failed'],
      ['custom', 'passed'],
    ]);
    expect(report.gates[0]!.value).toBe('0 blocking of 5 findings, 3 allowlisted');
    expect(report.gates[2]!.summary).toMatch(
      /inside the freeze "year-end" \(2026-12-20 - 2027-01-02 Europe\/Berlin\)/,
    );

    const overridden = await runAction('validate-gates', {
      workspace: repo.work,
      inputs: { now: '2026-12-21T09:00:00Z', gates: 'security', 'severity-threshold': 'medium' },
    });
    expect(overridden.exitCode).toBe(1);
    expect((await readReport(overridden)).gates[0]!.summary).toBe('2 findings at or above medium: 2 medium');
  });

  it('points at the config file line of an unknown key', async () => {
    await place(repo.work, {
      '.github/release-actions.yml': 'gates:\n  gates: [tests]\n  coverage-treshold: 80\n',
    });
    const result = await runAction('validate-gates', { workspace: repo.work });
    expect(result.exitCode).toBe(1);
    expect(result.errors[0]).toMatch(/^\.github\/release-actions\.yml:3:3: unknown key "coverage-treshold"/);
    expect(result.annotations[0]!.properties).toMatchObject({
      file: '.github/release-actions.yml',
      line: '3',
    });
  });
});

describe('validate-gates input errors', () => {
  it('names every bad input at once, before evaluating anything or writing a report', async () => {
    const result = await runAction('validate-gates', {
      inputs: {
        gates: 'tests, speed, coverage',
        'coverage-threshold': '150',
        'severity-threshold': 'severe',
        allowlist: 'GHSA-aaaa-bbbb-cccc',
        'freeze-windows': 'Fri 12:00 - Mon 06:00 Mars/Olympus',
      },
    });
    expect(result.exitCode).toBe(1);
    expect(result.errors).toHaveLength(1);
    const message = result.errors[0]!;
    expect(message).toContain(
      'Input "gates": got "tests, speed, coverage", expected gate names from: tests, coverage, security,',
    );
    expect(message).toContain('(unknown: speed)');
    expect(message).toContain('Input "coverage-threshold": got "150", expected a number from 0 to 100');
    expect(message).toContain(
      'Input "severity-threshold": got "severe", expected one of: low, medium, high, critical',
    );
    expect(message).toContain(
      'Input "allowlist": got "GHSA-aaaa-bbbb-cccc", expected lines of "<advisory or rule id> <expiry YYYY-MM-DD> [reason]": "GHSA-aaaa-bbbb-cccc" needs an expiry date',
    );
    expect(result.outputs).toEqual({});
    await expect(access(join(result.temp, 'runner-temp', 'validate-gates'))).rejects.toThrow();
  });

  it('says which input an enabled gate is missing', async () => {
    const result = await runAction('validate-gates', {
      inputs: { gates: 'security, flags, freeze, custom, reviews', token: '' },
    });
    expect(result.exitCode).toBe(1);
    const message = result.errors[0]!;
    expect(message).toContain(
      'Input "sarif-reports": got "", expected SARIF report globs, or npm-audit-report (the security gate needs it)',
    );
    expect(message).toContain('Input "flags-file": got ""');
    expect(message).toContain('Input "freeze-windows": got ""');
    expect(message).toContain('Input "custom-commands": got ""');
    expect(message).toContain('Input "token": got "", expected a GitHub token (the reviews gate needs it)');
  });

  it('requires the gates input', async () => {
    const result = await runAction('validate-gates', {});
    expect(result.exitCode).toBe(1);
    expect(result.errors[0]).toMatch(/^Input "gates": got "", expected gate names from: .* \(required\)/);
  });
});

describe('validate-gates metadata', () => {
  it('has an action.yml GitHub’s parser accepts, and no defaults that would hide the config file', async () => {
    const { checkActionFile, readActionMetadata } = await import('../bench/static-checks.js');
    const { ROOT } = await import('../bench/runner.js');
    expect(await checkActionFile(join(ROOT, 'validate-gates/action.yml'))).toEqual([]);
    const metadata = await readActionMetadata('validate-gates');
    const withDefaults = Object.entries(metadata.inputs ?? {}).filter(
      ([, input]) => input.default !== undefined,
    );
    expect(withDefaults.map(([name]) => name)).toEqual(['token']);
    expect(Object.keys(metadata.outputs ?? {})).toEqual(['passed', 'failed-gates', 'report']);
  });

  it('documents every input and output in its README', async () => {
    const { execFileSync } = await import('node:child_process');
    const { ROOT } = await import('../bench/runner.js');
    const check =
      "import('./scripts/action-docs.mjs').then((m) => process.stdout.write(String(m.updateReadme('validate-gates', true))))";
    const stale = execFileSync(process.execPath, ['--input-type=module', '-e', check], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(stale).toBe('false');
  });
});
