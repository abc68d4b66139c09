import { describe, it, expect } from '@jest/globals';
import { changelogSections, versionHeading } from '../../../packages/gates/src/gates/changelog.js';
import { pickPullRequest, reviewStanding } from '../../../packages/gates/src/gates/reviews.js';
import { readFlags } from '../../../packages/gates/src/gates/flags.js';
import { flattenMetrics } from '../../../packages/gates/src/gates/performance.js';
import { evaluateGates } from '../../../packages/gates/src/evaluate.js';
import { annotationsFor, buildReport, summaryMarkdown } from '../../../packages/gates/src/report.js';
import type { GateSettings } from '../../../packages/gates/src/settings.js';

describe('changelog sections', () => {
  const text = `# Changelog\n\n## [Unreleased]\n\n## [1.10.0] - 2026-02-01\n### Fixed\n- a bug\n\n\`\`\`\n## not a heading\n\`\`\`\n## 1.1.0\n\n[1.1.0]: https://example.com/compare\n`;

  it('counts content under each heading, nested headings included, link definitions and fences aside', () => {
    expect(changelogSections(text).map((s) => [s.title, s.line, s.entries])).toEqual([
      ['Changelog', 1, 4],
      ['[Unreleased]', 3, 0],
      ['[1.10.0] - 2026-02-01', 5, 4],
      ['Fixed', 6, 4],
      ['1.1.0', 12, 0],
    ]);
  });

  it('matches a version as a whole token only', () => {
    expect(versionHeading('[1.10.0] - 2026-02-01', '1.10.0')).toBe(true);
    expect(versionHeading('v1.1.0 (2026-01-01)', '1.1.0')).toBe(true);
    expect(versionHeading('[1.10.0]', '1.1.0')).toBe(false);
    expect(versionHeading('11.1.0', '1.1.0')).toBe(false);
    expect(versionHeading('1.1.0-rc.1', '1.1.0')).toBe(false);
  });
});

describe('reviews', () => {
  it('takes each reviewer’s latest approving, change-requesting or dismissed review', () => {
    const at = (minute: number) => `2026-01-05T09:${String(minute).padStart(2, '0')}:00Z`;
    const standing = reviewStanding([
      { id: 1, user: 'alice', state: 'CHANGES_REQUESTED', submittedAt: at(1) },
      { id: 2, user: 'alice', state: 'COMMENTED', submittedAt: at(2) },
      { id: 3, user: 'bob', state: 'APPROVED', submittedAt: at(3) },
      { id: 4, user: 'bob', state: 'DISMISSED', submittedAt: at(4) },
      { id: 5, user: 'carol', state: 'CHANGES_REQUESTED', submittedAt: at(5) },
      { id: 6, user: 'carol', state: 'APPROVED', submittedAt: at(6) },
    ]);
    expect(standing).toEqual({ approvedBy: ['carol'], changesRequestedBy: ['alice'] });
  });

  it('picks the pull request the commit was merged as, else the open one it heads', () => {
    const base = { url: '', title: '' };
    const pulls = [
      { ...base, number: 1, state: 'closed', merged: true, headSha: 'a', mergeCommitSha: 'x' },
      { ...base, number: 2, state: 'open', merged: false, headSha: 'm' },
      { ...base, number: 3, state: 'closed', merged: true, headSha: 'b', mergeCommitSha: 'm' },
    ];
    expect(pickPullRequest(pulls, 'm')?.number).toBe(3);
    expect(pickPullRequest(pulls.slice(0, 2), 'm')?.number).toBe(2);
    expect(pickPullRequest([], 'm')).toBeUndefined();
  });
});

describe('feature flags files', () => {
  it('reads mappings, wrappers and lists in JSON and YAML, with lines', () => {
    expect(readFlags('{\n  "a": false,\n  "b": { "enabled": "on" },\n  "c": {}\n}', 'f.json')).toEqual([
      { name: 'a', on: false, line: 2 },
      { name: 'b', on: true, line: 3 },
      { name: 'c', on: undefined, line: 4 },
    ]);
    expect(
      readFlags(
        'features:\n  - key: dark-mode\n    defaultValue: off\n  - name: beta\n    default: 1\n',
        'f.yml',
      ),
    ).toEqual([
      { name: 'dark-mode', on: false, line: 2 },
      { name: 'beta', on: true, line: 4 },
    ]);
    expect(() => readFlags('flags: [\n', 'bad.yml')).toThrow(/^bad\.yml:2:1: /);
  });
});

describe('benchmark metrics', () => {
  it('flattens nested objects and named lists into dotted names', () => {
    const metrics = flattenMetrics({
      http: { p95_ms: 180 },
      benches: [{ name: 'parse', value: 12.5, unit: 'ms' }],
      bundles: [{ action: 'gates', meanMs: 110 }],
      label: 'ignored',
    });
    expect(Object.fromEntries(metrics)).toEqual({
      'http.p95_ms': 180,
      'benches.parse': 12.5,
      'bundles.gates.meanMs': 110,
    });
  });
});

describe('settling the gates', () => {
  const settings = {
    gates: ['changelog', 'custom'],
    mode: 'enforce',
    changelog: 'NOPE.md',
    customCommands: [{ name: 'ok', run: 'exit 0' }],
    customTimeoutMs: 10_000,
  } as unknown as GateSettings;

  it('evaluates every gate and builds the report, summary and annotations from the results', async () => {
    const context = {
      workspace: process.cwd(),
      now: new Date('2026-01-05T00:00:00Z'),
      sha: 'abc',
      ref: 'refs/heads/main',
      actor: 'me',
      runId: '1',
    };
    const results = await evaluateGates(settings, context);
    expect(results.map((r) => [r.gate, r.status])).toEqual([
      ['changelog', 'failed'],
      ['custom', 'passed'],
    ]);
    const report = buildReport(results, {
      mode: 'enforce',
      commit: 'abc',
      ref: 'refs/heads/main',
      now: context.now,
    });
    expect(report).toMatchObject({
      passed: false,
      failedGates: ['changelog'],
      evaluatedAt: '2026-01-05T00:00:00.000Z',
    });
    expect(summaryMarkdown(report)).toContain('| Changelog | ❌ failed | missing |');
    expect(annotationsFor(report)).toEqual([
      {
        level: 'error',
        title: 'Changelog gate',
        message: 'NOPE.md not found',
        file: 'NOPE.md',
        line: undefined,
        column: undefined,
      },
    ]);
  });

  it('turns a gate that throws into a failed gate with the reason', async () => {
    const broken = { ...settings, gates: ['reviews', 'custom'] } as GateSettings;
    const github = {
      pullsForCommit: () => Promise.reject(Object.assign(new Error('Bad gateway'), { status: 502 })),
    };
    const context = {
      workspace: process.cwd(),
      now: new Date(),
      sha: 'abc',
      ref: '',
      actor: '',
      runId: '',
      github: github as never,
    };
    const results = await evaluateGates(broken, context);
    expect(results[0]).toMatchObject({
      gate: 'reviews',
      status: 'failed',
      summary: 'the reviews gate could not be evaluated: GitHub API answered 502: Bad gateway',
    });
    expect(results[1]!.status).toBe('passed');
  });
});
